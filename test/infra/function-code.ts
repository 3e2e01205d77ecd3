/**
 * What a function's code can do, read from the source its bundle is built from: every module
 * reachable by relative imports from `functions/<name>/handler.ts`, and in it the AWS SDK
 * commands it constructs, the kinds of transaction items it writes, the index names it uses
 * and the resource environment variables (shared/contract/resources.ts ENV) it reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import type { FunctionName } from '../../shared/contract/resources.js';

/** The source files of a function's bundle (relative imports only: packages are not our code). */
export function sourceFiles(name: FunctionName): string[] {
  const seen = new Set<string>();
  const pending = [join(PROJECT_ROOT, 'functions', name, 'handler.ts')];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // `import type` is erased from the bundle (verbatimModuleSyntax keeps `import { type X }`), so it reaches no code.
    const code = readFileSync(file, 'utf8').replace(/^import\s+type\s+\{[^}]*\}\s+from\s+['"][^'"]+['"];$/gm, '');
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), specifier!).replace(/\.js$/, '.ts');
      if (existsSync(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

export interface CodeUsage {
  /** `GetCommand`, `SendMessageBatchCommand`, … */
  commands: string[];
  /** Kinds of TransactWriteItems parts written: `Put`, `Update`, `ConditionCheck`, `Delete`. */
  transactionItems: string[];
  /** Index names in value position (`IndexName: 'GSI2'`, `index: 'GSI1'`). */
  indexes: string[];
  /** Keys of ENV read (`ENV.tableName` → `tableName`). */
  environment: string[];
}

const distinct = (source: string, pattern: RegExp) =>
  [...new Set([...source.matchAll(pattern)].map((match) => match[1]!))].sort();

export function codeUsage(name: FunctionName): CodeUsage {
  // Comments and type declarations name things the code never does.
  const source = sourceFiles(name)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^\s*(export\s+)?type\s[^;]*;/gm, '');
  return {
    commands: distinct(source, /new (\w+Command)\(/g),
    transactionItems: distinct(source, /\b(Put|Update|ConditionCheck|Delete)\s*:\s*[\w{]/g),
    indexes: distinct(source, /['"](GSI\d+)['"]/g),
    environment: distinct(source, /\bENV\.(\w+)/g),
  };
}
