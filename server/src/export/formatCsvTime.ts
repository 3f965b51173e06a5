import { REPORT_TIME_ZONE } from './reportTimeZone.js';

const format = new Intl.DateTimeFormat('sv-SE', { timeZone: REPORT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** `2026-12-04 15:03:21`: a date and time every spreadsheet reads as one, in the report's time zone. */
export function formatCsvTime(ms: number): string {
  return format.format(new Date(ms));
}
