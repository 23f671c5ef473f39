# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = راجِع قبل الإرسال
review-intro = كل إجابات الأقسام الاثني عشر كما قدّمتها. ما ينقص أو يجب تصحيحه يأتي أولًا؛ «تعديل» ينقلك إلى الحقل.
review-missing = { $count ->
    [one] إجابة واحدة ناقصة أو يجب تصحيحها:
   *[other] { $count } إجابات ناقصة أو يجب تصحيحها:
}
review-nothing-missing = لا ينقص شيء: كل الأقسام مكتملة.
review-change = تعديل
review-no-answers = لا توجد إجابة في هذا القسم.
review-answers = الإجابات، قسمًا قسمًا
review-yes = نعم

## Sections
section-legal-basis = أساس الطلب
section-personal = البيانات الشخصية
section-birth-certificate = شهادة الميلاد
section-entry-stay = الدخول والإقامة
section-residences = أماكن الإقامة في إيطاليا
section-family = العائلة
section-income = الدخل
section-judicial = السجل العدلي
section-language = اللغة الإيطالية
section-payments = المدفوعات
section-documents = المستندات
section-consent = الإقرارات والإرسال

## Choices
choice-yes = نعم
choice-no = لا
basis-art5-italy = المادة 5 – متزوج/ة من مواطن/ة إيطالي/ة، مقيم/ة في إيطاليا
basis-art5-abroad = المادة 5 – متزوج/ة من مواطن/ة إيطالي/ة، مقيم/ة في الخارج
basis-art9-a = المادة 9 ف.1 a) – مولود/ة في إيطاليا أو من نسل مواطن إيطالي بالولادة
basis-art9-b = المادة 9 ف.1 b) – بالغ تبنّاه مواطن إيطالي
basis-art9-c = المادة 9 ف.1 c) – الخدمة لدى الدولة الإيطالية
basis-art9-d = المادة 9 ف.1 d) – مواطن من الاتحاد الأوروبي
basis-art9-e = المادة 9 ف.1 e) – عديم الجنسية أو لاجئ
basis-art9-f = المادة 9 ف.1 f) – إقامة قانونية لمدة 10 سنوات على الأقل
refugee-status-refugee = لاجئ
refugee-status-stateless = عديم الجنسية
sex-male = ذكر
sex-female = أنثى
marital-single = أعزب/عزباء
marital-married = متزوج/ة
marital-civil-union = اتحاد مدني
marital-separated = منفصل/ة
marital-divorced = مطلّق/ة
marital-widowed = أرمل/ة
legalisation-apostille = أبوستيل (Apostille)
legalisation-consular = تصديق قنصلي
legalisation-exempt = معفى (اتفاقية)
permit-eu-long-term = تصريح إقامة أوروبي طويل الأمد (permesso UE per soggiornanti di lungo periodo)
permit-work = عمل
permit-family = أسباب عائلية
permit-study = دراسة
permit-asylum = لجوء
permit-subsidiary-protection = حماية فرعية
permit-eu-registration = شهادة إقامة (لمواطني الاتحاد الأوروبي)
permit-other = أخرى
relationship-spouse = الزوج/الزوجة
relationship-child = ابن/ابنة
relationship-parent = أب/أم
relationship-sibling = أخ/أخت
relationship-other-relative = قريب آخر
relationship-other = أخرى
income-source-cu = Certificazione Unica
income-source-730 = Modello 730
income-source-unico = Modello Redditi
income-source-none = لا يوجد دخل مُصرَّح به
gap-reason-cancelled-reregistered = شُطب التسجيل ثم أُعيد
gap-reason-lived-abroad = عشتُ في الخارج
gap-reason-other = سبب آخر
exemption-none = بدون إعفاء: شهادة B1
exemption-eu-long-term-permit = حامل تصريح إقامة أوروبي طويل الأمد
exemption-integration-agreement = موقّع على اتفاقية الاندماج (accordo di integrazione)
exemption-italian-qualification = شهادة دراسية أو جامعية إيطالية
doc-birth-certificate = شهادة الميلاد
doc-criminal-record = شهادة السوابق العدلية
doc-identity-document = وثيقة الهوية
doc-residence-permit = تصريح الإقامة (permesso di soggiorno)
doc-codice-fiscale = الرمز الضريبي (codice fiscale)
doc-language-certificate = شهادة اللغة الإيطالية
doc-income-statement = الإقرار الضريبي للدخل
doc-payment-receipt = إيصال الدفع
doc-marriage-certificate = عقد الزواج
doc-atto-notorio = Atto notorio (تصريح مشفوع باليمين)
doc-other = مستند آخر

