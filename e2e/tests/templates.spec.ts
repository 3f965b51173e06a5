import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  BOARD_ENTRY_TYPES,
  BOARD_TEMPLATES,
  boardMaps,
  TEMPLATE_KEY,
  type BoardTemplate,
  type CreateWorkshopResponse,
  type EntryMapName,
  type TemplateInfo,
} from '@essaim/shared';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WAIT = 15_000;

/** What a board holds, as any Yjs client reads it: zone titles, headings, note texts, the template, and entries not in their shape. */
function boardShape(doc: Y.Doc) {
  const maps = boardMaps(doc);
  const invalid = (Object.keys(BOARD_ENTRY_TYPES) as EntryMapName[]).flatMap((name) =>
    [...(maps[name] as Y.Map<unknown>).entries()].filter(([key, value]) => !BOARD_ENTRY_TYPES[name].validate(key, value)).map(([key]) => `${name}/${key}`),
  );
  return {
    frames: [...maps.frames.values()].map((f) => f.title).sort(),
    labels: [...maps.labels.values()].map((l) => l.text).sort(),
    notes: [...maps.notes.values()].map((n) => n.text).sort(),
    template: maps.meta.get(TEMPLATE_KEY),
    invalid,
  };
}

const expected = (t: BoardTemplate) => ({
  frames: t.content.frames.map((f) => f.title).sort(),
  labels: t.content.labels.map((l) => l.text).sort(),
  notes: t.content.notes.map((n) => n.text).sort(),
  template: t.id,
  invalid: [],
});

