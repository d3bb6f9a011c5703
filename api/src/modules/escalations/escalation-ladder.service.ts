import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDaysAt, amsterdamDateOf, TOP_ESCALATION_LEVEL, type EscalationTrigger } from '@mda/domain';
import { LEVEL_3_ORGANISATIONS, LEVEL_4_ORGANISATIONS } from '@mda/authz';
import { AuditTrail } from '../../core/audit/audit-trail.js';
import type { AuditEntry } from '../../core/audit/audit.types.js';
import { changeOf } from '../../core/context/request-audit.js';
import { conflict } from '../../core/graphql/errors.js';
import { log } from '../../core/log/logger.js';
import { notify } from '../notifications/notification.service.js';
import { Escalation } from './escalation.entity.js';
import { ladderOf, regionOfMunicipality } from './escalation-settings.js';

/** Writes audit records in the caller's transaction. */
export type AuditSink = (em: EntityManager, entries: AuditEntry[]) => Promise<void>;

const SYSTEM_ID = '00000000-0000-0000-0000-000000000000';
/** Relations an escalation is shown with. */
export const ESCALATION_POPULATE = ['caseFile', 'raisedBy', 'raisedByOrganisation', 'deciderUser', 'closedBy'] as const;

/** The audit of work the platform does by itself (trigger and deadline jobs). */
export function systemAudit(requestId: string): AuditSink {
  const trail = new AuditTrail({
    userId: SYSTEM_ID,
    onBehalfOfUserId: null,
    organisationId: SYSTEM_ID,
    organisationType: 'SYSTEM',
    roles: ['SYSTEM'],
    purpose: 'ESCALATION',
    breakGlassGrantId: null,
    requestId,
  });
  return (em, entries) => trail.writeInTransaction(em, entries);
}

export interface Deciders {
  /** Everyone who must hear of it (and may decide) at this level. */
  userIds: string[];
  /** The one person who must decide, when the level has one. */
  deciderUserId: string | null;
}

/**
 * Who decides at a level of a case (the authorization itself is in packages/authz
 * direction-rules.ts; this finds the people to name and notify):
 * 1 the accepted case director(s); 2 the accepted process director, else the process
 * directors of the organisations on the team; 3 the team leads of the safety house;
 * 4 the team leads of the safety house and the municipality (for the steering group).
 */
export async function decidersAt(em: EntityManager, caseId: string, level: number): Promise<Deciders> {
  const ids = async (sql: string, params: unknown[]) =>
    (await em.execute<{ id: string }[]>(sql, params)).map((r) => r.id);
  let userIds: string[] = [];
  if (level === 1) {
    userIds = await ids(
      `select u.id from director_assignment d join app_user u on u.id = d.user_id
        where d.case_id = ? and d.kind = 'CASE_DIRECTOR' and d.status = 'ACCEPTED' and u.active order by d.accepted_at, u.id`,
      [caseId],
    );
  } else if (level === 2) {
    userIds = await ids(
      `select u.id from director_assignment d join app_user u on u.id = d.user_id
        where d.case_id = ? and d.kind = 'PROCESS_DIRECTOR' and d.status = 'ACCEPTED' and u.active order by d.accepted_at, u.id`,
      [caseId],
    );
    if (userIds.length === 0) {
      userIds = await ids(
        `select distinct u.id from app_user u join case_team_membership m on m.organisation_id = u.organisation_id
          where m.case_id = ? and m.ended_at is null and m.valid_from <= ? and (m.valid_until is null or m.valid_until >= ?)
            and 'PROCESS_DIRECTOR' = any(u.roles) and u.active order by u.id`,
        [caseId, amsterdamDateOf(new Date()), amsterdamDateOf(new Date())],
      );
    }
  } else {
    const types = level === 3 ? LEVEL_3_ORGANISATIONS : LEVEL_4_ORGANISATIONS;
    userIds = await ids(
      `select u.id from app_user u join organisation o on o.id = u.organisation_id
        where o.type = any(?::text[]) and 'TEAM_LEAD' = any(u.roles) and u.active order by u.id`,
      [`{${types.join(',')}}`],
    );
  }
  return { userIds, deciderUserId: level <= 2 ? (userIds[0] ?? null) : null };
}

