import type { DataCategory } from '@mda/graphql';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTime } from '../../../ui/formatDate';

export interface ElementMetaProps {
  category: DataCategory;
  authorOrganisation?: { name: string } | null | undefined;
  lastChangedAt: string;
  lastChangedBy: { name?: string | null; organisation?: { name: string } | null };
  redactedFields: readonly string[];
  testId: string;
}

/** Who owns an element and in which data category it is shared; whether parts are withheld. */
export function ElementMeta({
  category,
  authorOrganisation,
  lastChangedAt,
  lastChangedBy,
  redactedFields,
  testId,
}: ElementMetaProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const by = [lastChangedBy.name, lastChangedBy.organisation?.name].filter(Boolean).join(', ');
  return (
    <p className="mda-plan-meta" data-testid={testId}>
      <span data-testid={`${testId}-owner`}>
        {t('plan.meta.owner', { organisation: authorOrganisation?.name ?? t('plan.meta.unknown') })}
      </span>
      {' · '}
      <span className="mda-category-badge" data-testid={`${testId}-category`}>
        {labels.dataCategory(category)}
      </span>
      {' · '}
      <span>
        {t('plan.meta.changed', {
          when: formatDateTime(lastChangedAt, i18n.language),
          by: by || t('plan.meta.unknown'),
        })}
      </span>
      {redactedFields.length > 0 ? (
        <>
          {' · '}
          <span className="mda-not-shared" data-testid={`${testId}-redacted`}>
            {t('plan.meta.partlyWithheld')}
          </span>
        </>
      ) : null}
    </p>
  );
}
