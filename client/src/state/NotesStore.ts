import { boardMaps, parseNote, type Note } from '@essaim/shared';
import type * as Y from 'yjs';

/** Drawing order, as the shared `readNotes`: oldest first, then by id. */
const byDrawingOrder = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The board's notes as an immutable array that changes identity only when the `notes` map
 * changes, which is what `useSyncExternalStore` needs to skip needless renders. Each note keeps
 * its identity until its own entry changes (Yjs hands back the same stored object until then),
 * so the memoised `StickyNote`s of the other notes do not re-render and are not re-validated.
 */
export class NotesStore {
  private snapshot: readonly Note[] = [];
  private byId: ReadonlyMap<string, Note> = new Map();
  private dirty = true;
  private readonly parsed = new WeakMap<object, Note | null>();
  private readonly listeners = new Set<() => void>();
  private readonly notesMap: Y.Map<Note>;

  constructor(doc: Y.Doc) {
    this.notesMap = boardMaps(doc).notes;
    this.notesMap.observe(this.onChange);
  }

  readonly getSnapshot = (): readonly Note[] => {
    if (this.dirty) {
      this.snapshot = this.read();
      this.byId = new Map(this.snapshot.map((n) => [n.id, n]));
      this.dirty = false;
    }
    return this.snapshot;
  };

  /** The current note with this id, for event handlers (not for rendering). */
  get(id: string): Note | undefined {
    this.getSnapshot();
    return this.byId.get(id);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.notesMap.unobserve(this.onChange);
    this.listeners.clear();
  }

  /** The well-formed notes, as the shared `readNotes`, re-validating only the entries that changed. */
  private read(): Note[] {
    const notes: Note[] = [];
    for (const value of this.notesMap.values()) {
      const stored = value as unknown;
      if (typeof stored !== 'object' || stored === null) continue; // not a note: parseNote refuses it too
      let note = this.parsed.get(stored);
      if (note === undefined) {
        note = parseNote(stored);
        this.parsed.set(stored, note);
      }
      if (note) notes.push(note);
    }
    return notes.sort(byDrawingOrder);
  }

  private readonly onChange = (): void => {
    this.dirty = true;
    for (const listener of [...this.listeners]) listener();
  };
}
