import type Konva from 'konva';
import { useRef } from 'react';
import { Layer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useNotes } from '../state/useNotes';
import { useAuthorNames, useRemoteDrags } from '../state/usePresence';
import { useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { StickyNote } from './StickyNote';
import { useNoteHandlers } from './useNoteHandlers';
import { useNotesDrawnMark } from './useNotesDrawnMark';

/** The notes, at their stored positions unless someone (here or elsewhere) is dragging them. */
export function NotesLayer() {
  const board = useBoard();
  const notes = useNotes();
  const { ids, editingId } = useStore(board.selection);
  const localDrag = useStore(board.localDrag);
  const { panKey } = useStore(board.ui);
  const remoteDrags = useRemoteDrags();
  const names = useAuthorNames();
  const handlers = useNoteHandlers(board);
  const rights = useNoteRights();
  const layer = useRef<Konva.Layer>(null);
  useNotesDrawnMark(layer, notes.length, notes.length);
  // notes being dragged are drawn last, above the others
  const ordered = localDrag ? [...notes.filter((n) => !localDrag.has(n.id)), ...notes.filter((n) => localDrag.has(n.id))] : notes;
  return (
    <Layer ref={layer}>
      {ordered.map((note) => {
        const at = localDrag?.get(note.id) ?? remoteDrags.get(note.id) ?? note;
        return (
          <StickyNote
            key={note.id}
            note={note}
            x={at.x}
            y={at.y}
            selected={ids.has(note.id)}
            editing={editingId === note.id}
            author={names.get(note.authorId) ?? ''}
            draggable={!panKey && editingId !== note.id && rights.get(note.id)?.move === true}
            handlers={handlers}
          />
        );
      })}
    </Layer>
  );
}
