import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ACTION_FILTERS, type ActionFilter, actionFilterFromParam, actionFilterParam } from '../actionFilter';
import { SelectField } from './PlanFields';

/** The plan page's action filter, kept in the address bar (`?acties=mijn|organisatie|te-laat`). */
export function useActionFilter(): [ActionFilter, (filter: ActionFilter) => void] {
  const [params, setParams] = useSearchParams();
  const filter = actionFilterFromParam(params.get('acties'));
  const set = (next: ActionFilter) => {
    const value = actionFilterParam(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (value) updated.set('acties', value);
        else updated.delete('acties');
        return updated;
      },
      { replace: true },
    );
  };
  return [filter, set];
}

/** "Toon acties": all, mine, my organisation's, late; goals without a matching action fold away. */
export function ActionFilterField({ value, onChange }: { value: ActionFilter; onChange(filter: ActionFilter): void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      id="plan-action-filter"
      testId="plan-action-filter"
      label={t('plan.filter.label')}
      value={value}
      onChange={(v) => onChange(ACTION_FILTERS.find((f) => f === v) ?? 'ALL')}
      options={ACTION_FILTERS.map((f) => ({ value: f, label: t(`plan.filter.${f}`) }))}
    />
  );
}
