/**
 * Generators of hostile requests for /graphql (fast-check arbitraries) and the check every response must
 * pass. Shared by apps/api/test/hostile-input.e2e-spec.ts (injected, fixed seed) and
 * scripts/hostile-input.js (a larger run against a running server). Only node built-ins, graphql and
 * fast-check: no Nest, no path aliases, so the script can load it through a plain swc require hook.
 */
import { createHmac, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { CLIENT_ERROR_CODES } from '@krisenfest/core';

/** One raw HTTP request; `payload` is sent byte for byte. */
export interface HostileRequest {
  kind: string;
  method: 'POST' | 'GET';
  /** Path and query string, e.g. /graphql?query=… */
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Real things in the database under test, and tokens to send. */
export interface HostileContext {
  /** Global ids by type name (Municipality, Thread, Comment, Experience, User, …). */
  ids: Record<string, string[]>;
  /** Valid bearer tokens of signed-up users. */
  tokens: string[];
  /** Tokens that must be refused (expired, foreign signature, unknown user, …). */
  badTokens: string[];
}

export const SCHEMA_FILE = path.resolve(__dirname, '../../../../schema.graphql');
let cachedSchema: GraphQLSchema | undefined;
export function loadSchema(): GraphQLSchema {
  cachedSchema ??= buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  return cachedSchema;
}

const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
export const forgeId = (type: string, id: string) => b64url(`${type}:${id}`);

/** An HS256 JWT; with the server's secret it verifies, with any other it is a forgery. */
export function signJwt(claims: Record<string, unknown>, secret: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** Tokens a client may hold that must all be refused; `secret` (the server's) adds expired and unknown-user ones. */
export function badTokens(secret?: string): string[] {
  const now = Math.floor(Date.now() / 1000);
  const tokens = [
    signJwt({ sub: randomUUID(), iat: now - 7200, exp: now - 3600 }, 'not-the-secret-not-the-secret-not-the-secret'),
    `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(JSON.stringify({ sub: randomUUID() }))}.`,
    'garbage-garbage-garbage',
    'a'.repeat(3000),
    'eyJhbGciOiJIUzI1NiJ9.e30.AAAA',
  ];
  if (secret)
    tokens.push(
      signJwt({ sub: randomUUID(), iat: now - 7200, exp: now - 3600 }, secret),
      signJwt({ sub: randomUUID(), iat: now, exp: now + 3600 }, secret),
    );
  return tokens;
}

// ---------------------------------------------------------------------------------------------- values

/** Marks an enum value, so that it becomes a bare name in a literal and a string in JSON. */
class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

const TYPES = [
  'Experience',
  'Thread',
  'Comment',
  'User',
  'Municipality',
  'Crisis',
  'VolunteerGroup',
  'SeminarSession',
  'SeminarSeries',
  'Foo',
  'Node',
];

function idArb(ctx: HostileContext): fc.Arbitrary<string> {
  const real = Object.values(ctx.ids).flat();
  const arbs: fc.Arbitrary<string>[] = [
    fc.constantFrom(...TYPES).chain((t) => fc.uuid().map((u) => forgeId(t, u))),
    fc
      .constantFrom(
        'User:not-a-uuid',
        'Experience:',
        ':',
        'Foo:1',
        'Thread:00000000-0000-0000-0000-000000000000',
        'Comment:1 OR 1=1',
        'Experience:%',
        'Experience:'.padEnd(300, 'x'),
      )
      .map((s) => b64url(s)),
    fc.constantFrom(
      '',
      'garbage',
      '====',
      '-_-_',
      '1',
      'null',
      "' OR 1=1 --",
      '\u0000',
      '\ud800',
      'x'.repeat(5000),
      '../../etc/passwd',
      'QUJD',
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
  ];
  if (real.length)
    arbs.unshift(
      fc.constantFrom(...real),
      fc.constantFrom(...real).map((id) => id.slice(0, -2)),
      fc.constantFrom(...real).map((id) => `${id}=`),
    );
  return fc.oneof(...arbs);
}

const stringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Hochwasser',
      'Ahr',
      '"exakte Phrase"',
      '-aus',
      'oder',
      '*',
      '%',
      '_',
      '\\',
      "'",
      '!&|:()',
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '\udfff x', '\u202e', '\ufeff', '🌊'.repeat(100)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => 'ä'.repeat(n)) },
);

const intArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(0, -1, 1, 20, 100, 101, 2147483647, -2147483648),
  fc.integer(),
);

/** A value of the wrong kind for anything. */
const wrongArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    2147483648,
    1.5,
    'NaN',
    'Infinity',
    '-0',
    '1e308',
    true,
    null,
    '',
    [],
    {},
    [[[]]],
    { a: { b: {} } },
  ),
  fc.constantFrom(new EnumValue('NOT_A_VALUE'), new EnumValue('flood'), new EnumValue('true')),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.string({ maxLength: 10 }),
);

