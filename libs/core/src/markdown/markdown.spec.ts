import { isTag, type ChildNode, type Element } from 'domhandler';
import { decodeHTMLAttribute } from 'entities';
import { parseDocument } from 'htmlparser2';
import { renderMarkdown } from './markdown';
import { HTML_XSS_VECTORS, MARKDOWN_XSS_VECTORS, XSS_VECTORS } from './xss-vectors';

/** Tags that must never reach a page, whatever the input. */
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'svg', 'math', 'form', 'input'];

/** What the sanitizer lets through at all (markdown.ts); anything else in the output is a leak. */
const EXPECTED_TAGS = new Set([
  'p',
  'br',
  'hr',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'background', 'poster', 'data', 'xlink:href', 'cite']);

/**
 * What a browser makes of a URL attribute before it looks at the scheme: entities decoded (as in an
 * attribute value), then ASCII whitespace, C0/C1 controls and invisible separators removed. Removing them
 * everywhere, not only at the ends, is stricter than the URL parser, which is what a test should be.
 */
function browserUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeHTMLAttribute(raw).replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '');
}

function elements(nodes: ChildNode[], into: Element[] = []): Element[] {
  for (const node of nodes) {
    if (isTag(node)) {
      into.push(node);
      elements(node.children, into);
    } else if ('children' in node) {
      elements(node.children as ChildNode[], into);
    }
  }
  return into;
}

/** Every reason `html` is unsafe to insert into a page; empty if it is safe. */
function problems(html: string): string[] {
  const found: string[] = [];
  const lower = html.toLowerCase();
  for (const tag of FORBIDDEN_TAGS) {
    if (lower.includes(`<${tag}`)) found.push(`contains <${tag}`);
  }
  // Entities stay encoded here, so that browserUrl decodes them exactly once, as a browser does.
  const document = parseDocument(html, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true });
  for (const element of elements(document.children)) {
    const name = element.name.toLowerCase();
    if (FORBIDDEN_TAGS.includes(name)) found.push(`element <${name}>`);
    if (!EXPECTED_TAGS.has(name)) found.push(`unexpected element <${name}>`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) found.push(`<${name} ${key}>`);
      if (key === 'style') found.push(`<${name} style>`);
      if (key === 'srcdoc' || key === 'xmlns' || key.startsWith('xlink:')) found.push(`<${name} ${key}>`);
      if (URL_ATTRIBUTES.has(key) && !/^(https?|mailto):/i.test(browserUrl(value))) {
        found.push(`<${name} ${key}=${JSON.stringify(value)}> is not an http(s) or mailto URL`);
      }
    }
  }
  return found;
}

describe('renderMarkdown: hostile input', () => {
  it('has a large vector list', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(XSS_VECTORS).size).toBe(XSS_VECTORS.length);
  });

  it('the checker itself catches what it should', () => {
    expect(problems('<p>ok <a href="https://ok.example/">x</a> <a href="mailto:a@b.example">m</a></p>')).toEqual([]);
    expect(problems('<script>alert(1)</script>')).not.toEqual([]);
    expect(problems('<p onclick="x">x</p>')).not.toEqual([]);
    expect(problems('<p style="color:red">x</p>')).not.toEqual([]);
    expect(problems('<a href="&#106;avascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<a href="java&#x09;script:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<a href=" &#14; javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<a href="/relative">x</a>')).not.toEqual([]);
    expect(problems('<img src="https://ok.example/x.png">')).not.toEqual([]);
  });

  describe.each([
    ['HTML', HTML_XSS_VECTORS],
    ['Markdown', MARKDOWN_XSS_VECTORS],
  ])('%s vectors', (_kind, vectors) => {
    it.each(vectors.map((vector, index) => [index, vector]))('#%i %j renders harmless', (_index, vector) => {
      const html = renderMarkdown(vector as string);
      expect({ html, problems: problems(html) }).toEqual({ html, problems: [] });
    });
  });

  it('code spans and code blocks keep HTML as visible, escaped text', () => {
    expect(renderMarkdown('`<script>alert(1)</script>`')).toBe('<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>');
    const block = renderMarkdown('```html\n<img src=x onerror=alert(1)>\n```');
    expect(block).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(problems(block)).toEqual([]);
  });

  it('a link title that tries to break out stays a title', () => {
    const html = renderMarkdown('[x](https://ok.example "onmouseover=alert(1)")');
    const [a] = elements(parseDocument(html).children).filter((e) => e.name === 'a');
    expect(a.attribs.title).toBe('onmouseover=alert(1)');
    expect(Object.keys(a.attribs).sort()).toEqual(['href', 'rel', 'target', 'title']);
  });

  it('dangerous links keep their text but lose the link', () => {
    expect(renderMarkdown('[klick mich](javascript:alert(1))')).toBe('<p>klick mich</p>');
    expect(renderMarkdown('<a href="&#106;avascript:alert(1)" onclick="alert(2)">klick <em>mich</em></a>')).toBe(
      '<p>klick <em>mich</em></p>',
    );
  });

  it('relative, protocol-relative and scheme-less links are not links (what they resolve to depends on the page)', () => {
    expect(renderMarkdown('[a](/threads/1) [b](#anker) [c](//fremd.example/) [d](java%09script:alert(1)) <a>e</a>')).toBe(
      '<p>a b c d e</p>',
    );
  });
});

