/**
 * The bundles `npm start` and `npm run token` run (infra/local/bundled.js): made once, used while the files it was made of are unchanged,
 * made again when one changes or a folder a dynamic import's pattern reads gains a module; each module keeps its
 * own import.meta.url, as under tsx.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled } from '../../infra/local/bundled.js';

const root = mkdtempSync(path.join(tmpdir(), 'bundled-'));
const cacheDir = path.join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** The entry's answer: what the bundle made now (or kept) prints when run. */
async function run(): Promise<{ built: boolean; file: string; said: unknown }> {
  const { file, built } = await bundled({ root, entry: 'app/main.ts', cacheDir });
  const { said } = (await import(`${pathToFileURL(file).href}?${Math.random()}`)) as { said: unknown };
  return { file, built, said };
}

// The greeters named in GREETERS (default: hello), each imported by a pattern, as platform.ts imports a handler.
write(
  'app/main.ts',
  [
    "import { where } from './lib/where.js';",
    "const names = (process.env.GREETERS ?? 'hello').split(',');",
    'const greet = async (name: string) => ((await import(`./greeters/${name}/greet.js`)) as { greet: string }).greet;',
    'export const said = { where, greeters: await Promise.all(names.map(greet)) };',
  ].join('\n'),
);
write('app/lib/where.ts', 'export const where: string = import.meta.url;');
write('app/greeters/hello/greet.ts', "export const greet: string = 'hello';");

describe('a bundle of a module and its imports', () => {
  it("is made once from the sources, each module with its own import.meta.url and a pattern's modules in it", async () => {
    const first = await run();
    expect(first).toMatchObject({
      built: true,
      said: { where: pathToFileURL(path.join(root, 'app/lib/where.ts')).href, greeters: ['hello'] },
    });
    expect(readFileSync(first.file, 'utf8')).not.toContain('import.meta.url');
    expect(await run()).toMatchObject({ built: false, file: first.file });
  });

  it('is made again when a source changes, and when a folder a pattern reads gains a module', async () => {
    const before = await run();
    write('app/greeters/hello/greet.ts', "export const greet: string = 'hello again';");
    const changed = await run();
    expect(changed).toMatchObject({ built: true, said: { greeters: ['hello again'] } });
    expect(changed.file).not.toBe(before.file);
    expect(await run()).toMatchObject({ built: false, file: changed.file });

    write('app/greeters/bye/greet.ts', "export const greet: string = 'bye';");
    process.env.GREETERS = 'hello,bye';
    try {
      expect(await run()).toMatchObject({ built: true, said: { greeters: ['hello again', 'bye'] } });
    } finally {
      delete process.env.GREETERS;
    }
  });
});
