import type { EscalationTrigger, SafetyScorer } from '@mda/domain';
import type { DemoCase, DemoData } from '../demo/demo-data.js';
import type { DemoPrivacyData } from '../demo/demo-privacy-data.js';

/*
 * Case direction in the synthetic demo region (docs/direction.md): which cases wait for a
 * director, proposals nobody answered yet, open escalations at several levels, and safety
 * scores. Which cases and people is deterministic (derived from the base demo data); WHEN is
 * expressed in working days before the moment of seeding, so that the waiting list and the
 * escalation clocks look alive whenever the demo is seeded (the seeder turns the offsets into
 * dates). Everything here is invented.
 */

export interface DemoProposal {
  caseReference: string;
  nomineeEmail: string;
  proposedByEmail: string;
  /** Handover: the accepted case director this proposal would replace. */
  replacesEmail: string | null;
  handoverNote: string | null;
  proposedWorkingDaysAgo: number;
}

export interface DemoEndedDirector {
  caseReference: string;
  email: string;
  /** The case director left this many working days before seeding: the case waits since then. */
  endedWorkingDaysAgo: number;
}

export interface DemoEscalation {
  caseReference: string;
  trigger: EscalationTrigger;
  raisedByEmail: string | null;
  reason: string;
  decisionAsked: string;
  level: number;
  /** Raised this many working days before seeding; the deadline follows from the level's setting. */
  raisedWorkingDaysAgo: number;
}

export interface DemoSafetyScore {
  caseReference: string;
  scoredBy: SafetyScorer;
  score: number;
  /** Days after the case was opened. */
  daysAfterOpening: number;
  recordedByEmail: string;
}

export interface DemoDirectionData {
  proposals: DemoProposal[];
  endedDirectors: DemoEndedDirector[];
  escalations: DemoEscalation[];
  safetyScores: DemoSafetyScore[];
  waitingContacts: { caseReference: string; email: string; setByEmail: string }[];
}

const activeKeys = (c: DemoCase): string[] => c.team.filter((m) => m.validUntil === null).map((m) => m.organisationKey);

