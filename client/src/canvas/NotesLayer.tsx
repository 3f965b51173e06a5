import { NOTE_COLOR_FILLS, rectsIntersect } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useRef } from 'react';
import { Group, Layer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useCategories } from '../state/useCategories';
import { useNotes } from '../state/useNotes';
import { useAuthorNames, useRemoteDrags } from '../state/usePresence';
import { useCollapsedMembers } from '../state/useCollapsedMembers';
import { useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { useVoteMode } from '../state/voting/useVoteMode';
import { CompactNotes, type CompactCard } from './CompactNotes';
import { NOTES_GROUP } from './notesCache';
import { StickyNote } from './StickyNote';
import { useCullView } from './useCullView';
import { useDraggedIds } from './useDraggedIds';
import { useNoteHandlers } from './useNoteHandlers';
import { useNotesCache } from './useNotesCache';
import { useNotesDrawnMark } from './useNotesDrawnMark';

export const NOTES_LAYER = 'notes-layer';

/**
 * The notes, at their stored positions unless someone (here or elsewhere) is dragging them.
 * Only notes inside the cull window are drawn; notes this user drags are always kept, as
 * they sit in the drag layer meanwhile (see `useNoteHandlers`). Far away the notes nobody here
 * selects, drags or edits are cards of one shape (`CompactNotes`), drawn from a bitmap
 * (`notesCache`).
 */
export const NotesLayer = memo(function NotesLayer() {
  const board = useBoard();
  const notes = useNotes();
  const { ids, editingId } = useStore(board.selection);
  const dragged = useDraggedIds(board);
  const { panKey } = useStore(board.ui);
  const cullView = useCullView(board);
  const { window: shown, detail } = cullView;
  const remoteDrags = useRemoteDrags();
  const names = useAuthorNames();
  const categories = useCategories();
  const handlers = useNoteHandlers(board);
  const rights = useNoteRights();
  const folded = useCollapsedMembers();
  // vote mode: a press on a note is a dot or a pan, never a drag
  const voteMode = useVoteMode();
  const layer = useRef<Konva.Layer>(null);
  const group = useRef<Konva.Group>(null);
  // read, not subscribed: Konva moves the dragged nodes, a re-render must not put them back
  const localDrag = board.localDrag.get();
  const drawn = [];
  const cards: CompactCard[] = [];
  for (const note of notes) {
    // folded into its cluster's card (ClustersLayer)
    if (folded.has(note.id)) continue;
    const at = localDrag?.get(note.id) ?? remoteDrags.get(note.id) ?? note;
    const selected = ids.has(note.id);
    if (!dragged.has(note.id) && !rectsIntersect(shown, { x: at.x, y: at.y, width: note.width, height: note.height })) continue;
    // far away, a note nobody here is handling is one more card of the shape that draws them all
    if (detail === 'compact' && !selected && !dragged.has(note.id) && editingId !== note.id) {
      cards.push({ id: note.id, x: at.x, y: at.y, width: note.width, height: note.height, fill: NOTE_COLOR_FILLS[note.color].fill, text: note.text, ...(note.room ? { band: note.room.color } : {}) });
      continue;
    }
    drawn.push(
      <StickyNote
        key={note.id}
        note={note}
        x={at.x}
        y={at.y}
        detail={detail}
        selected={selected}
        editing={editingId === note.id}
        author={names.get(note.authorId) ?? ''}
        category={note.categoryId ? categories.find((c) => c.id === note.categoryId) : undefined}
        draggable={!panKey && !voteMode && editingId !== note.id && rights.get(note.id)?.move === true}
        handlers={handlers}
        // only far away: near, a zoom must not re-render every note
        labelScale={detail === 'compact' ? cullView.scale : undefined}
      />,
    );
  }
  useNotesDrawnMark(layer, notes.length, drawn.length + cards.length);
  useNotesCache(group, cullView, [notes, ids, editingId, dragged, remoteDrags, folded]);
  // The bitmap holds the cards only: the notes with a node of their own (selected, dragged,
  // edited, or near enough to read) are drawn live over it, so a resize or an edit shows at once.
  return (
    <Layer ref={layer} name={NOTES_LAYER}>
      <Group ref={group} name={NOTES_GROUP}>
        {/* mounted while far away even with no card left: the press on the last one hands its drag over from here */}
        {detail === 'compact' && <CompactNotes cards={cards} commands={handlers} scale={cullView.scale} />}
      </Group>
      {drawn}
    </Layer>
  );
});
