import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../ops/applyTemplate.js';
import { boardMaps } from '../schema/boardMaps.js';
import { parseLabel } from '../schema/Label.js';
import { brainstorm3123 } from '../templates/brainstorm3123.js';
import { DEFAULT_RUN_DURATIONS } from '../schema/RoomRun.js';
import { writeQuestion, writeStepHeadings } from './writeQuestion.js';

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

  it('makes the template’s step headings say the run’s durations, and leaves a heading the facilitator rewrote alone', () => {
    const doc = new Y.Doc();
    let n = 0;
    applyTemplate(doc, brainstorm3123, { authorId: 'f', now: 1, newId: () => `id${++n}` });
    const texts = () => [...boardMaps(doc).labels.values()].map((l) => parseLabel(l)!.text).filter((t) => /^[123]\./.test(t)).sort();
    const short = { ideas: 30, pairs: 90, turn: 60 };
    expect(writeStepHeadings(doc, short)).toBe(3);
    expect(texts()).toEqual([
      '1. Seul·e, 30\u00a0s\u00a0: une idée par note',
      '2. En binômes, 1\u00a0min\u00a030\u00a0s\u00a0: une proposition concrète',
      '3. Restitution (1\u00a0min par binôme) et regroupement',
    ]);
    // a run started again with the usual durations finds them from the previous run's
    expect(writeStepHeadings(doc, DEFAULT_RUN_DURATIONS, short)).toBe(3);
    expect(texts()[0]).toBe('1. Seul·e, 3\u00a0min\u00a0: une idée par note');
    const id = [...boardMaps(doc).labels.entries()].find(([, l]) => parseLabel(l)!.text.startsWith('2.'))![0];
    boardMaps(doc).labels.set(id, { ...parseLabel(boardMaps(doc).labels.get(id))!, text: '2. À deux, le temps qu’il faut' });
    expect(writeStepHeadings(doc, short)).toBe(2);
    expect(texts()[1]).toBe('2. À deux, le temps qu’il faut');
  });

  it('writes nothing on a board without a question heading', () => {
    const doc = new Y.Doc();
    expect(writeQuestion(doc, 'Q ?')).toBe(false);
    expect(boardMaps(doc).labels.size).toBe(0);
  });
});
