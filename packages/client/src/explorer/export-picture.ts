/**
 * Turns a composed sheet (export-sheet.ts) into the files offered for download: the SVG as it
 * is, a PNG drawn from it by the browser, and a PDF on an A4 page in which text stays text
 * (jsPDF with svg2pdf.js, loaded only when a PDF is asked for).
 */
import type { Sheet } from './export-sheet';

export type PictureFormat = 'png' | 'svg' | 'pdf';

export const PICTURE_FORMATS: readonly PictureFormat[] = ['png', 'svg', 'pdf'];

/** Largest side of a PNG in pixels: browsers refuse larger canvases. */
const MAX_PNG_SIDE = 8000;

/** A4 in PDF points. */
const A4 = { long: 841.89, short: 595.28 };
const PDF_MARGIN = 24;

export function sheetToSvg(sheet: Sheet): Blob {
  return new Blob([sheet.svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** The sheet as a PNG at twice its size (less for very large sheets), on white. */
export async function sheetToPng(sheet: Sheet): Promise<Blob> {
  const scale = Math.min(2, MAX_PNG_SIDE / sheet.width, MAX_PNG_SIDE / sheet.height);
  const url = URL.createObjectURL(sheetToSvg(sheet));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(sheet.width * scale);
    canvas.height = Math.round(sheet.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the PNG could not be made'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The sheet on one A4 page (landscape when it is wider than high), scaled to fit within the
 * margins; title, caption, labels and legend stay text that can be searched and copied.
 */
export async function sheetToPdf(sheet: Sheet, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const landscape = sheet.width >= sheet.height;
  const pageWidth = landscape ? A4.long : A4.short;
  const pageHeight = landscape ? A4.short : A4.long;
  const scale = Math.min(
    (pageWidth - 2 * PDF_MARGIN) / sheet.width,
    (pageHeight - 2 * PDF_MARGIN) / sheet.height,
  );
  const pdf = new jsPDF({ orientation: landscape ? 'l' : 'p', unit: 'pt', format: 'a4' });
  pdf.setProperties({ title, creator: 'Schutznetz' });
  const element = new DOMParser().parseFromString(sheet.svg, 'image/svg+xml').documentElement;
  // svg2pdf reads computed styles: the element has to be in the document while it is drawn.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  holder.append(element);
  document.body.append(holder);
  try {
    await svg2pdf(element, pdf, {
      x: (pageWidth - sheet.width * scale) / 2,
      y: PDF_MARGIN,
      width: sheet.width * scale,
      height: sheet.height * scale,
    });
  } finally {
    holder.remove();
  }
  return pdf.output('blob');
}
