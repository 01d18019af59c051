/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  ignoreFiles: ['build*/**', '.docusaurus/**', '.fork-simulation/**', 'node_modules/**'],
  rules: {
    // Infima and the theme write breakpoints as min-width and max-width; one notation reads best.
    'media-feature-range-notation': 'prefix',
    // Global classes follow Infima: kebab-case blocks with BEM `__element` and `--modifier`.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { resolveNestedSelectors: true },
    ],
  },
  overrides: [
    {
      files: ['**/*.module.css'],
      rules: {
        // CSS modules are read in TypeScript as `styles.camelCase`; a `-variant` suffix is a data
        // value, as in `styles[`verdict-${verdict}`]`.
        'selector-class-pattern': '^[a-z][a-zA-Z0-9]*(-[a-z][a-zA-Z0-9]*)?$',
      },
    },
  ],
};
