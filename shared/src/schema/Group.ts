import { z } from 'zod';
import { entryType, repairStep, type EntryType } from './EntryType.js';
import { droppable, entryIdField, textField } from './schemaFields.js';

/**
 * A cluster, stored in `groups` under its id. Its members are the notes whose own `groupId`
 * names it: two people adding different notes at once write two different entries, so both stay.
 */
export interface Group {
  id: string;
  title: string;
  /** drawn as its title only */
  collapsed?: boolean;
}

export const GROUP_TITLE_MAX = 120;
export const GROUP_DEFAULTS = { title: '' } as const satisfies Partial<Group>;

const groupSchema = z.object({
  id: entryIdField,
  title: textField(GROUP_TITLE_MAX).catch(GROUP_DEFAULTS.title),
  collapsed: droppable(z.boolean()),
});

/** Version 1 kept any JSON a facilitator wrote in `groups`: what can be read is repaired. */
export const groupType: EntryType<Group> = entryType<Group>(groupSchema, [repairStep(2, { parse: (v) => groupType.parse(v) })]);

export const parseGroup = (value: unknown): Group | null => groupType.parse(value);

/** Each cluster's notes, by cluster id, in the order given (a note names its cluster in its own `groupId`). */
export function membersByGroup<T extends { groupId?: string | null }>(notes: Iterable<T>): Map<string, T[]> {
  const members = new Map<string, T[]>();
  for (const note of notes) {
    if (!note.groupId) continue;
    const list = members.get(note.groupId);
    if (list) list.push(note);
    else members.set(note.groupId, [note]);
  }
  return members;
}
