import { expect, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import {
  boardMaps,
  createNote,
  parseFrame,
  readVoteRounds,
  type Frame,
  type JoinResponse,
  type Note,
  type VoteKeepRequest,
  type VoteKeepResponse,
  type VoteResponse,
  type VoteRound,
  type VoteStartRequest,
} from '@essaim/shared';
import { whenSynced, waitFor, type TestProvider } from './providers.js';
import { bearer, request, type Answer } from './request.js';
import type { TestServer } from './startServer.js';
import { openWorkshop, type WorkshopScene, type WorkshopOptions } from './workshopScene.js';

/**
 * Dot voting from outside (docs/API.md, « Dot voting »): the HTTP calls of each person, notes
 * written on a room's board through a real provider, and what a participant's sockets receive.
 */

/** A workshop in `choice` mode whose people join the rooms they are told. */
export async function openVoteWorkshop(options: WorkshopOptions = {}, server?: TestServer): Promise<WorkshopScene> {
  return openWorkshop({ assignment: 'choice', ...options }, server);
}

const votesPath = (scene: WorkshopScene): string => `/api/workshops/${scene.workshop.workshopId}/votes`;

function call<T>(scene: WorkshopScene, method: string, path: string, json: unknown, token: string | null): Promise<Answer<T>> {
  return request<T>(scene.server.url, `${votesPath(scene)}${path}`, { method, json, headers: bearer(token ?? undefined) });
}

/** `POST …/votes`, with the creator's token unless another (or null: none) is given. */
export function startVote(scene: WorkshopScene, body: VoteStartRequest | unknown, token: string | null = scene.workshop.facilitatorToken): Promise<Answer<VoteResponse>> {
  return call<VoteResponse>(scene, 'POST', '', body, token);
}

export function getVote(scene: WorkshopScene, voteId: string, token: string | null): Promise<Answer<VoteResponse>> {
  return call<VoteResponse>(scene, 'GET', `/${encodeURIComponent(voteId)}`, undefined, token);
}

export function putDot(scene: WorkshopScene, voteId: string, noteId: unknown, token: string | null): Promise<Answer<VoteResponse>> {
  return call<VoteResponse>(scene, 'POST', `/${encodeURIComponent(voteId)}/dots`, { noteId }, token);
}

export function takeDot(scene: WorkshopScene, voteId: string, noteId: string, token: string | null): Promise<Answer<VoteResponse>> {
  return call<VoteResponse>(scene, 'DELETE', `/${encodeURIComponent(voteId)}/dots/${encodeURIComponent(noteId)}`, undefined, token);
}

export function closeVote(scene: WorkshopScene, voteId: string, token: string | null = scene.workshop.facilitatorToken): Promise<Answer<VoteResponse>> {
  return call<VoteResponse>(scene, 'POST', `/${encodeURIComponent(voteId)}/close`, {}, token);
}

export function patchVote(scene: WorkshopScene, voteId: string, body: unknown, token: string | null = scene.workshop.facilitatorToken): Promise<Answer<VoteResponse>> {
  return call<VoteResponse>(scene, 'PATCH', `/${encodeURIComponent(voteId)}`, body, token);
}

export function keepVote(scene: WorkshopScene, voteId: string, body: VoteKeepRequest | unknown, token: string | null = scene.workshop.facilitatorToken): Promise<Answer<VoteKeepResponse>> {
  return call<VoteKeepResponse>(scene, 'POST', `/${encodeURIComponent(voteId)}/keep`, body, token);
}

/** The body of an answer of `status` (200 unless told), or a failure that shows the answer. */
export async function expectStatus<T>(answer: Promise<Answer<T>>, status = 200): Promise<T> {
  const { status: got, body } = await answer;
  expect(got, JSON.stringify(body)).toBe(status);
  return body;
}

/** Opens a round and returns it (201). */
export async function openRound(scene: WorkshopScene, body: VoteStartRequest = {}): Promise<VoteResponse> {
  return expectStatus(startVote(scene, body), 201);
}

/** Notes written by `person` on a room's board with the shared `createNote`, through their own provider, once the server has them. */
export async function writeNotes(
  scene: WorkshopScene,
  person: Pick<JoinResponse, 'token' | 'participantId'>,
  roomId: string,
  notes: { id: string; x: number; y: number; text?: string; color?: Note['color'] }[],
): Promise<TestProvider> {
  const board = scene.connect(scene.board(roomId), person.token);
  await whenSynced(board);
  board.doc.transact(() => {
    for (const n of notes) createNote(board.doc, n, { authorId: person.participantId, now: Date.now() });
  });
  // what the facilitator's copy holds came back through the server
  const watcher = scene.connect(scene.board(roomId), scene.workshop.facilitatorToken);
  await whenSynced(watcher);
  await waitFor(() => notes.every((n) => boardMaps(watcher.doc).notes.has(n.id)), 5000, 'the notes on the server');
  watcher.destroy();
  return board;
}

export const framesOf = (doc: Y.Doc): Frame[] => [...boardMaps(doc).frames.values()].map(parseFrame).filter((f): f is Frame => f !== null);

/** The zone titled `title` on a board. */
export function frameTitled(doc: Y.Doc, title: string): Frame {
  const frame = framesOf(doc).find((f) => f.title === title);
  expect(frame, `a zone « ${title} »`).toBeDefined();
  return frame!;
}

/** The centre of a zone, shifted by (dx, dy): where a note lands inside it. */
export const inside = (frame: Frame, dx = 0, dy = 0): { x: number; y: number } => ({ x: frame.x + frame.width / 2 + dx, y: frame.y + frame.height / 2 + dy });

/** The round as the workshop document a provider syncs holds it. */
export function roundIn(doc: Y.Doc, voteId: string): VoteRound | undefined {
  return readVoteRounds(doc).find((r) => r.voteId === voteId);
}

/** Each note's count in a round's results (zero counts left out). */
export function countsOf(results: readonly { noteId: string; count: number }[] | null | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results ?? []) if (r.count > 0) counts[r.noteId] = r.count;
  return counts;
}

