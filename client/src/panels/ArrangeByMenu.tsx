import { useId, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ARRANGE_KEYS, arrangeZoneBy, canGoBack, lastArrangement, undoArrangement, type ArrangeKey } from '../state/arrangeByCommands';
import { useBoard } from '../state/BoardContext';
import { useCategories } from '../state/useCategories';
import { useNotes } from '../state/useNotes';
import { useAuthorNames } from '../state/usePresence';
import { useBoardAttention, useSeesAuthors } from '../state/useBoardAttention';
import { useVoteRounds } from '../state/useVoteRounds';
import { latestRoomCounts } from '../state/voteArrangeKeys';
import { Icon } from './Icon';

/**
 * « Ranger par… » for one zone: by colour, category or author — by votes once a round of the room
 * has results —, and « Annuler le rangement ». In an anonymous workshop « par auteur » is the
 * facilitators' only, and writes no titles.
 */
export function ArrangeByMenu({ frameId }: { frameId: string }) {
  const { t } = useTranslation();
  const board = useBoard();
  const id = useId();
  const names = useAuthorNames();
  const { anonymous } = useBoardAttention();
  const keys = useSeesAuthors() ? ARRANGE_KEYS : ARRANGE_KEYS.filter((k) => k !== 'author');
  const categories = useCategories();
  useNotes(); // whether going back still means something depends on where the notes are
  const store = lastArrangement(board);
  useSyncExternalStore(store.subscribe, store.get, store.get);
  const back = canGoBack(board, frameId);
  const rounds = useVoteRounds();
  const counts = useMemo(() => latestRoomCounts(rounds, board.session.roomId), [rounds, board.session.roomId]);

  const close = () => document.getElementById(id)?.hidePopover();
  const arrange = (key: ArrangeKey) => {
    close();
    const refused = arrangeZoneBy(board, frameId, key, names, { titles: !(anonymous && key === 'author'), counts: counts ?? undefined });
    if (refused) toast.info(refused, { id: 'arrange' });
  };
  const goBack = () => {
    close();
    const refused = undoArrangement(board);
    if (refused) toast.info(refused, { id: 'arrange' });
  };
  return (
    <>
      <button type="button" className="tool" popoverTarget={id} title={t('arrange.hint')}>
        <Icon name="template" />
        <span className="tool-label">{t('arrange.button')}</span>
      </button>
      <div id={id} popover="auto" className="menu-popover arrange-popover" role="menu" aria-label={t('arrange.button')}>
        {keys.map((key) => (
          <button key={key} type="button" role="menuitem" className="menu-item" disabled={key === 'category' && categories.length === 0} onClick={() => arrange(key)}>
            {t(`arrange.by.${key}`)}
          </button>
        ))}
        {counts && (
          <button type="button" role="menuitem" className="menu-item" onClick={() => arrange('votes')}>
            {t('voteResults.arrangeBy')}
          </button>
        )}
        {back && (
          <button type="button" role="menuitem" className="menu-item" onClick={goBack}>
            {t('arrange.back')}
          </button>
        )}
      </div>
    </>
  );
}
