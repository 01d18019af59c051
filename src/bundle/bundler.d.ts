// What the bundler adds to `require` in the site's client and server code.
declare namespace NodeJS {
  interface Require {
    /**
     * The bundler's id for a module, without adding the module to the chunk that asks: used
     * with a dynamic `import()` of the same module (see src/components/AfterLoad).
     */
    resolveWeak(path: string): string | number;
  }
}
