import { Migration } from '@mikro-orm/migrations';

/**
 * A decision of the MDO can create a goal in the case plan (docs/meetings.md, "Decisions become
 * plan work"): the decision keeps the goal's id next to the action's, linked like the action.
 */
export class Migration20261207100100MeetingDecisionGoal extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "meeting_decision" add column "plan_goal_id" uuid null references "plan_element" ("id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting_decision" drop column if exists "plan_goal_id";`);
  }
}
