import { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX, type RoomEntry } from '@essaim/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templateActions } from '../../state/templateActions';
import { useWorkshop } from '../../state/WorkshopContext';
import { Icon } from '../Icon';
import { FormDialog } from './FormDialog';

/** « Enregistrer comme modèle »: the room's board becomes a template offered to the next workshops of this server. */
export function SaveTemplateButton({ room }: { room: RoomEntry }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const save = async () => {
    const done = await templateActions.save(ws, room, name.trim(), description.trim());
    if (done) {
      setName('');
      setDescription('');
    }
    return done;
  };
  return (
    <FormDialog
      buttonClassName="button secondary small"
      buttonTitle={t('templates.saveTitle', { name: room.name })}
      button={
        <>
          <Icon name="save" size={16} />
          {t('templates.save')}
        </>
      }
      title={t('templates.saveTitle', { name: room.name })}
      hint={t('templates.saveHint')}
      confirmLabel={t('templates.saveConfirm')}
      canSubmit={name.trim().length > 0}
      onSubmit={save}
    >
      {() => (
        <>
          <label htmlFor={`${id}-name`}>{t('templates.nameLabel')}</label>
          <input id={`${id}-name`} value={name} maxLength={TEMPLATE_NAME_MAX} autoComplete="off" required autoFocus onChange={(e) => setName(e.target.value)} />
          <label htmlFor={`${id}-description`}>{t('templates.descriptionLabel')}</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={description}
            maxLength={TEMPLATE_DESCRIPTION_MAX}
            onChange={(e) => setDescription(e.target.value)}
          />
        </>
      )}
    </FormDialog>
  );
}
