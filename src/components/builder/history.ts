/** One undoable change: the drafts before and after it, and what the author did ("Add a sign"). */
interface Step<T> {
  before: T;
  after: T;
  label: string;
}

/** How many steps back the builder remembers. */
export const HISTORY_CAP = 100;

/**
 * The builder's undo / redo stack. Each commit is one step with a label; commits with the same
 * `coalesce` key that follow each other (typing in one field) merge into the step they continue.
 * Undo or redo, or any other commit, ends a run of typing. The oldest steps drop past `cap`.
 */
export class History<T> {
  private done: Step<T>[] = [];
  private undone: Step<T>[] = [];
  private run: string | undefined;

  constructor(
    public present: T,
    private readonly cap = HISTORY_CAP,
  ) {}

  /** Makes `next` the present as a step named `label`. */
  commit(next: T, label: string, coalesce?: string): void {
    const last = this.done.at(-1);
    if (coalesce !== undefined && coalesce === this.run && last) {
      last.after = next;
    } else {
      this.done.push({ before: this.present, after: next, label });
      if (this.done.length > this.cap) this.done.shift();
    }
    this.run = coalesce;
    this.undone = [];
    this.present = next;
  }

  /** Starts afresh from `present`, forgetting every step (a restored draft). */
  reset(present: T): void {
    this.present = present;
    this.done = [];
    this.undone = [];
    this.run = undefined;
  }

  /** The label of the step undo would take back, if any. */
  get undoLabel(): string | undefined {
    return this.done.at(-1)?.label;
  }

  /** The label of the step redo would do again, if any. */
  get redoLabel(): string | undefined {
    return this.undone.at(-1)?.label;
  }

  /** Takes the last step back; returns its label, or undefined when there is nothing to undo. */
  undo(): string | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.undone.push(step);
    this.present = step.before;
    this.run = undefined;
    return step.label;
  }

  /** Does the last undone step again; returns its label, or undefined when there is nothing to redo. */
  redo(): string | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.done.push(step);
    this.present = step.after;
    this.run = undefined;
    return step.label;
  }
}
