import type { Invites } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { invitePath } from '../router/matchRoute';
import { useWorkshop } from '../state/WorkshopContext';
import { workshopActions } from '../state/workshopActions';
import { ConfirmButton } from './ConfirmButton';
import { CopyField } from './CopyField';
import { Icon } from './Icon';

const ROLES: (keyof Invites)[] = ['facilitator', 'observer'];
const TEST_IDS: Record<keyof Invites, string> = { facilitator: 'cofacilitator-link', observer: 'observer-link' };

/** The co-facilitator and observer links on `origin`, each with « Nouveau lien » (the old one stops working). */
export function InviteLinks({ invites, origin }: { invites: Invites | null; origin: string | null }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  return (
    <section className="invite-links" aria-labelledby="invite-links-title">
      <h3 id="invite-links-title">{t('share.team')}</h3>
      {!invites && <p className="hint">{t('share.invitesUnavailable')}</p>}
      {invites &&
        ROLES.map((role) => (
          <div key={role} className="invite-link">
            <CopyField
              label={t(`share.invite.${role}.label`)}
              value={origin ? origin + invitePath(invites[role]) : ''}
              copyLabel={t(`share.invite.${role}.copy`)}
              hint={t(`share.invite.${role}.hint`)}
              testId={TEST_IDS[role]}
            />
            <ConfirmButton
              className="button secondary small"
              title={t(`share.invite.${role}.renewTitle`)}
              message={t('share.invite.renewText')}
              confirmLabel={t('share.renew')}
              onConfirm={() => workshopActions.newInvite(ws, role)}
            >
              <Icon name="refresh" size={16} />
              {t('share.renew')}
            </ConfirmButton>
          </div>
        ))}
    </section>
  );
}
