import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PRESENCE_LIMITS } from '@essaim/shared';
import { createPresenceActions, PRESENCE_INTERVAL_MS } from './presenceActions';

describe('presence actions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a drag’s cursor and positions together: one presence message per interval, the last values kept', () => {
    const awareness = new Awareness(new Y.Doc());
    const actions = createPresenceActions(awareness, { id: 'p-lina', name: 'Lina', color: '#336699' });
    let messages = 0;
    awareness.on('update', () => messages++);
    for (let t = 0; t < 1000; t += 5) {
      actions.setCursor({ x: t, y: 1 });
      actions.setDrag(new Map([['n1', { x: t, y: 2 }]]));
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    // the server allows 30 presence changes a second per person
    expect(messages).toBeLessThanOrEqual(1000 / PRESENCE_INTERVAL_MS + 1);
    expect(awareness.getLocalState()).toMatchObject({ user: { id: 'p-lina' }, cursor: { x: 995, y: 1 }, drag: { n1: { x: 995, y: 2 } } });

    actions.setDrag(null);
    expect(awareness.getLocalState()).toMatchObject({ cursor: { x: 995 }, drag: null });
    actions.destroy();
    awareness.destroy();
  });

  it('sends the editing claim at once, keeps it through cursor moves, and withdraws it', () => {
    const awareness = new Awareness(new Y.Doc());
    const actions = createPresenceActions(awareness, { id: 'p-lina', name: 'Lina', color: '#336699' });
    let messages = 0;
    awareness.on('update', () => messages++);
    actions.setEditing('n1');
    expect(messages).toBe(1);
    expect(awareness.getLocalState()).toMatchObject({ editing: 'n1' });
    actions.setEditing('n1');
    expect(messages).toBe(1);
    actions.setCursor({ x: 3, y: 4 });
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(awareness.getLocalState()).toMatchObject({ cursor: { x: 3, y: 4 }, editing: 'n1' });
    actions.setEditing(null);
    expect(awareness.getLocalState()).toMatchObject({ editing: null });
    actions.destroy();
    awareness.destroy();
  });

  it('sends a zone drag’s zones with its notes, capped at the server’s limit, and clears both on the drop', () => {
    const awareness = new Awareness(new Y.Doc());
    const actions = createPresenceActions(awareness, { id: 'p-anim', name: 'Animation', color: '#336699' });
    actions.setDrag(new Map([['n1', { x: 1, y: 2 }]]));
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    // a note drag says nothing of zones
    expect(awareness.getLocalState()).not.toHaveProperty('dragZones');
    const zones = new Map(Array.from({ length: PRESENCE_LIMITS.dragZones + 3 }, (_, i) => [`z${i}`, { x: i + 0.4, y: 0 }]));
    actions.setDrag(new Map(), zones);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    const sent = awareness.getLocalState()?.dragZones as Record<string, unknown>;
    expect(Object.keys(sent)).toHaveLength(PRESENCE_LIMITS.dragZones);
    expect(sent.z0).toEqual({ x: 0, y: 0 });
    actions.setDrag(null);
    expect(awareness.getLocalState()).toMatchObject({ drag: null, dragZones: null });
    actions.destroy();
    awareness.destroy();
  });
});
