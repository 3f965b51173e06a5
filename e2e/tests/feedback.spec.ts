import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CreateWorkshopResponse } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { belowAA, buttonLooks, toastLooks } from '../fixtures/contrast.js';
import type { WindowWithKonva } from '../fixtures/pageStage.js';
import { readBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';

const WIDE = { viewport: { width: 1280, height: 800 } };

/** A toast whose text contains `text`. */
const toastWith = (page: Page, text: string) => page.locator('[data-sonner-toast]', { hasText: text });

/** Where the note `id` is drawn on the page, at its centre. */
function noteCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((noteId) => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const node = stage.find('.note').find((n) => n.id() === noteId);
    if (!node) throw new Error(`no node for note ${noteId}`);
    const box = stage.container().getBoundingClientRect();
    const r = node.getClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  }, id);
}

describe('feedback that says what happened', () => {
  const essaim = useEssaim();

  /** A workshop created through the API, and its facilitator's token. */
  const workshop = (name = 'Claire') => createWorkshop(essaim.server.url, { title: 'Atelier des retours', name });

  /** The note written `text` on this person's board, as the server has it. */
  async function storedNote(person: BoardPage, text: string) {
    const workshopId = person.workshopId();
    const { roomId, token } = await person.session(workshopId);
    const notes = await readBoard(essaim.server.url, workshopId, roomId, token);
    const note = notes.find((n) => n.text === text);
    if (!note) throw new Error(`no note « ${text} » on the server`);
    return note;
  }

  /** Opens the facilitator's board rules and flips one. */
  async function setRule(facilitator: BoardPage, rule: RegExp, on: boolean): Promise<void> {
    await facilitator.page.getByRole('button', { name: 'Règles' }).click();
    await facilitator.page.getByRole('switch', { name: rule }).setChecked(on);
    await facilitator.page.keyboard.press('Escape');
  }

  async function facilitatorOf(w: CreateWorkshopResponse, options = WIDE): Promise<BoardPage> {
    const facilitator = await essaim.person(options);
    await facilitator.page.goto(`${essaim.server.url}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await facilitator.waitConnected();
    return facilitator;
  }

  it('on a locked board, opening one’s own note says the board is locked, and by whom', async () => {
    const w = await workshop('Claire');
    const facilitator = await facilitatorOf(w);
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    await lina.addNote('Une navette le samedi');
    const mine = await storedNote(lina, 'Une navette le samedi');

    await setRule(facilitator, /Verrouiller le tableau/, true);
    await lina.page.getByTestId('read-only').waitFor();
    const at = await noteCentre(lina.page, mine.id);
    await lina.page.mouse.dblclick(at.x, at.y);
    await toastWith(lina.page, 'Claire a verrouillé le tableau').waitFor();
    expect(await toastWith(lina.page, 'propres notes').count()).toBe(0);
    expect(await lina.page.getByTestId('note-editor').count()).toBe(0);
  });

  it('recolouring someone else’s note is refused with a reason, and works once everyone may edit everything', async () => {
    const w = await workshop('Claire');
    const facilitator = await facilitatorOf(w);
    await facilitator.addNote('Note de Claire');
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    await lina.waitForNote('Note de Claire');
    const theirs = await storedNote(lina, 'Note de Claire');

    const at = await noteCentre(lina.page, theirs.id);
    await lina.page.mouse.click(at.x, at.y);
    await lina.page.getByRole('button', { name: 'Rose', exact: true }).click();
    const refusal = toastWith(lina.page, 'Vous ne pouvez changer la couleur que de vos propres notes.');
    await refusal.waitFor();
    expect((await storedNote(lina, 'Note de Claire')).color).toBe(theirs.color);

    await setRule(facilitator, /Tout le monde modifie tout/, true);
    await refusal.waitFor({ state: 'detached', timeout: 15_000 });
    await lina.page.getByRole('button', { name: 'Vert', exact: true }).click();
    await expect.poll(async () => (await storedNote(lina, 'Note de Claire')).color, { timeout: 10_000 }).toBe('green');
    expect(await refusal.count()).toBe(0);
  });

  it('the join form’s error goes away as soon as the code is corrected', async () => {
    const w = await workshop();
    const lina = await essaim.person();
    await lina.page.getByLabel('Code').fill('ZZZZZZ');
    await lina.page.getByLabel('Votre prénom').fill('Lina');
    await lina.page.getByRole('button', { name: 'Rejoindre', exact: true }).click();
    const error = toastWith(lina.page, 'Aucun atelier ne correspond à ce code');
    await error.waitFor();

    await lina.page.getByLabel('Code').fill(w.joinCode);
    // well before the toast would have timed out on its own (4 s)
    await error.waitFor({ state: 'detached', timeout: 1500 });
    await lina.page.getByText('Atelier\u00a0: Atelier des retours').waitFor();
    expect(await lina.page.locator('.field-error').count()).toBe(0);
  });

  it('a dismissed banner stays dismissed after a reload and in a new tab, and the next message shows', async () => {
    const w = await workshop();
    const broadcast = (text: string) =>
      fetch(`${essaim.server.url}/api/workshops/${w.workshopId}/broadcast`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${w.facilitatorToken}` },
        body: JSON.stringify({ text }),
      });
    await broadcast('Pause café jusqu’à 15 h');
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    const banner = (page: Page) => page.getByTestId('broadcast-banner');
    await banner(lina.page).getByText('Pause café jusqu’à 15 h').waitFor();
    await lina.page.getByRole('button', { name: 'Masquer ce message' }).click();
    await banner(lina.page).waitFor({ state: 'hidden' });

    await lina.reload();
    await lina.waitConnected();
    const tab = await lina.page.context().newPage();
    await tab.goto(lina.url);
    await tab.locator('[data-testid="connection-status"][data-state="connected"]').waitFor();
    // the workshop document arrives just after the board connects: watch for a while
    for (let i = 0; i < 15; i++) {
      expect(await banner(lina.page).isVisible()).toBe(false);
      expect(await banner(tab).isVisible()).toBe(false);
      await tab.waitForTimeout(100);
    }

    await broadcast('Retour en plénière');
    await banner(lina.page).getByText('Retour en plénière').waitFor();
    await banner(tab).getByText('Retour en plénière').waitFor();
  });

  it('toasts leave the dashboard’s summary in view', async () => {
    const facilitator = await essaim.person(WIDE);
    await facilitator.createWorkshop('Atelier Occitanie', ['Aude', 'Gard']);
    const toast = facilitator.page.locator('[data-sonner-toast]').first();
    await toast.waitFor();
    const summary = facilitator.page.locator('.dashboard-heading .hint');
    const [a, b] = [await toast.boundingBox(), await summary.boundingBox()];
    expect(a && b).toBeTruthy();
    const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
    expect(overlap, `toast ${JSON.stringify(a)} over summary ${JSON.stringify(b)}`).toBe(false);
  });

  it('every button keeps readable text at rest and hovered (WCAG AA), on the home page, a board and the dashboard', async () => {
    const person = await essaim.person(WIDE);
    const failures = async (where: string) =>
      (await buttonLooks(person.page)).flatMap(({ rest, hovered }) =>
        [...belowAA([rest]).map((l) => ({ ...l, state: 'rest' })), ...belowAA([hovered]).map((l) => ({ ...l, state: 'hover' }))].map((l) => ({ where, ...l })),
      );
    const found = await failures('home');
    await person.createWorkshop('Atelier contrastes');
    await person.addNote('Lisible');
    found.push(...(await failures('board')));
    await person.page.goto(`${person.url}/tableau-de-bord`);
    await person.page.locator('[data-testid="room-card"]').first().waitFor();
    found.push(...(await failures('dashboard')));
    expect(found).toEqual([]);
  });

  it('toasts of every type keep readable text (WCAG AA)', async () => {
    const person = await essaim.person(WIDE);
    await person.createWorkshop('Atelier contrastes');
    await person.page.locator('[data-sonner-toast]').first().waitFor();
    const looks = await toastLooks(person.page);
    expect(looks.map((l) => l.name)).toEqual(['success', 'info', 'warning', 'error']);
    expect(belowAA(looks)).toEqual([]);
  });
});
