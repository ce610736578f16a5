/** Saving the drawn graph as a file (PNG or SVG). */
import type { Core } from 'cytoscape';

/** The whole graph as a PNG at twice the screen resolution, on white. */
export function exportPng(cy: Core): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
}

/** The whole graph as the text of an SVG document, on white. */
export function svgMarkup(cy: Core): string {
  return cy.svg({ full: true, bg: '#ffffff' });
}

/** The whole graph as an SVG document, on white. */
export function exportSvg(cy: Core): Blob {
  return new Blob([svgMarkup(cy)], { type: 'image/svg+xml;charset=utf-8' });
}

/** Offers a blob as a download under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
