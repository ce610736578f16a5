import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import { GRAPHQL_BODY_LIMIT } from './graphql/http';
import type { Logger } from './logger';

export interface SecurityHeaderOptions {
  readonly production: boolean;
  /** Origins besides the server's own that the client may fetch from (e.g. the identity provider). */
  readonly connectSources?: readonly string[];
}

/**
 * The one inline stylesheet the client needs: Cytoscape adds this `<style>` element to the page
 * the first time it draws (its container must be positioned). Allowed by its hash, so no other
 * inline style element is.
 */
const CYTOSCAPE_STYLESHEET_HASH = `'sha256-${createHash('sha256')
  .update('.__________cytoscape_container { position: relative; }')
  .digest('base64')}'`;

/**
 * The Content-Security-Policy of the client and the API: everything from the server's own origin,
 * no inline or foreign script, no plugins, no inline styles but Cytoscape's one stylesheet, not
 * framed by anyone.
 */
function contentSecurityPolicy(connectSources: readonly string[]) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'connect-src': ["'self'", ...connectSources],
      'font-src': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'object-src': ["'none'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", CYTOSCAPE_STYLESHEET_HASH],
    },
  };
}

/**
 * Security headers of every response (helmet): the CSP above, `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY` and helmet's other defaults. In
 * development `GET /graphql` (Apollo Sandbox, which loads from Apollo's CDN and sets a CSP of its
 * own in the page) gets every header but the CSP; production serves its own page there.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    frameguard: { action: 'deny' as const },
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: contentSecurityPolicy(options.connectSources ?? []),
  });
  if (options.production) return strict;
  const sandbox = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => {
    if (req.method === 'GET' && req.path === '/graphql') sandbox(req, res, next);
    else strict(req, res, next);
  };
}

/** What `GET /graphql` shows a browser in production: no script, no style, nothing from elsewhere. */
export const API_LANDING_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Schutznetz GraphQL API</title></head>
<body>
<h1>Schutznetz GraphQL API</h1>
<p>Send GraphQL queries to this address as POST requests with a JSON body
(<code>{"query": "{ systemStatus { version } }"}</code>).</p>
<p>The web client is at <a href="/">/</a>.</p>
</body>
</html>
`;

/**
 * Replaces Apollo's production landing page, which loads its script and fonts from Apollo's CDN,
 * with {@link API_LANDING_PAGE}.
 */
export function selfContainedLandingPage<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    serverWillStart() {
      return Promise.resolve({
        renderLandingPage: () => Promise.resolve({ html: API_LANDING_PAGE }),
      });
    },
  };
}

/** The status an error from a middleware (body-parser, static files) asks for, else 500. */
function statusOf(error: unknown): number {
  const record = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const status = typeof record.status === 'number' ? record.status : record.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function describe(status: number, error: unknown): { code: string; message: string } {
  const type = (error as { type?: unknown } | null)?.type;
  if (status === 413) {
    return {
      code: 'PAYLOAD_TOO_LARGE',
      message: `The request body is larger than ${GRAPHQL_BODY_LIMIT / 1024 / 1024} MiB.`,
    };
  }
  if (type === 'entity.parse.failed') {
    return { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
  }
  if (status === 415) {
    return {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'The request body has a character set or encoding the server does not read.',
    };
  }
  if (status < 500) return { code: 'BAD_REQUEST', message: 'The request is malformed.' };
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/**
 * The last Express handler: any error a middleware passes on (a body over the limit, malformed
 * JSON, a failure while sending) answers as a GraphQL-shaped JSON error with a stable
 * `extensions.code`, in every mode: never Express's HTML page, never a stack trace or a path.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
  return (error: unknown, req, res, _next) => {
    const status = statusOf(error);
    if (status >= 500) logger.error({ err: error, url: req.originalUrl }, 'unexpected HTTP error');
    if (res.headersSent) {
      // Too late for an answer of its own: end the response, as Express would.
      req.socket.destroy();
      return;
    }
    const { code, message } = describe(status, error);
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
}
