import { TableCell, TableRow } from '@utrecht/component-library-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

function table(layout?: 'scroll' | 'stack'): string {
  return renderToStaticMarkup(
    <DataTable caption="Betrokken organisaties" columns={['Organisatie', 'Grondslag']} layout={layout} data-testid="t">
      <TableRow>
        <TableCell>Veilig Thuis</TableCell>
      </TableRow>
    </DataTable>,
  );
}

/** The opening tags, in document order, with their attributes. */
const tags = (html: string) => [...html.matchAll(/<([a-z]+)([^>]*)>/g)].map(([, name, attrs]) => `${name}${attrs}`);

describe('DataTable', () => {
  it('scrolls by default in a focusable region named after the caption, with one column header per column', () => {
    const html = table();
    const [region, tableTag] = tags(html);
    expect(region).toMatch(/^div /);
    expect(region).toContain('role="region"');
    expect(region).toContain('aria-label="Betrokken organisaties"');
    expect(region).toContain('tabindex="0"');
    expect(tableTag).toMatch(/^table /);
    expect(tableTag).toMatch(/class="[^"]*\bmda-table\b/);
    expect(tableTag).not.toContain('mda-table--stack');
    expect(tableTag).toContain('data-testid="t"');
    expect(html).toMatch(/<caption[^>]*mda-visually-hidden[^>]*>Betrokken organisaties<\/caption>/);
    expect([...html.matchAll(/<th[^>]*scope="col"[^>]*>([^<]*)<\/th>/g)].map(([, text]) => text)).toEqual([
      'Organisatie',
      'Grondslag',
    ]);
    expect(html).toMatch(/<tbody[^>]*>.*Veilig Thuis.*<\/tbody>/);
  });

  it('stacks rows into cards instead, without a scroll region', () => {
    const html = table('stack');
    expect(html).not.toContain('role="region"');
    const [tableTag] = tags(html);
    expect(tableTag).toMatch(/^table /);
    expect(tableTag).toMatch(/class="[^"]*\bmda-table mda-table--stack\b/);
    expect(html).toMatch(/<caption[^>]*>Betrokken organisaties<\/caption>/);
  });
});
