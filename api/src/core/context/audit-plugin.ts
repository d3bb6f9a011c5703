import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import { log } from '../log/logger.js';

/**
 * Ends every request's audit: refused operations (FORBIDDEN) are recorded as DENIED, and the
 * buffered reads are written in one INSERT before the response leaves. If that write fails,
 * the response carries no data: nothing is disclosed that is not on record.
 */
export function auditPlugin(orm: MikroORM): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operation }) {
          for (const error of errors) {
            if (error.extensions?.code !== 'FORBIDDEN') continue;
            contextValue.audit?.record({
              action: 'DENIED',
              subjectType: 'Operation',
              subjectId: String(error.path?.[0] ?? operation?.name?.value ?? 'unknown'),
              caseId: null,
              dataSubjectIds: [],
              fields: [],
              categories: [],
              outcome: 'DENIED',
              reason: 'FORBIDDEN',
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.audit || contextValue.audit.pending === 0) return;
          try {
            await contextValue.audit.flush(orm.em.fork());
          } catch (error) {
            log.error('audit.flush_failed', { requestId: contextValue.requestId, kind: error instanceof Error ? error.constructor.name : 'unknown' });
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
