import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { linkType, type Link } from '../schema/Link.js';
import { patchEntries } from './patchEntries.js';

/** A new kind, or a new label (an empty one removes it). */
export type LinkPatch = Partial<Pick<Link, 'kind' | 'label'>>;

export function updateLinks(doc: Y.Doc, patches: ReadonlyMap<string, LinkPatch>): number {
  let changed = 0;
  doc.transact(() => {
    changed = patchEntries(boardMaps(doc).links, linkType, patches, (link, patch) => {
      const next: Link = { ...link, ...(patch.kind ? { kind: patch.kind } : {}) };
      if (patch.label !== undefined) {
        const label = patch.label.trim();
        if (label) next.label = label;
        else delete next.label;
      }
      return next;
    });
  });
  return changed;
}
