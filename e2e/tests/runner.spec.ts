import { describe, expect, it } from 'vitest';
import {
  boardMaps,
  createNote,
  frameHoldsNote,
  parseFrame,
  readNotes,
  type Frame,
  type Rect,
  type RoomRun,
  type RunnerResponse,
} from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { createWorkshop } from '../fixtures/createWorkshop.js';
import { privatePanel, writeIdea } from '../fixtures/privatePanel.js';
import { readBoard, withBoard } from '../fixtures/readBoard.js';
import { received, recordFrames } from '../fixtures/receivedFrames.js';
import { shown } from '../fixtures/shownRect.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WIDE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WAIT = 20_000;
const QUESTION = 'Comment se déplacer sans voiture dans le Haut-Aude\u202f?';

/**
 * Whether the view shows the zone whole, centred across, and large (what the focus on a presenting
 * pair asks of every screen; the banners over the canvas push it a little down).
 */
function showsZone(view: Rect, zone: Rect): boolean {
  const contains = view.x <= zone.x + 1 && view.y <= zone.y + 1 && view.x + view.width >= zone.x + zone.width - 1 && view.y + view.height >= zone.y + zone.height - 1;
  const centred = Math.abs(view.x + view.width / 2 - (zone.x + zone.width / 2)) < zone.width * 0.1;
  const large = zone.width >= view.width * 0.4 || zone.height >= view.height * 0.4;
  return contains && centred && large;
}

