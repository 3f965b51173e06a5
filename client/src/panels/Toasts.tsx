import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';

export function Toasts() {
  const { t } = useTranslation();
  return (
    <Toaster
      position="top-center"
      richColors
      closeButton
      containerAriaLabel={t('toasts.label')}
      toastOptions={{ closeButtonAriaLabel: t('toasts.close') }}
    />
  );
}
