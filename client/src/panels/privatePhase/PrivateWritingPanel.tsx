import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import type { DraftsSession, OpenDrafts } from '../../state/DraftsSession';
import { useEntries } from '../../state/useEntries';
import { useStore } from '../../state/useStore';
import { useWorkshopSettings } from '../../state/useWorkshopSettings';
import { Icon } from '../Icon';
import { DraftCard } from './DraftCard';
import { DraftComposer } from './DraftComposer';
import { DraftCountsList } from './DraftCountsList';

interface PrivateWritingPanelProps {
  session: DraftsSession;
  roomId: string;
  /** a phone: the panel takes the screen */
  phone: boolean;
}

/**
 * A participant's private writing while their room's phase is active: the question, their ideas
 * (nobody else receives them before « Révéler »), how many each person of the room wrote. Beside
 * the canvas on a wide screen, the whole screen on a phone. Closes by itself when the phase ends.
 */
export function PrivateWritingPanel({ session, roomId, phone }: PrivateWritingPanelProps) {
  const state = useStore(session.state);
  const drafts = useStore(session.drafts);
  if (state.kind !== 'writing' || !drafts) return null;
  return <DraftsPanel question={state.question} drafts={drafts} roomId={roomId} phone={phone} />;
}

function DraftsPanel({ question, drafts, roomId, phone }: { question: string; drafts: OpenDrafts; roomId: string; phone: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const notes = useEntries(drafts.notes);
  const { anonymous } = useWorkshopSettings();
  // an ended timer that locks the room holds the drafts too (the server refuses them until it goes on)
  const board = useBoard();
  const locked = useStore(board.timerLock);
  const root = useRef<HTMLElement>(null);
  // the board's « Nouvelle note », double-click and N bring this field to hand instead of writing for everyone
  useEffect(() => {
    const focusField = () => root.current?.querySelector<HTMLElement>('.draft-composer textarea')?.focus();
    // a store's `set` calls a function it is given: the function to keep goes through an updater
    board.drafting.set(() => focusField);
    return () => board.drafting.set(null);
  }, [board]);
  // the phase starts: the field is ready for the keyboard, unless something else has the focus
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) root.current?.querySelector<HTMLElement>('.draft-composer textarea')?.focus({ preventScroll: true });
  }, []);
  // after a deletion the focus goes to the idea that took its place, else the one before, else the field
  const onRemoved = useCallback((index: number) => {
    setTimeout(() => {
      const fields = root.current?.querySelectorAll<HTMLElement>('.draft-card-text');
      const next = fields?.[index - 1] ?? fields?.[index - 2] ?? root.current?.querySelector<HTMLElement>('.draft-composer textarea');
      next?.focus();
    });
  }, []);

  return (
    <aside ref={root} className="private-panel" data-phone={phone || undefined} aria-labelledby={titleId} data-testid="private-panel">
      <p className="private-kicker">
        <Icon name="lock" size={16} />
        {t('privatePhase.title')}
      </p>
      <h2 id={titleId} className="private-question" data-testid="private-question">
        {question || t('privatePhase.noQuestion')}
      </h2>
      <p className="private-privacy">{t('privatePhase.privacy')}</p>
      {locked && (
        <p className="private-locked" role="status">
          {t('timer.lockedTimeUp')}
        </p>
      )}
      <DraftComposer actions={drafts.actions} count={notes.length} locked={locked} />
      <p className="private-count" aria-live="polite" data-testid="draft-counter" data-count={notes.length}>
        {t('privatePhase.yourCount', { count: notes.length })}
      </p>
      {notes.length > 0 && (
        <ol className="draft-list" aria-label={t('privatePhase.yourIdeas')}>
          {notes.map((note, i) => (
            <DraftCard key={note.id} note={note} index={i + 1} actions={drafts.actions} onRemoved={onRemoved} locked={locked} />
          ))}
        </ol>
      )}
      <section className="private-room-counts" aria-label={t('privatePhase.roomCounts')}>
        <h3>{t('privatePhase.roomCounts')}</h3>
        <DraftCountsList roomId={roomId} names={!anonymous} />
      </section>
    </aside>
  );
}
