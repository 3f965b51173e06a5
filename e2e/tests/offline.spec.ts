import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { useEssaim } from '../fixtures/useEssaim.js';

describe('a board without network', () => {
  const essaim = useEssaim();

  const person = (options: BrowserContextOptions = {}) => essaim.person(options);

  it('notes written offline survive a reload while still offline, then reach the others', async () => {
    const facilitator = await person();
    const code = await facilitator.createWorkshop('Atelier sans réseau');
    const participant = await person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await participant.join(code, 'Inès');
    // the app shell must be stored before the network goes, as on a phone that opened the board once
    await participant.waitAppShellCached();

    const context = participant.page.context();
    await context.setOffline(true);
    await participant.waitState('offline');
    await participant.addNote('Navette solidaire le mardi');
    await participant.addNote('Permanence à la médiathèque');
    await participant.waitStoredOffline('Permanence à la médiathèque');

    await participant.reload();
    await participant.waitState('offline');
    await participant.waitForNote('Navette solidaire le mardi');
    await participant.waitForNote('Permanence à la médiathèque');
    expect(await participant.noteTexts()).toHaveLength(2);
    // nothing has reached the server yet: the facilitator, online all along, still has an empty board
    expect(await facilitator.noteTexts()).toHaveLength(0);

    await context.setOffline(false);
    await participant.waitConnected(30_000);
    const other = await person();
    await other.join(code, 'Yanis');
    await other.waitForNote('Navette solidaire le mardi');
    await other.waitForNote('Permanence à la médiathèque');
    await facilitator.waitForNote('Permanence à la médiathèque');
  });
});
