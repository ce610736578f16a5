/**
 * Downloads a file from the server's export room (`GET /export/<name>.<format>`) with this tab's
 * sign-in, and hands it to the browser as a download under the name the server gave it.
 */
import { SERVER_ERROR_CODES, type ErrorCode } from '../errors/error-code';

export const EXPORT_FORMATS = [
  'csv',
  'xlsx',
  'ics',
  'pdf',
  'json',
  'zip',
  'graphml',
  'gexf',
  'vcf',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A refused or failed download: the server's error code and, for bad input, the parameter. */
export class ExportFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field: string | null,
  ) {
    super(`export failed: ${code}${field === null ? '' : ` (${field})`}`);
    this.name = 'ExportFailure';
  }
}

/** The address of an export, e.g. `/export/network-members.xlsx?network=n1`. */
export function exportUrl(
  name: string,
  format: ExportFormat,
  params: Readonly<Record<string, string | undefined>> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, value);
  }
  const search = query.toString();
  return `/export/${name}.${format}${search === '' ? '' : `?${search}`}`;
}

/** The file name of a `Content-Disposition` header, preferring its UTF-8 form (RFC 6266). */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8 !== undefined) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // A malformed name: fall back to the plain one.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

async function failureOf(response: Response): Promise<ExportFailure> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; field?: unknown } };
    const code = body.error?.code;
    const field = body.error?.field;
    return new ExportFailure(
      (SERVER_ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'UNKNOWN',
      typeof field === 'string' ? field : null,
    );
  } catch {
    return new ExportFailure('UNKNOWN', null);
  }
}

/**
 * Fetches the file and saves it. Throws {@link ExportFailure} with the server's code (or
 * `NETWORK` when no answer came).
 */
export async function downloadExport(
  url: string,
  headers: Record<string, string>,
): Promise<{ readonly filename: string }> {
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch {
    throw new ExportFailure('NETWORK', null);
  }
  if (!response.ok) throw await failureOf(response);
  const filename = filenameOf(
    response.headers.get('content-disposition'),
    url.split('/').pop()?.split('?')[0] ?? 'export',
  );
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => {
    URL.revokeObjectURL(href);
  }, 0);
  return { filename };
}

/** One export the viewer may download, as `GET /export` lists it. */
export interface ListedExport {
  readonly name: string;
  readonly description: { readonly de: string; readonly en: string };
  /** The formats this client knows how to offer (others are left out). */
  readonly formats: readonly ExportFormat[];
}

/**
 * The exports the viewer's role may download (`GET /export`). Throws {@link ExportFailure} with
 * the server's code, or `NETWORK` when no answer came.
 */
export async function listExports(headers: Record<string, string>): Promise<ListedExport[]> {
  let response: Response;
  try {
    response = await fetch('/export', { headers });
  } catch {
    throw new ExportFailure('NETWORK', null);
  }
  if (!response.ok) throw await failureOf(response);
  const body = (await response.json()) as { exports: (ListedExport & { formats: string[] })[] };
  return body.exports.map((listed) => ({
    name: listed.name,
    description: listed.description,
    formats: listed.formats.filter((format): format is ExportFormat =>
      (EXPORT_FORMATS as readonly string[]).includes(format),
    ),
  }));
}
