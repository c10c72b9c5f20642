// A React 19 app on the packed package (test/node/frameworks.test.mjs builds it with Vite and drives it):
// it registers the elements, sets `definition` as a property, receives a typed `recipro-complete` through
// React 19's custom-event props, and re-renders its own state around the elements (they must keep their answers).
import 'recipro-widgets/define';
import type {} from 'recipro-widgets/jsx';
import type { ResultPayload } from 'recipro-widgets';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { appChecklist, appQuiz } from '../shared/definitions.js';

type Summary = ResultPayload['result'];

function App() {
  const [renders, setRenders] = useState(0);
  const [quiz, setQuiz] = useState<Summary | null>(null);
  const [checklist, setChecklist] = useState<Summary | null>(null);
  const [changes, setChanges] = useState(0);
  return (
    <main>
      <button id="rerender" type="button" onClick={() => setRenders(renders + 1)}>
        Re-render
      </button>
      <output id="renders">{renders}</output>
      <output id="changes">{changes}</output>
      {/* A module constant: the same object on every render. */}
      <recipro-quiz
        layout="list"
        relationship="colleague"
        theme={renders % 2 ? 'dark' : 'light'}
        definition={appQuiz}
        onrecipro-change={() => setChanges((n) => n + 1)}
        onrecipro-complete={(event) => {
          // @ts-expect-error a payload is not a string (never called: only stops compiling if `detail` widens to `any`)
          const _wrong = () => event.detail.toUpperCase();
          setQuiz(event.detail.result);
        }}
      />
      <pre id="quiz-result">{quiz ? JSON.stringify(quiz) : ''}</pre>
      {/* A new (equal) object on every render, as an inline literal would be. */}
      <recipro-checklist
        definition={{ ...appChecklist }}
        data-renders={renders}
        onrecipro-complete={(event) => setChecklist(event.detail.result)}
      />
      <pre id="checklist-result">{checklist ? JSON.stringify(checklist) : ''}</pre>
      <recipro-stepper start-step="express" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
