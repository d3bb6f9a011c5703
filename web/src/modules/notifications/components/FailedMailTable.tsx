import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/formatDate';

export const FailedMailTable_mailFragment = graphql(`
  fragment FailedMailTable_mail on FailedMail {
    id
    kind
    recipientName
    recipientOrganisation
    recipientActive
    attempts
    lastError
    failedAt
  }
`);

export interface FailedMailTableProps {
  mails: readonly FragmentType<typeof FailedMailTable_mailFragment>[];
  /** The row being put back in the queue, if any. */
  busyId: string | null;
  onRetry(id: string): void;
}

/**
 * The mails the sender gave up on: kind, colleague, attempts, the last error code in words, and
 * "Opnieuw versturen". Nothing about a case: the list carries none (docs/notifications.md).
 */
export function FailedMailTable({ mails: refs, busyId, onRetry }: FailedMailTableProps) {
  const { t, i18n } = useTranslation();
  const mails = refs.map((ref) => getFragmentData(FailedMailTable_mailFragment, ref));
  if (mails.length === 0) return <Paragraph data-testid="failed-mails-empty">{t('failedMails.empty')}</Paragraph>;
  const errorText = (code: string | null) => {
    if (!code) return '—';
    const key = code.split(' ')[0]!;
    return `${t(`failedMails.errors.${key}`, { defaultValue: t('failedMails.errors.OTHER') })} (${code})`;
  };
  return (
    <DataTable
      caption={t('failedMails.caption')}
      columns={[
        t('failedMails.kind'),
        t('failedMails.recipient'),
        t('failedMails.attempts'),
        t('failedMails.lastError'),
        t('failedMails.failedAt'),
        t('failedMails.action'),
      ]}
      layout="stack"
      data-testid="failed-mails"
    >
      {mails.map((mail) => (
        <TableRow key={mail.id} data-testid="failed-mail-row" data-id={mail.id}>
          <TableCell data-label={t('failedMails.kind')}>
            {mail.kind === 'DIGEST'
              ? t('failedMails.digest')
              : t(`notifications.kinds.${mail.kind}`, {
                  defaultValue: t('failedMails.kindOther', { kind: mail.kind }),
                })}
          </TableCell>
          <TableCell data-label={t('failedMails.recipient')}>
            {mail.recipientName}, {mail.recipientOrganisation}
            {mail.recipientActive ? null : <> ({t('failedMails.inactive')})</>}
          </TableCell>
          <TableCell data-label={t('failedMails.attempts')}>{mail.attempts}</TableCell>
          <TableCell data-label={t('failedMails.lastError')}>{errorText(mail.lastError ?? null)}</TableCell>
          <TableCell data-label={t('failedMails.failedAt')}>
            {mail.failedAt ? formatDateTime(mail.failedAt, i18n.language) : '—'}
          </TableCell>
          <TableCell data-label={t('failedMails.action')}>
            {mail.recipientActive ? (
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={busyId === mail.id}
                disabled={busyId !== null}
                onClick={() => onRetry(mail.id)}
                aria-label={t('failedMails.retryFor', { recipient: mail.recipientName })}
                data-testid="failed-mail-retry"
              >
                {t('failedMails.retry')}
              </Button>
            ) : (
              t('failedMails.noRetry')
            )}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
