/** One related link as JSON (the `items` attribute/property, inline JSON, or `src`). */
export interface RelatedLinkData {
  /** Link text (required). */
  label: string;
  /** Where the link leads (required): http(s), mailto, tel or relative. */
  href: string;
  /** Optional short text shown under the link. */
  description?: string;
}

/** An attribute copied from an `<a>` child, kept exactly as written. */
export interface CopiedAttribute {
  name: string;
  value: string;
}

/** A normalised link, ready to render. */
export interface RelatedLink {
  label: string;
  /** Absent only for a child link whose URL was not allowed: it is then shown as text. */
  href?: string;
  description?: string;
  /**
   * Set only for links read from `<a href>` children: copies of the anchor's content nodes
   * (so inner markup such as `<span lang>` or `<img alt>` survives) and its attributes.
   */
  content?: readonly Node[];
  attributes?: readonly CopiedAttribute[];
  /** The text of the elements a child link's `aria-describedby` named, read with the link. */
  describedBy?: string;
}
