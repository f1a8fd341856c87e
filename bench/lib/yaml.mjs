// Just enough YAML writing for provider metadata: scalars are written plain
// when YAML reads them back as the same string (as people write them), and
// double-quoted otherwise (a JSON string is a valid YAML double-quoted scalar).

// Commas are fine in block context; flow items quote them (flowItem).
const PLAIN = /^[\p{L}][^:#\n"'{}[\]&*!|>%@`]*$/u;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A string scalar for block context (a mapping value or a `- ` item). */
export function str(text) {
  return PLAIN.test(text) && !text.endsWith(' ') && !RESERVED.test(text) ? text : JSON.stringify(text);
}

/** A string inside a flow sequence, where commas also need quotes. */
function flowItem(text) {
  return text.includes(',') ? JSON.stringify(text) : str(text);
}

/** A flow sequence of strings: `[a, b]`. */
export function flowList(items) {
  return `[${items.map(flowItem).join(', ')}]`;
}

/**
 * A text field (see docs/provider-yaml.md, "Text"): a plain Bokmål string,
 * or a language list when there is an English version too.
 * @param {string[]} out lines to append to
 * @param {string} lead what goes before the key (its indentation, or `- ` for a list item's first key)
 * @param {string} indent the indentation of the key's own lines below it
 * @param {string} key
 * @param {string} nb
 * @param {string} [en]
 */
export function text(out, lead, indent, key, nb, en) {
  if (en === undefined) {
    out.push(`${lead}${key}: ${str(nb)}`);
    return;
  }
  out.push(`${lead}${key}:`);
  out.push(`${indent}  - languageCode: nb`);
  out.push(`${indent}    value: ${str(nb)}`);
  out.push(`${indent}  - languageCode: en`);
  out.push(`${indent}    value: ${str(en)}`);
}
