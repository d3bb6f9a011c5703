import { Migration } from '@mikro-orm/migrations';

/**
 * Who wrote each text of the MDO form (issue 14, privacy). The item had one author organisation,
 * overwritten by every save: whoever saved last (even only the safety score) became the author of
 * both texts, and "an organisation always reads what it recorded itself" then let it read a question
 * in a category it may not read. Each text now keeps the organisations that wrote it (the first
 * writer, then every other organisation that changed its wording); only a sole author may widen the
 * text's category (packages/authz meeting-rules.ts, `recategorise`). Existing texts are attributed
 * to the item's last author, as they were read until now.
 */
export class Migration20261208110000MeetingTextAuthors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meeting_item"
      add column "question_author_organisation_ids" uuid[] not null default '{}',
      add column "considerations_author_organisation_ids" uuid[] not null default '{}';`);
    this.addSql(`update "meeting_item" set
      "question_author_organisation_ids" = case when "question" is not null then array["author_organisation_id"] else '{}' end,
      "considerations_author_organisation_ids" = case when "considerations" is not null then array["author_organisation_id"] else '{}' end;`);
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
