import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/config/orm.config.js';
import { testDatabase, type TestDatabase } from './support/platform.js';

/**
 * Migration20261208110000_meeting_text_authors on a database that already holds MDO texts: who
 * wrote them is not known (the item's one author field was overwritten by every save), so none
 * may get a sole author, who could widen its category or clear it, and the retention sweep must
 * keep them (docs/meetings.md). Migrated back to before it, given a text, and forward again.
 */
const UNKNOWN_WRITER = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
const TEXT_AUTHORS = 'Migration20261208110000_meeting_text_authors';

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  db = await testDatabase('demo');
  orm = await MikroORM.init(ormConfig(db.url));
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

const sql = <T>(text: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(text, params);

describe('the writers of MDO texts written before writers were kept', () => {
  it('are the last saver and an unknown writer: nobody is sole author, and no organisation has that id', async () => {
    const migrator = orm.getMigrator();
    // Back to just before the migration: revert it and everything after it.
    while ((await migrator.getExecutedMigrations()).some((m) => m.name === TEXT_AUTHORS)) await migrator.down();
    const [item] = await sql<{ id: string }>(
      'select id from meeting_item where case_id is not null order by id limit 1',
    );
    expect(item, 'the demo data holds an MDO item of a case').toBeDefined();
    const [police] = await sql<{ id: string }>(
      `select id from organisation where type = 'POLICE' order by name limit 1`,
    );
    await sql('update meeting_item set question = ?, considerations = null, author_organisation_id = ? where id = ?', [
      'Is het contactverbod overtreden?',
      police!.id,
      item!.id,
    ]);
    await migrator.up();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    const [after] = await sql<{ question: string[]; considerations: string[] }>(
      `select question_author_organisation_ids as question, considerations_author_organisation_ids as considerations
         from meeting_item where id = ?`,
      [item!.id],
    );
    expect(after).toEqual({ question: [police!.id, UNKNOWN_WRITER], considerations: [] });
    expect(await sql('select 1 from organisation where id = ?', [UNKNOWN_WRITER])).toEqual([]);
  });
});
