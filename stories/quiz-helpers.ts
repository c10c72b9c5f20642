import type { ReciproQuiz } from '../src/components/quiz/quiz.component.js';

/** Walks a quiz to its result the way a reader would: Start, pick an option per question, Next. */
export async function answerQuiz(
  el: ReciproQuiz,
  pick: (item: { id: string; dimension?: string; reverse?: boolean }) => number,
): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>('button.primary')?.click();
  await el.updateComplete;
  for (const item of el.quiz?.items ?? []) {
    const inputs = root.querySelectorAll<HTMLInputElement>('input[type=radio]');
    inputs[Math.min(pick(item), inputs.length - 1)]?.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.actions .primary')?.click();
    await el.updateComplete;
  }
}

/** Answer patterns for the default quiz (option indexes 0–4; the safety item is the last scale). */
export const patterns = {
  carryMore: (item: { dimension?: string; reverse?: boolean }) =>
    item.dimension === undefined ? 0 : item.dimension.endsWith('-give') !== !!item.reverse ? 4 : 0,
  receiveMore: (item: { dimension?: string; reverse?: boolean }) =>
    item.dimension === undefined ? 0 : item.dimension.endsWith('-receive') !== !!item.reverse ? 4 : 0,
  balanced: (item: { dimension?: string }) => (item.dimension === undefined ? 0 : 3),
  disengaged: (item: { dimension?: string; reverse?: boolean }) =>
    item.dimension === undefined ? 0 : item.reverse ? 4 : 0,
  safetyConcern: (item: { dimension?: string }) => (item.dimension === undefined ? 2 : 2),
  /** Balanced overall, uneven in places: practical help leans to the reader, emotional support away. */
  mixed: (item: { id: string; dimension?: string }) => {
    if (item.dimension === undefined) return 0;
    const [form, side, n] = item.id.split('-');
    const lean = form === 'practical' ? 1 : form === 'emotional' ? -1 : 0;
    if (!lean) return 2;
    // Often on what the leaning side does (Rarely on its reverse-keyed question), Rarely on the other.
    return ((side === 'give') === lean > 0) === (n === '1') ? 3 : 1;
  },
};
