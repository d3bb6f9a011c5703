import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { type MikroORM } from '@mikro-orm/postgresql';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import { anonymousAbility, defineAbilityFor, type AppAbility } from '@mda/authz';
import type { AppConfig } from './config/env.js';
import type { RequestContext } from './core/context/context.js';
import { currentRequestId, requestScope } from './core/context/request-scope.js';
import { apiArmor } from './core/graphql/armor.js';
import { formatErrorFor } from './core/graphql/format-error.js';
import { appSchema } from './capabilities.js';
import { log } from './core/log/logger.js';
import { nfcInput } from './core/http/normalise-input.js';
import { jsonErrorHandler, jsonNotFound, MAX_BODY_BYTES, requireJson, tokenLimit } from './core/http/json-errors.js';
import {
  actorOfSession,
  SESSION_COOKIE,
  sessionForToken,
  type SessionRecord,
} from './modules/identity/auth.service.js';
import { accessScopeOf, loadCaseAccess } from './modules/identity/case-access.service.js';
import { CaseAccessRegistry } from './core/context/case-access.js';
import { RequestAudit } from './core/context/request-audit.js';
import { auditPlugin } from './core/context/audit-plugin.js';
import { idempotencyPlugin } from './core/idempotency/idempotency-plugin.js';
import { EventHub } from './core/realtime/event-hub.js';
import { PgEventListener } from './core/realtime/pg-event-listener.js';
import { parseRealtimeEvent, REALTIME_CHANNEL } from './core/realtime/realtime-event.js';
import { startRealtimeServer } from './core/realtime/ws-server.js';
import { planPdfHandler } from './modules/plans/plan-pdf.service.js';
import { minutesPdfHandler } from './modules/meetings/meeting-minutes.service.js';
import { meetingCalendarHandler } from './modules/meetings/meeting-calendar.service.js';
import { QUARTERLY_REPORT_PATH, quarterlyReportHandler } from './modules/figures/quarterly-report-http.service.js';
import { OIDC_CALLBACK_PATH, oidcCallbackHandler, oidcStartHandler } from './modules/identity/sign-in.service.js';

export interface RunningServer {
  url: string;
  port: number;
  /** This instance's realtime fan-out: the LISTEN connection and the in-process hub. */
  realtime: { listener: PgEventListener; hub: EventHub };
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

function tokenOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie.length > 0 ? cookie : null;
}

interface ContextMeta {
  requestId: string;
  clientAddress: string;
  response: Response | null;
  /** Stamped as reason on audit entries without one (subscriptions: `SUBSCRIPTION <field>`). */
  auditMark?: string | null;
}

/** A request context for a session token (or none): a fresh EntityManager fork, actor and ability read from the database. */
async function contextForToken(
  orm: MikroORM,
  config: AppConfig,
  token: string | null,
  meta: ContextMeta,
): Promise<{ context: RequestContext; session: SessionRecord | null }> {
  const em = orm.em.fork();
  const found = token ? await sessionForToken(em, token) : null;
  const session = found?.session ?? null;
  const loaded = found?.loaded ?? null;
  const actor = loaded?.actor ?? null;
  const scope = actor ? accessScopeOf(actor) : null;
  const caseAccess = new CaseAccessRegistry(async (ids, via) =>
    scope ? loadCaseAccess(via ?? em, scope, ids) : new Map(),
  );
  const ability: AppAbility = actor ? defineAbilityFor(actor, caseAccess.peek) : anonymousAbility();
  const audit =
    actor && loaded && config.auditEnabled
      ? new RequestAudit(
          {
            userId: actor.userId,
            onBehalfOfUserId: null,
            organisationId: actor.organisationId,
            organisationType: actor.organisationType,
            roles: actor.roles,
            purpose: actor.purpose,
            requestId: meta.requestId,
          },
          loaded.grantByCase,
          meta.auditMark ?? null,
        )
      : null;
  const context: RequestContext = {
    requestId: meta.requestId,
    em,
    actor,
    ability,
    caseAccess,
    sessionId: session?.id ?? null,
    clientAddress: meta.clientAddress,
    config,
    response: meta.response,
    loaders: new Map(),
    audit,
    reloadActor: async () => (session ? actorOfSession(em, session.id) : null),
  };
  return { context, session };
}

async function contextFor(orm: MikroORM, config: AppConfig, req: Request, res: Response): Promise<RequestContext> {
  const requestId = currentRequestId() ?? randomUUID();
  const built = await contextForToken(orm, config, tokenOf(req), {
    requestId,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    response: res,
  });
  return built.context;
}

/** Same origin as the API (Host header), or one of the configured ALLOWED_ORIGINS. */
function isAllowedOrigin(config: AppConfig, origin: string, request: IncomingMessage): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (config.allowedOrigins.includes(parsed.origin)) return true;
  const forwardedHost = config.trustProxy ? request.headers['x-forwarded-host'] : undefined;
  const host =
    typeof forwardedHost === 'string' && forwardedHost.length > 0
      ? forwardedHost.split(',')[0]!.trim()
      : request.headers.host;
  return host !== undefined && parsed.host === host;
}

