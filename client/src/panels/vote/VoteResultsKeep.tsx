import type { Frame, VoteKeepResponse, VoteRound } from '@essaim/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { copiesKept, keepChoice, keepZones } from '../../state/keepChoice';
import { keepVoted } from '../../state/voteActions';
import type { VoteResultRow } from '../../state/voteResultRows';
import { useWorkshop } from '../../state/WorkshopContext';
import { ChoiceGroup } from '../ChoiceGroup';
import { useRankLabel } from './VoteResultsList';

const KEEP_DEFAULT = 3;
const KEEP_MAX = 50;
/** How long the confirmation waits for a new zone to reach this screen, so it can say its name. */
const ZONE_WAIT_MS = 1500;

interface VoteResultsKeepProps {
  round: VoteRound;
  /** the ranked notes as listed (one room's, or all) */
  rows: readonly VoteResultRow[];
  /** the one room whose zones may be chosen, or null (each room's priorities zone) */
  roomId: string | null;
  frames: readonly Frame[];
  /** names the room in the confirmation (a round of several rooms), or null */
  roomName: ((roomId: string) => string) | null;
  /** a zone's title on its room's board, once this screen has it */
  zoneTitle: (roomId: string, frameId: string) => string | undefined;
}

/**
 * « Garder les 3 premiers » (any number): the notes certainly in, the ties on the boundary settled
 * by the facilitator (« Égalité : choisissez 1 note parmi 3 »), copied or moved into the room's
 * « 3 besoins prioritaires » zone or one chosen among its zones. The dialog being modal hides the
 * toasts: the confirmation (« ✓ 3 notes copiées dans la zone … ») and a refusal show here, and
 * « Déjà copiées : 3 notes » with « Copier à nouveau » keeps a second click from copying unawares.
 */