function scalarArb(name: string, ctx: HostileContext): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idArb(ctx);
    case 'String':
      return stringArb;
    case 'Int':
      return intArb;
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(
        fc.constantFrom('2021-07-14', '2021-02-30', '0000-00-00', '99999-01-01', '2021-7-1'),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      );
    case 'DateTime':
      return fc.oneof(
        fc.constantFrom('2023-01-25T13:30:00+01:00', 'yesterday', '2023-01-25T25:61:00Z'),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      );
    default:
      return stringArb;
  }
}

/** A value for an input type: mostly right, sometimes wrong at any level. */
function valueArb(type: GraphQLInputType, ctx: HostileContext, depth = 0): fc.Arbitrary<unknown> {
  const right = rightValueArb(type, ctx, depth);
  return fc.oneof({ weight: depth === 0 ? 12 : 40, arbitrary: right }, { weight: 1, arbitrary: wrongArb });
}

function rightValueArb(type: GraphQLInputType, ctx: HostileContext, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightValueArb(type.ofType, ctx, depth);
  if (isListType(type)) return fc.array(valueArb(type.ofType, ctx, depth + 1), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => new EnumValue(v.name)));
  if (isScalarType(type)) return scalarArb(type.name, ctx);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = valueArb(f.type, ctx, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc
      .tuple(
        fc.record(model, { requiredKeys: required }),
        fc.option(
          fc.dictionary(fc.constantFrom('isAdmin', '__proto__', 'constructor', 'authorId', 'status', 'x'), wrongArb, { maxKeys: 2 }),
          { freq: 8 },
        ),
      )
      .map(([obj, extra]) => (extra ? { ...extra, ...obj } : obj));
  }
  return wrongArb;
}

