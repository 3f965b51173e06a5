import { LINK_KINDS, LINK_LABEL_MAX, type Link, type LinkKind } from '@essaim/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { deleteSelectedLinks, reverseLink, setLinkKind, setLinkLabel } from '../state/linkCommands';
import { clearSelection } from '../state/selection';
import { useEntries } from '../state/useEntries';
import { useNotesById } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';

const shortText = (text: string | undefined, fallback: string) => {
  const line = (text ?? '').trim().split('\n')[0] ?? '';
  return line === '' ? fallback : line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

/**
 * The selected link's panel: its kind (with what it means between these two notes, in words),
 * its label, reverse, delete. Shown while exactly one link is selected, e.g. right after « Relier ».
 */
export function LinkPanel() {
  const board = useBoard();
  const { ids, others } = useStore(board.selection);
  const links = useEntries(board.links);
  const [only] = others.links;
  const link = ids.size === 0 && others.links.size === 1 ? links.find((l) => l.id === only) : undefined;
  return link ? <LinkFields key={link.id} link={link} /> : null;
}

function LinkFields({ link }: { link: Link }) {
  const { t } = useTranslation();
  const board = useBoard();
  const notes = useNotesById();
  const [label, setLabel] = useState(link.label ?? '');
  // someone else's change to the label shows, unless this person is typing
  useEffect(() => setLabel(link.label ?? ''), [link.label]);
  const untitled = t('links.untitledNote');
  const from = shortText(notes.get(link.from)?.text, untitled);
  const to = shortText(notes.get(link.to)?.text, untitled);
  const legendId = `link-legend-${link.id}`;
  return (
    <section className="selection-panel link-panel" aria-label={t('links.panelLabel')} data-testid="link-panel">
      <div className="selection-panel-row" role="group" aria-label={t('links.kind')} aria-describedby={legendId}>
        {LINK_KINDS.map((kind: LinkKind) => (
          <button
            key={kind}
            type="button"
            className={`tool small link-kind link-kind-${kind}`}
            aria-pressed={link.kind === kind}
            onClick={() => setLinkKind(board, link.id, kind)}
          >
            <span className="link-swatch" aria-hidden="true" />
            {t(`links.kinds.${kind}`)}
          </button>
        ))}
      </div>
      <p id={legendId} className="selection-panel-legend" aria-live="polite">
        {t(`links.legend.${link.kind}`, { from, to })}
      </p>
      <form
        className="selection-panel-row"
        onSubmit={(e) => {
          e.preventDefault();
          setLinkLabel(board, link.id, label);
        }}
      >
        <input
          type="text"
          className="selection-panel-input"
          aria-label={t('links.label')}
          placeholder={t('links.labelPlaceholder')}
          maxLength={LINK_LABEL_MAX}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          onBlur={() => setLinkLabel(board, link.id, label)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setLabel(link.label ?? '');
              e.currentTarget.blur();
            }
          }}
        />
        <button type="button" className="tool small" onClick={() => reverseLink(board, link.id)} title={t('links.reverseHint')}>
          <Icon name="swap" size={18} />
          <span>{t('links.reverse')}</span>
        </button>
        <button type="button" className="tool small danger" onClick={() => deleteSelectedLinks(board)} title={t('links.deleteHint')}>
          <Icon name="trash" size={18} />
          <span className="visually-hidden">{t('links.delete')}</span>
        </button>
        <button type="button" className="tool small" onClick={() => board.selection.set(clearSelection)} title={t('common.close')}>
          <Icon name="close" size={18} />
          <span className="visually-hidden">{t('common.close')}</span>
        </button>
      </form>
    </section>
  );
}
