/**
 * WebSocket close codes the sync server uses, one table for server and client.
 * `permanent` codes mean "do not reconnect with the same credentials".
 */
export const CLOSE_CODES = {
  /** server shutting down or restarting; reconnect */
  GoingAway: 1001,
  /** policy violation: this connection sent updates or presence faster than a person can (see the rate limits) */
  RateLimited: 1008,
  /** frame larger than the server accepts (sent by ws itself) */
  MessageTooBig: 1009,
  /** a frame that is not a valid y-websocket message, or a malformed Yjs/awareness update */
  BadMessage: 4400,
  /** missing, malformed, expired or revoked token */
  Unauthorized: 4401,
  /** the token is valid but does not give access to this document */
  Forbidden: 4403,
  /** no such workshop or room */
  UnknownDocument: 4404,
  /** a change this client sent was refused (rights, lock, malformed entry): drop the local copy and resync */
  RefusedChange: 4409,
  /** the board reached its size limit: nothing more can be added (deleting notes still works) */
  BoardFull: 4413,
  /** this client was built for an older board schema: reload the page (its offline copy keeps what it did not send); not reconnected */
  SchemaOutdated: 4426,
  /** this participant no longer has this room (moved, plenary closed, room removed): follow the workshop */
  RoomChanged: 4410,
  /** this person already has as many sockets open as one person may (a few tabs); close one */
  TooManySockets: 4429,
  /** the client cannot keep up with the room's traffic */
  TooSlow: 4408,
  /** an unexpected server fault while handling this connection */
  ServerError: 4500,
} as const;

export type CloseCodeName = keyof typeof CLOSE_CODES;

const PERMANENT = new Set<number>([CLOSE_CODES.Unauthorized, CLOSE_CODES.Forbidden, CLOSE_CODES.UnknownDocument]);

export function isPermanentClose(code: number): boolean {
  return PERMANENT.has(code);
}

export function closeCodeName(code: number): CloseCodeName | undefined {
  return (Object.keys(CLOSE_CODES) as CloseCodeName[]).find((name) => CLOSE_CODES[name] === code);
}
