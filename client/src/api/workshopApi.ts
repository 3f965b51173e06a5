import {
  normalizeJoinCode,
  type ClientConfig,
  type CreateWorkshopRequest,
  type CreateWorkshopResponse,
  type JoinPreview,
  type JoinRequest,
  type JoinResponse,
  type SessionResponse,
  type TemplateInfo,
} from '@essaim/shared';
import { requestJson } from './requestJson';

/** What anyone may call: create, preview and join, resume a session, rename oneself. */
export const workshopApi = {
  create: (request: CreateWorkshopRequest) => requestJson<CreateWorkshopResponse>('/api/workshops', { method: 'POST', body: request }),
  preview: (code: string) => requestJson<JoinPreview>(`/api/join/${encodeURIComponent(normalizeJoinCode(code))}`),
  join: (request: JoinRequest) => requestJson<JoinResponse>('/api/join', { method: 'POST', body: request }),
  session: (token: string) => requestJson<SessionResponse>('/api/session', { token }),
  renameMe: (token: string, name: string) => requestJson<SessionResponse>('/api/me', { method: 'PATCH', body: { name }, token }),
  config: () => requestJson<ClientConfig>('/api/config'),
  /** built-in and saved board templates, named in `language` */
  templates: (language: string) => requestJson<TemplateInfo[]>('/api/templates', { language }),
};
