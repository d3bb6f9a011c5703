import fc from 'fast-check';
import { MikroORM, type FilterQuery } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  abilityFromRules,
  abilityToFilter,
  abilityToSql,
  asSubject,
  CASE_ACCESS,
  DATA_CATEGORIES,
  type AppAbility,
  type CaseAccess,
} from '@mda/authz';
import { ORGANISATION_TYPES } from '@mda/domain';
import type { RawRuleOf } from '@casl/ability';
import { ormConfig } from '../src/config/orm.config.js';
import { todayInNetherlands } from '../src/core/graphql/validation.js';
import { CaseEntry } from '../src/modules/cases/case-entry.entity.js';
import { ormAccessTranslator, reachAnySql, type AccessScope } from '../src/modules/identity/case-access.service.js';
import { testDatabase, type TestDatabase } from './support/platform.js';

/**
 * Property: for any rule set built from the operators we translate, the rows the SQL filter
 * returns are exactly the rows for which `ability.can()` holds - on a real PostgreSQL.
 * Rules may speak of how the viewer reaches a row's case (access facts: team, director,
 * break-the-glass); SQL evaluates those as semi-joins, while `can()` gets the facts computed
 * here in JavaScript from the raw membership, direction and grant rows, independently.
 */
interface Row {
  id: string;
  caseId: string;
  category: string;
  authorOrganisationId: string;
  audience: string[];
}
interface Viewer {
  userId: string;
  organisationId: string;
}

const FIELD_MAP = {
  caseId: 'caseFile',
  category: 'category',
  authorOrganisationId: 'authorOrganisation',
  audience: 'audience',
} as const;
const COLUMNS = {
  caseId: 'e.case_id',
  category: 'e.category',
  authorOrganisationId: 'e.author_organisation_id',
  audience: 'e.audience',
} as const;

let db: TestDatabase;
let orm: MikroORM;
let rows: Row[];
let viewers: Viewer[];
let factsOf: (viewer: Viewer) => (caseId: string) => CaseAccess[];
const today = todayInNetherlands();

