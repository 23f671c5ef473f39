# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = بھیجنے سے پہلے دوبارہ پڑھیں
review-intro = بارہ حصوں کے تمام جوابات، جیسے آپ نے دیے تھے۔ جو کمی ہے یا جسے درست کرنا ہے وہ سب سے اوپر ہے؛ "تبدیل کریں" آپ کو اس خانے تک لے جاتا ہے۔
review-missing =
    { $count ->
        [one] ایک معلومات کم ہے یا اسے درست کرنا ہے:
       *[other] کل { $count } معلومات کم ہیں یا انہیں درست کرنا ہے:
    }
review-nothing-missing = کچھ بھی کم نہیں: تمام حصے مکمل ہیں۔
review-change = تبدیل کریں
review-no-answers = اس حصے میں کوئی جواب نہیں۔
review-answers = جوابات، حصہ بہ حصہ
review-yes = ہاں

## Sections
section-legal-basis = درخواست کی قانونی بنیاد
section-personal = ذاتی معلومات
section-birth-certificate = پیدائش کا سرٹیفکیٹ (atto di nascita)
section-entry-stay = داخلہ اور قیام
section-residences = اٹلی میں رہائش
section-family = خاندان
section-income = آمدنی
section-judicial = کریمنل ریکارڈ
section-language = اطالوی زبان کا علم
section-payments = ادائیگیاں
section-documents = دستاویزات
section-consent = اقرار نامے اور جمع کرانا

## Choices
choice-yes = ہاں
choice-no = نہیں
basis-art5-italy = دفعہ 5 – اطالوی شہری سے شادی، اٹلی میں رہائش
basis-art5-abroad = دفعہ 5 – اطالوی شہری سے شادی، بیرونِ ملک رہائش
basis-art9-a = دفعہ 9 c.1 a) – اٹلی میں پیدائش یا پیدائشی شہری کی اولاد
basis-art9-b = دفعہ 9 c.1 b) – اطالوی شہری کا گود لیا ہوا بالغ
basis-art9-c = دفعہ 9 c.1 c) – اطالوی ریاست کی خدمت
basis-art9-d = دفعہ 9 c.1 d) – یورپی یونین کا شہری
basis-art9-e = دفعہ 9 c.1 e) – بے وطن شخص یا پناہ گزین
basis-art9-f = دفعہ 9 c.1 f) – کم از کم 10 سال کی قانونی رہائش
refugee-status-refugee = پناہ گزین
refugee-status-stateless = بے وطن
sex-male = مرد
sex-female = عورت
marital-single = غیر شادی شدہ
marital-married = شادی شدہ
marital-civil-union = سول یونین (unione civile)
marital-separated = علیحدہ (separato/a)
marital-divorced = طلاق یافتہ
marital-widowed = بیوہ/رنڈوا
legalisation-apostille = اپوسٹل (Apostille)
legalisation-consular = قونصلر تصدیق (legalizzazione consolare)
legalisation-exempt = مستثنیٰ (بین الاقوامی معاہدہ)
permit-eu-long-term = طویل مدتی رہائشیوں کا EU اجازت نامہ (permesso UE per soggiornanti di lungo periodo)
permit-work = کام
permit-family = خاندانی وجوہات
permit-study = تعلیم
permit-asylum = پناہ (asilo)
permit-subsidiary-protection = ذیلی تحفظ (protezione sussidiaria)
permit-eu-registration = قیام کی تصدیق (attestazione di soggiorno، EU شہری)
permit-other = دیگر
relationship-spouse = شوہر/بیوی
relationship-child = بیٹا/بیٹی
relationship-parent = والد/والدہ
relationship-sibling = بھائی/بہن
relationship-other-relative = دوسرا رشتہ دار
relationship-other = دیگر
income-source-cu = Certificazione Unica
income-source-730 = فارم 730 (Modello 730)
income-source-unico = Modello Redditi
income-source-none = کوئی آمدنی ظاہر نہیں کی گئی
gap-reason-cancelled-reregistered = اندراج منسوخ ہوا اور پھر بحال ہوا
gap-reason-lived-abroad = میں بیرونِ ملک رہا/رہی
gap-reason-other = کوئی اور وجہ
exemption-none = کوئی استثنا نہیں: B1 سرٹیفکیٹ
exemption-eu-long-term-permit = طویل مدتی EU اجازت نامے کا حامل
exemption-integration-agreement = انضمام کے معاہدے (accordo di integrazione) پر دستخط کیے ہیں
exemption-italian-qualification = اطالوی اسکول یا یونیورسٹی کی سند
doc-birth-certificate = پیدائش کا سرٹیفکیٹ (atto di nascita)
doc-criminal-record = کریمنل ریکارڈ سرٹیفکیٹ (certificato penale)
doc-identity-document = شناختی دستاویز
doc-residence-permit = رہائشی اجازت نامہ (permesso di soggiorno)
doc-codice-fiscale = ٹیکس کوڈ (codice fiscale)
doc-language-certificate = اطالوی زبان کا سرٹیفکیٹ
doc-income-statement = انکم ٹیکس گوشوارہ
doc-payment-receipt = ادائیگی کی رسید
doc-marriage-certificate = نکاح/شادی کا سرٹیفکیٹ (atto di matrimonio)
doc-atto-notorio = حلف نامہ (atto notorio)
doc-other = دوسری دستاویز

