import { z } from 'zod';
import { entryType, repairStep, type EntryType } from './EntryType.js';
import { droppable, entryIdField, textField } from './schemaFields.js';

/** `cause`: from a cause to the problem; `consequence`: from the problem to a consequence. */
export const LINK_KINDS = ['plain', 'cause', 'consequence'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A connector between two notes, stored in `links` under its id; its ends are note ids. */
export interface Link {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  label?: string;
}

export const LINK_LABEL_MAX = 60;
export const DEFAULT_LINK_KIND: LinkKind = 'plain';

const linkSchema = z
  .object({
    id: entryIdField,
    from: entryIdField,
    to: entryIdField,
    kind: z.enum(LINK_KINDS).catch(DEFAULT_LINK_KIND),
    label: droppable(textField(LINK_LABEL_MAX)),
  })
  .refine((link) => link.from !== link.to, 'a link joins two different notes');

/** Version 1 kept any JSON a facilitator wrote in `links`: what can be read is repaired. */
export const linkType: EntryType<Link> = entryType<Link>(linkSchema, [repairStep(2, { parse: (v) => linkType.parse(v) })]);

export const parseLink = (value: unknown): Link | null => linkType.parse(value);
