import { VOTE_DEFAULTS, VOTE_DOTS_MAX, VOTE_DURATION_MAX, type VoteStartRequest } from '@essaim/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteRoomChoice } from '../../state/voteRoomChoices';
import { defaultScope, dotsCoverScope, scopeSpansRooms, voteStartRequest, type VoteScopeChoice } from '../../state/voteScopeChoices';
import { ChoiceGroup } from '../ChoiceGroup';
import { VoteStartScope, scopeKey } from './VoteStartScope';

interface VoteStartFormProps {
  /** what may be put to the vote (the board and what is selected on it) */
  scopes: readonly VoteScopeChoice[];
  /** the rooms to choose among (`voteRoomChoices`); one: asked nothing, the round opens there */
  rooms: readonly VoteRoomChoice[];
  onStart: (request: VoteStartRequest) => Promise<boolean>;
  pending: boolean;
  /** on a board, says how to vote on less than the whole board; on the dashboard, names the one room left to choose */
  place: 'board' | 'dashboard';
  /** opened by a button that is gone now: its first field takes the focus */
  focusFirst?: boolean;
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
export function VoteStartForm({ scopes, rooms, onStart, pending, place, focusFirst = false }: VoteStartFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusFirst) form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [focusFirst]);
  const [scope, setScope] = useState(() => scopeKey(defaultScope(scopes)));
  const chosen = scopes.find((s) => scopeKey(s) === scope) ?? defaultScope(scopes);
  const [room, setRoom] = useState(rooms[0]?.value ?? '');
  // the dashboard's choices shrink as rooms get a round: the first one left then
  const roomValue = rooms.some((r) => r.value === room) ? room : (rooms[0]?.value ?? '');
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
    const roomIds = rooms.find((r) => r.value === roomValue)?.roomIds ?? null;
    await onStart(voteStartRequest(chosen, roomIds, { dotsPerPerson, maxPerNote, anonymous: anonymous === 'anonymous', resultsVisible: visible, durationSeconds: duration }));
  };
  const errorProps = (field: typeof invalid) => (invalid === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  const fewNotes = dotsCoverScope(chosen, wholeNumber(dots, 1, VOTE_DOTS_MAX));

  return (
    <form ref={form} className="vote-start" onSubmit={(e) => void submit(e)} noValidate data-testid="vote-start">
      <VoteStartScope name={`${id}-scope`} scopes={scopes} value={scope} onChange={setScope} selectHint={place === 'board'} />
      {place === 'dashboard' && rooms.length === 1 && (
        <p className="vote-lone-room">
          <span className="vote-scope-question">{t('voteAdmin.room')}</span> {rooms[0]!.label}
        </p>
      )}
      {rooms.length > 1 && rooms.length <= 3 && scopeSpansRooms(chosen) && <ChoiceGroup legend={t('voteAdmin.rooms')} name={`${id}-rooms`} options={rooms} value={roomValue} onChange={setRoom} />}
      {rooms.length > 3 && (
        <div className="vote-room-select">
          <label htmlFor={`${id}-room`}>{t('voteAdmin.rooms')}</label>
          <select id={`${id}-room`} value={roomValue} onChange={(e) => setRoom(e.target.value)}>
            {rooms.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="vote-numbers">
        <label>
          <span>{t('voteAdmin.dots')}</span>
          <input inputMode="numeric" autoComplete="off" value={dots} onChange={(e) => setDots(e.target.value)} aria-describedby={fewNotes ? `${id}-few` : undefined} {...errorProps('dots')} />
        </label>
        <label>
          <span>{t('voteAdmin.maxPerNote')}</span>
          <input inputMode="numeric" autoComplete="off" value={max} onChange={(e) => setMax(e.target.value)} {...errorProps('max')} />
        </label>
      </div>
      <div aria-live="polite">
        {fewNotes && (
          <p id={`${id}-few`} className="field-warning">
            {t('voteAdmin.dotsCoverScope')}
          </p>
        )}
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
      <div className="vote-start-submit">
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {t('voteAdmin.start')}
        </button>
      </div>
    </form>
  );
}