## Fields: 1 legal basis
field-legal-basis-basis = الأساس القانوني
field-legal-basis-prefecture = المحافظة (Prefettura)
field-legal-basis-art9a-born-in-italy = مولود/ة في إيطاليا (وإلا: من نسل مواطن إيطالي بالولادة)
field-legal-basis-adoption-date = تاريخ التبنّي
field-legal-basis-state-service-employer = الإدارة العامة التي خدمت فيها
field-legal-basis-state-service-from = الخدمة من
field-legal-basis-state-service-to = الخدمة حتى
field-legal-basis-refugee-or-stateless = لاجئ أو عديم الجنسية
field-legal-basis-status-recognised-on = تاريخ الاعتراف بالوضع

## Fields: 2 personal data
field-personal-surname = اللقب (اسم العائلة)
field-personal-name = الاسم
field-personal-birth-surname = اللقب عند الولادة (إن كان مختلفًا)
field-personal-sex = الجنس
field-personal-birth-date = تاريخ الميلاد
field-personal-birth-place-town = مكان الميلاد
field-personal-birth-place-province = مقاطعة الميلاد (لإيطاليا فقط)
field-personal-birth-place-country = بلد الميلاد
field-personal-citizenships = الجنسيات الحالية
field-personal-codice-fiscale = الرمز الضريبي (codice fiscale)
field-personal-residence-street = العنوان (الشارع)
field-personal-residence-house-number = رقم المبنى
field-personal-residence-postcode = الرمز البريدي (CAP)
field-personal-residence-municipality = بلدية الإقامة (Comune)
field-personal-residence-province = المقاطعة
field-personal-email = البريد الإلكتروني
field-personal-phone = الهاتف
field-personal-marital-status = الحالة الاجتماعية

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = الجهة المُصدِرة
field-birth-certificate-act-number = رقم الوثيقة
field-birth-certificate-issue-date = تاريخ الإصدار
field-birth-certificate-legalisation = التصديق
field-birth-certificate-legalisation-date = تاريخ التصديق
field-birth-certificate-translated = مترجمة إلى الإيطالية (أو نموذج متعدد اللغات)
field-birth-certificate-replaced-by-atto-notorio = استُبدلت بـ atto notorio (للاجئين وعديمي الجنسية)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = تاريخ أول دخول إلى إيطاليا
field-entry-stay-permit-type = نوع تصريح الإقامة (permesso di soggiorno)
field-entry-stay-permit-number = رقم التصريح
field-entry-stay-permit-issuer = الـ Questura المُصدِرة
field-entry-stay-permit-issue-date = تاريخ إصدار التصريح
field-entry-stay-permit-expiry-date = انتهاء صلاحية التصريح (فارغ إن كان غير محدد المدة)
field-entry-stay-foreign-document-kind = وثيقة أجنبية (جواز سفر، بطاقة هوية…)
field-entry-stay-foreign-document-number = رقم الوثيقة
field-entry-stay-foreign-document-issuer = صادرة عن
field-entry-stay-foreign-document-issue-date = تاريخ الإصدار
field-entry-stay-foreign-document-expiry-date = تاريخ انتهاء الصلاحية
field-entry-stay-italian-id-card-kind = وثيقة إيطالية (اختياري)
field-entry-stay-italian-id-card-number = رقم الوثيقة الإيطالية
field-entry-stay-italian-id-card-issuer = البلدية المُصدِرة
field-entry-stay-italian-id-card-issue-date = تاريخ إصدار الوثيقة الإيطالية
field-entry-stay-italian-id-card-expiry-date = تاريخ انتهاء صلاحية الوثيقة الإيطالية

## Fields: 5 residences
field-residences-periods = أماكن الإقامة المسجّلة في إيطاليا (residenza anagrafica)
field-residences-periods-municipality = البلدية
field-residences-periods-province = المقاطعة
field-residences-periods-from = من
field-residences-periods-to = حتى (فارغ إن كانت الإقامة الحالية)
field-residences-periods-gap-before-reason = انقطاع قبل هذه الفترة: السبب (فقط إن وُجد)
field-residences-registered-in-italy-before-14 = مسجّل/ة كمقيم/ة في إيطاليا قبل سن 14 عامًا