## Fields: 1 legal basis
field-legal-basis-basis = قانونی بنیاد
field-legal-basis-prefecture = متعلقہ پریفیکچر (Prefettura)
field-legal-basis-art9a-born-in-italy = اٹلی میں پیدائش (ورنہ: پیدائشی شہری کی اولاد)
field-legal-basis-adoption-date = گود لینے کی تاریخ
field-legal-basis-state-service-employer = سرکاری ادارہ جہاں خدمت انجام دی
field-legal-basis-state-service-from = خدمت کا آغاز
field-legal-basis-state-service-to = خدمت کا اختتام
field-legal-basis-refugee-or-stateless = پناہ گزین یا بے وطن
field-legal-basis-status-recognised-on = حیثیت تسلیم ہونے کی تاریخ

## Fields: 2 personal data
field-personal-surname = خاندانی نام
field-personal-name = نام
field-personal-birth-surname = پیدائش کے وقت خاندانی نام (اگر مختلف ہو)
field-personal-sex = جنس
field-personal-birth-date = تاریخِ پیدائش
field-personal-birth-place-town = جائے پیدائش
field-personal-birth-place-province = پیدائش کا صوبہ (صرف اٹلی)
field-personal-birth-place-country = پیدائش کا ملک
field-personal-citizenships = موجودہ شہریتیں
field-personal-codice-fiscale = ٹیکس کوڈ (codice fiscale)
field-personal-residence-street = رہائش کا پتا
field-personal-residence-house-number = مکان نمبر
field-personal-residence-postcode = پوسٹ کوڈ (CAP)
field-personal-residence-municipality = رہائش کی بلدیہ (Comune)
field-personal-residence-province = صوبہ
field-personal-email = ای میل
field-personal-phone = فون
field-personal-marital-status = ازدواجی حیثیت

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = سرٹیفکیٹ جاری کرنے والا ادارہ
field-birth-certificate-act-number = سرٹیفکیٹ نمبر
field-birth-certificate-issue-date = اجرا کی تاریخ
field-birth-certificate-legalisation = تصدیق (legalizzazione)
field-birth-certificate-legalisation-date = تصدیق کی تاریخ
field-birth-certificate-translated = اطالوی میں ترجمہ شدہ (یا کثیر لسانی فارم)
field-birth-certificate-replaced-by-atto-notorio = حلف نامے (atto notorio) سے تبدیل کیا گیا (پناہ گزین اور بے وطن افراد)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = اٹلی میں پہلے داخلے کی تاریخ
field-entry-stay-permit-type = رہائشی اجازت نامے (permesso di soggiorno) کی قسم
field-entry-stay-permit-number = اجازت نامے کا نمبر
field-entry-stay-permit-issuer = جاری کرنے والا پولیس دفتر (Questura)
field-entry-stay-permit-issue-date = اجازت نامے کے اجرا کی تاریخ
field-entry-stay-permit-expiry-date = اجازت نامے کی میعاد ختم (لامحدود ہو تو خالی چھوڑیں)
field-entry-stay-foreign-document-kind = غیر ملکی دستاویز (پاسپورٹ، شناختی کارڈ…)
field-entry-stay-foreign-document-number = دستاویز نمبر
field-entry-stay-foreign-document-issuer = جاری کنندہ
field-entry-stay-foreign-document-issue-date = اجرا کی تاریخ
field-entry-stay-foreign-document-expiry-date = میعاد ختم ہونے کی تاریخ
field-entry-stay-italian-id-card-kind = اطالوی دستاویز (اختیاری)
field-entry-stay-italian-id-card-number = اطالوی دستاویز کا نمبر
field-entry-stay-italian-id-card-issuer = جاری کرنے والی بلدیہ (Comune)
field-entry-stay-italian-id-card-issue-date = اطالوی دستاویز کے اجرا کی تاریخ
field-entry-stay-italian-id-card-expiry-date = اطالوی دستاویز کی میعاد ختم

## Fields: 5 residences
field-residences-periods = اٹلی میں رجسٹرڈ رہائش (residenza anagrafica) کے ادوار
field-residences-periods-municipality = بلدیہ (Comune)
field-residences-periods-province = صوبہ
field-residences-periods-from = سے
field-residences-periods-to = تک (اگر اب بھی وہیں ہیں تو خالی)
field-residences-periods-gap-before-reason = اس مدت سے پہلے کا وقفہ: وجہ (صرف اگر کوئی وقفہ ہو)
field-residences-registered-in-italy-before-14 = 14 سال کی عمر سے پہلے اٹلی کے آبادی رجسٹر (anagrafe) میں درج

