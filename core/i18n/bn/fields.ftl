# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = পাঠানোর আগে আবার পড়ুন
review-intro = বারোটি বিভাগের সব উত্তর, আপনি যেভাবে দিয়েছেন। যা বাকি আছে বা সংশোধন করতে হবে তা সবার উপরে; "পরিবর্তন করুন" আপনাকে সেই ঘরে নিয়ে যায়।
review-missing =
    { $count ->
        [one] একটি তথ্য বাকি আছে বা সংশোধন করতে হবে:
       *[other] { $count }টি তথ্য বাকি আছে বা সংশোধন করতে হবে:
    }
review-nothing-missing = কিছুই বাকি নেই: সব বিভাগ সম্পূর্ণ।
review-change = পরিবর্তন করুন
review-no-answers = এই বিভাগে কোনো উত্তর নেই।
review-answers = উত্তরগুলি, বিভাগ অনুযায়ী
review-yes = হ্যাঁ

## Sections
section-legal-basis = আবেদনের আইনি ভিত্তি
section-personal = ব্যক্তিগত তথ্য
section-birth-certificate = জন্ম সনদ (atto di nascita)
section-entry-stay = প্রবেশ ও অবস্থান
section-residences = ইতালিতে বসবাস
section-family = পরিবার
section-income = আয়
section-judicial = অপরাধ রেকর্ড
section-language = ইতালীয় ভাষার জ্ঞান
section-payments = অর্থপ্রদান
section-documents = নথিপত্র
section-consent = ঘোষণা ও জমা দেওয়া

## Choices
choice-yes = হ্যাঁ
choice-no = না
basis-art5-italy = অনু. 5 – ইতালীয় নাগরিকের সঙ্গে বিবাহ, ইতালিতে বসবাস
basis-art5-abroad = অনু. 5 – ইতালীয় নাগরিকের সঙ্গে বিবাহ, বিদেশে বসবাস
basis-art9-a = অনু. 9 c.1 a) – ইতালিতে জন্ম বা জন্মসূত্রে নাগরিকের বংশধর
basis-art9-b = অনু. 9 c.1 b) – ইতালীয় নাগরিকের দত্তক নেওয়া প্রাপ্তবয়স্ক
basis-art9-c = অনু. 9 c.1 c) – ইতালীয় রাষ্ট্রের সেবা
basis-art9-d = অনু. 9 c.1 d) – ইউরোপীয় ইউনিয়নের নাগরিক
basis-art9-e = অনু. 9 c.1 e) – রাষ্ট্রহীন ব্যক্তি বা শরণার্থী
basis-art9-f = অনু. 9 c.1 f) – কমপক্ষে 10 বছরের বৈধ বসবাস
refugee-status-refugee = শরণার্থী
refugee-status-stateless = রাষ্ট্রহীন
sex-male = পুরুষ
sex-female = নারী
marital-single = অবিবাহিত
marital-married = বিবাহিত
marital-civil-union = সিভিল ইউনিয়ন (unione civile)
marital-separated = আলাদা থাকেন (separato/a)
marital-divorced = তালাকপ্রাপ্ত
marital-widowed = বিধবা/বিপত্নীক
legalisation-apostille = অ্যাপোস্টিল (Apostille)
legalisation-consular = কনস্যুলার বৈধকরণ (legalizzazione consolare)
legalisation-exempt = অব্যাহতিপ্রাপ্ত (আন্তর্জাতিক চুক্তি)
permit-eu-long-term = দীর্ঘমেয়াদি বাসিন্দাদের EU অনুমতিপত্র (permesso UE per soggiornanti di lungo periodo)
permit-work = কাজ
permit-family = পারিবারিক কারণ
permit-study = পড়াশোনা
permit-asylum = আশ্রয় (asilo)
permit-subsidiary-protection = সহায়ক সুরক্ষা (protezione sussidiaria)
permit-eu-registration = বসবাসের প্রত্যয়নপত্র (attestazione di soggiorno, EU নাগরিক)
permit-other = অন্যান্য
relationship-spouse = স্বামী/স্ত্রী
relationship-child = ছেলে/মেয়ে
relationship-parent = বাবা/মা
relationship-sibling = ভাই/বোন
relationship-other-relative = অন্য আত্মীয়
relationship-other = অন্যান্য
income-source-cu = Certificazione Unica
income-source-730 = ফর্ম 730 (Modello 730)
income-source-unico = Modello Redditi
income-source-none = কোনো আয় ঘোষণা করা হয়নি
gap-reason-cancelled-reregistered = নিবন্ধন বাতিল হয়ে পরে আবার পুনর্বহাল হয়েছে
gap-reason-lived-abroad = আমি বিদেশে ছিলাম
gap-reason-other = অন্য কারণ
exemption-none = কোনো অব্যাহতি নেই: B1 সনদ
exemption-eu-long-term-permit = দীর্ঘমেয়াদি EU অনুমতিপত্রধারী
exemption-integration-agreement = একীকরণ চুক্তিতে (accordo di integrazione) স্বাক্ষরকারী
exemption-italian-qualification = ইতালীয় স্কুল বা বিশ্ববিদ্যালয়ের ডিগ্রি
doc-birth-certificate = জন্ম সনদ (atto di nascita)
doc-criminal-record = অপরাধ রেকর্ড সনদ (certificato penale)
doc-identity-document = পরিচয়পত্র
doc-residence-permit = বসবাসের অনুমতিপত্র (permesso di soggiorno)
doc-codice-fiscale = কর কোড (codice fiscale)
doc-language-certificate = ইতালীয় ভাষার সনদ
doc-income-statement = আয়কর রিটার্ন
doc-payment-receipt = অর্থপ্রদানের রসিদ
doc-marriage-certificate = বিবাহ সনদ (atto di matrimonio)
doc-atto-notorio = হলফনামা (atto notorio)
doc-other = অন্য নথি

