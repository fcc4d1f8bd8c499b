import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never as a
 * `style="…"` attribute. Lit's `styleMap` writes the attribute on first render, which the
 * collector's Content-Security-Policy (`style-src 'self'`) blocks; CSSOM writes are allowed.
 * Use as an element directive: `<span ${styleProps({ width: '40%' })}>`.
 */
class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('styleProps() goes on an element, not in an attribute');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [properties]: [Readonly<Record<string, string>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Element directive that sets CSS properties without an inline style attribute. */
export const styleProps = directive(StylePropsDirective);
