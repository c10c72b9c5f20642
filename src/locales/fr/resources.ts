import type { Resources } from '../../core/index.js';

/**
 * The default support services, as in English (same regions, numbers and order, from
 * SUPPORT-RESOURCES.md), described in French. Service names stay as the services spell them,
 * except where an official French name exists (Canada's 9-8-8) or the name is a plain
 * description (the UAE line). « Gratuit » is said only where the English says "free".
 * The emergency line names France first, as most French readers of these packs are there.
 */
export const supportResources: Resources = {
  title: 'Du soutien est à votre disposition',
  intro:
    'Dans ces services, des personnes formées peuvent vous écouter et vous aider à réfléchir à la suite, à votre rythme.',
  emergency:
    'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local (France\u00a0: 17 ou 112, ou 114 par SMS pour les personnes sourdes ou malentendantes\u202f; États-Unis et Canada\u00a0: 911, Royaume-Uni\u00a0: 999, Australie\u00a0: 000, Inde\u00a0: 112, Émirats arabes unis\u00a0: 999).',
  emergencyByRegion: [
    { region: 'us', text: 'Si vous êtes en danger en ce moment, appelez le 911, le numéro d’urgence aux États-Unis.' },
    { region: 'in', text: 'Si vous êtes en danger en ce moment, appelez le 112, le numéro d’urgence en Inde.' },
    { region: 'uk', text: 'Si vous êtes en danger en ce moment, appelez le 999, le numéro d’urgence au Royaume-Uni.' },
    { region: 'au', text: 'Si vous êtes en danger en ce moment, appelez le 000, le numéro d’urgence en Australie.' },
    { region: 'ca', text: 'Si vous êtes en danger en ce moment, appelez le 911, le numéro d’urgence au Canada.' },
    {
      region: 'ae',
      text: 'Si vous êtes en danger en ce moment, appelez le 999, le numéro d’urgence aux Émirats arabes unis.',
    },
    {
      region: 'fr',
      text: 'Si vous êtes en danger en ce moment, appelez le 17 (police) ou le 112, les numéros d’urgence en France, ou envoyez un SMS au 114 pour les personnes sourdes ou malentendantes.',
    },
  ],
  items: [
    {
      region: 'us',
      name: '988 Suicide & Crisis Lifeline',
      description:
        'Pour toute personne en détresse émotionnelle ou en crise\u202f; gratuit, confidentiel, jour et nuit.',
      contacts: [{ label: 'Appeler ou écrire par SMS', phone: '988', sms: true }],
    },
    {
      region: 'us',
      name: 'National Domestic Violence Hotline',
      description:
        'Pour toute personne touchée par la violence dans une relation, ou qui s’en inquiète\u202f; gratuit, confidentiel, jour et nuit.',
      contacts: [{ label: 'Appeler', phone: '1-800-799-7233' }],
    },
    {
      region: 'in',
      name: 'Tele-MANAS',
      description: 'La ligne nationale de santé mentale de l’Inde, en 20 langues\u202f; gratuite, jour et nuit.',
      contacts: [
        { label: 'Appeler', phone: '14416' },
        { label: 'Ou appeler', phone: '1-800-891-4416' },
      ],
    },
    {
      region: 'in',
      name: 'Women Helpline (Mission Shakti)',
      description:
        'Pour les femmes qui ont besoin de soutien, notamment face à la violence\u202f; gratuit, jour et nuit, dans la plupart des États et territoires de l’Inde (sauf au Bengale-Occidental, à la fin de 2024).',
      contacts: [{ label: 'Appeler', phone: '181' }],
    },
    {
      region: 'uk',
      name: 'Samaritans',
      description: 'Quelqu’un à qui parler de ce qui vous préoccupe, quoi que ce soit\u202f; gratuit, jour et nuit.',
      contacts: [{ label: 'Appeler', phone: '116 123' }],
    },
    {
      region: 'uk',
      name: 'National Domestic Abuse Helpline (gérée par Refuge)',
      description:
        'Pour toute personne qui subit des violences conjugales ou familiales, ou qui craint d’en subir\u202f; gratuit, jour et nuit.',
      contacts: [{ label: 'Appeler', phone: '0808 2000 247' }],
    },
    {
      region: 'au',
      name: 'Lifeline',
      description: 'Un soutien en cas de crise, pour toute personne qui traverse un moment difficile, jour et nuit.',
      contacts: [{ label: 'Appeler', phone: '13 11 14' }],
    },
    {
      region: 'au',
      name: '1800RESPECT',
      description:
        'Un accompagnement pour toute personne touchée par la violence conjugale, familiale ou sexuelle\u202f; gratuit, jour et nuit, également par SMS et par messagerie en ligne.',
      contacts: [{ label: 'Appeler', phone: '1800 737 732' }],
    },
    {
      region: 'ca',
      name: '9-8-8\u00a0: Ligne d’aide en cas de crise de suicide',
      description:
        'Pour toute personne qui pense au suicide ou qui s’inquiète pour quelqu’un, en français et en anglais\u202f; gratuit, jour et nuit.',
      contacts: [{ label: 'Appeler ou écrire par SMS', phone: '988', sms: true }],
    },
    {
      region: 'ae',
      name: 'Ligne nationale de soutien psychologique',
      description:
        'Un soutien psychologique en arabe et en anglais, proposé par le Programme national pour le bonheur et le bien-être\u202f; numéro gratuit (800 HOPE).',
      contacts: [{ label: 'Appeler, ou écrire sur WhatsApp', phone: '800 4673' }],
    },
    {
      region: 'fr',
      name: '3919 Violences Femmes Info',
      description:
        'Pour les femmes victimes de violences\u202f; gratuit, anonyme, jour et nuit. Ce n’est pas un numéro d’urgence\u00a0: en cas de danger, appelez le 17 ou le 112.',
      contacts: [{ label: 'Appeler', phone: '3919' }],
    },
    {
      region: 'fr',
      name: '3114, numéro national de prévention du suicide',
      description:
        'Pour toute personne qui pense au suicide ou qui s’inquiète pour quelqu’un, en métropole et en outre-mer\u202f; gratuit, confidentiel, jour et nuit.',
      contacts: [{ label: 'Appeler', phone: '3114' }],
    },
  ],
};
