import { skipToken, useQuery } from '@apollo/client/react';
import { INSTITUTION_CATEGORIES, fileSlug, type Locale } from '@schutznetz/domain';
import { useId, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GraphCanvasHandle } from '../graph/graph-canvas';
import { downloadBlob } from '../graph/graph-export';
import type { GraphData, GraphMetric } from '../graph/graph-model';
import { useFormat } from '../i18n/use-format';
import { defaultTitle, filterCaption, type CaptionNames } from './export-caption';
import { legendInUse, type AttributeColouring, type LegendLabels } from './export-legend';
import {
  PICTURE_FORMATS,
  sheetToPdf,
  sheetToPng,
  sheetToSvg,
  type PictureFormat,
} from './export-picture';
import { composeSheet } from './export-sheet';
import type { GraphFilters } from './explorer-filters';
import { useRegion } from '../region/region-context';
import { institutionKindLabel, targetGroupLabel, topicLabel } from './explorer-labels';
import { VIEW_PARAM } from './saved-views-restore';
import { SAVED_VIEW_QUERY } from './saved-views.query';
import './export-panel.css';

export interface ExportPanelProps {
  readonly canvas: RefObject<GraphCanvasHandle | null>;
  /** The whole network, for the names of networks in the caption. */
  readonly network: GraphData;
  /** What is drawn, for the legend of what is in use. */
  readonly shown: GraphData;
  readonly filters: GraphFilters;
  /** Name of the node in focus, or null. */
  readonly focusName: string | null;
  readonly depth: number;
  readonly metric: GraphMetric;
  readonly locale: Locale;
  /** The colouring by an attribute, when the nodes are not coloured by their kind. */
  readonly colouring?: AttributeColouring;
}

/** A file name from the title and the day: "schutznetz-ak-gegen-gewalt-2026-12-06.pdf". */
function fileName(title: string, format: PictureFormat): string {
  const slug = fileSlug(title);
  const day = new Date().toISOString().slice(0, 10);
  return `schutznetz-${slug ? `${slug}-` : ''}${day}.${format}`;
}

/**
 * „Bild für die Sitzung“: the graph as PNG, SVG or PDF with an editable title (the saved view's
 * name or the chosen networks and municipalities to start with), the date, the filter in words
 * and the legend of what the picture shows.
 */
export function ExportPanel(props: ExportPanelProps) {
  const { canvas, network, shown, filters, focusName, depth, metric, locale, colouring } = props;
  const { t } = useTranslation('explorerExport');
  const { t: te } = useTranslation('explorer');
  const { formatDate } = useFormat();
  const headingId = useId();
  const titleId = useId();
  const [params] = useSearchParams();
  const viewId = params.get(VIEW_PARAM);
  const view = useQuery(
    SAVED_VIEW_QUERY,
    viewId === null ? skipToken : { variables: { id: viewId }, fetchPolicy: 'cache-only' },
  );
  const [edited, setEdited] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'working' | 'failed'>('idle');

  const region = useRegion();
  const names = useMemo((): CaptionNames => {
    const networkNames = new Map(
      network.nodes.filter((node) => node.kind === 'network').map((node) => [node.id, node.label]),
    );
    return {
      network: (id) => networkNames.get(id) ?? id,
      municipality: (code) => region.label(code, locale),
      topic: (code) => topicLabel(code, locale),
      targetGroup: (code) => targetGroupLabel(code, locale),
      kind: (code) => institutionKindLabel(code, locale),
    };
  }, [network, locale, region]);

  const suggested = defaultTitle(view.data?.savedView?.name ?? null, filters, names, t);
  const title = edited ?? suggested;

  const save = async (format: PictureFormat) => {
    const handle = canvas.current;
    if (!handle) return;
    setStatus('working');
    try {
      const labels: LegendLabels = {
        node: (key) =>
          key === 'person' || key === 'network' || key === 'topic'
            ? te(`legend.${key}`)
            : (INSTITUTION_CATEGORIES.find((category) => category.code === key)?.label[locale] ??
              te('kinds.institution')),
        edge: (kind) => te(`legend.${kind}`),
        mark: (mark) => te(`legend.${mark}`),
      };
      const finalTitle = title.trim() || suggested;
      const sheet = composeSheet(
        handle.svgMarkup(),
        {
          title: finalTitle,
          date: t('export.date', { date: formatDate(new Date()) }),
          caption: t('export.filter', {
            caption: filterCaption({ filters, focusName, depth }, names, t),
            interpolation: { escapeValue: false },
          }),
          legendHeading: t('export.legend'),
          sizeNote: t('export.size', { metric: te(`size.${metric}`) }),
        },
        legendInUse(shown, labels, colouring),
      );
      const blob =
        format === 'svg'
          ? sheetToSvg(sheet)
          : format === 'png'
            ? await sheetToPng(sheet)
            : await sheetToPdf(sheet, finalTitle);
      downloadBlob(blob, fileName(finalTitle, format));
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section className="export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export.heading')}</h2>
      <label htmlFor={titleId}>{t('export.title')}</label>{' '}
      <input
        id={titleId}
        value={title}
        maxLength={200}
        onChange={(event) => {
          setEdited(event.target.value);
        }}
      />
      <div role="group" aria-label={t('export.save')}>
        {t('export.save')}{' '}
        {PICTURE_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={status === 'working'}
            onClick={() => void save(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      <p role="status">
        {status === 'working' && t('export.working')}
        {status === 'failed' && t('export.failed')}
      </p>
    </section>
  );
}
