import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  FormLabel,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useSearchParams } from 'react-router';
import { useEnumLabels } from '../../../app/i18n/labels';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { errorCode, fieldProblems } from '../../../app/errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatLocalDate } from '../../../ui/formatDate';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { personName } from '../personName';

const SearchCasesQuery = graphql(`
  query SearchCases($text: String!) {
    searchCases(text: $text) {
      truncated
      criteria
      hits {
        matchedOn
        case {
          id
          reference
          status
          profile
          municipality {
            code
            name
          }
        }
        members {
          personId
          firstName
          lastName
          dateOfBirth
          roles
          redactedFields
        }
      }
    }
  }
`);

/** The API's messages are "Nederlands / English": show the reader's half. */
const inLanguage = (message: string, language: string): string => {
  const [nl, en] = message.split(' / ');
  return (language.startsWith('en') ? en : nl) ?? message;
};

/**
 * Zoeken: a household or case by reference, (part of a) name, date of birth or BSN, among the
 * cases the viewer may read. The words stay in the address bar (`?q=`) except a BSN, which
 * is never put in a URL (it would end up in the browser history and server logs).
 */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('q') ?? '';
  const [draft, setDraft] = useState(fromUrl);
  const [bsnQuery, setBsnQuery] = useState<string | null>(null);
  const text = bsnQuery ?? fromUrl;

  const { data, loading, error } = useQuery(SearchCasesQuery, { variables: { text }, skip: text.trim() === '' });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = draft.trim();
    if (/(^|\s)\d{9}(\s|$)/.test(value)) {
      setBsnQuery(value);
      setParams({});
    } else {
      setBsnQuery(null);
      setParams(value ? { q: value } : {});
    }
  };

  const problems = errorCode(error) === 'BAD_USER_INPUT' ? fieldProblems(error) : [];
  const result = data?.searchCases;
  const roleList = (roles: readonly string[]) =>
    roles.map((r) => labels.memberRole(r as Parameters<typeof labels.memberRole>[0])).join(', ');

  return (
    <div className="mda-search">
      <PageTitle title={t('search.title')} />
      <Paragraph>{t('search.intro')}</Paragraph>
      <form className="mda-filter" role="search" onSubmit={onSubmit} aria-label={t('search.title')}>
        <div className="mda-filter__field mda-search__field">
          <FormLabel htmlFor="search-text">{t('search.label')}</FormLabel>
          <Textbox
            id="search-text"
            name="q"
            value={draft}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby="search-hint"
            invalid={problems.length > 0}
            data-testid="search-text"
          />
          <span id="search-hint" className="mda-hint">
            {t('search.hint')}
          </span>
        </div>
        <Button type="submit" appearance="primary-action-button" data-testid="search-submit">
          {t('search.submit')}
        </Button>
      </form>

      {problems.length > 0 ? (
        <ErrorAlert title={t('search.problemTitle')} data-testid="search-problems">
          {problems.map((p) => (
            <Paragraph key={p.message}>{inLanguage(p.message, i18n.language)}</Paragraph>
          ))}
        </ErrorAlert>
      ) : error ? (
        <QueryError error={error} />
      ) : null}

      {loading ? <LoadingState label={t('app.loading')} /> : null}

      <LiveRegion politeness="polite" className="mda-result-status" data-testid="search-total">
        {result ? (
          <Paragraph>
            {t('search.count', { count: result.hits.length })}
            {result.truncated ? ` ${t('search.truncated')}` : ''}
          </Paragraph>
        ) : null}
      </LiveRegion>

      {result && result.hits.length > 0 ? (
        <DataTable
          caption={t('search.caption')}
          columns={[
            t('cases.columns.reference'),
            t('search.columns.members'),
            t('cases.columns.status'),
            t('cases.columns.profile'),
            t('cases.columns.municipality'),
          ]}
          layout="stack"
          data-testid="search-results"
        >
          {result.hits.map((hit) => (
            <TableRow key={hit.case.id} data-testid="search-hit" data-case-id={hit.case.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/cases/${encodeURIComponent(hit.case.id)}`} data-testid="search-hit-link">
                  {hit.case.reference}
                </RouterLink>
              </TableHeaderCell>
              <TableCell data-label={t('search.columns.members')}>
                {hit.members.length === 0 ? (
                  t('search.byReference')
                ) : (
                  <ul className="mda-plain-list">
                    {hit.members.map((m) => {
                      const name = personName(m);
                      return (
                        <li key={m.personId} data-testid="search-member">
                          {name.kind === 'shared' ? name.value : t('fields.notShared')}
                          {m.dateOfBirth ? ` (${formatLocalDate(m.dateOfBirth, i18n.language)})` : ''}
                          {` · ${roleList(m.roles)}`}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </TableCell>
              <TableCell data-label={t('cases.columns.status')}>{labels.caseStatus(hit.case.status)}</TableCell>
              <TableCell data-label={t('cases.columns.profile')}>{labels.householdProfile(hit.case.profile)}</TableCell>
              <TableCell data-label={t('cases.columns.municipality')}>{hit.case.municipality.name}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
      {result && result.hits.length === 0 ? (
        <Paragraph data-testid="search-empty">{t('search.empty')}</Paragraph>
      ) : null}
    </div>
  );
}
