import { DEFAULT_DESIGN } from './default-design';
import type { Design } from './design-schema';

/**
 * Whether the design speaks of money: prices of its own or other server profiles. Only then do
 * the command line and the printout show the cost, so a design never prints example prices as if
 * they were quotes.
 */
export function hasOwnCosting(design: Design): boolean {
  return JSON.stringify(design.costing) !== JSON.stringify(DEFAULT_DESIGN.costing);
}
