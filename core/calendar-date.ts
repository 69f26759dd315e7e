// Document dates are compared as strings across the graph (YYYY-MM-DD), so every date that enters
// it, from a header, a text or a command line, passes through here: a real calendar day in a year
// a document about cyber operations can carry.
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD for a real day in FIRST_YEAR..LAST_YEAR, else null (2024-02-30, month 13, year 12345). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Whether `value` is exactly YYYY-MM-DD and names a real day in the accepted years. */
export function isCalendarDate(value: string): boolean {
  const parts = ISO_DAY.exec(value);
  return parts !== null && calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) === value;
}

export const CALENDAR_DATE_RULE = `a real date as YYYY-MM-DD in the years ${FIRST_YEAR}-${LAST_YEAR}`;
