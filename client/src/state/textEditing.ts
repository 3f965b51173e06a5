/** The zone title or heading open in the text field laid over the canvas (`EntryTextEditor`); local to this tab. */
export interface TextEditTarget {
  kind: 'frames' | 'labels';
  id: string;
}

export const sameTarget = (a: TextEditTarget | null, b: TextEditTarget | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
