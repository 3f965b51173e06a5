import {
  BOARD_TEMPLATES,
  builtInTemplate,
  isEntryId,
  TEMPLATE_DESCRIPTION_MAX,
  TEMPLATE_NAME_MAX,
  type BoardTemplate,
  type TemplateContent,
  type TemplateInfo,
  type TemplateLanguage,
} from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import { cleanText } from '../http/cleanText.js';
import type { Storage, TemplateRecord, TemplateSummaryRecord } from '../storage/Storage.js';

/** A saved template as listed; cleaned again on the way out, for rows saved before names were cleaned of invisible characters. */
function savedInfo(record: TemplateSummaryRecord): TemplateInfo {
  return { id: record.id, name: cleanText(record.name, TEMPLATE_NAME_MAX), description: cleanText(record.description, TEMPLATE_DESCRIPTION_MAX), saved: true };
}

/** A saved template under the shape of a built-in one: its name is the facilitator's, in every language. */
function fromRecord(record: TemplateRecord): BoardTemplate {
  const { name, description } = savedInfo(record);
  return { id: record.id, name: { fr: name, en: name }, description: { fr: description, en: description }, content: JSON.parse(record.content) as TemplateContent };
}

/** The templates of this installation: the built-in data files of `shared/`, then those saved from boards. */
export class TemplateCatalog {
  constructor(private readonly storage: Storage) {}

  async list(lang: TemplateLanguage): Promise<TemplateInfo[]> {
    const builtIn = BOARD_TEMPLATES.map((t) => ({ id: t.id, name: t.name[lang], description: t.description[lang], saved: false }));
    const saved = (await this.storage.listTemplates()).map(savedInfo);
    return [...builtIn, ...saved];
  }

  /** The template with this id, or 400 `unknown_template`. */
  async find(id: unknown): Promise<BoardTemplate> {
    if (typeof id !== 'string') throw new AppError('invalid_request', 'The template must be given by its id, as text: { "template": "carte-des-besoins" }.');
    const template = await this.lookup(id);
    if (!template) {
      throw new AppError('unknown_template', `No template has the id "${id.slice(0, 64)}". GET /api/templates lists the templates of this server.`);
    }
    return template;
  }

  /**
   * What a room added to a running workshop starts with: the template the request names (400 if
   * unknown; null: blank), or else the workshop's own, if it still exists (a saved one may have
   * been deleted since: then blank, no error).
   */
  async forAddedRoom(requested: unknown, workshopTemplate: string | null): Promise<BoardTemplate | null> {
    if (requested === null) return null;
    if (requested !== undefined) return this.find(requested);
    return workshopTemplate === null ? null : this.lookup(workshopTemplate);
  }

  /** The templates workshop `workshopId` saved, oldest first: those its facilitators may delete. */
  async savedBy(workshopId: string): Promise<TemplateInfo[]> {
    return (await this.storage.listTemplates(workshopId)).map(savedInfo);
  }

  /**
   * Deletes a template workshop `workshopId` saved. Built-in ones are refused (400); one saved by
   * another workshop is answered like one that does not exist (404), so nothing tells who saved it.
   */
  async deleteSaved(workshopId: string, id: string): Promise<void> {
    if (builtInTemplate(id)) throw new AppError('invalid_request', `The template "${id}" is built in: built-in templates cannot be deleted.`);
    if (!(await this.storage.deleteTemplate(id, workshopId))) {
      throw new AppError('not_found', 'This workshop saved no template with this id. GET /api/workshops/:id/templates lists those it saved.');
    }
  }

  private async lookup(id: string): Promise<BoardTemplate | null> {
    const builtIn = builtInTemplate(id);
    if (builtIn) return builtIn;
    const record = isEntryId(id) ? await this.storage.getTemplate(id) : null;
    return record ? fromRecord(record) : null;
  }
}
