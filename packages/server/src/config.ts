import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * The server's configuration, read from the environment once at start-up. This is the only file
 * that reads `process.env`; `.env.example` lists every variable.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: () => "must be one of 'true', 'false', '1', '0', 'yes', 'no'",
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** Access roles, from least to most (see auth.ts). */
export const ROLES = ['public', 'member', 'analyst', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Engines that run a validated operation: graphql-jit's compiled functions or graphql-js. */
export const GRAPHQL_EXECUTORS = ['jit', 'graphql-js'] as const;
export type GraphQLExecutorName = (typeof GRAPHQL_EXECUTORS)[number];

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: integer(0, 65535).default(4000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NEO4J_URI: z
      .url({ protocol: /^(bolt|neo4j)(\+s|\+ssc)?$/, error: 'must be a bolt:// or neo4j:// URI' })
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_DATA_DIR: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, '.data', 'neo4j')),
    NEO4J_BOLT_PORT: integer(0, 65535).default(0),
    NEO4J_HEAP_MB: integer(256, 65536).default(768),
    NEO4J_PAGECACHE_MB: integer(16, 65536).default(256),
    NEO4J_TRACE: booleanFlag.default(false),
    NEO4J_TX_TIMEOUT_MS: integer(100, 3_600_000).default(10_000),
    ANALYSIS_WORKERS: integer(0, 64).optional(),
    ANALYSIS_QUEUE: integer(0, 10_000).default(32),
    GRAPHQL_EXECUTOR: z.enum(GRAPHQL_EXECUTORS).default('jit'),
    SEED_DEMO_DATA: booleanFlag.default(true),
    AUTH_TOKENS: z
      .string()
      .regex(
        /^([^:,\s]{16,}:(public|member|analyst|coordinator|admin):[^,]+)(,[^:,\s]{16,}:(public|member|analyst|coordinator|admin):[^,]+)*$/,
        {
          error:
            'must be a comma-separated list of TOKEN:ROLE:NAME (tokens of 16+ characters; roles public, member, analyst, coordinator, admin)',
        },
      )
      .optional(),
    ANONYMOUS_ROLE: z.enum(ROLES).optional(),
    OIDC_ISSUER: z
      .url({
        protocol: /^https?$/,
        error: 'must be an http(s) URL (the issuer of the access tokens)',
      })
      .optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_DISCOVERY_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    OIDC_ROLES_CLAIM: z
      .string()
      .regex(/^[^.\s]+(\.[^.\s]+)*$/, { error: 'must be a claim name or a dotted path to one' })
      .default('realm_access.roles'),
    OIDC_ROLE_PREFIX: z.string().default(''),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLOCK_TOLERANCE_SECONDS: integer(0, 300).default(30),
    CLIENT_DIST_DIR: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, 'packages', 'client', 'dist')),
    BACKUP_DIR: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, '.data', 'backups')),
    BACKUP_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be HH:MM (UTC)' })
      .default('02:30'),
    BACKUP_KEEP_DAYS: integer(1, 3650).default(14),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_TRACE && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_TRACE'],
        message: 'must not be enabled in production',
      });
    }
    if (env.NODE_ENV === 'production' && !env.NEO4J_URI) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_URI'],
        message: 'is required in production (the embedded database is for development and tests)',
      });
    }
    // Production signs in through the identity provider only (docs/decisions/010-sign-in.md).
    if (env.NODE_ENV === 'production' && env.AUTH_TOKENS) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_TOKENS'],
        message:
          'must not be set in production (static tokens are for development and tests; use OIDC_ISSUER)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.OIDC_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'is required in production (sign-in through an OpenID Connect provider)',
      });
    }
    for (const name of ['OIDC_AUDIENCE', 'OIDC_CLIENT_ID'] as const) {
      if (env.OIDC_ISSUER && !env[name]) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required with OIDC_ISSUER' });
      }
    }
  });

