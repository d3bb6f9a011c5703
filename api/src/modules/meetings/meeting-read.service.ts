import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { asSubject, CASEWORK_ROLES, type DataCategory } from '@mda/authz';
import type { LegalBasisKind, OrganisationType } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { notFound } from '../../core/graphql/errors.js';
import { isUuid, todayInNetherlands } from '../../core/graphql/validation.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import {
  Meeting,
  MeetingAttendance,
  MeetingContribution,
  MeetingDecision,
  MeetingItem,
  MeetingSeries,
} from './meeting.entity.js';
import {
  ItemParticipantNode,
  MeetingAttendanceNode,
  MeetingContributionNode,
  MeetingDecisionNode,
  MeetingItemNode,
  MeetingNode,
  MeetingOrganisationNode,
  MeetingPersonNode,
  MeetingSeriesNode,
  MeetingViewerCanNode,
} from './meeting.type.js';

/*
 * Reading the MDO (docs/meetings.md). A meeting is read with a fixed number of statements
 * whatever its number of items; an item's content only by the organisations on its case's
 * team; every item read is audited with the meeting as purpose (reason `MDO <meeting id>`).
 */

export const MEETING_LABEL = 'Overleg / Meeting';
export const ITEM_LABEL = 'Agendapunt / Agenda item';
export const NOT_FOR_YOU = 'niet voor uw organisatie';

export const meetingSubject = (s: MeetingSeries, meetingId: string) =>
  asSubject('Meeting', { id: meetingId, chairId: s.chairId, memberOrganisationIds: s.memberOrganisationIds });
export const itemSubject = (i: MeetingItem, s: MeetingSeries) =>
  asSubject('MeetingItem', {
    id: i.id,
    caseId: i.caseId,
    kind: i.kind,
    chairId: s.chairId,
    memberOrganisationIds: s.memberOrganisationIds,
  });
export const itemLabel = (i: Pick<MeetingItem, 'kind' | 'position' | 'title'>): string =>
  i.kind === 'CASE' ? `Casus ${i.position}` : `Punt ${i.position}`;
export const auditReason = (meetingId: string): string => `MDO ${meetingId}`;

/**
 * Whether the viewer reads a text of the MDO form: on a case item exactly like a case entry
 * of that category (the existing category policy and masking); a general item holds no case data.
 */
export function readsText(
  ctx: RequestContext,
  caseId: string | null,
  category: DataCategory,
  authorOrganisationId: string,
): boolean {
  if (caseId === null) return true;
  return ctx.ability.can(
    'read',
    asSubject('CaseEntry', { id: 'mdo', caseId, category, authorOrganisationId, audience: [] }),
    'body',
  );
}

/**
 * The author to read an MDO text as (`readsText`): the viewer's own organisation when it is one of
 * the text's writers ("an organisation always reads what it recorded itself"), else its first writer.
 */
export function readerAuthor(ctx: RequestContext, authorOrganisationIds: readonly string[]): string {
  const own = ctx.actor?.organisationId;
  return own && authorOrganisationIds.includes(own) ? own : (authorOrganisationIds[0] ?? '');
}

/** Whether the viewer's organisation may record a text of this category on the item (the case-entry write policy). */
export function writesText(ctx: RequestContext, caseId: string | null, category: DataCategory): boolean {
  const actor = requireActor(ctx);
  if (caseId === null) return category === 'PLAN';
  return ctx.ability.can(
    'create',
    asSubject('CaseEntry', { id: 'mdo', caseId, category, authorOrganisationId: actor.organisationId, audience: [] }),
  );
}

/** A meeting the viewer may read (chair or member organisation); anything else answers like a missing one. */
export async function readableMeeting(
  ctx: RequestContext,
  id: string,
  em: EntityManager = ctx.em,
  lock = false,
): Promise<{ meeting: Meeting; series: MeetingSeries }> {
  requireActor(ctx);
  if (!isUuid(id)) throw notFound(MEETING_LABEL);
  const meeting = await em.findOne(
    Meeting,
    { id },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!meeting) throw notFound(MEETING_LABEL);
  const series = await em.findOne(MeetingSeries, { id: meeting.seriesId });
  if (!series || !ctx.ability.can('read', meetingSubject(series, meeting.id))) throw notFound(MEETING_LABEL);
  return { meeting, series };
}

