/** The statistics table's name, read when first needed (no SDK here: importing it widens no grant). */
import { ENV } from '../../../shared/contract/resources.js';
import { env } from '../runtime/env.js';

export const statisticsTableName = (): string => env(ENV.statisticsTableName);
