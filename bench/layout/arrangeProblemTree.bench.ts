// « Réorganiser » on a 200-note problem tree: `npx vitest run --config bench/vitest.config.ts bench/layout`
// (or with every benchmark: `npx pnpm@10 bench`). Prints figures, asserts nothing.
import { it } from 'vitest';
import * as Y from 'yjs';
import { arrangeProblemTree, boardMaps, createNote, problemTreeLayout, readNotes, readProblemTree, type LinkKind } from '@essaim/shared';
import { reportTable } from '../../server/soak/soakTable.js';

const QUICK = process.env.ESSAIM_BENCH_QUICK === '1';
const RUNS = QUICK ? 11 : 51;
const WARMUP = 5;
const TREE = 200;

/** A scattered tree of `TREE` notes of varied sizes (causes 70 %, consequences 30 %) and `loose` other notes, as one update. */
function scatteredBoard(loose: number): Uint8Array {
  const doc = new Y.Doc();
  let seed = 42;
  const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const ctx = { authorId: 'p-bench', now: 1_700_000_000_000 };
  const note = (id: string): void => {
    createNote(doc, { id, x: Math.round(rnd() * 6000), y: Math.round(rnd() * 4000), width: 60 + Math.round(rnd() * 300), height: 60 + Math.round(rnd() * 200) }, ctx);
  };
  const link = (from: string, kind: LinkKind, to: string): void => {
    boardMaps(doc).links.set(`${from}-${to}`, { id: `${from}-${to}`, from, to, kind });
  };
  doc.transact(() => {
    note('n0');
    for (let i = 1; i < TREE; i++) {
      note(`n${i}`);
      const parent = `n${Math.floor(rnd() * i)}`;
      if (rnd() < 0.7) link(`n${i}`, 'cause', parent);
      else link(parent, 'consequence', `n${i}`);
    }
    for (let i = 0; i < loose; i++) note(`loose${i}`);
  });
  return Y.encodeStateAsUpdate(doc);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (v: number): string => `${v.toFixed(2)} ms`;

function measure(board: Uint8Array): Record<string, string | number> {
  const read: number[] = [];
  const layout: number[] = [];
  const arrange: number[] = [];
  const apply: number[] = [];
  let bytes = 0;
  let moved = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, board);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, board);
    // the parts apart, on this run's fresh board, then the operation whole
    let t = performance.now();
    const notes = readNotes(doc);
    const tree = readProblemTree(doc, 'n150', notes)!;
    const readTime = performance.now() - t;
    const byId = new Map(notes.map((n) => [n.id, n]));
    t = performance.now();
    problemTreeLayout(tree, byId);
    const layoutTime = performance.now() - t;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    t = performance.now();
    const result = arrangeProblemTree(doc, 'n150', 1_700_000_000_001)!;
    const arrangeTime = performance.now() - t;
    t = performance.now();
    for (const u of updates) Y.applyUpdate(peer, u);
    const applyTime = performance.now() - t;
    if (updates.length !== 1) throw new Error(`« Réorganiser » sent ${updates.length} updates`);
    if (run < WARMUP) continue;
    read.push(readTime);
    layout.push(layoutTime);
    arrange.push(arrangeTime);
    apply.push(applyTime);
    bytes = updates[0]!.byteLength;
    moved = result.moved.length;
  }
  return {
    'read notes, links, tree': ms(median(read)),
    'layout (flextree)': ms(median(layout)),
    'arrangeProblemTree': ms(median(arrange)),
    'its min': ms(Math.min(...arrange)),
    'its max': ms(Math.max(...arrange)),
    'apply on a peer': ms(median(apply)),
    'notes moved': moved,
    'update bytes': bytes,
  };
}

it('« Réorganiser » on a problem tree of 200 notes', () => {
  reportTable(`« Réorganiser »: a scattered problem tree of ${TREE} notes of varied sizes (median of ${RUNS} runs, each on a fresh copy of the board)`, [
    { board: `${TREE} notes (the tree)`, ...measure(scatteredBoard(0)) },
    { board: `1,000 notes (the tree + 800 others)`, ...measure(scatteredBoard(800)) },
  ]);
});
