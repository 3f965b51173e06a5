import { DEFAULT_BOARD_POLICY, type Actor } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { refusalMessage } from './refusalMessage';

const participant: Actor = { participantId: 'p1', role: 'participant' };
const locked = { ...DEFAULT_BOARD_POLICY, locked: true };

/** The French sentence a participant reads. */
function french({ key, values }: { key: string; values?: Record<string, string> }): string {
  const text = key.split('.').reduce<unknown>((tree, part) => (tree as Record<string, unknown>)[part], fr);
  expect(typeof text, key).toBe('string');
  expect(key.split('.').reduce<unknown>((tree, part) => (tree as Record<string, unknown>)[part], en), key).toBeTypeOf('string');
  return (text as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values?.[name] ?? `{{${name}}}`);
}

describe('refusal messages', () => {
  it('say the board is locked, and by whom when known, rather than « only your own notes »', () => {
    expect(french(refusalMessage(participant, { ...locked, lockedBy: 'Claire' }, 'edit'))).toBe(
      'Claire a verrouillé le tableau\u00a0: plus de modifications pour l’instant.',
    );
    expect(french(refusalMessage(participant, locked, 'recolour'))).toContain('verrouillé');
    expect(french(refusalMessage(participant, locked, 'remove'))).not.toContain('propres notes');
  });

  it('say a note lies in a locked zone, unless the whole board is locked', () => {
    expect(french(refusalMessage(participant, DEFAULT_BOARD_POLICY, 'edit', true))).toBe('Cette zone est verrouillée par l’animation\u00a0: ses notes ne changent plus.');
    expect(french(refusalMessage(participant, { ...locked, lockedBy: 'Claire' }, 'edit', true))).toContain('Claire a verrouillé le tableau');
  });

  it('say whose notes may be changed on an open board', () => {
    expect(french(refusalMessage(participant, DEFAULT_BOARD_POLICY, 'edit'))).toBe('Vous ne pouvez modifier et supprimer que vos propres notes.');
    expect(french(refusalMessage(participant, DEFAULT_BOARD_POLICY, 'recolour'))).toBe('Vous ne pouvez changer la couleur que de vos propres notes.');
  });

  it('tell an observer the board is read-only', () => {
    expect(french(refusalMessage({ participantId: 'o1', role: 'observer' }, DEFAULT_BOARD_POLICY, 'edit'))).toContain('lecture seule');
  });
});
