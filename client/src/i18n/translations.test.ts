import { CLOSE_CODES, ERROR_CODES, NOTE_COLORS } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const frKeys = flatten(fr as Tree);
const enKeys = flatten(en as Tree);

describe('translations', () => {
  it('has the same keys in French and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...frKeys.keys()].sort());
  });

  it('translates every API error code, sync close code and note colour', () => {
    const needed = [
      ...Object.keys(ERROR_CODES).map((code) => `errors.${code}`),
      'errors.generic',
      'errors.network',
      ...Object.keys(CLOSE_CODES)
        .filter((name) => name !== 'GoingAway')
        .map((name) => `sync.closed.${name}`),
      ...NOTE_COLORS.map((c) => `colors.${c}`),
    ];
    for (const key of needed) expect(frKeys.has(key), key).toBe(true);
  });

  it('follows French typography: non-breaking space before « : ; ! ? », inside guillemets, real ellipsis', () => {
    for (const [key, text] of frKeys) {
      expect(text, key).not.toMatch(/ [:;!?]/);
      expect(text, key).not.toMatch(/\S[;!?]/);
      expect(text, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(text, key).not.toMatch(/\.\.\./);
    }
  });

  it('writes the French apostrophe ’ everywhere, never a straight one (interpolated names aside)', () => {
    for (const [key, text] of frKeys) expect(text.replace(/\{\{[^}]*\}\}/g, ''), key).not.toContain("'");
  });

  it('uses the exact wording of the connection badge', () => {
    expect(frKeys.get('connection.connected')).toBe('Connecté');
    expect(frKeys.get('connection.connecting')).toBe('Reconnexion…');
    expect(frKeys.get('connection.offline')).toBe('Hors ligne');
  });
});
