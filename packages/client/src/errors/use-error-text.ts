import { useTranslation } from 'react-i18next';
import { errorCodeOf, type ErrorCode } from './error-code';

/** The German (or English) sentence for an error code. */
export function useErrorText(): {
  /** The text for a known code. */
  readonly codeText: (code: ErrorCode) => string;
  /** The text for whatever a query or mutation threw. */
  readonly errorText: (error: unknown) => string;
} {
  const { t } = useTranslation('errors');
  const codeText = (code: ErrorCode) => t(`code.${code}`);
  return { codeText, errorText: (error: unknown) => codeText(errorCodeOf(error)) };
}
