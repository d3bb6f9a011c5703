/** Seeded randomness, households and case teams of the demo region (pure, deterministic; see demo-data.ts). */
import { type Rng } from './demo-random.js';
import { isValidBsn, type HouseholdProfile, type MemberRole } from '@mda/domain';
import { NAME_BACKGROUNDS, type NameBackground } from './dutch-names.js';
import type { DemoMember, DemoPerson } from './demo-data.js';
import { RESERVED_BSNS } from './demo-region.js';

// ---------------------------------------------------------------------------------------------
// Seeded randomness and dates.
// ---------------------------------------------------------------------------------------------

export const DAY_MS = 86_400_000;
export const YEAR_DAYS = 365.25;

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Office hours in UTC (07:00-16:59), so the UTC date equals the Dutch date. */
export function isoDateTime(rng: Rng, day: number): string {
  return new Date(day * DAY_MS + rng.int(7, 16) * 3_600_000 + rng.int(0, 59) * 60_000).toISOString();
}

/** Entries pairing each item with its weight. */
export function weightsOf<T extends string>(
  items: readonly T[],
  weights: Readonly<Record<string, number>>,
): (readonly [T, number])[] {
  return items.map((item) => [item, weights[item] ?? 1] as const);
}

/**
 * A list of `n` items that contains every item at least once (when `n` allows), topped up
 * with weighted draws, in random order.
 */
export function coveringList<T>(rng: Rng, n: number, entries: readonly (readonly [T, number])[]): T[] {
  const list = entries.slice(0, Math.min(n, entries.length)).map(([value]) => value);
  while (list.length < n) list.push(rng.weighted(entries));
  return rng.shuffle(list);
}

// ---------------------------------------------------------------------------------------------
// Persons and households.
// ---------------------------------------------------------------------------------------------

export type Gender = 'F' | 'M';

export interface FamilyName {
  bg: NameBackground;
  name: string;
}

export interface Context {
  rng: Rng;
  /** Day number of the reference date. */
  refDay: number;
  persons: DemoPerson[];
  usedBsns: Set<string>;
}

/**
 * A random nine-digit string passing the eleven-test: eight random digits, then the ninth
 * digit that makes the weighted sum divisible by 11 (retry when that would be 10).
 * Synthetic, for demo purposes only; never a real person's BSN.
 */
export function syntheticBsn(ctx: Context): string {
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    let digits = String(ctx.rng.int(1, 9));
    let sum = Number(digits) * 9;
    for (let i = 1; i < 8; i += 1) {
      const d = ctx.rng.int(0, 9);
      digits += String(d);
      sum += d * (9 - i);
    }
    const check = sum % 11;
    if (check === 10) continue;
    const bsn = `${digits}${check}`;
    if (!isValidBsn(bsn) || ctx.usedBsns.has(bsn) || RESERVED_BSNS.has(bsn)) continue;
    ctx.usedBsns.add(bsn);
    return bsn;
  }
  throw new Error('could not generate a unique synthetic BSN');
}

export function addPerson(ctx: Context, family: FamilyName, gender: Gender, dobDay: number): string {
  const key = `person-${String(ctx.persons.length + 1).padStart(5, '0')}`;
  ctx.persons.push({
    key,
    firstName: ctx.rng.pick(gender === 'F' ? family.bg.female : family.bg.male),
    lastName: family.name,
    dateOfBirth: isoDate(dobDay),
    bsn: ctx.rng.chance(0.7) ? syntheticBsn(ctx) : null,
  });
  return key;
}

export function newFamily(ctx: Context, bg?: NameBackground): FamilyName {
  const background = bg ?? ctx.rng.weighted(NAME_BACKGROUNDS.map((b) => [b, b.weight] as const));
  return { bg: background, name: ctx.rng.pick(background.family) };
}

/** A partner: usually sharing the family name, otherwise their own (same or other background). */
export function partnerFamily(ctx: Context, family: FamilyName, shareChance = 0.7): FamilyName {
  if (ctx.rng.chance(shareChance)) return family;
  return newFamily(ctx, ctx.rng.chance(0.6) ? family.bg : undefined);
}

/** Date of birth of someone aged `minAge`..`maxAge` whole years on the reference date. */
export function dobForAge(ctx: Context, minAge: number, maxAge: number): number {
  return ctx.refDay - ctx.rng.int(Math.ceil(minAge * YEAR_DAYS) + 2, Math.floor((maxAge + 1) * YEAR_DAYS) - 2);
}

