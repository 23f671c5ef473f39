# Cittadinanza — हिंदी इंटरफ़ेस (मशीन की सहायता से अनुवादित; मूल भाषा बोलने वालों की समीक्षा का स्वागत है).
# अन्य क्षेत्रों (validation, codice fiscale, store, pdf, portal, rules) के खंड अंत में
# `# --- <area> ---` और `# --- end <area> ---` के बीच जोड़े जाते हैं।

## ऐप्लिकेशन
app-title = Cittadinanza
app-subtitle = इटली की नागरिकता के लिए आवेदन
app-opening = डेटा फ़ोल्डर खोला जा रहा है…
app-notice-dismiss = समझ गया
app-closing-waiting = सभी आवेदन और सभी फ़ाइलें सहेजे जाने के बाद विंडो बंद होगी।
app-close-anyway = फिर भी बंद करें (बिना सहेजे बदलाव खो जाएँगे)
error-internal = एक आंतरिक त्रुटि हुई। पहले से सहेजे गए डेटा को छुआ नहीं गया।
settings-save-failed = सेटिंग्स सहेजी नहीं जा सकीं: { $detail }
common-cancel = रद्द करें

## नेविगेशन
nav-applicants = आवेदक
nav-home = मेरा आवेदन
nav-application = आवेदन
nav-settings = सेटिंग्स
# Late ids of branch firstrun (c5302d5): nav-welcome with the nav-* lines, welcome-* in their
# own block, unlock-* in ## Unlock; unlock-explanation REPLACES the existing line.
nav-welcome = स्वागत और मार्गदर्शन
welcome-title = Cittadinanza में आपका स्वागत है
welcome-intro = यह ऐप्लिकेशन इटली में रहने वाले विदेशियों को गृह मंत्रालय के पोर्टल के लिए इतालवी नागरिकता का आवेदन तैयार करने में मदद करता है, और उन सहायता केंद्रों (पैट्रोनाटो, संस्थाएँ, नगरपालिकाओं के काउंटर) की भी मदद करता है जो आवेदकों की सहायता करते हैं।
welcome-private = सब कुछ इसी कंप्यूटर पर एन्क्रिप्ट होकर रहता है। जब तक आप पोर्टल में लॉग इन नहीं करते, कुछ भी नहीं भेजा जाता।
welcome-paths = दो रास्ते
welcome-path-residence = निवास के आधार पर (अनु. 9): इटली में कानूनी निवास की एक अवधि के बाद, सामान्यतः 10 वर्ष (यूरोपीय संघ के नागरिकों के लिए 4, शरणार्थियों और राज्यविहीन व्यक्तियों के लिए 5), और पिछले तीन वर्षों में पर्याप्त आय के साथ।
welcome-path-marriage = विवाह के आधार पर (अनु. 5): अगर आपका किसी इतालवी नागरिक से विवाह या सिविल यूनियन है, तो विवाह के बाद इटली में 2 वर्ष के निवास के बाद (अगर आप विदेश में रहते हैं तो 3), बच्चे होने पर आधा।
welcome-at-hand = क्या तैयार रखें
welcome-have-identity = पासपोर्ट या पहचान दस्तावेज़, निवास परमिट (permesso di soggiorno) और टैक्स कोड (codice fiscale)
welcome-have-birth = जन्म प्रमाणपत्र (atto di nascita), वैधीकृत (या एपोस्टिल के साथ) और अनुवादित
welcome-have-record = अपने मूल देश और 14 वर्ष की आयु से जिन-जिन देशों में आप रहे, उन सबका आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) (जारी होने से 6 महीने तक मान्य)
welcome-have-residence = इटली में जिन पतों पर आप रहे, उनकी तारीख़ों के साथ
welcome-have-income = पिछले तीन वर्षों की आय (CU, 730 या Unico; केवल निवास वाले रास्ते के लिए)
welcome-have-language = इतालवी भाषा का B1 प्रमाणपत्र, अगर आपको छूट नहीं है
welcome-eligibility-title = क्या मैं आवेदन कर सकता/सकती हूँ?
welcome-eligibility-hint = कुछ सवाल बताते हैं कि आप अभी आवेदन कर सकते हैं या किस तारीख़ से।
welcome-eligibility = अभी जाँचें
welcome-who-title = आप ऐप्लिकेशन किसके लिए इस्तेमाल कर रहे हैं?
welcome-who-hint = आप इसे बाद में सेटिंग्स में बदल सकते हैं (सहायता केंद्र मोड)।
welcome-myself = अपने लिए
welcome-help-desk = मैं एक सहायता केंद्र हूँ

## आवेदक
applicants-title = आवेदक
applicants-my-application = मेरा आवेदन
applicants-search = नाम, टैक्स कोड (codice fiscale) या K10 नंबर से खोजें
applicants-show-archived = संग्रहीत भी दिखाएँ
applicants-showing = { $total } में से { $shown } दिखाए गए: सूची छोटी करने के लिए नाम, codice fiscale या K10 से खोजें।
applicants-show-more = { $count } और दिखाएँ
applicants-new = नया आवेदक
applicants-empty = कोई आवेदन नहीं मिला।
applicants-start = नया आवेदन शुरू करें
applicants-unnamed = (अभी नाम नहीं)
applicants-last-saved = { $time } को सहेजा गया
applicants-archived = संग्रहीत
applicants-progress = { $total } में से { $done } अनुभाग पूरे
applicants-open = खोलें
applicants-archive = संग्रहीत करें
applicants-unarchive = वापस लाएँ
applicants-delete = हटाएँ
applicants-confirm-delete = { $name } का आवेदन और उसके दस्तावेज़ हमेशा के लिए हटाएँ?
applicants-delete-confirm = हाँ, हटाएँ

## अनुभाग संपादक
editor-section-complete = अनुभाग पूरा
editor-section-incomplete = अनुभाग पूरा करना बाकी
editor-saving = सहेजा जा रहा है…
editor-unsaved = बिना सहेजे बदलाव
editor-saved-at = { $time } पर सहेजा गया
editor-not-saved-yet = अभी सहेजा नहीं गया
editor-back = ← आवेदक
editor-save = सहेजें
editor-previous = ← पिछला अनुभाग
editor-next = अगला अनुभाग →
editor-add-row = + जोड़ें
editor-remove-row = हटाएँ
editor-attachments = संलग्न दस्तावेज़
editor-no-attachments = कोई दस्तावेज़ संलग्न नहीं है।
editor-issued-on = { $date } को जारी
editor-attach-new = दस्तावेज़ संलग्न करें
editor-attach-kind = दस्तावेज़ का प्रकार
editor-attach-issue-date = जारी करने की तारीख़ (जहाँ ज़रूरी हो)
editor-attach-country = देश (आपराधिक रिकॉर्ड प्रमाणपत्र)
editor-attach-choose-file = फ़ाइल चुनें…
editor-choose-kind-first = पहले दस्तावेज़ का प्रकार चुनें।
placeholder-date = DD/MM/YYYY
placeholder-amount = 12345.67
placeholder-comma-list = अल्पविराम से अलग करें
placeholder-choose = चुनें…
editor-prefecture-propose = सुझाव: { $name } का प्रीफ़ेक्चर (Prefettura) (निवास का प्रांत)
editor-consulate-label = संबंधित कांसुलर कार्यालय (विदेश में निवास)
editor-consulate-placeholder = उदाहरण के लिए Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = जहाँ आप रहते हैं उस जगह के लिए ज़िम्मेदार इतालवी कांसुलर कार्यालय का नाम लिखें, जैसा दूतावास या वाणिज्य दूतावास की वेबसाइट पर लिखा है: ऐप में वाणिज्य दूतावासों की कोई सूची नहीं है। दस्तावेज़ इसी कार्यालय को संबोधित किए जाएँगे।

## सेटिंग्स
settings-title = सेटिंग्स
settings-language = भाषा
settings-theme = थीम
settings-text-scale = अक्षरों का आकार: { $percent }%
settings-data-folder = डेटा फ़ोल्डर
settings-choose-folder = फ़ोल्डर चुनें…
settings-default-folder = डिफ़ॉल्ट फ़ोल्डर
settings-restart-needed = नया फ़ोल्डर अगली बार ऐप शुरू होने पर इस्तेमाल होगा।
settings-portal-url = पोर्टल का पता
settings-help-desk = सहायता केंद्र मोड (कई आवेदक)
settings-help-desk-hint = पैट्रोनाटो (patronato), CAF और कई लोगों की मदद करने वाली संस्थाओं के लिए। बंद होने पर ऐप केवल आपका अपना आवेदन दिखाता है।
theme-light = हल्का
theme-dark = गहरा
theme-high-contrast = उच्च कंट्रास्ट

## अनलॉक
unlock-title = डेटा फ़ोल्डर खोलें
unlock-explanation = आपका डेटा इस फ़ोल्डर के लिए चुने गए पासफ़्रेज़ से एन्क्रिप्टेड है। फ़ोल्डर खोलने के लिए उसे लिखें।
unlock-passphrase = पासफ़्रेज़
unlock-open = खोलें
unlock-create-title = एक पासफ़्रेज़ चुनें
unlock-create-explanation = आपका डेटा एक पासफ़्रेज़ से एन्क्रिप्ट किया जाएगा जिसे आप हर बार शुरू करते समय लिखेंगे। इसमें कम से कम { $min } अक्षर होने चाहिए; कई शब्दों वाला वाक्य याद रखना आसान और ज़्यादा सुरक्षित होता है।
unlock-keyring-unavailable = सिस्टम का कीरिंग उपलब्ध नहीं है, इसलिए डेटा एक पासफ़्रेज़ से सुरक्षित है।
unlock-details = विवरण
unlock-details-hide = विवरण छिपाएँ
unlock-repeat = पासफ़्रेज़ दोबारा लिखें
unlock-min-length = कम से कम { $min } अक्षर।
unlock-strength-too-short = बहुत छोटा: कम से कम { $min } अक्षर चाहिए।
unlock-strength-weak = कमज़ोर: शब्द, अंक या चिह्न जोड़ें।
unlock-strength-fair = ठीक-ठाक।
unlock-strength-strong = मज़बूत।
unlock-no-recovery = ध्यान दें: अगर आप पासफ़्रेज़ भूल गए तो डेटा कोई भी वापस नहीं ला सकता। इसे लिखकर किसी सुरक्षित जगह पर रखें।
unlock-mismatch = दोनों पासफ़्रेज़ मेल नहीं खाते।
unlock-create = बनाएँ और आगे बढ़ें

