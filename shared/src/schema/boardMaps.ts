import * as Y from 'yjs';
import type { Note } from './Note.js';

/** Version of the room-board layout; bumped when an entry shape changes incompatibly. */
export const SCHEMA_VERSION = 1;

/**
 * Root maps of a room board (`w/<workshopId>/r/<roomId>`). This file is the only place that
 * names them: everything else goes through `boardMaps(doc)`.
 */
export const BOARD_MAP_NAMES = {
  notes: 'notes',
  frames: 'frames',
  links: 'links',
  groups: 'groups',
  meta: 'meta',
} as const;

export interface BoardMaps {
  /** note id → plain JSON `Note`; one entry is one object, a change replaces it. */
  notes: Y.Map<Note>;
  /** board-wide settings published by the facilitator or the server (schema version, lock…). */
  meta: Y.Map<unknown>;
}

export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    notes: doc.getMap<Note>(BOARD_MAP_NAMES.notes),
    meta: doc.getMap<unknown>(BOARD_MAP_NAMES.meta),
  };
}
