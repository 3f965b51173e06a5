import { onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, roomDocName, type CreateWorkshopResponse, type JoinResponse, type Note } from '@essaim/shared';
import type { BuildOptions } from '../src/app.js';
import type { Config } from '../src/config.js';
import { loadYDoc } from '../src/storage/documentLog.js';
import type { Storage } from '../src/storage/Storage.js';
import { connectProvider, type TestProvider } from './providers.js';
import { startServer, type TestServer } from './startServer.js';

/** A started server that is disposed (data deleted) when the current test ends, pass or fail. */
export async function useServer(overrides: Partial<Config> = {}, dataDir?: string, options: BuildOptions = {}): Promise<TestServer> {
  const server = await startServer(overrides, dataDir, options);
  // A server on a borrowed data directory only stops: the directory's owner deletes it.
  onTestFinished(() => (dataDir ? server.stop() : server.dispose()));
  return server;
}

/** A standard provider destroyed when the current test ends (hooks run in reverse, so before its server). */
export function useProvider(wsUrl: string, docName: string, token: string | undefined): TestProvider {
  const p = connectProvider(wsUrl, docName, token);
  onTestFinished(() => p.destroy());
  return p;
}

export interface Board {
  server: TestServer;
  workshop: CreateWorkshopResponse;
  /** a participant who joined with the workshop's code */
  participant: JoinResponse;
  /** `w/<workshopId>/r/<plenaryRoomId>` */
  docName: string;
  /** a standard provider on this board, with the participant's token unless told otherwise */
  connect(token?: string): TestProvider;
}

/** A server with one workshop, one participant and the name of its plenary board. */
export async function openBoard(overrides: Partial<Config> = {}): Promise<Board> {
  const server = await useServer(overrides);
  return boardOn(server);
}

/** A new workshop on an already started server. */
export async function boardOn(server: TestServer, title?: string): Promise<Board> {
  const workshop = await server.createWorkshop(title);
  const participant = await server.join(workshop.joinCode, 'Lina');
  const docName = roomDocName(workshop.workshopId, workshop.rooms[0]!.id);
  return {
    server,
    workshop,
    participant,
    docName,
    connect: (token = participant.token) => useProvider(server.wsUrl, docName, token),
  };
}

/** A note in the contract shape: one plain JSON object with every required field. */
export function sampleNote(id: string, authorId: string, overrides: Partial<Note> = {}): Note {
  return { id, text: `Idée ${id}`, color: 'yellow', x: 120, y: -40, width: 160, height: 160, authorId, createdAt: 1_700_000_000_000, ...overrides };
}

export function writeNote(doc: Y.Doc, note: Note): void {
  boardMaps(doc).notes.set(note.id, note);
}

export function noteIds(doc: Y.Doc): string[] {
  return [...boardMaps(doc).notes.keys()].sort();
}

/** The document as the server would reload it from storage right now (snapshot + log). */
export async function storedDoc(storage: Storage, docName: string): Promise<Y.Doc> {
  const { doc } = await loadYDoc(storage, docName);
  onTestFinished(() => doc.destroy());
  return doc;
}
