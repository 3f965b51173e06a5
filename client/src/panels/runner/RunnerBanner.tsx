import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { myPair, runView } from '../../state/runnerView';
import { usePeople } from '../../state/usePeople';
import { useRoomRun } from '../../state/useRuns';

/**
 * Where the room stands in the 3-12-3 method, for everyone on the board: the step, and for a
 * participant their pair and its zone; who presents now.
 */
export function RunnerBanner() {
  const { t } = useTranslation();
  const board = useBoard();
  const people = usePeople();
  const run = useRoomRun(board.session.roomId);
  if (!run) return null;
  const view = runView(run, people);
  const mine = myPair(view, board.actor.participantId);
  const partners = mine ? mine.names.filter((_, i) => mine.memberIds[i] !== board.actor.participantId) : [];
  let detail = '';
  if (run.step === 'pairs' && mine) detail = t('runner.yourPair', { names: partners.join(t('runner.and')), number: mine.number });
  else if (run.step === 'presenting' && view.presenting) detail = t('runner.presenting', { names: view.presenting.names.join(t('runner.and')) });
  else if (run.step === 'gathered') detail = t('runner.gatheredHint');
  return (
    <div className="runner-banner" role="status" data-testid="runner-banner" data-step={run.step}>
      <strong>{t('runner.stepOf', { number: view.stepNumber, step: t(`runner.step.${run.step}`) })}</strong>
      {detail && <span> · {detail}</span>}
    </div>
  );
}
