import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { createJitGateway } from './execution';

class CodedError extends Error {
  readonly extensions = { code: 'CONFLICT' };
}

const seen: GraphQLResolveInfo[] = [];
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    n: { type: new GraphQLNonNull(GraphQLInt) },
    plain: {
      type: GraphQLString,
      resolve: () => {
        throw new Error('plain failure');
      },
    },
    coded: {
      type: GraphQLString,
      resolve: () => {
        throw new CodedError('coded failure');
      },
    },
    seen: {
      type: GraphQLString,
      resolve: (_source, _args, _context, info) => {
        seen.push(info);
        return String(info.path.key);
      },
    },
  },
});
const EchoInput = new GraphQLInputObjectType({
  name: 'EchoInput',
  fields: {
    text: { type: new GraphQLNonNull(GraphQLString) },
    times: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 2 },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(EchoInput) } },
        resolve: (_source, { input }: { input: { text: string; times: number } }) =>
          input.text.repeat(input.times),
      },
      items: {
        type: new GraphQLList(Item),
        args: { count: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_source, { count }: { count: number }) =>
          Array.from({ length: count }, (_, n) => ({ n })),
      },
    },
  }),
});

async function executorOf(): Promise<GatewayExecutor> {
  const { executor } = await createJitGateway(schema).load({ apollo: {} });
  if (!executor) throw new Error('the gateway has no executor');
  return executor;
}

/** The part of Apollo's request context the executor reads. */
function request(
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null = null,
): GatewayGraphQLRequestContext {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName === null || definition.name?.value === operationName),
  );
  return {
    request: { variables },
    document,
    operation,
    operationName,
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

const QUERY = parse(`query Items($count: Int!) {
  items(count: $count) { n alias: seen plain coded }
}`);

describe('createJitGateway', () => {
  it('serves the schema it was given to Apollo', () => {
    const gateway = createJitGateway(schema);
    const loaded: GraphQLSchema[] = [];
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => loaded.push(apiSchema));
    expect(loaded).toEqual([schema]);
  });

  it('answers as graphql-js does, errors included', async () => {
    const executor = await executorOf();
    const viaJit = await executor(request(QUERY, { count: 2 }));
    const viaGraphqlJs = execute({ schema, document: QUERY, variableValues: { count: 2 } });
    expect(JSON.stringify(viaJit)).toBe(JSON.stringify(viaGraphqlJs));
  });

  it('gives every error graphql-js fields: extensions, path, locations and the original error', async () => {
    const executor = await executorOf();
    const { errors = [] } = await executor(request(QUERY, { count: 1 }));
    expect(errors.map((error) => error instanceof GraphQLError)).toEqual([true, true]);
    expect(errors.map((error) => error.extensions)).toEqual([{}, { code: 'CONFLICT' }]);
    expect(errors.map((error) => error.path)).toEqual([
      ['items', 0, 'plain'],
      ['items', 0, 'coded'],
    ]);
    expect(errors[0]?.locations).toEqual([{ line: 2, column: 40 }]);
    expect(errors[1]?.originalError).toBeInstanceOf(CodedError);
  });

  it('passes resolvers the response key as the path key', async () => {
    const executor = await executorOf();
    seen.length = 0;
    await executor(request(QUERY, { count: 1 }));
    expect(seen.map((info) => [info.path.key, info.fieldName, info.fieldNodes.length])).toEqual([
      ['alias', 'seen', 1],
    ]);
  });

  it('rejects bad variables with graphql-js errors, which Apollo answers as BAD_USER_INPUT', async () => {
    const executor = await executorOf();
    const result = await executor(request(QUERY, { count: 'two' }));
    const viaGraphqlJs = execute({ schema, document: QUERY, variableValues: { count: 'two' } });
    expect(result).toEqual(viaGraphqlJs);
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('applies the default of a non-null input field given in a variable, as graphql-js does', async () => {
    const executor = await executorOf();
    const document = parse('query($input: EchoInput!) { echo(input: $input) }');
    expect(await executor(request(document, { input: { text: 'ab' } }))).toEqual({
      data: { echo: 'abab' },
    });
  });

  it('runs the operation a request names', async () => {
    const executor = await executorOf();
    const document = parse('query A { items(count: 1) { n } } query B { items(count: 2) { n } }');
    expect(await executor(request(document, {}, 'B'))).toEqual({
      data: { items: [{ n: 0 }, { n: 1 }] },
    });
    expect(await executor(request(document, {}, 'A'))).toEqual({ data: { items: [{ n: 0 }] } });
  });
});
