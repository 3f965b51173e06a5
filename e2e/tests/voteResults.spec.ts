import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boardMaps, createNote, type VoteResponse } from '@essaim/shared';
import type * as Y from 'yjs';
import { createWorkshop } from '../fixtures/createWorkshop.js';
import { readBoard, withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WIDE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WAIT = 20_000;
const OUT = new URL('../.artifacts/voting', import.meta.url).pathname;

async function api<T>(url: string, token: string, method: string, body?: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${url} ${res.status} ${JSON.stringify(json)}`);
  return json;
}

describe('dot voting, the facilitator’s side', () => {
  const essaim = useEssaim();

  it('starts a vote on the board, follows it, closes it, keeps the top 3 with a tie, participants read the results on a phone', async () => {
    mkdirSync(OUT, { recursive: true });
    const base = essaim.server.url;
    const w = await createWorkshop(base, { title: 'Besoins du Haut-Aude', name: 'Claire', template: 'carte-des-besoins' });
    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitConnected();
    const { roomId, token } = await claire.session(w.workshopId);
    const texts = ['Navette le samedi', 'Covoiturage au marché', 'Pistes cyclables', 'Bus scolaire ouvert à tous', 'Autopartage', 'Transport à la demande'];
    await withBoard(base, w.workshopId, roomId, token, (doc: Y.Doc) => {
      texts.forEach((text, i) => createNote(doc, { id: `n${i}`, x: 100 + (i % 3) * 190, y: 700 + Math.floor(i / 3) * 190, text }, { authorId: w.facilitatorId, now: i + 1 }));
    });
    await claire.waitForNote('Autopartage');

    const people: Record<string, { token: string }> = {};
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    const marc = await essaim.person(WIDE);
    await marc.join(w.joinCode, 'Marc');
    const nour = await essaim.person(PHONE);
    await nour.join(w.joinCode, 'Nour');
    for (const [name, p] of [['Lina', lina], ['Marc', marc], ['Nour', nour]] as const) people[name] = { token: (await p.session(w.workshopId)).token };

    // 1. « Vote » in the top bar: 2 dots each, named, results at the close
    await claire.page.getByTestId('vote-button').click();
    const form = claire.page.getByTestId('vote-start');
    await form.waitFor({ timeout: WAIT });
    await form.getByLabel('Points par personne').fill('2');
    await form.getByLabel('Nominatifs').check();
    await claire.page.screenshot({ path: `${OUT}/1-start-form.png` });
    await form.getByRole('button', { name: 'Lancer le vote' }).click();
    const progress = claire.page.getByTestId('vote-progress');
    await progress.waitFor({ timeout: WAIT });
    const voteId = (await progress.getAttribute('data-vote-id'))!;
    // the form that had the focus is gone: the round's title takes it
    await expect.poll(() => claire.page.evaluate(() => document.activeElement?.closest('[data-testid="vote-progress"]') !== null)).toBe(true);

    // participants vote (through the API: the participant side is another piece of work)
    const dot = (name: string, noteId: string) => api<VoteResponse>(`${base}/api/workshops/${w.workshopId}/votes/${voteId}/dots`, people[name]!.token, 'POST', { noteId });
    await dot('Lina', 'n0');
    await dot('Lina', 'n1');
    await dot('Marc', 'n0');
    await dot('Marc', 'n2');
    await expect.poll(() => progress.getByTestId('vote-turnout').textContent(), { timeout: WAIT }).toBe('2 participants sur 3 ont voté');
    await dot('Nour', 'n3');
    await dot('Nour', 'n0');
    await expect.poll(() => progress.getByTestId('vote-turnout').textContent(), { timeout: WAIT }).toBe('3 participants sur 3 ont voté');
    await claire.page.screenshot({ path: `${OUT}/2-progress.png` });

    // live results for the facilitator while open
    await progress.getByRole('button', { name: 'Résultats en direct' }).click();
    const dialog = claire.page.getByTestId('vote-results');
    await dialog.getByTestId('vote-ranking').waitFor({ timeout: WAIT });
    await expect.poll(() => dialog.getByTestId('vote-ranking').locator('li').first().textContent(), { timeout: WAIT }).toContain('Navette le samedi');
    await claire.page.screenshot({ path: `${OUT}/3-live-results.png` });
    await claire.page.keyboard.press('Escape');
    // the popover that opened the dialog is gone: the focus goes back to « Vote »
    await expect.poll(() => claire.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('vote-button');

    // 2. « Clôturer le vote » opens the results
    await claire.page.getByTestId('vote-button').click();
    await claire.page.getByRole('button', { name: 'Clôturer le vote' }).click();
    await dialog.locator('[data-status="closed"]').waitFor({ timeout: WAIT });
    const rows = dialog.getByTestId('vote-ranking').locator('li');
    await expect.poll(() => rows.count(), { timeout: WAIT }).toBe(4);
    expect(await rows.nth(0).textContent()).toMatch(/^1er.*Navette le samedi.*3 points$/);
    expect(await rows.nth(1).textContent()).toMatch(/^2e ex æquo/);
    expect(await dialog.getByTestId('vote-results-turnout').textContent()).toBe('3 participants sur 3 ont voté');
    // named: who voted for what
    expect(await rows.nth(0).textContent()).toContain('Lina');

    // 3. « Garder les 3 premiers »: 1 kept, 3 tied at 1 for 2 places
    const keep = dialog.getByTestId('vote-keep');
    const ties = keep.getByTestId('vote-ties');
    await ties.waitFor({ timeout: WAIT });
    expect(await ties.locator('legend').textContent()).toBe('Égalité\u00a0: choisissez 2 notes parmi 3');
    const submit = keep.getByRole('button', { name: /Copier les/ });
    expect(await submit.isDisabled()).toBe(true);
    await ties.getByLabel('Pistes cyclables').check();
    await ties.getByLabel('Bus scolaire ouvert à tous').check();
    await claire.page.screenshot({ path: `${OUT}/4-closed-results-keep.png`, fullPage: true });
    await dialog.screenshot({ path: `${OUT}/4b-dialog.png` });
    await submit.click();
    // said inside the dialog (a modal: the toasts are behind it), then « Copier à nouveau » so a second click is no surprise
    await keep.getByText(/3 notes copiées dans la zone «\u00a03 besoins prioritaires\u00a0»/).waitFor({ timeout: WAIT });
    await keep.getByRole('button', { name: 'Copier à nouveau les 3 notes' }).waitFor({ timeout: WAIT });
    await keep.getByLabel('Déplacer').check();
    await keep.getByLabel('Copier (les notes restent aussi où elles sont)').check();
    expect(await keep.getByTestId('vote-keep-copied').textContent()).toBe('Déjà copiées\u00a0: 3 notes');
    const board = await readBoard(base, w.workshopId, roomId, token);
    expect(board.filter((n) => n.text === 'Navette le samedi').length).toBe(2);
    // the 2 notes without a dot are said, the copies made since are not counted among them
    expect(await dialog.getByTestId('vote-unranked').textContent()).toBe('2 notes sans point ne sont pas classées.');

    // 4. the phone participant reads the results, whole screen
    await nour.page.screenshot({ path: `${OUT}/5a-phone-participant-bar.png` });
    await nour.page.getByTestId('vote-results-button').click();
    const phoneDialog = nour.page.getByTestId('vote-results');
    await phoneDialog.getByTestId('vote-ranking').waitFor({ timeout: WAIT });
    expect(await phoneDialog.getByTestId('vote-ranking').locator('li').count()).toBe(4);
    expect(await phoneDialog.textContent()).not.toContain('Lina'); // voters not shared
    expect(await phoneDialog.getByTestId('vote-keep').count()).toBe(0);
    await nour.page.screenshot({ path: `${OUT}/5-phone-results.png` });
    const box = (await phoneDialog.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(359);
    expect(await nour.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // voters shared: the phone shows names
    await dialog.getByLabel(/Montrer aux participants/).check();
    await expect.poll(() => phoneDialog.textContent(), { timeout: WAIT }).toContain('Lina');
    await nour.page.screenshot({ path: `${OUT}/6-phone-results-voters.png` });
    // keyboard: Escape closes
    await nour.page.keyboard.press('Escape');
    await phoneDialog.waitFor({ state: 'hidden', timeout: WAIT });

    // 5. a second round on the notes selected; the round picker shows both
    await claire.page.keyboard.press('Escape');
    await claire.page.getByTestId('vote-button').click();
    await claire.page.getByTestId('vote-start').getByRole('button', { name: 'Lancer le vote' }).click();
    await claire.page.getByTestId('vote-progress').waitFor({ timeout: WAIT });
    await claire.page.getByRole('button', { name: 'Clôturer le vote' }).click();
    await dialog.getByLabel('Tour de vote').waitFor({ timeout: WAIT });
    await dialog.getByLabel('Tour de vote').selectOption({ label: 'Vote 1 — tout le tableau' });
    await expect.poll(() => dialog.getByTestId('vote-ranking').locator('li').count(), { timeout: WAIT }).toBe(4);
    await claire.page.screenshot({ path: `${OUT}/7-round-picker.png` });
  });

  it('starts a vote in every room from the dashboard and shows the breakdown by room', async () => {
    const base = essaim.server.url;
    const w = await createWorkshop(base, { title: 'Deux salles', name: 'Claire', rooms: 2, roomNames: ['Aude', 'Ariège'] });
    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}/tableau-de-bord#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    const card = claire.page.getByTestId('vote-card');
    await card.waitFor({ timeout: WAIT });
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    const { roomId } = await lina.session(w.workshopId);
    await withBoard(base, w.workshopId, roomId, w.facilitatorToken, (doc: Y.Doc) => {
      createNote(doc, { id: 'a1', x: 100, y: 100, text: 'Une idée pour Aude' }, { authorId: w.facilitatorId, now: 1 });
    });
    await card.getByRole('button', { name: 'Lancer le vote' }).click();
    await card.getByTestId('vote-progress').waitFor({ timeout: WAIT });
    // every breakout room has its round: no second « Lancer le vote » to be refused, the plenary still free
    expect(await card.getByTestId('vote-start').count()).toBe(0);
    await card.getByRole('button', { name: 'Lancer un vote dans une autre salle' }).click();
    expect(await card.getByTestId('vote-start').textContent()).toContain('Plénière');
    await claire.page.screenshot({ path: `${OUT}/8-dashboard-open.png`, fullPage: true });
    await card.getByRole('button', { name: 'Clôturer le vote' }).click();
    const dialog = claire.page.getByTestId('vote-results');
    await dialog.locator('.vote-by-room').waitFor({ timeout: WAIT });
    // one line a room, Aude and Ariège
    expect(await dialog.locator('.vote-by-room tbody tr').allTextContents()).toEqual([expect.stringContaining('Aude'), expect.stringContaining('Ariège')]);
    // the room filter is named apart from the table's « Salle » column
    expect(await dialog.getByRole('combobox', { name: 'Salle affichée' }).count()).toBe(1);
    await claire.page.screenshot({ path: `${OUT}/9-dashboard-results.png` });
  });

  it('votes on the selected zone, then « Ranger par… » « Par votes » titles the sub-areas; a facilitator on a phone', async () => {
    const base = essaim.server.url;
    const w = await createWorkshop(base, { title: 'Zone', name: 'Claire', template: 'carte-des-besoins' });
    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitConnected();
    const { roomId, token } = await claire.session(w.workshopId);
    const texts = ['Navette', 'Covoiturage', 'Vélos', 'Bus', 'Autopartage'];
    await withBoard(base, w.workshopId, roomId, token, (doc: Y.Doc) => {
      texts.forEach((text, i) => createNote(doc, { id: `n${i}`, x: 100 + (i % 3) * 190, y: 700 + Math.floor(i / 3) * 190, text }, { authorId: w.facilitatorId, now: i + 1 }));
      createNote(doc, { id: 'far', x: 2000, y: 100, text: 'Ailleurs' }, { authorId: w.facilitatorId, now: 9 });
    });
    await claire.waitForNote('Autopartage');
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    const linaToken = (await lina.session(w.workshopId)).token;

    // select the zone « Mobilité durable » through the canvas: a click on its title band
    await claire.page.mouse.click(470, 317);
    await claire.page.getByTestId('vote-button').click();
    const form = claire.page.getByTestId('vote-start');
    await form.waitFor({ timeout: WAIT });
    await claire.page.screenshot({ path: `${OUT}/10-zone-scope.png` });
    expect(await form.getByLabel('La zone «\u00a0Mobilité durable\u00a0»').isChecked()).toBe(true);
    await form.getByLabel('Points par personne').fill('3');
    await form.getByLabel('Au plus par note').fill('2');
    await form.getByRole('button', { name: 'Lancer le vote' }).click();
    const progress = claire.page.getByTestId('vote-progress');
    await progress.waitFor({ timeout: WAIT });
    const voteId = (await progress.getAttribute('data-vote-id'))!;
    const dot = (noteId: string) => api<VoteResponse>(`${base}/api/workshops/${w.workshopId}/votes/${voteId}/dots`, linaToken, 'POST', { noteId });
    await dot('n0');
    await dot('n0');
    await dot('n1');
    await expect(dot('far')).rejects.toThrow(/note_out_of_scope/);
    await progress.getByRole('button', { name: 'Clôturer le vote' }).click();
    const dialog = claire.page.getByTestId('vote-results');
    await dialog.locator('[data-status="closed"]').waitFor({ timeout: WAIT });
    await claire.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: WAIT });

    // « Ranger par… » on the zone, still selected
    await claire.page.getByRole('button', { name: 'Ranger par…' }).click();
    await claire.page.getByRole('menuitem', { name: 'Par votes' }).click();
    await expect
      .poll(() => withBoard(base, w.workshopId, roomId, token, (doc) => [...boardMaps(doc).labels.values()].map((l) => (l as { text: string }).text).filter((t) => /^(\d+ points?|Sans point)$/.test(t)).sort()), { timeout: WAIT })
      .toEqual(['1 point', '2 points', 'Sans point']);
    await claire.page.screenshot({ path: `${OUT}/11-arranged-by-votes.png` });

    // a facilitator on a phone: the « Vote » button and its popover fit
    const phone = await essaim.person(PHONE);
    await phone.page.goto(`${base}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await phone.waitConnected();
    await phone.page.screenshot({ path: `${OUT}/12a-phone-facilitator-board.png` });
    expect(await phone.page.getByTestId('vote-button').count()).toBe(0);
    await phone.page.goto(`${base}/atelier/${w.workshopId}/tableau-de-bord`);
    await phone.page.getByTestId('vote-card').getByTestId('vote-start').scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: `${OUT}/12-phone-facilitator-popover.png` });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.page.getByRole('button', { name: /Résultats du vote/ }).click();
    await phone.page.getByTestId('vote-results').getByTestId('vote-keep').waitFor({ timeout: WAIT });
    await phone.page.screenshot({ path: `${OUT}/13-phone-facilitator-results.png`, fullPage: true });
  });
});
