/**
 * DynamoDB Local's classes shared between its starts (AppCDS, a dynamic class-data archive): the classes
 * its JVM loads are parsed and verified once, written to an archive by a short JVM run of its own (the
 * launcher's dump run: started, a few requests, stopped, before the start that found no archive), and
 * mapped by every JVM that serves instead of loaded from their jars (measured on the quiet machine: ready
 * in 1.75 s instead of 2.8 s, the JVM's CPU at ready 1.76 s instead of 2.85 s). A JVM that serves never
 * dumps: its dump (~4.5 CPU-s, however little it served) would come when it stops, at the end of a test
 * run, or never (npm start killed).
 *
 * Class-data sharing refuses a class path holding a directory, so the launcher's classes go in a jar of
 * their own, and DynamoDB Local's jar is used as a copy whose manifest has no Class-Path (its own lists
 * "." and log4j2.xml: the emulator's directory and a file that is not there); the class path names its
 * libraries itself, in the manifest's order. Java's own jar classes make both, once a key
 * (./java/SharedClassPathJars.java).
 *
 * The copies and the archive are a cache under node_modules/.cache/dynamodb-local/, one folder a key: the
 * emulator jar's and the launcher's classes' content, the libraries' sizes and times, the Java runtime
 * and the JVM's flags, whatever makes an archive unusable. A folder is built aside and renamed into
 * place, an archive dumped to a file of its own and renamed once its JVM ended as asked, because several
 * processes may start at once. Nothing here may fail a start: without the cache the JVM runs as before, an
 * archive the JVM finds unusable it ignores (-Xshare:auto), and one that makes it fail to start is removed
 * by the launcher, which starts again without it.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

/** What the JVM of one start is given. */
export interface ClassData {
  /** The cache's folder of this key. */
  folder: string;
  /** The class path: DynamoDB Local's jar (copy), its libraries, the launcher's jar. */
  classPath: string[];
  /** Options that map the archive; none while there is no archive yet. */
  vmOptions: string[];
  /** While there is no archive: how a JVM of its own writes one. */
  dump?: ArchiveDump;
  /** The JVM failed to start with the cache: its folder is removed, so that the next start makes it anew. */
  forget(): void;
}

/** A JVM given these options writes the archive when it stops; `settle` keeps it once that JVM has exited. */
export interface ArchiveDump {
  vmOptions: string[];
  /** `shutDown` when the JVM ended by its own shutdown on a signal (its dump written). */
  settle(shutDown: boolean): void;
}

export interface ClassDataInputs {
  /** The cache's folder (one folder a key inside). */
  cacheDir: string;
  /** DynamoDB Local's jar; its libraries are in DynamoDBLocal_lib beside it. */
  jar: string;
  /** The launcher's compiled classes (*.class), SharedClassPathJars among them. */
  classesDir: string;
  /** The java binary that makes the jars. */
  java: string;
  /** The Java runtime as it describes itself: an archive is made by and for one runtime. */
  runtime: string;
  /** The JVM's flags other than the class path's and the archive's. */
  vmFlags: string[];
  log?: (line: string) => void;
}

/** The archive's name holds its size: the JVM maps a file cut short and dies of a bus error when it reaches its end. */
const ARCHIVE = /^classes-(\d+)\.jsa$/;
const archiveName = (size: number) => `classes-${size}.jsa`;
const EMULATOR_JAR = 'DynamoDBLocal.jar';
const CLASSES_JAR = 'launcher.jar';
/** The original manifest's Class-Path entries, one a line (written by SharedClassPathJars). */
const CLASS_PATH = 'class-path';
/** Folders of other keys not used for this long are removed when a new one is made. */
const UNUSED_FOR_MS = 24 * 60 * 60 * 1000;
/** A dump's file older than this is one whose JVM never finished it (killed, its launcher gone). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** The cache for this start; undefined (the JVM runs without it) when it cannot be read or made. */
export function classData(inputs: ClassDataInputs): ClassData | undefined {
  try {
    return prepare(inputs);
  } catch (error) {
    inputs.log?.(`class-data cache not used: ${(error as Error).message}`);
    return undefined;
  }
}

const jarsIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.jar'))
    .sort()
    .map((name) => path.join(folder, name));

