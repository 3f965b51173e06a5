import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { NOTE_COLORS } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import type { WindowWithKonva } from '../fixtures/pageStage.js';
import { box, drawnText, fakeKeyboard, fontPx, forgetDrawnText, pageWidth, recordCanvasText, showKeyboard, sidewaysScrollers } from '../fixtures/phoneProbes.js';
import { readBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { writeNotes, type WrittenNote } from '../fixtures/writeNotes.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
/** The smallest text we call readable on a phone (px), and the smallest touch target. */
const READABLE_PX = 16;
const TARGET_PX = 44;

const IDEAS = [
  'Une école de la deuxième chance pour les jeunes sans diplôme',
  'Transport à la demande pour les villages sans bus',
  'Épicerie solidaire itinérante le samedi',
  'Maison de santé pluridisciplinaire',
  'Tiers-lieu « La Fabrique » avec atelier de réparation',
  'Cantine de l’école approvisionnée en circuit court',
  'Colocation intergénérationnelle',
  'Navette vers le marché du jeudi',
  'Permanence France Services à la médiathèque',
  'Jardins partagés au pied des immeubles',
  'Covoiturage domicile-travail avec la zone d’activités',
  'Accueil des saisonniers : logements temporaires',
  'Café des aidants une fois par mois',
  'Ressourcerie et vente de meubles d’occasion',
  'Aide aux devoirs après l’école, par des retraités',
  'Chantier d’insertion en maraîchage bio',
  'Visites de convivialité pour les personnes isolées',
  'Habitat léger pour les jeunes actifs',
  'Point numérique : aide aux démarches en ligne',
  'Vélo-école pour adultes',
  'Groupement d’employeurs agricoles',
  'Bus itinérant des services publics',
  'Crèche à horaires atypiques',
  'Repair café mensuel',
  'Marché de producteurs en soirée',
  'Plateforme de mobilité solidaire',
  'Fête des voisins dans chaque hameau',
  'Coworking rural avec fibre',
  'Conserverie collective',
  'Maison des associations',
  'Recyclerie de matériaux du bâtiment',
  'Parcours santé pour les aînés',
  'Soutien aux aidants de personnes handicapées',
  'Lieu d’accueil enfants-parents',
  'Formations aux métiers du soin',
  'Bourse aux logements vacants',
  'Café associatif au bourg',
  'Ludothèque intercommunale',
  'Atelier cuisine anti-gaspi',
  'Accompagnement des porteurs de projets de l’ESS',
];

const screenshot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });

async function sessionOf(person: BoardPage) {
  const workshopId = person.workshopId();
  return { workshopId, ...(await person.session(workshopId)) };
}

