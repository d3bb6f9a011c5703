import { describe, expect, it } from 'vitest';
import { legalBasisDetail } from './legalBasis';

describe('legalBasisDetail', () => {
  it('shows the covenant article for a covenant', () => {
    expect(legalBasisDetail({ kind: 'COVENANT', article: 'art. 5 lid 2', consentDate: null, statute: null })).toEqual({
      field: 'article',
      value: 'art. 5 lid 2',
    });
  });

  it('shows the consent date for consent', () => {
    expect(legalBasisDetail({ kind: 'CONSENT', consentDate: '2026-03-01' })).toEqual({
      field: 'consentDate',
      value: '2026-03-01',
    });
  });

  it('shows the statute for a legal duty', () => {
    expect(legalBasisDetail({ kind: 'LEGAL_DUTY', statute: 'Jeugdwet art. 7.1.4.2' })).toEqual({
      field: 'statute',
      value: 'Jeugdwet art. 7.1.4.2',
    });
  });

  it('never borrows the detail of another kind', () => {
    expect(legalBasisDetail({ kind: 'CONSENT', article: 'art. 5', statute: 'Wmo' })).toBeNull();
    expect(legalBasisDetail({ kind: 'COVENANT', consentDate: '2026-03-01' })).toBeNull();
  });
});
