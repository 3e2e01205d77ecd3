/**
 * The body of POST /v1/admin/exports. Kept apart from the route so that the JSON Schema and
 * OpenAPI generators can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { fiscalYearSchema } from '../../shared/policy/index.js';
import { EXPORT_KINDS } from '../commons/exports/model.js';

export const exportBodySchema = z.strictObject({ kind: z.enum(EXPORT_KINDS), fiscalYear: fiscalYearSchema });
