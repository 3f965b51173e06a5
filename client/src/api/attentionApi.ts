import type { AttentionRequest, RoomAttention } from '@essaim/shared';
import { requestJson } from './requestJson';

/** « Suivez-moi » and the focus of one workshop's rooms (docs/API.md, « Attention »), for its facilitators. */
export function attentionApi(workshopId: string, token: string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}/rooms`;
  return {
    /** changes what room `roomId` is asked to look at; the fields left out stay as they are */
    set: (roomId: string, body: AttentionRequest) => requestJson<RoomAttention>(`${base}/${encodeURIComponent(roomId)}/attention`, { method: 'PUT', body, token }),
  };
}
