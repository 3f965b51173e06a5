import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { translate } from '../i18n/i18n';

/**
 * A facilitator's command through the API whose effect comes back through the workshop document
 * (timer, runner…): true when it was accepted; a failure is one toast, under `toastId` so a
 * repeated failure replaces it.
 */
export async function apiAction(call: () => Promise<unknown>, toastId: string): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (err) {
    toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: toastId });
    return false;
  }
}
