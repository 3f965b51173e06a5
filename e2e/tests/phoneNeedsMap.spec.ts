import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BOARD_TEMPLATES, boardMaps, NOTE_DEFAULT_SIZE, parseFrame, rectsIntersect, type NoteColor } from '@essaim/shared';
import { onPage, type WindowWithKonva } from '../fixtures/pageStage.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { readBoard, withBoard } from '../fixtures/readBoard.js';
import { writeNotes } from '../fixtures/writeNotes.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const WAIT = 15_000;
/** The smallest on-screen size (px) of a zone title far away (bold; the far notes' first words are 9 px regular). */
const READABLE_PX = 8;
const NEEDS_MAP = BOARD_TEMPLATES.find((t) => t.id === 'carte-des-besoins')!;

interface DrawnTitle {
  zone: string;
  /** the lines drawn, joined by spaces */
  text: string;
  /** on-screen font size, px */
  px: number;
  /** on screen: the text's left and right ends, and the zone's */
  left: number;
  right: number;
  zoneLeft: number;
  zoneRight: number;
  /** on screen: the text's box */
  box: { x: number; y: number; width: number; height: number };
  /** pixels of its letters, drawn without the notes */
  inkPixels: number;
  /** of those, the ones that are no longer ink once the notes are drawn: a note covers the title there */
  coveredPixels: number;
}

/**
 * Every zone title the page draws, where, and whether a note covers it. The stage is drawn
 * without its notes, with and without the titles' text: the pixels the text darkens are its
 * letters. Drawn again as it is, with its notes, each of those pixels must still be ink.
 */
function drawnTitles(page: Page): Promise<DrawnTitle[]> {
  return page.evaluate(() => {
    type Box = { x: number; y: number; width: number; height: number };
    type KNode = {
      id(): string;
      isVisible(): boolean;
      getParent(): KNode | null;
      getClientRect(): Box;
      getAbsolutePosition(): { x: number; y: number };
      text(): string;
      /** the lines Konva draws (cut with « … » when it cuts them) */
      textArr: { text: string }[];
      fontSize(): number;
      getTextWidth(): number;
      findOne(selector: string): KNode | undefined;
      hide(): void;
      show(): void;
    };
    type KStage = KNode & { scaleX(): number; find(selector: string): KNode[]; toCanvas(config: { pixelRatio: number }): HTMLCanvasElement };
    const stage = (window as unknown as { Konva: { stages: KStage[] } }).Konva.stages[0]!;
    const scale = stage.scaleX();
    const zones = new Map(stage.find('.zone').map((z) => [z.id(), z.findOne('.zone-body')!.getClientRect()]));
    const texts = stage.find('Text').filter((t) => t.isVisible() && t.text() !== '' && zones.has(t.getParent()?.id() ?? ''));
    const draw = () => {
      const canvas = stage.toCanvas({ pixelRatio: 1 });
      return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    };
    const notes = stage.findOne('.notes-layer')!;
    const shown = draw();
    notes.hide();
    const bare = draw();
    for (const t of texts) t.hide();
    const untitled = draw();
    for (const t of texts) t.show();
    notes.show();
    const light = (img: ImageData, i: number) => 0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]!;
    return texts.map((t) => {
      const zone = zones.get(t.getParent()!.id())!;
      const box = t.getClientRect();
      let inkPixels = 0;
      let coveredPixels = 0;
      for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(bare.height, Math.ceil(box.y + box.height)); y++) {
        for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(bare.width, Math.ceil(box.x + box.width)); x++) {
          const i = (y * bare.width + x) * 4;
          // the core of a letter: dark, and not there without the text
          if (light(bare, i) > 90 || light(untitled, i) - light(bare, i) < 60) continue;
          inkPixels++;
          if (Math.abs(light(shown, i) - light(bare, i)) > 30) coveredPixels++;
        }
      }
      const left = t.getAbsolutePosition().x;
      return {
        zone: t.getParent()!.id(),
        text: t.textArr.map((line) => line.text).join(' '),
        px: t.fontSize() * scale,
        left,
        right: left + t.getTextWidth() * scale,
        zoneLeft: zone.x,
        zoneRight: zone.x + zone.width,
        box,
        inkPixels,
        coveredPixels,
      };
    });
  });
}