describe('workshop templates', () => {
  const essaim = useEssaim();

  it('each template creates its board on a new workshop (through the API), in every room and the plenary', async () => {
    const url = essaim.server.url;
    const list = (await (await fetch(`${url}/api/templates`)).json()) as TemplateInfo[];
    expect(list.map((t) => t.id)).toEqual(BOARD_TEMPLATES.map((t) => t.id));
    for (const template of BOARD_TEMPLATES) {
      const res = await fetch(`${url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Atelier ${template.id}`, rooms: 2, template: template.id }),
      });
      expect(res.status).toBe(201);
      const w = (await res.json()) as CreateWorkshopResponse;
      for (const room of w.rooms) {
        expect(await withBoard(url, w.workshopId, room.id, w.facilitatorToken, boardShape), `${template.id} / ${room.name}`).toEqual(expected(template));
      }
    }
  });

  it('a facilitator on a phone picks « Carte des besoins » for a new workshop, starts a new room from another template, and saves a board as a template', async () => {
    const url = essaim.server.url;
    const facilitator = await essaim.person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = facilitator.page;
    await page.getByLabel('Titre de l’atelier').fill('Besoins du Pays de Retz');
    await page.getByLabel('Nombre de salles').fill('2');
    await page.getByLabel('Noms des salles (facultatif)').fill('Machecoul\nPornic');
    const choice = page.getByLabel('Modèle de tableau');
    await choice.selectOption({ label: 'Carte des besoins' });
    // the chosen template says what it is
    await page.getByText(/^Une zone par thème/).waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: 'Créer l’atelier' }).click();
    await page.waitForURL(/\/atelier\//, { timeout: WAIT });
    const workshopId = facilitator.workshopId();
    const { token } = await facilitator.session(workshopId);
    const rooms = (await (await fetch(`${url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      rooms: { id: string; name: string }[];
    };
    const needsMap = expected(BOARD_TEMPLATES.find((t) => t.id === 'carte-des-besoins')!);
    for (const room of rooms.rooms) expect(await withBoard(url, workshopId, room.id, token, boardShape), room.name).toEqual(needsMap);

    // a room added later starts with the workshop's template too: nothing to start from, no « Modèle » offered
    // (« Modèle » with the keyboard, on a room added blank: e2e/tests/savedTemplates.spec.ts)
    const dashboard = new DashboardPage(page);
    await page.getByLabel('Ajouter une salle').fill('Bourgneuf');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const card = dashboard.card('Bourgneuf');
    await card.getByRole('button', { name: 'Enregistrer comme modèle' }).waitFor({ timeout: WAIT });
    const added = (await (await fetch(`${url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as typeof rooms;
    const bourgneuf = added.rooms.find((r) => r.name === 'Bourgneuf')!;
    expect(await withBoard(url, workshopId, bourgneuf.id, token, boardShape)).toEqual(needsMap);
    await expect.poll(() => card.getByRole('button', { name: 'Modèle', exact: true }).count(), { timeout: WAIT }).toBe(0);
    // its miniature draws the needs map's zones, and does not call the board empty
    const miniature = card.locator('.room-miniature-canvas');
    const painted = () =>
      miniature.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let coloured = 0;
        // the background is #fbfaf7: anything else is a zone or a note
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0xfb) + Math.abs(data[i + 1]! - 0xfa) + Math.abs(data[i + 2]! - 0xf7) > 12) coloured++;
        return coloured / (data.length / 4);
      });
    await expect.poll(painted, { timeout: WAIT }).toBeGreaterThan(0.2);
    expect(await card.getByText('Tableau vide', { exact: true }).count()).toBe(0);

    // a board holding zones but no note is not empty either: no template is offered on it
    // (the server refuses one with 409 anyway: server/test/templates.test.ts)
    const machecoul = dashboard.card('Machecoul');
    await machecoul.getByRole('button', { name: 'Enregistrer comme modèle' }).waitFor({ timeout: WAIT });
    await expect.poll(() => machecoul.getByRole('button', { name: 'Modèle', exact: true }).count(), { timeout: WAIT }).toBe(0);

    // « Enregistrer comme modèle »: offered in the list for the next workshop
    await machecoul.getByRole('button', { name: 'Enregistrer comme modèle' }).click();
    const save = page.getByRole('dialog', { name: 'Enregistrer le tableau de « Machecoul » comme modèle' });
    await save.getByLabel('Nom du modèle').fill('Carte du Pays de Retz');
    await save.getByLabel('Description (facultatif)').fill('Nos thèmes, prêts pour la prochaine séance');
    await save.getByLabel('Nom du modèle').press('Enter');
    await page.getByText(/Modèle\s«\sCarte du Pays de Retz\s»\senregistré/).waitFor({ timeout: WAIT });
    const listed = (await (await fetch(`${url}/api/templates`)).json()) as TemplateInfo[];
    expect(listed.at(-1)).toMatchObject({ name: 'Carte du Pays de Retz', description: 'Nos thèmes, prêts pour la prochaine séance', saved: true });

    // the next workshop's form offers it
    const next = await essaim.person();
    await next.page.getByLabel('Modèle de tableau').selectOption({ label: 'Carte du Pays de Retz' });
    await next.page.getByText('Nos thèmes, prêts pour la prochaine séance').waitFor({ timeout: WAIT });
  });
  it('a facilitator on an empty board starts it from a template right there; the offer goes once the board holds something', async () => {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await facilitator.createWorkshop('Atelier sans modèle');
    const page = facilitator.page;
    const offer = page.getByRole('complementary', { name: 'Tableau vide' });
    await offer.getByRole('button', { name: 'Modèle', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Partir d’un modèle pour/ });
    await dialog.getByLabel('Modèle de tableau').selectOption({ label: 'Arbre à problèmes' });
    await dialog.getByRole('button', { name: 'Appliquer' }).click();
    await page.getByText(/Modèle\s«\sArbre à problèmes\s»\sappliqué/).waitFor({ timeout: WAIT });
    // the board now holds the tree's zones and its problem note: no offer any more
    await offer.waitFor({ state: 'detached', timeout: WAIT });
    await facilitator.waitForNote('Problème central', WAIT);
  });
});
