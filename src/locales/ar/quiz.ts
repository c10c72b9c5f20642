import type { QuizDefinition } from '../../core/index.js';
import {
  attribution,
  checkIn,
  disclaimer,
  express,
  invest,
  observe,
  practiceBalance,
  reflect,
  repair,
} from './common.js';
import { supportResources } from './resources.js';

/*
 * The reciprocity balance check in Arabic: the same ids, scales, dimensions, scores and bands
 * as the English pack, so the same answers give the same scores.
 *
 * Wording: the items are in the first person, which Arabic verbs leave ungendered; no
 * first-person adjective is used ("حين يثقل عليّ العمل", not "حين أكون مثقلًا"). Labels and
 * advice address the reader through nouns and impersonal forms ("ما يصلك أكثر", "قد يفيد …").
 * The other person is "شريك حياتي", "هذا الفرد من عائلتي", "صديقي" or "هذا الزميل", taking the
 * grammatical masculine that Arabic uses for a person of either gender; in the labels, "الطرف الآخر".
 */

export const reciprocityBalance: QuizDefinition = {
  kind: 'quiz',
  id: 'reciprocity-balance',
  version: '1.0.0',
  title: 'ميزان الأخذ والعطاء',
  locale: 'ar',
  intro:
    'ستة مجالات من الأخذ والعطاء في الحياة اليومية، نتأمّلها في الاتجاهين: ما يصدر منك، وما يعود إليك. تُظهر النتيجة أين يبدو الميزان معتدلًا، وإلى أي جهة يميل. وعدم التكافؤ لا يعني غياب الأمان؛ وقرب النهاية سؤالان عن شعورك بالأمان.',
  estimatedMinutes: 5,
  disclaimer,
  attribution,
  defaultRelationship: 'partner',
  scales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'أبدًا' },
        { value: 2, label: 'نادرًا' },
        { value: 3, label: 'أحيانًا' },
        { value: 4, label: 'غالبًا' },
        { value: 5, label: 'دائمًا' },
      ],
    },
    {
      // Not scored. "Not sure" is an answer too, and it shows support, like any answer but "Never".
      id: 'safety',
      options: [
        { value: 1, label: 'أبدًا' },
        { value: 2, label: 'نادرًا' },
        { value: 3, label: 'أحيانًا' },
        { value: 4, label: 'غالبًا' },
        { value: 5, label: 'دائمًا' },
        { value: 6, label: 'لستُ على يقين' },
      ],
    },
  ],
  dimensions: [
    { id: 'practical-give', label: 'عونك العملي' },
    { id: 'practical-receive', label: 'العون العملي الذي يصلك' },
    { id: 'emotional-give', label: 'دعمك العاطفي' },
    { id: 'emotional-receive', label: 'الدعم العاطفي الذي يصلك' },
    { id: 'communication-give', label: 'إفساحك المجال للطرف الآخر في الحديث' },
    { id: 'communication-receive', label: 'إفساح المجال لك في الحديث' },
    { id: 'repair-give', label: 'مبادرتك إلى الإصلاح بعد الخلاف' },
    { id: 'repair-receive', label: 'مبادرة الطرف الآخر إلى الإصلاح بعد الخلاف' },
    { id: 'healing-give', label: 'مساندتك في الأوقات الصعبة' },
    { id: 'healing-receive', label: 'المساندة التي تصلك في الأوقات الصعبة' },
    { id: 'future-give', label: 'جهدك في بناء المستقبل' },
    { id: 'future-receive', label: 'جهد الطرف الآخر في بناء المستقبل' },
  ],
  items: [
    // Practical help
    {
      id: 'practical-give-1',
      dimension: 'practical-give',
      scale: 'frequency',
      text: {
        partner: 'أساعد شريك حياتي في المهام اليومية وقضاء الحاجات.',
        family: 'أساعد هذا الفرد من عائلتي في المهام اليومية وقضاء الحاجات.',
        friend: 'أمدّ يد العون لصديقي في الأمور العملية حين يحتاج إليها.',
        colleague: 'أساعد هذا الزميل في المهام حين يثقل عليه العمل.',
      },
    },
    {
      id: 'practical-receive-1',
      dimension: 'practical-receive',
      scale: 'frequency',
      text: {
        partner: 'يساعدني شريك حياتي في المهام اليومية وقضاء الحاجات.',
        family: 'يساعدني هذا الفرد من عائلتي في المهام اليومية وقضاء الحاجات.',
        friend: 'يمدّ صديقي لي يد العون في الأمور العملية حين أحتاج إليها.',
        colleague: 'يساعدني هذا الزميل في المهام حين يثقل عليّ العمل.',
      },
    },
    {
      id: 'practical-give-2',
      dimension: 'practical-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'أترك لشريك حياتي تولّي الأعمال اليومية.',
        family: 'أترك لهذا الفرد من عائلتي تولّي الأعمال اليومية.',
        friend: 'أترك لصديقي الجانب العملي من خططنا.',
        colleague: 'أترك لهذا الزميل تولّي الأعمال الروتينية.',
      },
    },
    {
      id: 'practical-receive-2',
      dimension: 'practical-receive',
      scale: 'frequency',
      text: {
        partner: 'يقوم شريك حياتي بلفتات صغيرة من أجلي، كأن يُحضر لي شيئًا أحتاجه.',
        family: 'يقوم هذا الفرد من عائلتي بلفتات صغيرة من أجلي، كأن يُحضر لي شيئًا أحتاجه.',
        friend: 'يقوم صديقي بلفتات صغيرة من أجلي، كأن يُحضر لي شيئًا أحتاجه.',
        colleague: 'يقوم هذا الزميل بلفتات صغيرة من أجلي، كأن يسدّ مكاني حين أغيب.',
      },
    },
    // Emotional support
    {
      id: 'emotional-give-1',
      dimension: 'emotional-give',
      scale: 'frequency',
      text: {
        partner: 'حين يُطلعني شريك حياتي على مشاعره، أُصغي إليه وأُظهر له اهتمامي.',
        family: 'حين يُطلعني هذا الفرد من عائلتي على مشاعره، أُصغي إليه وأُظهر له اهتمامي.',
        friend: 'حين يُطلعني صديقي على مشاعره، أُصغي إليه وأُظهر له اهتمامي.',
        colleague: 'حين يُطلعني هذا الزميل على ما يقلقه، أُصغي إليه وأُظهر له اهتمامي.',
      },
    },
    {
      id: 'emotional-receive-1',
      dimension: 'emotional-receive',
      scale: 'frequency',
      text: {
        partner: 'حين أُطلع شريك حياتي على مشاعري، يُصغي إليّ ويُظهر اهتمامه.',
        family: 'حين أُطلع هذا الفرد من عائلتي على مشاعري، يُصغي إليّ ويُظهر اهتمامه.',
        friend: 'حين أُطلع صديقي على مشاعري، يُصغي إليّ ويُظهر اهتمامه.',
        colleague: 'حين أُطلع هذا الزميل على ما يقلقني، يُصغي إليّ ويُظهر اهتمامه.',
      },
    },
    {
      id: 'emotional-give-2',
      dimension: 'emotional-give',
      scale: 'frequency',
      text: {
        partner: 'أضع هاتفي جانبًا وأمنح شريك حياتي كامل انتباهي حين يحتاج إلى الحديث.',
        family: 'أضع هاتفي جانبًا وأمنح هذا الفرد من عائلتي كامل انتباهي حين يحتاج إلى الحديث.',
        friend: 'أضع هاتفي جانبًا وأمنح صديقي كامل انتباهي حين يحتاج إلى الحديث.',
        colleague: 'أمنح هذا الزميل كامل انتباهي حين يحتاج إلى مناقشة أمر يشغله.',
      },
    },
    {
      id: 'emotional-receive-2',
      dimension: 'emotional-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'حين أفتح قلبي لشريك حياتي، يبدو شارد الذهن أو يغيّر الموضوع.',
        family: 'حين أفتح قلبي لهذا الفرد من عائلتي، يبدو شارد الذهن أو يغيّر الموضوع.',
        friend: 'حين أفتح قلبي لصديقي، يبدو شارد الذهن أو يغيّر الموضوع.',
        colleague: 'حين أطرح على هذا الزميل أمرًا يقلقني، يبدو شارد الذهن أو يغيّر الموضوع.',
      },
    },
    // Communication
    {
      id: 'communication-give-1',
      dimension: 'communication-give',
      scale: 'frequency',
      text: {
        partner: 'أسأل شريك حياتي عن يومه وعن آرائه.',
        family: 'أسأل هذا الفرد من عائلتي عن يومه وعن آرائه.',
        friend: 'أسأل صديقي عن أحواله وعن آرائه.',
        colleague: 'أسأل هذا الزميل عن رأيه وأُصغي إلى جوابه.',
      },
    },
    {
      id: 'communication-receive-1',
      dimension: 'communication-receive',
      scale: 'frequency',
      text: {
        partner: 'يسألني شريك حياتي عن يومي وعن آرائي.',
        family: 'يسألني هذا الفرد من عائلتي عن يومي وعن آرائي.',
        friend: 'يسألني صديقي عن أحوالي وعن آرائي.',
        colleague: 'يسألني هذا الزميل عن رأيي ويُصغي إلى جوابي.',
      },
    },
    {
      id: 'communication-give-2',
      dimension: 'communication-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'حين أتحدث مع شريك حياتي، أكون أنا من يتكلم معظم الوقت.',
        family: 'حين أتحدث مع هذا الفرد من عائلتي، أكون أنا من يتكلم معظم الوقت.',
        friend: 'حين أتحدث مع صديقي، أكون أنا من يتكلم معظم الوقت.',
        colleague: 'حين أتحدث مع هذا الزميل، أكون أنا من يتكلم معظم الوقت.',
      },
    },
    {
      id: 'communication-receive-2',
      dimension: 'communication-receive',
      scale: 'frequency',
      text: {
        partner: 'يدعني شريك حياتي أُكمل كلامي قبل أن يردّ.',
        family: 'يدعني هذا الفرد من عائلتي أُكمل كلامي قبل أن يردّ.',
        friend: 'يدعني صديقي أُكمل كلامي قبل أن يردّ.',
        colleague: 'يدعني هذا الزميل أُكمل فكرتي قبل أن يردّ.',
      },
    },
    // Conflict and repair
    {
      id: 'repair-give-1',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'بعد الخلاف، أبادر بالتواصل مع شريك حياتي لإصلاح ما بيننا.',
        family: 'بعد الخلاف، أبادر بالتواصل مع هذا الفرد من عائلتي لإصلاح ما بيننا.',
        friend: 'بعد الخلاف، أبادر بالتواصل مع صديقي لإصلاح ما بيننا.',
        colleague: 'بعد الخلاف، أبادر بالتواصل مع هذا الزميل لتصفية الأجواء.',
      },
    },
    {
      id: 'repair-receive-1',
      dimension: 'repair-receive',
      scale: 'frequency',
      text: {
        partner: 'بعد الخلاف، يبادر شريك حياتي بالتواصل لإصلاح ما بيننا.',
        family: 'بعد الخلاف، يبادر هذا الفرد من عائلتي بالتواصل لإصلاح ما بيننا.',
        friend: 'بعد الخلاف، يبادر صديقي بالتواصل لإصلاح ما بيننا.',
        colleague: 'بعد الخلاف، يبادر هذا الزميل بالتواصل لتصفية الأجواء.',
      },
    },
    {
      id: 'repair-give-2',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'أستطيع أن أعترف بنصيبي من المسؤولية حين يقع خلاف بيني وبين شريك حياتي.',
        family: 'أستطيع أن أعترف بنصيبي من المسؤولية حين يقع خلاف بيني وبين هذا الفرد من عائلتي.',
        friend: 'أستطيع أن أعترف بنصيبي من المسؤولية حين يقع خلاف بيني وبين صديقي.',
        colleague: 'أستطيع أن أعترف بنصيبي من المسؤولية حين يقع خلاف بيني وبين هذا الزميل.',
      },
    },
    {
      id: 'repair-receive-2',
      dimension: 'repair-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'بعد الخلاف، ينتظر شريك حياتي أن أخطو أنا الخطوة الأولى.',
        family: 'بعد الخلاف، ينتظر هذا الفرد من عائلتي أن أخطو أنا الخطوة الأولى.',
        friend: 'بعد الخلاف، ينتظر صديقي أن أخطو أنا الخطوة الأولى.',
        colleague: 'بعد الخلاف، ينتظر هذا الزميل أن أخطو أنا الخطوة الأولى.',
      },
    },
    // Support in hard times
    {
      id: 'healing-give-1',
      dimension: 'healing-give',
      scale: 'frequency',
      text: {
        partner: 'حين يمرّ شريك حياتي بضغط أو حزن، أواسيه وأصبر عليه.',
        family: 'حين يمرّ هذا الفرد من عائلتي بضغط أو حزن، أواسيه وأصبر عليه.',
        friend: 'حين يمرّ صديقي بضغط أو حزن، أواسيه وأصبر عليه.',
        colleague: 'حين يمرّ هذا الزميل بضغط أو إرهاق، أصبر عليه وأمدّ له يد العون.',
      },
    },
    {
      id: 'healing-receive-1',
      dimension: 'healing-receive',
      scale: 'frequency',
      text: {
        partner: 'حين أمرّ بضغط أو حزن، يواسيني شريك حياتي ويصبر عليّ.',
        family: 'حين أمرّ بضغط أو حزن، يواسيني هذا الفرد من عائلتي ويصبر عليّ.',
        friend: 'حين أمرّ بضغط أو حزن، يواسيني صديقي ويصبر عليّ.',
        colleague: 'حين أمرّ بضغط أو إرهاق، يصبر عليّ هذا الزميل ويمدّ لي يد العون.',
      },
    },
    {
      id: 'healing-give-2',
      dimension: 'healing-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'حين يمرّ شريك حياتي بوقت عصيب، يصعب عليّ أن أكون سندًا له.',
        family: 'حين يمرّ هذا الفرد من عائلتي بوقت عصيب، يصعب عليّ أن أكون سندًا له.',
        friend: 'حين يمرّ صديقي بوقت عصيب، يصعب عليّ أن أكون سندًا له.',
        colleague: 'حين يمرّ هذا الزميل بوقت عصيب، يصعب عليّ أن أراعي ظروفه.',
      },
    },
    {
      id: 'healing-receive-2',
      dimension: 'healing-receive',
      scale: 'frequency',
      text: {
        partner: 'في أيامي الصعبة، يبقى شريك حياتي قريبًا مني.',
        family: 'في أيامي الصعبة، يبقى هذا الفرد من عائلتي قريبًا مني.',
        friend: 'في أيامي الصعبة، يخصّص صديقي وقتًا لي.',
        colleague: 'في أيامي الصعبة، يطمئنّ هذا الزميل على حالي.',
      },
    },
    // Building the future
    {
      id: 'future-give-1',
      dimension: 'future-give',
      scale: 'frequency',
      text: {
        partner: 'أبذل جهدي في الخطط المستقبلية التي تجمعني بشريك حياتي.',
        family: 'أبذل جهدي في الخطط المستقبلية التي تجمعني بهذا الفرد من عائلتي.',
        friend: 'أبذل جهدي كي تبقى صداقتنا حيّة.',
        colleague: 'أبذل جهدي في الأهداف التي تجمعني بهذا الزميل.',
      },
    },
    {
      id: 'future-receive-1',
      dimension: 'future-receive',
      scale: 'frequency',
      text: {
        partner: 'يبذل شريك حياتي جهده في خططنا المشتركة للمستقبل.',
        family: 'يبذل هذا الفرد من عائلتي جهده في خططنا المشتركة للمستقبل.',
        friend: 'يبذل صديقي جهده كي تبقى صداقتنا حيّة.',
        colleague: 'يبذل هذا الزميل جهده في أهدافنا المشتركة.',
      },
    },
    {
      id: 'future-give-2',
      dimension: 'future-give',
      scale: 'frequency',
      text: {
        partner: 'حين أخطط للمستقبل، أفكّر فيما يحتاج إليه شريك حياتي أيضًا.',
        family: 'حين أخطط للمستقبل، أفكّر فيما يحتاج إليه هذا الفرد من عائلتي أيضًا.',
        friend: 'حين أضع خططنا، أفكّر فيما يناسب صديقي أيضًا.',
        colleague: 'حين أخطط لعملنا مسبقًا، أفكّر فيما يحتاج إليه هذا الزميل أيضًا.',
      },
    },
    {
      id: 'future-receive-2',
      dimension: 'future-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'يترك لي شريك حياتي مهمة التخطيط للمستقبل.',
        family: 'يترك لي هذا الفرد من عائلتي مهمة التخطيط للمستقبل.',
        friend: 'يترك لي صديقي مهمة وضع الخطط.',
        colleague: 'يترك لي هذا الزميل مهمة التخطيط المسبق لعملنا.',
      },
    },
    // Safety: not scored; any answer but "Never" shows support resources instead of advice.
    {
      id: 'safety',
      scale: 'safety',
      safety: { values: [2, 3, 4, 5, 6] },
      text: {
        partner: 'أشعر بالخوف من شريك حياتي، أو بعدم الأمان بقربه.',
        family: 'أشعر بالخوف من هذا الفرد من عائلتي، أو بعدم الأمان بقربه.',
        friend: 'أشعر بالخوف من صديقي، أو بعدم الأمان بقربه.',
        colleague: 'أشعر بالخوف من هذا الزميل، أو بعدم الأمان بقربه.',
      },
    },
    // Safety, like the one above: being controlled, watched or cut off.
    {
      id: 'control',
      scale: 'safety',
      safety: { values: [2, 3, 4, 5, 6] },
      text: {
        partner:
          'يحاول شريك حياتي التحكّم في حياتي، كأن يُلزمني بطلب الإذن، أو يحرمني من المال، أو يراقب أين أكون ويتحقّق منه، أو يمنعني من رؤية أصدقائي أو عائلتي.',
        family:
          'يحاول هذا الفرد من عائلتي التحكّم في حياتي، كأن يُلزمني بطلب الإذن، أو يحرمني من المال، أو يراقب أين أكون ويتحقّق منه، أو يمنعني من رؤية أصدقائي أو بقية عائلتي.',
        friend:
          'يحاول صديقي التحكّم في حياتي، كأن يُلزمني بطلب الإذن، أو يحرمني من المال، أو يراقب أين أكون ويتحقّق منه، أو يمنعني من رؤية أصدقائي الآخرين أو عائلتي.',
        colleague:
          'يحاول هذا الزميل التحكّم بي بما يتجاوز ما يتطلّبه العمل، كأن يُلزمني بطلب الإذن، أو يراقب أين أكون ويتحقّق منه، أو يعزلني عن الآخرين.',
      },
    },
  ],
  scores: [
    { id: 'practical', kind: 'difference', label: 'العون العملي', of: ['practical-give', 'practical-receive'] },
    { id: 'emotional', kind: 'difference', label: 'الدعم العاطفي', of: ['emotional-give', 'emotional-receive'] },
    { id: 'communication', kind: 'difference', label: 'الحوار', of: ['communication-give', 'communication-receive'] },
    { id: 'repair', kind: 'difference', label: 'الخلاف والإصلاح', of: ['repair-give', 'repair-receive'] },
    { id: 'healing', kind: 'difference', label: 'المساندة في الأوقات الصعبة', of: ['healing-give', 'healing-receive'] },
    { id: 'future', kind: 'difference', label: 'بناء المستقبل', of: ['future-give', 'future-receive'] },
    {
      id: 'give',
      kind: 'mean',
      label: 'ما يصدر منك',
      of: ['practical-give', 'emotional-give', 'communication-give', 'repair-give', 'healing-give', 'future-give'],
    },
    {
      id: 'receive',
      kind: 'mean',
      label: 'ما يصلك',
      of: [
        'practical-receive',
        'emotional-receive',
        'communication-receive',
        'repair-receive',
        'healing-receive',
        'future-receive',
      ],
    },
    { id: 'lean', kind: 'difference', label: 'الميزان العام', of: ['give', 'receive'] },
    { id: 'engagement', kind: 'mean', label: 'الاهتمام في الاتجاهين', of: ['give', 'receive'] },
  ],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'ما يصلك أكثر',
          summary:
            'يبدو أن الاهتمام الذي يصلك حاليًا أكثر مما يصدر منك. وقد يكون هذا طبيعيًا لفترة من الزمن، كأيام المرض أو الانشغال الشديد.',
          advice:
            'إن كان لديك متّسع، فقد تكون لفتة اهتمام صغيرة هذا الأسبوع بداية طيبة، مع سؤال الطرف الآخر عمّا يعينه أكثر من غيره.',
          steps: ['check-in', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'متوازن تقريبًا',
          summary: 'يبدو الأخذ والعطاء متقاربين بينكما.',
          advice:
            'العادات الصغيرة التي تنجح بينكما تستحق الاستمرار. وإن كان في العلاقة شيء من البُعد رغم توازنها، فقد يعيد السؤال المنتظم عن الحال بعض الدفء إليها.',
          steps: ['check-in', 'observe'],
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'العبء الأكبر عليك',
          summary:
            'يبدو أن ما يصدر منك حاليًا أكثر مما يعود إليك. وهذا شائع، وكثيرًا ما ينشأ عن العادة أو الضغوط لا عن سوء نية.',
          advice:
            'احتياجاتك مهمة أيضًا. قد يفيد التعبير عن واحدة منها بهدوء، والانتباه إلى المواضع التي يمكن فيها التخفيف بدل حمل كل شيء وحدك.',
          steps: ['reflect', 'express', 'practice-balance'],
        },
      ],
    },
    {
      id: 'engagement',
      score: 'engagement',
      bands: [
        {
          id: 'disengaged',
          min: 0,
          max: 40,
          label: 'ربما تراجع كلٌّ منكما خطوة إلى الوراء',
          summary: 'يبدو أن الاهتمام قليل في الاتجاهين حاليًا، وهذا كثيرًا ما يحدث تحت الضغط أو بعد فترة من التباعد.',
          advice: 'لتكن البداية صغيرة جدًا: سؤال قصير عن الحال أو لفتة لطيفة واحدة، ثم ملاحظة كيف تُستقبل.',
          steps: ['check-in', 'invest'],
        },
        {
          id: 'engaged',
          min: 40,
          max: 100,
          neutral: true,
          label: 'الاهتمام حاضر',
          summary: 'ثمّة جهد حقيقي يُبذل في هذه العلاقة، من أحدكما على الأقل.',
        },
      ],
    },
    {
      id: 'practical-lean',
      score: 'practical',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'العون العملي الذي يصلك أكثر',
          summary: 'يبدو أن الطرف الآخر يتولّى القسط الأكبر من المهام اليومية.',
          advice:
            'قد يفيد تولّي مهمة يومية واحدة دون انتظار طلب، أو سؤال الطرف الآخر عن المهمة التي تخفّف عنه أكثر من غيرها.',
          steps: ['invest', 'check-in'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'العون العملي متوازن',
          summary: 'يبدو أن المساعدة في شؤون الحياة اليومية متبادلة بينكما.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'العبء العملي الأكبر عليك',
          summary: 'يبدو أن القسط الأكبر من المهام اليومية يقع عليك.',
          advice: 'قد يفيد تحديد مهمة أو اثنتين يهمّك تقاسمهما، وطلب ذلك بوضوح بدل انتظار أن يُلاحَظ الأمر من تلقاء نفسه.',
          steps: ['express', 'practice-balance'],
        },
      ],
    },
    {
      id: 'emotional-lean',
      score: 'emotional',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'الدعم العاطفي الذي يصلك أكثر',
          summary: 'يبدو أن الطرف الآخر يتولّى القسط الأكبر من الإصغاء والمواساة.',
          advice: 'حين يفتح الطرف الآخر قلبه، قد يفيد منحه كامل الانتباه: الهاتف جانبًا، وسؤال لطيف واحد، وردّ دافئ.',
          steps: ['invest', 'reflect'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'الدعم العاطفي متوازن',
          summary: 'يبدو أن الإصغاء والاهتمام يسريان في الاتجاهين.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'الدعم العاطفي يأتي منك أكثر',
          summary: 'يبدو أن القسط الأكبر من الإصغاء والمواساة يأتي منك.',
          advice: 'قد يفيد إخبار الطرف الآخر بما يُشعرك بأن صوتك مسموع؛ فالطلب المحدّد أسهل تلبيةً من الطلب العام.',
          steps: ['express', 'check-in'],
        },
      ],
    },
    {
      id: 'communication-lean',
      score: 'communication',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'الطرف الآخر يُفسح لك المجال أكثر',
          summary: 'في الحديث، يبدو أن الطرف الآخر يسأل ويُصغي أكثر منك.',
          advice: 'قد يفيد طرح سؤال إضافي واحد على غير العادة، وأخذ نفَس قبل الإجابة.',
          steps: ['practice-balance', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'الحديث متبادل',
          summary: 'يبدو أن لكلٍّ منكما مساحة للكلام، ومن يُصغي إليه.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'إفساح المجال في الحديث يأتي منك أكثر',
          summary: 'في الحديث، يبدو أن معظم الأسئلة والإصغاء يأتي منك.',
          advice:
            'من حقك أن يكون لك نصيب من الحديث. قد تفيد عبارة مثل: «هل أحكي لك عن يومي أنا أيضًا؟»، مع ملاحظة كيف يتجاوب الطرف الآخر.',
          steps: ['express', 'check-in'],
        },
      ],
    },
    {
      id: 'repair-lean',
      score: 'repair',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'الطرف الآخر يبادر إلى الإصلاح أكثر',
          summary: 'بعد الخلاف، يبدو أن الطرف الآخر هو من يبادر بالتواصل في أغلب الأحيان.',
          advice:
            'في المرة القادمة، قد يكون من الجميل أن تأتي المبادرة منك بعد الخلاف، ولو بكلمة قصيرة عن نصيبك مما حدث.',
          steps: ['repair', 'reflect'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'الإصلاح مشترك',
          summary: 'بعد الخلاف، يبدو أن كلًّا منكما يسهم في إصلاح ما بينكما.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'المبادرة إلى الإصلاح تأتي منك أكثر',
          summary: 'بعد الخلاف، يبدو أن إصلاح الأمور يقع عليك في الغالب.',
          advice:
            'قد يفيد التعبير عن رغبتك في أن يكون الإصلاح مسؤولية مشتركة. والاتفاق على عبارة بسيطة مثل «هل نبدأ من جديد؟» قد يسهّل الأمر عليكما معًا.',
          steps: ['express', 'repair'],
        },
      ],
    },
    {
      id: 'healing-lean',
      score: 'healing',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'المساندة في الأوقات الصعبة تصلك أكثر',
          summary: 'يبدو أن الطرف الآخر يقدّم قدرًا أكبر من المواساة حين تشتدّ الحياة.',
          advice:
            'لا بأس في الاتكاء على أحد في مرحلة صعبة. وحين يتيسّر ذلك، فلكلمة الشكر أثر طيب، ومن الجميل الانتباه إلى أوقات حاجته هو أيضًا إلى المواساة.',
          steps: ['observe', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'المساندة في الأوقات الصعبة متبادلة',
          summary: 'يبدو أن كلًّا منكما حاضر للآخر حين تشتدّ الأمور.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'المساندة في الأوقات الصعبة تأتي منك أكثر',
          summary: 'يبدو أن معظم المواساة في الأوقات الصعبة يأتي منك.',
          advice:
            'مساندة الآخرين مُتعبة. قد يفيد إخبار الطرف الآخر بما يعينك في أيامك الصعبة أنت أيضًا، والحرص على نصيبك من الراحة.',
          steps: ['reflect', 'express'],
        },
      ],
    },
    {
      id: 'future-lean',
      score: 'future',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'التخطيط للمستقبل يأتي من الطرف الآخر أكثر',
          summary: 'يبدو أن الطرف الآخر يتولّى معظم التخطيط والبناء لما هو قادم.',
          advice:
            'قد يفيد أن تأتي المبادرة منك في خطة مشتركة واحدة، كبيرة كانت أو صغيرة، حتى لا يقع عبء التخطيط كله على الطرف الآخر.',
          steps: ['invest', 'check-in'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'التخطيط للمستقبل مشترك',
          summary: 'يبدو أن كلًّا منكما يستثمر فيما هو قادم.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'التخطيط للمستقبل يأتي منك أكثر',
          summary: 'يبدو أن معظم التخطيط للمستقبل يأتي منك.',
          advice: 'قد يفيد إشراك الطرف الآخر في رسم خطة واحدة معك، مع تقبّل أن يكون إسهامه مختلفًا عن إسهامك.',
          steps: ['check-in', 'practice-balance'],
        },
      ],
    },
  ],
  focus: {
    scores: ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'],
    count: 2,
    order: 'extreme',
  },
  chart: {
    scores: ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'],
    lowLabel: 'ما يصلك أكثر',
    highLabel: 'العبء الأكبر عليك',
  },
  missing: { policy: 'all' },
  steps: [reflect, express, checkIn, invest, practiceBalance, repair, observe],
  safety: {
    title: 'سلامتك أولًا',
    message:
      'شكرًا لإجابتك عن السؤالين المتعلقين بالشعور بالخوف وبالتحكّم في حياتك. سلامتك أهمّ من أي نتيجة، وهذه الأداة لا تستطيع تقييمها، لذلك وضعنا نصائح الميزان جانبًا هنا. فالشعور بالخوف، أو بأنّ أحدًا يتحكّم في حياتك، يختلف عن عدم التوازن في العلاقة، ومن حقك الحصول على الدعم في ذلك: الحديث مع شخص مدرَّب، بسرّية تامة وعلى مهلك، يمكن أن يساعد. والخدمات أدناه مكان مناسب للبداية.',
  },
  resources: supportResources,
  cultureNotes: {
    us: {
      title: 'في الولايات المتحدة',
      body: 'يقدّر كثير من الناس الحديث المباشر، ويحبّون أن يسمعوا الاهتمام معبَّرًا عنه بالكلمات. وقد تجعل ساعات العمل الطويلة والضغوط التعبير عن الاهتمام بانتظام أمرًا صعبًا، حتى حين يكون حاضرًا.',
    },
    in: {
      title: 'في الهند',
      body: 'كثيرًا ما يُعبَّر عن الاهتمام بالأفعال، كتحمّل المسؤوليات العائلية والوفاء والحضور في الأوقات الصعبة، وأحيانًا أكثر من الكلمات. والحديث الصريح عمّن يتولّى ماذا قد يساعد كل فرد على الشعور بأن نصيبه عادل.',
    },
    uk: {
      title: 'في المملكة المتحدة',
      body: 'كثيرًا ما تُقدَّر الخصوصية والثبات، لذا قد يكون الاهتمام هادئًا: حضور يُعتمد عليه، ومحافظة على الروتين، وعون عملي بدل التصريح بالمشاعر.',
    },
    au: {
      title: 'في أستراليا',
      body: 'يقدّر كثير من الناس الحديث الصادق المباشر، وكثيرًا ما يظهر الاهتمام في الوقت الذي يُقضى معًا، والأنشطة المشتركة، والعادات الصغيرة كحديث قصير في المساء عن مجريات اليوم، أكثر من الأحاديث الطويلة عن المشاعر.',
    },
    ca: {
      title: 'في كندا',
      body: 'كثيرًا ما تجمع العلاقات بين أكثر من خلفية ثقافية، بتوقّعات مختلفة حول الوقت والحديث والعائلة والرعاية. والفضول لمعرفة ما يعنيه الدعم لكلٍّ من الطرفين قد يجنّبهما اختلالًا غير مقصود.',
    },
    ae: {
      title: 'في الإمارات العربية المتحدة',
      body: 'كثيرًا ما يتوزّع الدعم على العائلة الممتدة والمجتمع، وهذه قوة حقيقية قد تحمل معها أيضًا توقّعات إضافية. وحيث تلتقي تقاليد مختلفة، قد يقدّر أحد الطرفين الحديث الصريح، بينما يعبّر الآخر عن احترامه بالهدوء والإنصات.',
    },
  },
};
