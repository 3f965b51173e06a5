import { rectsIntersect } from '@essaim/shared';
import { memo, useCallback } from 'react';
import { Group, Layer, Rect } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useCollapsedMembers } from '../state/useCollapsedMembers';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { useVoteView } from '../state/voting/useVoteView';
import { useCullView } from './useCullView';
import { useDraggedIds } from './useDraggedIds';
import { useVoteSizes, useZoomStep } from './useVoteSizes';
import { VoteCountBadge } from './VoteCountBadge';
import { VoteMineBadge } from './VoteMineBadge';
import { VoteNoteControls } from './VoteNoteControls';
import { votePillPlace } from './voteControlsLayout';

export const VOTE_LAYER = 'vote-layer';
/** Over the notes a round leaves out: the canvas's own grey, so they fade rather than darken. */
const OUT_OF_SCOPE = 'rgba(246, 244, 239, 0.75)';
/** A badge of one's dots on a small note: no finger-sized target, or it would cover the note a tap adds dots to. */
const MINE_BADGE_MAX_PX = 26;

/**
 * Dot voting on the canvas. While a round is open on this room, the notes it leaves out are
 * faded, and for a participant each note it takes, big enough on screen, has its vote controls
 * (their dots, « − », « + ») inside its bottom edge (`votePillPlace`) — on a note smaller than that, their
 * dots in a badge across its top-left corner (`VoteMineBadge`) —; the notes that have counts
 * to show wear them in a badge (« 5 »). Only the controls listen; the rest lets every press
 * through to the notes.
 */
export const VoteLayer = memo(function VoteLayer() {
  const board = useBoard();
  const view = useVoteView();
  const notes = useNotes();
  const folded = useCollapsedMembers();
  const dragged = useDraggedIds(board);
  const { window: shown } = useCullView(board);
  const scale = useZoomStep(board);
  const sizes = useVoteSizes();
  const session = useStore(board.voting);
  const onAdd = useCallback((id: string) => void session?.add(id), [session]);
  const onRemove = useCallback((id: string) => void session?.remove(id), [session]);
  const { round, voting, counts, myDots, dotsLeft, pending } = view;
  if (!round && !counts) return <Layer name={VOTE_LAYER} listening={false} visible={false} />;

  const veils = [];
  const controls = [];
  const badges = [];
  for (const note of notes) {
    if (folded.has(note.id) || dragged.has(note.id) || !rectsIntersect(shown, note)) continue;
    const inScope = view.inScope(note);
    if (round && !inScope) {
      veils.push(<Rect key={note.id} x={note.x - 2} y={note.y - 2} width={note.width + 4} height={note.height + 4} fill={OUT_OF_SCOPE} perfectDrawEnabled={false} />);
    }
    const place = voting && round && inScope ? votePillPlace(note, scale, sizes) : null;
    const mine = myDots[note.id] ?? 0;
    const waiting = pending.get(note.id) ?? 0;
    if (voting && round && inScope && !place && mine + waiting > 0) {
      // too small on screen for the pill: the dots still show, so a click far away has a visible effect
      controls.push(<VoteMineBadge key={note.id} noteId={note.id} x={note.x} y={note.y} scale={scale} mine={mine} waiting={waiting} height={Math.min(MINE_BADGE_MAX_PX, sizes.height - 6)} onRemove={onRemove} />);
    }
    if (round && place) {
      controls.push(
        <VoteNoteControls
          key={note.id}
          noteId={note.id}
          x={place.x}
          y={place.y}
          scale={scale}
          mine={mine}
          waiting={waiting}
          sizes={sizes}
          open={dotsLeft === null || (dotsLeft > 0 && mine < round.maxPerNote)}
          onAdd={onAdd}
          onRemove={onRemove}
        />,
      );
    }
    const count = counts?.get(note.id);
    if (count) badges.push(<VoteCountBadge key={note.id} noteId={note.id} x={note.x + note.width} y={note.y} scale={scale} count={count} />);
  }
  return (
    <Layer name={VOTE_LAYER} listening={controls.length > 0}>
      <Group listening={false}>
        {veils}
        {badges}
      </Group>
      {controls}
    </Layer>
  );
});
