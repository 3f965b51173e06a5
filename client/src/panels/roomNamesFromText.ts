import { MAX_BREAKOUT_ROOMS, ROOM_NAME_MAX } from '@essaim/shared';

/**
 * Room names typed « un nom par ligne »: trimmed, blank lines skipped, each cut to the
 * server's limit, at most `count` of them (the others are named « Salle N » by the server).
 */
export function roomNamesFromText(text: string, count: number): string[] {
  const limit = Math.max(0, Math.min(MAX_BREAKOUT_ROOMS, count));
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim().slice(0, ROOM_NAME_MAX))
    .filter(Boolean)
    .slice(0, limit);
}

/** The number of breakout rooms from a typed value: a whole number from 0 to 24. */
export function clampRoomCount(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MAX_BREAKOUT_ROOMS, Math.max(0, Math.round(value)));
}
