/** Counts the README states are the code's: the OpenAPI document's operations and the Lambda functions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { FUNCTION_NAMES, ROUTES } from '../../shared/contract/resources.js';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('README counts', () => {
  it('names the number of operations the document has', () => {
    expect(/The document has \*\*(\d+) operations\*\*/.exec(readme)?.[1]).toBe(String(ROUTES.length));
  });

  it('names the number of functions the stateless stack deploys', () => {
    expect(/the \*\*(\d+) functions\*\*/.exec(readme)?.[1]).toBe(String(FUNCTION_NAMES.length));
  });
});
