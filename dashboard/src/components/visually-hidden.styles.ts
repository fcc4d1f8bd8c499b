import { css } from 'lit';

/**
 * Declarations that hide text from the eye and keep it for screen readers (the usual clip
 * pattern), to put inside a rule: `.label { ${visuallyHidden} }`.
 */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;
