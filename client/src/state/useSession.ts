import { useWorkshop } from './WorkshopContext';
import type { StoredSession } from './session';
import { useStore } from './useStore';

/** Who I am in the open workshop, kept up to date when I am moved or renamed. */
export function useSession(): StoredSession {
  return useStore(useWorkshop().session);
}
