import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormContext } from '../form-context.js';
import { described } from './fields.js';
import { idOf, listAt, moveIn, pathText, setAt, updateList, type Path } from './edit.js';
import { formStrings } from './form-strings.js';

/*
 * A list of entries the author adds, removes and reorders: by the Move up / Move down buttons,
 * by Alt+ArrowUp / Alt+ArrowDown anywhere in an entry, or by dragging an entry's handle (a
 * pointer shortcut: the buttons stay the accessible path). Every control in an entry has an id
 * made from the entry's path, so after a move the same control, now at its new place, keeps focus.
 */

export interface ListOptions {
  /** Where the list is in the draft, e.g. `['items']`. */
  path: Path;
  /** The list's heading ("Signs"). */
  title: string;
  /** An entry's name ("Sign 3"), from its 1-based position. */
  entryLabel: (n: number) => string;
  /** The add button's text, also the undo label ("Add a sign"). */
  addLabel: string;
  /** A new entry, given the list as it is (to make a fresh id). */
  create: (list: readonly unknown[]) => unknown;
  /** The controls of one entry. */
  entry: (path: Path, index: number) => TemplateResult;
  /** The field of a new entry to focus, e.g. `text`. */
  focus?: string;
  /** An optional list: removing its last entry removes the list (the schema wants at least one). */
  optional?: boolean;
  /** Drawn under the heading, before the entries (e.g. the bands' range bar). */
  before?: unknown;
  /** `h3` for a list of its own, `h4` for one inside an entry. */
  nested?: boolean;
}

/** The dragged entry: its list and index (one drag at a time in a page). */
let dragging: { list: string; index: number } | undefined;

/** Focuses the first of `ids` that is there and enabled, once the host has drawn the edit. */
export function focusAfterUpdate(from: Element, ids: readonly string[]): void {
  const root = from.getRootNode() as ShadowRoot | Document;
  const host = (root as ShadowRoot).host as (Element & { updateComplete?: Promise<unknown> }) | undefined;
  void Promise.resolve(host?.updateComplete).then(() => {
    for (const id of ids) {
      const target = root.getElementById(id) as (HTMLElement & { disabled?: boolean }) | null;
      if (target && !target.disabled) return target.focus();
    }
  });
}

/** Draws an editable list. */
export function listEditor(context: FormContext, options: ListOptions): TemplateResult {
  const s = formStrings(context.lang);
  const { path } = options;
  const list = listAt(context.draft, path);
  const id = idOf(path);
  const d = described(context, path);
  const key = pathText(path);
  const entryId = (index: number) => idOf([...path, index]);

  const move = (from: number, to: number, origin: Element, focusId: string) => {
    if (to < 0 || to >= list.length || to === from) return;
    context.edit(moveIn(context.draft, path, from, to), s.moved(options.entryLabel(from + 1)));
    // The same control at the entry's new place (ids start with the entry's id).
    const moved = focusId.startsWith(`${entryId(from)}-`)
      ? `${entryId(to)}-${focusId.slice(entryId(from).length + 1)}`
      : entryId(to);
    focusAfterUpdate(origin, [moved, `${entryId(to)}--up`, `${entryId(to)}--down`, entryId(to)]);
  };
  const add = (event: Event) => {
    context.edit(
      updateList(context.draft, path, (next) => next.push(options.create(list))),
      options.addLabel,
    );
    const fresh = entryId(list.length);
    focusAfterUpdate(event.currentTarget as Element, [options.focus ? `${fresh}-${options.focus}` : fresh, fresh]);
  };
  const remove = (index: number, origin: Element) => {
    const next = updateList(context.draft, path, (entries) => entries.splice(index, 1));
    context.edit(
      options.optional && list.length === 1 ? setAt(context.draft, path, undefined) : next,
      s.removed(options.entryLabel(index + 1)),
    );
    const stays = Math.min(index, list.length - 2);
    focusAfterUpdate(origin, stays >= 0 ? [`${entryId(stays)}--remove`, `${id}--add`] : [`${id}--add`]);
  };
  const onKey = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // The innermost list handles it (an answer inside a scale moves the answer).
    event.preventDefault();
    event.stopPropagation();
    const origin = event.composedPath()[0] as HTMLElement;
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1), origin, origin.id);
  };
  const onDragStart = (index: number) => (event: DragEvent) => {
    event.stopPropagation();
    dragging = { list: key, index };
    const entry = (event.target as Element).closest('li');
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(index + 1));
      if (entry) event.dataTransfer.setDragImage(entry, 16, 16);
    }
  };
  const onDragOver = (event: DragEvent) => {
    if (dragging?.list !== key) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    (event.currentTarget as Element).classList.add('drop-target');
  };
  const onDragLeave = (event: DragEvent) => (event.currentTarget as Element).classList.remove('drop-target');
  const onDrop = (index: number) => (event: DragEvent) => {
    if (dragging?.list !== key) return;
    event.preventDefault();
    event.stopPropagation();
    (event.currentTarget as Element).classList.remove('drop-target');
    const from = dragging.index;
    dragging = undefined;
    move(from, index, event.currentTarget as Element, entryId(index));
  };
  const heading = options.nested
    ? html`<h4 id=${`${id}--title`}>${options.title}</h4>`
    : html`<h3 id=${`${id}--title`}>${options.title}</h3>`;

  return html`<section
    class="list-editor"
    id=${id}
    tabindex="-1"
    aria-labelledby=${`${id}--title`}
    aria-describedby=${ifDefined(d.describedBy)}
  >
    ${heading} ${d.view} ${options.before ?? nothing}
    ${!options.nested && list.length > 1 ? html`<p class="hint">${s.reorderHint}</p>` : nothing}
    ${
      list.length
        ? html`<ol class="entries">
          ${list.map((_, index) => {
            const eid = entryId(index);
            const e = described(context, [...path, index]);
            return html`<li
              class="entry"
              @keydown=${onKey(index)}
              @dragover=${onDragOver}
              @dragleave=${onDragLeave}
              @drop=${onDrop(index)}
              @dragend=${() => (dragging = undefined)}
            >
              <fieldset id=${eid} tabindex="-1" aria-describedby=${ifDefined(e.describedBy)}>
                <legend>${options.entryLabel(index + 1)}</legend>
                <div class="entry-tools">
                  <span class="handle" draggable="true" aria-hidden="true" @dragstart=${onDragStart(index)}></span>
                  <button
                    type="button"
                    id=${`${eid}--up`}
                    ?disabled=${index === 0}
                    @click=${(ev: Event) => move(index, index - 1, ev.currentTarget as Element, `${eid}--up`)}
                  >
                    ${s.moveUp}
                  </button>
                  <button
                    type="button"
                    id=${`${eid}--down`}
                    ?disabled=${index === list.length - 1}
                    @click=${(ev: Event) => move(index, index + 1, ev.currentTarget as Element, `${eid}--down`)}
                  >
                    ${s.moveDown}
                  </button>
                  <button
                    type="button"
                    id=${`${eid}--remove`}
                    @click=${(ev: Event) => remove(index, ev.currentTarget as Element)}
                  >
                    ${s.remove}
                  </button>
                </div>
                ${e.view} ${options.entry([...path, index], index)}
              </fieldset>
            </li>`;
          })}
        </ol>`
        : html`<p class="muted">${s.none}</p>`
    }
    <button type="button" class="add" id=${`${id}--add`} @click=${add}>${options.addLabel}</button>
  </section>`;
}
