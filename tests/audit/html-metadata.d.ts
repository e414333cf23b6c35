/** Types for html-metadata (wikimedia/html-metadata), which ships none: the parts the audit uses. */
declare module 'html-metadata' {
  interface HtmlMetadata {
    /** Fetches a URL and reads all its metadata. */
    (urlOrOptions: string | { url: string } & Record<string, unknown>): Promise<Record<string, unknown>>;
    /** Reads all metadata from an HTML string: general, Dublin Core, Highwire Press, JSON-LD, Open Graph, Twitter, PRISM, COinS … */
    loadFromString(html: string): Promise<Record<string, unknown>>;
    version: string;
  }
  const htmlMetadata: HtmlMetadata;
  export default htmlMetadata;
}
