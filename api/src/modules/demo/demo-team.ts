/** Case teams of the demo region: who joins, on which legal basis, since when (pure, deterministic; see demo-data.ts). */
import { type CaseStatus, type HouseholdProfile, type OrganisationType } from '@mda/domain';
import { type Rng } from './demo-random.js';
import type { DemoMembership } from './demo-data.js';
import {
  COVENANT_ARTICLE,
  MAX_TEAM_SIZE,
  ORGANISATIONS,
  PURPOSES,
  SCHIEDAM_TEAM_MUNICIPALITIES,
  TEAM_PRIORITY,
} from './demo-region.js';
import { type Context, type HouseholdFacts, isoDate } from './demo-households.js';

export function legalBasisFor(
  ctx: Context,
  type: OrganisationType,
  validFrom: number,
  openedDay: number,
): DemoMembership['legalBasis'] {
  const { rng } = ctx;
  const covenant = { kind: 'COVENANT' as const, article: COVENANT_ARTICLE, consentDate: null, statute: null };
  const duty = (statute: string) => ({ kind: 'LEGAL_DUTY' as const, article: null, consentDate: null, statute });
  switch (type) {
    case 'POLICE':
      return rng.chance(0.6) ? duty('Wet politiegegevens art. 16') : covenant;
    case 'PROSECUTION':
      return rng.chance(0.4) ? duty('Wet justitiële en strafvorderlijke gegevens art. 8a') : covenant;
    case 'YOUTH_PROTECTION':
      return rng.chance(0.8) ? duty('Jeugdwet art. 7.4.0') : covenant;
    case 'SAFE_HOME':
      return rng.chance(0.25) ? duty('Wet maatschappelijke ondersteuning 2015 art. 4.1.1') : covenant;
    case 'MUNICIPALITY':
      return duty('Wet tijdelijk huisverbod art. 2');
    case 'CARE':
      return rng.chance(0.75)
        ? {
            kind: 'CONSENT',
            article: null,
            consentDate: isoDate(rng.int(Math.max(openedDay, validFrom - 7), validFrom)),
            statute: null,
          }
        : covenant;
    default:
      return covenant;
  }
}

/** Chance that an organisation of this type joins the team, given the household. */
export function joinChance(type: OrganisationType, profile: HouseholdProfile, facts: HouseholdFacts): number {
  const intimateTerror = profile === 'INTIMATE_TERROR' || profile === 'INTIMATE_TERROR_WITHOUT_CHILDREN';
  switch (type) {
    case 'SAFE_HOME':
      return 0.85;
    case 'POLICE':
      return intimateTerror ? 0.9 : facts.hasPerpetrator ? 0.7 : 0.3;
    case 'PROSECUTION':
      return facts.hasAdultPerpetrator ? 0.3 : 0;
    case 'PROBATION':
      return facts.hasAdultPerpetrator ? (intimateTerror ? 0.5 : 0.3) : 0;
    case 'CHILD_PROTECTION_BOARD':
      return facts.hasChildren ? 0.3 : 0;
    case 'YOUTH_PROTECTION':
      if (!facts.hasChildren) return 0;
      return profile === 'CHILD_ABUSE' ||
        profile === 'YOUTH_PROSTITUTION_TRAFFICKING' ||
        profile === 'CHILD_TO_PARENT_ABUSE'
        ? 0.7
        : 0.45;
    case 'CENTRE':
      return intimateTerror ? 0.5 : 0.15;
    case 'SAFETY_HOUSE':
      return profile === 'HARMFUL_TRADITIONAL_PRACTICES' || profile === 'YOUTH_PROSTITUTION_TRAFFICKING' ? 0.6 : 0.15;
    case 'CARE':
      return profile === 'LONG_TERM_CARE' ? 0.8 : profile === 'ELDER_ABUSE' ? 0.6 : 0.3;
    case 'MUNICIPALITY':
      return facts.hasAdultPerpetrator ? 0.05 : 0;
    case 'LOCAL_TEAM':
      return 0; // the local team is chosen by municipality, never at random
  }
}

