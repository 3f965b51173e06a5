import * as Y from 'yjs';
import type { Frame } from './Frame.js';
import type { Group } from './Group.js';
import type { Label } from './Label.js';
import type { Link } from './Link.js';
import type { Note } from './Note.js';

/**
 * Version of the room-board layout; bumped when an entry shape changes, with a migration step
 * in each entry type that changed. 1: notes only. 2: zones, links, clusters, typed `meta`.
 * 3: text labels, categories (`meta.categories`, a note's `categoryId`).
 */
export const SCHEMA_VERSION = 3;

/**
 * Root maps of a room board (`w/<workshopId>/r/<roomId>`). This file is the only place that
 * names them: everything else goes through `boardMaps(doc)`.
 */
export const BOARD_MAP_NAMES = {
  notes: 'notes',
  frames: 'frames',
  links: 'links',
  groups: 'groups',
  labels: 'labels',
  meta: 'meta',
} as const;

export type BoardMapName = (typeof BOARD_MAP_NAMES)[keyof typeof BOARD_MAP_NAMES];

/** Each maps an id to one plain JSON object: one entry is one object, a change replaces it. */
export interface BoardMaps {
  notes: Y.Map<Note>;
  /** zones */
  frames: Y.Map<Frame>;
  /** connectors between two notes */
  links: Y.Map<Link>;
  /** clusters; a note's cluster is its own `groupId` */
  groups: Y.Map<Group>;
  /** text labels (headings) */
  labels: Y.Map<Label>;
  /** board-wide settings published by the facilitator or the server (`META_ENTRIES`: schema version, policy…) */
  meta: Y.Map<unknown>;
}

export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    notes: doc.getMap<Note>(BOARD_MAP_NAMES.notes),
    frames: doc.getMap<Frame>(BOARD_MAP_NAMES.frames),
    links: doc.getMap<Link>(BOARD_MAP_NAMES.links),
    groups: doc.getMap<Group>(BOARD_MAP_NAMES.groups),
    labels: doc.getMap<Label>(BOARD_MAP_NAMES.labels),
    meta: doc.getMap<unknown>(BOARD_MAP_NAMES.meta),
  };
}
