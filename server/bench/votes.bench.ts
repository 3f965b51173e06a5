import { loadavg } from 'node:os';
import { it } from 'vitest';
import {
  boardMaps,
  createNote,
  readVoteRounds,
  roomDocName,
  workshopDocName,
  type CreateWorkshopResponse,
  type JoinResponse,
  type VoteResponse,
  type VoteResult,
} from '@essaim/shared';
import { reportTable, type Row } from '../soak/soakTable.js';
import type { ServerProcess } from '../soak/ServerProcess.js';
import { api, ms, openSynced, pause, percentile, startBenchServer } from './benchClient.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
// each provider listens for the process's exit: a dozen are open at once here
process.setMaxListeners(0);
const RUNS = QUICK ? 3 : 7;
const NOTES_PER_ROOM = 100;
const DOTS_PER_PERSON = 3;

interface Scenario {
  label: string;
  rooms: number;
  /** participants in each room */
  people: number;
}

const SCENARIOS: Scenario[] = [
  { label: '1 room of 300 people', rooms: 1, people: 300 },
  { label: '6 rooms × 50 people, one round', rooms: 6, people: 50 },
];

interface RunResult {
  joinMs: number;
  /** from the first dot sent to the last answer read */
  votingMs: number;
  /** each dot request, until its answer's body is read */
  latencies: number[];
  /** refusals by status and code: « 429 too_many_requests » → 2 */
  refused: Map<string, number>;
  /** server CPU seconds ÷ wall seconds while the dots came in */
  votingCpu: number;
  /** the same for this process, which sends them (it shares the machine with the server) */
  generatorCpu: number;
  closeMs: number;
  /** from the close request sent until the workshop document holds the round's results */
  seenMs: number;
  /** what is wrong with the counts, or '' */
  wrong: string;
}

type Synced = Awaited<ReturnType<typeof openSynced>>;

const noteId = (roomId: string, n: number): string => `${roomId}-n${n}`;

/** What the results say against what was sent: '' when every note has exactly its dots. */
function compare(results: readonly VoteResult[] | null | undefined, expected: ReadonlyMap<string, number>): string {
  if (!results) return 'no results';
  const got = new Map(results.map((r) => [r.noteId, r.count]));
  const off = [...new Set([...got.keys(), ...expected.keys()])].filter((id) => (got.get(id) ?? 0) !== (expected.get(id) ?? 0));
  const total = results.reduce((n, r) => n + r.count, 0);
  return off.length === 0 ? '' : `${off.length} notes off (e.g. ${off[0]}: ${got.get(off[0]!) ?? 0} for ${expected.get(off[0]!) ?? 0}), ${total} dots in all`;
}

/** 100 notes on a room's board, written by a facilitator's provider, once the server holds them all; the provider stays open. */
async function writeNotes(server: ServerProcess, w: CreateWorkshopResponse, roomId: string): Promise<Synced> {
  const board = await openSynced(server, roomDocName(w.workshopId, roomId), w.facilitatorToken);
  board.doc.transact(() => {
    for (let n = 0; n < NOTES_PER_ROOM; n++) {
      createNote(board.doc, { id: noteId(roomId, n), x: (n % 10) * 200, y: Math.floor(n / 10) * 200, text: `Besoin n° ${n} : un lieu pour se retrouver` }, { authorId: w.facilitatorId, now: Date.now() });
    }
  });
  // a second provider holds every note once the server has stored them
  const watcher = await openSynced(server, roomDocName(w.workshopId, roomId), w.facilitatorToken);
  while (boardMaps(watcher.doc).notes.size < NOTES_PER_ROOM) await pause(5);
  watcher.provider.destroy();
  watcher.doc.destroy();
  return board;
}