# --- codice fiscale ---
err-cf-empty = टैक्स कोड (codice fiscale) लिखें।
err-cf-length = codice fiscale में 16 अक्षर होते हैं; इसमें { $found } हैं।
err-cf-character = अक्षर { $position } (“{ $character }”) codice fiscale के उस स्थान पर मान्य नहीं है।
err-cf-check-letter = आख़िरी अक्षर (जाँच अक्षर) { $expected } होना चाहिए, { $found } नहीं: जाँचें कि कोड सही कॉपी किया गया है।
err-cf-month = “{ $found }” महीने का मान्य अक्षर नहीं है (A B C D E H L M P R S T)।
err-cf-day = महीने { $month } में दिन { $day } नहीं होता (महिलाओं के लिए दिन में 40 जोड़ा जाता है)।
err-cf-unknown-place = किसी भी नगरपालिका या विदेशी देश का कोड { $code } नहीं है।
err-cf-place-code-format = “{ $code }” स्थान का कोड नहीं है (एक अक्षर और तीन अंक, जैसे H501 या Z404)।
err-cf-surname-missing = उपनाम नहीं लिखा है (कम से कम एक अक्षर चाहिए)।
err-cf-name-missing = नाम नहीं लिखा है (कम से कम एक अक्षर चाहिए)।
err-cf-unsupported-character = { $field ->
        [surname] उपनाम
       *[name] नाम
    } में “{ $character }” है, जिसका लैटिन अक्षरों में कोई समकक्ष नहीं है: इसे वैसे ही लिखें जैसे पासपोर्ट या निवास परमिट (permesso di soggiorno) में लिखा है।
err-cf-place-missing = जन्म स्थान नहीं लिखा है।
err-cf-town-missing = जन्म की नगरपालिका (Comune) नहीं लिखी है।
err-cf-unknown-municipality = “{ $name }” नाम की कोई इतालवी नगरपालिका नहीं है।
err-cf-municipality-province = प्रांत { $province } में “{ $name }” नाम की कोई नगरपालिका नहीं है।
err-cf-municipality-ambiguous = “{ $name }” नाम की कई नगरपालिकाएँ हैं ({ $provinces }): प्रांत लिखें।
err-cf-municipality-date = नगरपालिका “{ $name }” { $date } को मौजूद नहीं थी: नगरपालिका का वह नाम लिखें जो जन्म की तारीख़ पर था।
err-cf-unknown-country = अज्ञात देश: “{ $name }”।
err-cf-mismatch-surname = codice fiscale उपनाम से मेल नहीं खाता: उपनाम से { $expected } बनता है, कोड में { $found } है।
err-cf-mismatch-name = codice fiscale नाम से मेल नहीं खाता: नाम से { $expected } बनता है, कोड में { $found } है।
err-cf-mismatch-birth-date = codice fiscale जन्म तिथि से मेल नहीं खाता: विवरण में { $expected }, कोड में { $found }।
err-cf-mismatch-sex = codice fiscale लिंग से मेल नहीं खाता: विवरण में { $expected }, कोड में { $found }।
err-cf-mismatch-place = codice fiscale जन्म स्थान से मेल नहीं खाता: विवरण में { $expected }, कोड में { $found }।
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = सिस्टम का कीरिंग (पासवर्ड भंडार) उपलब्ध नहीं है, इसलिए डेटा की कुंजी उसमें नहीं रखी जा सकती। आप डेटा को एक पासफ़्रेज़ से सुरक्षित कर सकते हैं जिसे हर बार शुरू करते समय लिखना होगा। विवरण: { $detail }
secrets-failed = सिस्टम के कीरिंग ने यह काम करने से मना कर दिया: { $detail }
secrets-malformed = सिस्टम के कीरिंग में गुप्त जानकारी "{ $name }" ख़राब है।
secrets-passphrase-too-short = पासफ़्रेज़ में कम से कम { $min } अक्षर होने चाहिए।
secrets-key-derivation-failed = पासफ़्रेज़ से कुंजी नहीं बनाई जा सकी: { $detail }
store-in-use = यह डेटा फ़ोल्डर किसी दूसरी विंडो या प्रोग्राम में पहले से खुला है। उसे बंद करके फिर कोशिश करें।
store-newer-format = यह डेटा प्रोग्राम के नए संस्करण से सहेजा गया था (फ़ॉर्मेट { $found })। इसे खोलने के लिए प्रोग्राम अपडेट करें; डेटा में कोई बदलाव नहीं हुआ।
store-wrong-key = कुंजी इस डेटा फ़ोल्डर से मेल नहीं खाती: डेटा डिक्रिप्ट नहीं किया जा सकता।
store-wrong-passphrase = पासफ़्रेज़ ग़लत है। फिर कोशिश करें: डेटा में कोई बदलाव नहीं हुआ।
store-passphrase-required = यह डेटा फ़ोल्डर पासफ़्रेज़ से सुरक्षित है: खोलने के लिए उसे लिखें।
store-key-missing = इस डेटा फ़ोल्डर की कुंजी इस कंप्यूटर के कीरिंग में नहीं है (फ़ोल्डर किसी दूसरे कंप्यूटर से कॉपी किया गया या कीरिंग मिटा दिया गया)। कुंजी के बिना डेटा पढ़ा नहीं जा सकता: मूल कंप्यूटर इस्तेमाल करें और आवेदकों को एन्क्रिप्टेड पैकेज में एक्सपोर्ट करें।
store-applicant-not-found = यह आवेदक अब मौजूद नहीं है (शायद हटा दिया गया)।
store-version-not-found = संस्करण { $version } अब उपलब्ध नहीं है।
store-document-not-found = यह दस्तावेज़ अब मौजूद नहीं है (शायद हटा दिया गया)।
store-document-missing = दस्तावेज़ "{ $name }" की एन्क्रिप्टेड फ़ाइल डेटा फ़ोल्डर में नहीं है। इसे फिर से इम्पोर्ट करें।
store-document-damaged = दस्तावेज़ "{ $name }" ख़राब है (अखंडता जाँच मेल नहीं खाती) और एक्सपोर्ट नहीं किया गया। इसे फिर से इम्पोर्ट करें।
store-corrupt = सहेजे गए डेटा का एक हिस्सा ख़राब है और पढ़ा नहीं जा सकता ({ $detail })।
store-file-not-found = फ़ाइल या फ़ोल्डर नहीं मिला: { $path }
store-not-a-file = "{ $path }" एक फ़ाइल नहीं है।
store-permission-denied = अनुमति नहीं है: { $path }
store-disk-full = डिस्क भर गई है: जगह ख़ाली करें और फिर कोशिश करें। जो बदलाव अभी सहेजे नहीं गए वे विंडो में बने रहेंगे।
store-io-failed = { $path } पर पढ़ने या लिखने में त्रुटि: { $detail }
store-database-failed = स्थानीय डेटाबेस में त्रुटि: { $detail }
store-bundle-wrong-passphrase = इस पैकेज का पासफ़्रेज़ ग़लत है।
store-bundle-truncated = पैकेज अधूरा है (कॉपी या डाउनलोड बीच में रुक गया)। इसे फिर से कॉपी करें।
store-bundle-tampered = पैकेज बदला गया है या ख़राब है और इम्पोर्ट नहीं किया जा सकता।
store-not-a-bundle = यह फ़ाइल Cittadinanza का पैकेज नहीं है।
store-bundle-unsupported-version = पैकेज प्रोग्राम के नए संस्करण से बनाया गया था (फ़ॉर्मेट { $found })। इसे इम्पोर्ट करने के लिए प्रोग्राम अपडेट करें।
store-history-note = हर बार सहेजने पर एक नया संस्करण बनता है: हर आवेदक के आख़िरी { $count } संस्करण रखे जाते हैं।
# --- end store ---

# --- portal ---
err-portal-invalid-url = पोर्टल का पता “{ $url }” मान्य नहीं है: https:// वाला पता चाहिए (या इस कंप्यूटर पर चल रहे पोर्टल के लिए http://)।
err-portal-insecure-url = पता “{ $url }” एन्क्रिप्टेड नहीं है: पोर्टल तक सिर्फ़ https:// से पहुँचा जाता है (http:// सिर्फ़ इस कंप्यूटर पर चल रहे पोर्टल के लिए मान्य है)।
err-portal-answer-too-large = पोर्टल ने { $megabytes } MB से बड़ा जवाब भेजा: उसे रोक दिया गया। सर्वर ख़राब हो सकता है या वह पोर्टल नहीं हो सकता।
err-portal-unreachable = पोर्टल तक पहुँचा नहीं जा सकता। बदलाव कतार में रहेंगे और जैसे ही संभव हो भेजे जाएँगे।
err-portal-timeout = पोर्टल ने समय पर जवाब नहीं दिया। बदलाव कतार में रहेंगे; बाद में फिर कोशिश करें।
err-portal-server = पोर्टल में त्रुटि हुई (कोड { $status })। बदलाव कतार में रहेंगे।
err-portal-unauthorized = सत्र समाप्त हो गया है या आपने अभी लॉग इन नहीं किया है। फिर से लॉग इन करें।
err-portal-bad-credentials = ईमेल या पासवर्ड ग़लत है।
err-portal-forbidden = यह खाता यह काम नहीं कर सकता।
err-portal-not-found = आवेदन पोर्टल पर नहीं मिला (या इस खाते से जुड़ा नहीं है)।
err-portal-account-exists = इस ईमेल से पहले से एक खाता है। पंजीकरण के बजाय लॉग इन करें।
err-portal-conflict = आवेदन कहीं और बदला गया है (संस्करण { $version })। हर अनुभाग के लिए चुनें कि कौन-सा संस्करण रखना है।
err-portal-already-submitted = आवेदन पहले ही भेजा जा चुका है: दूसरा नहीं बनाया जाएगा।
err-portal-not-editable = भेजे गए आवेदन में अब बदलाव नहीं किया जा सकता।
err-portal-incomplete = पोर्टल आवेदन स्वीकार नहीं करता: फ़ील्ड { $detail } ख़ाली है।
err-portal-associate-mismatch =
    { $field ->
        [surname] उपनाम आवेदन वाले उपनाम से मेल नहीं खाता।
        [name] नाम आवेदन वाले नाम से मेल नहीं खाता।
        [birth_date] जन्म तिथि आवेदन वाली जन्म तिथि से मेल नहीं खाती।
        [previous_email] बताया गया ई-मेल वह नहीं है जो आवेदन में इस्तेमाल हुआ था।
        [k10_number] इस K10 नंबर का कोई आवेदन नहीं है (फ़ॉर्मेट K10/0000001 या K10/C/0000001)।
       *[any] ये विवरण किसी भी आवेदन से मेल नहीं खाते। K10 नंबर (फ़ॉर्मेट K10/0000001 या K10/C/0000001), उपनाम, नाम, जन्म तिथि और आवेदन में इस्तेमाल किया गया ई-मेल जाँचें।
    }
