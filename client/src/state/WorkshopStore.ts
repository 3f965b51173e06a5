import {
  readPeople,
  readRooms,
  readTimers,
  readWorkshopSettings,
  type Person,
  type RoomEntry,
  type Timer,
  type WorkshopSettings,
} from '@essaim/shared';
import type * as Y from 'yjs';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each room's countdown by room id; a room never started has none. */
export type Timers = Readonly<Record<string, Timer>>;

/**
 * The workshop document as four snapshots (rooms, people, settings, timers), read with the shared
 * readers. Each keeps its identity until its content changes, for `useSyncExternalStore`.
 */
export class WorkshopStore {
  private rooms: readonly RoomEntry[] = [];
  private people: readonly Person[] = [];
  private settings: WorkshopSettings;
  private timers: Timers = {};
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    this.settings = readWorkshopSettings(doc);
    this.refresh();
    doc.on('afterTransaction', this.onTransaction);
  }

  readonly getRooms = (): readonly RoomEntry[] => this.rooms;
  readonly getPeople = (): readonly Person[] => this.people;
  readonly getSettings = (): WorkshopSettings => this.settings;
  readonly getTimers = (): Timers => this.timers;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size > 0 && this.refresh()) for (const listener of [...this.listeners]) listener();
  };

  private refresh(): boolean {
    let changed = false;
    const rooms = readRooms(this.doc);
    if (!sameJson(rooms, this.rooms)) [this.rooms, changed] = [rooms, true];
    const people = readPeople(this.doc);
    if (!sameJson(people, this.people)) [this.people, changed] = [people, true];
    const settings = readWorkshopSettings(this.doc);
    if (!sameJson(settings, this.settings)) [this.settings, changed] = [settings, true];
    const timers: Timers = Object.fromEntries(readTimers(this.doc));
    if (!sameJson(timers, this.timers)) [this.timers, changed] = [timers, true];
    return changed;
  }
}
