import { useLoggedServer, type LogCapture } from './logCapture.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

export interface User {
  id: string;
  name: string;
  color: string;
}

export interface Person {
  user: User;
  token: string;
}

export interface PresenceScene {
  scene: WorkshopScene;
  logs: LogCapture;
  /** the breakout board they all share */
  docName: string;
  lina: Person;
  marc: Person;
  animation: Person;
}

export const cursorOf = (p: TestProvider, clientId: number) =>
  (p.provider.awareness.getStates().get(clientId) as { cursor?: { x: number; y: number } } | undefined)?.cursor;
/** The clock of the provider's own presence: an update must carry a higher one to change it. */
export const clockOf = (p: TestProvider) => p.provider.awareness.meta.get(p.doc.clientID)!.clock;

/** One breakout board with Lina, Marc and the facilitator, each able to show up with their own identity. */
export async function openPresenceScene(): Promise<PresenceScene> {
  const { server, logs } = await useLoggedServer();
  const scene = await openWorkshop({ rooms: 1, name: 'Animation' }, server);
  const lina = await scene.join('Lina');
  const marc = await scene.join('Marc');
  const person = (id: string, name: string, color: string, token: string): Person => ({ user: { id, name, color }, token });
  return {
    scene,
    logs,
    docName: scene.board(scene.breakouts[0]!.id),
    lina: person(lina.participantId, 'Lina', '#e07a5f', lina.token),
    marc: person(marc.participantId, 'Marc', '#3d405b', marc.token),
    animation: person(scene.workshop.facilitatorId, 'Animation', '#81b29a', scene.workshop.facilitatorToken),
  };
}

/** A standard provider, synced, showing up as `person`. */
export async function present(scene: WorkshopScene, docName: string, person: Person): Promise<TestProvider> {
  const p = scene.connect(docName, person.token);
  await whenSynced(p);
  p.provider.awareness.setLocalStateField('user', person.user);
  return p;
}

/** Waits until `by` shows the presence of `of` (at `cursor`, when given). */
export async function seen(by: TestProvider, of: TestProvider, cursor?: { x: number; y: number }): Promise<void> {
  await waitFor(
    () => by.provider.awareness.getStates().has(of.doc.clientID) && (!cursor || cursorOf(by, of.doc.clientID)?.x === cursor.x),
    5000,
    'a presence to be relayed',
  );
}
