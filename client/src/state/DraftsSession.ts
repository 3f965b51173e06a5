import type { Note } from '@essaim/shared';
import type * as Y from 'yjs';
import { createStore, type Store } from './createStore';
import { createDraftActions, type DraftActions } from './draftActions';
import type { DraftsMemoStore } from './draftsMemo';
import { EntriesStore } from './EntriesStore';

/** The room's phase as this screen knows it: `unknown` until the workshop document has arrived (a page opened offline). */
export type RoomPhaseView = { active: boolean; question: string } | 'unknown';

/** What a drafts session needs of its connection (`DraftsConnection`; a fake in tests). */
export interface DraftsLink {
  readonly doc: Y.Doc;
  readonly docName: string;
  /** the server's state has reached the document at least once */
  readonly synced: boolean;
  onSynced(listener: () => void): () => void;
  onServerClose(listener: (code: number) => void): () => void;
  saveNow?(): void;
  discardLocalCopy(): Promise<void>;
  destroy(): void;
}

export type DraftsState =
  /** nothing open: no phase, and no drafts left on this device */
  | { kind: 'idle' }
  /** the phase is active (or was when this device last knew): the drafts are open for writing */
  | { kind: 'writing'; question: string }
  /** the phase is over and this device still holds drafts: syncing once to learn which the server never got */
  | { kind: 'checking' }
  /** the phase is over; these drafts never reached the server: offered as board notes */
  | { kind: 'leftovers'; notes: readonly Note[] }
  /** refused again and again: nothing more until the page is reloaded */
  | { kind: 'stopped' };

/** The open drafts document: its notes, and the writes to it. */
export interface OpenDrafts {
  link: DraftsLink;
  notes: EntriesStore<Note>;
  actions: DraftActions;
}

export interface DraftsSessionDeps {
  authorId: string;
  open(): DraftsLink;
  memo: DraftsMemoStore;
  /** after a refused change: whether the room's phase is still active, asked of the server; null when it cannot tell */
  phaseActive(): Promise<boolean | null>;
  /** whether the drafts may be reloaded from the server once more after a refusal (`refusalGuard`) */
  mayReset(docName: string): boolean;
  /** a refusal during the phase: the drafts were reloaded from the server, or (`again`) it happened too often */
  onRefused(again: boolean): void;
}

const REFUSED = new Set([4409, 4413]);

/** Drafts in the order they were written. */
export const byCreation = (a: Note, b: Note): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One participant's drafts in one room, across the life of private writing phases: open for
 * writing while the room's phase is active, and afterwards as long as this device holds drafts
 * the server may not have. When a phase ends, the server has put every draft it holds on the
 * board and emptied the document; a fresh sync then deletes those here too, and whatever is left
 * was written where the server never saw it (offline, or after the reveal): it is offered as
 * board notes (`leftovers`), and the offline copy is cleared only once it is on the board or
 * given up. Unlike a board, a refused change never silently drops the offline copy after the
 * phase: that would lose work.
 */
export class DraftsSession {
  readonly state: Store<DraftsState> = createStore<DraftsState>({ kind: 'idle' });
  readonly drafts: Store<OpenDrafts | null> = createStore<OpenDrafts | null>(null);
  private release: (() => void) | null = null;
  private destroyed = false;

  constructor(private readonly deps: DraftsSessionDeps) {}

  /** The room's phase changed (or became known): open, close or check the drafts accordingly. */
  setPhase(phase: RoomPhaseView): void {
    if (this.destroyed) return;
    const state = this.state.get();
    if (state.kind === 'stopped') return;
    if (phase === 'unknown') {
      // opened without the workshop document (offline): the phase this device last saw
      const question = this.deps.memo.read()?.question;
      if (state.kind === 'idle' && question != null) this.connect('writing', question);
      return;
    }
    if (phase.active) {
      this.remember({ question: phase.question });
      if (state.kind === 'writing') {
        if (state.question !== phase.question) this.state.set({ kind: 'writing', question: phase.question });
      } else {
        // a new phase takes whatever this device still holds as its drafts
        this.connect('writing', phase.question);
      }
      return;
    }
    this.remember({ question: null });
    if (state.kind === 'writing') {
      const held = Math.max(this.drafts.get()?.notes.getSnapshot().length ?? 0, this.deps.memo.read()?.count ?? 0);
      if (held > 0) this.connect('checking');
      else void this.finish();
    } else if (state.kind === 'idle' && (this.deps.memo.read()?.count ?? 0) > 0) {
      this.connect('checking');
    }
  }

