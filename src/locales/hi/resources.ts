import type { Resources } from '../../core/index.js';

/**
 * Default support services, in Hindi: the same services, regions, order and numbers as the
 * English list (SUPPORT-RESOURCES.md). Services abroad keep their own names, since that is
 * what a caller will hear; "free" (मुफ़्त) is said only where the English says it.
 */
export const supportResources: Resources = {
  title: 'मदद मौजूद है',
  intro: 'इन सेवाओं के प्रशिक्षित लोग आपकी बात सुन सकते हैं, और आपकी अपनी रफ़्तार से यह सोचने में मदद कर सकते हैं कि आगे क्या करें।',
  emergency:
    'अगर आप अभी ख़तरे में हैं, तो अपने देश के इमरजेंसी नंबर पर कॉल करें (अमेरिका और कनाडा 911, ब्रिटेन 999, ऑस्ट्रेलिया 000, भारत 112, यूएई 999, फ़्रांस 17 या 112; फ़्रांस में बधिर या कम सुनने वाले लोग 114 पर SMS कर सकते हैं)।',
  items: [
    {
      region: 'us',
      name: '988 Suicide & Crisis Lifeline',
      description: 'भावनात्मक परेशानी या संकट से गुज़र रहे किसी भी व्यक्ति के लिए; मुफ़्त, गोपनीय, दिन-रात।',
      contacts: [{ label: 'कॉल या SMS करें', phone: '988', sms: true }],
    },
    {
      region: 'us',
      name: 'National Domestic Violence Hotline',
      description: 'रिश्ते में हिंसा या दुर्व्यवहार झेल रहे, या इसे लेकर चिंतित किसी भी व्यक्ति के लिए; मुफ़्त, गोपनीय, दिन-रात।',
      contacts: [{ label: 'कॉल करें', phone: '1-800-799-7233' }],
    },
    {
      region: 'in',
      name: 'टेली-मानस (Tele-MANAS)',
      description: 'भारत की राष्ट्रीय मानसिक स्वास्थ्य हेल्पलाइन, 20 भाषाओं में; मुफ़्त, दिन-रात।',
      contacts: [
        { label: 'कॉल करें', phone: '14416' },
        { label: 'या इस नंबर पर कॉल करें', phone: '1-800-891-4416' },
      ],
    },
    {
      region: 'in',
      name: 'महिला हेल्पलाइन (मिशन शक्ति)',
      description:
        'सहारे की ज़रूरत वाली महिलाओं के लिए, हिंसा झेल रही महिलाओं समेत; मुफ़्त, दिन-रात, ज़्यादातर राज्यों और केंद्र शासित प्रदेशों में (2024 के आख़िर तक पश्चिम बंगाल में नहीं)।',
      contacts: [{ label: 'कॉल करें', phone: '181' }],
    },
    {
      region: 'uk',
      name: 'Samaritans',
      description: 'जो भी बात आपको परेशान कर रही हो, उस पर बात करने के लिए कोई मौजूद है; मुफ़्त, दिन-रात।',
      contacts: [{ label: 'कॉल करें', phone: '116 123' }],
    },
    {
      region: 'uk',
      name: 'National Domestic Abuse Helpline (Refuge द्वारा संचालित)',
      description: 'घरेलू हिंसा झेल रहे किसी भी व्यक्ति के लिए, या जिसे ऐसा होने की आशंका हो; मुफ़्त, दिन-रात।',
      contacts: [{ label: 'कॉल करें', phone: '0808 2000 247' }],
    },
    {
      region: 'au',
      name: 'Lifeline',
      description: 'मुश्किल दौर से गुज़र रहे किसी भी व्यक्ति के लिए संकट में सहारा, दिन-रात।',
      contacts: [{ label: 'कॉल करें', phone: '13 11 14' }],
    },
    {
      region: 'au',
      name: '1800RESPECT',
      description:
        'घरेलू, पारिवारिक या यौन हिंसा से प्रभावित किसी भी व्यक्ति के लिए काउंसलिंग; मुफ़्त, दिन-रात, SMS और चैट की सुविधा के साथ।',
      contacts: [{ label: 'कॉल करें', phone: '1800 737 732' }],
    },
    {
      region: 'ca',
      name: '9-8-8: Suicide Crisis Helpline',
      description:
        'जिसके मन में आत्महत्या के ख़याल आ रहे हों, या जो किसी और के लिए चिंतित हो, उसके लिए; अंग्रेज़ी और फ़्रेंच में, मुफ़्त, दिन-रात।',
      contacts: [{ label: 'कॉल या SMS करें', phone: '988', sms: true }],
    },
    {
      region: 'ae',
      name: 'राष्ट्रीय मानसिक सहायता लाइन',
      description: 'यूएई के राष्ट्रीय ख़ुशहाली और वेलबीइंग कार्यक्रम की ओर से अरबी और अंग्रेज़ी में भावनात्मक सहारा; टोल-फ़्री (800 HOPE)।',
      contacts: [{ label: 'कॉल करें, या WhatsApp पर मैसेज करें', phone: '800 4673' }],
    },
    {
      region: 'fr',
      name: '3919 Violences Femmes Info',
      description:
        'फ़्रांस में, हिंसा झेल रही महिलाओं के लिए; मुफ़्त, गुमनाम, दिन-रात। यह इमरजेंसी लाइन नहीं है: ख़तरे में हों, तो 17 या 112 पर कॉल करें।',
      contacts: [{ label: 'कॉल करें', phone: '3919' }],
    },
    {
      region: 'fr',
      name: '3114 (फ़्रांस की राष्ट्रीय आत्महत्या-रोकथाम लाइन)',
      description:
        'जिसके मन में आत्महत्या के ख़याल आ रहे हों, या जो किसी और के लिए चिंतित हो, उसके लिए; फ़्रांस और उसके समुद्रपारीय इलाक़ों में, मुफ़्त, गोपनीय, दिन-रात।',
      contacts: [{ label: 'कॉल करें', phone: '3114' }],
    },
  ],
};
