// Lint (npm run lint, part of .ci/run): ESLint's and typescript-eslint's recommended rules, plus
// the type-aware promise rules, so that no promise is left floating or passed where a callback
// is expected (a lost await in a handler loses the write it was waiting for).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated (npm run schemas) or built (client/dist).
    ignores: [
      'node_modules/',
      'cdk.out/',
      '.local/',
      '.bench/',
      'coverage/',
      'stub/',
      'client/schema.ts',
      'client/events.ts',
      'client/openapi-document.ts',
      'client/dist/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts', '*.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Node's servers and emitters take async listeners by design; every other void-return misuse stays an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // `_name` and `...rest` are how a value is deliberately left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  // Tests read synthesized CloudFormation and raw answers, and the generators walk JSON documents: no static types.
  {
    files: ['test/**/*.ts', 'client/validate.ts', 'scripts/openapi/client-types.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
