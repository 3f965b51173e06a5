import { screenToBoard, type Point } from '@essaim/shared';
import { useEffect } from 'react';
import type { BoardServices } from '../state/BoardServices';
import { copySelection, cutSelection, pasteText } from '../state/clipboardCommands';
import { keyTargetOf } from './keyboardShortcuts';

/** The board point under the mouse if it is over the canvas, for a paste « at the pointer ». */
function pointerOnCanvas(board: BoardServices, client: Point | null): Point | undefined {
  if (!client) return undefined;
  const canvas = document.elementFromPoint(client.x, client.y)?.closest('.board-canvas');
  if (!canvas) return undefined;
  const r = canvas.getBoundingClientRect();
  return screenToBoard(board.viewport.get(), { x: client.x - r.left, y: client.y - r.top });
}

/**
 * Ctrl/Cmd+C, X and V through the browser's own clipboard events, which carry the system
 * clipboard without a permission prompt: copy writes the notes as plain text (one per line),
 * paste makes notes of what is there — this page's copy, or the lines of text from elsewhere.
 * Text fields and dialogs keep their own copy and paste.
 */
export function useClipboardEvents(board: BoardServices): void {
  useEffect(() => {
    let pointer: Point | null = null;
    const ours = (e: Event) => keyTargetOf(e.target) !== 'text' && !(e.target instanceof Element && e.target.closest('dialog, [popover]'));
    const onCopy = (e: ClipboardEvent) => {
      if (!ours(e) || board.selection.get().editingId !== null) return;
      const text = e.type === 'cut' ? cutSelection(board) : copySelection(board);
      if (text === null) return;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!ours(e) || board.selection.get().editingId !== null) return;
      e.preventDefault();
      pasteText(board, e.clipboardData?.getData('text/plain') ?? null, pointerOnCanvas(board, pointer));
    };
    const onMove = (e: PointerEvent) => {
      pointer = e.pointerType === 'mouse' ? { x: e.clientX, y: e.clientY } : null;
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('pointermove', onMove);
    };
  }, [board]);
}
