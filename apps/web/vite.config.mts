import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const SRC = fileURLToPath(new URL('./src/', import.meta.url));
const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const PREFIX = 'virtual:krisenfest-gql/';
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * Each `graphql(`…`)` of the client becomes an import of just that document, so a page's documents travel with
 * the page's own lazy chunk. Without it, the generated `graphql()` looks documents up in one map of all of them,
 * and every page's documents would be in the start page's JavaScript. (What codegen's babel and swc plugins do.)
 */
export function gqlDocumentsPerModule(): Plugin {
  return {
    name: 'krisenfest-gql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      this.addWatchFile(GENERATED);
      return `export default ${documentLiteral(readFileSync(GENERATED, 'utf8'), name)};`;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(SRC) || file.startsWith(`${SRC}gql/`) || !/\.tsx?$/.test(file) || !code.includes('graphql(')) return null;
      const imports: string[] = [];
      const replaced = code.replace(CALL, (_call, source: string) => {
        const name = exportName(source, file);
        const local = `__gql_${name}`;
        if (!imports.some((line) => line.includes(`'${PREFIX}${name}'`))) imports.push(`import ${local} from '${PREFIX}${name}';`);
        return local;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${replaced}`, map: null } : null;
    },
  };
}

/** The name codegen's client preset gives a document: `<Operation>Document` or `<Fragment>FragmentDoc`. */
function exportName(source: string, file: string): string {
  const match = /\b(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(source);
  if (!match) throw new Error(`${file}: a graphql() document without a named operation or fragment`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/** The object literal of `export const <name> = {…} as unknown as DocumentNode<…>` in the generated module. */
function documentLiteral(generated: string, name: string): string {
  const start = generated.indexOf(`export const ${name} = `);
  if (start < 0) throw new Error(`${name} is not in ${GENERATED}: run npm run codegen`);
  const from = start + `export const ${name} = `.length;
  const end = generated.indexOf(' as unknown as DocumentNode<', from);
  return generated.slice(from, end);
}

const api = process.env.KRISENFEST_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The web client. `npm start` builds it into dist/web, which the API serves at `/`; `npm run dev` runs this dev
 * server with the API behind its proxy (GraphQL over HTTP and WebSocket, the calendar files).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Each page's GraphQL documents in its own chunk, not all in the start page's JavaScript.
  plugins: [gqlDocumentsPerModule()],
  // React's automatic JSX runtime, transformed by Vite's own oxc.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Hashed file names: the API caches them for a year.
    assetsDir: 'assets',
    rolldownOptions: {
      // React Router marks its modules "use client" for server components; a client-only bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/seminars': { target: api, changeOrigin: true },
      '/seminar-series': { target: api, changeOrigin: true },
      '/notification-mails': { target: api, changeOrigin: true },
    },
  },
});
