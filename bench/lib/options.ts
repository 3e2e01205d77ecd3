/** A bench's command-line figure `--<name> N` (a positive integer), or its default. */
export function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** Milliseconds shown as seconds with one decimal. */
export const seconds = (ms: number) => (ms / 1000).toFixed(1);
