import type { AssignmentMode, Invites, Person, RoomEntry } from '@essaim/shared';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';
import { translate } from '../i18n/i18n';
import type { WorkshopServices } from './WorkshopServices';
import { plenaryCopyMessage } from './plenaryCopyMessage';

/** Runs one API call; a failure becomes one translated toast and `null`. */
async function attempt<T>(call: () => Promise<T>, toastId: string): Promise<T | null> {
  try {
    return await call();
  } catch (err) {
    toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: toastId });
    return null;
  }
}

/**
 * What facilitators (and anyone, for their own name) change through the HTTP API. The server
 * then writes the workshop document, which brings the change to every screen, this one included.
 */
export const workshopActions = {
  /** Fetches the join code and the invite secrets (facilitators). Quiet on failure: the panel falls back to what it knows. */
  async refreshAdmin(ws: WorkshopServices): Promise<void> {
    const res = await ws.api.get().catch(() => null);
    if (res) ws.admin.set(res);
  },

  async moveParticipant(ws: WorkshopServices, person: Person, room: RoomEntry): Promise<boolean> {
    if (person.roomId === room.id) return true;
    const moved = await attempt(() => ws.api.moveParticipant(person.id, room.id), 'move');
    if (moved !== null) toast.success(translate('dashboard.moved', { name: person.name, room: room.name }), { id: 'move' });
    return moved !== null;
  },

  async renameRoom(ws: WorkshopServices, roomId: string, name: string): Promise<boolean> {
    return (await attempt(() => ws.api.renameRoom(roomId, name), 'room')) !== null;
  },

  async addRoom(ws: WorkshopServices, name: string): Promise<boolean> {
    const room = await attempt(() => ws.api.addRoom(name), 'room');
    if (room) toast.success(translate('dashboard.roomAdded', { name: room.name }), { id: 'room' });
    return room !== null;
  },

  async removeRoom(ws: WorkshopServices, room: RoomEntry): Promise<boolean> {
    const done = await attempt(() => ws.api.removeRoom(room.id).then(() => true), 'room');
    if (done) toast.success(translate('dashboard.roomRemoved', { name: room.name }), { id: 'room' });
    return done === true;
  },

  async setPlenaryOpen(ws: WorkshopServices, plenaryOpen: boolean): Promise<boolean> {
    const res = await attempt(() => ws.api.patch({ plenaryOpen }), 'settings');
    if (res) ws.admin.set(res);
    return res !== null;
  },

  async setAssignment(ws: WorkshopServices, assignment: AssignmentMode): Promise<boolean> {
    const res = await attempt(() => ws.api.patch({ assignment }), 'settings');
    if (res) ws.admin.set(res);
    return res !== null;
  },

  /** Hides (or shows again) who wrote each note from participants and observers. */
  async setAnonymous(ws: WorkshopServices, anonymous: boolean): Promise<boolean> {
    const res = await attempt(() => ws.api.patch({ anonymous }), 'settings');
    if (res) ws.admin.set(res);
    return res !== null;
  },

  /** Shows `text` as a banner on every screen; an empty text takes the banner down. */
  async broadcast(ws: WorkshopServices, text: string): Promise<boolean> {
    const res = await attempt(() => ws.api.broadcast(text.trim()), 'broadcast');
    if (res) toast.success(translate(text.trim() ? 'broadcast.sent' : 'broadcast.cleared'), { id: 'broadcast' });
    return res !== null;
  },

  /** Copies a room's notes (or only `noteIds`) into the plenary, tagged with the room. */
  async copyToPlenary(ws: WorkshopServices, room: Pick<RoomEntry, 'id' | 'name'>, noteIds?: readonly string[]): Promise<number | null> {
    const res = await attempt(() => ws.api.copyToPlenary(room.id, noteIds), 'plenary-copy');
    if (res) {
      const { key, values } = plenaryCopyMessage(res.copied, room.name);
      toast.success(translate(key, values), { id: 'plenary-copy' });
    }
    return res ? res.copied : null;
  },

  async newJoinCode(ws: WorkshopServices): Promise<boolean> {
    const res = await attempt(() => ws.api.newJoinCode(), 'share');
    if (!res) return false;
    const admin = ws.admin.get();
    if (admin) ws.admin.set({ ...admin, joinCode: res.joinCode });
    ws.session.set((s) => ({ ...s, joinCode: res.joinCode }));
    toast.success(translate('share.newCodeDone'), { id: 'share' });
    return true;
  },

  async newInvite(ws: WorkshopServices, role: keyof Invites): Promise<boolean> {
    const res = await attempt(() => ws.api.newInvite(role), 'share');
    if (!res) return false;
    const admin = ws.admin.get();
    if (admin) ws.admin.set({ ...admin, invites: res.invites });
    toast.success(translate('share.newInviteDone'), { id: 'share' });
    return true;
  },

  /**
   * After a board closed with 4410: asks the server where I belong now. True when the board on
   * screen changes (moved, or back from a plenary that closed).
   */
  async followServerSession(ws: WorkshopServices): Promise<boolean> {
    const before = ws.session.get();
    const res = await workshopApi.session(before.token).catch(() => null);
    if (!res) return false;
    let changed = false;
    if (ws.ui.get().visiting !== null) {
      ws.ui.set((ui) => ({ ...ui, visiting: null }));
      toast.info(translate('rooms.plenaryClosed'), { id: 'room-change' });
      changed = true;
    }
    if (before.role === 'participant' && res.roomId !== ws.session.get().roomId) {
      const room = res.rooms.find((r) => r.id === res.roomId);
      ws.session.set((s) => ({ ...s, roomId: res.roomId, roomName: room?.name ?? s.roomName }));
      toast.info(translate('rooms.moved', { name: room?.name ?? '' }), { id: 'room-change' });
      changed = true;
    }
    return changed;
  },

  /** Renames me everywhere; the open board reconnects under the new name. */
  async renameMe(ws: WorkshopServices, name: string): Promise<boolean> {
    const token = ws.session.get().token;
    const res = await attempt(() => workshopApi.renameMe(token, name), 'rename');
    if (!res) return false;
    ws.session.set((s) => ({ ...s, name: res.name }));
    toast.success(translate('me.renamed', { name: res.name }), { id: 'rename' });
    return true;
  },
};
