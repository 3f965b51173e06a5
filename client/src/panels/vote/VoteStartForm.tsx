import { VOTE_DEFAULTS, VOTE_DOTS_MAX, VOTE_DURATION_MAX, type VoteStartRequest } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultScope, scopeSpansRooms, voteStartRequest, type VoteScopeChoice } from '../../state/voteScopeChoices';
import { ChoiceGroup } from '../ChoiceGroup';
import { VoteStartScope, scopeKey } from './VoteStartScope';

interface VoteStartFormProps {
  /** what may be put to the vote (the board and what is selected on it) */
  scopes: readonly VoteScopeChoice[];
  /** the rooms to choose among: « Cette salle » / « Toutes les salles » on a board, one room or all on the dashboard */
  rooms: readonly { value: string; label: string; roomIds: string[] | null }[];
  onStart: (request: VoteStartRequest) => Promise<boolean>;
  pending: boolean;
}

const wholeNumber = (text: string, min: number, max: number) => (/^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : null);

/** « Durée » in minutes, empty for none: the whole seconds the API takes, undefined when typed wrong. */
function durationSeconds(text: string): number | null | undefined {
  const normalized = text.trim().replace(',', '.');
  if (normalized === '') return null;
  if (!/^\d*\.?\d+$/.test(normalized)) return undefined;
  const seconds = Math.round(Number(normalized) * 60);
  return seconds >= 1 && seconds <= VOTE_DURATION_MAX ? seconds : undefined;
}

/** The facilitator's form for a new round: what, where, how many dots, anonymous or named, results when, for how long. */
export function VoteStartForm({ scopes, rooms, onStart, pending }: VoteStartFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [scope, setScope] = useState(() => scopeKey(defaultScope(scopes)));
  const chosen = scopes.find((s) => scopeKey(s) === scope) ?? defaultScope(scopes);
  const [room, setRoom] = useState(rooms[0]?.value ?? '');
  const [dots, setDots] = useState(String(VOTE_DEFAULTS.dotsPerPerson));
  const [max, setMax] = useState(String(VOTE_DEFAULTS.maxPerNote));
  const [anonymous, setAnonymous] = useState<'anonymous' | 'named'>('anonymous');
  const [visible, setVisible] = useState<'after' | 'live'>(VOTE_DEFAULTS.resultsVisible);
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState<'dots' | 'max' | 'duration' | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dotsPerPerson = wholeNumber(dots, 1, VOTE_DOTS_MAX);
    if (dotsPerPerson === null) return setInvalid('dots');
    const maxPerNote = wholeNumber(max, 1, dotsPerPerson);
    if (maxPerNote === null) return setInvalid('max');
    const duration = durationSeconds(minutes);
    if (duration === undefined) return setInvalid('duration');
    setInvalid(null);
    const roomIds = rooms.find((r) => r.value === room)?.roomIds ?? null;
    await onStart(voteStartRequest(chosen, roomIds, { dotsPerPerson, maxPerNote, anonymous: anonymous === 'anonymous', resultsVisible: visible, durationSeconds: duration }));
  };
  const errorProps = (field: typeof invalid) => (invalid === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});

  return (
    <form className="vote-start" onSubmit={(e) => void submit(e)} noValidate data-testid="vote-start">
      {scopes.length > 1 && <VoteStartScope name={`${id}-scope`} scopes={scopes} value={scope} onChange={setScope} />}
      {rooms.length > 1 && rooms.length <= 3 && scopeSpansRooms(chosen) && (
        <ChoiceGroup legend={t('voteAdmin.rooms')} legendHidden name={`${id}-rooms`} options={rooms} value={room} onChange={setRoom} />
      )}
      {rooms.length > 3 && (
        <label className="vote-room-select">
          <span>{t('voteAdmin.rooms')}</span>
          <select value={room} onChange={(e) => setRoom(e.target.value)}>
            {rooms.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="vote-numbers">
        <label>
          <span>{t('voteAdmin.dots')}</span>
          <input inputMode="numeric" autoComplete="off" value={dots} onChange={(e) => setDots(e.target.value)} {...errorProps('dots')} />
        </label>
        <label>
          <span>{t('voteAdmin.maxPerNote')}</span>
          <input inputMode="numeric" autoComplete="off" value={max} onChange={(e) => setMax(e.target.value)} {...errorProps('max')} />
        </label>
      </div>
      <ChoiceGroup
        legend={t('voteAdmin.anonymity')}
        name={`${id}-anonymous`}
        options={[
          { value: 'anonymous', label: t('voteAdmin.anonymous') },
          { value: 'named', label: t('voteAdmin.named') },
        ]}
        value={anonymous}
        onChange={setAnonymous}
      />
      <ChoiceGroup
        legend={t('voteAdmin.resultsVisible')}
        name={`${id}-visible`}
        options={[
          { value: 'after', label: t('voteAdmin.resultsAfter') },
          { value: 'live', label: t('voteAdmin.resultsLive') },
        ]}
        value={visible}
        onChange={setVisible}
      />
      <label className="vote-duration">
        <span>{t('voteAdmin.duration')}</span>
        <input inputMode="decimal" autoComplete="off" value={minutes} onChange={(e) => setMinutes(e.target.value)} aria-describedby={`${id}-duration-hint`} {...errorProps('duration')} />
      </label>
      <p id={`${id}-duration-hint`} className="field-hint">
        {t('voteAdmin.durationHint')}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(`voteAdmin.invalid.${invalid}`)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
        {t('voteAdmin.start')}
      </button>
    </form>
  );
}
