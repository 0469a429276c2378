// A JSX runtime that makes DOM nodes at once, for the hover card (files that say
// `@jsxImportSource @/components/dom`): the card is drawn whole and never updated in place, so
// the script injected into every page needs no virtual DOM (Preact was a seventh of it). Only
// what the card's views use: elements, text, fragments, attributes, `style` objects and `on…`
// listeners. Text always becomes text nodes: nothing here parses markup.
import type { JSX as PreactJSX } from 'preact';

/** What a view may put inside an element. */
export type Child = Node | string | number | boolean | null | undefined | readonly Child[];

type Props = Record<string, unknown> & { children?: Child };
type View<P> = (props: P) => Node | null;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (Array.isArray(child)) for (const c of child as readonly Child[]) append(parent, c);
  else parent.appendChild(typeof child === 'object' ? (child as Node) : document.createTextNode(String(child)));
}

export function jsx<P>(type: string | View<P>, props: P & Props): Node | null {
  if (typeof type === 'function') return type(props);
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined || value === false) continue;
    if (name === 'style') Object.assign(el.style, value);
    else if (/^on[A-Z]/.test(name)) el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else el.setAttribute(name.toLowerCase(), value === true ? '' : String(value));
  }
  append(el, props.children);
  return el;
}
export { jsx as jsxs, jsx as jsxDEV };

export function Fragment({ children }: { children?: Child }): Node {
  const fragment = document.createDocumentFragment();
  append(fragment, children);
  return fragment;
}

// The element attributes the card's views may write are Preact's (the same names, checked the
// same way); an element or a view is a DOM node.
export declare namespace JSX {
  type Element = Node;
  type ElementType = string | View<never>;
  interface ElementChildrenAttribute { children: unknown }
  interface IntrinsicAttributes { key?: string | number }
  type IntrinsicElements = { [K in keyof PreactJSX.IntrinsicElements]: Omit<PreactJSX.IntrinsicElements[K], 'children'> & { children?: Child } };
}