interface TeamRow {
  case_id: string;
  id: string;
  name: string;
  type: OrganisationType;
  legal_basis_kind: LegalBasisKind;
  legal_basis_article: string | null;
  consent_date: string | null;
  legal_basis_statute: string | null;
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(',');

/** Active team organisations (with legal basis) of these cases today, in one statement. */
export async function activeTeamsOf(
  em: EntityManager,
  caseIds: readonly string[],
  today: string,
): Promise<Map<string, TeamRow[]>> {
  const byCase = new Map<string, TeamRow[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await em.execute<TeamRow[]>(
    `select distinct on (m.case_id, o.id) m.case_id, o.id, o.name, o.type, m.legal_basis_kind, m.legal_basis_article, m.consent_date::text as consent_date, m.legal_basis_statute
       from case_team_membership m join organisation o on o.id = m.organisation_id
      where m.case_id in (${placeholders(caseIds.length)}) and m.ended_at is null and m.valid_from <= ?::date and (m.valid_until is null or m.valid_until >= ?::date)
      order by m.case_id, o.id, m.valid_from`,
    [...caseIds, today, today],
  );
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r]);
  return byCase;
}

const basisText = (r: TeamRow): string =>
  r.legal_basis_kind === 'COVENANT'
    ? `Convenant: ${r.legal_basis_article ?? '-'}`
    : r.legal_basis_kind === 'CONSENT'
      ? `Toestemming van ${r.consent_date ?? '-'}`
      : `Wettelijke taak: ${r.legal_basis_statute ?? '-'}`;

const orgNode = (o: { id: string; name: string; type: OrganisationType }): MeetingOrganisationNode =>
  Object.assign(new MeetingOrganisationNode(), { id: o.id, name: o.name, type: o.type });

async function organisationsOf(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, MeetingOrganisationNode>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await em.execute<{ id: string; name: string; type: OrganisationType }[]>(
    `select id, name, type from organisation where id in (${placeholders(unique.length)})`,
    unique,
  );
  return new Map(rows.map((r) => [r.id, orgNode(r)]));
}

