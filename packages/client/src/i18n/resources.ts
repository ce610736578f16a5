import adminDe from '../admin/i18n/de.json';
import adminEn from '../admin/i18n/en.json';
import authDe from '../auth/i18n/de.json';
import authEn from '../auth/i18n/en.json';
import capacityDe from '../capacity/i18n/de.json';
import capacityEn from '../capacity/i18n/en.json';
import directoryDe from '../directory/i18n/de.json';
import directoryEn from '../directory/i18n/en.json';
import editingDe from '../editing/i18n/de.json';
import editingEn from '../editing/i18n/en.json';
import emergencyCardDe from '../emergency-card/i18n/de.json';
import emergencyCardEn from '../emergency-card/i18n/en.json';
import emergencyDe from '../emergency/i18n/de.json';
import emergencyEn from '../emergency/i18n/en.json';
import errorsDe from '../errors/i18n/de.json';
import errorsEn from '../errors/i18n/en.json';
import explorerDe from '../explorer/i18n/de.json';
import explorerEn from '../explorer/i18n/en.json';
import explorerExportDe from '../explorer/export-texts/de.json';
import explorerExportEn from '../explorer/export-texts/en.json';
import exportsDe from '../exports/i18n/de.json';
import exportsEn from '../exports/i18n/en.json';
import gapsDe from '../gaps/i18n/de.json';
import importDe from '../import/i18n/de.json';
import importEn from '../import/i18n/en.json';
import membersDe from '../members/i18n/de.json';
import membersEn from '../members/i18n/en.json';
import gapsEn from '../gaps/i18n/en.json';
import meetingsDe from '../meetings/i18n/de.json';
import meetingsEn from '../meetings/i18n/en.json';
import reviewsDe from '../reviews/i18n/de.json';
import reviewsEn from '../reviews/i18n/en.json';
import reportsDe from '../reports/i18n/de.json';
import reportsEn from '../reports/i18n/en.json';
import regionDe from '../region/i18n/de.json';
import regionEn from '../region/i18n/en.json';
import routesDe from '../routes/i18n/de.json';
import routesEn from '../routes/i18n/en.json';
import trainingsDe from '../trainings/i18n/de.json';
import trainingsEn from '../trainings/i18n/en.json';
import de from './de.json';
import en from './en.json';

/**
 * All translations, as i18next expects them: the shell's texts in the default `translation`
 * namespace, each feature's texts in a namespace of its own next to its code
 * (`useTranslation('explorer')`). German is the reference; a test keeps English in step.
 */
export const resources = {
  de: {
    translation: de,
    explorer: explorerDe,
    explorerExport: explorerExportDe,
    exports: exportsDe,
    directory: directoryDe,
    routes: routesDe,
    gaps: gapsDe,
    members: membersDe,
    trainings: trainingsDe,
    reports: reportsDe,
    meetings: meetingsDe,
    reviews: reviewsDe,
    editing: editingDe,
    auth: authDe,
    capacity: capacityDe,
    emergency: emergencyDe,
    emergencyCard: emergencyCardDe,
    errors: errorsDe,
    region: regionDe,
    admin: adminDe,
    import: importDe,
  },
  en: {
    translation: en,
    explorer: explorerEn,
    explorerExport: explorerExportEn,
    exports: exportsEn,
    directory: directoryEn,
    routes: routesEn,
    gaps: gapsEn,
    members: membersEn,
    trainings: trainingsEn,
    reports: reportsEn,
    meetings: meetingsEn,
    reviews: reviewsEn,
    editing: editingEn,
    auth: authEn,
    capacity: capacityEn,
    emergency: emergencyEn,
    emergencyCard: emergencyCardEn,
    errors: errorsEn,
    region: regionEn,
    admin: adminEn,
    import: importEn,
  },
} as const;

/** The namespaces of one language; German is the reference shape. */
export type Translations = (typeof resources)['de'];

/** The namespace names, shell first. */
export const NAMESPACES = Object.keys(resources.de) as (keyof Translations)[];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: Translations;
  }
}
