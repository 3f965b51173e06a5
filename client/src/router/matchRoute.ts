import { JOIN_CODE_LENGTH, normalizeJoinCode } from '@essaim/shared';

export type Route =
  | { page: 'home'; code?: string }
  | { page: 'board'; workshopId: string }
  | { page: 'notFound' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** French paths, as people read and type them: `/rejoindre/ABC234`, `/atelier/<id>`. */
export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'rejoindre' && parts.length <= 2) {
    const code = normalizeJoinCode(parts[1] ?? '').slice(0, JOIN_CODE_LENGTH);
    return code ? { page: 'home', code } : { page: 'home' };
  }
  if (parts[0] === 'atelier' && parts.length === 2 && ID.test(parts[1]!)) return { page: 'board', workshopId: parts[1]! };
  return { page: 'notFound' };
}

export const boardPath = (workshopId: string) => `/atelier/${encodeURIComponent(workshopId)}`;
export const joinPath = (code: string) => `/rejoindre/${encodeURIComponent(code)}`;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
