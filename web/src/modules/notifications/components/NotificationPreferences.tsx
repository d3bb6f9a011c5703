import { type FragmentType, getFragmentData, graphql, type NotificationDelivery } from '@mda/graphql';
import {
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_DELIVERIES } from '@mda/domain';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LiveRegion } from '../../../ui/LiveRegion';
import { useSetNotificationPreferenceMutation } from '../hooks/useSetNotificationPreferenceMutation';

export const NotificationPreferences_preferenceFragment = graphql(`
  fragment NotificationPreferences_preference on NotificationPreference {
    kind
    delivery
    urgent
  }
`);

export interface NotificationPreferencesProps {
  preferences: readonly FragmentType<typeof NotificationPreferences_preferenceFragment>[];
}

/**
 * My e-mail preferences: per non-urgent kind at once, in the daily digest, or off. Urgent kinds
 * are listed too, as always at once, so nobody wonders where to switch them off.
 */
export function NotificationPreferences({ preferences: refs }: NotificationPreferencesProps) {
  const { t } = useTranslation();
  const preferences = refs.map((ref) => getFragmentData(NotificationPreferences_preferenceFragment, ref));
  const { setPreference, loading } = useSetNotificationPreferenceMutation();
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const kindLabel = (kind: string) => t(`notifications.kinds.${kind}`, { defaultValue: kind });

  const change = async (kind: string, delivery: NotificationDelivery) => {
    setSaved(null);
    setFailed(null);
    const outcome = await setPreference(kind, delivery);
    if (outcome.ok) setSaved(t('notifications.preferences.saved', { kind: kindLabel(kind) }));
    else setFailed(outcome.message ?? t('notifications.preferences.failed'));
  };

  return (
    <section className="mda-notification-preferences" aria-labelledby="notification-preferences-title">
      <Heading2 id="notification-preferences-title">{t('notifications.preferences.title')}</Heading2>
      <Paragraph>{t('notifications.preferences.intro')}</Paragraph>
      {failed ? <ErrorAlert data-testid="notification-preferences-error">{failed}</ErrorAlert> : null}
      <Fieldset data-testid="notification-preferences">
        <FieldsetLegend>{t('notifications.preferences.legend')}</FieldsetLegend>
        {preferences.map((p) => {
          const id = `notification-preference-${p.kind}`;
          return (
            <div className="mda-form__field" key={p.kind} data-kind={p.kind}>
              {p.urgent ? (
                <Paragraph data-testid="notification-preference-urgent">
                  <strong>{kindLabel(p.kind)}</strong>: {t('notifications.preferences.urgent')}
                </Paragraph>
              ) : (
                <>
                  <FormLabel htmlFor={id}>{kindLabel(p.kind)}</FormLabel>
                  <Select
                    id={id}
                    value={p.delivery}
                    disabled={loading}
                    data-testid="notification-preference-select"
                    onChange={(event) => void change(p.kind, event.target.value as NotificationDelivery)}
                  >
                    {NOTIFICATION_DELIVERIES.map((d) => (
                      <SelectOption key={d} value={d}>
                        {t(`enums.NotificationDelivery.${d}`)}
                      </SelectOption>
                    ))}
                  </Select>
                </>
              )}
            </div>
          );
        })}
      </Fieldset>
      <LiveRegion data-testid="notification-preferences-status">{saved}</LiveRegion>
    </section>
  );
}
