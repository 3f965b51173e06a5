import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createFrame, createLink, createNote, frameHoldsNote, groupNotes, readNotes, type Frame } from '@essaim/shared';
import type { WindowWithKonva } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, ARTIFACTS).pathname });

const ZONE: Frame = { id: 'zone-mobilite', title: 'Mobilité', x: 0, y: 0, width: 900, height: 700, color: 'blue' };

/** What the canvas draws: note nodes by id with their place on the page, and the search outlines. */
function canvas(page: Page) {
  return page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const box = stage.container().getBoundingClientRect();
    const inView = (r: { x: number; y: number; width: number; height: number }) => r.x >= 0 && r.y >= 0 && r.x + r.width <= box.width && r.y + r.height <= box.height;
    return {
      notes: stage.find('.note').map((n) => ({ id: n.id(), inView: inView(n.getClientRect()) })),
      matches: stage.find('.search-match').map((n) => n.id()),
      current: stage.find('.search-current').map((n) => n.id()),
    };
  });
}

/** French typography puts non-breaking spaces in names; the tests write plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** The focused element: the outline note it shows, its text, whether it is pressed (selected). */
async function focused(page: Page) {
  const seen = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { note: el?.dataset.outlineNote ?? null, text: el?.textContent ?? '', pressed: el?.getAttribute('aria-pressed') ?? null };
  });
  return { ...seen, text: plain(seen.text) };
}

const texts = async (locator: { allTextContents(): Promise<string[]> }) => (await locator.allTextContents()).map(plain);

