/**
 * A Solid user of the elements, type-checked by test/node/types.test.mjs (never run): `recipro-widgets/jsx`
 * augments `solid-js`'s JSX with Solid's `on:`, `prop:`, `attr:` and `bool:` forms. (TypeScript applies it once the
 * program imports `solid-js` itself, as every Solid app does.)
 */
import { createSignal } from 'solid-js';
import type {} from 'recipro-widgets/jsx';
import type { ResultPayload } from 'recipro-widgets';
import { same } from '../equal.js';

const [layout] = createSignal<'paged' | 'list'>('list');

export const page = () => (
  <div>
    <recipro-quiz
      relationship="colleague"
      prop:layout={layout()}
      attr:persist-key="intake"
      on:recipro-complete={(_event) => same<typeof _event.detail, ResultPayload>(true)}
      on:recipro-change={(_event) => same<typeof _event.detail.value, number>(true)}
    />
    <recipro-checklist bool:structured-data={true} />
    {/* @ts-expect-error `cousin` is not a relationship */}
    <recipro-quiz prop:relationship="cousin" />
    <recipro-stepper
      // @ts-expect-error a step change carries ids, not numbers
      on:recipro-step-change={(event) => event.detail.to.toFixed()}
    />
  </div>
);