describe('a participant on a phone', () => {
  const essaim = useEssaim();

  it('reads every note of a 40-note room, writes a note and edits one, all at a readable size', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier solidarités — Pays de Lunel');
    const yanis = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await yanis.join(code, 'Yanis');

    // 40 notes by the two others, on an 8 × 5 grid, one a minute
    const start = Date.now() - IDEAS.length * 60_000;
    const notes: WrittenNote[] = IDEAS.map((text, i) => ({
      text,
      color: NOTE_COLORS[i % NOTE_COLORS.length]!,
      x: (i % 8) * 190,
      y: Math.floor(i / 8) * 190,
      createdAt: start + i * 60_000,
    }));
    const authors = [await sessionOf(facilitator), await sessionOf(yanis)];
    await writeNotes(essaim.server.url, authors[0]!, notes.filter((_, i) => i % 3 !== 2));
    await writeNotes(essaim.server.url, authors[1]!, notes.filter((_, i) => i % 3 === 2));
    await facilitator.waitForNote(IDEAS[39]!);

    const ines = await essaim.person(PHONE, (context) => Promise.all([context.addInitScript(recordCanvasText), context.addInitScript(fakeKeyboard)]));
    await ines.join(code, 'Inès');
    const { page } = ines;
    const list = page.getByTestId('notes-list');

    const others = { facilitator: await facilitatorName(facilitator.page), yanis: 'Yanis' };
    // she lands on the notes, newest first, every one readable and signed
    const notesTab = page.getByRole('button', { name: /^Notes/ });
    const boardTab = page.getByRole('button', { name: 'Tableau', exact: true });
    expect(await notesTab.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => list.locator('li').count()).toBe(40);
    expect(await ines.noteTexts()).toEqual([...IDEAS].reverse());
    for (const [i, text] of IDEAS.entries()) {
      const item = list.locator('li', { hasText: text });
      await item.scrollIntoViewIfNeeded();
      const shown = item.locator('.notes-list-text');
      expect(await fontPx(shown), text).toBeGreaterThanOrEqual(READABLE_PX);
      // the whole text, inside the screen: nothing cut, nothing beside it
      const b = (await shown.boundingBox())!;
      expect(b.x, text).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, text).toBeLessThanOrEqual(360);
      expect(await shown.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1), text).toBe(true);
      expect(await item.locator('.notes-list-author').textContent(), text).toBe(i % 3 === 2 ? others.yanis : others.facilitator);
    }
    await list.evaluate((el) => el.scrollTo({ top: 0 }));
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await screenshot(page, 'phone-list');

    // touch targets: the tabs, the people button, the profile, the colours and « Ajouter »
    for (const target of [notesTab, boardTab, page.locator('.presence'), page.locator('.me-button'), page.getByRole('radio', { name: 'Bleu' }).locator('..'), page.getByRole('button', { name: 'Ajouter', exact: true })]) {
      const size = await box(target);
      expect(size.width, target.toString()).toBeGreaterThanOrEqual(TARGET_PX);
      expect(size.height, target.toString()).toBeGreaterThanOrEqual(TARGET_PX);
    }

    // search ignores accents: « ecole » finds the three notes about « école »
    const search = page.getByRole('searchbox', { name: 'Rechercher dans les notes' });
    await search.fill('ecole');
    await expect.poll(() => ines.noteTexts()).toEqual(IDEAS.filter((t) => t.includes('école')).reverse());
    await search.fill('');
    await expect.poll(() => list.locator('li').count()).toBe(40);

    // she writes a note in the large field, in blue; it goes on the board at a free spot
    const field = page.getByRole('textbox', { name: 'Nouvelle note', exact: true });
    expect(await fontPx(field)).toBeGreaterThanOrEqual(READABLE_PX);
    await page.getByRole('radio', { name: 'Bleu' }).check();
    await field.tap();
    // the on-screen keyboard covers the bottom 260 px: the field moves up above it
    await showKeyboard(page, 260);
    await expect.poll(async () => { const b = (await field.boundingBox())!; return b.y + b.height; }).toBeLessThanOrEqual(640 - 260);
    expect((await field.boundingBox())!.y).toBeGreaterThan((await notesTab.boundingBox())!.y);
    await field.fill('Une halte-répit pour les aidants');
    await screenshot(page, 'phone-keyboard');
    await showKeyboard(page, 0);
    // a reload before « Ajouter » loses nothing: the draft comes back in the field
    await page.reload();
    await ines.waitConnected();
    await expect.poll(() => field.inputValue()).toBe('Une halte-répit pour les aidants');
    await page.getByRole('radio', { name: 'Bleu' }).check();
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect.poll(async () => (await ines.noteTexts())[0]).toBe('Une halte-répit pour les aidants');
    expect(await field.inputValue()).toBe('');
    // once added, the draft is gone: a reload shows an empty field
    await page.reload();
    await ines.waitConnected();
    await expect.poll(async () => (await ines.noteTexts())[0]).toBe('Une halte-répit pour les aidants');
    expect(await field.inputValue()).toBe('');
    await facilitator.waitForNote('Une halte-répit pour les aidants');
    const me = await sessionOf(ines);
    const stored = await readBoard(essaim.server.url, me.workshopId, me.roomId, me.token);
    const mine = stored.find((n) => n.text === 'Une halte-répit pour les aidants')!;
    expect(mine).toMatchObject({ color: 'blue', authorId: me.participantId });
    const overlaps = stored.filter((n) => n.id !== mine.id && n.x < mine.x + mine.width && mine.x < n.x + n.width && n.y < mine.y + mine.height && mine.y < n.y + n.height);
    expect(overlaps.map((n) => n.text)).toEqual([]);

    // a tap on her note opens the editor, readable whatever the canvas zoom
    await list.locator('li', { hasText: 'Une halte-répit' }).locator('button').tap();
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    expect(await fontPx(editor)).toBeGreaterThanOrEqual(READABLE_PX);
    expect((await box(editor)).width).toBeGreaterThanOrEqual(300);
    await editor.fill('Une halte-répit pour les aidants, le mardi');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await screenshot(page, 'phone-editor');
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await facilitator.waitForNote('Une halte-répit pour les aidants, le mardi');
    expect((await ines.noteTexts())[0]).toBe('Une halte-répit pour les aidants, le mardi');

    // someone else's note is not hers to delete: the toast that says so closes with a large button
    await list.locator('li', { hasText: IDEAS[0]! }).locator('button').focus();
    await page.keyboard.press('Delete');
    const close = page.getByRole('button', { name: 'Fermer la notification' });
    await close.waitFor();
    const closeSize = await box(close);
    expect(closeSize.width).toBeGreaterThanOrEqual(TARGET_PX);
    expect(closeSize.height).toBeGreaterThanOrEqual(TARGET_PX);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.locator('[data-sonner-toast][data-mounted="true"]').waitFor();
    await page.waitForTimeout(400); // sonner slides the toast in
    await screenshot(page, 'phone-toast');
    await close.tap();

    // the canvas is one tap away; fitted to the whole room, every note still shows its first words
    await boardTab.tap();
    await page.getByRole('button', { name: 'Ajuster au contenu' }).waitFor();
    await forgetDrawnText(page);
    await page.getByRole('button', { name: 'Ajuster au contenu' }).tap();
    await page.waitForTimeout(600); // the far-away bitmap is redrawn once the zoom pauses
    const scale = await page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.scaleX());
    expect(scale).toBeLessThan(0.5); // the room is wider than the phone: this is the far view
    const drawn = await drawnText(page);
    const all = [...IDEAS, 'Une halte-répit pour les aidants, le mardi'];
    const unreadable = all.filter((text) => !drawn.some((d) => d.px >= 9 - 0.01 && d.text.length > 1 && text.startsWith(d.text.replace(/…$/, ''))));
    expect(unreadable).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await screenshot(page, 'phone-canvas');

    await facilitator.page.getByRole('button', { name: 'Ajuster au contenu' }).click();
    await facilitator.page.waitForTimeout(300);
    await screenshot(facilitator.page, 'desktop-board');
  });
});

