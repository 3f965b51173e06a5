import { LABEL_TEXT_MAX, type Label, type LabelPatch } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { mayEditZones } from './frameCommands';
import { selectEntry } from './selection';
import { newLabelSpot, nextFontSize } from './zonePlacement';

/** A new heading in the upper part of the view, selected and open for typing; null when not allowed. */
export function createLabelInView(board: BoardServices, text: string): string | null {
  if (!mayEditZones(board)) return null;
  const { fontSize, ...at } = newLabelSpot(board.viewport.get(), board.stageSize.get(), board.labels.getSnapshot());
  const id = board.actions.createLabel(at, text.slice(0, LABEL_TEXT_MAX), { fontSize });
  board.selection.set((s) => selectEntry(s, 'labels', id));
  board.textEditing.set({ kind: 'labels', id });
  return id;
}

/** Writes a heading's text; a heading left empty is removed (an empty one could not be seen, nor clicked). */
export function setLabelText(board: BoardServices, id: string, text: string): void {
  const label = board.labels.get(id);
  if (!label) return;
  const next = text.trim().slice(0, LABEL_TEXT_MAX);
  if (next === '') board.actions.deleteLabels([id]);
  else if (next !== label.text) board.actions.updateLabels(new Map([[id, { text: next }]]));
}

/** The selected headings that still exist. */
export function selectedLabels(board: BoardServices): Label[] {
  return [...board.selection.get().others.labels].flatMap((id) => board.labels.get(id) ?? []);
}

/** « A− » / « A+ »: the selected headings one step smaller or larger. */
export function stepLabelsFont(board: BoardServices, direction: 1 | -1): void {
  if (!mayEditZones(board)) return;
  const patches = new Map<string, LabelPatch>();
  for (const label of selectedLabels(board)) {
    const fontSize = nextFontSize(label.fontSize, direction);
    if (fontSize !== label.fontSize) patches.set(label.id, { fontSize });
  }
  board.actions.updateLabels(patches);
}
