/**
 * The MDX form of a source, both ways: the ingest writes it, the site reads it.
 *
 * The body is a list of `<P id="…" n="…">text</P>` elements built as an mdast
 * tree and serialised by mdast utilities, so article text is always escaped:
 * it can never become JSX, an `{expression}`, ESM or raw HTML. The site parses
 * the file back into data (no MDX compilation, nothing is evaluated).
 */
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxToMarkdown, mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import YAML from 'yaml';
import { Source, SourceFrontmatter, type Paragraph } from '../schemas/source.ts';

/** `mdxToMarkdown` escapes `{` and `<` but not ESM at the start of a line: escape those too. */
const unsafeEsm: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/** Serialise a source (validated frontmatter + paragraphs) to MDX text. */
export function sourceToMdx(frontmatter: SourceFrontmatter, paragraphs: readonly Paragraph[]): string {
  const fm = SourceFrontmatter.parse(frontmatter);
  const yaml = YAML.stringify(fm, { lineWidth: 0, aliasDuplicateObjects: false });
  const tree = {
    type: 'root' as const,
    children: paragraphs.map((p) => ({
      type: 'mdxJsxFlowElement' as const,
      name: 'P',
      attributes: [
        { type: 'mdxJsxAttribute' as const, name: 'id', value: p.id },
        { type: 'mdxJsxAttribute' as const, name: 'n', value: String(p.n) },
      ],
      children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: p.text }] }],
    })),
  };
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown()], unsafe: unsafeEsm });
  return `---\n${yaml}---\n\n${body}`;
}

/** Error raised when a source file cannot be read back; names the file. */
export class SourceFileError extends Error {}

/** Parse MDX text written by `sourceToMdx` back into a validated Source. */
export function mdxToSource(text: string, fileName = '<source>'): Source {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new SourceFileError(`${fileName}: no YAML frontmatter block at the top of the file`);
  const data: unknown = YAML.parse(match[1]!, { schema: 'core' });
  const tree = fromMarkdown(text.slice(match[0].length), {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  });
  const paragraphs: unknown[] = [];
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'P') continue;
    const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    paragraphs.push({ id: attr('id'), n: Number(attr('n')), text: toString(node) });
  }
  const result = Source.safeParse({ ...(data as object), paragraphs });
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new SourceFileError(`${fileName}: invalid source file (${issues})`);
  }
  return result.data;
}
