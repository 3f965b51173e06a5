import { z } from 'zod';
import { NAME_MAX } from '../protocol/api.js';
import { entryIdField } from './schemaFields.js';
import { DEFAULT_NOTE_COLOR, NOTE_COLORS, type NoteColor } from './noteColors.js';
import { withoutUndefined, type EntryMigration } from './EntryType.js';
import { sameJson } from './sameJson.js';

/** Board-wide rules a facilitator sets, stored in the board's `meta` map under `policy`. */
export interface BoardPolicy {
  /** nobody but facilitators may change anything */
  locked: boolean;
  /** participants may edit and delete everyone's notes, not only their own */
  editAll: boolean;
  /** participants may move and resize everyone's notes (group work); false: own notes only */
  moveAll: boolean;
  /** while locked: the name of the facilitator who locked it, so participants know whom to ask */
  lockedBy?: string;
}

export const DEFAULT_BOARD_POLICY: BoardPolicy = { locked: false, editAll: false, moveAll: true };

export const BOARD_POLICY_KEY = 'policy';
/** the board's schema version (`SCHEMA_VERSION` once migrated); absent on boards of version 1 */
export const SCHEMA_VERSION_KEY = 'schemaVersion';
/** the template the board was made from */
export const TEMPLATE_KEY = 'template';
/** the categories a facilitator defined (a territory, a theme, a stakeholder group) */
export const CATEGORIES_KEY = 'categories';

/** A category notes may carry besides their colour; shown in the legend. */
export interface Category {
  id: string;
  name: string;
  /** a palette name, for the legend's mark and the note's badge */
  color: NoteColor;
}

export const CATEGORY_NAME_MAX = 60;
export const CATEGORIES_MAX = 30;

const categorySchema = z.object({
  id: entryIdField,
  name: z.string().trim().min(1).max(CATEGORY_NAME_MAX),
  color: z.enum(NOTE_COLORS).catch(DEFAULT_NOTE_COLOR),
});

const categoriesSchema = z
  .array(categorySchema)
  .max(CATEGORIES_MAX)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'category ids are unique');

/** The board's categories; a stored list that cannot be read is no list. */
export function parseCategories(value: unknown): Category[] {
  const result = categoriesSchema.safeParse(value);
  return result.success ? result.data : [];
}

const policySchema = z
  .object({
    locked: z.boolean().catch(DEFAULT_BOARD_POLICY.locked),
    editAll: z.boolean().catch(DEFAULT_BOARD_POLICY.editAll),
    moveAll: z.boolean().catch(DEFAULT_BOARD_POLICY.moveAll),
    lockedBy: z.string().optional().catch(undefined),
  })
  // a name only while locked, and only one that is a name
  .transform(({ lockedBy, ...rules }): BoardPolicy => {
    const by = lockedBy?.trim() ?? '';
    return rules.locked && by && by.length <= NAME_MAX ? { ...rules, lockedBy: by } : rules;
  });

/** The rules in a stored value; what is missing or mistyped takes its default. */
export function parseBoardPolicy(value: unknown): BoardPolicy {
  const input = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const result = policySchema.safeParse(input);
  return result.success ? result.data : DEFAULT_BOARD_POLICY;
}

/** Who may write a key of `meta`: a facilitator (through the board), or only the server (the guard refuses every client). */
export type MetaWriter = 'facilitator' | 'server';

export interface MetaEntry {
  writer: MetaWriter;
  /** the value exactly as the schema wants it, or null */
  validate(value: unknown): unknown;
  migrations: readonly EntryMigration[];
}

const strict =
  <T>(schema: z.ZodType<T>) =>
  (value: unknown): T | null => {
    const result = schema.safeParse(value);
    return result.success && sameJson(result.data, value) ? result.data : null;
  };

/** Every key `meta` may hold; any other key is refused to everyone. */
export const META_ENTRIES: Readonly<Record<string, MetaEntry>> = {
  [BOARD_POLICY_KEY]: {
    writer: 'facilitator',
    validate: (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const policy = withoutUndefined(parseBoardPolicy(value));
      return sameJson(policy, value) ? policy : null;
    },
    // version 1 kept any JSON a facilitator wrote: the rules it meant, in the full shape
    migrations: [{ to: 2, up: (value) => parseBoardPolicy(value) }],
  },
  [SCHEMA_VERSION_KEY]: { writer: 'server', validate: strict(z.number().int().min(1)), migrations: [] },
  [TEMPLATE_KEY]: { writer: 'server', validate: strict(entryIdField), migrations: [] },
  [CATEGORIES_KEY]: { writer: 'facilitator', validate: strict(categoriesSchema), migrations: [] },
};

export function metaEntry(key: string): MetaEntry | undefined {
  return Object.hasOwn(META_ENTRIES, key) ? META_ENTRIES[key] : undefined;
}
