import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { LABEL_DEFAULTS, labelType, type Label } from '../schema/Label.js';
import { deleteEntries, patchEntries } from './patchEntries.js';

export type LabelPatch = Partial<Omit<Label, 'id'>>;

/** Writes a heading (facilitators); returns it as stored. */
export function createLabel(doc: Y.Doc, input: Pick<Label, 'id' | 'text' | 'x' | 'y'> & Partial<Label>): Label {
  const label = labelType.parse({ ...LABEL_DEFAULTS, ...input, x: Math.round(input.x), y: Math.round(input.y) });
  if (!label) throw new Error('not a label');
  doc.transact(() => boardMaps(doc).labels.set(label.id, label));
  return label;
}

export function updateLabels(doc: Y.Doc, patches: ReadonlyMap<string, LabelPatch>): number {
  let changed = 0;
  doc.transact(() => {
    changed = patchEntries(boardMaps(doc).labels, labelType, patches, (label, patch) => ({
      ...label,
      ...patch,
      ...(patch.x !== undefined ? { x: Math.round(patch.x) } : {}),
      ...(patch.y !== undefined ? { y: Math.round(patch.y) } : {}),
    }));
  });
  return changed;
}

export function deleteLabels(doc: Y.Doc, ids: Iterable<string>): number {
  let removed = 0;
  doc.transact(() => {
    removed = deleteEntries(boardMaps(doc).labels, ids);
  });
  return removed;
}