/** A GraphQL literal for a JSON-ish value (wrong values included; NaN etc. become names). */
export function toLiteral(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad_key'}: ${toLiteral(v)}`)
      .join(', ')}}`;
  }
  return 'null';
}

// ---------------------------------------------------------------------------------------------- documents

interface Piece {
  text: string;
  vars: { name: string; type: string; value: unknown }[];
}

let varCounter = 0;

function argsArb(field: GraphQLField<unknown, unknown>, ctx: HostileContext, asVariables: boolean): fc.Arbitrary<Piece> {
  if (!field.args.length) return fc.constant({ text: '', vars: [] });
  const perArg = field.args.map((arg) =>
    fc
      .oneof(
        // Required arguments are left out only now and then.
        { weight: isNonNullType(arg.type) && arg.defaultValue === undefined ? 1 : 6, arbitrary: fc.constant(undefined) },
        { weight: 30, arbitrary: valueArb(arg.type, ctx).map((value) => ({ value })) },
      )
      .map((v) => ({ arg, v })),
  );
  return fc.tuple(...perArg, fc.boolean(), fc.nat({ max: 39 })).map((parts) => {
    const wrongDecl = parts[parts.length - 1] as number;
    const chosen = parts.slice(0, -2) as { arg: (typeof field.args)[number]; v: { value: unknown } | undefined }[];
    const vars: Piece['vars'] = [];
    const text = chosen
      .filter((c) => c.v !== undefined)
      .map(({ arg, v }) => {
        if (!asVariables) return `${arg.name}: ${toLiteral(v!.value)}`;
        const name = `v${(varCounter = (varCounter + 1) % 1000)}`;
        // Now and then a variable declared with a type that does not fit the argument.
        const type = wrongDecl === 0 ? 'String' : wrongDecl === 1 ? '[ID!]!' : String(arg.type);
        vars.push({ name, type, value: v!.value });
        return `${arg.name}: $${name}`;
      })
      .join(', ');
    return { text: text ? `(${text})` : '', vars };
  });
}

const selectionCache = new Map<string, fc.Arbitrary<Piece>>();

function selectionArb(type: GraphQLNamedType, ctx: HostileContext, depth: number, asVariables: boolean): fc.Arbitrary<Piece> {
  const key = `${type.name}/${depth}/${asVariables}`;
  const cached = selectionCache.get(key);
  if (cached) return cached;
  let arb: fc.Arbitrary<Piece>;
  if (isUnionType(type) || isInterfaceType(type)) {
    const schema = loadSchema();
    const possible = schema.getPossibleTypes(type);
    arb = fc.subarray([...possible], { minLength: 0, maxLength: Math.min(3, possible.length) }).chain((types) =>
      fc.tuple(...types.map((t) => selectionArb(t, ctx, depth + 1, asVariables))).map((sels) => ({
        text: `{ __typename ${isInterfaceType(type) ? 'id ' : ''}${sels.map((s, i) => `... on ${types[i].name} ${s.text}`).join(' ')} }`,
        vars: sels.flatMap((s) => s.vars),
      })),
    );
  } else if (isObjectType(type)) {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter(
      (f) => !isObjectType(getNamedType(f.type)) && !isInterfaceType(getNamedType(f.type)) && !isUnionType(getNamedType(f.type)),
    );
    const pickable = depth >= 4 ? leaves : fields;
    const pool = pickable.length ? pickable : fields;
    arb = fc.subarray(pool, { minLength: 1, maxLength: Math.min(4, pool.length) }).chain((picked) =>
      fc.tuple(...picked.map((f) => fieldArb(f, ctx, depth + 1, asVariables))).map((parts) => ({
        text: `{ ${parts.map((p) => p.text).join(' ')} }`,
        vars: parts.flatMap((p) => p.vars),
      })),
    );
  } else {
    arb = fc.constant({ text: '', vars: [] });
  }
  selectionCache.set(key, arb);
  return arb;
}

function fieldArb(field: GraphQLField<unknown, unknown>, ctx: HostileContext, depth: number, asVariables: boolean): fc.Arbitrary<Piece> {
  const named = getNamedType(field.type);
  const sub: fc.Arbitrary<Piece> =
    isScalarType(named) || isEnumType(named)
      ? fc.constant({ text: '', vars: [] })
      : fc.constant(null).chain(() => selectionArb(named, ctx, depth, asVariables));
  return fc
    .tuple(argsArb(field, ctx, asVariables), sub)
    .map(([a, s]) => ({ text: `${field.name}${a.text} ${s.text}`.trim(), vars: [...a.vars, ...s.vars] }));
}

export interface GeneratedOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** A document over random root fields of the schema with random (right and wrong) arguments. */
export function schemaOperationArb(ctx: HostileContext): fc.Arbitrary<GeneratedOperation> {
  const schema = loadSchema();
  const roots = [
    { kind: 'query', type: schema.getQueryType()!, weight: 4 },
    { kind: 'mutation', type: schema.getMutationType()!, weight: 2 },
  ];
  return fc.oneof(
    ...roots.map(({ kind, type, weight }) => ({
      weight,
      arbitrary: fc.boolean().chain((asVariables) =>
        fc.subarray(Object.values(type.getFields()), { minLength: 1, maxLength: 3 }).chain((fields) =>
          fc.tuple(...fields.map((f) => fieldArb(f, ctx, 1, asVariables)), fc.option(fc.constantFrom('Op', 'Other'))).map((parts) => {
            const name = parts[parts.length - 1] as string | null;
            const pieces = parts.slice(0, -1) as Piece[];
            const vars = pieces.flatMap((p) => p.vars);
            const decl = vars.length ? `(${vars.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
            const body = pieces.map((p, i) => `f${i}: ${p.text}`).join(' ');
            const query = `${kind} ${name ?? ''}${decl} { ${body} }`;
            return { query, variables: Object.fromEntries(vars.map((v) => [v.name, v.value])), operationName: name ?? undefined };
          }),
        ),
      ),
    })),
  );
}

