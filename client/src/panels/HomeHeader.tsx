import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The brand and the language switch at the top of the pages before a workshop. */
export function HomeHeader() {
  const { t } = useTranslation();
  return (
    <header className="home-header">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          <span />
        </span>
        {t('app.name')}
      </p>
      <LanguageSwitch />
    </header>
  );
}