err-portal-already-associated = आवेदन पहले से किसी दूसरे खाते से जुड़ा है। प्रीफ़ेक्चर (Prefettura) से संपर्क करें।
err-portal-too-large = फ़ाइल या डेटा पोर्टल के लिए बहुत बड़ा है (दस्तावेज़ 64 MB तक)।
err-portal-rate-limited = बहुत ज़्यादा कोशिशें। कुछ मिनट (ज़्यादा से ज़्यादा एक घंटा) रुकें और फिर कोशिश करें।
err-portal-checksum = भेजते समय दस्तावेज़ ख़राब हो गया। फिर कोशिश करें: भेजना सुरक्षित रूप से शुरू से होगा।
err-portal-rejected = पोर्टल ने अनुरोध अस्वीकार कर दिया ({ $code })।
err-portal-protocol = पोर्टल से अप्रत्याशित जवाब: शायद पोर्टल का संस्करण अलग है। ({ $detail })
err-portal-local = स्थानीय सिंक डेटा पढ़ा या लिखा नहीं जा सका: { $detail }
err-portal-document = { $detail }
err-portal-token-store = सिस्टम के कीरिंग में लॉग इन याद नहीं रखा जा सका: { $detail }
err-portal-not-linked = यह आवेदन अभी पोर्टल पर नहीं भेजा गया है।
err-portal-relink-pending = सिंक डेटा फिर से बनाया जा रहा है: नए आवेदन भेजने से पहले पोर्टल में लॉग इन करें और सिंक करें, ताकि आवेदन फिर से जुड़ जाएँ।
portal-status-draft = मसौदा
portal-status-submitted = भेजा गया
portal-status-accepted = प्रीफ़ेक्चर द्वारा स्वीकार
portal-status-inadmissible = अस्वीकार्य (inammissibile) घोषित
portal-status-notice-10bis = अस्वीकृति की पूर्व-सूचना (preavviso di rigetto, अनु. 10-bis)
portal-status-granted = नागरिकता देने का आदेश (decreto di concessione)
portal-status-rejected = अस्वीकृति का आदेश (decreto di rigetto)
portal-status-oath-scheduled = शपथ (giuramento) की तारीख़ तय
portal-comm-acceptance = आवेदन { $date } को स्वीकार किया गया
portal-comm-inadmissibility = आवेदन { $date } को अस्वीकार्य घोषित किया गया
portal-comm-notice-10bis = { $date } की अस्वीकृति की पूर्व-सूचना: { $days } दिनों में ({ $respond_by } तक) जवाब दें
portal-comm-decree-granted = { $date } का नागरिकता देने का आदेश
portal-comm-decree-rejected = { $date } का अस्वीकृति का आदेश
portal-comm-oath-appointment = शपथ { $appointment } को, स्थान: { $place }
portal-sync-pending = { $count ->
    [0] सब कुछ सिंक हो गया है
    [one] एक बदलाव भेजे जाने की प्रतीक्षा में
   *[other] { $count } बदलाव भेजे जाने की प्रतीक्षा में
}
portal-queue-damaged = पोर्टल का सिंक डेटा ख़राब हो गया था: उसकी एक कॉपी डेटा फ़ोल्डर में “{ $file }” नाम से रखी गई है। इस कंप्यूटर पर आवेदन और दस्तावेज़ सुरक्षित हैं। पोर्टल में लॉग इन करें और सिंक करें: आवेदनों के लिंक फिर से बनाए जाएँगे।
portal-queue-rebuilt =
    ख़राब सिंक डेटा (कॉपी “{ $file }”) फिर से बनाया गया: { $count ->
        [one] एक आवेदन फिर से पोर्टल से जुड़ गया है।
       *[other] { $count } आवेदन फिर से पोर्टल से जुड़ गए हैं।
    } पोर्टल से अंतर भेजे जाने से पहले आपको दिखाए जाएँगे।
portal-queue-dismiss = समझ गया
# portal block, after portal-sync-pending:
portal-sync-uploads-failing =
    { $count ->
        [one] बदलाव भेज दिए गए हैं, लेकिन एक दस्तावेज़ अपलोड नहीं हुआ: { $error }
       *[other] बदलाव भेज दिए गए हैं, लेकिन { $count } दस्तावेज़ अपलोड नहीं हुए (पहला: { $error })
    }
portal-sync-conflicts = { $count ->
    [one] एक आवेदन में मिलान करना है
   *[other] { $count } आवेदनों में मिलान करना है
}
portal-conflict-keep-mine = मेरा संस्करण रखें
portal-conflict-take-theirs = पोर्टल का संस्करण लें
portal-sign-in = पोर्टल में लॉग इन करें
portal-sign-out = पोर्टल से लॉग आउट करें
portal-role-applicant = आवेदक
portal-role-operator = सहायता केंद्र का ऑपरेटर
# --- end portal ---

# --- validation ---
## फ़ील्ड की जाँच (rules::Problem)
err-missing = यह फ़ील्ड ज़रूरी है।
err-invalid-date = तारीख़ मान्य नहीं है: इसे DD/MM/YYYY के रूप में लिखें (जैसे 05/03/2020)।
err-impossible-date = यह तारीख़ मौजूद नहीं है: दिन और महीना जाँचें।
err-year-out-of-range = वर्ष सही नहीं लगता: इसे पूरे चार अंकों में लिखें।
err-date-in-future = तारीख़ भविष्य की नहीं हो सकती।
err-date-before-birth = तारीख़ जन्म तिथि से पहले की है।
err-end-before-start = समाप्ति की तारीख़ शुरुआत की तारीख़ ({ $start }) से पहले की है।
err-date-before = तारीख़ { $event ->
        [event-first-entry] इटली में पहले प्रवेश
        [event-marriage] विवाह
        [event-status-recognised] दर्जा मान्य होने
       *[event-issue] जारी करने की तारीख़
    } ({ $date }) से पहले की नहीं हो सकती।
err-expired = { $date } को समाप्त हो गया।
err-invalid-amount = राशि मान्य नहीं है: इसे यूरो में लिखें, जैसे 12.345,67 या 12345.67।
err-wrong-amount = देय राशि { $expected } यूरो है।
err-invalid-email = ईमेल पता मान्य नहीं है (जैसे naam@esempio.it)।
err-invalid-phone = फ़ोन नंबर मान्य नहीं है: केवल अंक और खाली जगह इस्तेमाल करें, अंतरराष्ट्रीय कोड से पहले + लगाएँ (जैसे +39 333 1234567)।
err-invalid-province = प्रांत का संक्षिप्त रूप मान्य नहीं है: दो अक्षर चाहिए, जैसे MI।
err-invalid-postcode = पिन कोड (CAP) मान्य नहीं है: पाँच अंक चाहिए।
err-invalid-year = वर्ष मान्य नहीं है: चार अंक लिखें, जैसे 2024।
err-invalid-notice-code = कोड मान्य नहीं है: pagoPA सूचना कोड में 18 अंक होते हैं, IUV में 15 से 25 अक्षर या अंक।
err-invalid-name = केवल अक्षर, खाली जगह, एपॉस्ट्रॉफ़ी, बिंदु और हाइफ़न की अनुमति है।
err-birth-place-contradicts-basis = आपने इटली में जन्म बताया है, लेकिन व्यक्तिगत विवरण में जन्म स्थान विदेश में है।
err-spouse-not-italian = विवाह के आधार पर आवेदन (अनु. 5) के लिए पति/पत्नी का इतालवी नागरिक होना ज़रूरी है।
err-not-married = विवाह के आधार पर आवेदन (अनु. 5) के लिए वैवाहिक स्थिति “विवाहित” या “सिविल यूनियन” होनी चाहिए।
err-atto-notorio-not-allowed = शपथ-पत्र (atto notorio) जन्म प्रमाणपत्र की जगह केवल शरणार्थियों और राज्यविहीन व्यक्तियों के लिए लिया जाता है।
err-translation-required = दस्तावेज़ का इतालवी में अनुवाद होना चाहिए (या वह बहुभाषी प्रति होनी चाहिए)।
err-residence-gap = { $from } से { $to } तक का निवास नहीं लिखा है: छूटी हुई अवधि जोड़ें या तारीख़ें ठीक करें।
err-residence-overlap = यह अवधि अवधि संख्या { $other } से टकराती है।
err-open-period-not-last = केवल वर्तमान, यानी आख़िरी निवास की समाप्ति तारीख़ ख़ाली रह सकती है।
err-residences-not-up-to-date = आख़िरी निवास { $date } को समाप्त होता है: वर्तमान निवास जोड़ें।
err-registered-before-14-contradicted = लिखे गए निवासों के अनुसार, जनसंख्या रजिस्ट्री (anagrafe) में पहला पंजीकरण 14 वर्ष की आयु के बाद हुआ था।
err-income-year-missing = { $year } की आय नहीं लिखी है।
err-income-year-not-required = केवल इन वर्षों की आय चाहिए: { $years }।
err-duplicate-year = यह वर्ष आप पहले ही लिख चुके हैं।
err-criminal-certificate-missing = इस देश का आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) नहीं है: { $country }।
err-language-level-too-low = स्तर { $level } काफ़ी नहीं है: कम से कम B1 स्तर चाहिए।
err-invalid-language-level = स्तर मान्य नहीं है: A1, A2, B1, B2, C1 या C2 लिखें।
err-exemption-needs-long-term-permit = यह छूट केवल उनके लिए है जिनके पास दीर्घकालिक निवासियों के लिए EU निवास परमिट (permesso di soggiorno UE per soggiornanti di lungo periodo) है (अनुभाग 4 में लिखें)।
err-exemption-not-for-eu-citizens = यूरोपीय संघ के नागरिकों को छूट नहीं है: B1 स्तर का प्रमाणपत्र चाहिए।
err-must-accept = आवेदन भेजने के लिए आपको इस घोषणा पर निशान लगाना होगा।
err-document-missing = एक दस्तावेज़ नहीं है: { $kind ->
        [doc-birth-certificate] जन्म प्रमाणपत्र (atto di nascita)
        [doc-criminal-record] आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale)
        [doc-identity-document] पहचान दस्तावेज़
        [doc-residence-permit] निवास परमिट (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] इतालवी भाषा प्रमाणपत्र
        [doc-income-statement] आयकर रिटर्न
        [doc-payment-receipt] भुगतान की रसीद
        [doc-marriage-certificate] विवाह प्रमाणपत्र (atto di matrimonio)
        [doc-atto-notorio] शपथ-पत्र (atto notorio)
       *[doc-other] कोई अन्य दस्तावेज़
    }।
err-document-missing-for = एक दस्तावेज़ नहीं है: { $kind ->
        [doc-birth-certificate] जन्म प्रमाणपत्र (atto di nascita)
        [doc-criminal-record] आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale)
        [doc-identity-document] पहचान दस्तावेज़
        [doc-residence-permit] निवास परमिट (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] इतालवी भाषा प्रमाणपत्र
        [doc-income-statement] आयकर रिटर्न
        [doc-payment-receipt] भुगतान की रसीद
        [doc-marriage-certificate] विवाह प्रमाणपत्र (atto di matrimonio)
        [doc-atto-notorio] शपथ-पत्र (atto notorio)
       *[doc-other] कोई अन्य दस्तावेज़
    } ({ $detail })।
err-document-expired = दस्तावेज़ { $date } को समाप्त हो गया ({ $kind ->
        [doc-criminal-record] आपराधिक रिकॉर्ड प्रमाणपत्र जारी होने की तारीख़ से छह महीने तक मान्य रहता है
        [doc-identity-document] पहचान दस्तावेज़
        [doc-residence-permit] निवास परमिट
       *[doc-other] संलग्न दस्तावेज़
    }): एक मान्य दस्तावेज़ संलग्न करें।