export interface RaiseInput {
  caseId: string;
  trigger: EscalationTrigger;
  /** What raised it, unique per trigger while open: e.g. a safety-score case key, a report id, a plan action id. */
  sourceKey: string;
  reason: string;
  decisionAsked: string;
  /** A person raising it by hand; omitted for the platform's own triggers. */
  raisedBy?: { userId: string; organisationId: string } | null;
  /** The clock (jobs and tests pass it explicitly). */
  now?: Date;
  /** Audit in the caller's request; by default a system record. */
  audit?: AuditSink;
}

export interface RaiseResult {
  escalation: Escalation;
  /** False when an open escalation already existed (the same source, or for an automatic trigger the same case and trigger). */
  created: boolean;
  /** True when this signal joined an open escalation of the same case and trigger as a new ground. */
  joined: boolean;
}

/**
 * The ONE way to raise an escalation, for people and triggers alike. Idempotent: unique on
 * (trigger, sourceKey) among open escalations, and for the automatic triggers (all but MANUAL)
 * one open escalation per case and trigger: a further signal joins it as a ground
 * (`escalation_ground`, unique per source key). Partial unique indexes back both; the insert
 * does nothing on conflict, so running a trigger twice, or on two instances at once, never
 * duplicates. Starts at level 1 (the case director) when the case has an accepted case
 * director who is not the raiser, otherwise at level 2. Run it inside the caller's
 * transaction: escalation, history, notifications and audit commit together.
 */
