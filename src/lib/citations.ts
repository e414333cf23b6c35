/**
 * The build-time check of a briefing's citations. A briefing cites with
 * `<Cite source="<slug>" p="<paragraph id>">claim</Cite>`; every such element
 * must name a source that exists and a paragraph that source has. The check
 * parses the MDX (nothing is compiled or run), finds every <Cite> element and
 * reports each problem with the file and line, e.g.
 *
 *   content/briefings/x.mdx:12: <Cite> names paragraph p-deadbeef, which source <slug> does not have
 *
 * Pure functions, no file system: the content loader (src/lib/briefings.ts)
 * feeds it files; tests/unit/citations.test.ts feeds it strings.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Source } from '../schemas/source.ts';

/** The element name briefings cite with. */
export const CITE_ELEMENT = 'Cite';

/** One <Cite> found in a briefing. */
export interface CitationRef {
  /** Source slug (`source` attribute). */
  source: string;
  /** Paragraph id (`p` attribute). */
  p: string;
  /** 1-based line of the element in the file. */
  line: number;
  /** The claim's text (the element's content, as plain text). */
  claim: string;
}

/** A problem with a briefing, at a line (1-based) of its file. */
export interface CitationProblem {
  line: number;
  message: string;
}

/** What the check knows about the sources: slug → its paragraph ids. */
export type SourceIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** Build the index from loaded sources. */
export function sourceIndex(sources: readonly Pick<Source, 'slug' | 'paragraphs'>[]): SourceIndex {
  return new Map(sources.map((s) => [s.slug as string, new Set(s.paragraphs.map((p) => p.id as string))]));
}

/**
 * The MDX body with its YAML front matter blanked out line by line, so that
 * line numbers still match the file and YAML is never read as MDX.
 */
export function blankFrontmatter(text: string): string {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return text;
  return m[0].replace(/[^\r\n]+/g, '') + text.slice(m[0].length);
}

/* Minimal shapes of the mdast/MDX nodes this module reads. */
interface Position {
  start: { line: number; column: number };
}
interface AttributeValueExpression {
  type: 'mdxJsxAttributeValueExpression';
  value: string;
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | AttributeValueExpression | null;
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: Position;
}

/** A string attribute value: `a="x"`, or an expression that is one string literal (`a={"x"}`, `a={'x'}`). */
function stringValue(value: JsxAttribute['value']): string | null {
  if (typeof value === 'string') return value;
  if (!value || value.type !== 'mdxJsxAttributeValueExpression') return null;
  const m = /^\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`\\$]*)`)\s*$/.exec(value.value);
  if (!m) return null;
  const raw = m[1] ?? m[2] ?? m[3] ?? '';
  return raw.replace(/\\(.)/g, '$1');
}

function plainText(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/** Every <Cite> in an MDX text (front matter allowed), plus problems of form (missing or non-string attributes). */
export function findCitations(mdx: string): { citations: CitationRef[]; problems: CitationProblem[] } {
  const citations: CitationRef[] = [];
  const problems: CitationProblem[] = [];
  let tree: Node;
  try {
    tree = fromMarkdown(blankFrontmatter(mdx), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    problems.push({ line: e.line ?? 1, message: `cannot be read as MDX: ${e.reason ?? e.message}` });
    return { citations, problems };
  }

  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === CITE_ELEMENT) {
      const line = node.position?.start.line ?? 1;
      const attrs = new Map<string, string | null>();
      for (const attr of node.attributes ?? []) {
        if (attr.type === 'mdxJsxExpressionAttribute' || !attr.name) {
          problems.push({ line, message: `<${CITE_ELEMENT}> takes only source="…" and p="…" attributes, not a spread {…}` });
          continue;
        }
        attrs.set(attr.name, stringValue(attr.value));
      }
      let ok = true;
      for (const [name, example] of [['source', 'a source slug'], ['p', 'a paragraph id such as p-1a2b3c4d']] as const) {
        if (!attrs.has(name)) {
          problems.push({ line, message: `<${CITE_ELEMENT}> has no ${name}="…" attribute (${example})` });
          ok = false;
        } else if (!attrs.get(name)) {
          problems.push({ line, message: `<${CITE_ELEMENT}> attribute ${name} must be a non-empty plain string (${example})` });
          ok = false;
        }
      }
      const claim = plainText(node).replace(/\s+/g, ' ').trim();
      if (!claim) problems.push({ line, message: `<${CITE_ELEMENT}> has no claim text: put the claim it supports between <${CITE_ELEMENT}> and </${CITE_ELEMENT}>` });
      if (ok) citations.push({ source: attrs.get('source')!, p: attrs.get('p')!, line, claim });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { citations, problems };
}

/** Every problem with a briefing's citations, in line order. */
export function checkCitations(mdx: string, sources: SourceIndex): CitationProblem[] {
  const { citations, problems } = findCitations(mdx);
  for (const c of citations) {
    const paragraphs = sources.get(c.source);
    if (!paragraphs) {
      problems.push({ line: c.line, message: `<${CITE_ELEMENT}> names source ${c.source}, which does not exist (no source has that slug)` });
    } else if (!paragraphs.has(c.p)) {
      problems.push({ line: c.line, message: `<${CITE_ELEMENT}> names paragraph ${c.p}, which source ${c.source} does not have` });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Problems as `file:line: message` lines. */
export function formatProblems(file: string, problems: readonly CitationProblem[]): string[] {
  return problems.map((p) => `${file}:${p.line}: ${p.message}`);
}

/** The sources a briefing cites, in order of first citation, each with its cited paragraph ids in order. */
export function citedSources(mdx: string): { source: string; paragraphs: string[] }[] {
  const cited = new Map<string, string[]>();
  for (const c of findCitations(mdx).citations) {
    const list = cited.get(c.source) ?? [];
    if (!list.includes(c.p)) list.push(c.p);
    cited.set(c.source, list);
  }
  return [...cited].map(([source, paragraphs]) => ({ source, paragraphs }));
}
