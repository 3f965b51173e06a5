import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { assembleBoardServices, type BoardLink, type BoardServices } from '../state/BoardServices';
import type { StoredSession } from '../state/session';
import type { ConnectionSnapshot } from '../sync/DocConnection';
import { seedNotes } from './seedNotes';
import { seedShapes } from './seedShapes';

export const BENCH_DEFAULT_NOTES = 1_000;
export const BENCH_MAX_NOTES = 20_000;

/** `?notes=5000` → 5000, within 0…20,000; anything else → the default. */
export function benchNoteCount(search: string): number {
  return countParam(search, 'notes', BENCH_DEFAULT_NOTES, BENCH_MAX_NOTES);
}

/** What the bench board carries besides notes: `?zones=30&links=300` (none by default). */
export function benchShapeCounts(search: string): { zones: number; links: number } {
  return { zones: countParam(search, 'zones', 0, 1_000), links: countParam(search, 'links', 0, 10_000) };
}

function countParam(search: string, name: string, fallback: number, max: number): number {
  const raw = new URLSearchParams(search).get(name);
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}

const LOCAL: ConnectionSnapshot = { state: 'connected', refusedCode: null };

/** A link that never opens: the document lives only in this tab. */
class LocalBoardLink implements BoardLink {
  readonly docName = 'banc-d-essai';
  constructor(
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
  ) {}
  getSnapshot = () => LOCAL;
  subscribe = () => () => undefined;
  onServerClose = () => () => undefined;
  discardLocalCopy = async () => this.destroy();
  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * A board with no server and no offline copy, seeded with `count` notes (and zones and links), behind the same
 * stores and actions as a real one: what the canvas benchmark measures.
 */
export function createLocalBoard(count: number, shapes: { zones: number; links: number } = { zones: 0, links: 0 }): BoardServices {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const session: StoredSession = {
    workshopId: 'banc-d-essai',
    title: '',
    participantId: 'banc',
    name: 'Camille',
    role: 'facilitator',
    roomId: 'banc',
    token: '',
  };
  const seeding = performance.now();
  seedNotes(doc, count, session.participantId);
  seedShapes(doc, count, shapes.zones, shapes.links);
  // the bench reports seeding apart from drawing
  performance.measure('essaim:bench-seed', { start: seeding });
  return assembleBoardServices(session, new LocalBoardLink(doc, awareness), doc, awareness);
}
