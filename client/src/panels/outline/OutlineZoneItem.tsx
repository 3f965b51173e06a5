import type { Note } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import type { OutlineZone } from '../../state/outline';
import { addPlannedNote, planNote, probeNote, refusalOfNote, revealNote } from '../../state/outlineCommands';
import { OutlineAddButton } from './OutlineAddButton';
import { useOutline } from './OutlineContext';
import { OutlineNoteItem } from './OutlineNoteItem';

/** One zone of the outline (or « Hors zone »): its heading, its clusters with their notes, its other notes. */
export function OutlineZoneItem({ zone, name }: { zone: OutlineZone; name: string }) {
  const { t } = useTranslation();
  const board = useBoard();
  const outline = useOutline();
  const count = zone.notes.length + zone.clusters.reduce((n, c) => n + c.notes.length, 0);
  // asked of the same rules as the server, with a note where it would go (a locked zone refuses it)
  const add = (where: Parameters<typeof planNote>[1]) => {
    const id = addPlannedNote(board, planNote(board, where));
    if (!id) return;
    revealNote(board, id);
    outline.edit(id, 'zone');
  };
  const mayAdd = (where: Parameters<typeof planNote>[1]) => outline.canCreate && refusalOfNote(board, probeNote(board, where)) === null;
  const zoneWhere = { frame: zone.frame };
  return (
    <li className="outline-zone" data-frame-id={zone.frame?.id}>
      <div className="outline-row outline-heading">
        <h3>
          {name}
          {zone.frame?.locked && <span className="outline-count"> · {t('outline.locked')}</span>}
          <span className="outline-count"> · {t('outline.notes', { count })}</span>
        </h3>
        <OutlineAddButton label={t('outline.addInZone', { name })} short={t('outline.addNote')} disabled={!mayAdd(zoneWhere)} onAdd={() => add(zoneWhere)} />
      </div>
      {(zone.clusters.length > 0 || zone.notes.length > 0) && (
        <ul className="outline-list" aria-label={name}>
          {zone.clusters.map(({ group, notes }) => {
            const title = group.title || t('outline.untitledCluster');
            const where = { groupId: group.id, members: notes };
            return (
              <li key={group.id} className="outline-cluster" data-group-id={group.id}>
                <div className="outline-row outline-heading">
                  <h4>
                    {t('outline.cluster', { title })}
                    <span className="outline-count"> · {t('outline.notes', { count: notes.length })}</span>
                  </h4>
                  <OutlineAddButton label={t('outline.addInCluster', { title })} short={t('outline.addNote')} disabled={!mayAdd(where)} onAdd={() => add(where)} />
                </div>
                <NoteList notes={notes} label={title} />
              </li>
            );
          })}
          {zone.notes.map((note) => (
            <OutlineNoteItem key={note.id} note={note} place="zone" />
          ))}
        </ul>
      )}
    </li>
  );
}

function NoteList({ notes, label }: { notes: readonly Note[]; label: string }) {
  return (
    <ul className="outline-list" aria-label={label}>
      {notes.map((note) => (
        <OutlineNoteItem key={note.id} note={note} place="zone" />
      ))}
    </ul>
  );
}
