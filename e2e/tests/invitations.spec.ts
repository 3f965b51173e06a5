import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { qrPath } from '../../client/src/panels/qrPath.js';
import { BoardPage } from '../fixtures/BoardPage.js';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { EssaimServer } from '../fixtures/EssaimServer.js';
import { launchBrowser } from '../fixtures/launchBrowser.js';
import { readSharePanel } from '../fixtures/SharePanel.js';

/** A name for this machine on « the venue's network »: Chromium resolves it to the server. */
const LAN_NAME = 'essaim-salle.lan';
const PUBLIC_URL = 'https://essaim.example.org';

describe('invitations from another device', () => {
  let plain: EssaimServer;
  let published: EssaimServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [plain, published] = await Promise.all([EssaimServer.start(), EssaimServer.start({ PUBLIC_URL })]);
    browser = await launchBrowser([`--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await Promise.all([plain?.dispose(), published?.dispose()]);
  });

  /** Someone on their own device, opening Essaim at `base`. */
  async function personAt(base: string): Promise<BoardPage> {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return BoardPage.open(context, base);
  }

  it('opened at localhost, the links say localhost and the panel warns that nobody else can open them', async () => {
    const base = `http://localhost:${plain.port}`;
    const facilitator = await personAt(base);
    const code = await facilitator.createWorkshop('Atelier mobilité — Aude');
    const shared = await readSharePanel(facilitator.page);
    expect(shared.joinLink).toBe(`${base}/rejoindre/${code}`);
    expect(shared.qrPath).toBe(qrPath(shared.joinLink).path);
    expect(shared.localWarning).toContain(`localhost:${plain.port} ne s’ouvre que sur cet ordinateur`);
  });

  it('opened at the machine’s network address, the links and QR code use it, with no warning, and a participant gets in by the link', async () => {
    const base = `http://${LAN_NAME}:${plain.port}`;
    const facilitator = await personAt(base);
    const code = await facilitator.createWorkshop('Atelier habitat — Gard');
    const shared = await readSharePanel(facilitator.page);
    expect(shared.joinLink).toBe(`${base}/rejoindre/${code}`);
    expect(shared.qrPath).toBe(qrPath(`${base}/rejoindre/${code}`).path);
    expect(shared.qrLabel).toContain(shared.joinLink);
    expect(shared.codeHint).toContain(`${LAN_NAME}:${plain.port}`);
    expect(shared.facilitatorLink.startsWith(`${base}/atelier/`)).toBe(true);
    expect(shared.cofacilitatorLink.startsWith(`${base}/inviter/`)).toBe(true);
    expect(shared.localWarning).toBeNull();

    const lina = await personAt(`http://127.0.0.1:${plain.port}`);
    await lina.page.goto(shared.joinLink);
    await lina.page.getByLabel('Votre prénom').fill('Lina');
    await lina.page.getByRole('button', { name: 'Rejoindre', exact: true }).click();
    await lina.waitConnected();
  });

  it('with PUBLIC_URL on the server, every link and the QR code use it, whatever address the facilitator opened', async () => {
    const facilitator = await personAt(published.url);
    const code = await facilitator.createWorkshop('Atelier alimentation — Hérault');
    const shared = await readSharePanel(facilitator.page);
    expect(shared.joinLink).toBe(`${PUBLIC_URL}/rejoindre/${code}`);
    expect(shared.qrPath).toBe(qrPath(`${PUBLIC_URL}/rejoindre/${code}`).path);
    expect(shared.codeHint).toContain('essaim.example.org');
    for (const link of [shared.facilitatorLink, shared.cofacilitatorLink, shared.observerLink]) expect(link.startsWith(`${PUBLIC_URL}/`), link).toBe(true);
    // 127.0.0.1 is this machine only, but people will use PUBLIC_URL: nothing to warn about
    expect(shared.localWarning).toBeNull();
  });

  it('the dashboard opened on a second screen says why it cannot open, and the facilitator link lets it in', async () => {
    const facilitator = await personAt(plain.url);
    await facilitator.createWorkshop('Atelier emploi — Lozère', ['Mende', 'Florac']);
    const dashboardUrl = facilitator.page.url();
    expect(dashboardUrl).toMatch(/\/tableau-de-bord$/);
    const { facilitatorLink } = await readSharePanel(facilitator.page);

    const secondScreen = await personAt(plain.url);
    await secondScreen.page.goto(dashboardUrl);
    const notice = secondScreen.page.getByTestId('no-session');
    await notice.getByRole('heading', { name: 'Cet appareil n’est pas encore dans l’atelier' }).waitFor();
    expect(await notice.textContent()).toContain('Votre lien d’animation');
    expect(secondScreen.page.url()).toBe(dashboardUrl);

    const linkField = secondScreen.page.getByLabel('Lien d’animation ou d’invitation');
    await linkField.fill(`${plain.url}/atelier/abc`);
    await secondScreen.page.getByRole('button', { name: 'Ouvrir l’atelier' }).click();
    await notice.getByText('Ce n’est pas un lien d’animation ni d’invitation d’Essaim.', { exact: false }).waitFor();

    await linkField.fill(facilitatorLink);
    await secondScreen.page.getByRole('button', { name: 'Ouvrir l’atelier' }).click();
    await new DashboardPage(secondScreen.page).card('Florac').waitFor({ timeout: 15_000 });
    expect(secondScreen.page.url()).toBe(dashboardUrl);
  });
});
