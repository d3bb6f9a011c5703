import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation } from '../identity/organisation.entity.js';
import type { User } from '../identity/user.entity.js';
import type { Case } from '../cases/case.entity.js';
import type { Person } from '../cases/person.entity.js';
import { Plan } from './plan.entity.js';
import { PlanElement, PlanElementChange, type Json } from './plan-element.entity.js';
import { PlanNote } from './plan-note.entity.js';
import { PlanSignOff, PlanVersion } from './plan-version.entity.js';
import { columnsOf, recordOf } from './plan-record.js';
import { amsterdamDateOf } from '@mda/domain';
import { dueOnAt, firstMeetingOnAt, generatePlanData, type DemoPlan } from './plan-demo-data.js';
import { demoNeed, type DemoSeedContext } from '../demo/demo.seeder.js';

interface Maps {
  cases: Map<string, Case>;
  organisations: Map<string, Organisation>;
  persons: Map<string, Person>;
  /** A casework user per organisation key. */
  userOf: (organisationKey: string) => User;
  userByEmail: (email: string) => User;
}

/** Writes the demo plans (called inside the demo seed transaction). */
export async function seedDemoPlans(
  tx: EntityManager,
  generated: readonly DemoPlan[],
  maps: Maps,
  now: Date = new Date(),
): Promise<number> {
  // Dates relative to the seeding day: plans mostly on time, a few late on purpose.
  const today = amsterdamDateOf(now);
  const plans = generated.map((p) => ({
    ...p,
    firstMeetingOn: firstMeetingOnAt(p, today),
    elements: p.elements.map((e) => ({ ...e, dueOn: dueOnAt(e, today) })),
  }));
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo plan refers to unknown ${what}`);
    return value;
  };
  for (const p of plans) {
    const caseFile = need(maps.cases.get(p.caseReference), 'case');
    const proposer = maps.userByEmail(p.proposerEmail);
    const frozen = p.state !== 'DRAFT';
    const agreed = p.state === 'AGREED' || p.state === 'AGREED_THEN_DRAFT';
    const plan = tx.create(Plan, {
      caseId: caseFile.id,
      status: p.state === 'AGREED' ? 'AGREED' : p.state === 'PROPOSED' ? 'PROPOSED' : 'DRAFT',
      firstMeetingOn: p.firstMeetingOn,
      versionCount: frozen ? 1 : 0,
      agreedVersionNumber: agreed ? 1 : null,
      createdBy: proposer,
      version: 1 + p.elements.length + (frozen ? 1 : 0) + p.agreedBy.length + (p.objection ? 1 : 0),
    });
    // Plan-level ids are plain columns (no ORM relation), so flush in dependency order.
    await tx.flush();
    const ids = new Map<string, string>();
    const elements = p.elements.map((e) => {
      const org = need(maps.organisations.get(e.authorOrganisationKey), 'organisation');
      const user = maps.userOf(e.authorOrganisationKey);
      const fields: Record<string, Json> = { ...e.fields };
      if (Array.isArray(fields.concerns))
        fields.concerns = (e.fields.concerns as string[]).map((k) => need(maps.persons.get(k), 'person').id);
      if (e.kind === 'ACTION')
        Object.assign(fields, {
          ownerOrganisationId: need(maps.organisations.get(e.ownerOrganisationKey!), 'owner').id,
          dueOn: e.dueOn,
          status: e.status,
        });
      if (e.kind === 'MEASURE')
        fields.responsibleOrganisationId = need(maps.organisations.get(e.ownerOrganisationKey!), 'owner').id;
      const created = tx.create(PlanElement, {
        caseId: caseFile.id,
        planId: plan.id,
        kind: e.kind,
        category: e.category,
        parentId: e.parentKey ? need(ids.get(e.parentKey), 'goal') : null,
        ...columnsOf(e.kind, fields),
        authorOrganisation: org,
        authorUser: user,
        updatedByUserId: user.id,
        updatedByOrganisationId: org.id,
      });
      ids.set(e.key, created.id);
      tx.create(PlanElementChange, {
        caseId: caseFile.id,
        planId: plan.id,
        elementId: created.id,
        kind: e.kind,
        category: e.category,
        change: 'CREATE',
        fields: Object.entries(fields).map(([field, to]) => ({ field, from: null, to })),
        userId: user.id,
        organisationId: org.id,
      });
      return { demo: e, entity: created };
    });
    await tx.flush();
    if (frozen) {
      const version = tx.create(PlanVersion, {
        caseId: caseFile.id,
        planId: plan.id,
        number: 1,
        status: agreed ? 'AGREED' : p.state === 'OBJECTED' ? 'OBJECTED' : 'PROPOSED',
        snapshot: {
          firstMeetingOn: p.firstMeetingOn,
          elements: elements.filter((e) => !e.demo.afterLastVersion).map((e) => recordOf(e.entity)),
        },
        proposedById: proposer.id,
        proposedByOrganisationId: proposer.organisation.id,
        decidedAt: agreed || p.objection ? new Date(`${p.firstMeetingOn}T15:00:00Z`) : null,
      });
      await tx.flush();
      for (const orgKey of p.agreedBy) {
        const org = need(maps.organisations.get(orgKey), 'organisation');
        tx.create(PlanSignOff, {
          caseId: caseFile.id,
          versionId: version.id,
          organisationId: org.id,
          userId: maps.userOf(orgKey).id,
          decision: 'AGREE',
          reason: null,
        });
      }
      if (p.objection) {
        const org = need(maps.organisations.get(p.objection.organisationKey), 'organisation');
        tx.create(PlanSignOff, {
          caseId: caseFile.id,
          versionId: version.id,
          organisationId: org.id,
          userId: maps.userOf(p.objection.organisationKey).id,
          decision: 'OBJECT',
          reason: p.objection.reason,
        });
      }
    }
    if (p.note) {
      const org = need(maps.organisations.get(p.note.authorOrganisationKey), 'organisation');
      tx.create(PlanNote, {
        caseId: caseFile.id,
        planId: plan.id,
        elementId: need(ids.get(p.note.elementKey), 'element'),
        category: 'RESTRICTED_NOTE',
        audience: [...p.note.audience],
        body: p.note.body,
        authorOrganisationId: org.id,
        authorUserId: maps.userOf(p.note.authorOrganisationKey).id,
      });
    }
  }
  await tx.flush();
  return plans.length;
}

/** The demo plans, written by a casework user of each organisation. */
export async function seedPlansDemo(tx: EntityManager, ctx: DemoSeedContext): Promise<void> {
  const { data, users } = ctx;
  const casework = (orgKey: string) =>
    data.users.find(
      (u) =>
        u.organisationKey === orgKey &&
        u.roles.some((r) => r === 'PROFESSIONAL' || r === 'CASE_DIRECTOR' || r === 'PROCESS_DIRECTOR'),
    );
  await seedDemoPlans(tx, generatePlanData(data, ctx.privacy), {
    cases: ctx.cases,
    organisations: ctx.organisations,
    persons: ctx.persons,
    userOf: (orgKey) => demoNeed(users.get(demoNeed(casework(orgKey), 'casework user').email), 'user'),
    userByEmail: (email) => demoNeed(users.get(email), 'user'),
  });
}
