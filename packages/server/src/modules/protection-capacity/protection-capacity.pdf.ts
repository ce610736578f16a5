/**
 * The capacity report as a PDF (pdfkit): A4 landscape, the title and the snapshot's date on the
 * first page and in every page's footer, each table with its header repeated on every page.
 * The creation date is the snapshot's, so one snapshot gives one file, byte for byte.
 */
import PDFDocument from 'pdfkit';
import type { CapacityTables, ReportTable } from './protection-capacity.tables';

const MARGIN = 36;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const TABLE_SIZE = 7;
const PADDING = 2;

/** A cell as the report prints it: decimal comma, „ja“/„nein“, a dash for nothing. */
export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return value.toLocaleString('de-DE', { maximumFractionDigits: 2 });
  return value;
}

/** pdfkit measures text slowly: each distinct string is measured once per font and width. */
class Measure {
  private readonly widths = new Map<string, number>();
  private readonly heights = new Map<string, number>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(font: string, text: string): number {
    const key = `${font}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(font).fontSize(TABLE_SIZE).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  height(font: string, text: string, width: number): number {
    const key = `${font}|${width}|${text}`;
    let height = this.heights.get(key);
    if (height === undefined) {
      height = this.doc.font(font).fontSize(TABLE_SIZE).heightOfString(text, { width });
      this.heights.set(key, height);
    }
    return height;
  }
}

function drawTable<Row>(doc: PDFKit.PDFDocument, table: ReportTable<Row>): void {
  const width = doc.page.width - 2 * MARGIN;
  const grouped = table.groupedColumns ?? 0;
  const columns = table.columns.slice(grouped);
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width - 2 * PADDING);
  const bottom = (): number => doc.page.height - MARGIN - 18;
  const measure = new Measure(doc);
  const line = doc.font(FONT).fontSize(TABLE_SIZE).currentLineHeight();

  const fits = (font: string, text: string, i: number): boolean =>
    !text.includes('\n') && measure.width(font, text) <= (widths[i] ?? 0);
  const rowHeight = (texts: readonly string[], font: string): number =>
    Math.max(
      line,
      ...texts.map((t, i) => (fits(font, t, i) ? line : measure.height(font, t, widths[i] ?? 0))),
    ) +
    2 * PADDING;
  const rule = (y: number): void => {
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  };
  const drawRow = (texts: readonly string[], font: string, shaded: boolean): void => {
    const height = rowHeight(texts, font);
    const top = doc.y;
    if (shaded) doc.rect(MARGIN, top, width, height).fill('#eeeeee').fillColor('black');
    doc.font(font).fontSize(TABLE_SIZE);
    let x = MARGIN + PADDING;
    texts.forEach((text, i) => {
      const w = widths[i] ?? 0;
      // A line that fits is written without pdfkit's line wrapper (the costly part).
      if (fits(font, text, i)) doc.text(text, x, top + PADDING, { lineBreak: false });
      else doc.text(text, x, top + PADDING, { width: w });
      x += w + 2 * PADDING;
    });
    rule(top + height);
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const drawGroup = (text: string): void => {
    const top = doc.y + 2;
    doc
      .font(BOLD)
      .fontSize(8)
      .text(text, MARGIN + PADDING, top + PADDING, { lineBreak: false });
    doc.x = MARGIN;
    doc.y = top + line + 3 * PADDING;
  };

  const header = columns.map((c) => c.header);
  const groupOf = (row: Row): string =>
    table.columns
      .slice(0, grouped)
      .map((c) => `${c.header}: ${cellText(c.value(row))}`)
      .join(' · ');
  if (doc.y + rowHeight(header, BOLD) * 3 > bottom()) doc.addPage();
  doc.font(BOLD).fontSize(11).text(table.heading, MARGIN, doc.y, { width });
  doc.moveDown(0.3);
  drawRow(header, BOLD, true);
  let group: string | null = null;
  for (const row of table.rows) {
    const texts = columns.map((c) => cellText(c.value(row)));
    const nextGroup = grouped > 0 ? groupOf(row) : null;
    const needed = rowHeight(texts, FONT) + (nextGroup !== group ? line + 4 * PADDING : 0);
    if (doc.y + needed > bottom()) {
      doc.addPage();
      drawRow(header, BOLD, true);
      group = null;
    }
    if (nextGroup !== null && nextGroup !== group) drawGroup(nextGroup);
    group = nextGroup;
    drawRow(texts, FONT, false);
  }
  doc.moveDown(1);
}

/**
 * The report as the bytes of a PDF file, written synchronously (pdfkit buffers its output until
 * read), so an analysis worker renders it off the event loop.
 */
export function capacityReportPdf(tables: CapacityTables, takenAt: string): Buffer {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: tables.title,
      Subject: tables.caption,
      Author: 'Schutznetz',
      Creator: 'Schutznetz',
      Producer: 'Schutznetz (PDFKit)',
      CreationDate: new Date(takenAt),
    },
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.font(BOLD).fontSize(16).text(tables.title, { width });
  doc.moveDown(0.2);
  doc.font(FONT).fontSize(10).text(tables.caption, { width });
  doc.moveDown(0.5);
  doc.fontSize(8);
  for (const note of tables.notes) doc.text(note, { width });
  doc.moveDown(1);
  const [services, shelters, list] = tables.tables;
  drawTable(doc, services);
  drawTable(doc, shelters);
  drawTable(doc, list);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin pdfkit would start a new page: the footer lifts it for a moment.
    const { bottom } = doc.page.margins;
    doc.page.margins.bottom = 0;
    const footer = `${tables.title} · Stand: ${tables.standsAt} · Seite ${i + 1} von ${range.count}`;
    doc
      .font(FONT)
      .fontSize(7)
      .text(footer, MARGIN, doc.page.height - MARGIN - 8, { width, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (
    let chunk = doc.read() as Buffer | null;
    chunk !== null;
    chunk = doc.read() as Buffer | null
  ) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
