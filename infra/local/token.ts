/** `npm run --silent token -- --sub <applicantId> [--admin]`: prints a bearer token the local gateway accepts, and nothing else. */
import { parseArgs } from 'node:util';
import { issueToken, loadSigningKey } from './dev-auth.js';
import { SIGNING_KEY_FILE } from './paths.js';

const { values } = parseArgs({
  options: { sub: { type: 'string' }, admin: { type: 'boolean', default: false }, 'expires-in': { type: 'string' } },
});
if (!values.sub) {
  process.stderr.write('usage: npm run --silent token -- --sub <applicantId> [--admin] [--expires-in <seconds>]\n');
  process.exit(2);
}
const expiresIn = values['expires-in'] ? Number(values['expires-in']) : undefined;
process.stdout.write(
  `${await issueToken(loadSigningKey(SIGNING_KEY_FILE), { sub: values.sub, admin: values.admin, expiresIn })}\n`,
);
