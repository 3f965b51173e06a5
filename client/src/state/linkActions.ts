import { boardMaps, createLink, deleteLinks, parseLink, updateLinks, type LinkKind, type LinkPatch } from '@essaim/shared';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';

/** The writes of connectors; part of `BoardActions`, each one transaction. */
export interface LinkActions {
  /** An arrow from one note to another; its id, or null when an end is gone. */
  createLink(from: string, to: string, kind?: LinkKind): string | null;
  /** A new kind or label (an empty label removes it). */
  updateLink(id: string, patch: LinkPatch): void;
  /** The same link, pointing the other way. */
  reverseLink(id: string): void;
  deleteLinks(ids: Iterable<string>): number;
}

export function createLinkActions(doc: Y.Doc): LinkActions {
  return {
    createLink(from, to, kind) {
      return createLink(doc, { id: nanoid(), from, to, ...(kind ? { kind } : {}) })?.id ?? null;
    },
    updateLink(id, patch) {
      updateLinks(doc, new Map([[id, patch]]));
    },
    reverseLink(id) {
      const link = parseLink(boardMaps(doc).links.get(id));
      if (!link) return;
      // one change: the entry is replaced under its own id, so a selection of it stays
      doc.transact(() => {
        createLink(doc, { id, from: link.to, to: link.from, kind: link.kind, ...(link.label ? { label: link.label } : {}) });
      });
    },
    deleteLinks(ids) {
      return deleteLinks(doc, ids);
    },
  };
}
