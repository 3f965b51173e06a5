import { describe, expect, it } from 'vitest';
import { createNote, readNotes } from '@essaim/shared';
import type { Page } from 'playwright-core';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';
import { NEED_IDS, NEEDS, writeMobilityNeeds, type Need } from '../fixtures/mobilityNeeds.js';
import { onPage, type WindowWithKonva } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { shown } from '../fixtures/shownRect.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WIDE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WAIT = 20_000;

const ids = NEED_IDS;

/** A node's box on the page (its id), from the stage's own geometry. */
function nodeBox(page: Page, id: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((nodeId) => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const node = stage.find(`#${nodeId}`)[0];
    if (!node) return null;
    const box = stage.container().getBoundingClientRect();
    const r = node.getClientRect();
    return { x: box.left + r.x, y: box.top + r.y, width: r.width, height: r.height };
  }, id);
}

describe('voting by clicking the notes (vote mode)', () => {
  const essaim = useEssaim();

  it('at the default zoom a click on a note is a dot, a click on a dot takes it back, nothing moves or opens; a phone taps; the switch gives the notes back', async () => {
    const base = essaim.server.url;
    const w = await createWorkshop(base, { title: 'Besoins du Haut-Aude', name: 'Claire', template: 'carte-des-besoins' });
    const roomId = w.rooms.find((r) => r.plenary)!.id;
    const at = await writeMobilityNeeds(base, w, roomId);
    // createNote centres a note on the point it is given
    const centre = (need: Need) => at[need];
    const positions = () => withBoard(base, w.workshopId, roomId, w.facilitatorToken, (doc) => readNotes(doc).filter((n) => n.id.startsWith('need-')).map((n) => `${n.id}@${n.x},${n.y}`).sort());
    const before = await positions();

    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitForNote(NEEDS.E);
    const people: Record<'Lina' | 'Nour', BoardPage> = {} as Record<'Lina' | 'Nour', BoardPage>;
    for (const [name, options] of [['Lina', WIDE], ['Nour', PHONE]] as const) {
      const person = await essaim.person(options);
      await person.join(w.joinCode, name);
      await person.waitForNote(NEEDS.E);
      people[name] = person;
    }

    // 3 dots a person, up to 2 a note: a double-click that counted twice would show
    await claire.page.getByTestId('vote-button').click();
    const form = claire.page.getByTestId('vote-start');
    await form.waitFor({ timeout: WAIT });
    await form.getByLabel('Au plus par note').fill('2');
    await form.getByRole('button', { name: 'Lancer le vote' }).click();
    await claire.page.getByTestId('vote-progress').waitFor({ timeout: WAIT });
    await claire.page.keyboard.press('Escape');

    const lina = people.Lina;
    const banner = lina.page.getByTestId('vote-banner');
    await banner.waitFor({ timeout: WAIT });
    expect(await banner.textContent()).toContain('Cliquez sur une note pour y mettre un point\u00a0; cliquez sur un de vos points pour le retirer');
    const view = (await shown(lina.page))!;
    // the default zoom: notes far too small for their « − ● + »
    expect(view.scale).toBeLessThan(0.3);
    const rowOf = (person: BoardPage, need: Need) => person.page.getByTestId('notes-list').locator(`li[data-note-id="${ids[need]}"]`);
    const myDots = (person: BoardPage, need: Need) => rowOf(person, need).locator('[data-my-dots]').getAttribute('data-my-dots');
    const click = async (need: Need) => {
      const p = await onPage(lina.page, centre(need));
      await lina.page.mouse.click(p.x, p.y);
    };

    // a double-click out of habit: one dot, no editor
    const a = await onPage(lina.page, centre('A'));
    await lina.page.mouse.dblclick(a.x, a.y);
    await expect.poll(() => myDots(lina, 'A'), { timeout: WAIT }).toBe('1');
    await lina.page.waitForTimeout(800);
    expect(await myDots(lina, 'A')).toBe('1');
    expect(await lina.page.getByTestId('note-editor').count()).toBe(0);
    // the dot shows on the small note
    await expect.poll(() => nodeBox(lina.page, `vote-mine-${ids.A}`), { timeout: WAIT }).not.toBeNull();

    for (const need of ['B', 'C'] as const) {
      await click(need);
      await expect.poll(() => myDots(lina, need), { timeout: WAIT }).toBe('1');
    }
    expect(await banner.textContent()).toContain('Tous vos points sont placés');
    // a 4th: refused by the server, said in French
    await click('D');
    await lina.page.getByText('Vous n’avez plus de points\u00a0: retirez-en un pour voter ailleurs.').waitFor({ timeout: WAIT });
    expect(await myDots(lina, 'D')).toBe('0');

    // a click on her dot on A takes it back
    const badge = (await nodeBox(lina.page, `vote-mine-${ids.A}`))!;
    await lina.page.mouse.click(badge.x + badge.height / 2, badge.y + badge.height / 2);
    await expect.poll(() => myDots(lina, 'A'), { timeout: WAIT }).toBe('0');
    await expect.poll(() => nodeBox(lina.page, `vote-mine-${ids.A}`), { timeout: WAIT }).toBeNull();

    // a drag from a note pans the board: the note stays, no dot
    const e = await onPage(lina.page, centre('E'));
    await lina.page.mouse.move(e.x, e.y);
    await lina.page.mouse.down();
    await lina.page.mouse.move(e.x + 120, e.y + 60, { steps: 12 });
    await lina.page.mouse.up();
    await expect.poll(async () => Math.round((await shown(lina.page))!.x)).not.toBe(Math.round(view.x));
    await lina.page.waitForTimeout(500);
    expect(await myDots(lina, 'E')).toBe('0');
    // nothing was selected, moved or opened by all these clicks
    expect(await lina.page.getByTestId('notes-list').locator('button[aria-pressed="true"]').count()).toBe(0);
    expect(await lina.page.getByTestId('note-editor').count()).toBe(0);
    expect(await positions()).toEqual(before);

    // a phone at its default zoom, on « Tableau »: a tap is a dot
    const nour = people.Nour;
    await nour.page.getByRole('button', { name: 'Tableau', exact: true }).tap();
    const phoneBanner = nour.page.getByTestId('vote-banner');
    await expect.poll(() => phoneBanner.textContent(), { timeout: WAIT }).toContain('Touchez une note pour y mettre un point');
    expect((await shown(nour.page))!.scale).toBeLessThan(0.3);
    const t = await onPage(nour.page, centre('C'));
    await nour.page.touchscreen.tap(t.x, t.y);
    await expect.poll(() => nodeBox(nour.page, `vote-mine-${ids.C}`), { timeout: WAIT }).not.toBeNull();
    await nour.page.getByRole('button', { name: /^Notes/ }).tap();
    await expect.poll(() => myDots(nour, 'C'), { timeout: WAIT }).toBe('1');
    expect(await nour.page.getByTestId('note-editor').count()).toBe(0);

    // Lina leaves vote mode: a click selects the note again, and puts no dot
    await lina.page.getByRole('switch', { name: 'Voter en cliquant sur les notes' }).click();
    expect(await banner.textContent()).not.toContain('Cliquez sur une note pour y mettre un point');
    const d = await onPage(lina.page, centre('D'));
    await lina.page.mouse.click(d.x, d.y);
    await expect.poll(() => rowOf(lina, 'D').locator('button').first().getAttribute('aria-pressed'), { timeout: WAIT }).toBe('true');
    expect(await myDots(lina, 'D')).toBe('0');
    // and back in vote mode, a click is a dot again
    await lina.page.getByRole('switch', { name: 'Voter en cliquant sur les notes' }).click();
    await click('E');
    await expect.poll(() => myDots(lina, 'E'), { timeout: WAIT }).toBe('1');
  });
});
