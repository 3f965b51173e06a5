import type { RunRequest } from '@essaim/shared';
import { apiAction } from './apiAction';
import type { WorkshopServices } from './WorkshopServices';

/** One step of the 3-12-3 runner; the server stores the run in the workshop document, which brings it to every screen. */
export function sendRunner(ws: WorkshopServices, request: RunRequest): Promise<boolean> {
  return apiAction(() => ws.api.runner(request), 'runner');
}
