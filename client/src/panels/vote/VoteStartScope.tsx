import { useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, VoteScope } from '@essaim/shared';
import { BoardContext } from '../../state/BoardContext';
import type { VoteScopeChoice } from '../../state/voteScopeChoices';
import { ChoiceGroup } from '../ChoiceGroup';

/** A stable value for a scope among the radio buttons. */
export const scopeKey = (scope: VoteScopeChoice): string => (scope.kind === 'frame' ? `frame:${scope.frameId}` : scope.kind === 'group' ? `group:${scope.groupId}` : scope.kind);

/** A scope offered by the form, or an opened round's (a cluster's aside: its title is not in the round). */
type LabelledScope = VoteScopeChoice | Exclude<VoteScope, { kind: 'group' }>;

/** What a scope is called: « Tout le tableau », « La zone « Besoins » », « Le groupe « Mobilité » (4 notes) », « Les 3 notes sélectionnées ». */
export function useScopeLabel(): (scope: LabelledScope) => string {
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
  /** on a board: how to vote on less than the whole board */
  selectHint: boolean;
}

/** « Sur quoi vote-t-on ? »: the board, the selected zone, cluster or notes — or, nothing selected, says it is the whole board. */
export function VoteStartScope({ name, scopes, value, onChange, selectHint }: VoteStartScopeProps) {
  const { t } = useTranslation();
  const label = useScopeLabel();
  if (scopes.length > 1) return <ChoiceGroup legend={t('voteAdmin.scope.legend')} name={name} options={scopes.map((s) => ({ value: scopeKey(s), label: label(s) }))} value={value} onChange={onChange} />;
  return (
    <div className="vote-scope-fixed">
      <p>
        <span className="vote-scope-question">{t('voteAdmin.scope.legend')}</span> {label(scopes[0] ?? { kind: 'board' })}
      </p>
      {selectHint && <p className="field-hint">{t('voteAdmin.scope.selectHint')}</p>}
    </div>
  );
}

const NO_GROUPS: readonly Group[] = [];
const noSubscription = () => () => undefined;
const noGroups = () => NO_GROUPS;

/** The clusters of the board open on this screen (none on the dashboard): a cluster round names its cluster by them. */
function useBoardGroups(): readonly Group[] {
  const board = useContext(BoardContext);
  return useSyncExternalStore(board?.groups.subscribe ?? noSubscription, board?.groups.getSnapshot ?? noGroups, board?.groups.getSnapshot ?? noGroups);
}

/**
 * What an opened round votes on, in a few words. A cluster's title is on its board, not in the
 * round: named when this screen shows that board, « Un groupe de notes » elsewhere (the dashboard).
 */
export function useRoundScopeLabel(): (scope: VoteScope) => string {
  const { t } = useTranslation();
  const label = useScopeLabel();
  const groups = useBoardGroups();
  return (scope) => {
    if (scope.kind !== 'group') return label(scope);
    const title = groups.find((g) => g.id === scope.groupId)?.title.trim();
    return title ? t('voteAdmin.scope.groupNamed', { title }) : t('voteAdmin.scope.aGroup');
  };
}

/** The same in lower case, after a round's name in « Tour de vote »: « Vote 2 — zone « Mobilité durable » ». */
export function useRoundScopeShort(): (scope: VoteScope) => string {
  const { t } = useTranslation();
  const groups = useBoardGroups();
  return (scope) => {
    if (scope.kind === 'frame') return scope.title ? t('voteAdmin.scopeShort.frame', { title: scope.title }) : t('voteAdmin.scopeShort.frameUntitled');
    if (scope.kind === 'notes') return t('voteAdmin.scopeShort.notes', { count: scope.noteIds.length });
    if (scope.kind === 'board') return t('voteAdmin.scopeShort.board');
    const title = groups.find((g) => g.id === scope.groupId)?.title.trim();
    return title ? t('voteAdmin.scopeShort.group', { title }) : t('voteAdmin.scopeShort.aGroup');
  };
}
