/** Where the local system keeps its state (SPEC §8: `.local/`, surviving restarts). */
import { resolve } from 'node:path';

export const LOCAL_DIR = resolve(process.env.LOCAL_STATE_DIR ?? '.local');
export const localPath = (...parts: string[]) => resolve(LOCAL_DIR, ...parts);
export const SIGNING_KEY_FILE = localPath('dev-signing-key');
export const EVENTS_FILE = localPath('events.jsonl');
export const EXAMPLE_CONSUMER_FILE = localPath('example-consumer.jsonl');
export const DYNAMODB_DIR = localPath('dynamodb');
/** The local S3 server's objects (evidence documents). */
export const S3_DIR = localPath('s3');
/** The outbox relay's stream position (infra/local/stream-reader.ts). */
export const STREAM_CHECKPOINT_FILE = localPath('stream-checkpoint.json');
/** The emulators' ports, chosen once and kept (infra/local/kept-ports.ts). */
export const PORTS_FILE = localPath('ports.json');
/** The statistics tally's stream position. */
export const STATISTICS_CHECKPOINT_FILE = localPath('statistics-checkpoint.json');
