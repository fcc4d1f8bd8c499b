import { css } from 'lit';

/** The rating pad: four big faces side by side (two by two on a narrow screen), then thanks. */
export const ratingStyles = css`
  .question {
    font-size: 2rem;
    font-weight: 700;
    text-align: center;
    margin: 24px 0;
  }
  .faces {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: 16px;
  }
  .faces button {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 12px;
    min-height: 200px;
    font-size: 1.4rem;
  }
  .thanks {
    font-size: 2.4rem;
    font-weight: 800;
    text-align: center;
    padding: 80px 0;
  }
  @media (max-width: 700px) {
    .faces {
      grid-template-columns: repeat(2, 1fr);
    }
  }
`;
