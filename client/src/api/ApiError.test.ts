import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { ApiError, apiErrorKey, apiErrorValues } from './ApiError';

describe('ApiError.fromResponse', () => {
  it('keeps a known code and the server message', () => {
    const err = ApiError.fromResponse(404, { error: { code: 'unknown_code', message: 'No workshop' } });
    expect(err.code).toBe('unknown_code');
    expect(err.status).toBe(404);
    expect(apiErrorKey(err)).toBe('errors.unknown_code');
  });

  it('falls back to the generic message for an unknown code or a non-JSON body', () => {
    expect(apiErrorKey(ApiError.fromResponse(418, { error: { code: 'teapot' } }))).toBe('errors.generic');
    expect(apiErrorKey(ApiError.fromResponse(502, '<html>Bad gateway</html>'))).toBe('errors.generic');
    expect(apiErrorKey(new TypeError('boom'))).toBe('errors.generic');
  });

  it('has its own message when the server could not be reached', () => {
    expect(apiErrorKey(new ApiError('network', 0, 'Failed to fetch'))).toBe('errors.network');
  });
});

describe('too many attempts', () => {
  it('carries the wait the server sent in Retry-After, for « réessayez dans N s »', () => {
    const err = ApiError.fromResponse(429, { error: { code: 'too_many_attempts', message: 'Too many attempts; try again in 42 s.' } }, '42');
    expect(apiErrorKey(err)).toBe('errors.too_many_attempts');
    expect(err.retryAfter).toBe(42);
    expect(apiErrorValues(err)).toEqual({ seconds: 42 });
    expect(fr.errors.too_many_attempts.replace('{{seconds}}', '42')).toBe('Trop d’essais, réessayez dans 42\u00a0s.');
    expect(en.errors.too_many_attempts).toContain('{{seconds}}');
  });

  it('says a minute when the server gave no usable wait', () => {
    expect(apiErrorValues(ApiError.fromResponse(429, {}, null))).toEqual({ seconds: 60 });
    expect(apiErrorValues(ApiError.fromResponse(429, {}, 'Wed, 21 Oct 2015 07:28:00 GMT'))).toEqual({ seconds: 60 });
    expect(apiErrorValues(new TypeError('boom'))).toEqual({ seconds: 60 });
  });
});
