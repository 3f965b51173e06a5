import { z } from 'zod';
import { entryIdField, timeField } from './schemaFields.js';

/** What a facilitator can put in the spotlight for a whole room: a note, a cluster or a zone. */
export const FOCUS_KINDS = ['note', 'group', 'frame'] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];

export interface Focus {
  kind: FocusKind;
  /** the entry's id on the room's board */
  id: string;
  /** the facilitator who set it */
  by: string;
  at: number;
}

/** « Suivez-moi »: the room's views follow this facilitator's viewport (their presence's `viewport`). */
export interface Follow {
  by: string;
  at: number;
}

/**
 * What a room's screens are asked to look at, in the workshop document's `attention` map under
 * the room id; only the server writes it (facilitators act through the HTTP API).
 */
export interface RoomAttention {
  roomId: string;
  focus: Focus | null;
  follow: Follow | null;
}

const attentionSchema = z.object({
  roomId: entryIdField,
  focus: z.object({ kind: z.enum(FOCUS_KINDS), id: entryIdField, by: entryIdField, at: timeField }).nullable(),
  follow: z.object({ by: entryIdField, at: timeField }).nullable(),
});

export function parseRoomAttention(value: unknown): RoomAttention | null {
  const result = attentionSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** `PUT /api/workshops/:id/rooms/:roomId/attention` (docs/API.md, « Attention »); a field left out is left as it is. */
export interface AttentionRequest {
  /** what to put in the spotlight, or null to end it */
  focus?: { kind: FocusKind; id: string } | null;
  /** true: the room's views follow the caller's; false: nobody's */
  follow?: boolean;
}
