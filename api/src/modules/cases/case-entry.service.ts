import DataLoader from 'dataloader';
import { asSubject, categoriesOfPersonFields, needsPurpose } from '@mda/authz';
import { changeOf } from '../../core/context/request-audit.js';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf, requireActor } from '../../core/context/context.js';
import { assertWritable } from '../../core/authz/field-guard.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { InputCheck, isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { CaseEntry } from './case-entry.entity.js';
import type { RecordCaseEntryInput, UpdatePersonDetailsInput } from './case-entry.type.js';
import { HouseholdMember } from './household-member.entity.js';
import type { Person } from './person.entity.js';
import { readableCase } from './case.service.js';

/** Entries of many cases in one query. */
export function entriesByCase(ctx: RequestContext): DataLoader<string, CaseEntry[]> {
  return loaderOf(
    ctx,
    'cases.entriesByCase',
    () =>
      new DataLoader<string, CaseEntry[]>(async (ids) => {
        const rows = await ctx.em.find(
          CaseEntry,
          { caseFile: { $in: [...ids] } },
          { populate: ['authorOrganisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        return ids.map((id) => rows.filter((r) => r.caseFile.id === id));
      }),
  );
}

async function memberPersonIds(ctx: RequestContext, householdId: string): Promise<Set<string>> {
  const members = await ctx.em.find(HouseholdMember, { household: householdId }, { fields: ['person'] });
  return new Set(members.map((m) => m.person.id));
}

const purposeMissing = () =>
  forbidden(
    'gegevens van deze categorie te registreren zonder vastgelegd doel; kies eerst een doel (setPurpose) / record this category without a declared purpose',
  );

export async function recordCaseEntry(ctx: RequestContext, input: RecordCaseEntryInput): Promise<CaseEntry> {
  const actor = requireActor(ctx);
  const target = await readableCase(ctx, input.caseId);
  const subject = asSubject('CaseEntry', { id: 'new', caseId: target.id, category: input.category });
  if (!ctx.ability.can('create', subject)) {
    if (needsPurpose(input.category, actor.purpose)) throw purposeMissing();
    throw forbidden(
      `gegevens van categorie ${input.category} in deze casus te registreren / record ${input.category} data in this case`,
    );
  }
  const today = todayInNetherlands();
  const members = await memberPersonIds(ctx, target.household.id);
  const check = new InputCheck()
    .text('title', input.title, { min: 3, max: 200 })
    .text('body', input.body, { min: 1, max: 5000 })
    .date('occurredOn', input.occurredOn, { min: '2000-01-01', max: today })
    .check(input.concerns.length > 0, 'concerns', 'minstens één lid van het huishouden / at least one household member')
    .check(
      input.concerns.every((id) => members.has(id)),
      'concerns',
      'alleen leden van dit huishouden / household members of this case only',
    );
  const audience = input.audience ?? [];
  if (input.category === 'RESTRICTED_NOTE') {
    check.check(
      audience.length > 0,
      'audience',
      'een afgeschermde notitie heeft een publiek nodig / a restricted note needs an audience',
    );
  } else {
    check.check(audience.length === 0, 'audience', 'alleen bij RESTRICTED_NOTE / only for RESTRICTED_NOTE');
  }
  check.done();
  return ctx.em.transactional(async (em) => {
    const entry = em.create(CaseEntry, {
      caseFile: target,
      category: input.category,
      authorOrganisation: em.getReference(Organisation, actor.organisationId),
      authorUser: em.getReference(User, actor.userId),
      title: input.title.trim(),
      body: input.body.trim(),
      occurredOn: input.occurredOn ?? null,
      concerns: [...new Set(input.concerns)],
      audience: [...new Set(audience)],
    });
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('CREATE', {
        subjectType: 'CaseEntry',
        subjectId: entry.id,
        caseId: target.id,
        dataSubjectIds: entry.concerns,
        fields: ['title', 'body', 'occurredOn', 'concerns', ...(audience.length ? ['audience'] : [])],
        categories: [input.category],
      }),
    ]);
    await em.populate(entry, ['authorOrganisation']);
    return entry;
  });
}

export const PERSON_DETAIL_FIELDS = ['address', 'phone', 'shelterAddress', 'safeContact'] as const;

/**
 * Changes a person's contact or secret-location details in the context of one case. Any
 * field the actor may not write refuses the whole change (no mass assignment).
 */
export async function updatePersonDetails(
  ctx: RequestContext,
  input: UpdatePersonDetailsInput,
): Promise<{ member: HouseholdMember; caseId: string; fields: string[] }> {
  requireActor(ctx);
  const target = await readableCase(ctx, input.caseId);
  const member = isUuid(input.personId)
    ? await ctx.em.findOne(
        HouseholdMember,
        { household: target.household.id, person: input.personId },
        { populate: ['person'] },
      )
    : null;
  if (!member) throw notFound('Persoon / Person');
  const fields = PERSON_DETAIL_FIELDS.filter((f) => input[f] !== undefined);
  // Authorization before validation: a refused field is refused whatever its value.
  assertWritable(
    ctx.ability,
    'update',
    'Person',
    { id: member.person.id, caseId: target.id },
    fields,
    'deze gegevens van de persoon',
  );
  const check = new InputCheck().check(fields.length > 0, 'input', 'geen wijziging opgegeven / nothing to change');
  for (const f of fields) check.text(f, input[f], { max: 300, required: false });
  check.done();
  return ctx.em.transactional(async (em) => {
    const locked = await em.findOneOrFail(HouseholdMember, { id: member.id }, { populate: ['person'] });
    const person: Person = locked.person;
    for (const f of fields) {
      const value = input[f];
      person[f] = value === null || value === undefined || value.trim() === '' ? null : value.trim();
    }
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Person',
        subjectId: person.id,
        caseId: target.id,
        dataSubjectIds: [person.id],
        fields,
        categories: categoriesOfPersonFields(fields),
      }),
    ]);
    return { member: locked, caseId: target.id, fields };
  });
}
