// Finding the date a draft is written for: front matter, or a date line in the draft's header
// (byline block, dateline, live-blog header). The article date decides which titles are current.
import { isIsoDate } from './settings';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "May 16, 2025" · "16 May 2025" · "WED 22 OCT 2025" · "2025-05-16"
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The first calendar date written in `text`, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  const candidates: Array<{ index: number; iso: string | null }> = [];
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    candidates.push({ index: monthFirst.index, iso: toIso(+monthFirst[3], MONTHS[monthFirst[1].toLowerCase()], +monthFirst[2]) });
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    candidates.push({ index: dayFirst.index, iso: toIso(+dayFirst[3], MONTHS[dayFirst[2].toLowerCase()], +dayFirst[1]) });
  }
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, iso: toIso(+iso[1], +iso[2], +iso[3]) });
  const valid = candidates.filter((c) => c.iso).sort((a, b) => a.index - b.index);
  return valid[0]?.iso ?? null;
}

/** A front-matter `date:` value (string or YAML timestamp) as YYYY-MM-DD. */
export function frontMatterDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const head = value.trim().slice(0, 10);
    if (isIsoDate(head)) return head;
    return findDate(value);
  }
  return null;
}

/**
 * The writer's calendar date (YYYY-MM-DD) in their own time zone: an undated draft written on a
 * Monday evening in New York is checked as of Monday, not as of the Tuesday it already is in UTC.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
