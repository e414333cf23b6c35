/**
 * The small part of citation-js (https://citation.js.org/) that src/lib/cite.ts
 * uses. The packages ship no type declarations of their own.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
  export type CslItem = Record<string, unknown> & { id: string; type: string };

  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }

  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    entry?: string | string[] | CiteItem[];
    type?: 'string' | 'json' | 'object' | 'text';
  }

  export class Cite {
    constructor(data: CslItem | CslItem[]);
    data: CslItem[];
    format(name: 'bibliography' | 'citation' | 'bibtex' | 'ris' | 'data', options?: FormatOptions): string;
  }

  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T | undefined;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register<string>; locales: Register<string> };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
