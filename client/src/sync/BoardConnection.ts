import { CLOSE_CODES, migrateLocalEntries, roomDocName, SCHEMA_VERSION, type Actor } from '@essaim/shared';
import { DocConnection } from './DocConnection';

export { defaultWsBase, type ConnectionSnapshot } from './DocConnection';

interface BoardRef {
  workshopId: string;
  roomId: string;
  token: string;
  /** `ws(s)://host/sync` */
  wsBase: string;
}

/** A board one writes on (`actor`), or a dashboard miniature that only watches: no offline copy, no presence. */
export type BoardConnectionOptions = BoardRef & ({ watchOnly: true } | { watchOnly?: false; actor: Actor });

/**
 * One room board. After a refused change (4409), a full board (4413) or a room change (4410)
 * it stops reconnecting: the board is then dropped and reopened from the server, or the screen
 * follows the workshop. A board one writes on declares the schema it was built for; told it is
 * outdated (4426) it stops too and keeps its offline copy, which the reloaded page — a current
 * build — brings to the current shapes (`migrateLocalEntries`) before sending what it holds.
 */
export class BoardConnection extends DocConnection {
  constructor(options: BoardConnectionOptions) {
    const writer = options.watchOnly ? null : options.actor;
    super({
      docName: roomDocName(options.workshopId, options.roomId),
      token: options.token,
      wsBase: options.wsBase,
      offlineCopy: writer !== null,
      presence: writer !== null,
      stopOn: [CLOSE_CODES.RefusedChange, CLOSE_CODES.BoardFull, CLOSE_CODES.RoomChanged, CLOSE_CODES.SchemaOutdated],
      // a watcher writes nothing, so an outdated one loses nothing: it declares no schema and keeps watching
      ...(writer && { schemaVersion: SCHEMA_VERSION, prepareOfflineCopy: (doc) => migrateLocalEntries(doc, writer) }),
    });
  }
}