describe('the board outline (« Plan ») and the search on the canvas', () => {
  const essaim = useEssaim();

  it('shows zones, clusters and a problem tree; a note added from the outline reaches the canvas and the other person; it works by keyboard; search highlights and jumps', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier mobilités rurales');
    const participant = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await participant.join(code, 'Lina');

    // a zone with a cluster and a note, a note outside it, and a problem tree, written as any Yjs client would
    const workshopId = facilitator.workshopId();
    const f = await facilitator.session(workshopId);
    const ctx = { authorId: f.participantId, now: Date.now() };
    await withBoard(essaim.server.url, workshopId, f.roomId, f.token, (doc) => {
      createFrame(doc, ZONE);
      createNote(doc, { id: 'covoit', x: 120, y: 160, text: 'Covoiturage entre voisins' }, ctx);
      createNote(doc, { id: 'velo', x: 320, y: 160, text: 'Vélos à assistance électrique' }, ctx);
      createNote(doc, { id: 'horaires', x: 120, y: 400, text: 'Horaires de car adaptés' }, ctx);
      groupNotes(doc, { id: 'g-partage', title: 'Partager ses trajets', noteIds: ['covoit', 'velo'] }, ctx.now);
      createNote(doc, { id: 'isolement', x: 1400, y: 400, text: 'Isolement des personnes sans voiture' }, ctx);
      createNote(doc, { id: 'cause-car', x: 1300, y: 650, text: 'Pas de car le week-end' }, ctx);
      createNote(doc, { id: 'cause-velo', x: 1500, y: 650, text: 'Pistes vélo dangereuses' }, ctx);
      createNote(doc, { id: 'consequence', x: 1400, y: 150, text: 'Renoncement aux soins' }, ctx);
      createLink(doc, { id: 'l1', from: 'cause-car', to: 'isolement', kind: 'cause' });
      createLink(doc, { id: 'l2', from: 'cause-velo', to: 'isolement', kind: 'cause' });
      createLink(doc, { id: 'l3', from: 'isolement', to: 'consequence', kind: 'consequence' });
    });
    await facilitator.waitForNote('Renoncement aux soins');

    // « Plan » opens the outline beside the canvas
    const { page } = facilitator;
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    const outline = page.getByTestId('outline');
    await outline.getByRole('heading', { name: /Mobilité/ }).waitFor();
    await outline.getByRole('heading', { name: /Groupe.*Partager ses trajets/ }).waitFor();
    await outline.getByRole('heading', { name: /Hors zone/ }).waitFor();
    await outline.getByRole('heading', { name: /Arbre.*Isolement des personnes sans voiture/ }).waitFor();
    const zone = outline.locator('li[data-frame-id="zone-mobilite"]');
    expect(await texts(zone.locator('li[data-group-id="g-partage"] button[data-outline-note]'))).toEqual(['Covoiturage entre voisins', 'Vélos à assistance électrique']);
    expect(await texts(zone.locator(':scope > ul > li.outline-item button[data-outline-note]'))).toEqual(['Horaires de car adaptés']);
    const tree = outline.locator('li[data-problem-id="isolement"]');
    expect(await texts(tree.locator('.outline-causes button[data-outline-note]'))).toEqual(['Cause : Pas de car le week-end', 'Cause : Pistes vélo dangereuses']);
    expect(await texts(tree.locator('.outline-consequences button[data-outline-note]'))).toEqual(['Conséquence : Renoncement aux soins']);

    // add a note into the zone from the outline: it opens for writing right there
    await outline.getByRole('button', { name: /Ajouter une note dans.*Mobilité/ }).click();
    const field = outline.getByTestId('outline-field');
    await field.waitFor();
    await field.pressSequentially('Navette solidaire du marché');
    await field.press('Enter');
    await field.waitFor({ state: 'detached' });
    await zone.locator('button[data-outline-note]', { hasText: 'Navette solidaire du marché' }).waitFor();

    // the other person's document has it, inside the zone
    const p = await participant.session(workshopId);
    const readAdded = async () => (await withBoard(essaim.server.url, workshopId, p.roomId, p.token, readNotes)).find((n) => n.text === 'Navette solidaire du marché');
    await expect.poll(readAdded, { timeout: 10_000 }).toBeTruthy();
    const added = (await readAdded())!;
    expect(frameHoldsNote(ZONE, added)).toBe(true);
    expect(added.authorId).toBe(f.participantId);
    // drawn on the facilitator's canvas, in view (the outline brought it there)
    await expect.poll(async () => (await canvas(page)).notes.find((n) => n.id === added.id)?.inView).toBe(true);
    await shot(page, 'outline-wide.png');

    // the participant, keyboard only: open « Plan », walk the notes with the arrows, show one, add and write one
    const pp = participant.page;
    await participant.waitForNote('Navette solidaire du marché');
    await pp.getByRole('button', { name: 'Plan', exact: true }).focus();
    await pp.keyboard.press('Enter');
    await pp.getByTestId('outline').waitFor();
    for (let i = 0; i < 80 && (await focused(pp)).note === null; i++) await pp.keyboard.press('Tab');
    expect((await focused(pp)).text).toBe('Covoiturage entre voisins');
    await expect.poll(async () => (await focused(pp)).pressed).toBe('true'); // focus selects the note
    // the arrows go through the notes in the order the outline lists them
    const order = await texts(pp.getByTestId('outline').locator('button[data-outline-note]'));
    for (let i = 1; i < 4; i++) {
      await pp.keyboard.press('ArrowDown');
      expect((await focused(pp)).text).toBe(order[i]);
    }
    for (let i = 0; i < 5 && (await focused(pp)).text !== 'Navette solidaire du marché'; i++) await pp.keyboard.press(order.indexOf('Navette solidaire du marché') > 3 ? 'ArrowDown' : 'ArrowUp');
    expect((await focused(pp)).text).toBe('Navette solidaire du marché');
    // Enter shows it on the canvas: selected, and in view
    await pp.keyboard.press('Enter');
    await expect.poll(async () => (await canvas(pp)).notes.find((n) => n.id === added.id)?.inView).toBe(true);
    await pp.keyboard.press('End');
    expect((await focused(pp)).text).toBe('Conséquence : Renoncement aux soins');
    await pp.keyboard.press('Home');
    expect((await focused(pp)).text).toBe('Covoiturage entre voisins');
    // a cause of the problem, added from the tree, written, then deleted with Suppr (one's own note: no question)
    await pp.getByRole('button', { name: /Ajouter une cause à.*Isolement des personnes sans voiture/ }).focus();
    await pp.keyboard.press('Enter');
    await pp.getByTestId('outline-field').waitFor();
    await pp.keyboard.type('Gare fermée');
    await pp.keyboard.press('Enter');
    await expect.poll(async () => (await focused(pp)).text).toBe('Cause : Gare fermée');
    await expect
      .poll(async () => {
        const notes = await withBoard(essaim.server.url, workshopId, f.roomId, f.token, readNotes);
        return notes.some((n) => n.text === 'Gare fermée');
      })
      .toBe(true);
    await page.getByTestId('outline').locator('.outline-causes button[data-outline-note]', { hasText: 'Gare fermée' }).waitFor();
    await shot(pp, 'outline-keyboard.png');
    await pp.keyboard.press('F2');
    await pp.getByTestId('outline-field').waitFor();
    await pp.keyboard.type(' depuis 2019');
    await pp.keyboard.press('Enter');
    await page.getByTestId('outline').locator('button[data-outline-note]', { hasText: 'Gare fermée depuis 2019' }).first().waitFor();
    await pp.keyboard.press('Delete');
    await page.getByTestId('outline').locator('button[data-outline-note]', { hasText: 'Gare fermée' }).first().waitFor({ state: 'detached' });
    // the focus stays in the outline, on a neighbour (given once the list has drawn without the note)
    await expect.poll(async () => (await focused(pp)).note, { timeout: 10_000 }).not.toBeNull();

    // search on the canvas: Ctrl+F from the board, accents ignored, every match outlined, Enter jumps
    await page.getByRole('button', { name: 'Fermer le plan' }).click();
    // the board has the focus (nothing focused), as after a click on the canvas
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: /Rechercher sur le tableau/ });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('velo');
    const count = page.getByTestId('search-count');
    await expect.poll(() => count.textContent()).toBe('2 résultats');
    await expect.poll(async () => (await canvas(page)).matches.sort()).toEqual(['cause-velo', 'velo']);
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 / 2');
    await expect.poll(async () => (await canvas(page)).current).toEqual(['velo']);
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 / 2');
    await expect.poll(async () => (await canvas(page)).current).toEqual(['cause-velo']);
    await expect.poll(async () => (await canvas(page)).notes.find((n) => n.id === 'cause-velo')?.inView).toBe(true);
    expect(await page.getByTestId('notes-list').locator('li[data-note-id="cause-velo"] button').getAttribute('aria-pressed')).toBe('true');
    await shot(page, 'search-jump.png');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('1 / 2');
    await page.keyboard.press('Escape');
    await expect.poll(() => search.inputValue()).toBe('');
    await expect.poll(async () => (await canvas(page)).matches).toEqual([]);
  });

  it('is one more view on a phone, next to the notes list', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier — plan sur téléphone');
    const phone = await essaim.person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await phone.join(code, 'Sacha');
    const workshopId = facilitator.workshopId();
    const f = await facilitator.session(workshopId);
    await withBoard(essaim.server.url, workshopId, f.roomId, f.token, (doc) => {
      createFrame(doc, ZONE);
      createNote(doc, { id: 'n1', x: 150, y: 150, text: 'Transport à la demande' }, { authorId: f.participantId, now: Date.now() });
    });
    await phone.waitForNote('Transport à la demande');
    await phone.page.getByRole('button', { name: 'Plan', exact: true }).click();
    const outline = phone.page.getByTestId('outline');
    await outline.getByRole('heading', { name: /Mobilité/ }).waitFor();
    await outline.getByRole('button', { name: /Ajouter une note dans.*Mobilité/ }).tap();
    await outline.getByTestId('outline-field').fill('Minibus du samedi');
    await outline.getByTestId('outline-field').press('Enter');
    await facilitator.waitForNote('Minibus du samedi');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await shot(phone.page, 'outline-phone.png');
  });
});
