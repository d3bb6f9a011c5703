import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import {
  Button,
  ButtonGroup,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { Fragment, type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTime } from '../../../ui/formatDate';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayReviewBreakGlass } from '../../auth/permissions';
import type { ReviewBreakGlassInput } from '../hooks/useReviewBreakGlassMutation';

// No case link: the privacy officer reviews the access, never the case content.
export const BreakGlassReviewTable_grantFragment = graphql(`
  fragment BreakGlassReviewTable_grant on BreakGlassGrant {
    id
    caseReference
    requestedBy
    organisation {
      id
      name
      type
    }
    reason
    grantedAt
    expiresAt
    reviewStatus
    reviewComment
    reviewedAt
  }
`);

/** The API refuses a shorter comment when flagging. */
export const FLAG_COMMENT_MIN = 5;

const COLUMNS = 8;

export interface BreakGlassReviewTableProps {
  grants: readonly FragmentType<typeof BreakGlassReviewTable_grantFragment>[];
  busy: boolean;
  onReview(input: ReviewBreakGlassInput, reference: string): Promise<boolean>;
}

interface FlagFormProps {
  grantId: string;
  reference: string;
  busy: boolean;
  onSubmit(comment: string): Promise<boolean>;
  onCancel(): void;
}

function FlagForm({ grantId, reference, busy, onSubmit, onCancel }: FlagFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const id = `flag-comment-${grantId}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.trim().length < FLAG_COMMENT_MIN) {
      setInvalid(true);
      ref.current?.focus();
      return;
    }
    await onSubmit(comment.trim());
  };

  return (
    <form
      className="mda-inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('fg.flagFormLabel', { reference })}
      data-testid="flag-form"
    >
      <FormLabel htmlFor={id}>{t('fg.comment')}</FormLabel>
      <FormFieldDescription id={`${id}-hint`} className="mda-form__hint">
        {t('fg.commentHint')}
      </FormFieldDescription>
      <Textarea
        ref={ref}
        id={id}
        rows={3}
        required
        invalid={invalid}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        data-testid="flag-comment"
      />
      {invalid ? (
        <Paragraph id={`${id}-error`} className="mda-error-text">
          {t('fg.commentRequired')}
        </Paragraph>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy} data-testid="flag-submit">
          {t('fg.flagSubmit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
          {t('fg.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The review queue: who broke the glass on which case, why, and the decision. */
export function BreakGlassReviewTable({ grants: refs, busy, onReview }: BreakGlassReviewTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const [flagging, setFlagging] = useState<string | null>(null);
  const ability = useAppAbility();
  const mayReview = mayReviewBreakGlass(ability);
  const grants = refs.map((ref) => getFragmentData(BreakGlassReviewTable_grantFragment, ref));
  if (grants.length === 0) return <Paragraph data-testid="reviews-empty">{t('fg.empty')}</Paragraph>;

  return (
    <DataTable
      caption={t('fg.caption')}
      columns={[
        t('fg.caseReference'),
        t('fg.requestedBy'),
        t('fg.organisation'),
        t('fg.reason'),
        t('fg.grantedAt'),
        t('fg.expiresAt'),
        t('fg.status'),
        t('fg.actions'),
      ]}
      data-testid="break-glass-reviews"
    >
      {grants.map((grant) => (
        <Fragment key={grant.id}>
          <TableRow
            data-testid="review-row"
            data-grant-id={grant.id}
            data-case-reference={grant.caseReference}
            data-status={grant.reviewStatus}
          >
            <TableHeaderCell scope="row">{grant.caseReference}</TableHeaderCell>
            <TableCell>{grant.requestedBy}</TableCell>
            <TableCell>
              {grant.organisation.name}
              <br />
              <span className="mda-muted">{labels.organisationType(grant.organisation.type)}</span>
            </TableCell>
            <TableCell className="mda-entry-body">{grant.reason}</TableCell>
            <TableCell>{formatDateTime(grant.grantedAt, i18n.language)}</TableCell>
            <TableCell>{formatDateTime(grant.expiresAt, i18n.language)}</TableCell>
            <TableCell data-testid="review-status">
              {labels.breakGlassReviewStatus(grant.reviewStatus)}
              {grant.reviewComment ? (
                <>
                  <br />
                  <span className="mda-muted">{t('fg.reviewComment', { comment: grant.reviewComment })}</span>
                </>
              ) : null}
            </TableCell>
            <TableCell>
              {grant.reviewStatus === 'PENDING' && mayReview ? (
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={busy}
                    aria-label={t('fg.approveLabel', {
                      reference: grant.caseReference,
                      requestedBy: grant.requestedBy,
                    })}
                    data-testid="review-approve"
                    onClick={() => void onReview({ grantId: grant.id, decision: 'APPROVED' }, grant.caseReference)}
                  >
                    {t('fg.approve')}
                  </Button>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={busy}
                    aria-expanded={flagging === grant.id}
                    aria-label={t('fg.flagLabel', { reference: grant.caseReference, requestedBy: grant.requestedBy })}
                    data-testid="review-flag"
                    onClick={() => setFlagging(flagging === grant.id ? null : grant.id)}
                  >
                    {t('fg.flag')}
                  </Button>
                </ButtonGroup>
              ) : null}
            </TableCell>
          </TableRow>
          {flagging === grant.id ? (
            <TableRow>
              <TableCell colSpan={COLUMNS}>
                <FlagForm
                  grantId={grant.id}
                  reference={grant.caseReference}
                  busy={busy}
                  onCancel={() => setFlagging(null)}
                  onSubmit={async (comment) => {
                    const done = await onReview(
                      { grantId: grant.id, decision: 'FLAGGED', comment },
                      grant.caseReference,
                    );
                    if (done) setFlagging(null);
                    return done;
                  }}
                />
              </TableCell>
            </TableRow>
          ) : null}
        </Fragment>
      ))}
    </DataTable>
  );
}
