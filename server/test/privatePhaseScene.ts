import { expect } from 'vitest';
import * as Y from 'yjs';
import {
  boardMaps,
  draftsDocName,
  type JoinResponse,
  type Note,
  type PrivatePhaseResponse,
  type RevealResponse,
} from '@essaim/shared';
import { sampleNote } from './openBoard.js';
import { bearer, request, type Answer } from './request.js';
import type { TestServer } from './startServer.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** A workshop with one breakout room in `choice` mode and three participants in it (and one elsewhere when asked). */
export interface PhaseScene extends WorkshopScene {
  room: string;
  lina: JoinResponse;
  marc: JoinResponse;
  sami: JoinResponse;
  /** `w/<workshopId>/r/<room>/p/<participantId>` */
  drafts(person: { participantId: string }, roomId?: string): string;
}

export async function openPhaseScene(options: { rooms?: number; template?: string } = {}, server?: TestServer): Promise<PhaseScene> {
  const scene = await openWorkshop({ rooms: options.rooms ?? 1, assignment: 'choice', ...(options.template ? { template: options.template } : {}) }, server);
  const room = scene.breakouts[0]!.id;
  const [lina, marc, sami] = await Promise.all(['Lina', 'Marc', 'Sami'].map((name) => scene.join(name, room)));
  return {
    ...scene,
    room,
    lina: lina!,
    marc: marc!,
    sami: sami!,
    drafts: (person, roomId = room) => draftsDocName(scene.workshop.workshopId, roomId, person.participantId),
  };
}

/** `POST` on `/api/workshops/<id><path>` of `scene.server` (which a test may swap for a restarted one), with the creator's token unless another (or null: none) is given. */
function post<T>(scene: WorkshopScene, path: string, json: unknown, token: string | null = scene.workshop.facilitatorToken): Promise<Answer<T>> {
  return request<T>(scene.server.url, `/api/workshops/${scene.workshop.workshopId}${path}`, { method: 'POST', json, headers: bearer(token ?? undefined) });
}

export function postPhase(scene: WorkshopScene, body: unknown, token?: string | null): Promise<Answer<PrivatePhaseResponse>> {
  return post<PrivatePhaseResponse>(scene, '/private-phase', body, token);
}

export function postReveal(scene: WorkshopScene, body: unknown, token?: string | null): Promise<Answer<RevealResponse>> {
  return post<RevealResponse>(scene, '/private-phase/reveal', body, token);
}

export function getPhase(scene: WorkshopScene, token: string): Promise<Answer<PrivatePhaseResponse>> {
  return request<PrivatePhaseResponse>(scene.server.url, `/api/workshops/${scene.workshop.workshopId}/private-phase`, { headers: bearer(token) });
}

/** The body of a 200, or a failure that shows the answer. */
export async function ok<T>(answer: Promise<Answer<T>>): Promise<T> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

/** A draft in the contract's note shape, signed by `authorId`, with a text nobody else may read. */
export function draftNote(id: string, authorId: string, overrides: Partial<Note> = {}): Note {
  return sampleNote(id, authorId, { text: `secret ${id} de ${authorId}`, createdAt: Date.now(), ...overrides });
}

export function writeDrafts(doc: Y.Doc, notes: readonly Note[]): void {
  const map = boardMaps(doc).notes;
  doc.transact(() => notes.forEach((n) => map.set(n.id, n)));
}

/** Whether `bytes` hold `text` (UTF-8) anywhere. */
export function holdsText(bytes: Uint8Array | Buffer, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));
}
