import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../../api/ApiError';
import type { DownloadedFile } from '../../api/downloadFile';
import { exportApi, type ExportLanguage, type ExportPaper } from '../../api/exportApi';
import { isLanguage } from '../../i18n/i18n';
import { useSession } from '../../state/useSession';
import { saveBlob } from './saveBlob';

export type ExportKind = 'pdf' | 'png' | 'csv' | 'json';

export interface ExportChoice {
  /** the room whose report the PDF is; null: the whole workshop, every room in order */
  pdfRoom: string | null;
  /** the board the PNG draws; null: no PNG offered */
  pngRoom: string | null;
  paper: ExportPaper;
}

/** The image is drawn at twice the board's size: sharp on a slide; the server lowers it past 8192 px. */
const PNG_SCALE = 2;

/**
 * One export at a time: the file is asked with the person's token, saved under the name the
 * server gave, and a failure (403, 429, 503 `export_busy`, no network) is one toast in the
 * interface's language. `busy` is the export under way; true is returned once the file is saved.
 */
export function useExport(): { busy: ExportKind | null; run: (kind: ExportKind, choice: ExportChoice) => Promise<boolean> } {
  const { t, i18n } = useTranslation();
  const { workshopId, token } = useSession();
  const [busy, setBusy] = useState<ExportKind | null>(null);

  const run = async (kind: ExportKind, { pdfRoom, pngRoom, paper }: ExportChoice): Promise<boolean> => {
    if (busy !== null) return false;
    setBusy(kind);
    const lang: ExportLanguage = isLanguage(i18n.language) ? i18n.language : 'fr';
    const api = exportApi(workshopId, token);
    const files: Record<ExportKind, () => Promise<DownloadedFile>> = {
      pdf: () => api.pdf({ rooms: pdfRoom !== null ? [pdfRoom] : 'all', paper, lang }),
      png: () => (pngRoom !== null ? api.png(pngRoom, PNG_SCALE, lang) : Promise.reject(new Error('PNG export without a room'))),
      // a French spreadsheet splits on « ; », an English one on « , »
      csv: () => api.csv(lang === 'fr' ? ';' : ',', lang),
      json: () => api.json(),
    };
    try {
      const file = await files[kind]();
      saveBlob(file);
      toast.success(t('export.done', { file: file.fileName }), { id: 'export' });
      return true;
    } catch (err) {
      toast.error(t(apiErrorKey(err), apiErrorValues(err)), { id: 'export' });
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
