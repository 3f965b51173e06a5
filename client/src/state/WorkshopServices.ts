import type { WorkshopResponse } from '@essaim/shared';
import { adminApi, type AdminApi } from '../api/adminApi';
import { defaultWsBase } from '../sync/DocConnection';
import { ServerClock } from '../sync/ServerClock';
import { TimeSync } from '../sync/TimeSync';
import { WorkshopConnection } from '../sync/WorkshopConnection';
import { createStore, type Store } from './createStore';
import type { StoredSession } from './session';
import { createSessionStore } from './sessionStore';
import { WorkshopStore } from './WorkshopStore';

/** Per-tab choices around the boards. */
export interface WorkshopUi {
  shareOpen: boolean;
  /** a participant visiting the plenary (while it is open), or null in their own room */
  visiting: string | null;
}

/** Everything one open workshop needs, whichever board or the dashboard is on screen. */
export interface WorkshopServices {
  workshopId: string;
  session: Store<StoredSession>;
  connection: WorkshopConnection;
  workshop: WorkshopStore;
  /** the server's clock, measured over the workshop document's socket: what every timer counts with */
  clock: ServerClock;
  timeSync: TimeSync;
  ui: Store<WorkshopUi>;
  /** facilitators: join code and invite secrets from `GET /api/workshops/:id`, once fetched */
  admin: Store<WorkshopResponse | null>;
  api: AdminApi;
}

export function createWorkshopServices(session: StoredSession): WorkshopServices {
  const connection = new WorkshopConnection({ workshopId: session.workshopId, token: session.token, wsBase: defaultWsBase() });
  const clock = new ServerClock();
  return {
    workshopId: session.workshopId,
    session: createSessionStore(session),
    connection,
    workshop: new WorkshopStore(connection.doc),
    clock,
    // the workshop document's socket, open on every screen of the workshop whichever board is shown
    timeSync: new TimeSync(connection.provider, clock),
    ui: createStore<WorkshopUi>({ shareOpen: false, visiting: null }),
    admin: createStore<WorkshopResponse | null>(null),
    api: adminApi(session.workshopId, session.token),
  };
}

export function destroyWorkshopServices(services: WorkshopServices): void {
  services.timeSync.destroy();
  services.clock.destroy();
  services.workshop.destroy();
  services.connection.destroy();
}
