/**
 * Request paths matched against the route paths of ROUTES ("/v1/applications/{id}"), as API
 * Gateway matches them: the local gateway routes with this, and the function behind the
 * `$default` route tells a known path (405 with `Allow`) from an unknown one (404) with it.
 */
import { ROUTES, type RouteDefinition } from './resources.js';

interface CompiledRoute extends RouteDefinition {
  pattern: RegExp;
  names: string[];
}

function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { ...route, pattern: new RegExp(`^${source}$`), names };
}

const COMPILED = ROUTES.map(compile);

/** The route for this method and path, with its path parameters as they appear in the path. */
export function matchRoute(method: string, path: string) {
  for (const route of COMPILED) {
    const found = route.method === method ? route.pattern.exec(path) : null;
    if (found) return { route, pathParameters: Object.fromEntries(route.names.map((name, i) => [name, found[i + 1]!])) };
  }
  return undefined;
}

/** The methods the routes of this path answer; none for a path no route has. */
export const methodsOf = (path: string): string[] => COMPILED.filter((route) => route.pattern.test(path)).map((route) => route.method);