/** Random edits to a document: delete, insert, duplicate, swap braces, truncate. */
export function mutateArb(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat({ max: 5 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      '[',
      ']',
      ':',
      '$',
      '@',
      '!',
      '.',
      '...',
      '"',
      '"""',
      '#',
      '\\',
      '\n',
      ',',
      '=',
      '|',
      '&',
      '\u0000',
      '\ud800',
      'ä',
      '🌊',
      'fragment',
      'on',
      'query',
      '__schema',
    ),
  );
  return fc.tuple(source, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([doc, edits]) => {
    let s = doc;
    for (const [op, a, b, ch] of edits) {
      const i = Math.floor(a * s.length);
      const j = Math.min(s.length, i + 1 + Math.floor(b * 20));
      switch (op) {
        case 0:
          s = s.slice(0, i) + s.slice(j);
          break;
        case 1:
          s = s.slice(0, i) + ch + s.slice(i);
          break;
        case 2:
          s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
          break;
        case 3:
          s = s.replace(/[{}]/g, (c) => (c === '{' ? '}' : '{'));
          break;
        case 4:
          s = s.slice(0, i);
          break;
        default:
          s = s.slice(0, i) + ch.repeat(1 + Math.floor(b * 50)) + s.slice(i);
          break;
      }
    }
    return s;
  });
}

// ---------------------------------------------------------------------------------------------- floods

