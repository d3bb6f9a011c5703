import type { OrganisationType } from '@mda/domain';

export interface RetentionRule {
  years: number;
  /** The legal source, or why this is an assumption to be confirmed by the region's FG. */
  source: string;
  assumption: boolean;
}

/**
 * How long each source organisation's data about a closed case is kept, counted from the
 * day the case closed. Rules marked as assumptions are defaults to be confirmed per region
 * (docs/privacy.md lists them); the regional covenant may set other terms.
 */
export const RETENTION_POLICY: Readonly<Record<OrganisationType, RetentionRule>> = {
  CARE: { years: 20, source: 'WGBO, BW 7:454 lid 3 (medisch dossier, 20 jaar)', assumption: false },
  YOUTH_PROTECTION: { years: 20, source: 'Jeugdwet art. 7.3.8 (20 jaar)', assumption: false },
  CHILD_PROTECTION_BOARD: { years: 20, source: 'Jeugdwet art. 7.3.8 naar analogie (20 jaar)', assumption: true },
  SAFE_HOME: {
    years: 20,
    source: 'Veilig Thuis-dossier, aangenomen gelijk aan Jeugdwet/WGBO (20 jaar)',
    assumption: true,
  },
  CENTRE: { years: 20, source: 'Hulpverleningsdossier, aangenomen gelijk aan WGBO (20 jaar)', assumption: true },
  LOCAL_TEAM: { years: 15, source: 'Wmo 2015-dossier, aangenomen termijn 15 jaar', assumption: true },
  MUNICIPALITY: { years: 15, source: 'Gemeentelijk Wmo-dossier, aangenomen termijn 15 jaar', assumption: true },
  POLICE: {
    years: 5,
    source: 'Wet politiegegevens, art. 8/13: aangenomen 5 jaar voor deelname aan casusoverleg',
    assumption: true,
  },
  PROSECUTION: { years: 5, source: 'Wjsg, aangenomen 5 jaar voor deelname aan casusoverleg', assumption: true },
  PROBATION: { years: 5, source: 'Reclasseringsdossier, aangenomen 5 jaar', assumption: true },
  SAFETY_HOUSE: { years: 5, source: 'Convenant Zorg- en Veiligheidshuis, aangenomen 5 jaar', assumption: true },
};

/** Last day of retention: the closing day plus the organisation's term. */
export function retainUntil(closedOn: string, type: OrganisationType): string {
  const years = RETENTION_POLICY[type].years;
  return `${String(Number(closedOn.slice(0, 4)) + years).padStart(4, '0')}${closedOn.slice(4)}`;
}