/** Children are at most 16 on the reference date (minors with margin), at least a month old. */
export function childDob(ctx: Context, minAge: number, maxAge: number): number {
  const dob = dobForAge(ctx, minAge, Math.min(maxAge, 16));
  return Math.min(dob, ctx.refDay - 30);
}

/** A parent at least 19 and at most 42 years older than the child. */
export function parentDob(ctx: Context, childDobDay: number): number {
  return childDobDay - ctx.rng.int(Math.ceil(19 * YEAR_DAYS), Math.floor(42 * YEAR_DAYS));
}

export const otherGender = (g: Gender): Gender => (g === 'F' ? 'M' : 'F');

export class Household {
  readonly members: DemoMember[] = [];

  constructor(private readonly ctx: Context) {}

  add(family: FamilyName, gender: Gender, dobDay: number, roles: MemberRole[]): number {
    this.members.push({ personKey: addPerson(this.ctx, family, gender, dobDay), roles });
    return dobDay;
  }

  /** `count` children with the family name; returns the date of birth of the oldest. */
  children(family: FamilyName, count: number, minAge: number, maxAge: number, roles: () => MemberRole[]): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i += 1) {
      const dob = this.add(family, this.ctx.rng.chance(0.5) ? 'F' : 'M', childDob(this.ctx, minAge, maxAge), roles());
      oldest = Math.min(oldest, dob);
    }
    return oldest;
  }

  /** Sometimes a grandparent is involved (OTHER). */
  maybeGrandparent(family: FamilyName, parentDobDay: number, p: number): void {
    if (!this.ctx.rng.chance(p)) return;
    const dob = parentDobDay - this.ctx.rng.int(Math.ceil(20 * YEAR_DAYS), Math.floor(35 * YEAR_DAYS));
    this.add(
      this.ctx.rng.chance(0.5) ? family : newFamily(this.ctx, family.bg),
      this.ctx.rng.chance(0.65) ? 'F' : 'M',
      dob,
      ['OTHER'],
    );
  }
}

export interface HouseholdFacts {
  members: DemoMember[];
  hasChildren: boolean;
  hasAdultPerpetrator: boolean;
  hasPerpetrator: boolean;
}

