import type { RoomEntry, TemplateInfo } from '@essaim/shared';
import { toast } from 'sonner';
import { adminApi } from '../api/adminApi';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { translate } from '../i18n/i18n';
import type { TemplateOwner } from './useTemplates';
import type { WorkshopServices } from './WorkshopServices';

const TOAST = 'template';

function failed(err: unknown): false {
  toast.error(translate(apiErrorKey(err), apiErrorValues(err)), { id: TOAST });
  return false;
}

/** Board templates from the dashboard (facilitators): the board itself then shows the change, live. */
export const templateActions = {
  /** Starts an empty room's board from a template; the server refuses a board that holds anything (a toast says so). */
  async apply(ws: WorkshopServices, room: Pick<RoomEntry, 'id' | 'name'>, template: Pick<TemplateInfo, 'id' | 'name'>): Promise<boolean> {
    try {
      await ws.api.applyTemplate(room.id, template.id);
      toast.success(translate('templates.applied', { template: template.name, name: room.name }), { id: TOAST });
      return true;
    } catch (err) {
      return failed(err);
    }
  },

  /** Saves a room's board as a template of this server, offered for the next workshops. */
  async save(ws: WorkshopServices, room: Pick<RoomEntry, 'id'>, name: string, description: string): Promise<boolean> {
    try {
      const saved = await ws.api.saveTemplate(room.id, description ? { name, description } : { name });
      toast.success(translate('templates.savedDone', { name: saved.name }), { id: TOAST });
      return true;
    } catch (err) {
      return failed(err);
    }
  },

  /** Deletes a template the owner's workshop saved; boards already started from it keep their content. */
  async remove(owner: TemplateOwner, template: Pick<TemplateInfo, 'id' | 'name'>): Promise<boolean> {
    try {
      await adminApi(owner.workshopId, owner.token).deleteTemplate(template.id);
      toast.success(translate('templates.deleted', { name: template.name }), { id: TOAST });
      return true;
    } catch (err) {
      return failed(err);
    }
  },
};
