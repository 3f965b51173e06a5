import type * as Y from 'yjs';
import { readingOrder } from '../geometry/readingOrder.js';
import { boardMaps } from '../schema/boardMaps.js';
import { LABEL_TEXT_MAX, labelType, parseLabel, type Label } from '../schema/Label.js';
import { DEFAULT_RUN_DURATIONS, type RunDurations } from '../schema/RoomRun.js';
import { brainstormStepHeadings } from '../templates/brainstorm3123.js';
import { foldTitle } from '../templates/priorityNeeds.js';

const QUESTION = foldTitle('Question');
const NNBSP = '\u202f';

/**
 * The run's question written where the board asks for it: the first heading (in reading order)
 * that starts with « Question » — the 3-12-3 template's « Question : quelle question posons-nous ?
 * (à reformuler) » — becomes « Question : <the question> », in one transaction. False when the
 * board has no such heading (nothing is written).
 */
export function writeQuestion(doc: Y.Doc, question: string): boolean {
  const labels = [...boardMaps(doc).labels.values()].map(parseLabel).filter((l): l is Label => l !== null && foldTitle(l.text).startsWith(QUESTION));
  const [first] = readingOrder(labels.map((l) => ({ x: l.x, y: l.y, width: 1, height: 1 })));
  if (first === undefined) return false;
  const label = labels[first]!;
  const next = labelType.parse({ ...label, text: `Question${NNBSP}: ${question}`.slice(0, LABEL_TEXT_MAX) });
  if (!next || next.text === label.text) return next !== null;
  doc.transact(() => boardMaps(doc).labels.set(next.id, next));
  return true;
}

/**
 * The 3-12-3 template's step headings made to say the run's durations: a heading still reading as
 * the template wrote it (or as a run with `previous` durations rewrote it) takes the new text, in
 * one transaction; a heading the facilitator wrote themselves is left alone. Returns how many changed.
 */
export function writeStepHeadings(doc: Y.Doc, durations: RunDurations, previous?: RunDurations): number {
  const labels = boardMaps(doc).labels;
  const known = [brainstormStepHeadings(DEFAULT_RUN_DURATIONS), ...(previous ? [brainstormStepHeadings(previous)] : [])];
  const next = brainstormStepHeadings(durations);
  let changed = 0;
  doc.transact(() => {
    for (const value of [...labels.values()]) {
      const label = parseLabel(value);
      const step = label ? known.map((texts) => texts.indexOf(label.text)).find((i) => i >= 0) : undefined;
      if (!label || step === undefined || label.text === next[step]) continue;
      const written = labelType.parse({ ...label, text: next[step] });
      if (!written) continue;
      labels.set(written.id, written);
      changed++;
    }
  });
  return changed;
}
