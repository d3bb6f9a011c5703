import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../app/i18n/i18n';
import { elapsedSeconds, type LongTask, LongTaskStatus } from './LongTaskStatus';

const START = Date.parse('2026-12-08T10:00:00.000Z');
const render = (task: LongTask, nowMs = START) =>
  renderToStaticMarkup(
    <LongTaskStatus
      task={task}
      busyText="De kwartaalrapportage wordt opgesteld…"
      failedTitle="De kwartaalrapportage is niet opgesteld"
      onRetry={() => undefined}
      testId="report"
      now={() => nowMs}
    />,
  );

beforeAll(async () => {
  await initI18n();
});

describe('long work shows where it stands', () => {
  it('busy: a status in a live region that says what is happening, without an alarm', () => {
    const html = render({ kind: 'busy', startedAt: START });
    expect(html).toMatch(/<div aria-live="polite"[^>]*><div role="status" aria-busy="true"/);
    expect(html).toContain('data-testid="report-busy"');
    expect(html).toContain('De kwartaalrapportage wordt opgesteld…');
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('bezig sinds');
  });

  it('counts the seconds, and after ten says it may take a minute and the page stays usable', () => {
    expect(render({ kind: 'busy', startedAt: START }, START + 3_400)).toContain('(bezig sinds 3 seconden)');
    expect(render({ kind: 'busy', startedAt: START }, START + 1_000)).toContain('(bezig sinds 1 seconde)');
    expect(render({ kind: 'busy', startedAt: START }, START + 9_999)).not.toContain('tot een minuut');
    expect(render({ kind: 'busy', startedAt: START }, START + 12_000)).toContain(
      'Dit kan bij veel gegevens tot een minuut duren',
    );
    expect(elapsedSeconds(START, START - 5_000)).toBe(0);
  });

  it('failed: an alert with a Dutch heading, the message and a retry button; no busy status left', () => {
    const html = render({ kind: 'failed', message: 'De kwartaalrapportage kon niet worden opgesteld.' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('De kwartaalrapportage is niet opgesteld');
    expect(html).toContain('De kwartaalrapportage kon niet worden opgesteld.');
    expect(html).toMatch(/<button[^>]*data-testid="report-retry"[^>]*>Opnieuw proberen<\/button>/);
    expect(html).not.toContain('aria-busy');
  });

  it('idle: the live regions are there (so the next change is announced) but empty', () => {
    const html = render({ kind: 'idle' });
    expect(html).toBe(
      '<div aria-live="polite" aria-atomic="true"></div><div aria-live="assertive" aria-atomic="true"></div>',
    );
  });
});