function securityHeaders(req: Request, res: Response, next: () => void): void {
  // Behind TLS (directly, or a proxy saying so with TRUST_PROXY): browsers keep to HTTPS from now on.
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}

const PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export async function startServer(
  orm: MikroORM,
  config: AppConfig,
  options: { port?: number } = {},
): Promise<RunningServer> {
  const production = config.nodeEnv === 'production';
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  const httpServer: Server = createServer(app);

  const armor = apiArmor();
  const schema = await appSchema();
  const protection = armor.protect();

  // Realtime: LISTEN on the database's event channel, fan out to this instance's subscriptions.
  const hub = new EventHub();
  const listener = new PgEventListener({
    connectionString: orm.config.getClientUrl(),
    channel: REALTIME_CHANNEL,
    onNotification: (payload) => {
      const event = parseRealtimeEvent(payload);
      if (event) hub.publish(event);
      else log.warn('realtime.malformed_event', {});
    },
  });
  await listener.start();
  const realtime = startRealtimeServer({
    httpServer,
    path: '/graphql',
    schema,
    hub,
    validationRules: protection.validationRules,
    sessionCookie: SESSION_COOKIE,
    trustProxy: config.trustProxy,
    isAllowedOrigin: (origin, request) => isAllowedOrigin(config, origin, request),
    contextForToken: async (token, meta) => {
      const built = await contextForToken(orm, config, token, { ...meta, response: null });
      return built.session && built.context.actor
        ? { context: built.context, expiresAt: built.session.expiresAt }
        : null;
    },
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: formatErrorFor(currentRequestId),
    validationRules: [...protection.validationRules],
    plugins: [
      // graphql-armor's typings resolve to Apollo's CJS build; the plugins are context-agnostic.
      ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Closes the websocket server (and its subscriptions) when Apollo stops.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await realtime.dispose();
              await listener.stop();
            },
          };
        },
      },
      auditPlugin(orm),
      idempotencyPlugin(),
      // Responses carry personal data and are never cached (Cache-Control: no-store is set on
      // /graphql below); Apollo's cache hints would only cost a hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    // The request id on every audit record and log line is the server's own: two clients sending
    // the same X-Request-Id must never share one. A well-formed client id is kept apart as a
    // correlation hint (log lines and the X-Correlation-Id answer header), never as the audit id.
    const requestId = randomUUID();
    const incoming = req.headers['x-request-id'];
    const correlationId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : null;
    res.setHeader('X-Request-Id', requestId);
    if (correlationId) res.setHeader('X-Correlation-Id', correlationId);
    requestScope.run({ requestId, correlationId }, next);
  });
  app.use(securityHeaders);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      // Answers carry personal data: no browser or proxy may keep them.
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    cookieParser(),
    requireJson,
    express.json({ limit: MAX_BODY_BYTES }),
    tokenLimit,
    nfcInput,
    expressMiddleware(apollo, { context: ({ req, res }) => contextFor(orm, config, req, res) }),
  );

  // Single sign-on per organisation (docs/identity.md).
  app.get('/auth/oidc/:organisationId/start', oidcStartHandler(orm, config));
  app.get(OIDC_CALLBACK_PATH, cookieParser(), oidcCallbackHandler(orm, config));

  app.get(
    '/api/plans/:caseId/versions/:file',
    cookieParser(),
    planPdfHandler((req, res) => contextFor(orm, config, req, res)),
  );
  app.get(
    '/api/meetings/:meetingId/minutes.pdf',
    cookieParser(),
    minutesPdfHandler((req, res) => contextFor(orm, config, req, res)),
  );
  app.get(
    '/api/meetings/:meetingId/calendar.ics',
    cookieParser(),
    meetingCalendarHandler((req, res) => contextFor(orm, config, req, res)),
  );
  app.get(
    QUARTERLY_REPORT_PATH,
    cookieParser(),
    quarterlyReportHandler((req, res) => contextFor(orm, config, req, res)),
  );

  if (existsSync(join(config.webDistDir, 'index.html'))) {
    app.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', PAGE_CSP);
      next();
    });
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|api\/|auth\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.sendFile(join(config.webDistDir, 'index.html'));
    });
  } else {
    log.warn('web.not_built', { dir: config.webDistDir });
  }
  // Whatever is left is answered in JSON, never with Express's HTML page and its stack trace.
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  const port = options.port ?? config.port;
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, config.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A busy port: stop what was started (realtime listener, Apollo) and let `serve` exit non-zero.
    log.error('server.listen_failed', {
      port,
      code:
        typeof error === 'object' && error !== null && 'code' in error
          ? String((error as { code: unknown }).code)
          : 'unknown',
    });
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${config.host}:${actualPort}`;
  log.info('server.started', { url, mode: config.nodeEnv });
  return {
    url,
    port: actualPort,
    realtime: { listener, hub },
    stop: async () => {
      await apollo.stop();
    },
  };
}
