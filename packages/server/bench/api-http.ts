/**
 * HTTP for the API bench: its keep-alive client, and the transport floor it compares GraphQL with
 * (the hand-written statement behind a minimal JSON endpoint).
 */
import http from 'node:http';
import type { RunningApp } from '@schutznetz/server/dist/app';
import type { Driver } from 'neo4j-driver';
import type { BenchQuery } from '@schutznetz/server/dist/test/bench-queries';

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
  extensions?: { neo4j?: { roundTrips: number; dbMs: number } };
}

/**
 * The transport floor: the hand-written statement behind the smallest JSON endpoint Node can
 * have — node:http, the request body parsed, one auto-commit read, `JSON.stringify({ data })` —
 * so that the report can tell what answering over HTTP in JSON costs from what the GraphQL layer
 * costs. `POST /<query id>` runs that query with its parameters.
 */
export interface CypherEndpoint {
  readonly url: URL;
  readonly queries: Map<string, BenchQuery>;
  close(): Promise<void>;
}

export async function startCypherEndpoint(
  driver: Driver,
  database: string,
): Promise<CypherEndpoint> {
  const queries = new Map<string, BenchQuery>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const query = queries.get(request.url?.slice(1) ?? '');
      if (!query) {
        response.writeHead(404).end();
        return;
      }
      const session = driver.session({
        database,
        defaultAccessMode: 'READ',
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      session
        .run(query.cypher, query.params)
        .then((result) => {
          const body = Buffer.from(
            JSON.stringify({ data: result.records[0]?.get('data') as unknown }),
          );
          response.writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            'content-length': body.length,
          });
          response.end(body);
        })
        .catch((error: unknown) => {
          console.error(error);
          response.writeHead(500).end();
        })
        .finally(() => void session.close());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: new URL(`http://127.0.0.1:${address.port}/`),
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/**
 * The bench's HTTP client: node:http on a keep-alive connection, as a GraphQL client library
 * would hold one. (`fetch` adds ~0.2 ms per request of WHATWG streams on the client side, which
 * is not the server's cost; measured in isolation on this machine.)
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function postJson(url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: keepAlive,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function postGraphQL(
  app: RunningApp,
  query: string,
  variables: Readonly<Record<string, unknown>> = {},
): Promise<GraphQLResponse> {
  const { status, text } = await postJson(
    new URL('/graphql', app.url),
    JSON.stringify({ query, variables }),
  );
  const body = JSON.parse(text) as GraphQLResponse;
  if (status !== 200 || body.errors?.length) {
    throw new Error(`GraphQL request failed (HTTP ${status}): ${JSON.stringify(body.errors)}`);
  }
  return body;
}
