import { NAME_MAX } from '@essaim/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../../api/ApiError';
import { BACKUP_MAX_BYTES, importWorkshop } from '../../api/importApi';
import { workshopApi } from '../../api/workshopApi';
import { boardPath, dashboardPath } from '../../router/matchRoute';
import { navigate } from '../../router/navigate';
import { saveSession, sessionFromServer } from '../../state/session';
import { sessionFromCreation } from '../CreateWorkshopCard';
import { importProblem, type ImportProblem } from './importError';
import '../../styles/export.css';

/**
 * « Importer une sauvegarde »: a « Sauvegarde JSON » file becomes a new workshop whose
 * facilitator is this browser, then it opens as a newly created one does. A file the server
 * refuses is said next to it, with the server's detail in small print.
 */
export function ImportWorkshopCard() {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem({ key: 'import.noFile', detail: null });
      return fileInput.current?.focus();
    }
    if (file.size > BACKUP_MAX_BYTES) {
      setProblem({ key: 'import.tooLarge', detail: null });
      return fileInput.current?.focus();
    }
    setProblem(null);
    setPending(true);
    try {
      const created = await importWorkshop(await file.text(), name.trim());
      const session = await workshopApi.session(created.facilitatorToken).then(
        (res) => sessionFromServer(res, created.facilitatorToken),
        () => sessionFromCreation(created, name.trim() || t('session.facilitatorName')),
      );
      saveSession(session);
      toast.success(t('import.done'), { id: 'create' });
      navigate(created.rooms.length > 1 ? dashboardPath(created.workshopId) : boardPath(created.workshopId));
    } catch (err) {
      const shown = importProblem(err);
      if (shown) {
        setProblem(shown);
        fileInput.current?.focus();
      } else toast.error(t(apiErrorKey(err), apiErrorValues(err)), { id: 'create' });
      setPending(false);
    }
  };

  return (
    <details className="card import-card">
      <summary>
        <h2 id={`${id}-title`}>{t('import.title')}</h2>
      </summary>
      <p className="hint">{t('import.intro')}</p>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <label htmlFor={`${id}-name`}>{t('import.nameLabel')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={NAME_MAX} autoComplete="name" placeholder={t('session.facilitatorName')} />
        <label htmlFor={`${id}-file`}>{t('import.fileLabel')}</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={() => setProblem(null)}
        />
        {problem && (
          <div id={`${id}-problem`} className="import-error" role="alert">
            <p>{t(problem.key)}</p>
            {problem.detail && (
              <small>
                {t('import.detail')} <span lang="en">{problem.detail}</span>
              </small>
            )}
          </div>
        )}
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? t('import.busy') : t('import.submit')}
        </button>
      </form>
    </details>
  );
}
