import { it } from 'vitest';
import {
  boardMaps,
  draftsDocName,
  roomDocName,
  type CreateWorkshopResponse,
  type JoinResponse,
  type Note,
  type PrivatePhaseResponse,
  type RevealResponse,
} from '@essaim/shared';
import { reportTable, type Row } from '../soak/soakTable.js';
import type { ServerProcess } from '../soak/ServerProcess.js';
import { api, ms, openSynced, pause, percentile, startBenchServer } from './benchClient.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
// each provider listens for the process's exit: dozens are open at once here
process.setMaxListeners(0);
const RUNS = QUICK ? 3 : 7;

interface Scenario {
  label: string;
  rooms: number;
  /** participants in each room */
  people: number;
  /** drafts in each room, dealt to its people in turn */
  draftsPerRoom: number;
}

const SCENARIOS: Scenario[] = [
  { label: '1 room, 10 people × 10 drafts', rooms: 1, people: 10, draftsPerRoom: 100 },
  { label: '6 rooms at once, 7 people × 4 drafts', rooms: 6, people: 7, draftsPerRoom: 28 },
  { label: '6 rooms at once, 7 people, 100 drafts a room', rooms: 6, people: 7, draftsPerRoom: 100 },
];

/**
 * One run: a workshop with the 3-12-3 template, its people connected to their drafts (as during
 * the phase), every draft written and counted; then « Révéler » for every room at once. Times the
 * request (the server's whole step: loading, laying out, writing the boards, emptying the drafts)
 * and the moment a facilitator's provider on each board holds every note.
 */
async function run(server: ServerProcess, s: Scenario): Promise<{ requestMs: number; seenMs: number; revealed: number }> {
  const w = await api<CreateWorkshopResponse>(server, 'POST', '/api/workshops', { title: 'Banc « Révéler »', rooms: s.rooms, assignment: 'choice', template: 'brainstorm-3-12-3' });
  const rooms = w.rooms.filter((r) => !r.plenary);
  await api(server, 'POST', `/api/workshops/${w.workshopId}/private-phase`, { question: 'Quelles idées ?' }, w.facilitatorToken);
  const open: { provider: { destroy(): void }; doc: { destroy(): void } }[] = [];
  try {
    for (const room of rooms) {
      const people = await Promise.all(
        Array.from({ length: s.people }, (_, i) => api<JoinResponse>(server, 'POST', '/api/join', { code: w.joinCode, name: `P${i + 1}`, roomId: room.id })),
      );
      const drafts = await Promise.all(people.map((p) => openSynced(server, draftsDocName(w.workshopId, room.id, p.participantId), p.token)));
      open.push(...drafts);
      for (let i = 0; i < s.draftsPerRoom; i++) {
        const who = i % s.people;
        const person = people[who]!;
        const note: Note = { id: `${room.id}-d${i}`, text: `Idée n° ${i} : une rue plus sûre pour aller à l’école`, color: 'yellow', x: 0, y: 0, width: 160, height: 160, authorId: person.participantId, createdAt: Date.now() + i };
        boardMaps(drafts[who]!.doc).notes.set(note.id, note);
      }
    }
    // every count written: the drafts are all on the server
    const expected = rooms.length * s.draftsPerRoom;
    for (;;) {
      const phase = await api<PrivatePhaseResponse>(server, 'GET', `/api/workshops/${w.workshopId}/private-phase`, undefined, w.facilitatorToken);
      if (Object.values(phase.counts).reduce((a, b) => a + b, 0) === expected) break;
      await pause(50);
    }
    const watchers = await Promise.all(rooms.map((r) => openSynced(server, roomDocName(w.workshopId, r.id), w.facilitatorToken)));
    open.push(...watchers);
    const noteCount = () => watchers.reduce((sum, b) => sum + boardMaps(b.doc).notes.size, 0);
    const started = performance.now();
    const answer = await api<RevealResponse>(server, 'POST', `/api/workshops/${w.workshopId}/private-phase/reveal`, { order: 'author' }, w.facilitatorToken);
    const requestMs = performance.now() - started;
    while (noteCount() < expected) await pause(1);
    const seenMs = performance.now() - started;
    return { requestMs, seenMs, revealed: Object.values(answer.revealed).reduce((a, b) => a + b, 0) };
  } finally {
    for (const o of open) {
      o.provider.destroy();
      o.doc.destroy();
    }
  }
}

it('« Révéler »: every draft of a room, and of six rooms at once, onto the boards', async () => {
  const { server } = await startBenchServer();
  try {
    const rows: Row[] = [];
    for (const s of SCENARIOS) {
      const requests: number[] = [];
      const seen: number[] = [];
      let revealed = 0;
      for (let i = 0; i < RUNS; i++) {
        const r = await run(server, s);
        requests.push(r.requestMs);
        seen.push(r.seenMs);
        revealed = r.revealed;
        await pause(200);
      }
      rows.push({
        scenario: s.label,
        'drafts revealed': revealed,
        'request p50': ms(percentile(requests, 50)),
        'request max': ms(Math.max(...requests)),
        'on every board p50': ms(percentile(seen, 50)),
        'on every board max': ms(Math.max(...seen)),
      });
    }
    reportTable(`« Révéler » (${RUNS} runs each, built server, people connected to their drafts): the request, and until a facilitator's provider on each board holds every note`, rows);
  } finally {
    await server.stop();
  }
});