describe('the 3-12-3 runner', () => {
  const essaim = useEssaim();

  it('runs the four steps: ideas kept private then revealed at zero, pairs with their zones, each turn on every screen, the proposals gathered', async () => {
    const w = await createWorkshop(essaim.server.url, { title: 'Mobilité dans le Haut-Aude', name: 'Claire', rooms: 1, roomNames: ['Aude'], template: 'brainstorm-3-12-3' });
    const roomId = w.rooms.find((r) => !r.plenary)!.id;
    const runner = async (token: string): Promise<RoomRun | undefined> => {
      const res = await fetch(`${essaim.server.url}/api/workshops/${w.workshopId}/runner`, { headers: { authorization: `Bearer ${token}` } });
      return ((await res.json()) as RunnerResponse).runs.find((r) => r.roomId === roomId);
    };

    const claire = await essaim.person(WIDE);
    const frames = new Map<string, Buffer[]>([['Claire', recordFrames(claire.page)]]);
    await claire.page.goto(`${essaim.server.url}/atelier/${w.workshopId}/tableau-de-bord#jeton=${encodeURIComponent(w.facilitatorToken)}`);
    const card = claire.page.getByTestId('runner-card');
    await card.waitFor({ timeout: WAIT });

    // four participants in Aude, Nour on a 360 px phone
    const people: Record<string, BoardPage> = {};
    for (const [name, options] of [['Lina', WIDE], ['Marc', WIDE], ['Nour', PHONE], ['Paul', WIDE]] as const) {
      const person = await essaim.person(options);
      frames.set(name, recordFrames(person.page));
      await person.join(w.joinCode, name);
      await person.waitRoom('Aude');
      people[name] = person;
    }
    const names = Object.keys(people);
    const everyone = Object.values(people);

    // 1. « Lancer le 3-12-3 » at a test speed: 30 s of ideas alone, then a minute for the pairs and for each turn
    await card.getByLabel('Question posée').fill(QUESTION);
    await card.getByLabel('Idées seul·e').fill('0,5');
    await card.getByLabel('En binômes').fill('1');
    await card.getByLabel('Présentation par binôme').fill('1');
    await card.getByRole('button', { name: 'Lancer le 3-12-3' }).click();
    await card.locator('[data-testid="runner-controls"][data-step="ideas"]').waitFor({ timeout: WAIT });

    const ideas = Object.fromEntries(names.map((name) => [name, [`${name}\u00a0: une navette solidaire`, `${name}\u00a0: du covoiturage au marché`]]));
    await Promise.all(
      names.map(async (name) => {
        const person = people[name]!;
        await privatePanel(person, QUESTION);
        for (const idea of ideas[name]!) await writeIdea(person, idea);
      }),
    );
    // « Nouvelle idée » on the board's toolbar brings Lina's private field to hand, and writes nothing for everyone
    await people.Lina!.page.getByRole('button', { name: 'Nouvelle idée' }).click();
    await expect.poll(() => people.Lina!.page.evaluate(() => document.activeElement?.closest('[data-testid="private-panel"]') !== null), { timeout: WAIT }).toBe(true);
    // the room's board holds none of them yet, and no browser received anyone else's ideas — not in any frame
    const token = (await people.Lina!.session(w.workshopId)).token;
    expect(await readBoard(essaim.server.url, w.workshopId, roomId, token)).toEqual([]);
    for (const [who, got] of frames) {
      for (const [author, texts] of Object.entries(ideas)) {
        if (author === who) continue;
        for (const text of texts) expect(received(got, text), `${who} received « ${text} »`).toBe(false);
      }
    }
    expect((await runner(token))?.step).toBe('ideas');

    // at zero the ideas are revealed by themselves: every screen shows all eight
    for (const person of everyone) for (const text of Object.values(ideas).flat()) await person.waitForNote(text, 60_000);
    for (const person of everyone) await person.page.getByTestId('private-panel').waitFor({ state: 'detached', timeout: WAIT });
    // the same search finds them now: it would have seen them before
    for (const got of frames.values()) expect(received(got, ideas.Lina![0]!)).toBe(true);

    // 2. the ideas are out: « Former les binômes » (no longer « Révéler et… »), two pairs, each with its zone titled with its names
    await card.getByRole('button', { name: 'Former les binômes', exact: true }).click();
    await card.locator('[data-testid="runner-controls"][data-step="pairs"]').waitFor({ timeout: WAIT });
    const paired = (await runner(token))!;
    expect(paired.pairs.map((p) => p.members.length)).toEqual([2, 2]);
    const sessions = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await people[n]!.session(w.workshopId)] as const)));
    const nameOf = (id: string) => names.find((n) => sessions[n]!.participantId === id)!;
    const zones = await withBoard(essaim.server.url, w.workshopId, roomId, token, (doc) => {
      const frames = [...boardMaps(doc).frames.values()].map(parseFrame).filter((f): f is Frame => f !== null);
      return paired.pairs.map((p) => frames.find((f) => f.id === p.frameId)!);
    });
    paired.pairs.forEach((pair, i) => expect(zones[i]!.title).toBe(`Binôme ${i + 1}\u202f: ${pair.members.map(nameOf).join(' et ')}`));
    // each participant is told who they work with, and where
    for (const [i, pair] of paired.pairs.entries()) {
      const [a, b] = pair.members.map(nameOf) as [string, string];
      await people[a]!.page.getByTestId('runner-banner').filter({ hasText: `vous êtes avec ${b}, zone «\u00a0Binôme\u00a0${i + 1}\u00a0»` }).waitFor({ timeout: WAIT });
    }

    // each pair writes its proposal in its zone
    await withBoard(essaim.server.url, w.workshopId, roomId, w.facilitatorToken, (doc) => {
      zones.forEach((zone, i) => createNote(doc, { id: `proposition-${i + 1}`, text: `Proposition du binôme ${i + 1}`, x: zone.x + 200, y: zone.y + 250 }, { authorId: w.facilitatorId, now: Date.now() }));
    });

    // 3. the presentations: each turn puts the pair's zone in focus, and every view moves to it
    await people.Nour!.page.getByRole('button', { name: 'Tableau', exact: true }).click();
    await card.getByRole('button', { name: 'Lancer les présentations' }).click();
    for (const [turn, zone] of zones.entries()) {
      if (turn > 0) await card.getByRole('button', { name: 'Binôme suivant' }).click();
      await card.getByTestId('runner-controls').filter({ hasText: `le binôme ${turn + 1} présente` }).waitFor({ timeout: WAIT });
      for (const [name, person] of Object.entries(people)) {
        await expect.poll(async () => {
          const view = await shown(person.page);
          return view !== null && showsZone(view, zone);
        }, { timeout: WAIT, message: `${name}’s view on the zone of pair ${turn + 1}` }).toBe(true);
        await person.page.getByTestId('runner-banner').filter({ hasText: 'présentent' }).waitFor({ timeout: WAIT });
      }
    }

    // 4. « Regrouper les propositions »: both proposals in the clustering zone, the focus over
    await card.getByRole('button', { name: 'Regrouper les propositions' }).click();
    await card.locator('[data-testid="runner-controls"][data-step="gathered"]').waitFor({ timeout: WAIT });
    await expect.poll(() => withBoard(essaim.server.url, w.workshopId, roomId, token, (doc) => {
      const clustering = [...boardMaps(doc).frames.values()].map(parseFrame).find((f) => f?.title.startsWith('Regroupement'))!;
      return readNotes(doc).filter((n) => n.id.startsWith('proposition-') && frameHoldsNote(clustering, n)).length;
    }), { timeout: WAIT }).toBe(2);
    for (const person of everyone) await person.page.getByTestId('runner-banner').filter({ hasText: '2 propositions regroupées' }).waitFor({ timeout: WAIT });
    // and every view goes to the clustering zone, where they now are
    const clustering = await withBoard(essaim.server.url, w.workshopId, roomId, token, (doc) => [...boardMaps(doc).frames.values()].map(parseFrame).find((f) => f?.title.startsWith('Regroupement'))!);
    for (const [name, person] of Object.entries(people)) {
      await expect.poll(async () => {
        const view = await shown(person.page);
        return view !== null && showsZone(view, clustering);
      }, { timeout: WAIT, message: `${name}’s view on the clustering zone` }).toBe(true);
    }
  });
});
