import * as Y from 'yjs';
import { boardMaps, roomDocName, type CreateWorkshopResponse, type JoinResponse, type Note } from '@essaim/shared';
import { sampleNote, writeNote } from '../test/openBoard.js';
import { connectProvider, waitFor, whenSynced, type TestProvider } from '../test/providers.js';
import { currentItemId, type RawId } from '../test/rawUpdate.js';
import { placementsUnder, type BoardFacts, type RoomView } from './attackFrames.js';
import type { Person } from './attacker.js';

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface Workshop {
  workshop: CreateWorkshopResponse;
  /** its plenary board (no breakout rooms: everybody works there) */
  docName: string;
  join(name: string): Promise<JoinResponse>;
}

export async function createWorkshop(httpUrl: string, title: string): Promise<Workshop> {
  const workshop = await post<CreateWorkshopResponse>(`${httpUrl}/api/workshops`, { title, rooms: 0 });
  return {
    workshop,
    docName: roomDocName(workshop.workshopId, workshop.rooms[0]!.id),
    join: (name) => post<JoinResponse>(`${httpUrl}/api/join`, { code: workshop.joinCode, name }),
  };
}

/** The attacked board of the attack soaks: a busy workshop's board after an hour or two. */
export const REALISTIC_BOARD: BoardShape = { notes: 2000, moves: 5000, chain: 3000 };

export interface BoardShape {
  /** the facilitator's notes */
  notes: number;
  /** moves of random notes afterwards */
  moves: number;
  /** items in the history of each of two notes moved over and over (`BoardFacts.chain`) */
  chain: number;
}

export interface AttackedBoard extends Workshop {
  /** the facilitator's standard client: wrote the notes and their history, stays in the room */
  facilitator: TestProvider;
  /** a participant's standard client: wrote one note, stays in the room */
  marc: TestProvider;
  facts: BoardFacts;
  /** the room as Marc's client sees it */
  view: RoomView;
  /** Y.Doc updates the facilitator sent to build the board */
  updates: number;
  destroy(): void;
}

const TEXT = 'mobilité en zone rurale : covoiturage, transport à la demande, vélos partagés';

/** Keys of the two notes with a long history, written alternately so that their items never merge. */
const CHAIN_KEYS = ['chain-a', 'chain-b'] as const;

/** Every item of the long-history note's key in `doc`, oldest first (`BoardFacts.chain`, and what was added since). */
export function chainHistory(doc: Y.Doc): Y.Item[] {
  const items: Y.Item[] = [];
  for (let item = (boardMaps(doc).notes as unknown as { _map: Map<string, Y.Item> })._map.get(CHAIN_KEYS[0]) ?? null; item; item = item.left) items.unshift(item);
  return items;
}

/** The server's struct budget per person refills at 3,000 a second: the setup writes at 2,500, or its writer is closed. */
const pace = (structs: number): Promise<void> => new Promise((r) => setTimeout(r, (structs / 2500) * 1000));

/** The room as `doc` (a copy kept in sync with it, or the room's own) shows it. */
export function roomView(doc: Y.Doc): RoomView {
  return { has: (client) => Y.getState(doc.store, client) > 0, historyLength: () => chainHistory(doc).length };
}

/** `count` participants joined with the workshop's code, ten at a time: the attacker's identities. */
export async function joinAttackers(w: Workshop, count: number, label: string): Promise<Person[]> {
  const people: Person[] = [];
  while (people.length < count) {
    const batch = Math.min(10, count - people.length);
    const joined = await Promise.all(Array.from({ length: batch }, (_, i) => w.join(`Intrus ${label}-${people.length + i + 1}`)));
    people.push(...joined.map((j) => ({ participantId: j.participantId, token: j.token })));
  }
  return people;
}

/**
 * A realistic board, written through the server by its facilitator's standard client: `notes`
 * notes in one update, two notes moved `chain` times each (alternately, each update within the
 * server's placement budget), then `moves` moves of random notes; and a participant's note.
 * Resolves once the server has it all.
 */
export async function openAttackedBoard(httpUrl: string, wsUrl: string, shape: BoardShape): Promise<AttackedBoard> {
  const w = await createWorkshop(httpUrl, 'Atelier mobilité — salle attaquée');
  const { facilitatorId, facilitatorToken } = w.workshop;
  const marcJoin = await w.join('Marc');

  const facilitator = connectProvider(wsUrl, w.docName, facilitatorToken);
  await whenSynced(facilitator, 30_000);
  const doc = facilitator.doc;
  const { notes } = boardMaps(doc);
  let updates = 0;
  doc.on('update', () => updates++);

  doc.transact(() => {
    for (let i = 0; i < shape.notes; i++) {
      writeNote(doc, sampleNote(`note-${i}`, facilitatorId, { x: (i % 50) * 180, y: Math.floor(i / 50) * 180, text: `Idée ${i} — ${TEXT}` }));
    }
    for (const key of CHAIN_KEYS) writeNote(doc, sampleNote(key, facilitatorId, { x: 0, y: -400 }));
  });
  await pace(shape.notes);
  const moved = (key: string, x: number): Note => ({ ...(notes.get(key) as Note), x });
  // Both notes get `n` items per update: 2 · n · (history + n) placement steps, under the server's budget.
  for (let history = 1; history < shape.chain; ) {
    const n = Math.min(shape.chain - history, placementsUnder(history, 120_000));
    doc.transact(() => {
      for (let j = 0; j < n; j++) for (const key of CHAIN_KEYS) notes.set(key, moved(key, history + j));
    });
    await pace(n * CHAIN_KEYS.length);
    history += n;
  }
  for (let done = 0; done < shape.moves; ) {
    const n = Math.min(200, shape.moves - done);
    doc.transact(() => {
      for (let j = 0; j < n; j++) {
        const key = `note-${Math.floor(Math.random() * shape.notes)}`;
        notes.set(key, moved(key, Math.round(Math.random() * 9000)));
      }
    });
    await pace(n);
    done += n;
  }

  const marc = connectProvider(wsUrl, w.docName, marcJoin.token);
  await whenSynced(marc, 30_000);
  writeNote(marc.doc, sampleNote('note-marc', marcJoin.participantId, { x: 0, y: -800, text: `Marc — ${TEXT}` }));
  const big = doc.clientID;
  await waitFor(
    () => {
      if (facilitator.closeCodes.length + marc.closeCodes.length > 0) throw new Error(`the board's writers were closed: ${[...facilitator.closeCodes, ...marc.closeCodes].join(', ')}`);
      return Y.getState(marc.doc.store, big) === Y.getState(doc.store, big) && Y.getState(doc.store, marc.doc.clientID) > 0;
    },
    120_000,
    'the server to hold the whole board',
  );

  const chain: RawId[] = chainHistory(doc).map((item) => ({ client: item.id.client, clock: item.id.clock }));
  const facts: BoardFacts = {
    noteItems: Array.from({ length: shape.notes }, (_, i) => currentItemId(notes, `note-${i}`)),
    bigClient: big,
    bigClock: Y.getState(doc.store, big),
    smallClient: marc.doc.clientID,
    chain,
  };
  return {
    ...w,
    facilitator,
    marc,
    facts,
    view: roomView(marc.doc),
    updates,
    destroy: () => {
      facilitator.destroy();
      marc.destroy();
    },
  };
}
