import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';

export const workReciprocity: ChecklistDefinition = {
  kind: 'checklist',
  id: 'work-reciprocity',
  version: '1.0.0',
  title: 'कामकाज में आपसी लेन-देन',
  locale: 'hi',
  intro: 'अपनी टीम या किसी एक कामकाजी रिश्ते के बारे में सोचें, और जो बातें आम तौर पर सच हैं, उन पर निशान लगाएँ।',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'credit', text: 'मिलकर किए गए काम का श्रेय भी सबको मिलता है।' },
    { id: 'help', text: 'मदद दोनों तरफ़ से होती है, हर बार एक ही लोगों की ओर से नहीं।' },
    { id: 'feedback', text: 'फ़ीडबैक दोनों तरफ़ जाता है, मैनेजरों तक भी।' },
    { id: 'needs', text: 'लोग अपनी ज़रूरत कह सकते हैं, इस डर के बिना कि इस वजह से उन्हें ग़लत आँका जाएगा।' },
    { id: 'meetings', text: 'मीटिंग में हर किसी को बोलने का मौक़ा मिलता है।' },
    { id: 'workload', text: 'अतिरिक्त काम आने पर, वह सबमें इंसाफ़ से बँटता है।' },
    { id: 'disagreements', text: 'मतभेदों को अंदर ही अंदर सुलगने देने की बजाय, उन पर बात की जाती है।' },
    { id: 'thanks', text: 'लोग एक-दूसरे की मेहनत पर ध्यान देते हैं और उसके लिए शुक्रिया कहते हैं।' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'कम लेन-देन',
      takeaway: 'एक छोटी-सी आदत, जैसे किसी को किसी ख़ास काम के लिए धन्यवाद कहना, चीज़ों को बदलना शुरू कर सकती है।',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'कुछ लेन-देन',
      takeaway: 'आगे बढ़ने की नींव मौजूद है; अपनी ज़रूरत साफ़ शब्दों में कहने से लेन-देन और बराबर हो सकता है।',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'मज़बूत लेन-देन',
      takeaway: 'लगता है मेहनत और श्रेय, दोनों अच्छे से बँट रहे हैं; इसे सबकी नज़र में लाते रहें।',
    },
  ],
};