/** A standard y-websocket provider that keeps every frame the server sends it. */
export interface RecordingProvider extends TestProvider {
  frames: Buffer[];
}

export function recordingProvider(wsUrl: string, docName: string, token: string): RecordingProvider {
  const frames: Buffer[] = [];
  class RecordingSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        frames.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? Buffer.from(data) : Buffer.from(new Uint8Array(data)));
      });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const destroy = (): void => {
    provider.destroy();
    doc.destroy();
  };
  onTestFinished(destroy);
  return { doc, provider, closeCodes: [], frames, destroy };
}

/** One value a frame carried: the root map it went in (or `awareness`), its key, and the value itself. */
export interface CarriedValue {
  root: string;
  key: string | null;
  value: unknown;
}

/**
 * Every value the frames carried, whatever later replaced it: each JSON value of each Yjs update
 * (sync step 2 or update), with its root map when it is a root map's entry, and each presence state.
 */
export function carriedValues(frames: readonly Buffer[]): CarriedValue[] {
  const out: CarriedValue[] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(new Uint8Array(frame));
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const subtype = decoding.readVarUint(decoder);
      if (subtype !== 1 && subtype !== 2) continue;
      const { structs } = Y.decodeUpdate(decoding.readVarUint8Array(decoder));
      for (const struct of structs) {
        if (!(struct instanceof Y.Item)) continue;
        // a root map's first value names its map; one written after it names only its left neighbour
        const root = typeof struct.parent === 'string' ? struct.parent : '';
        const content = struct.content as { arr?: unknown[]; str?: string };
        for (const value of content.arr ?? []) out.push({ root, key: struct.parentSub, value });
        if (typeof content.str === 'string') out.push({ root, key: struct.parentSub, value: content.str });
      }
    } else if (type === 1) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const n = decoding.readVarUint(inner);
      for (let i = 0; i < n; i++) {
        decoding.readVarUint(inner);
        decoding.readVarUint(inner);
        const state = decoding.readVarString(inner);
        out.push({ root: 'awareness', key: null, value: JSON.parse(state) as unknown });
      }
    }
  }
  return out;
}

