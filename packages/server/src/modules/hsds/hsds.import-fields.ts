/**
 * Reading the HSDS kinds' values (texts in an import record) as what the graph stores: flags,
 * whole numbers, dates, codes of a fixed list. A value that does not fit refuses the row at its
 * field, like a form would.
 */
import { isIsoDate } from '@schutznetz/domain';
import type { RowBuilder } from '../data-import';

/** How a field's text becomes its stored value. */
export type FieldCodec =
  | { readonly type: 'text' }
  | { readonly type: 'flag' }
  | { readonly type: 'count' }
  | { readonly type: 'date' }
  | { readonly type: 'timestamp' }
  | { readonly type: 'code'; readonly codes: readonly string[] }
  | { readonly type: 'codes'; readonly codes: readonly string[] | ((code: string) => boolean) }
  | { readonly type: 'list' };

export const TEXT: FieldCodec = { type: 'text' };
export const FLAG: FieldCodec = { type: 'flag' };
export const COUNT: FieldCodec = { type: 'count' };
export const DATE: FieldCodec = { type: 'date' };
export const TIMESTAMP: FieldCodec = { type: 'timestamp' };
export const LIST: FieldCodec = { type: 'list' };
export const code = (codes: readonly string[]): FieldCodec => ({ type: 'code', codes });
export const codes = (known: readonly string[] | ((code: string) => boolean)): FieldCodec => ({
  type: 'codes',
  codes: known,
});

function knows(known: readonly string[] | ((code: string) => boolean), value: string): boolean {
  return typeof known === 'function' ? known(value) : known.includes(value);
}

/** The stored value of `field` (undefined: absent, the stored one stays); refuses what does not fit. */
export function readField(row: RowBuilder, field: string, codec: FieldCodec): unknown {
  if (codec.type === 'list' || codec.type === 'codes') {
    const raw = row.record.values[field];
    if (raw === undefined) return undefined;
    const items = (typeof raw === 'string' ? [raw] : [...raw]).filter((item) => item !== '');
    if (codec.type === 'codes') {
      for (const item of items) {
        if (!knows(codec.codes, item))
          row.refuse(field, 'unknown_value', `unknown value '${item}'`, { value: item });
      }
    }
    return [...new Set(items)].sort();
  }
  const text = row.text(field);
  if (text === undefined) return undefined;
  const problem = (message: string): void => {
    row.refuse(field, 'invalid', message, { value: text });
  };
  switch (codec.type) {
    case 'text':
      return text;
    case 'flag':
      if (text === 'true' || text === 'false') return text === 'true';
      problem('must be true or false');
      return undefined;
    case 'count':
      if (/^\d{1,6}$/.test(text)) return Number(text);
      problem('must be a whole number ≥ 0');
      return undefined;
    case 'date':
      if (isIsoDate(text)) return text;
      problem('must be a date as YYYY-MM-DD');
      return undefined;
    case 'timestamp':
      if (!Number.isNaN(Date.parse(text))) return text;
      problem('must be a date and time (ISO 8601)');
      return undefined;
    case 'code':
      if (codec.codes.includes(text)) return text;
      problem(`must be one of ${codec.codes.join(', ')}`);
      return undefined;
  }
}

/** Every field of `codecs` read from the row. */
export function readFields(
  row: RowBuilder,
  codecs: Readonly<Record<string, FieldCodec>>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(codecs).map(([field, codec]) => [field, readField(row, field, codec)]),
  );
}
