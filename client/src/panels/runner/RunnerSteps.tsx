import { RUN_STEPS, type RoomRun, type RunStep } from '@essaim/shared';
import { useTranslation } from 'react-i18next';

/** Each step's own time, as the run was started (the gathering has none). */
const STEP_SECONDS: Record<RunStep, ((run: RoomRun) => number) | null> = {
  ideas: (run) => run.durations.ideas,
  pairs: (run) => run.durations.pairs,
  presenting: (run) => run.durations.turn,
  gathered: null,
};

/** The method's four steps with their durations as set, the current one marked (`aria-current="step"`), those done ticked. */
export function RunnerSteps({ run }: { run: RoomRun }) {
  const { t } = useTranslation();
  const at = RUN_STEPS.indexOf(run.step);
  const duration = (seconds: number) => (seconds < 60 || seconds % 60 !== 0 ? t('runner.seconds', { count: seconds }) : t('runner.minutesShort', { count: seconds / 60 }));
  return (
    <ol className="runner-steps" data-testid="runner-steps">
      {RUN_STEPS.map((s, i) => {
        const seconds = STEP_SECONDS[s]?.(run);
        const step = t(`runner.step.${s}`);
        return (
          <li key={s} data-state={i < at ? 'done' : i === at ? 'current' : 'next'} aria-current={i === at ? 'step' : undefined}>
            {seconds === undefined ? step : t('runner.stepDuration', { step, duration: duration(seconds) })}
          </li>
        );
      })}
    </ol>
  );
}
