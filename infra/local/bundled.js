/**
 * `node infra/local/bundled.js <module.ts> [its arguments]`: runs the module as one ES module bundle of the
 * repository's modules it imports (the packages stay in node_modules and load as they would), made by esbuild the
 * first time and kept in node_modules/.cache/bundled until a file it was made of changes. `npm start` (./start.ts)
 * and `npm run token` (./token.ts) run this way: through tsx, every module of the platform and its handlers went
 * through tsx's loader thread, 1.7 CPU-s more a start, and a token took 0.7 CPU-s of tsx (issue 23 item 3).
 *
 * Plain JavaScript: it runs before anything could load TypeScript. A bundle is used only while every file it was
 * made of holds what it held then, and every folder holding one (up to the repository's root) lists what it listed
 * (a new handler's folder is found by a dynamic import's pattern, not by an import of a file).
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * The bundle of `entry` (relative to `root`), made now unless one made of the same files is in its cache folder:
 * `cacheDir`, by default node_modules/.cache/bundled/<entry's path> under `root`.
 * @param {{ entry: string, root?: string, cacheDir?: string }} options
 * @returns {Promise<{ file: string, built: boolean }>}
 */
export async function bundled(options) {
  const { entry } = options;
  const root = options.root ?? ROOT;
  const cacheDir =
    options.cacheDir ??
    path.join(
      root,
      'node_modules',
      '.cache',
      'bundled',
      path.relative(root, path.resolve(root, entry)).replaceAll(/[/\\]/g, '_'),
    );
  const recordFile = path.join(cacheDir, 'bundle.json');
  const record = readRecord(recordFile);
  if (record && currentKey(root, record.inputs) === record.key)
    return { file: path.join(cacheDir, record.key, 'bundle.mjs'), built: false };

  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const building = mkdtempSync(path.join(cacheDir, 'building-'));
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: path.join(building, 'bundle.mjs'),
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [ownModules(root)],
    });
    if (result.warnings.length > 0)
      throw new Error(`bundling ${entry}: ${result.warnings.map((warning) => warning.text).join('; ')}`);
    const inputs = Object.keys(result.metafile.inputs)
      .map((input) => path.relative(root, path.resolve(root, input)))
      .filter((input) => !input.split(path.sep).includes('node_modules'))
      .sort();
    const key = keyOf(root, inputs);
    const folder = path.join(cacheDir, key);
    try {
      renameSync(building, folder);
    } catch (error) {
      // Made at once by another start from the same files: the same bundle.
      if (!['ENOTEMPTY', 'EEXIST'].includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? '')) throw error;
    }
    const temporary = `${recordFile}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ key, inputs }));
    renameSync(temporary, recordFile);
    removeOld(cacheDir, key);
    return { file: path.join(folder, 'bundle.mjs'), built: true };
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** @returns {{ key: string, inputs: string[] } | undefined} */
function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The key of the files a record lists as they are now; undefined when one is gone. */
function currentKey(root, inputs) {
  try {
    return keyOf(root, inputs);
  } catch {
    return undefined;
  }
}

/**
 * What the bundle depends on: these files' contents, their folders' listings, esbuild's version and this file's own
 * text (how it bundles).
 * @param {string} root
 * @param {string[]} inputs
 */
function keyOf(root, inputs) {
  const hash = createHash('sha256');
  const part = (/** @type {string | Buffer} */ bytes) => hash.update(`${bytes.length}:`).update(bytes);
  part(readFileSync(THIS_FILE));
  part(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('esbuild'))), '..', 'package.json')));
  const folders = new Set();
  for (const input of inputs) {
    part(input);
    part(readFileSync(path.join(root, input)));
    for (let folder = path.dirname(input); folder !== '.'; folder = path.dirname(folder)) folders.add(folder);
  }
  for (const folder of [...folders].sort()) part(`${folder}/ ${readdirSync(path.join(root, folder)).sort().join('/')}`);
  return hash.digest('hex').slice(0, 24);
}

/**
 * The repository's TypeScript as tsx runs it: each module keeps its own import.meta.url (paths beside it: the
 * launcher's classes, the packages it resolves), and a dynamic import by pattern (a handler's module by the
 * function's name) names the .ts files the pattern's .js stands for, as NodeNext's imports do.
 * @param {string} root
 * @returns {import('esbuild').Plugin}
 */
function ownModules(root) {
  return {
    name: 'own-modules',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(root) || args.path.split(path.sep).includes('node_modules')) return undefined;
        const contents = readFileSync(args.path, 'utf8')
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll(/import\(`([^`]*)\.js`\)/g, 'import(`$1.ts`)');
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Removes the bundles of earlier files, but those of the last hour (a start may be about to load one). */
function removeOld(cacheDir, key) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cacheDir)) {
    const folder = path.join(cacheDir, name);
    if (name === key || name.endsWith('.json') || statSync(folder).mtimeMs > hourAgo) continue;
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === THIS_FILE) {
  // The module sees its own arguments only, as under tsx.
  const [entry] = process.argv.splice(2, 1);
  if (!entry) {
    process.stderr.write('usage: node infra/local/bundled.js <module.ts> [arguments]\n');
    process.exit(2);
  }
  const { file } = await bundled({ entry });
  // As tsx does: errors' stacks name the TypeScript sources' lines.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(file).href);
}
