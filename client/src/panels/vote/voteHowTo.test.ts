import { describe, expect, it } from 'vitest';
import fr from '../../i18n/fr.json';
import { voteHowTo, type VoteHowContext } from './voteHowTo';

const laptop: VoteHowContext = { phoneView: null, touch: false, pillsShown: true, allPlaced: false, byTap: false };

/** The French sentence a context gets, as the banner shows it. */
function said(context: Partial<VoteHowContext>): string | null {
  const how = voteHowTo({ ...laptop, ...context });
  if (!how) return null;
  const text = how.key.split('.').reduce<unknown>((tree, part) => (tree as Record<string, unknown>)[part], fr);
  expect(typeof text, how.key).toBe('string');
  return text as string;
}

describe('voteHowTo', () => {
  it('speaks of « + » only when the notes are big enough on screen to show them', () => {
    expect(said({})).toContain('«\u00a0+\u00a0»');
    const zoomedOut = said({ pillsShown: false })!;
    expect(zoomedOut).toMatch(/V/);
    expect(zoomedOut).toMatch(/zoomez/i);
    expect(said({ touch: true, pillsShown: false })).not.toMatch(/Touchez «\u00a0\+/);
  });

  it('once every dot is placed, says how to take one back rather than to add one', () => {
    for (const context of [{}, { pillsShown: false }, { touch: true }, { touch: true, pillsShown: false }, { phoneView: 'board' as const }]) {
      const text = said({ ...context, allPlaced: true })!;
      expect(text).not.toMatch(/«\u00a0\+\u00a0»/);
      expect(text).not.toBe(said(context));
    }
    expect(said({ pillsShown: false, allPlaced: true })).toMatch(/Maj\+V/);
  });

  it('sends a phone on « Tableau » or « Plan » to the « Notes » tab, and says nothing in that tab', () => {
    for (const phoneView of ['board', 'outline'] as const) {
      expect(voteHowTo({ ...laptop, touch: true, phoneView })?.toNotes).toBe(true);
      expect(said({ touch: true, phoneView })).toContain('«\u00a0Notes\u00a0»');
    }
    expect(voteHowTo({ ...laptop, touch: true, phoneView: 'notes' })).toBeNull();
  });

  it('in vote mode, says a click or tap on a note puts a dot, at any zoom and on a phone’s « Tableau »', () => {
    expect(said({ byTap: true })).toBe('Cliquez sur une note pour y mettre un point\u00a0; cliquez sur un de vos points pour le retirer');
    expect(said({ byTap: true, pillsShown: false })).toBe(said({ byTap: true }));
    expect(said({ byTap: true, touch: true, pillsShown: false })).toMatch(/^Touchez une note pour y mettre un point/);
    expect(voteHowTo({ ...laptop, byTap: true, touch: true, phoneView: 'board' })?.toNotes).toBe(false);
    expect(said({ byTap: true, touch: true, phoneView: 'board' })).toMatch(/^Touchez une note/);
    // the outline has no notes to touch, the notes list its own « + »
    expect(voteHowTo({ ...laptop, byTap: true, touch: true, phoneView: 'outline' })?.toNotes).toBe(true);
    expect(voteHowTo({ ...laptop, byTap: true, phoneView: 'notes' })).toBeNull();
    const full = said({ byTap: true, allPlaced: true })!;
    expect(full).toMatch(/retirer/);
    expect(full).not.toMatch(/mettre un point/);
    expect(said({ byTap: true, touch: true, allPlaced: true })).toMatch(/touchez un de vos points/);
  });
});
