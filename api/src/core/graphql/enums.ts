import { registerEnumType } from 'type-graphql';
import {
  CASE_STATUSES,
  HOUSEHOLD_PROFILES,
  LEGAL_BASIS_KINDS,
  MEMBER_ROLES,
  ORGANISATION_TYPES,
  USER_ROLES,
} from '@mda/domain';
import { CASE_ACCESS, DATA_CATEGORIES, PURPOSES } from '@mda/authz';

/** type-graphql registers enums from objects; the values come from `@mda/domain`. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const OrganisationTypeEnum = enumObject(ORGANISATION_TYPES);
export const UserRoleEnum = enumObject(USER_ROLES);
export const MemberRoleEnum = enumObject(MEMBER_ROLES);
export const CaseStatusEnum = enumObject(CASE_STATUSES);
export const HouseholdProfileEnum = enumObject(HOUSEHOLD_PROFILES);
export const LegalBasisKindEnum = enumObject(LEGAL_BASIS_KINDS);

registerEnumType(OrganisationTypeEnum, {
  name: 'OrganisationType',
  description: 'Partner organisation in a case team',
});
registerEnumType(UserRoleEnum, { name: 'UserRole' });
registerEnumType(MemberRoleEnum, { name: 'MemberRole', description: "A person's role in the household" });
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(HouseholdProfileEnum, { name: 'HouseholdProfile', description: 'Main problem of the household' });
registerEnumType(LegalBasisKindEnum, {
  name: 'LegalBasisKind',
  description: 'Legal basis of the data sharing (AVG art. 6)',
});
export const DataCategoryEnum = enumObject(DATA_CATEGORIES);
export const PurposeEnum = enumObject(PURPOSES);
registerEnumType(DataCategoryEnum, {
  name: 'DataCategory',
  description: 'Category of personal data; decides who may read it',
});
registerEnumType(PurposeEnum, {
  name: 'Purpose',
  description: 'Declared purpose of a session (AVG purpose limitation)',
});
export const CaseAccessEnum = enumObject(CASE_ACCESS);
registerEnumType(CaseAccessEnum, {
  name: 'CaseAccess',
  description:
    'How the viewer reaches a case: TEAM (own organisation on the case team today), DIRECTOR (accepted case director), BREAK_GLASS (active emergency grant)',
});
