import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BoardPage } from '../fixtures/BoardPage.js';
import { DashboardPage } from '../fixtures/DashboardPage.js';
import { useEssaim } from '../fixtures/useEssaim.js';

const NOTE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
// 36 characters: under the 40 a name may have, so the server keeps it whole
const NAME = '<img src=x onerror=window.__pwned=3>';
/** Text drawn on the Konva canvases of the page (Konva registers itself on `window`). */
function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const konva = (window as unknown as { Konva?: { stages: { find(selector: string): { text(): string }[] }[] } }).Konva;
    return (konva?.stages ?? []).flatMap((stage) => stage.find('Text').map((node) => node.text()));
  });
}

describe('text typed by participants is shown as text, never run', () => {
  const essaim = useEssaim();

  /** A person whose pages record every Content-Security-Policy violation (the server sends the policy). */
  function person(): Promise<BoardPage> {
    return essaim.person({ viewport: { width: 1280, height: 800 } }, (context) =>
      context.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      }),
    );
  }

  async function expectInert(page: Page): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], #root script').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  }

  it('a note and a name full of HTML appear verbatim on the others’ screens and run nothing', async () => {
    const facilitator = await person();
    const code = await facilitator.createWorkshop('Atelier « balises »');
    const workshopId = facilitator.workshopId();
    const author = await person();
    await author.join(code, NAME);
    await author.addNote(NOTE);

    const reader = await person();
    await reader.join(code, 'Lou');
    await reader.waitForNote(NOTE);
    expect(await reader.noteTexts()).toEqual([NOTE]);
    // on the canvas: the note's text and its author's name under it, as plain strings
    await reader.page.waitForFunction(
      ([note]) => {
        const konva = (window as unknown as { Konva?: { stages: { find(s: string): { text(): string }[] }[] } }).Konva;
        return (konva?.stages ?? []).some((s) => s.find('Text').some((n) => n.text() === note));
      },
      [NOTE],
    );
    const drawn = await canvasTexts(reader.page);
    expect(drawn).toContain(NOTE);
    expect(drawn).toContain(NAME);

    // the list of people on the board
    await reader.page.getByRole('button', { name: 'Voir les personnes de la salle' }).click();
    await reader.page.getByTestId('room-people').getByText(NAME, { exact: true }).waitFor();

    // the facilitator's dashboard: the chip is the name as typed
    await facilitator.page.goto(`${essaim.server.url}/atelier/${workshopId}/tableau-de-bord`);
    const dashboard = new DashboardPage(facilitator.page);
    await dashboard.chip(NAME).waitFor();
    expect(await facilitator.page.getByTestId('person-chip').allTextContents()).toContain(NAME);

    for (const p of [facilitator, author, reader]) await expectInert(p.page);
  });

  it('serves pages without inline scripts, under script-src \'self\'', async () => {
    for (const path of ['/', '/atelier/inconnu', '/rejoindre/ABC234']) {
      const res = await fetch(essaim.server.url + path);
      expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self'(;|$)/);
      const html = await res.text();
      expect(html).toContain('<div id="root">');
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') || (body ?? '').trim() !== '');
      expect(inline, path).toEqual([]);
    }
  });
});
