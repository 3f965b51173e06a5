import { useEffect } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import { followWorkshop } from './followWorkshop';
import type { WorkshopServices } from './WorkshopServices';

/**
 * Keeps this screen where the workshop document says: a participant the animation moved
 * switches board (with a toast), a removed room sends its viewers to the plenary, and a
 * participant visiting the plenary goes back to their room when it closes.
 */
export function useFollowWorkshop(ws: WorkshopServices): void {
  useEffect(() => {
    const follow = () => {
      const rooms = ws.workshop.getRooms();
      const followed = followWorkshop(ws.session.get(), { rooms, people: ws.workshop.getPeople() });
      if (followed.session !== ws.session.get()) ws.session.set(followed.session);
      if (followed.movedTo) {
        ws.ui.set((ui) => (ui.visiting === null ? ui : { ...ui, visiting: null }));
        toast.info(translate('rooms.moved', { name: followed.movedTo.name }), { id: 'room-change' });
      } else if (followed.roomRemoved) {
        toast.info(translate('rooms.removed'), { id: 'room-change' });
      }
      const { visiting } = ws.ui.get();
      if (visiting !== null && rooms.length > 0 && !ws.workshop.getSettings().plenaryOpen) {
        ws.ui.set((ui) => ({ ...ui, visiting: null }));
        toast.info(translate('rooms.plenaryClosed'), { id: 'room-change' });
      }
    };
    follow();
    return ws.workshop.subscribe(follow);
  }, [ws]);
}
