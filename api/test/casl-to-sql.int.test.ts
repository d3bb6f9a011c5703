import fc from 'fast-check';
import { MikroORM, type FilterQuery } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abilityFromRules, abilityToFilter, asSubject, DATA_CATEGORIES, type AppAbility } from '@mda/authz';
import { ORGANISATION_TYPES } from '@mda/domain';
import type { RawRuleOf } from '@casl/ability';
import { ormConfig } from '../src/config/orm.config.js';
import { CaseEntry } from '../src/modules/cases/case-entry.entity.js';
import { testDatabase, type TestDatabase } from './support/platform.js';

/**
 * Property: for any rule set built from the operators we translate, the rows the SQL filter
 * returns are exactly the rows for which `ability.can()` holds - on a real PostgreSQL.
 */
interface Row {
  id: string;
  caseId: string;
  category: string;
  authorOrganisationId: string;
  audience: string[];
}

const FIELD_MAP = { caseId: 'caseFile', category: 'category', authorOrganisationId: 'authorOrganisation', audience: 'audience' } as const;

let db: TestDatabase;
let orm: MikroORM;
let rows: Row[];
beforeAll(async () => {
  db = await testDatabase('demo');
  orm = await MikroORM.init(ormConfig(db.url));
  const raw = await orm.em.fork().getConnection().execute<{ id: string; case_id: string; category: string; author_organisation_id: string; audience: string[] }[]>(
    'select id, case_id, category, author_organisation_id, audience from case_entry',
  );
  rows = raw.map((r) => ({ id: r.id, caseId: r.case_id, category: r.category, authorOrganisationId: r.author_organisation_id, audience: r.audience }));
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('CASL rules to SQL', () => {
  it('returns exactly the rows ability.can() allows, for random rule sets', async () => {
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
    );
    const rule = fc.record({
      inverted: fc.boolean(),
      conditions: fc.option(fc.array(condition, { minLength: 1, maxLength: 3 }).map((cs) => Object.assign({}, ...cs) as Record<string, unknown>), { freq: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 1, maxLength: 4 }), async (generated) => {
        const raw = generated.map((g) => ({
          action: 'read',
          subject: 'CaseEntry',
          inverted: g.inverted,
          ...(g.conditions ? { conditions: g.conditions } : {}),
        })) as RawRuleOf<AppAbility>[];
        const ability = abilityFromRules(raw);
        const expected = rows.filter((r) => ability.can('read', asSubject('CaseEntry', { ...r }))).map((r) => r.id).sort();
        const filter = abilityToFilter(ability, 'read', 'CaseEntry', FIELD_MAP);
        const actual =
          filter === null
            ? []
            : (await orm.em.fork().find(CaseEntry, filter as FilterQuery<CaseEntry>, { fields: ['id'] })).map((e) => e.id).sort();
        expect(actual).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
