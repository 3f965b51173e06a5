import { CLOSE_CODES } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { closeNotice, connectionState } from './connectionState';

describe('connectionState', () => {
  it('is connected only when the socket is open and the browser online', () => {
    expect(connectionState({ providerStatus: 'connected', online: true, refusedCode: null })).toBe('connected');
    expect(connectionState({ providerStatus: 'connected', online: false, refusedCode: null })).toBe('offline');
  });

  it('shows a dropped socket as reconnecting', () => {
    expect(connectionState({ providerStatus: 'disconnected', online: true, refusedCode: null })).toBe('connecting');
    expect(connectionState({ providerStatus: 'connecting', online: true, refusedCode: null })).toBe('connecting');
  });

  it('is offline for good once the server refused the token, or told an outdated client to reload', () => {
    expect(connectionState({ providerStatus: 'connecting', online: true, refusedCode: CLOSE_CODES.Unauthorized })).toBe('offline');
    expect(connectionState({ providerStatus: 'disconnected', online: true, refusedCode: CLOSE_CODES.SchemaOutdated })).toBe('offline');
  });
});

describe('closeNotice', () => {
  it('marks refusals as permanent and faults as transient', () => {
    expect(closeNotice(CLOSE_CODES.Unauthorized)).toEqual({ key: 'sync.closed.Unauthorized', permanent: true, action: 'rejoin' });
    expect(closeNotice(CLOSE_CODES.UnknownDocument)?.permanent).toBe(true);
    expect(closeNotice(CLOSE_CODES.BadMessage)).toEqual({ key: 'sync.closed.BadMessage', permanent: false, action: null });
    expect(closeNotice(CLOSE_CODES.ServerError)?.permanent).toBe(false);
  });

  it('says nothing for a normal close or a restart', () => {
    expect(closeNotice(1000)).toBeNull();
    expect(closeNotice(1006)).toBeNull();
    expect(closeNotice(CLOSE_CODES.GoingAway)).toBeNull();
  });

  it('explains a rate limit and lets the provider reconnect', () => {
    expect(closeNotice(CLOSE_CODES.RateLimited)).toEqual({ key: 'sync.closed.RateLimited', permanent: false, action: null });
  });

  it('asks a client built for an older board schema to reload, and stays until it does', () => {
    expect(closeNotice(CLOSE_CODES.SchemaOutdated)).toEqual({ key: 'sync.closed.SchemaOutdated', permanent: true, action: 'reload' });
  });

  it('leaves a refused change, a full board and a room change to their own flows', () => {
    expect(closeNotice(CLOSE_CODES.RefusedChange)).toBeNull();
    expect(closeNotice(CLOSE_CODES.BoardFull)).toBeNull();
    expect(closeNotice(CLOSE_CODES.RoomChanged)).toBeNull();
  });
});
