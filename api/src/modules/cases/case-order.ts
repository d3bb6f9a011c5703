/** Case-list orders; OPENED_DESC pages by keyset, the others by position. */
export const CASE_ORDERS = ['OPENED_DESC', 'REFERENCE_ASC', 'NEXT_DEADLINE_ASC'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];
