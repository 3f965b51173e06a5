import type { PrivatePhaseRequest, RevealOrder, RevealRequest, RevealResponse } from '@essaim/shared';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { privatePhaseApi } from '../api/privatePhaseApi';
import { translate } from '../i18n/i18n';
import type { WorkshopServices } from './WorkshopServices';

const api = (ws: WorkshopServices) => privatePhaseApi(ws.workshopId, ws.session.get().token);

const failed = (err: unknown) => toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: 'private-phase' });

/**
 * Facilitators: starts private writing with `question` in `roomIds` (none: every room, the
 * plenary included). The server writes the phase into the workshop document, which brings it to
 * every screen; a failure is one toast. True when started.
 */
export async function startPrivatePhase(ws: WorkshopServices, question: string, roomIds?: readonly string[]): Promise<boolean> {
  const body: PrivatePhaseRequest = { question };
  if (roomIds) body.roomIds = [...roomIds];
  try {
    await api(ws).start(body);
    return true;
  } catch (err) {
    failed(err);
    return false;
  }
}

/**
 * Facilitators: « Révéler » — every draft of `roomIds` (none: every room) goes onto its room's
 * board, grouped by author or shuffled; says how many ideas were revealed. Null on failure.
 */
export async function revealPrivatePhase(ws: WorkshopServices, order: RevealOrder, roomIds?: readonly string[]): Promise<RevealResponse | null> {
  const body: RevealRequest = { order };
  if (roomIds) body.roomIds = [...roomIds];
  try {
    const response = await api(ws).reveal(body);
    const count = Object.values(response.revealed).reduce((sum, n) => sum + n, 0);
    toast.success(translate('privatePhase.revealedCount', { count }), { id: 'private-phase' });
    return response;
  } catch (err) {
    failed(err);
    return null;
  }
}

/** Whether the room's phase is still active, as the server says now; null when it cannot be asked. */
export async function roomPhaseActive(ws: WorkshopServices, roomId: string): Promise<boolean | null> {
  try {
    const { rooms } = await api(ws).get();
    return rooms.find((r) => r.roomId === roomId)?.active ?? false;
  } catch {
    return null;
  }
}
