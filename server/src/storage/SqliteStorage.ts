import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AssignmentMode, Role } from '@essaim/shared';
import { MIGRATIONS, SQL } from './sqliteSchema.js';
import type {
  DotOutcome,
  DotRecord,
  ImportedWorkshop,
  ParticipantPatch,
  ParticipantRecord,
  RoomPatch,
  RoomRecord,
  Storage,
  StoredDocument,
  TemplateRecord,
  TemplateSummaryRecord,
  WorkshopPatch,
  WorkshopRecord,
} from './Storage.js';

type WorkshopRow = {
  id: string;
  title: string;
  joinCode: string;
  createdAt: number;
  assignment: string;
  plenaryOpen: number;
  facilitatorInvite: string | null;
  observerInvite: string | null;
  creatorId: string | null;
  templateId: string | null;
};
type RoomRow = { id: string; name: string; plenary: number; color: string; position: number; archived: number };
type ParticipantRow = Omit<ParticipantRecord, 'revoked'> & { revoked: number };

/**
 * The database holds the token signing key: only the server's user may read it. Created 0600
 * before SQLite opens it, so the WAL and shared-memory files SQLite makes beside it get the
 * same mode; an existing file from an older version is tightened too.
 */
function protectFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

const bytes = (buf: Buffer): Uint8Array => new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
const participantFromRow = (row: ParticipantRow): ParticipantRecord => ({ ...row, revoked: row.revoked !== 0 });
const participantParams = (p: ParticipantRecord) => ({ ...p, revoked: p.revoked ? 1 : 0 });

