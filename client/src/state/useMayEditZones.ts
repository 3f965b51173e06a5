import { useBoard } from './BoardContext';
import { mayEditZones } from './frameCommands';
import { usePolicy } from './useRights';

/** Whether this user creates and changes zones and headings (facilitators), for what the UI offers. */
export function useMayEditZones(): boolean {
  const board = useBoard();
  // the rights table is asked again when the board's rules change
  usePolicy();
  return mayEditZones(board);
}
