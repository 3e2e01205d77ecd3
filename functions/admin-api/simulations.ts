/**
 * POST /v1/admin/simulations: starts a what-if simulation (202 `{simulationId, status}` + Location);
 * a parameter that does not exist, is not in its unit or is out of range is a 400 naming
 * `overrides.<name>`, and nothing is stored. GET /v1/admin/simulations/{id}: its progress and,
 * once COMPLETED, its result per programme. Each checks the admin group itself, whatever mounts it.
 */
import { principalOf, requireAdmin } from '../commons/edge/auth.js';
import { bodyText, json, parseBody, pathParameter, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { notFound } from '../commons/edge/problems.js';
import { simulationIdSchema } from '../commons/simulations/model.js';
import { readSimulation } from '../commons/simulations/read.js';
import { startSimulation } from '../commons/simulations/start.js';
import { simulationBodySchema } from './simulation-body.js';

export async function startSimulationRoute(event: HttpEvent): Promise<HttpResult> {
  const admin = requireAdmin(principalOf(event));
  const { policyVersion, programmes, submittedFrom, submittedTo } = parseBody(event, simulationBodySchema);
  // The overrides are kept as sent (valid now): the workers read them back as the policy's values.
  const { overrides } = JSON.parse(bodyText(event)) as { overrides: Record<string, unknown> };
  const started = await startSimulation({ policyVersion, overrides, programmes, submittedFrom, submittedTo }, admin.id);
  return json(202, started, { location: `/v1/admin/simulations/${started.simulationId}` });
}

export async function getSimulation(event: HttpEvent): Promise<HttpResult> {
  requireAdmin(principalOf(event));
  const id = pathParameter(event, 'id');
  const simulation = simulationIdSchema.safeParse(id).success ? await readSimulation(id) : undefined;
  if (!simulation) throw notFound('simulation', id);
  return json(200, simulation);
}
