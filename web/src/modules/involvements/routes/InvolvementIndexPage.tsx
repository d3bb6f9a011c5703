import { graphql, type LegalBasisKind } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { LEGAL_BASIS_KINDS } from '@mda/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { formatLocalDate } from '../../../ui/formatDate';
import { TextField } from '../../intake/components/TextField';
import { EndInvolvementButton } from '../components/EndInvolvementButton';
import { useRegisterInvolvementMutation } from '../hooks/useRegisterInvolvementMutation';

const MyInvolvementsQuery = graphql(`
  query MyInvolvements {
    myInvolvements {
      id
      ownReference
      contactPoint
      validFrom
      validUntil
      alsoInvolved {
        organisationName
        contactPoint
      }
    }
  }
`);

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** The involvement index (verwijsindex): register THAT your organisation is involved with a person; see who else is. */
export function InvolvementIndexPage() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(MyInvolvementsQuery, { fetchPolicy: 'cache-and-network' });
  const { run, loading } = useRegisterInvolvementMutation();
  const [form, setForm] = useState({
    bsn: '',
    basisKind: 'COVENANT' as LegalBasisKind,
    basisDetail: '',
    contactPoint: '',
    ownReference: '',
    validFrom: today(),
    validUntil: '',
  });
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) =>
    errors
      .filter((e) => e.fieldId === `inv-${field}`)
      .map((e) => e.message)
      .join(' ') || null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const outcome = await run({
      ...form,
      ownReference: form.ownReference.trim() || null,
      validUntil: form.validUntil || null,
    });
    if (outcome.ok) {
      setErrors([]);
      setMessage(null);
      setDone(
        outcome.data.alsoInvolved.length > 0
          ? t('involvement.form.matched', { count: outcome.data.alsoInvolved.length })
          : t('involvement.form.saved'),
      );
      setForm((f) => ({ ...f, bsn: '', ownReference: '' }));
      return;
    }
    setErrors(
      (outcome.problems ?? []).map((p) => ({
        fieldId: `inv-${p.field}`,
        message: `${t(`involvement.form.${p.field as 'bsn'}`, { defaultValue: p.field })}: ${p.message}`,
      })),
    );
    setMessage((outcome.problems ?? []).length === 0 ? (outcome.message ?? t('involvement.form.failed')) : null);
  };

  return (
    <div className="mda-involvement-index">
      <PageTitle title={t('involvement.title')} />
      <Paragraph>{t('involvement.intro')}</Paragraph>
      <form className="mda-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="involvement-form">
        <ErrorSummary
          title={t('involvement.form.errorTitle')}
          items={errors}
          message={message}
          data-testid="involvement-error"
        />
        <TextField
          id="inv-bsn"
          label={t('involvement.form.bsn')}
          value={form.bsn}
          onChange={set('bsn')}
          error={err('bsn')}
          data-testid="involvement-bsn"
        />
        <div className="mda-form__field">
          <FormLabel htmlFor="inv-basisKind">{t('involvement.form.basisKind')}</FormLabel>
          <Select
            id="inv-basisKind"
            value={form.basisKind}
            onChange={(e) => set('basisKind')(e.target.value)}
            data-testid="involvement-basisKind"
          >
            {LEGAL_BASIS_KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {t(`enums.LegalBasisKind.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </div>
        <TextField
          id="inv-basisDetail"
          label={t('involvement.form.basisDetail')}
          value={form.basisDetail}
          onChange={set('basisDetail')}
          error={err('basisDetail')}
          data-testid="involvement-basisDetail"
        />
        <TextField
          id="inv-contactPoint"
          label={t('involvement.form.contactPoint')}
          value={form.contactPoint}
          onChange={set('contactPoint')}
          error={err('contactPoint')}
          data-testid="involvement-contactPoint"
        />
        <TextField
          id="inv-ownReference"
          label={t('involvement.form.ownReference')}
          value={form.ownReference}
          onChange={set('ownReference')}
          error={err('ownReference')}
          data-testid="involvement-ownReference"
        />
        <TextField
          id="inv-validFrom"
          type="date"
          label={t('involvement.form.validFrom')}
          value={form.validFrom}
          onChange={set('validFrom')}
          error={err('validFrom')}
          data-testid="involvement-validFrom"
        />
        <TextField
          id="inv-validUntil"
          type="date"
          label={t('involvement.form.validUntil')}
          value={form.validUntil}
          onChange={set('validUntil')}
          error={err('validUntil')}
          data-testid="involvement-validUntil"
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          data-testid="involvement-submit"
        >
          {t('involvement.form.submit')}
        </Button>
        {done ? (
          <Paragraph role="status" data-testid="involvement-done">
            {done}
          </Paragraph>
        ) : null}
      </form>
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {data && data.myInvolvements.length > 0 ? (
        <DataTable
          caption={t('involvement.mine')}
          columns={[
            t('involvement.form.ownReference'),
            t('involvement.col.period'),
            t('involvement.col.alsoInvolved'),
            t('involvement.col.action'),
          ]}
          data-testid="involvement-mine"
        >
          {data.myInvolvements.map((m) => (
            <TableRow key={m.id} data-testid="involvement-row" data-involvement-id={m.id}>
              <TableCell>{m.ownReference ?? '–'}</TableCell>
              <TableCell>
                {formatLocalDate(m.validFrom, i18n.language)} –{' '}
                {m.validUntil ? formatLocalDate(m.validUntil, i18n.language) : t('involvement.open')}
              </TableCell>
              <TableCell>
                {m.alsoInvolved.length === 0
                  ? t('involvement.nobodyElse')
                  : m.alsoInvolved.map((a) => `${a.organisationName} (${a.contactPoint})`).join('; ')}
              </TableCell>
              <TableCell>
                {m.validFrom > today() ? (
                  t('involvement.end.startsLater')
                ) : m.validUntil && m.validUntil <= today() ? (
                  t('involvement.end.endsToday')
                ) : (
                  <EndInvolvementButton
                    id={m.id}
                    reference={m.ownReference ?? formatLocalDate(m.validFrom, i18n.language)}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
