import type { AlignEdge } from '@essaim/shared';

/** What a key press on the board means; pure, so the whole table is unit-tested. */
export type Shortcut =
  | { type: 'createNote' }
  | { type: 'deleteSelection' }
  | { type: 'selectAll' }
  | { type: 'clearSelection' }
  | { type: 'editSelection' }
  | { type: 'nudge'; dx: number; dy: number }
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'fit' }
  | { type: 'panKey'; down: boolean }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'createZone' }
  | { type: 'createHeading' }
  | { type: 'find' }
  | { type: 'help' }
  | { type: 'duplicate' }
  | { type: 'contextMenu' }
  | { type: 'arrangeTree' }
  | { type: 'addLinked'; kind: 'cause' | 'consequence' }
  | { type: 'tidyGrid' }
  | { type: 'align'; edge: AlignEdge }
  | { type: 'bringToFront' }
  | { type: 'link' }
  | { type: 'group' }
  | { type: 'ungroup' }
  | { type: 'addDot' }
  | { type: 'removeDot' };

/** Where the key was typed: text fields keep every key; buttons keep Enter and Space. */
export type KeyTarget = 'text' | 'button' | 'other';

export interface KeyInput {
  key: string;
  type: 'keydown' | 'keyup';
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** the physical key (`KeyH`): Option+letter on a Mac types another character */
  code?: string;
  repeat?: boolean;
  target: KeyTarget;
}

export const NUDGE = 10;
export const NUDGE_LARGE = 50;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function shortcutFor(input: KeyInput): Shortcut | null {
  if (input.target === 'text') return null;
  const command = input.ctrlKey || input.metaKey;
  if (input.key === ' ') {
    if (input.target === 'button' || command || input.altKey) return null;
    return input.repeat ? null : { type: 'panKey', down: input.type === 'keydown' };
  }
  if (input.type !== 'keydown') return null;
  // the menu key, or Shift+F10, opens the context menu of the selection (a notes list button too)
  if (input.key === 'ContextMenu' || (input.key === 'F10' && input.shiftKey && !command && !input.altKey)) return { type: 'contextMenu' };
  if (command) {
    if (input.altKey) return null;
    const key = input.key.toLowerCase();
    if (key === 'a') return { type: 'selectAll' };
    if (key === 'z') return input.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'f' && !input.shiftKey) return { type: 'find' };
    if (key === 'd' && !input.shiftKey) return { type: 'duplicate' };
    if (key === 'g') return input.repeat ? null : input.shiftKey ? { type: 'ungroup' } : { type: 'group' };
    if (input.key === 'ArrowUp' && input.shiftKey) return { type: 'bringToFront' };
    return null;
  }
  if (input.altKey) return altShortcut(input);
  const arrow = ARROWS[input.key];
  if (arrow) {
    const step = input.shiftKey ? NUDGE_LARGE : NUDGE;
    return { type: 'nudge', dx: arrow[0] * step, dy: arrow[1] * step };
  }
  switch (input.key) {
    case '?':
      return input.repeat ? null : { type: 'help' };
    case 'Escape':
      return { type: 'clearSelection' };
    case 'Delete':
    case 'Backspace':
      return { type: 'deleteSelection' };
    case 'Enter':
      return input.target === 'button' ? null : { type: 'editSelection' };
    case 'n':
    case 'N':
      return input.repeat ? null : { type: 'createNote' };
    case 'z':
    case 'Z':
      return input.repeat ? null : { type: 'createZone' };
    case 't':
    case 'T':
      return input.repeat ? null : { type: 'createHeading' };
    case 'r':
    case 'R':
      return input.repeat ? null : { type: 'arrangeTree' };
    case 'l':
    case 'L':
      return input.repeat ? null : { type: 'link' };
    case 'G':
      return input.shiftKey && !input.repeat ? { type: 'tidyGrid' } : null;
    // « voter »: a dot on the selected note during a vote, Shift takes one back (+ and − zoom)
    case 'v':
    case 'V':
      return input.repeat ? null : input.shiftKey ? { type: 'removeDot' } : { type: 'addDot' };
    case '+':
    case '=':
      return { type: 'zoomIn' };
    case '-':
    case '_':
      return { type: 'zoomOut' };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}

const ALIGN_ARROWS: Record<string, AlignEdge> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'top', ArrowDown: 'bottom' };
const ALIGN_LETTERS: Record<string, AlignEdge> = { h: 'centre', v: 'middle' };

/** Alt+↓ / Alt+↑: add a cause / a consequence; Alt+Shift+arrows, H, V: align. */
function altShortcut(input: KeyInput): Shortcut | null {
  if (input.shiftKey) {
    const letter = /^Key[A-Z]$/.test(input.code ?? '') ? input.code!.slice(3).toLowerCase() : input.key.toLowerCase();
    const edge = ALIGN_ARROWS[input.key] ?? ALIGN_LETTERS[letter];
    return edge ? { type: 'align', edge } : null;
  }
  if (input.repeat) return null;
  if (input.key === 'ArrowDown') return { type: 'addLinked', kind: 'cause' };
  if (input.key === 'ArrowUp') return { type: 'addLinked', kind: 'consequence' };
  return null;
}

/** Classifies the focused element for `shortcutFor`. */
export function keyTargetOf(element: EventTarget | null): KeyTarget {
  if (!(element instanceof HTMLElement)) return 'other';
  if (element.isContentEditable) return 'text';
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return 'text';
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return type === 'button' || type === 'submit' || type === 'checkbox' || type === 'radio' ? 'button' : 'text';
  }
  if (tag === 'BUTTON' || tag === 'A' || element.getAttribute('role') === 'button') return 'button';
  return 'other';
}
