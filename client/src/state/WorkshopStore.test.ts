import { writeWorkshop } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkshopStore } from './WorkshopStore';

const plenary = { id: 'p', name: 'Plénière', plenary: true, color: '#374151', position: 0 };
const aude = { id: 'a', name: 'Aude', plenary: false, color: '#1D4ED8', position: 1 };

describe('WorkshopStore', () => {
  it('follows the document and keeps unchanged snapshots identical', () => {
    const doc = new Y.Doc();
    const store = new WorkshopStore(doc);
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.getRooms()).toEqual([]);

    writeWorkshop(doc, { rooms: [aude, plenary], people: [{ id: 'l', name: 'Lina', role: 'participant', roomId: 'a' }], settings: { plenaryOpen: true } });
    expect(store.getRooms().map((r) => r.name)).toEqual(['Plénière', 'Aude']);
    expect(store.getSettings().plenaryOpen).toBe(true);
    expect(calls).toBe(1);

    const rooms = store.getRooms();
    const settings = store.getSettings();
    writeWorkshop(doc, { people: [{ id: 'l', name: 'Lina', role: 'participant', roomId: 'p' }] });
    expect(store.getRooms()).toBe(rooms);
    expect(store.getSettings()).toBe(settings);
    expect(store.getPeople()[0]?.roomId).toBe('p');
    expect(calls).toBe(2);

    // rewriting the same values notifies nobody
    writeWorkshop(doc, { rooms: [aude] });
    expect(calls).toBe(2);

    store.destroy();
    writeWorkshop(doc, { settings: { plenaryOpen: false } });
    expect(calls).toBe(2);
  });

  it('reads each room’s timer, keeping the snapshot while no timer changes', () => {
    const doc = new Y.Doc();
    const store = new WorkshopStore(doc);
    expect(store.getTimers()).toEqual({});
    const timer = { roomId: 'a', running: true, paused: false, endsAt: 200_000, remainingMs: 180_000, durationMs: 180_000, lockAtEnd: true, startedBy: 'f', updatedAt: 20_000 };
    writeWorkshop(doc, { rooms: [aude], timers: [timer] });
    expect(store.getTimers()).toEqual({ a: timer });
    const timers = store.getTimers();
    writeWorkshop(doc, { people: [{ id: 'l', name: 'Lina', role: 'participant', roomId: 'a' }] });
    expect(store.getTimers()).toBe(timers);
    writeWorkshop(doc, { timers: [{ ...timer, paused: true, endsAt: null, remainingMs: 90_000 }] });
    expect(store.getTimers().a?.paused).toBe(true);
  });

  it('reads each room’s private phase and draft counts, keeping the snapshots while they do not change', () => {
    const doc = new Y.Doc();
    const store = new WorkshopStore(doc);
    expect(store.getPhases()).toEqual({});
    expect(store.getDraftCounts()).toEqual({});
    const phase = { roomId: 'a', active: true, question: 'Quels besoins\u00a0?', startedAt: 1000, startedBy: 'f', revealedAt: null };
    writeWorkshop(doc, { rooms: [aude], phases: [phase], draftCounts: { a: { l: 2 } } });
    expect(store.getPhases()).toEqual({ a: phase });
    expect(store.getDraftCounts()).toEqual({ a: { l: 2 } });
    const [phases, counts] = [store.getPhases(), store.getDraftCounts()];
    writeWorkshop(doc, { people: [{ id: 'l', name: 'Lina', role: 'participant', roomId: 'a' }] });
    expect(store.getPhases()).toBe(phases);
    expect(store.getDraftCounts()).toBe(counts);
    writeWorkshop(doc, { draftCounts: { a: { l: 3 } } });
    expect(store.getDraftCounts().a).toEqual({ l: 3 });
    expect(store.getPhases()).toBe(phases);
  });
});
