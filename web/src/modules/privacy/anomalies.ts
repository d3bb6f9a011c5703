import { ANOMALY_SIGNAL_KINDS, type AnomalySignalKind } from '@mda/domain';
import { type AccessLogSearch, accessLogSearchParams, EMPTY_ACCESS_LOG_SEARCH } from './accessLog';

/** The signals the API computes (`AnomalySignal.kind`), in the order the page shows them (packages/domain). */
export const SIGNAL_KINDS = ANOMALY_SIGNAL_KINDS;
export type SignalKind = AnomalySignalKind;

export function isSignalKind(value: string): value is SignalKind {
  return (SIGNAL_KINDS as readonly string[]).includes(value);
}

/** The periods the privacy officer can look back over, in days. */
export const SIGNAL_PERIODS = [1, 7, 30, 90] as const;
export const DEFAULT_SIGNAL_PERIOD = 7;

/** The period from the address bar (`?dagen=30`); anything else is the default week. */
export function parseSignalPeriod(value: string | null): number {
  const days = Number(value);
  return (SIGNAL_PERIODS as readonly number[]).includes(days) ? days : DEFAULT_SIGNAL_PERIOD;
}

/** The calendar day in the Netherlands of an instant, as YYYY-MM-DD. */
export function amsterdamDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

export interface SignalForLink {
  kind: string;
  userId: string;
  firstAt: string;
  lastAt: string;
}

/**
 * The access log filtered on the signal's user and period (whole Dutch days), and for
 * refusals on refusals only: the place to judge what the signal points at.
 */
export function accessLogLinkFor(signal: SignalForLink): string {
  const search: AccessLogSearch = {
    ...EMPTY_ACCESS_LOG_SEARCH,
    userId: signal.userId,
    from: amsterdamDay(signal.firstAt),
    to: amsterdamDay(signal.lastAt),
    actions: signal.kind === 'REFUSALS_IN_BULK' ? ['DENIED'] : signal.kind === 'UNUSUAL_HOURS' ? ['READ'] : [],
  };
  return `/fg/logboek?${accessLogSearchParams(search).toString()}`;
}
