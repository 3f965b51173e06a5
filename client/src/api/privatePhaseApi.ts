import type { PrivatePhaseRequest, PrivatePhaseResponse, RevealRequest, RevealResponse } from '@essaim/shared';
import { requestJson } from './requestJson';

/**
 * The private writing routes of one workshop (docs/API.md, « Private writing »): a facilitator
 * starts a phase and reveals it; anyone of the workshop reads where it stands — counts, never text.
 */
export function privatePhaseApi(workshopId: string, token: string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}/private-phase`;
  return {
    /** every room's phase and counts */
    get: () => requestJson<PrivatePhaseResponse>(base, { token }),
    /** starts private writing with `question` in these rooms (none: every room, the plenary included) */
    start: (body: PrivatePhaseRequest) => requestJson<PrivatePhaseResponse>(base, { method: 'POST', body, token }),
    /** moves every draft of these rooms onto their boards and ends the phase; a second call writes nothing */
    reveal: (body: RevealRequest) => requestJson<RevealResponse>(`${base}/reveal`, { method: 'POST', body, token }),
  };
}

export type PrivatePhaseApi = ReturnType<typeof privatePhaseApi>;
