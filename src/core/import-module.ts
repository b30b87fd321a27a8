/**
 * Set by the launcher (src/cli/launch.ts) when presence runs as the bundled
 * command, dist/program.cjs: its own import(). Code that V8 compiled from a
 * code cache has lost Node's hook for import() ("A dynamic import callback
 * was not specified"), so the bundle imports through the launcher, an ES
 * module. Undefined in the library, which imports as any module does.
 */
declare const __presenceImport: ((specifier: string) => Promise<unknown>) | undefined;

/** `import(specifier)`: a package by name, or a file by URL. */
export function importModule<T = unknown>(specifier: string): Promise<T> {
  return (typeof __presenceImport === 'function' ? __presenceImport(specifier) : import(specifier)) as Promise<T>;
}
