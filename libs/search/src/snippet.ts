/** Snippets of search hits: ts_headline marks the matches, the text is escaped, then the marks become <mark>. */
// Control characters mark the matches so the text can be HTML-escaped before <mark> goes in.
export const SNIPPET_START = '\u0002';
export const SNIPPET_STOP = '\u0003';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function snippetHtml(raw: string): string {
  // eslint-disable-next-line no-control-regex -- strips control characters users may have typed, keeping our markers
  return escapeHtml(raw.replace(/[\u0000\u0001\u0004-\u0008]/g, ''))
    .replaceAll(SNIPPET_START, '<mark>')
    .replaceAll(SNIPPET_STOP, '</mark>');
}

/**
 * SQL: the text of sanitized HTML (`html`, an SQL expression) without its tags and entities, so that a snippet of
 * a Markdown post shows what readers read, not its markup.
 */
export function textOfHtmlSql(html: string): string {
  const text = `btrim(regexp_replace(regexp_replace(${html}, '<[^>]*>', ' ', 'g'), '\\s+', ' ', 'g'))`;
  const entities: [string, string][] = [
    ['&lt;', '<'],
    ['&gt;', '>'],
    ['&quot;', '"'],
    ['&#39;', "''"],
    ['&nbsp;', ' '],
    ['&amp;', '&'],
  ];
  return entities.reduce((sql, [entity, char]) => `replace(${sql}, '${entity}', '${char}')`, text);
}
