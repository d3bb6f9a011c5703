import PDFDocument from 'pdfkit';
import { amsterdamDateOf, auditActionLabel } from '@mda/domain';

/*
 * The art. 15 answer as a Dutch letter for the citizen (issue 15, item 7): rendered from the very
 * document the JSON export gives (dataSubjectExport), so it holds exactly the same: the person's
 * own data, their cases, the disclosures with legal basis, what was recorded about them and the
 * consultations per day and organisation. No other household members, no staff names (the export
 * has neither). Uncompressed, standard fonts, like the plan PDF (plan-pdf.service.ts), so the text
 * stays inspectable.
 */

type Row = Record<string, unknown>;

const CATEGORY: Record<string, string> = {
  IDENTITY: 'identiteit',
  CONTACT: 'contactgegevens',
  SECRET_LOCATION: 'geheim verblijfadres',
  CRIMINAL: 'strafrechtelijke gegevens',
  HEALTH: 'gezondheid',
  CHILD_PROTECTION: 'jeugdbescherming',
  PLAN: 'plan van aanpak',
  RESTRICTED_NOTE: 'afgeschermde notitie',
};
const BASIS: Record<string, string> = {
  COVENANT: 'convenant',
  CONSENT: 'toestemming',
  LEGAL_DUTY: 'wettelijke plicht',
};
const PERSON_FIELD: [string, string][] = [
  ['first_name', 'Voornaam'],
  ['last_name', 'Achternaam'],
  ['date_of_birth', 'Geboortedatum'],
  ['bsn_on_record', 'BSN bekend'],
  ['address', 'Adres'],
  ['phone', 'Telefoon'],
  ['shelter_address', 'Geheim verblijfadres'],
  ['safe_contact', 'Veilig contact'],
];

const text = (v: unknown): string => (v === null || v === undefined || v === '' ? '-' : String(v));
const day = (v: unknown): string => {
  if (v === null || v === undefined) return '-';
  // An instant is dated as in the Netherlands (23:30 UTC on the 5th is the 6th there); a date stays as it is.
  const raw = String(v);
  const instant = v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}T/.test(raw) ? new Date(raw) : null;
  const iso = instant && !Number.isNaN(instant.getTime()) ? amsterdamDateOf(instant) : raw;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
};
const yesNo = (v: unknown): string => (v === true ? 'ja' : v === false ? 'nee' : text(v));

export function renderDataSubjectLetter(document: Row): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false, size: 'A4', margin: 56, info: { Title: 'Inzage in uw gegevens' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (t: string) =>
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(t).font('Helvetica').fontSize(10);
  const line = (t: string) => doc.text(t);

  const person = (document.person ?? {}) as Row;
  const cases = (document.cases ?? []) as Row[];
  const disclosures = (document.disclosures ?? []) as Row[];
  const recorded = (document.recordedInformation ?? []) as Row[];
  const consultations = (document.consultations ?? []) as Row[];
  const name = [person.first_name, person.last_name].filter((p) => typeof p === 'string' && p !== '').join(' ');

  doc.font('Helvetica-Bold').fontSize(15).text('Inzage in uw gegevens (AVG artikel 15)');
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  line(`Datum: ${day(document.generatedAt)}`);
  doc.moveDown();
  line(name ? `Geachte ${name},` : 'Geachte heer, mevrouw,');
  doc.moveDown(0.5);
  line(
    'U hebt gevraagd welke gegevens over u zijn vastgelegd in het samenwerkingsplatform voor de aanpak van huiselijk geweld (MDA++). In deze brief leest u welke gegevens wij over u hebben, met welke organisaties die zijn gedeeld en op welke grondslag, en wanneer uw gegevens zijn ingezien.',
  );
  if (document.scope === 'OWN_ORGANISATION')
    line(
      'Deze brief gaat over het deel van de gegevens van onze eigen organisatie. Het volledige overzicht kunt u opvragen bij de coördinerend functionaris gegevensbescherming.',
    );

  heading('Uw gegevens');
  for (const [key, label] of PERSON_FIELD)
    if (key in person)
      line(
        `${label}: ${key === 'date_of_birth' ? day(person[key]) : key === 'bsn_on_record' ? yesNo(person[key]) : text(person[key])}`,
      );

  heading('De casussen waarin u voorkomt');
  if (cases.length === 0) line('Geen.');
  for (const c of cases)
    line(
      `Casus ${text(c.reference)}: geopend op ${day(c.opened_at)}${c.closed_at ? `, gesloten op ${day(c.closed_at)}` : ''}; gemeente ${text(c.municipality)}.`,
    );

  heading('Met wie uw gegevens zijn gedeeld, en waarom');
  if (disclosures.length === 0) line('Met geen enkele organisatie.');
  for (const d of disclosures) {
    const basis = [
      BASIS[String(d.legal_basis_kind)] ?? text(d.legal_basis_kind),
      d.legal_basis_article,
      d.legal_basis_statute,
      d.consent_date ? `toestemming gegeven op ${day(d.consent_date)}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    line(
      `${text(d.organisation)} (casus ${text(d.reference)}), vanaf ${day(d.valid_from)}${d.valid_until ? ` tot ${day(d.valid_until)}` : ''}. Grondslag: ${basis}. Doel: ${text(d.purpose)}.`,
    );
  }

  heading('Wat over u is vastgelegd');
  if (recorded.length === 0) line('Geen aanvullende informatie.');
  for (const r of recorded) {
    const what = CATEGORY[String(r.category)] ?? 'informatie';
    if (r.content_withheld === true)
      line(
        `${day(r.recorded_at)}, ${text(r.recorded_by)} (${what}): de inhoud wordt niet verstrekt (AVG artikel 23), bijvoorbeeld vanwege een lopend strafrechtelijk onderzoek.`,
      );
    else line(`${day(r.recorded_at)}, ${text(r.recorded_by)} (${what}): ${text(r.title)}. ${text(r.body)}`);
  }

  heading('Wie uw gegevens heeft ingezien');
  if (consultations.length === 0) line('Niemand.');
  for (const c of consultations) {
    const categories = ((c.categories ?? []) as string[]).map((k) => CATEGORY[k] ?? 'overig').join(', ');
    line(
      `${day(c.day)}: ${text(c.organisation)}, ${auditActionLabel(String(c.action)).toLowerCase()} (${text(c.times)} keer)${categories ? `, ${categories}` : ''}${c.emergency_access === true ? ', met noodtoegang' : ''}.`,
    );
  }

  doc.moveDown();
  line(
    'Gegevens van andere gezinsleden en namen van medewerkers staan niet in deze brief. Bent u het niet eens met wat is vastgelegd, dan kunt u vragen om correctie of verwijdering (AVG artikel 16 en 17), of een klacht indienen bij de Autoriteit Persoonsgegevens.',
  );
  doc.moveDown();
  line('Met vriendelijke groet,');
  line('De functionaris gegevensbescherming');
  doc.end();
  return done;
}
