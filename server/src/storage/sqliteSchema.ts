/**
 * The SQLite schema as numbered migrations (`PRAGMA user_version` says how many ran), and every
 * statement `SqliteStorage` runs, as constants.
 */
export const MIGRATIONS: readonly string[] = [
  `
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
  `,
  `
  ALTER TABLE workshops ADD COLUMN assignment TEXT NOT NULL DEFAULT 'balanced';
  ALTER TABLE workshops ADD COLUMN plenary_open INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE workshops ADD COLUMN facilitator_invite TEXT;
  ALTER TABLE workshops ADD COLUMN observer_invite TEXT;
  CREATE UNIQUE INDEX workshops_facilitator_invite ON workshops (facilitator_invite);
  CREATE UNIQUE INDEX workshops_observer_invite ON workshops (observer_invite);
  ALTER TABLE rooms ADD COLUMN color TEXT NOT NULL DEFAULT '#374151';
  ALTER TABLE rooms ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX participants_room ON participants (workshop_id, room_id);
  `,
  // The creator, whom co-facilitators cannot remove: for older workshops, their first facilitator.
  `
  ALTER TABLE workshops ADD COLUMN creator_id TEXT;
  UPDATE workshops SET creator_id = (
    SELECT p.id FROM participants p WHERE p.workshop_id = workshops.id AND p.role = 'facilitator' ORDER BY p.created_at, p.rowid LIMIT 1
  );
  `,
  // Templates saved from a board by a facilitator, for every workshop of this installation.
  `
  CREATE TABLE templates (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, content TEXT NOT NULL,
    created_at INTEGER NOT NULL, workshop_id TEXT NOT NULL, created_by TEXT NOT NULL
  );
  CREATE INDEX templates_created ON templates (created_at);
  `,
  // The template a workshop was created with, for the rooms added to it later (older workshops: none).
  `
  ALTER TABLE workshops ADD COLUMN template_id TEXT;
  `,
  // Dot voting: each round (its public view as JSON) and every person's dots, decided in transactions.
  `
  CREATE TABLE vote_rounds (
    id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL, number INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX vote_rounds_workshop ON vote_rounds (workshop_id, number);
  CREATE TABLE vote_dots (
    vote_id TEXT NOT NULL, participant_id TEXT NOT NULL, note_id TEXT NOT NULL, room_id TEXT NOT NULL,
    count INTEGER NOT NULL, PRIMARY KEY (vote_id, participant_id, room_id, note_id)
  );
  `,
];

const WORKSHOP_COLUMNS = `id, title, join_code AS joinCode, created_at AS createdAt, assignment,
  plenary_open AS plenaryOpen, facilitator_invite AS facilitatorInvite, observer_invite AS observerInvite, creator_id AS creatorId,
  template_id AS templateId`;
const PARTICIPANT_COLUMNS = `workshop_id AS workshopId, id, name, role, room_id AS roomId, created_at AS createdAt, revoked`;

