import { describe, expect, it } from 'vitest';
import { parseAccessLogSearch } from './accessLog';
import { accessLogLinkFor, amsterdamDay, parseSignalPeriod } from './anomalies';

describe('a signal leads into the access log', () => {
  it('filtered on its user and its period in whole Dutch days', () => {
    const link = accessLogLinkFor({
      kind: 'MANY_CASES_OUTSIDE_TEAM',
      userId: 'u-1',
      firstAt: '2026-03-02T09:00:00Z',
      lastAt: '2026-03-04T12:00:00Z',
    });
    const [path, query] = link.split('?');
    expect(path).toBe('/fg/logboek');
    expect(parseAccessLogSearch(new URLSearchParams(query))).toMatchObject({
      userId: 'u-1',
      from: '2026-03-02',
      to: '2026-03-04',
      actions: [],
    });
  });

  it('a read just after midnight Dutch time falls on the Dutch day, not the UTC one', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in the Netherlands (winter time).
    expect(amsterdamDay('2026-03-01T23:30:00Z')).toBe('2026-03-02');
    // Summer time: 22:30 UTC on 1 July is 00:30 on 2 July.
    expect(amsterdamDay('2026-07-01T22:30:00Z')).toBe('2026-07-02');
  });

  it('refusals in bulk open on the refusals, night reads on the reads', () => {
    const refusals = accessLogLinkFor({
      kind: 'REFUSALS_IN_BULK',
      userId: 'u-2',
      firstAt: '2026-03-02T09:00:00Z',
      lastAt: '2026-03-02T10:00:00Z',
    });
    expect(parseAccessLogSearch(new URLSearchParams(refusals.split('?')[1])).actions).toEqual(['DENIED']);
    const night = accessLogLinkFor({
      kind: 'UNUSUAL_HOURS',
      userId: 'u-2',
      firstAt: '2026-03-02T01:00:00Z',
      lastAt: '2026-03-02T02:00:00Z',
    });
    expect(parseAccessLogSearch(new URLSearchParams(night.split('?')[1])).actions).toEqual(['READ']);
  });
});

describe('parseSignalPeriod', () => {
  it('accepts the offered periods and falls back to a week', () => {
    expect(parseSignalPeriod('30')).toBe(30);
    expect(parseSignalPeriod('1')).toBe(1);
    expect(parseSignalPeriod('5')).toBe(7);
    expect(parseSignalPeriod(null)).toBe(7);
    expect(parseSignalPeriod('abc')).toBe(7);
  });
});
