import { RUN_STEPS, type RunStep } from '@essaim/shared';
import { useTranslation } from 'react-i18next';

/** The method's four steps, the current one marked (`aria-current="step"`), those done ticked. */
export function RunnerSteps({ step }: { step: RunStep }) {
  const { t } = useTranslation();
  const at = RUN_STEPS.indexOf(step);
  return (
    <ol className="runner-steps" data-testid="runner-steps">
      {RUN_STEPS.map((s, i) => (
        <li key={s} data-state={i < at ? 'done' : i === at ? 'current' : 'next'} aria-current={i === at ? 'step' : undefined}>
          {t(`runner.step.${s}`)}
        </li>
      ))}
    </ol>
  );
}
