import { useCallback, useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { deleteSelection } from '../state/deleteSelection';
import { NoteEditSession } from '../state/NoteEditSession';
import { buildOutline } from '../state/outline';
import { showRefusal } from '../state/refusalMessage';
import { selectOnly } from '../state/selection';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { useCanCreate, useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import { Icon } from './Icon';
import { useNarrowScreen } from './useNarrowScreen';
import { OutlineContext, type OutlinePlace, type OutlineShared } from './outline/OutlineContext';
import { OutlineTreeItem } from './outline/OutlineTreeItem';
import { OutlineZoneItem } from './outline/OutlineZoneItem';

const NOTE_BUTTONS = 'button[data-outline-note]';

/**
 * « Plan »: the whole board as nested lists — zones, their clusters and notes, then each problem
 * tree — live with the document and editable (add, write inline, delete). Arrow keys go from
 * note to note, Enter shows the note on the canvas, F2 writes in it, Suppr deletes it.
 */
export function OutlineView({ phone = false }: { phone?: boolean }) {
  const { t } = useTranslation();
  const board = useBoard();
  const headingId = useId();
  const hintId = useId();
  const narrow = useNarrowScreen();
  const root = useRef<HTMLElement>(null);
  const notes = useDeferredValue(useNotes());
  const frames = useEntries(board.frames);
  const groups = useEntries(board.groups);
  const links = useEntries(board.links);
  const outline = useMemo(() => buildOutline({ notes, frames, groups, links }), [notes, frames, groups, links]);
  const { ids: selected } = useStore(board.selection);
  const rights = useNoteRights();
  const canCreate = useCanCreate();
  const [editing, setEditing] = useState<OutlineShared['editing']>(null);

  const focusNote = useCallback((id: string, place?: OutlinePlace) => {
    // after the render that shows the note's button again
    setTimeout(() => {
      const buttons = [...(root.current?.querySelectorAll<HTMLElement>(NOTE_BUTTONS) ?? [])].filter((b) => b.dataset.outlineNote === id);
      (buttons.find((b) => !place || b.dataset.place === place) ?? buttons[0])?.focus();
    });
  }, []);

  const shared = useMemo<OutlineShared>(
    () => ({
      editing,
      edit(id, place) {
        const holder = NoteEditSession.holder(board, id);
        if (holder) toast.info(translate('note.heldBy', { name: holder.name }), { id: 'note-claim' });
        else setEditing({ id, place });
      },
      stopEditing(refocus) {
        if (editing && refocus) focusNote(editing.id, editing.place);
        setEditing(null);
      },
      rights,
      selected,
      canCreate,
      remove(id, item) {
        // the neighbour to go on from, found before the note leaves the list
        const buttons = [...(root.current?.querySelectorAll<HTMLElement>(NOTE_BUTTONS) ?? [])];
        const at = buttons.findIndex((b) => item?.contains(b));
        const next = buttons.slice(at + 1).find((b) => b.dataset.outlineNote !== id) ?? buttons.slice(0, Math.max(at, 0)).reverse().find((b) => b.dataset.outlineNote !== id);
        board.selection.set((s) => selectOnly(s, id));
        const removed = deleteSelection(board);
        if (removed === 0) showRefusal(board, 'remove');
        else if (!board.pendingDelete.get() && next) focusNote(next.dataset.outlineNote!, next.dataset.place as OutlinePlace);
      },
    }),
    [board, editing, rights, selected, canCreate, focusNote],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const id = target.dataset.outlineNote;
    if (!id || e.altKey || e.ctrlKey || e.metaKey) return;
    const buttons = [...(root.current?.querySelectorAll<HTMLElement>(NOTE_BUTTONS) ?? [])];
    const at = buttons.indexOf(target);
    const go = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (go !== undefined) {
      e.preventDefault(); // and no nudge of the selected note on the canvas
      buttons[Math.max(0, Math.min(buttons.length - 1, go))]?.focus();
    } else if (e.key === 'F2' && rights.get(id)?.edit) {
      e.preventDefault();
      shared.edit(id, target.dataset.place as OutlinePlace);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      shared.remove(id, target.closest('li'));
    }
  };

  const zoneName = (frameTitle: string | undefined, isZone: boolean) =>
    isZone ? frameTitle || t('outline.untitledZone') : frames.length > 0 ? t('outline.noZone') : t('outline.allNotes');
  const zones = outline.zones.length > 0 ? outline.zones : [{ frame: null, clusters: [], notes: [] }];

  return (
    <section ref={root} className="outline-panel" data-phone={phone || undefined} aria-labelledby={headingId} data-testid="outline" onKeyDown={onKeyDown}>
      <div className="outline-top">
        <h2 id={headingId}>{t('outline.title')}</h2>
        {!phone && (
          <button type="button" className="tool" aria-label={t('outline.close')} title={t('outline.close')} onClick={() => board.outlineOpen.set(false)}>
            <Icon name="close" />
          </button>
        )}
      </div>
      <p id={hintId} className="outline-hint">
        {/* a phone has no arrows, F2 or Suppr: say what a finger does */}
        {t(narrow ? 'outline.touchHint' : 'outline.hint')}
      </p>
      <OutlineContext.Provider value={shared}>
        <ul className="outline-zones" aria-describedby={hintId} aria-label={t('outline.zones')}>
          {zones.map((zone) => (
            <OutlineZoneItem key={zone.frame?.id ?? ''} zone={zone} name={zoneName(zone.frame?.title, zone.frame !== null)} />
          ))}
        </ul>
        {outline.trees.length > 0 && (
          <>
            <h3 className="outline-trees-title">{t('outline.trees', { count: outline.trees.length })}</h3>
            <ul className="outline-trees">
              {outline.trees.map((tree) => (
                <OutlineTreeItem key={tree.problem.id} tree={tree} />
              ))}
            </ul>
          </>
        )}
      </OutlineContext.Provider>
    </section>
  );
}
