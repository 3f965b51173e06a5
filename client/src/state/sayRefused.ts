import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import type { BoardServices } from './BoardServices';
import { reasonMessage } from './refusalMessage';

/** The rights table's reason for refusing a change, said in one toast (a new refusal replaces the last). */
export function sayRefused(board: Pick<BoardServices, 'actor' | 'policy'>, reason: string): void {
  const { key, values } = reasonMessage(board.actor, board.policy.get(), reason);
  toast.info(translate(key, values), { id: 'rights' });
}