export async function raiseFromTrigger(em: EntityManager, input: RaiseInput): Promise<RaiseResult> {
  const now = input.now ?? new Date();
  const [target] = await em.execute<{ id: string; reference: string; municipality: string; status: string }[]>(
    'select id, reference, municipality, status from case_file where id = ?',
    [input.caseId],
  );
  if (!target) throw new Error(`raiseFromTrigger: no case ${input.caseId}`);
  if (target.status === 'CLOSED')
    throw conflict('De casus is gesloten; opschalen is niet meer mogelijk. / The case is closed.');

  const grouped = input.trigger !== 'MANUAL';
  if (grouped) {
    const open = await em.findOne(
      Escalation,
      { caseFile: target.id, trigger: input.trigger, status: 'OPEN' },
      { populate: [...ESCALATION_POPULATE] },
    );
    if (open) return joinAsGround(em, open, input, now);
  } else {
    const existing = await em.findOne(
      Escalation,
      { trigger: input.trigger, sourceKey: input.sourceKey, status: 'OPEN' },
      { populate: [...ESCALATION_POPULATE] },
    );
    if (existing) return { escalation: existing, created: false, joined: false };
  }

  const caseDirectors = (await decidersAt(em, target.id, 1)).userIds;
  const level = caseDirectors.length > 0 && !(input.raisedBy && caseDirectors.includes(input.raisedBy.userId)) ? 1 : 2;
  const ladder = await ladderOf(em, regionOfMunicipality(target.municipality));
  const rung = ladder.get(level)!;
  const deciders = await decidersAt(em, target.id, level);
  const deadlineAt = addWorkingDaysAt(now, rung.deadlineWorkingDays);
  const id = randomUUID();
  // Conflicts on either unique index: (trigger, source key) or, for automatic triggers, (case, trigger) while open.
  const inserted = await em.execute<{ id: string }[]>(
    `insert into escalation (id, created_at, updated_at, case_id, trigger, source_key, reason, decision_asked, raised_by_id, raised_by_organisation_id, level, deadline_at, decider_body, decider_user_id, status, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1)
     on conflict do nothing
     returning id`,
    [
      id,
      now,
      now,
      target.id,
      input.trigger,
      input.sourceKey,
      input.reason.trim(),
      input.decisionAsked.trim(),
      input.raisedBy?.userId ?? null,
      input.raisedBy?.organisationId ?? null,
      level,
      deadlineAt,
      rung.deciderBody,
      deciders.deciderUserId,
    ],
  );
  if (inserted.length === 0) {
    // Another transaction raised it a moment ago: join it (automatic triggers) or return it.
    const winner = await em.findOneOrFail(
      Escalation,
      grouped
        ? { caseFile: target.id, trigger: input.trigger, status: 'OPEN' }
        : { trigger: input.trigger, sourceKey: input.sourceKey, status: 'OPEN' },
      { populate: [...ESCALATION_POPULATE] },
    );
    return grouped ? joinAsGround(em, winner, input, now) : { escalation: winner, created: false, joined: false };
  }
  await em.execute(
    `insert into escalation_ground (id, created_at, updated_at, escalation_id, source_key, reason) values (?, ?, ?, ?, ?, ?)`,
    [randomUUID(), now, now, id, input.sourceKey, input.reason.trim()],
  );
  await em.execute(
    `insert into escalation_history (id, created_at, updated_at, escalation_id, event, from_level, to_level, deadline_at, actor_id, note) values (?, ?, ?, ?, 'RAISED', null, ?, ?, ?, ?)`,
    [randomUUID(), now, now, id, level, deadlineAt, input.raisedBy?.userId ?? null, `Trigger ${input.trigger}`],
  );
  const raiserOrg = input.raisedBy
    ? ((
        await em.execute<{ name: string }[]>('select name from organisation where id = ?', [
          input.raisedBy.organisationId,
        ])
      )[0]?.name ?? 'een organisatie')
    : 'het platform (signaal)';
  await notify(em, {
    recipientIds: deciders.userIds.filter((u) => u !== input.raisedBy?.userId),
    kind: 'ESCALATION_RAISED',
    caseId: target.id,
    escalationId: id,
    message: `Opschaling in casus ${target.reference} door ${raiserOrg}: besluit gevraagd op niveau ${level} (${rung.title}) uiterlijk ${deadlineAt.toISOString()}. / Escalation in ${target.reference}, level ${level}.`,
  });
  await (input.audit ?? systemAudit(`escalation-raise-${id}`))(em, [
    changeOf('CREATE', {
      subjectType: 'Escalation',
      subjectId: id,
      caseId: target.id,
      fields: ['trigger', 'reason', 'decisionAsked', 'level', 'deadlineAt'],
      categories: ['PLAN'],
      reason: `RAISED_${input.trigger}`,
    }),
  ]);
  log.info('escalation.raised', { caseId: target.id, escalationId: id, trigger: input.trigger, level });
  const escalation = await em.findOneOrFail(Escalation, { id }, { populate: [...ESCALATION_POPULATE] });
  return { escalation, created: true, joined: false };
}

/**
 * A further signal of the same kind on a case with an open escalation: it becomes one more
 * ground of that escalation (once per source key), so the deciders see one question with all
 * its grounds instead of one escalation per signal. Nobody is notified again (the deciders
 * were told when it opened; the escalation page lists every ground with its date); audited
 * as a change of the escalation.
 */
async function joinAsGround(em: EntityManager, open: Escalation, input: RaiseInput, now: Date): Promise<RaiseResult> {
  const added = await em.execute<{ id: string }[]>(
    `insert into escalation_ground (id, created_at, updated_at, escalation_id, source_key, reason) values (?, ?, ?, ?, ?, ?)
     on conflict (escalation_id, source_key) do nothing returning id`,
    [randomUUID(), now, now, open.id, input.sourceKey, input.reason.trim()],
  );
  if (added.length === 0) return { escalation: open, created: false, joined: false };
  await em.execute('update escalation set updated_at = ? where id = ?', [now, open.id]);
  await (input.audit ?? systemAudit(`escalation-ground-${open.id}`))(em, [
    changeOf('UPDATE', {
      subjectType: 'Escalation',
      subjectId: open.id,
      caseId: open.caseFile.id,
      fields: ['grounds'],
      categories: ['PLAN'],
      reason: `GROUND_${input.trigger}`,
    }),
  ]);
  log.info('escalation.ground', { caseId: open.caseFile.id, escalationId: open.id, trigger: input.trigger });
  return { escalation: open, created: false, joined: true };
}

