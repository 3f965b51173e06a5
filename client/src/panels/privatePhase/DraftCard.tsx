import { NOTE_COLORS, NOTE_COLOR_FILLS, NOTE_TEXT_SOFT_MAX, type Note, type NoteColor } from '@essaim/shared';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftActions } from '../../state/draftActions';
import { Icon } from '../Icon';

interface DraftCardProps {
  note: Note;
  /** 1-based, for the labels (« Idée 2 ») */
  index: number;
  actions: DraftActions;
  /** after a deletion: where the focus goes */
  onRemoved(index: number): void;
  /** the room's ended timer holds the drafts: shown, not changed */
  locked: boolean;
}

/** One private idea: its text written inline (each change kept at once, on this device and the server), its colour, « Supprimer ». */
export const DraftCard = memo(function DraftCard({ note, index, actions, onRemoved, locked }: DraftCardProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(note.text);
  const field = useRef<HTMLTextAreaElement>(null);
  // written elsewhere (another tab of mine, the server's copy): shown unless being typed here
  useEffect(() => {
    if (document.activeElement !== field.current) setText(note.text);
  }, [note.text]);
  const fills = NOTE_COLOR_FILLS[note.color];
  return (
    <li className="draft-card" data-testid="draft" style={{ background: fills.fill, borderColor: fills.stroke }}>
      <textarea
        ref={field}
        className="draft-card-text"
        value={text}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 36)))}
        lang={i18n.language}
        maxLength={Math.max(NOTE_TEXT_SOFT_MAX, note.text.length)}
        aria-label={t('privatePhase.ideaLabel', { n: index })}
        readOnly={locked}
        onChange={(e) => {
          setText(e.target.value);
          actions.setText(note.id, e.target.value);
        }}
        onBlur={() => setText(note.text)}
      />
      <div className="draft-card-tools">
        <select
          className="draft-card-color"
          value={note.color}
          aria-label={t('privatePhase.ideaColor', { n: index })}
          disabled={locked}
          onChange={(e) => actions.setColor(note.id, e.target.value as NoteColor)}
        >
          {NOTE_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`colors.${c}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="tool"
          aria-label={t('privatePhase.deleteIdea', { n: index })}
          title={t('privatePhase.deleteIdea', { n: index })}
          disabled={locked}
          onClick={() => {
            actions.remove(note.id);
            onRemoved(index);
          }}
        >
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
});
