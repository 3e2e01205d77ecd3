/**
 * The body of POST /v1/admin/simulations: the draft (a policy version to judge every case under,
 * or each case's own; parameter overrides as GET /v1/policy names and renders them), the
 * programmes and the window of submission dates (Asia/Shanghai, inclusive) to replay. Kept apart
 * from the route so that the JSON Schema and OpenAPI generators can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { fieldMessage } from '../../shared/field-messages.js';
import { dateSchema, POLICY_REGISTRY, programmeSchema } from '../../shared/policy/index.js';
import { overridesSchema } from '../../shared/policy/overrides.js';

const versionIds = POLICY_REGISTRY.versions.map((version) => version.id) as [string, ...string[]];

export const simulationBodySchema = z
  .strictObject({
    policyVersion: z.optional(
      z
        .enum(versionIds)
        .check(z.describe('judge every case under this version instead of the one in force on its date')),
    ),
    overrides: overridesSchema,
    programmes: z.optional(
      z.array(programmeSchema).check(
        z.minLength(1),
        z.refine((programmes) => new Set(programmes).size === programmes.length, fieldMessage('programmesUnique')),
      ),
    ),
    submittedFrom: z.optional(dateSchema),
    submittedTo: z.optional(dateSchema),
  })
  .check(
    z.refine((body) => !body.submittedFrom || !body.submittedTo || body.submittedFrom <= body.submittedTo, {
      path: ['submittedTo'],
      message: fieldMessage('submissionWindow'),
    }),
  );
export type SimulationBody = z.output<typeof simulationBodySchema>;
