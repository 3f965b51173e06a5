import type { VoteKeepRequest, VoteKeepResponse, VoteResponse, VoteStartRequest } from '@essaim/shared';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { voteApi } from '../api/voteApi';
import { translate } from '../i18n/i18n';
import type { WorkshopServices } from './WorkshopServices';

const api = (ws: WorkshopServices) => voteApi(ws.workshopId, ws.session.get().token);

/** Where a refusal is said: one toast, or — from the results dialog, a modal the toasts cannot show above — inside it. */
export type SayRefusal = (message: string) => void;

const toastRefusal: SayRefusal = (message) => void toast.error(message, { id: 'vote-admin' });

/** A facilitator's vote command: its answer, or null after saying why not. */
async function command<T>(call: () => Promise<T>, say: SayRefusal = toastRefusal): Promise<T | null> {
  try {
    return await call();
  } catch (err) {
    say(translate(apiErrorKey(err), apiErrorValues(err)));
    return null;
  }
}

/** Opens a round; the workshop document brings it to every screen, this one included. */
export const startVote = (ws: WorkshopServices, request: VoteStartRequest): Promise<VoteResponse | null> => command(() => api(ws).start(request));

/** Closes a round: the results go to everyone (closing twice gives the same results). */
export const closeVote = (ws: WorkshopServices, voteId: string, say?: SayRefusal): Promise<VoteResponse | null> => command(() => api(ws).close(voteId), say);

/** A named round's « who voted for what » shown to participants too, or hidden again. */
export const shareVoters = (ws: WorkshopServices, voteId: string, shared: boolean, say?: SayRefusal): Promise<VoteResponse | null> => command(() => api(ws).share(voteId, shared), say);

/** « Garder les N premiers »: the notes copied or moved into each room's priorities zone. */
export const keepVoted = (ws: WorkshopServices, voteId: string, request: VoteKeepRequest, say?: SayRefusal): Promise<VoteKeepResponse | null> => command(() => api(ws).keep(voteId, request), say);

/** The round as this person may see it (a facilitator: live tallies and voters), or null when it cannot be read now. */
export async function readVote(ws: WorkshopServices, voteId: string): Promise<VoteResponse | null> {
  try {
    return await api(ws).get(voteId);
  } catch {
    // the panel keeps what the workshop document shows; the next change or poll tries again
    return null;
  }
}
