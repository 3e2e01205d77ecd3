/**
 * Who may call which route of the HTTP API, from the stage's configuration: the JWT authorizer
 * trusts the stage's token issuer (its own user pool or an OIDC issuer) and audiences; the public
 * routes are open, authenticated or not routed (`publicRoutes`); and the functions that serve
 * routes learn how to recognise an administrator (ADMIN_RECOGNITION: a scope or a scalar claim,
 * shared/contract/admin-recognition.ts). API Gateway itself only verifies the token: the admin-api
 * function refuses (403) a principal that is no administrator.
 */
import { HttpNoneAuthorizer, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type { Function } from 'aws-cdk-lib/aws-lambda';
import { ADMIN_RECOGNITION_VARIABLE, type AdminRecognition } from '../../shared/contract/admin-recognition.js';
import type { RouteDefinition } from '../../shared/contract/resources.js';
import { PUBLIC_ROUTES_VARIABLE, type PublicRoutes } from '../../shared/contract/route-paths.js';

export interface ApiIdentityProps {
  /** The token issuer, accepted audiences and administrator rule (StatefulStack.tokens). */
  tokens: { issuer: string; audience: string[]; admin: AdminRecognition };
  publicRoutes: PublicRoutes;
}

export class ApiIdentity {
  readonly authorizer: HttpJwtAuthorizer;
  private readonly publicRoutes: PublicRoutes;
  private readonly admin: AdminRecognition;

  constructor({ tokens, publicRoutes }: ApiIdentityProps) {
    this.authorizer = new HttpJwtAuthorizer('JwtAuthorizer', tokens.issuer, { jwtAudience: tokens.audience });
    this.publicRoutes = publicRoutes;
    this.admin = tokens.admin;
  }

  /** The route's authorizer, or undefined when the stage does not route it at all. */
  authorizerFor(route: Pick<RouteDefinition, 'access'>): IHttpRouteAuthorizer | undefined {
    if (route.access !== 'public') return this.authorizer;
    if (this.publicRoutes === 'absent') return undefined;
    return this.publicRoutes === 'public' ? new HttpNoneAuthorizer() : this.authorizer;
  }

  /** Tells a function that serves routes how an administrator is recognised, and which routes the stage has. */
  informRouteFunction(fn: Pick<Function, 'addEnvironment'>): void {
    fn.addEnvironment(ADMIN_RECOGNITION_VARIABLE, JSON.stringify(this.admin));
    fn.addEnvironment(PUBLIC_ROUTES_VARIABLE, this.publicRoutes);
  }
}
