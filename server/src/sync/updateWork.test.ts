import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeRawUpdate, newClientId, type RawId } from '../../test/rawUpdate.js';
import { checkUpdateWork, MAX_PLACEMENT_STEPS } from './updateWork.js';

const note = (id: string, x = 0) => ({ id, text: 'Idée', color: 'yellow', x, y: 0, width: 160, height: 160, authorId: 'p', createdAt: 1 });
const workOf = (doc: Y.Doc, update: Uint8Array) => checkUpdateWork(doc, Y.decodeUpdate(update).structs);

/** A server document where one note was moved `moves` times by two people in turn, and the ids of its history, oldest first. */
function longHistory(moves: number): { server: Y.Doc; history: RawId[] } {
  const server = new Y.Doc();
  const people = [new Y.Doc(), new Y.Doc()];
  for (let i = 0; i < moves; i++) {
    const who = people[i % 2]!;
    Y.applyUpdate(who, Y.encodeStateAsUpdate(server, Y.encodeStateVector(who)));
    who.getMap('notes').set('n', note('n', i));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(who, Y.encodeStateVector(server)));
  }
  const history: RawId[] = [];
  const notes = server.getMap('notes') as unknown as { _map: Map<string, Y.Item> };
  for (let item: Y.Item | null = notes._map.get('n')!; item; item = item.left) history.unshift({ client: item.id.client, clock: item.id.clock });
  return { server, history };
}

describe('checkUpdateWork', () => {
  it('lets through a facilitator writing 5,000 notes at once, and moving them all', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.transact(() => {
      for (let i = 0; i < 5000; i++) client.getMap('notes').set(`n${i}`, note(`n${i}`));
    });
    const created = Y.encodeStateAsUpdate(client);
    expect(workOf(server, created)).toBeNull();
    Y.applyUpdate(server, created);
    const before = Y.encodeStateVector(client);
    client.transact(() => {
      for (let i = 0; i < 5000; i++) client.getMap('notes').set(`n${i}`, note(`n${i}`, 10));
    });
    expect(workOf(server, Y.encodeStateAsUpdate(client, before))).toBeNull();
  });

  it('lets through a move of a note with a long history, and one from somebody offline since its start', () => {
    const { server } = longHistory(2000);
    const now = new Y.Doc();
    Y.applyUpdate(now, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(now);
    now.getMap('notes').set('n', note('n', -1));
    expect(workOf(server, Y.encodeStateAsUpdate(now, sv))).toBeNull();

    const { server: other, history } = longHistory(2000);
    const offline = encodeRawUpdate([{ client: newClientId(), clock: 0, structs: [{ origin: history[0], any: [note('n', -2)] }] }]);
    expect(workOf(other, offline)).toBeNull();
  });

  it('refuses many items after one origin', () => {
    const { server, history } = longHistory(10);
    const update = encodeRawUpdate([{ client: newClientId(), clock: 0, structs: Array.from({ length: 40_000 }, () => ({ origin: history[0], deleted: 1 })) }]);
    expect(workOf(server, update)).toMatch(/items after one origin/);
  });

  it('refuses items whose placement would walk a long history again and again', () => {
    const { server, history } = longHistory(3000);
    // each one starts from an early item of the note's history: about 3,000 steps each
    const update = encodeRawUpdate([{ client: newClientId(), clock: 0, structs: history.slice(0, 200).map((origin) => ({ origin, deleted: 1 })) }]);
    expect(200 * 2800).toBeGreaterThan(MAX_PLACEMENT_STEPS);
    expect(workOf(server, update)).toMatch(/too long to place/);
  });

  it('refuses a long chain of new items each followed by a sibling (quadratic within the update)', () => {
    const server = new Y.Doc();
    server.getMap('notes').set('n', note('n'));
    const first = { client: server.clientID, clock: 0 };
    const client = newClientId();
    const count = 1000;
    // items 0..count-1 chain on each other; items count.. name the chain's items as origins too
    const structs = [
      ...Array.from({ length: count }, (_, i) => ({ origin: i === 0 ? first : { client, clock: i - 1 }, deleted: 1 })),
      ...Array.from({ length: count }, (_, i) => ({ origin: { client, clock: i }, deleted: 1 })),
    ];
    expect(workOf(server, encodeRawUpdate([{ client, clock: 0, structs }]))).toMatch(/too long to place/);
  });

  it('lets through one person’s thousand saves of one note written offline, unmerged because another note was saved in between', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    for (let i = 0; i < 1000; i++) {
      client.getMap('notes').set('a', note('a', i));
      client.getMap('notes').set('b', note('b', i));
    }
    expect(workOf(server, Y.encodeStateAsUpdate(client))).toBeNull();
  });
});
