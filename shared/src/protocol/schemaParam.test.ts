import { describe, expect, it } from 'vitest';
import { declaredSchema } from './schemaParam.js';

describe('declaredSchema', () => {
  it('reads a version number', () => {
    expect(declaredSchema('3')).toBe(3);
    expect(declaredSchema('12')).toBe(12);
  });

  it('reads anything else as no declaration', () => {
    for (const value of [undefined, '', '0', '03', '-1', '2.5', '1e3', ' 3', '3 ', '9999999', ['3'], 3]) expect(declaredSchema(value), String(value)).toBeNull();
  });
});