export const SQL = {
  snapshot: 'SELECT data FROM doc_snapshots WHERE doc = ?',
  updates: 'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
  append: 'INSERT INTO doc_updates (doc, data) VALUES (?, ?)',
  upsertSnapshot:
    'INSERT INTO doc_snapshots (doc, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
  dropUpdates: 'DELETE FROM doc_updates WHERE doc = ? AND seq <= ?',
  insertWorkshop: `INSERT INTO workshops (id, title, join_code, created_at, assignment, plenary_open, facilitator_invite, observer_invite, creator_id, template_id)
    VALUES (@id, @title, @joinCode, @createdAt, @assignment, @plenaryOpen, @facilitatorInvite, @observerInvite, @creatorId, @templateId)`,
  updateWorkshop: `UPDATE workshops SET title = @title, join_code = @joinCode, assignment = @assignment, plenary_open = @plenaryOpen,
    facilitator_invite = @facilitatorInvite, observer_invite = @observerInvite WHERE id = @id`,
  insertRoom: 'INSERT INTO rooms (workshop_id, id, name, plenary, position, color, archived) VALUES (?, ?, ?, ?, ?, ?, ?)',
  updateRoom: 'UPDATE rooms SET name = ?, archived = ? WHERE workshop_id = ? AND id = ?',
  workshopById: `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`,
  workshopByCode: `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ?`,
  workshopByInvite: `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE facilitator_invite = ? OR observer_invite = ?`,
  roomsOf: 'SELECT id, name, plenary, color, position, archived FROM rooms WHERE workshop_id = ? ORDER BY plenary DESC, position',
  insertParticipant: `INSERT INTO participants (workshop_id, id, name, role, room_id, created_at, revoked)
    VALUES (@workshopId, @id, @name, @role, @roomId, @createdAt, @revoked)`,
  updateParticipant: 'UPDATE participants SET name = @name, room_id = @roomId, revoked = @revoked WHERE workshop_id = @workshopId AND id = @id',
  participant: `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = ? AND id = ?`,
  participants: `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = ? AND revoked = 0 ORDER BY created_at, id`,
  everyParticipant: `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = ? ORDER BY created_at, id`,
  countTemplates: 'SELECT COUNT(*) AS n FROM templates',
  insertTemplate: `INSERT INTO templates (id, name, description, content, created_at, workshop_id, created_by)
    VALUES (@id, @name, @description, @content, @createdAt, @workshopId, @createdBy)`,
  template: `SELECT id, name, description, content, created_at AS createdAt, workshop_id AS workshopId, created_by AS createdBy
    FROM templates WHERE id = ?`,
  templates: 'SELECT id, name, description, created_at AS createdAt FROM templates ORDER BY created_at, id',
  templatesOf: 'SELECT id, name, description, created_at AS createdAt FROM templates WHERE workshop_id = ? ORDER BY created_at, id',
  deleteTemplate: 'DELETE FROM templates WHERE id = ? AND workshop_id = ?',
  forgetWorkshopTemplate: 'UPDATE workshops SET template_id = NULL WHERE template_id = ?',
  insertVoteRound: 'INSERT INTO vote_rounds (id, workshop_id, number, data) VALUES (?, ?, ?, ?)',
  updateVoteRound: 'UPDATE vote_rounds SET data = ? WHERE id = ? AND workshop_id = ?',
  voteRounds: 'SELECT data FROM vote_rounds WHERE workshop_id = ? ORDER BY number',
  countVoteRounds: 'SELECT COUNT(*) AS n FROM vote_rounds WHERE workshop_id = ?',
  voteDots: 'SELECT participant_id AS participantId, note_id AS noteId, room_id AS roomId, count FROM vote_dots WHERE vote_id = ?',
  tallies: 'SELECT note_id AS noteId, room_id AS roomId, SUM(count) AS count FROM vote_dots WHERE vote_id = ? GROUP BY room_id, note_id',
  votersByRoom: 'SELECT room_id AS roomId, COUNT(DISTINCT participant_id) AS n FROM vote_dots WHERE vote_id = ? GROUP BY room_id',
  personDots: 'SELECT note_id AS noteId, room_id AS roomId, count FROM vote_dots WHERE vote_id = ? AND participant_id = ?',
  personDotTotal: 'SELECT COALESCE(SUM(count), 0) AS n FROM vote_dots WHERE vote_id = ? AND participant_id = ?',
  dotOn: 'SELECT count FROM vote_dots WHERE vote_id = ? AND participant_id = ? AND room_id = ? AND note_id = ?',
  upsertDot: `INSERT INTO vote_dots (vote_id, participant_id, room_id, note_id, count) VALUES (?, ?, ?, ?, 1)
    ON CONFLICT (vote_id, participant_id, room_id, note_id) DO UPDATE SET count = count + 1`,
  insertDot: 'INSERT INTO vote_dots (vote_id, participant_id, room_id, note_id, count) VALUES (?, ?, ?, ?, ?)',
  decrementDot: 'UPDATE vote_dots SET count = count - 1 WHERE vote_id = ? AND participant_id = ? AND room_id = ? AND note_id = ?',
  deleteEmptyDot: 'DELETE FROM vote_dots WHERE vote_id = ? AND participant_id = ? AND room_id = ? AND note_id = ? AND count <= 0',
  deleteDotsOn: 'DELETE FROM vote_dots WHERE vote_id = ? AND room_id = ? AND note_id = ?',
  secret: 'SELECT value FROM secrets WHERE name = ?',
  insertSecret: 'INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)',
} as const;
