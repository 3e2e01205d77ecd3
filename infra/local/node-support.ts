/**
 * Node 20 or 22 (package.json engines; this project's CI runs 20, the deployed functions 22).
 * On Node 20 every AWS SDK client prints a ten-line NodeVersionSupportWarning (SDK releases after
 * January 2027 will need Node 22). The local system silences it with the SDK's own switch, so a
 * newcomer's first screen of `npm start` is the ready block; the README says when to move to 22.
 * Imported first by the entry points, before any SDK client exists.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
