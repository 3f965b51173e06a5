import { boardPath } from '../router/matchRoute';

/**
 * The facilitator's own link, `…/atelier/<id>#jeton=<token>`: the token sits in the fragment,
 * which browsers never send to servers or put in Referer headers.
 */
export function facilitatorLink(origin: string, workshopId: string, token: string): string {
  return `${origin}${boardPath(workshopId)}#jeton=${encodeURIComponent(token)}`;
}

/** The token of a facilitator link's fragment, or null. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('jeton');
  return token ? token : null;
}
