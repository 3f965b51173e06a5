import { timerView, type TimerView } from '@essaim/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useWorkshop } from './WorkshopContext';
import type { Timers } from './WorkshopStore';

/** How often a counting timer is shown anew: four times a second keeps « 02:58 » within a quarter second. */
const TICK_MS = 250;

/** Re-renders the caller every `TICK_MS` while `active`, and not at all otherwise. */
function useTick(active: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(id);
  }, [active]);
}

const counting = (view: TimerView) => view.running && !view.paused && !view.done;

/** The stored timers, and a re-render when the measured server clock moves. */
export function useStoredTimers(): { timers: Timers; now: () => number } {
  const { workshop, clock } = useWorkshop();
  const timers = useSyncExternalStore(workshop.subscribe, workshop.getTimers, workshop.getTimers);
  useSyncExternalStore(clock.subscribe, clock.getOffset, clock.getOffset);
  return { timers, now: clock.now };
}

/** One room's timer as it stands now in server time, shown anew while it counts down. */
export function useRoomTimer(roomId: string): TimerView {
  const { timers, now } = useStoredTimers();
  const view = timerView(timers[roomId], now());
  useTick(counting(view));
  return view;
}

/** Every room's timer by room id (rooms never started read as stopped), shown anew while one counts down. */
export function useTimers(roomIds: readonly string[]): Readonly<Record<string, TimerView>> {
  const { timers, now } = useStoredTimers();
  const at = now();
  const views = Object.fromEntries(roomIds.map((id) => [id, timerView(timers[id], at)]));
  useTick(Object.values(views).some(counting));
  return views;
}
