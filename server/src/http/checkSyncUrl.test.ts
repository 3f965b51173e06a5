import { describe, expect, it } from 'vitest';
import { syncUrlProblem } from './checkSyncUrl.js';

const path = '/sync/w/abc/r/def';

describe('syncUrlProblem', () => {
  it('accepts no query, one token, and one token with one schema version in either order', () => {
    for (const query of ['', '?token=t.k.n', '?token=t&schema=3', '?schema=12&token=t', '?%74oken=t&%73chema=3']) {
      expect(syncUrlProblem(path + query), query).toBeNull();
    }
  });

  it('refuses a token anywhere else, two of anything, other parameters and a schema that is not a plain version', () => {
    const refused = [
      '#token=t',
      '?token=t#x',
      '??token=t',
      '?token[]=t',
      '?&amp;token=t',
      '?token=t&token=u',
      '?token=t&',
      '?schema=3',
      '?token=t&schema=3&schema=3',
      '?token=t&schema=03',
      '?token=t&schema=%33',
      '?token=t&schema=3.1',
      '?token=t&schema=',
      '?token=t&schema',
      '?token=t&x=1',
      '?schema=3&x=1&token=t',
    ];
    for (const query of refused) expect(syncUrlProblem(path + query), query).not.toBeNull();
  });
});
