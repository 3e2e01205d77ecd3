/**
 * The body of POST /v1/admin/payout-runs. Kept apart from the route so that the JSON Schema
 * and OpenAPI generators can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { fiscalYearSchema } from '../../shared/policy/index.js';

export const payoutRunBodySchema = z.strictObject({ fiscalYear: fiscalYearSchema });