export function buildHousehold(ctx: Context, profile: HouseholdProfile): HouseholdFacts {
  const { rng } = ctx;
  const h = new Household(ctx);
  const family = newFamily(ctx);
  const childVictim = (p: number) => (): MemberRole[] => (rng.chance(p) ? ['CHILD', 'VICTIM'] : ['CHILD']);
  let adultPerpetrator = true;

  switch (profile) {
    case 'INTIMATE_TERROR':
    case 'INTIMATE_TERROR_WITHOUT_CHILDREN': {
      const victimGender: Gender = rng.chance(0.88) ? 'F' : 'M';
      const perpetratorGender = rng.chance(0.96) ? otherGender(victimGender) : victimGender;
      if (profile === 'INTIMATE_TERROR') {
        const kids = new Household(ctx);
        const oldest = kids.children(family, rng.int(1, 3), 0, 16, childVictim(0.6));
        h.add(partnerFamily(ctx, family), victimGender, parentDob(ctx, oldest), ['VICTIM']);
        h.add(family, perpetratorGender, parentDob(ctx, oldest), ['PERPETRATOR']);
        h.members.push(...kids.members);
        h.maybeGrandparent(family, oldest - Math.floor(30 * YEAR_DAYS), 0.1);
      } else {
        h.add(partnerFamily(ctx, family), victimGender, dobForAge(ctx, 19, 62), ['VICTIM']);
        h.add(family, perpetratorGender, dobForAge(ctx, 19, 65), ['PERPETRATOR']);
      }
      break;
    }
    case 'FAMILY_UNDER_STRESS': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 4), 0, 16, childVictim(0.5));
      const mutual = rng.chance(0.4);
      const mother = parentDob(ctx, oldest);
      h.add(partnerFamily(ctx, family), 'F', mother, mutual ? ['VICTIM', 'PERPETRATOR'] : ['VICTIM']);
      h.add(family, 'M', parentDob(ctx, oldest), mutual ? ['VICTIM', 'PERPETRATOR'] : ['PERPETRATOR']);
      h.members.push(...kids.members);
      h.maybeGrandparent(family, mother, 0.12);
      break;
    }
    case 'LONG_TERM_CARE': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 4), 0, 16, childVictim(0.8));
      const parentGender: Gender = rng.chance(0.7) ? 'F' : 'M';
      const first = parentDob(ctx, oldest);
      if (rng.chance(0.5)) {
        h.add(family, parentGender, first, ['PERPETRATOR']);
      } else {
        h.add(family, parentGender, first, rng.chance(0.3) ? ['VICTIM', 'PERPETRATOR'] : ['VICTIM']);
        h.add(partnerFamily(ctx, family), otherGender(parentGender), parentDob(ctx, oldest), ['PERPETRATOR']);
      }
      h.members.push(...kids.members);
      // A victim is guaranteed: with a single parent the first child is always a victim.
      const firstChild = kids.members[0];
      if (firstChild && !firstChild.roles.includes('VICTIM')) firstChild.roles = ['CHILD', 'VICTIM'];
      h.maybeGrandparent(family, first, 0.25);
      break;
    }
    case 'CHILD_BEHAVIOUR_PARENTING_STRESS': {
      const teenAlsoPerpetrates = rng.chance(0.4);
      const kids = new Household(ctx);
      const teen = kids.add(
        family,
        rng.chance(0.6) ? 'M' : 'F',
        childDob(ctx, 10, 16),
        teenAlsoPerpetrates ? ['CHILD', 'VICTIM', 'PERPETRATOR'] : ['CHILD', 'VICTIM'],
      );
      kids.children(family, rng.int(0, 2), 0, 12, () => ['CHILD']);
      const first = parentDob(ctx, teen);
      h.add(
        family,
        rng.chance(0.6) ? 'F' : 'M',
        first,
        teenAlsoPerpetrates ? ['VICTIM', 'PERPETRATOR'] : ['PERPETRATOR'],
      );
      if (rng.chance(0.6))
        h.add(partnerFamily(ctx, family), rng.chance(0.5) ? 'F' : 'M', parentDob(ctx, teen), ['OTHER']);
      h.members.push(...kids.members);
      h.maybeGrandparent(family, first, 0.1);
      break;
    }
    case 'COMPLEX_CONFLICT_DIVORCE': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 3), 1, 16, () => ['CHILD', 'VICTIM']);
      h.add(partnerFamily(ctx, family, 0.4), 'F', parentDob(ctx, oldest), ['VICTIM', 'PERPETRATOR']);
      h.add(family, 'M', parentDob(ctx, oldest), ['VICTIM', 'PERPETRATOR']);
      h.members.push(...kids.members);
      if (rng.chance(0.2)) h.add(newFamily(ctx), rng.chance(0.5) ? 'F' : 'M', dobForAge(ctx, 25, 50), ['OTHER']); // new partner
      break;
    }
    case 'CHILD_TO_PARENT_ABUSE': {
      adultPerpetrator = false;
      const kids = new Household(ctx);
      const teen = kids.add(family, rng.chance(0.75) ? 'M' : 'F', childDob(ctx, 12, 16), ['CHILD', 'PERPETRATOR']);
      if (rng.chance(0.5)) kids.children(family, 1, 0, 14, childVictim(0.5));
      h.add(partnerFamily(ctx, family), rng.chance(0.75) ? 'F' : 'M', parentDob(ctx, teen), ['VICTIM']);
      if (rng.chance(0.4)) h.add(family, rng.chance(0.5) ? 'M' : 'F', parentDob(ctx, teen), ['VICTIM']);
      h.members.push(...kids.members);
      break;
    }
    case 'CHILD_ABUSE': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 4), 0, 16, () => ['CHILD', 'VICTIM']);
      h.add(family, rng.chance(0.6) ? 'M' : 'F', parentDob(ctx, oldest), ['PERPETRATOR']);
      if (rng.chance(0.6)) {
        const role = rng.weighted<MemberRole[]>([
          [['OTHER'], 5],
          [['PERPETRATOR'], 3],
          [['VICTIM'], 2],
        ]);
        h.add(partnerFamily(ctx, family), rng.chance(0.7) ? 'F' : 'M', parentDob(ctx, oldest), role);
      }
      h.members.push(...kids.members);
      h.maybeGrandparent(family, oldest - Math.floor(30 * YEAR_DAYS), 0.12);
      break;
    }
    case 'ELDER_ABUSE': {
      const born = dayNumber(1935, 1, 1);
      const victim = h.add(family, rng.chance(0.7) ? 'F' : 'M', rng.int(born, dayNumber(1955, 12, 31)), ['VICTIM']);
      const childFrom = victim + Math.ceil(20 * YEAR_DAYS);
      const childUntil = Math.min(victim + Math.floor(42 * YEAR_DAYS), ctx.refDay - Math.ceil(25 * YEAR_DAYS));
      h.add(
        rng.chance(0.7) ? family : newFamily(ctx, family.bg),
        rng.chance(0.6) ? 'M' : 'F',
        rng.int(childFrom, childUntil),
        ['PERPETRATOR'],
      );
      if (rng.chance(0.4))
        h.add(
          family,
          rng.chance(0.5) ? 'M' : 'F',
          rng.int(born, dayNumber(1955, 12, 31)),
          rng.chance(0.5) ? ['OTHER'] : ['VICTIM'],
        );
      break;
    }
    case 'YOUTH_PROSTITUTION_TRAFFICKING': {
      const victim = h.add(family, rng.chance(0.9) ? 'F' : 'M', childDob(ctx, 13, 16), ['CHILD', 'VICTIM']);
      h.add(partnerFamily(ctx, family), 'F', parentDob(ctx, victim), ['OTHER']);
      if (rng.chance(0.5)) h.add(family, 'M', parentDob(ctx, victim), ['OTHER']);
      if (rng.chance(0.8)) h.add(newFamily(ctx), 'M', dobForAge(ctx, 19, 32), ['PERPETRATOR']);
      else adultPerpetrator = false;
      break;
    }
    case 'HARMFUL_TRADITIONAL_PRACTICES': {
      const minor = rng.chance(0.6);
      const victim = h.add(
        family,
        rng.chance(0.85) ? 'F' : 'M',
        minor ? childDob(ctx, 14, 16) : dobForAge(ctx, 18, 24),
        minor ? ['CHILD', 'VICTIM'] : ['VICTIM'],
      );
      const father = parentDob(ctx, victim - Math.ceil(6 * YEAR_DAYS));
      h.add(family, 'M', father, ['PERPETRATOR']);
      h.add(
        partnerFamily(ctx, family),
        'F',
        parentDob(ctx, victim - Math.ceil(6 * YEAR_DAYS)),
        rng.chance(0.35) ? ['PERPETRATOR'] : ['OTHER'],
      );
      if (rng.chance(0.5)) {
        // An older brother, aged 19 or over on the reference date.
        const brother = Math.min(victim - rng.int(365, Math.ceil(6 * YEAR_DAYS)), dobForAge(ctx, 19, 19));
        h.add(family, 'M', brother, ['PERPETRATOR']);
      }
      break;
    }
    case 'SEXUAL_VIOLENCE': {
      if (rng.chance(0.6)) {
        const victim = h.add(family, rng.chance(0.75) ? 'F' : 'M', childDob(ctx, 4, 16), ['CHILD', 'VICTIM']);
        h.add(partnerFamily(ctx, family), 'F', parentDob(ctx, victim), ['OTHER']);
        h.add(newFamily(ctx), 'M', parentDob(ctx, victim), ['PERPETRATOR']); // mother's new partner
        if (rng.chance(0.4)) h.children(family, 1, 0, 16, () => ['CHILD']);
      } else {
        h.add(family, rng.chance(0.9) ? 'F' : 'M', dobForAge(ctx, 18, 45), ['VICTIM']);
        h.add(newFamily(ctx), 'M', dobForAge(ctx, 19, 55), ['PERPETRATOR']); // (ex-)partner
      }
      break;
    }
  }

  const has = (role: MemberRole) => h.members.some((m) => m.roles.includes(role));
  return {
    members: h.members,
    hasChildren: has('CHILD'),
    hasPerpetrator: has('PERPETRATOR'),
    hasAdultPerpetrator:
      adultPerpetrator && h.members.some((m) => m.roles.includes('PERPETRATOR') && !m.roles.includes('CHILD')),
  };
}
