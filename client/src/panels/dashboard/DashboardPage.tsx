import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router/navigate';
import { forgetSession } from '../../state/session';
import { usePeople } from '../../state/usePeople';
import { useRooms } from '../../state/useRooms';
import { useSession } from '../../state/useSession';
import { useWorkshop } from '../../state/WorkshopContext';
import { useWorkshopSettings } from '../../state/useWorkshopSettings';
import { useSyncToasts } from '../../sync/useSyncToasts';
import { BroadcastBanner } from '../BroadcastBanner';
import { ExportMenu } from '../export/ExportMenu';
import { SharePanel } from '../SharePanel';
import { TopBar } from '../TopBar';
import { AddRoomForm } from './AddRoomForm';
import { BroadcastForm } from './BroadcastForm';
import { RunnerCard } from '../runner/RunnerCard';
import { VoteCard } from '../vote/VoteCard';
import { PrivatePhaseCard } from '../privatePhase/PrivatePhaseCard';
import { TimerCard } from '../timer/TimerCard';
import { RoomCard } from './RoomCard';
import { WorkshopSettingsCard } from './WorkshopSettingsCard';

/** `/atelier/<id>/tableau-de-bord`: every room at a glance, and the facilitator's controls. */
export function DashboardPage() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const session = useSession();
  const rooms = useRooms();
  const people = usePeople();
  const { title } = useWorkshopSettings();
  const canManage = session.role === 'facilitator';
  const participants = people.filter((p) => p.role === 'participant');
  const rejoin = useCallback(() => {
    forgetSession(ws.workshopId);
    navigate('/');
  }, [ws.workshopId]);
  useSyncToasts(ws.connection, rejoin);

  const shownTitle = title || session.title;
  useEffect(() => {
    document.title = t('app.boardTitle', { title: `${t('rooms.dashboard')} · ${shownTitle}` });
    return () => {
      document.title = t('app.name');
    };
  }, [t, shownTitle]);

  return (
    <div className="dashboard-page">
      <TopBar connection={ws.connection}>
        <ExportMenu />
      </TopBar>
      <BroadcastBanner />
      <main className="dashboard-main">
        <div className="dashboard-heading">
          <h2>{t('rooms.dashboard')}</h2>
          <p className="hint">
            {t('dashboard.summaryRooms', { count: rooms.filter((r) => !r.plenary).length })} · {t('dashboard.summaryPeople', { count: participants.length })}
          </p>
        </div>
        {canManage && (
          <section className="dashboard-controls" aria-label={t('dashboard.controls')}>
            <BroadcastForm />
            <TimerCard />
            <PrivatePhaseCard />
            <RunnerCard />
            <VoteCard />
            <WorkshopSettingsCard />
            <AddRoomForm />
          </section>
        )}
        {rooms.length === 0 ? (
          <p className="page-loading-inline" aria-busy="true">
            {t('session.opening')}
          </p>
        ) : (
          <ul className="room-grid" aria-label={t('dashboard.rooms')}>
            {rooms.map((room) => (
              <RoomCard
                key={room.id}
                room={room}
                members={participants.filter((p) => p.roomId === room.id)}
                rooms={rooms}
                people={people}
                canManage={canManage}
              />
            ))}
          </ul>
        )}
      </main>
      {canManage && <SharePanel />}
    </div>
  );
}
