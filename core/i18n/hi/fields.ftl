# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = भेजने से पहले दोबारा पढ़ें
review-intro = बारह खंडों के सभी उत्तर, जैसे आपने दिए थे। जो कमी है या जिसे सुधारना है, वह सबसे ऊपर है; "बदलें" आपको उस फ़ील्ड तक ले जाता है।
review-missing =
    { $count ->
        [one] एक जानकारी कम है या उसे सुधारना है:
       *[other] { $count } जानकारियाँ कम हैं या उन्हें सुधारना है:
    }
review-nothing-missing = कुछ भी कम नहीं है: सभी खंड पूरे हैं।
review-change = बदलें
review-no-answers = इस खंड में कोई उत्तर नहीं है।
review-answers = उत्तर, खंड दर खंड
review-yes = हाँ

## Sections
section-legal-basis = आवेदन का कानूनी आधार
section-personal = व्यक्तिगत विवरण
section-birth-certificate = जन्म प्रमाणपत्र (atto di nascita)
section-entry-stay = प्रवेश और निवास
section-residences = इटली में निवास
section-family = परिवार
section-income = आय
section-judicial = आपराधिक रिकॉर्ड
section-language = इतालवी भाषा का ज्ञान
section-payments = भुगतान
section-documents = दस्तावेज़
section-consent = घोषणाएँ और जमा करना

## Choices
choice-yes = हाँ
choice-no = नहीं
basis-art5-italy = अनु. 5 – इतालवी नागरिक से विवाह, इटली में निवास
basis-art5-abroad = अनु. 5 – इतालवी नागरिक से विवाह, विदेश में निवास
basis-art9-a = अनु. 9 c.1 a) – इटली में जन्म या जन्म से नागरिक व्यक्ति के वंशज
basis-art9-b = अनु. 9 c.1 b) – इतालवी नागरिक द्वारा गोद लिया गया वयस्क
basis-art9-c = अनु. 9 c.1 c) – इतालवी राज्य की सेवा
basis-art9-d = अनु. 9 c.1 d) – यूरोपीय संघ के नागरिक
basis-art9-e = अनु. 9 c.1 e) – राज्यविहीन व्यक्ति या शरणार्थी
basis-art9-f = अनु. 9 c.1 f) – कम से कम 10 वर्ष का कानूनी निवास
refugee-status-refugee = शरणार्थी
refugee-status-stateless = राज्यविहीन
sex-male = पुरुष
sex-female = महिला
marital-single = अविवाहित
marital-married = विवाहित
marital-civil-union = सिविल यूनियन (unione civile)
marital-separated = अलग रह रहे (separato/a)
marital-divorced = तलाकशुदा
marital-widowed = विधवा/विधुर
legalisation-apostille = एपोस्टिल (Apostille)
legalisation-consular = कांसुलर वैधीकरण (legalizzazione consolare)
legalisation-exempt = छूट (अंतरराष्ट्रीय समझौता)
permit-eu-long-term = दीर्घकालिक निवासियों के लिए EU परमिट (permesso UE per soggiornanti di lungo periodo)
permit-work = काम
permit-family = पारिवारिक कारण
permit-study = पढ़ाई
permit-asylum = शरण (asilo)
permit-subsidiary-protection = सहायक संरक्षण (protezione sussidiaria)
permit-eu-registration = निवास प्रमाणन (attestazione di soggiorno, EU नागरिक)
permit-other = अन्य
relationship-spouse = पति/पत्नी
relationship-child = बेटा/बेटी
relationship-parent = माता/पिता
relationship-sibling = भाई/बहन
relationship-other-relative = अन्य रिश्तेदार
relationship-other = अन्य
income-source-cu = Certificazione Unica
income-source-730 = फ़ॉर्म 730 (Modello 730)
income-source-unico = Modello Redditi
income-source-none = कोई आय घोषित नहीं
gap-reason-cancelled-reregistered = पंजीकरण रद्द हुआ और फिर बहाल हुआ
gap-reason-lived-abroad = मैं विदेश में रहा/रही
gap-reason-other = कोई और कारण
exemption-none = कोई छूट नहीं: B1 प्रमाणपत्र
exemption-eu-long-term-permit = दीर्घकालिक EU परमिट धारक
exemption-integration-agreement = एकीकरण समझौते (accordo di integrazione) पर हस्ताक्षर किए हैं
exemption-italian-qualification = इतालवी स्कूल या विश्वविद्यालय की डिग्री
doc-birth-certificate = जन्म प्रमाणपत्र (atto di nascita)
doc-criminal-record = आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale)
doc-identity-document = पहचान दस्तावेज़
doc-residence-permit = निवास परमिट (permesso di soggiorno)
doc-codice-fiscale = टैक्स कोड (codice fiscale)
doc-language-certificate = इतालवी भाषा प्रमाणपत्र
doc-income-statement = आयकर रिटर्न
doc-payment-receipt = भुगतान की रसीद
doc-marriage-certificate = विवाह प्रमाणपत्र (atto di matrimonio)
doc-atto-notorio = शपथ-पत्र (atto notorio)
doc-other = अन्य दस्तावेज़

