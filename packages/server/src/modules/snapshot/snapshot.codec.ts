import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { GraphDataSet } from '@schutznetz/domain';

/** JSON with every object's keys sorted: one graph, one text, whatever order Neo4j sent. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const entries = Object.entries(item as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

/** A graph as stored: gzip of its canonical JSON, and the SHA-256 of that JSON. */
export interface EncodedGraph {
  readonly bytes: Buffer;
  readonly digest: string;
}

export function encodeGraph(data: GraphDataSet): EncodedGraph {
  const json = canonicalJson(data);
  return {
    bytes: gzipSync(json, { level: 9 }),
    digest: createHash('sha256').update(json).digest('hex'),
  };
}

export function decodeGraph(bytes: Buffer): GraphDataSet {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as GraphDataSet;
}
