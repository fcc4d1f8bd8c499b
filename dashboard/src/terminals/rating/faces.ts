import { svg, type SVGTemplateResult } from 'lit';

/** How each rating looks: a mouth from a wide smile (4) to a frown (1), and a colour with it. */
const FACES: Record<1 | 2 | 3 | 4, { mouth: string; colour: string }> = {
  4: { mouth: 'M30 62 Q50 84 70 62', colour: '#0a7a4b' },
  3: { mouth: 'M32 64 Q50 74 68 64', colour: '#3d9a3d' },
  2: { mouth: 'M32 66 L68 66', colour: '#b07d00' },
  1: { mouth: 'M30 72 Q50 54 70 72', colour: '#b3401a' },
};

/**
 * A face for a rating, drawn as SVG rather than an emoji: cheap tablets lack colour emoji fonts,
 * and the shape must read the same everywhere. The words go beside it: colour never speaks alone.
 */
export function face(rating: 1 | 2 | 3 | 4): SVGTemplateResult {
  const { mouth, colour } = FACES[rating];
  return svg`<svg viewBox="0 0 100 100" width="120" height="120" aria-hidden="true">
    <circle cx="50" cy="50" r="44" fill=${colour} />
    <circle cx="35" cy="40" r="6" fill="#fff" />
    <circle cx="65" cy="40" r="6" fill="#fff" />
    <path d=${mouth} stroke="#fff" stroke-width="7" fill="none" stroke-linecap="round" />
  </svg>`;
}
