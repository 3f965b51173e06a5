import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { parseFrame, type Frame } from '../schema/Frame.js';
import { TEMPLATE_KEY } from '../schema/BoardMeta.js';
import { foldTitle, priorityNeeds } from '../templates/priorityNeeds.js';
import { INSPIRING_ZONE_TITLE, solutionsParBesoin, solutionsParBesoinContent } from '../templates/solutionsParBesoin.js';
import { applyTemplate, type TemplateContext, type TemplateEntries } from './applyTemplate.js';
import { applyTemplateBeside, boardLayout } from './applyTemplateBeside.js';
import { readNotes } from './readNotes.js';

const INSPIRING = foldTitle(INSPIRING_ZONE_TITLE);

/** Whether the solutions step is already on the board: made from it, or a zone « 3 solutions inspirantes [— besoin] » on it. */
export function hasSolutionsColumns(frames: readonly Pick<Frame, 'title'>[], template?: unknown): boolean {
  return template === solutionsParBesoin.id || frames.some((f) => foldTitle(f.title).startsWith(INSPIRING));
}

/** What `applySolutionsParBesoin` wrote, and the needs its columns are titled with (none: typed-in columns). */
export interface SolutionsWritten {
  entries: TemplateEntries;
  needs: string[];
}

/**
 * Server operation, `solutions-par-besoin` on a room's board: an empty board gets the template
 * (three columns to rename); a board whose « 3 besoins prioritaires » zone holds needs gets one
 * column per need, titled with it, beside what is there (`applyTemplateBeside`), unless the
 * solutions columns are already on it. Null — nothing written — otherwise.
 */
export function applySolutionsParBesoin(doc: Y.Doc, ctx: TemplateContext, origin?: unknown): SolutionsWritten | null {
  const empty = applyTemplate(doc, solutionsParBesoin, ctx, origin);
  if (empty) return { entries: empty, needs: [] };
  const maps = boardMaps(doc);
  const frames = [...maps.frames.values()].map(parseFrame).filter((f): f is Frame => f !== null);
  if (hasSolutionsColumns(frames, maps.meta.get(TEMPLATE_KEY))) return null;
  // the notes read once, for the needs and for the room they take: a board may hold thousands
  const notes = readNotes(doc);
  const needs = priorityNeeds(frames, notes);
  if (needs.length === 0) return null;
  const entries = applyTemplateBeside(doc, solutionsParBesoinContent(needs), ctx, origin, boardLayout(doc, notes));
  return entries && { entries, needs };
}
