import { toast } from 'sonner';
import { translate } from '../i18n/i18n';

/** Copies and says so; falls back to selecting the text where the clipboard API is refused. */
export async function copyToClipboard(text: string, fallbackInput?: HTMLInputElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast.success(translate('common.copied'), { id: 'copied' });
  } catch {
    fallbackInput?.select();
    toast.warning(translate('common.copyFailed'), { id: 'copied' });
  }
}
