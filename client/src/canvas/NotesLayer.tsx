import { rectsIntersect } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Group, Layer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useNotes } from '../state/useNotes';
import { useAuthorNames, useRemoteDrags } from '../state/usePresence';
import { useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
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
 * they sit in the drag layer meanwhile (see `useNoteHandlers`). Far away the notes are drawn
 * from a bitmap (`notesCache`).
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
  const handlers = useNoteHandlers(board);
  const rights = useNoteRights();
  const layer = useRef<Konva.Layer>(null);
  const group = useRef<Konva.Group>(null);
  // read, not subscribed: Konva moves the dragged nodes, a re-render must not put them back
  const localDrag = board.localDrag.get();
  const drawn = [];
  for (const note of notes) {
    const at = localDrag?.get(note.id) ?? remoteDrags.get(note.id) ?? note;
    if (!dragged.has(note.id) && !rectsIntersect(shown, { x: at.x, y: at.y, width: note.width, height: note.height })) continue;
    drawn.push(
      <StickyNote
        key={note.id}
        note={note}
        x={at.x}
        y={at.y}
        detail={detail}
        selected={ids.has(note.id)}
        editing={editingId === note.id}
        author={names.get(note.authorId) ?? ''}
        draggable={!panKey && editingId !== note.id && rights.get(note.id)?.move === true}
        handlers={handlers}
      />,
    );
  }
  useNotesDrawnMark(layer, notes.length, drawn.length);
  useNotesCache(group, cullView, [notes, ids, editingId, dragged, panKey, remoteDrags, names, rights]);
  useEffect(() => {
    const node = group.current;
    // a resize changes a node inside the bitmap: draw the nodes live until the commit that follows
    node?.on('transformstart.notesCache', () => node.clearCache());
    return () => {
      node?.off('transformstart.notesCache');
    };
  }, []);
  return (
    <Layer ref={layer} name={NOTES_LAYER}>
      <Group ref={group} name={NOTES_GROUP}>
        {drawn}
      </Group>
    </Layer>
  );
});
