export { exportRouter, type ExportRouteDependencies } from './export-route';
export { EXPORTS } from './registry';
export { toCsv, type TableColumn } from './csv';
export { toIcs, type Calendar, type CalendarEntry } from './ics';
export { toXlsx, type XlsxSheet } from './xlsx';
export * from './types';