## Fields: 1 legal basis
field-legal-basis-basis = कानूनी आधार
field-legal-basis-prefecture = संबंधित प्रीफ़ेक्चर (Prefettura)
field-legal-basis-art9a-born-in-italy = इटली में जन्म (अन्यथा: जन्म से नागरिक व्यक्ति के वंशज)
field-legal-basis-adoption-date = गोद लेने की तारीख़
field-legal-basis-state-service-employer = सरकारी विभाग जहाँ सेवा की
field-legal-basis-state-service-from = सेवा की शुरुआत
field-legal-basis-state-service-to = सेवा का अंत
field-legal-basis-refugee-or-stateless = शरणार्थी या राज्यविहीन
field-legal-basis-status-recognised-on = दर्जा मान्य होने की तारीख़

## Fields: 2 personal data
field-personal-surname = उपनाम
field-personal-name = नाम
field-personal-birth-surname = जन्म के समय उपनाम (अगर अलग हो)
field-personal-sex = लिंग
field-personal-birth-date = जन्म तिथि
field-personal-birth-place-town = जन्म स्थान
field-personal-birth-place-province = जन्म का प्रांत (केवल इटली)
field-personal-birth-place-country = जन्म का देश
field-personal-citizenships = वर्तमान नागरिकताएँ
field-personal-codice-fiscale = टैक्स कोड (codice fiscale)
field-personal-residence-street = निवास का पता
field-personal-residence-house-number = मकान नंबर
field-personal-residence-postcode = पिन कोड (CAP)
field-personal-residence-municipality = निवास की नगरपालिका (Comune)
field-personal-residence-province = प्रांत
field-personal-email = ईमेल
field-personal-phone = फ़ोन
field-personal-marital-status = वैवाहिक स्थिति

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = प्रमाणपत्र जारी करने वाला प्राधिकरण
field-birth-certificate-act-number = प्रमाणपत्र संख्या
field-birth-certificate-issue-date = जारी करने की तारीख़
field-birth-certificate-legalisation = वैधीकरण (legalizzazione)
field-birth-certificate-legalisation-date = वैधीकरण की तारीख़
field-birth-certificate-translated = इतालवी में अनुवादित (या बहुभाषी फ़ॉर्म)
field-birth-certificate-replaced-by-atto-notorio = शपथ-पत्र (atto notorio) से बदला गया (शरणार्थी और राज्यविहीन व्यक्ति)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = इटली में पहले प्रवेश की तारीख़
field-entry-stay-permit-type = निवास परमिट (permesso di soggiorno) का प्रकार
field-entry-stay-permit-number = परमिट संख्या
field-entry-stay-permit-issuer = परमिट जारी करने वाला पुलिस कार्यालय (Questura)
field-entry-stay-permit-issue-date = परमिट जारी करने की तारीख़
field-entry-stay-permit-expiry-date = परमिट की समाप्ति (असीमित हो तो खाली छोड़ें)
field-entry-stay-foreign-document-kind = विदेशी दस्तावेज़ (पासपोर्ट, पहचान पत्र…)
field-entry-stay-foreign-document-number = दस्तावेज़ संख्या
field-entry-stay-foreign-document-issuer = जारी करने वाला
field-entry-stay-foreign-document-issue-date = जारी करने की तारीख़
field-entry-stay-foreign-document-expiry-date = समाप्ति की तारीख़
field-entry-stay-italian-id-card-kind = इतालवी दस्तावेज़ (वैकल्पिक)
field-entry-stay-italian-id-card-number = इतालवी दस्तावेज़ की संख्या
field-entry-stay-italian-id-card-issuer = जारी करने वाली नगरपालिका (Comune)
field-entry-stay-italian-id-card-issue-date = इतालवी दस्तावेज़ जारी करने की तारीख़
field-entry-stay-italian-id-card-expiry-date = इतालवी दस्तावेज़ की समाप्ति

## Fields: 5 residences
field-residences-periods = इटली में पंजीकृत निवास (residenza anagrafica) की अवधियाँ
field-residences-periods-municipality = नगरपालिका (Comune)
field-residences-periods-province = प्रांत
field-residences-periods-from = से
field-residences-periods-to = तक (अगर अभी भी वहीं हैं तो खाली)
field-residences-periods-gap-before-reason = इस अवधि से पहले का अंतराल: कारण (सिर्फ़ अगर कोई अंतराल है)
field-residences-registered-in-italy-before-14 = 14 वर्ष की आयु से पहले इटली की जनसंख्या रजिस्ट्री (anagrafe) में पंजीकृत

