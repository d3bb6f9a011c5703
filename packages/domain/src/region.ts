import type { RegionArea } from './enums.js';

export interface Municipality {
  /** Stable code used in storage and the API. */
  code: string;
  name: string;
  /** Area of Veilig Thuis Rotterdam Rijnmond; Rotterdam spans Oost (Noord districts) and Zuid. */
  areas: readonly RegionArea[];
}

/** The 15 municipalities of Veilig Thuis Rotterdam Rijnmond (DOMAIN.md, seed 002). */
export const MUNICIPALITIES: readonly Municipality[] = [
  { code: 'MAASSLUIS', name: 'Maassluis', areas: ['NOORD'] },
  { code: 'VLAARDINGEN', name: 'Vlaardingen', areas: ['NOORD'] },
  { code: 'SCHIEDAM', name: 'Schiedam', areas: ['NOORD'] },
  { code: 'LANSINGERLAND', name: 'Lansingerland', areas: ['NOORD'] },
  { code: 'ROTTERDAM', name: 'Rotterdam', areas: ['OOST', 'ROTTERDAM_ZUID'] },
  { code: 'CAPELLE_AAN_DEN_IJSSEL', name: 'Capelle aan den IJssel', areas: ['OOST'] },
  { code: 'KRIMPEN_AAN_DEN_IJSSEL', name: 'Krimpen aan den IJssel', areas: ['OOST'] },
  { code: 'RIDDERKERK', name: 'Ridderkerk', areas: ['ZUID_WEST'] },
  { code: 'BARENDRECHT', name: 'Barendrecht', areas: ['ZUID_WEST'] },
  { code: 'ALBRANDSWAARD', name: 'Albrandswaard', areas: ['ZUID_WEST'] },
  { code: 'NISSEWAARD', name: 'Nissewaard', areas: ['ZUID_WEST'] },
  { code: 'HELLEVOETSLUIS', name: 'Hellevoetsluis', areas: ['ZUID_WEST'] },
  { code: 'BRIELLE', name: 'Brielle', areas: ['ZUID_WEST'] },
  { code: 'WESTVOORNE', name: 'Westvoorne', areas: ['ZUID_WEST'] },
  { code: 'GOEREE_OVERFLAKKEE', name: 'Goeree-Overflakkee', areas: ['ZUID_WEST'] },
];

export const MUNICIPALITY_CODES: readonly string[] = MUNICIPALITIES.map((m) => m.code);

export function isMunicipalityCode(code: string): boolean {
  return MUNICIPALITY_CODES.includes(code);
}
