import { describe, expect, it } from 'vitest';
import { currentCursor, firstPage, hasPreviousPage, nextPage, pageNumber, previousPage } from './pager';

describe('cursor stack pager', () => {
  it('starts on page 1 without a cursor and without a previous page', () => {
    expect(currentCursor(firstPage)).toBeNull();
    expect(pageNumber(firstPage)).toBe(1);
    expect(hasPreviousPage(firstPage)).toBe(false);
  });

  it('goes forward with each end cursor and back to exactly the cursors it came from', () => {
    const page2 = nextPage(firstPage, 'c20');
    const page3 = nextPage(page2, 'c40');
    expect(currentCursor(page3)).toBe('c40');
    expect(pageNumber(page3)).toBe(3);

    const back2 = previousPage(page3);
    expect(currentCursor(back2)).toBe('c20');
    expect(hasPreviousPage(back2)).toBe(true);

    const back1 = previousPage(back2);
    expect(currentCursor(back1)).toBeNull();
    expect(hasPreviousPage(back1)).toBe(false);
  });

  it('does not go before the first page', () => {
    expect(previousPage(firstPage)).toBe(firstPage);
  });

  it('ignores a missing end cursor and a double click on the same cursor', () => {
    expect(nextPage(firstPage, null)).toBe(firstPage);
    expect(nextPage(firstPage, undefined)).toBe(firstPage);
    const page2 = nextPage(firstPage, 'c20');
    expect(nextPage(page2, 'c20')).toBe(page2);
  });

  it('never mutates a stack it was given', () => {
    const page2 = nextPage(firstPage, 'c20');
    nextPage(page2, 'c40');
    previousPage(page2);
    expect(page2.cursors).toEqual([null, 'c20']);
    expect(firstPage.cursors).toEqual([null]);
  });
});
