import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConflictPanel } from './ConflictPanel';

const ORG_A = '0f6e2a51-0000-4000-8000-00000000000a';
const ORG_B = '0f6e2a51-0000-4000-8000-00000000000b';
const names: Record<string, string> = { [ORG_A]: 'Veilig Thuis Rijnmond', [ORG_B]: 'Politie Rotterdam' };

function panel(display?: (field: string, value: string) => string): string {
  return renderToStaticMarkup(
    <ConflictPanel
      conflict={{
        currentVersion: 3,
        current: { ownerOrganisationId: ORG_B, description: 'Huisbezoek' },
        redactedFields: [],
      }}
      mine={{ ownerOrganisationId: ORG_A, description: 'Huisbezoek' }}
      fields={['description', 'ownerOrganisationId']}
      label={(field) => field}
      display={display}
      busy={false}
      onChoose={() => undefined}
      panelRef={createRef<HTMLDivElement>()}
      testId="c"
    />,
  );
}

describe('the conflict table', () => {
  it('shows the differing owner by name on both sides, never as an id', () => {
    const html = panel((field, value) => (field === 'ownerOrganisationId' ? (names[value] ?? value) : value));
    expect(html).toContain('Veilig Thuis Rijnmond');
    expect(html).toContain('Politie Rotterdam');
    expect(html).not.toContain(ORG_A);
    expect(html).not.toContain(ORG_B);
    // Equal fields are not rows: the description is the same on both sides.
    expect(html).not.toContain('c-mine-description');
  });

  it('without a display function shows the stored values as they are', () => {
    expect(panel()).toContain(ORG_B);
  });
});
