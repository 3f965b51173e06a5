/** Whether this Node knows the time zone. */
function known(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const asked = process.env.REPORT_TIME_ZONE;

/** The time zone report dates are written in (`REPORT_TIME_ZONE`, default Paris: the workshops are French). */
export const REPORT_TIME_ZONE = asked && known(asked) ? asked : 'Europe/Paris';
