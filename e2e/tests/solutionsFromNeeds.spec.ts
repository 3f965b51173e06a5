import { describe, expect, it } from 'vitest';
import { boardMaps, priorityNeedsOf } from '@essaim/shared';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WAIT = 15_000;
const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
const NEEDS = ['Logement des saisonniers', 'Garde d’enfants', 'Transport à la demande'];

describe('solutions per priority need, brought from the needs map', () => {
  const essaim = useEssaim();

  it('the facilitator adds, from the dashboard, one column per priority need the room voted; the participant sees them titled with the needs', async () => {
    const url = essaim.server.url;
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const page = facilitator.page;
    await page.getByLabel('Titre de l’atelier').fill('Besoins du Pays de Retz');
    await page.getByLabel('Nombre de salles').fill('1');
    await page.getByLabel('Noms des salles (facultatif)').fill('Machecoul');
    await page.getByLabel('Modèle de tableau').selectOption({ label: 'Carte des besoins' });
    await page.getByRole('button', { name: 'Créer l’atelier' }).click();
    await page.waitForURL(/\/atelier\//, { timeout: WAIT });
    const code = await facilitator.joinCode();
    const dashboard = new DashboardPage(page);
    const card = dashboard.card('Machecoul');
    const offer = card.getByRole('button', { name: 'Solutions par besoin prioritaire' });
    await card.getByRole('button', { name: 'Enregistrer comme modèle' }).waitFor({ timeout: WAIT });

    // Lina puts the room's three priority needs in their zone, from the board's outline
    const lina = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await lina.join(code, 'Lina');
    await lina.page.getByRole('button', { name: 'Plan', exact: true }).click();
    const outline = lina.page.getByTestId('outline');
    for (const need of NEEDS) {
      await outline.getByRole('button', { name: /Ajouter une note dans\s«\s3 besoins prioritaires\s»/ }).click();
      const field = outline.getByTestId('outline-field');
      await field.pressSequentially(need);
      await field.press('Enter');
      await field.waitFor({ state: 'detached', timeout: WAIT });
    }
    await dashboard.waitNoteCount('Machecoul', NEEDS.length);
    const workshopId = facilitator.workshopId();
    const { token } = await facilitator.session(workshopId);
    const room = (await lina.session(workshopId)).roomId;
    // the order the server will title the columns in: the zone's reading order
    const voted = await withBoard(url, workshopId, room, token, priorityNeedsOf);
    expect([...voted].sort()).toEqual([...NEEDS].sort());

    // the card offers the solutions step; one click brings the needs
    await offer.waitFor({ timeout: WAIT });
    await page.screenshot({ path: `${ARTIFACTS}solutions-from-needs-dashboard.png` });
    await offer.click();
    const quoted = voted.map((n) => `«\\s${n}\\s»`).join('.*');
    await page.getByText(new RegExp(`Colonnes de solutions ajoutées à\\s«\\sMachecoul\\s»\\spour\\s${quoted}`)).waitFor({ timeout: WAIT });
    // the columns are there now: no second offer
    await offer.waitFor({ state: 'detached', timeout: WAIT });

    // Lina's screen shows a column titled with each need, without reloading
    // the column's own heading (« <need> · aucune note »), not the zone under it that names the need too
    const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ·`);
    for (const need of voted) {
      await outline.getByRole('heading', { level: 3, name: startsWith(need) }).waitFor({ timeout: WAIT });
      await outline.getByRole('heading', { level: 3, name: startsWith(`3 solutions inspirantes — ${need}`) }).waitFor({ timeout: WAIT });
    }
    const titles = await withBoard(url, workshopId, room, token, (doc) => [...boardMaps(doc).frames.values()].map((f) => f.title));
    for (const need of voted) expect(titles).toContain(need);
    for (const need of voted) expect(titles).toContain(`3 solutions inspirantes — ${need}`);
  });
});
