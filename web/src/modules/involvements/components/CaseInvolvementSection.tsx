import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Button, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayRegisterInvolvementFromCase } from '../../auth/permissions';
import { InvolvementForm } from './InvolvementForm';
import { DataTable } from '../../../ui/DataTable';
import { formatLocalDate } from '../../../ui/formatDate';

export const CaseInvolvementSection_caseFragment = graphql(`
  fragment CaseInvolvementSection_case on Case {
    id
    household {
      id
      members {
        person {
          id
          firstName
          lastName
          hasBsn
        }
      }
    }
    involvements {
      personId
      organisationName
      organisationType
      contactPoint
      validFrom
      validUntil
    }
  }
`);

/** The involvement index entries of the household's persons: who is involved and whom to call; no content. */
export function CaseInvolvementSection({
  case: caseRef,
}: {
  case: FragmentType<typeof CaseInvolvementSection_caseFragment>;
}) {
  const { t, i18n } = useTranslation();
  const data = getFragmentData(CaseInvolvementSection_caseFragment, caseRef);
  const ability = useAppAbility();
  const [registering, setRegistering] = useState(false);
  const mayRegister = mayRegisterInvolvementFromCase(ability, data.id);
  const members = data.household.members.map((m) => ({
    id: m.person.id,
    name: `${m.person.firstName ?? ''} ${m.person.lastName ?? ''}`.trim() || t('fields.notShared'),
    hasBsn: m.person.hasBsn ?? null,
  }));
  const nameOf = (personId: string) => {
    const p = data.household.members.find((m) => m.person.id === personId)?.person;
    return p ? `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim() : '–';
  };
  return (
    <section aria-labelledby="case-involvements-heading" className="mda-section" data-testid="case-involvements">
      <Heading2 id="case-involvements-heading">{t('involvement.case.title')}</Heading2>
      <Paragraph>{t('involvement.case.intro')}</Paragraph>
      {data.involvements.length === 0 ? (
        <Paragraph>{t('involvement.case.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('involvement.case.title')}
          columns={[
            t('involvement.col.person'),
            t('involvement.col.organisation'),
            t('involvement.col.contactPoint'),
            t('involvement.col.period'),
          ]}
        >
          {data.involvements.map((e) => (
            <TableRow key={`${e.personId}-${e.organisationName}-${e.validFrom}`} data-testid="case-involvement-row">
              <TableCell>{nameOf(e.personId)}</TableCell>
              <TableCell>{e.organisationName}</TableCell>
              <TableCell>{e.contactPoint}</TableCell>
              <TableCell>
                {formatLocalDate(e.validFrom, i18n.language)} –{' '}
                {e.validUntil ? formatLocalDate(e.validUntil, i18n.language) : t('involvement.open')}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {mayRegister ? (
        <>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-expanded={registering}
            onClick={() => setRegistering((open) => !open)}
            data-testid="case-involvement-register"
          >
            {t('involvement.case.register')}
          </Button>
          {registering ? (
            <InvolvementForm
              key={data.id}
              subject={{ kind: 'member', caseId: data.id, members }}
              idPrefix="case-inv"
              testPrefix="case-involvement"
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
