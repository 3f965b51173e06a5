import { solutionsParBesoin, type RoomEntry } from '@essaim/shared';
import i18next from 'i18next';
import { toast } from 'sonner';
import { ApiError, apiErrorKey, apiErrorValues } from '../api/ApiError';
import { translate } from '../i18n/i18n';
import type { WorkshopServices } from './WorkshopServices';

const TOAST = 'template';

/** The needs as the toast names them: each in quotes, joined as the language joins a list. */
function needList(needs: readonly string[]): string {
  const quoted = needs.map((need) => translate('templates.quotedNeed', { need }));
  return new Intl.ListFormat(i18next.language, { type: 'conjunction' }).format(quoted);
}

/** The solutions step from the dashboard (facilitators): the board itself then shows the columns, live. */
export const solutionsActions = {
  /** Adds one column per priority need beside a room's needs map; a toast names the needs brought, or why not. */
  async fromNeeds(ws: WorkshopServices, room: Pick<RoomEntry, 'id' | 'name'>): Promise<boolean> {
    try {
      const applied = await ws.api.applyTemplate(room.id, solutionsParBesoin.id);
      toast.success(translate('templates.solutionsAdded', { name: room.name, needs: needList(applied.needs ?? []) }), { id: TOAST });
      return true;
    } catch (err) {
      const refused = err instanceof ApiError && err.code === 'board_not_empty';
      toast.error(refused ? translate('templates.solutionsRefused', { name: room.name }) : translate(apiErrorKey(err), apiErrorValues(err)), { id: TOAST });
      return false;
    }
  },
};
