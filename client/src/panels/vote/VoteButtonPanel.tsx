import { useMemo } from 'react';
import { useBoard } from '../../state/BoardContext';
import { useEntries } from '../../state/useEntries';
import { useNotes } from '../../state/useNotes';
import { useStore } from '../../state/useStore';
import { voteScopeChoices } from '../../state/voteScopeChoices';
import { VoteStartControls } from './VoteStartControls';

/** The popover's content while it is open: what the board's selection offers to put to the vote, and the room's round. */
export function VoteButtonPanel() {
  const board = useBoard();
  const selection = useStore(board.selection);
  const notes = useNotes();
  const frames = useEntries(board.frames);
  const groups = useEntries(board.groups);
  const scopes = useMemo(() => voteScopeChoices(selection, notes, frames, groups), [selection, notes, frames, groups]);
  return <VoteStartControls roomId={board.session.roomId} scopes={scopes} />;
}
