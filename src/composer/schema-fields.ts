/**
 * The form of an entry, read from the published JSON Schemas (schemas/): each field's label
 * (`title`), help text (`description`), required mark (`required`), choices (`enum`, shown as
 * a select) and list fields (an array of objects, shown as rows). Nothing about a field is
 * written here that the schema says.
 */

export interface JsonSchema {
  $id?: string;
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  format?: string;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  examples?: unknown[];
  [keyword: string]: unknown;
}

export type FieldKind = 'text' | 'longtext' | 'url' | 'select' | 'rows';

export interface FieldSpec {
  key: string;
  label: string;
  help?: string;
  required: boolean;
  kind: FieldKind;
  /** For `select`: the allowed values, in the schema's order. */
  choices?: string[];
  /** The schema's default, shown as the empty choice of a select. */
  defaultValue?: string;
  /** For `rows`: the fields of one row. */
  columns?: FieldSpec[];
  /** A URL field: which kind of URL the elements accept there. */
  urlKind?: 'link' | 'image';
}

/** The schemas the composer knows, by `$id`, to follow `$ref`s between them. */
export class SchemaRegistry {
  private readonly byId = new Map<string, JsonSchema>();

  constructor(schemas: readonly JsonSchema[]) {
    for (const schema of schemas) if (schema.$id) this.byId.set(schema.$id, schema);
  }

  /** The schema a `$ref` names (another schema's `$id`, relative to `base`, or a `#/$defs/…` pointer). */
  resolve(schema: JsonSchema, root: JsonSchema): { schema: JsonSchema; root: JsonSchema } {
    let current = schema;
    let currentRoot = root;
    for (let depth = 0; current.$ref && depth < 10; depth++) {
      const [address, pointer = ''] = current.$ref.split('#');
      if (address) {
        const id = currentRoot.$id ? new URL(address, currentRoot.$id).href : address;
        const found = this.byId.get(id) ?? [...this.byId.values()].find((s) => s.$id?.endsWith(`/${address}`));
        if (!found) break;
        currentRoot = found;
      }
      let target: unknown = currentRoot;
      for (const part of pointer.split('/').filter(Boolean)) {
        target = (target as Record<string, unknown> | undefined)?.[
          decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')
        ];
      }
      if (typeof target !== 'object' || target === null) break;
      // Keywords beside a $ref (a title or description of the use) win over the target's.
      const beside: JsonSchema = { ...current };
      delete beside.$ref;
      current = { ...(target as JsonSchema), ...beside };
    }
    return { schema: current, root: currentRoot };
  }

  /** The entry schema of a source schema (an array of entries, or `{"items": [...]}`, maybe among `anyOf`s). */
  entrySchema(source: JsonSchema, root: JsonSchema = source, depth = 0): { schema: JsonSchema; root: JsonSchema } {
    const resolved = this.resolve(source, root);
    const schema = resolved.schema;
    if (schema.items) return this.resolve(schema.items, resolved.root);
    const items = schema.properties?.items;
    if (items) {
      const list = this.resolve(items, resolved.root);
      if (list.schema.items) return this.resolve(list.schema.items, list.root);
    }
    if (depth < 5) {
      for (const variant of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
        const found = this.entrySchema(variant, resolved.root, depth + 1);
        if (found.schema.properties) return found;
      }
    }
    return resolved;
  }

  /** The form fields of an entry schema (an object), in the schema's order. */
  fields(entry: JsonSchema, root: JsonSchema = entry): FieldSpec[] {
    const { schema, root: base } = this.resolve(entry, root);
    const required = new Set(schema.required ?? []);
    return Object.entries(schema.properties ?? {})
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, property]) => this.field(key, property, base, required.has(key)));
  }

  private field(key: string, property: JsonSchema, root: JsonSchema, required: boolean): FieldSpec {
    const { schema, root: base } = this.resolve(property, root);
    const spec: FieldSpec = {
      key,
      label: schema.title ?? humanise(key),
      help: schema.description,
      required,
      kind: 'text',
    };
    const choices = enumOf(schema, this, base);
    const list = arrayOf(schema, this, base);
    if (choices) {
      spec.kind = 'select';
      spec.choices = choices;
      if (typeof schema.default === 'string') spec.defaultValue = schema.default;
    } else if (list) {
      spec.kind = 'rows';
      spec.columns = this.fields(list.schema, list.root);
    } else if (isUrl(schema, this, base)) {
      spec.kind = 'url';
      spec.urlKind =
        /image/i.test(key) || /scheme is http: or https:,/.test(schema.description ?? '') ? 'image' : 'link';
    } else if (key === 'description' || (typeof schema.maxLength === 'number' && schema.maxLength > 200)) {
      spec.kind = 'longtext';
    }
    return spec;
  }
}

/** `imageAlt` → "Image alt": a label for a field whose schema has no title. */
export function humanise(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const variants = (schema: JsonSchema): JsonSchema[] => [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];

function enumOf(schema: JsonSchema, registry: SchemaRegistry, root: JsonSchema): string[] | undefined {
  for (const variant of variants(schema)) {
    const { schema: resolved } = registry.resolve(variant, root);
    // Blank text and null mean "not set" (the select's empty choice), not a choice of their own.
    if (Array.isArray(resolved.enum)) {
      const words = resolved.enum.filter((value): value is string => typeof value === 'string' && value !== '');
      if (words.length && resolved.enum.every((value) => value === null || typeof value === 'string')) return words;
    }
  }
  return undefined;
}

function arrayOf(
  schema: JsonSchema,
  registry: SchemaRegistry,
  root: JsonSchema,
): { schema: JsonSchema; root: JsonSchema } | undefined {
  for (const variant of variants(schema)) {
    const resolved = registry.resolve(variant, root);
    const types = [resolved.schema.type].flat();
    if (types.includes('array') && resolved.schema.items) {
      const item = registry.resolve(resolved.schema.items, resolved.root);
      if ([item.schema.type].flat().includes('object') || item.schema.properties) return item;
    }
  }
  return undefined;
}

/**
 * A URL field: a `format` of the URI family, or (the published schemas, which spell the
 * elements' scheme rule out as a pattern instead of a format) a description of "A URL whose
 * scheme is …".
 */
function isUrl(schema: JsonSchema, registry: SchemaRegistry, root: JsonSchema): boolean {
  return variants(schema).some((variant) => {
    const resolved = registry.resolve(variant, root).schema;
    const format = resolved.format;
    if (format === 'uri' || format === 'uri-reference' || format === 'iri-reference' || format === 'iri') return true;
    return /\bURL whose scheme\b/i.test(resolved.description ?? '');
  });
}