describe('renderMarkdown: legitimate Markdown', () => {
  it('bold and italics', () => {
    expect(renderMarkdown('**fett** und *kursiv* und _auch kursiv_ und ~~weg~~')).toBe(
      '<p><strong>fett</strong> und <em>kursiv</em> und <em>auch kursiv</em> und <del>weg</del></p>',
    );
  });

  it('lists, ordered lists with a start, nested lists', () => {
    expect(renderMarkdown('- eins\n- zwei\n  - zwei a')).toBe('<ul>\n<li>eins</li>\n<li>zwei<ul>\n<li>zwei a</li>\n</ul>\n</li>\n</ul>');
    expect(renderMarkdown('3. drei\n4. vier')).toBe('<ol start="3">\n<li>drei</li>\n<li>vier</li>\n</ol>');
  });

  it('links to https open in a new tab without referrer power or SEO credit', () => {
    expect(renderMarkdown('[Notfallplan](https://krisenfest.example/plan "Der Plan")')).toBe(
      '<p><a href="https://krisenfest.example/plan" title="Der Plan" rel="nofollow noopener ugc" target="_blank">Notfallplan</a></p>',
    );
  });

  it('autolinks and mailto links', () => {
    const html = renderMarkdown('Siehe https://krisenfest.example/ oder <mailto:hilfe@krisenfest.example>');
    expect(html).toContain(
      '<a href="https://krisenfest.example/" rel="nofollow noopener ugc" target="_blank">https://krisenfest.example/</a>',
    );
    expect(html).toContain('<a href="mailto:hilfe@krisenfest.example" rel="nofollow noopener ugc" target="_blank">');
    expect(problems(html)).toEqual([]);
  });

  it('a user-supplied rel or target cannot override ours', () => {
    const html = renderMarkdown('<a href="https://ok.example/" target="_self" rel="opener">x</a>');
    expect(html).toBe('<p><a href="https://ok.example/" rel="nofollow noopener ugc" target="_blank">x</a></p>');
  });

  it('code blocks show <script> as text', () => {
    expect(renderMarkdown('```\n<script>alert("hallo")</script>\n```')).toBe(
      '<pre><code>&lt;script&gt;alert("hallo")&lt;/script&gt;\n</code></pre>',
    );
    expect(renderMarkdown('    <b>eingerückt</b>')).toBe('<pre><code>&lt;b&gt;eingerückt&lt;/b&gt;\n</code></pre>');
  });

  it('tables, with alignment', () => {
    const html = renderMarkdown('| Ort | Stufe |\n|:---|---:|\n| Köln | 2 |');
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Ort</th>\n<th align="right">Stufe</th>\n</tr>\n</thead>\n' +
        '<tbody><tr>\n<td align="left">Köln</td>\n<td align="right">2</td>\n</tr>\n</tbody></table>',
    );
  });

  it('German text with umlauts and ß stays as it is', () => {
    const text = 'Größere Überschwemmungen in Düsseldorf: Straßen gesperrt, Bürger*innen äußern Ärger über Öffnungszeiten.';
    expect(renderMarkdown(text)).toBe(`<p>${text}</p>`);
    expect(renderMarkdown('ÄÖÜ äöü ß ẞ „Anführungszeichen“ – €')).toBe('<p>ÄÖÜ äöü ß ẞ „Anführungszeichen“ – €</p>');
  });

  it('line breaks: single newlines become <br>, blank lines paragraphs', () => {
    expect(renderMarkdown('Zeile eins\nZeile zwei\n\nAbsatz zwei')).toBe('<p>Zeile eins<br />Zeile zwei</p>\n<p>Absatz zwei</p>');
  });

  it('headings, quotes and rules', () => {
    expect(renderMarkdown('## Vorsorge\n\n> Wasser für drei Tage\n\n---')).toBe(
      '<h2>Vorsorge</h2>\n<blockquote>\n<p>Wasser für drei Tage</p>\n</blockquote>\n<hr />',
    );
  });

  it('text that merely looks like markup is escaped, not dropped', () => {
    expect(renderMarkdown('3 < 5 && 7 > 2')).toBe('<p>3 &lt; 5 &amp;&amp; 7 &gt; 2</p>');
  });
});
