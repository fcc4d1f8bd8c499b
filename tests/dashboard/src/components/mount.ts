// Mounting of one element for the component tests, which run in Chromium (Vitest browser mode).
import { afterEach, onTestFinished } from 'vitest';

afterEach(() => document.body.replaceChildren());

/**
 * Creates the element `tag`, gives it `properties`, adds it to the page and waits for its first
 * render. The page is emptied after each test.
 */
export async function mount<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  properties: Partial<HTMLElementTagNameMap[Tag]> = {},
): Promise<HTMLElementTagNameMap[Tag] & { updateComplete: Promise<boolean> }> {
  const element = Object.assign(document.createElement(tag), properties);
  document.body.append(element);
  const rendered = element as HTMLElementTagNameMap[Tag] & { updateComplete: Promise<boolean> };
  await rendered.updateComplete;
  return rendered;
}

/** Sets properties of a mounted element and waits until it has rendered them. */
export async function update<Element extends HTMLElement & { updateComplete: Promise<boolean> }>(
  element: Element,
  properties: Partial<Element>,
): Promise<void> {
  Object.assign(element, properties);
  await element.updateComplete;
}

/** The element in the shadow root of `host` that matches `selector`; fails when there is none. */
export function part<Found extends Element = HTMLElement>(host: Element, selector: string): Found {
  const found = host.shadowRoot?.querySelector<Found>(selector);
  if (!found) throw new Error(`no element matches ${selector} in <${host.localName}>`);
  return found;
}

/** All elements in the shadow root of `host` that match `selector`. */
export function parts<Found extends Element = HTMLElement>(
  host: Element,
  selector: string,
): Found[] {
  return [...(host.shadowRoot?.querySelectorAll<Found>(selector) ?? [])];
}

/** Text of an element with runs of white space made one space, as a reader sees it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Details of the events `type` that reach the document, in order: an element's events must bubble
 * out of its shadow root to reach the container. Call it inside a test.
 */
export function recordEvents<Detail>(type: string): Detail[] {
  const details: Detail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<Detail>).detail);
  document.addEventListener(type, listener);
  onTestFinished(() => document.removeEventListener(type, listener));
  return details;
}
