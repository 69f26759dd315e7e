// The document's own date from its text, for documents whose header gives none. The cues (a
// "Published:" line, a news dateline, "delivered 13 July 2018", an ISO date) are data in
// date-cues.json; this module only turns them into regular expressions and reads the date out.
import { calendarDate } from '../../core/calendar-date.js';
import cueTable from './date-cues.json' with { type: 'json' };

/** Where a document date came from: the header, or a cue in the text; `start`/`end` index the text. */
export interface DateFound {
  date: string;
  source: string;
  start: number;
  end: number;
}

const MONTHS: Readonly<Record<string, number>> = cueTable.months;
const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
const ISO = `(?<isoYear>${YEAR})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})`;
/** "Sept. 6, 2022", "6 September 2022", "2022-09-06"; the year is optional when `yearOptional`. */
function writtenDate(yearOptional: boolean): string {
  const year = (name: string) => `(?:,?\\s+(?<${name}>${YEAR}))${yearOptional ? '?' : ''}`;
  return (
    `(?:(?<monthFirst>${MONTH})\\.?\\s+(?<dayAfter>${DAY})${year('yearA')}` +
    `|(?<dayFirst>${DAY})\\s+(?<monthAfter>${MONTH})\\.?${year('yearB')}` +
    `|${ISO})`
  );
}

interface Cue {
  source: string;
  pattern: RegExp;
}

const CUES: Cue[] = cueTable.cues.map((cue) => ({
  source: cue.source,
  pattern: new RegExp(
    cue.pattern
      .replace('{DATE_NO_YEAR}', writtenDate(true))
      .replace('{DATE}', writtenDate(false))
      .replace('{ISO}', ISO),
    'gimu',
  ),
}));

const URL_YEAR = new RegExp(`(?<![0-9])(${YEAR})(?![0-9])`);

/** The first date a cue finds in `text` from `bodyStart` on (within the table's search window),
 * or null. A date without a year takes the year from `url` when the URL path carries one. */
export function dateFromText(text: string, bodyStart: number, url: string | null): DateFound | null {
  const window = text.slice(bodyStart, bodyStart + cueTable.searchChars);
  const urlYear = url === null ? null : (URL_YEAR.exec(urlPath(url))?.[1] ?? null);
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (const match of window.matchAll(cue.pattern)) {
      const date = readDate(match.groups ?? {}, urlYear);
      if (date !== null) {
        return {
          date,
          source: cue.source,
          start: bodyStart + match.index,
          end: bodyStart + match.index + match[0].length,
        };
      }
    }
  }
  return null;
}

function readDate(groups: Record<string, string | undefined>, urlYear: string | null): string | null {
  if (groups.isoYear !== undefined) {
    return calendarDate(Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay));
  }
  const monthName = (groups.monthFirst ?? groups.monthAfter)?.toLowerCase();
  const day = groups.dayAfter ?? groups.dayFirst;
  const year = groups.yearA ?? groups.yearB ?? urlYear;
  if (monthName === undefined || day === undefined || year === null) return null;
  return calendarDate(Number(year), MONTHS[monthName]!, Number.parseInt(day, 10));
}

/** The path of a URL (a year in the host name is not a date); the whole string if it is not a URL. */
function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
