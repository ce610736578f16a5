import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EntityPicker } from '../editing/entity-picker';
import { OPTION_VALUES, useLocale, useLooseT, useOptionLabel } from '../editing/options';
import { largestFirst, useRegion } from '../region/region-context';
import { hasAdvancedConditions } from './advanced-conditions';
import { ChildrenField } from './children-field';
import { MAX_K, missingInputs, nowInBerlin, type RouteForm } from './route-form';
import { START_INSTITUTION_QUERY } from './referral-routes.query';

/** The start, the need and the moment of a search; checks what is missing before it submits. */
export function RouteSearchForm({
  initial,
  onSubmit,
}: {
  readonly initial: RouteForm;
  readonly onSubmit: (form: RouteForm) => void;
}) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const optionLabel = useOptionLabel();
  const locale = useLocale();
  const region = useRegion();
  const municipalities = largestFirst(region, locale);
  const [form, setForm] = useState(initial);
  const [showMissing, setShowMissing] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(() => hasAdvancedConditions(initial));
  const id = useId();
  const { data: startData } = useQuery(
    START_INSTITUTION_QUERY,
    initial.startInstitution ? { variables: { id: initial.startInstitution } } : skipToken,
  );
  const missing = missingInputs(form);
  const set = <K extends keyof RouteForm>(key: K, value: RouteForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };
  const problem = (key: string) =>
    showMissing && missing.includes(key as never) ? loose(`missing.${key}`) : undefined;

  const select = (
    key:
      | 'startKind'
      | 'startMunicipality'
      | 'topic'
      | 'targetGroup'
      | 'language'
      | 'municipality'
      | 'urgency',
    options: readonly string[],
    set_: Parameters<typeof optionLabel>[0],
    required = false,
  ) => {
    const message = problem(key === 'startKind' ? 'start' : key);
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>
          {loose(`form.${key}`)}
          {required && <span aria-hidden="true"> *</span>}
        </label>
        <select
          id={`${id}-${key}`}
          value={form[key]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-${key}-error` : undefined}
          onChange={(event) => {
            set(key, event.target.value);
          }}
        >
          <option value="">{required ? t('form.choose') : t('form.any')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(set_, option)}
            </option>
          ))}
        </select>
        {message && (
          <p id={`${id}-${key}-error`} className="field-error">
            <span className="error-mark" aria-hidden="true" />
            {message}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="route-form"
      noValidate
      onSubmit={(event: SyntheticEvent) => {
        event.preventDefault();
        if (missing.length) {
          setShowMissing(true);
          // An invalid age sits in the fold: open it, so the message is seen.
          if (missing.includes('age') || missing.includes('children')) setAdvancedOpen(true);
          return;
        }
        onSubmit(form);
      }}
    >
      <fieldset>
        <legend>{t('form.start')}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t('form.startMode')}>
          {(['kind', 'institution', 'self'] as const).map((mode) => (
            <label key={mode} className="checkbox">
              <input
                type="radio"
                name={`${id}-start`}
                checked={form.startMode === mode}
                onChange={() => {
                  set('startMode', mode);
                }}
              />{' '}
              {loose(`form.startModes.${mode}`)}
            </label>
          ))}
        </div>
        {form.startMode === 'kind' && (
          <div className="field-row">
            {select('startKind', OPTION_VALUES.institutionKind, 'institutionKind', true)}
            {select('startMunicipality', municipalities, 'region', true)}
          </div>
        )}
        {form.startMode === 'institution' && (
          <EntityPicker
            label={t('form.startInstitution')}
            kinds={['INSTITUTION']}
            value={form.startInstitution}
            knownLabel={startData?.institution?.name}
            required
            onChange={(value) => {
              set('startInstitution', value);
            }}
            messages={problem('start') ? [loose('missing.start')] : []}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('form.need')}</legend>
        <div className="field-row">
          {select('topic', OPTION_VALUES.topic, 'topic', true)}
          {select('municipality', municipalities, 'region', true)}
          {select('language', OPTION_VALUES.language, 'language')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-at`}>{t('form.at')}</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={form.at}
            aria-describedby={`${id}-at-hint`}
            onChange={(event) => {
              set('at', event.target.value);
            }}
          />
          {/* The browser formats the input in its own language; the hint says the moment in the UI's. */}
          <div className="moment-hint">
            <p id={`${id}-at-hint`} className="hint" aria-live="polite">
              {form.at ? t('form.atGiven', { at: form.at }) : t('form.atNow')}
            </p>
            <button
              type="button"
              className="small"
              onClick={() => {
                set('at', form.at ? '' : nowInBerlin(new Date()));
              }}
            >
              {form.at ? t('form.useNow') : t('form.pickTime')}
            </button>
          </div>
        </div>
      </fieldset>
      {/* Folded so the form stays short on a phone; open whenever a condition in it is set. */}
      <details
        className="advanced-conditions"
        open={advancedOpen}
        onToggle={(event) => {
          setAdvancedOpen(event.currentTarget.open);
        }}
      >
        <summary>{t('form.advanced')}</summary>
        <div className="field-row">
          {select('targetGroup', OPTION_VALUES.targetGroup, 'targetGroup')}
          <div className="field">
            <label htmlFor={`${id}-age`}>{t('form.age')}</label>
            <input
              id={`${id}-age`}
              type="number"
              min={0}
              max={120}
              value={form.age}
              aria-invalid={problem('age') ? true : undefined}
              aria-describedby={problem('age') ? `${id}-age-error` : undefined}
              onChange={(event) => {
                set('age', event.target.value);
              }}
            />
            {problem('age') && (
              <p id={`${id}-age-error`} className="field-error">
                {problem('age')}
              </p>
            )}
          </div>
          <ChildrenField
            id={id}
            value={form.children}
            problem={problem('children')}
            onChange={(value) => {
              set('children', value);
            }}
          />
          {select('urgency', OPTION_VALUES.urgency, 'urgency')}
        </div>
        <fieldset className="field-group">
          <legend>{t('form.accessibility')}</legend>
          <div className="checkbox-grid">
            {OPTION_VALUES.accessibility.map((feature) => (
              <label key={feature} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.accessibility.includes(feature)}
                  onChange={(event) => {
                    set(
                      'accessibility',
                      event.target.checked
                        ? [...form.accessibility, feature]
                        : form.accessibility.filter((item) => item !== feature),
                    );
                  }}
                />{' '}
                {optionLabel('accessibility', feature)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="check-stack">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={!form.consentObtainable}
              onChange={(event) => {
                set('consentObtainable', !event.target.checked);
              }}
            />{' '}
            {t('form.noConsent')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.ignoreFullCapacity}
              onChange={(event) => {
                set('ignoreFullCapacity', event.target.checked);
              }}
            />{' '}
            {t('form.ignoreFull')}
          </label>
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-k`}>{t('form.k')}</label>
          <input
            id={`${id}-k`}
            type="number"
            min={1}
            max={MAX_K}
            value={form.k}
            onChange={(event) => {
              const k = Number(event.target.value);
              if (Number.isInteger(k) && k >= 1 && k <= MAX_K) set('k', k);
            }}
          />
        </div>
      </details>
      {showMissing && missing.length > 0 && (
        <p className="form-error" role="alert">
          {t('missing.summary')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('form.submit')}
        </button>
        <Link to="/routes">{t('form.reset')}</Link>
      </div>
    </form>
  );
}
