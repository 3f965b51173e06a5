import type { RoomEntry, TemplateInfo } from '@essaim/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templateActions } from '../../state/templateActions';
import { useStore } from '../../state/useStore';
import { useTemplates } from '../../state/useTemplates';
import { useWorkshop } from '../../state/WorkshopContext';
import { Icon } from '../Icon';
import { TemplateField } from '../TemplateField';
import { FormDialog } from './FormDialog';

function TemplateChoice({ value, onChange }: { value: string; onChange: (id: string, name: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const { token } = useStore(ws.session);
  // the templates this workshop saved may be deleted from here
  const owners = useMemo(() => [{ workshopId: ws.workshopId, token }], [ws.workshopId, token]);
  const { templates, failed, deletable, reload } = useTemplates(owners);
  const remove = async (tpl: TemplateInfo) => {
    const owner = deletable.get(tpl.id);
    const done = owner !== undefined && (await templateActions.remove(owner, tpl));
    if (done) reload();
    return done;
  };
  const first = templates?.[0];
  // the first one is chosen until the facilitator picks another
  useEffect(() => {
    if (first && !templates.some((tpl) => tpl.id === value)) onChange(first.id, first.name);
  }, [templates, first, value, onChange]);
  if (failed) return <p className="field-hint">{t('errors.network')}</p>;
  if (!templates) return <p className="field-hint">{t('templates.loading')}</p>;
  return (
    <TemplateField
      templates={templates}
      value={value}
      label={t('templates.label')}
      onChange={(id) => onChange(id, templates.find((tpl) => tpl.id === id)?.name ?? id)}
      deletable={deletable}
      onDelete={remove}
    />
  );
}

/** « Modèle »: starts an empty room's board from a template (the server refuses a board that holds anything). */
export function ApplyTemplateButton({ room }: { room: RoomEntry }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const choose = useCallback((id: string, name: string) => setChosen({ id, name }), []);
  return (
    <FormDialog
      buttonClassName="button secondary small"
      buttonTitle={t('templates.applyTitle', { name: room.name })}
      button={
        <>
          <Icon name="template" size={16} />
          {t('templates.apply')}
        </>
      }
      title={t('templates.applyTitle', { name: room.name })}
      hint={t('templates.applyHint')}
      confirmLabel={t('templates.applyConfirm')}
      canSubmit={chosen !== null}
      onSubmit={() => (chosen ? templateActions.apply(ws, room, chosen) : Promise.resolve(false))}
    >
      {() => <TemplateChoice value={chosen?.id ?? ''} onChange={choose} />}
    </FormDialog>
  );
}
