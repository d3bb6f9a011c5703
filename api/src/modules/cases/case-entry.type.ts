import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { OrganisationType } from '@mda/domain';
import type { Actor, AppAbility, DataCategory } from '@mda/authz';
import { DataCategoryEnum, OrganisationTypeEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import { disclose } from '../../core/authz/field-guard.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { secondFactorWithheldReason } from '../identity/second-factor.service.js';
import type { CaseEntry } from './case-entry.entity.js';

/**
 * An item of shared information. Every team member sees that it exists, its category and
 * who recorded it (like the reference index: *that* someone is involved); its content only
 * when the category's rules allow.
 */
@ObjectType('CaseEntry', { simpleResolvers: true })
export class CaseEntryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => OrganisationNode)
  authorOrganisation!: OrganisationNode;

  @Field(() => DateTimeISO)
  recordedAt!: Date;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => LocalDate, { nullable: true })
  occurredOn!: string | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of the household members this entry is about' })
  concerns!: string[] | null;

  @Field(() => [OrganisationTypeEnum], { description: 'RESTRICTED_NOTE: who may read it besides the author' })
  audience!: OrganisationType[];

  @Field(() => Int)
  version!: number;

  @Field(() => [String], { description: 'Fields withheld from the viewer; they resolve to null.' })
  redactedFields!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why the content is withheld when the viewer can change that (confirm a second factor), in Dutch and English.',
  })
  withheldReason!: string | null;

  static from(
    e: CaseEntry,
    ability: AppAbility,
    actor: Actor | null = null,
  ): { node: CaseEntryNode; disclosed: string[] } {
    const { values, redacted, disclosed } = disclose(
      ability,
      'CaseEntry',
      {
        id: e.id,
        caseId: e.caseFile.id,
        category: e.category,
        authorOrganisationId: e.authorOrganisation.id,
        audience: [...e.audience],
      },
      { title: e.title, body: e.body, occurredOn: e.occurredOn, concerns: [...e.concerns] },
    );
    const node = Object.assign(new CaseEntryNode(), {
      id: e.id,
      category: e.category,
      authorOrganisation: OrganisationNode.from(e.authorOrganisation),
      recordedAt: e.createdAt,
      audience: [...e.audience],
      version: e.version,
      ...values,
      redactedFields: redacted,
      withheldReason: redacted.length > 0 ? secondFactorWithheldReason(actor, e.category) : null,
    });
    return { node, disclosed };
  }
}

@InputType()
export class RecordCaseEntryInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => LocalDate, { nullable: true })
  occurredOn?: string | null;

  @Field(() => [ID], { description: 'Person ids of household members of this case' })
  concerns!: string[];

  @Field(() => [OrganisationTypeEnum], {
    nullable: true,
    description: 'Required for RESTRICTED_NOTE, refused otherwise',
  })
  audience?: OrganisationType[] | null;
}

@InputType()
export class UpdatePersonDetailsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  shelterAddress?: string | null;

  @Field(() => String, { nullable: true })
  safeContact?: string | null;
}
