import type { AttentionRequest } from '@essaim/shared';
import { useEffect } from 'react';
import { toast } from 'sonner';
import { attentionApi } from '../api/attentionApi';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { translate } from '../i18n/i18n';
import { attentionSender, boardAttention, readBoardAttention } from './boardAttention';
import type { BoardServices } from './BoardServices';
import type { WorkshopServices } from './WorkshopServices';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps `boardAttention(board)` equal to what the workshop document asks of the board's room —
 * focus, follow-me, private writing, anonymity — whoever wrote it (a facilitator's click, the
 * 3-12-3 runner), and gives a facilitator's board its way to change focus and follow-me.
 */
export function useAttentionFeed(ws: WorkshopServices, board: BoardServices): void {
  useEffect(() => {
    const doc = ws.connection.doc;
    const { roomId, workshopId, token } = board.session;
    const store = boardAttention(board);
    const read = () => store.set((previous) => {
      const next = readBoardAttention(doc, roomId);
      return sameJson(previous, next) ? previous : next;
    });
    read();
    doc.on('afterTransaction', read);
    if (board.actor.role === 'facilitator') {
      const api = attentionApi(workshopId, token);
      attentionSender(board).set(() => async (request: AttentionRequest) => {
        try {
          await api.set(roomId, request);
          return true;
        } catch (err) {
          toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: 'attention' });
          return false;
        }
      });
    }
    return () => {
      doc.off('afterTransaction', read);
      attentionSender(board).set(null);
    };
  }, [ws, board]);
}
