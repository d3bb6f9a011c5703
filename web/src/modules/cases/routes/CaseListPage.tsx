import { type CaseStatus, graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEnumLabels } from '../../../app/i18n/labels';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { Pager } from '../../../ui/Pager';
import { MyDirectorAssignments } from '../../directors/components/MyDirectorAssignments';
import { MyEscalations } from '../../escalations/components/MyEscalations';
import { CaseTable } from '../components/CaseTable';
import { currentCursor, firstPage, hasPreviousPage, nextPage, pageNumber, previousPage, type CursorStack } from '../pager';

export const PAGE_SIZE = 20;

const CASE_STATUSES: readonly CaseStatus[] = ['INTAKE', 'ACTIVE', 'MONITORING', 'CLOSED'];

function isCaseStatus(value: string | null): value is CaseStatus {
  return value !== null && (CASE_STATUSES as readonly string[]).includes(value);
}

const CaseListQuery = graphql(`
  query CaseList($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CaseTable_case
        }
      }
    }
  }
`);

export function CaseListPage() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isCaseStatus(statusParam) ? statusParam : null;
  const [draftStatus, setDraftStatus] = useState<string>(status ?? '');
  // The cursor stack belongs to one filter; a new filter starts again at page 1.
  const [pager, setPager] = useState<{ status: CaseStatus | null; stack: CursorStack }>({ status, stack: firstPage });
  const stack = pager.status === status ? pager.stack : firstPage;

  const { data, previousData, loading, error } = useQuery(CaseListQuery, {
    variables: {
      first: PAGE_SIZE,
      after: currentCursor(stack),
      filter: status ? { status: [status] } : null,
    },
    notifyOnNetworkStatusChange: true,
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = isCaseStatus(draftStatus) ? draftStatus : null;
    setPager({ status: next, stack: firstPage });
    setSearchParams(next ? { status: next } : {});
  };

  const shown = data ?? previousData;
  const connection = shown?.cases;
  const page = pageNumber(stack);

  return (
    <div className="mda-case-list">
      <PageTitle title={t('cases.listTitle')} />
      <Paragraph>{t('cases.listIntro')}</Paragraph>
      <MyDirectorAssignments />
      <MyEscalations />

      <form className="mda-filter" onSubmit={onFilter} aria-label={t('cases.filterLegend')}>
        <div className="mda-filter__field">
          <FormLabel htmlFor="case-filter-status">{t('cases.filterStatus')}</FormLabel>
          <Select
            id="case-filter-status"
            name="status"
            value={draftStatus}
            onChange={(event) => setDraftStatus(event.target.value)}
            data-testid="filter-status"
          >
            <SelectOption value="">{t('cases.filterAllStatuses')}</SelectOption>
            {CASE_STATUSES.map((value) => (
              <SelectOption key={value} value={value}>
                {labels.caseStatus(value)}
              </SelectOption>
            ))}
          </Select>
        </div>
        <Button type="submit" appearance="secondary-action-button" data-testid="filter-apply">
          {t('cases.filterApply')}
        </Button>
      </form>

      {error ? <QueryError error={error} /> : null}

      <LiveRegion politeness="polite" className="mda-result-status" data-testid="cases-total">
        {connection ? (
          <Paragraph>
            {t('cases.totalCount', { count: connection.totalCount })}
            {connection.totalCount > PAGE_SIZE ? ` · ${t('cases.pager.page', { page })}` : ''}
          </Paragraph>
        ) : null}
      </LiveRegion>

      {!connection && loading ? <LoadingState label={t('app.loading')} /> : null}

      {connection && connection.edges.length === 0 ? (
        <Paragraph data-testid="cases-empty">{status ? t('cases.empty') : t('cases.emptyNoFilter')}</Paragraph>
      ) : null}

      {connection && connection.edges.length > 0 ? (
        <>
          <CaseTable cases={connection.edges.map((edge) => edge.node)} caption={t('cases.tableCaption', { page })} />
          <Pager
            label={t('cases.pager.label')}
            previousLabel={t('cases.pager.previous')}
            nextLabel={t('cases.pager.next')}
            hasPrevious={hasPreviousPage(stack)}
            hasNext={connection.pageInfo.hasNextPage}
            disabled={loading}
            onPrevious={() => setPager({ status, stack: previousPage(stack) })}
            onNext={() => setPager({ status, stack: nextPage(stack, connection.pageInfo.endCursor) })}
          />
        </>
      ) : null}
    </div>
  );
}
