import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../graph/graph-model';
import { stepVerbKey, type GraphPath } from './explorer-path';
import { NodeSearch } from './node-search';

export interface PathPanelProps {
  readonly nodes: readonly GraphNode[];
  readonly subtitles: (id: string) => string | null;
  readonly visibleIds: ReadonlySet<string>;
  readonly fromId: string | null;
  readonly toId: string | null;
  readonly referralsOnly: boolean;
  /** The shortest path between the two, or null (none, or not both chosen). */
  readonly path: GraphPath | null;
  readonly onChange: (patch: {
    pathFrom?: string | null;
    pathTo?: string | null;
    referralsOnly?: boolean;
  }) => void;
}

/**
 * Choose two nodes and see the shortest path between them: highlighted in the graph and listed
 * here step by step in words ("Polizeirevier Zerbst verweist an Interventionsstelle …").
 */
export function PathPanel({
  nodes,
  subtitles,
  visibleIds,
  fromId,
  toId,
  referralsOnly,
  path,
  onChange,
}: PathPanelProps) {
  const { t } = useTranslation('explorer');
  const headingId = useId();
  const nameOf = (id: string | null) =>
    id === null ? '' : (nodes.find((node) => node.id === id)?.label ?? id);
  return (
    <section className="path-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('path.heading')}</h2>
      <NodeSearch
        key={`from-${fromId ?? ''}`}
        nodes={nodes}
        subtitles={subtitles}
        visibleIds={visibleIds}
        label={t('path.from')}
        initialText={nameOf(fromId)}
        onChoose={(id) => {
          onChange({ pathFrom: id });
        }}
      />
      <NodeSearch
        key={`to-${toId ?? ''}`}
        nodes={nodes}
        subtitles={subtitles}
        visibleIds={visibleIds}
        label={t('path.to')}
        initialText={nameOf(toId)}
        onChoose={(id) => {
          onChange({ pathTo: id });
        }}
      />
      <label className="path-referrals">
        <input
          type="checkbox"
          checked={referralsOnly}
          onChange={(event) => {
            onChange({ referralsOnly: event.target.checked });
          }}
        />{' '}
        {t('path.referralsOnly')}
      </label>
      {fromId !== null && toId !== null && (
        <div aria-live="polite">
          {path === null ? (
            <p>{t('path.none', { from: nameOf(fromId), to: nameOf(toId) })}</p>
          ) : (
            <>
              <p>
                {t('path.found', {
                  count: path.steps.length,
                  from: nameOf(fromId),
                  to: nameOf(toId),
                })}
              </p>
              <ol className="path-steps">
                {path.steps.map((step) => (
                  <li key={step.edge.id}>
                    {t('path.step', {
                      from: step.from.label,
                      verb: t(`path.verbs.${stepVerbKey(step)}`),
                      to: step.to.label,
                    })}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      {(fromId !== null || toId !== null) && (
        <button
          type="button"
          onClick={() => {
            onChange({ pathFrom: null, pathTo: null });
          }}
        >
          {t('path.clear')}
        </button>
      )}
    </section>
  );
}
