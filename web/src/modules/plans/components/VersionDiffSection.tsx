import { graphql } from '@mda/graphql';
import { useLazyQuery } from '@apollo/client/react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientErrorMessage } from '../../../app/errors';
import { useEnumLabels } from '../../../app/i18n/labels';
import { ErrorRegion } from '../../../ui/ErrorRegion';
import { diffCounts, diffRows } from '../diff';
import { SelectField } from './PlanFields';

const PlanVersionDiffQuery = graphql(`
  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {
    planVersionDiff(caseId: $caseId, from: $from, to: $to) {
      from
      to
      entries {
        elementId
        kind
        category
        change
        withheld
        changedBy {
          name
          organisation {
            name
          }
        }
        fields {
          field
          from
          to
        }
      }
    }
  }
`);

export interface VersionDiffSectionProps {
  caseId: string;
  /** The frozen version numbers, newest first. */
  versions: readonly number[];
}

/** Compare any two frozen versions: what was added, changed or removed, and by whom. */
export function VersionDiffSection({ caseId, versions }: VersionDiffSectionProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const [from, setFrom] = useState(String(versions[1] ?? versions[0] ?? ''));
  const [to, setTo] = useState(String(versions[0] ?? ''));
  const [load, { data, loading, error }] = useLazyQuery(PlanVersionDiffQuery, { fetchPolicy: 'network-only' });
  if (versions.length < 2) return null;
  const rows = data ? diffRows(data.planVersionDiff.entries) : [];
  const counts = diffCounts(rows);
  const options = versions.map((n) => ({ value: String(n), label: t('plan.agreement.version', { n }) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void load({ variables: { caseId, from: Number(from), to: Number(to) } });
  };

  return (
    <div className="mda-plan-diff" data-testid="plan-diff">
      <Heading3>{t('plan.diff.title')}</Heading3>
      <form className="mda-form mda-form--inline" noValidate aria-label={t('plan.diff.title')} onSubmit={onSubmit}>
        <SelectField
          id="plan-diff-from"
          label={t('plan.diff.from')}
          value={from}
          onChange={setFrom}
          options={options}
        />
        <SelectField id="plan-diff-to" label={t('plan.diff.to')} value={to} onChange={setTo} options={options} />
        <Button type="submit" appearance="secondary-action-button" busy={loading} data-testid="plan-diff-submit">
          {t('plan.diff.compare')}
        </Button>
      </form>
      <ErrorRegion
        title={t('plan.diff.failed')}
        message={error ? (clientErrorMessage(error) ?? t('plan.form.failed')) : null}
      />
      {data ? (
        <>
          <Paragraph data-testid="plan-diff-summary">
            {t('plan.diff.summary', { added: counts.ADDED, changed: counts.CHANGED, removed: counts.REMOVED })}
          </Paragraph>
          <table className="mda-table" data-testid="plan-diff-table">
            <caption>
              {t('plan.diff.caption', { from: data.planVersionDiff.from, to: data.planVersionDiff.to })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.diff.change')}</th>
                <th scope="col">{t('plan.diff.element')}</th>
                <th scope="col">{t('plan.diff.fields')}</th>
                <th scope="col">{t('plan.diff.by')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.elementId}-${row.change}`} data-testid="plan-diff-row" data-change={row.change}>
                  <td>{t(`plan.diff.changes.${row.change}`)}</td>
                  <td>
                    {t(`enums.PlanElementKind.${row.kind}`)} ({labels.dataCategory(row.category)})
                  </td>
                  <td>
                    {row.withheld ? (
                      <span className="mda-not-shared">{t('fields.notShared')}</span>
                    ) : (
                      <ul>
                        {row.fields.map((f) => (
                          <li key={f.field}>
                            {f.field}: {f.from ?? '–'} → {f.to ?? '–'}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{row.by ?? t('plan.meta.unknown')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
