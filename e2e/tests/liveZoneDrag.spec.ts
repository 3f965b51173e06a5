import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { boardMaps, createFrame, createLabel, createLink, createNote, labelBounds, parseFrame, parseLabel, parseLink, readNotes, type CreateWorkshopResponse } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { onPage, type WindowWithKonva } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';

const WIDE = { viewport: { width: 1280, height: 800 } };
const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

const ZONE = { id: 'zone-mobilite', x: 100, y: 100, width: 560, height: 380 };

/** Where this page draws the Konva node named `name` with this id (board units), or null. */
function drawnAt(page: Page, name: string, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([nodeName, nodeId]) => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      const node = stage.find(`.${nodeName}`).find((n) => n.id() === nodeId) as unknown as { x(): number; y(): number } | undefined;
      return node ? { x: Math.round(node.x()), y: Math.round(node.y()) } : null;
    },
    [name, id] as const,
  );
}

describe('live zone drag and the selection rectangle', () => {
  const essaim = useEssaim();

  const workshop = () => createWorkshop(essaim.server.url, { title: 'Atelier mobilité — Pays de Sault', name: 'Claire' });

  /** Runs `use` on the board as the server has it, through a standard Yjs client with this person's token. */
  async function onBoard<T>(person: BoardPage, use: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    const workshopId = person.workshopId();
    const { roomId, token } = await person.session(workshopId);
    return withBoard(essaim.server.url, workshopId, roomId, token, use);
  }

  const stored = (person: BoardPage) =>
    onBoard(person, (doc) => {
      const { frames, labels, links } = boardMaps(doc);
      return {
        notes: readNotes(doc),
        frames: [...frames.values()].flatMap((v) => parseFrame(v) ?? []),
        labels: [...labels.values()].flatMap((v) => parseLabel(v) ?? []),
        links: [...links.values()].flatMap((v) => parseLink(v) ?? []),
      };
    });

  /** The facilitator, on the first room's board, with a zone holding a heading and two linked notes, fitted in view. */
  async function facilitatorWithZone(w: CreateWorkshopResponse): Promise<BoardPage> {
    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${essaim.server.url}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitConnected();
    const { participantId } = await claire.session(w.workshopId);
    await onBoard(claire, (doc) => {
      // a note is created by its centre: these lie at (40, 150) and (320, 150) in the zone
      createFrame(doc, { ...ZONE, title: 'Mobilité durable' });
      createLabel(doc, { id: 'titre-besoins', x: ZONE.x + 30, y: ZONE.y + 70, text: 'Besoins' });
      createNote(doc, { id: 'navette', x: ZONE.x + 40 + 80, y: ZONE.y + 150 + 80, width: 160, height: 160, text: 'Navette solidaire le samedi' }, { authorId: participantId, now: 1 });
      createNote(doc, { id: 'covoiturage', x: ZONE.x + 320 + 80, y: ZONE.y + 150 + 80, width: 160, height: 160, text: 'Covoiturage des aidants' }, { authorId: participantId, now: 2 });
      createLink(doc, { id: 'lien', from: 'navette', to: 'covoiturage' });
    });
    await claire.waitForNote('Covoiturage des aidants');
    await expect.poll(() => drawnAt(claire.page, 'zone', ZONE.id)).not.toBeNull();
    // fitted, then a step back: room around the zone for a selection rectangle, clear of the floating search field and toolbar
    await claire.page.keyboard.press('0');
    await claire.page.keyboard.press('-');
    return claire;
  }

  it('a facilitator’s zone moves live on a participant’s screen while the mouse is still down, and both documents agree on the drop', async () => {
    const w = await workshop();
    const claire = await facilitatorWithZone(w);
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    await lina.waitForNote('Navette solidaire le samedi');
    await expect.poll(() => drawnAt(lina.page, 'zone', ZONE.id)).toEqual({ x: ZONE.x, y: ZONE.y });

    // by the band, slowly, and the mouse stays down
    const scale = await claire.page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.scaleX());
    const band = await onPage(claire.page, { x: ZONE.x + ZONE.width - 60, y: ZONE.y + 12 });
    await claire.page.mouse.move(band.x, band.y);
    await claire.page.mouse.down();
    await claire.page.mouse.move(band.x + 160, band.y + 100, { steps: 40 });
    const live = { x: Math.round(ZONE.x + 160 / scale), y: Math.round(ZONE.y + 100 / scale) };

    // the participant sees the zone itself where the facilitator holds it, its notes with it…
    await expect.poll(() => drawnAt(lina.page, 'zone', ZONE.id)).toEqual(live);
    await expect.poll(() => drawnAt(lina.page, 'note', 'navette')).toEqual({ x: live.x + 40, y: live.y + 150 });
    await lina.page.screenshot({ path: `${ARTIFACTS}liveZoneDrag-participant-during.png` });
    // …while nothing is written yet
    expect((await stored(lina)).frames[0]).toMatchObject({ x: ZONE.x, y: ZONE.y });

    await claire.page.mouse.up();
    const dropped = { x: ZONE.x + Math.round(160 / scale), y: ZONE.y + Math.round(100 / scale) };
    for (const person of [claire, lina]) {
      await expect.poll(async () => {
        const b = await stored(person);
        return { zone: { x: b.frames[0]!.x, y: b.frames[0]!.y }, notes: b.notes.map((n) => [n.id, n.x - dropped.x, n.y - dropped.y]).sort() };
      }).toEqual({ zone: dropped, notes: [['covoiturage', 320, 150], ['navette', 40, 150]] });
    }
    await expect.poll(() => drawnAt(lina.page, 'zone', ZONE.id)).toEqual(dropped);
    await expect.poll(() => drawnAt(claire.page, 'zone', ZONE.id)).toEqual(dropped);
  });

  it('a selection rectangle over a zone picks the zone, its heading, its notes and their link: the arrows move them all, « Supprimer » takes them all', async () => {
    const w = await workshop();
    const claire = await facilitatorWithZone(w);
    const before = await stored(claire);
    const heading = labelBounds(before.labels[0]!);
    expect(heading.x + heading.width < ZONE.x + ZONE.width, 'the heading lies in the zone').toBe(true);

    // Shift+drag from the empty canvas around the zone
    const from = await onPage(claire.page, { x: ZONE.x - 20, y: ZONE.y - 20 });
    const to = await onPage(claire.page, { x: ZONE.x + ZONE.width + 20, y: ZONE.y + ZONE.height + 20 });
    await claire.page.keyboard.down('Shift');
    await claire.page.mouse.move(from.x, from.y);
    await claire.page.mouse.down();
    await claire.page.mouse.move(to.x, to.y, { steps: 15 });
    await claire.page.mouse.up();
    await claire.page.keyboard.up('Shift');
    await claire.page.screenshot({ path: `${ARTIFACTS}liveZoneDrag-marquee.png` });

    // → moves the zone, the heading and the notes, each by one step
    await claire.page.keyboard.press('ArrowRight');
    await expect.poll(async () => {
      const b = await stored(claire);
      return [...b.frames, ...b.labels, ...b.notes].map((e) => [e.id, e.x]).sort();
    }).toEqual([['covoiturage', ZONE.x + 330], ['navette', ZONE.x + 50], ['titre-besoins', ZONE.x + 40], [ZONE.id, ZONE.x + 10]].sort());

    // Suppr: the zone, the heading and the link at once; the two notes once confirmed
    await claire.page.keyboard.press('Delete');
    await claire.page.getByRole('button', { name: 'Supprimer les 2 notes' }).click();
    await expect.poll(async () => {
      const b = await stored(claire);
      return [b.frames.length, b.labels.length, b.notes.length, b.links.length];
    }).toEqual([0, 0, 0, 0]);
  });
});
