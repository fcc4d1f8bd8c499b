import { css } from 'lit';

/** The kiosk: a grid of big field buttons, then the ticket, which is also what gets printed. */
export const kioskStyles = css`
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
    gap: 16px;
  }
  .fields button {
    min-height: 120px;
    font-size: 1.5rem;
    text-align: left;
    display: flex;
    align-items: center;
    gap: 16px;
  }
  .prefix {
    font-size: 2.2rem;
    font-weight: 800;
    min-width: 2ch;
  }
  .message {
    font-size: 1.6rem;
    font-weight: 600;
    padding: 32px 0;
  }
  .ticket {
    text-align: center;
    border: 3px dashed #1b1f24;
    border-radius: 16px;
    padding: 24px;
    max-width: 520px;
    margin: 0 auto;
  }
  .ticket .centre {
    font-weight: 600;
  }
  .ticket .number {
    font-size: 7rem;
    font-weight: 800;
    line-height: 1.1;
    letter-spacing: 0.04em;
    margin: 8px 0;
  }
  .ticket .field {
    font-size: 1.6rem;
    font-weight: 700;
  }
  .ticket .wait {
    font-size: 1.4rem;
    font-weight: 700;
    margin-top: 16px;
  }
  .actions {
    display: flex;
    justify-content: center;
    gap: 16px;
    margin-top: 24px;
  }
  .actions button {
    min-width: 180px;
  }
  @media print {
    :host {
      padding: 0;
      min-height: 0;
    }
    header,
    .actions {
      display: none;
    }
    .ticket {
      border: none;
      padding: 0;
      max-width: none;
    }
    .ticket .number {
      font-size: 64pt;
    }
  }
`;