const repeatJoin = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** Documents that push one limit (depth, aliases, directives, tokens, fragments, size). */
export const floodArb: fc.Arbitrary<GeneratedOperation> = fc.oneof(
  fc.integer({ min: 10, max: 60 }).map((n) => ({
    query: `{ municipalities(first: 1) { edges { node { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } } } }`,
    variables: {},
  })),
  fc.integer({ min: 10, max: 60 }).map((n) => ({
    query: `{ ${'threads { nodes { comments { nodes { replies { nodes { thread { '.repeat(Math.ceil(n / 8))}id${' } } } } } } } }'.repeat(Math.ceil(n / 8))} }`,
    variables: {},
  })),
  fc.integer({ min: 10, max: 250 }).map((n) => ({ query: `{ ${repeatJoin(n, (i) => `a${i}: viewer { id }`)} }`, variables: {} })),
  fc.integer({ min: 10, max: 250 }).map((n) => ({ query: `{ viewer { ${repeatJoin(n, (i) => `i${i}: __typename`)} } }`, variables: {} })),
  fc
    .tuple(
      fc.integer({ min: 10, max: 300 }),
      fc.constantFrom('@include(if: true)', '@skip(if: false)', '@deprecated', '@nope', '@include(if: $x)'),
    )
    .map(([n, d]) => ({ query: `query($x: Boolean = true) { viewer ${d.repeat(n)} { id } }`, variables: {} })),
  fc.integer({ min: 2, max: 150 }).map((n) => ({
    query: `{ ...F0 } ${repeatJoin(n, (i) => `fragment F${i} on Query { viewer { id } ...F${i + 1} }`)} fragment F${n} on Query { __typename }`,
    variables: {},
  })),
  fc.integer({ min: 1, max: 50 }).map((n) => ({
    query: `{ ...F0 } ${repeatJoin(n, (i) => `fragment F${i} on Query { __typename ...F${(i + 1) % n} }`)}`,
    variables: {},
  })),
  fc
    .integer({ min: 10, max: 900 })
    .map((n) => ({ query: `fragment F on Query { __typename viewer { id } } { ${'...F '.repeat(n)} }`, variables: {} })),
  fc
    .integer({ min: 10, max: 5000 })
    .map((n) => ({ query: `{ municipalities(nameContains: ${'['.repeat(n)}"x"${']'.repeat(n)}) { nodes { id } } }`, variables: {} })),
  fc.integer({ min: 10, max: 3000 }).map((n) => ({
    query: `{ search(query: "x", filter: ${'{types: '.repeat(n)}null${'}'.repeat(n)}) { nodes { rank } } }`,
    variables: {},
  })),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => ({ query: `{ search(query: "${'x'.repeat(n)}") { nodes { rank } } }`, variables: {} })),
  fc.integer({ min: 10, max: 3000 }).map((n) => ({ query: `{ ${'__typename '.repeat(n)}}`, variables: {} })),
  fc.integer({ min: 100, max: 300_000 }).map((n) => ({
    query: `query($q: String!) { search(query: $q) { nodes { rank } } }`,
    variables: { q: 'Hochwasser '.repeat(Math.ceil(n / 11)).slice(0, n) },
  })),
  fc.integer({ min: 10, max: 1000 }).map((n) => {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = { a: v };
    return { query: `query($q: String!) { search(query: $q) { nodes { rank } } }`, variables: { q: v } };
  }),
  fc
    .constantFrom(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
      '{ __type(name: "Query") { fields { args { type { ofType { ofType { ofType { name } } } } } } } }',
      'subscription { viewer { id } }',
      '{ viewer { id } } { viewer { id } }',
      'query A { viewer { id } } query A { __typename }',
      'query($a: Int, $a: Int) { __typename }',
      'query($x: Unknown) { __typename }',
      '{ node(id: $undeclared) { id } }',
      '{ viewer { id ...on Thread { id } } }',
      '{ viewer { id } } fragment Unused on Query { __typename }',
      '{ ...Missing }',
      '"""doc""" query { __typename }',
      '{ __typename @include }',
      '{ experiences(orderBy: null) { nodes { id } } }',
      '{ seminarSessions(when: null) { nodes { id } } }',
      '{ municipality { id } }',
      '{ municipality(id: null, officialKey: null) { id } }',
      '{ experiences(first: 100) { nodes { thread { comments(first: 100) { nodes { replies(first: 100) { nodes { id } } } } } } } }',
    )
    .map((query) => ({ query, variables: {} })),
);

// ---------------------------------------------------------------------------------------------- requests

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/graphql',
  'application/graphql-response+json',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/jsonx',
  'json',
  '*/*',
  '',
  'application/json;;;',
  'APPLICATION/JSON',
];

function authHeaderArb(ctx: HostileContext): fc.Arbitrary<Record<string, string>> {
  const options: fc.Arbitrary<Record<string, string>>[] = [
    fc.constant({}),
    fc.constantFrom(...ctx.badTokens).map((tk) => ({ authorization: `Bearer ${tk}` })),
    fc
      .constantFrom(
        'Bearer',
        'Bearer ',
        'Basic dXNlcjpwYXNz',
        'bearer x.y.z',
        'Bearer a b c',
        'Token abcdefghijklmnop',
        'x'.repeat(8000),
        'Bearer ..........',
      )
      .map((authorization) => ({ authorization })),
  ];
  if (ctx.tokens.length) options.unshift(fc.constantFrom(...ctx.tokens).map((tk) => ({ authorization: `Bearer ${tk}` })));
  return fc.oneof(...options.map((arbitrary, i) => ({ weight: i === 0 ? 3 : i === 1 ? 3 : 1, arbitrary })));
}