err-attachment-incomplete = संलग्नक अधूरा है: फ़ाइल या दस्तावेज़ का प्रकार नहीं है।
info-residence-span = { $from } से { $to } तक लगातार निवास (पूरे वर्ष: { $years })।

## K10 नंबर
k10-kind-naturalisation = निवास के आधार पर नागरिकता
k10-kind-marriage = विवाह के आधार पर नागरिकता
err-k10-empty = K10 नंबर लिखें।
err-k10-prefix = K10 नंबर “K10/” से शुरू होता है, जैसे K10/0000001 या K10/C/0000001।
err-k10-kind = “K10/” के बाद सात अंक आते हैं (निवास के लिए) या “C/” और सात अंक (विवाह के लिए)।
err-k10-digits = नंबर में शुरुआती शून्य सहित सात अंक होने चाहिए; यहाँ { $found } हैं।
err-k10-character = नंबर में “{ $character }” है: केवल अंकों की अनुमति है।
err-k10-zero = 0000000 मान्य K10 नंबर नहीं है।
err-k10-wrong-kind-marriage = विवाह के आधार पर नागरिकता (अनुच्छेद 5) के लिए नंबर का रूप { $expected } होता है, “C/” के साथ।
err-k10-wrong-kind-naturalisation = निवास के आधार पर नागरिकता (अनुच्छेद 9) के लिए नंबर का रूप { $expected } होता है, “C/” के बिना।
# --- end validation ---

# --- pdf ---
pdf-doc-spid = SPID के लिए फ़ॉर्म (आवेदन जोड़ने के लिए स्व-घोषणा, autocertificazione)
pdf-doc-maintenance = भरण-पोषण की घोषणा (dichiarazione di mantenimento)
pdf-doc-change = संपर्क विवरण और आय में बदलाव
pdf-doc-summary = सहायता केंद्र के लिए सारांश
pdf-group-declarant = घोषणा करने वाले का विवरण
pdf-group-supporter = भरण-पोषण करने वाला परिवार का सदस्य
pdf-group-applicant = नागरिकता का आवेदक
pdf-group-document = पहचान दस्तावेज़
pdf-group-statement = घोषणा
pdf-group-as-in-application = आवेदन के अनुसार विवरण
pdf-group-as-in-spid = SPID के अनुसार विवरण
pdf-group-income = आय
pdf-group-changes = बदलाव
pdf-group-signature = स्थान और तारीख़
pdf-field-surname = उपनाम
pdf-field-name = नाम
pdf-field-birth-surname = जन्म के समय उपनाम (अगर अलग हो)
pdf-field-sex = लिंग
pdf-field-birth-date = जन्म तिथि
pdf-field-birth-place = जन्म स्थान
pdf-field-citizenship = नागरिकता
pdf-field-codice-fiscale = टैक्स कोड (codice fiscale)
pdf-field-residence = निवास (पूरा पता)
pdf-field-email = ईमेल या प्रमाणित ईमेल (PEC)
pdf-field-phone = फ़ोन
pdf-field-document-kind = दस्तावेज़ का प्रकार
pdf-field-document-number = दस्तावेज़ संख्या
pdf-field-document-issuer = जारी करने वाला
pdf-field-document-expiry = दस्तावेज़ की समाप्ति तारीख़
pdf-field-prefecture = प्रीफ़ेक्चर (Prefettura)
pdf-field-k10-number = आवेदन संख्या (K10)
pdf-field-submitted-on = आवेदन भेजने की तारीख़
pdf-field-mismatch-reason = आवेदन और SPID में अंतर का कारण
pdf-field-ticket = हेल्प डेस्क टिकट संख्या
pdf-field-place = हस्ताक्षर का स्थान
pdf-field-date = हस्ताक्षर की तारीख़
pdf-field-relationship = आवेदक से रिश्ता
pdf-field-same-household = आवेदक के परिवार प्रमाणपत्र (stato di famiglia) में शामिल
pdf-field-supported-since = भरण-पोषण की शुरुआत
pdf-field-income-rows = कम से कम एक वर्ष की आय
pdf-field-income-year = कर वर्ष (पंक्ति { $row })
pdf-field-income-amount = कर योग्य आय { $year }
pdf-field-income-source = कर दस्तावेज़ { $year }
pdf-field-changes-any = कम से कम एक बदलाव (संपर्क या आय)
pdf-field-new-residence = नया निवास
pdf-field-residence-since = नए पते पर निवास की शुरुआत
pdf-field-new-email = नया ईमेल या PEC पता
pdf-field-new-phone = नया फ़ोन नंबर
err-pdf-missing-fields = { $count ->
    [one] दस्तावेज़ प्रिंट करने के लिए एक ज़रूरी जानकारी नहीं है।
   *[other] दस्तावेज़ प्रिंट करने के लिए { $count } ज़रूरी जानकारियाँ नहीं हैं।
}
err-pdf-unknown-field = अज्ञात फ़ील्ड: { $field }।
err-pdf-invalid-value = { $field } के लिए मान मान्य नहीं है।
err-pdf-font = अंतर्निहित फ़ॉन्ट पढ़ा नहीं जा सकता: ऐप्लिकेशन फिर से इंस्टॉल करें।
pdf-page-of = पृष्ठ { $page } / { $pages }
pdf-summary-title = नागरिकता आवेदन का सारांश
pdf-summary-printed-on = { $date } को प्रिंट किया गया – सहायता केंद्र के लिए याद-पत्र, आधिकारिक दस्तावेज़ नहीं
pdf-summary-footer = सारांश – { $name } – { $date }
pdf-summary-unnamed = (अभी नाम नहीं लिखा)
pdf-summary-applicant = आवेदक
pdf-label-name = उपनाम और नाम
pdf-label-codice-fiscale = टैक्स कोड (codice fiscale)
pdf-label-birth = जन्म तिथि और स्थान
pdf-label-citizenship = नागरिकता
pdf-label-basis = आवेदन का कानूनी आधार
pdf-label-prefecture = प्रीफ़ेक्चर (Prefettura)
pdf-label-k10 = आवेदन संख्या
pdf-label-email = ईमेल / PEC
pdf-label-phone = फ़ोन
pdf-summary-not-submitted = आवेदन अभी भेजा नहीं गया
pdf-summary-sections = अनुभागों की स्थिति
pdf-summary-sections-done = { $total } में से { $done } अनुभाग पूरे
pdf-summary-section-complete = पूरा
pdf-summary-section-incomplete = पूरा करना बाकी
pdf-summary-documents = साथ लाने वाले दस्तावेज़
pdf-summary-documents-intro = संलग्न दस्तावेज़ों की मूल प्रतियाँ लाएँ और जो दस्तावेज़ नहीं हैं उन्हें प्राप्त करें।
pdf-summary-doc-missing = प्राप्त करना है
pdf-summary-doc-exempt = ज़रूरी नहीं
pdf-summary-doc-provided = संलग्न
pdf-summary-doc-expiring = संलग्न, { $date } तक मान्य
pdf-summary-doc-expired = { $date } को समाप्त: नवीनीकरण ज़रूरी
pdf-summary-deadlines = समय-सीमाएँ
pdf-summary-no-deadlines = लिखी गई जानकारी से कोई समय-सीमा नहीं निकलती।
pdf-summary-col-deadline = क्या समाप्त होता है
pdf-summary-col-date = तारीख़
pdf-summary-col-when = कब
pdf-summary-deadline-past = पहले ही समाप्त
pdf-summary-deadline-in-days = { $days ->
    [0] आज
    [one] कल
   *[other] { $days } दिनों में
}
pdf-summary-deadline-criminal-record = आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) ({ $country }): जारी होने से 6 महीने तक मान्य
pdf-summary-deadline-permit = निवास परमिट (permesso di soggiorno)
pdf-summary-deadline-passport = विदेशी दस्तावेज़ ({ $document })
pdf-summary-deadline-id-card = इतालवी पहचान पत्र (carta d'identità)
pdf-summary-disclaimer = यह सारांश ऐप्लिकेशन में लिखी गई जानकारी से बनाया गया है और प्रीफ़ेक्चर तथा गृह मंत्रालय के पोर्टल के निर्देशों की जगह नहीं लेता।
pdf-summary-desk-date = तारीख़: { $date }
pdf-summary-desk-operator = सहायता केंद्र का ऑपरेटर
pdf-summary-detail-year = वर्ष { $year }
pdf-summary-detail-replaces = इसके बदले: { $document }
pdf-summary-detail-contribution = 250 € का शुल्क (contributo)
pdf-summary-detail-stamp-duty = 16 € का राजस्व टिकट (marca da bollo)
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = शर्तें पूरी हैं: आप आवेदन कर सकते हैं
verdict-not-yet = अभी नहीं: आप { $date } से आवेदन कर सकेंगे
verdict-not-eligible = शर्तें पूरी नहीं हैं
verdict-borderline = संदेहपूर्ण मामला: बताए गए बिंदु जाँचें
verdict-more-information = जाँच के लिए और जानकारी चाहिए

elig-basis-missing = शर्तें जाँचने के लिए आवेदन का आधार (अनु. 5 या अनु. 9) चुनें।
elig-unreadable = फ़ील्ड { $field } पढ़ा नहीं जा सका और उस पर विचार नहीं किया गया।
elig-residence-missing = इटली में कोई निवास दर्ज नहीं है: पंजीकृत निवास (residenza anagrafica) की अवधियाँ लिखें।
elig-residence-not-current = आख़िरी दर्ज निवास { $date } को समाप्त हुआ: इटली में वर्तमान निवास ज़रूरी है।
elig-residence-gap = { $from } और { $to } के बीच निवास नहीं है: निरंतरता टूट जाती है और गिनती फिर से शुरू होती है।
elig-residence-met = { $since } से लगातार कानूनी निवास: ज़रूरी { $years } वर्ष { $date } को पूरे हो गए।
elig-residence-not-yet = { $since } से लगातार कानूनी निवास: ज़रूरी { $years } वर्ष { $date } को पूरे होंगे।
elig-descendant-rule-changed = इतालवी नागरिकों के वंशजों के लिए क़ानून 74/2025 ने अवधि 3 से घटाकर 2 वर्ष कर दी है: प्रीफ़ेक्चर (Prefettura) से पुष्टि करें।
elig-born-in-italy-unanswered = बताएँ कि आपका जन्म इटली में हुआ है या आप जन्म से इतालवी नागरिक व्यक्ति के वंशज हैं।
elig-adoption-date-missing = गोद लेने की तारीख़ लिखें: 5 वर्ष का निवास उसी तारीख़ से गिना जाता है।
elig-service-missing = इतालवी राज्य की सेवा की तारीख़ें लिखें।
elig-service-met = { $since } से राज्य की सेवा: 5 वर्ष { $date } को पूरे हो गए।
elig-service-not-yet = { $since } से राज्य की सेवा: 5 वर्ष { $date } को पूरे होंगे।
elig-service-too-short = राज्य की सेवा ({ $since } से { $date } तक) 5 वर्ष से कम रही।
elig-not-eu-citizen = अक्षर d) यूरोपीय संघ के नागरिकों के लिए है: लिखी गई नागरिकता जाँचें।
elig-refugee-status-missing = अक्षर e) शरणार्थियों और राज्यविहीन व्यक्तियों के लिए है: मान्य किया गया दर्जा बताएँ।
elig-marriage-date-missing = विवाह या सिविल यूनियन की तारीख़ लिखें।
elig-spouse-not-italian = पति/पत्नी का इतालवी नागरिक होना ज़रूरी है।
elig-spouse-citizenship-unanswered = बताएँ कि पति/पत्नी इतालवी नागरिक हैं या नहीं।
elig-separated = पति-पत्नी के क़ानूनी रूप से अलग (separazione personale) होने पर विवाह के आधार पर नागरिकता नहीं दी जा सकती।
elig-marriage-ended = विवाह आदेश (decreto) तक बना रहना चाहिए (भंग, रद्द या समाप्त नहीं)।
elig-marriage-residence-met = विवाह के बाद { $since } से इटली में कानूनी निवास: ज़रूरी { $months } महीने { $date } को पूरे हो गए।
elig-marriage-residence-not-yet = विवाह के बाद { $since } से इटली में कानूनी निवास: ज़रूरी { $months } महीने { $date } को पूरे होंगे।
elig-marriage-met = { $since } का विवाह: ज़रूरी { $months } महीने { $date } को पूरे हो गए।
elig-marriage-not-yet = { $since } का विवाह: ज़रूरी { $months } महीने { $date } को पूरे होंगे।
elig-children-halve-period = दंपति से जन्मे या गोद लिए गए बच्चे होने पर ज़रूरी अवधि आधी हो जाती है।
elig-no-income-requirement = विवाह के आधार पर नागरिकता के लिए न्यूनतम आय ज़रूरी नहीं है।
elig-income-met = आय { $year }: { $income } € (न्यूनतम { $threshold } €)।
elig-income-below = आय { $year }: { $income } € न्यूनतम { $threshold } € से कम है। एक ही परिवार प्रमाणपत्र (stato di famiglia) वाले परिवार के सदस्यों की आय जोड़ी जा सकती है।
elig-income-borderline = आय { $year }: { $income } €, { $lower } € (516,00 € तक पूर्णांकित वृद्धि) और { $threshold } € (प्रति आश्रित सदस्य 516,46 €) के बीच है: संदेहपूर्ण मामला।
elig-income-missing = { $year } की आय नहीं लिखी है: आवेदन से पहले के तीन वर्षों की आय चाहिए।
elig-consider-basis = अनु. 9 के अक्षर { $letter }) के साथ { $years } वर्ष का निवास काफ़ी है।
elig-residence-gap-cancelled = निवास { $from } से { $to } तक बाधित रहा (पंजीकरण रद्द हुआ और फिर बहाल हुआ): लगातार निवास { $to } के नए पंजीकरण से गिना जाता है।
elig-residence-gap-abroad = { $from } से { $to } तक आप विदेश में रहे: लगातार निवास आपकी वापसी, यानी { $to }, से गिना जाता है।
elig-residence-gap-other = निवास { $from } से { $to } तक बाधित रहा: लगातार निवास { $to } से गिना जाता है।
elig-presence-proof = अगर उस अवधि में ({ $from } से { $to } तक) आप इटली में ही रहते रहे, तो प्रीफ़ेक्चर (Prefettura) लगातार मौजूदगी का सबूत स्वीकार कर सकता है: किराए या नौकरी के अनुबंध, वेतन पर्चियाँ, मेडिकल या फ़ैमिली डॉक्टर के प्रमाणपत्र। यह पक्का नहीं है: अपने प्रीफ़ेक्चर से पूछें।
elig-subsidiary-protection = सहायक संरक्षण (protezione sussidiaria) के परमिट के साथ अक्षर e) लागू नहीं होता (सिर्फ़ शरणार्थी और राज्यविहीन व्यक्ति): अक्षर f) लागू होता है, 10 साल के निवास के साथ, और जन्म व आपराधिक रिकॉर्ड प्रमाणपत्रों से शरणार्थियों वाली छूट (atto notorio) नहीं मिलती। अक्षर f) चुनें।
elig-marriage-separation = { $date } से अलगाव: पति-पत्नी के क़ानूनी अलगाव (separazione personale) के साथ विवाह के आधार पर नागरिकता नहीं दी जा सकती।
elig-marriage-divorce = { $date } को तलाक़: विवाह डिक्री (decreto) तक बना रहना चाहिए।
elig-marriage-annulment = { $date } को विवाह रद्द हुआ: विवाह डिक्री (decreto) तक बना रहना चाहिए।
elig-marriage-spouse-death = पति/पत्नी की मृत्यु { $date } को हुई: विवाह समाप्त हो गया और विवाह के आधार पर नागरिकता अब संभव नहीं है; प्रीफ़ेक्चर (Prefettura) से पुष्टि करें।
elig-marriage-separation-pending = { $date } को अलगाव, आवेदन भेजने ({ $submitted }) के बाद: आवेदन लंबित रहते अस्वीकृति की संभावना है। प्रीफ़ेक्चर (Prefettura) को सूचित करें और किसी सहायता केंद्र (patronato) या वकील से सलाह लें।
elig-marriage-ended-pending =
    { $event ->
        [divorce] तलाक़
        [annulment] विवाह रद्द होना
       *[other] पति/पत्नी की मृत्यु
    } { $date } को, आवेदन भेजने ({ $submitted }) के बाद: विवाह के आधार पर नागरिकता अब नहीं दी जा सकती; प्रीफ़ेक्चर (Prefettura) को सूचित करें।