## Fields: 1 legal basis
field-legal-basis-basis = আইনি ভিত্তি
field-legal-basis-prefecture = সংশ্লিষ্ট প্রিফেকচার (Prefettura)
field-legal-basis-art9a-born-in-italy = ইতালিতে জন্ম (অন্যথায়: জন্মসূত্রে নাগরিকের বংশধর)
field-legal-basis-adoption-date = দত্তক নেওয়ার তারিখ
field-legal-basis-state-service-employer = যে সরকারি দপ্তরে সেবা দিয়েছেন
field-legal-basis-state-service-from = সেবা শুরু
field-legal-basis-state-service-to = সেবা শেষ
field-legal-basis-refugee-or-stateless = শরণার্থী বা রাষ্ট্রহীন
field-legal-basis-status-recognised-on = মর্যাদা স্বীকৃতির তারিখ

## Fields: 2 personal data
field-personal-surname = পদবি
field-personal-name = নাম
field-personal-birth-surname = জন্মের সময়ের পদবি (ভিন্ন হলে)
field-personal-sex = লিঙ্গ
field-personal-birth-date = জন্ম তারিখ
field-personal-birth-place-town = জন্মস্থান
field-personal-birth-place-province = জন্মের প্রদেশ (শুধু ইতালি)
field-personal-birth-place-country = জন্মের দেশ
field-personal-citizenships = বর্তমান নাগরিকত্ব
field-personal-codice-fiscale = কর কোড (codice fiscale)
field-personal-residence-street = বসবাসের ঠিকানা
field-personal-residence-house-number = বাড়ির নম্বর
field-personal-residence-postcode = পোস্ট কোড (CAP)
field-personal-residence-municipality = বসবাসের পৌরসভা (Comune)
field-personal-residence-province = প্রদেশ
field-personal-email = ইমেল
field-personal-phone = ফোন
field-personal-marital-status = বৈবাহিক অবস্থা

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = সনদ ইস্যুকারী কর্তৃপক্ষ
field-birth-certificate-act-number = সনদ নম্বর
field-birth-certificate-issue-date = ইস্যুর তারিখ
field-birth-certificate-legalisation = বৈধকরণ (legalizzazione)
field-birth-certificate-legalisation-date = বৈধকরণের তারিখ
field-birth-certificate-translated = ইতালীয় ভাষায় অনূদিত (বা বহুভাষিক ফর্ম)
field-birth-certificate-replaced-by-atto-notorio = হলফনামা (atto notorio) দিয়ে প্রতিস্থাপিত (শরণার্থী ও রাষ্ট্রহীন ব্যক্তি)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = ইতালিতে প্রথম প্রবেশের তারিখ
field-entry-stay-permit-type = বসবাসের অনুমতিপত্রের (permesso di soggiorno) ধরন
field-entry-stay-permit-number = অনুমতিপত্রের নম্বর
field-entry-stay-permit-issuer = ইস্যুকারী পুলিশ দপ্তর (Questura)
field-entry-stay-permit-issue-date = অনুমতিপত্র ইস্যুর তারিখ
field-entry-stay-permit-expiry-date = অনুমতিপত্রের মেয়াদ শেষ (সীমাহীন হলে খালি রাখুন)
field-entry-stay-foreign-document-kind = বিদেশি নথি (পাসপোর্ট, পরিচয়পত্র…)
field-entry-stay-foreign-document-number = নথির নম্বর
field-entry-stay-foreign-document-issuer = ইস্যুকারী
field-entry-stay-foreign-document-issue-date = ইস্যুর তারিখ
field-entry-stay-foreign-document-expiry-date = মেয়াদ শেষের তারিখ
field-entry-stay-italian-id-card-kind = ইতালীয় নথি (ঐচ্ছিক)
field-entry-stay-italian-id-card-number = ইতালীয় নথির নম্বর
field-entry-stay-italian-id-card-issuer = ইস্যুকারী পৌরসভা (Comune)
field-entry-stay-italian-id-card-issue-date = ইতালীয় নথি ইস্যুর তারিখ
field-entry-stay-italian-id-card-expiry-date = ইতালীয় নথির মেয়াদ শেষ

