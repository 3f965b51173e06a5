import { nanoid } from 'nanoid';
import {
  boardIsEmpty,
  roomDocName,
  SAVED_TEMPLATES_MAX,
  solutionsParBesoin,
  TEMPLATE_LIMITS,
  templateFromBoard,
  templateOverLimit,
  type AppliedTemplate,
  type BoardTemplate,
  type TemplateInfo,
} from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import type { RoomRecord } from '../storage/Storage.js';
import type { WorkshopService } from './WorkshopService.js';

async function activeRoom(service: WorkshopService, workshopId: string, roomId: string): Promise<RoomRecord> {
  const room = (await service.workshop(workshopId)).rooms.find((r) => r.id === roomId && !r.archived);
  if (!room) throw new AppError('not_found', 'No such room in this workshop.');
  return room;
}

/**
 * A facilitator starts one room's board from a template; a board that holds anything is left as it
 * is (409) — but for `solutions-par-besoin` beside a needs map with priority needs (`needs` says which).
 */
export async function applyTemplateToRoom(
  service: WorkshopService,
  workshopId: string,
  roomId: string,
  template: BoardTemplate,
  by: string,
): Promise<AppliedTemplate> {
  const room = await activeRoom(service, workshopId, roomId);
  const written = await service.applyTemplate(workshopId, room.id, template, by);
  if (!written) {
    throw new AppError(
      'board_not_empty',
      template.id === solutionsParBesoin.id
        ? `The board of "${room.name}" is not empty and cannot take the solutions columns: they go only beside a needs map whose « 3 besoins prioritaires » zone holds notes, once, where the board has room left or right of it (notes all along the board, level with the map, leave none: move or delete some).`
        : `The board of "${room.name}" is not empty: a template only goes on an empty board, so that nothing written is lost.`,
    );
  }
  const { frames, labels, notes, links, needs } = written;
  const counts = { template: template.id, frames: frames.length, labels: labels.length, notes: notes.length, links: links.length };
  return needs ? { ...counts, needs } : counts;
}

const LIMIT_NAMES: Record<keyof typeof TEMPLATE_LIMITS, string> = {
  notes: `${TEMPLATE_LIMITS.notes} notes`,
  frames: `${TEMPLATE_LIMITS.frames} zones`,
  labels: `${TEMPLATE_LIMITS.labels} headings`,
  links: `${TEMPLATE_LIMITS.links} links`,
  groups: `${TEMPLATE_LIMITS.groups} clusters`,
  bytes: `${TEMPLATE_LIMITS.bytes / 1024} KiB of text`,
};

/** Saves the shape of a room's board (not its authors) as a template every workshop of this installation can start from. */
export async function saveRoomAsTemplate(
  service: WorkshopService,
  workshopId: string,
  roomId: string,
  input: { name: string; description: string },
  by: string,
): Promise<TemplateInfo> {
  const room = await activeRoom(service, workshopId, roomId);
  const content = await service.rooms.withDoc(roomDocName(workshopId, room.id), (r) => (boardIsEmpty(r.doc) ? null : templateFromBoard(r.doc)));
  if (!content) throw new AppError('invalid_request', `The board of "${room.name}" is empty: there is nothing to save as a template.`);
  const over = templateOverLimit(content);
  if (over) throw new AppError('template_too_large', `This board is too large to be a template: a template holds at most ${LIMIT_NAMES[over]}.`);
  const record = { id: nanoid(12), ...input, content: JSON.stringify(content), createdAt: Date.now(), workshopId, createdBy: by };
  if (!(await service.storage.saveTemplate(record, SAVED_TEMPLATES_MAX))) {
    throw new AppError('too_many_templates', `This server already keeps ${SAVED_TEMPLATES_MAX} saved templates, the most it may.`);
  }
  return { id: record.id, name: record.name, description: record.description, saved: true };
}
