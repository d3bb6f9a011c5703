import {
  Button,
  ButtonGroup,
  Checkbox,
  FormFieldDescription,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionLabel } from '@mda/domain';
import {
  type AccessLogSearch,
  AUDIT_ACTIONS,
  type AuditAction,
  auditLanguage,
  EMPTY_ACCESS_LOG_SEARCH,
} from '../accessLog';
import { AccessLogUserField } from './AccessLogUserField';

export interface AccessLogFilterFormProps {
  /** The filter in the address bar; the form starts from it. */
  initial: AccessLogSearch;
  onApply(search: AccessLogSearch): void;
}

function toggle(actions: readonly AuditAction[], action: AuditAction, on: boolean): AuditAction[] {
  return AUDIT_ACTIONS.filter((a) => (a === action ? on : actions.includes(a)));
}

/** Person, user, case, period and actions; applied only on submit, so typing sends nothing. */
export function AccessLogFilterForm({ initial, onApply }: AccessLogFilterFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<AccessLogSearch>({ ...initial, before: '' });
  const text = (name: 'personId' | 'caseReference' | 'from' | 'to') => ({
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, before: '' });
  };

  return (
    <form
      className="mda-form mda-section"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('accessLog.filter')}
      data-testid="access-log-filter"
    >
      <div className="mda-filter">
        <div className="mda-filter__field">
          <FormLabel htmlFor="access-log-case">{t('accessLog.filterCase')}</FormLabel>
          <FormFieldDescription id="access-log-case-hint" className="mda-form__hint">
            {t('accessLog.filterCaseHint')}
          </FormFieldDescription>
          <Textbox
            id="access-log-case"
            name="case"
            autoComplete="off"
            aria-describedby="access-log-case-hint"
            data-testid="access-log-filter-case"
            {...text('caseReference')}
          />
        </div>
        <div className="mda-filter__field">
          <FormLabel htmlFor="access-log-person">{t('accessLog.filterPerson')}</FormLabel>
          <Textbox
            id="access-log-person"
            name="person"
            autoComplete="off"
            data-testid="access-log-filter-person"
            {...text('personId')}
          />
        </div>
        <AccessLogUserField value={draft.userId} onChange={(userId) => setDraft({ ...draft, userId })} />
        <div className="mda-filter__field">
          <FormLabel htmlFor="access-log-from">{t('accessLog.filterFrom')}</FormLabel>
          <Textbox
            id="access-log-from"
            name="from"
            type="date"
            data-testid="access-log-filter-from"
            {...text('from')}
          />
        </div>
        <div className="mda-filter__field">
          <FormLabel htmlFor="access-log-to">{t('accessLog.filterTo')}</FormLabel>
          <Textbox id="access-log-to" name="to" type="date" data-testid="access-log-filter-to" {...text('to')} />
        </div>
      </div>

      <fieldset className="mda-fieldset">
        <legend>{t('accessLog.filterActions')}</legend>
        <FormFieldDescription className="mda-form__hint">{t('accessLog.filterActionsHint')}</FormFieldDescription>
        <ul className="mda-checkbox-list">
          {AUDIT_ACTIONS.map((action) => {
            const inputId = `access-log-action-${action}`;
            return (
              <li key={action}>
                <Checkbox
                  id={inputId}
                  name="action"
                  value={action}
                  checked={draft.actions.includes(action)}
                  onChange={(event) =>
                    setDraft({ ...draft, actions: toggle(draft.actions, action, event.target.checked) })
                  }
                  data-testid="access-log-filter-action"
                />
                <FormLabel htmlFor={inputId} type="checkbox">
                  {auditActionLabel(action, auditLanguage(i18n.language))}
                </FormLabel>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" data-testid="access-log-filter-apply">
          {t('accessLog.filterApply')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setDraft(EMPTY_ACCESS_LOG_SEARCH);
            onApply(EMPTY_ACCESS_LOG_SEARCH);
          }}
          data-testid="access-log-filter-clear"
        >
          {t('accessLog.filterClear')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