elig-income-household =
    { $year } में परिवार: { $spouse ->
        [yes] आश्रित पति/पत्नी
       *[no] कोई आश्रित पति/पत्नी नहीं
    }, अन्य आश्रित परिजन: { $others }।
elig-family-income-not-household = { $name } की { $year } की आय: एक ही परिवार रजिस्टर (stato di famiglia) में नहीं है, इसलिए जोड़ी नहीं जा सकती।
elig-family-income-household-unanswered = { $name } की { $year } की आय: बताएँ कि क्या वे एक ही परिवार रजिस्टर (stato di famiglia) में हैं (तभी आय जोड़ी जा सकती है)।

checklist-state-missing = नहीं है
checklist-state-exempt = ज़रूरी नहीं
checklist-state-provided = संलग्न
checklist-state-expiring = { $date } को समाप्त हो रहा है
checklist-state-expired = { $date } को समाप्त हो गया
checklist-detail-country = { $country }
checklist-detail-year = वर्ष { $year }
checklist-detail-replaces-birth-certificate = जन्म प्रमाणपत्र (atto di nascita) के बदले
checklist-detail-replaces-criminal-record = आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) के बदले
checklist-detail-contribution = 250 € का शुल्क (contributo)
checklist-detail-stamp-duty = 16 € का राजस्व टिकट (marca da bollo)
checklist-exempt-eu-citizen = यूरोपीय संघ के नागरिकों के पास निवास परमिट (permesso di soggiorno) नहीं होता।
checklist-exempt-living-abroad = विदेश में रहने वालों के लिए ज़रूरी नहीं।
checklist-exempt-born-in-italy = इटली में जन्मे लोगों के लिए ज़रूरी नहीं।
checklist-exempt-atto-notorio = शरणार्थियों और राज्यविहीन व्यक्तियों के लिए इसकी जगह शपथ-पत्र (atto notorio) दिया जाता है।
checklist-exempt-before-14 = उनके लिए ज़रूरी नहीं जो 14 वर्ष की आयु से पहले इटली में पंजीकृत हुए और तब से वहीं रहते हैं।
checklist-exempt-eu-long-term-permit = छूट: दीर्घकालिक निवासियों के लिए EU परमिट धारक।
checklist-exempt-integration-agreement = छूट: एकीकरण समझौते (accordo di integrazione) पर हस्ताक्षर करने वाले।
checklist-exempt-no-income = उस वर्ष कोई आय घोषित नहीं की गई।

phase-draft = मसौदा
phase-submitted = आवेदन भेजा गया
phase-accepted = स्वीकार (K10 नंबर)
phase-submission-rejected = प्रीफ़ेक्चर (Prefettura) ने आवेदन लौटा दिया
phase-preliminary-assessment = जाँच (istruttoria)
phase-ten-bis-notice = अस्वीकृति की पूर्व-सूचना (preavviso di rigetto, अनु. 10-bis)
phase-prefecture-opinion = प्रीफ़ेक्चर की राय (parere)
phase-decree = नागरिकता देने का आदेश (decreto di concessione)
phase-rejected = अस्वीकृति का आदेश (decreto di rigetto)
phase-inadmissible = अस्वीकार्यता (inammissibilità)
phase-notification = आधिकारिक सूचना (notifica)
phase-oath = शपथ (giuramento)
phase-citizen = इतालवी नागरिक
phase-state-done = पूरा
phase-state-current = जारी
phase-state-future = करना बाकी

