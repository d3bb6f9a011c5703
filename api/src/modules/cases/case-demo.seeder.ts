import type { EntityManager } from '@mikro-orm/postgresql';
import { demoNeed, type DemoSeedContext } from '../demo/demo.seeder.js';
import { Household } from './household.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { Person } from './person.entity.js';
import { Case } from './case.entity.js';
import { CaseTeamMembership } from './case-team-membership.entity.js';
import { CaseEntry } from './case-entry.entity.js';
import { bsnHash } from './case.service.js';

/** The demo persons, households, cases with their teams, shared entries and reference counters. */
export async function seedCasesDemo(tx: EntityManager, ctx: DemoSeedContext): Promise<void> {
  const { data, privacy, organisations, users, persons, cases } = ctx;
  const detailsOf = new Map(privacy.details.map((d) => [d.personKey, d]));
  for (const p of data.persons) {
    const d = detailsOf.get(p.key);
    persons.set(
      p.key,
      tx.create(Person, {
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        bsnHash: p.bsn ? bsnHash(ctx.bsnKey, p.bsn) : null,
        address: d?.address ?? null,
        phone: d?.phone ?? null,
        shelterAddress: d?.shelterAddress ?? null,
        safeContact: d?.safeContact ?? null,
      }),
    );
  }
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
    cases.set(c.reference, created);
    const [, year, seq] = /^MDA-(\d{4})-(\d{6})$/.exec(c.reference) ?? [];
    if (year && seq) maxSequence.set(Number(year), Math.max(maxSequence.get(Number(year)) ?? 0, Number(seq)));
  }
  for (const e of privacy.entries) {
    tx.create(CaseEntry, {
      caseFile: demoNeed(cases.get(e.caseReference), 'case'),
      category: e.category,
      authorOrganisation: demoNeed(organisations.get(e.authorOrganisationKey), 'organisation'),
      authorUser: demoNeed(users.get(e.authorEmail), 'user'),
      title: e.title,
      body: e.body,
      occurredOn: e.occurredOn,
      concerns: e.concernsPersonKeys.map((k) => demoNeed(persons.get(k), 'person').id),
      audience: [...e.audience],
    });
  }
  await tx.flush();
  for (const [year, last] of maxSequence) {
    await tx.execute(
      'insert into case_reference_counter (year, last_value) values (?, ?) on conflict (year) do update set last_value = greatest(case_reference_counter.last_value, excluded.last_value)',
      [year, last],
    );
  }
}
