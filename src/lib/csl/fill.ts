/**
 * A paragraph's citation from its source's paragraph template: the template is
 * the citation of a stand-in paragraph, formatted once per source by citation-js
 * (src/lib/cite.ts); a paragraph gets it with its own number and id in place of
 * the stand-ins. Shared by the build (unit-tested against citation-js run on
 * each paragraph) and the source page's script, which fills a paragraph's
 * citation when it is opened, so the page carries the formats once.
 */

/** The stand-in number and id; plain letters and digits, which no style or writer changes. */
export const STAND_IN = { n: 918273645, id: 'p-sbparagraphstandin' } as const;

/** One format of a citation as the page's script gets it: the reference and, for the styles, the in-text citation. */
export interface TemplateFormat {
  id: string;
  label: string;
  /** The reference (bibliography entry, BibTeX entry, RIS record or CSL-JSON), exactly what "Copy" copies. */
  text: string;
  /** The in-text citation (APA, MLA) or short note (Chicago); null for the data formats. */
  inText: string | null;
}

/** One format of a citation, with its longer name. */
export interface FormatText extends TemplateFormat {
  detail: string;
}

/** `text` with the stand-ins replaced by a paragraph's number and id. */
export function fillText(text: string, paragraph: { n: number; id: string }): string {
  return text.replaceAll(String(STAND_IN.n), String(paragraph.n)).replaceAll(STAND_IN.id, paragraph.id);
}

/** Every format of a paragraph's citation, from the source's template. */
export function fillFormats<T extends TemplateFormat>(template: readonly T[], paragraph: { n: number; id: string }): T[] {
  return template.map((format) => ({ ...format, text: fillText(format.text, paragraph), inText: format.inText === null ? null : fillText(format.inText, paragraph) }));
}
