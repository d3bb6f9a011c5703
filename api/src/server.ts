import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type MikroORM } from '@mikro-orm/postgresql';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import { anonymousAbility, defineAbilityFor, type AppAbility } from '@mda/authz';
import type { AppConfig } from './config/env.js';
import type { RequestContext } from './core/context/context.js';
import { currentRequestId, requestScope } from './core/context/request-scope.js';
import { formatErrorFor } from './core/graphql/format-error.js';
import { appSchema } from './core/graphql/schema.js';
import { log } from './core/log/logger.js';
import { actorFor, actorWithGrants, SESSION_COOKIE, sessionForToken } from './modules/identity/auth.service.js';
import { RequestAudit } from './core/context/request-audit.js';
import { auditPlugin } from './core/context/audit-plugin.js';
import { planPdfHandler } from './modules/plans/plan-pdf.service.js';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

function tokenOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie.length > 0 ? cookie : null;
}

async function contextFor(orm: MikroORM, config: AppConfig, req: Request, res: Response): Promise<RequestContext> {
  const em = orm.em.fork();
  const requestId = currentRequestId() ?? randomUUID();
  const token = tokenOf(req);
  const session = token ? await sessionForToken(em, token) : null;
  const loaded = session ? await actorWithGrants(em, session) : null;
  const actor = loaded?.actor ?? null;
  const ability: AppAbility = actor ? defineAbilityFor(actor) : anonymousAbility();
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
            requestId,
          },
          loaded.grantByCase,
        )
      : null;
  const context: RequestContext = {
    requestId,
    em,
    actor,
    ability,
    sessionId: session?.id ?? null,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    config,
    response: res,
    loaders: new Map(),
    audit,
    reloadActor: async () => (session ? actorFor(em, session) : null),
  };
  return context;
}

function securityHeaders(_req: Request, res: Response, next: () => void): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}

const PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export async function startServer(orm: MikroORM, config: AppConfig, options: { port?: number } = {}): Promise<RunningServer> {
  const production = config.nodeEnv === 'production';
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  const httpServer: Server = createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    schema: await appSchema(),
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
      auditPlugin(orm),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    requestScope.run({ requestId }, next);
  });
  app.use(securityHeaders);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '200kb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => contextFor(orm, config, req, res) }),
  );

  app.get('/api/plans/:caseId/versions/:file', cookieParser(), planPdfHandler((req, res) => contextFor(orm, config, req, res)));

  if (existsSync(join(config.webDistDir, 'index.html'))) {
    app.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', PAGE_CSP);
      next();
    });
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.sendFile(join(config.webDistDir, 'index.html'));
    });
  } else {
    log.warn('web.not_built', { dir: config.webDistDir });
  }

  const port = options.port ?? config.port;
  await new Promise<void>((resolve) => httpServer.listen(port, config.host, resolve));
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${config.host}:${actualPort}`;
  log.info('server.started', { url, mode: config.nodeEnv });
  return {
    url,
    port: actualPort,
    stop: async () => {
      await apollo.stop();
    },
  };
}
