import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { SelfCheckAction } from './logic';

interface StepActionsProps {
  readonly dispatch: (action: SelfCheckAction) => void;
}

/** Back and Start over, offered at every step after the first. */
export default function StepActions({ dispatch }: StepActionsProps): ReactNode {
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          dispatch({ type: 'wentBack' });
        }}
      >
        <Translate id="selfCheck.back">Back</Translate>
      </button>
      <button
        type="button"
        className="button button--link"
        onClick={() => {
          dispatch({ type: 'startedOver' });
        }}
      >
        <Translate id="selfCheck.startOver">Start over</Translate>
      </button>
    </>
  );
}
