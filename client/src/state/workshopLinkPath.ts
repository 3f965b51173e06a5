import { matchRoute } from '../router/matchRoute';
import { tokenFromHash } from './facilitatorLink';

/**
 * The path (and fragment) of a pasted facilitator link (`…/atelier/<id>#jeton=…`) or invitation
 * link (`…/inviter/<secret>`), to open on this server whatever address the link was copied
 * from; null for anything else.
 */
export function workshopLinkPath(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const route = matchRoute(url.pathname);
  if (route.page === 'invite') return url.pathname;
  if ((route.page === 'board' || route.page === 'dashboard') && tokenFromHash(url.hash)) return url.pathname + url.hash;
  return null;
}
