import { NAME_MAX, TITLE_MAX, type CreateWorkshopResponse, type TemplateInfo } from '@essaim/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';
import { boardPath, dashboardPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { listSessions, saveSession, sessionFromServer, type StoredSession } from '../state/session';
import { templateActions } from '../state/templateActions';
import { useTemplates, type TemplateOwner } from '../state/useTemplates';
import { roomNamesFromText } from './roomNamesFromText';
import { RoomsFields, type RoomsSetup } from './RoomsFields';
import { TemplateField } from './TemplateField';

/** What a new workshop's boards start as unless the facilitator picks a template. */
const BLANK = 'vierge';

/** Workshops this browser facilitates: the templates they saved may be deleted from here. */
function facilitatedWorkshops(): TemplateOwner[] {
  return listSessions()
    .filter((s) => s.role === 'facilitator')
    .map((s) => ({ workshopId: s.workshopId, token: s.token }));
}

/** The facilitator's session from the creation answer, in case the session lookup fails. */
export function sessionFromCreation(created: CreateWorkshopResponse, name: string): StoredSession {
  const room = created.rooms.find((r) => r.plenary) ?? created.rooms[0];
  return {
    workshopId: created.workshopId,
    title: created.title,
    joinCode: created.joinCode,
    participantId: created.facilitatorId,
    name,
    role: 'facilitator',
    roomId: room?.id ?? '',
    ...(room ? { roomName: room.name } : {}),
    token: created.facilitatorToken,
  };
}

export function CreateWorkshopCard() {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [name, setName] = useState('');
  const [rooms, setRooms] = useState<RoomsSetup>({ count: 0, names: '', assignment: 'balanced' });
  const [template, setTemplate] = useState(BLANK);
  const [owners] = useState(facilitatedWorkshops);
  const { templates, failed, deletable, reload } = useTemplates(owners);
  const deleteTemplate = async (tpl: TemplateInfo) => {
    const owner = deletable.get(tpl.id);
    const done = owner !== undefined && (await templateActions.remove(owner, tpl));
    if (done) {
      setTemplate(BLANK);
      reload();
    }
    return done;
  };
  const [pending, setPending] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      toast.error(t('errors.missing_title'), { id: 'create' });
      return titleInput.current?.focus();
    }
    setPending(true);
    try {
      const roomNames = roomNamesFromText(rooms.names, rooms.count);
      const created = await workshopApi.create({
        title: title.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(rooms.count > 0 ? { rooms: rooms.count, assignment: rooms.assignment, ...(roomNames.length ? { roomNames } : {}) } : {}),
        // a blank board is what a workshop gets without one; a list that did not load leaves it so
        ...(templates && template !== BLANK ? { template } : {}),
      });
      // the server knows the facilitator's display name and room; ask it, as a facilitator link would
      const session = await workshopApi.session(created.facilitatorToken).then(
        (res) => sessionFromServer(res, created.facilitatorToken),
        () => sessionFromCreation(created, name.trim() || t('session.facilitatorName')),
      );
      saveSession(session);
      toast.success(t('home.create.done'), { id: 'create' });
      // with breakout rooms, the facilitator starts from the overview of all of them
      navigate(created.rooms.length > 1 ? dashboardPath(created.workshopId) : boardPath(created.workshopId));
    } catch (err) {
      toast.error(t(apiErrorKey(err), apiErrorValues(err)), { id: 'create' });
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.create.title')}</h2>
      <p className="hint">{t('home.create.intro')}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-title-input`}>{t('home.create.titleLabel')}</label>
        <input
          id={`${id}-title-input`}
          ref={titleInput}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={TITLE_MAX}
          autoComplete="off"
          placeholder={t('home.create.titlePlaceholder')}
        />
        <label htmlFor={`${id}-name`}>{t('home.create.nameLabel')}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={NAME_MAX}
          autoComplete="name"
          placeholder={t('session.facilitatorName')}
        />
        <RoomsFields value={rooms} onChange={setRooms} />
        {templates && (
          <TemplateField
            templates={templates}
            value={template}
            onChange={setTemplate}
            label={t('templates.label')}
            deletable={deletable}
            onDelete={deleteTemplate}
          />
        )}
        {failed && <p className="field-hint">{t('templates.unavailable')}</p>}
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {t('home.create.submit')}
        </button>
      </form>
    </section>
  );
}
