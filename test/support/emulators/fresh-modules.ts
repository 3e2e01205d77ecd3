/**
 * First setupFile of the `integration` project, whose files share their worker (isolate: false): the
 * worker imports the AWS SDK and the other packages once for all its files, but each file starts
 * as it would in a worker of its own. The environment is the worker's as it started (a file's
 * changes to process.env end with it), and every module of this repository is evaluated again
 * for the file: handlers compose on the environment when their module loads (./env.ts applies the
 * file's tables and queues next), so no module keeps another file's resources or state.
 */
import { vi } from 'vitest';

const key = Symbol.for('lingang.test.workerEnvironment');
const holder = globalThis as { [key]?: Record<string, string | undefined> };
const initial = (holder[key] ??= { ...process.env });
for (const name of Object.keys(process.env)) if (!Object.hasOwn(initial, name)) delete process.env[name];
Object.assign(process.env, initial);

vi.resetModules();
