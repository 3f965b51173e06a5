import { RUN_STEPS } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { useRooms } from '../../state/useRooms';
import { useRoomRun } from '../../state/useRuns';
import { Icon } from '../Icon';
import { RunnerControls } from './RunnerControls';

/** A facilitator's « 3-12-3 » in the board's top bar: the runner for this room, in a popover. */
export function RunnerButton() {
  const { t } = useTranslation();
  const board = useBoard();
  const id = useId();
  const run = useRoomRun(board.session.roomId);
  const room = useRooms().find((r) => r.id === board.session.roomId);
  if (board.actor.role !== 'facilitator') return null;
  return (
    <>
      <button
        type="button"
        className="tool runner-button"
        popoverTarget={id}
        data-testid="runner-button"
        data-step={run?.step}
        title={t('runner.title')}
        aria-label={run ? `${t('runner.title')} · ${t('runner.stepOf', { number: RUN_STEPS.indexOf(run.step) + 1, step: t(`runner.step.${run.step}`) })}` : t('runner.title')}
      >
        <Icon name="swap" />
        <span className="tool-label">{t('runner.short')}</span>
        {run && (
          <span className="runner-step-count" aria-hidden="true">
            {RUN_STEPS.indexOf(run.step) + 1}/4
          </span>
        )}
      </button>
      <div id={id} popover="auto" className="menu-popover runner-popover" role="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{room ? t('runner.roomTitle', { room: room.name }) : t('runner.title')}</h2>
        <RunnerControls roomId={board.session.roomId} />
      </div>
    </>
  );
}
