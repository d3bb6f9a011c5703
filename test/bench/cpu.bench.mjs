// pnpm bench:cpu - the API's CPU time per request of the case list (first 50 cases with their
// household members, police persona, demo region), for Node flag sets side by side: CPU time
// of the API process divided by the requests it served (on a loaded machine it varies too:
// compare quiet runs). The API runs in its own process, autocannon in this one; interleaved.
//
//   pnpm bench:cpu
//   BENCH_VARIANTS='|--max-semi-space-size=64'  flag sets, separated by |  (an empty set: Node's defaults)
//   BENCH_SECONDS (10), BENCH_ROUNDS (2), BENCH_CONNECTIONS (50)
//   BENCH_PROFILE=DIR  also writes a V8 CPU profile of every API process into DIR
//
// Not a test: prints figures.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { demoDatabase, serveApi } from './api-process.mjs';

const SELF = fileURLToPath(import.meta.url);
const requireHere = createRequire(import.meta.url);
const LIST = `query { cases(first: 50) { edges { node { id reference status
  household { members { roles person { id firstName lastName } } } } } } }`;

async function serve(databaseUrl) {
  const url = await serveApi(databaseUrl, 'mda-cpu');
  let since;
  process.on('message', (m) => {
    if (m === 'start') since = process.cpuUsage();
    if (m === 'stop') {
      const used = process.cpuUsage(since);
      process.send({ cpuMs: (used.user + used.system) / 1000 }, () => process.exit(0));
    }
  });
  process.send({ url });
}

async function post(url, token, query) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}

async function measure(databaseUrl, flags, seconds, connections) {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = fork(SELF, ['--serve', databaseUrl], {
    execArgv: [...flags, ...profile],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { url } = await new Promise((resolve) => child.once('message', resolve));
  const login = await post(
    url,
    null,
    'mutation { login(email: "politie@demo.mda.test", password: "Demo-Wachtwoord-2026!") { token } }',
  );
  const token = login.login.token;
  await post(url, token, 'mutation { setPurpose(purpose: PLAN_EXECUTION) { id } }');
  if ((await post(url, token, LIST)).cases.edges.length !== 50) throw new Error('the list did not answer 50 cases');
  const autocannon = requireHere('autocannon');
  const spec = {
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: LIST }),
    connections,
  };
  await autocannon({ ...spec, duration: 2 }); // warm-up
  child.send('start');
  const result = await autocannon({ ...spec, duration: seconds });
  child.send('stop');
  const { cpuMs } = await new Promise((resolve) => child.on('message', (m) => m.cpuMs !== undefined && resolve(m)));
  await new Promise((resolve) => child.once('exit', resolve));
  return { requests: result.requests.total, cpuMs, errors: result.errors + result.non2xx };
}

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const variants = (process.env.BENCH_VARIANTS ?? '|--max-semi-space-size=64')
    .split('|')
    .map((v) => v.split(' ').filter(Boolean));
  const db = await demoDatabase('mda-cpu');
  const runs = variants.map(() => []);
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? variants.map((_, i) => i) : variants.map((_, i) => i).reverse();
      for (const i of order) runs[i].push(await measure(db.url, variants[i], seconds, connections));
    }
  } finally {
    await db.stop();
  }
  console.log(
    `\nbench:cpu - first 50 cases with household members (police, demo region); ${connections} connections, ${rounds} interleaved rounds x ${seconds} s; node ${process.version}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| Node flags | requests | API CPU ms per request (each round) | req/s | errors |');
  console.log('|---|---|---|---|---|');
  variants.forEach((flags, i) => {
    const r = runs[i];
    const requests = r.reduce((n, x) => n + x.requests, 0);
    const perRequest = r.map((x) => (x.cpuMs / Math.max(1, x.requests)).toFixed(1)).join(', ');
    const errors = r.reduce((n, x) => n + x.errors, 0);
    console.log(
      `| ${flags.join(' ') || '(defaults)'} | ${requests} | ${perRequest} | ${(requests / (rounds * seconds)).toFixed(1)} | ${errors} |`,
    );
  });
}

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();
