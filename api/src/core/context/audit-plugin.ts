import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import { log } from '../log/logger.js';
import { RequestAudit } from './request-audit.js';
import { refusalOf } from './refusal.js';

/** The actor of a record of an attempt without a valid session: nobody known, no organisation. */
export const ANONYMOUS_ACTOR = {
  userId: '00000000-0000-0000-0000-000000000000',
  organisationId: '00000000-0000-0000-0000-000000000000',
  organisationType: 'ANONYMOUS',
} as const;

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Ends every request's audit: refused operations (FORBIDDEN, UNAUTHENTICATED) are recorded as
 * DENIED with the case, persons, fields and categories they were about, and the
 * buffered reads are written in one INSERT before the response leaves. If that write fails,
 * the response carries no data: nothing is disclosed that is not on record.
 */
export function auditPlugin(orm: MikroORM): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operation, request, schema }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code !== 'string' || !REFUSALS.has(code)) continue;
            // An attempt without a (valid) session is on record too, under the anonymous actor.
            if (!contextValue.audit && !contextValue.actor && contextValue.config.auditEnabled) {
              contextValue.audit = new RequestAudit(
                {
                  ...ANONYMOUS_ACTOR,
                  onBehalfOfUserId: null,
                  roles: [],
                  purpose: null,
                  requestId: contextValue.requestId,
                },
                new Map(),
              );
            }
            // The case, persons, fields and categories the refused operation was about, from its own arguments.
            const about = refusalOf(
              schema,
              operation ?? undefined,
              request.variables,
              String(error.path?.[0] ?? operation?.name?.value ?? 'unknown'),
            );
            contextValue.audit?.record({ action: 'DENIED', ...about, outcome: 'DENIED', reason: code });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.audit || contextValue.audit.pending === 0) return;
          try {
            await contextValue.audit.flush(orm.em.fork());
          } catch (error) {
            log.error('audit.flush_failed', {
              requestId: contextValue.requestId,
              kind: error instanceof Error ? error.constructor.name : 'unknown',
            });
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [
                  {
                    message: `De toegang kon niet worden vastgelegd; er worden geen gegevens getoond. Referentie ${contextValue.requestId}. / Access could not be recorded; no data is shown.`,
                    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                  },
                ],
              };
            }
            response.http.status = 500;
          }
        },
      };
    },
  };
}
