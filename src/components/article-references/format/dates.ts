import type { CslItem } from '../../../directory/contract.js';

/** A date as the styles use it: numeric parts, or a literal such as "Spring 2020" printed as is. */
export interface CitedDate {
  year?: number;
  month?: number;
  day?: number;
  literal?: string;
}

const MONTH_NAMES = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** A month's English name: "March" for 3. */
export const monthOf = (month: number): string => MONTH_NAMES.format(Date.UTC(2000, month - 1));

const part = (value: unknown): number | undefined => {
  const number = parseInt(String(value), 10);
  return Number.isFinite(number) && number > 0 ? number : undefined;
};

/** Reads `date-parts`, an ISO-like `raw` string or a `literal`; anything unreadable is no date. */
export function readDate(item: CslItem, key: string): CitedDate | undefined {
  const value: unknown = item[key];
  if (typeof value !== 'object' || value === null) return undefined;
  const date = value as Record<string, unknown>;
  const parts: unknown = Array.isArray(date['date-parts']) ? date['date-parts'][0] : undefined;
  let [year, month, day] = Array.isArray(parts) ? parts.map(part) : [];
  if (!year && typeof date.raw === 'string') [year, month, day] = (/^(\d{4})(?:-(\d\d?))?(?:-(\d\d?))?/.exec(date.raw.trim()) ?? []).slice(1).map(part);
  if (year) return { year, ...(month && month <= 12 && { month, ...(day && day <= 31 && { day }) }) };
  return typeof date.literal === 'string' && date.literal.trim() ? { literal: date.literal.trim() } : undefined;
}

/** A numeric date's parts as ISO 8601 writes them, down to what it has: ["2024", "03", "05"]. */
export const isoParts = (date: CitedDate | undefined): string[] =>
  date?.year ? [date.year, date.month, date.day].filter(Boolean).map((part) => String(part).padStart(2, '0')) : [];

export const year = (date: CitedDate | undefined): string => date?.literal ?? (date?.year ? String(date.year) : '');

const monthName = ({ month }: CitedDate): string => (month ? monthOf(month) : '');

/** APA's "March 5" after the year. */
export const monthDay = (date: CitedDate | undefined): string =>
  date?.year && date.month ? monthName(date) + (date.day ? ' ' + date.day : '') : '';

/** The en-US text form: "March 5, 2024", "March 2024", "2024". */
export const usDate = (date: CitedDate | undefined): string =>
  date?.literal ?? (date?.year ? (date.month ? monthName(date) + (date.day ? ` ${date.day}, ` : ' ') : '') + date.year : '');

/** NLM's "2024 Mar 5"; `withDay` false gives "2024 Mar". */
export const nlmDate = (date: CitedDate | undefined, withDay = true): string =>
  date?.literal ??
  (date?.year
    ? [date.year, monthName(date).slice(0, 3), withDay && date.day ? date.day : ''].filter(Boolean).join(' ')
    : '');
