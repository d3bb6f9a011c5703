import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { fieldState } from '../../../ui/fieldState';
import { formatLocalDate } from '../../../ui/formatDate';
import { personName } from '../personName';

// No BSN here, by design: the API discloses only whether one is on record. A field the
// viewer's organisation may not read is null and named in `redactedFields`.
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
        address
        phone
        shelterAddress
        safeContact
        redactedFields
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
    <DataTable
      caption={caption}
      columns={[
        t('case.member.name'),
        t('case.member.roles'),
        t('case.member.dateOfBirth'),
        t('case.member.bsn'),
        t('case.member.address'),
        t('case.member.phone'),
        t('case.member.shelterAddress'),
        t('case.member.safeContact'),
      ]}
      data-testid="household-members"
    >
      {members.map(({ id, roles, person }) => {
        const redacted = person.redactedFields;
        return (
          <TableRow key={id} data-testid="household-member" data-person-id={person.id}>
            <TableHeaderCell scope="row">
              <FieldValue state={personName(person)} data-testid="member-name" />
            </TableHeaderCell>
            <TableCell>{roles.map(labels.memberRole).join(', ')}</TableCell>
            <TableCell>
              <FieldValue
                state={fieldState('dateOfBirth', person.dateOfBirth, redacted)}
                render={(value) => formatLocalDate(value, i18n.language)}
              />
            </TableCell>
            <TableCell>
              <FieldValue
                state={fieldState('hasBsn', person.hasBsn, redacted)}
                render={(known) => (known ? t('case.member.bsnKnown') : t('case.member.bsnUnknown'))}
              />
            </TableCell>
            <TableCell>
              <FieldValue state={fieldState('address', person.address, redacted)} data-testid="member-address" />
            </TableCell>
            <TableCell>
              <FieldValue state={fieldState('phone', person.phone, redacted)} data-testid="member-phone" />
            </TableCell>
            <TableCell>
              <FieldValue
                state={fieldState('shelterAddress', person.shelterAddress, redacted)}
                data-testid="member-shelter-address"
              />
            </TableCell>
            <TableCell>
              <FieldValue
                state={fieldState('safeContact', person.safeContact, redacted)}
                data-testid="member-safe-contact"
              />
            </TableCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
