import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { createFrame, createNote, fitRectInView, type CreateWorkshopResponse, type Rect } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';
import { onPage, type WindowWithKonva } from '../fixtures/pageStage.js';
import { shown, type Shown } from '../fixtures/shownRect.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WIDE = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WAIT = 15_000;
const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

/** « Binôme 1 », far from where everyone starts. */
const ZONE = { id: 'zone-binome-1', x: 2400, y: 1600, width: 640, height: 420 };

/**
 * Whether `follower` shows `leader`'s rectangle as « Suivez-moi » asks: the same centre, scaled to
 * contain it in the follower's own screen. The leader's rectangle travels in whole board units.
 */
function shows(follower: Shown, leader: Rect): boolean {
  const expected = fitRectInView(leader, follower.screen);
  const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const a = centre(follower);
  const b = centre(leader);
  return Math.abs(a.x - b.x) <= 2 && Math.abs(a.y - b.y) <= 2 && Math.abs(follower.scale / expected.scale - 1) < 0.01;
}

/** Waits until every follower shows the leader's current rectangle; the milliseconds each took after `since`. */
async function followed(leader: Page, followers: Page[], since: number): Promise<number[]> {
  const target = (await shown(leader))!;
  return Promise.all(
    followers.map(async (page) => {
      const deadline = Date.now() + WAIT;
      for (;;) {
        const view = await shown(page);
        if (view && shows(view, target)) return Math.round(performance.now() - since);
        if (Date.now() > deadline) throw new Error(`the follower shows ${JSON.stringify(view)}, not ${JSON.stringify(target)}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    }),
  );
}

const NOTE = { x: 220, y: 120, width: 160, height: 160 };
const inside = (p: { x: number; y: number }, r: Rect, margin = 40) => p.x >= r.x - margin && p.x <= r.x + r.width + margin && p.y >= r.y - margin && p.y <= r.y + r.height + margin;

/** A pan with the mouse over the empty canvas: from its centre, or from another spot when a zone or note lies there. */
async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const view = (await shown(page))!;
  const box = (await page.locator('.board-canvas').boundingBox())!;
  const spots = [[0.5, 0.5], [0.3, 0.3], [0.7, 0.3], [0.3, 0.7], [0.7, 0.7], [0.5, 0.2], [0.5, 0.8]].map(([fx, fy]) => ({ x: view.screen.width * fx!, y: view.screen.height * fy! }));
  const onBoard = (p: { x: number; y: number }) => ({ x: view.x + p.x / view.scale, y: view.y + p.y / view.scale });
  const spot = spots.find((p) => !inside(onBoard(p), ZONE) && !inside(onBoard(p), NOTE)) ?? spots[0]!;
  const from = { x: box.x + spot.x, y: box.y + spot.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 12 });
  await page.mouse.up();
}

async function zoom(page: Page, deltaY: number): Promise<void> {
  const box = (await page.locator('.board-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
  await page.mouse.wheel(0, deltaY);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('attention tools: follow me, spotlight, anonymity', () => {
  const essaim = useEssaim();

  /** A workshop where everyone works in the plenary, with a note of the facilitator's and (unless told) a zone far from it. */
  async function workshop(withZone = true): Promise<{ w: CreateWorkshopResponse; claire: BoardPage; lina: BoardPage; marc: BoardPage }> {
    const w = await createWorkshop(essaim.server.url, { title: 'Atelier 3-12-3 — Quillan', name: 'Claire' });
    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${essaim.server.url}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitConnected();
    const { roomId, token } = await claire.session(w.workshopId);
    await withBoard(essaim.server.url, w.workshopId, roomId, token, (doc: Y.Doc) => {
      if (withZone) createFrame(doc, { ...ZONE, title: 'Binôme 1', color: 'blue' });
      // a note is created by its centre
      createNote(doc, { id: 'idee-claire', x: NOTE.x + 80, y: NOTE.y + 80, text: 'Une navette le samedi' }, { authorId: w.facilitatorId, now: 1 });
    });
    await claire.waitForNote('Une navette le samedi');
    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    const marc = await essaim.person(PHONE);
    await marc.join(w.joinCode, 'Marc');
    for (const p of [lina, marc]) await p.waitForNote('Une navette le samedi');
    return { w, claire, lina, marc };
  }

  it('follow me: every view shows the facilitator’s rectangle as it moves; a participant who pans away follows again on request', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { claire, lina, marc } = await workshop();
    // Marc looks at the canvas on his phone
    await marc.page.getByRole('button', { name: 'Tableau', exact: true }).click();
    await expect.poll(() => shown(marc.page).then((v) => v?.screen.width ?? 0), { timeout: WAIT }).toBeGreaterThan(300);

    await claire.page.getByRole('button', { name: 'Suivez-moi' }).click();
    await claire.page.getByText('La salle suit votre vue.').waitFor({ timeout: WAIT });
    for (const p of [lina, marc]) await p.page.getByText('Vous suivez l’animateur.').waitFor({ timeout: WAIT });
    const followers = [lina.page, marc.page];
    await followed(claire.page, followers, performance.now());

    // Claire pans and zooms: each time, every follower shows her rectangle
    const latencies: number[] = [];
    const moves: [string, () => Promise<void>][] = [
      ['pan', () => pan(claire.page, -420, -260)],
      ['zoom out', () => zoom(claire.page, 400)],
      ['pan', () => pan(claire.page, 300, -150)],
      ['zoom in', () => zoom(claire.page, -250)],
      ['pan', () => pan(claire.page, -200, 180)],
    ];
    for (const [what, move] of moves) {
      const before = (await shown(claire.page))!;
      await move();
      const since = performance.now();
      const after = (await shown(claire.page))!;
      expect(after, what).not.toEqual(before);
      const took = await followed(claire.page, followers, since);
      console.log(`follow-me after a ${what}: Lina (1280 × 800) ${took[0]} ms, Marc (phone 360 × 740) ${took[1]} ms`);
      latencies.push(...took);
    }
    console.log(`follow-me latency after the facilitator's move (${latencies.length} samples): median ${median(latencies)} ms, max ${Math.max(...latencies)} ms`);
    await claire.page.screenshot({ path: `${ARTIFACTS}attention-follow-claire.png` });
    await marc.page.screenshot({ path: `${ARTIFACTS}attention-follow-marc.png` });

    // Lina pans by herself: she stops following, and Claire's next move leaves her view alone
    await pan(lina.page, 150, 90);
    await lina.page.getByText('Vous ne suivez plus l’animateur').waitFor({ timeout: WAIT });
    const herOwn = (await shown(lina.page))!;
    await pan(claire.page, 250, 250);
    await followed(claire.page, [marc.page], performance.now());
    expect(await shown(lina.page)).toEqual(herOwn);
    await lina.page.screenshot({ path: `${ARTIFACTS}attention-follow-detached.png` });

    // « Suivre à nouveau »: her view goes to Claire's at once, and follows it again
    await lina.page.getByRole('button', { name: 'Suivre à nouveau' }).click();
    await followed(claire.page, [lina.page], performance.now());
    await lina.page.getByText('Vous suivez l’animateur.').waitFor({ timeout: WAIT });
    await pan(claire.page, -300, 0);
    await followed(claire.page, followers, performance.now());

    // « Arrêter »: nobody follows any more, and Claire's moves stay hers
    await claire.page.getByRole('button', { name: 'Arrêter', exact: true }).click();
    for (const p of [lina, marc]) await p.page.getByTestId('follow-banner').waitFor({ state: 'detached', timeout: WAIT });
    const linaView = await shown(lina.page);
    await pan(claire.page, 400, 400);
    await new Promise((r) => setTimeout(r, 500));
    expect(await shown(lina.page)).toEqual(linaView);
    expect(await claire.page.getByRole('button', { name: 'Suivez-moi' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('follow me from a facilitator’s phone: the toggle is in reach of a thumb, and a wide screen shows the phone’s rectangle', async () => {
    const { w, lina } = await workshop();
    const phone = await essaim.person(PHONE);
    await phone.page.goto(`${essaim.server.url}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await phone.waitConnected();
    await phone.page.getByRole('button', { name: 'Tableau', exact: true }).click();
    const toggle = phone.page.getByRole('button', { name: 'Suivez-moi' });
    const box = (await toggle.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
    await toggle.tap();
    await phone.page.getByText('La salle suit votre vue.').waitFor({ timeout: WAIT });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await followed(phone.page, [lina.page], performance.now());
    mkdirSync(ARTIFACTS, { recursive: true });
    await phone.page.screenshot({ path: `${ARTIFACTS}attention-follow-phone-leader.png` });
    await lina.page.screenshot({ path: `${ARTIFACTS}attention-follow-phone-lina.png` });
  });

  it('spotlight on a zone: both participants’ views go to it, the rest of the board dimmed, until the facilitator ends it', async () => {
    const { claire, lina, marc } = await workshop();
    await marc.page.getByRole('button', { name: 'Tableau', exact: true }).click();
    // Claire fits the board to see the zone, and opens its menu on its title band
    await claire.page.keyboard.press('0');
    await expect.poll(async () => {
      const v = await shown(claire.page);
      return v !== null && v.x <= ZONE.x && v.x + v.width >= ZONE.x + ZONE.width;
    }, { timeout: WAIT }).toBe(true);
    const band = await onPage(claire.page, { x: ZONE.x + 30, y: ZONE.y + 12 });
    await claire.page.mouse.click(band.x, band.y, { button: 'right' });
    await claire.page.getByRole('menuitem', { name: 'Mettre en lumière' }).click();

    for (const p of [lina, marc]) {
      await p.page.getByText('L’animateur met en lumière une zone').waitFor({ timeout: WAIT });
      // the view fits the zone: all of it, centred across (a little lower than the middle, under the banners over the canvas)
      await expect
        .poll(async () => {
          const v = await shown(p.page);
          if (!v) return false;
          const centred = Math.abs(v.x + v.width / 2 - (ZONE.x + ZONE.width / 2)) < 2;
          return centred && v.x <= ZONE.x && v.x + v.width >= ZONE.x + ZONE.width && v.y <= ZONE.y && v.y + v.height >= ZONE.y + ZONE.height;
        }, { timeout: WAIT })
        .toBe(true);
      // dimmed: the spotlight's layer is dark outside the zone and clear on it
      const veil = await veilAlpha(p.page, [{ x: ZONE.x + ZONE.width / 2, y: ZONE.y + ZONE.height / 2 }, { x: ZONE.x + ZONE.width / 2, y: ZONE.y - 60 }]);
      expect(veil[0]).toBe(0);
      expect(veil[1]).toBeGreaterThan(90);
    }
    await claire.page.getByText('Vous mettez une zone en lumière pour la salle').waitFor({ timeout: WAIT });
    mkdirSync(ARTIFACTS, { recursive: true });
    await lina.page.screenshot({ path: `${ARTIFACTS}attention-focus-lina.png` });
    await marc.page.screenshot({ path: `${ARTIFACTS}attention-focus-marc.png` });

    // « Fin de la mise en lumière »: no banner, no veil
    await claire.page.getByTestId('focus-banner').getByRole('button', { name: 'Fin de la mise en lumière' }).click();
    for (const p of [lina, marc]) {
      await p.page.getByTestId('focus-banner').waitFor({ state: 'detached', timeout: WAIT });
      await expect.poll(() => veilAlpha(p.page, [{ x: ZONE.x + ZONE.width / 2, y: ZONE.y - 60 }]), { timeout: WAIT }).toEqual([0]);
    }
  });

  it('anonymity hides the authors from participants, not from the facilitator', async () => {
    // no zone far away: the notes are near enough to be drawn with their author
    const { w, claire, lina, marc } = await workshop(false);
    await lina.addNote('Un jardin partagé');
    await claire.waitForNote('Un jardin partagé');
    // on Marc's phone list, each note is signed; on Claire's and Lina's canvas too
    const marcAuthors = () => marc.page.getByTestId('notes-list').locator('.notes-list-author').allTextContents();
    await expect.poll(marcAuthors, { timeout: WAIT }).toEqual(expect.arrayContaining(['Claire', 'Lina']));
    await expect.poll(() => drawnTexts(lina.page), { timeout: WAIT }).toEqual(expect.arrayContaining(['Claire']));

    // Claire switches anonymity on from the dashboard, in another tab
    const dashboard = await claire.page.context().newPage();
    await dashboard.goto(`${essaim.server.url}/atelier/${w.workshopId}/tableau-de-bord`);
    const toggle = dashboard.getByRole('switch', { name: /Masquer les auteurs aux participants/ });
    await toggle.click();
    await expect.poll(() => toggle.isChecked(), { timeout: WAIT }).toBe(true);

    await expect.poll(marcAuthors, { timeout: WAIT }).toEqual(['', '']);
    await expect.poll(() => drawnTexts(lina.page), { timeout: WAIT }).not.toContain('Claire');
    expect(await drawnTexts(lina.page)).toEqual(expect.arrayContaining(['Une navette le samedi', 'Un jardin partagé']));
    // the facilitator still knows who wrote what
    await expect.poll(() => drawnTexts(claire.page), { timeout: WAIT }).toEqual(expect.arrayContaining(['Lina']));
    mkdirSync(ARTIFACTS, { recursive: true });
    await marc.page.screenshot({ path: `${ARTIFACTS}attention-anonymous-marc.png` });

    // switched off: signed again
    await toggle.click();
    await expect.poll(marcAuthors, { timeout: WAIT }).toEqual(expect.arrayContaining(['Claire', 'Lina']));
  });
});

/** The spotlight layer's opacity (0–255) at these board points on this page: 0 where it is clear. */
function veilAlpha(page: Page, points: { x: number; y: number }[]): Promise<number[]> {
  return page.evaluate((pts) => {
    type LayerNode = { isVisible(): boolean; getCanvas(): { _canvas: HTMLCanvasElement; getPixelRatio(): number } };
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const layer = stage.find('.focus-layer')[0] as unknown as LayerNode | undefined;
    if (!layer || !layer.isVisible()) return pts.map(() => 0);
    const canvas = layer.getCanvas();
    const ratio = canvas.getPixelRatio();
    const context = canvas._canvas.getContext('2d')!;
    return pts.map((p) => {
      const q = stage.getAbsoluteTransform().point(p);
      return context.getImageData(Math.round(q.x * ratio), Math.round(q.y * ratio), 1, 1).data[3]!;
    });
  }, points);
}

/** Every text the canvas draws in note nodes (note texts, authors). */
function drawnTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0];
    if (!stage) return [];
    return (stage.find('Text') as unknown as { text(): string; isVisible(): boolean }[]).filter((n) => n.isVisible()).map((n) => n.text());
  });
}
