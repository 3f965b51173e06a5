import { boardMaps, BOARD_MAP_NAMES, type EntryChange } from '@essaim/shared';
import * as Y from 'yjs';
import { Listeners } from './Listeners';

/** Edits closer together than this are one step of the history (typing, a drag's last moves). */
export const UNDO_CAPTURE_MS = 500;
const CHANGES = 'changes';

const entryId = (map: string, key: string) => `${map}\u0000${key}`;

/** Per entry a step touched: its value before the step, and the one the step left (to see whether anyone changed it since). */
type Recorded = Map<string, { map: string; key: string; before: unknown; after: unknown }>;

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo and redo of this user's own changes only: Yjs's `UndoManager` tracks the transactions
 * made here (origin null), never what arrives from the server or the offline copy. Each step
 * remembers the values its entries had before it, so an undo is judged first, like any other
 * write, by `permits` (the shared rights table): a step the server would refuse — a note since
 * put in a locked zone, a link whose end is gone — is not applied, and nothing is lost.
 */
export class UndoHistory {
  private readonly manager: Y.UndoManager;
  private readonly listeners = new Listeners();
  private state: UndoState = { canUndo: false, canRedo: false };

  constructor(
    private readonly doc: Y.Doc,
    private readonly permits: (changes: EntryChange[]) => string | null,
  ) {
    const maps = boardMaps(doc);
    this.manager = new Y.UndoManager([maps.notes, maps.frames, maps.links, maps.groups, maps.labels, maps.meta], { captureTimeout: UNDO_CAPTURE_MS });
    this.manager.on('stack-item-added', this.record);
    this.manager.on('stack-item-updated', this.record);
    this.manager.on('stack-item-popped', this.refresh);
    this.manager.on('stack-cleared', this.refresh);
  }

  readonly get = (): UndoState => this.state;
  readonly subscribe = this.listeners.subscribe;

  /** Undoes this user's last step; the reason when it would be refused (then nothing changes), else null. */
  undo(): string | null {
    return this.step(this.manager.undoStack, () => this.manager.undo());
  }

  redo(): string | null {
    return this.step(this.manager.redoStack, () => this.manager.redo());
  }

  /**
   * The actions with each call one step of its own (a move, then a new note half a second later,
   * are undone one at a time), except `merged` ones, whose calls close together make one step
   * (the writes of one bout of typing).
   */
  steps<A extends object>(actions: A, merged: readonly (keyof A)[]): A {
    const wrapped = { ...actions };
    for (const key of Object.keys(actions) as (keyof A)[]) {
      const action = actions[key];
      if (typeof action !== 'function' || merged.includes(key)) continue;
      wrapped[key] = ((...args: unknown[]) => {
        this.manager.stopCapturing();
        try {
          return (action as (...a: unknown[]) => unknown).apply(actions, args);
        } finally {
          this.manager.stopCapturing();
        }
      }) as A[keyof A];
    }
    return wrapped;
  }

  /**
   * Takes back this tab's last step as if it had never been made — removed from the board and
   * from the history, so neither undo nor redo brings it back — when that step only added
   * entries, `key` of `map` among them, and nobody changed them since: a new note left empty.
   * False, and nothing changes, otherwise.
   */
  retract(map: string, key: string): boolean {
    const item = this.manager.undoStack[this.manager.undoStack.length - 1];
    const recorded = item?.meta.get(CHANGES) as Recorded | undefined;
    if (!recorded?.has(entryId(map, key))) return false;
    for (const { map: name, key: k, before, after } of recorded.values()) {
      if (before !== undefined || this.doc.getMap(name).get(k) !== after) return false;
    }
    if (this.undo() !== null) return false;
    // the undone creation would wait on the redo stack: it is dropped, the step never was
    this.manager.redoStack.pop();
    this.refresh();
    return true;
  }

  /** Ends the current step: the next change starts a new one (a new drag, a new note). */
  stopCapturing(): void {
    this.manager.stopCapturing();
  }

  destroy(): void {
    this.manager.destroy();
    this.listeners.clear();
  }

  private step(stack: readonly { meta: Map<unknown, unknown> }[], run: () => unknown): string | null {
    const item = stack[stack.length - 1];
    if (!item) return null;
    const reason = this.permits(this.predicted(item.meta.get(CHANGES) as Recorded | undefined));
    if (reason) return reason;
    run();
    this.refresh();
    return null;
  }

  /** What the step would write: each entry it touched back to the value it had before. */
  private predicted(recorded: Recorded | undefined): EntryChange[] {
    if (!recorded) return [];
    return [...recorded.values()].map(({ map, key, before }) => ({ map, key, before: this.doc.getMap(map).get(key), after: before }));
  }

  /** Keeps, per step, the first value each entry had before it (a merged step keeps the earliest). */
  private readonly record = (event: { stackItem: { meta: Map<unknown, unknown> }; changedParentTypes: Map<Y.AbstractType<Y.YEvent<any>>, Y.YEvent<any>[]> }): void => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const meta = event.stackItem.meta;
    const recorded: Recorded = (meta.get(CHANGES) as Recorded | undefined) ?? new Map();
    const names = new Set<string>(Object.values(BOARD_MAP_NAMES));
    for (const [type, events] of event.changedParentTypes) {
      const name = [...names].find((n) => this.doc.getMap(n) === (type as unknown));
      if (!name) continue;
      for (const e of events) {
        for (const [key, change] of e.changes.keys) {
          const id = entryId(name, key);
          const after = this.doc.getMap(name).get(key);
          const known = recorded.get(id);
          if (known) known.after = after;
          else recorded.set(id, { map: name, key, before: change.action === 'add' ? undefined : change.oldValue, after });
        }
      }
    }
    meta.set(CHANGES, recorded);
    this.refresh();
  };

  private readonly refresh = (): void => {
    const next = { canUndo: this.manager.undoStack.length > 0, canRedo: this.manager.redoStack.length > 0 };
    if (next.canUndo === this.state.canUndo && next.canRedo === this.state.canRedo) return;
    this.state = next;
    this.listeners.notify();
  };
}
