import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';
import { workSupport } from '../../../content/work-support.js';

export const workReciprocity: ChecklistDefinition = {
  kind: 'checklist',
  id: 'work-reciprocity',
  version: '1.0.0',
  title: 'الأخذ والعطاء في العمل',
  locale: 'ar',
  intro: 'مع استحضار فريق عملك أو علاقة عمل واحدة، يمكن تحديد ما ينطبق في الغالب.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'credit', text: 'يُنسَب الفضل في العمل المشترك إلى كل من شارك فيه.' },
    { id: 'help', text: 'تُقدَّم المساعدة في الاتجاهين، لا من الأشخاص أنفسهم دائمًا.' },
    { id: 'feedback', text: 'تسير الملاحظات البنّاءة في الاتجاهين، حتى نحو المديرين.' },
    { id: 'needs', text: 'يستطيع كل فرد التعبير عن احتياجاته دون أن يُحكَم عليه بسببها.' },
    { id: 'meetings', text: 'في الاجتماعات، ينال كل شخص فرصته في الكلام.' },
    { id: 'workload', text: 'يُوزَّع العمل الإضافي بإنصاف.' },
    { id: 'disagreements', text: 'تُناقَش الخلافات بدل أن تُترك لتتفاقم.' },
    { id: 'thanks', text: 'يلاحظ الزملاء جهود بعضهم بعضًا ويشكرونها.' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'أخذ وعطاء قليلان',
      takeaway: 'عادة صغيرة واحدة، كشكر أحدهم على أمر محدّد، قد تبدأ في تغيير الأجواء.',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'شيء من الأخذ والعطاء',
      takeaway: 'هناك أساس يمكن البناء عليه؛ والتعبير بوضوح عن حاجتك قد يجعل التبادل أكثر إنصافًا.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'أخذ وعطاء متين',
      takeaway: 'يبدو أن الجهد والفضل يُتقاسمان على نحو جيد؛ ومن المفيد أن يبقى ذلك ظاهرًا للجميع.',
    },
  ],
  resources: workSupport(supportResources, {
    title: 'الدعم في العمل',
    intro:
      'إذا بدا لك العمل غير عادل أو غير آمن، فلست مضطرًا أو مضطرة إلى مواجهة ذلك وحدك: يمكن لمدير أو مديرة تثق بهما، أو للموارد البشرية، أو لنقابة أو ممثلي الموظفين، أو لبرنامج مساعدة الموظفين أن يستمعوا إليك ويساعدوك على اختيار ما تفعله.',
    routes: [
      {
        region: 'any',
        name: 'برنامج مساعدة الموظفين',
        description: 'يقدّم كثير من جهات العمل استشارة نفسية مجانية وسرية، غالبًا على مدار الساعة.',
        contacts: [{ label: 'اسأل الموارد البشرية عن رقمه، أو ابحث عنه في الشبكة الداخلية' }],
      },
      {
        region: 'any',
        name: 'نقابة أو ممثلو الموظفين',
        description: 'يمكنهم إسداء النصح لك، ومرافقتك في الاجتماعات المتعلقة بطريقة معاملتك.',
        contacts: [{ label: 'اسأل زميلًا أو زميلة تثق به، أو نقابتك، عمّن تتواصل معه' }],
      },
    ],
  }),
};
