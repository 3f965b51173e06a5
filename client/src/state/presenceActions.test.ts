import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PRESENCE_LIMITS } from '@essaim/shared';
import { createPresenceActions, PRESENCE_INTERVAL_MS, VIEWPORT_INTERVAL_MS } from './presenceActions';

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

  it('sends the leader’s view with the cursor, no oftener than its own pace, the last one kept, and withdraws it at once', () => {
    const awareness = new Awareness(new Y.Doc());
    const actions = createPresenceActions(awareness, { id: 'p-anim', name: 'Animation', color: '#336699' });
    let messages = 0;
    const views: unknown[] = [];
    awareness.on('update', () => {
      messages++;
      const viewport = awareness.getLocalState()?.viewport;
      if (viewport !== views.at(-1)) views.push(viewport);
    });
    // a pan with the mouse: the pointer and the view move together, every 5 ms for a second
    for (let t = 0; t < 1000; t += 5) {
      actions.setCursor({ x: t, y: 1 });
      actions.setViewport({ x: -t + 0.4, y: 10, width: 1280.2, height: 800 });
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(VIEWPORT_INTERVAL_MS + PRESENCE_INTERVAL_MS);
    // still one presence message per cursor interval in all (the server allows 30 a second)
    expect(messages).toBeLessThanOrEqual(1000 / PRESENCE_INTERVAL_MS + 2);
    expect(views.length).toBeLessThanOrEqual(1000 / VIEWPORT_INTERVAL_MS + 2);
    expect(views.length).toBeGreaterThan(5);
    // whole board units, the last rectangle
    expect(awareness.getLocalState()).toMatchObject({ cursor: { x: 995 }, viewport: { x: -995, y: 10, width: 1280, height: 800 } });

    // the end of a zoom goes out at once, and so does the end of leading
    actions.setViewport({ x: 5, y: 5, width: 640, height: 400 }, true);
    expect(awareness.getLocalState()).toMatchObject({ viewport: { x: 5, y: 5, width: 640, height: 400 } });
    actions.setViewport({ x: 6, y: 6, width: 640, height: 400 });
    actions.setViewport(null);
    expect(awareness.getLocalState()?.viewport).toBeNull();
    vi.advanceTimersByTime(VIEWPORT_INTERVAL_MS * 2);
    // the pending rectangle does not come back after the withdrawal
    expect(awareness.getLocalState()?.viewport).toBeNull();
    actions.destroy();
    awareness.destroy();
  });
});