## Fields: 5 residences
field-residences-periods = ইতালিতে নিবন্ধিত বসবাসের (residenza anagrafica) সময়কাল
field-residences-periods-municipality = পৌরসভা (Comune)
field-residences-periods-province = প্রদেশ
field-residences-periods-from = থেকে
field-residences-periods-to = পর্যন্ত (এখনো থাকলে খালি)
field-residences-periods-gap-before-reason = এই সময়কালের আগের বিরতি: কারণ (শুধু যদি কোনো ফাঁক থাকে)
field-residences-registered-in-italy-before-14 = 14 বছর বয়সের আগে ইতালির জনসংখ্যা নিবন্ধনে (anagrafe) নিবন্ধিত

## Fields: 6 family
field-family-spouse-surname = স্বামী/স্ত্রীর পদবি
field-family-spouse-name = স্বামী/স্ত্রীর নাম
field-family-spouse-birth-date = স্বামী/স্ত্রীর জন্ম তারিখ
field-family-spouse-birth-place-town = স্বামী/স্ত্রীর জন্মস্থান
field-family-spouse-birth-place-province = স্বামী/স্ত্রীর জন্মের প্রদেশ
field-family-spouse-birth-place-country = স্বামী/স্ত্রীর জন্মের দেশ
field-family-spouse-codice-fiscale = স্বামী/স্ত্রীর কর কোড (codice fiscale)
field-family-spouse-italian-citizen = স্বামী/স্ত্রী ইতালীয় নাগরিক
field-family-spouse-marriage-date = বিবাহের তারিখ
field-family-spouse-marriage-place = বিবাহের স্থান
field-family-spouse-transcription-municipality = যে পৌরসভায় বিবাহ নথিভুক্ত (trascrizione) হয়েছে
field-family-spouse-transcription-date = নথিভুক্তির তারিখ
field-family-spouse-separation-date = বিচ্ছেদের (আলাদা থাকার) তারিখ (যদি হয়ে থাকে)
field-family-spouse-divorce-date = তালাক/বিবাহবিচ্ছেদের তারিখ (যদি হয়ে থাকে)
field-family-spouse-annulment-date = বিবাহ বাতিলের তারিখ (যদি হয়ে থাকে)
field-family-spouse-death-date = স্বামী/স্ত্রীর মৃত্যুর তারিখ (যদি হয়ে থাকে)
field-family-children-with-spouse = দম্পতির জন্ম দেওয়া বা দত্তক নেওয়া সন্তান
field-family-household = পরিবারের (nucleo familiare) সদস্য
field-family-household-surname = পদবি
field-family-household-name = নাম
field-family-household-birth-date = জন্ম তারিখ
field-family-household-birth-place-town = জন্মস্থান
field-family-household-birth-place-province = জন্মের প্রদেশ
field-family-household-birth-place-country = জন্মের দেশ
field-family-household-codice-fiscale = codice fiscale
field-family-household-relationship = সম্পর্ক
field-family-household-dependant = নির্ভরশীল (a carico)

