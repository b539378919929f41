// The README's component reference, generated from custom-elements.json (never hand-kept):
// attributes, properties, events, parts and CSS custom properties of every kerf-* element.
// `node scripts/component-reference.mjs` rewrites the README section between the markers;
// `--check` exits 1 when the README differs from what the manifest says.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- component-reference:start (generated from custom-elements.json by scripts/component-reference.mjs) -->';
const END = '<!-- component-reference:end -->';

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const type = (t) => cell(t?.text ?? '').replace(/\s+/g, ' ');

export function reference(manifest) {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    'Every element takes `lang` (`en`, `de`, `fr`; else the closest `lang` of the page) and `theme`',
    '(`light`, `dark`, `auto`); elements that talk to the portal also take `api` (the portal\'s base URL;',
    'empty = this page\'s origin) and `embed-key` (anonymous quotes). Inside `<kerf-portal>` and',
    '`<kerf-back-office>` they share the container\'s client and session.',
    '',
  ];
  for (const el of elements) {
    out.push(`#### \`<${el.tagName}>\``, '');
    const about = el.summary || el.description;
    if (about) out.push(cell(about), '');
    const attrs = (el.attributes ?? []).filter((a) => !a.name.startsWith('_') && !a.inheritedFrom);
    if (attrs.length) {
      out.push('| attribute | property | type | default | |', '|---|---|---|---|---|');
      for (const a of attrs) out.push(`| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${type(a.type)} | ${cell(a.default)} | ${cell(a.description)} |`);
      out.push('');
    }
    const attrFields = new Set((el.attributes ?? []).map((a) => a.fieldName));
    const props = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected'
      && !m.name.startsWith('_') && !attrFields.has(m.name) && !m.readonly && m.description && !m.inheritedFrom);
    if (props.length) {
      out.push('| property (data) | type | |', '|---|---|---|');
      for (const p of props) out.push(`| \`${p.name}\` | ${type(p.type)} | ${cell(p.description)} |`);
      out.push('');
    }
    // documented events only (the base class's generic dispatch is not one)
    const events = (el.events ?? []).filter((e) => e.name?.startsWith('kerf-') && !e.inheritedFrom);
    if (events.length) {
      out.push('| event | |', '|---|---|');
      for (const e of events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
      out.push('');
    }
    if (el.cssParts?.length) out.push(`Parts: ${el.cssParts.map((p) => `\`${p.name}\`${p.description ? ` (${cell(p.description)})` : ''}`).join(', ')}.`, '');
    if (el.cssProperties?.length) out.push(`Tokens: ${el.cssProperties.map((p) => `\`${p.name}\`${p.description ? ` (${cell(p.description)})` : ''}`).join(', ')}.`, '');
  }
  return out.join('\n').trim();
}

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const readme = readFileSync(`${root}README.md`, 'utf8');
const a = readme.indexOf(START), b = readme.indexOf(END);
if (a < 0 || b < a) {
  console.error('README.md has no component-reference markers');
  process.exit(2);
}
const next = `${readme.slice(0, a + START.length)}\n\n${reference(manifest)}\n\n${readme.slice(b)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md component reference is out of date: run node scripts/component-reference.mjs');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(`${root}README.md`, next);
  console.log('README.md component reference updated');
}
