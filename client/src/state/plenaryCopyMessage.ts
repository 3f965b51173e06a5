/** What the facilitator reads once a room's notes are copied: how many, or that the plenary has them all already. */
export function plenaryCopyMessage(copied: number, room: string): { key: string; values: Record<string, string | number> } {
  // a second copy skips the notes already there: « 0 note copiée » read like a failure
  if (copied === 0) return { key: 'plenaryCopy.nothingNew', values: { room } };
  return { key: 'plenaryCopy.done', values: { count: copied, room } };
}
