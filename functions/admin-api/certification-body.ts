/**
 * The body of PUT /v1/admin/platforms/{applicantId}/certification: the policy's certification
 * shape with the certificate reference required (it names the item). Kept apart from the route
 * so that the JSON Schema generator can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { certificationSchema } from '../../shared/policy/index.js';

export const certificationBodySchema = z.safeExtend(certificationSchema, {
  reference: certificationSchema.shape.reference.def.innerType,
});
