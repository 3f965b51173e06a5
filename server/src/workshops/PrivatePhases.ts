import * as Y from 'yjs';
import {
  boardMaps,
  draftsDocName,
  noteType,
  parseDocName,
  PRIVATE_QUESTION_MAX,
  readDraftCounts,
  readPeople,
  readPhases,
  revealOnBoard,
  roomDocName,
  workshopDocName,
  writeWorkshop,
  type DraftCounts,
  type Note,
  type PrivatePhase,
  type PrivatePhaseRequest,
  type PrivatePhaseResponse,
  type RevealRequest,
  type RevealResponse,
  type RoomPrivatePhase,
} from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import { cleanText } from '../http/cleanText.js';
import { encodeSnapshot } from '../storage/documentLog.js';
import type { RoomRecord } from '../storage/Storage.js';
import type { Room } from '../sync/Room.js';
import { SERVER_ORIGIN, type WorkshopService } from './WorkshopService.js';
import { orderedRooms, targetRooms } from './workshopRooms.js';

/** Times « Révéler » looks again for drafts documents when people joined a room while it loaded them. */
const REVEAL_TRIES = 3;

/**
 * Private writing, then « Révéler » (docs/API.md, « Private writing »). The phase of each room is
 * in the workshop document's `phases` map, the drafts in each person's drafts document
 * (`draftsDocName`), which only its author opens; the server counts them into `draftCounts`
 * (`RoomManager`) and, at the reveal, moves them onto the room's board in one synchronous step.
 */
export class PrivatePhases {
  constructor(
    private readonly service: WorkshopService,
    /** for `shuffle` */
    private readonly random: () => number = Math.random,
  ) {}

