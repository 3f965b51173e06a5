import { expect, it } from 'vitest';
import { runCrashTrials } from './crashTest.js';
import { reportTable, seconds } from './soakTable.js';

it('loses nothing any client received, over 50 kill -9 of the built server with 20 clients', async () => {
  const f = await runCrashTrials({ trials: 50, clients: 20 });
  reportTable('Crash: SIGKILL during writes, restart, compare', [
    {
      trials: f.trials,
      clients: f.clients,
      'changes made': f.changesMade,
      'states received': f.statesReceived,
      'notes checked': f.notesChecked,
      'notes lost': f.lost.length,
      'unknown positions': f.strangePositions,
      refusals: f.refusals.length,
      'integrity errors': f.integrityErrors.length,
      time: seconds(f.ms),
    },
  ]);
  if (f.lost.length > 0) console.log(`data kept for inspection in ${f.dataDir}`, f.lost.slice(0, 20));
  expect(f.refusals).toEqual([]);
  expect(f.lost).toEqual([]);
  expect(f.strangePositions).toBe(0);
  expect(f.integrityErrors).toEqual([]);
});
