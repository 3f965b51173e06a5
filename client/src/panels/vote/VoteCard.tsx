import { useTranslation } from 'react-i18next';
import { ControlCard } from '../dashboard/ControlCard';
import { VoteResultsDialog } from './VoteResultsDialog';
import { VoteStartControls } from './VoteStartControls';

/** On the dashboard: a dot vote on the whole board of one room or every room, the rounds open, every round's results. */
export function VoteCard() {
  const { t } = useTranslation();
  return (
    <ControlCard title={t('voteAdmin.cardTitle')} name="vote-card">
      <VoteStartControls />
      <VoteResultsDialog />
    </ControlCard>
  );
}
