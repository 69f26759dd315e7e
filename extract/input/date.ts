// Header dates in any readable form -> YYYY-MM-DD, or null when they do not name a real day.
import { calendarDate } from '../../core/calendar-date.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** YYYY-MM-DD from an ISO date/datetime or another format Date can parse; null when unparseable
 * or not a real day in the accepted years (`12345-01-01`, `2024-13-45`). */
export function normaliseDate(value: string): string | null {
  const iso = ISO_DAY.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const time = Date.parse(`${value} UTC`);
  if (Number.isNaN(time)) return null;
  const parsed = new Date(time);
  return calendarDate(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate());
}
