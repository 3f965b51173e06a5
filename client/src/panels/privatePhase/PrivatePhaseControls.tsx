import { PRIVATE_QUESTION_MAX, type RevealOrder } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../ChoiceGroup';
import { revealPrivatePhase, startPrivatePhase } from '../../state/privatePhaseActions';
import { usePhases } from '../../state/usePrivatePhase';
import { useRooms } from '../../state/useRooms';
import { useRuns } from '../../state/useRuns';
import { useWorkshop } from '../../state/WorkshopContext';
import { DraftCountsList } from './DraftCountsList';
import { RoomsDraftTotals } from './RoomsDraftTotals';

interface PrivatePhaseControlsProps {
  /** the room these controls start with; none: every room, the plenary included */
  roomId?: string;
  /** offer « Cette salle » / « Toutes les salles » (in a room) */
  scopeChoice?: boolean;
}

/**
 * Facilitators: start private writing with a question, for one room or all; while it runs, the
 * counts and « Révéler » (grouped by author or shuffled). The writes are the server's.
 */
export function PrivatePhaseControls({ roomId, scopeChoice = false }: PrivatePhaseControlsProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const rooms = useRooms();
  const phases = usePhases();
  const [scope, setScope] = useState<'room' | 'all'>(roomId ? 'room' : 'all');
  const [question, setQuestion] = useState('');
  const [order, setOrder] = useState<RevealOrder>('author');
  const [invalid, setInvalid] = useState(false);
  const [pending, setPending] = useState(false);
  const oneRoom = scope === 'room' && roomId !== undefined;
  const targets = oneRoom ? [roomId] : rooms.map((r) => r.id);
  const activeRooms = targets.filter((rid) => phases[rid]?.active);
  const running = activeRooms.length > 0;
  // the 3-12-3 runner drives these rooms' writing: its ideas are revealed at the end of its timer
  const runs = useRuns();
  const runnerDriven = activeRooms.some((rid) => runs[rid]?.step === 'ideas');
  const roomIds = oneRoom ? [roomId] : undefined;

  const run = async (action: () => Promise<unknown>) => {
    setPending(true);
    try {
      return await action();
    } finally {
      setPending(false);
    }
  };

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const asked = question.trim();
    setInvalid(!asked);
    if (!asked) return;
    if (await run(() => startPrivatePhase(ws, asked, roomIds))) setQuestion('');
  };

  return (
    <div className="private-controls" aria-busy={pending} data-testid="private-controls">
      {scopeChoice && roomId && (
        <ChoiceGroup
          legend={t('timer.scope')}
          legendHidden
          name={`${id}-scope`}
          options={[
            { value: 'room', label: t('timer.scopeRoom') },
            { value: 'all', label: t('timer.scopeAll') },
          ]}
          value={scope}
          onChange={setScope}
        />
      )}
      {running ? (
        <>
          <p className="private-status" data-testid="private-status">
            {t('privatePhase.running', { question: phases[activeRooms[0]!]?.question ?? '' })}
          </p>
          {runnerDriven && <p className="hint">{t('privatePhase.runnerDriven')}</p>}
          {oneRoom ? <DraftCountsList roomId={roomId} /> : <RoomsDraftTotals roomIds={activeRooms} />}
          <ChoiceGroup
            legend={t('privatePhase.order')}
            name={`${id}-order`}
            options={[
              { value: 'author', label: t('privatePhase.byAuthor') },
              { value: 'shuffle', label: t('privatePhase.shuffled') },
            ]}
            value={order}
            onChange={setOrder}
          />
          <button type="button" className="button primary" disabled={pending} onClick={() => void run(() => revealPrivatePhase(ws, order, roomIds))}>
            {t('privatePhase.reveal')}
          </button>
        </>
      ) : (
        <form className="private-start" onSubmit={(e) => void start(e)}>
          <label htmlFor={`${id}-question`}>{t('privatePhase.question')}</label>
          <textarea
            id={`${id}-question`}
            rows={2}
            value={question}
            maxLength={PRIVATE_QUESTION_MAX}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-hint`}
            placeholder={t('privatePhase.questionPlaceholder')}
            onChange={(e) => {
              setQuestion(e.target.value);
              setInvalid(false);
            }}
            onKeyDown={(e) => {
              // Enter starts, as in a one-line field; Shift+Enter goes to a new line
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <p id={`${id}-hint`} className={invalid ? 'field-hint field-error' : 'field-hint'} aria-live="polite">
            {t(invalid ? 'privatePhase.questionMissing' : 'privatePhase.startHint')}
          </p>
          <button type="submit" className="button primary" disabled={pending}>
            {t('privatePhase.start')}
          </button>
        </form>
      )}
    </div>
  );
}
