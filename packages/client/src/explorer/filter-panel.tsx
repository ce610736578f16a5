import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNodeKind } from '../graph/graph-model';
import { NODE_KINDS, hasInstitutionFilters, type GraphFilters } from './explorer-filters';
import type { FilterOption, FilterOptions } from './filter-options';

type ListKey = Exclude<keyof GraphFilters, 'layers'>;

const LIST_KEYS: readonly ListKey[] = [
  'networks',
  'municipalities',
  'kinds',
  'topics',
  'targetGroups',
];

interface CheckboxGroupProps {
  readonly name: ListKey;
  readonly options: readonly FilterOption[];
  readonly selected: readonly string[];
  readonly onChange: (values: string[]) => void;
}

/** One filter: a disclosure with a checkbox per value; the summary says how many are chosen. */
function CheckboxGroup({ name, options, selected, onChange }: CheckboxGroupProps) {
  const { t } = useTranslation('explorer');
  const id = useId();
  const toggle = (value: string, on: boolean) => {
    onChange(on ? [...selected, value] : selected.filter((other) => other !== value));
  };
  return (
    <details className="filter-group" data-filter={name} open={selected.length > 0}>
      <summary>
        {t(`filters.${name}`)}{' '}
        <span className="filter-count">
          (
          {selected.length > 0
            ? t('filters.selectedCount', { count: selected.length })
            : t('filters.any')}
          )
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t(`filters.${name}`)}</legend>
        <ul className="filter-options">
          {options.map((option) => (
            <li key={option.value} className={option.isGroup ? 'is-group' : undefined}>
              <input
                type="checkbox"
                id={`${id}-${option.value}`}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => {
                  toggle(option.value, event.target.checked);
                }}
              />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}

export interface FilterPanelProps {
  readonly filters: GraphFilters;
  readonly options: FilterOptions;
  readonly onChange: (filters: GraphFilters) => void;
  /** Offer the node-kind toggles (the explorer does; the directory lists institutions). */
  readonly showLayers?: boolean;
  /** The node kinds offered as toggles (all by default; the public view has no people). */
  readonly layers?: readonly GraphNodeKind[];
}

/** The filters shared by the explorer and the directory. */
export function FilterPanel({
  filters,
  options,
  onChange,
  showLayers = true,
  layers: offeredLayers = NODE_KINDS,
}: FilterPanelProps) {
  const { t } = useTranslation('explorer');
  const headingId = useId();
  const toggleLayer = (kind: GraphNodeKind, on: boolean) => {
    const layers = on ? [...filters.layers, kind] : filters.layers.filter((k) => k !== kind);
    onChange({ ...filters, layers: NODE_KINDS.filter((k) => layers.includes(k)) });
  };
  return (
    <section className="filter-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('filters.heading')}</h2>
      {showLayers && (
        <fieldset className="filter-layers">
          <legend>{t('filters.layers')}</legend>
          {offeredLayers.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={filters.layers.includes(kind)}
                onChange={(event) => {
                  toggleLayer(kind, event.target.checked);
                }}
              />{' '}
              {t(`layers.${kind}`)}
            </label>
          ))}
        </fieldset>
      )}
      {LIST_KEYS.map((key) => (
        <CheckboxGroup
          key={key}
          name={key}
          options={options[key]}
          selected={filters[key]}
          onChange={(values) => {
            onChange({ ...filters, [key]: values });
          }}
        />
      ))}
      <button
        type="button"
        disabled={!hasInstitutionFilters(filters)}
        onClick={() => {
          onChange({
            ...filters,
            networks: [],
            kinds: [],
            topics: [],
            targetGroups: [],
            municipalities: [],
          });
        }}
      >
        {t('filters.clear')}
      </button>
    </section>
  );
}
