import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatLocalDate } from '../../../ui/formatDate';

// No BSN here, by design: the API discloses only whether one is on record.
export const HouseholdMemberList_householdFragment = graphql(`
  fragment HouseholdMemberList_household on Household {
    id
    members {
      id
      roles
      person {
        id
        firstName
        lastName
        dateOfBirth
        hasBsn
      }
    }
  }
`);

export interface HouseholdMemberListProps {
  household: FragmentType<typeof HouseholdMemberList_householdFragment>;
  caption: string;
}

export function HouseholdMemberList({ household, caption }: HouseholdMemberListProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const { members } = getFragmentData(HouseholdMemberList_householdFragment, household);
  if (members.length === 0) return <Paragraph data-testid="household-members">{t('case.householdEmpty')}</Paragraph>;
  return (
    <Table data-testid="household-members" className="mda-table">
      <TableCaption className="mda-visually-hidden">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('case.member.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.member.roles')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.member.dateOfBirth')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.member.bsn')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.id} data-testid="household-member">
            <TableHeaderCell scope="row">
              {member.person.firstName} {member.person.lastName}
            </TableHeaderCell>
            <TableCell>{member.roles.map(labels.memberRole).join(', ')}</TableCell>
            <TableCell>
              {member.person.dateOfBirth
                ? formatLocalDate(member.person.dateOfBirth, i18n.language)
                : t('case.member.dateOfBirthUnknown')}
            </TableCell>
            <TableCell>{member.person.hasBsn ? t('case.member.bsnKnown') : t('case.member.bsnUnknown')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