  async read(workshopId: string): Promise<PrivatePhaseResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    return this.service.rooms.withDoc(workshopDocName(workshopId), (room) => answer(rooms, room.doc));
  }

  /**
   * Starts private writing with `question` in the rooms named (none: every room, the plenary
   * included), as facilitator `by`; in a room where it is on already, only the question changes.
   */
  async start(workshopId: string, request: PrivatePhaseRequest, by: string): Promise<PrivatePhaseResponse> {
    const question = cleanText(request.question, PRIVATE_QUESTION_MAX);
    if (!question) throw new AppError('invalid_request', `Give the question the participants answer (1 to ${PRIVATE_QUESTION_MAX} characters).`);
    const rooms = await orderedRooms(this.service, workshopId);
    const targets = targetRooms(rooms, request.roomIds);
    return this.service.rooms.withDoc(workshopDocName(workshopId), (room) => {
      const now = Date.now();
      const phases = readPhases(room.doc);
      const changed: PrivatePhase[] = [];
      for (const roomId of targets) {
        const current = phases.get(roomId);
        if (current?.active && current.question === question) continue;
        changed.push(current?.active ? { ...current, question } : { roomId, active: true, question, startedAt: now, startedBy: by, revealedAt: null });
      }
      if (changed.length > 0) writeWorkshop(room.doc, { phases: changed }, SERVER_ORIGIN);
      return answer(rooms, room.doc);
    });
  }

  /**
   * « Révéler » in the rooms named (none: every room): ends each one's phase, writes every draft
   * of its people onto its board (`revealOnBoard`: one transaction, a draft already there is not
   * written again), empties their drafts and their counts — the workshop document, the boards and
   * every drafts document in one synchronous step, once all are loaded. `revealed`: notes written
   * on each board by this call.
   */
  async reveal(workshopId: string, request: RevealRequest, _by: string): Promise<RevealResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    const targets = targetRooms(rooms, request.roomIds);
    const manager = this.service.rooms;
    const workshopDoc = workshopDocName(workshopId);
    const boards = targets.map((roomId) => roomDocName(workshopId, roomId));
    let drafts = await manager.withDoc(workshopDoc, (room) => this.draftsDocs(workshopId, targets, room.doc));
    for (let attempt = 1; ; attempt++) {
      const names = [...drafts.keys()];
      const result = await manager.withDocs([workshopDoc, ...boards, ...names], ([workshop, ...docs]) => {
        const needed = this.draftsDocs(workshopId, targets, workshop!.doc);
        // someone joined a room while its documents loaded: load theirs too (their drafts wait for the next reveal past a few tries)
        if (attempt < REVEAL_TRIES && [...needed.keys()].some((name) => !drafts.has(name))) return needed;
        const byName = new Map(names.map((name, i) => [name, docs[boards.length + i]!]));
        const revealed = this.revealNow(workshop!, targets, docs.slice(0, boards.length), drafts, byName, request);
        return { ...answer(rooms, workshop!.doc), revealed };
      });
      if (!(result instanceof Map)) return result;
      drafts = new Map([...drafts, ...result]);
    }
  }

  /** The synchronous heart of `reveal`, with every document loaded. */
  private revealNow(
    workshop: Room,
    targets: readonly string[],
    boards: readonly Room[],
    drafts: ReadonlyMap<string, { roomId: string; participantId: string }>,
    byName: ReadonlyMap<string, Room>,
    request: RevealRequest,
  ): Record<string, number> {
    const now = Date.now();
    const phases = readPhases(workshop.doc);
    const revealed: Record<string, number> = {};
    const ended: PrivatePhase[] = [];
    const counts: Record<string, DraftCounts> = {};
    targets.forEach((roomId, index) => {
      const own = [...drafts].filter(([, ref]) => ref.roomId === roomId).map(([name, ref]) => ({ room: byName.get(name)!, ...ref }));
      const notes = own.flatMap(({ room, participantId }) => readDrafts(room.doc, participantId));
      const board = boards[index]!;
      const result = revealOnBoard(board.doc, notes, { order: request.order ?? 'author', now, random: this.random, ...this.roomOn(board) }, SERVER_ORIGIN);
      revealed[roomId] = result.written.length;
      // The board's change is made (so stored) before the drafts are emptied: a crash between them
      // loses nothing, the next reveal finds those drafts on the board. A draft is known by its
      // author and its id: two people's drafts may share an id.
      const onBoard = new Set(result.onBoard.map((d) => `${d.authorId}/${d.id}`));
      const left: DraftCounts = {};
      for (const { room, participantId } of own) {
        const map = boardMaps(room.doc).notes;
        const gone = [...map.keys()].filter((id) => onBoard.has(`${participantId}/${id}`));
        if (gone.length > 0) room.doc.transact(() => gone.forEach((id) => map.delete(id)), SERVER_ORIGIN);
        this.service.rooms.draftCounts.settled(room.name);
        if (map.size > 0) left[participantId] = map.size;
      }
      const phase = phases.get(roomId);
      if (phase && (phase.active || result.written.length > 0)) ended.push({ ...phase, active: false, revealedAt: now });
      if (own.length > 0 || readDraftCounts(workshop.doc).has(roomId)) counts[roomId] = left;
    });
    if (ended.length > 0 || Object.keys(counts).length > 0) writeWorkshop(workshop.doc, { phases: ended, draftCounts: counts }, SERVER_ORIGIN);
    return revealed;
  }

  /**
   * What the board may still take under the size limit its people's changes are held to
   * (`maxBoardBytes`, measured as compaction stores it): the drafts past it stay drafts.
   */
  private roomOn(board: Room): { maxBytes?: number } {
    const max = this.service.rooms.limits.maxBoardBytes;
    return max === 0 ? {} : { maxBytes: Math.max(0, max - encodeSnapshot(board.doc).byteLength) };
  }

  /**
   * The drafts documents of the rooms' people, by name: each person whose room it is, each one
   * counted there (a person moved away since), and each drafts document of the room open now.
   */
  private draftsDocs(workshopId: string, roomIds: readonly string[], workshopDoc: Y.Doc): Map<string, { roomId: string; participantId: string }> {
    const wanted = new Set(roomIds);
    const out = new Map<string, { roomId: string; participantId: string }>();
    const add = (roomId: string, participantId: string): void => {
      out.set(draftsDocName(workshopId, roomId, participantId), { roomId, participantId });
    };
    for (const person of readPeople(workshopDoc)) if (wanted.has(person.roomId)) add(person.roomId, person.id);
    for (const [roomId, counts] of readDraftCounts(workshopDoc)) if (wanted.has(roomId)) for (const id of Object.keys(counts)) add(roomId, id);
    for (const name of this.service.rooms.loadedNames()) {
      const ref = parseDocName(name);
      if (ref?.kind === 'drafts' && ref.workshopId === workshopId && wanted.has(ref.roomId)) add(ref.roomId, ref.participantId);
    }
    return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** A drafts document's notes, each as its type reads it and signed by the document's author (the guard let in nothing else). */
function readDrafts(doc: Y.Doc, participantId: string): Note[] {
  const notes: Note[] = [];
  for (const [id, value] of boardMaps(doc).notes.entries()) {
    const note = noteType.parse(value);
    if (note && note.id === id && note.authorId === participantId) notes.push(note);
  }
  return notes;
}

/** What the API says of every room's phase: never any text of a draft, only counts. */
function answer(rooms: readonly RoomRecord[], doc: Y.Doc): PrivatePhaseResponse {
  const phases = readPhases(doc);
  const counts = readDraftCounts(doc);
  const list: RoomPrivatePhase[] = rooms.map((r) => {
    const phase = phases.get(r.id);
    return { roomId: r.id, active: phase?.active ?? false, question: phase?.question ?? '', counts: counts.get(r.id) ?? {}, revealedAt: phase?.revealedAt ?? null };
  });
  const on = list.filter((r) => r.active);
  const all: DraftCounts = {};
  for (const room of on) for (const [id, n] of Object.entries(room.counts)) all[id] = (all[id] ?? 0) + n;
  return { active: on.length > 0, question: on[0]?.question ?? '', counts: all, rooms: list };
}
