/** Query parameters; user input only ever reaches Cypher through these. */
export type Params = Readonly<Record<string, unknown>>;

/** Runs statements inside one transaction; each `run` is one round trip. */
export interface TxRunner {
  run<Row extends object>(cypher: string, params?: Params): Promise<Row[]>;
}
