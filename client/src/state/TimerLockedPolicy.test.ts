import { BOARD_POLICY_KEY, parseBoardPolicy, sameJson, setBoardPolicy, type Actor } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStore } from './createStore';
import { MetaStore } from './MetaStore';
import { canCreateNotes } from './noteRights';
import { refusalMessage } from './refusalMessage';
import { TimerLockedPolicy } from './TimerLockedPolicy';

const participant: Actor = { participantId: 'p1', role: 'participant' };
const facilitator: Actor = { participantId: 'f1', role: 'facilitator' };

function setup(actor: Actor) {
  const doc = new Y.Doc();
  const timerLock = createStore(false);
  const policy = new TimerLockedPolicy(new MetaStore(doc, BOARD_POLICY_KEY, parseBoardPolicy, sameJson), timerLock, actor);
  return { doc, timerLock, policy };
}

describe('TimerLockedPolicy', () => {
  it('locks a participant’s board while the room’s ended timer holds it, and says why', () => {
    const { timerLock, policy } = setup(participant);
    let notified = 0;
    policy.subscribe(() => notified++);
    expect(canCreateNotes(participant, policy.get())).toBe(true);
    timerLock.set(true);
    expect(notified).toBe(1);
    expect(canCreateNotes(participant, policy.get())).toBe(false);
    expect(refusalMessage(participant, policy.get(), 'edit')).toEqual({ key: 'timer.lockedTimeUp' });
    // the facilitator goes on: writing is back
    timerLock.set(false);
    expect(canCreateNotes(participant, policy.get())).toBe(true);
    expect(policy.get().timeUp).toBeUndefined();
  });

  it('never locks a facilitator, and keeps the facilitator’s own lock (and its author) as it is', () => {
    const f = setup(facilitator);
    f.timerLock.set(true);
    expect(canCreateNotes(facilitator, f.policy.get())).toBe(true);
    expect(f.policy.get().locked).toBe(false);

    const p = setup(participant);
    setBoardPolicy(p.doc, { locked: true, lockedBy: 'Claire' });
    p.timerLock.set(true);
    expect(p.policy.get().timeUp).toBeUndefined();
    expect(refusalMessage(participant, p.policy.get(), 'edit')).toEqual({ key: 'rights.lockedBy', values: { name: 'Claire' } });
  });

  it('follows the board’s own rules as before', () => {
    const { doc, policy } = setup(participant);
    let notified = 0;
    policy.subscribe(() => notified++);
    setBoardPolicy(doc, { editAll: true });
    expect(policy.get().editAll).toBe(true);
    expect(notified).toBe(1);
    policy.destroy();
    setBoardPolicy(doc, { editAll: false });
    expect(notified).toBe(1);
  });
});
