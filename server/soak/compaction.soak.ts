import { expect, it } from 'vitest';
import { measureCompaction } from './compactionSize.js';
import { kib, reportTable } from './soakTable.js';

it('keeps a board moved 50,000 times stored at the size of its 50 notes', async () => {
  const f = await measureCompaction({ notes: 50, checkpoints: [500, 5_000, 20_000, 50_000], compactEvery: 100 });
  reportTable(
    `Compaction: ${f.notes} notes (written once: ${kib(f.boardBytes)}), COMPACT_EVERY=100`,
    f.sizes.map((s) => ({
      moves: s.moves,
      stored: kib(s.storedBytes),
      snapshot: kib(s.snapshotBytes),
      log: `${kib(s.logBytes)} (${s.logRows} rows)`,
      'sent by clients': kib(s.sentBytes),
    })),
  );
  const first = f.sizes[0]!;
  for (const s of f.sizes) expect(s.storedBytes).toBeLessThan(2 * first.storedBytes);
});
