import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rectsIntersect, type Rect } from '../geometry/Rect.js';
import { applyTemplate, boardIsEmpty, templateEntries, type TemplateContext } from '../ops/applyTemplate.js';
import { syncedPair } from '../ops/syncedPair.js';
import { BOARD_ENTRY_TYPES, type EntryMapName } from '../schema/boardEntryTypes.js';
import { boardMaps, SCHEMA_VERSION } from '../schema/boardMaps.js';
import { CATEGORIES_KEY, metaEntry, SCHEMA_VERSION_KEY, TEMPLATE_KEY } from '../schema/BoardMeta.js';
import { isEntryId } from '../schema/schemaFields.js';
import { TEMPLATE_LIMITS, templateLanguage, type BoardTemplate, type TemplateContent } from './BoardTemplate.js';
import { BOARD_TEMPLATES, builtInTemplate } from './boardTemplates.js';
import { templateFromBoard, templateOverLimit } from './templateFromBoard.js';

let counter = 0;
const ctx = (authorId = 'anim'): TemplateContext => ({ authorId, now: 1_750_000_000_000, newId: () => `fresh${++counter}` });

const ENTRY_MAPS = Object.keys(BOARD_ENTRY_TYPES) as EntryMapName[];

/** Every entry of every map and every `meta` key of a board, and whether it is exactly in its shape. */
function invalidEntries(doc: Y.Doc): string[] {
  const maps = boardMaps(doc);
  const bad: string[] = [];
  for (const name of ENTRY_MAPS) {
    for (const [key, value] of (maps[name] as Y.Map<unknown>).entries()) if (!BOARD_ENTRY_TYPES[name].validate(key, value)) bad.push(`${name}/${key}`);
  }
  for (const [key, value] of maps.meta.entries()) if (metaEntry(key)?.validate(value) == null) bad.push(`meta/${key}`);
  return bad;
}

/** Where a heading's text goes, roughly: its longest line at about 0.6 em a character, 1.25 em a line. */
function labelBox(label: { text: string; x: number; y: number; fontSize: number }): Rect {
  const lines = label.text.split('\n');
  return { x: label.x, y: label.y, width: Math.max(...lines.map((l) => l.length)) * label.fontSize * 0.6, height: lines.length * label.fontSize * 1.25 };
}

/** Every French text a template shows. */
function frenchTexts(t: BoardTemplate): string[] {
  const c = t.content;
  return [t.name.fr, t.description.fr, ...c.frames.map((f) => f.title), ...c.labels.map((l) => l.text), ...c.notes.map((n) => n.text), ...(c.categories ?? []).map((k) => k.name)];
}

