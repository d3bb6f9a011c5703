import { createHash } from 'node:crypto';
import type { DataCategory } from '@mda/authz';
import {
  addDays,
  type ActionStatus,
  type CoerciveMeasureKind,
  type GoalPhase,
  type InterventionKind,
  type LifeDomain,
  type OrganisationType,
  type SafetyItemKind,
} from '@mda/domain';
import type { DemoCase, DemoData } from '../demo/demo-data.js';
import type { DemoPrivacyData } from '../demo/demo-privacy-data.js';

/*
 * Joint plans for the synthetic demo region, derived deterministically from the base demo
 * data: drafts, proposals with some sign-offs, agreed plans with a later draft, objections,
 * overdue actions and restraining orders. All of it is invented.
 */

export type DemoPlanState = 'DRAFT' | 'PROPOSED' | 'AGREED' | 'AGREED_THEN_DRAFT' | 'OBJECTED';

export interface DemoPlanElement {
  key: string;
  kind: 'PICTURE' | 'GOAL' | 'ACTION' | 'SAFETY_ITEM' | 'MEASURE';
  category: DataCategory;
  parentKey: string | null;
  authorOrganisationKey: string;
  ownerOrganisationKey: string | null;
  dueOn: string | null;
  status: ActionStatus | null;
  /** Content; person keys in `concerns` are replaced by ids when seeding. */
  fields: Record<string, string | string[] | null>;
  /** Added after the last frozen version (AGREED_THEN_DRAFT). */
  afterLastVersion: boolean;
  /** An open action left late on purpose; the other open actions are due from the seeding day on (`dueOnAt`). */
  late?: boolean;
}

export interface DemoPlan {
  caseReference: string;
  state: DemoPlanState;
  firstMeetingOn: string;
  proposerEmail: string;
  elements: DemoPlanElement[];
  /** Organisations that agreed to the last version (all, for AGREED). */
  agreedBy: string[];
  /** OBJECTED: the objecting organisation and its reason. */
  objection: { organisationKey: string; reason: string } | null;
  note: { elementKey: string; authorOrganisationKey: string; body: string; audience: OrganisationType[] } | null;
}

