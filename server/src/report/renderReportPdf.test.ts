import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkshopReport } from '@essaim/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { collapse, flatten, pdfFonts, pdfInfo, pdfPages, pdfText, pdfToPngs, writeTemp } from './poppler.js';
import { renderReportPdf } from './renderReportPdf.js';
import { reportArtifactsDir } from './reportArtifacts.js';
import { AUTHORS, sampleReport } from './reportFixture.js';

async function render(report: WorkshopReport, paper: 'a4' | 'a3' = 'a4', lang: 'fr' | 'en' = 'fr', artifact?: string) {
  const pdf = await renderReportPdf(report, { paper, lang });
  const file = writeTemp(pdf);
  if (artifact) {
    const dir = reportArtifactsDir();
    copyFileSync(file, join(dir, `${artifact}.pdf`));
    pdfToPngs(file, join(dir, artifact), 3);
  }
  return { pdf, file, pages: pdfPages(file) };
}

/** Pages whose header says they are the report pages (« Synthèse ») of this room. */
const reportPagesOf = (pages: string[], room: string) => pages.filter((p) => p.startsWith(`${room}\nSynthèse`));

describe('renderReportPdf', () => {
  const report = sampleReport({ notes: 30 });
  let out: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    out = await render(report, 'a4', 'fr', 'report-a4-fr');
  });

  it('prints every note as real text, with its accents, guillemets and apostrophes', () => {
    for (const room of report.rooms) {
      const pages = reportPagesOf(out.pages, room.name).join('\n');
      for (const note of room.board.notes) {
        // every note of the board is in the report pages, whatever its line breaks
        expect(flatten(pages)).toContain(flatten(note.text));
        // and word for word where no hyphenation could have cut a word
        if (!/-|\S{16,}/.test(note.text)) expect(collapse(pages)).toContain(collapse(note.text));
      }
    }
    const all = collapse(pdfText(out.file));
    expect(all).toContain('Mettre en place un « pédibus » pour l’école élémentaire');
    expect(all).toContain('Cœur de village : réhabiliter les commerces fermés');
    expect(all).toContain('Ouvrir un tiers-lieu où l’on puisse se retrouver, même en hiver ; pourquoi pas à la mairie ?');
    expect(flatten(all)).toContain(flatten('Anticonstitutionnellement : un mot très long'));
    expect(flatten(all)).toContain(flatten('développement-économique-territorial'));
  });

  it('prints markup and script in notes as text', () => {
    expect(collapse(pdfText(out.file))).toContain('<script>alert(1)</script>');
  });

  it('embeds its fonts, as subsets with a Unicode map', () => {
    const fonts = pdfFonts(out.file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans/);
      expect(font).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    }
  });

  it('is a valid A4 landscape document: cover, then each room’s board and report pages, numbered', () => {
    const info = pdfInfo(out.file);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
    expect(Number(info.Pages)).toBe(out.pages.length);
    expect(info.Title).toBe(report.title);
    const cover = collapse(out.pages[0]!);
    expect(cover).toContain('RAPPORT D’ATELIER');
    expect(cover).toContain(collapse(report.title));
    expect(cover).toContain('Atelier du 4 décembre 2026');
    // the key figures, each a large number over its word
    for (const figure of ['14', 'participants', '35', 'notes', '3', 'salles']) expect(cover.split(' ')).toContain(figure);
    expect(cover).toContain('Rapport généré le 5 décembre 2026 à 15 h 30');
    for (const room of report.rooms) expect(cover).toContain(room.name);
    // the plenary's small board holds on one page, its report pages follow
    expect(out.pages[1]).toMatch(/^Plénière\nTableau/);
    expect(out.pages[2]).toMatch(/^Plénière\nSynthèse · Priorités/);
    // the rooms come in order, each board before its report pages
    const firstOf = (room: string) => out.pages.findIndex((p) => p.startsWith(`${room}\n`));
    expect(firstOf('Plénière')).toBeLessThan(firstOf('Mobilité et accès aux services'));
    expect(firstOf('Mobilité et accès aux services')).toBeLessThan(firstOf('Habitat'));
    // the empty room: one page that says so, and no report pages
    expect(out.pages.filter((p) => p.startsWith('Habitat\n'))).toHaveLength(1);
    expect(collapse(out.pages.at(-1)!)).toContain('Ce tableau est vide.');
    // every page but the cover: the workshop's title and its number
    out.pages.slice(1).forEach((page, i) => {
      expect(collapse(page)).toContain(`Page ${i + 2} sur ${out.pages.length}`);
      expect(collapse(page)).toContain(collapse(report.title));
    });
  });

  it('splits a board too large to read on one page into parts, each found on the page the overview gives', () => {
    const room = 'Mobilité et accès aux services';
    const overview = out.pages.findIndex((p) => p.startsWith(`${room}\nVue d’ensemble`));
    expect(overview).toBeGreaterThan(0);
    const labels = [...collapse(out.pages[overview]!).matchAll(/Page (\d+)(?! sur)/g)].map((m) => Number(m[1]));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(collapse(out.pages[overview]!)).toContain(`Imprimé en ${labels.length} parties, chaque case indique sa page`);
    labels.forEach((page, i) => {
      expect(page).toBe(overview + 2 + i);
      expect(out.pages[page - 1]).toMatch(new RegExp(`^${room}\\nPartie ${i + 1} sur ${labels.length}`));
    });
    // the report pages come after the last part
    expect(out.pages[labels.at(-1)!]).toMatch(new RegExp(`^${room}\\nSynthèse`));
    // for a person to look at: the overview, its first part and the first report page
    pdfToPngs(out.file, join(reportArtifactsDir(), 'report-a4-fr-overview'), overview + 2, overview + 1);
    pdfToPngs(out.file, join(reportArtifactsDir(), 'report-a4-fr-summary'), labels.at(-1)! + 1, labels.at(-1)! + 1);
  });

  it('lists the sections of a room’s report, with turnout and rounds', () => {
    const text = collapse(reportPagesOf(out.pages, 'Mobilité et accès aux services').join('\n'));
    for (const title of ['Priorités', 'Zones', 'Regroupements', 'Arbres à problèmes', 'Notes hors zone', 'Votes']) expect(text).toContain(title);
    expect(text).toContain('Vote n° 1 · Tout le tableau 12 votants sur 14 · clos le 4 décembre 2026');
    expect(text).toContain('Zone « Idées d’actions pour « bouger » autrement »');
    expect(text).toContain('1 votant sur 14');
    expect(text).toMatch(/Causes.*Manque de transports en commun.*Suppression de la ligne de bus 12 en 2024.*Fermeture des commerces de proximité.*Conséquences.*Renoncement aux soins/);
    expect(text).toContain('5 points par personne');
    expect(text).toContain('en cours');
  });

  it('names authors, but never in an anonymous workshop (even when the report carries them)', async () => {
    const named = pdfText(out.file);
    expect(AUTHORS.filter((name) => named.includes(name))).toEqual(AUTHORS);
    const anonymous = await render(sampleReport({ notes: 30, anonymous: true }));
    const text = pdfText(anonymous.file);
    expect(AUTHORS.filter((name) => text.includes(name))).toEqual([]);
    expect(collapse(text)).toContain('Atelier anonyme : les noms des auteurs ne figurent pas dans ce rapport.');
  });

  it('prints on A3 landscape: the same report pages enlarged, a board in fewer parts', async () => {
    const a3 = await render(report, 'a3', 'fr', 'report-a3-fr');
    expect(pdfInfo(a3.file)['Page size']).toMatch(/^1190\.55 x 841\.89 pts \(A3\)/);
    const room = 'Mobilité et accès aux services';
    expect(reportPagesOf(a3.pages, room).length).toBe(reportPagesOf(out.pages, room).length);
    const parts = (pages: string[]) => pages.filter((p) => p.startsWith(`${room}\nPartie`)).length;
    expect(parts(a3.pages)).toBeLessThan(parts(out.pages));
  });

  it('speaks English when asked', async () => {
    const en = await render(report, 'a4', 'en', 'report-a4-en');
    const text = collapse(pdfText(en.file));
    expect(text).toContain('WORKSHOP REPORT');
    expect(text).toContain('Workshop of 4 December 2026');
    expect(text).toContain('This board is empty.');
    expect(text).toContain('12 of 14 voted');
    expect(text).toContain('Summary · Priorities');
    expect(text).not.toContain('Synthèse ·');
  });

  it('gets through odd boards: empty texts, emoji, a 2,000-character note, a word of 300 letters, dangling links, long names', async () => {
    const odd = sampleReport({ notes: 12 });
    const room = odd.rooms[1]!;
    const base = room.board.notes[0]!;
    const manyLines = Array.from({ length: 400 }, (_, i) => `L${i + 1}`).join('\n');
    const texts = ['', '   \n\n  ', 'Super idée 🙂👍 — 中文 — עברית', 'Lorem ipsum dolor sit amet, consectetur. '.repeat(48).slice(0, 2000), 'a'.repeat(300), 'Ligne 1\nLigne 2\n\nLigne 4', manyLines];
    const notes = texts.map((text, i) => ({ ...base, id: `odd${i}`, text, x: 3000 + i * 180, y: 0, groupId: null }));
    room.name = 'Une salle au nom vraiment très long, '.repeat(6);
    room.board = {
      ...room.board,
      notes: [...room.board.notes, ...notes],
      links: [...room.board.links, { id: 'dangling', from: 'odd0', to: 'nowhere', kind: 'cause' }],
      labels: [...room.board.labels, { id: 'empty-label', text: '', x: 0, y: 3000, fontSize: 200 }],
      frames: [...room.board.frames, { id: 'untitled', title: '', x: 3000, y: 400, width: 100, height: 100, color: 'grey' }, { id: 'long', title: 'Un titre de zone '.repeat(7), x: 3200, y: 400, width: 100, height: 100, color: 'violet' }],
    };
    room.loose = [...room.loose, ...notes.map((n) => ({ id: n.id, text: n.text, color: n.color, votes: 0, createdAt: n.createdAt }))];
    odd.title = 'Un atelier au titre démesuré '.repeat(10);
    const { file, pages } = await render(odd, 'a4', 'fr', 'report-odd');
    expect(Number(pdfInfo(file).Pages)).toBe(pages.length);
    const text = flatten(pdfText(file));
    expect(text).toContain(flatten(texts[3]!));
    expect(text).toContain('a'.repeat(300));
    expect(text).toContain(flatten('Ligne 1\nLigne 2\n\nLigne 4'));
    // a note longer than a page goes on over the next pages, each with its header
    // (the room's long name is cut in the headers: its report pages are known by their second line)
    const summary = pages.filter((page) => page.startsWith('Une salle au nom') && page.split('\n')[1]!.startsWith('Synthèse'));
    const lines = summary.join('\n').split('\n').filter((line) => /^L\d+$/.test(line));
    expect(lines).toEqual(manyLines.split('\n'));
    for (const page of pages.slice(1)) expect(page).toMatch(/^(Plénière|Une salle au nom|Habitat)/);
  });

  it('renders a 2,000-note workshop in a few seconds: overview, parts, every note in the text', async () => {
    const big = sampleReport({ notes: 2000 });
    const started = performance.now();
    const { pdf, file, pages } = await render(big, 'a4', 'fr', 'report-2000');
    const ms = performance.now() - started;
    console.log(`2,000-note report: ${ms.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB, ${pages.length} pages`);
    expect(pdfInfo(file).Pages).toBe(String(pages.length));
    const text = flatten(reportPagesOf(pages, 'Mobilité et accès aux services').join('\n'));
    const missing = big.rooms[1]!.board.notes.filter((note) => !text.includes(flatten(note.text)));
    expect(missing).toEqual([]);
  }, 60_000);
  it('lists only the zones that hold notes, and says so of a board with zones but no note', async () => {
    const base = sampleReport({ notes: 30 });
    const zone = { id: 'z-vide', title: 'Besoins émergents', x: 0, y: 0, width: 800, height: 600, color: 'green' as const };
    const habitat = { ...base.rooms[2]!, empty: false, board: { ...base.rooms[2]!.board, frames: [zone] }, zones: [{ id: zone.id, title: zone.title, color: zone.color, notes: [] }] };
    const { pages } = await render({ ...base, rooms: [base.rooms[0]!, base.rooms[1]!, habitat] });
    const habitatPages = pages.filter((p) => p.startsWith('Habitat')).join('\n');
    expect(collapse(habitatPages)).toContain('Aucune note n’a été écrite sur ce tableau.');
    expect(habitatPages).not.toMatch(/0 note/);
    // the room with notes lists its zones with their notes, never an empty one
    expect(reportPagesOf(pages, 'Mobilité et accès aux services').join('\n')).not.toMatch(/\b0 note/);
  });
});
