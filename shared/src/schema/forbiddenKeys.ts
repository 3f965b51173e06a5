/**
 * Names that reach an object's prototype when used as a key (`obj['__proto__'] = …` sets it):
 * refused as JSON keys in any update and as entry ids, so no decoded value can hide data there.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