describe('the built-in templates', () => {
  it('have the ids of the contract, once each, and names and descriptions in French and English', () => {
    expect(BOARD_TEMPLATES.map((t) => t.id)).toEqual([
      'carte-des-besoins',
      'arbre-a-problemes',
      'solutions-par-besoin',
      'brainstorm-3-12-3',
      'facteurs-cles-de-succes',
      'vierge',
    ]);
    for (const t of BOARD_TEMPLATES) {
      expect(isEntryId(t.id), t.id).toBe(true);
      for (const lang of ['fr', 'en'] as const) {
        expect(t.name[lang].trim().length, `${t.id} name ${lang}`).toBeGreaterThan(2);
        expect(t.description[lang].trim().length, `${t.id} description ${lang}`).toBeGreaterThan(10);
      }
      expect(t.name.fr).not.toBe(t.description.fr);
    }
    expect(builtInTemplate('arbre-a-problemes')?.name.fr).toBe('Arbre à problèmes');
    expect(builtInTemplate('nope')).toBeUndefined();
  });

  it.each(BOARD_TEMPLATES.map((t) => [t.id, t] as const))('%s: written on a board, every entry passes its type’s validate', (_id, template) => {
    const { a, b } = syncedPair();
    const written = applyTemplate(a, template, ctx('anim'))!;
    expect(written).not.toBeNull();
    // the other replica holds the very same entries, each exactly in its shape
    for (const doc of [a, b]) {
      const maps = boardMaps(doc);
      expect(invalidEntries(doc)).toEqual([]);
      expect(maps.frames.size).toBe(template.content.frames.length);
      expect(maps.labels.size).toBe(template.content.labels.length);
      expect(maps.notes.size).toBe(template.content.notes.length);
      expect(maps.links.size).toBe(template.content.links.length);
      expect(maps.meta.get(TEMPLATE_KEY)).toBe(template.id);
      expect(maps.meta.get(SCHEMA_VERSION_KEY)).toBe(SCHEMA_VERSION);
      for (const note of maps.notes.values()) expect(note).toMatchObject({ authorId: 'anim', createdAt: 1_750_000_000_000 });
    }
  });

  it.each(BOARD_TEMPLATES.map((t) => [t.id, t] as const))('%s: local ids are unique, zones do not overlap, headings and notes sit clear of zone edges', (_id, template) => {
    const c = template.content;
    for (const list of [c.frames, c.labels, c.notes, c.links, c.groups ?? [], c.categories ?? []]) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const overlapping = c.frames.flatMap((f, i) => c.frames.slice(i + 1).filter((g) => rectsIntersect(f, g)).map((g) => `${f.id} × ${g.id}`));
    expect(overlapping).toEqual([]);
    for (const label of c.labels) {
      const covered = [...c.frames, ...c.notes, ...c.labels.filter((l) => l !== label).map(labelBox)].filter((r) => rectsIntersect(r, labelBox(label)));
      expect(covered, `heading ${label.id}`).toEqual([]);
    }
    const inside = (n: Rect, f: Rect) => n.x >= f.x && n.y >= f.y && n.x + n.width <= f.x + f.width && n.y + n.height <= f.y + f.height;
    for (const note of c.notes) {
      const straddled = c.frames.filter((f) => rectsIntersect(f, note) && !inside(note, f));
      expect(straddled.map((f) => f.id), `note ${note.id}`).toEqual([]);
    }
  });

  it.each(BOARD_TEMPLATES.map((t) => [t.id, t] as const))('%s: French texts follow French typography', (_id, template) => {
    for (const text of frenchTexts(template)) {
      expect(text).not.toMatch(/ [:;!?]/);
      expect(text).not.toMatch(/[^\s\u00a0][:;!?](\s|$)/);
      expect(text).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(text).not.toMatch(/\.\.\.|'/);
    }
  });

  it('lays out the themes of the needs map, its priority needs and emerging needs', () => {
    const titles = builtInTemplate('carte-des-besoins')!.content.frames.map((f) => f.title);
    expect(titles).toEqual([
      'Services collectifs à la population',
      'Commerces et services de proximité',
      'Alimentation et circuits courts',
      'Mobilité durable',
      'Habitat durable',
      'Environnement',
      'Développement local et tourisme',
      'Bien-vieillir',
      'Tiers-lieux',
      'Isolement et lien social',
      'Autres besoins',
      '3 besoins prioritaires',
      'Besoins émergents (1 à 2)',
    ]);
  });

  it('puts the problem between its consequences (above) and its causes (below)', () => {
    const { frames, notes } = builtInTemplate('arbre-a-problemes')!.content;
    const branches = frames.find((f) => f.title === 'Conséquences (branches)')!;
    const roots = frames.find((f) => f.title === 'Causes (racines)')!;
    const [problem] = notes;
    expect(problem!.text).toBe('Problème central (à reformuler)');
    expect(branches.y + branches.height).toBeLessThanOrEqual(problem!.y);
    expect(problem!.y + problem!.height).toBeLessThanOrEqual(roots.y);
  });

  it('puts a « 3 solutions inspirantes » zone under each of the three need columns', () => {
    const { frames } = builtInTemplate('solutions-par-besoin')!.content;
    for (const n of [1, 2, 3]) {
      const column = frames.find((f) => f.title === `Besoin prioritaire ${n}`)!;
      const chosen = frames.filter((f) => f.title === '3 solutions inspirantes' && f.x === column.x);
      expect(chosen).toHaveLength(1);
      expect(chosen[0]!.y).toBeGreaterThan(column.y + column.height);
    }
  });
});

describe('applyTemplate', () => {
  const sample: BoardTemplate = {
    id: 'essai',
    name: { fr: 'Essai', en: 'Test' },
    description: { fr: 'Un essai complet', en: 'A complete test' },
    content: {
      frames: [{ id: 'z', title: 'Zone', x: 0, y: 0, width: 800, height: 600, color: 'blue', locked: true }],
      labels: [{ id: 't', text: 'Titre', x: 0, y: -100, fontSize: 48 }],
      notes: [
        { id: 'p', text: 'Problème', color: 'orange', x: 100, y: 100, width: 200, height: 160, groupId: 'g', categoryId: 'c' },
        { id: 'q', text: 'Cause', color: 'yellow', x: 400, y: 100, width: 160, height: 160 },
      ],
      links: [{ id: 'l', from: 'q', to: 'p', kind: 'cause', label: 'parce que' }],
      groups: [{ id: 'g', title: 'Groupe' }],
      categories: [{ id: 'c', name: 'Aude', color: 'green' }],
    },
  };

  it('gives every entry a fresh id and keeps links, clusters and categories pointing at their notes', () => {
    const doc = new Y.Doc();
    const written = applyTemplate(doc, sample, ctx())!;
    const all = [...written.frames, ...written.labels, ...written.notes, ...written.links, ...written.groups, ...written.categories];
    expect(all.map((e) => e.id).filter((id) => ['z', 't', 'p', 'q', 'l', 'g', 'c'].includes(id))).toEqual([]);
    const [problem, cause] = written.notes;
    expect(written.links[0]).toMatchObject({ from: cause!.id, to: problem!.id, kind: 'cause', label: 'parce que' });
    expect(problem).toMatchObject({ groupId: written.groups[0]!.id, categoryId: written.categories[0]!.id });
    expect(boardMaps(doc).meta.get(CATEGORIES_KEY)).toEqual(written.categories);
    expect(invalidEntries(doc)).toEqual([]);
    // a second board from the same template shares no id with the first
    const again = applyTemplate(new Y.Doc(), sample, ctx())!;
    expect(again.notes.map((n) => n.id).some((id) => written.notes.some((n) => n.id === id))).toBe(false);
  });

  it('writes nothing on a board that holds anything', () => {
    for (const fill of [
      (d: Y.Doc) => boardMaps(d).labels.set('x', { id: 'x', text: 'Titre', x: 0, y: 0, fontSize: 40 }),
      (d: Y.Doc) => boardMaps(d).meta.set(CATEGORIES_KEY, [{ id: 'c', name: 'Gard', color: 'blue' }]),
      (d: Y.Doc) => boardMaps(d).notes.set('broken', { nonsense: true } as never),
    ]) {
      const doc = new Y.Doc();
      fill(doc);
      const before = Y.encodeStateAsUpdate(doc);
      expect(boardIsEmpty(doc)).toBe(false);
      expect(applyTemplate(doc, sample, ctx())).toBeNull();
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    }
    const ruled = new Y.Doc();
    boardMaps(ruled).meta.set('policy', { locked: false, editAll: true, moveAll: true });
    expect(boardIsEmpty(ruled)).toBe(true);
  });

  it('refuses content that would not pass validation, before writing anything', () => {
    const broken = (content: Partial<TemplateContent>) => ({ ...sample.content, ...content });
    expect(() => templateEntries(broken({ links: [{ id: 'l', from: 'q', to: 'absent', kind: 'plain' }] }), ctx())).toThrow(/missing note/);
    expect(() => templateEntries(broken({ frames: [{ id: 'z', title: 'Zone', x: 0, y: 0, width: 10, height: 600, color: 'blue' }] }), ctx())).toThrow(/frames\/z/);
    expect(() => templateEntries(broken({ groups: [] }), ctx())).toThrow(/missing group/);
  });
});

describe('templateFromBoard', () => {
  it('keeps the shape of a board without its authors, dates or room tags, and gives it back on a new board', () => {
    const source = new Y.Doc();
    applyTemplate(source, { ...BOARD_TEMPLATES[1]!, id: 'source' }, ctx('lina'));
    const maps = boardMaps(source);
    const problem = [...maps.notes.values()][0]!;
    maps.notes.set('n2', { ...problem, id: 'n2', text: 'Pas de bus le soir', x: 700, y: 1100, room: { id: 'r', name: 'Aude', color: '#123456' } });
    maps.links.set('l1', { id: 'l1', from: 'n2', to: problem.id, kind: 'cause' });
    maps.links.set('dangling', { id: 'dangling', from: 'n2', to: 'gone', kind: 'plain' });
    const content = templateFromBoard(source);
    expect(content.notes.map((n) => Object.keys(n).sort())).toEqual([
      ['color', 'height', 'id', 'text', 'width', 'x', 'y'],
      ['color', 'height', 'id', 'text', 'width', 'x', 'y'],
    ]);
    expect(content.links.map((l) => l.id)).toEqual(['l1']);
    expect(templateOverLimit(content)).toBeNull();

    const copy = new Y.Doc();
    const written = applyTemplate(copy, { id: 'saved1', name: { fr: 'A', en: 'A' }, description: { fr: '', en: '' }, content }, ctx('anim'))!;
    expect(invalidEntries(copy)).toEqual([]);
    expect(written.frames.map((f) => f.title)).toEqual(['Conséquences (branches)', 'Causes (racines)']);
    const cause = written.notes.find((n) => n.text === 'Pas de bus le soir')!;
    expect(cause).toMatchObject({ x: 700, y: 1100, authorId: 'anim' });
    expect(cause.room).toBeUndefined();
    expect(written.links).toEqual([expect.objectContaining({ from: cause.id, kind: 'cause' })]);
  });

  it('names the limit a board is over', () => {
    const note = { id: 'n', text: 'x', color: 'yellow' as const, x: 0, y: 0, width: 160, height: 160 };
    const many = Array.from({ length: TEMPLATE_LIMITS.notes + 1 }, (_, i) => ({ ...note, id: `n${i}` }));
    expect(templateOverLimit({ frames: [], labels: [], notes: many, links: [] })).toBe('notes');
    const long = Array.from({ length: 200 }, (_, i) => ({ ...note, id: `n${i}`, text: 'é'.repeat(1000) }));
    expect(templateOverLimit({ frames: [], labels: [], notes: long, links: [] })).toBe('bytes');
  });
});

describe('templateLanguage', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5,fr;q=0.4', 'en'],
    ['en;q=0,fr', 'fr'],
    ['es', 'fr'],
  ])('%s → %s', (header, lang) => {
    expect(templateLanguage(header)).toBe(lang);
  });
});
