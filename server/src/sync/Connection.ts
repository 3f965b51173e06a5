import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '@essaim/shared';
import type { Identity } from '../auth/TokenService.js';

/** Above this many bytes waiting to be sent, the client is too slow to follow the room. */
const MAX_BUFFERED = 8 * 1024 * 1024;

/** One participant's socket in one room. */
export class Connection {
  /** awareness client ids this connection has announced (removed when it leaves) */
  readonly awarenessIds = new Set<number>();
  private closed = false;

  constructor(
    readonly socket: WebSocket,
    readonly identity: Identity,
  ) {
    socket.once('close', () => {
      this.closed = true;
    });
  }

  get participantId(): string {
    return this.identity.participantId;
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED) {
      this.close(CLOSE_CODES.TooSlow, 'too slow');
      return;
    }
    this.socket.send(message, (err) => {
      if (err) this.close(CLOSE_CODES.ServerError, 'send failed');
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }
}
