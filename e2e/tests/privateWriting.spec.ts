import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BoardPage } from '../fixtures/BoardPage.js';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { readBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { indexedDbHolds } from '../fixtures/indexedDbHolds.js';
import { received, recordFrames } from '../fixtures/receivedFrames.js';
import { draftTexts, privatePanel, QUESTION, writeIdea } from '../fixtures/privatePanel.js';

const WAIT = 15_000;

/** Whether any IndexedDB database of the page holds `text` (the offline copies of every document it opened). */
function storedOnDevice(page: Page, text: string): Promise<boolean> {
  return page.evaluate(indexedDbHolds, { needle: text, updatesOnly: false });
}

/** The counts a `draft-counts` block shows: participant name → count. */
async function shownCounts(root: ReturnType<Page['getByTestId']>): Promise<Record<string, number>> {
  const items = root.getByTestId('draft-count');
  const out: Record<string, number> = {};
  for (const item of await items.all()) {
    const name = ((await item.locator('.draft-counts-name').textContent()) ?? '').trim();
    out[name] = Number(await item.getAttribute('data-count'));
  }
  return out;
}

describe('private writing, then reveal', () => {
  const essaim = useEssaim();

  it('keeps each participant’s ideas in their browser alone until « Révéler » puts all of them on every board', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 900 } });
    const frames = new Map<string, Buffer[]>([['Fanny', recordFrames(facilitator.page)]]);
    const code = await facilitator.createWorkshop('Atelier en silence', ['Aude']);
    const dashboard = new DashboardPage(facilitator.page);
    await dashboard.card('Aude').waitFor();

    // three participants in Aude: two on a computer, Nour on a 360 px phone
    const people: Record<string, BoardPage> = {};
    for (const [name, options] of [
      ['Lina', { viewport: { width: 1280, height: 900 } }],
      ['Marc', { viewport: { width: 1280, height: 900 } }],
      ['Nour', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }],
    ] as const) {
      const person = await essaim.person(options);
      frames.set(name, recordFrames(person.page));
      await person.join(code, name);
      await person.waitRoom('Aude');
      people[name] = person;
    }
    const { Lina: lina, Marc: marc, Nour: nour } = people as Record<'Lina' | 'Marc' | 'Nour', BoardPage>;
    const ideas: Record<string, string[]> = {
      Lina: ['Lina\u00a0: un lieu calme', 'Lina\u00a0: des pauses régulières'],
      Marc: ['Marc\u00a0: un écran en plus', 'Marc\u00a0: des objectifs clairs'],
      Nour: ['Nour\u00a0: du café', 'Nour\u00a0: moins de réunions'],
    };
    const allIdeas = Object.values(ideas).flat();

    // the facilitator starts private writing in Aude from its card on the dashboard, with the keyboard
    await dashboard.card('Aude').getByRole('button', { name: 'Écriture individuelle de la salle «\u00a0Aude\u00a0»' }).click();
    const roomControls = facilitator.page.getByRole('dialog', { name: 'Écriture individuelle de la salle «\u00a0Aude\u00a0»' });
    const question = roomControls.getByLabel('Question posée');
    await question.fill(QUESTION);
    await question.press('Enter');
    await roomControls.getByTestId('private-status').waitFor({ timeout: WAIT });
    await facilitator.page.keyboard.press('Escape');

    // each participant sees the question and writes two ideas; Nour's phone gives the panel the screen
    for (const [name, person] of Object.entries(people)) {
      const panel = await privatePanel(person);
      expect(await panel.getByText('Vos idées restent privées jusqu’à la révélation').isVisible()).toBe(true);
      await writeIdea(person, ideas[name]![0]!);
      await writeIdea(person, ideas[name]![1]!, true);
      await panel.getByTestId('draft-counter').filter({ hasText: 'Vous avez écrit 2 idées' }).waitFor({ timeout: WAIT });
    }
    const nourPanel = await nour.page.getByTestId('private-panel').boundingBox();
    expect(nourPanel?.width).toBeGreaterThanOrEqual(359);
    // drafts never reach the canvas, nor the notes list
    for (const person of Object.values(people)) expect(await person.noteTexts()).toEqual([]);

    // Marc reloads during the phase: his ideas are still there
    await marc.waitStoredOffline(ideas.Marc![1]!);
    await marc.reload();
    await marc.waitConnected();
    await privatePanel(marc);
    await expect.poll(() => draftTexts(marc), { timeout: WAIT }).toEqual(ideas.Marc);

    // the facilitator sees 2 / 2 / 2 on the dashboard, and no text
    await expect.poll(() => shownCounts(dashboard.card('Aude')), { timeout: WAIT }).toEqual({ Lina: 2, Marc: 2, Nour: 2 });
    expect(await dashboard.card('Aude').getByTestId('draft-counts').first().getAttribute('data-total')).toBe('6');
    // the room sees the counts too (names and numbers only)
    await expect.poll(() => shownCounts(lina.page.getByTestId('private-panel')), { timeout: WAIT }).toEqual({ Lina: 2, Marc: 2, Nour: 2 });

    // Before the reveal, nobody received anybody else's ideas: not in a WebSocket frame, not in a
    // document kept on the device, not on the page; the board itself holds none of them.
    const workshopId = facilitator.workshopId();
    const facilitatorSession = await facilitator.session(workshopId);
    const { rooms } = (await (await fetch(`${essaim.server.url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${facilitatorSession.token}` } })).json()) as {
      rooms: { id: string; name: string }[];
    };
    const aude = rooms.find((r) => r.name === 'Aude')!.id;
    expect((await readBoard(essaim.server.url, workshopId, aude, facilitatorSession.token)).map((n) => n.text)).toEqual([]);
    for (const [viewer, page] of [['Fanny', facilitator.page], ...Object.entries(people).map(([n, p]) => [n, p.page] as const)] as const) {
      const content = await page.content();
      for (const [author, texts] of Object.entries(ideas)) {
        if (author === viewer) continue;
        for (const text of texts) {
          expect(received(frames.get(viewer)!, text), `${viewer} received « ${text} »`).toBe(false);
          expect(await storedOnDevice(page, text), `${viewer} stored « ${text} »`).toBe(false);
          expect(content.includes(text), `${viewer} shows « ${text} »`).toBe(false);
        }
      }
    }
    // …while each author's own device keeps theirs
    for (const [name, person] of Object.entries(people)) expect(await storedOnDevice(person.page, ideas[name]![0]!)).toBe(true);

    // « Révéler » from the room's board, shuffled
    await dashboard.enter('Aude');
    await facilitator.waitRoom('Aude');
    await facilitator.page.getByTestId('private-badge').click();
    const popover = facilitator.page.getByRole('dialog', { name: 'Écriture individuelle' });
    await expect.poll(() => shownCounts(popover), { timeout: WAIT }).toEqual({ Lina: 2, Marc: 2, Nour: 2 });
    await popover.getByLabel('Mélangées').check();
    await popover.getByRole('button', { name: 'Révéler' }).click();

    // every browser shows all six notes on the board; the participants' panels close with a word
    for (const person of [facilitator, ...Object.values(people)]) {
      for (const text of allIdeas) await person.waitForNote(text);
    }
    for (const person of Object.values(people)) {
      await person.page.getByTestId('private-panel').waitFor({ state: 'detached', timeout: WAIT });
      await person.page.getByText('Les idées ont été révélées').first().waitFor({ timeout: WAIT });
    }
    expect((await nour.noteTexts()).sort()).toEqual([...allIdeas].sort());
    const board = await readBoard(essaim.server.url, workshopId, aude, facilitatorSession.token);
    expect(board.map((n) => n.text).sort()).toEqual([...allIdeas].sort());
    // each note is its author's, and none covers another
    const ids = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([name, p]) => [name, (await p.session(workshopId)).participantId] as const)));
    for (const note of board) expect(note.authorId).toBe(ids[note.text.split('\u00a0')[0]!]);
    for (const a of board) for (const b of board) if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    // the recorder does see text in frames: the revealed notes reached everyone
    for (const viewer of frames.keys()) expect(allIdeas.every((text) => received(frames.get(viewer)!, text)), viewer).toBe(true);
    // the dashboard's counts are gone with the phase
    await facilitator.page.goBack();
    await dashboard.card('Aude').getByTestId('draft-counts').first().waitFor({ state: 'detached', timeout: WAIT });
  });

  it('offers an idea written offline as the phase ended, and puts it on the board as a normal note', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 900 } });
    const code = await facilitator.createWorkshop('Atelier hors ligne', ['Gard']);
    const dashboard = new DashboardPage(facilitator.page);
    await dashboard.card('Gard').waitFor();
    const lina = await essaim.person({ viewport: { width: 1280, height: 900 } });
    await lina.join(code, 'Lina');
    await lina.waitRoom('Gard');

    // from the dashboard's card for every room
    const card = facilitator.page.getByTestId('private-card');
    await card.getByLabel('Question posée').fill(QUESTION);
    await card.getByRole('button', { name: 'Lancer l’écriture individuelle' }).click();
    await privatePanel(lina);
    await writeIdea(lina, 'Envoyée à temps');
    await expect.poll(() => shownCounts(dashboard.card('Gard')), { timeout: WAIT }).toEqual({ Lina: 1 });

    // Lina's network goes; she writes one more idea, kept on her device only
    await lina.page.context().setOffline(true);
    await lina.waitState('offline');
    await writeIdea(lina, 'Écrite hors ligne');
    await lina.waitStoredOffline('Écrite hors ligne');

    await card.getByRole('button', { name: 'Révéler' }).click();
    await dashboard.waitNoteCount('Gard', 1);

    // back online: the phase is over, the idea the server never got is offered, not lost
    await lina.page.context().setOffline(false);
    const banner = lina.page.getByTestId('leftover-drafts');
    await banner.filter({ hasText: 'Vous aviez 1 idée non envoyée\u00a0: l’ajouter au tableau\u202f?' }).waitFor({ timeout: WAIT });
    await lina.page.getByTestId('private-panel').waitFor({ state: 'detached', timeout: WAIT });
    await lina.waitForNote('Envoyée à temps');
    await banner.getByRole('button', { name: 'Ajouter au tableau' }).click();
    await banner.waitFor({ state: 'detached', timeout: WAIT });
    await lina.waitForNote('Écrite hors ligne');
    await dashboard.waitNoteCount('Gard', 2);
    expect((await lina.noteTexts()).sort()).toEqual(['Envoyée à temps', 'Écrite hors ligne'].sort());

    // cleared from her device: a reload offers nothing again
    await lina.reload();
    await lina.waitConnected();
    await lina.waitForNote('Écrite hors ligne');
    expect(await lina.page.getByTestId('leftover-drafts').count()).toBe(0);
  });
});
