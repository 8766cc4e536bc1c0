// The one function of html-encoding-sniffer 6 the prerender command calls (the package ships
// no types; @types/html-encoding-sniffer describes version 3).
declare module 'html-encoding-sniffer' {
  /** The HTML Standard's encoding sniffing: a BOM, then a `<meta charset>` pre-scan. Returns an encoding name. */
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
