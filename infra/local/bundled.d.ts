/** ./bundled.js's types (plain JavaScript: it runs before anything could load TypeScript). */
export function bundled(options: {
  /** The module to bundle, relative to `root`. */
  entry: string;
  /** The repository's root; default: this one. */
  root?: string;
  /** Where its bundles are kept; default node_modules/.cache/bundled/<entry's path> under `root`. */
  cacheDir?: string;
}): Promise<{ file: string; built: boolean }>;
