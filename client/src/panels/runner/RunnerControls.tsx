import type { RoomRun, RunDurations, RunRequest } from '@essaim/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendRunner } from '../../state/runnerActions';
import { runView } from '../../state/runnerView';
import { usePeople } from '../../state/usePeople';
import { useRooms } from '../../state/useRooms';
import { usePhases } from '../../state/usePrivatePhase';
import { useRuns } from '../../state/useRuns';
import { useRoomTimer } from '../../state/useTimers';
import { useWorkshop } from '../../state/WorkshopContext';
import { TimerTime } from '../timer/TimerTime';
import { RunnerPairs } from './RunnerPairs';
import { RunnerStartForm } from './RunnerStartForm';
import { RunnerSteps } from './RunnerSteps';

/** The label of « next » at each step: what the click will do (`revealed`: the ideas are on the board already). */
function nextLabel(run: RoomRun, lastTurn: boolean, revealed: boolean): string {
  if (run.step === 'ideas') return revealed ? 'runner.nextFormPairs' : 'runner.next.ideas';
  if (run.step === 'pairs') return 'runner.next.pairs';
  return lastTurn ? 'runner.next.gather' : 'runner.next.turn';
}

function RoomRunTime({ roomId }: { roomId: string }) {
  const view = useRoomTimer(roomId);
  return view.running ? <TimerTime view={view} /> : null;
}

/**
 * Facilitators drive the 3-12-3 method from here, one click per step: for one room (`roomId`, on
 * its board), or for every breakout room at once (the dashboard). Everything shown comes from
 * the runs stored in the workshop document, so a reload or another facilitator sees the same.
 */
export function RunnerControls({ roomId }: { roomId?: string }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const runs = useRuns();
  const people = usePeople();
  const rooms = useRooms();
  const [pending, setPending] = useState(false);
  const breakout = rooms.filter((r) => !r.plenary);
  const scope = roomId ? rooms.filter((r) => r.id === roomId) : breakout.length > 0 ? breakout : rooms;
  const scoped = scope.flatMap((r) => (runs[r.id] ? [{ room: r, run: runs[r.id]! }] : []));
  const lead = scoped[0];
  const phases = usePhases();
  const leadPhase = lead ? phases[lead.room.id] : undefined;
  // revealed at the end of the ideas' timer: « next » only forms the pairs
  const revealed = !!lead && !!leadPhase && !leadPhase.active && (leadPhase.revealedAt ?? 0) >= lead.run.startedAt;

  const send = async (request: RunRequest) => {
    setPending(true);
    const done = await sendRunner(ws, roomId ? { ...request, roomIds: [roomId] } : request);
    setPending(false);
    return done;
  };
  const start = (question: string, durations: RunDurations) => send({ action: 'start', question, durations });

  // a run that ends here leaves its question and durations in the form, to start again as it was
  const last = useRef<RoomRun | null>(null);
  if (lead) last.current = lead.run;
  if (!lead) return <RunnerStartForm onStart={start} pending={pending} previous={last.current} />;
  const view = runView(lead.run, people);
  return (
    <div className="runner-controls" aria-busy={pending} data-testid="runner-controls" data-step={lead.run.step}>
      <p className="runner-question">
        <span className="visually-hidden">{t('runner.question')} </span>
        {lead.run.question}
      </p>
      <RunnerSteps run={lead.run} />
      {roomId ? (
        <>
          <p className="runner-status">
            <RoomRunTime roomId={roomId} />
            {view.presenting && <span> {t('runner.presenting', { names: view.presenting.names.join(t('runner.and')) })}</span>}
            {lead.run.step === 'gathered' && <span> {t('runner.gatheredCount', { count: lead.run.gathered ?? 0 })}</span>}
          </p>
          <RunnerPairs
            view={view}
            editable
            onSwap={(a, b) => send({ action: 'swap', participantIds: [a, b] })}
            onAdd={(participantId) => send({ action: 'add', participantId })}
          />
        </>
      ) : (
        <ul className="runner-rooms" aria-label={t('runner.rooms')}>
          {scoped.map(({ room, run }) => {
            const roomView = runView(run, people);
            return (
              <li key={room.id}>
                <span className="runner-room-name">{room.name}</span> · {t(`runner.step.${run.step}`)}
                {roomView.presenting && ` · ${t('runner.pairPresents', { number: roomView.presenting.number })}`}
                {run.step === 'gathered' && ` · ${t('runner.gatheredCount', { count: run.gathered ?? 0 })}`} <RoomRunTime roomId={room.id} />
              </li>
            );
          })}
        </ul>
      )}
      <div className="runner-actions">
        {lead.run.step !== 'gathered' && (
          <button type="button" className="button primary" disabled={pending} onClick={() => void send({ action: 'next', at: { step: lead.run.step, turn: lead.run.turn } })}>
            {t(nextLabel(lead.run, view.lastTurn, revealed))}
          </button>
        )}
        <button type="button" className="button secondary" disabled={pending || lead.run.step === 'ideas'} onClick={() => void send({ action: 'back', at: { step: lead.run.step, turn: lead.run.turn } })}>
          {t('runner.back')}
        </button>
        <button type="button" className="button secondary" disabled={pending} onClick={() => void send({ action: 'stop' })}>
          {t(lead.run.step === 'gathered' ? 'runner.finish' : 'runner.stop')}
        </button>
      </div>
    </div>
  );
}
