import { describe, expect, it } from 'vitest';
import { boardPath, dashboardPath, invitePath, matchRoute } from './matchRoute';

describe('matchRoute', () => {
  it('opens the home page at the root, with or without a trailing slash', () => {
    expect(matchRoute('/')).toEqual({ page: 'home' });
    expect(matchRoute('')).toEqual({ page: 'home' });
  });

  it('pre-fills a join code from a shared link, normalised as typed on a phone', () => {
    expect(matchRoute('/rejoindre/abc-d23')).toEqual({ page: 'home', code: 'ABCD23' });
    expect(matchRoute('/rejoindre/abc%20234/')).toEqual({ page: 'home', code: 'ABC234' });
    expect(matchRoute('/rejoindre')).toEqual({ page: 'home' });
  });

  it('opens a board by workshop id and round-trips with boardPath', () => {
    expect(matchRoute(boardPath('V1StGXR8_Z5j'))).toEqual({ page: 'board', workshopId: 'V1StGXR8_Z5j' });
  });

  it('opens the dashboard of a workshop and round-trips with dashboardPath', () => {
    expect(matchRoute(dashboardPath('V1StGXR8_Z5j'))).toEqual({ page: 'dashboard', workshopId: 'V1StGXR8_Z5j' });
    expect(matchRoute('/atelier/V1StGXR8_Z5j/tableau-de-bord/')).toEqual({ page: 'dashboard', workshopId: 'V1StGXR8_Z5j' });
    expect(matchRoute('/atelier/V1StGXR8_Z5j/salle')).toEqual({ page: 'notFound' });
  });

  it('opens an invite link with its secret', () => {
    expect(matchRoute(invitePath('s3cr3t_-X'))).toEqual({ page: 'invite', secret: 's3cr3t_-X' });
    expect(matchRoute('/inviter')).toEqual({ page: 'notFound' });
    expect(matchRoute('/inviter/a%20b')).toEqual({ page: 'notFound' });
  });

  it('opens the canvas bench page, its note count staying in the query', () => {
    expect(matchRoute('/banc-d-essai')).toEqual({ page: 'bench' });
    expect(matchRoute('/banc-d-essai/x')).toEqual({ page: 'notFound' });
  });

  it('refuses anything else', () => {
    expect(matchRoute('/atelier/')).toEqual({ page: 'notFound' });
    expect(matchRoute('/atelier/a/b')).toEqual({ page: 'notFound' });
    expect(matchRoute('/atelier/<script>')).toEqual({ page: 'notFound' });
    expect(matchRoute('/admin')).toEqual({ page: 'notFound' });
  });
});
