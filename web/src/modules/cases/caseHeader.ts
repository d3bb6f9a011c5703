/**
 * What the case header says at a glance, from what the API disclosed to this viewer only:
 * a flag is raised on data the viewer may read, never on a redacted field, so the existence of
 * a secret address (or a child's date of birth) never shows to someone who may not read it.
 */
export interface HeaderMember {
  roles: readonly string[];
  person: { dateOfBirth?: string | null; shelterAddress?: string | null; redactedFields: readonly string[] };
}

export interface HeaderMeasure {
  kind?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

export type CaseFlag =
  | { kind: 'SECRET_ADDRESS' }
  | { kind: 'INTIMATE_TERROR' }
  | { kind: 'RESTRAINING_ORDER'; endsOn: string }
  | { kind: 'YOUNG_CHILDREN'; count: number };

const INTIMATE_TERROR = ['INTIMATE_TERROR', 'INTIMATE_TERROR_WITHOUT_CHILDREN'];

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

export function caseFlags(input: {
  profile: string;
  members: readonly HeaderMember[];
  measures: readonly HeaderMeasure[];
  today: string;
}): CaseFlag[] {
  const flags: CaseFlag[] = [];
  if (
    input.members.some(
      (m) => !m.person.redactedFields.includes('shelterAddress') && Boolean(m.person.shelterAddress?.trim()),
    )
  )
    flags.push({ kind: 'SECRET_ADDRESS' });
  if (INTIMATE_TERROR.includes(input.profile)) flags.push({ kind: 'INTIMATE_TERROR' });
  const orders = input.measures
    .filter(
      (m) =>
        m.kind === 'RESTRAINING_ORDER' &&
        m.endsOn &&
        m.endsOn >= input.today &&
        (!m.startsOn || m.startsOn <= input.today),
    )
    .map((m) => m.endsOn!)
    .sort();
  if (orders.length > 0) flags.push({ kind: 'RESTRAINING_ORDER', endsOn: orders.at(-1)! });
  const young = input.members.filter(
    (m) =>
      m.roles.includes('CHILD') &&
      !m.person.redactedFields.includes('dateOfBirth') &&
      m.person.dateOfBirth &&
      ageOn(m.person.dateOfBirth, input.today) < 4,
  ).length;
  if (young > 0) flags.push({ kind: 'YOUNG_CHILDREN', count: young });
  return flags;
}

export interface Score {
  score: number;
  scoredBy: string;
  scoredOn: string;
}

/** The latest score of each scorer and whether it went up or down from the one before. */
export function latestScores(
  scores: readonly Score[],
): { scoredBy: string; score: number; scoredOn: string; change: number | null }[] {
  const by = new Map<string, Score[]>();
  for (const s of [...scores].sort((a, b) => a.scoredOn.localeCompare(b.scoredOn)))
    by.set(s.scoredBy, [...(by.get(s.scoredBy) ?? []), s]);
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([scoredBy, list]) => {
      const last = list.at(-1)!;
      const before = list.at(-2);
      return {
        scoredBy,
        score: last.score,
        scoredOn: last.scoredOn,
        change: before ? last.score - before.score : null,
      };
    });
}

/** The next date something is due: the earliest due date of an open or running action. */
export function nextDeadline(actions: readonly { dueOn?: string | null; status?: string | null }[]): string | null {
  const due = actions
    .filter((a) => a.dueOn && (a.status === 'OPEN' || a.status === 'IN_PROGRESS'))
    .map((a) => a.dueOn!)
    .sort();
  return due[0] ?? null;
}
