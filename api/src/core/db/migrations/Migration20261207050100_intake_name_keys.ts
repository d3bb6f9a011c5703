import { Migration } from '@mikro-orm/migrations';
import { personNameKey } from '@mda/domain';

/** Fills person.name_key for rows that predate it, in pages (after Migration20261207050000_intake; pseudonymised persons get none). */
export class Migration20261207050100IntakeNameKeys extends Migration {
  override async up(): Promise<void> {
    let last = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(`select "id", "first_name", "last_name" from "person" where "name_key" is null and "pseudonymised_at" is null and "id" > ? order by "id" limit 1000`, [last])) as { id: string; first_name: string; last_name: string }[];
      if (rows.length === 0) break;
      for (const r of rows) {
        const key = personNameKey(r.first_name, r.last_name);
        if (key !== null) await this.execute(`update "person" set "name_key" = ? where "id" = ?`, [key, r.id]);
      }
      last = rows[rows.length - 1]!.id;
    }
  }
}
