import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Label, Layer, Rect, Tag, Text } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useSeesAuthors } from '../state/useBoardAttention';
import { useNotesById } from '../state/useNotes';
import { useEditingClaims, useRemoteDrags } from '../state/usePresence';
import { useStore } from '../state/useStore';
import { NOTE_FONT_FAMILY } from './noteStyle';

/** On-screen sizes (px), the same at any zoom. */
const OUTLINE = 3;
const BADGE_FONT = 13;
const BADGE_GAP = 4;

/**
 * « Marie écrit… » over each note someone else has open in their editor, with a frame of their
 * colour: the others see who writes and wait (opening it says so too). Never hit-tested. In an
 * anonymous workshop participants read « Quelqu’un écrit… »: a new note's writer is its author.
 */
export const EditingBadgesLayer = memo(function EditingBadgesLayer() {
  const board = useBoard();
  const { t } = useTranslation();
  const claims = useEditingClaims();
  const notes = useNotesById();
  const drags = useRemoteDrags();
  const { scale } = useStore(board.viewport);
  const { editingId } = useStore(board.selection);
  const sees = useSeesAuthors();
  const badges = [];
  for (const [noteId, { user }] of claims) {
    const note = notes.get(noteId);
    // my own editor covers the note (and settles a race by itself)
    if (!note || noteId === editingId) continue;
    const at = drags.get(noteId) ?? note;
    const pad = OUTLINE / scale;
    badges.push(
      <Group key={noteId} name="editing-badge" x={at.x} y={at.y}>
        <Rect x={-pad} y={-pad} width={note.width + 2 * pad} height={note.height + 2 * pad} stroke={user.color} strokeWidth={OUTLINE / scale} cornerRadius={6 / scale} />
        <Label y={-pad} scaleX={1 / scale} scaleY={1 / scale}>
          <Tag fill={user.color} cornerRadius={4} pointerDirection="down" pointerWidth={8} pointerHeight={BADGE_GAP} />
          <Text text={sees ? t('note.writing', { name: user.name }) : t('attention.someoneWriting')} fontFamily={NOTE_FONT_FAMILY} fontSize={BADGE_FONT} padding={4} fill="#fff" />
        </Label>
      </Group>,
    );
  }
  return <Layer listening={false}>{badges}</Layer>;
});
