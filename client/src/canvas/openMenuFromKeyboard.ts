import type { Point } from '@essaim/shared';
import type { BoardServices } from '../state/BoardServices';
import { openContextMenu, type MenuTarget } from '../state/contextMenu';
import { OTHER_KINDS } from '../state/selection';

const KIND_OF = { frames: 'frame', links: 'link', labels: 'label' } as const;

/** The menu key or Shift+F10: the context menu of the selection (or of the board), by the focused element or the entry on screen. */
export function openMenuFromKeyboard(board: BoardServices): boolean {
  const { ids, others } = board.selection.get();
  const [note] = ids;
  let target: MenuTarget = { kind: 'board' };
  if (note !== undefined) target = { kind: 'note', id: note };
  else {
    const kind = OTHER_KINDS.find((k) => others[k].size > 0);
    const [id] = kind ? others[kind] : [];
    if (kind && id !== undefined) target = { kind: KIND_OF[kind], id };
  }
  openContextMenu(board, { target, at: anchor(board, note) });
  return true;
}

/** Beside the focused element (a notes list button), else over the note on the canvas, else the centre of the canvas. */
function anchor(board: BoardServices, noteId: string | undefined): Point {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body) {
    const r = focused.getBoundingClientRect();
    if (r.width > 1 && r.height > 1) return { x: r.left + 8, y: r.bottom };
  }
  const canvas = document.querySelector('.board-canvas')?.getBoundingClientRect();
  const origin = canvas ? { x: canvas.left, y: canvas.top } : { x: 0, y: 0 };
  const size = board.stageSize.get();
  const note = noteId !== undefined ? board.notes.get(noteId) : undefined;
  const v = board.viewport.get();
  const p = note ? { x: (note.x + note.width / 2) * v.scale + v.x, y: (note.y + note.height / 2) * v.scale + v.y } : { x: size.width / 2, y: size.height / 2 };
  return { x: origin.x + p.x, y: origin.y + p.y };
}
