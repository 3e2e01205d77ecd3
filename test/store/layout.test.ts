/**
 * The store's layout tells its grants (README, functions/commons/store/): each module stands in the
 * folder of the DynamoDB commands it sends itself, and the modules of `items/` and of the folder's
 * top send none, so a reader knows what importing a module grants without running the grants test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE = 'functions/commons/store';

/** The commands a folder's modules may send themselves (the top and `items/`: none). */
const FOLDER_COMMANDS: Record<string, readonly string[]> = {
  '.': [],
  items: [],
  'get-item': ['GetCommand'],
  query: ['QueryCommand', 'BatchGetCommand'],
  'put-item': ['PutCommand'],
  'update-item': ['UpdateCommand'],
  'transact-write-items': ['TransactWriteCommand', 'PutCommand', 'UpdateCommand'],
};

const modulesOf = (folder: string) =>
  readdirSync(join(STORE, folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(STORE, folder, entry.name));

const commandsSentBy = (file: string) => [
  ...new Set([...readFileSync(file, 'utf8').matchAll(/new (\w+Command)\(/g)].map((match) => match[1]!)),
];

/** The modules of its own folder that a module imports (`./name.js`). */
const siblingsImportedBy = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '\.\/([\w-]+)\.js'/g)].map((match) =>
    join(file, '..', `${match[1]!}.ts`),
  );

/** Sends a command itself, or through a module of its own folder that does (its grants are the same). */
const sendsWithin = (file: string, seen = new Set<string>()): boolean =>
  commandsSentBy(file).length > 0 ||
  siblingsImportedBy(file).some((sibling) => !seen.has(sibling) && sendsWithin(sibling, seen.add(file)));

describe('the store layout', () => {
  it('has no folder whose commands it does not name', () => {
    const folders = readdirSync(STORE, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((folder) => folder.name).sort()).toEqual(
      Object.keys(FOLDER_COMMANDS)
        .filter((folder) => folder !== '.')
        .sort(),
    );
  });

  it.each(Object.entries(FOLDER_COMMANDS))('%s: its modules send only its commands', (folder, allowed) => {
    for (const file of modulesOf(folder)) {
      expect(
        commandsSentBy(file).filter((command) => !allowed.includes(command)),
        file,
      ).toEqual([]);
    }
  });

  it.each(Object.keys(FOLDER_COMMANDS).filter((folder) => FOLDER_COMMANDS[folder]!.length > 0))(
    '%s: each module sends one of its commands, itself or through a module of the same folder',
    (folder) => {
      for (const file of modulesOf(folder)) {
        expect(sendsWithin(file), file).toBe(true);
      }
    },
  );
});