/** What a participant may hold of a round while its tallies are hidden: their own dots, nobody else's. */
export interface HiddenTallyRules {
  /** the note ids of the round's boards */
  noteIds: readonly string[];
  /** the people whose dots the participant must not learn */
  others: readonly string[];
  /** the participant's own dots, which an answer to them may carry (under `myDots` only) */
  ownDots?: Record<string, number>;
}

/**
 * Every place a value shows a tally or someone else's dot: a `results`, `turnout` or `byRoom`
 * that is not null, `voters`, a `count`, dots by note anywhere but the caller's own `myDots`,
 * another participant's id inside a round. Empty when nothing leaks.
 */
export function tallyLeaks(value: unknown, rules: HiddenTallyRules, where = '$'): string[] {
  const leaks: string[] = [];
  const notes = new Set(rules.noteIds);
  const others = new Set(rules.others);
  const walk = (v: unknown, path: string, inRound: boolean): void => {
    if (typeof v === 'string') {
      if (inRound && others.has(v)) leaks.push(`${path}: another participant's id`);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${path}[${i}]`, inRound));
      return;
    }
    const record = v as Record<string, unknown>;
    const round = inRound || 'voteId' in record || 'votedByRoom' in record;
    for (const [key, child] of Object.entries(record)) {
      const at = `${path}.${key}`;
      if (['results', 'turnout', 'byRoom'].includes(key) && child !== null) leaks.push(`${at}: ${JSON.stringify(child).slice(0, 200)}`);
      else if (key === 'voters' || key === 'count' || key === 'counts' || key === 'tallies' || key === 'dots') leaks.push(`${at}: ${JSON.stringify(child).slice(0, 200)}`);
      else if (key === 'myDots') {
        if (rules.ownDots === undefined || JSON.stringify(sorted(child)) !== JSON.stringify(sorted(rules.ownDots))) leaks.push(`${at}: ${JSON.stringify(child)}`);
        continue;
      } else if (notes.has(key) && typeof child === 'number' && !(path.endsWith('.copies'))) leaks.push(`${at}: a number by note`);
      if (others.has(key) && round) leaks.push(`${at}: keyed by another participant`);
      walk(child, at, round);
    }
  };
  walk(value, where, false);
  return leaks;
}

function sorted(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
}

/** `tallyLeaks` of every value the frames carried. */
export function frameLeaks(frames: readonly Buffer[], rules: HiddenTallyRules): string[] {
  return carriedValues(frames).flatMap(({ root, key, value }, i) => tallyLeaks(key === null ? value : { [key]: value }, rules, `frame value ${i} (${root || '?'}.${key ?? '?'})`));
}

/** Polls an HTTP check every 50 ms (reads of a round have a budget a minute), failing with what was awaited. */
export async function pollUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A participant's `JoinResponse` narrowed to what the calls need. */
export type Person = Pick<JoinResponse, 'token' | 'participantId' | 'name' | 'roomId'>;

/** Waits until `check` holds of the round the provider's workshop document holds. */
export async function waitForRound(p: TestProvider, voteId: string, check: (round: VoteRound) => boolean, what: string, timeoutMs = 5000): Promise<VoteRound> {
  await waitFor(() => {
    const round = roundIn(p.doc, voteId);
    return round !== undefined && check(round);
  }, timeoutMs, what);
  return roundIn(p.doc, voteId)!;
}

export type { VoteKeepResponse, VoteResponse };
