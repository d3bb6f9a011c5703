import { describe, expect, it } from 'vitest';
import {
  accessLogSearchParams,
  amsterdamStartOfDay,
  EMPTY_ACCESS_LOG_SEARCH,
  parseAccessLogSearch,
  toAuditLogFilter,
} from './accessLog';

describe('access log filter in the address bar', () => {
  it('opens on the newest records of everything', () => {
    expect(parseAccessLogSearch(new URLSearchParams())).toEqual(EMPTY_ACCESS_LOG_SEARCH);
    expect(toAuditLogFilter(EMPTY_ACCESS_LOG_SEARCH)).toEqual({
      personId: null,
      userId: null,
      caseReference: null,
      from: null,
      to: null,
      actions: null,
    });
  });

  it('survives a round trip through the query string, leaving empty fields out', () => {
    const search = {
      ...EMPTY_ACCESS_LOG_SEARCH,
      caseReference: ' mda-2026-000123 ',
      from: '2026-03-01',
      actions: ['BREAK_GLASS' as const, 'READ' as const],
      before: '42',
    };
    const params = accessLogSearchParams(search);
    expect(params.toString()).toBe('case=MDA-2026-000123&from=2026-03-01&action=READ&action=BREAK_GLASS&before=42');
    expect(parseAccessLogSearch(params)).toEqual({
      ...search,
      caseReference: 'MDA-2026-000123',
      actions: ['READ', 'BREAK_GLASS'],
    });
  });

  it('drops unknown actions, impossible days and malformed cursors from a hand-edited address', () => {
    const parsed = parseAccessLogSearch(
      new URLSearchParams('action=READ&action=DROP&from=2026-02-30&to=gisteren&before=abc'),
    );
    expect(parsed.actions).toEqual(['READ']);
    expect(parsed.from).toBe('');
    expect(parsed.to).toBe('');
    expect(parsed.before).toBe('');
  });
});

describe('days in Dutch time', () => {
  it('starts a winter day at 23:00 UTC and a summer day at 22:00 UTC the day before', () => {
    expect(amsterdamStartOfDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(amsterdamStartOfDay('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
  });

  it('includes the whole of the last day, across the change to summer time', () => {
    const filter = toAuditLogFilter({
      ...EMPTY_ACCESS_LOG_SEARCH,
      from: '2026-03-28',
      to: '2026-03-29',
      caseReference: 'mda-2026-000001',
    });
    expect(filter.from).toBe('2026-03-27T23:00:00.000Z');
    // 29 March 2026 is the switch to summer time: the next midnight is at 22:00 UTC.
    expect(filter.to).toBe('2026-03-29T21:59:59.999Z');
    expect(filter.caseReference).toBe('MDA-2026-000001');
  });
});
