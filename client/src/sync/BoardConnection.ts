import { CLOSE_CODES, roomDocName } from '@essaim/shared';
import { DocConnection } from './DocConnection';

export { defaultWsBase, type ConnectionSnapshot } from './DocConnection';

export interface BoardConnectionOptions {
  workshopId: string;
  roomId: string;
  token: string;
  /** `ws(s)://host/sync` */
  wsBase: string;
  /** a dashboard miniature only watches: no offline copy, no presence */
  watchOnly?: boolean;
}

/**
 * One room board. After a refused change (4409), a full board (4413) or a room change (4410)
 * it stops reconnecting: the board is then dropped and reopened from the server, or the screen
 * follows the workshop.
 */
export class BoardConnection extends DocConnection {
  constructor(options: BoardConnectionOptions) {
    super({
      docName: roomDocName(options.workshopId, options.roomId),
      token: options.token,
      wsBase: options.wsBase,
      offlineCopy: !options.watchOnly,
      presence: !options.watchOnly,
      stopOn: [CLOSE_CODES.RefusedChange, CLOSE_CODES.BoardFull, CLOSE_CODES.RoomChanged],
    });
  }
}