beforeAll(async () => {
  db = await testDatabase('demo');
  orm = await MikroORM.init(ormConfig(db.url));
  const conn = orm.em.fork().getConnection();
  const raw = await conn.execute<
    { id: string; case_id: string; category: string; author_organisation_id: string; audience: string[] }[]
  >('select id, case_id, category, author_organisation_id, audience from case_entry');
  rows = raw.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    category: r.category,
    authorOrganisationId: r.author_organisation_id,
    audience: r.audience,
  }));
  // Emergency grants of some users on cases outside their teams: one active, one expired, one not yet started.
  await conn.execute(`
    insert into break_glass_grant (id, case_id, user_id, organisation_id, reason, granted_at, expires_at, review_status)
    select gen_random_uuid(), c.id, u.id, u.organisation_id, 'property test grant', now() + g.starts, now() + g.ends, 'PENDING'
      from (select id, organisation_id, row_number() over (order by id) as n from app_user where 'PROFESSIONAL' = any(roles) or 'CASE_DIRECTOR' = any(roles)) u
      join (select id, row_number() over (order by id) as n from case_file) c on c.n % 7 = u.n % 7
      cross join (values (interval '-1 hour', interval '1 hour'), (interval '-3 hours', interval '-1 hour'), (interval '1 hour', interval '2 hours')) g(starts, ends)
     where c.n <= 40`);
  const memberships = await conn.execute<
    {
      case_id: string;
      organisation_id: string;
      valid_from: string;
      valid_until: string | null;
      ended_at: string | null;
    }[]
  >('select case_id, organisation_id, valid_from::text, valid_until::text, ended_at::text from case_team_membership');
  const directions = await conn.execute<{ case_id: string; user_id: string; kind: string; status: string }[]>(
    'select case_id, user_id, kind, status from director_assignment',
  );
  const grants = await conn.execute<{ case_id: string; user_id: string; active: boolean }[]>(
    'select case_id, user_id, (granted_at <= now() and expires_at > now()) as active from break_glass_grant',
  );
  const users = await conn.execute<{ id: string; organisation_id: string }[]>(
    'select id, organisation_id from app_user order by id',
  );
  viewers = users.map((u) => ({ userId: u.id, organisationId: u.organisation_id }));
  factsOf = (viewer) => (caseId) => {
    const facts: CaseAccess[] = [];
    if (
      memberships.some(
        (m) =>
          m.case_id === caseId &&
          m.organisation_id === viewer.organisationId &&
          m.valid_from <= today &&
          (m.valid_until === null || m.valid_until >= today) &&
          m.ended_at === null,
      )
    )
      facts.push('TEAM');
    if (
      directions.some(
        (d) =>
          d.case_id === caseId && d.user_id === viewer.userId && d.kind === 'CASE_DIRECTOR' && d.status === 'ACCEPTED',
      )
    )
      facts.push('DIRECTOR');
    if (grants.some((g) => g.case_id === caseId && g.user_id === viewer.userId && g.active)) facts.push('BREAK_GLASS');
    return facts;
  };
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('CASL rules to SQL', () => {
  it('the data reach the viewers in every way (else the property proves little)', () => {
    const reached = new Set(viewers.flatMap((v) => rows.flatMap((r) => factsOf(v)(r.caseId))));
    expect([...reached].sort()).toEqual([...CASE_ACCESS].sort());
  });

  it('returns exactly the rows ability.can() allows, for random rule sets and viewers', async () => {
    expect(rows.length).toBeGreaterThan(100);
    const caseIds = [...new Set(rows.map((r) => r.caseId))].slice(0, 25);
    const orgIds = [...new Set(rows.map((r) => r.authorOrganisationId))];
    const condition = fc.oneof(
      fc.subarray(caseIds, { minLength: 1 }).map((ids) => ({ caseId: { $in: ids } })),
      fc.constantFrom(...DATA_CATEGORIES).map((category) => ({ category })),
      fc.constantFrom(...DATA_CATEGORIES).map((category) => ({ category: { $ne: category } })),
      fc.subarray([...DATA_CATEGORIES], { minLength: 1 }).map((cs) => ({ category: { $nin: cs } })),
      fc.constantFrom(...orgIds).map((id) => ({ authorOrganisationId: id })),
      fc.constantFrom(...ORGANISATION_TYPES).map((t) => ({ audience: { $all: [t] } })),
      fc.constantFrom(...CASE_ACCESS).map((kind) => ({ access: kind })),
      fc.subarray([...CASE_ACCESS], { minLength: 1 }).map((kinds) => ({ access: { $in: kinds } })),
    );
    const rule = fc.record({
      inverted: fc.boolean(),
      conditions: fc.option(
        fc
          .array(condition, { minLength: 1, maxLength: 3 })
          .map((cs) => Object.assign({}, ...cs) as Record<string, unknown>),
        { freq: 6 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(rule, { minLength: 1, maxLength: 4 }),
        fc.nat({ max: viewers.length - 1 }),
        async (generated, viewerIndex) => {
          const viewer = viewers[viewerIndex] as Viewer;
          const scope: AccessScope = { organisationId: viewer.organisationId, userId: viewer.userId, today };
          const raw = generated.map((g) => ({
            action: 'read',
            subject: 'CaseEntry',
            inverted: g.inverted,
            ...(g.conditions ? { conditions: g.conditions } : {}),
          })) as RawRuleOf<AppAbility>[];
          const ability = abilityFromRules(raw, factsOf(viewer));
          const expected = rows
            .filter((r) => ability.can('read', asSubject('CaseEntry', { ...r })))
            .map((r) => r.id)
            .sort();
          const filter = abilityToFilter(ability, 'read', 'CaseEntry', FIELD_MAP, ormAccessTranslator(scope));
          const actual =
            filter === null
              ? []
              : (await orm.em.fork().find(CaseEntry, filter as FilterQuery<CaseEntry>, { fields: ['id'] }))
                  .map((e) => e.id)
                  .sort();
          expect(actual).toEqual(expected);
          // The same rules as SQL text for hand-written statements (the case list).
          const where = abilityToSql(ability, 'read', 'CaseEntry', COLUMNS, (kinds) =>
            reachAnySql(kinds, 'e.case_id', scope),
          );
          const fromSql =
            where === null
              ? []
              : (
                  await orm.em
                    .fork()
                    .getConnection()
                    .execute<{ id: string }[]>(`select e.id from case_entry e where ${where.sql}`, where.params)
                )
                  .map((r) => r.id)
                  .sort();
          expect(fromSql).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
