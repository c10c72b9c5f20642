import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer, stillNoResponse } from '../common.js';
import { supportResources } from '../resources.js';

export const oneSidedSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'one-sided-signs',
  version: '1.0.0',
  title: 'علامات العلاقة من طرف واحد',
  locale: 'ar',
  intro:
    'يمكن تحديد ما ينطبق منها في كثير من الأحيان. وجود بعضها أمر شائع في أي علاقة، أما اجتماع الكثير منها فقد يعني أن التوازن يحتاج إلى عناية. والعلامة الأخيرة تتعلّق بسلامتك، ولا تُحتسب في النتيجة.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'initiate', text: 'أنا من يبادر بمعظم خططنا أو اتصالاتنا أو أحاديثنا.' },
    { id: 'support', text: 'أقدّم من الدعم أكثر بكثير مما يعود إليّ.' },
    { id: 'unseen', text: 'كثيرًا ما تمرّ مشاعري دون أن يلاحظها أحد أو يسأل عنها.' },
    { id: 'fixing', text: 'عادةً ما أكون أنا من يبدأ الإصلاح بعد الخلاف.' },
    { id: 'drained', text: 'كثيرًا ما أشعر بالإنهاك بعد الوقت الذي نقضيه معًا.' },
    { id: 'their-news', text: 'تدور أحاديثنا في الغالب حول أخبار الطرف الآخر وهمومه.' },
    { id: 'holding-back', text: 'أتردّد في طلب المساعدة لأنني أشعر أن ذلك سيكون أكثر من اللازم.' },
    { id: 'keeping-track', text: 'صرتُ أحسب في سرّي من يقوم بماذا.' },
    {
      id: 'afraid-or-controlled',
      text: 'أشعر أحيانًا بالخوف من الطرف الآخر، أو بأنه يتحكّم بي: عليّ أن أستأذنه، أو يحرمني من المال، أو يبعدني عن أصدقائي وأهلي.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'علامات قليلة',
      takeaway: 'بعض التفاوت أمر طبيعي؛ والتوازن على المدى البعيد أهمّ من أي يوم بعينه.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'بعض العلامات',
      takeaway: 'قد يفيد التعبير عن حاجة واحدة بهدوء، وملاحظة كيف يتجاوب الطرف الآخر.',
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'علامات كثيرة',
      takeaway:
        'ربما يقع على عاتقك الكثير. التخفيف من الإفراط في العطاء والتعبير عن احتياجاتك قد يساعدان، وكذلك الدعم من شخص محلّ ثقتك.',
      questions: [
        {
          question: 'هل يمكن أن تدوم علاقة بلا أخذ وعطاء؟',
          answer:
            'يمكن أن تدوم، لكنها نادرًا ما تكون مريحة. فحين يسري الاهتمام في اتجاه واحد زمنًا طويلًا، يميل من يعطي إلى الشعور بالتعب والوحدة والاستياء، وهذا أمر يستحق أن يؤخذ بجدية.',
        },
        stillNoResponse,
      ],
    },
  ],
  resources: supportResources,
};