## Fields: 6 family
field-family-spouse-surname = لقب الزوج/الزوجة
field-family-spouse-name = اسم الزوج/الزوجة
field-family-spouse-birth-date = تاريخ ميلاد الزوج/الزوجة
field-family-spouse-birth-place-town = مكان ميلاد الزوج/الزوجة
field-family-spouse-birth-place-province = مقاطعة ميلاد الزوج/الزوجة
field-family-spouse-birth-place-country = بلد ميلاد الزوج/الزوجة
field-family-spouse-codice-fiscale = الرمز الضريبي (codice fiscale) للزوج/الزوجة
field-family-spouse-italian-citizen = الزوج/الزوجة مواطن/ة إيطالي/ة
field-family-spouse-marriage-date = تاريخ الزواج
field-family-spouse-marriage-place = مكان الزواج
field-family-spouse-transcription-municipality = البلدية التي سُجّل فيها الزواج
field-family-spouse-transcription-date = تاريخ التسجيل
field-family-spouse-separation-date = تاريخ الانفصال (إن حصل)
field-family-spouse-divorce-date = تاريخ الطلاق (إن حصل)
field-family-spouse-annulment-date = تاريخ البطلان (إن حصل)
field-family-spouse-death-date = تاريخ وفاة الزوج/الزوجة (إن حصلت)
field-family-children-with-spouse = أطفال وُلدوا للزوجين أو تبنّياهم
field-family-household = أفراد الأسرة (nucleo familiare)
field-family-household-surname = اللقب
field-family-household-name = الاسم
field-family-household-birth-date = تاريخ الميلاد
field-family-household-birth-place-town = مكان الميلاد
field-family-household-birth-place-province = مقاطعة الميلاد
field-family-household-birth-place-country = بلد الميلاد
field-family-household-codice-fiscale = الرمز الضريبي (codice fiscale)
field-family-household-relationship = صلة القرابة
field-family-household-dependant = مُعال

## Fields: 7 income
field-income-years = دخل السنوات الثلاث الأخيرة
field-income-years-year = السنة الضريبية
field-income-years-amount = الدخل الخاضع للضريبة (reddito imponibile، €)
field-income-years-source = الإقرار الضريبي
field-income-years-dependent-spouse = زوج/زوجة مُعال في تلك السنة (فارغ = كما في القسم 6)
field-income-years-other-dependants = مُعالون آخرون في تلك السنة (عدد؛ فارغ = من القسم 6 مع احتساب المولودين حتى تلك السنة)
field-income-years-family-income = دخل أفراد الأسرة
field-income-years-family-income-member-name = فرد الأسرة
field-income-years-family-income-amount = الدخل (€)
field-income-years-family-income-source = الإقرار الضريبي
field-income-years-family-income-same-household = هل هو مسجَّل في نفس «stato di famiglia» (سجل الأسرة) مع مقدم الطلب؟

## Fields: 8 criminal record
field-judicial-no-convictions = لا توجد أحكام جنائية في إيطاليا أو في الخارج
field-judicial-convictions-details = تفاصيل الأحكام أو الإجراءات
field-judicial-pending-proceedings = إجراءات جنائية جارية
field-judicial-certificates = شهادات السوابق العدلية (certificato penale) لبلدان الإقامة
field-judicial-certificates-country = البلد
field-judicial-certificates-issue-date = تاريخ الإصدار
field-judicial-certificates-legalisation = التصديق
field-judicial-certificates-translated = مترجمة إلى الإيطالية

## Fields: 9 language
field-language-exemption = الإعفاء من شهادة اللغة
field-language-certifying-body = الجهة المانحة للشهادة (CILS، CELI، PLIDA، CERT.IT…)
field-language-level = المستوى
field-language-certificate-number = رقم الشهادة
field-language-certificate-date = تاريخ الشهادة

## Fields: 10 payments
field-payments-contribution-iuv = رسم 250 €: رمز إشعار pagoPA / IUV
field-payments-contribution-paid-on = تاريخ دفع الرسم
field-payments-contribution-amount = مبلغ الرسم (€)
field-payments-stamp-duty-iuv = طابع marca da bollo بقيمة 16 €: رمز التعريف
field-payments-stamp-duty-paid-on = تاريخ شراء marca da bollo
field-payments-stamp-duty-amount = مبلغ marca da bollo (€)

## Fields: 12 declarations
field-consent-truthfulness = أُقرّ بصحة البيانات (المواد 46 و47 و75 و76 من DPR 445/2000)
field-consent-privacy = اطّلعت على إشعار الخصوصية (المادة 13 من اللائحة العامة لحماية البيانات GDPR)
field-consent-reviewed = راجعت الطلب كاملًا