describe('a facilitator on a phone', () => {
  const essaim = useEssaim();

  it('reaches every control of the top bar and the canvas with a 44 px target, and nothing scrolls sideways', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const facilitator = await essaim.person(PHONE);
    await facilitator.createWorkshop('Atelier mobilité durable en Cœur d’Hérault');
    const { page } = facilitator;
    await facilitator.addNote('Autopartage de véhicules électriques');
    const targets: Record<string, Locator> = {
      'room switcher': page.getByRole('combobox', { name: 'Changer de salle' }),
      rules: page.locator('.rules-button'),
      share: page.getByRole('button', { name: 'Partager' }),
      people: page.locator('.presence'),
      profile: page.locator('.me-button'),
    };
    for (const [name, target] of Object.entries(targets)) {
      const size = await box(target);
      expect(size.width, name).toBeGreaterThanOrEqual(TARGET_PX);
      expect(size.height, name).toBeGreaterThanOrEqual(TARGET_PX);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await screenshot(page, 'phone-facilitator-list');

    await page.getByRole('button', { name: 'Tableau', exact: true }).tap();
    for (const target of [...(await page.locator('.zoom-controls .tool').all()), ...(await page.locator('.toolbar .tool, .toolbar .swatch').all())]) {
      const size = await box(target);
      const name = (await target.getAttribute('title')) ?? '';
      expect(size.width, name).toBeGreaterThanOrEqual(TARGET_PX);
      expect(size.height, name).toBeGreaterThanOrEqual(TARGET_PX);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await screenshot(page, 'phone-facilitator-canvas');
  });
});

function facilitatorName(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('essaim.session.')) return (JSON.parse(localStorage.getItem(key)!) as { name: string }).name;
    }
    return '';
  });
}
