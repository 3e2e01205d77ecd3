/**
 * A required environment variable. Modules read it when they first need it, never at load, so
 * pure code imports them without an environment and a function needs only the variables of what it does.
 */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}
