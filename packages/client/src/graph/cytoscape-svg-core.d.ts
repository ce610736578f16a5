// What cytoscape-svg adds to a Cytoscape instance.
import 'cytoscape';

declare module 'cytoscape' {
  interface SvgExportOptions {
    /** The whole graph (true) or the current viewport (false). */
    full?: boolean;
    scale?: number;
    bg?: string;
  }

  interface Core {
    /** From cytoscape-svg: the graph as an SVG document. */
    svg(options?: SvgExportOptions): string;
  }
}
