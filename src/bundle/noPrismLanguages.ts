// Stands in for the theme's client module `prism-include-languages`, which loads Prism on every
// page (see plugins/lean-client). The code blocks that need Prism register the extra languages
// themselves, in src/theme/CodeBlock/Content/Highlighted.tsx.
export {};
