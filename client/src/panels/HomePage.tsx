import { useTranslation } from 'react-i18next';
import { CreateWorkshopCard } from './CreateWorkshopCard';
import { JoinWorkshopCard } from './JoinWorkshopCard';
import { HomeHeader } from './HomeHeader';
import { RecentWorkshops } from './RecentWorkshops';
import { ImportWorkshopCard } from './export/ImportWorkshopCard';

/** `/` and `/rejoindre/<code>`: join first (most visitors are participants), or create. */
export function HomePage({ code }: { code?: string }) {
  const { t } = useTranslation();
  return (
    <div className="home-page">
      <HomeHeader />
      <main className="home-main">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <div className="home-cards">
          <JoinWorkshopCard initialCode={code} />
          <CreateWorkshopCard />
        </div>
        <ImportWorkshopCard />
        <RecentWorkshops />
      </main>
    </div>
  );
}
