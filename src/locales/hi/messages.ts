import type { Catalog } from '../../core/index.js';

const plural = new Intl.PluralRules('hi');

/** The singular or plural wording for a count, by Hindi plural rules (which put 0 with 1). */
const byCount = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);

/**
 * Hindi UI strings. The reader is addressed as आप, and wordings about the reader avoid gendered
 * verb endings (passive, dative and "आपकी ओर से" constructions) so they fit anyone.
 */
export const messages: Catalog = {
  // Common
  loading: 'लोड हो रहा है…',
  errorTitle: 'यह आकलन यहाँ दिखाया नहीं जा सका',
  errorIntro: 'जिस पेज पर इसे लगाया गया है, उसकी सेटिंग में कोई गड़बड़ी है:',
  errorMore: (n: number) => `…और ${n} ${byCount(n, 'अन्य समस्या', 'अन्य समस्याएँ')}।`,
  fetchFailed: (status: string) => `सामग्री लोड नहीं हो सकी (${status})।`,
  networkFailed: 'सामग्री लोड नहीं हो सकी: नेटवर्क से जुड़ने में दिक़्क़त आई।',
  validatorFailed: 'सामग्री की जाँच नहीं हो सकी: जाँच करने वाला कोड लोड नहीं हो सका (क्या पेज ऑफ़लाइन है?)।',
  notSaved: 'आपकी प्रगति इस डिवाइस पर सेव नहीं हो रही है।',
  start: 'शुरू करें',
  next: 'आगे',
  back: 'पीछे',
  resultTitle: 'आपका नतीजा',
  print: 'प्रिंट करें',
  copy: 'टेक्स्ट के रूप में कॉपी करें',
  copied: 'कॉपी हो गया।',
  copyFailed: 'इस पेज पर कॉपी करने की सुविधा बंद है; टेक्स्ट को चुनकर कॉपी कर लें।',
  unavailable: 'यह अभी नहीं हो सका (क्या पेज ऑफ़लाइन है?)। कृपया फिर से कोशिश करें।',
  reset: 'रीसेट करें',
  supportLink: 'मदद और हेल्पलाइन',
  disclaimerLabel: 'कृपया ध्यान दें',
  summary: 'सारांश',
  labelled: (label: string, text: string) => `${label}: ${text}`,

  // Quiz
  seeResult: 'मेरा नतीजा देखें',
  questionOf: (n: number, total: number) => `${total} में से सवाल ${n}`,
  minutes: (n: number) => `लगभग ${n} मिनट`,
  questions: (n: number) => `${n} सवाल`,
  answerRequired: 'आगे बढ़ने के लिए कोई एक जवाब चुनें।',
  answerMissing: (n: number) => `कृपया पहले सवाल ${n} का जवाब दें।`,
  answeredOf: (n: number, total: number) =>
    `${total} में से ${n} ${byCount(n, 'सवाल का जवाब दिया गया', 'सवालों के जवाब दिए गए')}`,
  restarted: 'इस पेज के सवाल बदल गए हैं, इसलिए आकलन फिर से शुरू हो गया है।',
  questionNumber: (n: number) => `सवाल ${n}`,
  retake: 'दोबारा करें',
  clearAnswers: 'मेरे जवाब मिटाएँ',
  cleared: 'आपके जवाब इस डिवाइस से मिटा दिए गए हैं।',
  suggestedSteps: 'कुछ कदम जो मदद कर सकते हैं',
  formsTitle: 'लेन-देन का हर रूप किस ओर झुका है',
  formsAbout: 'हर रूप का मतलब क्या है',
  tableCaption: 'हर रूप का स्कोर',
  tableForm: 'रूप',
  tableLean: 'झुकाव',
  tableValue: 'स्कोर',
  balanced: 'संतुलित',
  moreAbout: 'कहाँ से शुरू करें',
  culturalNote: 'संस्कृति से जुड़ी एक बात',
  showRest: 'मेरा बाक़ी नतीजा दिखाएँ',
  restTitle: 'आपका बाक़ी नतीजा',
  restNote: 'यह आपके जवाबों के रुझान बताता है। यह कोई सलाह नहीं है, और यह आपकी सुरक्षा के बारे में कुछ नहीं कहता।',
  resultReady: (label: string) => `आपका नतीजा तैयार है: ${label}।`,

  // Checklist
  checkedOf: (n: number, total: number) => `${total} में से ${n} पर निशान लगा है`,
  warningSigns: (n: number) => `${n} चेतावनी संकेत`,
  soFar: (label: string) => `अब तक: ${label}`,
  seeMeaning: 'इसका मतलब देखें',
  whatNext: 'आगे क्या किया जा सकता है:',
  untitled: 'चेकलिस्ट',
  bandTakeaway: (label: string, takeaway: string) => `${label}: ${takeaway}`,
  countAndTakeaway: (count: string, takeaway: string) => `${count}। ${takeaway}`,
  resetDone: 'सभी निशान हटा दिए गए हैं।',
  listDisclaimer:
    'यह ठहरकर सोचने-समझने का एक ज़रिया है, कोई डायग्नोसिस या थेरेपी नहीं। यह आपकी स्थिति या आपकी सुरक्षा का आकलन नहीं कर सकता।',
  listFew: 'अभी इनमें से इक्का-दुक्का बातें',
  listFewTakeaway: 'कोई एक बात चुनें जिसे आप और देखना चाहें, और वहीं से शुरुआत करें; छोटे कदम भी मायने रखते हैं।',
  listSome: 'इनमें से कुछ बातें',
  listSomeTakeaway: 'आगे बढ़ने की नींव मौजूद है: जो बातें अभी नहीं हैं, उनमें से किसी एक से शुरुआत करें।',
  listMany: 'इनमें से कई बातें',
  listManyTakeaway: 'इसमें से बहुत कुछ पहले से मौजूद है; जिन आदतों की वजह से ऐसा है, उन्हें बनाए रखें।',
  warningFew: 'इनमें से इक्का-दुक्का',
  warningFewTakeaway: 'इनमें से कुछ बातें कहीं भी आम हैं; किसी एक दिन से ज़्यादा मायने यह रखता है कि समय के साथ तस्वीर कैसी बनती है।',
  warningSome: 'इनमें से कुछ',
  warningSomeTakeaway: 'इनमें से किसी एक बात पर किसी भरोसेमंद व्यक्ति से बात करना मददगार हो सकता है।',
  warningMany: 'इनमें से कई',
  warningManyTakeaway:
    'हो सकता है आप पर बहुत बोझ हो। ख़ुद के साथ नरमी बरतें, और किसी भरोसेमंद व्यक्ति से या किसी प्रशिक्षित विशेषज्ञ से इस बारे में बात करने पर विचार करें।',

  // Stepper
  stepOf: (n: number, total: number) => `${total} में से चरण ${n}`,
  stepHeading: (n: number, total: number, title: string) => `${total} में से चरण ${n}: ${title}`,
  stepList: 'चरण',
  doneOf: (n: number, total: number) => `${total} में से ${n} ${byCount(n, 'चरण पूरा हुआ', 'चरण पूरे हुए')}`,
  doneNext: 'पूरा हुआ — अगला चरण',
  doneSummary: 'पूरा हुआ — सारांश देखें',
  markNotDone: 'इसे अधूरा मानें',
  markedDone: (title: string, n: number, total: number) =>
    `चरण “${title}” पूरा हुआ। ${total} में से ${n} ${byCount(n, 'चरण पूरा हुआ', 'चरण पूरे हुए')}।`,
  markedNotDone: (title: string, n: number, total: number) =>
    `चरण “${title}” से ‘पूरा हुआ’ का निशान हटा दिया गया है। ${total} में से ${n} ${byCount(n, 'चरण पूरा हुआ', 'चरण पूरे हुए')}।`,
  allDone: 'सभी चरण पूरे हो गए हैं। आपका सारांश तैयार है, जब चाहें देख लें।',
  statusNotStarted: 'शुरू नहीं हुआ',
  statusInProgress: 'जारी है',
  statusDone: 'पूरा हुआ',
  keepNotes: 'मेरे नोट्स इस डिवाइस पर सेव रखें',
  keepNotesOff: 'बंद: आपके नोट्स सिर्फ़ तब तक इस पेज पर रहेंगे, जब तक पेज छोड़ा या दोबारा लोड नहीं किया जाता।',
  keepNotesOn: (days: number) =>
    `आपके नोट्स सिर्फ़ इसी ब्राउज़र में सेव होते हैं, और ${days} दिन तक कोई बदलाव न होने पर अपने-आप हटा दिए जाते हैं।`,
  keptSession: 'आपके नोट्स इस ब्राउज़र टैब के बंद होने तक इसी में रखे रहेंगे।',
  keptLocal: (days: number) =>
    `आपके नोट्स इस डिवाइस के इसी ब्राउज़र में रखे गए हैं, और ${days} दिन तक कोई बदलाव न होने पर अपने-आप हटा दिए जाएँगे।`,
  keepingNotes: 'आपके नोट्स इस डिवाइस पर रखे जाएँगे।',
  notKeepingNotes: 'आपके नोट्स अब इस डिवाइस पर नहीं रखे जा रहे। पेज छोड़ने तक वे इसी पेज पर रहेंगे।',
  notesShared: 'जब हर चरण पूरा मान लिया जाएगा, तब आपके नोट्स इस वेबसाइट को भेजे जाएँगे।',
  clearNotes: 'मेरे नोट्स मिटाएँ',
  clearQuestion: 'इस पेज और इस डिवाइस से अपने सारे नोट्स और प्रगति मिटा दें? मिटाने के बाद इन्हें वापस नहीं लाया जा सकेगा।',
  clearConfirm: 'हाँ, मेरे नोट्स मिटाएँ',
  clearCancel: 'मेरे नोट्स रहने दें',
  notesCleared: 'आपके नोट्स इस डिवाइस से मिटा दिए गए हैं।',
  downloadNotes: 'मेरे नोट्स डाउनलोड करें',
  downloadReminder: 'मेरे कैलेंडर में रिमाइंडर जोड़ें',
  reminderEvery: (title: string, weeks: number) => (weeks === 1 ? `${title}, हर हफ़्ते` : `${title}, हर ${weeks} हफ़्ते में`),
  reminderFrom: (title: string, step: string) => `“${title}” से एक अभ्यास: ${step}।`,
  practice: 'अभ्यास',
  example: 'उदाहरण',
  prompts: 'इन पर सोचें',
  yourNotes: 'आपके नोट्स',
  noNotes: 'अभी कोई नोट नहीं है।',
  seeSummary: 'सारांश देखें',
  backToSteps: 'चरणों पर वापस जाएँ',
};
