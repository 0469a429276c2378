// Finds string-to-markup and string-to-code sinks in TypeScript/TSX source (the raw-HTML
// properties and their kin, document writes, Preact's raw-markup prop, string evaluation, the
// Function constructor, timers given a string, the DOM parser, script URLs…; SinkKind lists them). Works on the syntax tree, so comments and ordinary
// strings that merely name a sink do not count. Used by scripts/check-no-markup.ts.
import ts from 'typescript';

export type SinkKind =
  | 'markup-property' // el.innerHTML = …, el.outerHTML = …, iframe.srcdoc = …
  | 'markup-call' // insertAdjacentHTML, document.write, createContextualFragment, setHTMLUnsafe…
  | 'markup-parser' // new DOMParser(), parseFromString
  | 'jsx-markup' // dangerouslySetInnerHTML
  | 'code-eval' // eval(…)
  | 'code-function' // new Function(…), Function(…)
  | 'code-timer' // setTimeout('code', …), setInterval(`code`, …)
  | 'code-url'; // 'javascript:…'

export interface Sink {
  file: string;
  line: number;
  kind: SinkKind;
  /** The sink's name as written: innerHTML, eval, setTimeout… */
  name: string;
  /** The source line, trimmed. */
  excerpt: string;
}

/** Properties whose assignment parses a string as markup. */
const MARKUP_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Methods that parse a string as markup. */
const MARKUP_METHODS = new Set([
  'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe', 'setHTML',
]);
/** Methods named write/writeln are markup sinks only on a document. */
const DOCUMENT_ONLY = new Set(['write', 'writeln']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);

function nameOf(node: ts.Expression): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return null;
}

function receiverOf(node: ts.Expression): ts.Expression | null {
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) ? node.expression : null;
}

/** `document`, `window.document`, `doc`, `someDocument`, `iframe.contentDocument`… */
function looksLikeDocument(node: ts.Expression | null): boolean {
  if (!node) return false;
  const text = node.getText().replace(/\s+/g, '');
  return /(?:^|\.)(?:document|doc|\w*Document)$/i.test(text);
}

/** Bare or qualified global: eval, window.eval, globalThis.Function, self.setTimeout. */
function globalName(node: ts.Expression): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)
    && ['window', 'globalThis', 'self', 'top', 'parent', 'frames'].includes(node.expression.text)) {
    return node.name.text;
  }
  return null;
}

function isStringish(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isStringish(node.left) || isStringish(node.right);
  }
  if (ts.isParenthesizedExpression(node)) return isStringish(node.expression);
  return false;
}

const ASSIGNMENTS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken]);

export function findSinks(source: string, file: string): Sink[] {
  const kind = file.endsWith('.tsx') || file.endsWith('.jsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const lines = source.split(/\r\n|\r|\n/);
  const found: Sink[] = [];
  const add = (node: ts.Node, k: SinkKind, name: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, kind: k, name, excerpt: (lines[line - 1] ?? '').trim() });
  };

  const visit = (node: ts.Node): void => {
    // el.innerHTML = s; el['outerHTML'] += s; iframe.srcdoc = s
    if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
      const name = nameOf(node.left);
      if (name && MARKUP_PROPERTIES.has(name)) add(node, 'markup-property', name);
    }
    // Object.assign(el, { innerHTML: s }) and friends: a property named like a sink in a literal.
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const key = ts.isIdentifier(node.name) || ts.isStringLiteralLike(node.name) ? node.name.text : null;
      if (key && MARKUP_PROPERTIES.has(key)) add(node, 'markup-property', key);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const method = nameOf(callee);
      if (method && MARKUP_METHODS.has(method) && (!DOCUMENT_ONLY.has(method) || looksLikeDocument(receiverOf(callee)))) {
        add(node, 'markup-call', method);
      }
      if (method === 'parseFromString') add(node, 'markup-parser', method);
      // el.setAttribute('srcdoc', …)
      const first = node.arguments[0];
      if (method === 'setAttribute' && first && ts.isStringLiteralLike(first) && /^(?:srcdoc|on\w+)$/i.test(first.text)) {
        add(node, 'markup-property', `setAttribute('${first.text}')`);
      }
      const global = globalName(callee);
      if (global === 'eval') add(node, 'code-eval', 'eval');
      if (global === 'Function') add(node, 'code-function', 'Function');
      if (global && TIMERS.has(global) && isStringish(node.arguments[0])) add(node, 'code-timer', global);
    }
    if (ts.isNewExpression(node)) {
      const global = globalName(node.expression);
      if (global === 'Function') add(node, 'code-function', 'Function');
      if (global === 'DOMParser') add(node, 'markup-parser', 'DOMParser');
    }
    // `const F = Function` hands the constructor on; an alias is as bad as a call.
    if (ts.isIdentifier(node) && (node.text === 'eval' || node.text === 'Function')
      && !ts.isCallExpression(node.parent) && !ts.isNewExpression(node.parent)
      && (ts.isVariableDeclaration(node.parent) ? node.parent.initializer === node : ts.isBinaryExpression(node.parent) && node.parent.right === node)) {
      add(node, node.text === 'eval' ? 'code-eval' : 'code-function', node.text);
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'dangerouslySetInnerHTML') {
      add(node, 'jsx-markup', 'dangerouslySetInnerHTML');
    }
    if (ts.isStringLiteralLike(node) && /^\s*javascript:/i.test(node.text)) add(node, 'code-url', 'javascript:');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Inline code in an HTML page (extension pages must load scripts from files: MV3's CSP). */
export function findHtmlSinks(source: string, file: string): Sink[] {
  const found: Sink[] = [];
  const lines = source.split(/\r\n|\r|\n/);
  const at = (index: number) => source.slice(0, index).split(/\r\n|\r|\n/).length;
  const push = (index: number, k: SinkKind, name: string) => {
    const line = at(index);
    found.push({ file, line, kind: k, name, excerpt: (lines[line - 1] ?? '').trim() });
  };
  for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1]!) && m[2]!.trim() !== '') push(m.index!, 'code-eval', 'inline <script>');
  }
  for (const m of source.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) push(m.index!, 'code-eval', `${m[1]} attribute`);
  for (const m of source.matchAll(/=\s*["']?\s*javascript:/gi)) push(m.index!, 'code-url', 'javascript:');
  return found;
}

export interface AllowEntry {
  file: string;
  name: string;
  /** Why this one is safe: what string reaches it and where that string comes from. */
  reason: string;
}

/** Sinks not covered by an allow-list entry (same file and sink name, with a reason given). */
export function unexplained(sinks: readonly Sink[], allow: readonly AllowEntry[]): Sink[] {
  return sinks.filter((s) => !allow.some((a) => a.file === s.file && a.name === s.name && a.reason.trim().length >= 20));
}
