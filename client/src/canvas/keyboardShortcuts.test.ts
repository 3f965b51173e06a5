import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInput } from './keyboardShortcuts';

const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  type: 'keydown',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: 'other',
  ...extra,
});

describe('shortcutFor', () => {
  it('leaves every key to a text field', () => {
    for (const key of ['n', 'Delete', 'Backspace', 'Escape', 'a', ' ', 'ArrowLeft', '0']) {
      expect(shortcutFor(press(key, { target: 'text', ctrlKey: key === 'a' }))).toBeNull();
    }
  });

  it('creates a note with N, in either case, but not on auto-repeat', () => {
    expect(shortcutFor(press('n'))).toEqual({ type: 'createNote' });
    expect(shortcutFor(press('N', { shiftKey: true }))).toEqual({ type: 'createNote' });
    expect(shortcutFor(press('n', { repeat: true }))).toBeNull();
    expect(shortcutFor(press('n', { ctrlKey: true }))).toBeNull();
  });

  it('creates a zone with Z and a heading with T, but not on auto-repeat, and leaves Ctrl+Z to undo', () => {
    expect(shortcutFor(press('z'))).toEqual({ type: 'createZone' });
    expect(shortcutFor(press('Z', { shiftKey: true }))).toEqual({ type: 'createZone' });
    expect(shortcutFor(press('t'))).toEqual({ type: 'createHeading' });
    expect(shortcutFor(press('t', { repeat: true }))).toBeNull();
    expect(shortcutFor(press('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(shortcutFor(press('t', { target: 'text' }))).toBeNull();
  });

  it('deletes with Delete and Backspace, selects all with Ctrl or Cmd+A', () => {
    expect(shortcutFor(press('Delete'))).toEqual({ type: 'deleteSelection' });
    expect(shortcutFor(press('Backspace', { target: 'button' }))).toEqual({ type: 'deleteSelection' });
    expect(shortcutFor(press('a', { ctrlKey: true }))).toEqual({ type: 'selectAll' });
    expect(shortcutFor(press('A', { metaKey: true, shiftKey: true }))).toEqual({ type: 'selectAll' });
    expect(shortcutFor(press('a'))).toBeNull();
  });

  it('moves by 10 px with the arrows and 50 px with Shift', () => {
    expect(shortcutFor(press('ArrowLeft'))).toEqual({ type: 'nudge', dx: -10, dy: 0 });
    expect(shortcutFor(press('ArrowDown', { shiftKey: true }))).toEqual({ type: 'nudge', dx: 0, dy: 50 });
  });

  it('lets a focused button handle Enter and Space itself', () => {
    expect(shortcutFor(press('Enter'))).toEqual({ type: 'editSelection' });
    expect(shortcutFor(press('Enter', { target: 'button' }))).toBeNull();
    expect(shortcutFor(press(' ', { target: 'button' }))).toBeNull();
  });

  it('reports Space down and up for panning, ignoring auto-repeat', () => {
    expect(shortcutFor(press(' '))).toEqual({ type: 'panKey', down: true });
    expect(shortcutFor(press(' ', { repeat: true }))).toBeNull();
    expect(shortcutFor(press(' ', { type: 'keyup' }))).toEqual({ type: 'panKey', down: false });
    expect(shortcutFor(press('n', { type: 'keyup' }))).toBeNull();
  });

  it('zooms with + and -, fits with 0, and leaves Ctrl+plus to the browser', () => {
    expect(shortcutFor(press('+'))).toEqual({ type: 'zoomIn' });
    expect(shortcutFor(press('-'))).toEqual({ type: 'zoomOut' });
    expect(shortcutFor(press('0'))).toEqual({ type: 'fit' });
    expect(shortcutFor(press('+', { ctrlKey: true }))).toBeNull();
  });

  it('clears the selection with Escape', () => {
    expect(shortcutFor(press('Escape', { target: 'button' }))).toEqual({ type: 'clearSelection' });
  });
});

describe('shortcutFor: context menu, problem tree, clipboard and « Disposer »', () => {
  it('opens the context menu with the menu key or Shift+F10, also from a notes list button', () => {
    expect(shortcutFor(press('ContextMenu'))).toEqual({ type: 'contextMenu' });
    expect(shortcutFor(press('ContextMenu', { target: 'button' }))).toEqual({ type: 'contextMenu' });
    expect(shortcutFor(press('F10', { shiftKey: true }))).toEqual({ type: 'contextMenu' });
    expect(shortcutFor(press('F10'))).toBeNull();
    expect(shortcutFor(press('ContextMenu', { target: 'text' }))).toBeNull();
  });

  it('adds a cause with Alt+↓, a consequence with Alt+↑, and lays the tree out with R', () => {
    expect(shortcutFor(press('ArrowDown', { altKey: true }))).toEqual({ type: 'addLinked', kind: 'cause' });
    expect(shortcutFor(press('ArrowUp', { altKey: true }))).toEqual({ type: 'addLinked', kind: 'consequence' });
    expect(shortcutFor(press('ArrowUp', { altKey: true, repeat: true }))).toBeNull();
    expect(shortcutFor(press('r'))).toEqual({ type: 'arrangeTree' });
    expect(shortcutFor(press('R', { shiftKey: true }))).toEqual({ type: 'arrangeTree' });
    expect(shortcutFor(press('r', { ctrlKey: true }))).toBeNull(); // the browser's reload
  });

  it('duplicates with Ctrl or Cmd+D and brings to front with Ctrl+Shift+↑, leaving copy and paste to the clipboard events', () => {
    expect(shortcutFor(press('d', { ctrlKey: true }))).toEqual({ type: 'duplicate' });
    expect(shortcutFor(press('d', { metaKey: true }))).toEqual({ type: 'duplicate' });
    expect(shortcutFor(press('ArrowUp', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'bringToFront' });
    for (const key of ['c', 'v', 'x']) expect(shortcutFor(press(key, { ctrlKey: true }))).toBeNull();
  });

  it('tidies into a grid with Shift+G and aligns with Alt+Shift+arrows, H and V, whatever Option types on a Mac', () => {
    expect(shortcutFor(press('G', { shiftKey: true }))).toEqual({ type: 'tidyGrid' });
    expect(shortcutFor(press('g'))).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true, shiftKey: true }))).toEqual({ type: 'align', edge: 'left' });
    expect(shortcutFor(press('ArrowRight', { altKey: true, shiftKey: true }))).toEqual({ type: 'align', edge: 'right' });
    expect(shortcutFor(press('ArrowUp', { altKey: true, shiftKey: true }))).toEqual({ type: 'align', edge: 'top' });
    expect(shortcutFor(press('ArrowDown', { altKey: true, shiftKey: true }))).toEqual({ type: 'align', edge: 'bottom' });
    expect(shortcutFor(press('H', { altKey: true, shiftKey: true, code: 'KeyH' }))).toEqual({ type: 'align', edge: 'centre' });
    expect(shortcutFor(press('◊', { altKey: true, shiftKey: true, code: 'KeyV' }))).toEqual({ type: 'align', edge: 'middle' });
    expect(shortcutFor(press('ArrowLeft', { altKey: true }))).toBeNull(); // the browser's back
  });

  it('brings Ctrl or Cmd+F to the canvas search, but not from a text field', () => {
    expect(shortcutFor(press('f', { ctrlKey: true }))).toEqual({ type: 'find' });
    expect(shortcutFor(press('F', { metaKey: true }))).toEqual({ type: 'find' });
    expect(shortcutFor(press('f', { ctrlKey: true, target: 'text' }))).toBeNull();
    expect(shortcutFor(press('f'))).toBeNull();
  });

  it('links two notes with L, groups with Ctrl or Cmd+G and dissolves with Shift added', () => {
    expect(shortcutFor(press('l'))).toEqual({ type: 'link' });
    expect(shortcutFor(press('L', { shiftKey: true }))).toEqual({ type: 'link' });
    expect(shortcutFor(press('l', { repeat: true }))).toBeNull();
    expect(shortcutFor(press('l', { target: 'text' }))).toBeNull();
    expect(shortcutFor(press('g', { ctrlKey: true }))).toEqual({ type: 'group' });
    expect(shortcutFor(press('g', { metaKey: true }))).toEqual({ type: 'group' });
    expect(shortcutFor(press('G', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'ungroup' });
    // Shift+G alone is « Disposer en grille », not a cluster
    expect(shortcutFor(press('G', { shiftKey: true }))).toEqual({ type: 'tidyGrid' });
  });
});
