import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** Shown when the invitation links point at `localhost`: nobody else can open them. */
export function LocalAddressWarning({ host }: { host: string }) {
  const { t } = useTranslation();
  return (
    <div className="local-address-warning" role="note" data-testid="local-address-warning">
      <Icon name="warning" size={20} />
      <p>
        <strong>{t('share.localTitle', { host })}</strong> {t('share.localHint')}
      </p>
    </div>
  );
}
