export { IDENTIFIED_LABELS, Label, Rel } from './graph';
