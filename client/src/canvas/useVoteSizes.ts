import { useCallback, useSyncExternalStore } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { VOTE_SIZES, type VoteSizes } from './voteControlsLayout';

const COARSE = '(pointer: coarse)';
const coarseQuery = () => window.matchMedia(COARSE);
function subscribeCoarse(listener: () => void): () => void {
  const list = coarseQuery();
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}
const readCoarse = () => coarseQuery().matches;
const never = () => false;

/** A finger's targets (44 px) on a touch screen, a mouse's elsewhere. */
export function useVoteSizes(): VoteSizes {
  return useSyncExternalStore(subscribeCoarse, readCoarse, never) ? VOTE_SIZES.coarse : VOTE_SIZES.fine;
}

/**
 * The zoom in eighths of a doubling: what is drawn the same size on screen re-renders on a zoom, never on a pan.
 * Rounded down, never above the zoom: drawn at 1 / step, a 44 px target is never smaller than 44 px on screen.
 */
export function useZoomStep(board: BoardServices): number {
  // (the epsilon: a zoom set to a step exactly, 0.5, must not fall to the step under it through a float error)
  const get = useCallback(() => 2 ** (Math.floor(Math.log2(board.viewport.get().scale) * 8 + 1e-9) / 8), [board]);
  return useSyncExternalStore(board.viewport.subscribe, get, get);
}
