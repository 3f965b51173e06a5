import type { z } from 'zod';
import { sameJson } from './sameJson.js';

/** One step of an entry's history: brings a value stored under an older board schema to version `to`. */
export interface EntryMigration {
  to: number;
  /** the value as stored, and its key; returns the value to store (or the same one) */
  up(value: unknown, key: string): unknown;
}

/** What every entry type of the board has: a reader that repairs, a strict validator, its migrations. */
export interface EntryType<T> {
  /** Reads an entry any client wrote: a well-formed value (out-of-range fields brought back, bad optional ones dropped), or null. */
  parse(value: unknown): T | null;
  /** The entry exactly as the schema wants it, under its own id: reading it changes nothing. Else null. */
  validate(key: string, value: unknown): T | null;
  /** in order of `to`; a board of version v gets every step with `to > v` */
  migrations: readonly EntryMigration[];
}

/** Keys whose value is `undefined` go: Yjs stores JSON, and the server refuses `undefined`. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function entryType<T extends { id: string }>(schema: z.ZodType, migrations: readonly EntryMigration[]): EntryType<T> {
  const parse = (value: unknown): T | null => {
    const result = schema.safeParse(value);
    return result.success ? withoutUndefined(result.data as T) : null;
  };
  return {
    parse,
    validate(key, value) {
      const entry = parse(value);
      return entry && entry.id === key && sameJson(entry, value) ? entry : null;
    },
    migrations,
  };
}

/** The value an entry stored under board schema `from` has under the current one. */
export function migrateEntry(type: { migrations: readonly EntryMigration[] }, value: unknown, key: string, from: number): unknown {
  let current = value;
  for (const step of type.migrations) if (step.to > from) current = step.up(current, key);
  return current;
}

/** A migration that repairs what it can read, with the entry's key as its id when it has none; leaves the rest as it is. */
export function repairStep<T>(to: number, type: Pick<EntryType<T>, 'parse'>): EntryMigration {
  return {
    to,
    up(value, key) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return type.parse({ ...value, id: key }) ?? value;
    },
  };
}
