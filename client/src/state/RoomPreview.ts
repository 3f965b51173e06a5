import { BoardConnection, defaultWsBase } from '../sync/BoardConnection';
import type { Frame, Label } from '@essaim/shared';
import { EntriesStore } from './EntriesStore';
import { notesStore, type NotesStore } from './notesStore';
import { readPeers, uniqueUsers } from './peers';

/**
 * A dashboard's live view of one room board: its notes, zones and headings, and how many people are on it. Watches
 * only (no offline copy, no presence), so the dashboard is never counted as someone in the room.
 */
export class RoomPreview {
  readonly connection: BoardConnection;
  readonly notes: NotesStore;
  readonly frames: EntriesStore<Frame>;
  readonly labels: EntriesStore<Label>;
  private online: readonly string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(options: { workshopId: string; roomId: string; token: string }) {
    this.connection = new BoardConnection({ ...options, wsBase: defaultWsBase(), watchOnly: true });
    this.notes = notesStore(this.connection.doc);
    this.frames = EntriesStore.of(this.connection.doc, 'frames');
    this.labels = EntriesStore.of(this.connection.doc, 'labels');
    this.connection.awareness.on('change', this.onAwareness);
  }

  /** Ids of the people connected to the board, once each however many tabs they have. */
  readonly getOnline = (): readonly string[] => this.online;

  readonly subscribeOnline = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.connection.awareness.off('change', this.onAwareness);
    this.listeners.clear();
    this.notes.destroy();
    this.frames.destroy();
    this.labels.destroy();
    this.connection.destroy();
  }

  private readonly onAwareness = (): void => {
    const ids = uniqueUsers(readPeers(this.connection.awareness.getStates(), this.connection.awareness.clientID)).map((u) => u.id);
    if (ids.length === this.online.length && ids.every((id, i) => id === this.online[i])) return;
    this.online = ids;
    for (const listener of [...this.listeners]) listener();
  };
}
