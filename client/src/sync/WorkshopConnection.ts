import { workshopDocName } from '@essaim/shared';
import { DocConnection } from './DocConnection';

/**
 * The workshop document (`w/<workshopId>`): rooms, people and settings, written only by the
 * server. Read-only here, so no offline copy and no presence.
 */
export class WorkshopConnection extends DocConnection {
  constructor(options: { workshopId: string; token: string; wsBase: string }) {
    super({ docName: workshopDocName(options.workshopId), token: options.token, wsBase: options.wsBase, offlineCopy: false, presence: false });
  }
}
