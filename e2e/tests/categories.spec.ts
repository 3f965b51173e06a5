import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useEssaim } from '../fixtures/useEssaim.js';
import type { WindowWithKonva } from '../fixtures/pageStage.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, ARTIFACTS).pathname });

/** The canvas nodes of the note showing `text`: its text's font size and bottom, and the note's drawn height. */
function canvasNote(page: Page, text: string) {
  return page.evaluate((needle) => {
    type Node = { className: string; text(): string; fontSize(): number; y(): number; height(): number; getParent(): Node; findOne(s: string): Node; getClientRect(): { x: number; y: number; width: number; height: number } };
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]! as unknown as { find(s: string): Node[] };
    const node = stage.find('Text').find((t) => t.text() === needle);
    if (!node) return null;
    const note = node.getParent();
    return { fontSize: node.fontSize(), textBottom: node.y() + node.height(), noteHeight: note.findOne('Rect').height(), box: note.getClientRect() };
  }, text);
}

const canvasTexts = (page: Page) =>
  page.evaluate(() => ((window as unknown as WindowWithKonva).Konva.stages[0]! as unknown as { find(s: string): { text(): string }[] }).find('Text').map((t) => t.text()));

describe('categories, and long notes', () => {
  const essaim = useEssaim();

  it('a facilitator defines categories, a participant on a phone tags a note, both see the legend and the badge', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier catégories');
    const participant = await essaim.person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await participant.join(code, 'Lina');

    const f = facilitator.page;
    await f.getByRole('button', { name: 'Catégories', exact: true }).click();
    const dialog = f.getByRole('dialog', { name: 'Catégories du tableau' });
    for (const name of ['Mobilité', 'Alimentation et circuits courts']) {
      await dialog.getByRole('textbox', { name: 'Nouvelle catégorie' }).fill(name);
      await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    }
    await dialog.getByRole('textbox', { name: 'Nom de la catégorie «\u00a0Mobilité\u00a0»' }).waitFor();
    await f.keyboard.press('Escape');

    const p = participant.page;
    await participant.addNote('Transport à la demande');
    const item = p.getByTestId('notes-list').locator('li', { hasText: 'Transport à la demande' });
    await item.getByRole('combobox').selectOption({ label: 'Mobilité' });
    await item.locator('.note-category-badge', { hasText: 'Mobilité' }).waitFor();

    // the facilitator's board: the badge in the list and on the canvas, the legend
    await f.getByTestId('notes-list').locator('li', { hasText: 'Transport à la demande' }).locator('.note-category-badge', { hasText: 'Mobilité' }).waitFor();
    const legend = f.getByTestId('categories-legend');
    await legend.getByText('Alimentation et circuits courts').waitFor();
    await f.waitForFunction(() => ((window as unknown as WindowWithKonva).Konva.stages[0]! as unknown as { find(s: string): { text(): string }[] }).find('Text').some((t) => t.text() === 'Mobilité'));
    await shot(f, 'categories-facilitator.png');

    // the phone's board tab: the legend folded to one line, unfolded on a tap, readable at 360 px
    await p.getByRole('button', { name: /^Tableau/ }).click();
    const phoneLegend = p.getByTestId('categories-legend');
    await shot(p, 'categories-phone-board.png');
    await phoneLegend.getByRole('button', { name: 'Catégories (2)' }).click();
    await phoneLegend.getByText('Alimentation et circuits courts').waitFor();
    const box = (await phoneLegend.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await canvasTexts(p)).toContain('Mobilité');
    await shot(p, 'categories-phone.png');
  });

  it('a note of 500 characters is readable whole, with a counter near the limit', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 1000 } });
    await facilitator.createWorkshop('Atelier notes longues');
    const f = facilitator.page;
    // the welcome toast would cover the note in the screenshot
    await f.addStyleTag({ content: '[data-sonner-toaster] { display: none !important; }' });
    const sentence = 'Créer une navette solidaire entre les villages du plateau et le bourg, les jours de marché, avec des bénévoles formés. ';
    const long = sentence.repeat(5).slice(0, 500).trimEnd();

    await f.getByRole('button', { name: 'Nouvelle note' }).click();
    const editor = f.getByTestId('note-editor');
    await editor.fill(long.slice(0, 300));
    expect(await f.getByTestId('text-counter').count()).toBe(0);
    await editor.fill(long.slice(0, 460));
    await expect.poll(() => f.getByTestId('text-counter').textContent()).toBe('460 / 500');
    await editor.fill(`${long.slice(0, 498)}.`);
    await f.keyboard.type('de trop');
    expect((await editor.inputValue()).length).toBe(500);
    await expect.poll(() => f.getByTestId('text-counter').textContent()).toBe('500 / 500');
    await shot(f, 'long-note-editor.png');
    const full = await editor.inputValue();
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });

    await expect.poll(() => canvasNote(f, full)).not.toBeNull();
    // the whole board in view, for the screenshot
    await f.keyboard.press('0');
    await f.waitForTimeout(300);
    const drawn = (await canvasNote(f, full))!;
    // every line inside the note, above its author line, at a readable size
    expect(drawn.fontSize).toBeGreaterThanOrEqual(11);
    expect(drawn.textBottom).toBeLessThanOrEqual(drawn.noteHeight - 18);
    expect(drawn.noteHeight).toBeGreaterThan(160);
    await f.screenshot({ path: new URL('long-note.png', ARTIFACTS).pathname, clip: { x: drawn.box.x - 20, y: drawn.box.y - 20, width: drawn.box.width + 40, height: drawn.box.height + 40 } });
  });

  it('the phone composer counts near the limit too', async () => {
    const facilitator = await essaim.person();
    const code = await facilitator.createWorkshop('Atelier compteur');
    const participant = await essaim.person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await participant.join(code, 'Noé');
    const field = participant.page.getByRole('textbox', { name: 'Nouvelle note', exact: true });
    await field.fill('a'.repeat(470));
    await expect.poll(() => participant.page.getByTestId('text-counter').textContent()).toBe('470 / 500');
  });
});
