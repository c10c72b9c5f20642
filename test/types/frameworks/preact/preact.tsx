/**
 * A Preact user of the elements, type-checked by test/node/types.test.mjs (never run): `recipro-widgets/jsx`
 * augments `preact`'s JSX as it augments React's.
 */
import type {} from 'recipro-widgets/jsx';
import type { ResultPayload } from 'recipro-widgets';
import { same } from '../equal.js';

export const page = (
  <div>
    <recipro-quiz
      relationship="friend"
      onrecipro-complete={(_event) => same<typeof _event.detail, ResultPayload>(true)}
      onrecipro-change={(_event) => same<typeof _event.detail.value, number>(true)}
    />
    {/* @ts-expect-error `cousin` is not a relationship */}
    <recipro-quiz relationship="cousin" />
    <recipro-checklist
      // @ts-expect-error a checklist's change has no `value`
      onrecipro-change={(event) => event.detail.value}
    />
  </div>
);
