import { useEffect } from 'react';
import { attachFocusView, attachFollowView } from '../state/attentionView';
import type { BoardServices } from '../state/BoardServices';

/** « Suivez-moi » (lead or follow) and the spotlight's move of the view, for as long as the canvas is shown. */
export function useAttentionView(board: BoardServices): void {
  useEffect(() => {
    const stopFollow = attachFollowView(board);
    const stopFocus = attachFocusView(board);
    return () => {
      stopFollow();
      stopFocus();
    };
  }, [board]);
}
