// The package ships no types: the one call the prerender command makes (src/ssr/encoding.ts).
declare module 'html-encoding-sniffer' {
  /**
   * The encoding of an HTML byte stream by the HTML standard's sniffing algorithm (a byte order
   * mark, else `<meta charset>` in the first 1024 bytes), as a canonical name, or
   * `defaultEncoding` when it declares none.
   */
  export default function sniffEncoding<Fallback extends string | null = string>(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: Fallback; xml?: boolean },
  ): string | Fallback;
}
