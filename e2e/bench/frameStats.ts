import { ms, percentile } from '../../server/bench/benchClient.js';
import type { Row } from '../../server/soak/soakTable.js';

/**
 * Installed in the page before any of its scripts: records every `requestAnimationFrame`
 * timestamp between `__frames.start()` and `__frames.stop()`, which returns the intervals.
 */
export const FRAME_RECORDER = `
  (() => {
    let times = [];
    let running = false;
    const tick = (t) => {
      times.push(t);
      if (running) requestAnimationFrame(tick);
    };
    window.__frames = {
      start() {
        times = [];
        running = true;
        requestAnimationFrame(tick);
      },
      stop() {
        running = false;
        const intervals = [];
        for (let i = 1; i < times.length; i++) intervals.push(times[i] - times[i - 1]);
        return intervals;
      },
    };
  })();
`;

const share = (values: number[], over: number): string => `${((100 * values.filter((v) => v > over).length) / Math.max(1, values.length)).toFixed(1)} %`;

/** One row of frame intervals: percentiles and the share of frames later than 60 fps, 50 fps and 30 fps allow. */
export function frameRow(label: Row, intervals: number[]): Row {
  return {
    ...label,
    frames: intervals.length,
    p50: ms(percentile(intervals, 50)),
    p95: ms(percentile(intervals, 95)),
    p99: ms(percentile(intervals, 99)),
    // 16.7 to 16.8 ms is one vsync with timer jitter; over 20 ms a frame was really late
    '> 16.7 ms': share(intervals, 16.7),
    '> 20 ms': share(intervals, 20),
    '> 33 ms': share(intervals, 33),
  };
}
