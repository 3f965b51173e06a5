import type { TemplateInfo } from '@essaim/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopApi } from '../api/workshopApi';

export interface TemplatesState {
  /** null while loading, or when the list could not be had */
  templates: readonly TemplateInfo[] | null;
  failed: boolean;
}

/** The server's board templates, named in the interface's language; fetched again when it changes. */
export function useTemplates(): TemplatesState {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [state, setState] = useState<TemplatesState>({ templates: null, failed: false });
  useEffect(() => {
    let current = true;
    workshopApi.templates(language).then(
      (templates) => current && setState({ templates, failed: false }),
      () => current && setState({ templates: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [language]);
  return state;
}
