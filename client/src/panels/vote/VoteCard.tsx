import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ControlCard } from '../dashboard/ControlCard';
import { VoteResultsDialog } from './VoteResultsDialog';
import { VoteStartControls } from './VoteStartControls';

/** On the dashboard: a dot vote on the whole board of one room or every room, the rounds open, every round's results. */
export function VoteCard() {
  const { t } = useTranslation();
  const controls = useRef<HTMLDivElement>(null);
  return (
    <ControlCard title={t('voteAdmin.cardTitle')} name="vote-card">
      <div ref={controls}>
        <VoteStartControls />
      </div>
      {/* a round closed from its progress panel took that panel away: « Résultats des votes » then */}
      <VoteResultsDialog returnFocus={() => controls.current?.querySelector<HTMLElement>('.vote-past') ?? controls.current?.querySelector<HTMLElement>('button') ?? null} />
    </ControlCard>
  );
}
