import { describe, expect, it } from 'vitest';
import { boardMaps, frameHoldsNote, isPriorityNeedsZone, parseFrame, readNotes, type Frame } from '@essaim/shared';
import type { Page, Response } from 'playwright-core';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';
import { NEED_IDS, NEEDS, writeMobilityNeeds, type Need } from '../fixtures/mobilityNeeds.js';
import { withBoard } from '../fixtures/readBoard.js';
import { received, recordFrames } from '../fixtures/receivedFrames.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WIDE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WAIT = 20_000;

/** A gets 3 dots, B and C 2, D and E 1: the top 3 is clear. */
const BALLOTS: Record<string, Need[]> = { Lina: ['A', 'B', 'C'], Marc: ['A', 'B', 'D'], Nour: ['A', 'C', 'E'] };

/** Every answer of the vote routes a page gets, as text. */
function recordVoteAnswers(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (res: Response) => {
    if (res.url().includes('/votes')) void res.text().then((b) => bodies.push(b), () => undefined);
  });
  return bodies;
}

/** A count per note, as the API writes a result in JSON. */
const TALLY = '"count":';
/** The same key as Yjs encodes it in a document's values (lib0: its length, then its UTF-8). */
const TALLY_IN_DOC = '\u0005count';

describe('dot voting', () => {
  const essaim = useEssaim();

  it('three participants, 3 dots each and 1 a note: a 4th refused, nothing counted before the close, the right ranking, the top 3 kept in « 3 besoins prioritaires »', async () => {
    const base = essaim.server.url;
    // everyone in the plenary, which has the needs map
    const w = await createWorkshop(base, { title: 'Besoins du Haut-Aude', name: 'Claire', template: 'carte-des-besoins' });
    const roomId = w.rooms.find((r) => r.plenary)!.id;
    const ids = NEED_IDS;
    await writeMobilityNeeds(base, w, roomId);

    const claire = await essaim.person(WIDE);
    await claire.page.goto(`${base}/atelier/${w.workshopId}#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    await claire.waitForNote(NEEDS.E);

    const people: Record<string, BoardPage> = {};
    const frames: Record<string, Buffer[]> = {};
    const answers: Record<string, string[]> = {};
    for (const [name, options] of [['Lina', WIDE], ['Marc', WIDE], ['Nour', PHONE]] as const) {
      const person = await essaim.person(options);
      frames[name] = recordFrames(person.page);
      answers[name] = recordVoteAnswers(person.page);
      await person.join(w.joinCode, name);
      await person.waitForNote(NEEDS.E);
      people[name] = person;
    }

    // Claire opens the vote from her board: the defaults are 3 dots a person, 1 a note, results at the close
    await claire.page.getByTestId('vote-button').click();
    const form = claire.page.getByTestId('vote-start');
    await form.waitFor({ timeout: WAIT });
    expect(await form.getByLabel('Points par personne').inputValue()).toBe('3');
    expect(await form.getByLabel('Au plus par note').inputValue()).toBe('1');
    await form.getByRole('button', { name: 'Lancer le vote' }).click();
    await claire.page.getByTestId('vote-progress').waitFor({ timeout: WAIT });
    await claire.page.keyboard.press('Escape');
    for (const person of Object.values(people)) await person.page.getByTestId('vote-banner').waitFor({ timeout: WAIT });
    expect(await people.Lina!.page.getByTestId('vote-banner').textContent()).toContain('3 points sur 3 restants');

    const rowOf = (person: BoardPage, need: Need) => person.page.getByTestId('notes-list').locator(`li[data-note-id="${ids[need]}"]`);
    const myDots = (person: BoardPage, need: Need) => rowOf(person, need).locator('[data-my-dots]').getAttribute('data-my-dots');

    // Lina votes with the keyboard: a note chosen in the notes list, then V
    const lina = people.Lina!;
    for (const need of BALLOTS.Lina!) {
      const note = rowOf(lina, need).locator('button').first();
      await note.focus();
      await note.press('Enter');
      await lina.page.keyboard.press('v');
      await expect.poll(() => myDots(lina, need), { timeout: WAIT }).toBe('1');
    }
    expect(await lina.page.getByTestId('vote-banner').textContent()).toContain('Tous vos points sont placés');
    // a 4th dot: refused by the server, said in French, and nothing moves
    const d = rowOf(lina, 'D').locator('button').first();
    await d.focus();
    await d.press('Enter');
    await lina.page.keyboard.press('v');
    await lina.page.getByText('Vous n’avez plus de points\u00a0: retirez-en un pour voter ailleurs.').waitFor({ timeout: WAIT });
    expect(await myDots(lina, 'D')).toBe('0');

    // Marc with the list's « + » buttons, by keyboard
    const marc = people.Marc!;
    for (const need of BALLOTS.Marc!) {
      const plus = marc.page.getByRole('button', { name: `Mettre un point sur «\u00a0${NEEDS[need]}\u00a0»` });
      await plus.focus();
      await plus.press('Enter');
      await expect.poll(() => myDots(marc, need), { timeout: WAIT }).toBe('1');
    }
    // a second dot on the same note: the cap of 1
    const again = marc.page.getByRole('button', { name: `Mettre un point sur «\u00a0${NEEDS.A}\u00a0»` });
    await again.focus();
    await again.press('Enter');
    await marc.page.getByText(/Vous n’avez plus de points|Cette note a déjà autant de vos points/).waitFor({ timeout: WAIT });

    // Nour taps « + » in her phone's list
    const nour = people.Nour!;
    for (const need of BALLOTS.Nour!) {
      await nour.page.getByRole('button', { name: `Mettre un point sur «\u00a0${NEEDS[need]}\u00a0»` }).tap();
      await expect.poll(() => myDots(nour, need), { timeout: WAIT }).toBe('1');
    }
    // and takes one back, then puts it again
    await nour.page.getByRole('button', { name: `Retirer un point de «\u00a0${NEEDS.E}\u00a0»` }).tap();
    await expect.poll(() => myDots(nour, 'E'), { timeout: WAIT }).toBe('0');
    await nour.page.getByRole('button', { name: `Mettre un point sur «\u00a0${NEEDS.E}\u00a0»` }).tap();
    await expect.poll(() => myDots(nour, 'E'), { timeout: WAIT }).toBe('1');

    // the facilitator sees that three people voted; the participants see no count anywhere
    await claire.page.getByTestId('vote-button').click();
    await expect.poll(() => claire.page.getByTestId('vote-turnout').textContent(), { timeout: WAIT }).toMatch(/^3 (personnes|participants) sur 3 ont voté$/);
    // not on her board either: it may be projected (she reads them in the results panel)
    expect(await claire.page.getByTestId('notes-list').locator('li[data-vote-count]').count()).toBe(0);
    for (const [name, person] of Object.entries(people)) {
      expect(await person.page.getByTestId('notes-list').locator('li[data-vote-count]').count(), name).toBe(0);
      expect(received(frames[name]!, TALLY_IN_DOC), `${name} received a tally in a WebSocket frame`).toBe(false);
      expect(answers[name]!.length, name).toBeGreaterThan(0);
      for (const body of answers[name]!) {
        expect(body.includes(TALLY), `${name} got a tally over HTTP: ${body.slice(0, 200)}`).toBe(false);
        const json = JSON.parse(body) as { results?: unknown };
        if ('results' in json) expect(json.results, name).toBeNull();
      }
    }

    // « Clôturer le vote »: the results panel ranks A, then B and C tied, D and E tied
    await claire.page.getByRole('button', { name: 'Clôturer le vote' }).click();
    const dialog = claire.page.getByTestId('vote-results');
    await dialog.locator('[data-status="closed"]').waitFor({ timeout: WAIT });
    const rows = dialog.getByTestId('vote-ranking').locator('li');
    await expect.poll(() => rows.count(), { timeout: WAIT }).toBe(5);
    expect(await rows.nth(0).textContent()).toMatch(new RegExp(`^1er.*${NEEDS.A}.*3 points$`));
    for (const i of [1, 2]) expect(await rows.nth(i).textContent()).toMatch(/^2e ex æquo.*2 points$/);
    expect((await rows.nth(1).textContent())! + (await rows.nth(2).textContent())!).toContain(NEEDS.B);
    expect((await rows.nth(1).textContent())! + (await rows.nth(2).textContent())!).toContain(NEEDS.C);
    for (const i of [3, 4]) expect(await rows.nth(i).textContent()).toMatch(/^4e ex æquo.*1 point$/);
    expect(await dialog.getByTestId('vote-results-turnout').textContent()).toBe('3 participants sur 3 ont voté');

    // now the counts reach everyone: on the notes, and in the frames (the same search finds them)
    for (const [name, person] of Object.entries(people)) {
      await expect.poll(() => rowOf(person, 'A').getAttribute('data-vote-count'), { timeout: WAIT }).toBe('3');
      expect(await rowOf(person, 'B').getAttribute('data-vote-count'), name).toBe('2');
      expect(received(frames[name]!, TALLY_IN_DOC), name).toBe(true);
    }

    // « Garder les 3 premiers »: no tie at the boundary, copied into « 3 besoins prioritaires »
    const keep = dialog.getByTestId('vote-keep');
    await keep.waitFor({ timeout: WAIT });
    expect(await keep.getByTestId('vote-ties').count()).toBe(0);
    await keep.getByRole('button', { name: 'Copier les 3 notes' }).click();
    await claire.page.getByText(/3 notes copiées dans la zone «\u00a03 besoins prioritaires\u00a0»/).waitFor({ timeout: WAIT });
    const kept = await withBoard(base, w.workshopId, roomId, w.facilitatorToken, (doc) => {
      const zone = [...boardMaps(doc).frames.values()].map(parseFrame).find((f): f is Frame => f !== null && isPriorityNeedsZone(f))!;
      return readNotes(doc)
        .filter((n) => frameHoldsNote(zone, n))
        .map((n) => n.text);
    });
    expect(kept.sort()).toEqual([NEEDS.A, NEEDS.B, NEEDS.C].sort());
    // each copy shows the count of the need it copies, on every screen
    await expect
      .poll(async () => (await lina.page.getByTestId('notes-list').locator('li[data-vote-count="3"]').count()), { timeout: WAIT })
      .toBe(2);
  });
});
