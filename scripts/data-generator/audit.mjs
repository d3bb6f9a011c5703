// The audit-trail half of the data generator (scripts/data-generator.mjs).
import { createHash } from 'node:crypto';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { canonicalAuditRecord } from '../../api/dist/core/audit/audit-trail.js';
import { READ_FIELDS, PURPOSES } from './constants.mjs';
import { esc, arr, iso } from './copy.mjs';

export const AUDIT_COLUMNS =
  'seq, occurred_at, request_id, actor_user_id, on_behalf_of_user_id, organisation_id, organisation_type, roles, action, subject_type, subject_id, case_id, data_subject_ids, fields, categories, purpose, break_glass_grant_id, outcome, reason, prev_hash, hash';

/**
 * Where one month of generated audit rows goes. A month whose partition exists (or whose rows
 * would fall in the default partition) is copied through the parent. A missing month is
 * built as a plain table, filled, then attached: PostgreSQL then builds its indexes in bulk
 * and clones the row triggers (append-only) onto it; the TRUNCATE trigger is added as
 * `audit.ensure_partition` does. The result is the same partition `ensure_partition` makes.
 */
export async function openAuditMonth(client, monthStartMs) {
  const d = new Date(monthStartMs);
  const lower = `${d.toISOString().slice(0, 7)}-01`;
  const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const name = `event_${lower.slice(0, 4)}_${lower.slice(5, 7)}`;
  const exists = (
    await client.query(
      `select to_regclass('audit.' || $1) is not null as e,
      exists (select 1 from audit.event_default where occurred_at >= $2::timestamptz and occurred_at < $3::timestamptz) as in_default`,
      [name, `${lower} 00:00:00+00`, `${next} 00:00:00+00`],
    )
  ).rows[0];
  let finish = async () => undefined;
  let target = 'audit.event';
  if (!exists.e && !exists.in_default) {
    target = `audit.${name}`;
    await client.query(`create table ${target} (like audit.event including defaults including constraints)`);
    await client.query(
      `alter table ${target} add constraint ${name}_range check (occurred_at >= '${lower} 00:00:00+00' and occurred_at < '${next} 00:00:00+00')`,
    );
    finish = async () => {
      await client.query(
        `alter table audit.event attach partition ${target} for values from ('${lower} 00:00:00+00') to ('${next} 00:00:00+00')`,
      );
      await client.query(`alter table ${target} drop constraint ${name}_range`);
      await client.query(
        `create trigger event_no_truncate before truncate on ${target} for each statement execute function audit.refuse_change()`,
      );
    };
  }
  const stream = client.query(copyStreams.from(`copy ${target} (${AUDIT_COLUMNS}) from stdin`));
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  return {
    stream,
    close: async () => {
      stream.end();
      await done;
      await finish();
    },
  };
}

export async function generateAudit(
  databaseUrl,
  rnd,
  { auditRows, startMs, now, caseOpened, caseIds, caseRegion, caseTeams, caseSubjects, region, log },
) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    // Lock the head like the writer does: no API instance appends while the generator does.
    const head = (await client.query('select seq, hash from audit.chain_head where id = 1 for update')).rows[0];
    const headTime = (await client.query('select max(occurred_at) as at from audit.event')).rows[0].at;
    // Case indexes in order of opening: at time t, any case opened before t may be read.
    const order = caseIds.map((_, i) => i).sort((a, b) => caseOpened[a] - caseOpened[b]);
    const first = Math.max(startMs, caseOpened[order[0]]);
    // Generated records follow the existing trail in time too, when it already holds records.
    const from = headTime ? Math.max(first, new Date(headTime).getTime() + 1) : first;
    const to = Math.max(from + auditRows, now);
    const step = (to - from) / auditRows;
    let seq = BigInt(head.seq);
    let prevHash = head.hash;
    let pointer = 0;
    let lines = [];
    let lastMs = -1;
    let month = null;
    let monthEnd = -Infinity;
    const flush = async () => {
      if (lines.length === 0) return;
      const ok = month.stream.write(`${lines.join('\n')}\n`);
      lines = [];
      if (!ok) await new Promise((resolve) => month.stream.once('drain', resolve));
    };
    for (let i = 0; i < auditRows; i++) {
      let t = Math.floor(from + i * step);
      if (t <= lastMs) t = lastMs + 1;
      lastMs = t;
      if (t >= monthEnd) {
        if (month) {
          await flush();
          await month.close();
        }
        const d = new Date(t);
        const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
        monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        month = await openAuditMonth(client, monthStart);
      }
      while (pointer < order.length && caseOpened[order[pointer]] <= t) pointer++;
      const ci = order[rnd.int(Math.max(1, pointer))];
      const team = caseTeams[ci];
      const org = rnd.pick(team);
      const reg = region[caseRegion[ci]];
      const actor = reg.userOf.get(org.id) ?? rnd.pick(reg.users);
      const [subjectType, fields, categories] = rnd.pick(READ_FIELDS);
      const subjects = caseSubjects[ci];
      const dataSubjects = subjectType === 'Person' ? [rnd.pick(subjects)] : [...subjects].sort();
      seq += 1n;
      const record = {
        seq: seq.toString(),
        occurredAt: iso(t),
        requestId: rnd.hex(16),
        actorUserId: actor.id,
        onBehalfOfUserId: null,
        organisationId: org.id,
        organisationType: org.type,
        roles: [...actor.roles],
        action: 'READ',
        subjectType,
        subjectId: subjectType === 'Person' ? dataSubjects[0] : caseIds[ci],
        caseId: caseIds[ci],
        dataSubjectIds: dataSubjects,
        fields,
        categories,
        purpose: rnd.pick(PURPOSES),
        breakGlassGrantId: null,
        outcome: 'SUCCESS',
        reason: null,
      };
      const hash = createHash('sha256')
        .update(`${prevHash}\n${canonicalAuditRecord(record)}`, 'utf8')
        .digest('hex');
      lines.push(
        [
          record.seq,
          record.occurredAt,
          record.requestId,
          record.actorUserId,
          null,
          record.organisationId,
          record.organisationType,
          arr(record.roles),
          'READ',
          subjectType,
          record.subjectId,
          record.caseId,
          arr(dataSubjects),
          arr(fields),
          arr(categories),
          record.purpose,
          null,
          'SUCCESS',
          null,
          prevHash,
          hash,
        ]
          .map(esc)
          .join('\t'),
      );
      prevHash = hash;
      if (lines.length >= 5000) await flush();
      if (i % 1_000_000 === 999_999) log(`audit rows ${i + 1}/${auditRows}`);
    }
    if (month) {
      await flush();
      await month.close();
    }
    await client.query('update audit.chain_head set seq = $1, hash = $2 where id = 1', [seq.toString(), prevHash]);
    await client.query('commit');
    return auditRows;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
