import { css } from 'lit';

/**
 * Styles every terminal page shares: large type and touch targets of at least 48 px (cheap
 * tablets, fingers, older citizens), strong contrast, nothing that needs a hover.
 *
 * @cssprop --terminal-accent - Colour of the main action buttons (default a deep blue).
 */
export const terminalStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    padding: 16px;
    font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    font-size: 20px;
    color: #1b1f24;
    --terminal-accent: #0b5cad;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0 0 12px;
  }
  button {
    min-height: 64px;
    min-width: 64px;
    padding: 12px 20px;
    font: inherit;
    font-weight: 600;
    border-radius: 12px;
    border: 2px solid #1b1f24;
    background: #fff;
    color: #1b1f24;
    cursor: pointer;
    touch-action: manipulation;
  }
  button.primary {
    background: var(--terminal-accent);
    border-color: var(--terminal-accent);
    color: #fff;
  }
  button:active {
    transform: translateY(1px);
    filter: brightness(0.9);
  }
  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  button:focus-visible {
    outline: 4px solid #e69f00;
    outline-offset: 2px;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin-top: 16px;
    font-size: 1rem;
  }
  .status:empty {
    display: none;
  }
  .status .offline,
  .status .pending,
  .status .rejected {
    padding: 8px 12px;
    border-radius: 8px;
    font-weight: 600;
  }
  .status .offline {
    background: #fde2dd;
    color: #8a1c00;
  }
  .status .pending {
    background: #fff1cc;
    color: #5c4200;
  }
  .status .rejected {
    background: #8a1c00;
    color: #fff;
  }
  @media print {
    .status {
      display: none;
    }
  }
`;
