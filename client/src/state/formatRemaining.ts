/**
 * A countdown as a clock reads it: « 02:58 », « 1:05:00 » past an hour. Seconds are rounded
 * up, so « 00:00 » shows only once the time is up; a negative time counts as none.
 */
export function formatRemaining(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
