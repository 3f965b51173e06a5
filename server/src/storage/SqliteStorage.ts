import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RoomInfo } from '@essaim/shared';
import type { ParticipantRecord, Storage, StoredDocument, WorkshopRecord } from './Storage.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, join_code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rooms (
  workshop_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, plenary INTEGER NOT NULL,
  position INTEGER NOT NULL, PRIMARY KEY (workshop_id, id)
);
CREATE TABLE IF NOT EXISTS participants (
  workshop_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
  room_id TEXT NOT NULL, created_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (workshop_id, id)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (doc TEXT PRIMARY KEY, data BLOB NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS doc_updates_doc ON doc_updates (doc, seq);
`;

const SQL = {
  snapshot: 'SELECT data FROM doc_snapshots WHERE doc = ?',
  updates: 'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
  append: 'INSERT INTO doc_updates (doc, data) VALUES (?, ?)',
  upsertSnapshot:
    'INSERT INTO doc_snapshots (doc, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
  dropUpdates: 'DELETE FROM doc_updates WHERE doc = ? AND seq <= ?',
  insertWorkshop: 'INSERT INTO workshops (id, title, join_code, created_at) VALUES (?, ?, ?, ?)',
  insertRoom: 'INSERT INTO rooms (workshop_id, id, name, plenary, position) VALUES (?, ?, ?, ?, ?)',
  workshopById: 'SELECT id, title, join_code AS joinCode, created_at AS createdAt FROM workshops WHERE id = ?',
  workshopByCode: 'SELECT id, title, join_code AS joinCode, created_at AS createdAt FROM workshops WHERE join_code = ?',
  roomsOf: 'SELECT id, name, plenary FROM rooms WHERE workshop_id = ? ORDER BY position',
  insertParticipant:
    'INSERT INTO participants (workshop_id, id, name, role, room_id, created_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?)',
  participant:
    'SELECT workshop_id AS workshopId, id, name, role, room_id AS roomId, created_at AS createdAt, revoked FROM participants WHERE workshop_id = ? AND id = ?',
  secret: 'SELECT value FROM secrets WHERE name = ?',
  insertSecret: 'INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)',
} as const;

type WorkshopRow = Omit<WorkshopRecord, 'rooms'>;
type RoomRow = { id: string; name: string; plenary: number };
type ParticipantRow = Omit<ParticipantRecord, 'revoked'> & { revoked: number };

const bytes = (buf: Buffer): Uint8Array => new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);

/** The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so every
 * append is on disk (in the WAL) before the promise resolves. */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  async loadDocument(name: string): Promise<StoredDocument> {
    return this.db.transaction(() => {
      const snap = this.db.prepare(SQL.snapshot).get(name) as { data: Buffer } | undefined;
      const rows = this.db.prepare(SQL.updates).all(name) as { seq: number; data: Buffer }[];
      return {
        snapshot: snap ? bytes(snap.data) : null,
        updates: rows.map((r) => bytes(r.data)),
        lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0,
      };
    })();
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<number> {
    return Number(this.db.prepare(SQL.append).run(name, update).lastInsertRowid);
  }

  async replaceWithSnapshot(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare(SQL.upsertSnapshot).run(name, snapshot, Date.now());
      this.db.prepare(SQL.dropUpdates).run(name, upToSeq);
    })();
  }

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare(SQL.insertWorkshop).run(w.id, w.title, w.joinCode, w.createdAt);
      w.rooms.forEach((r, i) => this.db.prepare(SQL.insertRoom).run(w.id, r.id, r.name, r.plenary ? 1 : 0, i));
    })();
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    return this.withRooms(this.db.prepare(SQL.workshopById).get(id) as WorkshopRow | undefined);
  }

  async findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null> {
    return this.withRooms(this.db.prepare(SQL.workshopByCode).get(code) as WorkshopRow | undefined);
  }

  async createParticipant(p: ParticipantRecord): Promise<void> {
    this.db.prepare(SQL.insertParticipant).run(p.workshopId, p.id, p.name, p.role, p.roomId, p.createdAt, p.revoked ? 1 : 0);
  }

  async getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | null> {
    const row = this.db.prepare(SQL.participant).get(workshopId, id) as ParticipantRow | undefined;
    return row ? { ...row, revoked: row.revoked !== 0 } : null;
  }

  async getOrCreateSecret(name: string, create: () => Uint8Array): Promise<Uint8Array> {
    this.db.prepare(SQL.insertSecret).run(name, create());
    return bytes((this.db.prepare(SQL.secret).get(name) as { value: Buffer }).value);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private withRooms(row: WorkshopRow | undefined): WorkshopRecord | null {
    if (!row) return null;
    const rooms = (this.db.prepare(SQL.roomsOf).all(row.id) as RoomRow[]).map(
      (r): RoomInfo => ({ id: r.id, name: r.name, plenary: r.plenary !== 0 }),
    );
    return { ...row, rooms };
  }
}
