import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorKey } from './ApiError';

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
