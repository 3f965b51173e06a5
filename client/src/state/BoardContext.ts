import { createContext, useContext } from 'react';
import type { BoardServices } from './BoardServices';

export const BoardContext = createContext<BoardServices | null>(null);

export function useBoard(): BoardServices {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard() outside of a board');
  return board;
}
