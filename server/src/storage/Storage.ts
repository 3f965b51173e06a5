import type { AssignmentMode, Dot, Invites, Role, RoomInfo } from '@essaim/shared';

/** What is stored of one document: the last snapshot and the updates appended after it. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** sequence number of the last update in `updates` (0 when none) */
  lastSeq: number;
}

export interface RoomRecord extends RoomInfo {
  position: number;
  /** removed from the workshop; its board stays stored */
  archived: boolean;
}

export interface WorkshopRecord {
  id: string;
  title: string;
  joinCode: string;
  createdAt: number;
  assignment: AssignmentMode;
  plenaryOpen: boolean;
  invites: Invites;
  /** the facilitator who created the workshop: only they may remove themselves */
  creatorId: string | null;
  /** the template the workshop was created with: rooms added later start with it (null: blank) */
  templateId: string | null;
  /** every room, archived ones included, plenary first then by position */
  rooms: RoomRecord[];
}

export type WorkshopPatch = Partial<Pick<WorkshopRecord, 'title' | 'joinCode' | 'assignment' | 'plenaryOpen' | 'invites'>>;
export type RoomPatch = Partial<Pick<RoomRecord, 'name' | 'archived'>>;
export type ParticipantPatch = Partial<Pick<ParticipantRecord, 'name' | 'roomId' | 'revoked'>>;

export interface ParticipantRecord {
  workshopId: string;
  id: string;
  name: string;
  role: Role;
  roomId: string;
  createdAt: number;
  revoked: boolean;
}

/** A template a facilitator saved from a board, for every workshop of this installation. */
export interface TemplateRecord {
  id: string;
  name: string;
  description: string;
  /** the `TemplateContent` as JSON */
  content: string;
  createdAt: number;
  /** where it was saved from, and by whom */
  workshopId: string;
  createdBy: string;
}

export type TemplateSummaryRecord = Pick<TemplateRecord, 'id' | 'name' | 'description' | 'createdAt'>;

/** One person's dots on one note of one room's board in one vote round (the shared `Dot`). */
export type DotRecord = Dot;

/** What `importWorkshop` writes at once. */
export interface ImportedWorkshop {
  workshop: WorkshopRecord;
  people: ParticipantRecord[];
  rounds: { voteId: string; number: number; data: string; dots: DotRecord[] }[];
  /** new documents (the workshop's, its boards): each stored as its first update */
  documents: { name: string; update: Uint8Array }[];
}

/** What a dot asked for became: put (or taken back), or why not. */
export type DotOutcome = 'ok' | 'no_dots_left' | 'note_cap_reached' | 'no_dot_here';

/**
 * The one storage interface. Backends supply records and the document log; the Yjs
 * encode/apply logic lives once, in `documentLog.ts`.
 */
export interface Storage {
  /** Loads the snapshot and every update appended since it. */
  loadDocument(name: string): Promise<StoredDocument>;
  /** Appends one update durably and returns its sequence number. */
  appendUpdate(name: string, update: Uint8Array): Promise<number>;
  /** Stores `snapshot` and drops the updates it covers (sequence ≤ `upToSeq`), atomically. */
  replaceWithSnapshot(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;

  createWorkshop(workshop: WorkshopRecord): Promise<void>;
  /** A workshop read from a backup: its records, its people, its vote rounds and their dots, its documents, all in one transaction. */
  importWorkshop(imported: ImportedWorkshop): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null>;
  /** the workshop whose co-facilitator or observer invite this is, and the role it gives */
  findWorkshopByInvite(secret: string): Promise<{ workshop: WorkshopRecord; role: Role } | null>;
  updateWorkshop(id: string, patch: WorkshopPatch): Promise<void>;
  addRoom(workshopId: string, room: RoomRecord): Promise<void>;
  updateRoom(workshopId: string, roomId: string, patch: RoomPatch): Promise<void>;
  createParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | null>;
  /** every participant of the workshop that is not revoked, oldest first */
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  /** every participant the workshop ever had, removed ones included (the names its notes and votes show), oldest first */
  listEveryone(workshopId: string): Promise<ParticipantRecord[]>;
  updateParticipant(workshopId: string, id: string, patch: ParticipantPatch): Promise<void>;

  /** Stores a saved template unless `max` are stored already (counted and written at once); false when full. */
  saveTemplate(template: TemplateRecord, max: number): Promise<boolean>;
  getTemplate(id: string): Promise<TemplateRecord | null>;
  /** every saved template (or those saved from workshop `workshopId`), oldest first, without its content */
  listTemplates(workshopId?: string): Promise<TemplateSummaryRecord[]>;
  /** Deletes a template saved from workshop `workshopId`, and makes the workshops created with it forget it; false when there was none. */
  deleteTemplate(id: string, workshopId: string): Promise<boolean>;

  /** Every vote round of the workshop (its public view as JSON), in opening order. */
  listVoteRounds(workshopId: string): Promise<string[]>;
  /** Stores a new round unless the workshop has `max` already (counted and written at once); false when full. */
  insertVoteRound(workshopId: string, voteId: string, number: number, data: string, max: number): Promise<boolean>;
  updateVoteRound(workshopId: string, voteId: string, data: string): Promise<void>;
  /** Every dot of a round. */
  listDots(voteId: string): Promise<DotRecord[]>;
  /** Each room's note's dots in a round, summed by the database (unordered). */
  tallies(voteId: string): Promise<{ noteId: string; roomId: string; count: number }[]>;
  /** How many people have put a dot in each room of a round (counted by the database: one answer per dot stays cheap). */
  votersByRoom(voteId: string): Promise<Record<string, number>>;
  /** One person's dots in a round. */
  personDots(voteId: string, participantId: string): Promise<DotRecord[]>;
  /**
   * Puts one dot (`delta` 1) or takes one back (-1), the person's budget and the note's cap checked
   * and the dot written in one transaction: concurrent requests can never exceed them.
   */
  changeDot(voteId: string, participantId: string, noteId: string, roomId: string, delta: 1 | -1, limits: { dotsPerPerson: number; maxPerNote: number }): Promise<DotOutcome>;
  /** Gives back every dot on these notes of these rooms (deleted from their board); how many people's dots went back. */
  dropDotsOn(voteId: string, notes: readonly { roomId: string; noteId: string }[]): Promise<number>;

  /** A server-wide secret (the token signing key), created on first use. */
  getOrCreateSecret(name: string, create: () => Uint8Array): Promise<Uint8Array>;

  close(): Promise<void>;
}
