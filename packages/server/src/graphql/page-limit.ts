import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  OperationTypeNode,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { countAnalyses } from './analysis-limit';

/**
 * Items of pages one request may ask for at most: every connection counts its `first` (or its
 * default) times the `first` of every page it is nested in. Five pages of 200 fit (the web
 * client asks for four at most); 200 institutions each with the default page of 20 institutions
 * of their municipality (4,200) do not.
 */
export const MAX_PAGE_ITEMS = 1_000;

/** A connection field: returns a `…Connection` and takes `first`. */
function pageSize(
  schemaType: GraphQLNamedType,
  fieldName: string,
  firstArgument: number | undefined,
): number | null {
  if (!isObjectType(schemaType)) return null;
  const field = schemaType.getFields()[fieldName];
  if (field === undefined || !getNamedType(field.type).name.endsWith('Connection')) return null;
  const first = field.args.find((arg) => arg.name === 'first');
  if (first === undefined) return null;
  if (firstArgument !== undefined) return firstArgument;
  return typeof first.defaultValue === 'number' ? first.defaultValue : null;
}

/**
 * The items of pages an operation asks for: for each connection field, its page size times the
 * page sizes of the connections around it, over every alias and fragment spread. Plain lists
 * count as one (their length is bounded by one entry's relationships). Stops past `stopAbove`.
 */
export function countPageItems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  stopAbove: number,
): number {
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (root == null) return 0;
  let total = 0;
  const walk = (set: SelectionSetNode, type: GraphQLNamedType, multiplier: number): void => {
    for (const selection of set.selections) {
      if (total > stopAbove) return;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        walk(selection.selectionSet, condition ?? type, multiplier);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment !== undefined) walk(fragment.selectionSet, condition ?? type, multiplier);
        continue;
      }
      if (selection.selectionSet === undefined || !isObjectType(type)) continue;
      const field = type.getFields()[selection.name.value];
      if (field === undefined) continue;
      const firstNode = selection.arguments?.find((arg) => arg.name.value === 'first');
      const firstArg = field.args.find((arg) => arg.name === 'first');
      const given =
        firstNode !== undefined && firstArg !== undefined
          ? valueFromAST(firstNode.value, firstArg.type, variables)
          : undefined;
      const size = pageSize(
        type,
        selection.name.value,
        typeof given === 'number' ? given : undefined,
      );
      const inner = size === null ? multiplier : multiplier * size;
      if (size !== null) total += inner;
      walk(selection.selectionSet, getNamedType(field.type), inner);
    }
  };
  walk(operation.selectionSet, root, 1);
  return total;
}

/**
 * Requests asking for more items of pages than this, and requests running an analysis, are large
 * reads: at most {@link LARGE_READS_AT_ONCE} of them execute at a time, the others wait their turn.
 */
export const LARGE_READ_ITEMS = 100;
export const LARGE_READS_AT_ONCE = 2;
/** Large reads that may wait for their turn; more are refused with SERVER_BUSY (HTTP 503). */
export const LARGE_READS_WAITING = 64;

/** A counting semaphore: `acquire` resolves with a release function once a slot is free. */
export class Gate {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(
    slots: number,
    /** Callers that may wait at most; `acquire` answers null when as many wait already. */
    private readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {
    this.free = slots;
  }

  async acquire(): Promise<(() => void) | null> {
    if (this.free > 0) {
      this.free -= 1;
    } else {
      if (this.waiting.length >= this.maxWaiting) return null;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next === undefined) this.free += 1;
      else next();
    };
  }
}

/**
 * Refuses, before anything runs, an operation whose nested pages multiply past
 * {@link MAX_PAGE_ITEMS} (graphql-armor's cost limit weighs depth, not page sizes): one request
 * cannot make the server assemble a response of thousands of entries. HTTP 400. Requests of more
 * than {@link LARGE_READ_ITEMS} items, and analyses, execute {@link LARGE_READS_AT_ONCE} at a time.
 */
export function pageLimitPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  // Large reads take turns: the event loop never has more than a few large responses to
  // assemble at once, so small requests are answered in between (decision 012).
  const largeReads = new Gate(LARGE_READS_AT_ONCE, LARGE_READS_WAITING);
  return {
    requestDidStart() {
      let release: (() => void) | undefined;
      return Promise.resolve({
        willSendResponse() {
          release?.();
          return Promise.resolve();
        },
        async didResolveOperation({ operation, document, schema, request }) {
          if (operation === undefined) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const items = countPageItems(
            schema,
            operation,
            fragments,
            request.variables ?? {},
            MAX_PAGE_ITEMS,
          );
          if (items > MAX_PAGE_ITEMS) {
            throw new GraphQLError(
              `Page limit exceeded: this request asks for more than ${MAX_PAGE_ITEMS} items of ` +
                'pages (each page’s `first`, or its default, times the pages it is nested in). ' +
                'Ask for smaller pages or fewer nested pages.',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
          // Analyses answer large structures too (the explorer's graph, coverage's matrix).
          if (items > LARGE_READ_ITEMS || countAnalyses(operation, fragments, 0) > 0) {
            const turn = await largeReads.acquire();
            if (turn === null) {
              throw new GraphQLError(
                'The server is busy with other large requests. Please try again in a moment.',
                { extensions: { code: 'SERVER_BUSY', http: { status: 503 } } },
              );
            }
            release = turn;
          }
        },
      });
    },
  };
}
