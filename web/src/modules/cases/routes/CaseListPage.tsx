import { graphql } from '@mda/graphql';
import { CASE_STATUSES, HOUSEHOLD_PROFILES, MUNICIPALITIES } from '@mda/domain';
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
import { todayInNetherlands } from '../../../ui/formatDate';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Pager } from '../../../ui/Pager';
import { MyDirectorAssignments } from '../../directors/components/MyDirectorAssignments';
import { MyEscalations } from '../../escalations/components/MyEscalations';
import { CaseTable } from '../components/CaseTable';
import {
  choiceKey,
  hasAnyFilter,
  ORDER_OF,
  readChoice,
  SORT_CHOICES,
  toVariables,
  writeChoice,
  type CaseListChoice,
} from '../caseListFilter';
import {
  currentCursor,
  firstPage,
  hasPreviousPage,
  nextPage,
  pageNumber,
  previousPage,
  type CursorStack,
} from '../pager';

export const PAGE_SIZE = 20;

const CaseListQuery = graphql(`
  query CaseList($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {
    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
  const { user } = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const choice = readChoice(searchParams);
  const key = choiceKey(choice);
  const [draft, setDraft] = useState<CaseListChoice>(choice);
  // The cursor stack belongs to one filter; a new filter starts again at page 1.
  const [pager, setPager] = useState<{ key: string; stack: CursorStack }>({ key, stack: firstPage });
  const stack = pager.key === key ? pager.stack : firstPage;
  const today = todayInNetherlands();
  const variables = toVariables(choice, user?.id ?? null, today);

  const { data, previousData, loading, error } = useQuery(CaseListQuery, {
    variables: { first: PAGE_SIZE, after: currentCursor(stack), ...variables },
    // "Mine" needs to know who I am first.
    skip: choice.director === 'mine' && !user,
    notifyOnNetworkStatusChange: true,
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPager({ key: choiceKey(draft), stack: firstPage });
    setSearchParams(writeChoice(draft));
  };
  const set = <K extends keyof CaseListChoice>(field: K, value: string) =>
    setDraft((d) => ({ ...d, [field]: value === '' ? (field === 'sort' ? 'opened' : null) : value }));

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
        <FilterSelect
          id="case-filter-status"
          label={t('cases.filterStatus')}
          value={draft.status ?? ''}
          onChange={(v) => set('status', v)}
          testId="filter-status"
          options={[
            ['', t('cases.filterAllStatuses')],
            ...CASE_STATUSES.map((v): [string, string] => [v, labels.caseStatus(v)]),
          ]}
        />
        <FilterSelect
          id="case-filter-profile"
          label={t('cases.filterProfile')}
          value={draft.profile ?? ''}
          onChange={(v) => set('profile', v)}
          testId="filter-profile"
          options={[
            ['', t('cases.filterAllProfiles')],
            ...HOUSEHOLD_PROFILES.map((v): [string, string] => [v, labels.householdProfile(v)]),
          ]}
        />
        <FilterSelect
          id="case-filter-municipality"
          label={t('cases.filterMunicipality')}
          value={draft.municipality ?? ''}
          onChange={(v) => set('municipality', v)}
          testId="filter-municipality"
          options={[
            ['', t('cases.filterAllMunicipalities')],
            ...MUNICIPALITIES.map((m): [string, string] => [m.code, m.name]),
          ]}
        />
        <FilterSelect
          id="case-filter-director"
          label={t('cases.filterDirector')}
          value={draft.director ?? ''}
          onChange={(v) => set('director', v)}
          testId="filter-director"
          options={[
            ['', t('cases.filterAnyDirector')],
            ['mine', t('cases.filterDirectorMine')],
            ['none', t('cases.filterDirectorNone')],
          ]}
        />
        <FilterSelect
          id="case-filter-deadline"
          label={t('cases.filterDeadline')}
          value={draft.deadline ?? ''}
          onChange={(v) => set('deadline', v)}
          testId="filter-deadline"
          options={[
            ['', t('cases.filterAnyDeadline')],
            ['overdue', t('cases.filterDeadlineOverdue')],
            ['week', t('cases.filterDeadlineWeek')],
          ]}
        />
        <FilterSelect
          id="case-sort"
          label={t('cases.sortLabel')}
          value={draft.sort}
          onChange={(v) => set('sort', v)}
          testId="case-sort"
          options={SORT_CHOICES.map((v): [string, string] => [v, t(`enums.CaseOrder.${ORDER_OF[v]}`)])}
        />
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
        <Paragraph data-testid="cases-empty">
          {hasAnyFilter(choice) ? t('cases.empty') : t('cases.emptyNoFilter')}
        </Paragraph>
      ) : null}

      {connection && connection.edges.length > 0 ? (
        <>
          <CaseTable
            cases={connection.edges.map((edge) => edge.node)}
            caption={t('cases.tableCaption', { page })}
            today={today}
          />
          <Pager
            label={t('cases.pager.label')}
            previousLabel={t('cases.pager.previous')}
            nextLabel={t('cases.pager.next')}
            hasPrevious={hasPreviousPage(stack)}
            hasNext={connection.pageInfo.hasNextPage}
            disabled={loading}
            onPrevious={() => setPager({ key, stack: previousPage(stack) })}
            onNext={() => setPager({ key, stack: nextPage(stack, connection.pageInfo.endCursor) })}
          />
        </>
      ) : null}
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly [string, string][];
  testId: string;
}

function FilterSelect({ id, label, value, onChange, options, testId }: FilterSelectProps) {
  return (
    <div className="mda-filter__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {options.map(([optionValue, optionLabel]) => (
          <SelectOption key={optionValue} value={optionValue}>
            {optionLabel}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
