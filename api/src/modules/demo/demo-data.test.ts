import { describe, expect, it } from 'vitest';
import {
  CASE_REFERENCE_PATTERN,
  CASE_STATUSES,
  HOUSEHOLD_PROFILES,
  MUNICIPALITIES,
  ORGANISATION_TYPES,
  USER_ROLES,
  isValidBsn,
  type OrganisationType,
  type UserRole,
} from '@mda/domain';
import { generateDemoData, personasOf, type DemoCase, type DemoData, type DemoPerson } from './demo-data.js';

const REFERENCE_DATE = '2026-11-01';
const SCHIEDAM_AREA = new Set(['SCHIEDAM', 'VLAARDINGEN', 'MAASSLUIS', 'LANSINGERLAND']);

const data = generateDemoData();
const orgType = new Map(data.organisations.map((o) => [o.key, o.type]));
const personByKey = new Map(data.persons.map((p) => [p.key, p]));

/** Whole years of age on `on` (both YYYY-MM-DD). */
function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

function person(key: string): DemoPerson {
  const p = personByKey.get(key);
  if (!p) throw new Error(`unknown person ${key}`);
  return p;
}

function typesOf(c: DemoCase): OrganisationType[] {
  return c.team.map((m) => {
    const type = orgType.get(m.organisationKey);
    if (!type) throw new Error(`unknown organisation ${m.organisationKey}`);
    return type;
  });
}

const activeOn = (day: string) => (m: { validFrom: string; validUntil: string | null }) =>
  m.validFrom <= day && (m.validUntil === null || m.validUntil >= day);

describe('generateDemoData: determinism', () => {
  it('gives identical output for the same seed', () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData({ seed: 42, households: 50 })).toEqual(generateDemoData({ seed: 42, households: 50 }));
  });

  it('gives different households for a different seed, but the same organisations and logins', () => {
    const a = generateDemoData({ seed: 1 });
    const b = generateDemoData({ seed: 2 });
    expect(a.cases).not.toEqual(b.cases);
    expect(a.persons).not.toEqual(b.persons);
    expect(a.organisations).toEqual(b.organisations);
    expect(personasOf(a)).toEqual(personasOf(b));
  });

  it('makes 200 households by default and honours the options', () => {
    expect(data.cases).toHaveLength(200);
    const small = generateDemoData({ households: 20, year: 2025 });
    expect(small.cases).toHaveLength(20);
    expect(small.cases.every((c) => c.reference.startsWith('MDA-2025-'))).toBe(true);
    expect(small.cases.every((c) => c.openedAt.startsWith('2025-'))).toBe(true);
  });

  it('refuses options that make no sense', () => {
    expect(() => generateDemoData({ households: 0 })).toThrow(RangeError);
    expect(() => generateDemoData({ households: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoData({ year: 1999 })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: Number.NaN })).toThrow(RangeError);
  });
});

