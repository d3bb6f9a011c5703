import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../app/i18n/i18n';
import { FailedMailTable } from './FailedMailTable';

const mail = (over: Record<string, unknown>) => ({
  __typename: 'FailedMail' as const,
  id: 'm-1',
  kind: 'ESCALATION_RAISED',
  recipientName: 'Sanne de Wit',
  recipientOrganisation: 'Veilig Thuis Rotterdam Rijnmond',
  recipientActive: true,
  attempts: 6,
  lastError: 'EENVELOPE 550',
  failedAt: '2026-12-07T09:15:00.000Z',
  ...over,
});

function render(mails: ReturnType<typeof mail>[], busyId: string | null = null): string {
  // The fragment masks are a type-level device; the data is the fragment's shape.
  return renderToStaticMarkup(<FailedMailTable mails={mails as never} busyId={busyId} onRetry={() => undefined} />);
}

beforeAll(async () => {
  await initI18n();
});

describe('failed e-mails, as the functional administrator sees them', () => {
  it('one row per mail: the kind in words, the colleague, the attempts, the error in words with its code, and a retry', () => {
    const html = render([
      mail({}),
      mail({ id: 'm-2', kind: 'DIGEST', lastError: 'INTERRUPTED', attempts: 6 }),
      mail({ id: 'm-3', kind: 'SOMETHING_NEW', lastError: 'EXYZ' }),
    ]);
    expect(html.match(/data-testid="failed-mail-row"/g)).toHaveLength(3);
    expect(html).toContain('Opschaling: besluit gevraagd');
    expect(html).toContain('Dagelijks overzicht');
    expect(html).toContain('Anders (SOMETHING_NEW)');
    expect(html).toContain('Sanne de Wit, Veilig Thuis Rotterdam Rijnmond');
    expect(html).toContain('mailserver weigerde het adres (EENVELOPE 550)');
    expect(html).toContain('verzending onderbroken (INTERRUPTED)');
    expect(html).toContain('verzenden mislukt (EXYZ)');
    expect(html.match(/data-testid="failed-mail-retry"/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Opnieuw versturen aan Sanne de Wit"');
    // Cards on a narrow screen: every cell says what it is.
    expect(html).toContain('mda-table--stack');
    expect(html).toContain('data-label="Laatste fout"');
  });

  it('a mail to a colleague whose account is no longer active offers no retry (the API would refuse it)', () => {
    const html = render([mail({ recipientActive: false, lastError: 'RECIPIENT_INACTIVE' })]);
    expect(html).not.toContain('data-testid="failed-mail-retry"');
    expect(html).toContain('Niet opnieuw te versturen');
    expect(html).toContain('account niet meer actief');
  });

  it('while one mail is being retried, the retry buttons wait', () => {
    const html = render([mail({}), mail({ id: 'm-2' })], 'm-1');
    expect(html.match(/<button[^>]*disabled=""[^>]*data-testid="failed-mail-retry"/g)).toHaveLength(2);
  });

  it('says so when nothing failed', () => {
    expect(render([])).toContain('Er zijn geen mislukte e-mails.');
  });
});
