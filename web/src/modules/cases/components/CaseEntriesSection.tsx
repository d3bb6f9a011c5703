import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Alert, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useLocation } from 'react-router';
import { useEnumLabels } from '../../../app/i18n/labels';
import { FieldValue } from '../../../ui/FieldValue';
import { RouterLink } from '../../../ui/RouterLink';
import { anyRedacted, fieldState } from '../../../ui/fieldState';
import { formatDateTimeAsDate, formatLocalDate } from '../../../ui/formatDate';
import { PURPOSE_SELECT_ID } from '../../privacy/purposes';
import { useCurrentPurpose } from '../../privacy/hooks/useCurrentPurpose';
import { ENTRY_CONTENT_FIELDS, needsPurposeHint, newestFirst } from '../entries';
import { personName } from '../personName';

export const CaseEntriesSection_caseFragment = graphql(`
  fragment CaseEntriesSection_case on Case {
    id
    entries {
      id
      category
      recordedAt
      occurredOn
      title
      body
      concerns
      audience
      redactedFields
      withheldReason
      authorOrganisation {
        id
        name
        type
      }
    }
    household {
      id
      members {
        id
        person {
          id
          firstName
          lastName
          redactedFields
          withheldReason
        }
      }
    }
  }
`);

export interface CaseEntriesSectionProps {
  case: FragmentType<typeof CaseEntriesSection_caseFragment>;
}

/**
 * Shared information: every team member sees that an entry exists, its category and who
 * recorded it; its content only when the category's rules allow ("niet gedeeld" otherwise).
 */
export function CaseEntriesSection({ case: caseRef }: CaseEntriesSectionProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const { purpose } = useCurrentPurpose();
  const location = useLocation();
  const { entries, household } = getFragmentData(CaseEntriesSection_caseFragment, caseRef);
  const names = new Map(
    household.members.map(({ person }) => {
      const name = personName(person);
      return [person.id, name.kind === 'shared' ? name.value : t('entries.unnamedPerson')] as const;
    }),
  );
  const rows = newestFirst(entries);
  // The API says where a second factor would show more (the rule lives in packages/authz).
  const secondFactorWouldShow =
    entries.some((e) => e.withheldReason !== null) || household.members.some((m) => m.person.withheldReason !== null);

  return (
    <section aria-labelledby="case-entries-heading" className="mda-section" data-testid="case-entries-section">
      <Heading2 id="case-entries-heading">{t('entries.title')}</Heading2>
      <Paragraph>{t('entries.intro')}</Paragraph>

      {purpose !== undefined && needsPurposeHint(entries, purpose) ? (
        <Alert type="info" data-testid="purpose-hint" className="mda-alert">
          <Paragraph>
            {t('entries.purposeHint')}.{' '}
            <a
              href={`#${PURPOSE_SELECT_ID}`}
              className="utrecht-link utrecht-link--html-a"
              data-testid="purpose-hint-link"
              onClick={(event) => {
                const select = document.getElementById(PURPOSE_SELECT_ID);
                if (select) {
                  event.preventDefault();
                  select.scrollIntoView({ block: 'center' });
                  select.focus();
                }
              }}
            >
              {t('entries.purposeHintLink')}
            </a>
          </Paragraph>
        </Alert>
      ) : null}

      {secondFactorWouldShow ? (
        <Alert type="warning" data-testid="second-factor-hint" className="mda-alert">
          <Paragraph>
            {t('secondFactor.hint')}{' '}
            <RouterLink to="/tweede-factor" state={{ from: location.pathname }} data-testid="second-factor-hint-link">
              {t('secondFactor.hintLink')}
            </RouterLink>
          </Paragraph>
        </Alert>
      ) : null}

      {rows.length === 0 ? (
        <Paragraph data-testid="case-entries">{t('entries.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('entries.caption')}
          columns={[
            t('entries.category'),
            t('entries.author'),
            t('entries.recordedAt'),
            t('entries.entryTitle'),
            t('entries.body'),
            t('entries.concerns'),
          ]}
          data-testid="case-entries"
        >
          {rows.map((entry) => {
            const redacted = entry.redactedFields;
            const occurredOn = fieldState('occurredOn', entry.occurredOn, redacted);
            const concerns = fieldState('concerns', entry.concerns, redacted);
            return (
              <TableRow
                key={entry.id}
                data-testid="entry-row"
                data-category={entry.category}
                data-redacted={anyRedacted(ENTRY_CONTENT_FIELDS, redacted)}
              >
                <TableHeaderCell scope="row">{labels.dataCategory(entry.category)}</TableHeaderCell>
                <TableCell>
                  {entry.authorOrganisation.name}
                  <br />
                  <span className="mda-muted">{labels.organisationType(entry.authorOrganisation.type)}</span>
                </TableCell>
                <TableCell>
                  {formatDateTimeAsDate(entry.recordedAt, i18n.language)}
                  {occurredOn.kind === 'shared' ? (
                    <>
                      <br />
                      <span className="mda-muted">
                        {t('entries.occurredOn', { date: formatLocalDate(occurredOn.value, i18n.language) })}
                      </span>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>
                  <FieldValue state={fieldState('title', entry.title, redacted)} data-testid="entry-title" />
                </TableCell>
                <TableCell className="mda-entry-body">
                  <FieldValue state={fieldState('body', entry.body, redacted)} data-testid="entry-body" />
                </TableCell>
                <TableCell>
                  {concerns.kind === 'shared' && concerns.value.length === 0 ? (
                    <FieldValue state={{ kind: 'notRecorded' }} />
                  ) : (
                    <FieldValue
                      state={concerns}
                      render={(ids) => ids.map((id) => names.get(id) ?? t('entries.unnamedPerson')).join(', ')}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
