import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, personaWith } from './support/graphql-client.js';
import { flatText } from './support/pdf-text.js';

/**
 * The PDF of a plan version for the family's file: it holds the version's goals and actions
 * exactly, withholds what the viewer may not see (the safe place from the police), needs a
 * session, answers NOT_FOUND outside the team, and is on record as an EXPORT.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.stop();
});

const VERSION = `query ($c: ID!, $n: Int!) { planVersion(caseId: $c, number: $n) { number status content {
  goals { description measurableEnd actions { description } } safetyPlan { kind text } } } }`;
interface VersionView {
  planVersion: {
    content: {
      goals: { description: string | null; measurableEnd: string | null; actions: { description: string | null }[] }[];
      safetyPlan: { kind: string; text: string | null }[];
    };
  };
}

async function pdfAs(client: ApiClient | null, caseId: string, n: number, requestId = ''): Promise<Response> {
  return fetch(`${platform.baseUrl}/api/plans/${caseId}/versions/${n}.pdf`, {
    headers: {
      ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
  });
}

describe('the PDF of an agreed plan version', () => {
  it('contains the version exactly as the viewer may see it, without the secret safe place for the police', async () => {
    const [row] = await platform.sql<{ case_id: string; safe_place: string }>(
      `select v.case_id, e->'fields'->>'text' as safe_place
         from plan_version v, jsonb_array_elements(v.snapshot->'elements') e
        where v.number = 1 and v.status = 'AGREED' and e->>'category' = 'SECRET_LOCATION'
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = v.case_id and o.type = 'POLICE' and m.ended_at is null and m.valid_until is null)
          and exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = v.case_id and o.type = 'SAFE_HOME' and m.ended_at is null and m.valid_until is null)
        order by v.case_id limit 1`,
    );
    expect(row).toBeDefined();
    const police = await new ApiClient(platform.baseUrl).loginAs(personaWith('POLICE', 'PROFESSIONAL').email);
    const safeHome = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);

    const view = await police.ok<VersionView>(VERSION, { c: row!.case_id, n: 1 });
    const response = await pdfAs(police, row!.case_id, 1, 'plan-pdf-police-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = flatText(Buffer.from(await response.arrayBuffer()));
    const goals = view.planVersion.content.goals;
    expect(goals.length).toBeGreaterThan(0);
    for (const g of goals) {
      expect(text).toContain(`Doel: ${g.description}`);
      expect(text).toContain(`Meetbaar resultaat: ${g.measurableEnd}`);
      for (const a of g.actions) expect(text).toContain(`- Actie: ${a.description} |`);
    }
    // Exactly these: as many goals and actions in the PDF as in the version.
    expect(text.match(/Doel: /g)!.length).toBe(goals.length);
    expect(text.match(/- Actie: /g)!.length).toBe(goals.reduce((n, g) => n + g.actions.length, 0));
    expect(text).not.toContain(row!.safe_place);
    expect(text).toContain('Veilige plek: [niet gedeeld met uw organisatie]');

    const asSafeHome = flatText(Buffer.from(await (await pdfAs(safeHome, row!.case_id, 1)).arrayBuffer()));
    expect(asSafeHome).toContain(`Veilige plek: ${row!.safe_place}`);

    const [record] = await platform.sql<{ action: string; subject_type: string; categories: string[] }>(
      'select action, subject_type, categories from audit.event where request_id = ?',
      [response.headers.get('x-request-id')],
    );
    expect(record).toMatchObject({ action: 'EXPORT', subject_type: 'PlanVersion' });
    expect(record!.categories).not.toContain('SECRET_LOCATION');
  });

  it('needs a session and answers NOT_FOUND outside the team, like a missing version', async () => {
    const [row] = await platform.sql<{ case_id: string }>(
      `select v.case_id from plan_version v where not exists (select 1 from case_team_membership m join organisation o on o.id = m.organisation_id where m.case_id = v.case_id and o.type = 'MUNICIPALITY') order by v.case_id limit 1`,
    );
    expect((await pdfAs(null, row!.case_id, 1)).status).toBe(401);
    const outsider = await new ApiClient(platform.baseUrl).loginAs(personaWith('MUNICIPALITY', 'PROFESSIONAL').email);
    const refused = await pdfAs(outsider, row!.case_id, 1);
    expect(refused.status).toBe(404);
    const missing = await pdfAs(outsider, '00000000-0000-4000-8000-000000000000', 1);
    expect(await refused.json()).toEqual(await missing.json());
    const fg = await new ApiClient(platform.baseUrl).loginAs('fg.veiligthuis@demo.mda.test');
    expect((await pdfAs(fg, row!.case_id, 1)).status).toBe(404);
  });
});