deadline-today = आज
deadline-tomorrow = कल
deadline-days-left = { $days } दिनों में
deadline-days-ago = { $days } दिन पहले
deadline-urgent = अत्यावश्यक
deadline-non-working-judicial = { $date } को { $day } है: क़ानून के अनुसार समय-सीमा { $moved } तक खिसक जाती है (art. 155 c.p.c., art. 52 c.p.a.)। सुझाई गई सुरक्षित तारीख़: { $safe }।
deadline-non-working-administrative = { $date } को { $day } है: आम तौर पर समय-सीमा { $moved } तक खिसक जाती है (art. 2963 c.c.), लेकिन प्रशासनिक समय-सीमाओं के लिए यह पक्का नहीं है। सुझाई गई सुरक्षित तारीख़: { $safe }।
holiday-easter-sunday = ईस्टर
holiday-easter-monday = ईस्टर सोमवार (Pasquetta)
holiday-national = राष्ट्रीय सार्वजनिक छुट्टी
holiday-saturday = शनिवार
holiday-sunday = रविवार
deadline-criminal-record-expiry = आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) { $subject } की समाप्ति
deadline-criminal-record-expiry-desc = आपराधिक रिकॉर्ड प्रमाणपत्र जारी होने की तारीख़ ({ $from }) से 6 महीने तक मान्य रहता है: आवेदन { $date } तक भेजना होगा, नहीं तो नया प्रमाणपत्र चाहिए।
deadline-ten-bis-response = अस्वीकृति की पूर्व-सूचना (preavviso di rigetto) संख्या { $subject } का जवाब
deadline-ten-bis-response-desc = पूर्व-सूचना { $from } को मिली: दस्तावेज़ या टिप्पणियाँ { $date } तक प्रीफ़ेक्चर (Prefettura) को प्रमाणित ईमेल (PEC) से भेजें।
deadline-tar-appeal = प्रशासनिक न्यायालय (TAR) में अपील का आख़िरी दिन
deadline-tar-appeal-desc = { $from } की आधिकारिक सूचना (notifica) से 60 दिन। समय रहते किसी वकील से मिलें।
deadline-president-appeal = गणराज्य के राष्ट्रपति के पास असाधारण अपील (ricorso straordinario) का आख़िरी दिन
deadline-president-appeal-desc = { $from } की आधिकारिक सूचना से 120 दिन, TAR में अपील के विकल्प के रूप में।
deadline-reapply-from = आज से आप नया आवेदन कर सकते हैं
deadline-reapply-from-desc = अस्वीकृति के आदेश (decreto di rigetto) के बाद आवेदन आधिकारिक सूचना ({ $from }) के एक वर्ष बाद फिर से किया जा सकता है; अस्वीकार्यता के बाद, तुरंत।
deadline-oath = शपथ (giuramento) का आख़िरी दिन
deadline-oath-desc = शपथ आदेश (decreto) की आधिकारिक सूचना ({ $from }) से 6 महीने के भीतर लेनी होगी। अपनी नगरपालिका (Comune) से समय लें।
deadline-processing-limit = प्रक्रिया पूरी होने की समय-सीमा
deadline-processing-limit-desc = आवेदन { $from } को भेजा गया: प्रशासन को { $date } तक निर्णय लेना होगा (24 महीने; 20/12/2020 से पहले भेजे गए आवेदनों के लिए 48; अस्वीकृति की पूर्व-सूचनाएँ समय-सीमा को रोक देती हैं)।
deadline-processing-limit-extended = प्रक्रिया की बढ़ाई गई अधिकतम समय-सीमा
deadline-processing-limit-extended-desc = आवेदन { $from } को भेजा गया: विस्तार के साथ समय-सीमा { $date } तक है (36 महीने)।
calendar-name = नागरिकता – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = पोर्टल
portal-title = पोर्टल और सिंक
portal-address = पोर्टल: { $url } (सेटिंग्स में बदला जा सकता है)
portal-signed-in-as = { $email } के रूप में लॉग इन ({ $role })
portal-email = ईमेल
portal-password = पासवर्ड
portal-register = खाता बनाएँ
portal-register-hint = सहायता केंद्रों को ऑपरेटर खाता पोर्टल चलाने वाले से मिलता है।
portal-credentials-required = ईमेल और पासवर्ड लिखें।
portal-sync-now = अभी सिंक करें
portal-syncing = सिंक हो रहा है…
portal-sync-uploads = { $count ->
    [one] एक दस्तावेज़ अपलोड होना बाकी
   *[other] { $count } दस्तावेज़ अपलोड होना बाकी
}
portal-offline = पोर्टल तक पहुँचा नहीं जा सकता: आपके बदलाव यहाँ सहेजे गए हैं और कतार में हैं, अगले सिंक में भेजे जाएँगे।
portal-last-sync = आख़िरी सिंक: { $time }
portal-never-synced = अभी तक कोई सिंक नहीं हुआ।
portal-open-unnamed = बिना नाम का आवेदन
portal-status-unknown = पोर्टल पर इस आवेदन की स्थिति अभी उपलब्ध नहीं है: जब पोर्टल उपलब्ध हो तब रीफ़्रेश करें।
portal-not-sent = यह आवेदन अभी पोर्टल पर नहीं है: “अभी सिंक करें” इसे मसौदे के रूप में भेजता है।
portal-status-line = स्थिति: { $status }
portal-k10 = K10 नंबर: { $k10 }
portal-communications = सूचनाएँ
portal-no-communications = प्रीफ़ेक्चर (Prefettura) से कोई सूचना नहीं।
portal-deadline-left = { $date } तक जवाब दें ({ $days } दिन बाकी)
portal-deadline-passed = जवाब देने की समय-सीमा { $date } को समाप्त हो गई
portal-refresh-status = स्थिति रीफ़्रेश करें
portal-submit = आवेदन भेजें
portal-submit-confirm = आवेदन प्रीफ़ेक्चर को भेजें? भेजने के बाद इसमें बदलाव नहीं किया जा सकता।
portal-submit-yes = हाँ, भेजें
portal-submitted = आवेदन भेज दिया गया। K10 नंबर: { $k10 }
portal-conflict-title = { $name }: पोर्टल पर भी बदलाव
portal-conflict-help = ये अनुभाग यहाँ भी और पोर्टल पर भी बदले गए। हर एक के लिए चुनें कि कौन-सा संस्करण रखना है।
portal-conflict-field = { $field }: मेरा “{ $mine }”, पोर्टल का “{ $theirs }”
portal-conflict-more = … और { $count } फ़ील्ड
portal-conflict-apply = मेरे चुनाव लागू करें
portal-value-yes = हाँ
portal-value-no = नहीं
portal-associate-title = आवेदन जोड़ें (Associa pratica)
portal-associate-help = पहले भेजा गया आवेदन (जैसे किसी सहायता केंद्र द्वारा) अपने खाते से जोड़ें। सारी जानकारी आवेदन से मेल खानी चाहिए।
portal-associate-surname = उपनाम
portal-associate-name = नाम
portal-associate-birth-date = जन्म तिथि (DD/MM/YYYY)
portal-associate-previous-email = आवेदन में दिया गया ईमेल
portal-associate-k10 = K10 नंबर (जैसे K10/0000001)
portal-associate-required = यह फ़ील्ड भरें।
portal-associate = जोड़ें
portal-upload-waiting = अपलोड करना है: { $name }
portal-upload-failed = “{ $name }” अपलोड नहीं हुआ: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] किसी दूसरे आवेदक का एक दस्तावेज़ अपलोड नहीं हुआ: कारण देखने के लिए उस आवेदक को खोलें।
   *[other] दूसरे आवेदकों के { $count } दस्तावेज़ अपलोड नहीं हुए: कारण देखने के लिए उन आवेदकों को खोलें।
}
portal-field-file-name = फ़ाइल का नाम
portal-field-file-content = फ़ाइल की सामग्री
portal-procedure-draft-started = आवेदन शुरू हुआ
portal-procedure-k10 = K10 नंबर
portal-procedure-submission-rejected = प्रीफ़ेक्चर ने भेजा गया आवेदन लौटाया
portal-procedure-assessment-started = जाँच (istruttoria) शुरू हुई
portal-procedure-ten-bis = पूर्व-सूचना (preavviso, अनु. 10-bis)
portal-procedure-opinion = प्रीफ़ेक्चर की राय (parere)
portal-procedure-opinion-favourable = अनुकूल
portal-procedure-opinion-unfavourable = प्रतिकूल
portal-procedure-certificates = आपराधिक रिकॉर्ड प्रमाणपत्र (certificati penali)
portal-upload-damaged = दस्तावेज़ “{ $name }” इस कंप्यूटर के डेटा फ़ोल्डर में ख़राब है (अखंडता जाँच मेल नहीं खाती) और अपलोड नहीं किया गया। इसे फिर से इम्पोर्ट करें।
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = दस्तावेज़
nav-eligibility = क्या मैं आवेदन कर सकता/सकती हूँ?
documents-no-applicant = दस्तावेज़ देखने के लिए किसी आवेदक को खोलें।
documents-title = { $name } के दस्तावेज़
documents-progress = { $total } में से { $ready } तैयार
documents-file-missing = फ़ाइल अब सुरक्षित भंडार में नहीं है: इसे फिर से जोड़ें।
documents-file-damaged = सुरक्षित भंडार में फ़ाइल ख़राब हो गई है: इसे फिर से जोड़ें।
documents-drop-target = फ़ाइल यहाँ खींचकर छोड़ें: यह "{ $item }" में जाएगी।
documents-drop-nothing = कोई दस्तावेज़ कम नहीं है: यहाँ छोड़ी गई फ़ाइल किसी भी मद में नहीं जाएगी।
documents-check = फ़ाइलें जाँचें
documents-checking = जाँच हो रही है…
documents-check-ok =
    { $count ->
        [one] फ़ाइल सही-सलामत है।
       *[other] सभी { $count } फ़ाइलें सही-सलामत हैं।
    }
documents-check-bad =
    { $count ->
        [one] एक फ़ाइल ग़ायब है या ख़राब है: सूची में उस पर निशान लगा है।
       *[other] { $count } फ़ाइलें ग़ायब हैं या ख़राब हैं: सूची में उन पर निशान लगा है।
    }
