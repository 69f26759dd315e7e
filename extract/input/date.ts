// Document dates are compared as strings across the graph, so they must all be YYYY-MM-DD.
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/** YYYY-MM-DD from an ISO date/datetime or another format Date can parse; null when unparseable. */
export function normaliseDate(value: string): string | null {
  const iso = ISO_DAY.exec(value);
  if (iso) return iso[1]!;
  const time = Date.parse(`${value} UTC`);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().slice(0, 10);
}
