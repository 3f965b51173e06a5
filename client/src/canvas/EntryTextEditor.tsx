import { FRAME_TITLE_MAX, LABEL_TEXT_MAX } from '@essaim/shared';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { renameZone } from '../state/frameCommands';
import { setLabelText } from '../state/labelCommands';
import { useStore } from '../state/useStore';
import type { TextEditTarget } from '../state/textEditing';
import { LABEL_LINE_HEIGHT } from './BoardLabel';
import { entryEditorPlacement } from './entryEditorPlacement';
import { HEADING_FONT_FAMILY, ZONE_TITLE_PADDING, zoneTitleSize } from './zoneStyle';

/**
 * The field of the zone title or heading in `board.textEditing`, laid over it: Enter or leaving
 * the field writes it, Escape leaves it as it was.
 */
export function EntryTextEditor() {
  const board = useBoard();
  const target = useStore(board.textEditing);
  const frames = useSyncExternalStore(board.frames.subscribe, board.frames.getSnapshot, board.frames.getSnapshot);
  const labels = useSyncExternalStore(board.labels.subscribe, board.labels.getSnapshot, board.labels.getSnapshot);
  const exists = target !== null && (target.kind === 'frames' ? frames : labels).some((e) => e.id === target.id);
  // deleted meanwhile (here or by someone else): nothing left to type in
  useEffect(() => {
    if (target && !exists) board.textEditing.set(null);
  }, [board, target, exists]);
  return target && exists ? <EntryTextField key={`${target.kind}:${target.id}`} target={target} /> : null;
}

function EntryTextField({ target }: { target: TextEditTarget }) {
  const { t } = useTranslation();
  const board = useBoard();
  const view = useStore(board.viewport);
  const area = useStore(board.stageSize);
  const zone = target.kind === 'frames' ? board.frames.get(target.id) : undefined;
  const label = target.kind === 'labels' ? board.labels.get(target.id) : undefined;
  const [text, setText] = useState(() => zone?.title ?? label?.text ?? '');
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const done = useRef(false);

  useEffect(() => {
    returnFocus.current = document.activeElement;
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);

  const close = (write: boolean) => {
    if (done.current) return;
    done.current = true;
    const value = input.current?.value ?? text;
    if (write && zone) renameZone(board, zone.id, value);
    if (write && label) setLabelText(board, label.id, value);
    board.textEditing.set(null);
    const previous = returnFocus.current;
    if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close(e.key === 'Enter');
  };

  let placed;
  if (zone) {
    const size = zoneTitleSize(zone, view.scale);
    const pad = size * ZONE_TITLE_PADDING;
    placed = entryEditorPlacement({ x: zone.x + pad, y: zone.y + pad, width: zone.width - 2 * pad }, size, view, area);
  } else if (label) {
    // about the width of the heading as drawn, bold letters being some 0.6 em wide
    placed = entryEditorPlacement({ x: label.x, y: label.y, width: label.text.length * label.fontSize * 0.6 }, label.fontSize, view, area);
  } else return null;

  return (
    <input
      ref={input}
      className="entry-text-editor"
      data-testid={zone ? 'zone-title-editor' : 'label-editor'}
      aria-label={zone ? t('zones.titleField') : t('labels.textField')}
      value={text}
      maxLength={zone ? FRAME_TITLE_MAX : LABEL_TEXT_MAX}
      enterKeyHint="done"
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => close(true)}
      style={{
        left: placed.left,
        top: placed.top,
        width: placed.width,
        fontSize: placed.fontPx,
        lineHeight: LABEL_LINE_HEIGHT,
        fontFamily: HEADING_FONT_FAMILY,
      }}
    />
  );
}
