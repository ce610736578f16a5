import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../graph/graph-model';
import { suggestNodes } from './explorer-search';

export interface NodeSearchProps {
  readonly nodes: readonly GraphNode[];
  readonly subtitles: (id: string) => string | null;
  /** Ids currently drawn; other suggestions are marked as hidden by the filters. */
  readonly visibleIds: ReadonlySet<string>;
  readonly onChoose: (id: string) => void;
  /** The field's label; by default "Im Netzwerk suchen". */
  readonly label?: string;
  /** Text the field starts with (e.g. the name of a node chosen before). */
  readonly initialText?: string;
}

/** A combobox with suggestions (WAI-ARIA 1.2 pattern): type, pick with arrows and Enter. */
export function NodeSearch({
  nodes,
  subtitles,
  visibleIds,
  onChoose,
  label,
  initialText = '',
}: NodeSearchProps) {
  const { t } = useTranslation('explorer');
  const id = useId();
  const [query, setQuery] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const suggestions = useMemo(
    () => suggestNodes(nodes, query, subtitles),
    [nodes, query, subtitles],
  );
  const expanded = open && query.trim().length > 0;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    onChoose(suggestion.node.id);
    setQuery(suggestion.node.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(suggestions.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="node-search">
      <label htmlFor={`${id}-input`}>{label ?? t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && suggestions.length > 0 ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
        }}
      />
      <ul id={listId} role="listbox" className="node-search-list" hidden={!expanded}>
        {suggestions.length === 0 ? (
          <li className="node-search-empty" role="presentation">
            {t('search.noResults')}
          </li>
        ) : (
          suggestions.map((suggestion, index) => (
            <li
              key={suggestion.node.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <span className="node-search-label">{suggestion.node.label}</span>{' '}
              <span className="node-search-meta">
                {t(`layers.${suggestion.node.kind}`)}
                {suggestion.subtitle ? ` · ${suggestion.subtitle}` : ''}
                {visibleIds.has(suggestion.node.id) ? '' : ` · ${t('search.hidden')}`}
              </span>
            </li>
          ))
        )}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('search.results', { count: suggestions.length }) : ''}
      </p>
    </div>
  );
}
