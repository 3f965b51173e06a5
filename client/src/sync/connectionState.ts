import { closeCodeName, isPermanentClose, type CloseCodeName } from '@essaim/shared';

/** What the connection badge shows. */
export type ConnectionState = 'connected' | 'connecting' | 'offline';

export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

export interface ConnectionFacts {
  providerStatus: ProviderStatus;
  /** `navigator.onLine` and its events */
  online: boolean;
  /** close code of a permanent refusal by the server, if any */
  refusedCode: number | null;
}

export function connectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.refusedCode !== null || !facts.online) return 'offline';
  // a dropped socket is retried at once by the provider, so « disconnected » is really « reconnecting »
  return facts.providerStatus === 'connected' ? 'connected' : 'connecting';
}

export interface CloseNotice {
  /** i18n key of the message to show */
  key: string;
  /** stays on screen until acted on */
  permanent: boolean;
  /** what its button does: join again with the code (a refused token), reload the page (a client older than the board) */
  action: 'rejoin' | 'reload' | null;
}

// a refused change, a full board and a room change have their own flows (board reset, following the workshop)
const HANDLED_ELSEWHERE = new Set<CloseCodeName>(['GoingAway', 'RefusedChange', 'BoardFull', 'RoomChanged']);

/** The message for a close initiated by the server, or null for an ordinary drop. */
export function closeNotice(code: number): CloseNotice | null {
  const name: CloseCodeName | undefined = closeCodeName(code);
  if (!name || HANDLED_ELSEWHERE.has(name)) return null;
  const key = `sync.closed.${name}`;
  // the offline copy is kept: the new build sends what it holds once the page is reloaded
  if (name === 'SchemaOutdated') return { key, permanent: true, action: 'reload' };
  const permanent = isPermanentClose(code);
  return { key, permanent, action: permanent ? 'rejoin' : null };
}
