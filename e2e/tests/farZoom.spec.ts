import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createNote, roomDocName } from '@essaim/shared';
import { onPage, type WindowWithKonva } from '../fixtures/pageStage.js';
import { readBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

interface Seen {
  scale: number;
  compactShapes: number;
  noteNodes: string[];
}

/** What the canvas holds: its zoom, the shapes drawing far-away notes, the notes with a node of their own. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    return { scale: stage.scaleX(), compactShapes: stage.find('.compact-notes').length, noteNodes: stage.find('.note').map((n) => n.id()) };
  });
}


describe('a board seen from far away', () => {
  const essaim = useEssaim();

  it('notes too small to read can still be selected and dragged, and the others see the move', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier habitat — vue d’ensemble');
    const participant = await essaim.person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await participant.join(code, 'Lina');
    await facilitator.addNote('Colocation intergénérationnelle');
    await facilitator.addNote('Habitat léger');
    await participant.waitForNote('Habitat léger');

    const { page } = facilitator;
    const zoomOut = page.getByRole('button', { name: 'Dézoomer' });
    for (let i = 0; i < 12 && (await seen(page)).scale >= 0.3; i++) await zoomOut.click();
    // only the note just written, still selected, keeps a node of its own
    await expect.poll(async () => (await seen(page)).noteNodes.length).toBe(1);
    const far = await seen(page);
    expect(far.compactShapes).toBe(1);

    const workshopId = facilitator.workshopId();
    const session = await facilitator.session(workshopId);
    const before = await readBoard(essaim.server.url, workshopId, session.roomId, session.token);
    const target = before.find((n) => n.text === 'Colocation intergénérationnelle')!;
    expect(far.noteNodes).not.toContain(target.id);
    const from = await onPage(page, { x: target.x + target.width / 2, y: target.y + target.height / 2 });

    // a press selects it: it gets a node of its own, and the notes list says it is selected
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await expect.poll(async () => (await seen(page)).noteNodes).toEqual([target.id]);
    await expect.poll(() => page.getByTestId('notes-list').locator(`li[data-note-id="${target.id}"] button`).getAttribute('aria-pressed')).toBe('true');
    // outlined, without resize handles that would cover it whole at this size
    const handles = () =>
      page.evaluate(() => {
        const stage = (window as unknown as { Konva: { stages: { find(selector: string): { nodes(): unknown[]; enabledAnchors(): string[] }[] }[] } }).Konva.stages[0]!;
        return stage.find('Transformer').filter((tr) => tr.nodes().length > 0).map((tr) => tr.enabledAnchors().length);
      });
    expect(await handles()).toEqual([0]);
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 6, from.y + i * 3);
    await page.mouse.up();

    await expect
      .poll(async () => {
        const moved = (await readBoard(essaim.server.url, workshopId, session.roomId, session.token)).find((n) => n.id === target.id)!;
        return { dx: Math.round((moved.x - target.x) * far.scale), dy: Math.round((moved.y - target.y) * far.scale) };
      })
      .toEqual({ dx: 60, dy: 30 });
    // the other note did not move
    const after = await readBoard(essaim.server.url, workshopId, session.roomId, session.token);
    const other = before.find((n) => n.id !== target.id)!;
    expect(after.find((n) => n.id === other.id)).toMatchObject({ x: other.x, y: other.y });

    // a drag on the empty board pans it (the note stays selected); a tap there lets the note go
    const empty = await onPage(page, { x: target.x + target.width * 8, y: target.y });
    const stageAt = () => page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.position());
    const view = await stageAt();
    await page.mouse.move(empty.x, empty.y);
    await page.mouse.down();
    await page.mouse.move(empty.x + 40, empty.y + 40, { steps: 5 });
    await page.mouse.up();
    expect(await stageAt()).toEqual({ x: view.x + 40, y: view.y + 40 });
    expect((await seen(page)).noteNodes).toEqual([target.id]);
    await page.mouse.click(empty.x + 40, empty.y + 40);
    await expect.poll(async () => (await seen(page)).noteNodes).toEqual([]);
  });

  it('a selected note far off screen follows a drag of the selection while it lasts', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await facilitator.createWorkshop('Atelier mobilité — grand tableau');
    await facilitator.addNote('Navette du marché');
    const { page } = facilitator;
    const workshopId = facilitator.workshopId();
    const session = await facilitator.session(workshopId);
    const near = (await readBoard(essaim.server.url, workshopId, session.roomId, session.token))[0]!;

    // another device writes a note far to the right, outside what this screen draws
    const doc = new Y.Doc();
    const writer = new WebsocketProvider(essaim.server.url.replace(/^http/, 'ws') + '/sync', roomDocName(workshopId, session.roomId), doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: session.token },
      disableBc: true,
    });
    await expect.poll(() => writer.synced).toBe(true);
    createNote(doc, { id: 'far-note', x: near.x + 6000, y: near.y, text: 'Covoiturage' }, { authorId: session.participantId, now: Date.now() });
    await facilitator.waitForNote('Covoiturage');
    writer.destroy();
    const far = (await readBoard(essaim.server.url, workshopId, session.roomId, session.token)).find((n) => n.id === 'far-note')!;

    await page.keyboard.press('Control+a');
    await expect.poll(() => page.getByTestId('notes-list').locator('button[aria-pressed="true"]').count()).toBe(2);
    const { scale, noteNodes } = await seen(page);
    expect(noteNodes).toEqual([near.id]);

    const from = await onPage(page, { x: near.x + near.width / 2, y: near.y + near.height / 2 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 6, from.y + i * 3);
    // still dragging: the far note has a node by now, where the drag has taken it
    const farNow = () =>
      page.evaluate(() => {
        const node = (window as unknown as WindowWithKonva).Konva.stages[0]!.find('.note').find((n) => n.id() === 'far-note');
        return node ? node.getAbsolutePosition() : null;
      });
    await page.mouse.move(from.x + 61, from.y + 31);
    await page.mouse.move(from.x + 60, from.y + 30);
    await expect.poll(async () => (await farNow())?.x).toBeDefined();
    const expected = await onPage(page, { x: far.x + 60 / scale, y: far.y + 30 / scale });
    const box = await page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.container().getBoundingClientRect().toJSON() as { left: number; top: number });
    const at = (await farNow())!;
    expect({ x: Math.round(box.left + at.x - expected.x), y: Math.round(box.top + at.y - expected.y) }).toEqual({ x: 0, y: 0 });
    await page.mouse.up();

    await expect
      .poll(async () => {
        const moved = (await readBoard(essaim.server.url, workshopId, session.roomId, session.token)).find((n) => n.id === 'far-note')!;
        return { dx: Math.round((moved.x - far.x) * scale), dy: Math.round((moved.y - far.y) * scale) };
      })
      .toEqual({ dx: 60, dy: 30 });
  });
});
