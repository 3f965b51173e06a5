import { JOIN_CODE_LENGTH, normalizeJoinCode } from '@essaim/shared';

export type Route =
  | { page: 'home'; code?: string }
  | { page: 'board'; workshopId: string }
  | { page: 'dashboard'; workshopId: string }
  | { page: 'invite'; secret: string }
  /** the canvas benchmark's local board (`?notes=N`), see `bench/BenchPage` */
  | { page: 'bench' }
  | { page: 'notFound' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECRET = /^[A-Za-z0-9_-]{1,128}$/;
export const DASHBOARD_SEGMENT = 'tableau-de-bord';
export const BENCH_PATH = '/banc-d-essai';

/**
 * French paths, as people read and type them: `/rejoindre/ABC234`, `/atelier/<id>`,
 * `/atelier/<id>/tableau-de-bord`, `/inviter/<secret>`.
 */
export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'rejoindre' && parts.length <= 2) {
    const code = normalizeJoinCode(parts[1] ?? '').slice(0, JOIN_CODE_LENGTH);
    return code ? { page: 'home', code } : { page: 'home' };
  }
  if (parts[0] === 'atelier' && ID.test(parts[1] ?? '')) {
    if (parts.length === 2) return { page: 'board', workshopId: parts[1]! };
    if (parts.length === 3 && parts[2] === DASHBOARD_SEGMENT) return { page: 'dashboard', workshopId: parts[1]! };
  }
  if (parts[0] === BENCH_PATH.slice(1) && parts.length === 1) return { page: 'bench' };
  if (parts[0] === 'inviter' && parts.length === 2 && SECRET.test(parts[1]!)) return { page: 'invite', secret: parts[1]! };
  return { page: 'notFound' };
}

export const boardPath = (workshopId: string) => `/atelier/${encodeURIComponent(workshopId)}`;
export const dashboardPath = (workshopId: string) => `${boardPath(workshopId)}/${DASHBOARD_SEGMENT}`;
export const joinPath = (code: string) => `/rejoindre/${encodeURIComponent(code)}`;
export const invitePath = (secret: string) => `/inviter/${encodeURIComponent(secret)}`;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
