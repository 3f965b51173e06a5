import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@essaim/shared';
import { BoardPage } from '../fixtures/BoardPage.js';
import { useEssaim } from '../fixtures/useEssaim.js';

describe('the live board, end to end', () => {
  const essaim = useEssaim();

  const person = (options: BrowserContextOptions = {}) => essaim.person(options);

  it('a facilitator and a participant on a phone share one board that survives reloads and a server restart', async () => {
    const facilitator = await person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop('Atelier mobilité — Aude');
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect([...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch))).toBe(true);

    const participant = await person({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    // Typed on a phone: lower case, with a space.
    await participant.join(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`, 'Lina');

    await participant.addNote('Transport à la demande');
    await facilitator.waitForNote('Transport à la demande');

    await facilitator.editNote('Transport à la demande', 'Transport à la demande en zone rurale');
    await participant.waitForNote('Transport à la demande en zone rurale');
    await facilitator.addNote('Tiers-lieu « La Fabrique »');
    await participant.waitForNote('Tiers-lieu « La Fabrique »');

    const expected = ['Transport à la demande en zone rurale', 'Tiers-lieu « La Fabrique »'];
    for (const p of [facilitator, participant]) {
      await p.reload();
      await p.waitConnected();
      for (const text of expected) await p.waitForNote(text);
      expect(await p.noteTexts()).toHaveLength(2);
    }

    await essaim.server.stop();
    await facilitator.waitState('connecting');
    await essaim.server.restart();
    await facilitator.waitConnected(30_000);
    await participant.waitConnected(30_000);
    for (const p of [facilitator, participant]) {
      await p.reload();
      await p.waitConnected();
      for (const text of expected) await p.waitForNote(text);
      expect(await p.noteTexts()).toHaveLength(2);
    }
  });

  it('a note written while the server is down survives closing the tab and reaches the others when it is back', async () => {
    const facilitator = await person();
    const code = await facilitator.createWorkshop('Atelier hors ligne');
    const participant = await person();
    await participant.join(code, 'Marc');
    const boardUrl = participant.url;

    await essaim.server.stop();
    await participant.waitState('connecting');
    await participant.addNote('Écrit pendant la coupure');
    await participant.waitStoredOffline('Écrit pendant la coupure');
    // The tab is closed before the note could ever reach the server: only the browser's offline copy has it.
    await participant.page.close();

    await essaim.server.restart();
    await facilitator.waitConnected(30_000);
    expect(await facilitator.noteTexts()).not.toContain('Écrit pendant la coupure');

    const back = await BoardPage.open(participant.page.context(), essaim.server.url);
    await back.page.goto(boardUrl);
    await back.waitConnected();
    await back.waitForNote('Écrit pendant la coupure');
    await facilitator.waitForNote('Écrit pendant la coupure', 30_000);
  });

  it('measures how long a new note takes to reach the other browser', async () => {
    const a = await person();
    const code = await a.createWorkshop('Mesure de latence');
    const b = await person();
    await b.join(code, 'Chronomètre');
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const text = `Note ${i + 1}`;
      await b.addNote(text);
      const typed = Date.now();
      await a.waitForNote(text);
      samples.push(Date.now() - typed);
    }
    samples.sort((x, y) => x - y);
    console.log(`note latency B→A after the editor closes (ms, 5 samples, includes Playwright polling): median ${samples[2]}, max ${samples[4]}`);
    expect(await a.noteTexts()).toHaveLength(5);
  });
});
