import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeAsDate, formatLocalDate } from './formatDate';

describe('formatLocalDate', () => {
  it('shows the calendar day itself, in Dutch and English', () => {
    expect(formatLocalDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatLocalDate('2026-01-01', 'en')).toBe('January 1, 2026');
  });

  it('leaves a value that is not a LocalDate as it is', () => {
    expect(formatLocalDate('01-01-2026', 'nl')).toBe('01-01-2026');
  });
});

describe('formatDateTimeAsDate', () => {
  it('shows the day in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(formatDateTimeAsDate('2025-12-31T23:30:00.000Z', 'nl')).toBe('1 januari 2026');
    // Summer time: 22:30 UTC is 00:30 the next day (UTC+2).
    expect(formatDateTimeAsDate('2026-07-14T22:30:00Z', 'nl')).toBe('15 juli 2026');
  });
});

describe('formatDateTime', () => {
  it('shows the date and the time on the clock in the Netherlands', () => {
    expect(formatDateTime('2026-07-14T22:30:00Z', 'nl')).toBe('15 juli 2026 om 00:30');
    expect(formatDateTime('2026-01-10T08:05:00Z', 'nl')).toBe('10 januari 2026 om 09:05');
  });
});
