/**
 * The text a downloaded file shows, whatever its format, for tests that search files for what
 * must not be in them: zipped files (XLSX, ZIP) entry by entry, PDFs stream by stream, calendars
 * and cards with their folded lines joined.
 */
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/** WinAnsi (the standard fonts' encoding): Latin-1 with typographic marks in 0x80–0x9f. */
function winAnsi(bytes: Buffer): string {
  const marks: Record<number, string> = { 0x84: '„', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' };
  return [...bytes].map((b) => marks[b] ?? String.fromCharCode(b)).join('');
}

/** The content streams of a PDF, inflated where they are compressed. */
function pdfStreams(bytes: Buffer): string[] {
  const streams: string[] = [];
  for (const match of bytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const raw = Buffer.from(match[1] ?? '', 'latin1');
    try {
      streams.push(inflateSync(raw).toString('latin1'));
    } catch {
      streams.push(raw.toString('latin1'));
    }
  }
  return streams;
}

/** The text a PDF shows, line by line: pdfkit writes each line as one hex `TJ` array. */
export function pdfText(bytes: Buffer): string {
  const lines: string[] = [];
  for (const content of pdfStreams(bytes)) {
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(array[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      lines.push(winAnsi(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}

/** Joins the folded lines of an iCalendar or vCard file (RFC 5545 §3.1, RFC 6350 §3.2). */
export function unfold(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

/**
 * Everything a file of `format` holds as text, to search: every entry of a zipped file, the raw
 * bytes and the shown text of a PDF, and the unfolded text of anything else.
 */
export function searchableText(format: string, body: Buffer): string {
  if (body.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
    return Object.entries(unzipSync(new Uint8Array(body)))
      .map(([name, bytes]) => `${name}\n${unfold(Buffer.from(bytes).toString('utf8'))}`)
      .join('\n');
  }
  if (format === 'pdf') {
    return [body.toString('latin1'), ...pdfStreams(body), pdfText(body)].join('\n');
  }
  return unfold(body.toString('utf8'));
}