async function userNamesOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await em.execute<{ id: string; display_name: string }[]>(
    `select id, display_name from app_user where id in (${placeholders(unique.length)})`,
    unique,
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Active casework professionals of these organisations, by name (the chair's attendance list), in one statement. */
async function casework(em: EntityManager, organisationIds: readonly string[]): Promise<MeetingPersonNode[]> {
  if (organisationIds.length === 0) return [];
  const rows = await em.execute<{ id: string; display_name: string; organisation_id: string }[]>(
    `select id, display_name, organisation_id from app_user where active and roles && ?::text[]
      and organisation_id in (${placeholders(organisationIds.length)}) order by display_name, id`,
    [`{${CASEWORK_ROLES.join(',')}}`, ...organisationIds],
  );
  return rows.map((r) =>
    Object.assign(new MeetingPersonNode(), { id: r.id, name: r.display_name, organisationId: r.organisation_id }),
  );
}

export function seriesNode(
  s: MeetingSeries,
  orgs: Map<string, MeetingOrganisationNode>,
  names: Map<string, string>,
): MeetingSeriesNode {
  return Object.assign(new MeetingSeriesNode(), {
    id: s.id,
    name: s.name,
    rhythm: s.rhythm,
    chairId: s.chairId,
    chairName: names.get(s.chairId) ?? null,
    members: s.memberOrganisationIds
      .map((id) => orgs.get(id))
      .filter((o): o is MeetingOrganisationNode => o !== undefined),
  });
}

/** The items of a meeting the viewer may hear (ids), for the minutes and the live screen. */
export interface MeetingView {
  node: MeetingNode;
  /** Items with content, in agenda order. */
  heard: MeetingItemNode[];
}

/**
 * The meeting as this viewer may see it: every item listed, the content of those its
 * organisation may hear, masked per category; each heard item's read audited.
 */
export async function meetingView(
  ctx: RequestContext,
  meeting: Meeting,
  series: MeetingSeries,
  action: 'READ' | 'EXPORT' = 'READ',
): Promise<MeetingView> {
  const em = ctx.em;
  const items = await em.find(MeetingItem, { meetingId: meeting.id }, { orderBy: { position: 'asc' } });
  const caseIds = items.map((i) => i.caseId).filter((c): c is string => c !== null);
  await ensureCaseAccess(ctx, caseIds);
  const visible = new Set(items.filter((i) => ctx.ability.can('read', itemSubject(i, series))).map((i) => i.id));
  const visibleIds = [...visible];
  const visibleCaseIds = items.filter((i) => visible.has(i.id) && i.caseId).map((i) => i.caseId as string);
  const [contributions, decisions, attendance, teams, references] = await Promise.all([
    visibleIds.length
      ? em.find(MeetingContribution, { itemId: { $in: visibleIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
      : Promise.resolve([]),
    visibleIds.length
      ? em.find(MeetingDecision, { itemId: { $in: visibleIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
      : Promise.resolve([]),
    em.find(MeetingAttendance, { meetingId: meeting.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    activeTeamsOf(em, visibleCaseIds, todayInNetherlands()),
    visibleCaseIds.length
      ? em.execute<{ id: string; reference: string }[]>(
          `select id, reference from case_file where id in (${placeholders(visibleCaseIds.length)})`,
          visibleCaseIds,
        )
      : Promise.resolve([]),
  ]);
  const dueOn = new Map<string, string | null>();
  const elementIds = decisions.map((d) => d.planElementId).filter((e): e is string => e !== null);
  if (elementIds.length) {
    const rows = await em.execute<{ id: string; due_on: string | null }[]>(
      `select id, due_on::text as due_on from plan_element where id in (${placeholders(elementIds.length)})`,
      elementIds,
    );
    for (const r of rows) dueOn.set(r.id, r.due_on);
  }
  // Attendance at an item the viewer does not hear is not shown either.
  const shownAttendance = attendance.filter((a) => a.itemId === null || visible.has(a.itemId));
  const runs = ctx.ability.can('run', meetingSubject(series, meeting.id));
  const [orgs, names, candidates] = await Promise.all([
    organisationsOf(em, [
      ...series.memberOrganisationIds,
      ...shownAttendance.map((a) => a.organisationId),
      ...contributions.map((c) => c.organisationId),
      ...decisions.map((d) => d.ownerOrganisationId).filter((o): o is string => o !== null),
    ]),
    userNamesOf(em, [series.chairId, ...shownAttendance.map((a) => a.userId).filter((u): u is string => u !== null)]),
    runs && action === 'READ' ? casework(em, series.memberOrganisationIds) : Promise.resolve([]),
  ]);
  const referenceOf = new Map(references.map((r) => [r.id, r.reference]));

  const itemNodes = items.map((i): MeetingItemNode => {
    const base = { id: i.id, position: i.position, kind: i.kind };
    if (!visible.has(i.id)) {
      return Object.assign(new MeetingItemNode(), {
        ...base,
        visible: false,
        label: `${itemLabel(i)} - ${NOT_FOR_YOU}`,
        caseId: null,
        caseReference: null,
        caseViewerAccess: [],
        title: null,
        question: null,
        questionCategory: null,
        considerations: null,
        considerationsCategory: null,
        questionAuthorOrganisationIds: [],
        considerationsAuthorOrganisationIds: [],
        safetyScore: null,
        version: null,
        participants: [],
        contributions: [],
        decisions: [],
        redactedFields: [],
        viewerCanContribute: false,
        viewerCanDecide: false,
      });
    }
    const redacted: string[] = [];
    const disclosed: string[] = ['safetyScore'];
    const categories = new Set<string>();
    const shown = (
      field: string,
      value: string | null,
      category: DataCategory,
      authors: readonly string[],
    ): string | null => {
      if (value === null) return null;
      if (!readsText(ctx, i.caseId, category, readerAuthor(ctx, authors))) {
        redacted.push(field);
        return null;
      }
      disclosed.push(field);
      categories.add(category);
      return value;
    };
    const itemContributions = contributions
      .filter((c) => c.itemId === i.id)
      .map((c) => {
        const readable = readsText(ctx, i.caseId, c.category, c.organisationId);
        if (readable) categories.add(c.category);
        return Object.assign(new MeetingContributionNode(), {
          id: c.id,
          kind: c.kind,
          category: c.category,
          organisation: orgs.get(c.organisationId) ?? orgNode({ id: c.organisationId, name: '-', type: 'CARE' }),
          body: readable ? c.body : null,
          redactedFields: readable ? [] : ['body'],
        });
      });
    if (itemContributions.length) disclosed.push('contributions');
    const itemDecisions = decisions
      .filter((d) => d.itemId === i.id)
      .map((d) => {
        const readable = readsText(ctx, i.caseId, d.category, d.authorOrganisationId);
        if (readable) categories.add(d.category);
        return Object.assign(new MeetingDecisionNode(), {
          id: d.id,
          text: readable ? d.text : null,
          category: d.category,
          planActionId: d.planElementId,
          planGoalId: d.planGoalId,
          ownerOrganisation: d.ownerOrganisationId ? (orgs.get(d.ownerOrganisationId) ?? null) : null,
          dueOn: d.planElementId ? (dueOn.get(d.planElementId) ?? null) : null,
          notifiedAt: d.notifiedAt,
          redactedFields: readable ? [] : ['text'],
        });
      });
    if (itemDecisions.length) disclosed.push('decisions');
    const node = Object.assign(new MeetingItemNode(), {
      ...base,
      visible: true,
      label: itemLabel(i),
      caseId: i.caseId,
      caseReference: i.caseId ? (referenceOf.get(i.caseId) ?? null) : null,
      caseViewerAccess: i.caseId ? [...(ctx.caseAccess.peek(i.caseId) ?? [])] : [],
      title: i.title,
      question: shown('question', i.question, i.questionCategory, i.questionAuthorOrganisationIds),
      questionCategory: i.questionCategory,
      questionAuthorOrganisationIds: redacted.includes('question') ? [] : i.questionAuthorOrganisationIds,
      considerations: shown(
        'considerations',
        i.considerations,
        i.considerationsCategory,
        i.considerationsAuthorOrganisationIds,
      ),
      considerationsCategory: i.considerationsCategory,
      considerationsAuthorOrganisationIds: redacted.includes('considerations')
        ? []
        : i.considerationsAuthorOrganisationIds,
      safetyScore: i.safetyScore,
      version: i.version,
      participants: i.caseId
        ? (teams.get(i.caseId) ?? []).map((t) =>
            Object.assign(new ItemParticipantNode(), {
              organisation: orgNode(t),
              legalBasisKind: t.legal_basis_kind,
              legalBasis: basisText(t),
            }),
          )
        : [],
      contributions: itemContributions,
      decisions: itemDecisions,
      redactedFields: redacted,
      viewerCanContribute: ctx.ability.can('contribute', itemSubject(i, series)) && meeting.status !== 'MINUTES_AGREED',
      viewerCanDecide: ctx.ability.can('decide', itemSubject(i, series)) && meeting.status !== 'MINUTES_AGREED',
    });
    // Every item heard is on record, with the meeting as its purpose.
    ctx.audit?.record({
      ...readOf({
        subjectType: 'MeetingItem',
        subjectId: i.id,
        caseId: i.caseId,
        fields: disclosed,
        categories: [...categories],
        reason: auditReason(meeting.id),
      }),
      action,
    });
    return node;
  });

  const node = Object.assign(new MeetingNode(), {
    id: meeting.id,
    series: seriesNode(series, orgs, names),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    videoLink: meeting.videoLink,
    status: meeting.status,
    currentItemId: meeting.currentItemId,
    heldAt: meeting.heldAt,
    minutesAgreedAt: meeting.minutesAgreedAt,
    version: meeting.version,
    items: itemNodes,
    attendance: shownAttendance.map((a) =>
      Object.assign(new MeetingAttendanceNode(), {
        id: a.id,
        itemId: a.itemId,
        organisation: orgs.get(a.organisationId) ?? orgNode({ id: a.organisationId, name: '-', type: 'CARE' }),
        userId: a.userId,
        userName: a.userId ? (names.get(a.userId) ?? null) : null,
        status: a.status,
      }),
    ),
    viewerCan: Object.assign(new MeetingViewerCanNode(), {
      run: runs,
      addItem: runs || ctx.actor?.roles.includes('CASE_DIRECTOR') === true,
    }),
    attendeeCandidates: candidates,
  });
  return { node, heard: itemNodes.filter((n) => n.visible) };
}

export async function meeting(ctx: RequestContext, id: string): Promise<MeetingNode> {
  const { meeting: m, series } = await readableMeeting(ctx, id);
  return (await meetingView(ctx, m, series)).node;
}

// "Mijn overleggen" and the case page's MDO history: meeting-summary.service.ts.
export { caseMeetingHistory, myMeetings } from './meeting-summary.service.js';
