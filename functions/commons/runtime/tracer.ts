/**
 * Powertools Tracer (SPEC §10.2): on where the stage traces (the stack sets
 * POWERTOOLS_TRACE_ENABLED from the stage's `tracing`, with Lambda's active tracing), off where
 * the region has no X-Ray; it also stays off outside Lambda (tests, the local system).
 */
import { Tracer } from '@aws-lambda-powertools/tracer';

export const tracer = new Tracer();
