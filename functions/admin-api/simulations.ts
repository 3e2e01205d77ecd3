/**
 * POST /v1/admin/simulations: starts a what-if simulation (202 `{simulationId, status}` + Location);
 * a parameter that does not exist, is not in its unit or is out of range is a 400 naming
 * `overrides.<name>`, and nothing is stored; the result file's headers will be in the request's
 * negotiated language. GET /v1/admin/simulations/{id}: its progress and, once COMPLETED, its result
 * per programme and the result as CSV at a download URL valid five minutes.
 */
import { callerIdOf } from '../commons/edge/auth.js';
import {
  correlationIdOf,
  json,
  jsonBody,
  pathParameter,
  requestLanguage,
  validate,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { notFound } from '../commons/edge/problems.js';
import { simulationIdSchema } from '../commons/simulations/model.js';
import type { ReportResources } from '../commons/files/report-files.js';
import { readSimulation } from '../commons/simulations/read.js';
import { startSimulation, type SimulationResources } from '../commons/simulations/start.js';
import { simulationBodySchema } from './simulation-body.js';

export async function startSimulationRoute(resources: SimulationResources, event: HttpEvent): Promise<HttpResult> {
  const admin = callerIdOf(event);
  const body = jsonBody(event);
  const { policyVersion, programmes, submittedFrom, submittedTo } = validate(simulationBodySchema, body);
  // Valid: the overrides are kept as sent; the workers read them back as the policy's values.
  const { overrides } = body as { overrides: Record<string, unknown> };
  const started = await startSimulation(
    resources,
    { policyVersion, overrides, programmes, submittedFrom, submittedTo },
    admin,
    { language: requestLanguage(event), correlationId: correlationIdOf(event) },
  );
  return json(202, started, { location: `/v1/admin/simulations/${started.simulationId}` });
}

export async function getSimulation(resources: ReportResources, event: HttpEvent): Promise<HttpResult> {
  const id = pathParameter(event, 'id');
  const simulation = simulationIdSchema.safeParse(id).success ? await readSimulation(resources, id) : undefined;
  if (!simulation) throw notFound('simulation', id);
  return json(200, simulation);
}
