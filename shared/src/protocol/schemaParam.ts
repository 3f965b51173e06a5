/**
 * The query parameter in which a client declares the board schema it was built for:
 * `/sync/<docName>?token=<token>&schema=<SCHEMA_VERSION>`. A client that declares none (a
 * standard Yjs client) is taken for a current one: its writes are judged like everyone's.
 */
export const SCHEMA_PARAM = 'schema';

/** What the parameter may hold: a version number, digits only, no leading zero. */
export const SCHEMA_PARAM_PATTERN = /^[1-9][0-9]{0,5}$/;

/** The version a client declared, or null when it declared none or something that is not a version. */
export function declaredSchema(value: unknown): number | null {
  return typeof value === 'string' && SCHEMA_PARAM_PATTERN.test(value) ? Number(value) : null;
}
