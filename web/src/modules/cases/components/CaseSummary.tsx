import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTimeAsDate } from '../../../ui/formatDate';

export const CaseSummary_caseFragment = graphql(`
  fragment CaseSummary_case on Case {
    id
    reference
    status
    profile
    openedAt
    closedAt
    municipality {
      code
      name
    }
  }
`);

export interface CaseSummaryProps {
  case: FragmentType<typeof CaseSummary_caseFragment>;
}

export function CaseSummary({ case: caseRef }: CaseSummaryProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const data = getFragmentData(CaseSummary_caseFragment, caseRef);
  return (
    <DataList appearance="rows" className="mda-summary" data-testid="case-summary">
      <DataListItem>
        <DataListKey>{t('case.reference')}</DataListKey>
        <DataListValue notranslate>{data.reference}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('case.status')}</DataListKey>
        <DataListValue>
          <span data-testid="case-status">{labels.caseStatus(data.status)}</span>
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('case.profile')}</DataListKey>
        <DataListValue>{labels.householdProfile(data.profile)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('case.municipality')}</DataListKey>
        <DataListValue>{data.municipality.name}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('case.openedAt')}</DataListKey>
        <DataListValue>{formatDateTimeAsDate(data.openedAt, i18n.language)}</DataListValue>
      </DataListItem>
      {data.closedAt ? (
        <DataListItem>
          <DataListKey>{t('case.closedAt')}</DataListKey>
          <DataListValue>{formatDateTimeAsDate(data.closedAt, i18n.language)}</DataListValue>
        </DataListItem>
      ) : null}
    </DataList>
  );
}