const jsonPost = (body: unknown, headers: Record<string, string>): Omit<HostileRequest, 'kind'> => ({
  method: 'POST',
  url: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  payload: JSON.stringify(body),
});

/** Raw payloads: broken JSON and encodings, batches, GET, content types, empty bodies. */
type RawRequest = Omit<HostileRequest, 'headers'> & { headers?: Record<string, string> };

function rawArb(op: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<RawRequest> {
  const q = op.map((o) => JSON.stringify({ query: o.query, variables: o.variables }));
  return fc.oneof(
    // invalid UTF-8 spliced into a valid body
    fc
      .tuple(
        q,
        fc.nat(),
        fc.uint8Array({ minLength: 1, maxLength: 6 }),
        fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xe2, 0x82]),
      )
      .map(([body, at, extra, bad]) => {
        const buf = Buffer.from(body);
        const i = at % (buf.length + 1);
        return {
          kind: 'invalid-utf8',
          method: 'POST' as const,
          url: '/graphql',
          payload: Buffer.concat([buf.subarray(0, i), Buffer.from(bad), Buffer.from(extra), buf.subarray(i)]),
        };
      }),
    fc
      .constantFrom(
        '',
        ' ',
        '{',
        '}',
        '[]',
        '[{}]',
        'null',
        'true',
        '1',
        '"query"',
        '{"query":null}',
        '{"query":1}',
        '{"query":["{ __typename }"]}',
        '{"query":{}}',
        '{"query":"{ __typename }","variables":"{}"}',
        '{"query":"{ __typename }","variables":[]}',
        '{"query":"{ __typename }","variables":1}',
        '{"query":"{ __typename }","operationName":1}',
        '{"query":"{ __typename }","extensions":"x"}',
        '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}',
        '{"query":"{ __typename }","__proto__":{"x":1}}',
        '{"query":"{ __typename }","constructor":{"prototype":{"x":1}}}',
        '{"query":"{ __typename }"',
        '{"query":"{ __typename }"}}',
        '{"query":"\\ud800{ __typename }"}',
        '{"query":"{ node(id: \\"\\ud800\\") { id } }"}',
        '{"query":"{ __typename }\\u0000"}',
        '{"query":"{ __typename }" , "query":"{ viewer { id } }"}',
        '\ufeff{"query":"{ __typename }"}',
        '{"query":"{ __typename }"}\u0000',
        "{'query':'{ __typename }'}",
        '{"query":"{ __typename }","variables":{"a":1e999999}}',
        '{"query":"{ __typename }","variables":{"a":-}}',
        `{"query":"{ __typename }","variables":${'['.repeat(10000)}${']'.repeat(10000)}}`,
      )
      .map((payload) => ({ kind: 'invalid-json', method: 'POST' as const, url: '/graphql', payload })),
    fc.tuple(q, fc.nat()).map(([body, at]) => ({
      kind: 'truncated-json',
      method: 'POST' as const,
      url: '/graphql',
      payload: body.slice(0, at % (body.length + 1)),
    })),
    fc
      .array(op, { minLength: 0, maxLength: 5 })
      .map((ops) => ({ kind: 'batch', method: 'POST' as const, url: '/graphql', payload: JSON.stringify(ops) })),
    fc.tuple(op, fc.constantFrom(...CONTENT_TYPES), fc.boolean()).map(([o, ct, pre]) => ({
      kind: 'content-type',
      method: 'POST' as const,
      url: '/graphql',
      payload: JSON.stringify(o),
      headers: { 'content-type': ct, ...(pre ? { 'apollo-require-preflight': 'true' } : {}) },
    })),
    fc.tuple(op, fc.boolean(), fc.boolean()).map(([o, pre, raw]) => ({
      kind: 'get',
      method: 'GET' as const,
      headers: pre ? { 'apollo-require-preflight': 'true' } : {},
      url: raw
        ? `/graphql?query=${o.query.slice(0, 4000)}&variables=${JSON.stringify(o.variables).slice(0, 2000)}&query=%ZZ&variables[]=1`
        : `/graphql?query=${encodeURIComponent(o.query.slice(0, 6000))}&variables=${encodeURIComponent(JSON.stringify(o.variables).slice(0, 3000))}${o.operationName ? `&operationName=${o.operationName}` : ''}`,
    })),
    fc
      .constantFrom(
        '/graphql?',
        '/graphql?query=',
        '/graphql?query={__typename}&variables=nope',
        '/graphql?query=mutation{__typename}',
        '/graphql?extensions=%7B%7D',
        '/graphql/',
        '/graphql/%2e%2e/health',
        '/GRAPHQL',
      )
      .map((url) => ({ kind: 'get', method: 'GET' as const, url, headers: { 'apollo-require-preflight': 'true' } })),
    fc.constant({ kind: 'empty-body', method: 'POST' as const, url: '/graphql', payload: '' }),
  ) as unknown as fc.Arbitrary<RawRequest>;
}