export interface TeamInput {
  status: CaseStatus;
  profile: HouseholdProfile;
  municipality: string;
  openedDay: number;
  /** Closing day for a CLOSED case, else null. */
  closedDay: number | null;
  facts: HouseholdFacts;
}

export function buildTeam(ctx: Context, input: TeamInput): DemoMembership[] {
  const { rng, refDay } = ctx;
  const lastDay = input.closedDay ?? refDay - 1;
  const localTeam = SCHIEDAM_TEAM_MUNICIPALITIES.has(input.municipality) ? 'local-team-schiedam' : 'local-team-zuid';

  // Which organisations join. A case in intake has only the first partners on board.
  let partners = ORGANISATIONS.filter((o) => o.type !== 'LOCAL_TEAM').filter((o) => {
    if (input.status === 'INTAKE')
      return o.type === 'SAFE_HOME' || (o.type === 'POLICE' && input.facts.hasPerpetrator && rng.chance(0.5));
    return rng.chance(joinChance(o.type, input.profile, input.facts));
  });
  const safeHome = partners.filter((o) => o.type === 'SAFE_HOME');
  // Too many candidates: keep the most involved partners (police first, the main reporter).
  const others = partners
    .filter((o) => o.type !== 'SAFE_HOME')
    .sort((a, b) => TEAM_PRIORITY.indexOf(a.type) - TEAM_PRIORITY.indexOf(b.type))
    .slice(0, MAX_TEAM_SIZE - 1 - safeHome.length);
  partners = [...safeHome, ...others];
  if (partners.length === 0) partners = ORGANISATIONS.filter((o) => o.type === 'SAFE_HOME');

  const team: DemoMembership[] = [];
  const localFrom = Math.min(input.openedDay + rng.int(0, 3), lastDay);
  team.push({
    organisationKey: localTeam,
    legalBasis: { kind: 'COVENANT', article: COVENANT_ARTICLE, consentDate: null, statute: null },
    purpose: PURPOSES.LOCAL_TEAM,
    validFrom: isoDate(localFrom),
    // The local team keeps the case, closed ones included, as the household's steady contact.
    validUntil: null,
  });

  const memberships = partners.map((o) => {
    const span = lastDay - input.openedDay;
    const from =
      input.openedDay + (o.type === 'SAFE_HOME' ? rng.int(0, Math.min(2, span)) : rng.int(0, Math.min(60, span)));
    let until: number | null = null;
    if (input.closedDay !== null) {
      until = input.closedDay; // partners leave the team when the case closes
    } else if (refDay - 1 - from >= 30) {
      // Some partners have finished their part; Veilig Thuis often hands over in monitoring.
      const endChance = o.type === 'SAFE_HOME' ? (input.status === 'MONITORING' ? 0.4 : 0.05) : 0.15;
      if (rng.chance(endChance)) until = rng.int(from + 14, refDay - 1);
    }
    const membership: DemoMembership = {
      organisationKey: o.key,
      legalBasis: legalBasisFor(ctx, o.type, from, input.openedDay),
      purpose: PURPOSES[o.type],
      validFrom: isoDate(from),
      validUntil: until === null ? null : isoDate(until),
    };
    return membership;
  });
  memberships.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  team.push(...memberships);
  return team;
}

// ---------------------------------------------------------------------------------------------
// Public API.
// ---------------------------------------------------------------------------------------------

/** Days before the reference date on which a case of this status was opened. */
export function openedDaysAgo(rng: Rng, status: CaseStatus): number {
  switch (status) {
    case 'INTAKE':
      return rng.int(1, 28);
    case 'ACTIVE':
      return rng.int(21, 290);
    case 'MONITORING':
      return rng.int(100, 300);
    case 'CLOSED':
      return rng.int(150, 300);
  }
}
