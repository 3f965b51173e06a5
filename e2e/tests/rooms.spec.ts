import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { rectsIntersect } from '@essaim/shared';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { readBoard } from '../fixtures/readBoard.js';

describe('a workshop with breakout rooms', () => {
  const essaim = useEssaim();

  const person = (options: BrowserContextOptions = {}) => essaim.person(options);

  it('splits participants into rooms, shows them live on the dashboard, follows moves, and brings results to the plenary', async () => {
    const facilitator = await person({ viewport: { width: 1280, height: 900 } });
    const code = await facilitator.createWorkshop('Atelier Occitanie', ['Aude', 'Gard', 'Hérault']);
    const workshopId = facilitator.workshopId();
    const dashboard = new DashboardPage(facilitator.page);
    await dashboard.card('Aude').waitFor();

    const lina = await person();
    await lina.join(code, 'Lina');
    const marc = await person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await marc.join(code, 'Marc');
    const zoe = await person();
    await zoe.join(code, 'Zoé');
    // Balanced on arrival: one per room, in dashboard order.
    await lina.waitRoom('Aude');
    await marc.waitRoom('Gard');
    await zoe.waitRoom('Hérault');
    for (const [room, name] of [['Aude', 'Lina'], ['Gard', 'Marc'], ['Hérault', 'Zoé']] as const) {
      await dashboard.chip(name).waitFor();
      expect(await dashboard.peopleIn(room)).toEqual([name]);
      await dashboard.waitOnlineCount(room, 1);
    }

    await lina.addNote('Aude : transport à la demande');
    await marc.addNote('Gard : logement des saisonniers');
    await dashboard.waitNoteCount('Aude', 1);
    await dashboard.waitNoteCount('Gard', 1);
    await dashboard.waitNoteCount('Hérault', 0);
    await zoe.addNote('Hérault : épicerie solidaire');
    await dashboard.waitNoteCount('Hérault', 1);
    // Each room sees its own board only (Marc's note is on the server: the dashboard counted it).
    expect(await lina.noteTexts()).toEqual(['Aude : transport à la demande']);
    expect(await marc.noteTexts()).toEqual(['Gard : logement des saisonniers']);

    // The facilitator moves Zoé to Aude: her screen follows and shows Aude's board.
    await dashboard.moveWithMenu('Zoé', 'Aude');
    await zoe.waitRoom('Aude');
    await zoe.waitForNote('Aude : transport à la demande');
    expect(await zoe.noteTexts()).not.toContain('Hérault : épicerie solidaire');
    await dashboard.waitOnlineCount('Aude', 2);
    // And Marc to Hérault, by drag and drop.
    await dashboard.moveByDragging('Marc', 'Hérault');
    await marc.waitRoom('Hérault');
    await marc.waitForNote('Hérault : épicerie solidaire');

    await dashboard.copyToPlenary('Aude');
    await dashboard.copyToPlenary('Gard');
    await dashboard.enter('Plénière');
    await facilitator.waitRoom('Plénière');
    await facilitator.waitForNote('Aude : transport à la demande');
    await facilitator.waitForNote('Gard : logement des saisonniers');
    const tagged = facilitator.page.getByTestId('notes-list').locator('li[data-room-name]');
    expect((await tagged.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-room-name')))).sort()).toEqual(['Aude', 'Gard']);

    // What any Yjs client reads from the plenary: tagged by room, in separate places, no overlap.
    const session = await facilitator.session(workshopId);
    const answer = await fetch(`${essaim.server.url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${session.token}` } });
    const { rooms } = (await answer.json()) as { rooms: { id: string; plenary: boolean }[] };
    const notes = await readBoard(essaim.server.url, workshopId, rooms.find((r) => r.plenary)!.id, session.token);
    expect(notes.map((n) => n.room?.name).sort()).toEqual(['Aude', 'Gard']);
    expect(rectsIntersect(notes[0]!, notes[1]!)).toBe(false);
  });

  it('an observer link opens every room read-only, and a co-facilitator link gives the dashboard', async () => {
    const facilitator = await person();
    await facilitator.createWorkshop('Restitution aux partenaires', ['Aude', 'Gard']);
    const workshopId = facilitator.workshopId();
    const { token } = await facilitator.session(workshopId);
    const answer = await fetch(`${essaim.server.url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } });
    const { invites } = (await answer.json()) as { invites: { facilitator: string; observer: string } };
    await new DashboardPage(facilitator.page).enter('Aude');
    await facilitator.waitRoom('Aude');
    await facilitator.addNote('Note de l’animation');

    const observer = await person();
    await observer.page.goto(`${essaim.server.url}/inviter/${invites.observer}`);
    await observer.page.getByLabel('Votre nom').fill('Financeur');
    await observer.page.getByRole('button', { name: 'Rejoindre' }).click();
    const observerDashboard = new DashboardPage(observer.page);
    await observerDashboard.card('Aude').waitFor();
    await observerDashboard.enter('Aude');
    await observer.waitRoom('Aude');
    await observer.waitForNote('Note de l’animation');
    await observer.page.getByTestId('read-only').waitFor();
    expect(await observer.page.getByRole('button', { name: 'Nouvelle note' }).isDisabled()).toBe(true);
    await observer.page.keyboard.press('n');
    await observer.page.mouse.dblclick(400, 400);
    // Nothing was created: the facilitator, who sees every change in Aude, still has one note.
    await facilitator.addNote('Deuxième note');
    await observer.waitForNote('Deuxième note');
    expect(await facilitator.noteTexts()).toHaveLength(2);
    expect(await observer.noteTexts()).toHaveLength(2);

    const colleague = await person();
    await colleague.page.goto(`${essaim.server.url}/inviter/${invites.facilitator}`);
    await colleague.page.getByLabel('Votre nom').fill('Camille');
    await colleague.page.getByRole('button', { name: 'Rejoindre' }).click();
    const colleagueDashboard = new DashboardPage(colleague.page);
    await colleagueDashboard.waitNoteCount('Aude', 2);
    await colleagueDashboard.copyToPlenary('Aude');
    await colleagueDashboard.enter('Plénière');
    await colleague.waitForNote('Deuxième note');
  });
});
