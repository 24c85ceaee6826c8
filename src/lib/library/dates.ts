/**
 * Dates as precise as the source gives them: a year (2022), a month (2023-12) or a day (2016-11-28).
 * Many publications are known only by year, so a month or day is never made up to fill the format.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar month or day. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, yearText, monthText, dayText] = match;
  if (monthText === undefined) return true;
  const month = Number(monthText);
  if (month < 1 || month > 12) return false;
  if (dayText === undefined) return true;
  const day = Number(dayText);
  // Day 0 of the next month is the last day of this month.
  const daysInMonth = new Date(Date.UTC(Number(yearText), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Orders partial dates: earlier first; a less precise date sorts before a more precise one of the same
 * period ("2022" < "2022-03" < "2022-03-01"), which plain string comparison already gives.
 */
export function comparePartialDates(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