  /**
   * Puts the leftovers on the board through `write` (the normal board path: returns false when
   * it could not), then clears them from this device.
   */
  async addLeftovers(write: (notes: readonly Note[]) => boolean): Promise<boolean> {
    const state = this.state.get();
    if (state.kind !== 'leftovers' || !write(state.notes)) return false;
    await this.finish();
    return true;
  }

  /** Gives the leftovers up: cleared from this device. */
  async dropLeftovers(): Promise<void> {
    if (this.state.get().kind === 'leftovers') await this.finish();
  }

  /** Keeps the last changes of a page going away (`DocConnection.saveNow`). */
  saveNow(): void {
    this.drafts.get()?.link.saveNow?.();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.disconnect()?.destroy();
  }

  private connect(kind: 'writing' | 'checking', question = ''): void {
    this.disconnect()?.destroy();
    const link = this.deps.open();
    const notes = EntriesStore.of(link.doc, 'notes', byCreation);
    const actions = createDraftActions(link.doc, this.deps.authorId, (id) => notes.get(id), () => notes.getSnapshot().length);
    const offChange = notes.subscribe(() => this.remember({ count: notes.getSnapshot().length }));
    const offClose = link.onServerClose((code) => this.onClose(link, code));
    const offSynced = link.onSynced(() => this.onSynced(link));
    this.release = () => {
      offChange();
      offClose();
      offSynced();
      notes.destroy();
    };
    this.drafts.set({ link, notes, actions });
    this.state.set(kind === 'writing' ? { kind, question } : { kind });
  }

  /** Stops following the open drafts and returns their link, for the caller to destroy or discard. */
  private disconnect(): DraftsLink | null {
    const open = this.drafts.get();
    this.release?.();
    this.release = null;
    this.drafts.set(null);
    return open?.link ?? null;
  }

  /** Nothing left to keep: the offline copy and the memo go, and the session rests. */
  private async finish(): Promise<void> {
    const link = this.disconnect();
    this.deps.memo.write({ count: 0, question: null });
    if (!this.destroyed) this.state.set({ kind: 'idle' });
    await link?.discardLocalCopy();
  }

  private current(link: DraftsLink): boolean {
    return !this.destroyed && this.drafts.get()?.link === link;
  }

  private onSynced(link: DraftsLink): void {
    if (!this.current(link) || this.state.get().kind !== 'checking') return;
    // the server's deletions are in: what is left here, the server never had
    const left = this.drafts.get()?.notes.getSnapshot() ?? [];
    if (left.length === 0) void this.finish();
    else this.state.set({ kind: 'leftovers', notes: left });
  }

  private onClose(link: DraftsLink, code: number): void {
    // after the phase, the server refuses what this device sends (expected: the leftovers are read at sync)
    if (!this.current(link) || this.state.get().kind !== 'writing' || !REFUSED.has(code)) return;
    void this.onRefusedWhileWriting(link);
  }

  private async onRefusedWhileWriting(link: DraftsLink): Promise<void> {
    const active = await this.deps.phaseActive();
    if (!this.current(link) || this.state.get().kind !== 'writing') return;
    if (active === false) {
      // written as the phase ended: the reveal took what the server had, the rest is offered
      this.remember({ question: null });
      this.connect('checking');
      return;
    }
    if (active === null || !this.deps.mayReset(link.docName)) {
      this.disconnect()?.destroy();
      this.state.set({ kind: 'stopped' });
      this.deps.onRefused(true);
      return;
    }
    // still active: the refused change is dropped and the drafts reopen from the server's copy
    const state = this.state.get();
    const question = state.kind === 'writing' ? state.question : '';
    this.deps.onRefused(false);
    await this.disconnect()?.discardLocalCopy();
    if (!this.destroyed && this.drafts.get() === null && this.state.get().kind === 'writing') this.connect('writing', question);
  }

  private remember(patch: Partial<{ count: number; question: string | null }>): void {
    const memo = this.deps.memo.read() ?? { count: 0, question: null };
    this.deps.memo.write({ ...memo, ...patch });
  }
}
