// Editor data from the Custom Elements Manifest (run by `npm run build`, after the manifest):
//   vscode.html-custom-data.json  VS Code's HTML custom data (setting "html.customData")
//   web-types.json                JetBrains web-types (found through package.json "web-types")
// Tags, their attributes, the allowed values of enumerated attributes, and descriptions.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The values a type allows when it is a union of literals ("'auto' | '1'", "2 | 3"), else undefined. */
export function allowedValues(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$|^\d+$/.test(part))) return undefined;
  return parts.map((part) => part.replace(/^'|'$/g, ''));
}

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const describe = (text, fallback = '') => (text ?? fallback).trim();
const unquote = (value) => value.replace(/^'|'$/g, '');

/** What both formats say of an attribute: name, description with its default, allowed values. */
function attributeData(attribute) {
  const values = allowedValues(attribute.type?.text);
  return {
    name: attribute.name,
    description:
      describe(attribute.description) +
      (attribute.default !== undefined ? ` Default: \`${unquote(attribute.default)}\`.` : ''),
    ...(values ? { values: values.map((name) => ({ name })) } : {}),
  };
}

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: describe(element.summary ?? element.description),
    attributes: (element.attributes ?? []).map((attribute) => {
      const data = attributeData(attribute);
      return {
        ...data,
        description: `${data.description}${attribute.type?.text ? `\n\nType: \`${attribute.type.text}\`` : ''}`,
      };
    }),
    references: [{ name: 'civic-blocks API', url: 'https://www.npmjs.com/package/civic-blocks' }],
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element.summary ?? element.description),
        attributes: (element.attributes ?? []).map((attribute) => ({
          ...attributeData(attribute),
          ...(attribute.default !== undefined ? { default: unquote(attribute.default) } : {}),
          value: { type: attribute.type?.text ?? 'string', kind: 'plain' },
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: describe(event.description) })),
        slots: (element.slots ?? []).map((slot) => ({
          name: slot.name || 'default',
          description: describe(slot.description),
        })),
        css: {
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: describe(part.description) })),
          properties: (element.cssProperties ?? []).map((property) => ({
            name: property.name,
            description: describe(property.description),
          })),
        },
      })),
    },
  },
};

writeFileSync(new URL('vscode.html-custom-data.json', root), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(new URL('web-types.json', root), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data: ${elements.length} tags in vscode.html-custom-data.json and web-types.json`);