export interface DeadlineRunResult {
  climbed: number;
}

/**
 * The deadline job: every open escalation whose deadline has passed (`deadline_at <= now`)
 * climbs one level by itself and says so (history entry; the new deciders and the raiser are
 * notified). The new deadline counts from the old one, in working days of the new level.
 * Safe with several instances: rows are claimed with FOR UPDATE SKIP LOCKED, the update is
 * conditional on the level it read, and a level is climbed at most once per escalation
 * (unique index on the history). At the top level (4) an escalation stays, marked overdue.
 */
export async function runEscalationDeadlines(em: EntityManager, now: Date = new Date()): Promise<DeadlineRunResult> {
  return em.fork().transactional(async (tx) => {
    const due = await tx.execute<
      {
        id: string;
        level: number;
        deadline_at: Date;
        case_id: string;
        reference: string;
        municipality: string;
        raised_by_id: string | null;
      }[]
    >(
      `select e.id, e.level, e.deadline_at, e.case_id, c.reference, c.municipality, e.raised_by_id
         from escalation e join case_file c on c.id = e.case_id
        where e.status = 'OPEN' and e.deadline_at <= ? and e.level < ?
        order by e.deadline_at, e.id
        limit 500
        for update of e skip locked`,
      [now, TOP_ESCALATION_LEVEL],
    );
    const audit = systemAudit(`escalation-deadlines-${now.toISOString()}`);
    const entries: AuditEntry[] = [];
    let climbed = 0;
    for (const row of due) {
      const to = row.level + 1;
      const rung = (await ladderOf(tx, regionOfMunicipality(row.municipality))).get(to)!;
      const deciders = await decidersAt(tx, row.case_id, to);
      const deadlineAt = addWorkingDaysAt(new Date(row.deadline_at), rung.deadlineWorkingDays);
      const updated = await tx.execute<{ id: string }[]>(
        `update escalation set level = ?, deadline_at = ?, decider_body = ?, decider_user_id = ?, version = version + 1, updated_at = ?
          where id = ? and level = ? and status = 'OPEN' returning id`,
        [to, deadlineAt, rung.deciderBody, deciders.deciderUserId, now, row.id, row.level],
      );
      if (updated.length === 0) continue;
      await tx.execute(
        `insert into escalation_history (id, created_at, updated_at, escalation_id, event, from_level, to_level, deadline_at, actor_id, note)
         values (?, ?, ?, ?, 'CLIMBED_AT_DEADLINE', ?, ?, ?, null, ?)`,
        // The history is in the order things happened (wall clock); the job's clock is in the note.
        [
          randomUUID(),
          new Date(),
          new Date(),
          row.id,
          row.level,
          to,
          deadlineAt,
          `Niet besloten voor de termijn van ${new Date(row.deadline_at).toISOString()}: automatisch naar niveau ${to} (${rung.title}).`,
        ],
      );
      await notify(tx, {
        recipientIds: [...deciders.userIds, ...(row.raised_by_id ? [row.raised_by_id] : [])],
        kind: 'ESCALATION_CLIMBED',
        caseId: row.case_id,
        escalationId: row.id,
        message: `Opschaling in casus ${row.reference} is niet binnen de termijn besloten en gaat naar niveau ${to} (${rung.title}); nieuwe termijn ${deadlineAt.toISOString()}. / Escalation in ${row.reference} climbed to level ${to}.`,
      });
      entries.push(
        changeOf('UPDATE', {
          subjectType: 'Escalation',
          subjectId: row.id,
          caseId: row.case_id,
          fields: ['level', 'deadlineAt'],
          reason: `CLIMBED_TO_${to}`,
        }),
      );
      climbed += 1;
    }
    if (entries.length > 0) await audit(tx, entries);
    if (climbed > 0) log.info('escalation.deadlines', { climbed });
    return { climbed };
  });
}
