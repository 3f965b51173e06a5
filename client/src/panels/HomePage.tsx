import { useTranslation } from 'react-i18next';
import { CreateWorkshopCard } from './CreateWorkshopCard';
import { JoinWorkshopCard } from './JoinWorkshopCard';
import { LanguageSwitch } from './LanguageSwitch';
import { RecentWorkshops } from './RecentWorkshops';

/** `/` and `/rejoindre/<code>`: join first (most visitors are participants), or create. */
export function HomePage({ code }: { code?: string }) {
  const { t } = useTranslation();
  return (
    <div className="home-page">
      <header className="home-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">
            <span />
          </span>
          {t('app.name')}
        </p>
        <LanguageSwitch />
      </header>
      <main className="home-main">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <div className="home-cards">
          <JoinWorkshopCard initialCode={code} />
          <CreateWorkshopCard />
        </div>
        <RecentWorkshops />
      </main>
    </div>
  );
}
