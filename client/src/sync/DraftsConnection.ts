import { CLOSE_CODES, draftsDocName, SCHEMA_VERSION } from '@essaim/shared';
import { DocConnection } from './DocConnection';

export interface DraftsRef {
  workshopId: string;
  roomId: string;
  /** the author: a drafts document is opened to its author alone */
  participantId: string;
  token: string;
  /** `ws(s)://host/sync` */
  wsBase: string;
}

/**
 * One participant's private drafts in one room (`w/<workshopId>/r/<roomId>/p/<participantId>`):
 * the board's note shape in its `notes` map, with an offline copy in IndexedDB so a reload, a
 * lost network or a closed tab keeps what was written. No presence: nothing about the drafts —
 * not an id, not a position — is ever put in awareness. It stops on a refused change (4409:
 * written after the phase ended, or past the limits) instead of reconnecting, and never drops
 * its offline copy by itself: the owner (`DraftsSession`) decides what becomes of what the
 * server did not take.
 */
export class DraftsConnection extends DocConnection {
  private everSynced = false;
  private readonly syncListeners = new Set<() => void>();

  constructor(ref: DraftsRef) {
    super({
      docName: draftsDocName(ref.workshopId, ref.roomId, ref.participantId),
      token: ref.token,
      wsBase: ref.wsBase,
      offlineCopy: true,
      presence: false,
      stopOn: [CLOSE_CODES.RefusedChange, CLOSE_CODES.BoardFull, CLOSE_CODES.RoomChanged, CLOSE_CODES.SchemaOutdated],
      schemaVersion: SCHEMA_VERSION,
    });
    this.provider.on('sync', this.onSync);
  }

  /** The server's state has reached this document at least once (its deletions included). */
  get synced(): boolean {
    return this.everSynced;
  }

  /** Called each time a connection has received the server's state (sync step 2). */
  onSynced(listener: () => void): () => void {
    this.syncListeners.add(listener);
    return () => this.syncListeners.delete(listener);
  }

  override destroy(): void {
    this.provider.off('sync', this.onSync);
    this.syncListeners.clear();
    super.destroy();
  }

  private readonly onSync = (synced: boolean): void => {
    if (!synced) return;
    this.everSynced = true;
    for (const listener of [...this.syncListeners]) listener();
  };
}
