import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, RoomInfo, TemplateInfo } from '@essaim/shared';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const WAIT = 15_000;

describe('saved templates', () => {
  const essaim = useEssaim();

  async function api<T>(path: string, method: string, body?: unknown, token?: string): Promise<T> {
    const res = await fetch(essaim.server.url + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}`);
    return (await res.json()) as T;
  }

  /** A workshop started from the problem tree, with a template saved from its first breakout room. */
  async function workshopSaving(title: string, templateName: string): Promise<CreateWorkshopResponse> {
    const w = await api<CreateWorkshopResponse>('/api/workshops', 'POST', { title, rooms: 1, template: 'arbre-a-problemes' });
    await api(`/api/workshops/${w.workshopId}/rooms/${w.rooms[1]!.id}/save-template`, 'POST', { name: templateName }, w.facilitatorToken);
    return w;
  }

  const savedNames = async () => (await api<TemplateInfo[]>('/api/templates', 'GET')).filter((t) => t.saved).map((t) => t.name);

  it('a facilitator deletes, with the keyboard, a template their workshop saved — not another workshop’s — from « Modèle » and from the new workshop form', async () => {
    const retz = await workshopSaving('Atelier du Pays de Retz', 'Arbre du Pays de Retz');
    await api(`/api/workshops/${retz.workshopId}/rooms/${retz.rooms[1]!.id}/save-template`, 'POST', { name: 'Deuxième arbre' }, retz.facilitatorToken);
    await workshopSaving('Atelier voisin', 'Arbre des voisins');
    // added blank, so that « Modèle » is offered on it
    await api<RoomInfo>(`/api/workshops/${retz.workshopId}/rooms`, 'POST', { name: 'Bourgneuf', template: null }, retz.facilitatorToken);

    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const page = facilitator.page;
    await page.goto(`${essaim.server.url}/atelier/${retz.workshopId}/tableau-de-bord#jeton=${encodeURIComponent(retz.facilitatorToken)}`);
    const card = new DashboardPage(page).card('Bourgneuf');
    await card.getByRole('button', { name: 'Modèle', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Partir d’un modèle pour « Bourgneuf »' });
    const choice = dialog.getByLabel('Modèle de tableau');
    const remove = dialog.getByRole('button', { name: 'Supprimer ce modèle' });

    // the workshop's own template may be deleted, another workshop's not
    await choice.selectOption({ label: 'Arbre du Pays de Retz' });
    await remove.waitFor({ timeout: WAIT });
    await choice.selectOption({ label: 'Arbre des voisins' });
    await remove.waitFor({ state: 'detached', timeout: WAIT });
    await choice.selectOption({ label: 'Arbre du Pays de Retz' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Supprimer le modèle « Arbre du Pays de Retz » ?' });
    await confirm.getByText('Les tableaux déjà partis de ce modèle gardent leur contenu.').waitFor({ timeout: WAIT });
    // Escape backs out of the question only
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden', timeout: WAIT });
    expect(await dialog.isVisible()).toBe(true);
    expect(await savedNames()).toContain('Arbre du Pays de Retz');

    await remove.focus();
    await page.keyboard.press('Enter');
    await confirm.getByRole('button', { name: 'Supprimer', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-sonner-toast]', { hasText: 'Modèle « Arbre du Pays de Retz » supprimé.' }).waitFor({ timeout: WAIT });
    await expect.poll(() => choice.locator('option', { hasText: 'Arbre du Pays de Retz' }).count(), { timeout: WAIT }).toBe(0);
    // the keyboard carries on from the choice
    await expect.poll(() => choice.evaluate((el) => el === document.activeElement), { timeout: WAIT }).toBe(true);
    expect((await savedNames()).sort()).toEqual(['Arbre des voisins', 'Deuxième arbre']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: WAIT });

    // the new workshop form of the same browser: the workshop's other template, the neighbours' one untouched
    await page.goto(essaim.server.url);
    const form = page.getByLabel('Modèle de tableau');
    const removeHere = page.getByRole('button', { name: 'Supprimer ce modèle' });
    await form.selectOption({ label: 'Deuxième arbre' });
    await removeHere.waitFor({ timeout: WAIT });
    await form.selectOption({ label: 'Arbre des voisins' });
    await removeHere.waitFor({ state: 'detached', timeout: WAIT });
    await form.selectOption({ label: 'Deuxième arbre' });
    await removeHere.click();
    await page.getByRole('dialog', { name: 'Supprimer le modèle « Deuxième arbre » ?' }).getByRole('button', { name: 'Supprimer', exact: true }).click();
    await page.locator('[data-sonner-toast]', { hasText: 'Modèle « Deuxième arbre » supprimé.' }).waitFor({ timeout: WAIT });
    await expect.poll(() => form.inputValue(), { timeout: WAIT }).toBe('vierge');
    expect(await savedNames()).toEqual(['Arbre des voisins']);
  });
});
