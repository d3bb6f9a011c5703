import type { DataCategory } from '@mda/authz';
import type { ElementContent, Json, PlanElement, PlanElementKind } from './plan-element.entity.js';

/**
 * An element as a flat record: the same shape for the live working copy and for frozen
 * versions (snapshots), so that masking, GraphQL nodes, the PDF and the version diff are
 * written once. `fields` holds every content field, typed columns included.
 */
export interface ElementRecord {
  id: string;
  kind: PlanElementKind;
  category: DataCategory;
  parentId: string | null;
  authorOrganisationId: string;
  updatedByUserId: string;
  updatedByOrganisationId: string;
  updatedAt: string;
  version: number;
  fields: Record<string, Json>;
}

/** Fields every team member sees whatever the category (the structure, like the reference index). */
export const STRUCTURAL_FIELDS: Readonly<Record<PlanElementKind, readonly string[]>> = {
  PICTURE: ['lifeDomain'],
  GOAL: [],
  ACTION: [],
  SAFETY_ITEM: ['itemKind'],
  MEASURE: [],
};

/** Content fields per kind, in display order. */
export const CONTENT_FIELDS: Readonly<Record<PlanElementKind, readonly string[]>> = {
  PICTURE: ['text'],
  GOAL: ['phase', 'lifeDomain', 'concerns', 'description', 'measurableEnd', 'interventionKind', 'justification'],
  ACTION: [
    'description',
    'ownerOrganisationId',
    'assigneeUserId',
    'dueOn',
    'status',
    'cancellationReason',
    'interventionKind',
    'justification',
  ],
  SAFETY_ITEM: ['text', 'concerns'],
  MEASURE: ['measureKind', 'responsibleOrganisationId', 'startsOn', 'endsOn', 'concerns', 'note'],
};

export function recordOf(e: PlanElement): ElementRecord {
  const {
    id,
    kind,
    category,
    parentId,
    ownerOrganisationId,
    dueOn,
    status,
    content,
    updatedByUserId,
    updatedByOrganisationId,
    updatedAt,
    version,
  } = e;
  return toRecord({
    id,
    kind,
    category,
    parentId,
    ownerOrganisationId,
    dueOn,
    status,
    content,
    authorOrganisationId: e.authorOrganisation.id,
    updatedByUserId,
    updatedByOrganisationId,
    updatedAt,
    version,
  });
}

type RecordSource = Pick<
  PlanElement,
  | 'id'
  | 'kind'
  | 'category'
  | 'parentId'
  | 'ownerOrganisationId'
  | 'dueOn'
  | 'status'
  | 'content'
  | 'updatedByUserId'
  | 'updatedByOrganisationId'
  | 'updatedAt'
  | 'version'
> & { authorOrganisationId: string };

function toRecord(e: RecordSource): ElementRecord {
  const fields: Record<string, Json> = { ...e.content };
  if (e.kind === 'ACTION') {
    fields.ownerOrganisationId = e.ownerOrganisationId;
    fields.dueOn = e.dueOn;
    fields.status = e.status;
  }
  if (e.kind === 'MEASURE') fields.responsibleOrganisationId = e.ownerOrganisationId;
  return {
    id: e.id,
    kind: e.kind,
    category: e.category,
    parentId: e.parentId,
    authorOrganisationId: e.authorOrganisationId,
    updatedByUserId: e.updatedByUserId,
    updatedByOrganisationId: e.updatedByOrganisationId,
    updatedAt: e.updatedAt.toISOString(),
    version: e.version,
    fields,
  };
}

/** A `plan_element` row as the read side selects it (see planLoaders.elementsByPlan). */
export interface ElementRow {
  id: string;
  plan_id: string;
  kind: PlanElementKind;
  category: DataCategory;
  parent_id: string | null;
  owner_organisation_id: string | null;
  due_on: string | null;
  status: PlanElement['status'];
  content: ElementContent;
  author_organisation_id: string;
  updated_by_user_id: string;
  updated_by_organisation_id: string;
  updated_at: Date | string;
  version: number;
}

/** The same record as `recordOf`, straight from a row (no entity hydration on the read path). */
export function recordOfRow(r: ElementRow): ElementRecord {
  return toRecord({
    id: r.id,
    kind: r.kind,
    category: r.category,
    parentId: r.parent_id,
    ownerOrganisationId: r.owner_organisation_id,
    dueOn: r.due_on,
    status: r.status,
    content: r.content,
    authorOrganisationId: r.author_organisation_id,
    updatedByUserId: r.updated_by_user_id,
    updatedByOrganisationId: r.updated_by_organisation_id,
    updatedAt: new Date(r.updated_at),
    version: r.version,
  });
}

/** Splits a flat field map back into typed columns and content. */
export function columnsOf(
  kind: PlanElementKind,
  fields: Record<string, Json>,
): {
  content: ElementContent;
  ownerOrganisationId: string | null;
  dueOn: string | null;
  status: PlanElement['status'];
} {
  const content: ElementContent = { ...fields };
  let ownerOrganisationId: string | null = null;
  let dueOn: string | null = null;
  let status: PlanElement['status'] = null;
  if (kind === 'ACTION') {
    ownerOrganisationId = fields.ownerOrganisationId as string;
    dueOn = fields.dueOn as string;
    status = fields.status as PlanElement['status'];
    delete content.ownerOrganisationId;
    delete content.dueOn;
    delete content.status;
  }
  if (kind === 'MEASURE') {
    ownerOrganisationId = fields.responsibleOrganisationId as string;
    delete content.responsibleOrganisationId;
  }
  return { content, ownerOrganisationId, dueOn, status };
}

export const sameJson = (a: Json | undefined, b: Json | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field-level differences between two field maps (fields of either side). */
export function changedFields(
  before: Record<string, Json>,
  after: Record<string, Json>,
): { field: string; from: Json; to: Json }[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .filter((f) => !sameJson(before[f], after[f]))
    .map((f) => ({ field: f, from: before[f] ?? null, to: after[f] ?? null }));
}
