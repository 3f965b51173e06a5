import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boardMaps, parseFrame, parseLabel, readNotes, type Frame, type Label, type Note } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { onPage, type WindowWithKonva } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';

const WIDE = { viewport: { width: 1280, height: 800 } };
const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;

interface Board {
  notes: Note[];
  frames: Frame[];
  labels: Label[];
}

/** A toast whose text contains `text`. */
const toastWith = (page: Page, text: string) => page.locator('[data-sonner-toast]', { hasText: text });


/** Where this page draws the note `id` (its node's position, in board units), or null. */
function drawnAt(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((noteId) => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    const node = stage.find('.note').find((n) => n.id() === noteId) as unknown as { x(): number; y(): number } | undefined;
    return node ? { x: node.x(), y: node.y() } : null;
  }, id);
}

/** How many padlocks this page draws on zones. */
function lockMarks(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.find('.zone-lock').length);
}

/** Drags with the mouse from `from` to `to`, in small steps as a hand would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

describe('zones and headings', () => {
  const essaim = useEssaim();

  const workshop = () => createWorkshop(essaim.server.url, { title: 'Atelier mobilité — Pays de Sault', name: 'Claire' });

  /** The board as the server has it, read by a standard Yjs client with this person's token. */
  async function stored(person: BoardPage): Promise<Board> {
    const workshopId = person.workshopId();
    const { roomId, token } = await person.session(workshopId);
    return withBoard(essaim.server.url, workshopId, roomId, token, (doc) => {
      const { frames, labels } = boardMaps(doc);
      return {
        notes: readNotes(doc),
        frames: [...frames.values()].flatMap((v) => parseFrame(v) ?? []),
        labels: [...labels.values()].flatMap((v) => parseLabel(v) ?? []),
      };
    });
  }

  it('a facilitator’s zone carries a participant’s note on both screens, and once locked the participant cannot change it', async () => {
    const w = await workshop();
    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${essaim.server.url}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitConnected();

    // a new zone opens with its title ready to be typed
    await claire.page.getByRole('button', { name: 'Nouvelle zone' }).click();
    const title = claire.page.getByTestId('zone-title-editor');
    await title.waitFor();
    await title.fill('Mobilité durable');
    await claire.page.screenshot({ path: `${ARTIFACTS}zones-title-editor.png` });
    await title.press('Enter');
    await title.waitFor({ state: 'detached' });
    await expect.poll(async () => (await stored(claire)).frames.map((f) => f.title)).toEqual(['Mobilité durable']);

    // a heading, with the « T » key
    await claire.page.keyboard.press('t');
    const heading = claire.page.getByTestId('label-editor');
    await heading.waitFor();
    await heading.fill('Besoins du territoire');
    await heading.press('Enter');
    await expect.poll(async () => (await stored(claire)).labels.map((l) => l.text)).toEqual(['Besoins du territoire']);
    await claire.page.getByRole('button', { name: 'Texte plus grand' }).click();
    await expect.poll(async () => (await stored(claire)).labels[0]!.fontSize).toBe(40);

    const lina = await essaim.person(WIDE);
    await lina.join(w.joinCode, 'Lina');
    await lina.addNote('Navette solidaire le samedi');
    await claire.waitForNote('Navette solidaire le samedi');
    const before = await stored(claire);
    const zone = before.frames[0]!;
    const note = before.notes.find((n) => n.text === 'Navette solidaire le samedi')!;
    const centre = { x: note.x + note.width / 2, y: note.y + note.height / 2 };
    expect(centre.x > zone.x && centre.x < zone.x + zone.width && centre.y > zone.y && centre.y < zone.y + zone.height, 'the note lies in the zone').toBe(true);

    // the facilitator drags the zone by its title band: the note goes with it, in the document and on both screens
    const scale = await claire.page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.scaleX());
    const band = await onPage(claire.page, { x: zone.x + zone.width - 60, y: zone.y + 12 });
    await drag(claire.page, band, { x: band.x + 150, y: band.y + 90 });
    const dx = Math.round(150 / scale);
    const dy = Math.round(90 / scale);
    await expect.poll(async () => {
      const b = await stored(lina);
      return { zone: { x: b.frames[0]!.x, y: b.frames[0]!.y }, note: { x: b.notes[0]!.x, y: b.notes[0]!.y } };
    }).toEqual({ zone: { x: zone.x + dx, y: zone.y + dy }, note: { x: note.x + dx, y: note.y + dy } });
    for (const p of [claire, lina]) await expect.poll(() => drawnAt(p.page, note.id)).toEqual({ x: note.x + dx, y: note.y + dy });

    // the zone's right handle widens it
    const rightHandle = await onPage(claire.page, { x: zone.x + dx + zone.width, y: zone.y + dy + zone.height / 2 });
    await drag(claire.page, rightHandle, { x: rightHandle.x + 80, y: rightHandle.y });
    await expect.poll(async () => (await stored(claire)).frames[0]!.width).toBe(zone.width + Math.round(80 / scale));
    expect((await stored(claire)).frames[0]!.x).toBe(zone.x + dx);

    // locked from the toolbar: the participant sees the padlock
    await claire.page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect.poll(async () => (await stored(claire)).frames[0]!.locked).toBe(true);
    await expect.poll(() => lockMarks(lina.page)).toBe(1);
    await claire.page.screenshot({ path: `${ARTIFACTS}zones-facilitator.png` });

    // the participant can neither open nor move their note in it: told why, the document unchanged
    const moved = { x: note.x + dx, y: note.y + dy };
    const at = await onPage(lina.page, { x: moved.x + note.width / 2, y: moved.y + note.height / 2 });
    await lina.page.mouse.dblclick(at.x, at.y);
    const refusal = toastWith(lina.page, 'Cette zone est verrouillée');
    await refusal.waitFor();
    expect(await lina.page.getByTestId('note-editor').count()).toBe(0);
    await lina.page.keyboard.press('Escape');
    await drag(lina.page, at, { x: at.x - 300, y: at.y + 200 });
    await refusal.waitFor();
    await lina.page.screenshot({ path: `${ARTIFACTS}zones-participant.png` });
    await new Promise((r) => setTimeout(r, 500));
    const after = await stored(lina);
    expect({ x: after.notes[0]!.x, y: after.notes[0]!.y }).toEqual(moved);
    expect(after.notes[0]!.text).toBe('Navette solidaire le samedi');
    expect(await drawnAt(lina.page, note.id)).toEqual(moved);

    // a participant's press on the zone reaches the canvas: dragging there pans the view
    const stageAt = () => lina.page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.position());
    const start = await stageAt();
    const inside = await onPage(lina.page, { x: zone.x + dx + 20, y: zone.y + dy + 12 });
    await drag(lina.page, inside, { x: inside.x + 40, y: inside.y + 30 });
    await expect.poll(stageAt).toEqual({ x: start.x + 40, y: start.y + 30 });

    // on a phone-sized screen the facilitator's tools for the selected zone still fit
    await claire.page.setViewportSize({ width: 360, height: 740 });
    // a phone opens on the notes list: the canvas is one tap away
    await claire.page.getByRole('navigation', { name: 'Affichage' }).getByRole('button', { name: 'Tableau' }).click();
    await claire.page.getByRole('button', { name: 'Verrouiller' }).waitFor();
    await claire.page.screenshot({ path: `${ARTIFACTS}zones-facilitator-360.png` });
    await claire.page.setViewportSize(WIDE.viewport);

    // deleting the zone (Delete key) leaves its note
    const onBand = { x: zone.x + dx + zone.width - 60, y: zone.y + dy + 12 };
    // back to the wide screen: the canvas is redrawn at its new size before the band is clicked
    await expect
      .poll(() =>
        claire.page.evaluate((point) => {
          const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
          return stage.getIntersection(stage.getAbsoluteTransform().point(point))?.name() ?? null;
        }, onBand),
      )
      .toBe('zone-band');
    const bandNow = await onPage(claire.page, onBand);
    await claire.page.mouse.click(bandNow.x, bandNow.y);
    await claire.page.keyboard.press('Delete');
    await expect.poll(async () => (await stored(claire)).frames.length).toBe(0);
    expect((await stored(claire)).notes).toHaveLength(1);
  });
});
