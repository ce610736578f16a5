import { INSTITUTION_CATEGORIES, type Locale } from '@schutznetz/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  APPEARANCE_KEYS,
  EDGE_APPEARANCE,
  EDGE_KINDS,
  NODE_APPEARANCE,
  type AppearanceKey,
} from '../graph/graph-appearance';
import type { GraphEdgeKind, GraphMetric } from '../graph/graph-model';
import type { ColourBy, ColourEntry } from './explorer-appearance';

/** Polygon points (in a 20×20 box) for the node shapes, so the legend shows the same shapes. */
const SHAPE_POINTS: Record<string, string> = {
  rectangle: '2,4 18,4 18,16 2,16',
  octagon: '7,2 13,2 18,7 18,13 13,18 7,18 2,13 2,7',
  pentagon: '10,2 18,8 15,18 5,18 2,8',
  hexagon: '5,3 15,3 19,10 15,17 5,17 1,10',
  diamond: '10,1 19,10 10,19 1,10',
  star: '10,1 12.6,7 19,7.2 14,11.4 15.8,18 10,14.3 4.2,18 6,11.4 1,7.2 7.4,7',
  'round-tag': '2,4 13,4 19,10 13,16 2,16',
  triangle: '10,2 19,18 1,18',
};

/** Fill of the shapes when the colour stands for an attribute, not the kind. */
const NEUTRAL = '#ffffff';

function ShapeIcon({
  appearance,
  fill,
}: {
  readonly appearance: AppearanceKey;
  readonly fill?: string;
}) {
  const { color, shape } = NODE_APPEARANCE[appearance];
  const common = { fill: fill ?? color, stroke: '#1d2330', strokeWidth: 1 };
  let figure;
  if (shape === 'ellipse') figure = <circle cx="10" cy="10" r="8" {...common} />;
  else if (shape === 'round-rectangle' || shape === 'barrel')
    figure = (
      <rect x="2" y="4" width="16" height="12" rx={shape === 'barrel' ? 6 : 3} {...common} />
    );
  else figure = <polygon points={SHAPE_POINTS[shape] ?? SHAPE_POINTS['rectangle']} {...common} />;
  return (
    <svg className="legend-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {figure}
    </svg>
  );
}

/** Edge kinds that start at a person. */
const PEOPLE_EDGE_KINDS: ReadonlySet<GraphEdgeKind> = new Set(['works_at', 'expertise']);

const DASH = { solid: undefined, dashed: '6 3', dotted: '2 3' } as const;

/**
 * The legend: node kinds (colour and shape; only shape when the colour shows an attribute, whose
 * values then follow with their swatches), edge kinds (line style), marks and size.
 */
export function GraphLegend({
  locale,
  metric,
  peopleVisible = true,
  colourBy = 'kind',
  colours = [],
}: {
  readonly locale: Locale;
  readonly metric: GraphMetric;
  /** Without people (public view) the legend leaves out professionals and their edges. */
  readonly peopleVisible?: boolean;
  /** What the colour shows; by default the kind. */
  readonly colourBy?: ColourBy;
  /** The colour's values when it shows an attribute (explorer-appearance.ts). */
  readonly colours?: readonly ColourEntry[];
}) {
  const { t } = useTranslation('explorer');
  const headingId = useId();
  const nodeLabel = (key: AppearanceKey) =>
    key === 'person' || key === 'network' || key === 'topic'
      ? t(`legend.${key}`)
      : (INSTITUTION_CATEGORIES.find((category) => category.code === key)?.label[locale] ?? key);

  return (
    <section className="graph-legend" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('legend.heading')}</h2>
      <h3>{t(colourBy === 'kind' ? 'legend.nodes' : 'legend.shapes')}</h3>
      <ul>
        {APPEARANCE_KEYS.filter((key) => peopleVisible || key !== 'person').map((key) => (
          <li key={key}>
            <ShapeIcon appearance={key} {...(colourBy === 'kind' ? {} : { fill: NEUTRAL })} />{' '}
            {nodeLabel(key)}
          </li>
        ))}
      </ul>
      {colourBy !== 'kind' && (
        <>
          <h3>{t('legend.colour', { attribute: t(`colour.${colourBy}`) })}</h3>
          <ul className="legend-colours">
            {colours.map((entry) => (
              <li key={`${entry.key ?? ''}${entry.label}`}>
                <svg className="legend-icon" width="20" height="20" aria-hidden="true">
                  <rect
                    x="2"
                    y="2"
                    width="16"
                    height="16"
                    rx="3"
                    fill={entry.colour}
                    stroke="#1d2330"
                  />
                </svg>{' '}
                {entry.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('legend.edges')}</h3>
      <ul>
        {EDGE_KINDS.filter((kind) => peopleVisible || !PEOPLE_EDGE_KINDS.has(kind)).map((kind) => {
          const edge = EDGE_APPEARANCE[kind];
          return (
            <li key={kind}>
              <svg className="legend-icon" width="28" height="12" aria-hidden="true">
                <line
                  x1="1"
                  y1="6"
                  x2={edge.arrow ? 21 : 27}
                  y2="6"
                  stroke={edge.color}
                  strokeWidth={Math.max(edge.width, 1.5)}
                  strokeDasharray={DASH[edge.lineStyle]}
                />
                {edge.arrow && <polygon points="20,2 27,6 20,10" fill={edge.color} />}
              </svg>{' '}
              {t(`legend.${kind}`)}
            </li>
          );
        })}
      </ul>
      <h3>{t('legend.marks')}</h3>
      <ul>
        <li>
          <svg className="legend-icon" width="20" height="20" aria-hidden="true">
            <circle cx="10" cy="10" r="7" fill="#fff" stroke="#1d2330" strokeWidth="1" />
            <circle cx="10" cy="10" r="9" fill="none" stroke="#1d2330" strokeWidth="1" />
          </svg>{' '}
          {t('legend.articulation')}
        </li>
        <li>
          <svg className="legend-icon" width="20" height="20" aria-hidden="true">
            <circle
              cx="10"
              cy="10"
              r="8"
              fill="#fff"
              stroke="#a4231b"
              strokeWidth="2.5"
              strokeDasharray="3 2"
            />
          </svg>{' '}
          {t('legend.spof')}
        </li>
        <li>
          <svg className="legend-icon" width="28" height="12" aria-hidden="true">
            <line x1="1" y1="6" x2="27" y2="6" stroke="#4a5263" strokeWidth="4" />
          </svg>{' '}
          {t('legend.bridge')}
        </li>
        <li>{t('legend.size', { metric: t(`size.${metric}`) })}</li>
      </ul>
    </section>
  );
}
