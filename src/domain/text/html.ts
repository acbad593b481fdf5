import { Parser } from 'htmlparser2';

/** Elements whose content is never the article: scripts, navigation, page furniture. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'figcaption',
  'title',
]);

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|p|div|br|article|h1|span)\b[^>]*>/i.test(text.slice(0, 5000));
}

/** The readable text of an HTML page, one block a line, with its title when it has one. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const lines: string[] = [];
  let current = '';
  let skipping = 0;
  let inTitle = false;
  let title = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        if (name === 'title') inTitle = true;
        if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipping === 0) current += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text: lines.join('\n\n'), title: title.replace(/\s+/g, ' ').trim() || null };
}