documents-no-dialog = इस कंप्यूटर पर फ़ाइल चुनने की विंडो नहीं खुल सकती। फ़ाइल का पूरा पाथ लिखें (या उसे इस स्क्रीन पर खींचकर छोड़ें)।
documents-typed-path = फ़ाइल का पाथ, उदाहरण के लिए /home/anna/scans/passport.pdf
documents-use-typed-path = यह फ़ाइल संलग्न करें
documents-typed-path-not-found = "{ $path }" पर कोई फ़ाइल नहीं है: पाथ जाँचें।
documents-no-save-dialog = इस कंप्यूटर पर सहेजने की विंडो नहीं खुल सकती। लिखें कि प्रति कहाँ सहेजनी है (फ़ाइल के नाम सहित पूरा पाथ)।
documents-typed-destination = प्रति का पाथ, उदाहरण के लिए /home/anna/passport.pdf
documents-typed-destination-invalid = "{ $path }" में सहेजा नहीं जा सकता: फ़ोल्डर मौजूद होना चाहिए और फ़ाइल का नाम लिखा होना चाहिए।
file-dialog-no-save-dialog = इस कंप्यूटर पर सहेजने की विंडो नहीं खुल सकती। लिखें कि फ़ाइल कहाँ सहेजनी है (फ़ाइल के नाम सहित पूरा पाथ)।
file-dialog-save-placeholder = पूरा पाथ, जैसे { $example }
file-dialog-save-here = यहाँ सहेजें
file-dialog-no-folder-dialog = इस कंप्यूटर पर फ़ोल्डर चुनने की विंडो नहीं खुल सकती। फ़ोल्डर का पूरा पाथ लिखें।
file-dialog-folder-placeholder = फ़ोल्डर का पूरा पाथ
file-dialog-folder-not-found = "{ $path }" पर कोई फ़ोल्डर नहीं है: पाथ जाँचें।
file-dialog-use-folder = यह फ़ोल्डर इस्तेमाल करें
documents-add-file = फ़ाइल जोड़ें
documents-replace-file = फ़ाइल बदलें
documents-open = खोलें
documents-export = एक्सपोर्ट करें…
documents-remove = हटाएँ
documents-confirm-remove = हमेशा के लिए हटाएँ
documents-cancel = रद्द करें
documents-exported = { $path } में सहेजा गया
documents-days-left = { $days } दिन बाकी
documents-criminal-record-validity = आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) जारी होने की तारीख़ से 6 महीने तक मान्य रहता है: नया प्रमाणपत्र माँगें।
documents-issue-date-required = जारी करने की तारीख़ (प्रमाणपत्र इस तारीख़ से 6 महीने तक मान्य है)
documents-issue-date-future = जारी करने की तारीख़ भविष्य की नहीं हो सकती।
documents-country-required = प्रमाणपत्र जारी करने वाले देश का नाम लिखें।
documents-edit-issue-date = जारी करने की तारीख़…
documents-edit-issue-date-label = दस्तावेज़ जारी करने की तारीख़
documents-save-issue-date = तारीख़ सहेजें
documents-error-temp = दस्तावेज़ की निजी अस्थायी प्रति नहीं लिखी जा सकी।
documents-error-viewer = कोई भी प्रोग्राम दस्तावेज़ नहीं खोल सका। “एक्सपोर्ट करें…” इस्तेमाल करें और प्रति ख़ुद खोलें।
eligibility-title = क्या मैं आवेदन कर सकता/सकती हूँ?
eligibility-from-draft = खुले आवेदन से भरा गया। यहाँ किए गए बदलाव आवेदन को नहीं बदलते।
eligibility-stand-alone = नीचे दिए सवालों के जवाब दें: कुछ भी सहेजा नहीं जाता।
eligibility-reload-draft = आवेदन से मान फिर से लें
eligibility-basis = कानूनी आधार
eligibility-born-in-italy = इटली में जन्म (अगर आप जन्म से इतालवी नागरिक व्यक्ति के वंशज हैं तो ख़ाली छोड़ें)
eligibility-adoption-date = गोद लेने की तारीख़
eligibility-service-from = इतालवी राज्य की सेवा में कब से
eligibility-service-to = कब तक (अगर अभी भी सेवा में हैं तो ख़ाली)
eligibility-eu-citizen = यूरोपीय संघ के किसी देश के नागरिक
eligibility-refugee-status = स्थिति
eligibility-marriage-date = विवाह या सिविल यूनियन की तारीख़
eligibility-spouse-italian = पति/पत्नी इतालवी नागरिक हैं
eligibility-children = दंपति से जन्मे या गोद लिए गए बच्चे
eligibility-separated = क़ानूनी रूप से अलग (separato/a)
eligibility-missing-title = जाँच से पहले भरना ज़रूरी:
eligibility-marriage-ended = विवाह भंग, रद्द या समाप्त
eligibility-residence = इटली में पंजीकृत निवास (residenza anagrafica)
eligibility-from = से
eligibility-to-or-empty = तक (अगर अभी भी वहीं रहते हैं तो ख़ाली)
eligibility-period-from = निवास अवधि { $n } की शुरुआत
eligibility-period-to = निवास अवधि { $n } का अंत
eligibility-income = प्रति वर्ष कर योग्य आय (आवेदक और परिवार)
eligibility-year = कर वर्ष
eligibility-amount = यूरो में राशि
eligibility-income-year-of = कर वर्ष “{ $year }”
eligibility-income-of = { $year } की आय
eligibility-dependent-spouse = पति/पत्नी आश्रित (a carico) हैं
eligibility-other-dependants = परिवार के अन्य आश्रित सदस्य (बच्चे, माता-पिता …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = जनवरी
editor-calendar-month-2 = फ़रवरी
editor-calendar-month-3 = मार्च
editor-calendar-month-4 = अप्रैल
editor-calendar-month-5 = मई
editor-calendar-month-6 = जून
editor-calendar-month-7 = जुलाई
editor-calendar-month-8 = अगस्त
editor-calendar-month-9 = सितंबर
editor-calendar-month-10 = अक्टूबर
editor-calendar-month-11 = नवंबर
editor-calendar-month-12 = दिसंबर
editor-calendar-mon = सो
editor-calendar-tue = मं
editor-calendar-wed = बु
editor-calendar-thu = गु
editor-calendar-fri = शु
editor-calendar-sat = श
editor-calendar-sun = र
editor-calendar-keys = Alt+↓ कैलेंडर खोलता है · तीर: दिन · Page Up/Down: महीना (Shift: वर्ष) · Enter: चुनें · Esc: बंद करें
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = समय-सीमाएँ
nav-pdf = PDF बनाएँ
timeline-title = आवेदन की प्रगति और समय-सीमाएँ
timeline-intro = तारीख़ें जैसे-जैसे आएँ, लिखते जाएँ: चरण और समय-सीमाएँ अपने आप अपडेट होती हैं। तारीख़ें आवेदन के साथ सहेजी जाती हैं।
timeline-no-applicant = पहले किसी आवेदक को खोलें।
timeline-deadlines = आने वाली समय-सीमाएँ
timeline-no-deadlines = कोई आने वाली समय-सीमा नहीं।
timeline-phases = चरण
timeline-events = प्रक्रिया की तारीख़ें
timeline-field-submitted = आवेदन भेजने की तारीख़
timeline-field-accepted = प्रीफ़ेक्चर (Prefettura) द्वारा स्वीकार (K10 नंबर) की तारीख़
timeline-field-ten-bis-received = अस्वीकृति की पूर्व-सूचना (preavviso di rigetto, अनु. 10-bis) मिलने की तारीख़
timeline-field-ten-bis-days = पूर्व-सूचना का जवाब देने के दिन (अगर 10 नहीं हैं)
timeline-field-ten-bis-answered = पूर्व-सूचना का जवाब भेजने की तारीख़
timeline-field-prefecture-opinion = प्रीफ़ेक्चर की राय (parere) की तारीख़
timeline-field-decree = आदेश (decreto) की तारीख़
timeline-field-decree-outcome = आदेश का परिणाम
timeline-field-inadmissible = आवेदन अस्वीकार्य (inammissibile) घोषित होने की तारीख़
timeline-field-notified = आदेश की आधिकारिक सूचना (notifica) की तारीख़
timeline-field-oath = शपथ (giuramento) की तारीख़
timeline-outcome-granted = नागरिकता दी गई
timeline-outcome-rejected = अस्वीकृत
timeline-days-invalid = 1 से 365 के बीच दिनों की संख्या लिखें।
timeline-export-ics = कैलेंडर में एक्सपोर्ट करें (.ics)
timeline-exported = कैलेंडर { $path } में सहेजा गया।
timeline-export-failed = कैलेंडर सहेजा नहीं जा सका: { $detail }
timeline-calendar-name = नागरिकता – { $name }
timeline-notice-title = अस्वीकृति की पूर्व-सूचना (अनु. 10-bis) संख्या { $number }
timeline-notice-add = पूर्व-सूचना जोड़ें (अनु. 10-bis)
timeline-notice-remove = पूर्व-सूचना हटाएँ
timeline-notice-confirm-remove = पूर्व-सूचना संख्या { $number } और उसकी तारीख़ें हटाएँ?
timeline-notice-remove-confirm = हाँ, हटाएँ
timeline-notice-due = { $date } तक जवाब दें ({ $left })
timeline-notice-answered = जवाब { $date } को भेजा गया: इस पूर्व-सूचना की कोई समय-सीमा बाकी नहीं।
timeline-notice-no-date = जवाब कब तक देना है यह देखने के लिए वह दिन लिखें जब सूचना मिली।
timeline-notice-decided = आवेदन पर निर्णय हो चुका है: इस पूर्व-सूचना की कोई समय-सीमा नहीं।
timeline-field-draft-started = आवेदन शुरू करने की तारीख़
timeline-field-planned-submission = भेजने की नियोजित तारीख़
timeline-k10-invalid = आवेदन संख्या { $number } मान्य नहीं है: { $error }
timeline-field-submission-rejected = प्रीफ़ेक्चर द्वारा भेजा गया आवेदन लौटाने (ठीक करके फिर भेजना है) की तारीख़
timeline-field-assessment-started = जाँच (istruttoria) शुरू होने की तारीख़ (अगर स्वीकार वाले दिन से अलग हो)
timeline-field-opinion-outcome = राय का परिणाम
timeline-opinion-favourable = अनुकूल
timeline-opinion-unfavourable = प्रतिकूल
timeline-not-given = — नहीं बताया —
pdf-screen-title = PDF बनाएँ
pdf-screen-intro = दस्तावेज़ चुनें: आवेदन की जानकारी पहले से भरी है, जो बाकी है उसे पूरा करें। PDF केवल वहीं सहेजा जाता है जहाँ आप चुनें, या आवेदन के संग्रह में एन्क्रिप्ट करके।
pdf-screen-no-applicant = पहले किसी आवेदक को खोलें।
pdf-screen-member = भरण-पोषण करने वाला परिवार का सदस्य
pdf-screen-member-placeholder = परिवार का सदस्य चुनें
pdf-screen-missing = { $count ->
    [one] एक ज़रूरी जानकारी नहीं है (* से चिह्नित)।
   *[other] { $count } ज़रूरी जानकारियाँ नहीं हैं (* से चिह्नित)।
}
pdf-screen-field-required = ज़रूरी फ़ील्ड।
pdf-screen-field-invalid = मान मान्य नहीं है।
pdf-screen-fill-missing = दस्तावेज़ बनाने से पहले चिह्नित फ़ील्ड पूरे करें।
pdf-screen-choose = चुनें…
pdf-screen-generate = बनाएँ
pdf-screen-ready = दस्तावेज़ तैयार है: इसे सहेजें या संग्रह में रखें।
pdf-screen-save-as = इस नाम से सहेजें…
pdf-screen-saved = PDF { $path } में सहेजा गया।
pdf-screen-save-failed = PDF सहेजा नहीं जा सका: { $detail }
pdf-screen-keep = संग्रह में रखें
pdf-screen-pec-save = PEC ड्राफ़्ट सहेजें (.eml)
pdf-screen-pec-copy = PEC का टेक्स्ट कॉपी करें
pdf-screen-pec-copied = PEC (प्रमाणित ई-मेल) का विषय और टेक्स्ट क्लिपबोर्ड पर कॉपी किया गया।
err-pec-name-missing = PEC (प्रमाणित ई-मेल) के लिए उपनाम और नाम ज़रूरी हैं (खंड 2)।
err-pec-write = PEC (प्रमाणित ई-मेल) संदेश लिखा नहीं जा सका।
pdf-screen-kept = PDF आवेदन के दस्तावेज़ों में (एन्क्रिप्ट करके) रखा गया।
# --- end timeline and pdf screens ---

# संस्करण, प्रतियाँ और स्थानांतरण (संस्करण स्क्रीन; आवेदकों की सूची में इम्पोर्ट)
nav-history = संस्करण और प्रतियाँ
history-title = संस्करण, प्रतियाँ और स्थानांतरण
history-versions = सहेजे गए संस्करण
history-version = संस्करण { $version } · { $time } को सहेजा गया · 12 में से { $done } अनुभाग पूरे
history-current = वर्तमान संस्करण
history-restore = वापस लाएँ
history-confirm-restore = संस्करण { $version } वापस लाएँ? वर्तमान मसौदा सूची में बना रहेगा और बाद में उसे भी वापस लाया जा सकता है।
history-restore-confirm = हाँ, वापस लाएँ
history-restored = संस्करण { $version } वापस लाया गया: अब यही वर्तमान मसौदा है।
history-copy = प्रति
history-copy-intro = उसी जानकारी और दस्तावेज़ों के साथ एक नया आवेदक बनाता है (K10 नंबर और इतिहास के बिना), जैसे पति/पत्नी के लिए या अस्वीकृति के बाद नए आवेदन के लिए।
history-duplicate = इस आवेदन की प्रति बनाएँ
history-export = एन्क्रिप्टेड फ़ाइल में एक्सपोर्ट करें
history-export-intro = इस आवेदक को (सभी संस्करण और दस्तावेज़) पासफ़्रेज़ से एन्क्रिप्ट की गई फ़ाइल में सहेजता है, ताकि उसे दूसरे कंप्यूटर या सहायता केंद्र पर ले जाया जा सके। पासफ़्रेज़ अलग से बताएँ, फ़ाइल के साथ कभी नहीं।
history-passphrase = फ़ाइल का पासफ़्रेज़
history-passphrase-repeat = पासफ़्रेज़ दोबारा लिखें
history-passphrase-mismatch = दोनों पासफ़्रेज़ मेल नहीं खाते।
history-export-typed-path = फ़ाइल का पाथ, उदाहरण के लिए /media/usb/rossi.cittadinanza
history-export-button = एक्सपोर्ट करें…
history-exporting = एक्सपोर्ट हो रहा है…
history-exported = आवेदक { $path } में एक्सपोर्ट किया गया।
history-file-stem = आवेदक
applicants-import = फ़ाइल से इम्पोर्ट करें…
applicants-import-file = "{ $file }" इम्पोर्ट करें
applicants-import-passphrase = फ़ाइल का पासफ़्रेज़
applicants-import-no-dialog = इस कंप्यूटर पर फ़ाइल चुनने की विंडो नहीं खुल सकती। इम्पोर्ट करने वाली .cittadinanza फ़ाइल का पूरा पाथ लिखें।
applicants-import-typed-path = फ़ाइल का पाथ, उदाहरण के लिए /media/usb/rossi.cittadinanza
applicants-import-confirm = इम्पोर्ट करें

# --- drafts from newer versions ---
editor-newer-version = यह आवेदन ऐप के नए संस्करण से सहेजा गया था: { $count } मान समझे नहीं गए और यहाँ नहीं दिखाए गए ({ $values })। सहेजा गया संस्करण इतिहास में सुरक्षित है: उन्हें वापस पाने के लिए ऐप अपडेट करें।
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = इस संलग्नक में जारी करने की तारीख़ अनुभाग 8 में लिखी तारीख़ ({ $date }) से अलग है, और छह महीने की वैधता अनुभाग 8 वाली तारीख़ से गिनी जाती है: संलग्नक या अनुभाग 8 ठीक करें।
err-not-a-count = एक पूर्ण संख्या लिखें (उदाहरण के लिए 2)।
err-unknown-prefecture = सूची से प्रीफ़ेक्चर (Prefettura) चुनें: यह उसी प्रांत का होना चाहिए जिसमें आप रहते हैं।
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = आपके पास दीर्घकालिक निवासियों के लिए EU निवास परमिट (permesso di soggiorno UE per soggiornanti di lungo periodo) है: B1 प्रमाणपत्र संलग्न करने के बजाय आप ऊपर “दीर्घकालिक EU परमिट धारक” चुनकर छूट की घोषणा कर सकते हैं।
hint-subsidiary-protection-letter-f = आपका परमिट सहायक संरक्षण (protezione sussidiaria) के लिए है: अक्षर e) सिर्फ़ शरणार्थियों और राज्यविहीन व्यक्तियों के लिए है। अक्षर f) (10 साल) चुनें; जन्म और आपराधिक रिकॉर्ड प्रमाणपत्र जमा करने होंगे।
hint-residence-gap-proof = निवास नए पंजीकरण से गिना जाता है। अगर इस बीच आप इटली में रहे, तो अनुबंध, वेतन पर्चियाँ और मेडिकल प्रमाणपत्र संभालकर रखें: प्रीफ़ेक्चर (Prefettura) इन्हें लगातार मौजूदगी के सबूत के रूप में स्वीकार कर सकता है।
hint-family-income-not-household = जो आपके परिवार रजिस्टर (stato di famiglia) में नहीं है, वह अपनी आय आपकी आय में नहीं जोड़ सकता: यह राशि नहीं गिनी जाती।
hint-marriage-event = विवाह के आधार पर नागरिकता के लिए विवाह बिना अलगाव के डिक्री (decreto) तक बना रहना चाहिए: योग्यता जाँच देखें।
hint-criminal-record-expires-before-planned = यह आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale) भेजने की नियोजित तारीख़ से पहले समाप्त हो जाता है (समय-सीमाएँ देखें): पहले भेजें या नया प्रमाणपत्र लें।
# --- end hints ---

