import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../ui/RouterLink';
import type { Known } from './intakeReportTypes';

export function KnownCases({ cases }: { cases: readonly Known[] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <Paragraph>{t('intake.report.noKnownCases')}</Paragraph>;
  return (
    <ul data-testid="intake-known-cases">
      {cases.map((c, i) => (
        <li key={c.caseId ?? `hidden-${i}`}>
          {c.visible && c.caseId ? (
            <RouterLink to={`/cases/${c.caseId}`}>
              {c.reference} ({t(`enums.CaseStatus.${c.status}`)})
            </RouterLink>
          ) : (
            t('intake.report.caseExists', { status: t(`enums.CaseStatus.${c.status}`) })
          )}
        </li>
      ))}
    </ul>
  );
}
