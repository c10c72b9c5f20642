import type { Resources } from '../core/index.js';

/**
 * Default support services for the regions the packs cover, from the project's checked list
 * (SUPPORT-RESOURCES.md). A provider can replace them through the definition. "Free" is said
 * only where the list or the number's toll-free prefix confirms it. `emergency` names every
 * region's number (for a reader whose region is unknown); `emergencyByRegion` gives each region's
 * own line, shown first to a reader there.
 */
export const supportResources: Resources = {
  title: 'Support is available',
  intro: 'Trained people at these services can listen, and help you think about what to do next, at your own pace.',
  emergency:
    'If you are in danger now, call your local emergency number (US and Canada 911, UK 999, Australia 000, India 112, UAE 999, France 17 or 112, or 114 by text if you are deaf or hard of hearing).',
  emergencyByRegion: [
    { region: 'us', text: 'If you are in danger now, call 911, the emergency number in the US.' },
    { region: 'in', text: 'If you are in danger now, call 112, the emergency number in India.' },
    { region: 'uk', text: 'If you are in danger now, call 999, the emergency number in the UK.' },
    { region: 'au', text: 'If you are in danger now, call 000, the emergency number in Australia.' },
    { region: 'ca', text: 'If you are in danger now, call 911, the emergency number in Canada.' },
    { region: 'ae', text: 'If you are in danger now, call 999, the emergency number in the UAE.' },
    {
      region: 'fr',
      text: 'If you are in danger now, call 17 (police) or 112, the emergency numbers in France, or text 114 if you are deaf or hard of hearing.',
    },
  ],
  items: [
    {
      region: 'us',
      name: '988 Suicide & Crisis Lifeline',
      description: 'For anyone in emotional distress or crisis; free, confidential, day and night.',
      contacts: [{ label: 'Call or text', phone: '988', sms: true }],
    },
    {
      region: 'us',
      name: 'National Domestic Violence Hotline',
      description:
        'For anyone affected by abuse in a relationship, or worried about it; free, confidential, day and night.',
      contacts: [{ label: 'Call', phone: '1-800-799-7233' }],
    },
    {
      region: 'in',
      name: 'Tele-MANAS',
      description: "India's national mental health helpline, in 20 languages; free, day and night.",
      contacts: [
        { label: 'Call', phone: '14416' },
        { label: 'Or call', phone: '1-800-891-4416' },
      ],
    },
    {
      region: 'in',
      name: 'Women Helpline (Mission Shakti)',
      description:
        'For women who need support, including women facing violence; free, day and night, in most states and union territories (not West Bengal, as of late 2024).',
      contacts: [{ label: 'Call', phone: '181' }],
    },
    {
      region: 'uk',
      name: 'Samaritans',
      description: 'Someone to talk to about whatever is troubling you; free, day and night.',
      contacts: [{ label: 'Call', phone: '116 123' }],
    },
    {
      region: 'uk',
      name: 'National Domestic Abuse Helpline (run by Refuge)',
      description: 'For anyone experiencing domestic abuse, or worried that they might be; free, day and night.',
      contacts: [{ label: 'Call', phone: '0808 2000 247' }],
    },
    {
      region: 'au',
      name: 'Lifeline',
      description: 'Crisis support for anyone having a hard time, day and night.',
      contacts: [{ label: 'Call', phone: '13 11 14' }],
    },
    {
      region: 'au',
      name: '1800RESPECT',
      description:
        'Counselling for anyone affected by domestic, family or sexual violence; free, day and night, with SMS and chat as well.',
      contacts: [{ label: 'Call', phone: '1800 737 732' }],
    },
    {
      region: 'ca',
      name: '9-8-8: Suicide Crisis Helpline',
      description:
        'For anyone thinking about suicide or worried about someone, in English and French; free, day and night.',
      contacts: [{ label: 'Call or text', phone: '988', sms: true }],
    },
    {
      region: 'ae',
      name: 'National mental support line',
      description:
        'Emotional support in Arabic and English from the National Programme for Happiness and Wellbeing; toll-free (800 HOPE).',
      contacts: [{ label: 'Call, or message on WhatsApp', phone: '800 4673' }],
    },
    {
      region: 'fr',
      name: '3919 Violences Femmes Info',
      description:
        'For women facing violence; free, anonymous, day and night. It is not an emergency line: if you are in danger, call 17 or 112.',
      contacts: [{ label: 'Call', phone: '3919' }],
    },
    {
      region: 'fr',
      name: '3114, national suicide prevention line',
      description:
        'For anyone thinking about suicide or worried about someone, in mainland France and overseas; free, confidential, day and night.',
      contacts: [{ label: 'Call', phone: '3114' }],
    },
  ],
};
