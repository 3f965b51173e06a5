import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { FRAME_DEFAULTS, frameType, type Frame } from '../schema/Frame.js';

export type CreateFrameInput = Pick<Frame, 'id' | 'x' | 'y'> & Partial<Omit<Frame, 'id' | 'x' | 'y'>>;

/** Adds a zone (facilitators), completed with the defaults and brought within bounds; returns it. */
export function createFrame(doc: Y.Doc, input: CreateFrameInput): Frame {
  const frame = frameType.parse({ ...FRAME_DEFAULTS, ...input, x: Math.round(input.x), y: Math.round(input.y) });
  if (!frame) throw new Error('not a zone');
  doc.transact(() => boardMaps(doc).frames.set(frame.id, frame));
  return frame;
}
