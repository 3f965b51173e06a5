import { isDeepStrictEqual } from 'node:util';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_MAP_NAMES, CLOSE_CODES, SCHEMA_VERSION_KEY } from '@essaim/shared';
import {
  applyWrites,
  describeWrites,
  expectedRefusal,
  operations,
  planWrites,
  seedWrites,
  startingBoard,
  viewOf,
  type NoteDraft,
  type Operation,
  type People,
  type Person,
  type StartingBoard,
  type Write,
} from './boardOperations.js';
import { storedDoc, useServer } from './openBoard.js';
import { connectProvider, waitFor, whenSynced } from './providers.js';
import { openRawClient, type RawClient } from './rawClient.js';
import { withTimeout } from './rawSocket.js';
import type { TestServer } from './startServer.js';
import { openWorkshop } from './workshopScene.js';

/**
 * Issue #9: random valid Yjs updates, from random operations of random people on a random
 * board. The server must accept exactly what the rights table allows (worked out by
 * `boardOperations.ts` from the writes, not from Yjs), and store what an honest client made:
 * a model `Y.Doc` that receives exactly the accepted updates.
 *
 * RIGHTS_RUNS=… for more runs, RIGHTS_SEED=… (printed on failure) to replay one.
 */
const RUNS = Number(process.env.RIGHTS_RUNS ?? 60);
const SEED = process.env.RIGHTS_SEED === undefined ? undefined : Number(process.env.RIGHTS_SEED);

/**
 * What a board shows: every root map as JSON. Bytes may differ (compaction re-encodes); content may not.
 * The schema version is left out: the server records it when it reloads a board (`migrateBoard`).
 */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  const content: Record<string, Record<string, unknown>> = Object.fromEntries(Object.values(BOARD_MAP_NAMES).map((name) => [name, doc.getMap(name).toJSON()]));
  delete content[BOARD_MAP_NAMES.meta]![SCHEMA_VERSION_KEY];
  return content;
}

/** Sync step 1 with the client's state vector: its answer comes after the server judged everything sent before. */
function step1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

const isStep2 = (frame: Buffer): boolean => {
  const decoder = decoding.createDecoder(new Uint8Array(frame));
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1;
};

/**
 * The server's verdict on what `raw` just sent, without guessing at timing: it judges frames in
 * order, so it either closes the socket (refused, with its code) or answers a sync step 1 sent
 * right after (accepted).
 */
function verdictOf(raw: RawClient): Promise<'accepted' | number> {
  const verdict = new Promise<'accepted' | number>((resolve) => {
    const done = (v: 'accepted' | number): void => {
      raw.socket.off('message', onMessage).off('close', onClose);
      resolve(v);
    };
    const onMessage = (frame: Buffer): void => (isStep2(frame) ? done('accepted') : undefined);
    const onClose = (code: number): void => done(code);
    raw.socket.on('message', onMessage).on('close', onClose);
  });
  raw.socket.send(step1Frame(raw.doc));
  return withTimeout(verdict, 'the server’s verdict');
}

interface Run {
  server: TestServer;
  docName: string;
  people: People;
  tokens: Record<Person, string>;
  /** the honest model: the board the server served first, plus exactly the accepted updates */
  model: Y.Doc;
}

/** One operation from a fresh socket of `who`, synced first; checks the verdict and keeps the model up to date. */
async function play(run: Run, label: string, who: Person, plan: (view: ReturnType<typeof viewOf>) => Write[], as: Operation['as']): Promise<void> {
  const raw = await openRawClient(run.server.wsUrl, run.docName, run.tokens[who]);
  try {
    expect(contentOf(raw.doc), `${label}: the server’s board before it is the honest model`).toEqual(contentOf(run.model));
    const writes = plan(viewOf(run.model));
    const refusal = expectedRefusal(run.model, writes, run.people[who]);
    const update = raw.send((doc) => applyWrites(doc, writes), as);
    const verdict = await verdictOf(raw);
    const what = `${label} by ${who} as ${as}: ${describeWrites(writes) || 'nothing'} — expected ${refusal === null ? 'accepted' : `refused (${refusal})`}`;
    expect(verdict, what).toBe(refusal === null ? 'accepted' : CLOSE_CODES.RefusedChange);
    if (refusal === null) Y.applyUpdate(run.model, update);
  } finally {
    raw.socket.close();
    await withTimeout(raw.closed, 'the socket to close');
  }
}

