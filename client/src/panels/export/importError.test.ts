import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import fr from '../../i18n/fr.json';
import { importProblem } from './importError';

describe('importProblem', () => {
  it('says the file is not a valid backup, with the server’s detail naming what is wrong', () => {
    const err = ApiError.fromResponse(400, { error: { code: 'invalid_backup', message: 'rooms[1].board.notes[3].text: expected a string' } });
    expect(importProblem(err)).toEqual({ key: 'errors.invalid_backup', detail: 'rooms[1].board.notes[3].text: expected a string' });
    expect(fr.errors.invalid_backup).toBe('Ce fichier n’est pas une sauvegarde Essaim valide.');
  });

  it('treats a body the server could not read as an invalid backup, without a made-up detail', () => {
    expect(importProblem(ApiError.fromResponse(400, '<html>'))).toEqual({ key: 'errors.invalid_backup', detail: null });
    expect(importProblem(ApiError.fromResponse(400, { error: { code: 'invalid_request', message: 'Body is not valid JSON' } }))?.detail).toBe('Body is not valid JSON');
  });

  it('has its own message for an oversized file, whatever body the proxy sent', () => {
    expect(importProblem(ApiError.fromResponse(413, { error: { code: 'payload_too_large', message: 'Too large' } }))).toEqual({ key: 'import.tooLarge', detail: null });
    expect(importProblem(ApiError.fromResponse(413, '<html>413</html>'))?.key).toBe('import.tooLarge');
  });

  it('leaves the other failures to the usual toast', () => {
    expect(importProblem(new ApiError('network', 0, 'Failed to fetch'))).toBeNull();
    expect(importProblem(ApiError.fromResponse(429, { error: { code: 'too_many_requests', message: 'Slow down' } }))).toBeNull();
    expect(importProblem(new TypeError('boom'))).toBeNull();
  });
});
