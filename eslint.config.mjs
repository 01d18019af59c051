import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const axeMessage =
  'Scan with expectNoAxeViolations from tests/e2e/axe.ts: it runs axe with the site’s WCAG tags and asserts that it finds no violation.';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-fork/',
      'build-pseudo/',
      'i18n/qps-ploc/',
      '.fork-simulation/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Hooks live in components and in the use*.ts files beside them.
    files: ['**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.strict.rules,
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Every axe scan asserts its result in one place, so no test can scan and forget to check.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['tests/e2e/axe.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@axe-core/*', 'axe-core', 'axe-core/*'],
              message: axeMessage,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(@axe-core\\/|axe-core)/]',
          message: axeMessage,
        },
        {
          selector:
            "CallExpression[callee.name='require'][arguments.0.value=/^(@axe-core\\/|axe-core)/]",
          message: axeMessage,
        },
      ],
    },
  },
  prettier,
);
