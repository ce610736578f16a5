import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Compiled operations per parsed document, then per operation name (`''` for an anonymous one).
 * Keyed weakly by the document Apollo hands over: Apollo keeps validated documents in its own
 * bounded LRU store (`documentStore`) and returns the same object for the same query, so a
 * compiled operation lives exactly as long as its document stays in that store.
 */
type CompiledOperations = WeakMap<
  DocumentNode,
  Map<string, CompiledQuery | GatewayExecutionResult>
>;

/**
 * graphql-jit's errors carry no `extensions` when the thrown error had none, and Apollo's error
 * formatting reads `extensions.code`; rebuilt as graphql-js would have built them (same message,
 * path, original error and extensions), with the locations graphql-jit computed.
 */
function toGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}

function compile(
  cache: CompiledOperations,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): CompiledQuery | GatewayExecutionResult {
  let operations = cache.get(document);
  if (!operations) {
    operations = new Map();
    cache.set(document, operations);
  }
  const key = operationName ?? '';
  let compiled = operations.get(key);
  if (!compiled) {
    compiled = compileQuery(schema, document, operationName ?? undefined);
    operations.set(key, compiled);
  }
  return compiled;
}

/**
 * Coerces the variables as graphql-js does: graphql-js's messages and AST nodes for variables
 * graphql-jit refused (on the happy path only graphql-jit coerces them, once).
 */
function variableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): readonly GraphQLError[] | undefined {
  if (!operation.variableDefinitions?.length) return undefined;
  return getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 })
    .errors;
}

/**
 * Apollo Server 5 has no `executor` option; a gateway whose `load()` returns an executor is the
 * documented way to run operations with another engine. This one serves a fixed schema and runs
 * each operation through graphql-jit: compiled once per (document, operation name), then a plain
 * function call per request instead of graphql-js's field-by-field interpretation.
 */
export function createJitGateway(schema: GraphQLSchema): GatewayInterface {
  const cache: CompiledOperations = new WeakMap();
  const executor: GatewayExecutor = async (request) => {
    const variables = request.request.variables ?? {};
    const compiled = compile(cache, schema, request.document, request.operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    const result = await compiled.query(undefined, request.context, variables);
    if (!('data' in result)) {
      // graphql-jit refused the variables before running anything. Bad variables get graphql-js's
      // messages and AST nodes, which Apollo recognises as `BAD_USER_INPUT` (HTTP 400). Variables
      // graphql-js accepts (graphql-jit ignores the default of a non-null input field, e.g.
      // `role: MembershipRole! = MEMBER`): graphql-js executes this request.
      const invalid = variableErrors(schema, request.operation, variables);
      if (invalid) return { errors: invalid };
      return execute({
        schema,
        document: request.document,
        operationName: request.operationName,
        variableValues: variables,
        contextValue: request.context,
      });
    }
    // graphql-js's order: errors first, then data.
    return result.errors
      ? { errors: result.errors.map(toGraphQLError), data: result.data }
      : { data: result.data };
  };
  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}