describe.each([
  ['default', data],
  ['seed 7', generateDemoData({ seed: 7 })],
  ['15 households', generateDemoData({ households: 15, seed: 3 })],
])('coverage (%s)', (_label, d: DemoData) => {
  it('covers every case status', () => {
    expect(new Set(d.cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
  });
  it('covers every household profile', () => {
    expect(new Set(d.cases.map((c) => c.profile))).toEqual(new Set(HOUSEHOLD_PROFILES));
  });
  it('covers all 15 municipalities, with known codes only', () => {
    expect(new Set(d.cases.map((c) => c.municipality))).toEqual(new Set(MUNICIPALITIES.map((m) => m.code)));
  });
});

describe('cases', () => {
  it('have unique references MDA-YYYY-NNNNNN with sequences 1..n', () => {
    const refs = data.cases.map((c) => c.reference);
    expect(new Set(refs).size).toBe(refs.length);
    for (const r of refs) expect(r).toMatch(/^MDA-\d{4}-\d{6}$/);
    expect(refs.every((r) => CASE_REFERENCE_PATTERN.test(r))).toBe(true);
    expect(refs.map((r) => Number(r.slice(-6)))).toEqual(data.cases.map((_, i) => i + 1));
  });

  it('carry closedAt only when CLOSED, after openedAt, and no date after the reference date', () => {
    for (const c of data.cases) {
      expect(c.openedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(c.openedAt.slice(0, 10) < REFERENCE_DATE).toBe(true);
      if (c.status === 'CLOSED') {
        expect(c.closedAt).not.toBeNull();
        expect(Date.parse(c.closedAt ?? '')).toBeGreaterThan(Date.parse(c.openedAt));
        expect((c.closedAt ?? '').slice(0, 10) < REFERENCE_DATE).toBe(true);
      } else {
        expect(c.closedAt).toBeNull();
      }
    }
  });
});

describe('households', () => {
  it('every household has at least one VICTIM, and members refer to known persons', () => {
    for (const c of data.cases) {
      expect(c.members.some((m) => m.roles.includes('VICTIM'))).toBe(true);
      for (const m of c.members) {
        expect(personByKey.has(m.personKey)).toBe(true);
        expect(m.roles.length).toBeGreaterThan(0);
        expect(new Set(m.roles).size).toBe(m.roles.length);
      }
    }
  });

  it('each person belongs to exactly one household, with a unique key', () => {
    const keys = data.cases.flatMap((c) => c.members.map((m) => m.personKey));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(data.persons.map((p) => p.key)).size).toBe(data.persons.length);
    expect(keys.length).toBe(data.persons.length);
  });

  it('children are under 18 and everyone else is an adult on the reference date', () => {
    for (const c of data.cases) {
      for (const m of c.members) {
        const p = person(m.personKey);
        expect(p.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.dateOfBirth < REFERENCE_DATE).toBe(true);
        const age = ageOn(p.dateOfBirth, REFERENCE_DATE);
        if (m.roles.includes('CHILD')) expect(age).toBeLessThan(18);
        else expect(age).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('parents are at least 18 years older than their children', () => {
    for (const c of data.cases) {
      const children = c.members.filter((m) => m.roles.includes('CHILD')).map((m) => person(m.personKey).dateOfBirth);
      // Profiles that can hold an adult sibling, an outside perpetrator or a new partner are skipped.
      if (
        children.length === 0 ||
        [
          'SEXUAL_VIOLENCE',
          'YOUTH_PROSTITUTION_TRAFFICKING',
          'COMPLEX_CONFLICT_DIVORCE',
          'HARMFUL_TRADITIONAL_PRACTICES',
        ].includes(c.profile)
      )
        continue;
      const oldestChild = [...children].sort()[0] ?? '';
      // The other household adults are parents or grandparents.
      const adults = c.members.filter((m) => !m.roles.includes('CHILD')).map((m) => person(m.personKey).dateOfBirth);
      for (const dob of adults) expect(ageOn(dob, oldestChild)).toBeGreaterThanOrEqual(18);
    }
  });

  it('fit their profile', () => {
    const of = (profile: string) => data.cases.filter((c) => c.profile === profile);
    for (const c of of('INTIMATE_TERROR_WITHOUT_CHILDREN')) {
      expect(c.members.some((m) => m.roles.includes('CHILD'))).toBe(false);
      expect(c.members.some((m) => m.roles.includes('PERPETRATOR'))).toBe(true);
    }
    for (const c of of('INTIMATE_TERROR')) {
      expect(c.members.some((m) => m.roles.includes('CHILD'))).toBe(true);
      expect(c.members.some((m) => m.roles.includes('VICTIM') && !m.roles.includes('CHILD'))).toBe(true);
      expect(c.members.some((m) => m.roles.includes('PERPETRATOR') && !m.roles.includes('CHILD'))).toBe(true);
    }
    for (const c of of('ELDER_ABUSE')) {
      const victim = c.members.find((m) => m.roles.includes('VICTIM'));
      const year = Number(person(victim?.personKey ?? '').dateOfBirth.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1935);
      expect(year).toBeLessThanOrEqual(1955);
      expect(
        c.members.some(
          (m) => m.roles.includes('PERPETRATOR') && ageOn(person(m.personKey).dateOfBirth, REFERENCE_DATE) >= 18,
        ),
      ).toBe(true);
    }
    for (const c of of('CHILD_TO_PARENT_ABUSE')) {
      const teen = c.members.find((m) => m.roles.includes('CHILD') && m.roles.includes('PERPETRATOR'));
      expect(teen).toBeDefined();
      expect(ageOn(person(teen?.personKey ?? '').dateOfBirth, REFERENCE_DATE)).toBeGreaterThanOrEqual(12);
      expect(c.members.some((m) => m.roles.includes('VICTIM') && !m.roles.includes('CHILD'))).toBe(true);
    }
    for (const c of of('CHILD_ABUSE')) {
      expect(c.members.some((m) => m.roles.includes('CHILD') && m.roles.includes('VICTIM'))).toBe(true);
    }
    for (const c of of('COMPLEX_CONFLICT_DIVORCE')) {
      expect(c.members.filter((m) => m.roles.includes('VICTIM') && m.roles.includes('PERPETRATOR'))).toHaveLength(2);
    }
    const roles = data.cases.flatMap((c) => c.members.map((m) => m.roles));
    expect(roles.some((r) => r.includes('OTHER'))).toBe(true);
  });

  it('mostly share a family name', () => {
    let shared = 0;
    for (const c of data.cases) {
      const names = c.members.map((m) => person(m.personKey).lastName);
      const top = Math.max(...names.map((n) => names.filter((x) => x === n).length));
      if (top * 2 > names.length) shared += 1;
    }
    expect(shared / data.cases.length).toBeGreaterThan(0.6);
  });
});

describe('BSNs (synthetic)', () => {
  const bsns = data.persons.map((p) => p.bsn).filter((b): b is string => b !== null);

  it('are all valid under the eleven-test and unique', () => {
    for (const b of bsns) expect(isValidBsn(b)).toBe(true);
    expect(new Set(bsns).size).toBe(bsns.length);
  });

  it('are present for about 70% of persons', () => {
    const share = bsns.length / data.persons.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.8);
  });
});

describe('case teams', () => {
  it('include a local team or Veilig Thuis, with 2-6 distinct organisations', () => {
    for (const c of data.cases) {
      const types = typesOf(c);
      expect(types.includes('LOCAL_TEAM') || types.includes('SAFE_HOME')).toBe(true);
      expect(c.team.length).toBeGreaterThanOrEqual(2);
      expect(c.team.length).toBeLessThanOrEqual(6);
      expect(new Set(c.team.map((m) => m.organisationKey)).size).toBe(c.team.length);
    }
  });

  it('have exactly one local team, chosen by municipality, so the two caseloads are disjoint', () => {
    const zuid = new Set<string>();
    const schiedam = new Set<string>();
    for (const c of data.cases) {
      const local = c.team.filter((m) => orgType.get(m.organisationKey) === 'LOCAL_TEAM');
      expect(local).toHaveLength(1);
      const key = local[0]?.organisationKey;
      expect(key).toBe(SCHIEDAM_AREA.has(c.municipality) ? 'local-team-schiedam' : 'local-team-zuid');
      (key === 'local-team-zuid' ? zuid : schiedam).add(c.reference);
    }
    expect(zuid.size).toBeGreaterThan(0);
    expect(schiedam.size).toBeGreaterThan(0);
    expect([...zuid].filter((r) => schiedam.has(r))).toEqual([]);
  });

  it('keep the local team active, so each local team sees its whole caseload today', () => {
    for (const c of data.cases) {
      const local = c.team.find((m) => orgType.get(m.organisationKey) === 'LOCAL_TEAM');
      expect(local && activeOn(REFERENCE_DATE)(local)).toBe(true);
    }
  });

  it('only bring in child protection when there are children, probation when there is a perpetrator', () => {
    for (const c of data.cases) {
      const types = typesOf(c);
      if (types.includes('YOUTH_PROTECTION') || types.includes('CHILD_PROTECTION_BOARD'))
        expect(c.members.some((m) => m.roles.includes('CHILD'))).toBe(true);
      if (types.includes('PROBATION'))
        expect(c.members.some((m) => m.roles.includes('PERPETRATOR') && !m.roles.includes('CHILD'))).toBe(true);
    }
  });

  it('have memberships from the opening day on, ending (if at all) before the reference date', () => {
    for (const c of data.cases) {
      for (const m of c.team) {
        expect(m.validFrom >= c.openedAt.slice(0, 10)).toBe(true);
        expect(m.validFrom < REFERENCE_DATE).toBe(true);
        if (m.validUntil !== null) {
          expect(m.validUntil >= m.validFrom).toBe(true);
          expect(m.validUntil < REFERENCE_DATE).toBe(true);
        }
        expect(m.purpose.length).toBeGreaterThan(10);
      }
    }
    const open = data.cases.filter((c) => c.status !== 'CLOSED');
    expect(open.some((c) => c.team.some((m) => m.validUntil !== null))).toBe(true);
  });

  it('state a complete legal basis of the right kind', () => {
    const kinds = new Set<string>();
    for (const m of data.cases.flatMap((c) => c.team)) {
      const b = m.legalBasis;
      kinds.add(b.kind);
      if (b.kind === 'COVENANT')
        expect(b).toEqual({
          kind: 'COVENANT',
          article: expect.stringMatching(/^Convenant .+art\. \d+$/),
          consentDate: null,
          statute: null,
        });
      if (b.kind === 'CONSENT') {
        expect(b.article).toBeNull();
        expect(b.statute).toBeNull();
        expect(b.consentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((b.consentDate ?? '') <= m.validFrom).toBe(true);
      }
      if (b.kind === 'LEGAL_DUTY')
        expect(b).toEqual({
          kind: 'LEGAL_DUTY',
          article: null,
          consentDate: null,
          statute: expect.stringMatching(/art\. /),
        });
    }
    expect(kinds).toEqual(new Set(['COVENANT', 'CONSENT', 'LEGAL_DUTY']));
  });

  it('give the police enough active cases to page through 40 at a time', () => {
    const police = data.cases.filter((c) =>
      c.team.some((m) => m.organisationKey === 'police' && activeOn(REFERENCE_DATE)(m)),
    );
    expect(police.length).toBeGreaterThanOrEqual(40);
  });
});

describe('organisations, users and personas', () => {
  it('has at least one organisation of every type, and two local teams', () => {
    expect(new Set(data.organisations.map((o) => o.type))).toEqual(new Set(ORGANISATION_TYPES));
    expect(
      data.organisations
        .filter((o) => o.type === 'LOCAL_TEAM')
        .map((o) => o.key)
        .sort(),
    ).toEqual(['local-team-schiedam', 'local-team-zuid']);
    expect(new Set(data.organisations.map((o) => o.key)).size).toBe(data.organisations.length);
    expect(data.organisations.some((o) => /filomena/i.test(o.name))).toBe(false);
  });

  it('has a PROFESSIONAL in every organisation and a user for every role', () => {
    for (const o of data.organisations) {
      expect(data.users.some((u) => u.organisationKey === o.key && u.roles.includes('PROFESSIONAL'))).toBe(true);
    }
    for (const role of USER_ROLES) expect(data.users.some((u) => u.roles.includes(role))).toBe(true);
    const personas = personasOf(data);
    for (const type of ORGANISATION_TYPES) expect(personas.some((p) => p.organisationType === type)).toBe(true);
  });

  it('has case directors at Wijkteam Rotterdam-Zuid and Veilig Thuis, process directors at the ZVH and Veilig Thuis', () => {
    const holders = (role: UserRole) => data.users.filter((u) => u.roles.includes(role)).map((u) => u.organisationKey);
    expect(holders('CASE_DIRECTOR')).toEqual(expect.arrayContaining(['local-team-zuid', 'safe-home']));
    expect(holders('PROCESS_DIRECTOR')).toEqual(expect.arrayContaining(['safety-house', 'safe-home']));
    expect(holders('PRIVACY_OFFICER')).toEqual(expect.arrayContaining(['safe-home', 'municipality']));
    expect(holders('ADMIN')).toEqual(['municipality']);
  });

  it('has privacy-officer and admin logins without casework roles', () => {
    for (const role of ['PRIVACY_OFFICER', 'ADMIN'] as const) {
      expect(
        data.users.some(
          (u) => u.roles.includes(role) && u.roles.every((r) => r === 'PRIVACY_OFFICER' || r === 'ADMIN'),
        ),
      ).toBe(true);
    }
  });

  it('uses unique .test addresses and one strong shared demo password', () => {
    const emails = data.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/^[a-z.]+@demo\.mda\.test$/);
    expect(emails).toEqual(
      expect.arrayContaining([
        'politie@demo.mda.test',
        'wijkteam.zuid@demo.mda.test',
        'wijkteam.schiedam@demo.mda.test',
        'casusregisseur.wijkteam.zuid@demo.mda.test',
        'fg.veiligthuis@demo.mda.test',
      ]),
    );
    const passwords = new Set(data.users.map((u) => u.password));
    expect(passwords.size).toBe(1);
    expect([...passwords][0]?.length).toBeGreaterThanOrEqual(12);
    for (const u of data.users) expect(u.displayName).toMatch(/^\S+ .+$/);
  });

  it('personasOf gives one entry per user with its organisation type and a copy of its roles', () => {
    const personas = personasOf(data);
    expect(personas).toHaveLength(data.users.length);
    personas.forEach((p, i) => {
      const u = data.users[i];
      expect(p).toEqual({
        email: u?.email,
        password: u?.password,
        totpSecret: u?.totpSecret,
        organisationType: orgType.get(u?.organisationKey ?? ''),
        roles: u?.roles,
      });
      expect(p.roles).not.toBe(u?.roles);
    });
  });
});