/** The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so every
 * append is on disk (in the WAL) before the promise resolves. */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  /** each statement compiled once, on first use: a query is then a bind and a step */
  private readonly statements = new Map<keyof typeof SQL, Database.Statement>();

  constructor(file: string, options: { synchronous?: 'NORMAL' | 'FULL' } = {}) {
    if (file !== ':memory:') protectFile(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL: a commit is in the WAL before `appendUpdate` resolves, so a process crash loses
    // nothing; FULL also syncs the WAL to disk at each commit, for power losses (docs/OPERATIONS.md).
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private sql(name: keyof typeof SQL): Database.Statement {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(SQL[name]);
      this.statements.set(name, statement);
    }
    return statement;
  }

  private migrate(): void {
    const done = this.db.pragma('user_version', { simple: true }) as number;
    for (let version = done; version < MIGRATIONS.length; version++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[version]!);
        this.db.pragma(`user_version = ${version + 1}`);
      })();
    }
  }

  async loadDocument(name: string): Promise<StoredDocument> {
    return this.db.transaction(() => {
      const snap = this.sql('snapshot').get(name) as { data: Buffer } | undefined;
      const rows = this.sql('updates').all(name) as { seq: number; data: Buffer }[];
      return {
        snapshot: snap ? bytes(snap.data) : null,
        updates: rows.map((r) => bytes(r.data)),
        lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0,
      };
    })();
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<number> {
    return Number(this.sql('append').run(name, update).lastInsertRowid);
  }

  async replaceWithSnapshot(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.sql('upsertSnapshot').run(name, snapshot, Date.now());
      this.sql('dropUpdates').run(name, upToSeq);
    })();
  }

  async createWorkshop(w: WorkshopRecord): Promise<void> {
    this.db.transaction(() => {
      this.sql('insertWorkshop').run(this.workshopParams(w));
      for (const room of w.rooms) this.insertRoom(w.id, room);
    })();
  }

  async importWorkshop({ workshop, people, rounds, documents }: ImportedWorkshop): Promise<void> {
    this.db.transaction(() => {
      this.sql('insertWorkshop').run(this.workshopParams(workshop));
      for (const room of workshop.rooms) this.insertRoom(workshop.id, room);
      for (const person of people) this.sql('insertParticipant').run(participantParams(person));
      for (const round of rounds) {
        this.sql('insertVoteRound').run(round.voteId, workshop.id, round.number, round.data);
        for (const d of round.dots) this.sql('insertDot').run(round.voteId, d.participantId, d.roomId, d.noteId, d.count);
      }
      for (const doc of documents) this.sql('append').run(doc.name, doc.update);
    })();
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    return this.withRooms(this.sql('workshopById').get(id) as WorkshopRow | undefined);
  }

  async findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null> {
    return this.withRooms(this.sql('workshopByCode').get(code) as WorkshopRow | undefined);
  }

  async findWorkshopByInvite(secret: string): Promise<{ workshop: WorkshopRecord; role: Role } | null> {
    const row = this.sql('workshopByInvite').get(secret, secret) as WorkshopRow | undefined;
    const workshop = this.withRooms(row);
    if (!row || !workshop) return null;
    return { workshop, role: row.facilitatorInvite === secret ? 'facilitator' : 'observer' };
  }

  async updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
    const current = await this.getWorkshop(id);
    if (!current) return;
    this.sql('updateWorkshop').run(this.workshopParams({ ...current, ...patch }));
  }

  async addRoom(workshopId: string, room: RoomRecord): Promise<void> {
    this.insertRoom(workshopId, room);
  }

  async updateRoom(workshopId: string, roomId: string, patch: RoomPatch): Promise<void> {
    const room = (await this.getWorkshop(workshopId))?.rooms.find((r) => r.id === roomId);
    if (!room) return;
    const next = { ...room, ...patch };
    this.sql('updateRoom').run(next.name, next.archived ? 1 : 0, workshopId, roomId);
  }

  async createParticipant(p: ParticipantRecord): Promise<void> {
    this.sql('insertParticipant').run(participantParams(p));
  }

  async getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | null> {
    const row = this.sql('participant').get(workshopId, id) as ParticipantRow | undefined;
    return row ? participantFromRow(row) : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return (this.sql('participants').all(workshopId) as ParticipantRow[]).map(participantFromRow);
  }

  async listEveryone(workshopId: string): Promise<ParticipantRecord[]> {
    return (this.sql('everyParticipant').all(workshopId) as ParticipantRow[]).map(participantFromRow);
  }

  async updateParticipant(workshopId: string, id: string, patch: ParticipantPatch): Promise<void> {
    const current = await this.getParticipant(workshopId, id);
    if (!current) return;
    this.sql('updateParticipant').run(participantParams({ ...current, ...patch }));
  }

  async saveTemplate(template: TemplateRecord, max: number): Promise<boolean> {
    return this.db.transaction(() => {
      if ((this.sql('countTemplates').get() as { n: number }).n >= max) return false;
      this.sql('insertTemplate').run(template);
      return true;
    })();
  }

  async getTemplate(id: string): Promise<TemplateRecord | null> {
    return (this.sql('template').get(id) as TemplateRecord | undefined) ?? null;
  }

  async listTemplates(workshopId?: string): Promise<TemplateSummaryRecord[]> {
    const rows = workshopId === undefined ? this.sql('templates').all() : this.sql('templatesOf').all(workshopId);
    return rows as TemplateSummaryRecord[];
  }

  async deleteTemplate(id: string, workshopId: string): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.sql('deleteTemplate').run(id, workshopId).changes === 0) return false;
      this.sql('forgetWorkshopTemplate').run(id);
      return true;
    })();
  }

  async listVoteRounds(workshopId: string): Promise<string[]> {
    return (this.sql('voteRounds').all(workshopId) as { data: string }[]).map((r) => r.data);
  }

  async insertVoteRound(workshopId: string, voteId: string, number: number, data: string, max: number): Promise<boolean> {
    return this.db.transaction(() => {
      const { n } = this.sql('countVoteRounds').get(workshopId) as { n: number };
      if (n >= max) return false;
      this.sql('insertVoteRound').run(voteId, workshopId, number, data);
      return true;
    })();
  }

  async updateVoteRound(workshopId: string, voteId: string, data: string): Promise<void> {
    this.sql('updateVoteRound').run(data, voteId, workshopId);
  }

  async listDots(voteId: string): Promise<DotRecord[]> {
    return this.sql('voteDots').all(voteId) as DotRecord[];
  }

  async tallies(voteId: string): Promise<{ noteId: string; roomId: string; count: number }[]> {
    return this.sql('tallies').all(voteId) as { noteId: string; roomId: string; count: number }[];
  }

  async votersByRoom(voteId: string): Promise<Record<string, number>> {
    return Object.fromEntries((this.sql('votersByRoom').all(voteId) as { roomId: string; n: number }[]).map((r) => [r.roomId, r.n]));
  }

  async personDots(voteId: string, participantId: string): Promise<DotRecord[]> {
    return (this.sql('personDots').all(voteId, participantId) as Omit<DotRecord, 'participantId'>[]).map((d) => ({ ...d, participantId }));
  }

  async changeDot(
    voteId: string,
    participantId: string,
    noteId: string,
    roomId: string,
    delta: 1 | -1,
    limits: { dotsPerPerson: number; maxPerNote: number },
  ): Promise<DotOutcome> {
    return this.db.transaction((): DotOutcome => {
      const on = (this.sql('dotOn').get(voteId, participantId, roomId, noteId) as { count: number } | undefined)?.count ?? 0;
      if (delta < 0) {
        if (on <= 0) return 'no_dot_here';
        this.sql('decrementDot').run(voteId, participantId, roomId, noteId);
        this.sql('deleteEmptyDot').run(voteId, participantId, roomId, noteId);
        return 'ok';
      }
      const { n } = this.sql('personDotTotal').get(voteId, participantId) as { n: number };
      if (n >= limits.dotsPerPerson) return 'no_dots_left';
      if (on >= limits.maxPerNote) return 'note_cap_reached';
      this.sql('upsertDot').run(voteId, participantId, roomId, noteId);
      return 'ok';
    })();
  }

  async dropDotsOn(voteId: string, notes: readonly { roomId: string; noteId: string }[]): Promise<number> {
    return this.db.transaction(() => {
      let dropped = 0;
      for (const { roomId, noteId } of notes) dropped += this.sql('deleteDotsOn').run(voteId, roomId, noteId).changes;
      return dropped;
    })();
  }

  async getOrCreateSecret(name: string, create: () => Uint8Array): Promise<Uint8Array> {
    this.sql('insertSecret').run(name, create());
    return bytes((this.sql('secret').get(name) as { value: Buffer }).value);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** A consistent copy of the whole database, taken while the server keeps writing. */
  async backup(destination: string): Promise<void> {
    await this.db.backup(destination);
  }

  private insertRoom(workshopId: string, r: RoomRecord): void {
    this.sql('insertRoom').run(workshopId, r.id, r.name, r.plenary ? 1 : 0, r.position, r.color, r.archived ? 1 : 0);
  }

  private workshopParams(w: WorkshopRecord) {
    return {
      id: w.id,
      title: w.title,
      joinCode: w.joinCode,
      createdAt: w.createdAt,
      assignment: w.assignment,
      plenaryOpen: w.plenaryOpen ? 1 : 0,
      facilitatorInvite: w.invites.facilitator,
      observerInvite: w.invites.observer,
      creatorId: w.creatorId,
      templateId: w.templateId,
    };
  }

  private withRooms(row: WorkshopRow | undefined): WorkshopRecord | null {
    if (!row) return null;
    const rooms = (this.sql('roomsOf').all(row.id) as RoomRow[]).map(
      (r): RoomRecord => ({ id: r.id, name: r.name, plenary: r.plenary !== 0, color: r.color, position: r.position, archived: r.archived !== 0 }),
    );
    return {
      id: row.id,
      title: row.title,
      joinCode: row.joinCode,
      createdAt: row.createdAt,
      assignment: (row.assignment === 'choice' ? 'choice' : 'balanced') as AssignmentMode,
      plenaryOpen: row.plenaryOpen !== 0,
      invites: { facilitator: row.facilitatorInvite ?? '', observer: row.observerInvite ?? '' },
      creatorId: row.creatorId,
      templateId: row.templateId,
      rooms,
    };
  }
}