async function scenario(server: TestServer, board: StartingBoard, operations: readonly Operation[]): Promise<void> {
  const scene = await openWorkshop({ rooms: 1 }, server);
  const room = scene.breakouts[0]!;
  const a = await scene.join('Aude');
  const b = await scene.join('Basile');
  const observer = await scene.invite('observer', 'Olga');
  expect([a.roomId, b.roomId]).toEqual([room.id, room.id]);
  const docName = scene.board(room.id);
  const people: People = {
    facilitator: { participantId: scene.workshop.facilitatorId, role: 'facilitator' },
    participantA: { participantId: a.participantId, role: 'participant' },
    participantB: { participantId: b.participantId, role: 'participant' },
    observer: { participantId: observer.participantId, role: 'observer' },
  };
  const tokens = { facilitator: scene.workshop.facilitatorToken, participantA: a.token, participantB: b.token, observer: observer.token };

  // Relays follow storage: once this watcher has a change, the storage has it too.
  const watcher = connectProvider(server.wsUrl, docName, observer.token);
  const model = new Y.Doc();
  try {
    await whenSynced(watcher);
    Y.applyUpdate(model, Y.encodeStateAsUpdate(watcher.doc));
    const run: Run = { server, docName, people, tokens, model };

    await play(run, 'the starting board', 'facilitator', () => seedWrites(board, people), 'update');
    for (const [i, op] of operations.entries()) {
      await play(run, `operation ${i}`, op.actor, (view) => planWrites(view, op, people), op.as);
    }

    const final = await openRawClient(server.wsUrl, docName, observer.token);
    expect(contentOf(final.doc), 'the server’s board at the end').toEqual(contentOf(model));
    final.socket.close();
    await waitFor(() => isDeepStrictEqual(contentOf(watcher.doc), contentOf(model)), 5000, 'every accepted change to be relayed');
    expect(contentOf(await storedDoc(server.storage, docName)), 'the stored board').toEqual(contentOf(model));
    expect(watcher.closeCodes).toEqual([]);
  } finally {
    watcher.destroy();
  }

  // With nobody left the room may unload; either way a newcomer gets the same board.
  const fresh = connectProvider(server.wsUrl, docName, a.token);
  try {
    await whenSynced(fresh);
    expect(contentOf(fresh.doc), 'the board a fresh provider syncs').toEqual(contentOf(model));
  } finally {
    fresh.destroy();
    model.destroy();
  }
}

const note: NoteDraft = { text: 'Besoin', color: 'yellow', x: 0, y: 0, width: 160, height: 160, createdAt: 1_700_000_000_000, tagged: false };

/** Played first, every time: edges the property found or that random runs meet rarely. */
const EXAMPLES: [StartingBoard, Operation[]][] = [
  // Found by this property: on a locked board a note created and deleted in one update changes
  // nothing, yet the participant sent something new — refused, as a board nobody may change.
  [{ notes: [], policy: { locked: true } }, [{ actor: 'participantA', as: 'update', edits: [{ kind: 'create', id: 'c0', signedBy: 'self', note }, { kind: 'delete', target: 0 }] }]],
  // A meta key no schema has is refused to everyone, facilitators included.
  [{ notes: [], policy: {} }, [{ actor: 'facilitator', as: 'update', edits: [{ kind: 'metaKey', value: 'clair' }] }, { actor: 'participantB', as: 'step2', edits: [{ kind: 'metaKey', value: 'clair' }] }]],
  // A participant links two notes, then a facilitator locks a zone over them: the participant may no longer move them.
  [
    { notes: [{ author: 'participantA', note }, { author: 'participantA', note: { ...note, x: 300 } }], policy: {} },
    [
      { actor: 'participantA', as: 'update', edits: [{ kind: 'side', map: 'links', key: 'k1', remove: false, loose: false, locked: false, ends: [0, 1] }] },
      { actor: 'facilitator', as: 'update', edits: [{ kind: 'side', map: 'frames', key: 'k1', remove: false, loose: false, locked: true, ends: [0, 0] }] },
      { actor: 'participantA', as: 'update', edits: [{ kind: 'move', target: 0, x: 40, y: 40 }] },
    ],
  ],
];

describe('the rights table, property-based (issue #9)', () => {
  it('accepts exactly the updates the rights table allows, and stores what an honest client made', async () => {
    const server = await useServer({
      createRateLimit: 100_000,
      joinRateLimit: 0,
      // A rate of 0 lifts the update and sync-request budgets: every operation opens a socket and syncs.
      syncUpdatesPerSecond: 0,
      // Snapshots every few updates, so the stored board goes through compaction too.
      compactEvery: 3,
    });
    await fc.assert(
      fc.asyncProperty(startingBoard, operations(8), (board, ops) => scenario(server, board, ops)),
      { numRuns: RUNS, seed: SEED, examples: EXAMPLES, interruptAfterTimeLimit: 150_000 },
    );
  }, 180_000);
});
