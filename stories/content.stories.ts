import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { presets } from '../src/content/index.js';
import {
  textFor,
  type ChecklistDefinition,
  type Definition,
  type QuizDefinition,
  type StepperDefinition,
} from '../src/core/index.js';

/**
 * One page per default content pack, rendered from the pack's own data, so a provider can judge
 * what it measures, its items and bands, its attribution and disclaimer before embedding it.
 */
const meta = {
  title: 'Content packs',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

const attribution = (d: Definition) => html`<p><strong>Attribution:</strong> ${d.attribution?.text ?? 'none'}</p>
  <p><strong>Disclaimer:</strong> ${d.disclaimer}</p>`;

function quizPage(d: QuizDefinition): TemplateResult {
  const scale = (id: string) => d.scales.find((s) => s.id === id)!;
  return html`<h2>${d.title} <code>${d.id}</code> ${d.version}</h2>
    <p>${d.intro}</p>
    <p>${d.items.length} questions, about ${d.estimatedMinutes} minutes. Missing answers: ${
      d.missing?.policy ?? 'all'
    } required.</p>
    ${attribution(d)}
    <h3>Dimensions</h3>
    <ul>${d.dimensions.map((dim) => html`<li><code>${dim.id}</code>: ${dim.label}</li>`)}</ul>
    <h3>Questions (partner wording; every question also has family, friend and colleague wordings)</h3>
    <table>
      <thead><tr><th scope="col">id</th><th scope="col">question</th><th scope="col">dimension</th><th
        scope="col">scale</th><th scope="col">scoring</th></tr></thead>
      <tbody>
        ${d.items.map(
          (item) => html`<tr>
            <td><code>${item.id}</code></td>
            <td>${textFor(item.text, 'partner')}</td>
            <td>${item.dimension ?? '(not scored)'}</td>
            <td>${scale(item.scale)
              .options.map((o) => o.label)
              .join(' / ')}</td>
            <td>${item.reverse ? 'reversed' : ''}${
              item.safety ? `safety rule: values ${item.safety.values.join(', ')} show support` : ''
            }</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <h3>Derived scores</h3>
    <ul>${(d.scores ?? []).map(
      (s) => html`<li><code>${s.id}</code> = ${s.kind} of ${s.of.join(', ')}${s.label ? ` (${s.label})` : ''}</li>`,
    )}</ul>
    <h3>Bands</h3>
    ${d.bandings.map(
      (b) => html`<h4>${b.id} (on <code>${b.score}</code>)</h4>
        <table>
          <thead><tr><th scope="col">range</th><th scope="col">label</th><th scope="col">summary</th><th
            scope="col">advice</th><th scope="col">steps</th></tr></thead>
          <tbody>${b.bands.map(
            (band) =>
              html`<tr><td>${band.min} to ${band.max}</td><td>${band.label}${
                band.neutral ? ' (neutral)' : ''
              }</td><td>${band.summary}</td><td>${
                band.advice ?? ''
              }</td><td>${(band.steps ?? []).join(', ')}</td></tr>`,
          )}</tbody>
        </table>`,
    )}
    ${d.safety ? html`<h3>${d.safety.title}</h3><p>${d.safety.message}</p>` : nothing}
    ${
      d.cultureNotes
        ? html`<h3>Cultural notes</h3><dl>${Object.entries(d.cultureNotes).map(
            ([k, n]) => html`<dt>${k}: ${n!.title}</dt><dd>${n!.body}</dd>`,
          )}</dl>`
        : nothing
    }
    ${
      d.resources
        ? html`<h3>${d.resources.title}</h3>
          <p>${d.resources.emergency}</p>
          <ul>${d.resources.items.map(
            (r) =>
              html`<li>${r.region}: ${r.name}, ${r.contacts.map((c) => c.phone).join(' / ')} — ${r.description}</li>`,
          )}</ul>`
        : nothing
    }`;
}

function checklistPage(d: ChecklistDefinition): TemplateResult {
  return html`<h2>${d.title} <code>${d.id}</code> ${d.version}</h2>
    ${d.intro ? html`<p>${d.intro}</p>` : nothing}
    <p>Reads as a <strong>${d.polarity ?? 'healthy'}</strong> list${
      d.polarity === 'warning' ? ': more checked means more concern' : ''
    }.</p>
    ${attribution(d)}
    <h3>Items</h3>
    <ol>${d.items.map(
      (i) =>
        html`<li>${i.text} <code>${i.id}</code>${i.weight ? ` (weight ${i.weight})` : ''}${
          i.polarity ? ` (${i.polarity})` : ''
        }</li>`,
    )}</ol>
    <h3>Bands (score 0–100)</h3>
    <ul>${d.bands.map((b) => html`<li>${b.min}–${b.max}: <strong>${b.label}</strong>. ${b.takeaway}</li>`)}</ul>`;
}

function stepperPage(d: StepperDefinition): TemplateResult {
  return html`<h2>${d.title} <code>${d.id}</code> ${d.version}</h2>
    ${attribution(d)}
    ${d.steps.map(
      (s) => html`<h3>${s.letter} — ${s.title}</h3>
        <p><em>${s.summary}</em></p>
        <p>${s.body}</p>
        <ul>${s.prompts.map((p) => html`<li>${p.text}</li>`)}</ul>
        <p><strong>Practice:</strong> ${s.practice.text}${
          s.practice.reminder ? ` (reminder every ${s.practice.reminder.everyWeeks} weeks)` : ''
        }</p>
        ${s.example ? html`<p><strong>Example:</strong> ${s.example}</p>` : nothing}`,
    )}`;
}

const page = (id: keyof typeof presets): StoryObj => ({
  name: id,
  render: () => {
    const d = presets[id] as Definition;
    return html`<article class="content-pack">${
      d.kind === 'quiz' ? quizPage(d) : d.kind === 'checklist' ? checklistPage(d) : stepperPage(d)
    }</article>`;
  },
});

export const ReciprocityBalance = page('reciprocity-balance');
export const RomanticSigns = page('romantic-signs');
export const OneSidedSigns = page('one-sided-signs');
export const FriendshipBalance = page('friendship-balance');
export const WorkReciprocity = page('work-reciprocity');
export const TraumaAndReciprocity = page('trauma-and-reciprocity');
export const RestoreSteps = page('restore-steps');
export const ReciproSteps = page('recipro-steps');
