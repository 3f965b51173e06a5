import type { Point, ViewportRect } from '@essaim/shared';
import type { Awareness } from 'y-protocols/awareness';
import { editingClaims, readPeers, remoteDragPositions, remoteZoneDragPositions, trackViewports, uniqueUsers, type EditingClaim, type Peer, type PeerUser, type TrackedViewport } from './peers';

export interface RemoteCursor {
  clientId: number;
  user: PeerUser;
  cursor: Point;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Everyone else's awareness, split into snapshots (people, cursors, live drags of notes and zones, editing claims) that keep
 * their identity while unchanged, so a moving cursor does not re-render the presence list.
 */
export class PeersStore {
  private people: readonly PeerUser[] = [];
  private cursors: readonly RemoteCursor[] = [];
  private drags: ReadonlyMap<string, Point> = new Map();
  private zoneDrags: ReadonlyMap<string, Point> = new Map();
  private claims: ReadonlyMap<string, EditingClaim> = new Map();
  private viewports: ReadonlyMap<string, ViewportRect> = new Map();
  private trackedViewports: ReadonlyMap<number, TrackedViewport> = new Map();
  private viewportSeq = 0;
  /** author id → name, kept after people leave so their notes stay signed */
  private names: ReadonlyMap<string, string>;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly awareness: Awareness,
    self: PeerUser,
  ) {
    this.names = new Map([[self.id, self.name]]);
    awareness.on('change', this.onChange);
    this.onChange();
  }

  readonly getPeople = () => this.people;
  readonly getCursors = () => this.cursors;
  readonly getDrags = () => this.drags;
  /** zone id → its live top-left corner while someone else drags it */
  readonly getZoneDrags = () => this.zoneDrags;
  /** note id → the other client that has it open in its editor (see `editingClaims`) */
  readonly getClaims = () => this.claims;
  readonly getNames = () => this.names;
  /** person id → the board rectangle they show while they lead « Suivez-moi » (with several tabs, the one that moved last) */
  readonly getViewports = () => this.viewports;

  /** This tab's awareness client id: the lower one keeps a note both opened at once. */
  get clientId(): number {
    return this.awareness.clientID;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** My own name changed: notes I wrote are signed with the new one. */
  setSelf(self: PeerUser): void {
    if (this.names.get(self.id) === self.name) return;
    this.names = new Map([...this.names, [self.id, self.name]]);
    for (const listener of [...this.listeners]) listener();
  }

  destroy(): void {
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  private readonly onChange = (): void => {
    const peers = readPeers(this.awareness.getStates(), this.awareness.clientID);
    let changed = false;
    const people = uniqueUsers(peers);
    if (!sameJson(people, this.people)) {
      this.people = people;
      changed = true;
    }
    const cursors = peers.flatMap((p: Peer) => (p.cursor ? [{ clientId: p.clientId, user: p.user, cursor: p.cursor }] : []));
    if (!sameJson(cursors, this.cursors)) {
      this.cursors = cursors;
      changed = true;
    }
    const drags = remoteDragPositions(peers);
    if (!sameJson([...drags], [...this.drags])) {
      this.drags = drags;
      changed = true;
    }
    const zoneDrags = remoteZoneDragPositions(peers);
    if (!sameJson([...zoneDrags], [...this.zoneDrags])) {
      this.zoneDrags = zoneDrags;
      changed = true;
    }
    const claims = editingClaims(peers);
    if (!sameJson([...claims], [...this.claims])) {
      this.claims = claims;
      changed = true;
    }
    const { tracked, seq, byPerson: viewports } = trackViewports(peers, this.trackedViewports, this.viewportSeq);
    this.trackedViewports = tracked;
    this.viewportSeq = seq;
    if (!sameJson([...viewports], [...this.viewports])) {
      this.viewports = viewports;
      changed = true;
    }
    if (people.some((u) => u.name && this.names.get(u.id) !== u.name)) {
      const names = new Map(this.names);
      for (const u of people) if (u.name) names.set(u.id, u.name);
      this.names = names;
      changed = true;
    }
    if (changed) for (const listener of [...this.listeners]) listener();
  };
}
