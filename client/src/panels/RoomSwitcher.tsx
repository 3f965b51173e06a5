import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { boardPath, dashboardPath, matchRoute } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { useLocationPath } from '../router/useLocationPath';
import { roomChoices } from '../state/roomChoices';
import { useMyRoom } from '../state/useMyRoom';
import { useRooms } from '../state/useRooms';
import { useSession } from '../state/useSession';
import { useWorkshop } from '../state/WorkshopContext';
import { useWorkshopSettings } from '../state/useWorkshopSettings';

const DASHBOARD = '';

/**
 * The room on screen, with its colour; for those who may go elsewhere, a native select laid
 * over it (the phone's own picker, and the keyboard, for free).
 */
export function RoomSwitcher() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const session = useSession();
  const rooms = useRooms();
  const { plenaryOpen } = useWorkshopSettings();
  const { roomId, room, name } = useMyRoom();
  const onDashboard = matchRoute(useLocationPath()).page === 'dashboard';
  const choices = roomChoices(session.role, rooms, session.roomId, plenaryOpen);
  const canSwitch = choices.rooms.length > 1 || choices.dashboard;

  const go = (value: string) => {
    if (value === DASHBOARD) return navigate(dashboardPath(ws.workshopId));
    const target = rooms.find((r) => r.id === value);
    if (!target) return;
    if (session.role === 'participant') {
      ws.ui.set((ui) => ({ ...ui, visiting: target.id === session.roomId ? null : target.id }));
    } else {
      ws.session.set((s) => ({ ...s, roomId: target.id, roomName: target.name }));
    }
    if (onDashboard) navigate(boardPath(ws.workshopId));
  };

  const style = { '--room-color': onDashboard ? undefined : room?.color } as CSSProperties;
  return (
    <div className="room-switcher" style={style} data-switch={canSwitch || undefined}>
      {!onDashboard && <span className="room-dot" aria-hidden="true" />}
      {onDashboard ? (
        <span className="room-current">{t('rooms.dashboard')}</span>
      ) : (
        <span className="room-current" data-testid="current-room">
          {name}
        </span>
      )}
      {canSwitch && (
        <>
          <svg className="room-chevron" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <select aria-label={t('rooms.switch')} value={onDashboard ? DASHBOARD : roomId} onChange={(e) => go(e.target.value)}>
            {choices.dashboard && <option value={DASHBOARD}>{t('rooms.dashboard')}</option>}
            {choices.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {session.role === 'participant' && r.id === session.roomId ? t('rooms.yours', { name: r.name }) : r.name}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