/** Names of every variable the server reads, for `.env.example` and the compose file's test. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape) as readonly string[];

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly neo4j: {
    /** Undefined: start the embedded database. */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string | undefined;
    readonly database: string;
    readonly trace: boolean;
    /** Every transaction is terminated by the database after this long (ms). */
    readonly txTimeoutMs: number;
    readonly embedded: {
      readonly dataDir: string;
      readonly boltPort: number;
      readonly heapMb: number;
      readonly pageCacheMb: number;
    };
  };
  /** Engine that runs validated operations (docs/decisions/008-graphql-execution.md). */
  readonly graphqlExecutor: GraphQLExecutorName;
  /** Threads that run the analyses (docs/decisions/012-analyses-off-the-event-loop.md). */
  readonly analysis: {
    /** Worker threads; 0 runs analyses on the main thread (not for production). */
    readonly workers: number;
    /** Analyses that may wait for a thread; more answer SERVER_BUSY. */
    readonly maxQueue: number;
  };
  readonly seedDemoData: boolean;
  readonly clientDistDir: string;
  /** The scheduled backup (decision 034): where, when (HH:MM UTC) and for how many days. */
  readonly backup: { readonly dir: string; readonly time: string; readonly keepDays: number };
  readonly auth: {
    /** Bearer token → who that is. */
    readonly tokens: ReadonlyMap<string, { readonly role: Role; readonly name: string }>;
    /** Role of a request without a token: public in production, coordinator otherwise. */
    readonly anonymousRole: Role;
    /** Sign-in through an OpenID Connect provider; undefined: static tokens only. */
    readonly oidc: OidcConfig | undefined;
  };
}

/** How access tokens of the OpenID Connect provider are checked and read (auth.ts, oidc.ts). */
export interface OidcConfig {
  /** Expected `iss`, exactly as the provider writes it. */
  readonly issuer: string;
  /** Expected `aud` (the API's audience). */
  readonly audience: string;
  /** Where the provider's metadata is read (default: the issuer's `/.well-known/openid-configuration`). */
  readonly discoveryUrl: string;
  /** Dotted path of the claim that lists the user's roles, e.g. `realm_access.roles`. */
  readonly rolesClaim: string;
  /** Prefix of the provider's role names (`schutznetz-coordinator` → coordinator). */
  readonly rolePrefix: string;
  /** The web client's public client id, announced to the browser. */
  readonly clientId: string;
  /** Seconds of clock skew accepted on `exp`, `nbf` and `iat`. */
  readonly clockToleranceSeconds: number;
}

/** What a caller may do: public < member < analyst < coordinator < admin (see README). */

/** Raised when the environment is incomplete or malformed; the message names each variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses and checks the environment; throws a {@link ConfigError} naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most .env tooling.
  const defined = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const raw = typeof issue.path[0] === 'string' ? defined[issue.path[0]] : undefined;
        return `${name} ${issue.message}${raw === undefined ? '' : ` (got '${raw}')`}`;
      }),
    );
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      trace: env.NEO4J_TRACE,
      txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
      embedded: {
        dataDir: path.resolve(env.NEO4J_DATA_DIR),
        boltPort: env.NEO4J_BOLT_PORT,
        heapMb: env.NEO4J_HEAP_MB,
        pageCacheMb: env.NEO4J_PAGECACHE_MB,
      },
    },
    graphqlExecutor: env.GRAPHQL_EXECUTOR,
    analysis: {
      workers: env.ANALYSIS_WORKERS ?? Math.max(1, availableParallelism() - 1),
      maxQueue: env.ANALYSIS_QUEUE,
    },
    seedDemoData: env.SEED_DEMO_DATA,
    auth: {
      tokens: new Map(
        (env.AUTH_TOKENS ?? '')
          .split(',')
          .filter(Boolean)
          .map((entry) => {
            const [token = '', role = 'public', ...name] = entry.split(':');
            return [token, { role: role as Role, name: name.join(':') }];
          }),
      ),
      anonymousRole:
        env.ANONYMOUS_ROLE ?? (env.NODE_ENV === 'production' ? 'public' : 'coordinator'),
      oidc: env.OIDC_ISSUER
        ? {
            issuer: env.OIDC_ISSUER,
            audience: env.OIDC_AUDIENCE ?? '',
            discoveryUrl:
              env.OIDC_DISCOVERY_URL ??
              `${env.OIDC_ISSUER.replace(/\/+$/, '')}/.well-known/openid-configuration`,
            rolesClaim: env.OIDC_ROLES_CLAIM,
            rolePrefix: env.OIDC_ROLE_PREFIX,
            clientId: env.OIDC_CLIENT_ID ?? '',
            clockToleranceSeconds: env.OIDC_CLOCK_TOLERANCE_SECONDS,
          }
        : undefined,
    },
    clientDistDir: path.resolve(env.CLIENT_DIST_DIR),
    backup: {
      dir: path.resolve(env.BACKUP_DIR),
      time: env.BACKUP_TIME,
      keepDays: env.BACKUP_KEEP_DAYS,
    },
  };
}
