import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { ValidationError } from 'class-validator';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { ArgumentValidationError, AuthorizationError } from 'type-graphql';
import type { Config } from './config';
import { SIGN_IN_SETTINGS_PATH } from '@schutznetz/domain';
import { createAuthenticator, signInSettings } from './auth';
import { createContext, type Context } from './context';
import { isAppError } from './errors';
import { viewerOfRequest } from './graphql/authentication';
import { analysisLimitPlugin } from './graphql/analysis-limit';
import { pageLimitPlugin } from './graphql/page-limit';
import { createJitGateway } from './graphql/execution';
import { GRAPHQL_BODY_LIMIT, graphqlPostHandler } from './graphql/http';
import { jsonErrorHandler, securityHeaders, selfContainedLandingPage } from './http-hygiene';
import type { Logger } from './logger';
import { pingDatabase } from './neo4j/executor';
import type { AnalysisCache } from './analysis-graph/cache';
import { createAnalysisCache } from './analysis-graph/cache.factory';
import { AnalysisPool } from './analysis-graph/pool';
import { analysisWorkerEntry } from './modules/analysis/analysis.jobs';
import { warmExplorer } from './modules/network-graph/network-graph.warm';
import { buildAppSchema } from './schema';
import { EXPORTS, exportRouter } from './exports';

export interface AppDependencies {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
  /**
   * The in-memory graph all requests share; by default a new one over `driver` (tests and
   * benchmarks pass their own to set its options or watch it).
   */
  readonly analysisCache?: AnalysisCache;
  /**
   * Prepares the explorer's county graph before listening, so the first visit after a start does
   * not wait for it (the production start sets it; tests leave it off).
   */
  readonly warmUp?: boolean;
}

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests and waits for running ones (the driver is the caller's). */
  stop(): Promise<void>;
}

/** Tokens a GraphQL document may have at most. */
const MAX_TOKENS = 5_000;

/** Codes that Apollo and graphql-js set themselves for problems with the request. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  // Sign-in cannot be checked while the identity provider is unreachable (graphql/authentication.ts).
  'IDENTITY_PROVIDER_UNAVAILABLE',
  // Refused before anything ran: too many large requests wait already (graphql/page-limit.ts).
  'SERVER_BUSY',
]);

/** class-validator's nested errors as a flat list of field paths ("openingHours.0.opens"). */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  prefix = '',
): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => ({ field, message })),
      ...flattenValidationErrors(error.children ?? [], field),
    ];
  });
}

/**
 * Turns any error into what a client may see: the server's own errors keep their message, code
 * and field; class-validator failures name each field; anything else is logged and masked.
 * Stack traces never leave the server.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };
    if (isAppError(original)) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...original.details },
      };
    }
    if (original instanceof AuthorizationError) {
      return {
        ...base,
        message: 'Your role does not allow this. Ask a network coordinator.',
        extensions: { code: 'FORBIDDEN' },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidationErrors(original.extensions.validationErrors);
      return {
        ...base,
        message: problems[0] ? `${problems[0].field}: ${problems[0].message}` : formatted.message,
        extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Adds `extensions.neo4j = { roundTrips, dbMs }` to each response when tracing is on. */
const neo4jTracePlugin: ApolloServerPlugin<Context> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ contextValue, response }) {
        const trace = contextValue.trace;
        if (trace && response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            neo4j: { roundTrips: trace.roundTrips, dbMs: Math.round(trace.dbMs * 100) / 100 },
          };
        }
        return Promise.resolve();
      },
    });
  },
};

