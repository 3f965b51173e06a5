import {
  roomDocName,
  workshopDocName,
  type CreateWorkshopRequest,
  type CreateWorkshopResponse,
  type JoinResponse,
  type RoomInfo,
} from '@essaim/shared';
import { useProvider, useServer } from './openBoard.js';
import type { TestProvider } from './providers.js';
import { bearer, request, type Answer } from './request.js';
import type { TestServer } from './startServer.js';

/** A workshop with breakout rooms on a running server, and the calls its people make. */
export interface WorkshopScene {
  server: TestServer;
  workshop: CreateWorkshopResponse;
  plenary: RoomInfo;
  breakouts: RoomInfo[];
  /** `w/<workshopId>`: the workshop document */
  docName: string;
  /** `w/<workshopId>/r/<roomId>`: a room's board */
  board(roomId: string): string;
  /** joins with the code as a participant (with the room they chose, in `choice` mode) */
  join(name: string, roomId?: string): Promise<JoinResponse>;
  /** joins through the co-facilitator or observer link */
  invite(role: 'facilitator' | 'observer', name: string): Promise<JoinResponse>;
  /** a request on `/api/workshops/<workshopId><path>`, with the creator's token unless another (or null: none) is given */
  admin<T = unknown>(method: string, path: string, json?: unknown, token?: string | null): Promise<Answer<T>>;
  /** a standard provider on one of the workshop's documents, destroyed when the test ends */
  connect(docName: string, token: string): TestProvider;
}

export type WorkshopOptions = Omit<CreateWorkshopRequest, 'title'> & { title?: string };

/** Creates a workshop (on `server`, or on a new server that allows many joins a minute). */
export async function openWorkshop(options: WorkshopOptions = {}, server?: TestServer): Promise<WorkshopScene> {
  const srv = server ?? (await useServer({ joinRateLimit: 1000 }));
  const { title = 'Atelier mobilité — Aude', ...rest } = options;
  const workshop = await srv.createWorkshop(title, rest);
  const id = workshop.workshopId;
  return {
    server: srv,
    workshop,
    plenary: workshop.rooms.find((r) => r.plenary)!,
    breakouts: workshop.rooms.filter((r) => !r.plenary),
    docName: workshopDocName(id),
    board: (roomId) => roomDocName(id, roomId),
    join: (name, roomId) => srv.join(workshop.joinCode, name, roomId),
    invite: async (role, name) => {
      const answer = await request<JoinResponse>(srv.url, '/api/join', { json: { invite: workshop.invites[role], name } });
      if (answer.status !== 200) throw new Error(`invite → ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
    admin: (method, path, json, token = workshop.facilitatorToken) =>
      request(srv.url, `/api/workshops/${id}${path}`, { method, json, headers: bearer(token ?? undefined) }),
    connect: (docName, token) => useProvider(srv.wsUrl, docName, token),
  };
}
