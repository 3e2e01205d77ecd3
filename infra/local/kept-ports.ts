/**
 * The local emulators' ports, chosen once and kept in the state directory (SPEC §7): a restart
 * listens where the last run did, so the presigned URLs it issued (local S3) keep working. A port
 * kept there but taken by something else fails the start with a PortInUseError saying where the
 * port comes from, rather than moving the service and breaking what it issued.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SERVICES = ['dynamodb', 'sqs', 'eventbridge', 's3'] as const;

export type KeptPorts = Partial<Record<(typeof SERVICES)[number], number>>;

/**
 * The ports kept by an earlier start (none for a file that is missing or unreadable). Checked by hand rather than
 * with zod: npm start reads it before DynamoDB Local's JVM starts, and importing zod first would delay that start.
 */
export function readKeptPorts(file: string | undefined): KeptPorts {
  if (!file || !existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) return {};
  const kept: KeptPorts = {};
  for (const service of SERVICES) {
    const port = (parsed as Record<string, unknown>)[service];
    if (port === undefined) continue;
    if (typeof port !== 'number' || !Number.isInteger(port)) return {};
    kept[service] = port;
  }
  return kept;
}

export function keepPorts(file: string | undefined, ports: Required<KeptPorts>): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(ports, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
