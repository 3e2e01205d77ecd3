/**
 * Outside Lambda the tracer is off (functions/commons/runtime/tracer.ts), yet X-Ray's SDK, which
 * Powertools Tracer imports, starts in automatic mode: cls-hooked's async hook with destroy
 * tracking, run on every promise of the process (a fifth of the local system's CPU under
 * bench:api's load). Manual mode installs no hook; nothing is traced locally either way.
 * Imported by the local runtime's entry points before any handler module.
 */
process.env.AWS_XRAY_MANUAL_MODE ??= 'true';
