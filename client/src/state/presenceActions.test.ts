import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
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
});
