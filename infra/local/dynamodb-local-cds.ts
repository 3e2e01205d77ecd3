/**
 * DynamoDB Local's classes shared between its starts (AppCDS, a dynamic class-data archive): the classes
 * its JVM loads are parsed and verified once, written to an archive when a JVM stops, and mapped by the
 * next JVMs instead of loaded from their jars (measured on the quiet machine: ready in 1.75 s instead of
 * 2.8 s, the JVM's CPU at ready 1.76 s instead of 2.85 s).
 *
 * Class-data sharing refuses a class path holding a directory, so the launcher's classes go in a jar of
 * their own, and DynamoDB Local's jar is used as a copy whose manifest has no Class-Path (its own lists
 * "." and log4j2.xml: the emulator's directory and a file that is not there); the class path names its
 * libraries itself, in the manifest's order.
 *
 * The copies and the archive are a cache under node_modules/.cache/dynamodb-local/, one folder a key: the
 * emulator jar's and the launcher's classes' content, the libraries' sizes and times, the Java runtime
 * and the JVM's flags, whatever makes an archive unusable. A folder is built aside and renamed into
 * place, an archive dumped to a file of its own and renamed once its JVM ended as asked, because several
 * JVMs start at once. Nothing here may fail a start: without the cache the JVM runs as before, an
 * archive the JVM finds unusable it ignores (-Xshare:auto), and one that makes it fail to start is removed
 * by the launcher, which starts again without it.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** What the JVM of one start is given, and what it does with the archive once that JVM has ended. */
export interface ClassData {
  /** The class path: DynamoDB Local's jar (copy), its libraries, the launcher's jar. */
  classPath: string[];
  /** Options that map the archive, or dump one at exit when there is none yet. */
  vmOptions: string[];
  /** Whether this JVM writes the archive when it stops. */
  dumping: boolean;
  /** Called once the JVM has exited; `shutDown` when it ended by its own shutdown on a signal (its dump written). */
  settle(shutDown: boolean): void;
  /** The JVM failed to start with the cache: its folder is removed, so that the next start makes it anew. */
  forget(): void;
}

export interface ClassDataInputs {
  /** The cache's folder (one folder a key inside). */
  cacheDir: string;
  /** DynamoDB Local's jar; its libraries are in DynamoDBLocal_lib beside it. */
  jar: string;
  /** The launcher's compiled classes (*.class). */
  classesDir: string;
  /** The Java runtime as it describes itself: an archive is made by and for one runtime. */
  runtime: string;
  /** The JVM's flags other than the class path's and the archive's. */
  vmFlags: string[];
  /** Whether a JVM of this start may write the archive (the launcher's own main: its classes are all there). */
  mayDump: boolean;
  log?: (line: string) => void;
}

/** The archive's name holds its size: the JVM maps a file cut short and dies of a bus error when it reaches its end. */
const ARCHIVE = /^classes-(\d+)\.jsa$/;
const archiveName = (size: number) => `classes-${size}.jsa`;
const EMULATOR_JAR = 'DynamoDBLocal.jar';
const CLASSES_JAR = 'launcher.jar';
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

