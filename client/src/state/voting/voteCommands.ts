import { toast } from 'sonner';
import { translate } from '../../i18n/i18n';
import type { BoardServices } from '../BoardServices';

/**
 * V / Shift+V: one of this person's dots on, or back from, the selected note (the notes list's
 * focused note is the selection). Only while a round is open here for a participant; true when
 * the key was used.
 */
export function voteOnSelection(board: BoardServices, kind: 'add' | 'remove'): boolean {
  const session = board.voting.get();
  if (!session?.voter || !session.state.get().round) return false;
  const { ids } = board.selection.get();
  const [only] = ids;
  if (ids.size !== 1 || only === undefined) {
    toast.info(translate('vote.selectOne'), { id: 'vote-select-one' });
    return true;
  }
  void (kind === 'add' ? session.add(only) : session.remove(only));
  return true;
}
