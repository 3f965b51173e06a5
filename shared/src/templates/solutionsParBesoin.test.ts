import { describe, expect, it } from 'vitest';
import { rectsIntersect } from '../geometry/Rect.js';
import { FRAME_TITLE_MAX } from '../schema/Frame.js';
import { INSPIRING_ZONE_TITLE, needTitle, solutionsParBesoin, solutionsParBesoinContent } from './solutionsParBesoin.js';

/** Column titles left to right, each with the zone under it. */
function columns(needs: readonly string[]) {
  const { frames } = solutionsParBesoinContent(needs);
  const tops = frames.filter((f) => !f.title.startsWith(INSPIRING_ZONE_TITLE)).sort((a, b) => a.x - b.x);
  return tops.map((column) => ({ column, under: frames.filter((f) => f.title.startsWith(INSPIRING_ZONE_TITLE) && f.x === column.x) }));
}

describe('solutionsParBesoinContent', () => {
  it('with no needs, is the template’s three columns to rename by hand', () => {
    expect(columns([]).map((c) => c.column.title)).toEqual(['Besoin prioritaire 1', 'Besoin prioritaire 2', 'Besoin prioritaire 3']);
    expect(solutionsParBesoin.content.labels.find((l) => l.text.startsWith('Renommez'))).toBeDefined();
  });

  it.each([
    [['Mobilité en zone rurale']],
    [['Logement des saisonniers', 'Garde d’enfants', 'Transport à la demande']],
    [['Un', 'Deux', 'Trois', 'Quatre', 'Cinq']],
  ])('titles one column per need, in order, each with « 3 solutions inspirantes » under it: %j', (needs) => {
    const cols = columns(needs);
    expect(cols.map((c) => c.column.title)).toEqual(needs);
    for (const { column, under } of cols) {
      expect(under).toHaveLength(1);
      // named after its need: on a phone's « Plan » the zones would otherwise read alike
      expect(under[0]!.title).toBe(`${INSPIRING_ZONE_TITLE} — ${column.title}`);
      expect(under[0]!.y).toBeGreaterThan(column.y + column.height);
    }
    const { frames, labels } = solutionsParBesoinContent(needs);
    for (const a of frames) for (const b of frames) if (a !== b) expect(rectsIntersect(a, b), `${a.id} ${b.id}`).toBe(false);
    // no « rename the columns » any more: they are named
    expect(labels.some((l) => l.text.startsWith('Renommez'))).toBe(false);
    expect(new Set(frames.map((f) => f.id)).size).toBe(frames.length);
  });
});

describe('needTitle', () => {
  it('keeps a need that fits on one line, its spaces folded', () => {
    expect(needTitle('  Accès aux\nsoins   de proximité ')).toBe('Accès aux soins de proximité');
    const exact = 'x'.repeat(FRAME_TITLE_MAX);
    expect(needTitle(exact)).toBe(exact);
  });

  it('cuts a long need after a whole word, ending with « … », within the zone title limit', () => {
    const need = 'Permettre aux personnes âgées isolées des hameaux de rester chez elles, avec des services à domicile, du transport adapté et des visites régulières de bénévoles formés';
    const title = needTitle(need);
    expect(title.length).toBeLessThanOrEqual(FRAME_TITLE_MAX);
    expect(title.endsWith('…')).toBe(true);
    const kept = title.slice(0, -1);
    expect(need.startsWith(kept)).toBe(true);
    // the cut falls between two words, with no dangling comma or space
    expect(need[kept.length]).toMatch(/[\s,]/);
    expect(kept).not.toMatch(/[\s,]$/);
  });

  it('names the zone under a long need’s column within the zone title limit too', () => {
    const need = 'Accès aux soins de premier recours pour les personnes âgées isolées dans les hameaux éloignés du bourg-centre';
    const [{ column, under }] = columns([need]) as [ReturnType<typeof columns>[number]];
    expect(column.title).toBe(need);
    expect(under[0]!.title.length).toBeLessThanOrEqual(FRAME_TITLE_MAX);
    expect(under[0]!.title).toMatch(/^3 solutions inspirantes — Accès aux soins .*…$/);
  });

  it('cuts a need with no space at the limit, never in the middle of an emoji', () => {
    expect(needTitle('a'.repeat(300))).toBe(`${'a'.repeat(FRAME_TITLE_MAX - 1)}…`);
    const emojis = needTitle('🌱'.repeat(100));
    expect(emojis.length).toBeLessThanOrEqual(FRAME_TITLE_MAX);
    expect(emojis).toBe(`${'🌱'.repeat(59)}…`);
  });
});
