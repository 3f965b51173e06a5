import type { VoteKeepRequest, VoteKeepResponse, VoteResponse, VoteStartRequest } from '@essaim/shared';
import { requestJson } from './requestJson';

/**
 * The dot-voting routes of one workshop (docs/API.md, « Dot voting »): facilitators open, close and
 * keep the best; participants put and take back their dots, one request each — the server decides.
 */
export function voteApi(workshopId: string, token: string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}/votes`;
  const round = (voteId: string) => `${base}/${encodeURIComponent(voteId)}`;
  return {
    start: (body: VoteStartRequest) => requestJson<VoteResponse>(base, { method: 'POST', body, token }),
    /** the round, the caller's dots, and what the caller may see of the results */
    get: (voteId: string) => requestJson<VoteResponse>(round(voteId), { token }),
    addDot: (voteId: string, noteId: string) => requestJson<VoteResponse>(`${round(voteId)}/dots`, { method: 'POST', body: { noteId }, token }),
    removeDot: (voteId: string, noteId: string) =>
      requestJson<VoteResponse>(`${round(voteId)}/dots/${encodeURIComponent(noteId)}`, { method: 'DELETE', token }),
    close: (voteId: string) => requestJson<VoteResponse>(`${round(voteId)}/close`, { method: 'POST', body: {}, token }),
    /** a named round's voters shown to participants too (or not) */
    share: (voteId: string, votersShared: boolean) => requestJson<VoteResponse>(round(voteId), { method: 'PATCH', body: { votersShared }, token }),
    keep: (voteId: string, body: VoteKeepRequest) => requestJson<VoteKeepResponse>(`${round(voteId)}/keep`, { method: 'POST', body, token }),
  };
}

export type VoteApi = ReturnType<typeof voteApi>;
