import type { CreateWorkshopResponse, JoinResponse, SessionResponse } from '@essaim/shared';
import { requestJson } from './requestJson';

export const workshopApi = {
  create: (title: string) => requestJson<CreateWorkshopResponse>('/api/workshops', { method: 'POST', body: { title } }),
  join: (code: string, name: string) => requestJson<JoinResponse>('/api/join', { method: 'POST', body: { code, name } }),
  session: (token: string) => requestJson<SessionResponse>('/api/session', { token }),
};
