import { useTranslation } from 'react-i18next';
import { useLooseT } from '../editing/options';
import type { RouteFieldsFragment } from '../gql/graphql';

type Hop = RouteFieldsFragment['hops'][number];

/**
 * What kind of step a hop is, where it is more than a hand-over: the named step of the
 * child-protection procedure (§ 4 KKG: talk to child and parents, InsoFa consultation, inform the
 * ASD, feedback), with "no contact needed" where the professional acts in the own institution,
 * and the mark of a leg that follows its route template without an agreed path ("nach Vorlage,
 * nicht vereinbart"). Nothing for an ordinary agreed hand-over.
 */
export function ProcedureStep({ hop }: { readonly hop: Pick<Hop, 'step' | 'inferred' | 'via'> }) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  if (hop.step == null && !hop.inferred) return null;
  return (
    <p className="procedure-step">
      {hop.step != null && (
        <span className="badge procedure-step-name">{loose(`procedureSteps.${hop.step}`)}</span>
      )}
      {hop.via === 'PROCEDURE_STEP' && hop.step === 'CONVERSATION' && (
        <> {t('procedure.noContact')}</>
      )}
      {hop.inferred && (
        <>
          {' '}
          <span className="badge badge-inferred" title={t('procedure.inferredTitle')}>
            {t('procedure.inferred')}
          </span>
        </>
      )}
    </p>
  );
}
