// A small app that imports the elements from the npm build (through the package's `exports`
// map) and listens to their typed events.
import 'recipro-widgets/quiz';
import type { ReciproQuiz } from 'recipro-widgets/quiz';
import type { ResultPayload } from 'recipro-widgets/core';

const quiz = document.querySelector<ReciproQuiz>('recipro-quiz')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

function write(line: string): void {
  const item = document.createElement('li');
  item.textContent = line; // text, never markup
  log.append(item);
}

quiz.addEventListener('recipro-start', () => write('recipro-start'));
quiz.addEventListener('recipro-change', (event) => write(`recipro-change: ${event.detail.id} = ${event.detail.value}`));
quiz.addEventListener('recipro-complete', (event) => {
  const payload: ResultPayload = event.detail;
  const band = payload.result.kind === 'quiz' ? payload.result.band?.label : undefined;
  write(`recipro-complete: ${band ?? 'no band'} (key ${payload.key})`);
});
quiz.addEventListener('recipro-error', (event) =>
  write(`recipro-error: ${event.detail.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`),
);
