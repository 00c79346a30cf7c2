import { groupDigits } from './messages/template';

/** 18500 → "18,500": the same in every runtime, whatever its locale data. */
export const thousands = (n: number): string => groupDigits(n, ',');
