import { boardMaps, readNotes, type Note } from '@essaim/shared';
import type * as Y from 'yjs';

/**
 * The board's notes as an immutable array that changes identity only when the `notes` map
 * changes, which is what `useSyncExternalStore` needs to skip needless renders.
 */
export class NotesStore {
  private snapshot: readonly Note[] = [];
  private byId: ReadonlyMap<string, Note> = new Map();
  private dirty = true;
  private readonly listeners = new Set<() => void>();
  private readonly notesMap: Y.Map<Note>;

  constructor(private readonly doc: Y.Doc) {
    this.notesMap = boardMaps(doc).notes;
    this.notesMap.observe(this.onChange);
  }

  readonly getSnapshot = (): readonly Note[] => {
    if (this.dirty) {
      this.snapshot = readNotes(this.doc);
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

  private readonly onChange = (): void => {
    this.dirty = true;
    for (const listener of [...this.listeners]) listener();
  };
}
