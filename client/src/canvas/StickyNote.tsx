import { NOTE_COLOR_FILLS, type Category, type Note } from '@essaim/shared';
import type Konva from 'konva';
import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import { CategoryBadge, categoryBadgeLayout, BADGE_HEIGHT } from './CategoryBadge';
import type { NoteDetail } from './cullView';
import { fitNoteText } from './fitNoteText';
import { noteTextBox } from './noteTextBox';
import {
  AUTHOR_FONT_SIZE,
  AUTHOR_LINE,
  LABEL_FONT_PX,
  LABEL_LINE_HEIGHT,
  LABEL_MIN_CARD_PX,
  LABEL_PADDING_PX,
  NOTE_FONT_FAMILY,
  NOTE_LINE_HEIGHT,
  NOTE_PADDING,
  NOTE_TEXT_COLOR,
  noteTextTop,
  ROOM_BAND,
  ROOM_BAND_FONT_SIZE,
  SELECTED_STROKE,
} from './noteStyle';

/** Under this width the author's name is not drawn beside a badge: a letter and « … » say nothing. */
const MIN_AUTHOR_WIDTH = 28;
/** The narrowest a badge is made when the note has room for it: a first letter and « … » fit. */
const MIN_BADGE = 56;

/** The width a category badge may take on the bottom line: most of it beside an author, all of it on a small note or without one. */
function badgeRoom(inner: number, withAuthor: boolean): number {
  return withAuthor ? Math.max(inner * 0.6, Math.min(inner, MIN_BADGE)) : inner;
}

type KonvaHandler<E extends Event = Event> = (event: Konva.KonvaEventObject<E>) => void;

export interface NoteHandlers {
  onPress: KonvaHandler<MouseEvent | TouchEvent>;
  onClick: KonvaHandler<MouseEvent | TouchEvent>;
  onEdit: KonvaHandler<MouseEvent | TouchEvent>;
  onDragStart: KonvaHandler<DragEvent>;
  onDragMove: KonvaHandler<DragEvent>;
  onDragEnd: KonvaHandler<DragEvent>;
}

interface StickyNoteProps {
  note: Note;
  x: number;
  y: number;
  detail: NoteDetail;
  selected: boolean;
  /** text hidden while the HTML editor shows it */
  editing: boolean;
  author: string;
  draggable: boolean;
  handlers: NoteHandlers;
  /** far away (compact detail): the zoom, so the first words show at `LABEL_FONT_PX` on screen as on the other cards */
  labelScale?: number;
  /** the board's category the note carries, shown as a badge */
  category?: Category;
}

/**
 * One note: the `Group` carries the note id, which the drag and resize handlers read back.
 * Memoised: its props are primitives and the note object, which keeps its identity until that
 * note changes (`NotesStore`), so a change elsewhere on the board does not re-render it.
 */
export const StickyNote = memo(function StickyNote({ note, x, y, detail, selected, editing, author, draggable, handlers, labelScale = 0, category }: StickyNoteProps) {
  const { fill, stroke } = NOTE_COLOR_FILLS[note.color];
  const full = detail === 'full';
  const labelled = !full && !editing && note.text !== '' && note.width * labelScale >= LABEL_MIN_CARD_PX;
  const inner = note.width - NOTE_PADDING * 2;
  const textTop = noteTextTop(note);
  // near, the text shrinks to fit, then the note is drawn taller: never cut (its stored height grows as it is written)
  const fit = full ? fitNoteText(noteTextBox(note)) : null;
  const height = fit?.height ?? note.height;
  const badge = full && category ? categoryBadgeLayout(category.name, badgeRoom(inner, author !== '')) : null;
  // the author's name shares the bottom line with the badge; on a note too small for both, the badge stays
  const authorWidth = badge ? inner - badge.width - 4 : inner;
  return (
    <Group
      id={note.id}
      name="note"
      x={x}
      y={y}
      draggable={draggable}
      onMouseDown={handlers.onPress}
      onTouchStart={handlers.onPress}
      onClick={handlers.onClick}
      onTap={handlers.onClick}
      onDblClick={handlers.onEdit}
      onDblTap={handlers.onEdit}
      onDragStart={handlers.onDragStart}
      onDragMove={handlers.onDragMove}
      onDragEnd={handlers.onDragEnd}
    >
      <Rect
        width={note.width}
        height={height}
        fill={fill}
        stroke={selected ? SELECTED_STROKE : stroke}
        strokeWidth={selected ? 3 : 1}
        // far away the card is a few pixels: no text, no rounded corners, no shadow (the costliest part)
        strokeEnabled={full || selected}
        cornerRadius={full ? 4 : 0}
        shadowEnabled={full}
        shadowColor="#000"
        shadowBlur={8}
        shadowOffsetY={2}
        shadowOpacity={0.18}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      {note.room && (
        // the room a plenary copy came from: its colour and name across the top
        <Group listening={false}>
          <Rect width={note.width} height={ROOM_BAND} fill={note.room.color} cornerRadius={full ? [4, 4, 0, 0] : 0} perfectDrawEnabled={false} />
          {full && (
            <Text
              x={NOTE_PADDING / 2}
              width={note.width - NOTE_PADDING}
              height={ROOM_BAND}
              verticalAlign="middle"
              text={note.room.name}
              fontFamily={NOTE_FONT_FAMILY}
              fontSize={ROOM_BAND_FONT_SIZE}
              fontStyle="bold"
              fill="#ffffff"
              wrap="none"
              ellipsis
              perfectDrawEnabled={false}
            />
          )}
        </Group>
      )}
      {fit && !editing && (
        // no height and no ellipsis: every line is drawn, `fit` made room for them
        <Text
          x={NOTE_PADDING}
          y={textTop}
          width={inner}
          text={note.text}
          fontFamily={NOTE_FONT_FAMILY}
          fontSize={fit.fontSize}
          lineHeight={NOTE_LINE_HEIGHT}
          fill={NOTE_TEXT_COLOR}
          wrap="word"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {labelled && (
        <Text
          x={LABEL_PADDING_PX / labelScale}
          y={LABEL_PADDING_PX / labelScale + (note.room ? ROOM_BAND : 0)}
          width={note.width - (2 * LABEL_PADDING_PX) / labelScale}
          height={Math.max(0, note.height - (2 * LABEL_PADDING_PX) / labelScale - (note.room ? ROOM_BAND : 0))}
          text={note.text}
          fontFamily={NOTE_FONT_FAMILY}
          fontSize={LABEL_FONT_PX / labelScale}
          lineHeight={LABEL_LINE_HEIGHT}
          fill={NOTE_TEXT_COLOR}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {full && author && authorWidth >= MIN_AUTHOR_WIDTH && (
        <Text
          x={NOTE_PADDING}
          y={height - AUTHOR_LINE - 2}
          width={authorWidth}
          height={AUTHOR_LINE}
          verticalAlign="middle"
          text={author}
          fontFamily={NOTE_FONT_FAMILY}
          fontSize={AUTHOR_FONT_SIZE}
          fill="#4b5563"
          wrap="none"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {badge && category && <CategoryBadge category={category} right={note.width - NOTE_PADDING} y={height - AUTHOR_LINE - 2 + (AUTHOR_LINE - BADGE_HEIGHT) / 2} layout={badge} />}
    </Group>
  );
});
