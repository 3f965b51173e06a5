import { topmostAt, type Rect } from '@essaim/shared';
import type Konva from 'konva';
import { memo, useCallback } from 'react';
import { Shape } from 'react-konva';
import { ROOM_BAND } from './noteStyle';
import type { NoteCommands } from './useNoteHandlers';
import { useDragHandoff } from './useDragHandoff';

/** A note far away: its card and, for a plenary copy, its room's band. */
export interface CompactCard extends Rect {
  id: string;
  fill: string;
  band?: string;
}

interface CompactNotesProps {
  cards: readonly CompactCard[];
  commands: NoteCommands;
}

type KonvaPointerEvent = Konva.KonvaEventObject<MouseEvent | TouchEvent>;

const shiftOf = (e: KonvaPointerEvent) => (e.evt as MouseEvent).shiftKey === true;

/**
 * Far away, where a note is a few pixels and shows no text, every note is drawn by this one
 * shape instead of a node tree each: a 5,000-note board mounts and draws in milliseconds.
 * The note under a press is found from the geometry; it then becomes selected, and so a node
 * of its own (`NotesLayer`), to which the drag is handed once the pointer moves.
 */
export const CompactNotes = memo(function CompactNotes({ cards, commands }: CompactNotesProps) {
  const handoff = useDragHandoff();
  const pick = useCallback((e: KonvaPointerEvent) => {
    const at = e.target.getRelativePointerPosition();
    return at ? topmostAt(cards, at) : undefined;
  }, [cards]);
  const onPress = useCallback(
    (e: KonvaPointerEvent) => {
      const card = pick(e);
      if (!card) return;
      commands.pressNote(card.id, shiftOf(e));
      handoff(card.id, e.target);
    },
    [pick, commands, handoff],
  );
  const onClick = useCallback((e: KonvaPointerEvent) => {
    const card = pick(e);
    if (card) commands.clickNote(card.id, shiftOf(e));
  }, [pick, commands]);
  const onEdit = useCallback((e: KonvaPointerEvent) => {
    const card = pick(e);
    if (card) commands.editNote(card.id);
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
    },
    [cards],
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
      onDblClick={onEdit}
      onDblTap={onEdit}
    />
  );
});
