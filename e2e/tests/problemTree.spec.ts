import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boardMaps, parseLink, readNotes, rectsIntersect, type Link, type Note } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { onPage, drawnNotes } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
const screenshot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });

interface Board {
  notes: Note[];
  links: Link[];
}



const centre = (n: Note) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

describe('the problem tree, two people', () => {
  const essaim = useEssaim();

  async function twoPeople(title: string) {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop(title);
    const lina = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await lina.join(code, 'Lina');
    const workshopId = lina.workshopId();
    const reader = async (p: BoardPage) => {
      const session = await p.session(workshopId);
      return (): Promise<Board> =>
        withBoard(essaim.server.url, workshopId, session.roomId, session.token, (doc) => ({
          notes: readNotes(doc),
          links: [...boardMaps(doc).links.values()].flatMap((v) => parseLink(v) ?? []),
        }));
    };
    return { facilitator, lina, readAsFacilitator: await reader(facilitator), readAsLina: await reader(lina) };
  }

  /** Right click on a note's centre, then the menu item; the context menu must offer it. */
  async function fromMenu(page: Page, note: Note, item: string): Promise<void> {
    const at = await onPage(page, centre(note));
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: item, exact: true }).click();
    await menu.waitFor({ state: 'detached' });
  }

  /** The editor a new cause or consequence opens on: type its text and close it. */
  async function typeInEditor(page: Page, text: string): Promise<void> {
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    await editor.fill(text);
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
  }

  it('builds a tree through the context menu; « Réorganiser » shows the other person the same tidy tree', async () => {
    const { facilitator: a, lina: b, readAsFacilitator, readAsLina } = await twoPeople('Arbre à problèmes — Aude');
    await a.addNote('Isolement des personnes âgées');
    const problemOf = async () => (await readAsFacilitator()).notes.find((n) => n.text === 'Isolement des personnes âgées')!;
    const causes = ['Pas de transport le soir', 'Fermeture du café', 'Familles éloignées'];
    const consequences = ['Repli sur soi', 'Santé qui se dégrade'];

    // the menu on a note offers what a facilitator may do
    const problem = await problemOf();
    const at = await onPage(a.page, centre(problem));
    await a.page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = a.page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Modifier'), expect.stringContaining('Couleur…'), expect.stringContaining('Ajouter une cause'), expect.stringContaining('Ajouter une conséquence'), expect.stringContaining('Supprimer')]),
    );
    // the keyboard: the first item has the focus, Escape closes the menu
    expect(await a.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await screenshot(a.page, 'problem-tree-menu');
    await a.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    for (const text of causes) {
      await fromMenu(a.page, await problemOf(), 'Ajouter une cause');
      await typeInEditor(a.page, text);
    }
    for (const text of consequences) {
      await fromMenu(a.page, await problemOf(), 'Ajouter une conséquence');
      await typeInEditor(a.page, text);
    }
    for (const text of [...causes, ...consequences]) await b.waitForNote(text);

    const fromB = await readAsLina();
    expect(fromB.notes).toHaveLength(6);
    expect(fromB.links.filter((l) => l.kind === 'cause')).toHaveLength(3);
    expect(fromB.links.filter((l) => l.kind === 'consequence')).toHaveLength(2);

    // a cause dragged away: the tree is untidy until « Réorganiser »
    const strayed = fromB.notes.find((n) => n.text === 'Fermeture du café')!;
    const from = await onPage(a.page, centre(strayed));
    await a.page.mouse.move(from.x, from.y);
    await a.page.mouse.down();
    for (let i = 1; i <= 10; i++) await a.page.mouse.move(from.x + 30 * i, from.y - 25 * i);
    await a.page.mouse.up();
    await expect.poll(async () => (await readAsLina()).notes.find((n) => n.id === strayed.id)!.x).not.toBe(strayed.x);
    const dragged = (await readAsLina()).notes.find((n) => n.id === strayed.id)!;

    await fromMenu(a.page, await problemOf(), 'Réorganiser l’arbre');

    const expectTidy = (board: Board) => {
      const byText = new Map(board.notes.map((n) => [n.text, n]));
      const p = byText.get('Isolement des personnes âgées')!;
      for (const text of causes) expect(byText.get(text)!.y, text).toBeGreaterThan(p.y + p.height);
      for (const text of consequences) expect(byText.get(text)!.y + byText.get(text)!.height, text).toBeLessThan(p.y);
      for (let i = 0; i < board.notes.length; i++) {
        for (let j = i + 1; j < board.notes.length; j++) expect(rectsIntersect(board.notes[i]!, board.notes[j]!), `${board.notes[i]!.text} × ${board.notes[j]!.text}`).toBe(false);
      }
      const typed = board.links.filter((l) => l.kind !== 'plain');
      expect(typed).toHaveLength(5);
      for (const l of typed) {
        const [from, to] = [board.notes.find((n) => n.id === l.from)!, board.notes.find((n) => n.id === l.to)!];
        // a cause points to the problem, the problem to a consequence
        if (l.kind === 'cause') expect(to.id).toBe(p.id);
        else expect(from.id).toBe(p.id);
      }
    };
    const positions = (board: Board) => Object.fromEntries(board.notes.map((n) => [n.id, { x: n.x, y: n.y }]));
    const [asA, asB] = [await readAsFacilitator(), await readAsLina()];
    expectTidy(asA);
    expectTidy(asB);
    expect(positions(asB)).toEqual(positions(asA));

    // B's canvas draws every note where the document has it
    await b.page.getByRole('button', { name: 'Ajuster au contenu' }).click();
    await expect.poll(() => drawnNotes(b.page), { timeout: 10_000 }).toEqual(positions(asA));
    await screenshot(a.page, 'problem-tree-facilitator');
    await screenshot(b.page, 'problem-tree-lina');
    expect(positions(asA)[strayed.id]).not.toEqual({ x: dragged.x, y: dragged.y });
  });

  it('on a 360 px phone, a long press opens the menu as a sheet a thumb can use, and it adds a cause', async () => {
    const a = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await a.createWorkshop('Arbre sur téléphone');
    const phone = await essaim.person({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    await phone.join(code, 'Lina');
    await phone.addNote('Pas de médecin');
    await phone.page.getByRole('button', { name: 'Tableau', exact: true }).tap();
    const session = await phone.session(phone.workshopId());
    const note = (await withBoard(essaim.server.url, phone.workshopId(), session.roomId, session.token, readNotes))[0]!;
    const at = await onPage(phone.page, centre(note));
    const cdp = await phone.page.context().newCDPSession(phone.page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: at.x, y: at.y }] });
    const menu = phone.page.getByRole('menu');
    await menu.waitFor({ timeout: 3000 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    for (const item of await menu.getByRole('menuitem').all()) expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phone.page, 'problem-tree-phone-menu');
    await menu.getByRole('menuitem', { name: 'Ajouter une cause' }).tap();
    await typeInEditor(phone.page, 'Cabinet fermé');
    await a.waitForNote('Cabinet fermé');
    const links = await withBoard(essaim.server.url, phone.workshopId(), session.roomId, session.token, (doc) => [...boardMaps(doc).links.values()].flatMap((v) => parseLink(v) ?? []));
    expect(links).toEqual([expect.objectContaining({ kind: 'cause', to: note.id })]);
  });

  it('copies, pastes lines of text as notes, duplicates and tidies into a grid, each one change', async () => {
    const { facilitator: a, lina: b, readAsLina } = await twoPeople('Copier, coller, disposer');
    await a.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await a.addNote('Mobilité');
    const [note] = (await readAsLina()).notes;
    const at = await onPage(a.page, centre(note!));
    await a.page.mouse.click(at.x, at.y);
    await a.page.keyboard.press('Control+c');
    expect(await a.page.evaluate(() => navigator.clipboard.readText())).toBe('Mobilité');
    await a.page.mouse.move(at.x + 300, at.y + 150);
    await a.page.keyboard.press('Control+v');
    await expect.poll(async () => (await readAsLina()).notes.length).toBe(2);
    await a.page.keyboard.press('Control+d');
    await expect.poll(async () => (await readAsLina()).notes.length).toBe(3);
    // text copied elsewhere: one note per line
    await a.page.evaluate(() => navigator.clipboard.writeText('Santé\nÉcole\n\nCommerce'));
    await a.page.mouse.move(at.x - 300, at.y + 200);
    await a.page.keyboard.press('Control+v');
    for (const text of ['Santé', 'École', 'Commerce']) await b.waitForNote(text);
    expect((await readAsLina()).notes.filter((n) => n.text === 'Mobilité')).toHaveLength(3);

    await a.page.keyboard.press('Control+a');
    await a.page.getByRole('button', { name: 'Disposer' }).click();
    await a.page.getByRole('menuitem', { name: 'Ranger en grille' }).click();
    await expect.poll(async () => {
      const notes = (await readAsLina()).notes;
      return new Set(notes.map((n) => n.y)).size; // 6 notes: 3 columns, 2 rows
    }).toBe(2);
    const notes = (await readAsLina()).notes;
    for (let i = 0; i < notes.length; i++) for (let j = i + 1; j < notes.length; j++) expect(rectsIntersect(notes[i]!, notes[j]!)).toBe(false);
    await screenshot(a.page, 'grid-after-paste');
  });

  it('undo undoes only one’s own change, on both screens', async () => {
    const { facilitator: a, lina: b, readAsLina } = await twoPeople('Annuler ses propres changements');
    await a.addNote('Note de la facilitatrice');
    await b.addNote('Note de Lina');
    await a.waitForNote('Note de Lina');
    await b.waitForNote('Note de la facilitatrice');

    // first the text typed, then the note itself: two steps of her own, never Lina's note
    await a.page.keyboard.press('Control+z');
    for (const p of [a, b]) {
      await expect.poll(async () => (await p.noteTexts()).includes('Note de la facilitatrice'), { timeout: 10_000 }).toBe(false);
      expect(await p.noteTexts()).toContain('Note de Lina');
    }
    await a.page.keyboard.press('Control+z');
    for (const p of [a, b]) {
      await expect.poll(() => p.noteTexts(), { timeout: 10_000 }).toEqual(['Note de Lina']);
    }
    expect((await readAsLina()).notes.map((n) => n.text)).toEqual(['Note de Lina']);
    await screenshot(b.page, 'undo-own-change-lina');

    // the keyboard way in: Shift+F10 on a note of the notes list, Escape gives the focus back
    const item = b.page.getByTestId('notes-list').locator('li button', { hasText: 'Note de Lina' }).first();
    await item.focus();
    await b.page.keyboard.press('Shift+F10');
    const menu = b.page.getByRole('menu');
    await menu.waitFor();
    await b.page.keyboard.press('ArrowDown');
    expect(await b.page.evaluate(() => document.activeElement?.textContent)).toContain('Couleur…');
    await b.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);

    // the « ? » help lists every shortcut, these included
    await b.page.getByRole('button', { name: 'Aide' }).click();
    const help = b.page.getByRole('dialog', { name: 'Comment ça marche' });
    for (const row of ['Ajouter une cause', 'Réorganiser l’arbre', 'Ranger en grille', 'Dupliquer', 'Annuler', 'Menu contextuel de la sélection']) {
      await help.getByRole('rowheader', { name: row, exact: true }).waitFor();
    }
    await help.getByRole('rowheader', { name: 'Réorganiser l’arbre' }).scrollIntoViewIfNeeded();
    await screenshot(b.page, 'shortcuts-help');
  });
});
