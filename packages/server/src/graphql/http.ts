import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Largest request body `/graphql` accepts (body-parser's `limit`): 12 MiB, so that a county's list
 * of 10,000 institutions fits as an import's file in base64 (a CSV of 1.8 MB is 2.4 MB; an import
 * reads files of up to 8 MB, decision 031). Other requests stay far below it.
 */
export const GRAPHQL_BODY_LIMIT = 12 * 1024 * 1024;

/** `application/json`, with no charset or UTF-8: what the lean path reads itself. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** The error body-parser passes on for a body that is not JSON (Express answers it with 400). */
function parseError(cause: unknown, body: string): Error {
  const error = cause instanceof Error ? cause : new SyntaxError(String(cause));
  return Object.assign(error, {
    status: 400,
    statusCode: 400,
    expose: true,
    type: 'entity.parse.failed',
    body,
  });
}

/** Parses a request body as `express.json()` does (strict: an object or an array; empty = {}). */
function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/.exec(body)?.[1];
  if (first !== '{' && first !== '[') {
    throw new SyntaxError(
      `Unexpected token '${first ?? ''}', "${body.slice(0, 10)}" is not valid JSON`,
    );
  }
  return JSON.parse(body) as unknown;
}

/**
 * `POST /graphql` without the generic per-request work of `express.json()` and Apollo's Express
 * integration: no type-is/charset/inflate/raw-body pipeline, no legacy `url.parse`, no SHA-1 ETag
 * of every response body (`res.send`), which nothing caches for a POST. The request is handed to
 * Apollo's `executeHTTPGraphQLRequest` exactly as the integration does (method, headers, search,
 * parsed body), so CSRF prevention, content negotiation, status codes and error bodies stay
 * Apollo's. Only a plain UTF-8 JSON body with a declared length within the limit takes this path;
 * anything else (compressed, another charset, chunked, too large) is passed on (`next()`) to
 * `express.json()` and `expressMiddleware`, mounted after it, as before; so is every GET.
 */
export function graphqlPostHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (args: { req: Request; res: Response }) => Promise<TContext>,
): RequestHandler {
  const lean = (req: Request, res: Response, next: NextFunction): void => {
    const length = Number(req.headers['content-length']);
    const encoding = req.headers['content-encoding'];
    if (
      req.method !== 'POST' ||
      !PLAIN_JSON.test(req.headers['content-type'] ?? '') ||
      (encoding !== undefined && encoding.toLowerCase() !== 'identity') ||
      !Number.isInteger(length) ||
      length > GRAPHQL_BODY_LIMIT
    ) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', next);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = parseJson(text);
      } catch (error) {
        next(parseError(error, text));
        return;
      }
      respond(req, res, body).catch(next);
    });
  };

  const respond = async (req: Request, res: Response, body: unknown): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers,
        search: query < 0 ? '' : req.url.slice(query),
        body,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Encoded once: its length and the bytes sent (not a length pass and then an encoding).
      const bytes = Buffer.from(response.body.string, 'utf8');
      res.setHeader('content-length', bytes.length);
      res.end(bytes);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return lean;
}
