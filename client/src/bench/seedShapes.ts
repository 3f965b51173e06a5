import { createFrame, createLink, NOTE_COLORS, NOTE_DEFAULT_SIZE } from '@essaim/shared';
import type * as Y from 'yjs';

const PITCH = NOTE_DEFAULT_SIZE + 40;

/**
 * Zones over the seeded notes' grid (`seedNotes`: `count` notes, ids `banc-<i>`), each covering a
 * block of it, and links between neighbouring notes, cycling through the kinds; the same for a
 * given count. What a busy needs map or problem-tree board carries besides its notes.
 */
export function seedShapes(doc: Y.Doc, notes: number, zones: number, links: number): void {
  const columns = Math.ceil(Math.sqrt(notes));
  const rows = Math.ceil(notes / columns);
  const across = Math.ceil(Math.sqrt(zones));
  const blockW = Math.ceil(columns / across) * PITCH;
  const blockH = Math.ceil(rows / Math.ceil(zones / across)) * PITCH;
  doc.transact(() => {
    for (let i = 0; i < zones; i++) {
      createFrame(doc, {
        id: `zone-${i}`,
        x: (i % across) * blockW - 20,
        y: Math.floor(i / across) * blockH - 20,
        width: blockW,
        height: blockH,
        title: `Zone ${i + 1}`,
        color: NOTE_COLORS[i % NOTE_COLORS.length]!,
      });
    }
    const kinds = ['plain', 'cause', 'consequence'] as const;
    for (let i = 0; i < links && notes > 1; i++) {
      // a note and the one below it, spread over the board
      const from = (i * 7) % notes;
      const to = from + columns < notes ? from + columns : (from + 1) % notes;
      createLink(doc, { id: `lien-${i}`, from: `banc-${from}`, to: `banc-${to}`, kind: kinds[i % kinds.length]! });
    }
  });
}
