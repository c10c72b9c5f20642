import { html, nothing, type TemplateResult } from 'lit';
import type { commonMessages, Contact, Region, Resources } from '../../core/index.js';
import { safeHref } from './views.js';

/*
 * Support resources and the way out: helplines as tap-to-call buttons, and "Leave this page
 * quickly". Part of the support code each element loads just after its first render (support.ts).
 */

/** `tel:` link with the digits only (and a leading + for international numbers). */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** The strings the support views use (every element's catalog has them). */
type SupportStrings = Pick<
  typeof commonMessages,
  'call' | 'sendText' | 'otherRegions' | 'byCountry' | 'quickExit' | 'quickExitHint'
>;

type Service = Resources['items'][number];

/** The services with the reader's region's first (the order is otherwise kept). */
function regionFirst(resources: Resources, region: string | null | undefined): Service[] {
  return region
    ? [...resources.items].sort((a, b) => Number(b.region === region) - Number(a.region === region))
    : resources.items;
}

/** A region's emergency line, else the general one. */
function emergencyOf(resources: Resources, region: string | null | undefined): string {
  return resources.emergencyByRegion?.find((line) => line.region === region)?.text ?? resources.emergency;
}

/** Per language, the browser's region names: building one takes a few milliseconds. */
const regionNameLists = new Map<string, Intl.DisplayNames>();

/** Region names in the reader's language (`uk` → "United Kingdom"), from the browser's own list. */
function regionNames(language: string): (region: Region) => string {
  let names = regionNameLists.get(language);
  if (!names) regionNameLists.set(language, (names = new Intl.DisplayNames([language, 'en'], { type: 'region' })));
  return (region) => names.of(region === 'uk' ? 'GB' : region.toUpperCase()) ?? region;
}

/** A tap-to-call (or tap-to-text) button: the label, then the number kept left to right. */
function callButton(href: string, label: string, phone: string): TemplateResult {
  return html`<a class="call" href=${href}>${label} <span dir="ltr">${phone}</span></a>`;
}

function contactView(contact: Contact, t: SupportStrings): TemplateResult {
  const href = safeHref(contact.url);
  const { phone } = contact;
  const tel = phone && telHref(phone);
  return html`<span class="contact">${
    !tel
      ? contact.label
      : contact.sms
        ? html`${callButton(tel, t.call, phone)} ${callButton(tel.replace('tel:', 'sms:'), t.sendText, phone)}`
        : callButton(tel, contact.label, phone)
  }${
    href
      ? html` <a href=${href} rel="noopener noreferrer" target="_blank">${href.replace(/^https?:\/\//, '')}</a>`
      : nothing
  }</span>`;
}

function servicesView(items: readonly Service[], t: SupportStrings): TemplateResult | typeof nothing {
  return items.length
    ? html`<ul class="services">
        ${items.map(
          (item) => html`<li>
            <strong>${item.name}</strong>: ${item.description}
            <span class="contacts">${item.contacts.map((c) => contactView(c, t))}</span>
          </li>`,
        )}
      </ul>`
    : nothing;
}

/** Where support resources are shown, and for whom. */
export interface SupportOptions {
  /** Id of the resources' heading (default `resources-heading`), and its level (default `h3`). */
  id?: string;
  level?: 'h3' | 'h4';
  /** The reader's region: its services come first, as call buttons; the others fold away. */
  region: Region | null | undefined;
  t: SupportStrings;
  /** The language the element speaks, for country names. */
  language: string;
}

/**
 * Support resources: the reader's region's emergency line and services (numbers as tap-to-call
 * buttons), with the services for everywhere; other regions' services folded away, by country.
 * When the region is unknown, the general emergency line, the services for everywhere, then
 * one fold per country.
 */
export function resourcesView(resources: Resources, options: SupportOptions): TemplateResult {
  const { id = 'resources-heading', level = 'h3', region, t, language } = options;
  const items = regionFirst(resources, region);
  const name = regionNames(language);
  const here = items.filter((item) => item.region === region || item.region === 'any');
  const elsewhere = [
    ...new Set([
      ...items.map((item) => item.region),
      ...(resources.emergencyByRegion ?? []).map((line) => line.region),
    ]),
  ].filter((r): r is Region => r !== 'any' && r !== region);
  const group = (r: Region) => html`<p class="emergency">${emergencyOf(resources, r)}</p>
    ${servicesView(
      items.filter((item) => item.region === r),
      t,
    )}`;
  const others = !elsewhere.length
    ? nothing
    : region
      ? html`<details class="other-regions">
          <summary>${t.otherRegions}</summary>
          ${elsewhere.map(
            (r) =>
              html`${level === 'h3' ? html`<h4>${name(r)}</h4>` : html`<h5>${name(r)}</h5>`}
              ${group(r)}`,
          )}
        </details>`
      : html`<p>${t.byCountry}</p>
          ${elsewhere.map((r) => html`<details class="region"><summary>${name(r)}</summary>${group(r)}</details>`)}`;
  return html`<section class="resources" part="resources" aria-labelledby=${id}>
    ${level === 'h3' ? html`<h3 id=${id}>${resources.title}</h3>` : html`<h4 id=${id}>${resources.title}</h4>`}
    <p class="emergency"><strong>${emergencyOf(resources, region)}</strong></p>
    ${resources.intro ? html`<p>${resources.intro}</p>` : nothing} ${servicesView(here, t)} ${others}
  </section>`;
}

/**
 * The way out at the top of a safety result, as GOV.UK's "Exit this page": a button that leaves
 * for a neutral site (Shift three times does the same), and any other action (the quiz's "Clear my answers").
 */
export function quickExitView(t: SupportStrings, leave: () => void, extra?: TemplateResult): TemplateResult {
  return html`<div class="actions quick-exit-bar" part="quick-exit">
    <button type="button" class="quick-exit" aria-describedby="quick-exit-hint" @click=${leave}>${t.quickExit}</button>
    ${extra ?? nothing}
    <p class="quick-exit-hint muted" id="quick-exit-hint">${t.quickExitHint}</p>
  </div>`;
}

/**
 * Support services as lines of a plain-text summary: the title, the reader's region's emergency line
 * (else the general one), then one line per service, the reader's region's first, with what it is
 * for and how to reach it.
 */
export function resourcesText(
  resources: Resources,
  t: { labelled: (label: string, text: string) => string },
  region?: string | null,
): string[] {
  const contacts = (item: Resources['items'][number]) =>
    item.contacts.map((c) => [c.label, c.phone, c.url].filter(Boolean).join(' ')).join('; ');
  return [
    resources.title,
    emergencyOf(resources, region),
    ...regionFirst(resources, region).map(
      (item) => `- ${t.labelled(item.name, `${item.description} ${contacts(item)}`)}`,
    ),
  ];
}
