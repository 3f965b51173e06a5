import type { TemplateInfo } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton';
import { Icon } from './Icon';

/** « Supprimer ce modèle », for a template the facilitator's workshop saved: asks first (Esc or « Annuler » backs out). */
export function DeleteTemplateButton({ template, onDelete }: { template: TemplateInfo; onDelete: (template: TemplateInfo) => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      className="button secondary small template-delete"
      title={t('templates.deleteTitle', { name: template.name })}
      message={t('templates.deleteText')}
      confirmLabel={t('templates.deleteConfirm')}
      danger
      onConfirm={() => onDelete(template)}
    >
      <Icon name="trash" size={16} />
      {t('templates.delete')}
    </ConfirmButton>
  );
}
