// The no-markup check: each string-to-markup or string-to-code sink is caught (in TS, TSX and
// HTML), code that only names a sink in a comment or a string is not, the allow-list needs a
// reason, and the extension's own source passes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHtmlSinks, findSinks, unexplained } from '../../scripts/lib/markup-sinks';
import { MARKUP_ALLOW_LIST } from '../../scripts/lib/markup-allow-list';
import { extensionFiles, scan } from '../../scripts/check-no-markup';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

describe('findSinks catches', () => {
  it.each([
    ['el.innerHTML = html;', 'innerHTML'],
    ['el.innerHTML += "<b>" + name;', 'innerHTML'],
    ["el['outerHTML'] = html;", 'outerHTML'],
    ['frame.srcdoc = page;', 'srcdoc'],
    ['Object.assign(el, { innerHTML: html });', 'innerHTML'],
    ["frame.setAttribute('srcdoc', page);", "setAttribute('srcdoc')"],
    ["el.setAttribute('onclick', code);", "setAttribute('onclick')"],
    ["el.insertAdjacentHTML('beforeend', html);", 'insertAdjacentHTML'],
    ['document.write(html);', 'write'],
    ['window.document.writeln(html);', 'writeln'],
    ['frame.contentDocument.write(html);', 'write'],
    ['range.createContextualFragment(html);', 'createContextualFragment'],
    ['el.setHTMLUnsafe(html);', 'setHTMLUnsafe'],
    ['Document.parseHTMLUnsafe(html);', 'parseHTMLUnsafe'],
    ['const doc = new DOMParser().parseFromString(page, "text/html");', 'DOMParser'],
    ['parser.parseFromString(page, "text/html");', 'parseFromString'],
    ['eval(code);', 'eval'],
    ['window.eval(code);', 'eval'],
    ['const run = new Function("a", body);', 'Function'],
    ['Function("return this")();', 'Function'],
    ['globalThis.Function(body);', 'Function'],
    ['const F = Function;', 'Function'],
    ["setTimeout('tick()', 10);", 'setTimeout'],
    ['setInterval(`step(${n})`, 10);', 'setInterval'],
    ["window.setTimeout('go(' + n + ')', 0);", 'setTimeout'],
    ["a.href = 'javascript:void(0)';", 'javascript:'],
  ])('%s', (code, name) => {
    expect(findSinks(code, 'x.ts').map((s) => s.name)).toContain(name);
  });

  it('dangerouslySetInnerHTML in TSX', () => {
    const sinks = findSinks('export const A = () => <div dangerouslySetInnerHTML={{ __html: html }} />;', 'a.tsx');
    expect(sinks.map((s) => [s.kind, s.name, s.line])).toEqual([['jsx-markup', 'dangerouslySetInnerHTML', 1]]);
  });

  it('names the line and quotes it', () => {
    const [sink] = findSinks('const a = 1;\n\n  el.innerHTML = a;\n', 'src/a.ts');
    expect(sink).toEqual({ file: 'src/a.ts', line: 3, kind: 'markup-property', name: 'innerHTML', excerpt: 'el.innerHTML = a;' });
  });
});

describe('findSinks leaves alone', () => {
  it.each([
    'el.textContent = html;',
    'const html = el.innerHTML;', // reading is no sink
    '// el.innerHTML = x would be wrong here',
    '/* new Function(body) */',
    "const note = 'never use innerHTML = or eval(';",
    'setTimeout(() => tick(), 10);',
    'setTimeout(tick, 10);',
    'stream.write(chunk);', // not a document
    'file.writeln(line);',
    "el.setAttribute('title', text);",
    'const fn: Function = f;', // a type, not the constructor
    'evaluate(code);',
  ])('%s', (code) => {
    expect(findSinks(code, 'x.ts')).toEqual([]);
  });
});

describe('findHtmlSinks', () => {
  it('catches inline scripts, handler attributes and javascript: URLs', () => {
    const html = '<!doctype html>\n<script>alert(1)</script>\n<body onload="go()">\n<a href="javascript:go()">x</a>';
    expect(findHtmlSinks(html, 'p.html').map((s) => [s.name, s.line])).toEqual([
      ['inline <script>', 2], ['onload attribute', 3], ['javascript:', 4],
    ]);
  });

  it('allows scripts loaded from files', () => {
    expect(findHtmlSinks('<script type="module" src="./main.tsx"></script>', 'p.html')).toEqual([]);
  });
});

describe('the allow-list', () => {
  const sink = findSinks('el.innerHTML = html;', 'utils/a.ts');
  it('excuses a sink only with a reason, in the same file, for the same sink', () => {
    expect(unexplained(sink, [{ file: 'utils/a.ts', name: 'innerHTML', reason: 'The string is a constant written in this file.' }])).toEqual([]);
    expect(unexplained(sink, [{ file: 'utils/a.ts', name: 'innerHTML', reason: '' }])).toHaveLength(1);
    expect(unexplained(sink, [{ file: 'utils/b.ts', name: 'innerHTML', reason: 'The string is a constant written in this file.' }])).toHaveLength(1);
    expect(unexplained(sink, [{ file: 'utils/a.ts', name: 'outerHTML', reason: 'The string is a constant written in this file.' }])).toHaveLength(1);
  });
});

describe("the extension's source", () => {
  it('holds no unexplained sink', () => {
    const files = extensionFiles();
    expect(files.some((f) => f.startsWith('entrypoints/news.content/'))).toBe(true);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
    expect(unexplained(scan(files), MARKUP_ALLOW_LIST)).toEqual([]);
  });

  it('every allow-list entry still matches a sink (no stale excuses)', () => {
    const sinks = scan(extensionFiles());
    const stale = MARKUP_ALLOW_LIST.filter((a) => !sinks.some((s) => s.file === a.file && s.name === a.name));
    expect(stale).toEqual([]);
  });

  it('the command fails, naming file and line, when a sink appears, and passes on the tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-markup-'));
    try {
      const file = join(dir, 'bad.ts');
      writeFileSync(file, '// a bad file\nexport function show(el: Element, s: string) {\n  el.innerHTML = s;\n}\n');
      const bad = spawnSync(TSX, [join(ROOT, 'scripts/check-no-markup.ts'), 'bad.ts'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('bad.ts:3: innerHTML (markup-property): el.innerHTML = s;');
      const cli = spawnSync(TSX, ['scripts/check-no-markup.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(cli.status, cli.stderr).toBe(0);
      expect(cli.stdout).toMatch(/no string-to-markup or string-to-code sink in \d+ extension source files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
