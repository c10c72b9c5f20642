import type { Resources } from '../../core/index.js';

/*
 * Support services, from the project's checked list (SUPPORT-RESOURCES.md): the same services,
 * regions, numbers and order as in English. Each description names the country first, since
 * an Arabic reader may not know where a service abroad is based. "Free" only where English says so.
 * Latin text that starts with a number (a service's own name) sits in a left-to-right isolate
 * (U+2066 … U+2069), so that "800 HOPE" does not display as "HOPE 800" in a right-to-left line.
 * The emergency line names the UAE first, as most Arabic readers of these packs are there.
 */
export const supportResources: Resources = {
  title: 'الدعم متاح',
  intro: 'في هذه الخدمات أشخاص مدرَّبون يُصغون إليك، ويساعدونك على التفكير في الخطوة التالية، على مهلك.',
  emergency:
    'إذا كنت في خطر الآن، فيُرجى الاتصال برقم الطوارئ المحلي (الإمارات 999، الولايات المتحدة وكندا 911، المملكة المتحدة 999، أستراليا 000، الهند 112، فرنسا 17 أو 112، أو 114 برسالة نصية لمن لديهم إعاقة سمعية).',
  emergencyByRegion: [
    { region: 'us', text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 911، رقم الطوارئ في الولايات المتحدة.' },
    { region: 'in', text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 112، رقم الطوارئ في الهند.' },
    { region: 'uk', text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 999، رقم الطوارئ في المملكة المتحدة.' },
    { region: 'au', text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 000، رقم الطوارئ في أستراليا.' },
    { region: 'ca', text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 911، رقم الطوارئ في كندا.' },
    { region: 'ae', text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 999، رقم الطوارئ في الإمارات.' },
    {
      region: 'fr',
      text: 'إذا كنت في خطر الآن، فيُرجى الاتصال بالرقم 17 (الشرطة) أو 112، وهما رقما الطوارئ في فرنسا، أو إرسال رسالة نصية إلى 114 لمن لديهم إعاقة سمعية.',
    },
  ],
  items: [
    {
      region: 'us',
      name: 'خط 988 للأزمات ومنع الانتحار',
      description: 'في الولايات المتحدة، لكل من يمرّ بضيق نفسي أو أزمة؛ مجاني وسرّي، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال أو رسالة نصية', phone: '988', sms: true }],
    },
    {
      region: 'us',
      name: 'الخط الساخن الوطني لمناهضة العنف الأسري',
      description: 'في الولايات المتحدة، لكل من تأثّر بالإساءة في علاقة ما أو يقلقه ذلك؛ مجاني وسرّي، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال', phone: '1-800-799-7233' }],
    },
    {
      region: 'in',
      name: 'تيلي-مانس (Tele-MANAS)',
      description: 'الخط الوطني للصحة النفسية في الهند، بعشرين لغة؛ مجاني، ليلًا ونهارًا.',
      contacts: [
        { label: 'اتصال', phone: '14416' },
        { label: 'أو على الرقم', phone: '1-800-891-4416' },
      ],
    },
    {
      region: 'in',
      name: 'خط مساعدة المرأة (Mission Shakti)',
      description:
        'في الهند، للنساء اللواتي يحتجن إلى الدعم، ومنهن من يتعرّضن للعنف؛ مجاني، ليلًا ونهارًا، في معظم الولايات والأقاليم الاتحادية (باستثناء البنغال الغربية حتى أواخر 2024).',
      contacts: [{ label: 'اتصال', phone: '181' }],
    },
    {
      region: 'uk',
      name: 'جمعية السامريين (Samaritans)',
      description: 'في المملكة المتحدة، من يُصغي إليك في أي أمر يثقل عليك؛ مجاني، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال', phone: '116 123' }],
    },
    {
      region: 'uk',
      name: 'الخط الوطني للمساعدة في حالات الإساءة الأسرية (تديره مؤسسة Refuge)',
      description: 'في المملكة المتحدة، لكل من يتعرّض لإساءة أسرية أو يخشى أن يكون كذلك؛ مجاني، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال', phone: '0808 2000 247' }],
    },
    {
      region: 'au',
      name: 'خط Lifeline',
      description: 'في أستراليا، دعم في الأزمات لكل من يمرّ بوقت عصيب، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال', phone: '13 11 14' }],
    },
    {
      region: 'au',
      name: 'خط \u20661800RESPECT\u2069',
      description:
        'في أستراليا، استشارات لكل من تأثّر بالعنف المنزلي أو الأسري أو الجنسي؛ مجانية، ليلًا ونهارًا، وعبر الرسائل النصية والمحادثة أيضًا.',
      contacts: [{ label: 'اتصال', phone: '1800 737 732' }],
    },
    {
      region: 'ca',
      name: 'خط 9-8-8 للمساندة في أزمات الانتحار',
      description:
        'في كندا، لكل من تراوده أفكار انتحارية أو يقلق على شخص آخر، بالإنجليزية والفرنسية؛ مجاني، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال أو رسالة نصية', phone: '988', sms: true }],
    },
    {
      region: 'ae',
      name: 'الخط الوطني للدعم النفسي',
      description:
        'في الإمارات، دعم نفسي بالعربية والإنجليزية يقدّمه البرنامج الوطني للسعادة وجودة الحياة؛ الاتصال مجاني (\u2066800 HOPE\u2069).',
      contacts: [{ label: 'اتصال، أو رسالة عبر واتساب', phone: '800 4673' }],
    },
    {
      region: 'fr',
      name: 'خط \u20663919\u2069 للمعلومات حول العنف ضد المرأة (Violences Femmes Info)',
      description:
        'في فرنسا، للنساء اللواتي يتعرّضن للعنف؛ مجاني ومن دون ذكر الاسم، ليلًا ونهارًا. ليس خط طوارئ: في حال الخطر، يُرجى الاتصال بالرقم 17 أو 112.',
      contacts: [{ label: 'اتصال', phone: '3919' }],
    },
    {
      region: 'fr',
      name: 'خط \u20663114\u2069 الوطني لمنع الانتحار',
      description:
        'في فرنسا وأقاليمها فيما وراء البحار، لكل من تراوده أفكار انتحارية أو يقلق على شخص آخر؛ مجاني وسرّي، ليلًا ونهارًا.',
      contacts: [{ label: 'اتصال', phone: '3114' }],
    },
  ],
};
