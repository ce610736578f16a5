import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTitle } from './views';

/** Keeps the browser tab title on the current view, in the current language. */
export function useDocumentTitle(viewTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = documentTitle(viewTitle, appName);
  }, [viewTitle, appName]);
}