## Fields: 6 family
field-family-spouse-surname = पति/पत्नी का उपनाम
field-family-spouse-name = पति/पत्नी का नाम
field-family-spouse-birth-date = पति/पत्नी की जन्म तिथि
field-family-spouse-birth-place-town = पति/पत्नी का जन्म स्थान
field-family-spouse-birth-place-province = पति/पत्नी के जन्म का प्रांत
field-family-spouse-birth-place-country = पति/पत्नी के जन्म का देश
field-family-spouse-codice-fiscale = पति/पत्नी का टैक्स कोड (codice fiscale)
field-family-spouse-italian-citizen = पति/पत्नी इतालवी नागरिक हैं
field-family-spouse-marriage-date = विवाह की तारीख़
field-family-spouse-marriage-place = विवाह का स्थान
field-family-spouse-transcription-municipality = नगरपालिका जहाँ विवाह दर्ज (trascrizione) किया गया
field-family-spouse-transcription-date = दर्ज करने की तारीख़
field-family-spouse-separation-date = अलगाव की तारीख़ (अगर हुआ हो)
field-family-spouse-divorce-date = तलाक़ की तारीख़ (अगर हुआ हो)
field-family-spouse-annulment-date = विवाह रद्द होने की तारीख़ (अगर हुआ हो)
field-family-spouse-death-date = पति/पत्नी की मृत्यु की तारीख़ (अगर हुई हो)
field-family-children-with-spouse = दंपति से जन्मे या गोद लिए गए बच्चे
field-family-household = परिवार (nucleo familiare) के सदस्य
field-family-household-surname = उपनाम
field-family-household-name = नाम
field-family-household-birth-date = जन्म तिथि
field-family-household-birth-place-town = जन्म स्थान
field-family-household-birth-place-province = जन्म का प्रांत
field-family-household-birth-place-country = जन्म का देश
field-family-household-codice-fiscale = codice fiscale
field-family-household-relationship = रिश्ता
field-family-household-dependant = आश्रित (a carico)

## Fields: 7 income
field-income-years = पिछले तीन वर्षों की आय
field-income-years-year = कर वर्ष
field-income-years-amount = कर योग्य आय (reddito imponibile, €)
field-income-years-source = कर घोषणा
field-income-years-dependent-spouse = उस साल आश्रित पति/पत्नी (खाली = जैसा खंड 6 में)
field-income-years-other-dependants = उस साल अन्य आश्रित परिजन (संख्या; खाली = खंड 6 से, उस साल तक जन्मे लोगों को गिनकर)
field-income-years-family-income = साथ रहने वाले परिवार के सदस्यों की आय
field-income-years-family-income-member-name = परिवार का सदस्य
field-income-years-family-income-amount = आय (€)
field-income-years-family-income-source = कर घोषणा
field-income-years-family-income-same-household = क्या आवेदक के ही परिवार रजिस्टर (stato di famiglia) में हैं?

## Fields: 8 criminal record
field-judicial-no-convictions = इटली या विदेश में कोई आपराधिक सज़ा नहीं
field-judicial-convictions-details = सज़ाओं या मुक़दमों का विवरण
field-judicial-pending-proceedings = चल रहे आपराधिक मुक़दमे
field-judicial-certificates = निवास वाले देशों के आपराधिक रिकॉर्ड प्रमाणपत्र (certificato penale)
field-judicial-certificates-country = देश
field-judicial-certificates-issue-date = जारी करने की तारीख़
field-judicial-certificates-legalisation = वैधीकरण (legalizzazione)
field-judicial-certificates-translated = इतालवी में अनुवादित

## Fields: 9 language
field-language-exemption = भाषा प्रमाणपत्र से छूट
field-language-certifying-body = प्रमाणित करने वाली संस्था (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = स्तर
field-language-certificate-number = प्रमाणपत्र संख्या
field-language-certificate-date = प्रमाणपत्र की तारीख़

## Fields: 10 payments
field-payments-contribution-iuv = 250 € का शुल्क (contributo): pagoPA सूचना कोड / IUV
field-payments-contribution-paid-on = शुल्क भुगतान की तारीख़
field-payments-contribution-amount = शुल्क की राशि (€)
field-payments-stamp-duty-iuv = 16 € का राजस्व टिकट (marca da bollo): पहचान कोड
field-payments-stamp-duty-paid-on = राजस्व टिकट ख़रीदने की तारीख़
field-payments-stamp-duty-amount = राजस्व टिकट की राशि (€)

## Fields: 12 declarations
field-consent-truthfulness = मैं घोषणा करता/करती हूँ कि जानकारी सही है (DPR 445/2000 के अनु. 46, 47, 75 और 76)
field-consent-privacy = मैंने व्यक्तिगत डेटा के उपयोग की सूचना पढ़ ली है (GDPR अनु. 13)
field-consent-reviewed = मैंने पूरे आवेदन को दोबारा जाँच लिया है
