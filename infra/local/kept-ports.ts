/**
 * The local emulators' ports, chosen once and kept in the state directory (SPEC §7): a restart
 * listens where the last run did, so the presigned URLs it issued (local S3) keep working. A port
 * kept there but taken by something else fails the start with a PortInUseError saying where the
 * port comes from, rather than moving the service and breaking what it issued.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const keptPortsSchema = z
  .object({ dynamodb: z.number().int(), sqs: z.number().int(), eventbridge: z.number().int(), s3: z.number().int() })
  .partial();

export type KeptPorts = z.infer<typeof keptPortsSchema>;

/** The ports kept by an earlier start (none for a file that is missing or unreadable). */
export function readKeptPorts(file: string | undefined): KeptPorts {
  if (!file || !existsSync(file)) return {};
  const parsed = keptPortsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : {};
}

export function keepPorts(file: string | undefined, ports: Required<KeptPorts>): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(ports, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
