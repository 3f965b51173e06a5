import { describe, expect, it } from 'vitest';
import { useEssaim } from '../fixtures/useEssaim.js';

describe('a venue behind one address', () => {
  // the server's own limits: nothing lifted for the test
  const essaim = useEssaim();

  it('lets 60 people on one Wi-Fi join one after another, the last one in a browser, and write', async () => {
    const facilitator = await essaim.person();
    const code = await facilitator.createWorkshop('Atelier en salle — Maison des associations');
    const base = essaim.server.url;
    // 59 participants on the venue's Wi-Fi (one public address: this machine), as the web client
    // does it: the code is checked as it is typed, then the form is sent
    const statuses: number[] = [];
    for (let i = 1; i <= 59; i++) {
      const preview = await fetch(`${base}/api/join/${code}`);
      const join = await fetch(`${base}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, name: `Participant ${i}` }),
      });
      statuses.push(preview.status, join.status);
    }
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
    // the 60th, in a browser on the same address, gets in and writes
    const last = await essaim.person();
    await last.join(code, 'Soixantième');
    await last.addNote('Un local partagé pour les associations');
    await facilitator.waitForNote('Un local partagé pour les associations');
  });
});
