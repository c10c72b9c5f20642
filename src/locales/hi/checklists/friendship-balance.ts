import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const friendshipBalance: ChecklistDefinition = {
  kind: 'checklist',
  id: 'friendship-balance',
  version: '1.0.0',
  title: 'दोस्ती में संतुलन',
  locale: 'hi',
  intro:
    'किसी एक दोस्ती के बारे में सोचें, और जो बातें आम तौर पर सच होती हैं, उन पर निशान लगाएँ। दोस्तों के बीच लेन-देन शायद ही कभी बिल्कुल बराबर होता है; मायने यह रखता है कि कोशिश दोनों की हो। आख़िरी बात आपकी सुरक्षा के बारे में है, और इसे स्कोर में नहीं गिना जाता।',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'reach-out', text: 'मिलने का प्लान बनाने की पहल हम दोनों की ओर से होती है।' },
    { id: 'turns', text: 'हमारे बीच सुनना और अपनी बात कहना बारी-बारी से होता है।' },
    { id: 'make-time', text: 'एक-दूसरे से मिलने के लिए, शेड्यूल में फेरबदल कभी मेरी ओर से होता है, कभी उनकी ओर से।' },
    { id: 'good-news', text: 'एक-दूसरे की ख़ुशख़बरी पर हम दोनों को सच्ची ख़ुशी होती है।' },
    { id: 'hard-times', text: 'जब हम में से कोई मुश्किल में होता है, तो दूसरा साथ देने पहुँच जाता है।' },
    { id: 'appreciation', text: 'एक-दूसरे को यह एहसास दिलाना कि यह दोस्ती मायने रखती है, हम दोनों की आदत है।' },
    { id: 'honesty', text: 'किसी परेशानी की बात उठाने के बाद भी हमारी नज़दीकी बनी रहती है।' },
    {
      id: 'afraid-or-controlled',
      text: 'कभी-कभी मुझे इस दोस्त से डर लगता है, या लगता है कि वे यह तय करने की कोशिश करते हैं कि मैं किससे मिलूँ या क्या करूँ।',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'ज़्यादातर एकतरफ़ा',
      takeaway:
        'जब कोशिश एक ही तरफ़ से हो, तो दोस्ती धीरे-धीरे दूर होने लगती है; सच्चे मन से एक बार बुलाकर देखें कि क्या वे भी आगे आते हैं।',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'थोड़ा-बहुत लेन-देन',
      takeaway: 'यहाँ सच्चा लेन-देन है; सराहना के दो शब्द इसे और मज़बूत कर सकते हैं।',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'अच्छा संतुलन',
      takeaway: 'यह दोस्ती संतुलित लगती है; एक-दूसरे के लिए ऐसे ही मौजूद रहें।',
    },
  ],
  resources: supportResources,
};
