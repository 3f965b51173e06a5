import type { TimerRequest } from '@essaim/shared';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { translate } from '../i18n/i18n';
import type { WorkshopServices } from './WorkshopServices';

/**
 * The facilitator's timer commands. The server writes the rooms' timers into the workshop
 * document, which brings them to every screen, this one included; a failure is one toast.
 */
export async function sendTimer(ws: WorkshopServices, request: TimerRequest): Promise<boolean> {
  try {
    await ws.api.timer(request);
    return true;
  } catch (err) {
    toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: 'timer' });
    return false;
  }
}
