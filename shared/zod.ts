/**
 * zod as this project uses it: `zod/mini` (the same engine as `zod`, with a functional API
 * that bundles only what is used, which keeps the Lambda bundles small and quick to load),
 * with zod's English error messages. `zod` registers those itself; `zod/mini` does not, and
 * would answer "Invalid input" instead. Every schema imports zod from here, never directly.
 */
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());

export * from 'zod/mini';
