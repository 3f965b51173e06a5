import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../ops/applyTemplate.js';
import { boardMaps } from '../schema/boardMaps.js';
import { parseLabel } from '../schema/Label.js';
import { brainstorm3123 } from '../templates/brainstorm3123.js';
import { writeQuestion } from './writeQuestion.js';

describe('writeQuestion', () => {
  it('puts the run’s question in the template’s « Question : … » heading, and nowhere else', () => {
    const doc = new Y.Doc();
    let n = 0;
    applyTemplate(doc, brainstorm3123, { authorId: 'f', now: 1, newId: () => `id${++n}` });
    const before = [...boardMaps(doc).labels.values()].map(parseLabel);
    expect(writeQuestion(doc, 'Comment se déplacer sans voiture ?')).toBe(true);
    const after = [...boardMaps(doc).labels.values()].map(parseLabel);
    const changed = after.filter((l, i) => l!.text !== before[i]!.text);
    expect(changed.map((l) => l!.text)).toEqual(['Question\u202f: Comment se déplacer sans voiture ?']);
  });

  it('writes nothing on a board without a question heading', () => {
    const doc = new Y.Doc();
    expect(writeQuestion(doc, 'Q ?')).toBe(false);
    expect(boardMaps(doc).labels.size).toBe(0);
  });
});
