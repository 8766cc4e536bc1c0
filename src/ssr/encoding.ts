/// <reference types="node" />
/**
 * A page's bytes as text for the prerender command, and the text it writes back as bytes: the
 * page's own bytes wherever it changes nothing, in the encoding the browser would read it in.
 *
 * The encoding is the one the browser finds first (the HTML standard's sniffing, by the
 * `html-encoding-sniffer` package): a byte order mark, else a `<meta charset>` (or
 * `http-equiv="content-type"`) in the first 1024 bytes. A page that declares none is read as
 * UTF-8 when it is valid UTF-8, and refused otherwise, as its encoding cannot be known. What is
 * put into a page is written in ASCII unless the page declares UTF-8 or UTF-16, so it reads the
 * same whichever ASCII-compatible encoding the browser (or the server's HTTP header) applies.
 */
import sniffEncoding from 'html-encoding-sniffer';

/** A page that cannot be prerendered as it is: `message` says why, in a phrase. */
export class PageRefused extends Error {}

export interface PageText {
  /** The encoding's name, as the HTML standard spells it (`UTF-8`, `windows-1252`…). */
  encoding: string;
  /** What is put into the page must be ASCII. */
  ascii: boolean;
  /** The bytes before the text: its byte order mark, if any. */
  prefix: Uint8Array;
  /** The page as text (without its byte order mark), a piece at a time. */
  chunks(): Iterable<string>;
  /** The page's own bytes for the text from `start` to `end` (spans in order, each from where the last ended). */
  bytes(start: number, end: number): Uint8Array;
  /** New text as bytes of the page's encoding. */
  encode(text: string): Uint8Array;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xfe, 0xff], 'UTF-16BE'],
  [[0xff, 0xfe], 'UTF-16LE'],
];

/** Bytes decoded at a time: a page is never held as one string. */
const CHUNK = 1 << 20;

/** The text of `bytes`, a piece at a time; throws (TypeError) at bytes the encoding cannot read. */
function* decode(bytes: Uint8Array, encoding: string): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  for (let at = 0; at < bytes.length; at += CHUNK)
    yield decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length });
}

/** UTF-8 bytes by UTF-16 offsets in their text, read forward from where the last span ended. */
function utf8Spans(body: Uint8Array): (start: number, end: number) => Uint8Array {
  let unit = 0;
  let byte = 0;
  const advance = (to: number) => {
    if (to < unit) [unit, byte] = [0, 0];
    while (unit < to) {
      const lead = body[byte];
      // The lead byte says the length; four bytes make a surrogate pair (two UTF-16 units).
      byte += lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      unit += lead < 0xf0 ? 1 : 2;
    }
    return byte;
  };
  return (start, end) => {
    const from = advance(start);
    return body.subarray(from, advance(end));
  };
}

/** How the page is read and written back, or PageRefused saying why it cannot be. */
export function readPage(bytes: Buffer): PageText {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  // A copy: a view would keep the whole file's memory alive.
  const prefix = Buffer.from(bytes.subarray(0, bom ? bom[0].length : 0));
  const body = bytes.subarray(prefix.length);
  const utf16 = bom !== undefined && bom[1] !== 'UTF-8';
  if (!utf16) {
    // No text encoding a web page is written in has a NUL byte in it (UTF-16 aside, which
    // starts with its mark): an image, an archive, a PDF…
    const nul = body.indexOf(0);
    if (nul >= 0) throw new PageRefused(`a binary file, not an HTML page (a NUL byte at byte ${prefix.length + nul})`);
  }
  const declared = sniffEncoding(bytes, { defaultEncoding: null });
  const encoding = declared ?? 'UTF-8';
  try {
    new TextDecoder(encoding);
  } catch {
    throw new PageRefused(`its encoding ${encoding} cannot be read here; save it as UTF-8`);
  }
  let length = 0;
  try {
    for (const chunk of decode(body, encoding)) length += chunk.length;
  } catch {
    throw new PageRefused(
      declared === null
        ? 'it declares no encoding (no <meta charset>) and is not UTF-8; add <meta charset="…"> naming its encoding, or save it as UTF-8'
        : `it is not valid ${encoding}, the encoding its ${bom ? 'byte order mark' : '<meta charset>'} declares`,
    );
  }
  const chunks = () => decode(body, encoding);

  if (encoding === 'UTF-8') {
    // Valid UTF-8: each span of the text is the same bytes encoded again.
    return {
      encoding,
      ascii: declared === null,
      prefix,
      chunks,
      bytes: utf8Spans(body),
      encode: (added) => Buffer.from(added, 'utf8'),
    };
  }
  if (utf16) {
    const bigEndian = encoding === 'UTF-16BE';
    return {
      encoding,
      ascii: false,
      prefix,
      chunks,
      bytes: (start, end) => body.subarray(start * 2, end * 2),
      encode: (added) => (bigEndian ? Buffer.from(added, 'utf16le').swap16() : Buffer.from(added, 'utf16le')),
    };
  }
  // Other encodings: the page's bytes are written back by offset, which holds only where each
  // byte is one character (the single-byte encodings, or a multi-byte one with ASCII only).
  if (length !== body.length)
    throw new PageRefused(`pages in ${encoding} with multi-byte characters are not supported; save it as UTF-8`);
  return {
    encoding,
    ascii: true,
    prefix,
    chunks,
    bytes: (start, end) => body.subarray(start, end),
    encode: (added) => Buffer.from(added, 'latin1'),
  };
}