/** The zones' rectangles on screen. */
function zoneBoxes(page: Page): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
  return page.evaluate(() => {
    type Box = { x: number; y: number; width: number; height: number };
    type KNode = { id(): string; findOne(selector: string): { getClientRect(): Box } };
    const stage = (window as unknown as { Konva: { stages: { find(selector: string): KNode[] }[] } }).Konva.stages[0]!;
    return Object.fromEntries(stage.find('.zone').map((z) => [z.id(), z.findOne('.zone-body').getClientRect()]));
  });
}

/** The stage's offset and zoom: board units to screen pixels. */
const stageView = (page: Page) =>
  page.evaluate(() => {
    const stage = (window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number }[] } }).Konva.stages[0]!;
    return { x: stage.x(), y: stage.y(), scale: stage.scaleX() };
  });

const zoneCount = (page: Page) => page.evaluate(() => (window as unknown as { Konva: { stages: { find(s: string): unknown[] }[] } }).Konva.stages[0]?.find('.zone').length ?? 0);

describe('the needs map on a phone', () => {
  const essaim = useEssaim();

  it('shows every zone’s title whole and uncovered at fit zoom, and points to « Plan » until the hint is closed', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const w = await createWorkshop(essaim.server.url, { title: 'Besoins du Pays de Retz', name: 'Claire', template: NEEDS_MAP.id });
    // a note at the top of every zone, over where its title is written (notes are placed by their centre)
    const colors: NoteColor[] = ['yellow', 'pink', 'blue'];
    const half = NOTE_DEFAULT_SIZE / 2;
    const written = NEEDS_MAP.content.frames.map((zone, i) => ({ text: `Besoin ${i + 1}`, color: colors[i % colors.length]!, x: zone.x + 16 + half, y: zone.y + 4 + half, createdAt: Date.now() - 60_000 + i }));
    const board = { workshopId: w.workshopId, roomId: w.rooms[0]!.id, token: w.facilitatorToken, participantId: w.facilitatorId };
    await writeNotes(essaim.server.url, board, written);
    const notes = await readBoard(essaim.server.url, board.workshopId, board.roomId, board.token);

    const ines = await essaim.person(PHONE);
    await ines.join(w.joinCode, 'Inès');
    const page = ines.page;
    await page.getByRole('button', { name: 'Tableau', exact: true }).click();
    const hint = page.getByTestId('plan-hint');
    await hint.getByText(/^Astuce\s:\sl’onglet\s«\sPlan\s»\sliste les zones et leurs notes\.$/).waitFor({ timeout: WAIT });
    // « Ajuster » with the hint shown: the view the participant has
    await page.getByRole('button', { name: 'Ajuster au contenu' }).click();
    await expect.poll(() => zoneCount(page), { timeout: WAIT }).toBe(NEEDS_MAP.content.frames.length);
    await page.screenshot({ path: `${ARTIFACTS}phone-needs-map-fit.png` });

    const zones = await zoneBoxes(page);
    const view = await stageView(page);
    const titles = await drawnTitles(page);
    // one title per zone, each drawn whole
    expect(titles.map((t) => t.zone).sort()).toEqual(Object.keys(zones).sort());
    expect(titles.map((t) => t.text).sort()).toEqual(NEEDS_MAP.content.frames.map((f) => f.title).sort());
    for (const title of titles) {
      const onScreen = notes.map((n) => ({ x: view.x + n.x * view.scale, y: view.y + n.y * view.scale, width: n.width * view.scale, height: n.height * view.scale }));
      // the setup put a note where this title is written…
      expect(onScreen.some((box) => rectsIntersect(box, title.box)), title.text).toBe(true);
      // …and the title is readable, within its zone, and no note is drawn over it
      expect(title.px, title.text).toBeGreaterThanOrEqual(READABLE_PX);
      expect(title.left, title.text).toBeGreaterThanOrEqual(title.zoneLeft);
      expect(title.right, title.text).toBeLessThanOrEqual(title.zoneRight);
      expect(title.inkPixels, title.text).toBeGreaterThan(20);
      expect(title.coveredPixels, `${title.text}: letters covered by a note`).toBe(0);
    }

    // the hint leads to « Plan », where every zone is listed by its whole title
    await hint.getByRole('button', { name: 'Voir le Plan' }).click();
    const outline = page.getByTestId('outline');
    await outline.getByRole('heading', { name: /Développement local et tourisme/ }).waitFor({ timeout: WAIT });
    expect(await page.getByRole('button', { name: 'Plan', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Tableau', exact: true }).click();
    await expect.poll(() => zoneCount(page), { timeout: WAIT }).toBe(NEEDS_MAP.content.frames.length);
    expect(await hint.count()).toBe(0);

    // closed once, closed on this device: after a reload the board tab shows no hint
    await ines.reload();
    await page.getByRole('button', { name: 'Tableau', exact: true }).click();
    await expect.poll(() => zoneCount(page), { timeout: WAIT }).toBe(NEEDS_MAP.content.frames.length);
    await page.getByRole('button', { name: 'Plan', exact: true }).waitFor();
    expect(await hint.count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}phone-needs-map-no-hint.png` });
  });

  it('closes the hint with its close button, for good on this device', async () => {
    const w = await createWorkshop(essaim.server.url, { title: 'Besoins du Val de Sèvre', name: 'Claire', template: NEEDS_MAP.id });
    const noe = await essaim.person(PHONE);
    await noe.join(w.joinCode, 'Noé');
    const page = noe.page;
    // the notes tab shows no hint: it points from the board
    await page.getByRole('button', { name: 'Tableau', exact: true }).waitFor();
    expect(await page.getByTestId('plan-hint').count()).toBe(0);
    await page.getByRole('button', { name: 'Tableau', exact: true }).click();
    const hint = page.getByTestId('plan-hint');
    await hint.waitFor({ timeout: WAIT });
    const close = hint.getByRole('button', { name: 'Fermer l’astuce' });
    const target = await close.boundingBox();
    expect(Math.min(target!.width, target!.height)).toBeGreaterThanOrEqual(44);
    await close.click();
    await hint.waitFor({ state: 'detached', timeout: WAIT });
    await noe.reload();
    await page.getByRole('button', { name: 'Tableau', exact: true }).click();
    await expect.poll(() => zoneCount(page), { timeout: WAIT }).toBe(NEEDS_MAP.content.frames.length);
    expect(await hint.count()).toBe(0);
  });

  it('far away on a wide screen, a facilitator still drags a zone, with its notes, by the title drawn over them', async () => {
    const w = await createWorkshop(essaim.server.url, { title: 'Besoins du Haut-Jura', name: 'Claire', template: NEEDS_MAP.id });
    const board = { workshopId: w.workshopId, roomId: w.rooms[0]!.id, token: w.facilitatorToken, participantId: w.facilitatorId };
    const frames = () => withBoard(essaim.server.url, board.workshopId, board.roomId, board.token, (doc) => [...boardMaps(doc).frames.values()].flatMap((v) => parseFrame(v) ?? []));
    const zone = (await frames()).find((f) => f.title === 'Mobilité durable')!;
    // a note under the zone's title
    await writeNotes(essaim.server.url, board, [{ text: 'Navette du marché', color: 'yellow', x: zone.x + 100, y: zone.y + 84, createdAt: Date.now() }]);
    const [note] = await readBoard(essaim.server.url, board.workshopId, board.roomId, board.token);

    const claire = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await claire.page.goto(`${essaim.server.url}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitConnected();
    await expect.poll(() => zoneCount(claire.page), { timeout: WAIT }).toBe(NEEDS_MAP.content.frames.length);
    const { scale } = await stageView(claire.page);
    // fitted, the whole map is far away: the title is drawn over the note, and the press finds it first
    expect(scale).toBeLessThan(0.5);
    const onTitle = { x: note!.x + 20, y: zone.y + 12 };
    const hit = await claire.page.evaluate((p) => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      const node = stage.getIntersection(stage.getAbsoluteTransform().point(p));
      return node ? `${node.findAncestor('Layer')?.name() ?? ''} / ${node.name()}` : null;
    }, onTitle);
    expect(hit).toBe('zone-titles-layer / zone-band');
    const from = await onPage(claire.page, onTitle);
    await claire.page.mouse.move(from.x, from.y);
    await claire.page.mouse.down();
    await claire.page.mouse.move(from.x + 60, from.y + 40, { steps: 12 });
    await claire.page.mouse.up();
    const dx = Math.round(60 / scale);
    const dy = Math.round(40 / scale);
    await expect.poll(async () => (await frames()).find((f) => f.id === zone.id)).toMatchObject({ x: zone.x + dx, y: zone.y + dy });
    const [moved] = await readBoard(essaim.server.url, board.workshopId, board.roomId, board.token);
    expect({ x: moved!.x, y: moved!.y }).toEqual({ x: note!.x + dx, y: note!.y + dy });
    // the zone under the notes and its title over them are drawn at the same place
    const drawn = await claire.page.evaluate((id) => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      return stage.find('.zone, .zone-title-band').filter((n) => n.id() === id).map((n) => n.getAbsolutePosition());
    }, zone.id);
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toEqual(drawn[0]);
  });
});
