/**
 * Errors as RFC 9457 problem documents. Handlers throw these; the HTTP middleware turns
 * them into `application/problem+json` responses. Anything else is a 500 without details.
 */
import type { FieldIssue } from '../../shared/policy/index.js';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
}

const TYPE_BASE = 'https://lingang.ai-subsidy/problems/';

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldIssue[],
  ) {
    super(detail ?? title);
    this.name = 'Problem';
  }

  document(instance?: string): ProblemDocument {
    return {
      type: `${TYPE_BASE}${this.slug}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const validationProblem = (errors: FieldIssue[]) =>
  new Problem(400, 'validation', 'The request is not valid', errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; '), errors);
export const notFound = (what: string) => new Problem(404, 'not-found', 'Not found', `${what} was not found`);
export const forbidden = (detail: string) => new Problem(403, 'forbidden', 'Forbidden', detail);
export const unauthorized = () => new Problem(401, 'unauthorized', 'Unauthorized', 'a valid bearer token is required');
export const conflict = (slug: string, detail: string) => new Problem(409, slug, 'Conflict', detail);
export const unprocessable = (slug: string, detail: string) => new Problem(422, slug, 'Unprocessable request', detail);
