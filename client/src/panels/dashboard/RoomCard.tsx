import { hasSolutionsColumns, priorityNeeds, type Person, type RoomEntry } from '@essaim/shared';
import { useId, useMemo, useState, type CSSProperties, type DragEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomMiniature } from '../../canvas/RoomMiniature';
import { useRoomPreview } from '../../state/useRoomPreview';
import { useWorkshop } from '../../state/WorkshopContext';
import { workshopActions } from '../../state/workshopActions';
import { Icon } from '../Icon';
import { enterRoom, PARTICIPANT_DRAG_TYPE } from './enterRoom';
import { RoomTimer } from '../timer/RoomTimer';
import { RoomPrivatePhase } from '../privatePhase/RoomPrivatePhase';
import { PersonChip } from './PersonChip';
import { RoomCardActions } from './RoomCardActions';
import { RoomNameEditor } from './RoomNameEditor';

interface RoomCardProps {
  room: RoomEntry;
  /** the participants working in this room */
  members: readonly Person[];
  rooms: readonly RoomEntry[];
  people: readonly Person[];
  canManage: boolean;
}

// a popover (the room's timer controls) sits inside the card: a click in it opens nothing
const INTERACTIVE = 'button, a, input, select, textarea, label, form, dialog, [popover], [draggable="true"]';

/**
 * One room on the dashboard: its live miniature, counts, people and actions. Clicking the card
 * (or Enter on it) opens the room; a person's chip dropped on it moves that person here.
 */
export function RoomCard({ room, members, rooms, people, canManage }: RoomCardProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const titleId = useId();
  const live = useRoomPreview(room.id);
  // the priority needs the solutions step could bring, while its columns are not on the board yet
  const needs = useMemo(() => (hasSolutionsColumns(live.frames) ? [] : priorityNeeds(live.frames, live.notes)), [live.frames, live.notes]);
  const [dropTarget, setDropTarget] = useState(false);
  const enter = () => enterRoom(ws, room);

  const accepts = (e: DragEvent) => canManage && e.dataTransfer.types.includes(PARTICIPANT_DRAG_TYPE);
  const onDragOver = (e: DragEvent<HTMLLIElement>) => {
    if (!accepts(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  };
  const onDrop = (e: DragEvent<HTMLLIElement>) => {
    setDropTarget(false);
    if (!accepts(e)) return;
    e.preventDefault();
    const person = people.find((p) => p.id === e.dataTransfer.getData(PARTICIPANT_DRAG_TYPE));
    if (person) void workshopActions.moveParticipant(ws, person, room);
  };
  const onClick = (e: MouseEvent<HTMLLIElement>) => {
    if (!(e.target as Element).closest(INTERACTIVE)) enter();
  };

  return (
    <li
      className="room-card"
      data-testid="room-card"
      data-room-id={room.id}
      data-room-name={room.name}
      data-plenary={room.plenary || undefined}
      data-drop-target={dropTarget || undefined}
      style={{ '--room-color': room.color } as CSSProperties}
      tabIndex={0}
      aria-labelledby={titleId}
      onClick={onClick}
      onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && enter()}
      onDragOver={onDragOver}
      onDragLeave={() => setDropTarget(false)}
      onDrop={onDrop}
    >
      <div className="room-card-header">
        <RoomNameEditor room={room} canRename={canManage} titleId={titleId} />
      </div>
      <button type="button" className="room-miniature" onClick={enter} aria-label={t('dashboard.enterRoom', { name: room.name })}>
        <RoomMiniature notes={live.notes} frames={live.frames} />
        {live.notes.length + live.frames.length + live.labels.length === 0 && <span className="room-miniature-empty">{t('dashboard.emptyBoard')}</span>}
      </button>
      <RoomTimer room={room} canManage={canManage} />
      <RoomPrivatePhase room={room} canManage={canManage} />
      <p className="room-stats">
        <span>
          <Icon name="note" size={16} />
          <span data-testid="room-note-count">{live.notes.length}</span> {t('dashboard.notes', { count: live.notes.length })}
        </span>
        <span>
          <span className="online-dot" aria-hidden="true" />
          <span data-testid="room-online-count">{live.online.length}</span> {t('dashboard.online', { count: live.online.length })}
        </span>
      </p>
      <ul className="person-list" aria-label={t('dashboard.people', { name: room.name })}>
        {members.map((p) => (
          <PersonChip key={p.id} person={p} rooms={rooms} online={live.online.includes(p.id)} canMove={canManage} />
        ))}
        {members.length === 0 && <li className="person-none">{t('dashboard.nobody')}</li>}
      </ul>
      <RoomCardActions
        room={room}
        noteCount={live.notes.length}
        empty={live.ready && live.notes.length + live.frames.length + live.labels.length === 0}
        needs={needs}
        canManage={canManage}
        onEnter={enter}
      />
    </li>
  );
}
