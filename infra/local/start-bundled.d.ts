/** ./start-bundled.js's types (plain JavaScript: it runs before anything could load TypeScript). */
export function bundledStart(options?: {
  /** The repository's root; default: this one. */
  root?: string;
  /** The module to bundle, relative to `root`; default infra/local/start.ts. */
  entry?: string;
  /** Where bundles are kept; default node_modules/.cache/local-start under `root`. */
  cacheDir?: string;
}): Promise<{ file: string; built: boolean }>;
