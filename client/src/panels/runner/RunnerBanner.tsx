import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { showZone } from '../../state/boardCommands';
import { myPair, runView } from '../../state/runnerView';
import { usePeople } from '../../state/usePeople';
import { useRoomRun } from '../../state/useRuns';

/**
 * Where the room stands in the 3-12-3 method, for everyone on the board: the question, the step,
 * and for a participant their pair with a way to their zone; who presents; what was gathered.
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
  const zoneId = mine ? run.pairs[mine.number - 1]?.frameId : null;
  let detail = '';
  if (run.step === 'pairs' && mine) detail = partners.length > 0 ? t('runner.yourPair', { names: partners.join(t('runner.and')), number: mine.number }) : t('runner.yourZone', { number: mine.number });
  else if (run.step === 'presenting' && view.presenting) detail = t('runner.presenting', { names: view.presenting.names.join(t('runner.and')) });
  else if (run.step === 'gathered') detail = t('runner.gatheredCount', { count: run.gathered ?? 0 });
  return (
    <div className="runner-banner" role="status" data-testid="runner-banner" data-step={run.step}>
      <p className="runner-banner-question">{t('runner.questionLine', { question: run.question })}</p>
      <p>
        <strong>{t('runner.stepOf', { number: view.stepNumber, step: t(`runner.step.${run.step}`) })}</strong>
        {detail && <span> · {detail}</span>}
        {run.step === 'pairs' && zoneId && (
          <>
            {' '}
            <button type="button" className="button secondary small" onClick={() => {
                // a phone's list or plan cannot show a zone: to the board first
                board.ui.set((ui) => (ui.phoneView === 'board' ? ui : { ...ui, phoneView: 'board' }));
                showZone(board, zoneId);
              }}>
              {t('runner.goToZone')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
