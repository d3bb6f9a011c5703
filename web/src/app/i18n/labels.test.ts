import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';

// The committed schema is the contract; every enum value in it needs a label in both
// languages, and no label may outlive its value.
const schema = buildSchema(
  readFileSync(new URL('../../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
);
const schemaEnums = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((type) => !type.name.startsWith('__'));

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

const languages = {
  nl: nl.enums as Record<string, Record<string, string>>,
  en: en.enums as Record<string, Record<string, string>>,
};

describe('enum labels', () => {
  it('finds the enums in the schema', () => {
    expect(schemaEnums.map((type) => type.name)).toEqual(
      expect.arrayContaining(['CaseStatus', 'HouseholdProfile', 'MemberRole']),
    );
  });

  for (const [language, labels] of Object.entries(languages)) {
    for (const type of schemaEnums) {
      it(`${language}: labels every ${type.name} value, each distinct`, () => {
        const values = type.getValues().map((value) => value.name);
        const missing = values.filter((value) => !labels[type.name]?.[value]?.trim());
        expect(missing).toEqual([]);
        expect(Object.keys(labels[type.name] ?? {}).sort()).toEqual([...values].sort());
        const shown = values.map((value) => labels[type.name]?.[value]);
        expect(new Set(shown).size).toBe(values.length);
      });
    }

    it(`${language}: has no labels for enums the schema lacks`, () => {
      const known = new Set(schemaEnums.map((type) => type.name));
      expect(Object.keys(labels).filter((name) => !known.has(name))).toEqual([]);
    });
  }

  it('uses the Dutch domain terms', () => {
    expect(nl.enums.CaseStatus).toEqual({
      INTAKE: 'Intake',
      ACTIVE: 'Actief',
      MONITORING: 'Monitoring',
      CLOSED: 'Gesloten',
    });
    expect(nl.enums.MemberRole.PERPETRATOR).toBe('Pleger');
    expect(nl.enums.LegalBasisKind.LEGAL_DUTY).toBe('Wettelijke plicht');
    expect(nl.enums.OrganisationType.SAFE_HOME).toBe('Veilig Thuis');
    expect(nl.enums.Purpose).toEqual({
      MDO_PREPARATION: 'MDO-voorbereiding',
      PLAN_EXECUTION: 'Uitvoering plan',
      SAFETY_ASSESSMENT: 'Veiligheidsbeoordeling',
      CRISIS: 'Crisis',
    });
    expect(nl.enums.DataCategory).toEqual({
      IDENTITY: 'Identiteit',
      CONTACT: 'Contact',
      SECRET_LOCATION: 'Geheime verblijfplaats',
      CRIMINAL: 'Strafrechtelijk (art. 10 AVG)',
      HEALTH: 'Gezondheid (art. 9 AVG)',
      CHILD_PROTECTION: 'Jeugdbescherming',
      PLAN: 'Plan',
      RESTRICTED_NOTE: 'Afgeschermde notitie',
    });
  });
});

describe('translation files', () => {
  it('Dutch and English have exactly the same keys', () => {
    const nlKeys = leafKeys(nl as Tree);
    const enKeys = leafKeys(en as Tree);
    expect(enKeys.filter((key) => !nlKeys.includes(key))).toEqual([]);
    expect(nlKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('names a withheld field differently from an empty one, in both languages', () => {
    expect(nl.fields.notShared).toBe('Niet gedeeld met uw organisatie');
    expect(nl.fields.notRecorded).toBe('Niet vastgelegd');
    expect(en.fields.notShared).toBe('Not shared with your organisation');
    expect(en.fields.notShared).not.toBe(en.fields.notRecorded);
  });

  it('no text is empty', () => {
    for (const tree of [nl, en] as Tree[]) {
      const empty = leafKeys(tree).filter((key) => {
        const value = key
          .split('.')
          .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
