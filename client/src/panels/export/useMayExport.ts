import { useSession } from '../../state/useSession';
import { useWorkshopSettings } from '../../state/useWorkshopSettings';

/**
 * Whether this person may export the workshop: facilitators always, observers when the
 * facilitators allow it (the workshop document's setting, so it changes live), participants never
 * — the server answers them 403 anyway.
 */
export function useMayExport(): boolean {
  const { role } = useSession();
  const { observersExport } = useWorkshopSettings();
  return role === 'facilitator' || (role === 'observer' && observersExport);
}
