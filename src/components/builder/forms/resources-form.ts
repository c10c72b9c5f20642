import { html, type TemplateResult } from 'lit';
import { regions } from '../../../core/constants.js';
import type { FormContext } from '../form-context.js';
import { checkField, section, selectField, textField, type Choice } from './fields.js';
import { getAt, idOf, setAt, type Path } from './edit.js';
import { formStrings } from './form-strings.js';
import { focusAfterUpdate, listEditor } from './list-editor.js';

/** A region's name in `lang` (`uk` is the ISO `GB`), or its code where the browser has none. */
function regionName(lang: string, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code === 'uk' ? 'GB' : code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const regionChoices = (lang: string): Choice[] =>
  regions.map((code) => ({ value: code, label: regionName(lang, code) }));

/** What "Add support resources" starts from: every field the schema needs, empty for the author to fill. */
const blankService = () => ({ region: 'any', name: '', description: '', contacts: [{ label: '' }] });
const blankResources = () => ({ title: '', emergency: '', items: [blankService()] });

/** The support resources (`resources` in core/schemas/common.ts) of a checklist or quiz. */
export function resourcesForm(context: FormContext, path: Path = ['resources']): TemplateResult {
  const s = formStrings(context.lang);
  const present = getAt(context.draft, path) !== undefined;
  const id = idOf(path);
  const toggle = (event: Event) => {
    const origin = event.currentTarget as Element;
    context.edit(
      setAt(context.draft, path, present ? undefined : blankResources()),
      present ? s.removeResources : s.addResources,
    );
    focusAfterUpdate(origin, present ? [`${id}--toggle`] : [idOf([...path, 'title']), `${id}--toggle`]);
  };
  const toggleButton = html`<button type="button" id=${`${id}--toggle`} @click=${toggle}>
    ${present ? s.removeResources : s.addResources}
  </button>`;
  if (!present) return section(context, 'resources', s.resources, toggleButton, path);
  const contacts = (service: Path) =>
    listEditor(context, {
      path: [...service, 'contacts'],
      title: s.contacts,
      entryLabel: s.contact,
      addLabel: s.addContact,
      create: () => ({ label: '' }),
      focus: 'label',
      nested: true,
      entry: (at) =>
        html`${textField(context, [...at, 'label'], s.contactLabel, { required: true })}
        ${textField(context, [...at, 'phone'], s.phone, { type: 'tel' })} ${checkField(context, [...at, 'sms'], s.sms)}
        ${textField(context, [...at, 'url'], s.url, { type: 'url' })}`,
    });
  return section(
    context,
    'resources',
    s.resources,
    html`${textField(context, [...path, 'title'], s.heading, { required: true })}
      ${textField(context, [...path, 'intro'], s.intro, { multiline: true })}
      ${textField(context, [...path, 'emergency'], s.emergency, { multiline: true, required: true })}
      ${listEditor(context, {
        path: [...path, 'emergencyByRegion'],
        title: s.regionLines,
        entryLabel: s.regionLine,
        addLabel: s.addRegionLine,
        create: () => ({ region: 'us', text: '' }),
        focus: 'text',
        nested: true,
        entry: (at) =>
          html`${selectField(context, [...at, 'region'], s.region, regionChoices(context.lang))}
          ${textField(context, [...at, 'text'], s.text, { multiline: true, required: true })}`,
      })}
      ${listEditor(context, {
        path: [...path, 'items'],
        title: s.services,
        entryLabel: s.service,
        addLabel: s.addService,
        create: blankService,
        focus: 'name',
        nested: true,
        entry: (at) =>
          html`${selectField(context, [...at, 'region'], s.region, [
            { value: 'any', label: s.anywhere },
            ...regionChoices(context.lang),
          ])}
          ${textField(context, [...at, 'name'], s.name, { required: true })}
          ${textField(context, [...at, 'description'], s.description, { multiline: true, required: true })}
          ${contacts(at)}`,
      })}
      ${toggleButton}`,
    path,
  );
}
