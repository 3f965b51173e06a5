import { createNote, NOTE_COLORS, NOTE_DEFAULT_SIZE } from '@essaim/shared';
import type * as Y from 'yjs';

/** Distance between note centres on the seeded grid: a gap a pan can start in. */
const PITCH = NOTE_DEFAULT_SIZE + 40;
const WORDS = ['idée', 'atelier', 'quartier', 'mobilité', 'école', 'jardin', 'vélo', 'marché', 'budget', 'voisins', 'bibliothèque', 'transport', 'été', 'place', 'parc'];

/** A small deterministic generator (mulberry32), so every run draws the same board. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` notes with the shared `createNote`, on a roughly square grid with a little
 * jitter, texts of one to three lines and every colour, the same for a given count.
 */
export function seedNotes(doc: Y.Doc, count: number, authorId: string, now = 0): void {
  const next = random(count);
  const columns = Math.ceil(Math.sqrt(count));
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const words = Array.from({ length: 2 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
      createNote(
        doc,
        {
          id: `banc-${i}`,
          x: (i % columns) * PITCH + Math.round(next() * 16 - 8),
          y: Math.floor(i / columns) * PITCH + Math.round(next() * 16 - 8),
          text: `${i + 1}. ${words.join(' ')}`,
          color: NOTE_COLORS[i % NOTE_COLORS.length]!,
        },
        { authorId, now },
      );
    }
  });
}
