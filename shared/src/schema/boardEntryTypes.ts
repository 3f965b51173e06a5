import type { EntryType } from './EntryType.js';
import { frameType } from './Frame.js';
import { groupType } from './Group.js';
import { labelType } from './Label.js';
import { linkType } from './Link.js';
import { noteType } from './Note.js';

/** The entry type of each keyed map of a board (`meta` has one per key: `META_ENTRIES`). */
export const BOARD_ENTRY_TYPES = {
  notes: noteType,
  frames: frameType,
  links: linkType,
  groups: groupType,
  labels: labelType,
} as const satisfies Record<string, EntryType<unknown>>;

export type EntryMapName = keyof typeof BOARD_ENTRY_TYPES;
