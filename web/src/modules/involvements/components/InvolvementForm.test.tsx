import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../app/i18n/i18n';
import { InvolvementForm, type InvolvementMember } from './InvolvementForm';

function render(members: InvolvementMember[]): string {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  return renderToStaticMarkup(
    <ApolloProvider client={client}>
      <InvolvementForm subject={{ kind: 'member', caseId: 'case-1', members }} idPrefix="case-inv" />
    </ApolloProvider>,
  );
}

/** The `<option>` of a person, as rendered. */
const optionOf = (html: string, id: string) =>
  new RegExp(`<option(?: disabled="")? value="${id}"[^>]*>[^<]*</option>`).exec(html)?.[0];

beforeAll(async () => {
  await initI18n();
});

describe('registering a household member from the case page (verwijsindex)', () => {
  it('offers only persons with a BSN on record; the others are listed disabled, with the reason, and a hint says why', () => {
    const html = render([
      { id: 'p-with', name: 'Noor Jansen', hasBsn: true },
      { id: 'p-without', name: 'Daan Jansen', hasBsn: false },
      { id: 'p-unknown', name: 'Niet gedeeld', hasBsn: null },
    ]);
    expect(optionOf(html, 'p-with')).toMatch(/^<option value="p-with" class="[^"]*">Noor Jansen<\/option>$/);
    expect(optionOf(html, 'p-without')).toContain('disabled=""');
    expect(optionOf(html, 'p-without')).toContain('>Daan Jansen (geen BSN vastgelegd)</option>');
    expect(optionOf(html, 'p-unknown')).toContain('disabled=""');
    expect(optionOf(html, 'p-unknown')).toContain('BSN niet zichtbaar voor u');
    // The hint is tied to the field, so a screen reader hears it with the choice.
    expect(html).toContain('aria-describedby="case-inv-personId-hint"');
    expect(html).toMatch(/id="case-inv-personId-hint"[^>]*>Alleen personen met een vastgelegd BSN/);
  });

  it('needs no hint when everyone has a BSN on record', () => {
    const html = render([{ id: 'p-with', name: 'Noor Jansen', hasBsn: true }]);
    expect(html).not.toContain('disabled=""');
    expect(html).not.toContain('personId-hint');
  });
});
