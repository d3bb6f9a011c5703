import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatLocalDate } from '../../../ui/formatDate';
import { legalBasisDetail, type LegalBasisFields } from '../legalBasis';

export const CaseTeamTable_caseFragment = graphql(`
  fragment CaseTeamTable_case on Case {
    id
    team {
      id
      purpose
      validFrom
      validUntil
      active
      organisation {
        id
        name
        type
      }
      legalBasis {
        kind
        article
        consentDate
        statute
      }
    }
  }
`);

export interface CaseTeamTableProps {
  case: FragmentType<typeof CaseTeamTable_caseFragment>;
}

function LegalBasisText({ basis }: { basis: LegalBasisFields }) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const detail = legalBasisDetail(basis);
  const kind = labels.legalBasisKind(basis.kind);
  if (!detail) return <>{kind}</>;
  const text =
    detail.field === 'article'
      ? t('case.legalBasis.article', { article: detail.value })
      : detail.field === 'consentDate'
        ? t('case.legalBasis.consentDate', { date: formatLocalDate(detail.value, i18n.language) })
        : t('case.legalBasis.statute', { statute: detail.value });
  return (
    <>
      {kind}: {text}
    </>
  );
}

export function CaseTeamTable({ case: caseRef }: CaseTeamTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const { team } = getFragmentData(CaseTeamTable_caseFragment, caseRef);
  if (team.length === 0) return <Paragraph data-testid="case-team">{t('case.teamEmpty')}</Paragraph>;
  // Active memberships first, then by start date.
  const rows = [...team].sort((a, b) => Number(b.active) - Number(a.active) || a.validFrom.localeCompare(b.validFrom));
  return (
    <DataTable
      caption={t('case.teamCaption')}
      columns={[
        t('case.team.organisation'),
        t('case.team.organisationType'),
        t('case.team.legalBasis'),
        t('case.team.purpose'),
        t('case.team.validFrom'),
        t('case.team.validUntil'),
        t('case.team.state'),
      ]}
      data-testid="case-team"
    >
      {rows.map((membership) => (
        <TableRow
          key={membership.id}
          data-testid="team-row"
          data-organisation-type={membership.organisation.type}
          data-active={membership.active}
        >
          <TableHeaderCell scope="row">{membership.organisation.name}</TableHeaderCell>
          <TableCell>{labels.organisationType(membership.organisation.type)}</TableCell>
          <TableCell>
            <LegalBasisText basis={membership.legalBasis} />
          </TableCell>
          <TableCell>{membership.purpose}</TableCell>
          <TableCell>{formatLocalDate(membership.validFrom, i18n.language)}</TableCell>
          <TableCell>
            {membership.validUntil
              ? formatLocalDate(membership.validUntil, i18n.language)
              : t('case.team.validUntilOpen')}
          </TableCell>
          <TableCell>{membership.active ? t('case.team.active') : t('case.team.ended')}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