export function VoteResultsKeep({ round, rows, roomId, frames, roomName, zoneTitle }: VoteResultsKeepProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const rankLabel = useRankLabel();
  const [count, setCount] = useState(String(KEEP_DEFAULT));
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [mode, setMode] = useState<'copy' | 'move'>('copy');
  const [frameId, setFrameId] = useState('');
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const titles = useRef(zoneTitle);
  titles.current = zoneTitle;
  const said = useRef<HTMLDivElement>(null);
  // the confirmation or refusal comes under the button, maybe below the dialog's fold
  useEffect(() => {
    if (done || refused) said.current?.scrollIntoView({ block: 'nearest' });
  }, [done, refused]);
  const n = /^\d+$/.test(count.trim()) ? Math.min(Number(count), KEEP_MAX) : 0;
  const choice = keepChoice(rows, n, ticked);
  const textOf = (noteId: string) => rows.find((r) => r.noteId === noteId)?.text?.trim() || t('voteResults.emptyNote');
  const zones = keepZones(frames);
  const copied = roomId ? copiesKept(round, roomId) : 0;
  // a new choice: the last confirmation or refusal no longer speaks of it
  const changing =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setDone(null);
      setRefused(null);
      set(value);
    };

  const tick = (noteId: string, on: boolean) => {
    setDone(null);
    setRefused(null);
    setTicked((previous) => {
      const next = new Set(previous);
      if (on) next.add(noteId);
      else next.delete(noteId);
      return next;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice.noteIds) return;
    setPending(true);
    setDone(null);
    setRefused(null);
    const kept = await keepVoted(ws, round.voteId, { noteIds: choice.noteIds, mode, ...(roomId ? { roomId } : {}), ...(roomId && frameId ? { frameId } : {}) }, setRefused);
    if (kept) setDone(await keptMessage(kept));
    setPending(false);
  };

  const keptMessage = async (answer: VoteKeepResponse): Promise<string> => {
    const waitUntil = Date.now() + ZONE_WAIT_MS;
    while (Date.now() < waitUntil && answer.kept.some((k) => titles.current(k.roomId, k.frameId) === undefined)) await new Promise((r) => setTimeout(r, 100));
    return answer.kept
      .map((k) => {
        const title = titles.current(k.roomId, k.frameId);
        const zone = title ? t('voteResults.zoneQuoted', { title }) : t('voteResults.newZone');
        const sentence = t(mode === 'copy' ? 'voteResults.keptCopied' : 'voteResults.keptMoved', { count: k.count, zone });
        return roomName ? t('voteResults.keptInRoom', { kept: sentence, room: roomName(k.roomId) }) : sentence;
      })
      .join(' · ');
  };

  if (rows.length === 0) return null;
  return (
    <form className="vote-keep" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} data-testid="vote-keep">
      <h3 id={`${id}-title`} className="vote-results-subtitle">
        {t('voteResults.keepTitle')}
      </h3>
      <label className="vote-keep-count">
        <span>{t('voteResults.keepCount')}</span>
        <input inputMode="numeric" autoComplete="off" value={count} onChange={(e) => changing(setCount)(e.target.value)} aria-invalid={n === 0 || undefined} />
      </label>
      {choice.tied.length > 0 && choice.placesLeft > 0 && (
        <fieldset className="vote-ties" data-testid="vote-ties">
          <legend>{t('voteResults.tieChoose', { count: choice.placesLeft, among: choice.tied.length })}</legend>
          {choice.tied.map((r) => (
            <label key={r.noteId} className="vote-tie">
              <input
                type="checkbox"
                checked={ticked.has(r.noteId)}
                disabled={!ticked.has(r.noteId) && choice.chosen >= choice.placesLeft}
                onChange={(e) => tick(r.noteId, e.target.checked)}
              />
              <span>
                {textOf(r.noteId)} <span className="hint">({t('voteResults.points', { count: r.count })})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {choice.noteIds && (
        <div className="vote-keep-summary">
          <p id={`${id}-summary`}>{t('voteResults.keepSummary', { count: choice.noteIds.length })}</p>
          <ol className="vote-keep-list">
            {choice.noteIds.map((noteId) => {
              const row = rows.find((r) => r.noteId === noteId)!;
              return (
                <li key={noteId}>
                  {rankLabel(row)} · {textOf(noteId)}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <ChoiceGroup
        legend={t('voteResults.keepMode')}
        name={`${id}-mode`}
        options={[
          { value: 'copy', label: t('voteResults.keepCopy') },
          { value: 'move', label: t('voteResults.keepMove') },
        ]}
        value={mode}
        onChange={changing(setMode)}
      />
      {roomId ? (
        <div className="vote-keep-zone">
          <label htmlFor={`${id}-zone`}>{t('voteResults.keepZone')}</label>
          <select id={`${id}-zone`} value={frameId} onChange={(e) => changing(setFrameId)(e.target.value)}>
            {/* the server's own choice: the room's priorities zone, else a new one */}
            <option value="">{zones.priority ? zones.priority.title : t('voteResults.keepZoneNew', { number: round.number })}</option>
            {zones.others.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title || t('voteResults.untitledZone')}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="hint">{t('voteResults.keepZoneEachRoom')}</p>
      )}
      {copied > 0 && !done && (
        <p className="vote-keep-copied" data-testid="vote-keep-copied">
          {t('voteResults.alreadyCopied', { count: copied })}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending || !choice.noteIds} aria-busy={pending}>
        {t(mode === 'move' ? 'voteResults.keepSubmitMove' : copied > 0 ? 'voteResults.keepSubmitCopyAgain' : 'voteResults.keepSubmitCopy', { count: choice.noteIds?.length ?? n })}
      </button>
      <div ref={said} className="vote-keep-status">
        <div aria-live="polite">
          {done && (
            <p className="vote-keep-done" data-testid="vote-keep-done">
              <span aria-hidden="true">✓ </span>
              {done}
            </p>
          )}
        </div>
        {refused && (
          <p className="field-error" role="alert">
            {refused}
          </p>
        )}
      </div>
    </form>
  );
}
