import { type BreakGlassReviewStatus, graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEnumLabels } from '../../../app/i18n/labels';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { LoadingState } from '../../../ui/LoadingState';
import { BreakGlassReviewTable } from '../components/BreakGlassReviewTable';
import { PrivacyConsoleTabs } from '../components/PrivacyConsoleTabs';
import { type ReviewBreakGlassInput, useReviewBreakGlassMutation } from '../hooks/useReviewBreakGlassMutation';
import { parseReviewFilter, REVIEW_FILTERS, type ReviewFilter } from '../reviewFilter';

const BreakGlassReviewsQuery = graphql(`
  query BreakGlassReviews($status: BreakGlassReviewStatus) {
    breakGlassReviews(status: $status) {
      id
      ...BreakGlassReviewTable_grant
    }
  }
`);

/** The privacy officer's console (FG): review every emergency access afterwards. */
export function PrivacyConsolePage() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseReviewFilter(searchParams.get('status'));
  const [draft, setDraft] = useState<ReviewFilter>(filter);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const status: BreakGlassReviewStatus | null = filter === 'ALL' ? null : filter;
  const { data, loading, error, refetch } = useQuery(BreakGlassReviewsQuery, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const { review, loading: reviewing } = useReviewBreakGlassMutation();

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFeedback(null);
    setSearchParams(draft === 'PENDING' ? {} : { status: draft });
  };

  const onReview = async (input: ReviewBreakGlassInput, reference: string): Promise<boolean> => {
    setFeedback(null);
    const outcome = await review(input);
    let done = false;
    if (outcome.ok) {
      done = true;
      setFeedback({ kind: 'ok', text: t(input.decision === 'APPROVED' ? 'fg.approved' : 'fg.flagged', { reference }) });
      await refetch();
    } else if (outcome.code === 'CONFLICT') {
      done = true;
      setFeedback({ kind: 'error', text: t('fg.conflict') });
      await refetch();
    } else {
      setFeedback({ kind: 'error', text: outcome.message ?? t('fg.failed') });
    }
    headingRef.current?.focus();
    return done;
  };

  return (
    <div className="mda-privacy-console">
      <PageTitle title={t('fg.title')} />
      <PrivacyConsoleTabs />
      <Paragraph>{t('fg.intro')}</Paragraph>

      <section aria-labelledby="fg-queue-heading" className="mda-section">
        <Heading2 id="fg-queue-heading" ref={headingRef} tabIndex={-1}>
          {t('fg.queueTitle')}
        </Heading2>

        <form className="mda-filter" onSubmit={onFilter} aria-label={t('fg.filter')}>
          <div className="mda-filter__field">
            <FormLabel htmlFor="fg-filter-status">{t('fg.filter')}</FormLabel>
            <Select
              id="fg-filter-status"
              name="status"
              value={draft}
              onChange={(event) => setDraft(parseReviewFilter(event.target.value))}
              data-testid="fg-filter-status"
            >
              {REVIEW_FILTERS.map((value) => (
                <SelectOption key={value} value={value}>
                  {value === 'ALL' ? t('fg.filterAll') : labels.breakGlassReviewStatus(value)}
                </SelectOption>
              ))}
            </Select>
          </div>
          <Button type="submit" appearance="secondary-action-button" data-testid="fg-filter-apply">
            {t('fg.filterApply')}
          </Button>
        </form>

        <FeedbackRegions feedback={feedback} testId="review" />

        {error && !data ? (
          <QueryError error={error} />
        ) : error ? (
          <ErrorAlert>
            <Paragraph>{t('errors.generic')}</Paragraph>
          </ErrorAlert>
        ) : null}
        {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
        {data ? (
          <>
            <Paragraph data-testid="reviews-count">{t('fg.count', { count: data.breakGlassReviews.length })}</Paragraph>
            <BreakGlassReviewTable grants={data.breakGlassReviews} busy={reviewing} onReview={onReview} />
          </>
        ) : null}
      </section>
    </div>
  );
}
