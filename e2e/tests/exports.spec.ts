import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JoinResponse } from '@essaim/shared';
import type { Download, Page } from 'playwright-core';
import { createWorkshop } from '../fixtures/createWorkshop.js';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { writeNotes } from '../fixtures/writeNotes.js';

// `serviceWorkers: 'block'`: page.route sees the page's own requests (the export is held back by one)
const WIDE = { viewport: { width: 1280, height: 860 }, serviceWorkers: 'block' as const };
const WAIT = 20_000;
/** A PDF is drawn in a worker on the server: allow it time on a busy test machine. */
const FILE_WAIT = 60_000;
const TITLE = 'Mobilités du Pays de Retz';
const ROOM = 'Écoles';
/** Accents, ç, œ, ’ and « guillemets »: what the report must keep as real text. */
const NOTE = 'Une navette « solidaire » vers l’hôpital de Machecoul, ça coûte cher aux cœurs de bourg';
const NOTE_CSV = 'Garde d’enfants « à la carte » le mercredi';

/** Text as compared across a PDF's line breaks and hyphenation: no spaces of any kind, no hyphens. */
const squash = (text: string) => text.replace(/[\s\u00a0\u202f\u00ad-]+/g, '');

const tmp = mkdtempSync(join(tmpdir(), 'essaim-exports-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Saves a download where the test can read it. */
async function saved(download: Download): Promise<{ name: string; path: string; bytes: Buffer }> {
  const path = join(tmp, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Clicks an item of the open export menu and waits for the file it gives. */
async function exportFile(page: Page, item: string): Promise<{ name: string; path: string; bytes: Buffer }> {
  const menu = page.getByTestId('export-menu');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: FILE_WAIT }), menu.getByRole('button', { name: item, exact: true }).click()]);
  return saved(download);
}

