import { DEFAULT_RUN_DURATIONS, PRIVATE_QUESTION_MAX, RUN_SECONDS_MAX, type RunDurations } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { timerMinutesToSeconds } from '../../state/timerMinutes';

const STEPS = ['ideas', 'pairs', 'turn'] as const;

const minutes = (seconds: number) => String(Math.round((seconds / 60) * 100) / 100).replace('.', ',');

interface RunnerStartFormProps {
  onStart: (question: string, durations: RunDurations) => Promise<boolean>;
  pending: boolean;
  /** the run just ended here: its question and durations to start again with */
  previous?: { question: string; durations: RunDurations } | null;
}

/** The question and the three durations (3, 12 and 3 minutes unless changed, or the last run's), then « Lancer ». */
export function RunnerStartForm({ onStart, pending, previous }: RunnerStartFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [question, setQuestion] = useState(previous?.question ?? '');
  const durationsAtFirst = previous?.durations ?? DEFAULT_RUN_DURATIONS;
  const [typed, setTyped] = useState<Record<(typeof STEPS)[number], string>>({
    ideas: minutes(durationsAtFirst.ideas),
    pairs: minutes(durationsAtFirst.pairs),
    turn: minutes(durationsAtFirst.turn),
  });
  const [invalid, setInvalid] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!question.trim()) return setInvalid('question');
    const durations = {} as RunDurations;
    for (const step of STEPS) {
      const seconds = timerMinutesToSeconds(typed[step]);
      if (seconds === null || seconds > RUN_SECONDS_MAX) return setInvalid(step);
      durations[step] = seconds;
    }
    setInvalid(null);
    if (await onStart(question.trim(), durations)) setQuestion('');
  };

  return (
    <form className="runner-start" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-question`}>{t('runner.question')}</label>
      <textarea
        id={`${id}-question`}
        value={question}
        maxLength={PRIVATE_QUESTION_MAX}
        rows={2}
        required
        aria-invalid={invalid === 'question' || undefined}
        aria-describedby={invalid === 'question' ? `${id}-error` : undefined}
        placeholder={t('runner.questionPlaceholder')}
        onChange={(e) => setQuestion(e.target.value)}
      />
      <fieldset className="runner-durations">
        <legend>{t('runner.durations')}</legend>
        {STEPS.map((step) => (
          <label key={step} className="runner-duration">
            <span>{t(`runner.duration.${step}`)}</span>
            <input
              inputMode="decimal"
              value={typed[step]}
              aria-invalid={invalid === step || undefined}
              aria-describedby={invalid === step ? `${id}-error` : undefined}
              onChange={(e) => setTyped((d) => ({ ...d, [step]: e.target.value }))}
            />
            <span aria-hidden="true">{t('runner.minutes')}</span>
          </label>
        ))}
      </fieldset>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(invalid === 'question' ? 'runner.questionMissing' : 'runner.invalidMinutes')}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {t('runner.start')}
      </button>
    </form>
  );
}
