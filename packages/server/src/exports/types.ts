/**
 * Files to download (decision 029): every export is served at `GET /export/<name>.<format>` with
 * the sign-in and roles of the GraphQL API, so the visibility rules hold for files too and an
 * analyst can fetch one with curl. A module adds an export by writing one {@link ExportDefinition}
 * and listing it in `registry.ts`.
 */
import type { LocalizedLabel } from '@schutznetz/domain';
import type { Role } from '../auth';
import type { Context } from '../context';

/** The file formats the export room serves, with their content types. */
export const EXPORT_CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
} as const;

export type ExportFormat = keyof typeof EXPORT_CONTENT_TYPES;

/** True for a format the export room knows. */
export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_CONTENT_TYPES, value);
}

/** One request for a file: the format asked for, the query parameters and the request's context. */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly params: URLSearchParams;
  readonly context: Context;
}

/** What an export produces; the content type follows the format. */
export interface ExportFile {
  /** The file name offered to the browser, with its extension. */
  readonly filename: string;
  readonly body: Buffer | string;
}

export interface ExportDefinition {
  /** The URL segment: `GET /export/<name>.<format>`. */
  readonly name: string;
  readonly formats: readonly ExportFormat[];
  /** The least role that may download it. */
  readonly minRole: Role;
  /** What the file holds, listed at `GET /export`. */
  readonly describe: LocalizedLabel;
  /**
   * Builds the file. Throws the server's own errors: `InvalidInputError` with the parameter as
   * field (400), `NotFoundError` (404), `ForbiddenError` (403).
   */
  produce(request: ExportRequest): Promise<ExportFile>;
}
