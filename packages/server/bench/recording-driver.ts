import type { Driver } from 'neo4j-driver';

/** One Cypher statement as the app sent it. */
export interface RecordedStatement {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Calls `object[name](...args)` with `object` as `this`. */
function forward(object: object, name: string, args: unknown[]): unknown {
  const method = Reflect.get(object, name, object) as AnyFunction;
  return method.apply(object, args);
}

/**
 * A proxy of `target` with some methods replaced; every other method is bound to the target, so
 * the driver's private state keeps working behind the proxy.
 */
function intercept<T extends object>(
  target: T,
  overrides: ReadonlyMap<PropertyKey, AnyFunction>,
): T {
  return new Proxy(target, {
    get(object, property) {
      const override = overrides.get(property);
      if (override) return override;
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as AnyFunction).bind(object) : value;
    },
  });
}

function statementOf(query: unknown, params: unknown): RecordedStatement {
  if (typeof query === 'string') {
    return { cypher: query, params: (params ?? {}) as Record<string, unknown> };
  }
  const { text, parameters } = query as { text: string; parameters?: Record<string, unknown> };
  return {
    cypher: text,
    params: parameters ?? (params as Record<string, unknown> | undefined) ?? {},
  };
}

/**
 * Wraps a driver so that the bench can see which statements the app sends for one request:
 * `driver.executeQuery`, `session.run`, and `run` of managed and explicit transactions. It only
 * records between {@link start} and {@link stop}; otherwise it passes every call through.
 */
export class StatementRecorder {
  /** Give this to the app instead of the real driver. */
  readonly driver: Driver;
  private recorded: RecordedStatement[] | undefined;

  constructor(target: Driver) {
    this.driver = intercept(
      target,
      new Map<PropertyKey, AnyFunction>([
        [
          'executeQuery',
          (...args) => {
            this.record(args[0], args[1]);
            return forward(target, 'executeQuery', args);
          },
        ],
        ['session', (...args) => this.wrapSession(forward(target, 'session', args) as object)],
      ]),
    );
  }

  start(): void {
    this.recorded = [];
  }

  /** The statements sent since {@link start}, in the order they were sent. */
  stop(): RecordedStatement[] {
    const recorded = this.recorded ?? [];
    this.recorded = undefined;
    return recorded;
  }

  private record(query: unknown, params: unknown): void {
    this.recorded?.push(statementOf(query, params));
  }

  /** An object whose `run` is recorded: a session, or a managed or explicit transaction. */
  private recordRuns(target: object, extra: [PropertyKey, AnyFunction][] = []): object {
    const run: AnyFunction = (...args) => {
      this.record(args[0], args[1]);
      return forward(target, 'run', args);
    };
    return intercept(target, new Map<PropertyKey, AnyFunction>([['run', run], ...extra]));
  }

  /** `beginTransaction()` returns a transaction that is also a promise of a new one. */
  private wrapPendingTransaction(pending: object): object {
    const then: AnyFunction = (onFulfilled, onRejected) =>
      forward(pending, 'then', [
        typeof onFulfilled === 'function'
          ? (tx: object) => (onFulfilled as AnyFunction)(this.recordRuns(tx))
          : onFulfilled,
        onRejected,
      ]);
    return this.recordRuns(pending, [['then', then]]);
  }

  private wrapSession(session: object): object {
    const managed =
      (name: string): AnyFunction =>
      (work, ...rest) =>
        forward(session, name, [
          (tx: object) => (work as AnyFunction)(this.recordRuns(tx)),
          ...rest,
        ]);
    return this.recordRuns(session, [
      ['executeRead', managed('executeRead')],
      ['executeWrite', managed('executeWrite')],
      [
        'beginTransaction',
        (...args) =>
          this.wrapPendingTransaction(forward(session, 'beginTransaction', args) as object),
      ],
    ]);
  }
}
