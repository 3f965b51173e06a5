import type * as Y from 'yjs';
import { readNotes } from '../ops/readNotes.js';
import { boardMaps } from '../schema/boardMaps.js';
import { CATEGORIES_KEY, parseCategories } from '../schema/BoardMeta.js';
import { parseFrame } from '../schema/Frame.js';
import { parseGroup, type Group } from '../schema/Group.js';
import { parseLabel } from '../schema/Label.js';
import { parseLink } from '../schema/Link.js';
import { TEMPLATE_LIMITS, type TemplateContent, type TemplateNote } from './BoardTemplate.js';

const readAll = <T>(map: { values(): Iterable<unknown> }, parse: (value: unknown) => T | null): T[] =>
  [...map.values()].map(parse).filter((entry): entry is T => entry !== null);

/**
 * What a board would give a template: its zones, headings, clusters and categories, its notes'
 * text, colour, place and size, and the links between them — no authors, no dates, no room tags.
 * Entries a reader cannot read are left out, and so are references to them.
 */
export function templateFromBoard(doc: Y.Doc): TemplateContent {
  const maps = boardMaps(doc);
  const categories = parseCategories(maps.meta.get(CATEGORIES_KEY));
  const categoryIds = new Set(categories.map((c) => c.id));
  const groups = new Map(readAll<Group>(maps.groups, parseGroup).map((g) => [g.id, g]));
  const notes = readNotes(doc).map((n): TemplateNote => {
    const note: TemplateNote = { id: n.id, text: n.text, color: n.color, x: n.x, y: n.y, width: n.width, height: n.height };
    if (n.groupId && groups.has(n.groupId)) note.groupId = n.groupId;
    if (n.categoryId && categoryIds.has(n.categoryId)) note.categoryId = n.categoryId;
    return note;
  });
  const noteIds = new Set(notes.map((n) => n.id));
  const usedGroups = new Set(notes.map((n) => n.groupId));
  return {
    frames: readAll(maps.frames, parseFrame),
    labels: readAll(maps.labels, parseLabel),
    notes,
    links: readAll(maps.links, parseLink).filter((l) => noteIds.has(l.from) && noteIds.has(l.to)),
    // a cluster nobody is in any more is no part of the board's shape; a category is, as the legend shows it
    groups: [...groups.values()].filter((g) => usedGroups.has(g.id)),
    categories,
  };
}

/** The first limit of `TEMPLATE_LIMITS` the content is over (`notes`, …, `bytes`), or null when it fits. */
export function templateOverLimit(content: TemplateContent): keyof typeof TEMPLATE_LIMITS | null {
  const counts = {
    notes: content.notes.length,
    frames: content.frames.length,
    labels: content.labels.length,
    links: content.links.length,
    groups: content.groups?.length ?? 0,
  };
  for (const [kind, count] of Object.entries(counts)) {
    if (count > TEMPLATE_LIMITS[kind as keyof typeof counts]) return kind as keyof typeof counts;
  }
  return utf8Length(JSON.stringify(content)) > TEMPLATE_LIMITS.bytes ? 'bytes' : null;
}

/** Bytes of `text` in UTF-8 (`shared/` runs without the DOM's `TextEncoder` types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
