import { CombinedGraphQLErrors } from '@apollo/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from './i18n/i18n';
import { QueryError } from './QueryError';

const refused = new CombinedGraphQLErrors({
  errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
});

function shown(error: unknown, retry?: () => unknown): string {
  return renderToStaticMarkup(
    <MemoryRouter>
      <QueryError error={error} retry={retry} />
    </MemoryRouter>,
  );
}

beforeAll(async () => {
  await initI18n();
});

describe('a page whose data did not load', () => {
  it('offers to try again after a failure that may pass (network, server)', () => {
    const html = shown(new Error('Failed to fetch'), () => undefined);
    expect(html).toContain('data-testid="query-error"');
    expect(html).toContain('data-testid="query-error-retry"');
    expect(html).toContain('Opnieuw proberen');
    expect(html).toContain('De gegevens konden niet worden geladen.');
  });

  it('offers no retry when the API refused: asking again changes nothing', () => {
    const html = shown(refused, () => undefined);
    expect(html).toContain('data-testid="query-error"');
    expect(html).not.toContain('query-error-retry');
    expect(html).toContain('U hebt geen toegang tot deze gegevens.');
  });

  it('offers no retry for something that is not there', () => {
    const missing = new CombinedGraphQLErrors({
      errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(shown(missing, () => undefined)).not.toContain('query-error-retry');
  });

  it('offers no retry when the page gives it no way to ask again', () => {
    expect(shown(new Error('Failed to fetch'))).not.toContain('query-error-retry');
  });
});
