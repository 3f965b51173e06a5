import { topmostAt, type Rect } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useCallback } from 'react';
import { Shape } from 'react-konva';
import { firstLines } from './firstLines';
import { LABEL_FONT_PX, LABEL_LINE_HEIGHT, LABEL_MIN_CARD_PX, LABEL_PADDING_PX, NOTE_FONT_FAMILY, NOTE_TEXT_COLOR, ROOM_BAND } from './noteStyle';
import type { NoteCommands } from './useNoteHandlers';
import { useDoubleClickHandoff } from './useDoubleClickHandoff';
import { useDragHandoff } from './useDragHandoff';

/** A note far away: its card and, for a plenary copy, its room's band. */
export interface CompactCard extends Rect {
  id: string;
  fill: string;
  band?: string;
  /** the note's text, whose first words are drawn when the card is large enough on screen */
  text: string;
}

interface CompactNotesProps {
  cards: readonly CompactCard[];
  commands: NoteCommands;
  /** the zoom the cards are drawn for: labels keep one on-screen size whatever it is */
  scale: number;
}


type KonvaPointerEvent = Konva.KonvaEventObject<MouseEvent | TouchEvent>;

const shiftOf = (e: KonvaPointerEvent) => (e.evt as MouseEvent).shiftKey === true;

/**
 * Far away, where a note's own text would be too small to read, every note is drawn by this one
 * shape instead of a node tree each: a 5,000-note board mounts and draws in milliseconds.
 * A card large enough on screen shows its first words at a readable size (`LABEL_FONT_PX`), so
 * a room fitted to a phone is still a wall of recognisable notes, not blank squares.
 * The note under a press is found from the geometry; it then becomes selected, and so a node
 * of its own (`NotesLayer`), to which the drag is handed once the pointer moves. The second
 * click of a double-click lands on that node: the double-click is counted across the two
 * (`useDoubleClickHandoff`), as Konva pairs clicks on one shape only.
 */
export const CompactNotes = memo(function CompactNotes({ cards, commands, scale }: CompactNotesProps) {
  const handoff = useDragHandoff();
  const doubleClick = useDoubleClickHandoff();
  const pick = useCallback((e: KonvaPointerEvent) => {
    const at = e.target.getRelativePointerPosition();
    return at ? topmostAt(cards, at) : undefined;
  }, [cards]);
  const onPress = useCallback(
    (e: KonvaPointerEvent) => {
      const card = pick(e);
      if (!card || commands.votes.press(card.id, e.evt)) return;
      commands.pressNote(card.id, shiftOf(e));
      handoff(card.id, e.target);
      doubleClick(e.target, e.evt.type, () => commands.editNote(card.id));
    },
    [pick, commands, handoff, doubleClick],
  );
  const onClick = useCallback((e: KonvaPointerEvent) => {
    const card = pick(e);
    if (card && !commands.votes.click(card.id, e.evt)) commands.clickNote(card.id, shiftOf(e));
  }, [pick, commands]);
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      for (const card of cards) {
        context.setAttr('fillStyle', card.fill);
        context.fillRect(card.x, card.y, card.width, card.height);
        if (!card.band) continue;
        context.setAttr('fillStyle', card.band);
        context.fillRect(card.x, card.y, card.width, Math.min(ROOM_BAND, card.height));
      }
      if (scale > 0) drawLabels(context, cards, scale);
    },
    [cards, scale],
  );
  const hitFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      context.beginPath();
      for (const card of cards) context.rect(card.x, card.y, card.width, card.height);
      context.fillShape(shape);
    },
    [cards],
  );
  return (
    <Shape
      name="compact-notes"
      sceneFunc={sceneFunc}
      hitFunc={hitFunc}
      // only the hit graph reads it: the scene draws each card in its own colour
      fill="#000"
      perfectDrawEnabled={false}
      onMouseDown={onPress}
      onTouchStart={onPress}
      onClick={onClick}
      onTap={onClick}
      // no dblclick here: a pressed card is a node of its own by the second click (see above)
    />
  );
});

/** The first words of each card big enough on screen, at `LABEL_FONT_PX` on screen. */
function drawLabels(context: Konva.Context, cards: readonly CompactCard[], scale: number): void {
  if (cards.length === 0) return;
  const font = LABEL_FONT_PX / scale;
  const padding = LABEL_PADDING_PX / scale;
  const line = font * LABEL_LINE_HEIGHT;
  context.setAttr('font', `${font}px ${NOTE_FONT_FAMILY}`);
  context.setAttr('textBaseline', 'top');
  context.setAttr('fillStyle', NOTE_TEXT_COLOR);
  const measure = (s: string) => context.measureText(s).width;
  for (const card of cards) {
    if (!card.text || card.width * scale < LABEL_MIN_CARD_PX) continue;
    const band = card.band ? ROOM_BAND : 0;
    const top = card.y + padding + band;
    const key = `${font}|${card.width}|${card.height - band}|${card.text}`;
    let lines = wrapped.get(key);
    if (!lines) {
      if (wrapped.size >= WRAPPED_MAX) wrapped.clear();
      lines = firstLines(card.text, card.width - 2 * padding, Math.floor((card.y + card.height - padding - top) / line), measure);
      wrapped.set(key, lines);
    }
    lines.forEach((text, i) => context.fillText(text, card.x + padding, top + i * line));
  }
}

/**
 * Lines already wrapped, by font size, card size and text: the bitmap is redrawn whenever a note
 * changes, and measuring every word of every card again each time would be most of that redraw.
 */
const wrapped = new Map<string, string[]>();
const WRAPPED_MAX = 20_000;
