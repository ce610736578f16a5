/** Pure helpers of the import page: the file in base64, the rows by action, reasons in words. */
import type { ImportRow, RowNote } from './import.graphql';

/** The bytes of a file in base64, as the API takes them. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export const ROW_ACTIONS = ['create', 'update', 'unchanged', 'refused'] as const;
export type RowFilter = (typeof ROW_ACTIONS)[number] | 'all';

/** The rows a filter shows. */
export function rowsShown(rows: readonly ImportRow[], filter: RowFilter): readonly ImportRow[] {
  return filter === 'all' ? rows : rows.filter((row) => row.action === filter);
}

/** A translation function as the page has it (a key and its values). */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** The name of a field in the reader's language (the field's own name if unknown). */
export function fieldName(t: Translate, field: string): string {
  const key = `fields.${field}`;
  const text = t(key);
  return text === key ? field : text;
}

/** One reason (a problem or a warning) in words: „Gemeinde: unbekannt „Köthn“ – meinten Sie „Köthen (Anhalt)“?“. */
export function reasonText(t: Translate, note: RowNote): string {
  const field = fieldName(t, note.field);
  const key = `reasons.${note.code}`;
  const values = {
    field,
    value: note.value ?? '',
    suggestion: note.suggestion ?? '',
    message: note.message,
  };
  const text = t(key, values);
  const reason = text === key ? `${field}: ${note.message}` : text;
  return note.suggestion ? `${reason} ${t('reasons.didYouMean', values)}` : reason;
}

/** A change in words: „Telefon: 0345 1 → 0345 2“ (— for empty). */
export function changeText(
  t: Translate,
  change: { readonly field: string; readonly before: string | null; readonly after: string | null },
): string {
  return `${fieldName(t, change.field)}: ${change.before ?? '—'} → ${change.after ?? '—'}`;
}
