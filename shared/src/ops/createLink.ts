import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { DEFAULT_LINK_KIND, linkType, type Link } from '../schema/Link.js';
import { noteType } from '../schema/Note.js';

export type CreateLinkInput = Pick<Link, 'id' | 'from' | 'to'> & Partial<Pick<Link, 'kind' | 'label'>>;

/** Links two notes of the board; null when an end is missing or both ends are one note (the server refuses those). */
export function createLink(doc: Y.Doc, input: CreateLinkInput): Link | null {
  const { links, notes } = boardMaps(doc);
  if (!noteType.parse(notes.get(input.from)) || !noteType.parse(notes.get(input.to))) return null;
  const link = linkType.parse({ kind: DEFAULT_LINK_KIND, ...input, ...(input.label?.trim() ? { label: input.label.trim() } : { label: undefined }) });
  if (!link) return null;
  doc.transact(() => links.set(link.id, link));
  return link;
}