/** Any hostile request: schema-driven, mutated, flooding or raw; with or without a token. */
export function hostileRequestArb(ctx: HostileContext): fc.Arbitrary<HostileRequest> {
  const schemaOp = schemaOperationArb(ctx);
  const anyOp = fc.oneof({ weight: 4, arbitrary: schemaOp }, { weight: 1, arbitrary: floodArb });
  const operationName = fc.option(fc.constantFrom('Op', 'Other', '', 'x'.repeat(1000), '__proto__'), { freq: 15 });
  const extraVariables = fc.option(fc.dictionary(fc.constantFrom('unknown', 'v9999', '__proto__', 'x'), wrongArb, { maxKeys: 2 }), {
    freq: 5,
  });
  const post = (kind: string, o: fc.Arbitrary<GeneratedOperation>) =>
    fc.tuple(o, operationName, extraVariables).map(([op, name, extra]) => ({
      kind,
      body: {
        query: op.query,
        variables: extra ? { ...extra, ...op.variables } : op.variables,
        ...(op.operationName || name !== null ? { operationName: name ?? op.operationName } : {}),
      },
    }));
  const requests = fc.oneof(
    { weight: 10, arbitrary: post('schema', schemaOp).map(({ kind, body }) => ({ kind, ...jsonPost(body, {}) })) },
    {
      weight: 4,
      arbitrary: post(
        'mutated',
        mutateArb(schemaOp.map((o) => o.query)).map((query) => ({ query, variables: {} })),
      ).map(({ kind, body }) => ({ kind, ...jsonPost(body, {}) })),
    },
    { weight: 3, arbitrary: post('flood', floodArb).map(({ kind, body }) => ({ kind, ...jsonPost(body, {}) })) },
    { weight: 3, arbitrary: rawArb(anyOp) },
  );
  return fc
    .tuple(requests, authHeaderArb(ctx))
    .map(([r, auth]) => ({ ...r, headers: { ...(r.headers ?? {}), ...auth } }) as HostileRequest);
}

// ---------------------------------------------------------------------------------------------- checks

const ALLOWED_CODES = new Set(CLIENT_ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

/** What is wrong with a response (empty if nothing): a 5xx, or an error whose code is not a client code. */
export function responseProblems(status: number, body: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return problems;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors)) {
    for (const e of errors as { message?: string; extensions?: { code?: unknown } }[]) {
      const code = e?.extensions?.code;
      if (typeof code !== 'string' || !ALLOWED_CODES.has(code))
        problems.push(`error code ${String(code)}: ${String(e?.message).slice(0, 200)}`);
    }
  }
  return problems;
}

/** A short, printable description of a request (for reports). */
export function describeRequest(r: HostileRequest): string {
  const payload = r.payload === undefined ? '' : Buffer.isBuffer(r.payload) ? `base64:${r.payload.toString('base64')}` : r.payload;
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
  return `${r.kind}: ${r.method} ${cut(r.url, 300)} headers=${cut(JSON.stringify(r.headers), 200)} payload=${cut(payload, 1500)}`;
}
