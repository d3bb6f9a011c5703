import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { NOTIFICATION_KINDS, URGENT_NOTIFICATION_KINDS } from '@mda/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../app/i18n/en.json';
import nl from '../../../app/i18n/nl.json';
import { initI18n } from '../../../app/i18n/i18n';
import { NotificationPreferences } from './NotificationPreferences';

const preferences = NOTIFICATION_KINDS.map((kind) => ({
  __typename: 'NotificationPreference' as const,
  kind,
  urgent: URGENT_NOTIFICATION_KINDS.includes(kind),
  delivery: kind === 'MDO_ACTIONS' ? ('DIGEST' as const) : ('IMMEDIATE' as const),
}));

function render(): string {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  return renderToStaticMarkup(
    <ApolloProvider client={client}>
      {/* The fragment masks are a type-level device; the data is the fragment's shape. */}
      <NotificationPreferences preferences={preferences as never} />
    </ApolloProvider>,
  );
}

beforeAll(async () => {
  await initI18n();
});

describe('my e-mail preferences', () => {
  it('is one fieldset with a legend, a labelled choice per non-urgent kind, and urgent kinds as fixed text', () => {
    const html = render();
    expect(html).toContain('<fieldset');
    expect(html).toContain('E-mail per soort melding</legend>');
    const selects = [...html.matchAll(/<select[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(selects).toHaveLength(NOTIFICATION_KINDS.length - URGENT_NOTIFICATION_KINDS.length);
    for (const id of selects) expect(html).toContain(`for="${id}"`);
    expect(html.match(/data-testid="notification-preference-urgent"/g)).toHaveLength(URGENT_NOTIFICATION_KINDS.length);
    expect(html).toContain('<strong>Crisismelding</strong>: altijd direct (dringend, niet uit te zetten)');
    // MDO_ACTIONS is set to the digest: its select shows that choice.
    expect(html).toMatch(
      /id="notification-preference-MDO_ACTIONS"[^>]*>(<option[^>]*>[^<]*<\/option>)*?<option value="DIGEST"[^>]*selected=""/,
    );
  });

  it('has a Dutch and an English label for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(nl.notifications.kinds[kind]).toBeTruthy();
      expect(en.notifications.kinds[kind]).toBeTruthy();
    }
  });
});
