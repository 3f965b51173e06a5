import { createContext, useContext } from 'react';
import type { WorkshopServices } from './WorkshopServices';

export const WorkshopContext = createContext<WorkshopServices | null>(null);

export function useWorkshop(): WorkshopServices {
  const workshop = useContext(WorkshopContext);
  if (!workshop) throw new Error('useWorkshop() outside of a workshop');
  return workshop;
}
