import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../../modules/identity/password.js';
import { sealSecret } from '../../../modules/identity/second-factor.service.js';
import { Organisation } from '../../../modules/identity/organisation.entity.js';
import { User } from '../../../modules/identity/user.entity.js';
import { Household } from '../../../modules/cases/household.entity.js';
import { HouseholdMember } from '../../../modules/cases/household-member.entity.js';
import { Person } from '../../../modules/cases/person.entity.js';
import { Case } from '../../../modules/cases/case.entity.js';
import { CaseTeamMembership } from '../../../modules/cases/case-team-membership.entity.js';
import { bsnHash } from '../../../modules/cases/case.service.js';
import { CaseEntry } from '../../../modules/cases/case-entry.entity.js';
import { DirectorAssignment } from '../../../modules/directors/director-assignment.entity.js';
import { generateDemoData, type DemoData } from './demo-data.js';
import { generatePrivacyData } from './demo-privacy-data.js';
import { generateDirectionData } from './demo-direction-data.js';
import { seedDirectionData } from './demo-direction.seeder.js';
import { generatePlanData } from './demo-plan-data.js';
import { seedDemoPlans } from './demo-plan.seeder.js';
import { setRetentionAtClosure } from '../../../modules/privacy/retention.service.js';
import { seedDemoIntake } from '../../../modules/intake/intake-demo.seeder.js';
import { seedDemoMeetings } from '../../../modules/meetings/meetings.demo.js';
import { todayInNetherlands } from '../../graphql/validation.js';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  users: number;
  cases: number;
}

