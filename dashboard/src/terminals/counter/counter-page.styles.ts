import { css } from 'lit';

/** The counter page: the current ticket large, the waiting count, and rows of big actions. */
export const counterStyles = css`
  .board {
    display: grid;
    grid-template-columns: 2fr 1fr;
    gap: 16px;
    margin-bottom: 16px;
  }
  .panel {
    border: 2px solid #c9d1d9;
    border-radius: 16px;
    padding: 16px;
    background: #fff;
  }
  .label {
    font-size: 1rem;
    color: #444c56;
  }
  .ticket {
    font-size: 5rem;
    font-weight: 800;
    line-height: 1.1;
  }
  .waiting {
    font-size: 4rem;
    font-weight: 800;
    line-height: 1.1;
  }
  .state {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 12px 0;
  }
  .actions button {
    flex: 1 1 200px;
  }
  .outcomes button {
    background: #0a7a4b;
    border-color: #0a7a4b;
    color: #fff;
  }
  button.warn {
    border-color: #8a1c00;
    color: #8a1c00;
  }
  .note {
    font-weight: 600;
    color: #5c4200;
    min-height: 1.5em;
  }
  h2 {
    font-size: 1.1rem;
    margin: 16px 0 0;
  }
  @media (max-width: 640px) {
    .board {
      grid-template-columns: 1fr;
    }
  }
`;
