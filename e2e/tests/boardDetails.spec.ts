import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boardMaps, createNote, groupNotes, parseGroup, readNotes, setCategories, updateGroup, updateNote, type Group, type Note } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { onPage, drawnNotes, type WindowWithKonva } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
const screenshot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Seat = { workshopId: string; roomId: string; token: string; participantId: string };

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** This person's seat on the board they are looking at, to write on it as their other device would. */
async function seatOf(p: BoardPage): Promise<Seat> {
  const workshopId = p.workshopId();
  const { roomId, token, participantId } = await p.session(workshopId);
  return { workshopId, roomId, token, participantId };
}

/** The view's zoom and offset, once it has stopped changing. */
async function settledView(page: Page): Promise<{ scale: number; x: number; y: number }> {
  const read = () =>
    page.evaluate(() => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      return { scale: stage.scaleX(), ...stage.position() };
    });
  let last = await read();
  await expect
    .poll(async () => {
      const now = await read();
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/**
 * The page box of the first canvas node with this name (or of its first `child` of that type), and
 * what Konva draws of its text when it is a text (its laid-out lines, after any cut of its own).
 */
function canvasNode(page: Page, name: string, child?: string): Promise<(Box & { drawn: string }) | null> {
  return page.evaluate(
    ([selector, type]) => {
      type KonvaNode = { getClientRect(): Box; findOne(s: string): KonvaNode | undefined; textArr?: { text: string }[] };
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      const found = stage.find(selector!)[0] as unknown as KonvaNode | undefined;
      const node = found && type ? found.findOne(type) : found;
      if (!node) return null;
      const box = stage.container().getBoundingClientRect();
      const r = node.getClientRect();
      return { x: box.left + r.x, y: box.top + r.y, width: r.width, height: r.height, drawn: (node.textArr ?? []).map((l) => l.text).join('\n') };
    },
    [name, child] as const,
  );
}

describe('board details a facilitator notices', () => {
  const essaim = useEssaim();

  it('a note too far away to read opens for writing on one double-click', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await facilitator.createWorkshop('Atelier mobilité — vue d’ensemble');
    const seat = await seatOf(facilitator);
    await withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => {
      createNote(doc, { id: 'loin-a', x: 0, y: 0, text: 'Navette du marché' }, { authorId: seat.participantId, now: 1 });
      createNote(doc, { id: 'loin-b', x: 400, y: 0, text: 'Covoiturage' }, { authorId: seat.participantId, now: 2 });
    });
    await facilitator.waitForNote('Covoiturage');
    const { page } = facilitator;
    const zoomOut = page.getByRole('button', { name: 'Dézoomer' });
    for (let i = 0; i < 12 && (await settledView(page)).scale >= 0.3; i++) await zoomOut.click();
    // far away, neither note has a node of its own: both are cards of the one shape
    await expect.poll(async () => Object.keys(await drawnNotes(page))).toEqual([]);

    const at = await onPage(page, { x: 400, y: 0 });
    await page.mouse.dblclick(at.x, at.y);
    const editor = page.getByTestId('note-editor');
    await editor.waitFor({ timeout: 5_000 });
    await editor.fill('Covoiturage solidaire');
    await editor.press('Escape');
    await expect
      .poll(() => withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => readNotes(doc).find((n) => n.id === 'loin-b')?.text))
      .toBe('Covoiturage solidaire');
    expect(await facilitator.noteTexts()).toContain('Navette du marché');

    // on a phone's canvas, a double tap does the same
    const phone = await essaim.person({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    await phone.join(await facilitator.joinCode(), 'Lina');
    const linaSeat = await seatOf(phone);
    await withBoard(essaim.server.url, linaSeat.workshopId, linaSeat.roomId, linaSeat.token, (doc) => {
      createNote(doc, { id: 'loin-lina', x: 200, y: 300, text: 'Autopartage' }, { authorId: linaSeat.participantId, now: 3 });
    });
    await phone.waitForNote('Autopartage');
    await phone.page.getByRole('button', { name: 'Tableau', exact: true }).tap();
    const phoneOut = phone.page.getByRole('button', { name: 'Dézoomer' });
    for (let i = 0; i < 12 && (await settledView(phone.page)).scale >= 0.3; i++) await phoneOut.tap();
    await expect.poll(async () => Object.keys(await drawnNotes(phone.page))).toEqual([]);
    // her own note: a participant opens only hers
    const tapAt = await onPage(phone.page, { x: 200, y: 300 });
    await phone.page.touchscreen.tap(tapAt.x, tapAt.y);
    await phone.page.touchscreen.tap(tapAt.x, tapAt.y);
    const sheet = phone.page.getByTestId('note-editor');
    await sheet.waitFor({ timeout: 5_000 });
    expect(await sheet.inputValue()).toBe('Autopartage');
  });

  it('a category badge stays whole inside a small note, its name cut rather than the badge', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await facilitator.createWorkshop('Atelier catégories — petites notes');
    const seat = await seatOf(facilitator);
    const name = 'Communauté de communes du Haut-Jura';
    await withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => {
      setCategories(doc, [{ id: 'cc', name, color: 'yellow' }]);
      createNote(doc, { id: 'petite', x: 0, y: 0, text: 'Gîtes', width: 60, height: 60 }, { authorId: seat.participantId, now: 1 });
      updateNote(doc, 'petite', { categoryId: 'cc' }, 2);
    });
    await facilitator.waitForNote('Gîtes');
    const { page } = facilitator;
    await page.getByRole('button', { name: 'Ajuster au contenu' }).click();
    await settledView(page);

    await expect.poll(() => canvasNode(page, '.category-badge')).not.toBeNull();
    const badge = (await canvasNode(page, '.category-badge'))!;
    const text = (await canvasNode(page, '.category-badge', 'Text'))!;
    const note = await page.evaluate(() => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      const box = stage.container().getBoundingClientRect();
      const rect = (stage.find('.note')[0] as unknown as { findOne(s: string): { getClientRect(o: object): Box } }).findOne('Rect').getClientRect({ skipShadow: true, skipStroke: true });
      return { x: box.left + rect.x, y: box.top + rect.y, width: rect.width, height: rect.height };
    });
    // the pill inside the note, the name's start with « … » inside the pill (drawn as laid out, nothing cut by Konva)
    expect(badge.x).toBeGreaterThanOrEqual(note.x);
    expect(badge.x + badge.width).toBeLessThanOrEqual(note.x + note.width + 1);
    expect(badge.y + badge.height).toBeLessThanOrEqual(note.y + note.height + 1);
    expect(text.drawn).toMatch(/^Co\S*…$/);
    expect(text.x + text.width).toBeLessThanOrEqual(badge.x + badge.width);
    await screenshot(page, 'board-details-small-badge');
  });

  async function longCluster(p: BoardPage, seat: Seat, top: number, area: { width: number }): Promise<string> {
    // the view is moved once first, so the notes written next do not fit the view to themselves
    await p.page.getByRole('button', { name: 'Dézoomer' }).click();
    const view = await settledView(p.page);
    // the tab (34 px above the outline, 16 px around the notes) right where the panel opens by default
    const tab = { x: area.width / 2 - 150, y: top + 14 };
    const left = (tab.x - view.x) / view.scale + 16;
    const upper = (tab.y - view.y) / view.scale + 16 + 34;
    const title = 'Mobilité durable dans les communes rurales et leurs bourgs-centres';
    return withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => {
      const ids = ['bus', 'velo', 'auto'];
      ids.forEach((id, i) => createNote(doc, { id, x: left + 80 + i * 180, y: upper + 80, text: `Note ${id}` }, { authorId: seat.participantId, now: i + 1 }));
      return groupNotes(doc, { id: 'mobilite', title, noteIds: ids }, 5).title;
    });
  }

  async function selectedClusterPanel(p: BoardPage, tap: boolean): Promise<{ tab: Box & { drawn: string }; panel: Box }> {
    const { page } = p;
    await expect.poll(() => canvasNode(page, '.cluster-title')).not.toBeNull();
    const tab = (await canvasNode(page, '.cluster-title'))!;
    const at = { x: tab.x + tab.width * 0.6, y: tab.y + tab.height / 2 };
    // the tab drawn where the pointer goes (its hit region too), not only mounted
    await expect
      .poll(() =>
        page.evaluate((point) => {
          const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
          const box = stage.container().getBoundingClientRect();
          return stage.getIntersection({ x: point.x - box.left, y: point.y - box.top })?.findAncestor('.cluster-title') != null;
        }, at),
      )
      .toBe(true);
    if (tap) await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId('cluster-panel');
    await panel.waitFor();
    const box = (await canvasNode(page, '.cluster-title'))!;
    return { tab: { ...box, drawn: (await canvasNode(page, '.cluster-title-text'))!.drawn }, panel: (await panel.boundingBox())! };
  }

  it('a long cluster title keeps its count, and the selected cluster’s panel never covers its title, on a wide screen and a 360 px phone', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier groupes — titres longs');
    await longCluster(facilitator, await seatOf(facilitator), 8, { width: await facilitator.page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.container().clientWidth) });
    const wide = await selectedClusterPanel(facilitator, false);
    // the title is cut, not the count
    expect(wide.tab.drawn).toMatch(/… · 3$/);
    expect(overlap(wide.panel, wide.tab)).toBe(false);
    expect(wide.panel.y).toBeGreaterThanOrEqual(0);
    await screenshot(facilitator.page, 'board-details-cluster-panel-wide');

    const phone = await essaim.person({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    await phone.join(code, 'Lina');
    await phone.page.getByRole('button', { name: 'Tableau', exact: true }).tap();
    const stageBox = await phone.page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.container().getBoundingClientRect().toJSON() as Box);
    // the facilitator clears the board; on a phone the panel opens under the zoom controls and the search (118 px down the canvas)
    const seat = await seatOf(facilitator);
    await withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => {
      const { groups, notes } = boardMaps(doc);
      doc.transact(() => {
        for (const id of groups.keys()) groups.delete(id);
        for (const id of notes.keys()) notes.delete(id);
      });
    });
    await expect.poll(() => canvasNode(phone.page, '.cluster-title')).toBeNull();
    await longCluster(phone, await seatOf(phone), 118, { width: stageBox.width });
    const small = await selectedClusterPanel(phone, true);
    expect(small.tab.drawn).toMatch(/ · 3$/);
    expect(overlap(small.panel, small.tab)).toBe(false);
    expect(small.panel.x).toBeGreaterThanOrEqual(0);
    expect(small.panel.x + small.panel.width).toBeLessThanOrEqual(360);
    expect(small.panel.y + small.panel.height).toBeLessThanOrEqual(640);
    await screenshot(phone.page, 'board-details-cluster-panel-phone');
  });

  it('the notes list shows a folded cluster’s notes under it, and opening one unfolds it', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier groupes — liste');
    const seat = await seatOf(facilitator);
    await withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => {
      const ctx = (now: number) => ({ authorId: seat.participantId, now });
      createNote(doc, { id: 'bus', x: 0, y: 0, text: 'Bus du soir' }, ctx(1));
      createNote(doc, { id: 'velo', x: 200, y: 0, text: 'Vélos en libre-service' }, ctx(2));
      createNote(doc, { id: 'epicerie', x: 0, y: 400, text: 'Épicerie solidaire' }, ctx(3));
      groupNotes(doc, { id: 'transports', title: 'Transports', noteIds: ['bus', 'velo'] }, 4);
      updateGroup(doc, 'transports', { collapsed: true });
    });
    await facilitator.waitForNote('Épicerie solidaire');
    const { page } = facilitator;
    const list = page.getByTestId('notes-list');
    const folded = list.locator('li.notes-list-cluster');
    await expect.poll(() => folded.locator('li[data-note-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-note-id')))).toEqual(['bus', 'velo']);
    expect(await folded.getByRole('list', { name: 'Groupe replié «\u00a0Transports\u00a0» · 2 notes' }).count()).toBe(1);
    expect(await list.getByRole('button', { name: 'Bus du soir dans le groupe replié «\u00a0Transports\u00a0»' }).count()).toBe(1);
    expect(await list.getByRole('button', { name: 'Épicerie solidaire', exact: true }).count()).toBe(1);
    expect(Object.keys(await drawnNotes(page)).sort()).toEqual(['epicerie']);

    // a phone reads the same: the folded cluster's title over its notes
    const phone = await essaim.person({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    await phone.join(code, 'Lina');
    await phone.page.getByText('Groupe replié «\u00a0Transports\u00a0» · 2 notes').waitFor();
    await screenshot(phone.page, 'board-details-folded-list-phone');

    // the keyboard: Enter on a folded note unfolds its cluster (for everyone) and opens it
    const bus = list.locator('li[data-note-id="bus"] button');
    await bus.focus();
    await bus.press('Enter');
    await page.getByTestId('note-editor').waitFor();
    const groups = () =>
      withBoard(essaim.server.url, seat.workshopId, seat.roomId, seat.token, (doc) => [...boardMaps(doc).groups.values()].map((g) => parseGroup(g)).filter((g): g is Group => g !== null));
    await expect.poll(async () => (await groups()).map((g) => g.collapsed === true)).toEqual([false]);
    await expect.poll(async () => Object.keys(await drawnNotes(page)).sort()).toEqual(['bus', 'epicerie', 'velo']);
    await expect.poll(() => list.locator('li.notes-list-cluster').count()).toBe(0);
    await page.getByTestId('note-editor').press('Escape');
    // the keyboard goes on from the same note, though its row was redrawn unfolded
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li[data-note-id]')?.getAttribute('data-note-id') ?? document.activeElement?.tagName))
      .toBe('bus');
  });

  it('a new note left empty goes away with its creation; someone else’s empty note, or an older one, stays', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier notes vides');
    const lina = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await lina.join(code, 'Lina');
    const linaSeat = await seatOf(lina);
    const read = () => withBoard(essaim.server.url, linaSeat.workshopId, linaSeat.roomId, linaSeat.token, (doc) => readNotes(doc).map((n: Note) => `${n.id === 'vide-lina' ? 'vide-lina' : n.authorId === linaSeat.participantId ? 'lina' : 'facilitatrice'}:${n.text}`).sort());

    const { page } = facilitator;
    await facilitator.addNote('Premier besoin');
    // Escape at once, then leaving the field (Tab): neither empty note stays, on either board
    for (const leave of ['Escape', 'Tab']) {
      await page.getByRole('button', { name: 'Nouvelle note' }).click();
      const editor = page.getByTestId('note-editor');
      await editor.waitFor();
      await expect.poll(async () => (await read()).length).toBe(2);
      await editor.press(leave);
      await editor.waitFor({ state: 'detached' });
      await expect.poll(read).toEqual(['facilitatrice:Premier besoin']);
      await expect.poll(() => lina.noteTexts()).toEqual(['Premier besoin']);
    }
    // one undo takes back the text typed before, not an empty note
    await page.getByRole('button', { name: 'Nouvelle note' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(read).toEqual(['facilitatrice:']);

    // Lina's empty note from her other device: the facilitator opens it and leaves it, so does Lina
    await withBoard(essaim.server.url, linaSeat.workshopId, linaSeat.roomId, linaSeat.token, (doc) => {
      createNote(doc, { id: 'vide-lina', x: 600, y: 0 }, { authorId: linaSeat.participantId, now: Date.now() });
    });
    for (const p of [facilitator, lina]) {
      const item = p.page.getByTestId('notes-list').locator('li[data-note-id="vide-lina"] button');
      await item.waitFor({ state: 'attached' });
      await item.focus();
      await item.press('Enter');
      const editor = p.page.getByTestId('note-editor');
      await editor.waitFor();
      await editor.press('Escape');
      await editor.waitFor({ state: 'detached' });
    }
    expect(await read()).toEqual(['facilitatrice:', 'vide-lina:']);
  });
});
