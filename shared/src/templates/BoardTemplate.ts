import type { Category } from '../schema/BoardMeta.js';
import type { Frame } from '../schema/Frame.js';
import type { Group } from '../schema/Group.js';
import type { Label } from '../schema/Label.js';
import type { Link } from '../schema/Link.js';
import type { Note } from '../schema/Note.js';

/** The languages a template's name and description come in (the API answers in the user's). */
export const TEMPLATE_LANGUAGES = ['fr', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export type Localized = Readonly<Record<TemplateLanguage, string>>;

/** A note of a template: what it shows, not who wrote it nor when (those are the board's). */
export type TemplateNote = Pick<Note, 'id' | 'text' | 'color' | 'x' | 'y' | 'width' | 'height'> & {
  /** a `groups` entry of the same template */
  groupId?: string;
  /** a category of the same template */
  categoryId?: string;
};

/**
 * What a template writes on an empty board. Ids are local to the template (links name its notes,
 * notes its clusters and categories); `applyTemplate` gives every entry a fresh one.
 */
export interface TemplateContent {
  frames: readonly Frame[];
  labels: readonly Label[];
  notes: readonly TemplateNote[];
  links: readonly Link[];
  groups?: readonly Group[];
  categories?: readonly Category[];
}

/** A board a workshop room can start from: data only, one file per template (`boardTemplates.ts` lists them). */
export interface BoardTemplate {
  /** an entry id (it is stored in the board's `meta.template`) */
  id: string;
  name: Localized;
  description: Localized;
  content: TemplateContent;
}

/** How much a template saved from a board may hold: a workshop board, not a whole series of them. */
export const TEMPLATE_LIMITS = {
  notes: 500,
  frames: 100,
  labels: 100,
  links: 500,
  groups: 100,
  /** the content as JSON, in bytes */
  bytes: 256 * 1024,
} as const;

export const EMPTY_TEMPLATE_CONTENT: TemplateContent = { frames: [], labels: [], notes: [], links: [] };

/** The language to answer in from an `Accept-Language` header: French unless English is preferred. */
export function templateLanguage(acceptLanguage: string | undefined): TemplateLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && (TEMPLATE_LANGUAGES as readonly string[]).includes(r.lang))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.lang as TemplateLanguage | undefined) ?? 'fr';
}