export function generateDirectionData(data: DemoData, privacy: DemoPrivacyData): DemoDirectionData {
  const userOf = (orgKey: string, role: string) =>
    data.users.find((u) => u.organisationKey === orgKey && u.roles.includes(role as never))?.email;
  const need = (email: string | undefined): string => {
    if (!email) throw new Error('demo direction data refers to a missing demo user');
    return email;
  };
  const caseDirector = new Map(
    privacy.directors.filter((d) => d.kind === 'CASE_DIRECTOR').map((d) => [d.caseReference, d.email]),
  );
  const running = data.cases.filter((c) => c.status === 'ACTIVE' || c.status === 'MONITORING');
  const withDirector = running.filter((c) => caseDirector.has(c.reference));
  const waiting = running.filter((c) => !caseDirector.has(c.reference));

  // Handover proposals nobody answered yet: Wijkteam Zuid cases directed by Veilig Thuis, to be handed to the local team.
  const proposals: DemoProposal[] = [];
  const handovers = withDirector
    .filter(
      (c) =>
        caseDirector.get(c.reference) === userOf('safe-home', 'CASE_DIRECTOR') &&
        activeKeys(c).includes('local-team-zuid') &&
        activeKeys(c).includes('safe-home'),
    )
    .slice(0, 3);
  handovers.forEach((c, i) =>
    proposals.push({
      caseReference: c.reference,
      nomineeEmail: need(userOf('local-team-zuid', 'CASE_DIRECTOR')),
      proposedByEmail: need(userOf('safe-home', 'PROCESS_DIRECTOR')),
      replacesEmail: need(caseDirector.get(c.reference)),
      handoverNote:
        'Acute fase voorbij; gezin kent het wijkteam. Overdracht in het volgende MDO met het gezin erbij (warme overdracht).',
      proposedWorkingDaysAgo: 1 + i * 2,
    }),
  );

  // The waiting list of Wijkteam Rotterdam-Zuid: a few cases whose case director left
  // recently (under the norm), a proposal on one waiting case, and contact persons.
  const endedDirectors: DemoEndedDirector[] = [];
  const waitingZuid = waiting.filter((c) => activeKeys(c).includes('local-team-zuid'));
  waitingZuid.slice(0, 3).forEach((c, i) =>
    endedDirectors.push({
      caseReference: c.reference,
      email: need(userOf('local-team-zuid', 'CASE_DIRECTOR')),
      endedWorkingDaysAgo: 2 + i * 3,
    }),
  );
  const proposedWaiting = waitingZuid[3];
  if (proposedWaiting) {
    proposals.push({
      caseReference: proposedWaiting.reference,
      nomineeEmail: need(userOf('local-team-zuid', 'CASE_DIRECTOR')),
      proposedByEmail: need(userOf('local-team-zuid', 'TEAM_LEAD')),
      replacesEmail: null,
      handoverNote: null,
      proposedWorkingDaysAgo: 1,
    });
  }
  const waitingContacts = waitingZuid.slice(0, 2).map((c) => ({
    caseReference: c.reference,
    email: need(userOf('local-team-zuid', 'PROFESSIONAL')),
    setByEmail: need(userOf('local-team-zuid', 'TEAM_LEAD')),
  }));

  // Open escalations at levels 1, 2 and 3; the level-1 one is past its deadline.
  const escalations: DemoEscalation[] = [];
  const raisable = withDirector.filter(
    (c) => c.status === 'ACTIVE' && activeKeys(c).includes('safe-home') && !handovers.includes(c),
  );
  const [first, second, third] = raisable;
  if (first) {
    escalations.push({
      caseReference: first.reference,
      trigger: 'MANUAL',
      raisedByEmail: need(userOf('safe-home', 'PROFESSIONAL')),
      reason: "Afgesproken GGZ-intake is na twee MDO's nog niet gepland; het veiligheidsplan loopt daardoor vast.",
      decisionAsked: 'Besluit wie de intake vandaag regelt en binnen welke termijn.',
      level: 1,
      raisedWorkingDaysAgo: 5,
    });
  }
  if (second) {
    escalations.push({
      caseReference: second.reference,
      trigger: 'SAFETY_SCORE',
      raisedByEmail: null,
      reason: 'Veiligheidsscore (gezin) daalde van 7 naar 4.',
      decisionAsked: 'Bespreek de veiligheid met het casusteam en stel het plan bij (directe veiligheid eerst).',
      level: 2,
      raisedWorkingDaysAgo: 4,
    });
  }
  if (third) {
    escalations.push({
      caseReference: third.reference,
      trigger: 'MANUAL',
      raisedByEmail: need(userOf('safe-home', 'PROCESS_DIRECTOR')),
      reason: 'Partners zijn het oneens over een uithuisplaatsing; het MDO kwam twee keer niet tot een besluit.',
      decisionAsked: 'Doorzettingsmacht: neem een besluit over de volgende stap in de jeugdbescherming.',
      level: 3,
      raisedWorkingDaysAgo: 10,
    });
  }

  // Safety scores at about 3 months for running cases with a director; every fifth drops.
  const safetyScores: DemoSafetyScore[] = [];
  withDirector.slice(0, 40).forEach((c, i) => {
    const recorder = need(caseDirector.get(c.reference));
    const base = 6 + (i % 4);
    safetyScores.push({
      caseReference: c.reference,
      scoredBy: 'FAMILY',
      score: base,
      daysAfterOpening: 14,
      recordedByEmail: recorder,
    });
    safetyScores.push({
      caseReference: c.reference,
      scoredBy: 'PROFESSIONAL',
      score: Math.min(10, base + 1),
      daysAfterOpening: 14,
      recordedByEmail: recorder,
    });
    safetyScores.push({
      caseReference: c.reference,
      scoredBy: 'FAMILY',
      score: i % 5 === 0 ? base - 3 : Math.min(10, base + 1),
      daysAfterOpening: 90,
      recordedByEmail: recorder,
    });
  });

  return { proposals, endedDirectors, escalations, safetyScores, waitingContacts };
}
