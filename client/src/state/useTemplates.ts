import type { TemplateInfo } from '@essaim/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../api/adminApi';
import { workshopApi } from '../api/workshopApi';

/** A workshop this browser facilitates: the templates it saved are its to delete. */
export interface TemplateOwner {
  workshopId: string;
  token: string;
}

export interface TemplatesState {
  /** null while loading, or when the list could not be had */
  templates: readonly TemplateInfo[] | null;
  failed: boolean;
  /** saved templates one of the `owners` saved, and which one */
  deletable: ReadonlyMap<string, TemplateOwner>;
  /** fetches everything again (after a template was deleted) */
  reload: () => void;
}

const NO_OWNERS: readonly TemplateOwner[] = [];

/** The templates each owner saved; an owner whose session is gone or whose server refuses counts as none. */
async function savedByOwners(owners: readonly TemplateOwner[]): Promise<Map<string, TemplateOwner>> {
  const lists = await Promise.all(owners.map((owner) => adminApi(owner.workshopId, owner.token).savedTemplates().catch(() => [])));
  return new Map(lists.flatMap((list, i) => list.map((tpl) => [tpl.id, owners[i]!] as const)));
}

/**
 * The server's board templates, named in the interface's language, and those of them the
 * `owners` (workshops this browser facilitates) may delete; fetched again when the language changes.
 */
export function useTemplates(owners: readonly TemplateOwner[] = NO_OWNERS): TemplatesState {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [loads, setLoads] = useState(0);
  const [state, setState] = useState<Omit<TemplatesState, 'reload'>>({ templates: null, failed: false, deletable: new Map() });
  const ownersKey = owners.map((o) => `${o.workshopId}:${o.token}`).join(' ');
  useEffect(() => {
    let current = true;
    Promise.all([workshopApi.templates(language), savedByOwners(owners)]).then(
      ([templates, deletable]) => current && setState({ templates, failed: false, deletable }),
      () => current && setState({ templates: null, failed: true, deletable: new Map() }),
    );
    return () => {
      current = false;
    };
    // `ownersKey` stands for `owners`, which callers may rebuild on each render
  }, [language, ownersKey, loads]);
  const reload = useCallback(() => setLoads((n) => n + 1), []);
  return { ...state, reload };
}
