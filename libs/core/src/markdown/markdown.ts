import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** What a link may point to: absolute http(s) and mailto URLs. Relative, protocol-relative and all other schemes are refused. */
const SAFE_HREF = /^(?:https?|mailto):/i;

/**
 * What a browser ignores in a URL before it reads the scheme (ASCII whitespace and C0 controls, which the URL
 * parser strips or removes) plus C1 controls and invisible separators. The value arrives entity-decoded.
 */
// eslint-disable-next-line no-control-regex
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * Links are rebuilt from scratch: only href and title are taken over, rel and target are always ours. A link whose
 * href is missing or not an absolute http(s)/mailto URL stops being a link (its text stays): `span` is not an
 * allowed tag, so the sanitizer discards the element and keeps its content.
 */
const transformLink: sanitizeHtml.Transformer = (_tagName, attribs) => {
  const href = attribs.href?.trim();
  if (!href || !SAFE_HREF.test(href.replace(URL_NOISE, ''))) return { tagName: 'span', attribs: {} };
  const link: sanitizeHtml.Attributes = { href };
  if (attribs.title) link.title = attribs.title;
  return { tagName: 'a', attribs: { ...link, rel: 'nofollow noopener ugc', target: '_blank' } };
};

/** What Markdown may become: text formatting, lists, quotes, code, tables and plain links. Nothing else. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
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
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: { a: transformLink },
  disallowedTagsMode: 'discard',
};

/** Renders user Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, SANITIZE).trim();
}

/**
 * The web (http/https) links in HTML from renderMarkdown: what a reader can click to leave Krisenfest. The
 * renderer rebuilds every link with its href first, entity-decoded, so counting its output is exact.
 */
export function countWebLinks(renderedHtml: string): number {
  return renderedHtml.match(/<a href="https?:/gi)?.length ?? 0;
}