function prepare(inputs: ClassDataInputs): ClassData {
  const emulatorDir = path.dirname(inputs.jar);
  const classFiles = readdirSync(inputs.classesDir)
    .filter((name) => name.endsWith('.class'))
    .sort();
  const key = classDataKey({ ...inputs, libraries: jarsIn(path.join(emulatorDir, 'DynamoDBLocal_lib')), classFiles });
  const entry = path.join(inputs.cacheDir, key);
  if (!existsSync(entry)) makeEntry(inputs, entry);
  const now = new Date();
  utimesSync(entry, now, now); // its last use, for the removal of unused folders
  const libraries = readFileSync(path.join(entry, CLASS_PATH), 'utf8')
    .split('\n')
    .filter((name) => name.endsWith('.jar'))
    .map((name) => path.resolve(emulatorDir, name))
    .filter((library) => existsSync(library));
  const classPath = [path.join(entry, EMULATOR_JAR), ...libraries, path.join(entry, CLASSES_JAR)];
  const forget = () => rmSync(entry, { recursive: true, force: true });
  const archive = wholeArchive(entry, inputs.log);
  if (archive) return { folder: entry, classPath, vmOptions: [`-XX:SharedArchiveFile=${archive}`], forget };
  removeAbandonedDumps(entry);
  const dump = path.join(entry, `classes.${randomUUID()}.tmp`);
  return {
    folder: entry,
    classPath,
    vmOptions: [],
    dump: {
      // The dump's warnings (classes it leaves out) would fill the JVM's log.
      vmOptions: [`-XX:ArchiveClassesAtExit=${dump}`, '-Xlog:cds*=off'],
      settle(shutDown) {
        try {
          // A JVM killed may have left half an archive, one that ended otherwise (refusing to start) a partial one;
          // of the dump runs of processes started at once, one keeps its own.
          const size = existsSync(dump) ? statSync(dump).size : 0;
          if (shutDown && size > 0 && !wholeArchive(entry)) renameSync(dump, path.join(entry, archiveName(size)));
        } catch (error) {
          inputs.log?.(`class-data archive not kept: ${(error as Error).message}`);
        } finally {
          rmSync(dump, { force: true });
        }
      },
    },
    forget,
  };
}

/** The folder's archive when it is whole; one cut short is removed. */
function wholeArchive(entry: string, log?: (line: string) => void): string | undefined {
  for (const name of readdirSync(entry)) {
    const size = ARCHIVE.exec(name)?.[1];
    if (size === undefined) continue;
    const archive = path.join(entry, name);
    const actual = statSync(archive).size;
    if (actual === Number(size)) return archive;
    log?.(`class-data archive ${archive} cut short (${actual} of ${size} bytes): removed, made anew`);
    rmSync(archive, { force: true });
  }
  return undefined;
}

/**
 * The cache folder's name: a hash of everything whose change makes its jars or its archive unusable. The jars'
 * content, not their times, where the cache copies them; the libraries', used in place, by size and time as
 * class-data sharing checks them.
 */
export function classDataKey(
  inputs: Pick<ClassDataInputs, 'jar' | 'classesDir' | 'runtime' | 'vmFlags'> & {
    libraries: string[];
    classFiles: string[];
  },
): string {
  const hash = createHash('sha256');
  const part = (value: string | Buffer) => {
    hash.update(String(value.length));
    hash.update(':');
    hash.update(value);
  };
  part(contentHash(inputs.jar));
  for (const name of inputs.classFiles) {
    part(name);
    part(readFileSync(path.join(inputs.classesDir, name)));
  }
  for (const library of inputs.libraries) {
    const { size, mtimeMs } = statSync(library);
    part(`${library} ${size} ${mtimeMs}`);
  }
  part(inputs.runtime);
  part(inputs.vmFlags.join(' '));
  return hash.digest('hex').slice(0, 24);
}

/** DynamoDB Local's jar is ~10 MB and read at every start: hashed once a process while unchanged. */
const contentHashes = new Map<string, string>();

function contentHash(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const id = `${file} ${size} ${mtimeMs}`;
  let digest = contentHashes.get(id);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    contentHashes.set(id, digest);
  }
  return digest;
}

/** Builds the folder's jars aside and renames it into place; another start that made it first wins. */
function makeEntry(inputs: ClassDataInputs, entry: string): void {
  mkdirSync(inputs.cacheDir, { recursive: true });
  removeUnusedEntries(inputs.cacheDir);
  const building = `${entry}.${randomUUID()}.tmp`;
  mkdirSync(building);
  try {
    const made = spawnSync(
      inputs.java,
      // C1 only, as a short run: C2's compiling never pays back in it (with the fastest deflate: 3.0 -> 0.9 CPU-s).
      [
        '-XX:TieredStopAtLevel=1',
        '-cp',
        inputs.classesDir,
        'SharedClassPathJars',
        inputs.jar,
        inputs.classesDir,
        building,
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`its jars not made: ${made.error?.message ?? made.stderr.trim()}`);
    renameSync(building, entry);
  } catch (error) {
    if (!existsSync(entry)) throw error;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

function removeUnusedEntries(cacheDir: string): void {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    const folder = path.join(cacheDir, name);
    try {
      const unusedFor = now - statSync(folder).mtimeMs;
      if (unusedFor > (name.endsWith('.tmp') ? ABANDONED_AFTER_MS : UNUSED_FOR_MS))
        rmSync(folder, { recursive: true, force: true });
    } catch {
      /* removed meanwhile */
    }
  }
}

function removeAbandonedDumps(entry: string): void {
  const now = Date.now();
  for (const name of readdirSync(entry).filter((file) => file.endsWith('.tmp'))) {
    try {
      if (now - statSync(path.join(entry, name)).mtimeMs > ABANDONED_AFTER_MS) rmSync(path.join(entry, name));
    } catch {
      /* removed meanwhile */
    }
  }
}
