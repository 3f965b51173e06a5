import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';

// sonner's own phone breakpoint: there, toasts span the width
const PHONE = '(max-width: 600px)';
const subscribe = (listener: () => void) => {
  const list = window.matchMedia(PHONE);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
};
const isPhone = () => window.matchMedia(PHONE).matches;

/**
 * Toasts at the bottom on wide screens, above the board's toolbar, where they hide no heading
 * (at the top they covered the dashboard's summary); at the top on phones, where the keyboard
 * would hide them.
 */
export function Toasts() {
  const { t } = useTranslation();
  const phone = useSyncExternalStore(subscribe, isPhone, () => false);
  return (
    <Toaster
      position={phone ? 'top-center' : 'bottom-center'}
      offset={{ bottom: 104 }}
      richColors
      closeButton
      containerAriaLabel={t('toasts.label')}
      toastOptions={{ closeButtonAriaLabel: t('toasts.close') }}
    />
  );
}