/** Builds the HTTP app (GraphQL, health, the built client) and starts listening. */
export async function startApp(deps: AppDependencies): Promise<RunningApp> {
  const { config, driver, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on `res.send` bodies (a SHA-1 of every GraphQL response; nothing caches a POST).
  // Static files keep theirs: express.static and res.sendFile set their own.
  app.set('etag', false);
  const production = config.env === 'production';
  // The client signs in at the identity provider: its origin is the one the page may fetch from.
  const identityProvider = config.auth.oidc ? [new URL(config.auth.oidc.issuer).origin] : [];
  app.use(securityHeaders({ production, connectSources: identityProvider }));
  const httpServer = http.createServer(app);

  // Analysts write their own queries: bound depth, cost, aliases and size before anything runs.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    // graphql-armor weighs fields by depth, not by list length: this bound stops pathological
    // queries, while list sizes are bounded by `first` (≤ 200) on every connection.
    costLimit: { maxCost: 100_000 },
    // __typename aliases count too: 1000 of them are refused like any others (issue 10.3).
    maxAliases: { n: 50, allowList: [] },
    // graphql-js counts the tokens while parsing (`parseOptions` below): a document past the
    // limit is a syntax error, HTTP 400; armor's own token plugin throws where Apollo answers 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<Context>({
    // Apollo parses and validates either way; graphql-jit, when chosen, only runs the operation.
    ...(config.graphqlExecutor === 'jit' ? { gateway: createJitGateway(schema) } : { schema }),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(logger),
    validationRules: armor.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are set; the default cache-control plugin would hook every field.
      ApolloServerPluginCacheControlDisabled(),
      neo4jTracePlugin,
      // Apollo's production landing page loads from its CDN; ours is self-contained.
      ...(production ? [selfContainedLandingPage<Context>()] : []),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      analysisLimitPlugin<Context>(),
      pageLimitPlugin<Context>(),
    ],
  });
  await apollo.start();

  // Analyses run on worker threads, never on the event loop (decision 012); stop() ends them.
  const analysisPool =
    config.analysis.workers > 0
      ? new AnalysisPool({
          threads: config.analysis.workers,
          maxQueue: config.analysis.maxQueue,
          worker: analysisWorkerEntry(),
        })
      : undefined;
  // One graph in memory per graph version for the whole app; request writes invalidate it.
  const analysisCache =
    deps.analysisCache ??
    createAnalysisCache(driver, config.neo4j.database, logger, {
      txTimeoutMs: config.neo4j.txTimeoutMs,
    });
  const contextDeps = {
    config,
    driver,
    logger,
    analysisCache,
    ...(analysisPool === undefined ? {} : { analysisPool }),
  };

  // A wrong, expired or unknown token is refused with 401 here, before anything runs.
  const authenticator = createAuthenticator(config.auth);
  const context = async ({ req }: { req: express.Request }): Promise<Context> => {
    const header = req.headers['x-request-id'];
    const viewer = await viewerOfRequest(authenticator, req.headers.authorization, logger);
    return createContext(
      contextDeps,
      viewer,
      typeof header === 'string' && header ? header.slice(0, 100) : undefined,
    );
  };
  // First route: GraphQL POSTs, the hot path, skip the generic body parsing (graphql/http.ts).
  app.post('/graphql', graphqlPostHandler(apollo, context));

  // Files to download (CSV, XLSX, iCal, PDF) with the API's sign-in and roles (exports/).
  app.use(
    '/export',
    exportRouter({
      exports: EXPORTS,
      authenticator,
      contextFor: (viewer, requestId) => createContext(contextDeps, viewer, requestId),
      logger,
    }),
  );

  // What the web client needs to offer sign-in (issuer and public client id; nothing secret).
  const signIn = signInSettings(config.auth);
  app.get(SIGN_IN_SETTINGS_PATH, (_req, res) => {
    res.json(signIn);
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const databaseReachable = await pingDatabase(driver, config.neo4j.database);
    res
      .status(databaseReachable ? 200 : 503)
      .json({ status: databaseReachable ? 'ready' : 'not-ready', database: databaseReachable });
  });

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, { context }),
  );

  if (existsSync(path.join(config.clientDistDir, 'index.html'))) {
    app.use(express.static(config.clientDistDir, { index: false, maxAge: '1h' }));
    // The client routes on its own: every other GET that wants HTML gets its shell.
    app.get(/^\/(?!graphql|health|export).*/, (req, res, next) => {
      if (!req.accepts('html')) {
        next();
        return;
      }
      res.sendFile(path.join(config.clientDistDir, 'index.html'));
    });
  } else {
    logger.warn({ dir: config.clientDistDir }, 'client build not found; serving the API only');
  }
  // Last: errors of the middlewares above (body too large, malformed JSON) answer JSON.
  app.use(jsonErrorHandler(logger));

  if (deps.warmUp === true) {
    const warmViewer = { name: 'warm-up', role: 'public' } as const;
    await warmExplorer(createContext(contextDeps, warmViewer).services.networkGraph, logger);
  }
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
      await analysisPool?.destroy();
    },
  };
}
