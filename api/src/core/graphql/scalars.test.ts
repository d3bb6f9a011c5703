import { describe, expect, it } from 'vitest';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { DateTimeISO as DateTime, LocalDate } from './scalars.js';

describe('date scalars', () => {
  it('serialize what graphql-scalars serializes, and refuse what it refuses', () => {
    for (const v of ['2026-12-01', '2024-02-29', '2000-02-29', '2026-01-31'])
      expect(LocalDate.serialize(v)).toBe(LocalDateResolver.serialize(v));
    for (const v of ['2026-13-01', '2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '01-12-2026', 20261201])
      expect(() => LocalDate.serialize(v)).toThrow();
    const d = new Date('2026-12-01T12:34:56.789Z');
    expect(DateTime.serialize(d)).toBe(DateTimeISOResolver.serialize(d));
    expect(DateTime.serialize('2026-12-01T12:34:56.789Z')).toBe(
      DateTimeISOResolver.serialize('2026-12-01T12:34:56.789Z'),
    );
    expect(() => DateTime.serialize(new Date('nope'))).toThrow();
  });
  it('validate client input fully (an impossible date is refused)', () => {
    expect(() => LocalDate.parseValue('2026-02-30')).toThrow(/LocalDate/);
    expect(LocalDate.parseValue('2026-02-28')).toBe('2026-02-28');
    expect(LocalDate.name).toBe('LocalDate');
    expect(DateTime.name).toBe(DateTimeISOResolver.name);
  });
});
