import { downloadFile, type DownloadedFile } from './downloadFile';

export type ExportPaper = 'a4' | 'a3';
export type ExportLanguage = 'fr' | 'en';

export interface PdfOptions {
  /** the rooms to put in the report, in the workshop's order; `all`: every room */
  rooms: readonly string[] | 'all';
  paper: ExportPaper;
  lang: ExportLanguage;
}

/**
 * The exports of one workshop (docs/API.md, « Exports and import »), for its facilitators and, when they
 * allow it, its observers: each answer is a file to save.
 */
export function exportApi(workshopId: string, token: string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  const get = (path: string, query: Record<string, string>, fallback: string): Promise<DownloadedFile> => {
    const search = new URLSearchParams(query).toString();
    return downloadFile(`${base}/${path}${search ? `?${search}` : ''}`, token, fallback);
  };
  return {
    /** the report: a vector drawing of each board, then its text pages */
    pdf: ({ rooms, paper, lang }: PdfOptions) =>
      get('export.pdf', { rooms: rooms === 'all' ? 'all' : rooms.join(','), paper, lang }, 'essaim.pdf'),
    /** one board as an image; the server lowers `scale` past 8192 px a side */
    png: (roomId: string, scale: number, lang: ExportLanguage) =>
      get(`rooms/${encodeURIComponent(roomId)}/export.png`, { scale: String(scale), lang }, 'essaim.png'),
    /** one row per note, UTF-8 with BOM; `;` for French spreadsheets, `,` for English ones */
    csv: (sep: ';' | ',', lang: ExportLanguage) => get('export.csv', { sep, lang }, 'essaim.csv'),
    /** the whole workshop, to import again as a new one */
    json: () => get('export.json', {}, 'essaim.json'),
  };
}

export type ExportApi = ReturnType<typeof exportApi>;
