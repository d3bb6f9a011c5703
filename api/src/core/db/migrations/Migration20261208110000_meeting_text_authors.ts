import { Migration } from '@mikro-orm/migrations';

/**
 * Who wrote each text of the MDO form (issue 14, privacy). The item had one author organisation,
 * overwritten by every save: whoever saved last (even only the safety score) became the author of
 * both texts, and "an organisation always reads what it recorded itself" then let it read a question
 * in a category it may not read. Each text now keeps the organisations that wrote it (the first
 * writer, then every other organisation that changed its wording); only a sole author may widen the
 * text's category (packages/authz meeting-rules.ts, `recategorise`). Who wrote an existing text is
 * not known (the item's last author may have saved only the safety score), so existing texts get the
 * last author (who read them until now) plus an unknown writer (UNKNOWN_WRITER): nobody is their
 * sole author, so nobody may widen or clear them, and the retention sweep waits for the unknown
 * writer, i.e. keeps them (an organisation without a retention date never expires).
 */
/** The writer of a text written before writers were kept: no organisation, nor the system actor's nil uuid. */
const UNKNOWN_WRITER = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

export class Migration20261208110000MeetingTextAuthors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meeting_item"
      add column "question_author_organisation_ids" uuid[] not null default '{}',
      add column "considerations_author_organisation_ids" uuid[] not null default '{}';`);
    this.addSql(`update "meeting_item" set
      "question_author_organisation_ids" = case when "question" is not null then array["author_organisation_id", '${UNKNOWN_WRITER}'::uuid] else '{}' end,
      "considerations_author_organisation_ids" = case when "considerations" is not null then array["author_organisation_id", '${UNKNOWN_WRITER}'::uuid] else '{}' end;`);
    this.addSql(`alter table "meeting_item"
      add constraint "meeting_item_question_has_author" check (("question" is null) = (cardinality("question_author_organisation_ids") = 0)),
      add constraint "meeting_item_considerations_has_author" check (("considerations" is null) = (cardinality("considerations_author_organisation_ids") = 0));`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "meeting_item" drop column "question_author_organisation_ids", drop column "considerations_author_organisation_ids";`,
    );
  }
}
