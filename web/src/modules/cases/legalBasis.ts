import type { LegalBasisKind } from '@mda/graphql';

export interface LegalBasisFields {
  kind: LegalBasisKind;
  article?: string | null;
  consentDate?: string | null;
  statute?: string | null;
}

export type LegalBasisDetail =
  { field: 'article'; value: string } | { field: 'consentDate'; value: string } | { field: 'statute'; value: string };

/**
 * The detail that makes a legal basis checkable: the covenant article, the date consent
 * was given, or the statute. Only the field that belongs to the kind counts; a basis
 * missing it shows the kind alone rather than a detail of another kind.
 */
export function legalBasisDetail(basis: LegalBasisFields): LegalBasisDetail | null {
  switch (basis.kind) {
    case 'COVENANT':
      return basis.article ? { field: 'article', value: basis.article } : null;
    case 'CONSENT':
      return basis.consentDate ? { field: 'consentDate', value: basis.consentDate } : null;
    case 'LEGAL_DUTY':
      return basis.statute ? { field: 'statute', value: basis.statute } : null;
  }
}
