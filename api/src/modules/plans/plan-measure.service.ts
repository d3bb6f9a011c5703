/** Coercive measures (dwangmaatregelen): their legal periods and the responsible team organisation. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCategory } from '@mda/authz';
import {
  COERCIVE_MEASURE_KINDS,
  defaultMeasureEnd,
  measurePeriodProblems,
  type CoerciveMeasureKind,
} from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { addYears, type InputCheck, isUuid } from '../../core/graphql/validation.js';
import type { PlanElement } from './plan-element.entity.js';
import { checkConcerns, householdPersonIds, oneOf } from './plan-element-checks.js';
import { createElement, updateElement } from './plan-element-write.js';
import { activeTeamOrganisationIds } from './plan-lock.js';
import type { AddCoerciveMeasureInput, UpdateCoerciveMeasureInput } from './plan.inputs.js';

/** Measures under the children's judge are CHILD_PROTECTION; the criminal and police measures CRIMINAL. */
export function measureCategory(kind: CoerciveMeasureKind): DataCategory {
  return kind === 'SUPERVISION_ORDER' || kind === 'OUT_OF_HOME_PLACEMENT' ? 'CHILD_PROTECTION' : 'CRIMINAL';
}

async function checkResponsible(
  em: EntityManager,
  check: InputCheck,
  caseId: string,
  today: string,
  id: string | null | undefined,
): Promise<void> {
  if (!id) {
    check.add('responsibleOrganisationId', 'noem de verantwoordelijke organisatie / name the responsible organisation');
    return;
  }
  const team = await activeTeamOrganisationIds(em, caseId, today);
  if (!isUuid(id) || !team.includes(id))
    check.add(
      'responsibleOrganisationId',
      'de verantwoordelijke organisatie moet in het casusteam zitten / must be on the case team',
    );
}

export function addCoerciveMeasure(ctx: RequestContext, input: AddCoerciveMeasureInput): Promise<PlanElement> {
  return createElement(ctx, {
    kind: 'MEASURE',
    target: { caseId: input.caseId },
    category: (check) => {
      if (!oneOf(check, 'kind', input.kind, COERCIVE_MEASURE_KINDS, 'kies de maatregel / choose the measure'))
        check.done();
      return measureCategory(input.kind!);
    },
    what: 'een dwangmaatregel',
    validate: async ({ em, locked, check }) => {
      const kind = input.kind!;
      const members = await householdPersonIds(em, locked.caseFile);
      check.date('startsOn', input.startsOn, { min: '2000-01-01', max: addYears(locked.today, 1), required: true });
      const endsOn = input.endsOn ?? (input.startsOn ? defaultMeasureEnd(kind, input.startsOn) : null);
      if (input.endsOn) check.date('endsOn', input.endsOn, { min: '2000-01-01', max: addYears(locked.today, 3) });
      if (check.ok && input.startsOn)
        for (const p of measurePeriodProblems(kind, input.startsOn, endsOn)) check.add('endsOn', p);
      await checkResponsible(em, check, locked.caseFile.id, locked.today, input.responsibleOrganisationId);
      const concerns = checkConcerns(check, 'concerns', input.concerns, members, true);
      check.text('note', input.note, { max: 2000, required: false });
      return () => ({
        fields: {
          measureKind: kind,
          responsibleOrganisationId: input.responsibleOrganisationId!,
          startsOn: input.startsOn!,
          endsOn,
          concerns,
          note: input.note?.trim() || null,
        },
      });
    },
  });
}

export function updateCoerciveMeasure(ctx: RequestContext, input: UpdateCoerciveMeasureInput): Promise<PlanElement> {
  return updateElement(ctx, input, 'MEASURE', async ({ em, locked: l, check, next }) => {
    const kind = next.measureKind as CoerciveMeasureKind;
    if (input.endsOn !== undefined) {
      if (input.endsOn) check.date('endsOn', input.endsOn, { min: '2000-01-01', max: addYears(l.today, 3) });
      next.endsOn = input.endsOn ?? null;
      if (check.ok)
        for (const p of measurePeriodProblems(kind, String(next.startsOn), input.endsOn ?? null))
          check.add('endsOn', p);
    }
    if (input.responsibleOrganisationId !== undefined) {
      await checkResponsible(em, check, l.caseFile.id, l.today, input.responsibleOrganisationId);
      next.responsibleOrganisationId = input.responsibleOrganisationId;
    }
    if (input.note !== undefined) {
      check.text('note', input.note, { max: 2000, required: false });
      next.note = input.note?.trim() || null;
    }
  });
}
