import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PluginObj, transformAsync, types as t } from '@babel/core';
import { type ASTNode, type FragmentDefinitionNode, Kind, parse, visit } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const api = process.env.KRISENFEST_API_URL ?? 'http://127.0.0.1:3000';

/** Every `graphql(`…`)` document in the client's sources (the generated ones aside). */
const GRAPHQL_CALL = /graphql\(`([^`]*)`\)/g;

/**
 * Each `graphql(`…`)` call compiled to its document (with the fragments it spreads) where it is written, so a page's
 * JavaScript carries its own documents only. The generated `graphql()` looks documents up in a map of all of them,
 * which would put every page's documents into the start page's download.
 */
function documentsWhereUsed(): Plugin {
  const sources = fileURLToPath(new URL('./src', import.meta.url));
  const generated = path.join(sources, 'gql');
  const fragments = new Map<string, FragmentDefinitionNode>();

  function learnFragments(code: string): void {
    for (const [, body] of code.matchAll(GRAPHQL_CALL)) {
      for (const definition of parse(body, { noLocation: true }).definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
    }
  }

  /** The document as JSON: its own definitions, then each fragment it needs (also through other fragments). */
  function compiled(body: string): string {
    const document = parse(body, { noLocation: true });
    const included = new Set(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
    const added: FragmentDefinitionNode[] = [];
    const include = (node: ASTNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment || included.has(fragment.name.value)) return;
          included.add(fragment.name.value);
          added.push(fragment);
          include(fragment);
        },
      });
    include(document);
    return JSON.stringify({ kind: Kind.DOCUMENT, definitions: [...document.definitions, ...added] });
  }

  return {
    name: 'krisenfest:documents-where-used',
    enforce: 'pre',
    buildStart() {
      const files = fs.readdirSync(sources, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((f) => /\.tsx?$/.test(f))) {
        const full = path.join(sources, file);
        if (!full.startsWith(generated)) learnFragments(fs.readFileSync(full, 'utf8'));
      }
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generated) || !code.includes('graphql(`')) return null;
      learnFragments(code); // as edited (npm run dev)
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        // TypeScript and JSX stay as they are for Vite's own transform.
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [
          (): PluginObj => ({
            visitor: {
              CallExpression(call) {
                const [argument] = call.node.arguments;
                if (!t.isIdentifier(call.node.callee, { name: 'graphql' }) || !t.isTemplateLiteral(argument) || argument.expressions.length)
                  return;
                const json = compiled(argument.quasis[0].value.cooked ?? argument.quasis[0].value.raw);
                call.replaceWith(
                  t.callExpression(t.memberExpression(t.identifier('JSON'), t.identifier('parse')), [t.stringLiteral(json)]),
                );
              },
            },
          }),
        ],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * The web client. `npm start` builds it into dist/web, which the API serves at `/`; `npm run dev` runs this dev
 * server with the API behind its proxy (GraphQL over HTTP and WebSocket, the calendar files).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [documentsWhereUsed()],
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