/** Seeds the synthetic demo region when the database has no organisations yet. */
export async function seedDemoData(em: EntityManager, bsnKey: Buffer, data: DemoData = generateDemoData()): Promise<SeedResult> {
  if ((await em.count(Organisation, {})) > 0) return { seeded: false, organisations: 0, users: 0, cases: 0 };
  await em.transactional(async (tx) => {
    const organisations = new Map<string, Organisation>();
    for (const o of data.organisations) organisations.set(o.key, tx.create(Organisation, { name: o.name, type: o.type, municipalities: [...(o.municipalities ?? [])] }));
    const hashes = new Map<string, string>();
    const users = new Map<string, User>();
    for (const u of data.users) {
      let passwordHash = hashes.get(u.password);
      if (!passwordHash) {
        passwordHash = await hashPassword(u.password);
        hashes.set(u.password, passwordHash);
      }
      const organisation = organisations.get(u.organisationKey);
      if (!organisation) throw new Error(`demo user refers to unknown organisation ${u.organisationKey}`);
      users.set(u.email, tx.create(User, { email: u.email.toLowerCase(), displayName: u.displayName, passwordHash, organisation, roles: [...u.roles] }));
    }
    const privacy = generatePrivacyData(data);
    const detailsOf = new Map(privacy.details.map((d) => [d.personKey, d]));
    const persons = new Map<string, Person>();
    for (const p of data.persons) {
      const d = detailsOf.get(p.key);
      persons.set(
        p.key,
        tx.create(Person, {
          firstName: p.firstName,
          lastName: p.lastName,
          dateOfBirth: p.dateOfBirth,
          bsnHash: p.bsn ? bsnHash(bsnKey, p.bsn) : null,
          address: d?.address ?? null,
          phone: d?.phone ?? null,
          shelterAddress: d?.shelterAddress ?? null,
          safeContact: d?.safeContact ?? null,
        }),
      );
    }
    const casesByReference = new Map<string, Case>();
    const maxSequence = new Map<number, number>();
    for (const c of data.cases) {
      const household = tx.create(Household, {});
      for (const m of c.members) {
        const person = persons.get(m.personKey);
        if (!person) throw new Error(`demo member refers to unknown person ${m.personKey}`);
        tx.create(HouseholdMember, { household, person, roles: [...m.roles] });
      }
      const created = tx.create(Case, {
        reference: c.reference,
        status: c.status,
        municipality: c.municipality,
        profile: c.profile,
        household,
        openedAt: new Date(c.openedAt),
        closedAt: c.closedAt ? new Date(c.closedAt) : null,
      });
      for (const t of c.team) {
        const organisation = organisations.get(t.organisationKey);
        if (!organisation) throw new Error(`demo membership refers to unknown organisation ${t.organisationKey}`);
        tx.create(CaseTeamMembership, {
          caseFile: created,
          organisation,
          legalBasisKind: t.legalBasis.kind,
          legalBasisArticle: t.legalBasis.article,
          consentDate: t.legalBasis.consentDate,
          legalBasisStatute: t.legalBasis.statute,
          purpose: t.purpose,
          validFrom: t.validFrom,
          validUntil: t.validUntil,
        });
      }
      casesByReference.set(c.reference, created);
      const [, year, seq] = /^MDA-(\d{4})-(\d{6})$/.exec(c.reference) ?? [];
      if (year && seq) maxSequence.set(Number(year), Math.max(maxSequence.get(Number(year)) ?? 0, Number(seq)));
    }
    const need = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`demo privacy data refers to unknown ${what}`);
      return value;
    };
    for (const e of privacy.entries) {
      tx.create(CaseEntry, {
        caseFile: need(casesByReference.get(e.caseReference), 'case'),
        category: e.category,
        authorOrganisation: need(organisations.get(e.authorOrganisationKey), 'organisation'),
        authorUser: need(users.get(e.authorEmail), 'user'),
        title: e.title,
        body: e.body,
        occurredOn: e.occurredOn,
        concerns: e.concernsPersonKeys.map((k) => need(persons.get(k), 'person').id),
        audience: [...e.audience],
      });
    }
    for (const d of privacy.directors) {
      tx.create(DirectorAssignment, {
        caseFile: need(casesByReference.get(d.caseReference), 'case'),
        user: need(users.get(d.email), 'user'),
        kind: d.kind,
        status: 'ACCEPTED',
        acceptedAt: need(casesByReference.get(d.caseReference), 'case').openedAt,
      });
    }
    await tx.flush();
    // Each demo login has an authenticator app enrolled with the published demo secret (sealed
    // like any TOTP secret), so the demo shows the second factor when it is required.
    for (const u of data.users) {
      await tx.execute('update app_user set totp_secret = ?, totp_enrolled_at = now() where id = ?', [sealSecret(bsnKey, u.totpSecret), need(users.get(u.email), 'user').id]);
    }
    await seedDirectionData(tx, generateDirectionData(data, privacy));
    const casework = (orgKey: string) => data.users.find((u) => u.organisationKey === orgKey && u.roles.some((r) => r === 'PROFESSIONAL' || r === 'CASE_DIRECTOR' || r === 'PROCESS_DIRECTOR'));
    await seedDemoPlans(tx, generatePlanData(data, privacy), {
      cases: casesByReference,
      organisations,
      persons,
      userOf: (orgKey) => need(users.get(need(casework(orgKey), 'casework user').email), 'user'),
      userByEmail: (email) => need(users.get(email), 'user'),
    });
    for (const c of casesByReference.values()) {
      if (c.closedAt) await setRetentionAtClosure(tx, c.id, todayInNetherlands(c.closedAt));
    }
    // The front door: a few reports about demo households at Veilig Thuis (docs/intake.md).
    const veiligThuis = data.organisations.find((o) => o.type === 'SAFE_HOME');
    const vtProfessional = data.users.find((u) => u.organisationKey === veiligThuis?.key && u.roles.includes('PROFESSIONAL'));
    if (veiligThuis && vtProfessional) {
      await seedDemoIntake(tx, { cases: [...casesByReference.values()], veiligThuis: need(organisations.get(veiligThuis.key), 'organisation'), professional: need(users.get(vtProfessional.email), 'user') });
    }
    await seedDemoMeetings(tx);
    for (const [year, last] of maxSequence) {
      await tx.execute(
          'insert into case_reference_counter (year, last_value) values (?, ?) on conflict (year) do update set last_value = greatest(case_reference_counter.last_value, excluded.last_value)',
          [year, last],
        );
    }
  });
  return { seeded: true, organisations: data.organisations.length, users: data.users.length, cases: data.cases.length };
}
