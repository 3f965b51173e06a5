import type { TimerRequest } from '@essaim/shared';
import { apiAction } from './apiAction';
import type { WorkshopServices } from './WorkshopServices';

/**
 * The facilitator's timer commands. The server writes the rooms' timers into the workshop
 * document, which brings them to every screen, this one included; a failure is one toast.
 */
export function sendTimer(ws: WorkshopServices, request: TimerRequest): Promise<boolean> {
  return apiAction(() => ws.api.timer(request), 'timer');
}
