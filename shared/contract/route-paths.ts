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

/**
 * What a stage does with the public routes (the policy, the API document and its reference page):
 * serve them to anyone, only behind the JWT authorizer, or not route them at all.
 */
export const PUBLIC_ROUTE_MODES = ['public', 'authenticated', 'absent'] as const;
export type PublicRoutes = (typeof PUBLIC_ROUTE_MODES)[number];
/** Tells the function behind `$default` the stage's mode, so that an absent route is a 404, not a 405. */
export const PUBLIC_ROUTES_VARIABLE = 'PUBLIC_ROUTES';

const routedBy = (publicRoutes: PublicRoutes) =>
  COMPILED.filter((route) => route.access !== 'public' || publicRoutes !== 'absent');

/** The route for this method and path, with its path parameters as they appear in the path. */
export function matchRoute(method: string, path: string, publicRoutes: PublicRoutes = 'public') {
  for (const route of routedBy(publicRoutes)) {
    const found = route.method === method ? route.pattern.exec(path) : null;
    if (found)
      return { route, pathParameters: Object.fromEntries(route.names.map((name, i) => [name, found[i + 1]!])) };
  }
  return undefined;
}

/** The methods the routes of this path answer; none for a path no route has. */
export const methodsOf = (path: string, publicRoutes: PublicRoutes = 'public'): string[] =>
  routedBy(publicRoutes)
    .filter((route) => route.pattern.test(path))
    .map((route) => route.method);