function prepare(inputs: ClassDataInputs): ClassData {
  const libraries = manifestClassPath(inputs.jar)
    .filter((entry) => entry.endsWith('.jar'))
    .map((entry) => path.resolve(path.dirname(inputs.jar), entry))
    .filter((library) => existsSync(library));
  const classFiles = readdirSync(inputs.classesDir)
    .filter((name) => name.endsWith('.class'))
    .sort();
  const key = classDataKey({ ...inputs, libraries, classFiles });
  const entry = path.join(inputs.cacheDir, key);
  if (!existsSync(entry)) makeEntry(inputs, entry, classFiles);
  const now = new Date();
  utimesSync(entry, now, now); // its last use, for the removal of unused folders
  const classPath = [path.join(entry, EMULATOR_JAR), ...libraries, path.join(entry, CLASSES_JAR)];
  const forget = () => rmSync(entry, { recursive: true, force: true });
  const archive = wholeArchive(entry, inputs.log);
  if (archive) {
    return {
      classPath,
      vmOptions: [`-XX:SharedArchiveFile=${archive}`],
      dumping: false,
      settle: () => undefined,
      forget,
    };
  }
  if (!inputs.mayDump) return { classPath, vmOptions: [], dumping: false, settle: () => undefined, forget };
  removeAbandonedDumps(entry);
  const dump = path.join(entry, `classes.${randomUUID()}.tmp`);
  return {
    classPath,
    // The dump's warnings (classes it leaves out) would fill the JVM's log at every stop.
    vmOptions: [`-XX:ArchiveClassesAtExit=${dump}`, '-Xlog:cds*=off'],
    dumping: true,
    settle(shutDown) {
      try {
        // A JVM killed may have left half an archive, one that ended otherwise (refusing to start) a partial one;
        // one of the JVMs started at once keeps its own.
        const size = existsSync(dump) ? statSync(dump).size : 0;
        if (shutDown && size > 0 && !wholeArchive(entry)) renameSync(dump, path.join(entry, archiveName(size)));
      } catch (error) {
        inputs.log?.(`class-data archive not kept: ${(error as Error).message}`);
      } finally {
        rmSync(dump, { force: true });
      }
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
function makeEntry(inputs: ClassDataInputs, entry: string, classFiles: string[]): void {
  mkdirSync(inputs.cacheDir, { recursive: true });
  removeUnusedEntries(inputs.cacheDir);
  const building = `${entry}.${randomUUID()}.tmp`;
  mkdirSync(building);
  try {
    writeFileSync(path.join(building, EMULATOR_JAR), withoutClassPath(readFileSync(inputs.jar)));
    writeFileSync(
      path.join(building, CLASSES_JAR),
      jarOf(classFiles.map((name) => ({ name, data: readFileSync(path.join(inputs.classesDir, name)) }))),
    );
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

// ---------------------------------------------------------------------------------------------
// Just enough of the zip format for a jar's manifest (DynamoDB Local's jar has no zip64 records).

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;
const MANIFEST = 'META-INF/MANIFEST.MF';
/** 1980-01-01 00:00 in MS-DOS form: the launcher's jar is the same bytes for the same classes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface CentralRecord {
  name: string;
  /** The record as stored, name, extra field and comment included. */
  bytes: Buffer;
}

function centralDirectory(zip: Buffer): { offset: number; records: CentralRecord[] } {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('a zip64 jar');
  const records: CentralRecord[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('a damaged zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const length = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    records.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), bytes: zip.subarray(at, at + length) });
    at += length;
  }
  return { offset, records };
}

function manifestOf(zip: Buffer, records: CentralRecord[]): string {
  const record = records.find(({ name }) => name === MANIFEST)?.bytes;
  if (!record) throw new Error('a jar without a manifest');
  const local = record.readUInt32LE(42);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const stored = zip.subarray(start, start + record.readUInt32LE(20));
  return (record.readUInt16LE(10) === 8 ? inflateRawSync(stored) : stored).toString('utf8');
}

/** The manifest's lines, each continuation (a line beginning with one space) joined to the line it continues. */
function manifestLines(manifest: string): string[] {
  return manifest.split(/\r\n|\r|\n/).reduce<string[]>((lines, line) => {
    if (line.startsWith(' ') && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
}

/** The Class-Path entries of the jar's manifest, in order. */
export function manifestClassPath(jar: string): string[] {
  const zip = readFileSync(jar);
  const line = manifestLines(manifestOf(zip, centralDirectory(zip).records)).find((l) => l.startsWith('Class-Path:'));
  return line ? line.slice('Class-Path:'.length).trim().split(/\s+/) : [];
}

/**
 * The jar with a manifest without Class-Path: its entries' bytes as they are, the new manifest written after
 * them and the central directory pointing at it instead of the old one (left in place, unreferenced).
 */
export function withoutClassPath(zip: Buffer): Buffer {
  const { offset, records } = centralDirectory(zip);
  // The manifest's own lines, endings kept, but Class-Path's and those continuing it.
  const kept: string[] = [];
  let inClassPath = false;
  for (const line of manifestOf(zip, records).split(/(?<=\n)/)) {
    inClassPath = line.startsWith('Class-Path:') || (inClassPath && line.startsWith(' '));
    if (!inClassPath) kept.push(line);
  }
  const manifest = Buffer.from(kept.join(''));
  const compressed = deflateRawSync(manifest);
  const stored = {
    name: MANIFEST,
    method: 8,
    crc: crc32(manifest),
    compressed: compressed.length,
    size: manifest.length,
  };
  const local = localHeader(stored);
  const central = records.map(({ name, bytes }) => (name === MANIFEST ? centralHeader(stored, offset) : bytes));
  const directory = Buffer.concat(central);
  return Buffer.concat([
    zip.subarray(0, offset),
    local,
    compressed,
    directory,
    endRecord(records.length, directory.length, offset + local.length + compressed.length),
  ]);
}

/** A jar of the given files, stored uncompressed. */
export function jarOf(files: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of files) {
    const stored = { name, method: 0, crc: crc32(data), compressed: data.length, size: data.length };
    const local = localHeader(stored);
    central.push(centralHeader(stored, offset));
    parts.push(local, data);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([...parts, directory, endRecord(files.length, directory.length, offset)]);
}

/** CRC-32 as zip has it (node:zlib's crc32 is Node 20.15+; the project runs on any Node 20). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An entry as both its headers describe it. */
interface Stored {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
}

/** The fields the local header (at 8) and the central one (at 10) share, in the same order. */
function header(length: number, signature: number, at: number, entry: Stored): Buffer {
  const bytes = Buffer.alloc(length);
  bytes.writeUInt32LE(signature, 0);
  bytes.writeUInt16LE(entry.method, at);
  bytes.writeUInt16LE(DOS_DATE, at + 4);
  bytes.writeUInt32LE(entry.crc, at + 6);
  bytes.writeUInt32LE(entry.compressed, at + 10);
  bytes.writeUInt32LE(entry.size, at + 14);
  bytes.writeUInt16LE(Buffer.byteLength(entry.name), at + 18);
  return bytes;
}

function localHeader(entry: Stored): Buffer {
  const local = header(30, LOCAL, 8, entry);
  local.writeUInt16LE(20, 4); // version needed: deflate
  return Buffer.concat([local, Buffer.from(entry.name)]);
}

function centralHeader(entry: Stored, offset: number): Buffer {
  const central = header(46, CENTRAL, 10, entry);
  central.writeUInt16LE(20, 4); // version made by
  central.writeUInt16LE(20, 6); // version needed
  central.writeUInt32LE(offset, 42);
  return Buffer.concat([central, Buffer.from(entry.name)]);
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
