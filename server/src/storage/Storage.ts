import type { RoomInfo, Role } from '@essaim/shared';

/** What is stored of one document: the last snapshot and the updates appended after it. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** sequence number of the last update in `updates` (0 when none) */
  lastSeq: number;
}

export interface WorkshopRecord {
  id: string;
  title: string;
  joinCode: string;
  createdAt: number;
  rooms: RoomInfo[];
}

export interface ParticipantRecord {
  workshopId: string;
  id: string;
  name: string;
  role: Role;
  roomId: string;
  createdAt: number;
  revoked: boolean;
}

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
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null>;
  createParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(workshopId: string, id: string): Promise<ParticipantRecord | null>;

  /** A server-wide secret (the token signing key), created on first use. */
  getOrCreateSecret(name: string, create: () => Uint8Array): Promise<Uint8Array>;

  close(): Promise<void>;
}
