import { useApolloClient } from '@apollo/client/react';
import { graphql } from '@mda/graphql';
import {
  Button,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failedOutcome } from '../../../app/errors';

export const AuditLogUsersQuery = graphql(`
  query AuditLogUsers($name: String!) {
    auditLogUsers(name: $name) {
      id
      name
      organisationName
    }
  }
`);

interface FoundUser {
  id: string;
  name: string;
  organisationName: string;
}

export interface AccessLogUserFieldProps {
  /** The chosen user's id, or '' for everyone. */
  value: string;
  onChange(userId: string): void;
}

/**
 * The access log's user filter: part of a name, "Zoek", then a choice among the users the
 * privacy officer may filter on (API `auditLogUsers`; every search is on record). A user chosen
 * elsewhere (the name link in a record, the address bar) stays chosen without a name.
 */
export function AccessLogUserField({ value, onChange }: AccessLogUserFieldProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [name, setName] = useState('');
  const [found, setFound] = useState<FoundUser[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Only the latest search's answer counts: an earlier one arriving late is dropped.
  const latest = useRef(0);

  const search = async () => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const result = await client.query({
        query: AuditLogUsersQuery,
        variables: { name },
        fetchPolicy: 'network-only',
      });
      if (mine !== latest.current) return;
      setFound(result.data?.auditLogUsers ?? []);
      setProblem(null);
    } catch (error) {
      if (mine !== latest.current) return;
      const failed = failedOutcome(error);
      setFound(null);
      setProblem(failed.problems[0]?.message ?? failed.message ?? t('accessLog.userSearchFailed'));
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  };
  // Enter in the name box searches for a user; it does not apply the whole filter.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };
  const known = found?.some((u) => u.id === value) ?? false;

  return (
    <div className="mda-filter__field mda-filter__field--user">
      <FormLabel htmlFor="access-log-user-name">{t('accessLog.filterUserName')}</FormLabel>
      <FormFieldDescription id="access-log-user-name-hint" className="mda-form__hint">
        {t('accessLog.filterUserNameHint')}
      </FormFieldDescription>
      {problem ? (
        <Paragraph
          id="access-log-user-name-error"
          className="mda-error-text"
          data-testid="access-log-filter-user-error"
        >
          {problem}
        </Paragraph>
      ) : null}
      <div className="mda-filter__inline">
        <Textbox
          id="access-log-user-name"
          name="userName"
          autoComplete="off"
          spellCheck={false}
          invalid={problem !== null}
          aria-invalid={problem !== null}
          aria-describedby={`access-log-user-name-hint${problem ? ' access-log-user-name-error' : ''}`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="access-log-filter-user-name"
        />
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={busy}
          onClick={() => void search()}
          data-testid="access-log-filter-user-search"
        >
          {t('accessLog.filterUserSearch')}
        </Button>
      </div>
      {found !== null && found.length === 0 ? (
        <p className="mda-form__hint" role="status" data-testid="access-log-filter-user-none">
          {t('accessLog.filterUserNone')}
        </p>
      ) : null}
      {found !== null && found.length > 0 ? (
        <p className="mda-form__hint" role="status">
          {t('accessLog.filterUserFound', { count: found.length })}
        </p>
      ) : null}
      <FormLabel htmlFor="access-log-user">{t('accessLog.filterUser')}</FormLabel>
      <Select
        id="access-log-user"
        name="user"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="access-log-filter-user"
      >
        <SelectOption value="">{t('accessLog.filterUserAll')}</SelectOption>
        {value !== '' && !known ? <SelectOption value={value}>{t('accessLog.filterUserChosen')}</SelectOption> : null}
        {(found ?? []).map((u) => (
          <SelectOption key={u.id} value={u.id}>
            {u.name} ({u.organisationName})
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