/** Every person's dots, one request after another, all people at once: each request's time and the refusals. */
async function putAllDots(dotUrl: string, plan: readonly { token: string; notes: string[] }[]): Promise<{ latencies: number[]; refused: Map<string, number> }> {
  const latencies: number[] = [];
  const refused = new Map<string, number>();
  await Promise.all(
    plan.map(async ({ token, notes }) => {
      for (const id of notes) {
        const sent = performance.now();
        const res = await fetch(dotUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ noteId: id }) });
        const text = await res.text();
        latencies.push(performance.now() - sent);
        if (res.status !== 200) {
          let code = '?';
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? '?';
          } catch {
            // not JSON: the status says enough
          }
          const key = `${res.status} ${code}`;
          refused.set(key, (refused.get(key) ?? 0) + 1);
        }
      }
    }),
  );
  return { latencies, refused };
}

/**
 * One run: a workshop whose rooms each hold 100 notes written by the facilitator's provider
 * (which stays connected, so the boards stay loaded), its people joined by code; a round on every
 * breakout room (3 dots a person, 1 a note); then every person puts their 3 dots, one request
 * after another, all people at once (up to 300 requests in flight); then the close, timed until
 * a facilitator's provider on the workshop document holds the results.
 */
async function run(server: ServerProcess, s: Scenario): Promise<RunResult> {
  const w = await api<CreateWorkshopResponse>(server, 'POST', '/api/workshops', { title: 'Banc « Vote »', rooms: s.rooms, assignment: 'choice' });
  const rooms = w.rooms.filter((r) => !r.plenary);
  const open: Synced[] = [];
  try {
    const workshopDoc = await openSynced(server, workshopDocName(w.workshopId), w.facilitatorToken);
    open.push(workshopDoc);
    for (const room of rooms) {
      open.push(await writeNotes(server, w, room.id));
    }
    const joinStarted = performance.now();
    const people = await Promise.all(
      rooms.flatMap((room) =>
        Array.from({ length: s.people }, (_, i) => api<JoinResponse>(server, 'POST', '/api/join', { code: w.joinCode, name: `P${i + 1}`, roomId: room.id })),
      ),
    );
    const joinMs = performance.now() - joinStarted;
    const round = await api<VoteResponse>(server, 'POST', `/api/workshops/${w.workshopId}/votes`, { dotsPerPerson: DOTS_PER_PERSON, maxPerNote: 1 }, w.facilitatorToken);
    if (round.roomIds.length !== rooms.length) throw new Error(`the round holds ${round.roomIds.length} rooms, not ${rooms.length}`);

    // person i of a room: notes 3i, 3i+1, 3i+2 (mod 100), three different ones
    const plan = people.map((p, j) => {
      const index = j % s.people;
      return { token: p.token, notes: Array.from({ length: DOTS_PER_PERSON }, (_, k) => noteId(p.roomId, (index * DOTS_PER_PERSON + k) % NOTES_PER_ROOM)) };
    });
    const expected = new Map<string, number>();
    for (const { notes } of plan) for (const id of notes) expected.set(id, (expected.get(id) ?? 0) + 1);

    const dotUrl = `${server.url}/api/workshops/${w.workshopId}/votes/${round.voteId}/dots`;
    const cpuBefore = server.cpuSeconds() ?? 0;
    const ownBefore = process.cpuUsage();
    const started = performance.now();
    const { latencies, refused } = await putAllDots(dotUrl, plan);
    const votingMs = performance.now() - started;
    const votingCpu = ((server.cpuSeconds() ?? 0) - cpuBefore) / (votingMs / 1000);
    const own = process.cpuUsage(ownBefore);
    const generatorCpu = (own.user + own.system) / 1000 / votingMs;

    const closeStarted = performance.now();
    const closed = await api<VoteResponse>(server, 'POST', `/api/workshops/${w.workshopId}/votes/${round.voteId}/close`, {}, w.facilitatorToken);
    const closeMs = performance.now() - closeStarted;
    const sent = plan.length * DOTS_PER_PERSON;
    const published = () =>
      readVoteRounds(workshopDoc.doc).find((r) => r.voteId === round.voteId && r.status === 'closed' && r.results?.reduce((n, x) => n + x.count, 0) === sent);
    const deadline = Date.now() + 30_000;
    while (!published() && Date.now() < deadline) await pause(1);
    const seenMs = performance.now() - closeStarted;
    const inDoc = published() ?? readVoteRounds(workshopDoc.doc).find((r) => r.voteId === round.voteId && r.status === 'closed');

    const wrong = [
      compare(closed.results, expected) && `close answer: ${compare(closed.results, expected)}`,
      inDoc ? compare(inDoc.results, expected) && `workshop document: ${compare(inDoc.results, expected)}` : `workshop document: the round not closed after 30 s`,
      closed.turnout?.voted === plan.length ? '' : `turnout ${closed.turnout?.voted}/${closed.turnout?.eligible}, ${plan.length} voted`,
    ]
      .filter(Boolean)
      .join('; ');
    return { joinMs, votingMs, latencies, refused, votingCpu, generatorCpu, closeMs, seenMs, wrong };
  } finally {
    for (const o of open) {
      o.provider.destroy();
      o.doc.destroy();
    }
  }
}

