import { Migration } from '@mikro-orm/migrations';

/**
 * Direction and escalation publish their changes on the realtime channel (ids only; see
 * docs/realtime.md), so the "Regie" and "Escalaties" sections of a case refresh when a
 * nominee accepts, a director is proposed, or an escalation is raised, climbs or is decided,
 * whoever or whatever (the deadline job) made the change. The history tables are left out:
 * every history row comes with a change to its assignment or escalation.
 */
const DIRECTION_TABLES = ['director_assignment', 'escalation'] as const;

export class Migration20261125070000DirectionRealtime extends Migration {
  override async up(): Promise<void> {
    for (const table of DIRECTION_TABLES) {
      this.addSql(`create trigger ${table}_publish after insert or update or delete on "${table}" for each row execute function mda_publish_event();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of DIRECTION_TABLES) this.addSql(`drop trigger if exists ${table}_publish on "${table}";`);
  }
}