async function joinByApi(base: string, code: string, name: string): Promise<JoinResponse> {
  const res = await fetch(`${base}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name }) });
  if (!res.ok) throw new Error(`join answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as JoinResponse;
}

describe('exports: PDF, CSV, JSON backup and import', () => {
  const essaim = useEssaim();

  it('the facilitator exports the room’s PDF by keyboard and gets the participant’s note as text; participants see no export button; observers only when allowed', async () => {
    const base = essaim.server.url;
    const w = await createWorkshop(base, { title: TITLE, name: 'Claire', rooms: 1, roomNames: [ROOM] });

    // a participant joins from the home page and writes a note
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    await lina.waitRoom(ROOM);
    await lina.addNote(NOTE);
    await lina.waitForNote(NOTE);

    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}/tableau-de-bord#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await new DashboardPage(claire.page).enter(ROOM);
    await claire.waitRoom(ROOM);
    await claire.waitForNote(NOTE);

    // the board is loaded on both screens: the facilitator has « Exporter », the participant nothing
    expect(await claire.page.getByTestId('export-button').count()).toBe(1);
    expect(await lina.page.getByTestId('export-button').count()).toBe(0);
    expect(await lina.page.getByRole('button', { name: /Export/ }).count()).toBe(0);
    // and the server refuses her token anyway
    const linaToken = (await lina.session(w.workshopId)).token;
    expect((await fetch(`${base}/api/workshops/${w.workshopId}/export.pdf`, { headers: { authorization: `Bearer ${linaToken}` } })).status).toBe(403);

    // an observer has no export until a facilitator allows it, then has it at once
    const observer = await essaim.person(WIDE);
    await observer.page.goto(`${base}/inviter/${w.invites.observer}`);
    await observer.page.getByLabel('Votre nom').fill('Financeur');
    await observer.page.getByRole('button', { name: 'Rejoindre' }).click();
    await new DashboardPage(observer.page).card(ROOM).waitFor({ timeout: WAIT });
    await observer.waitConnected();
    expect(await observer.page.getByTestId('export-button').count()).toBe(0);
    const dashboard = await claire.page.context().newPage();
    await dashboard.goto(`${base}/atelier/${w.workshopId}/tableau-de-bord`);
    const allow = dashboard.getByRole('switch', { name: /Les observateurs peuvent exporter/ });
    await allow.click();
    await expect.poll(() => allow.isChecked(), { timeout: WAIT }).toBe(true);
    await observer.page.getByTestId('export-button').waitFor({ timeout: WAIT });
    await observer.page.getByTestId('export-button').click();
    const observed = await exportFile(observer.page, 'Tableur CSV');
    expect(observed.bytes.toString('utf8')).toContain(NOTE);
    await allow.click();
    await observer.page.getByTestId('export-button').waitFor({ state: 'detached', timeout: WAIT });

    // the PDF request is held until the busy state has been seen
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: URL[] = [];
    await claire.page.route((url) => url.pathname.endsWith('/export.pdf'), async (route) => {
      asked.push(new URL(route.request().url()));
      await held;
      await route.continue();
    });

    // keyboard only: open the menu, this room is chosen, A4, « Exporter en PDF »
    await claire.page.getByTestId('export-button').focus();
    await claire.page.keyboard.press('Enter');
    const menu = claire.page.getByTestId('export-menu');
    await menu.waitFor({ timeout: WAIT });
    expect(await menu.getByRole('heading').textContent()).toBe(`Exporter «\u00a0${ROOM}\u00a0»`);
    const focused = () => claire.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? document.activeElement?.textContent ?? '');
    await expect.poll(focused, { timeout: WAIT }).toBe('Cette salle');
    await claire.page.keyboard.press('Tab');
    expect(await focused()).toBe('A4');
    await claire.page.keyboard.press('Tab');
    expect(await focused()).toBe('Exporter en PDF');
    const downloading = claire.page.waitForEvent('download', { timeout: FILE_WAIT });
    await claire.page.keyboard.press('Enter');

    const pdfButton = menu.locator('[data-export="pdf"]');
    await pdfButton.filter({ hasText: 'Préparation du PDF…' }).waitFor({ timeout: WAIT });
    expect(await pdfButton.getAttribute('aria-disabled')).toBe('true');
    expect(await focused()).toBe('Préparation du PDF…');
    release();
    const pdf = await saved(await downloading);

    const roomId = w.rooms.find((r) => r.name === ROOM)!.id;
    expect(asked).toHaveLength(1);
    expect(Object.fromEntries(asked[0]!.searchParams)).toEqual({ rooms: roomId, paper: 'a4', lang: 'fr' });
    expect(pdf.name).toMatch(new RegExp(`^${TITLE}.*\\.pdf$`));
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
    expect(squash(text)).toContain(squash(NOTE));
    expect(text).toContain(ROOM);
    // done: the menu closed and the button is back
    await menu.waitFor({ state: 'hidden', timeout: WAIT });
    expect(await pdfButton.textContent()).toBe('Exporter en PDF');
  });

  it('the dashboard gives a French spreadsheet and a backup; the backup imported from the home page is a new workshop with the note', async () => {
    const base = essaim.server.url;
    const w = await createWorkshop(base, { title: TITLE, name: 'Claire', rooms: 1, roomNames: [ROOM] });
    const nour = await joinByApi(base, w.joinCode, 'Nour');
    await writeNotes(base, { workshopId: w.workshopId, roomId: nour.roomId, token: nour.token, participantId: nour.participantId }, [
      { text: NOTE_CSV, color: 'green', x: 200, y: 160, createdAt: Date.now() },
    ]);

    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}/tableau-de-bord#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    const board = new DashboardPage(claire.page);
    await board.waitNoteCount(ROOM, 1);

    await claire.page.getByTestId('export-button').click();
    expect(await claire.page.getByTestId('export-menu').getByRole('heading').textContent()).toBe('Exporter l’atelier');
    // the dashboard's export holds every room: no PNG of one board there
    expect(await claire.page.getByTestId('export-menu').locator('[data-export="png"]').count()).toBe(0);
    const csv = await exportFile(claire.page, 'Tableur CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.bytes.subarray(3).toString('utf8');
    expect(rows).toContain(NOTE_CSV);
    expect(rows.split(/\r?\n/)[0]).toContain(';');

    await claire.page.getByTestId('export-button').click();
    const backup = await exportFile(claire.page, 'Sauvegarde JSON');
    expect(backup.name).toMatch(/\.json$/);
    expect(backup.bytes.toString('utf8')).toContain(NOTE_CSV);

    // a colleague restores it on another browser, from the home page
    const camille = await essaim.person(WIDE);
    await camille.page.getByText('Importer une sauvegarde').click();
    const importCard = camille.page.locator('.import-card');
    await importCard.getByLabel('Votre nom (facultatif)').fill('Camille');
    // a file that is not a backup: said in French, with the server's detail, and nothing opens
    await importCard.getByLabel('Fichier de sauvegarde (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes":["pas une sauvegarde"]}') });
    await camille.page.getByRole('button', { name: 'Importer l’atelier' }).click();
    const alert = camille.page.getByRole('alert').filter({ hasText: 'Ce fichier n’est pas une sauvegarde Essaim valide.' });
    await alert.waitFor({ timeout: WAIT });
    expect((await alert.locator('small').textContent())?.length).toBeGreaterThan('Détail\u00a0: '.length);
    expect(new URL(camille.page.url()).pathname).toBe('/');

    await importCard.getByLabel('Fichier de sauvegarde (.json)').setInputFiles(backup.path);
    await camille.page.getByRole('button', { name: 'Importer l’atelier' }).click();
    await camille.page.waitForURL(/\/tableau-de-bord$/, { timeout: WAIT });
    const imported = camille.workshopId();
    expect(imported).not.toBe(w.workshopId);
    const session = (await camille.session(imported)) as { token: string; role?: string; name?: string };
    expect(session.role).toBe('facilitator');
    expect(session.name).toBe('Camille');
    expect(session.token).not.toBe(w.facilitatorToken);
    await camille.waitConnected();
    await new DashboardPage(camille.page).enter(ROOM);
    await camille.waitRoom(ROOM);
    await camille.waitForNote(NOTE_CSV);
  });
});
