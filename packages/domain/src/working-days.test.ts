import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingDaysAt,
  amsterdamDateOf,
  amsterdamInstant,
  dutchHolidayOn,
  dutchHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.js';

describe('Easter (computus)', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Dutch public holidays that are not working days', () => {
  it('2026: the full list, Good Friday not among them', () => {
    expect([...dutchHolidays(2026).entries()].sort()).toEqual([
      ['2026-01-01', 'NEW_YEAR'],
      ['2026-04-06', 'EASTER_MONDAY'],
      ['2026-04-27', 'KINGS_DAY'],
      ['2026-05-05', 'LIBERATION_DAY'],
      ['2026-05-14', 'ASCENSION_DAY'],
      ['2026-05-25', 'WHIT_MONDAY'],
      ['2026-12-25', 'CHRISTMAS_DAY'],
      ['2026-12-26', 'BOXING_DAY'],
    ]);
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday counts
  });

  it("King's Day moves to 26 April when 27 April is a Sunday (2025, 2014), and never to the 28th", () => {
    expect(dutchHolidayOn('2025-04-26')).toBe('KINGS_DAY');
    expect(dutchHolidayOn('2025-04-27')).toBeNull();
    expect(dutchHolidayOn('2014-04-26')).toBe('KINGS_DAY');
    expect(dutchHolidayOn('2026-04-27')).toBe('KINGS_DAY');
    expect(dutchHolidayOn('2026-04-26')).toBeNull();
    // 2031: 27 April is a Sunday; Monday the 28th is an ordinary working day.
    expect(dutchHolidayOn('2031-04-26')).toBe('KINGS_DAY');
    expect(isWorkingDay('2031-04-28')).toBe(true);
  });

  it('weekends never count; a holiday on a weekend gives no day in lieu', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-30')).toBe(true);
    // Christmas 2027 falls on Saturday and Sunday: Monday 27 December is a working day.
    expect(isWorkingDay('2027-12-27')).toBe(true);
  });

  it('refuses what is not a date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('26-1-1', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-02', -1)).toThrow(RangeError);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('around Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // Fri 25th, Sat 26th, Sun 27th skipped
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // New Year's Day is a Friday
    expect(addWorkingDays('2026-12-23', 5)).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-23', 6)).toBe('2027-01-04');
    expect(workingDaysBetween('2026-12-24', '2027-01-04')).toBe(5); // 28, 29, 30, 31 Dec and 4 Jan
  });

  it('around Easter, Ascension and Whitsun 2026', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03'); // Good Friday works
    expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07'); // Easter Monday does not
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // Ascension Day
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26'); // Whit Monday
  });

  it("around King's Day and Liberation Day", () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28'); // King's Day on Monday 27th
    expect(addWorkingDays('2026-05-04', 1)).toBe('2026-05-06'); // 5 May every year
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-28'); // 26th (Sat) is King's Day, 27th Sunday
  });

  it('0 working days is the day itself, or the next working day', () => {
    expect(addWorkingDays('2026-11-25', 0)).toBe('2026-11-25');
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-28', 5)).toBe(addWorkingDays('2026-11-30', 5));
  });

  it('workingDaysBetween is the inverse of addWorkingDays from a working day', () => {
    for (const start of ['2026-04-01', '2026-12-21', '2027-04-23', '2026-05-01']) {
      for (let n = 0; n <= 30; n += 1) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
    expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1); // waiting since Friday: 1 on Monday
    expect(workingDaysBetween('2026-11-30', '2026-11-27')).toBe(0);
  });
});

describe('Europe/Amsterdam, not UTC', () => {
  it('the date of an instant is the Dutch date (no off-by-one at midnight)', () => {
    expect(amsterdamDateOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isWorkingDay(amsterdamDateOf(new Date('2026-12-31T23:30:00Z')))).toBe(false);
    expect(amsterdamDateOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // summer time: +2
    expect(amsterdamDateOf(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('asked again and again, the date turns exactly at Dutch midnight (winter, summer, clock changes)', () => {
    const edges = [
      ['2026-12-31T22:59:59.999Z', '2026-12-31', '2026-12-31T23:00:00.000Z', '2027-01-01'],
      ['2026-07-14T21:59:59.999Z', '2026-07-14', '2026-07-14T22:00:00.000Z', '2026-07-15'],
      ['2026-03-28T22:59:59.999Z', '2026-03-28', '2026-03-28T23:00:00.000Z', '2026-03-29'], // the night summer time starts
      ['2026-10-24T21:59:59.999Z', '2026-10-24', '2026-10-24T22:00:00.000Z', '2026-10-25'], // the night winter time starts
    ];
    for (const [before, dayBefore, at, dayAt] of edges) {
      for (let i = 0; i < 3; i++) {
        expect(amsterdamDateOf(new Date(before!))).toBe(dayBefore);
        expect(amsterdamDateOf(new Date(at!))).toBe(dayAt);
      }
    }
    expect(() => amsterdamDateOf(new Date('nope'))).toThrow(RangeError);
  });

  it('wall-clock instants in winter and summer time', () => {
    expect(amsterdamInstant('2026-01-15', { hours: 9, minutes: 0 }).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(amsterdamInstant('2026-07-15', { hours: 9, minutes: 0 }).toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('a deadline keeps the wall-clock time across Easter and the switch to summer time', () => {
    // Good Friday 3 April 2026, 14:00 in Amsterdam (12:00Z): 1 working day later is Tuesday 7 April, 14:00.
    expect(addWorkingDaysAt(new Date('2026-04-03T12:00:00Z'), 1).toISOString()).toBe('2026-04-07T12:00:00.000Z');
    // Friday 27 March 2026, 10:00 CET (09:00Z); summer time starts on Sunday: Monday 10:00 CEST is 08:00Z.
    expect(addWorkingDaysAt(new Date('2026-03-27T09:00:00Z'), 1).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    // Late on New Year's Eve in UTC is New Year's Day in Amsterdam: counts as raised on Monday 4 January 2027.
    expect(addWorkingDaysAt(new Date('2026-12-31T23:30:00Z'), 2).toISOString()).toBe('2027-01-05T23:30:00.000Z'); // Wed 6 Jan, 00:30 CET
  });
});
