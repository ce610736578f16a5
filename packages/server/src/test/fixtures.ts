import { startTestApi, type GraphQLResult, type TestApi } from './graphql';

/**
 * The API a test file works with: started by `start` (by default on a freshly reset, empty
 * database) before the file's tests or the enclosing `describe`'s, closed after them. The object
 * returned stands for the running API, so a file declares it once:
 * `const api = useTestApi();`.
 */
export function useTestApi(
  start: () => Promise<TestApi> = () => startTestApi(),
  timeoutMs = 120_000,
): TestApi {
  let running: TestApi | undefined;
  beforeAll(async () => {
    running = await start();
  }, timeoutMs);
  afterAll(async () => {
    await running?.close();
  });
  const current = (): TestApi => {
    if (running === undefined) throw new Error('the test API runs only inside tests and hooks');
    return running;
  };
  // Every property reaches the API running at the time of the call.
  return new Proxy({} as TestApi, {
    get(_target, key) {
      const api = current();
      const value: unknown = Reflect.get(api, key);
      return typeof value === 'function' ? (value as () => unknown).bind(api) : value;
    },
  });
}

/** A connection (a page of a list) as the API answers it. */
export interface Connection<Node> {
  totalCount: number;
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const CREATE_INSTITUTION = `
mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`;

/** Creates an institution through the API (as the viewer without a token) and returns its id. */
export async function createInstitution(
  api: TestApi,
  name: string,
  kind: string,
  municipality = 'koethen',
): Promise<string> {
  const result = await api.query<{ createInstitution: { id: string } }>(CREATE_INSTITUTION, {
    input: { name, kind, municipality },
  });
  expect(result.errors).toBeUndefined();
  const id = result.data?.createInstitution.id;
  if (id === undefined) throw new Error(`no institution created: ${JSON.stringify(result)}`);
  return id;
}

/** Expects a refused request: no data, and a first error with `code` naming `field`. */
export function expectError(
  result: GraphQLResult,
  code: string,
  field: string,
  message?: RegExp,
): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
  if (message) expect(result.errors?.[0]?.message).toMatch(message);
}
