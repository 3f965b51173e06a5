import type * as Y from 'yjs';
import { BOARD_ENTRY_TYPES, type EntryMapName } from '../schema/boardEntryTypes.js';
import { boardMaps, SCHEMA_VERSION, type BoardMaps } from '../schema/boardMaps.js';
import { CATEGORIES_KEY, META_ENTRIES, parseCategories, SCHEMA_VERSION_KEY, TEMPLATE_KEY, type Category } from '../schema/BoardMeta.js';
import { withoutUndefined } from '../schema/EntryType.js';
import type { Frame } from '../schema/Frame.js';
import type { Group } from '../schema/Group.js';
import type { Label } from '../schema/Label.js';
import type { Link } from '../schema/Link.js';
import type { Note } from '../schema/Note.js';
import type { BoardTemplate, TemplateContent } from '../templates/BoardTemplate.js';

/** Who the template's notes belong to, the clock, and fresh entry ids. */
export interface TemplateContext {
  authorId: string;
  now: number;
  newId: () => string;
}

/** A template's content as board entries, under fresh ids, each exactly in its type's shape. */
export interface TemplateEntries {
  frames: Frame[];
  labels: Label[];
  notes: Note[];
  links: Link[];
  groups: Group[];
  categories: Category[];
}

/** Nothing anybody wrote is on the board: no entry in any map and no categories (rules and versions aside). */
export function boardIsEmpty(doc: Y.Doc): boolean {
  const maps = boardMaps(doc);
  const entryMaps = Object.keys(BOARD_ENTRY_TYPES).map((name) => maps[name as EntryMapName] as Y.Map<unknown>);
  return entryMaps.every((map) => map.size === 0) && parseCategories(maps.meta.get(CATEGORIES_KEY)).length === 0;
}

/**
 * The entries `content` writes: every id replaced by a fresh one (links, clusters and categories
 * follow their notes), notes authored by `ctx.authorId` at `ctx.now`. Throws, naming the entry,
 * when one would not pass its type's `validate` or names a note, cluster or category the
 * template lacks — the data of a template is checked before anything is written.
 */
export function templateEntries(content: TemplateContent, ctx: TemplateContext): TemplateEntries {
  const fresh = new Map<string, string>();
  const idOf = (kind: string, id: string): string => {
    const key = `${kind}:${id}`;
    let next = fresh.get(key);
    if (next === undefined) fresh.set(key, (next = ctx.newId()));
    return next;
  };
  const known = (kind: string, id: string, by: string): string => {
    if (!fresh.has(`${kind}:${id}`)) throw new Error(`template ${by} names a missing ${kind} "${id}"`);
    return idOf(kind, id);
  };
  const checked = <T extends { id: string }>(map: EntryMapName, localId: string, entry: T): T => {
    if (!BOARD_ENTRY_TYPES[map].validate(entry.id, entry)) throw new Error(`template entry ${map}/${localId} is not a valid entry`);
    return entry;
  };

  const groups = (content.groups ?? []).map((g) => checked('groups', g.id, { ...g, id: idOf('group', g.id) }));
  const categories = (content.categories ?? []).map((c) => ({ ...c, id: idOf('category', c.id) }));
  if (categories.length > 0 && META_ENTRIES[CATEGORIES_KEY]!.validate(categories) === null) throw new Error('template categories are not valid');
  const notes = content.notes.map((n) =>
    checked(
      'notes',
      n.id,
      withoutUndefined<Note>({
        id: idOf('note', n.id),
        text: n.text,
        color: n.color,
        x: n.x,
        y: n.y,
        width: n.width,
        height: n.height,
        authorId: ctx.authorId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        groupId: n.groupId === undefined ? undefined : known('group', n.groupId, `note ${n.id}`),
        categoryId: n.categoryId === undefined ? undefined : known('category', n.categoryId, `note ${n.id}`),
      }),
    ),
  );
  const links = content.links.map((l) =>
    checked('links', l.id, { ...l, id: idOf('link', l.id), from: known('note', l.from, `link ${l.id}`), to: known('note', l.to, `link ${l.id}`) }),
  );
  return {
    frames: content.frames.map((f) => checked('frames', f.id, { ...f, id: idOf('frame', f.id) })),
    labels: content.labels.map((l) => checked('labels', l.id, { ...l, id: idOf('label', l.id) })),
    notes,
    links,
    groups,
    categories,
  };
}

/**
 * Server operation: writes a template on an empty board in one transaction, records its id in
 * `meta.template` (and the schema version of what it wrote). Returns what it wrote, or null —
 * writing nothing — when the board is not empty: a template never covers anybody's work.
 */
export function applyTemplate(doc: Y.Doc, template: BoardTemplate, ctx: TemplateContext, origin?: unknown): TemplateEntries | null {
  if (!boardIsEmpty(doc)) return null;
  const entries = templateEntries(template.content, ctx);
  const maps = boardMaps(doc);
  doc.transact(() => {
    writeTemplateEntries(maps, entries);
    if (entries.categories.length > 0) maps.meta.set(CATEGORIES_KEY, entries.categories);
    maps.meta.set(TEMPLATE_KEY, template.id);
    if (maps.meta.get(SCHEMA_VERSION_KEY) === undefined) maps.meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
  }, origin);
  return entries;
}

/** Sets a template's zones, headings, clusters, notes and links in their maps (inside the caller's transaction). */
export function writeTemplateEntries(maps: BoardMaps, entries: TemplateEntries): void {
  for (const frame of entries.frames) maps.frames.set(frame.id, frame);
  for (const label of entries.labels) maps.labels.set(label.id, label);
  for (const group of entries.groups) maps.groups.set(group.id, group);
  for (const note of entries.notes) maps.notes.set(note.id, note);
  for (const link of entries.links) maps.links.set(link.id, link);
}
