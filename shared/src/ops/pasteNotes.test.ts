import { describe, expect, it } from 'vitest';
import { rectsIntersect } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import type { Link } from '../schema/Link.js';
import { noteType, type Note } from '../schema/Note.js';
import { clipFromText, clipText, copyNotes, pasteNotes, planPaste } from './pasteNotes.js';
import { readNotes } from './readNotes.js';
import { syncedPair } from './syncedPair.js';

const note = (id: string, x: number, y: number, text = id): Note => ({ id, text, color: 'pink', x, y, width: 160, height: 100, authorId: 'p-marc', createdAt: 1, groupId: 'g1', z: 4 });
const ctx = { authorId: 'p-lina', now: 1_700_000_000_000 };
const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('copy and paste of notes', () => {
  const notes = [note('a', 0, 0, 'Pas de bus\nle soir'), note('b', 200, 0), note('c', 400, 300)];
  const links: Link[] = [
    { id: 'l1', from: 'a', to: 'b', kind: 'cause', label: 'parce que' },
    { id: 'l2', from: 'b', to: 'c', kind: 'plain' },
  ];

  it('copies the chosen notes and only the links between them', () => {
    const clip = copyNotes(notes, links, new Set(['a', 'b']));
    expect(clip.notes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(clip.links).toEqual([{ from: 'a', to: 'b', kind: 'cause', label: 'parce que' }]);
    expect(clipText(clip)).toBe('Pas de bus le soir\nb');
  });

  it('pastes new notes by this user, centred where asked, linked among themselves, in one change', () => {
    const { a, b, updatesFromA } = syncedPair();
    const planned = planPaste(copyNotes(notes, links, new Set(['a', 'b'])), { x: 1000, y: 1000 }, counter(), ctx);
    pasteNotes(a, planned);
    expect(updatesFromA).toHaveLength(1);
    const pasted = readNotes(b);
    expect(pasted.map((n) => n.id)).toEqual(['new-1', 'new-2']);
    for (const n of pasted) {
      expect(noteType.validate(n.id, n)).toEqual(n); // what the server accepts
      expect(n.authorId).toBe('p-lina');
      expect(n.groupId).toBeUndefined();
    }
    // the pair keeps its shape, its bounds centred on (1000, 1000)
    expect(pasted[0]).toMatchObject({ x: 820, y: 950 });
    expect(pasted[1]).toMatchObject({ x: 1020, y: 950 });
    expect([...boardMaps(b).links.values()]).toEqual([{ id: 'new-3', from: 'new-1', to: 'new-2', kind: 'cause', label: 'parce que' }]);
  });

  it('makes one note per non-empty line of pasted text, without overlaps', () => {
    const clip = clipFromText('Mobilité\r\n\n  Tiers-lieu  \nCommerce\nÉcole\nSanté\n', 'green');
    expect(clip.notes.map((n) => n.text)).toEqual(['Mobilité', 'Tiers-lieu', 'Commerce', 'École', 'Santé']);
    expect(clip.notes.every((n) => n.color === 'green')).toBe(true);
    for (let i = 0; i < clip.notes.length; i++) {
      for (let j = i + 1; j < clip.notes.length; j++) expect(rectsIntersect(clip.notes[i]!, clip.notes[j]!)).toBe(false);
    }
    expect(clipFromText(' \n \n').notes).toEqual([]);
    expect(planPaste(clipFromText(''), { x: 0, y: 0 }, counter(), ctx)).toEqual({ notes: [], links: [] });
  });
});
