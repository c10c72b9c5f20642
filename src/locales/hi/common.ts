import type { Attribution, QuizStep } from '../../core/index.js';

/** Every Hindi pack carries this: the packs are for reflection, and say so. */
export const disclaimer =
  'यह ठहरकर सोचने-समझने का एक ज़रिया है, कोई डायग्नोसिस या थेरेपी नहीं। यह आपकी स्थिति या आपकी सुरक्षा का आकलन नहीं कर सकता; इन दोनों में कोई योग्य विशेषज्ञ आपकी मदद कर सकता है।';

export const attribution: Attribution = {
  text: 'RECIPRO के चरण और आपसी लेन-देन के छह रूप प्रियंका शर्मा (Priyanka Sharma) के एक लेख पर आधारित हैं, जो रिश्तों को फिर से सँवारने में आपसी लेन-देन की भूमिका के बारे में है।',
};

/** Asked wherever a reader has tried to even things out: in Observe, and beside many one-sided signs. */
export const stillNoResponse = {
  question: 'अगर फिर भी उनकी ओर से कोई जवाब न मिले, तो क्या करें?',
  answer:
    'इसे ठीक-ठाक समय दें, और सिर्फ़ उनकी बातों पर नहीं, उनके कामों पर भी ध्यान दें। अगर आपने साफ़ शब्दों में कह दिया है और कोशिश अब भी सिर्फ़ आपकी ओर से हो रही है, तो इससे भी कुछ पता चलता है: आप चाहें तो कम देना चुन सकते हैं, दूसरे लोगों का सहारा ले सकते हैं, या किसी काउंसलर से इस बारे में बात कर सकते हैं।',
};

/*
 * The seven RECIPRO steps. Ids and letters stay as in English: RECIPRO is the framework's name.
 * The stepper spreads these and adds the longer text, so a step reads the same in every pack.
 */
export const reflect: QuizStep = {
  id: 'reflect',
  letter: 'R',
  title: 'ख़ुद को समझें',
  summary: 'अपनी ज़रूरतों पर, और देने-पाने की अपनी आदतों पर ध्यान दें।',
};
export const express: QuizStep = {
  id: 'express',
  letter: 'E',
  title: 'अपनी बात कहें',
  summary: 'आपको क्या चाहिए, यह साफ़ शब्दों में और बिना दोष लगाए कहें।',
};
export const checkIn: QuizStep = {
  id: 'check-in',
  letter: 'C',
  title: 'हालचाल लेते रहें',
  summary: 'बीच-बीच में पूछें कि आप दोनों को चीज़ें कैसी लग रही हैं।',
};
export const invest: QuizStep = {
  id: 'invest',
  letter: 'I',
  title: 'परवाह जताएँ',
  summary: 'रोज़मर्रा के छोटे-छोटे कामों में अपनापन दिखाएँ।',
};
export const practiceBalance: QuizStep = {
  id: 'practice-balance',
  letter: 'P',
  title: 'संतुलन बनाएँ',
  summary: 'बराबरी को दिन-ब-दिन नहीं, महीनों के हिसाब से आँकें।',
};
export const repair: QuizStep = {
  id: 'repair',
  letter: 'R',
  title: 'मनमुटाव दूर करें',
  summary: 'किसी अनबन के बाद, मनमुटाव दूर करने की शुरुआत जल्दी और नरमी से करें।',
};
export const observe: QuizStep = {
  id: 'observe',
  letter: 'O',
  title: 'बदलाव पर ध्यान दें',
  summary: 'देखें कि क्या बदल रहा है, और मिलकर तालमेल बिठाएँ।',
};
