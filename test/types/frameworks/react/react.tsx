/**
 * A React 19 user of the elements, type-checked by test/node/types.test.mjs (never run): the JSX typings from
 * `recipro-widgets/jsx` type each attribute by its values and each `on<event>` handler by its detail.
 */
import type {} from 'recipro-widgets/jsx';
import type { QuizChangeDetail, ReciproQuiz, ReciproStepper, ResultPayload } from 'recipro-widgets';
import { same } from '../equal.js';

export function Page({ onDone }: { onDone: (payload: ResultPayload) => void }) {
  return (
    <main>
      <recipro-quiz
        relationship="family"
        culture="in"
        layout="list"
        advance="manual"
        persist="local"
        theme="dark"
        exit-url="https://example.org/"
        definition={{ id: 'mine' }}
        onrecipro-complete={(event) => {
          same<typeof event.detail, ResultPayload>(true);
          const quiz: ReciproQuiz = event.target;
          onDone(event.detail);
          return quiz;
        }}
        onrecipro-change={(_event) => same<typeof _event.detail, QuizChangeDetail>(true)}
      />
      <recipro-checklist
        preset="friendship-balance"
        structured-data
        onrecipro-change={(_event) => same<typeof _event.detail.checked, boolean>(true)}
      />
      <recipro-stepper
        start-step="listen"
        onrecipro-step-change={(_event) => same<typeof _event.detail.to, string>(true)}
        onrecipro-change={(_event) => same<typeof _event.detail.change, 'notes' | 'done' | 'not-done'>(true)}
        ref={(stepper: ReciproStepper | null) => stepper?.focus()}
      />
      {/* @ts-expect-error `cousin` is not a relationship */}
      <recipro-quiz relationship="cousin" />
      {/* @ts-expect-error `sepia` is not a theme */}
      <recipro-checklist theme="sepia" />
      <recipro-quiz
        // @ts-expect-error a quiz's change has no `checked`
        onrecipro-change={(event) => event.detail.checked}
      />
      <recipro-quiz
        // @ts-expect-error the result payload is not a string
        onrecipro-complete={(event) => event.detail.toUpperCase()}
      />
    </main>
  );
}
