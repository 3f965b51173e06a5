import {
  BOARD_TEMPLATES,
  builtInTemplate,
  isEntryId,
  type BoardTemplate,
  type TemplateContent,
  type TemplateInfo,
  type TemplateLanguage,
} from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import type { Storage, TemplateRecord } from '../storage/Storage.js';

/** A saved template under the shape of a built-in one: its name is the facilitator's, in every language. */
function fromRecord(record: TemplateRecord): BoardTemplate {
  return {
    id: record.id,
    name: { fr: record.name, en: record.name },
    description: { fr: record.description, en: record.description },
    content: JSON.parse(record.content) as TemplateContent,
  };
}

/** The templates of this installation: the built-in data files of `shared/`, then those saved from boards. */
export class TemplateCatalog {
  constructor(private readonly storage: Storage) {}

  async list(lang: TemplateLanguage): Promise<TemplateInfo[]> {
    const builtIn = BOARD_TEMPLATES.map((t) => ({ id: t.id, name: t.name[lang], description: t.description[lang], saved: false }));
    const saved = (await this.storage.listTemplates()).map((t) => ({ id: t.id, name: t.name, description: t.description, saved: true }));
    return [...builtIn, ...saved];
  }

  /** The template with this id, or 400 `unknown_template`. */
  async find(id: unknown): Promise<BoardTemplate> {
    if (typeof id !== 'string') throw new AppError('invalid_request', 'The template must be given by its id, as text: { "template": "carte-des-besoins" }.');
    const builtIn = builtInTemplate(id);
    if (builtIn) return builtIn;
    const record = isEntryId(id) ? await this.storage.getTemplate(id) : null;
    if (!record) {
      throw new AppError('unknown_template', `No template has the id "${id.slice(0, 64)}". GET /api/templates lists the templates of this server.`);
    }
    return fromRecord(record);
  }
}