it('dot voting: 300 people × 3 dots on 100 notes a room, then the close', async () => {
  const { server } = await startBenchServer();
  const problems: string[] = [];
  try {
    const voting: Row[] = [];
    const closing: Row[] = [];
    for (const s of SCENARIOS) {
      const loadBefore = loadavg()[0]!;
      const results: RunResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        results.push(await run(server, s));
        await pause(200);
      }
      const all = results.flatMap((r) => r.latencies);
      const refused = new Map<string, number>();
      for (const r of results) for (const [k, n] of r.refused) refused.set(k, (refused.get(k) ?? 0) + n);
      for (const [i, r] of results.entries()) if (r.wrong) problems.push(`${s.label}, run ${i + 1}: ${r.wrong}`);
      const pick = <K extends keyof RunResult>(k: K) => results.map((r) => r[k] as number);
      voting.push({
        scenario: s.label,
        'dots a run': s.rooms * s.people * DOTS_PER_PERSON,
        refused: refused.size === 0 ? 0 : [...refused].map(([k, n]) => `${n} × ${k}`).join(', '),
        'all accepted p50': ms(percentile(pick('votingMs'), 50)),
        'all accepted max': ms(Math.max(...pick('votingMs'))),
        'request p50': ms(percentile(all, 50)),
        'request p99': ms(percentile(all, 99)),
        'request max': ms(Math.max(...all)),
        'server CPU': `${(percentile(pick('votingCpu'), 50) * 100).toFixed(0)} %`,
        'generator CPU': `${(percentile(pick('generatorCpu'), 50) * 100).toFixed(0)} %`,
        'joins p50': ms(percentile(pick('joinMs'), 50)),
      });
      closing.push({
        scenario: s.label,
        'close request p50': ms(percentile(pick('closeMs'), 50)),
        'close request max': ms(Math.max(...pick('closeMs'))),
        'results in workshop doc p50': ms(percentile(pick('seenMs'), 50)),
        'results in workshop doc max': ms(Math.max(...pick('seenMs'))),
        'counts right': results.every((r) => !r.wrong) ? `${RUNS}/${RUNS}` : `${results.filter((r) => !r.wrong).length}/${RUNS}`,
      });
      console.log(`${s.label}: machine load average (1 min) ${loadBefore.toFixed(2)} before its runs, ${loadavg()[0]!.toFixed(2)} after`);
    }
    reportTable(
      `Dot voting (${RUNS} runs each, built server, 100 notes a room, 3 dots a person, 1 a note): every person's 3 dots one after another, all people at once over keep-alive HTTP; request figures over every dot of every run`,
      voting,
    );
    reportTable(`Closing a dot vote (${RUNS} runs each): the close request, and until a facilitator's provider on the workshop document holds the round's results`, closing);
  } finally {
    await server.stop();
  }
  if (problems.length > 0) throw new Error(`wrong counts:\n${problems.join('\n')}`);
});
