import type { DataCategory } from '@mda/graphql';
import { useEnumLabels } from '../../../app/i18n/labels';
import { SelectField } from '../../plans/components/PlanFields';

/**
 * The categories offered for an MDO text: those this organisation may record, plus the text's
 * current one (shown as it is, even where this organisation may not record it: the API then
 * refuses a change with its reason at the field).
 */
export function categoryOptions(allowed: readonly DataCategory[], current: DataCategory): DataCategory[] {
  return allowed.includes(current) ? [...allowed] : [current, ...allowed];
}

/** Who may read an MDO text: its data category, chosen like a case entry's (docs/meetings.md). */
export function CategoryField({
  id,
  label,
  value,
  onChange,
  options,
  error,
  hint,
}: {
  id: string;
  label: string;
  value: DataCategory;
  onChange(value: DataCategory): void;
  options: readonly DataCategory[];
  error?: string | undefined;
  /** Why fewer categories are offered (another organisation's text: keep or narrow only). */
  hint?: string | undefined;
}) {
  const labels = useEnumLabels();
  return (
    <SelectField
      id={id}
      testId={id}
      label={label}
      value={value}
      onChange={(v) => onChange(options.find((c) => c === v) ?? value)}
      error={error}
      {...(hint ? { hint } : {})}
      options={options.map((c) => ({ value: c, label: labels.dataCategory(c) }))}
    />
  );
}
