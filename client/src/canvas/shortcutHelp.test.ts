import { describe, expect, it } from 'vitest';
import { shortcutFor } from './keyboardShortcuts';
import { comboKeys, HELP_SECTIONS, SHORTCUT_HELP, type HelpRow } from './shortcutHelp';

const rows: readonly HelpRow[] = SHORTCUT_HELP;

describe('the shortcuts help table', () => {
  it('lists combos that do what the help says, with Ctrl and with Cmd', () => {
    for (const row of rows) {
      for (const combo of row.combos) {
        for (const mod of combo.mod ? (['ctrlKey', 'metaKey'] as const) : ([null] as const)) {
          const got = shortcutFor({
            key: combo.key,
            type: 'keydown',
            ctrlKey: mod === 'ctrlKey',
            metaKey: mod === 'metaKey',
            shiftKey: combo.shift === true,
            altKey: combo.alt === true,
            ...(/^[a-z]$/i.test(combo.key) ? { code: `Key${combo.key.toUpperCase()}` } : {}),
            target: 'other',
          });
          // copy, cut and paste are the browser's clipboard events: no shortcut may take the key first
          expect(got?.type ?? null, `${row.id} ${JSON.stringify(combo)}`).toBe(row.action ?? null);
        }
      }
    }
  });

  it('names every row once and puts it in a listed section', () => {
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) expect(HELP_SECTIONS).toContain(row.section);
  });

  it('shows keys the way each platform writes them', () => {
    const t = (key: string) => ({ 'shortcuts.keys.ctrl': 'Ctrl', 'shortcuts.keys.shift': 'Maj', 'shortcuts.keys.alt': 'Alt', 'shortcuts.keys.menu': 'Menu' })[key] ?? key;
    expect(comboKeys({ key: 'z', mod: true, shift: true }, false, t)).toEqual(['Ctrl', 'Maj', 'Z']);
    expect(comboKeys({ key: 'z', mod: true, shift: true }, true, t)).toEqual(['⌘', '⇧', 'Z']);
    expect(comboKeys({ key: 'ArrowDown', alt: true }, false, t)).toEqual(['Alt', '↓']);
    expect(comboKeys({ key: 'ContextMenu' }, false, t)).toEqual(['Menu']);
  });
});