function unit(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Share of open actions left late on purpose. A region's plans are mostly on time: with
 * about one late action in ten, the trigger job raises one escalation per case with late
 * actions (issue 15: 362 escalations in the first hour when every old date stayed open).
 */
const LATE_SHARE = 0.1;
/** Share of plans not yet agreed whose first MDO lies so far back that PLAN_NOT_AGREED fires. */
const UNAGREED_LATE_SHARE = 0.25;

/**
 * The due date an action is seeded with on `today` (Amsterdam date): open and running actions
 * whose generated date has passed are due in the coming weeks instead, unless left late on
 * purpose; done and cancelled ones keep their date.
 */
export function dueOnAt(
  e: Pick<DemoPlanElement, 'key' | 'kind' | 'status' | 'dueOn' | 'late'>,
  today: string,
): string | null {
  if (
    e.kind !== 'ACTION' ||
    e.dueOn === null ||
    e.late ||
    !(e.status === 'OPEN' || e.status === 'IN_PROGRESS') ||
    e.dueOn >= today
  )
    return e.dueOn;
  return addDays(today, 2 + Math.floor(unit(`due:${e.key}`) * 40));
}

/**
 * The first MDO a plan is seeded with on `today`: a plan that is not agreed yet had its first
 * MDO a few days ago (still within the ten working days), except one in four, whose plan is
 * overdue on purpose.
 */
export function firstMeetingOnAt(
  p: Pick<DemoPlan, 'caseReference' | 'state' | 'firstMeetingOn'>,
  today: string,
): string {
  if (
    p.state === 'AGREED' ||
    p.state === 'AGREED_THEN_DRAFT' ||
    unit(`mdo-late:${p.caseReference}`) < UNAGREED_LATE_SHARE
  )
    return p.firstMeetingOn;
  const recent = addDays(today, -(2 + Math.floor(unit(`mdo:${p.caseReference}`) * 6)));
  return recent > p.firstMeetingOn ? recent : p.firstMeetingOn;
}

const GOALS: {
  phase: GoalPhase;
  lifeDomain: LifeDomain;
  description: string;
  measurableEnd: string;
  intervention: InterventionKind;
  actions: string[];
}[] = [
  {
    phase: 'DIRECT_SAFETY',
    lifeDomain: 'SAFETY',
    description: 'Slachtoffer en kinderen zijn veilig in en rond de woning',
    measurableEnd: 'Geen nieuwe incidenten gemeld in drie maanden',
    intervention: 'SAFETY_PLANNING',
    actions: ['Veiligheidsplan opstellen met slachtoffer', 'AWARE-aanvraag beoordelen', 'Huisbezoek met wijkagent'],
  },
  {
    phase: 'DIRECT_SAFETY',
    lifeDomain: 'PARENTING_CHILDREN',
    description: 'De kinderen hebben een veilige volwassene om op terug te vallen',
    measurableEnd: 'Kinderen noemen in gesprek een vertrouwenspersoon',
    intervention: 'CHILD_SUPPORT',
    actions: ['Gesprek met de kinderen op school', 'Contact opnemen met de intern begeleider'],
  },
  {
    phase: 'STABLE_SAFETY',
    lifeDomain: 'JUSTICE',
    description: 'Pleger houdt zich aan de bijzondere voorwaarden',
    measurableEnd: 'Zes maanden geen overtreding van het contactverbod',
    intervention: 'PERPETRATOR_PROGRAMME',
    actions: ['Aanmelden voor plegerbehandeling', 'Meldplicht controleren'],
  },
  {
    phase: 'STABLE_SAFETY',
    lifeDomain: 'INCOME_DEBT',
    description: 'Het gezin heeft overzicht over de schulden',
    measurableEnd: 'Schuldhulptraject gestart en betalingsregeling getroffen',
    intervention: 'DEBT_COUNSELLING',
    actions: ['Aanmelden bij schuldhulpverlening', 'Budgetbeheer regelen'],
  },
  {
    phase: 'STABLE_SAFETY',
    lifeDomain: 'HOUSING',
    description: 'Slachtoffer heeft een eigen, veilige woning',
    measurableEnd: 'Urgentieverklaring afgegeven en woning toegewezen',
    intervention: 'HOUSING_SUPPORT',
    actions: ['Urgentieaanvraag indienen', 'Verhuizing begeleiden'],
  },
  {
    phase: 'RECOVERY',
    lifeDomain: 'HEALTH_ADDICTION',
    description: 'Moeder verwerkt de ervaren traumatische gebeurtenissen',
    measurableEnd: 'Traumabehandeling afgerond',
    intervention: 'TRAUMA_TREATMENT',
    actions: ['Verwijzing naar GGZ', 'Evaluatie na tien sessies'],
  },
  {
    phase: 'RECOVERY',
    lifeDomain: 'SOCIAL_NETWORK',
    description: 'Het gezin heeft een steunend netwerk',
    measurableEnd: 'Netwerkberaad gehouden met ten minste drie betrokkenen',
    intervention: 'SOCIAL_NETWORK_SUPPORT',
    actions: ['Netwerkberaad organiseren'],
  },
];

const PICTURES: Record<LifeDomain, string> = {
  SAFETY: 'Sinds de melding twee incidenten in de woning; spanning rond de omgangsregeling.',
  HOUSING: 'Huurwoning met achterstand; verhuurder dreigt met ontruiming.',
  INCOME_DEBT: 'Problematische schulden, geen overzicht over inkomsten en uitgaven.',
  HEALTH_ADDICTION: 'Alcoholgebruik bij de pleger; moeder heeft slaapproblemen.',
  PARENTING_CHILDREN: 'Kinderen laten onrust zien op school; oudste verzuimt.',
  JUSTICE: 'Strafzaak loopt; contactverbod als voorwaarde bij schorsing.',
  SOCIAL_NETWORK: 'Klein netwerk; grootmoeder is betrokken en wil helpen.',
};

export function generatePlanData(data: DemoData, privacy: DemoPrivacyData): DemoPlan[] {
  const orgType = new Map(data.organisations.map((o) => [o.key, o.type]));
  const directorOf = new Map(
    privacy.directors.filter((d) => d.kind === 'CASE_DIRECTOR').map((d) => [d.caseReference, d.email]),
  );
  const plans: DemoPlan[] = [];
  const eligible = data.cases.filter(
    (c) => (c.status === 'ACTIVE' || c.status === 'MONITORING') && directorOf.has(c.reference),
  );
  eligible.forEach((c, index) => {
    // Two in three eligible cases have a plan; the rest await their first MDO.
    if (unit(`plan:${c.reference}`) >= 0.67) return;
    plans.push(planFor(c, index, orgType, directorOf.get(c.reference)!));
  });
  return plans;
}

const STATES: DemoPlanState[] = ['DRAFT', 'PROPOSED', 'AGREED', 'AGREED_THEN_DRAFT', 'OBJECTED'];

function planFor(c: DemoCase, index: number, orgType: Map<string, OrganisationType>, proposerEmail: string): DemoPlan {
  const state = STATES[index % STATES.length]!;
  const opened = c.openedAt.slice(0, 10);
  const team = c.team.filter((m) => m.validUntil === null).map((m) => m.organisationKey);
  const typeOf = (k: string) => orgType.get(k)!;
  const lead = team.find((k) => typeOf(k) === 'SAFE_HOME') ?? team.find((k) => typeOf(k) === 'LOCAL_TEAM') ?? team[0]!;
  const victim = c.members.find((m) => m.roles.includes('VICTIM'))?.personKey ?? c.members[0]!.personKey;
  const child = c.members.find((m) => m.roles.includes('CHILD'))?.personKey;
  const perpetrator = c.members.find((m) => m.roles.includes('PERPETRATOR'))?.personKey;
  const elements: DemoPlanElement[] = [];
  const el = (e: Omit<DemoPlanElement, 'afterLastVersion'>) => elements.push({ ...e, afterLastVersion: false });

  // Beeldvorming: each team organisation contributes on one or two domains.
  team.forEach((org, i) => {
    const domain = (
      [
        'SAFETY',
        'HOUSING',
        'INCOME_DEBT',
        'HEALTH_ADDICTION',
        'PARENTING_CHILDREN',
        'JUSTICE',
        'SOCIAL_NETWORK',
      ] as LifeDomain[]
    )[Math.floor(unit(`pic:${c.reference}:${i}`) * 7)]!;
    const category: DataCategory =
      domain === 'JUSTICE' && ['POLICE', 'PROSECUTION', 'PROBATION', 'SAFE_HOME'].includes(typeOf(org))
        ? 'CRIMINAL'
        : domain === 'HEALTH_ADDICTION' && ['CARE', 'SAFE_HOME', 'LOCAL_TEAM'].includes(typeOf(org))
          ? 'HEALTH'
          : 'PLAN';
    el({
      key: `${c.reference}:pic:${i}`,
      kind: 'PICTURE',
      category,
      parentKey: null,
      authorOrganisationKey: org,
      ownerOrganisationKey: null,
      dueOn: null,
      status: null,
      fields: { lifeDomain: domain, text: PICTURES[domain] },
    });
  });

  // Goals and actions: 3 to 5 goals, starting with direct safety.
  const goalCount = 3 + Math.floor(unit(`goals:${c.reference}`) * 3);
  const picks = [
    0,
    ...[1, 2, 3, 4, 5, 6].sort((a, b) => unit(`g:${c.reference}:${a}`) - unit(`g:${c.reference}:${b}`)),
  ].slice(0, goalCount);
  picks.forEach((gi, n) => {
    const g = GOALS[gi]!;
    const goalKey = `${c.reference}:goal:${n}`;
    const concerns = [
      victim,
      ...(g.lifeDomain === 'PARENTING_CHILDREN' && child ? [child] : []),
      ...(g.lifeDomain === 'JUSTICE' && perpetrator ? [perpetrator] : []),
    ];
    el({
      key: goalKey,
      kind: 'GOAL',
      category: 'PLAN',
      parentKey: null,
      authorOrganisationKey: lead,
      ownerOrganisationKey: null,
      dueOn: null,
      status: null,
      fields: {
        phase: g.phase,
        lifeDomain: g.lifeDomain,
        concerns,
        description: g.description,
        measurableEnd: g.measurableEnd,
        interventionKind: g.intervention,
        justification: null,
      },
    });
    g.actions.forEach((description, a) => {
      const owner = team[Math.floor(unit(`own:${c.reference}:${n}:${a}`) * team.length)]!;
      const due = addDays(opened, 14 + n * 21 + a * 7);
      const r = unit(`status:${c.reference}:${n}:${a}`);
      // Older due dates are mostly done; some stay open past their date (overdue).
      const status: ActionStatus = r < 0.35 ? 'DONE' : r < 0.55 ? 'IN_PROGRESS' : r < 0.6 ? 'CANCELLED' : 'OPEN';
      const key = `${goalKey}:action:${a}`;
      el({
        key,
        kind: 'ACTION',
        category: 'PLAN',
        parentKey: goalKey,
        authorOrganisationKey: lead,
        ownerOrganisationKey: owner,
        dueOn: due,
        status,
        late: (status === 'OPEN' || status === 'IN_PROGRESS') && unit(`late:${key}`) < LATE_SHARE,
        fields: {
          description,
          assigneeUserId: null,
          cancellationReason:
            status === 'CANCELLED'
              ? 'Niet meer nodig: het gezin is verhuisd naar een andere gemeente binnen de regio.'
              : null,
          interventionKind: null,
          justification: null,
        },
      });
    });
  });

  // Safety plan where a protecting organisation is on the team.
  const protector = team.find((k) => ['SAFE_HOME', 'CENTRE', 'CARE'].includes(typeOf(k)));
  if (protector) {
    const items: [SafetyItemKind, DataCategory, string][] = [
      ['WHO_TO_CALL', 'CONTACT', 'Bij dreiging direct 112 bellen; daarna de casusregisseur via het veilige nummer.'],
      ['SAFE_PLACE', 'SECRET_LOCATION', 'Tijdelijk verblijf bij de opvang (adres alleen bij de opvang bekend).'],
      ['WARNING_SIGNALS', 'PLAN', 'Toenemend alcoholgebruik, dreigende berichten, onaangekondigd langskomen.'],
    ];
    items.forEach(([kind, category, text], i) =>
      el({
        key: `${c.reference}:safety:${i}`,
        kind: 'SAFETY_ITEM',
        category,
        parentKey: null,
        authorOrganisationKey: protector,
        ownerOrganisationKey: null,
        dueOn: null,
        status: null,
        fields: { itemKind: kind, text, concerns: [victim] },
      }),
    );
  }

  // A restraining order where the police is on the team in cases of (intimate) partner violence.
  const police = team.find((k) => typeOf(k) === 'POLICE');
  if (
    police &&
    perpetrator &&
    ['INTIMATE_TERROR', 'INTIMATE_TERROR_WITHOUT_CHILDREN', 'FAMILY_UNDER_STRESS', 'COMPLEX_CONFLICT_DIVORCE'].includes(
      c.profile,
    )
  ) {
    const kind: CoerciveMeasureKind = 'RESTRAINING_ORDER';
    el({
      key: `${c.reference}:measure:0`,
      kind: 'MEASURE',
      category: 'CRIMINAL',
      parentKey: null,
      authorOrganisationKey: police,
      ownerOrganisationKey: police,
      dueOn: null,
      status: null,
      fields: {
        measureKind: kind,
        startsOn: opened,
        endsOn: addDays(opened, unit(`thv:${c.reference}`) < 0.5 ? 10 : 28),
        concerns: [perpetrator, victim],
        note: 'Tijdelijk huisverbod opgelegd door de hulpofficier namens de burgemeester.',
      },
    });
  }
  const youth = team.find((k) => typeOf(k) === 'YOUTH_PROTECTION');
  if (youth && child) {
    el({
      key: `${c.reference}:measure:1`,
      kind: 'MEASURE',
      category: 'CHILD_PROTECTION',
      parentKey: null,
      authorOrganisationKey: youth,
      ownerOrganisationKey: youth,
      dueOn: null,
      status: null,
      fields: {
        measureKind: 'SUPERVISION_ORDER',
        startsOn: addDays(opened, 30),
        endsOn: addDays(opened, 30 + 365),
        concerns: [child],
        note: 'Ondertoezichtstelling voor een jaar; gezinsvoogd toegewezen.',
      },
    });
  }

  if (state === 'AGREED_THEN_DRAFT') {
    const last = elements.filter((e) => e.kind === 'GOAL').at(-1)!;
    elements.push({
      key: `${last.key}:action:late`,
      kind: 'ACTION',
      category: 'PLAN',
      parentKey: last.key,
      authorOrganisationKey: lead,
      ownerOrganisationKey: lead,
      dueOn: addDays(opened, 120),
      status: 'OPEN',
      fields: {
        description: 'Evaluatie na drie maanden plannen',
        assigneeUserId: null,
        cancellationReason: null,
        interventionKind: null,
        justification: null,
      },
      afterLastVersion: true,
    });
  }
  const agreedBy =
    state === 'AGREED' || state === 'AGREED_THEN_DRAFT'
      ? [...team]
      : state === 'PROPOSED'
        ? team.slice(0, -1).filter((_, i) => i % 2 === 0)
        : [];
  const objector = team.find((k) => k !== lead) ?? lead;
  return {
    caseReference: c.reference,
    state,
    firstMeetingOn: addDays(opened, 7),
    proposerEmail,
    elements,
    agreedBy,
    objection:
      state === 'OBJECTED'
        ? {
            organisationKey: objector,
            reason: 'De afspraken over de omgang met de kinderen ontbreken nog in het plan.',
          }
        : null,
    note: police
      ? {
          elementKey: `${c.reference}:goal:0`,
          authorOrganisationKey: police,
          body: 'Lopend opsporingsonderzoek; details alleen via de politie.',
          audience: ['POLICE', 'PROSECUTION'],
        }
      : null,
  };
}
