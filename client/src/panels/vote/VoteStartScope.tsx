import { useTranslation } from 'react-i18next';
import type { VoteScope } from '@essaim/shared';
import type { VoteScopeChoice } from '../../state/voteScopeChoices';
import { ChoiceGroup } from '../ChoiceGroup';

/** A stable value for a scope among the radio buttons. */
export const scopeKey = (scope: VoteScopeChoice): string => (scope.kind === 'frame' ? `frame:${scope.frameId}` : scope.kind === 'group' ? `group:${scope.groupId}` : scope.kind);

/** What a scope is called: « Tout le tableau », « La zone « Besoins » », « Le groupe « Mobilité » (4 notes) », « Les 3 notes sélectionnées ». */
export function useScopeLabel(): (scope: VoteScopeChoice) => string {
  const { t } = useTranslation();
  return (scope) => {
    if (scope.kind === 'frame') return scope.title ? t('voteAdmin.scope.frame', { title: scope.title }) : t('voteAdmin.scope.frameUntitled');
    if (scope.kind === 'group') return scope.title ? t('voteAdmin.scope.group', { title: scope.title, count: scope.count }) : t('voteAdmin.scope.groupUntitled', { count: scope.count });
    if (scope.kind === 'notes') return t('voteAdmin.scope.notes', { count: scope.noteIds.length });
    return t('voteAdmin.scope.board');
  };
}

interface VoteStartScopeProps {
  name: string;
  scopes: readonly VoteScopeChoice[];
  value: string;
  onChange: (value: string) => void;
}

/** « Sur quoi vote-t-on ? »: the board, the selected zone, cluster or notes. */
export function VoteStartScope({ name, scopes, value, onChange }: VoteStartScopeProps) {
  const { t } = useTranslation();
  const label = useScopeLabel();
  return <ChoiceGroup legend={t('voteAdmin.scope.legend')} name={name} options={scopes.map((s) => ({ value: scopeKey(s), label: label(s) }))} value={value} onChange={onChange} />;
}

/** What an opened round votes on, in a few words (a cluster's title is on its board, not in the round). */
export function useRoundScopeLabel(): (scope: VoteScope) => string {
  const { t } = useTranslation();
  const label = useScopeLabel();
  return (scope) => (scope.kind === 'group' ? t('voteAdmin.scope.aGroup') : label(scope));
}
