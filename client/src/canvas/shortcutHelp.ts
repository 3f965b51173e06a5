import type { Shortcut } from './keyboardShortcuts';

/** One key combination as `shortcutFor` reads it (Mod: Ctrl, or Cmd on a Mac). */
export interface KeyCombo {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type HelpSection = 'notes' | 'clipboard' | 'tree' | 'arrange' | 'structure' | 'vote' | 'view' | 'history';

export interface HelpRow {
  /** `shortcuts.<id>` says what it does */
  id: string;
  section: HelpSection;
  combos: readonly KeyCombo[];
  /** what `shortcutFor` makes of each combo; absent: left to the browser's clipboard events (copy, cut, paste) */
  action?: Shortcut['type'];
}

const arrows = (extra: Omit<KeyCombo, 'key'> = {}): KeyCombo[] => ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'].map((key) => ({ key, ...extra }));

/**
 * Every board shortcut, in the order the « ? » help lists them: the help is drawn from this
 * table, and `shortcutHelp.test.ts` presses each combo through `shortcutFor`, so the two agree.
 */
export const SHORTCUT_HELP = [
  { id: 'newNote', section: 'notes', combos: [{ key: 'n' }], action: 'createNote' },
  { id: 'edit', section: 'notes', combos: [{ key: 'Enter' }], action: 'editSelection' },
  { id: 'delete', section: 'notes', combos: [{ key: 'Delete' }, { key: 'Backspace' }], action: 'deleteSelection' },
  { id: 'nudge', section: 'notes', combos: arrows(), action: 'nudge' },
  { id: 'nudgeLarge', section: 'notes', combos: arrows({ shift: true }), action: 'nudge' },
  { id: 'selectAll', section: 'notes', combos: [{ key: 'a', mod: true }], action: 'selectAll' },
  { id: 'clearSelection', section: 'notes', combos: [{ key: 'Escape' }], action: 'clearSelection' },
  { id: 'find', section: 'notes', combos: [{ key: 'f', mod: true }], action: 'find' },
  { id: 'link', section: 'notes', combos: [{ key: 'l' }], action: 'link' },
  { id: 'contextMenu', section: 'notes', combos: [{ key: 'ContextMenu' }, { key: 'F10', shift: true }], action: 'contextMenu' },
  { id: 'copy', section: 'clipboard', combos: [{ key: 'c', mod: true }] },
  { id: 'cut', section: 'clipboard', combos: [{ key: 'x', mod: true }] },
  { id: 'paste', section: 'clipboard', combos: [{ key: 'v', mod: true }] },
  { id: 'duplicate', section: 'clipboard', combos: [{ key: 'd', mod: true }], action: 'duplicate' },
  { id: 'addCause', section: 'tree', combos: [{ key: 'ArrowDown', alt: true }], action: 'addLinked' },
  { id: 'addConsequence', section: 'tree', combos: [{ key: 'ArrowUp', alt: true }], action: 'addLinked' },
  { id: 'arrangeTree', section: 'tree', combos: [{ key: 'r' }], action: 'arrangeTree' },
  { id: 'tidyGrid', section: 'arrange', combos: [{ key: 'G', shift: true }], action: 'tidyGrid' },
  { id: 'alignLeft', section: 'arrange', combos: [{ key: 'ArrowLeft', alt: true, shift: true }], action: 'align' },
  { id: 'alignCentre', section: 'arrange', combos: [{ key: 'H', alt: true, shift: true }], action: 'align' },
  { id: 'alignRight', section: 'arrange', combos: [{ key: 'ArrowRight', alt: true, shift: true }], action: 'align' },
  { id: 'alignTop', section: 'arrange', combos: [{ key: 'ArrowUp', alt: true, shift: true }], action: 'align' },
  { id: 'alignMiddle', section: 'arrange', combos: [{ key: 'V', alt: true, shift: true }], action: 'align' },
  { id: 'alignBottom', section: 'arrange', combos: [{ key: 'ArrowDown', alt: true, shift: true }], action: 'align' },
  { id: 'group', section: 'arrange', combos: [{ key: 'g', mod: true }], action: 'group' },
  { id: 'ungroup', section: 'arrange', combos: [{ key: 'g', mod: true, shift: true }], action: 'ungroup' },
  { id: 'bringToFront', section: 'arrange', combos: [{ key: 'ArrowUp', mod: true, shift: true }], action: 'bringToFront' },
  { id: 'createZone', section: 'structure', combos: [{ key: 'z' }], action: 'createZone' },
  { id: 'createHeading', section: 'structure', combos: [{ key: 't' }], action: 'createHeading' },
  { id: 'addDot', section: 'vote', combos: [{ key: 'v' }], action: 'addDot' },
  { id: 'removeDot', section: 'vote', combos: [{ key: 'V', shift: true }], action: 'removeDot' },
  { id: 'zoomIn', section: 'view', combos: [{ key: '+' }], action: 'zoomIn' },
  { id: 'zoomOut', section: 'view', combos: [{ key: '-' }], action: 'zoomOut' },
  { id: 'fit', section: 'view', combos: [{ key: '0' }], action: 'fit' },
  { id: 'help', section: 'view', combos: [{ key: '?' }], action: 'help' },
  { id: 'pan', section: 'view', combos: [{ key: ' ' }], action: 'panKey' },
  { id: 'undo', section: 'history', combos: [{ key: 'z', mod: true }], action: 'undo' },
  { id: 'redo', section: 'history', combos: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }], action: 'redo' },
] as const satisfies readonly HelpRow[];

export const HELP_SECTIONS: readonly HelpSection[] = ['notes', 'clipboard', 'tree', 'arrange', 'structure', 'vote', 'view', 'history'];

type Listed = NonNullable<(typeof SHORTCUT_HELP)[number] extends infer R ? (R extends { action: infer A } ? A : never) : never>;
/** A compile error here names a shortcut of `keyboardShortcuts.ts` that the help does not list yet. */
export const EVERY_SHORTCUT_LISTED: Record<Shortcut['type'], true> = {} as Record<Listed, true>;

/** Names of keys that are words, as `shortcuts.keys.<name>` (the others are shown as they are). */
const NAMED: Record<string, string> = {
  ' ': 'space',
  Enter: 'enter',
  Escape: 'escape',
  Delete: 'delete',
  Backspace: 'backspace',
  ContextMenu: 'menu',
};
const SYMBOLS: Record<string, string> = { ArrowLeft: '←', ArrowUp: '↑', ArrowRight: '→', ArrowDown: '↓', '-': '−' };

/** The keys of a combo as shown, e.g. ['Ctrl', 'Maj', 'Z'] or, on a Mac, ['⌘', '⇧', 'Z']. */
export function comboKeys(combo: KeyCombo, mac: boolean, t: (key: string) => string): string[] {
  const keys: string[] = [];
  if (combo.mod) keys.push(mac ? '⌘' : t('shortcuts.keys.ctrl'));
  if (combo.alt) keys.push(mac ? '⌥' : t('shortcuts.keys.alt'));
  if (combo.shift) keys.push(mac ? '⇧' : t('shortcuts.keys.shift'));
  const named = NAMED[combo.key];
  keys.push(named ? t(`shortcuts.keys.${named}`) : (SYMBOLS[combo.key] ?? combo.key.toUpperCase()));
  return keys;
}

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
