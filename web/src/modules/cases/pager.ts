/**
 * Cursor paging backwards over a forward-only connection: remember the `after` cursor
 * of every page visited. The current page is the top of the stack; the first page has
 * no cursor (null).
 */
export interface CursorStack {
  readonly cursors: readonly (string | null)[];
}

export const firstPage: CursorStack = { cursors: [null] };

export function currentCursor(stack: CursorStack): string | null {
  return stack.cursors[stack.cursors.length - 1] ?? null;
}

export function pageNumber(stack: CursorStack): number {
  return stack.cursors.length;
}

export function hasPreviousPage(stack: CursorStack): boolean {
  return stack.cursors.length > 1;
}

/** Go forward to the page after `endCursor` (the current page's last edge). */
export function nextPage(stack: CursorStack, endCursor: string | null | undefined): CursorStack {
  if (!endCursor || endCursor === currentCursor(stack)) return stack;
  return { cursors: [...stack.cursors, endCursor] };
}

export function previousPage(stack: CursorStack): CursorStack {
  return hasPreviousPage(stack) ? { cursors: stack.cursors.slice(0, -1) } : stack;
}
