import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <main className="page-loading" aria-busy="true">
      <p>{t('session.opening')}</p>
    </main>
  );
}
