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
