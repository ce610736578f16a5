import { useTranslation } from 'react-i18next';

/** The children who come along, typed as ages ("6, 9, J15"), with a hint and its error. */
export function ChildrenField({
  id,
  value,
  problem,
  onChange,
}: {
  /** The form's id prefix. */
  readonly id: string;
  readonly value: string;
  /** The error to show, if the text cannot be read. */
  readonly problem: string | undefined;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useTranslation('routes');
  const inputId = `${id}-children`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{t('form.children')}</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <p id={`${inputId}-hint`} className="hint">
        {t('form.childrenHint')}
      </p>
      {problem && (
        <p id={`${inputId}-error`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
