import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../ui/formatDate';
import { useDataSubjectName } from '../hooks/useDataSubjectName';

export interface DataSubjectConfirmationProps {
  personId: string;
  /** Prefix of the test id (`export`, `erasure`). */
  idPrefix: string;
}

/** Whom the request is about, by name, before anything is sent: the privacy officer checks the person. */
export function DataSubjectConfirmation({ personId, idPrefix }: DataSubjectConfirmationProps) {
  const { t, i18n } = useTranslation();
  const { person, unknown } = useDataSubjectName(personId);
  if (person)
    return (
      <Paragraph role="status" data-testid={`${idPrefix}-person-name`} data-person-id={person.id}>
        {t('personSearch.confirmation', {
          name: person.name,
          born: person.dateOfBirth
            ? formatLocalDate(person.dateOfBirth, i18n.language)
            : t('personSearch.unknownBirth'),
        })}
      </Paragraph>
    );
  if (unknown)
    return (
      <Paragraph role="status" className="mda-muted" data-testid={`${idPrefix}-person-unknown`}>
        {t('personSearch.unknownId')}
      </Paragraph>
    );
  return null;
}