# --- upload progress ---
portal-upload-progress = { $name } अपलोड हो रहा है: { $total } में से { $sent }
# --- end upload progress ---
# Insert nav-glossary after nav-settings (## navigation) and the block below after the
# theme-* lines, as lang-a does in i18n/it.
nav-glossary = शब्दावली

## शब्दावली
glossary-title = शब्दावली
glossary-intro = इतालवी सरकारी कामकाज के वे शब्द जो आपको आवेदन में और प्रीफ़ेक्चर के पत्रों में मिलेंगे, संक्षेप में समझाए गए। पत्रों में इतालवी मूल शब्द ही लिखा होता है।
glossary-italian = इतालवी में: { $term }
glossary-prefettura = प्रीफ़ेक्चर
glossary-prefettura-desc = प्रांत में राज्य का कार्यालय जो नागरिकता का आवेदन लेता है, उसकी जाँच करता है और निर्णय की सूचना देता है।
glossary-comune = नगरपालिका
glossary-comune-desc = शहर या कस्बे का प्रशासन: यह निवासियों का रजिस्टर (anagrafe) रखता है, प्रमाणपत्र जारी करता है और शपथ का आयोजन करता है।
glossary-codice-fiscale = टैक्स कोड
glossary-codice-fiscale-desc = 16 अक्षरों का कोड जो इटली में कर विभाग और सरकारी कार्यालयों के सामने हर व्यक्ति की पहचान करता है।
glossary-residenza-anagrafica = पंजीकृत निवास
glossary-residenza-anagrafica-desc = जिस नगरपालिका में आप रहते हैं, उसके निवासी रजिस्टर में आपका नाम दर्ज होना। नागरिकता के लिए केवल पंजीकृत निवास गिना जाता है, केवल इटली में रहना नहीं।
glossary-permesso-di-soggiorno = निवास परमिट
glossary-permesso-di-soggiorno-desc = पुलिस कार्यालय (Questura) द्वारा जारी दस्तावेज़ जो गैर-यूरोपीय नागरिक को इटली में रहने की अनुमति देता है।
glossary-permesso-ue-lungo-periodo = दीर्घकालिक निवासियों के लिए EU परमिट
glossary-permesso-ue-lungo-periodo-desc = उन लोगों के लिए असीमित अवधि का निवास परमिट जो कम से कम पाँच वर्ष से इटली में क़ानूनी रूप से रह रहे हैं; इससे भाषा प्रमाणपत्र से छूट मिलती है।
glossary-questura = पुलिस कार्यालय
glossary-questura-desc = प्रांत में राज्य पुलिस का कार्यालय जो निवास परमिट जारी और नवीनीकृत करता है।
glossary-atto-notorio = शपथ-पत्र
glossary-atto-notorio-desc = किसी सरकारी अधिकारी के सामने शपथ लेकर दी गई घोषणा; शरणार्थियों और राज्यविहीन व्यक्तियों के लिए यह जन्म प्रमाणपत्र की जगह लेती है।
glossary-nucleo-familiare = परिवार (घर के सदस्य)
glossary-nucleo-familiare-desc = जनसंख्या रजिस्टर में एक ही परिवार के रूप में दर्ज लोग (“stato di famiglia”); उनकी आय आवेदक की आय में जोड़ी जा सकती है।
glossary-reddito-imponibile = कर योग्य आय
glossary-reddito-imponibile-desc = वह आय जिस पर कर दिया जाता है, जो आयकर रिटर्न या Certificazione Unica में लिखी होती है।
glossary-certificato-penale = आपराधिक रिकॉर्ड प्रमाणपत्र
glossary-certificato-penale-desc = जन्म के देश और निवास वाले देशों का आपराधिक रिकॉर्ड प्रमाणपत्र; जारी होने से छह महीने तक मान्य।
glossary-marca-da-bollo = राजस्व टिकट
glossary-marca-da-bollo-desc = 16 € का टिकट जो तंबाकू की दुकान (tabaccheria) से या ऑनलाइन ख़रीदा जाता है; आवेदन में उसका कोड लिखा जाता है।
glossary-pagopa = pagoPA
glossary-pagopa-desc = सरकारी प्रशासन को भुगतान करने की प्रणाली; इससे 250 € का शुल्क दिया जाता है और IUV कोड मिलता है।
glossary-autocertificazione = स्व-घोषणा
glossary-autocertificazione-desc = हस्ताक्षर की हुई घोषणा जो किसी प्रमाणपत्र की जगह लेती है; झूठी घोषणा करना आपराधिक अपराध है।
glossary-spid = SPID (डिजिटल पहचान)
glossary-spid-desc = डिजिटल पहचान जिससे गृह मंत्रालय के पोर्टल और अन्य ऑनलाइन सरकारी सेवाओं में लॉग इन किया जाता है।
glossary-pec = प्रमाणित ईमेल
glossary-pec-desc = क़ानूनी मान्यता वाला ईमेल, पावती के साथ रजिस्टर्ड डाक की तरह।
glossary-numero-k10 = K10 नंबर
glossary-numero-k10-desc = वह फ़ाइल नंबर जो प्रीफ़ेक्चर स्वीकार किए गए आवेदन को देता है; हर पत्राचार में इसका उल्लेख करें।
glossary-preavviso-di-rigetto = अस्वीकृति की पूर्व-सूचना
glossary-preavviso-di-rigetto-desc = वह पत्र (अनु. 10-bis) जिससे प्रीफ़ेक्चर बताता है कि वह आवेदन अस्वीकार करना चाहता है: आप बताई गई समय-सीमा के भीतर दस्तावेज़ों और टिप्पणियों के साथ जवाब दे सकते हैं।
glossary-decreto = नागरिकता देने का आदेश
glossary-decreto-desc = वह आदेश जिससे नागरिकता दी जाती है; इसकी आधिकारिक सूचना नगरपालिका या प्रीफ़ेक्चर देता है।
glossary-giuramento = शपथ
glossary-giuramento-desc = गणराज्य के प्रति निष्ठा की शपथ, जो आदेश की सूचना के छह महीने के भीतर नगरपालिका में ली जाती है: उसी दिन से आप इतालवी नागरिक हैं।
