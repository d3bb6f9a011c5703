import { useApolloClient } from '@apollo/client/react';
import { graphql } from '@mda/graphql';
import {
  Button,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failedOutcome } from '../../../app/errors';
import { DataTable } from '../../../ui/DataTable';
import { formatLocalDate } from '../../../ui/formatDate';
import { checkDataSubjectSearch, type DataSubjectSearchForm } from '../dataSubjectSearch';

export const FindDataSubjectsQuery = graphql(`
  query FindDataSubjects($input: DataSubjectSearchInput!) {
    findDataSubjects(input: $input) {
      id
      name
      dateOfBirth
    }
  }
`);

export interface DataSubjectMatch {
  id: string;
  name: string;
  dateOfBirth: string | null;
}

export interface DataSubjectSearchProps {
  /** Prefix of the element ids and test ids (`export`, `erasure`). */
  idPrefix: string;
  onChoose(match: DataSubjectMatch): void;
}

/**
 * The start of an art. 15/17 request: the person by BSN (exact) or by name and date of birth,
 * only among the persons inside the privacy officer's mandate. Every search is on record (SEARCH);
 * the BSN never goes into the address bar.
 */
export function DataSubjectSearch({ idPrefix, onChoose }: DataSubjectSearchProps) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [form, setForm] = useState<DataSubjectSearchForm>({ bsn: '', name: '', dateOfBirth: '' });
  const [problems, setProblems] = useState<Partial<Record<'bsn' | 'name' | 'dateOfBirth' | 'form', string>>>({});
  const [matches, setMatches] = useState<DataSubjectMatch[] | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `${idPrefix}-search-${name}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMatches(null);
    const checked = checkDataSubjectSearch(form);
    if (!checked.input) {
      setProblems(
        Object.fromEntries(
          Object.entries(checked.problems).map(([field, problem]) => [field, t(`personSearch.problems.${problem}`)]),
        ),
      );
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const result = await client.query({
        query: FindDataSubjectsQuery,
        variables: { input: checked.input },
        fetchPolicy: 'network-only',
      });
      setMatches(
        result.data?.findDataSubjects.map((m) => ({ id: m.id, name: m.name, dateOfBirth: m.dateOfBirth ?? null })) ??
          [],
      );
    } catch (error) {
      const failed = failedOutcome(error);
      // The API's own words, next to the field it names.
      const byField: Record<string, string> = {};
      for (const p of failed.problems) byField[p.field.replace(/^input\./, '')] = p.message;
      setProblems(Object.keys(byField).length > 0 ? byField : { form: failed.message ?? t('personSearch.failed') });
    } finally {
      setBusy(false);
    }
  };

  const field = (
    name: 'bsn' | 'name' | 'dateOfBirth',
    type: 'text' | 'date',
    extra: { inputMode?: 'numeric' } = {},
  ) => (
    <div className="mda-form__field">
      <FormLabel htmlFor={id(name)}>{t(`personSearch.${name}`)}</FormLabel>
      <Textbox
        id={id(name)}
        name={name}
        type={type}
        autoComplete="off"
        spellCheck={false}
        invalid={Boolean(problems[name])}
        aria-invalid={Boolean(problems[name])}
        aria-describedby={problems[name] ? `${id(name)}-error` : undefined}
        value={form[name]}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
        data-testid={id(name)}
        {...extra}
      />
      {problems[name] ? (
        <Paragraph id={`${id(name)}-error`} className="mda-error-text" data-testid={`${id(name)}-error`}>
          {problems[name]}
        </Paragraph>
      ) : null}
    </div>
  );

  return (
    <section className="mda-section" aria-labelledby={id('heading')}>
      <Heading3 id={id('heading')}>{t('personSearch.title')}</Heading3>
      <Paragraph>{t('personSearch.intro')}</Paragraph>
      <form className="mda-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={id('heading')}>
        {field('bsn', 'text', { inputMode: 'numeric' })}
        <FormFieldDescription className="mda-form__hint">{t('personSearch.or')}</FormFieldDescription>
        {field('name', 'text')}
        {field('dateOfBirth', 'date')}
        {problems.form ? (
          <Paragraph className="mda-error-text" data-testid={id('error')}>
            {problems.form}
          </Paragraph>
        ) : null}
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={busy}
          disabled={busy}
          data-testid={id('submit')}
        >
          {t('personSearch.submit')}
        </Button>
      </form>
      {matches === null ? null : matches.length === 0 ? (
        <Paragraph role="status" data-testid={id('none')}>
          {t('personSearch.none')}
        </Paragraph>
      ) : (
        <DataTable
          caption={t('personSearch.caption')}
          columns={[t('personSearch.nameColumn'), t('personSearch.dateOfBirth'), t('personSearch.choose')]}
          data-testid={id('results')}
        >
          {matches.map((m) => (
            <TableRow key={m.id} data-testid={id('result')} data-person-id={m.id}>
              <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
              <TableCell>{m.dateOfBirth ? formatLocalDate(m.dateOfBirth, i18n.language) : ''}</TableCell>
              <TableCell>
                <Button
                  type="button"
                  appearance="subtle-button"
                  onClick={() => onChoose(m)}
                  aria-label={t('personSearch.chooseLabel', { name: m.name })}
                  data-testid={id('choose')}
                >
                  {t('personSearch.choose')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </section>
  );
}