## Fields: 6 family
field-family-spouse-surname = شریکِ حیات کا خاندانی نام
field-family-spouse-name = شریکِ حیات کا نام
field-family-spouse-birth-date = شریکِ حیات کی تاریخِ پیدائش
field-family-spouse-birth-place-town = شریکِ حیات کی جائے پیدائش
field-family-spouse-birth-place-province = شریکِ حیات کی پیدائش کا صوبہ
field-family-spouse-birth-place-country = شریکِ حیات کی پیدائش کا ملک
field-family-spouse-codice-fiscale = شریکِ حیات کا ٹیکس کوڈ (codice fiscale)
field-family-spouse-italian-citizen = شریکِ حیات اطالوی شہری ہے
field-family-spouse-marriage-date = شادی کی تاریخ
field-family-spouse-marriage-place = شادی کی جگہ
field-family-spouse-transcription-municipality = بلدیہ جہاں شادی درج (trascrizione) کی گئی
field-family-spouse-transcription-date = اندراج کی تاریخ
field-family-spouse-separation-date = علیحدگی کی تاریخ (اگر ہوئی ہو)
field-family-spouse-divorce-date = طلاق کی تاریخ (اگر ہوئی ہو)
field-family-spouse-annulment-date = شادی کی منسوخی کی تاریخ (اگر ہوئی ہو)
field-family-spouse-death-date = شریکِ حیات کی وفات کی تاریخ (اگر ہوئی ہو)
field-family-children-with-spouse = میاں بیوی کے پیدا شدہ یا گود لیے ہوئے بچے
field-family-household = گھرانے (nucleo familiare) کے افراد
field-family-household-surname = خاندانی نام
field-family-household-name = نام
field-family-household-birth-date = تاریخِ پیدائش
field-family-household-birth-place-town = جائے پیدائش
field-family-household-birth-place-province = پیدائش کا صوبہ
field-family-household-birth-place-country = پیدائش کا ملک
field-family-household-codice-fiscale = ٹیکس کوڈ (codice fiscale)
field-family-household-relationship = رشتہ
field-family-household-dependant = زیرِ کفالت (a carico)

## Fields: 7 income
field-income-years = گزشتہ تین سال کی آمدنی
field-income-years-year = ٹیکس کا سال
field-income-years-amount = قابلِ ٹیکس آمدنی (reddito imponibile، €)
field-income-years-source = ٹیکس گوشوارہ
field-income-years-dependent-spouse = اس سال زیرِ کفالت شریکِ حیات (خالی = جیسا حصہ 6 میں)
field-income-years-other-dependants = اس سال دیگر زیرِ کفالت اہلِ خانہ (تعداد؛ خالی = حصہ 6 سے، اس سال تک پیدا ہونے والوں کو گن کر)
field-income-years-family-income = ساتھ رہنے والے اہلِ خانہ کی آمدنی
field-income-years-family-income-member-name = خاندان کا فرد
field-income-years-family-income-amount = آمدنی (€)
field-income-years-family-income-source = ٹیکس گوشوارہ
field-income-years-family-income-same-household = کیا درخواست گزار والے اسی خاندانی رجسٹر (stato di famiglia) میں ہیں؟

## Fields: 8 criminal record
field-judicial-no-convictions = اٹلی یا بیرونِ ملک کوئی فوجداری سزا نہیں
field-judicial-convictions-details = سزاؤں یا مقدمات کی تفصیل
field-judicial-pending-proceedings = زیرِ سماعت فوجداری مقدمات
field-judicial-certificates = رہائش کے ممالک کے کریمنل ریکارڈ سرٹیفکیٹ (certificato penale)
field-judicial-certificates-country = ملک
field-judicial-certificates-issue-date = اجرا کی تاریخ
field-judicial-certificates-legalisation = تصدیق (legalizzazione)
field-judicial-certificates-translated = اطالوی میں ترجمہ شدہ

## Fields: 9 language
field-language-exemption = زبان کے سرٹیفکیٹ سے استثنا
field-language-certifying-body = سرٹیفکیٹ جاری کرنے والا ادارہ (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = سطح
field-language-certificate-number = سرٹیفکیٹ نمبر
field-language-certificate-date = سرٹیفکیٹ کی تاریخ

## Fields: 10 payments
field-payments-contribution-iuv = 250 € فیس (contributo): pagoPA نوٹس کوڈ / IUV
field-payments-contribution-paid-on = فیس کی ادائیگی کی تاریخ
field-payments-contribution-amount = فیس کی رقم (€)
field-payments-stamp-duty-iuv = 16 € ریونیو اسٹامپ (marca da bollo): شناختی کوڈ
field-payments-stamp-duty-paid-on = ریونیو اسٹامپ خریدنے کی تاریخ
field-payments-stamp-duty-amount = ریونیو اسٹامپ کی رقم (€)

## Fields: 12 declarations
field-consent-truthfulness = میں اقرار کرتا/کرتی ہوں کہ معلومات درست ہیں (DPR 445/2000 کی دفعات 46، 47، 75 اور 76)
field-consent-privacy = میں نے ذاتی معلومات کے استعمال سے متعلق نوٹس پڑھ لیا ہے (GDPR دفعہ 13)
field-consent-reviewed = میں نے پوری درخواست دوبارہ جانچ لی ہے