## Fields: 7 income
field-income-years = গত তিন বছরের আয়
field-income-years-year = কর বছর
field-income-years-amount = করযোগ্য আয় (reddito imponibile, €)
field-income-years-source = কর ঘোষণা
field-income-years-dependent-spouse = সেই বছরে নির্ভরশীল স্বামী/স্ত্রী (খালি = অংশ 6-এর মতো)
field-income-years-other-dependants = সেই বছরে অন্যান্য নির্ভরশীল পরিবারের সদস্য (সংখ্যা; খালি = অংশ 6 থেকে, সেই বছরের মধ্যে জন্মানোদের গুনে)
field-income-years-family-income = একসঙ্গে বসবাসকারী পরিবারের সদস্যদের আয়
field-income-years-family-income-member-name = পরিবারের সদস্য
field-income-years-family-income-amount = আয় (€)
field-income-years-family-income-source = কর ঘোষণা
field-income-years-family-income-same-household = আবেদনকারীর একই পারিবারিক নিবন্ধনে (stato di famiglia) আছেন?

## Fields: 8 criminal record
field-judicial-no-convictions = ইতালি বা বিদেশে কোনো ফৌজদারি দণ্ড নেই
field-judicial-convictions-details = দণ্ড বা মামলার বিবরণ
field-judicial-pending-proceedings = চলমান ফৌজদারি মামলা
field-judicial-certificates = বসবাসের দেশগুলোর অপরাধ রেকর্ড সনদ (certificato penale)
field-judicial-certificates-country = দেশ
field-judicial-certificates-issue-date = ইস্যুর তারিখ
field-judicial-certificates-legalisation = বৈধকরণ (legalizzazione)
field-judicial-certificates-translated = ইতালীয় ভাষায় অনূদিত

## Fields: 9 language
field-language-exemption = ভাষা সনদ থেকে অব্যাহতি
field-language-certifying-body = সনদ প্রদানকারী প্রতিষ্ঠান (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = স্তর
field-language-certificate-number = সনদ নম্বর
field-language-certificate-date = সনদের তারিখ

## Fields: 10 payments
field-payments-contribution-iuv = 250 € ফি (contributo): pagoPA নোটিশ কোড / IUV
field-payments-contribution-paid-on = ফি পরিশোধের তারিখ
field-payments-contribution-amount = ফি-এর পরিমাণ (€)
field-payments-stamp-duty-iuv = 16 € রাজস্ব স্ট্যাম্প (marca da bollo): শনাক্তকরণ কোড
field-payments-stamp-duty-paid-on = রাজস্ব স্ট্যাম্প কেনার তারিখ
field-payments-stamp-duty-amount = রাজস্ব স্ট্যাম্পের পরিমাণ (€)

## Fields: 12 declarations
field-consent-truthfulness = আমি ঘোষণা করছি যে তথ্যগুলো সত্য (DPR 445/2000-এর অনু. 46, 47, 75 ও 76)
field-consent-privacy = আমি ব্যক্তিগত তথ্য ব্যবহারের বিজ্ঞপ্তি পড়েছি (GDPR অনু. 13)
field-consent-reviewed = আমি পুরো আবেদনটি আবার যাচাই করেছি
