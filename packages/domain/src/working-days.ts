/**
 * Dutch working days, for every clock in the platform (escalation deadlines, the waiting-list
 * norm, plan-action deadlines). Pure functions on calendar dates (`YYYY-MM-DD`) as they are
 * in the Netherlands (Europe/Amsterdam); instants are converted with `amsterdamDateOf`.
 * No dependency, so the web bundle uses the very same function set.
 *
 * Days that do not count (docs/direction.md explains the choice): Saturdays, Sundays and the
 * public holidays of the Algemene termijnenwet, art. 3: New Year's Day, Easter Monday,
 * Ascension Day, Whit Monday, Christmas Day and Boxing Day, King's Day (27 April, or 26 April
 * when the 27th is a Sunday) and Liberation Day (5 May, every year). Good Friday is not in
 * that list and counts as a working day. Easter Sunday and Whit Sunday are Sundays anyway.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return [y, mo, d];
}

/** Days since 1970-01-01 of a calendar date (no time zone involved: pure calendar arithmetic). */
function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function dateOfDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

export type DutchHoliday =
  | 'NEW_YEAR'
  | 'EASTER_MONDAY'
  | 'KINGS_DAY'
  | 'LIBERATION_DAY'
  | 'ASCENSION_DAY'
  | 'WHIT_MONDAY'
  | 'CHRISTMAS_DAY'
  | 'BOXING_DAY';

/** Dutch labels for the UI (DOMAIN.md: Dutch terms are canonical). */
export const DUTCH_HOLIDAY_LABELS: Readonly<Record<DutchHoliday, string>> = {
  NEW_YEAR: 'Nieuwjaarsdag',
  EASTER_MONDAY: 'Tweede paasdag',
  KINGS_DAY: 'Koningsdag',
  LIBERATION_DAY: 'Bevrijdingsdag',
  ASCENSION_DAY: 'Hemelvaartsdag',
  WHIT_MONDAY: 'Tweede pinksterdag',
  CHRISTMAS_DAY: 'Eerste kerstdag',
  BOXING_DAY: 'Tweede kerstdag',
};

const holidayCache = new Map<number, ReadonlyMap<string, DutchHoliday>>();

/** The public holidays that do not count as working days in a year, by date. */
export function dutchHolidays(year: number): ReadonlyMap<string, DutchHoliday> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = dayNumber(easterSunday(year));
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? iso(year, 4, 26) : iso(year, 4, 27);
  const map = new Map<string, DutchHoliday>([
    [iso(year, 1, 1), 'NEW_YEAR'],
    [dateOfDayNumber(easter + 1), 'EASTER_MONDAY'],
    [kingsDay, 'KINGS_DAY'],
    [iso(year, 5, 5), 'LIBERATION_DAY'],
    [dateOfDayNumber(easter + 39), 'ASCENSION_DAY'],
    [dateOfDayNumber(easter + 50), 'WHIT_MONDAY'],
    [iso(year, 12, 25), 'CHRISTMAS_DAY'],
    [iso(year, 12, 26), 'BOXING_DAY'],
  ]);
  holidayCache.set(year, map);
  return map;
}

/** The holiday on a date, or null. */
export function dutchHolidayOn(date: string): DutchHoliday | null {
  return dutchHolidays(parts(date)[0]).get(date) ?? null;
}

/** A weekday that is not a Dutch public holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(dayNumber(date) * 86_400_000).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return dutchHolidayOn(date) === null;
}

/**
 * The date `n` working days after `date` (n >= 0). Day 0 is `date` itself when it is a working
 * day, otherwise the next working day: a term counted from a Saturday ends on the same day
 * as one counted from the Monday after.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of working days, 0 or more');
  let day = dayNumber(date);
  while (!isWorkingDay(dateOfDayNumber(day))) day += 1;
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(dateOfDayNumber(day))) left -= 1;
  }
  return dateOfDayNumber(day);
}

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to`
 * (0 when `to` is not after `from`). A case waiting since Friday has waited 1 working day on
 * Monday.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (isWorkingDay(dateOfDayNumber(day))) count += 1;
  return count;
}

const AMSTERDAM = 'Europe/Amsterdam';
const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: AMSTERDAM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

// Amsterdam is a whole number of hours off UTC (+1 or +2) since 16 May 1940, so its date only
// turns on a UTC hour: the date of the last hour asked for is kept (a request asks for "today"
// many times). Earlier instants (offsets like +00:20) are formatted every time.
let memoHour = Number.NaN;
let memoDate = '';
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1941, 0, 1);

/** The calendar date in the Netherlands at an instant (23:30 UTC on 31 December is already New Year there). */
export function amsterdamDateOf(instant: Date): string {
  if (instant.getTime() < WHOLE_HOUR_OFFSETS_FROM) return dateFormat.format(instant);
  const hour = Math.floor(instant.getTime() / 3_600_000);
  if (hour !== memoHour) {
    memoDate = dateFormat.format(instant);
    memoHour = hour;
  }
  return memoDate;
}

/** Offset of Amsterdam from UTC at an instant, in milliseconds (+1h in winter, +2h in summer). */
function amsterdamOffset(instant: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of a wall-clock time in Amsterdam on a date. */
export function amsterdamInstant(
  date: string,
  time: { hours: number; minutes: number; seconds?: number; ms?: number },
): Date {
  const [y, m, d] = parts(date);
  const wall = Date.UTC(y, m - 1, d, time.hours, time.minutes, time.seconds ?? 0, time.ms ?? 0);
  let guess = wall - amsterdamOffset(new Date(wall));
  guess = wall - amsterdamOffset(new Date(guess));
  return new Date(guess);
}

/**
 * A deadline `n` working days after an instant, at the same wall-clock time in Amsterdam: an
 * escalation raised on Friday at 14:00 with 2 working days is due on Tuesday at 14:00 (on
 * Wednesday when that Monday is Easter Monday). Raised on a non-working day, it counts as
 * raised on the next working day at the same time.
 */
export function addWorkingDaysAt(instant: Date, n: number): Date {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const target = addWorkingDays(amsterdamDateOf(instant), n);
  return amsterdamInstant(target, {
    hours: Number(p.hour),
    minutes: Number(p.minute),
    seconds: Number(p.second),
    ms: instant.getTime() % 1000,
  });
}
