/**
 * The operation limits (graphql-armor, armor.ts) answered as QUERY_TOO_COMPLEX with the figure
 * found and the allowed maximum, in Dutch and English, instead of armor's "Syntax Error: ...".
 */
export interface LimitError {
  message: string;
  extensions: { code: 'QUERY_TOO_COMPLEX'; limit: string; maximum: number; found: number | null };
}

const ARMOR =
  /^Syntax Error: (Query Cost|Query depth|Aliases|Directives|Token) limit of (\d+(?:\.\d+)?) exceeded(?:, found (\d+(?:\.\d+)?))?/;

const WHAT: Record<string, { key: string; nl: string; en: string; hintNl: string; hintEn: string }> = {
  'Query Cost': {
    key: 'cost',
    nl: 'te zwaar: kosten',
    en: 'too costly: cost',
    hintNl:
      'Vraag minder tegelijk op, bijvoorbeeld cases(first: 50) zonder diep geneste lijsten, en blader verder met after.',
    hintEn: 'Ask for less at once, e.g. cases(first: 50) without deeply nested lists, and page on with after.',
  },
  'Query depth': {
    key: 'depth',
    nl: 'te diep genest: diepte',
    en: 'nested too deeply: depth',
    hintNl: 'Vraag minder niveaus op.',
    hintEn: 'Ask for fewer levels.',
  },
  Aliases: {
    key: 'aliases',
    nl: 'te veel aliassen:',
    en: 'too many aliases:',
    hintNl: 'Stel minder vragen in één aanvraag.',
    hintEn: 'Ask fewer questions in one request.',
  },
  Directives: {
    key: 'directives',
    nl: 'te veel directives:',
    en: 'too many directives:',
    hintNl: 'Gebruik minder directives.',
    hintEn: 'Use fewer directives.',
  },
  Token: {
    key: 'tokens',
    nl: 'te lang: tokens',
    en: 'too long: tokens',
    hintNl: 'Vraag minder velden tegelijk op.',
    hintEn: 'Ask for fewer fields at once.',
  },
};

export function limitErrorOf(message: string): LimitError | null {
  const match = ARMOR.exec(message);
  if (!match) return null;
  const what = WHAT[match[1]!]!;
  const maximum = Math.round(Number(match[2]));
  const found = match[3] === undefined ? null : Math.ceil(Number(match[3]));
  const foundNl = found === null ? `meer dan ${maximum}` : String(found);
  const foundEn = found === null ? `more than ${maximum}` : String(found);
  return {
    message: `De vraag is ${what.nl} ${foundNl}, toegestaan is ${maximum}. ${what.hintNl} / The query is ${what.en} ${foundEn}, the allowed maximum is ${maximum}. ${what.hintEn}`,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit: what.key, maximum, found },
  };
}
