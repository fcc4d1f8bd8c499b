/**
 * "Xuất ảnh PNG": draws an element of the page, as it is shown, into a PNG of a fixed size with
 * no library. The element's composed tree (shadow roots included) is written out as XHTML with
 * every element's computed style inlined, wrapped in an SVG `<foreignObject>`, loaded as a
 * `data:` image (the collector's CSP allows `img-src data:`), drawn on a canvas and encoded.
 *
 * The inlined styles live only in a string: no element of the page ever gets a `style`
 * attribute, which `style-src 'self'` would refuse. Loaded by the report view with `import()`,
 * so the main bundle does not carry it.
 */

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * SVG geometry that is also a CSS property in Chrome (`width: auto` on a `<rect>` would
 * override its attribute and make it vanish): the attributes already carry it.
 */
const SVG_GEOMETRY = new Set(['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'd']);

/** Inherited properties: written only where they differ from the parent, to keep the image small. */
const INHERITED = new Set([
  'color',
  'cursor',
  'direction',
  'fill',
  'fill-opacity',
  'fill-rule',
  'font-family',
  'font-feature-settings',
  'font-kerning',
  'font-size',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-variant-caps',
  'font-variant-east-asian',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-weight',
  'letter-spacing',
  'line-height',
  'list-style-image',
  'list-style-position',
  'list-style-type',
  'paint-order',
  'quotes',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'tab-size',
  'text-align',
  'text-anchor',
  'text-indent',
  'text-rendering',
  'text-transform',
  'visibility',
  'white-space',
  'word-break',
  'word-spacing',
  'writing-mode',
]);

/** Size of the image in CSS px (also its size in pixels: one pixel per px). */
export interface PngSize {
  width: number;
  height: number;
}

/** Draws `element` at `size` (its own transform and margins dropped) and encodes it as PNG. */
export async function renderElementToPng(element: Element, size: PngSize): Promise<Blob> {
  const markup = serialiseComposedTree(element, size);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${size.width}" height="${size.height}">` +
    `<foreignObject x="0" y="0" width="${size.width}" height="${size.height}">${markup}</foreignObject></svg>`;
  const image = new Image(size.width, size.height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('PNG export: this browser gave no 2D canvas to draw on');
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG export: the canvas gave no image'))),
      'image/png',
    ),
  );
}

/** Saves a blob as a download named `fileName`, as a link click does. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own reference by now; the URL only keeps the blob alive.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The composed tree of `root` as XHTML markup with inline computed styles. Shadow roots are
 * walked in place of their hosts' children and slots by their assigned nodes; comments (Lit's
 * markers) and `<script>`/`<style>` are left out, their effect is already in the computed styles.
 */
export function serialiseComposedTree(root: Element, size: PngSize): string {
  const rootOverrides = `width:${size.width}px;height:${size.height}px;margin:0;transform:none;`;
  return writeElement(root, null, rootOverrides, true);
}

function writeElement(
  element: Element,
  parentStyle: CSSStyleDeclaration | null,
  overrides: string,
  isRoot: boolean,
): string {
  const tag = element.localName;
  if (tag === 'script' || tag === 'style' || tag === 'template') return '';
  const style = getComputedStyle(element);
  if (style.display === 'none') return '';
  const isSvg = element.namespaceURI === SVG_NS;
  const startsSvg = isSvg && tag === 'svg';
  let attributes = '';
  if (isRoot) attributes += ` xmlns="${XHTML_NS}"`;
  if (startsSvg) attributes += ` xmlns="${SVG_NS}"`;
  for (const attribute of element.attributes) {
    if (attribute.name === 'style' || attribute.name === 'xmlns' || attribute.name.startsWith('on'))
      continue;
    // Attributes matter for SVG geometry; on HTML only a few change the drawing.
    if (!isSvg && !['colspan', 'rowspan', 'lang', 'dir'].includes(attribute.name)) continue;
    attributes += ` ${attribute.name}="${escapeXml(attribute.value)}"`;
  }
  const declarations = styleText(style, parentStyle, isSvg && !startsSvg) + overrides;
  attributes += ` style="${escapeXml(declarations)}"`;
  const children = childrenOf(element)
    .map((child) =>
      child.nodeType === Node.TEXT_NODE
        ? escapeXml(child.textContent ?? '')
        : child.nodeType === Node.ELEMENT_NODE
          ? writeElement(child as Element, style, '', false)
          : '',
    )
    .join('');
  return `<${tag}${attributes}>${children}</${tag}>`;
}

/** What is drawn inside an element: its shadow root, a slot's assigned nodes, or its children. */
function childrenOf(element: Element): Node[] {
  if (element.shadowRoot) return [...element.shadowRoot.childNodes];
  if (element instanceof HTMLSlotElement) {
    const assigned = element.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : [...element.childNodes];
  }
  return [...element.childNodes];
}

function styleText(
  style: CSSStyleDeclaration,
  parentStyle: CSSStyleDeclaration | null,
  svgShape: boolean,
): string {
  let text = '';
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (name.startsWith('-webkit-') || name.startsWith('--')) continue;
    if (svgShape && SVG_GEOMETRY.has(name)) continue;
    const value = style.getPropertyValue(name);
    if (parentStyle && INHERITED.has(name) && parentStyle.getPropertyValue(name) === value)
      continue;
    text += `${name}:${value};`;
  }
  return text;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
