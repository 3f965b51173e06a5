import type { RoomEntry } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPaper } from '../../api/exportApi';
import { ChoiceGroup } from '../ChoiceGroup';

/** What the PDF holds: in a room, this room or the whole workshop; on the dashboard, any one room or all of them. */
export interface PdfOptions {
  /** in a room: « Cette salle » or « Tout l’atelier » */
  scope: 'room' | 'all';
  /** on the dashboard: the room chosen, null for the whole workshop */
  room: string | null;
  paper: ExportPaper;
}

interface ExportPdfOptionsProps {
  /** the menu's room; null on the dashboard, where `rooms` are offered instead */
  inRoom: boolean;
  rooms: readonly RoomEntry[];
  value: PdfOptions;
  onChange: (value: PdfOptions) => void;
}

/** The PDF's rooms (radio buttons in a room, a list on the dashboard) and its paper, A4 or A3 (landscape). */
export function ExportPdfOptions({ inRoom, rooms, value, onChange }: ExportPdfOptionsProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div className="export-pdf-options">
      {inRoom ? (
        <ChoiceGroup
          legend={t('export.pdfScope')}
          name={`${name}-scope`}
          options={[
            { value: 'room', label: t('export.scopeRoom') },
            { value: 'all', label: t('export.scopeAll') },
          ]}
          value={value.scope}
          onChange={(scope) => onChange({ ...value, scope })}
        />
      ) : (
        <>
          <label htmlFor={`${name}-room`} className="private-legend">
            {t('export.pdfScope')}
          </label>
          <select id={`${name}-room`} value={value.room ?? ''} onChange={(e) => onChange({ ...value, room: e.target.value || null })}>
            <option value="">{t('export.scopeAll')}</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.name}
              </option>
            ))}
          </select>
          {value.room === null && <p className="hint">{t('export.pdfAllHint')}</p>}
        </>
      )}
      <ChoiceGroup<ExportPaper>
        legend={t('export.paper')}
        name={`${name}-paper`}
        options={[
          { value: 'a4', label: t('export.paperA4') },
          { value: 'a3', label: t('export.paperA3') },
        ]}
        value={value.paper}
        onChange={(paper) => onChange({ ...value, paper })}
      />
    </div>
  );
}
