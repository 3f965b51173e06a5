import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRooms } from '../../state/useRooms';
import { useSession } from '../../state/useSession';
import { Icon } from '../Icon';
import { ExportItem } from './ExportItem';
import { ExportPdfOptions, type PdfOptions } from './ExportPdfOptions';
import { useExport, type ExportChoice, type ExportKind } from './useExport';
import { useMayExport } from './useMayExport';
import '../../styles/export.css';

const BUSY_LABELS: Record<ExportKind, string> = { pdf: 'export.pdfBusy', png: 'export.pngBusy', csv: 'export.busy', json: 'export.busy' };

/**
 * « Exporter » for facilitators (and observers when allowed). In a room: that room's PDF by
 * default (or the whole workshop's) and its PNG; on the dashboard: the whole workshop's PDF, or
 * one room's (then its PNG too). The spreadsheet and the backup always hold every room; the backup
 * (every author, every voter's dots) is for facilitators only. Participants see nothing.
 */
export function ExportMenu({ room = null }: { room?: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const id = useId();
  const may = useMayExport();
  const { role } = useSession();
  const rooms = useRooms();
  const { busy, run } = useExport();
  const [options, setOptions] = useState<PdfOptions>({ scope: 'room', room: null, paper: 'a4' });
  if (!may) return null;
  // a room chosen on the dashboard that has been removed since: back to the whole workshop
  const chosen = rooms.some((r) => r.id === options.room) ? options.room : null;
  const choice: ExportChoice = room
    ? { pdfRoom: options.scope === 'room' ? room.id : null, pngRoom: room.id, paper: options.paper }
    : { pdfRoom: chosen, pngRoom: chosen, paper: options.paper };
  const start = async (kind: ExportKind) => {
    // the file is on its way to the downloads: the menu has done its work
    if (await run(kind, choice)) document.getElementById(id)?.hidePopover();
  };
  const item = (kind: ExportKind) => (
    <ExportItem kind={kind} busy={busy} busyLabel={t(BUSY_LABELS[kind])} onRun={() => void start(kind)} primary={kind === 'pdf'} />
  );
  return (
    <>
      <button
        type="button"
        className="tool export-button"
        popoverTarget={id}
        data-testid="export-button"
        aria-busy={busy !== null}
        title={t('export.button')}
      >
        <Icon name="download" />
        <span className="tool-label">{t('export.button')}</span>
      </button>
      <div
        id={id}
        popover="auto"
        className="menu-popover export-popover"
        role="dialog"
        aria-labelledby={`${id}-title`}
        data-testid="export-menu"
        // the keyboard starts on the first choice: the PDF's rooms
        onToggle={(e) => (e.nativeEvent as ToggleEvent).newState === 'open' && e.currentTarget.querySelector<HTMLElement>('input:checked, select, button')?.focus()}
      >
        <h2 id={`${id}-title`}>{room ? t('export.roomTitle', { room: room.name }) : t('export.workshopTitle')}</h2>
        <section className="export-pdf" aria-label={t('export.pdf')}>
          <ExportPdfOptions inRoom={room !== null} rooms={rooms} value={{ ...options, room: chosen }} onChange={setOptions} />
          {item('pdf')}
        </section>
        <div className="export-others">
          {choice.pngRoom !== null && item('png')}
          {item('csv')}
          {role === 'facilitator' && item('json')}
        </div>
        <p className="visually-hidden" role="status">
          {busy !== null ? t(BUSY_LABELS[busy]) : ''}
        </p>
      </div>
    </>
  );
}
