# Cittadinanza — الواجهة العربية (كل الشاشات؛ الإيطالية لغة احتياطية).

app-title = Cittadinanza
app-subtitle = طلب الجنسية الإيطالية
app-opening = جارٍ فتح مجلد البيانات…
app-notice-dismiss = فهمت
app-closing-waiting = تُغلق النافذة بعد حفظ كل الطلبات وكل الملفات.
app-close-anyway = أغلق على أي حال (تضيع التغييرات غير المحفوظة)
common-cancel = إلغاء
settings-save-failed = تعذّر حفظ الإعدادات: { $detail }

nav-applicants = مقدّمو الطلبات
nav-home = طلبي
nav-application = الطلب
nav-settings = الإعدادات
nav-welcome = الترحيب والدليل
welcome-title = مرحبًا بك في Cittadinanza
welcome-intro = يساعد هذا التطبيق الأجانب المقيمين في إيطاليا على إعداد طلب الجنسية الإيطالية لبوابة وزارة الداخلية، ويساعد مكاتب المساعدة (patronati والجمعيات والبلديات) التي ترافق مقدّمي الطلبات.
welcome-private = يبقى كل شيء على هذا الحاسوب مشفّرًا. لا يُرسل أي شيء قبل أن تسجّل الدخول إلى البوابة.
welcome-paths = الطريقان
welcome-path-residence = بالإقامة (المادة 9): بعد مدة إقامة قانونية في إيطاليا، 10 سنوات كقاعدة عامة (4 لمواطني الاتحاد الأوروبي، 5 للاجئين وعديمي الجنسية)، مع دخل كافٍ في السنوات الثلاث الأخيرة.
welcome-path-marriage = بالزواج (المادة 5): إذا كنت متزوجًا من مواطن إيطالي أو مرتبطًا به باتحاد مدني، بعد سنتين من الإقامة في إيطاليا منذ الزواج (3 سنوات إذا كنتما تعيشان في الخارج)، وتُخفَّض إلى النصف إذا كان لديكما أطفال.
welcome-at-hand = ما يجب أن يكون في متناول يدك
welcome-have-identity = جواز السفر أو وثيقة الهوية، وتصريح الإقامة، والرمز الضريبي (codice fiscale)
welcome-have-birth = شهادة الميلاد مصدّقة (أو بأبوستيل) ومترجمة
welcome-have-record = شهادة السجل العدلي من بلد المنشأ ومن كل بلد آخر عشت فيه منذ سن 14 (صالحة 6 أشهر من تاريخ إصدارها)
welcome-have-residence = العناوين التي سكنت فيها في إيطاليا مع تواريخها
welcome-have-income = دخلك في السنوات الثلاث الأخيرة (CU أو 730 أو Unico؛ لطريق الإقامة فقط)
welcome-have-language = شهادة اللغة الإيطالية بمستوى B1، ما لم تكن معفى منها
welcome-eligibility-title = هل يمكنني تقديم الطلب؟
welcome-eligibility-hint = بضعة أسئلة تخبرك هل يمكنك تقديم الطلب الآن أو متى يمكنك ذلك.
welcome-eligibility = تحقّق الآن
welcome-who-title = من يستخدم التطبيق؟
welcome-who-hint = يمكنك تغيير ذلك لاحقًا في الإعدادات (وضع مكتب المساعدة).
welcome-myself = لنفسي
welcome-help-desk = أنا مكتب مساعدة
nav-glossary = مسرد المصطلحات

applicants-title = مقدّمو الطلبات
applicants-my-application = طلبي
applicants-search = البحث بالاسم أو الرمز الضريبي أو رقم K10
applicants-show-archived = إظهار المؤرشفة
applicants-showing = عرض { $shown } من { $total }: ابحث بالاسم أو الرمز الضريبي أو رقم K10 لتضييق القائمة.
applicants-show-more = عرض { $count } أخرى
applicants-new = مقدّم طلب جديد
applicants-empty = لم يتم العثور على أي طلب.
applicants-start = بدء طلب جديد
applicants-unnamed = (بدون اسم)
applicants-last-saved = حُفظ في { $time }
applicants-archived = مؤرشف
applicants-progress = { $done } من { $total } أقسام مكتملة
applicants-open = فتح
applicants-archive = أرشفة
applicants-unarchive = استعادة
applicants-delete = حذف
applicants-confirm-delete = هل تريد حذف طلب { $name } ومستنداته نهائيًا؟
applicants-delete-confirm = نعم، احذف

editor-section-complete = القسم مكتمل
editor-section-incomplete = القسم غير مكتمل
editor-saving = جارٍ الحفظ…
editor-unsaved = تغييرات غير محفوظة
editor-saved-at = حُفظ الساعة { $time }
editor-not-saved-yet = لم يُحفظ بعد
editor-back = مقدّمو الطلبات →
editor-save = حفظ
editor-previous = → القسم السابق
editor-next = القسم التالي ←
editor-add-row = + إضافة
editor-remove-row = إزالة
editor-attachments = المستندات المرفقة
editor-no-attachments = لا توجد مستندات مرفقة.
editor-issued-on = صدر في { $date }
editor-attach-new = إرفاق مستند
editor-attach-kind = نوع المستند
editor-attach-issue-date = تاريخ الإصدار (عند الحاجة)
editor-attach-country = البلد (شهادات السوابق العدلية)
editor-attach-choose-file = اختيار الملف…
editor-choose-kind-first = اختر نوع المستند أولًا.
placeholder-date = يوم/شهر/سنة
placeholder-comma-list = مفصولة بفواصل
placeholder-choose = اختر…
editor-prefecture-propose = اقتراح: محافظة { $name } (إقليم الإقامة)
editor-consulate-label = المكتب القنصلي المختص (الإقامة في الخارج)
editor-consulate-placeholder = مثلًا Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = اكتب اسم المكتب القنصلي الإيطالي المختص بمكان إقامتك كما يظهر على موقع السفارة أو القنصلية: لا يحتوي التطبيق على قائمة بالقنصليات. ستُوجَّه المستندات إلى هذا المكتب.

settings-title = الإعدادات
settings-language = اللغة
settings-theme = المظهر
settings-text-scale = حجم النص: { $percent }٪
settings-data-folder = مجلد البيانات
settings-choose-folder = اختيار مجلد…
settings-default-folder = المجلد الافتراضي
settings-restart-needed = سيُستخدم المجلد الجديد عند التشغيل التالي.
settings-portal-url = عنوان البوابة
settings-help-desk = وضع مكتب المساعدة (عدة مقدّمي طلبات)
settings-help-desk-hint = للجمعيات والمكاتب التي تساعد عدة أشخاص. عند إيقافه، يعرض التطبيق طلبك فقط.
theme-light = فاتح
theme-dark = داكن
theme-high-contrast = تباين عالٍ

## Glossary
glossary-title = مسرد المصطلحات
glossary-intro = كلمات الإدارة الإيطالية التي تصادفها في الطلب وفي رسائل المحافظة، مع شرح موجز. الأصل الإيطالي هو ما تستعمله الرسائل.
glossary-italian = بالإيطالية: { $term }
glossary-prefettura = المحافظة
glossary-prefettura-desc = مكتب الدولة في المقاطعة الذي يتسلّم طلب الجنسية ويدرسه ويبلّغ القرارات.
glossary-comune = البلدية
glossary-comune-desc = إدارة المدينة أو البلدة: تمسك سجلّ السكان وتصدر الشهادات وتنظّم أداء اليمين.
glossary-codice-fiscale = الرمز الضريبي
glossary-codice-fiscale-desc = الرمز المكوّن من 16 حرفًا الذي يعرّف كل شخص لدى مصلحة الضرائب والمكاتب العامة في إيطاليا.
glossary-residenza-anagrafica = الإقامة المسجّلة
glossary-residenza-anagrafica-desc = التسجيل في سجلّ السكان لدى بلدية مكان السكن. للجنسية لا تُحتسب إلا الإقامة المسجّلة، لا مجرّد الوجود في إيطاليا.
glossary-permesso-di-soggiorno = تصريح الإقامة
glossary-permesso-di-soggiorno-desc = الوثيقة التي تصدرها الـ Questura وتسمح لمواطن من خارج الاتحاد الأوروبي بالبقاء في إيطاليا.
glossary-permesso-ue-lungo-periodo = تصريح إقامة الاتحاد الأوروبي طويل الأمد
glossary-permesso-ue-lungo-periodo-desc = تصريح إقامة غير محدد المدة لمن يقيم في إيطاليا إقامة قانونية منذ خمس سنوات على الأقل؛ يعفي من شهادة اللغة.
glossary-questura = مديرية الشرطة
glossary-questura-desc = مكتب شرطة الدولة في المقاطعة الذي يصدر تصاريح الإقامة ويجدّدها.
glossary-atto-notorio = تصريح مشفوع باليمين
glossary-atto-notorio-desc = إقرار يُؤدّى باليمين أمام موظف عمومي؛ يحلّ محلّ شهادة الميلاد للاجئين وعديمي الجنسية.
glossary-nucleo-familiare = الأسرة المسجّلة
glossary-nucleo-familiare-desc = الأشخاص المسجّلون كأسرة واحدة في سجلّ السكان (الـ "stato di famiglia")؛ يمكن جمع دخلهم مع دخل مقدّم الطلب.
glossary-reddito-imponibile = الدخل الخاضع للضريبة
glossary-reddito-imponibile-desc = الدخل الذي تُدفع عليه الضرائب، كما يظهر في الإقرار الضريبي أو في الـ Certificazione Unica.
glossary-certificato-penale = شهادة السوابق العدلية
glossary-certificato-penale-desc = شهادة السوابق الجنائية من بلد الميلاد وبلدان الإقامة؛ صالحة ستة أشهر من تاريخ إصدارها.
glossary-marca-da-bollo = الطابع الضريبي
glossary-marca-da-bollo-desc = طابع بقيمة 16 € يُشترى من محلّ التبغ أو عبر الإنترنت؛ يُذكر رمزه في الطلب.
glossary-pagopa = pagoPA
glossary-pagopa-desc = نظام الدفع للإدارة العامة؛ به يُدفع رسم 250 € ويُحصل على رمز IUV.
glossary-autocertificazione = الإقرار الذاتي
glossary-autocertificazione-desc = تصريح موقّع يحلّ محلّ شهادة؛ والتصريح الكاذب جريمة يعاقب عليها القانون.
glossary-spid = SPID (الهوية الرقمية)
glossary-spid-desc = الهوية الرقمية للدخول إلى بوابة وزارة الداخلية وإلى الخدمات العامة الأخرى عبر الإنترنت.
glossary-pec = البريد الإلكتروني المصدّق
glossary-pec-desc = بريد إلكتروني له قيمة قانونية، مثل رسالة مسجّلة بإشعار استلام.
glossary-numero-k10 = رقم K10
glossary-numero-k10-desc = رقم الملف الذي تمنحه المحافظة للطلب المقبول؛ اذكره في كل مراسلة.
glossary-preavviso-di-rigetto = إشعار مسبق بالرفض
glossary-preavviso-di-rigetto-desc = الرسالة (المادة 10-bis) التي تعلن بها المحافظة أنها تنوي رفض الطلب: يمكنك الردّ بوثائق وملاحظات خلال المهلة المذكورة.
glossary-decreto = مرسوم منح الجنسية
glossary-decreto-desc = القرار الذي تُمنح به الجنسية؛ تبلّغه البلدية أو المحافظة.
glossary-giuramento = أداء اليمين
glossary-giuramento-desc = وعد الولاء للجمهورية، يُؤدّى في البلدية خلال ستة أشهر من تبليغ المرسوم: من ذلك اليوم تصبح مواطنًا إيطاليًا.

unlock-title = فتح مجلد البيانات
unlock-explanation = بياناتك مشفّرة بعبارة المرور التي اخترتها لهذا المجلد. اكتبها لفتح المجلد.
unlock-passphrase = عبارة المرور
unlock-open = فتح
unlock-create-title = اختر عبارة مرور
unlock-create-explanation = ستُشفَّر بياناتك بعبارة مرور تكتبها عند كل تشغيل. يجب أن تتكوّن من { $min } أحرف على الأقل؛ العبارة المكوّنة من عدة كلمات أسهل للتذكّر وأكثر أمانًا.
unlock-keyring-unavailable = سلسلة مفاتيح النظام غير متاحة، لذلك تُحمى البيانات بعبارة مرور.
unlock-details = التفاصيل
unlock-details-hide = إخفاء التفاصيل
unlock-repeat = أعد كتابة عبارة المرور
unlock-min-length = { $min } أحرف على الأقل.
unlock-strength-too-short = قصيرة جدًا: يلزم { $min } أحرف على الأقل.
unlock-strength-weak = ضعيفة: أضف كلمات أو أرقامًا أو رموزًا.
unlock-strength-fair = مقبولة.
unlock-strength-strong = قوية.
unlock-no-recovery = تنبيه: إذا نسيت عبارة المرور فلا يمكن لأحد استعادة البيانات. اكتبها واحفظها في مكان آمن.
unlock-mismatch = عبارتا المرور غير متطابقتين.
unlock-create = إنشاء ومتابعة

# --- portal screen ---
nav-portal = البوابة
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = المستندات
nav-eligibility = هل يمكنني التقديم؟
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = يناير
editor-calendar-month-2 = فبراير
editor-calendar-month-3 = مارس
editor-calendar-month-4 = أبريل
editor-calendar-month-5 = مايو
editor-calendar-month-6 = يونيو
editor-calendar-month-7 = يوليو
editor-calendar-month-8 = أغسطس
editor-calendar-month-9 = سبتمبر
editor-calendar-month-10 = أكتوبر
editor-calendar-month-11 = نوفمبر
editor-calendar-month-12 = ديسمبر
editor-calendar-mon = إث
editor-calendar-tue = ثل
editor-calendar-wed = أر
editor-calendar-thu = خم
editor-calendar-fri = جم
editor-calendar-sat = سب
editor-calendar-sun = أح
editor-calendar-keys = Alt+↓ يفتح التقويم · الأسهم: اليوم · Page Up/Down: الشهر (مع Shift: السنة) · Enter: اختيار · Esc: إغلاق
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = المواعيد النهائية
nav-pdf = إنشاء PDF
# --- end timeline and pdf screens ---

# النسخ والنسخ المكررة والنقل
nav-history = النسخ والنسخ المكررة
history-title = النسخ والنسخ المكررة والنقل
history-versions = النسخ المحفوظة
history-version = النسخة { $version } · حُفظت في { $time } · { $done } من 12 قسمًا مكتملة
history-current = النسخة الحالية
history-restore = استعادة
history-confirm-restore = استعادة النسخة { $version }؟ تبقى المسودة الحالية في القائمة ويمكن استعادتها بدورها.
history-restore-confirm = نعم، استعادة
history-restored = تمت استعادة النسخة { $version }: أصبحت الآن المسودة الحالية.
history-copy = نسخة
history-copy-intro = ينشئ مقدم طلب جديدًا بالبيانات والوثائق نفسها (دون رقم K10 ودون السجل)، مثلًا للزوج أو لطلب جديد بعد الرفض.
history-duplicate = تكرار هذا الطلب
history-export = التصدير إلى ملف مشفّر
history-export-intro = يحفظ مقدم الطلب هذا (كل النسخ والوثائق) في ملف مشفّر بعبارة مرور، لنقله إلى حاسوب أو مكتب مساعدة آخر. أرسل عبارة المرور على حدة، وليس مع الملف أبدًا.
history-passphrase = عبارة مرور الملف
history-passphrase-repeat = أعد كتابة عبارة المرور
history-passphrase-mismatch = عبارتا المرور غير متطابقتين.
history-export-typed-path = مسار الملف، مثلًا /media/usb/rossi.cittadinanza
history-export-button = تصدير…
history-exporting = جارٍ التصدير…
history-exported = تم تصدير مقدم الطلب إلى { $path }.
history-file-stem = مقدم-الطلب
applicants-import = استيراد من ملف…
applicants-import-file = استيراد "{ $file }"
applicants-import-passphrase = عبارة مرور الملف
applicants-import-no-dialog = لا يمكن فتح نافذة اختيار الملفات على هذا الحاسوب. اكتب المسار الكامل لملف ‎.cittadinanza‎ المراد استيراده.
applicants-import-typed-path = مسار الملف، مثلًا /media/usb/rossi.cittadinanza
applicants-import-confirm = استيراد

# --- drafts from newer versions ---
editor-newer-version = حُفظ هذا الطلب بإصدار أحدث من التطبيق: لم تُفهم { $count } من القيم ولا تظهر هنا ({ $values }). تبقى النسخة المحفوظة كما هي في السجل: حدّث التطبيق لاستعادتها.
# --- end drafts from newer versions ---

# --- completed translations ---
error-internal = حدث خطأ داخلي. لم تُمسّ البيانات المحفوظة سابقًا.
placeholder-amount = 12345.67
err-cf-empty = أدخل الرمز الضريبي (codice fiscale).
err-cf-length = يتكوّن الرمز الضريبي من 16 حرفًا؛ وهذا يتكوّن من { $found }.
err-cf-character = الحرف رقم { $position } ("{ $character }") غير مسموح به في هذا الموضع من الرمز الضريبي.
err-cf-check-letter = يجب أن يكون الحرف الأخير (حرف التحقق) { $expected } وليس { $found }: تحقّق من نسخ الرمز بشكل صحيح.
err-cf-month = "{ $found }" ليس حرفًا صالحًا للشهر (A B C D E H L M P R S T).
err-cf-day = اليوم { $day } غير موجود في الشهر { $month } (بالنسبة للنساء يُضاف 40 إلى اليوم).
err-cf-unknown-place = لا توجد بلدية أو دولة أجنبية بالرمز { $code }.
err-cf-place-code-format = "{ $code }" ليس رمز مكان (حرف وثلاثة أرقام، مثل H501 أو Z404).
err-cf-surname-missing = اللقب مفقود (يلزم حرف واحد على الأقل).
err-cf-name-missing = الاسم مفقود (يلزم حرف واحد على الأقل).
err-cf-unsupported-character = { $field ->
        [surname] يحتوي اللقب
       *[name] يحتوي الاسم
    } على "{ $character }" الذي لا مقابل له بالحروف اللاتينية: اكتبه كما في جواز السفر أو تصريح الإقامة.
err-cf-place-missing = مكان الميلاد مفقود.
err-cf-town-missing = بلدية الميلاد مفقودة.
err-cf-unknown-municipality = لا توجد بلدية إيطالية باسم "{ $name }".
err-cf-municipality-province = لا توجد بلدية "{ $name }" في مقاطعة { $province }.
err-cf-municipality-ambiguous = توجد عدة بلديات باسم "{ $name }" ({ $provinces }): أدخل المقاطعة.
err-cf-municipality-date = البلدية "{ $name }" لم تكن موجودة في { $date }: أدخل البلدية بالاسم الذي كانت تحمله في تاريخ الميلاد.
err-cf-unknown-country = بلد غير معروف: "{ $name }".
err-cf-mismatch-surname = الرمز الضريبي لا يطابق اللقب: اللقب يعطي { $expected }، والرمز يحتوي { $found }.
err-cf-mismatch-name = الرمز الضريبي لا يطابق الاسم: الاسم يعطي { $expected }، والرمز يحتوي { $found }.
err-cf-mismatch-birth-date = الرمز الضريبي لا يطابق تاريخ الميلاد: { $expected } في البيانات، و{ $found } في الرمز.
err-cf-mismatch-sex = الرمز الضريبي لا يطابق الجنس: { $expected } في البيانات، و{ $found } في الرمز.
err-cf-mismatch-place = الرمز الضريبي لا يطابق مكان الميلاد: { $expected } في البيانات، و{ $found } في الرمز.
secrets-unavailable = حلقة مفاتيح النظام (مخزن بيانات الاعتماد) غير متاحة، لذا لا يمكن حفظ مفتاح البيانات فيها. يمكنك بدلًا من ذلك حماية البيانات بعبارة مرور تكتبها عند كل تشغيل. التفاصيل: { $detail }
secrets-failed = رفضت حلقة مفاتيح النظام العملية: { $detail }
secrets-malformed = السرّ "{ $name }" في حلقة مفاتيح النظام تالف.
secrets-passphrase-too-short = يجب أن تتكوّن عبارة المرور من { $min } حرفًا على الأقل.
secrets-key-derivation-failed = تعذّر اشتقاق المفتاح من عبارة المرور: { $detail }
store-in-use = مجلد البيانات هذا مفتوح بالفعل في نافذة أو برنامج آخر. أغلقه وحاول مجددًا.
store-newer-format = حُفظت هذه البيانات بإصدار أحدث من البرنامج (الصيغة { $found }). حدّث البرنامج لفتحها؛ لم تتغيّر البيانات.
store-wrong-key = المفتاح لا يطابق مجلد البيانات هذا: لا يمكن فك تشفير البيانات.
store-wrong-passphrase = عبارة المرور خاطئة. حاول مجددًا: لم تتغيّر البيانات.
store-passphrase-required = مجلد البيانات هذا محمي بعبارة مرور: اكتبها لفتح المجلد.
store-key-missing = مفتاح مجلد البيانات هذا غير موجود في حلقة مفاتيح هذا الحاسوب (نُسخ المجلد من حاسوب آخر، أو أُعيد ضبط حلقة المفاتيح). بدون المفتاح لا يمكن قراءة البيانات: استخدم الحاسوب الأصلي وصدّر مقدّمي الطلبات كملفات مشفّرة.
store-applicant-not-found = مقدّم الطلب هذا لم يعد موجودًا (ربما حُذف).
store-version-not-found = النسخة { $version } لم تعد متاحة.
store-document-not-found = هذا المستند لم يعد موجودًا (ربما أُزيل).
store-document-missing = الملف المشفّر للمستند "{ $name }" مفقود من مجلد البيانات. استورده مجددًا.
store-document-damaged = المستند "{ $name }" تالف (فحص السلامة لا يتطابق) ولم يُصدَّر. استورده مجددًا.
store-corrupt = جزء من البيانات المحفوظة تالف ولا يمكن قراءته ({ $detail }).
store-file-not-found = الملف أو المجلد غير موجود: { $path }
store-not-a-file = "{ $path }" ليس ملفًا.
store-permission-denied = تم رفض الإذن: { $path }
store-disk-full = القرص ممتلئ: أفرغ بعض المساحة وحاول مجددًا. تبقى التغييرات غير المحفوظة في النافذة.
store-io-failed = خطأ في القراءة أو الكتابة في { $path }: { $detail }
store-database-failed = خطأ في قاعدة البيانات المحلية: { $detail }
store-bundle-wrong-passphrase = عبارة مرور خاطئة لهذا الملف.
store-bundle-truncated = الملف غير مكتمل (نسخ أو تنزيل متقطّع). انسخه مجددًا.
store-bundle-tampered = الملف عُدّل أو تالف ولا يمكن استيراده.
store-not-a-bundle = هذا الملف ليس ملف تصدير من Cittadinanza.
store-bundle-unsupported-version = أُنشئ هذا الملف بإصدار أحدث من البرنامج (الصيغة { $found }). حدّث البرنامج لاستيراده.
store-history-note = كل حفظ يُنشئ نسخة: يُحتفظ بآخر { $count } نسخ لكل مقدّم طلب.
err-portal-invalid-url = عنوان البوابة "{ $url }" غير صالح: يجب أن يكون عنوان https:// (أو http:// لبوابة على هذا الحاسوب).
err-portal-insecure-url = العنوان "{ $url }" غير مشفّر: لا يُتاح الوصول إلى البوابة إلا عبر https:// (يُسمح بـ http:// فقط لبوابة على هذا الحاسوب).
err-portal-answer-too-large = أرسلت البوابة ردًا أكبر من { $megabytes } ميغابايت: تم قطعه. قد يكون الخادم معطلًا أو ليس البوابة.
err-portal-unreachable = تعذّر الوصول إلى البوابة. تبقى تغييراتك في قائمة الانتظار وستُرسل في أقرب وقت ممكن.
err-portal-timeout = لم تستجب البوابة في الوقت المحدد. تبقى تغييراتك في قائمة الانتظار؛ حاول لاحقًا.
err-portal-server = حدث خطأ في البوابة (الرمز { $status }). تبقى تغييراتك في قائمة الانتظار.
err-portal-unauthorized = انتهت جلستك أو لم تسجّل الدخول بعد. يرجى تسجيل الدخول مجددًا.
err-portal-bad-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
err-portal-forbidden = لا يمكن لهذا الحساب القيام بذلك.
err-portal-not-found = لم يُعثر على الطلب في البوابة (أو أنه غير مرتبط بهذا الحساب).
err-portal-account-exists = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول بدلًا من إنشاء حساب.
err-portal-conflict = عُدّل الطلب في مكان آخر (النسخة { $version }). اختر، قسمًا قسمًا، النسخة التي تريد الاحتفاظ بها.
err-portal-already-submitted = أُرسل الطلب بالفعل: لن يُنشأ طلب ثانٍ.
err-portal-not-editable = لا يمكن تعديل طلب بعد إرساله.
err-portal-incomplete = البوابة لا تقبل الطلب: الحقل { $detail } مفقود.
err-portal-associate-mismatch = { $field ->
    [surname] اللقب لا يطابق ما في الطلب.
    [name] الاسم لا يطابق ما في الطلب.
    [birth_date] تاريخ الميلاد لا يطابق ما في الطلب.
    [previous_email] هذا ليس عنوان البريد الإلكتروني المستخدم في الطلب.
    [k10_number] لا يوجد طلب بهذا الرقم K10 (الصيغة K10/0000001 أو K10/C/0000001).
   *[any] هذه البيانات لا تطابق أي طلب. تحقق من رقم K10 (الصيغة K10/0000001 أو K10/C/0000001) واللقب والاسم وتاريخ الميلاد والبريد الإلكتروني المستخدم في الطلب.
}
err-portal-already-associated = الطلب مرتبط بالفعل بحساب آخر. تواصل مع المحافظة (Prefettura).
err-portal-too-large = الملف أو البيانات أكبر مما تقبله البوابة (المستندات حتى 64 ميغابايت).
err-portal-rate-limited = محاولات كثيرة جدًا. انتظر بضع دقائق (ساعة على الأكثر) وحاول مجددًا.
err-portal-checksum = تلف المستند أثناء الإرسال. حاول مجددًا: إعادة الإرسال آمنة.
err-portal-rejected = رفضت البوابة الطلب ({ $code }).
err-portal-protocol = ردّ غير متوقع من البوابة: ربما تعمل بإصدار مختلف. ({ $detail })
err-portal-local = لا يمكن قراءة بيانات المزامنة المحلية أو كتابتها: { $detail }
err-portal-document = { $detail }
err-portal-token-store = لا يمكن تذكّر تسجيل الدخول في حلقة مفاتيح النظام: { $detail }
err-portal-not-linked = لم يُرسل هذا الطلب إلى البوابة بعد.
err-portal-relink-pending = تجري إعادة بناء بيانات المزامنة: سجّل الدخول إلى البوابة وزامن لإعادة ربط طلباتك قبل إرسال طلبات جديدة.
portal-status-draft = مسودة
portal-status-submitted = مُرسَل
portal-status-accepted = قبلته المحافظة
portal-status-inadmissible = أُعلن غير مقبول
portal-status-notice-10bis = إشعار مسبق بالرفض (preavviso di rigetto، المادة 10-bis)
portal-status-granted = مُنحت الجنسية بمرسوم (decreto)
portal-status-rejected = رُفض بمرسوم (decreto)
portal-status-oath-scheduled = حُدّد موعد أداء اليمين
portal-comm-acceptance = قُبل الطلب في { $date }
portal-comm-inadmissibility = أُعلن الطلب غير مقبول في { $date }
portal-comm-notice-10bis = إشعار مسبق بالرفض بتاريخ { $date }: ردّ خلال { $days } يومًا (قبل { $respond_by })
portal-comm-decree-granted = مرسوم منح الجنسية بتاريخ { $date }
portal-comm-decree-rejected = مرسوم الرفض بتاريخ { $date }
portal-comm-oath-appointment = أداء اليمين في { $appointment } في { $place }
portal-sync-pending = { $count ->
    [0] كل شيء متزامن
    [one] تغيير واحد في انتظار الإرسال
   *[other] تغييرات في انتظار الإرسال: { $count }
}
portal-queue-damaged = كانت بيانات المزامنة مع البوابة تالفة: حُفظت نسخة منها باسم "{ $file }" في مجلد البيانات. الطلبات والمستندات على هذا الحاسوب سليمة. سجّل الدخول إلى البوابة وزامن: ستُعاد بناء الروابط مع طلباتك.
portal-queue-rebuilt = أُعيد بناء بيانات المزامنة التالفة (النسخة "{ $file }"): { $count ->
    [one] أصبح طلب واحد مرتبطًا بالبوابة من جديد.
   *[other] أصبح { $count } من الطلبات مرتبطًا بالبوابة من جديد.
} ستُعرض عليك أي اختلافات مع البوابة قبل إرسالها.
portal-queue-dismiss = فهمت
portal-sync-uploads-failing = { $count ->
    [one] أُرسلت التغييرات، لكن لم يُرفع مستند واحد: { $error }
   *[other] أُرسلت التغييرات، لكن لم تُرفع { $count } مستندات (الأول: { $error })
}
portal-sync-conflicts = { $count ->
    [one] طلب واحد يحتاج إلى توفيق
   *[other] طلبات تحتاج إلى توفيق: { $count }
}
portal-conflict-keep-mine = الاحتفاظ بنسختي
portal-conflict-take-theirs = استخدام نسخة البوابة
portal-sign-in = تسجيل الدخول إلى البوابة
portal-sign-out = تسجيل الخروج من البوابة
portal-role-applicant = مقدّم طلب
portal-role-operator = موظف مكتب المساعدة
err-missing = مطلوب.
err-invalid-date = تاريخ غير صالح: اكتبه بصيغة يوم/شهر/سنة (مثلًا 05/03/2020).
err-impossible-date = هذا التاريخ غير موجود: تحقّق من اليوم والشهر.
err-year-out-of-range = سنة غير معقولة: اكتبها كاملة بأربعة أرقام.
err-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
err-date-before-birth = التاريخ سابق لتاريخ الميلاد.
err-end-before-start = تاريخ الانتهاء سابق لتاريخ البدء ({ $start }).
err-date-before = لا يمكن أن يكون التاريخ قبل { $event ->
        [event-first-entry] أول دخول إلى إيطاليا
        [event-marriage] الزواج
        [event-status-recognised] الاعتراف بالوضع
       *[event-issue] تاريخ الإصدار
    } ({ $date }).
err-expired = انتهت صلاحيته في { $date }.
err-invalid-amount = مبلغ غير صالح: اكتبه باليورو، مثلًا 12.345,67 أو 12345.67.
err-wrong-amount = المبلغ المستحق هو { $expected } يورو.
err-invalid-email = عنوان بريد إلكتروني غير صالح (مثلًا name@example.com).
err-invalid-phone = رقم هاتف غير صالح: استخدم الأرقام والمسافات فقط، مع رمز الدولة بعد علامة + (مثلًا +39 333 1234567).
err-invalid-province = ليس رمز مقاطعة إيطالية: حرفان، مثلًا MI.
err-invalid-postcode = رمز بريدي (CAP) غير صالح: خمسة أرقام.
err-invalid-year = سنة غير صالحة: اكتب أربعة أرقام، مثلًا 2024.
err-invalid-notice-code = رمز غير صالح: رمز إشعار pagoPA يتكوّن من 18 رقمًا، ورمز IUV من 15 إلى 25 حرفًا أو رقمًا.
err-invalid-name = يُسمح فقط بالحروف والمسافات والفواصل العليا (') والنقاط والشرطات.
err-birth-place-contradicts-basis = ذكرت أنك وُلدت في إيطاليا، لكن مكان الميلاد في بياناتك الشخصية يقع خارجها.
err-spouse-not-italian = في طلب الجنسية بالزواج (المادة 5) يجب أن يكون الزوج/الزوجة مواطنًا/ة إيطاليًا/ة.
err-not-married = في طلب الجنسية بالزواج (المادة 5) يجب أن تكون الحالة الاجتماعية "متزوج/ة" أو "اتحاد مدني".
err-atto-notorio-not-allowed = لا يحلّ atto notorio محل شهادة الميلاد إلا للاجئين وعديمي الجنسية.
err-translation-required = يجب أن يكون المستند مترجمًا إلى الإيطالية (أو مستخرجًا متعدد اللغات).
err-residence-gap = لا توجد إقامة من { $from } إلى { $to }: أضف الفترة الناقصة أو صحّح التواريخ.
err-residence-overlap = هذه الفترة تتداخل مع الفترة رقم { $other }.
err-open-period-not-last = الإقامة الحالية (الأخيرة) وحدها يمكن تركها بدون تاريخ انتهاء.
err-residences-not-up-to-date = تنتهي آخر إقامة في { $date }: أضف إقامتك الحالية.
err-registered-before-14-contradicted = وفقًا لأماكن الإقامة المُدخلة، كان أول تسجيل لك في إيطاليا بعد بلوغك 14 عامًا.
err-income-year-missing = دخل سنة { $year } مفقود.
err-income-year-not-required = لا يلزم إلا دخل السنوات { $years }.
err-duplicate-year = لقد أدخلت هذه السنة بالفعل.
err-criminal-certificate-missing = شهادة السوابق العدلية لهذا البلد مفقودة: { $country }.
err-language-level-too-low = المستوى { $level } غير كافٍ: يلزم B1 على الأقل.
err-invalid-language-level = مستوى غير صالح: A1 أو A2 أو B1 أو B2 أو C1 أو C2.
err-exemption-needs-long-term-permit = هذا الإعفاء لا ينطبق إلا على حاملي تصريح الإقامة الأوروبي طويل الأمد (يُذكر في القسم 4).
err-exemption-not-for-eu-citizens = مواطنو الاتحاد الأوروبي غير معفيين: تلزم شهادة B1.
err-must-accept = يجب تحديد هذا الإقرار لإرسال الطلب.
err-document-missing = مستند مفقود: { $kind ->
        [doc-birth-certificate] شهادة الميلاد
        [doc-criminal-record] شهادة السوابق العدلية
        [doc-identity-document] وثيقة الهوية
        [doc-residence-permit] تصريح الإقامة (permesso di soggiorno)
        [doc-codice-fiscale] الرمز الضريبي (codice fiscale)
        [doc-language-certificate] شهادة اللغة الإيطالية
        [doc-income-statement] الإقرار الضريبي للدخل
        [doc-payment-receipt] إيصال الدفع
        [doc-marriage-certificate] عقد الزواج
        [doc-atto-notorio] atto notorio
       *[doc-other] مستند آخر
    }.
err-document-missing-for = مستند مفقود: { $kind ->
        [doc-birth-certificate] شهادة الميلاد
        [doc-criminal-record] شهادة السوابق العدلية
        [doc-identity-document] وثيقة الهوية
        [doc-residence-permit] تصريح الإقامة (permesso di soggiorno)
        [doc-codice-fiscale] الرمز الضريبي (codice fiscale)
        [doc-language-certificate] شهادة اللغة الإيطالية
        [doc-income-statement] الإقرار الضريبي للدخل
        [doc-payment-receipt] إيصال الدفع
        [doc-marriage-certificate] عقد الزواج
        [doc-atto-notorio] atto notorio
       *[doc-other] مستند آخر
    } ({ $detail }).
err-document-expired = انتهت صلاحية المستند في { $date } ({ $kind ->
        [doc-criminal-record] شهادة السوابق العدلية صالحة ستة أشهر من تاريخ إصدارها
        [doc-identity-document] وثيقة الهوية
        [doc-residence-permit] تصريح الإقامة
       *[doc-other] المستند المرفق
    }): أرفق مستندًا صالحًا.
err-attachment-incomplete = مرفق غير مكتمل: الملف أو نوع المستند مفقود.
info-residence-span = إقامة متواصلة من { $from } إلى { $to } (سنوات كاملة: { $years }).
k10-kind-naturalisation = الجنسية بالإقامة
k10-kind-marriage = الجنسية بالزواج
err-k10-empty = أدخل رقم K10.
err-k10-prefix = يبدأ رقم K10 بـ "K10/"، مثلًا K10/0000001 أو K10/C/0000001.
err-k10-kind = يلي "K10/" سبعة أرقام (الإقامة) أو "C/" ثم سبعة أرقام (الزواج).
err-k10-digits = يجب أن يتكوّن الرقم من سبعة أرقام بما فيها الأصفار في البداية؛ وهذا يتكوّن من { $found }.
err-k10-character = يحتوي الرقم على "{ $character }": يُسمح بالأرقام فقط.
err-k10-zero = 0000000 ليس رقم K10 صالحًا.
err-k10-wrong-kind-marriage = للجنسية عن طريق الزواج (المادة 5) يكون الرقم بالشكل { $expected } مع «C/».
err-k10-wrong-kind-naturalisation = للجنسية عن طريق الإقامة (المادة 9) يكون الرقم بالشكل { $expected } بدون «C/».
pdf-doc-spid = "Modello x SPID" (إقرار ذاتي لربط الطلب)
pdf-doc-maintenance = إقرار الإعالة (dichiarazione di mantenimento)
pdf-doc-change = تغيير بيانات الاتصال والدخل
pdf-doc-summary = ملخّص لمكتب المساعدة
pdf-group-declarant = المُقِرّ
pdf-group-supporter = فرد الأسرة الذي يعيل مقدّم الطلب
pdf-group-applicant = مقدّم الطلب
pdf-group-document = وثيقة الهوية
pdf-group-statement = الإقرار
pdf-group-as-in-application = البيانات كما في الطلب
pdf-group-as-in-spid = البيانات كما في SPID
pdf-group-income = الدخل
pdf-group-changes = التغييرات
pdf-group-signature = المكان والتاريخ
pdf-field-surname = اللقب
pdf-field-name = الاسم
pdf-field-birth-surname = اللقب عند الولادة (إن كان مختلفًا)
pdf-field-sex = الجنس
pdf-field-birth-date = تاريخ الميلاد
pdf-field-birth-place = مكان الميلاد
pdf-field-citizenship = الجنسية
pdf-field-codice-fiscale = الرمز الضريبي (codice fiscale)
pdf-field-residence = الإقامة (العنوان الكامل)
pdf-field-email = البريد الإلكتروني أو PEC
pdf-field-phone = الهاتف
pdf-field-document-kind = نوع الوثيقة
pdf-field-document-number = رقم الوثيقة
pdf-field-document-issuer = صادرة عن
pdf-field-document-expiry = تاريخ انتهاء صلاحية الوثيقة
pdf-field-prefecture = المحافظة (Prefettura)
pdf-field-k10-number = رقم الطلب (K10)
pdf-field-submitted-on = تاريخ إرسال الطلب
pdf-field-mismatch-reason = سبب الاختلاف بين بيانات الطلب وبيانات SPID
pdf-field-ticket = رقم تذكرة مكتب المساعدة (Help Desk)
pdf-field-place = مكان التوقيع
pdf-field-date = تاريخ التوقيع
pdf-field-relationship = صلة القرابة بمقدّم الطلب
pdf-field-same-household = مسجّل في نفس stato di famiglia (سجل الأسرة) مع مقدّم الطلب
pdf-field-supported-since = يعيل مقدّم الطلب منذ
pdf-field-income-rows = سنة دخل واحدة على الأقل
pdf-field-income-year = السنة الضريبية (السطر { $row })
pdf-field-income-amount = الدخل الخاضع للضريبة { $year }
pdf-field-income-source = المستند الضريبي { $year }
pdf-field-changes-any = تغيير واحد على الأقل (الاتصال أو الدخل)
pdf-field-new-residence = الإقامة الجديدة
pdf-field-residence-since = يقيم في العنوان الجديد منذ
pdf-field-new-email = البريد الإلكتروني أو PEC الجديد
pdf-field-new-phone = رقم الهاتف الجديد
err-pdf-missing-fields = { $count ->
    [one] تلزم معلومة واحدة لطباعة المستند.
   *[other] عدد المعلومات اللازمة لطباعة المستند: { $count }.
}
err-pdf-unknown-field = حقل غير معروف: { $field }.
err-pdf-invalid-value = قيمة غير صالحة للحقل { $field }.
err-pdf-font = تعذّرت قراءة الخط المدمج: يرجى إعادة تثبيت التطبيق.
pdf-page-of = الصفحة { $page } من { $pages }
pdf-summary-title = ملخّص طلب الجنسية
pdf-summary-printed-on = طُبع في { $date } – مذكّرة لمكتب المساعدة، وليس وثيقة رسمية
pdf-summary-footer = ملخّص – { $name } – { $date }
pdf-summary-unnamed = (لم يُدخل الاسم بعد)
pdf-summary-applicant = مقدّم الطلب
pdf-label-name = اللقب والاسم
pdf-label-codice-fiscale = الرمز الضريبي (codice fiscale)
pdf-label-birth = تاريخ ومكان الميلاد
pdf-label-citizenship = الجنسية
pdf-label-basis = الأساس القانوني
pdf-label-prefecture = المحافظة (Prefettura)
pdf-label-k10 = رقم الطلب
pdf-label-email = البريد الإلكتروني / PEC
pdf-label-phone = الهاتف
pdf-summary-not-submitted = لم يُرسل بعد
pdf-summary-sections = حالة الأقسام
pdf-summary-sections-done = { $done } من { $total } أقسام مكتملة
pdf-summary-section-complete = مكتمل
pdf-summary-section-incomplete = يحتاج إلى استكمال
pdf-summary-documents = المستندات المطلوب إحضارها
pdf-summary-documents-intro = أحضر أصول المستندات المرفقة واحصل على المستندات الناقصة.
pdf-summary-doc-missing = يجب الحصول عليه
pdf-summary-doc-exempt = غير مطلوب
pdf-summary-doc-provided = مرفق
pdf-summary-doc-expiring = مرفق، صالح حتى { $date }
pdf-summary-doc-expired = انتهت صلاحيته في { $date }: يجب تجديده
pdf-summary-deadlines = المواعيد النهائية
pdf-summary-no-deadlines = لا يمكن حساب أي موعد نهائي من البيانات المُدخلة.
pdf-summary-col-deadline = ما الذي ينتهي
pdf-summary-col-date = التاريخ
pdf-summary-col-when = متى
pdf-summary-deadline-past = انتهى بالفعل
pdf-summary-deadline-in-days = { $days ->
    [0] اليوم
    [one] غدًا
    [two] بعد يومين
    [few] بعد { $days } أيام
   *[other] بعد { $days } يومًا
}
pdf-summary-deadline-criminal-record = شهادة السوابق العدلية ({ $country }): صالحة 6 أشهر من تاريخ الإصدار
pdf-summary-deadline-permit = تصريح الإقامة (permesso di soggiorno)
pdf-summary-deadline-passport = وثيقة أجنبية ({ $document })
pdf-summary-deadline-id-card = بطاقة الهوية الإيطالية
pdf-summary-disclaimer = هذا الملخّص محسوب من البيانات المُدخلة في الطلب ولا يحلّ محل تعليمات المحافظة وبوابة وزارة الداخلية.
pdf-summary-desk-date = التاريخ: { $date }
pdf-summary-desk-operator = موظف مكتب المساعدة
pdf-summary-detail-year = سنة { $year }
pdf-summary-detail-replaces = بدلًا من: { $document }
pdf-summary-detail-contribution = رسم 250 €
pdf-summary-detail-stamp-duty = طابع marca da bollo بقيمة 16 €
verdict-eligible = الشروط مستوفاة: يمكنك التقديم
verdict-not-yet = ليس بعد: يمكنك التقديم ابتداءً من { $date }
verdict-not-eligible = الشروط غير مستوفاة
verdict-borderline = حالة غير واضحة: راجع النقاط أدناه
verdict-more-information = يلزم المزيد من المعلومات للتحقق
elig-basis-missing = اختر الأساس القانوني (المادة 5 أو المادة 9) للتحقق من الشروط.
elig-unreadable = تعذّرت قراءة الحقل { $field } ولم يُؤخذ في الاعتبار.
elig-residence-missing = لم تُدخل أي إقامة في إيطاليا: أضف فترات إقامتك المسجّلة (residenza anagrafica).
elig-residence-not-current = انتهت آخر إقامة مسجّلة في { $date }: يجب أن تكون مقيمًا في إيطاليا الآن.
elig-residence-gap = لا توجد إقامة بين { $from } و{ $to }: انقطعت الاستمرارية ويبدأ العدّ من جديد.
elig-residence-met = إقامة قانونية متواصلة منذ { $since }: اكتملت السنوات المطلوبة ({ $years }) في { $date }.
elig-residence-not-yet = إقامة قانونية متواصلة منذ { $since }: ستكتمل السنوات المطلوبة ({ $years }) في { $date }.
elig-descendant-rule-changed = بالنسبة لنسل المواطنين الإيطاليين خفّض القانون 74/2025 المدة من 3 إلى سنتين: تحقّق من ذلك لدى المحافظة.
elig-born-in-italy-unanswered = حدّد ما إذا كنت مولودًا في إيطاليا أو من نسل مواطن إيطالي بالولادة.
elig-adoption-date-missing = أدخل تاريخ التبنّي: تُحسب سنوات الإقامة الخمس من ذلك التاريخ.
elig-service-missing = أدخل تواريخ خدمتك لدى الدولة الإيطالية.
elig-service-met = خدمة لدى الدولة منذ { $since }: اكتملت السنوات الخمس في { $date }.
elig-service-not-yet = خدمة لدى الدولة منذ { $since }: ستكتمل السنوات الخمس في { $date }.
elig-service-too-short = استمرت الخدمة لدى الدولة (من { $since } إلى { $date }) أقل من 5 سنوات.
elig-not-eu-citizen = الحرف d) يخص مواطني الاتحاد الأوروبي: تحقّق من الجنسية المُدخلة.
elig-refugee-status-missing = الحرف e) يخص اللاجئين وعديمي الجنسية: أدخل الوضع المعترف به.
elig-marriage-date-missing = أدخل تاريخ الزواج أو الاتحاد المدني.
elig-spouse-not-italian = يجب أن يكون الزوج/الزوجة مواطنًا/ة إيطاليًا/ة.
elig-spouse-citizenship-unanswered = حدّد ما إذا كان الزوج/الزوجة مواطنًا/ة إيطاليًا/ة.
elig-separated = لا يمكن منح الجنسية بالزواج إذا كان الزوجان منفصلين قانونيًا.
elig-marriage-ended = يجب أن يستمر الزواج حتى صدور المرسوم (decreto) دون حلّ أو إبطال أو انتهاء.
elig-marriage-residence-met = إقامة قانونية في إيطاليا بعد الزواج منذ { $since }: اكتملت الأشهر المطلوبة ({ $months }) في { $date }.
elig-marriage-residence-not-yet = إقامة قانونية في إيطاليا بعد الزواج منذ { $since }: ستكتمل الأشهر المطلوبة ({ $months }) في { $date }.
elig-marriage-met = تاريخ الزواج { $since }: مرّت الأشهر المطلوبة ({ $months }) في { $date }.
elig-marriage-not-yet = تاريخ الزواج { $since }: ستمرّ الأشهر المطلوبة ({ $months }) في { $date }.
elig-children-halve-period = مع وجود أطفال وُلدوا للزوجين أو تبنّياهم تُخفَّض المدة إلى النصف.
elig-no-income-requirement = لا تشترط الجنسية بالزواج حدًّا أدنى من الدخل.
elig-income-met = دخل { $year }: { $income } € (الحد الأدنى { $threshold } €).
elig-income-below = دخل { $year }: { $income } € أقل من الحد الأدنى البالغ { $threshold } €. يمكن إضافة دخل أفراد الأسرة المسجّلين في نفس stato di famiglia.
elig-income-borderline = دخل { $year }: { $income } € يقع بين { $lower } € (مع زيادة مقرّبة إلى 516,00 €) و{ $threshold } € (516,46 € لكل شخص مُعال): حالة غير واضحة.
elig-income-missing = دخل سنة { $year } مفقود: تلزم السنوات الثلاث السابقة للطلب.
elig-consider-basis = وفقًا للحرف { $letter }) من المادة 9 تكفي { $years } سنوات من الإقامة.
elig-residence-gap-cancelled = انقطعت الإقامة من { $from } إلى { $to } (شُطب التسجيل ثم أُعيد): تُحتسب الإقامة المتواصلة من التسجيل الجديد في { $to }.
elig-residence-gap-abroad = من { $from } إلى { $to } عشتَ في الخارج: تُحتسب الإقامة المتواصلة من العودة في { $to }.
elig-residence-gap-other = انقطعت الإقامة من { $from } إلى { $to }: تُحتسب الإقامة المتواصلة من { $to }.
elig-presence-proof = إذا واصلتَ العيش في إيطاليا خلال تلك الفترة (من { $from } إلى { $to })، فقد تقبل المحافظة إثبات الحضور المتواصل: عقود الإيجار أو العمل، قسائم الرواتب، السجلات الطبية. هذا غير مضمون: اسأل محافظتك.
elig-subsidiary-protection = مع تصريح الحماية الفرعية لا تنطبق الفقرة e) (للاجئين وعديمي الجنسية فقط): تنطبق الفقرة f) مع 10 سنوات إقامة، ولا يوجد إعفاء اللاجئين من شهادتي الميلاد والسجل الجنائي (atto notorio). اختر الفقرة f).
elig-marriage-separation = انفصال منذ { $date }: مع الانفصال القانوني للزوجين لا يمكن منح الجنسية عن طريق الزواج.
elig-marriage-divorce = طلاق بتاريخ { $date }: يجب أن يستمر الزواج حتى صدور المرسوم.
elig-marriage-annulment = أُبطل الزواج بتاريخ { $date }: يجب أن يستمر الزواج حتى صدور المرسوم.
elig-marriage-spouse-death = توفي الزوج/الزوجة بتاريخ { $date }: انحلّ الزواج ولم تعد الجنسية عن طريق الزواج ممكنة؛ راجع المحافظة.
elig-marriage-separation-pending = انفصال بتاريخ { $date } بعد إرسال الطلب ({ $submitted }): والطلب قيد الدراسة يُرجَّح الرفض. أبلغ المحافظة واطلب المشورة من مكتب مساعدة أو محامٍ.
elig-marriage-ended-pending = { $event ->
        [divorce] طلاق
        [annulment] بطلان الزواج
       *[other] وفاة الزوج/الزوجة
    } بتاريخ { $date } بعد إرسال الطلب ({ $submitted }): لم يعد ممكنًا منح الجنسية عن طريق الزواج؛ أبلغ المحافظة.
elig-income-household = الأسرة في { $year }: { $spouse ->
        [yes] زوج/زوجة مُعال
       *[no] لا زوج/زوجة مُعال
    }، مُعالون آخرون: { $others }.
elig-family-income-not-household = دخل { $year } لـ { $name }: ليس في نفس «stato di famiglia»، لذا لا يمكن إضافته.
elig-family-income-household-unanswered = دخل { $year } لـ { $name }: بيّن هل هو في نفس «stato di famiglia» (عندها فقط يمكن إضافته).
checklist-state-missing = مفقود
checklist-state-exempt = غير مطلوب
checklist-state-provided = مرفق
checklist-state-expiring = تنتهي صلاحيته في { $date }
checklist-state-expired = انتهت صلاحيته في { $date }
checklist-detail-country = { $country }
checklist-detail-year = سنة { $year }
checklist-detail-replaces-birth-certificate = بدلًا من شهادة الميلاد
checklist-detail-replaces-criminal-record = بدلًا من شهادة السوابق العدلية
checklist-detail-contribution = رسم 250 €
checklist-detail-stamp-duty = طابع marca da bollo بقيمة 16 €
checklist-exempt-eu-citizen = مواطنو الاتحاد الأوروبي ليس لديهم تصريح إقامة.
checklist-exempt-living-abroad = غير مطلوب عند الإقامة في الخارج.
checklist-exempt-born-in-italy = غير مطلوب للمولودين في إيطاليا.
checklist-exempt-atto-notorio = بالنسبة للاجئين وعديمي الجنسية يحلّ محله atto notorio.
checklist-exempt-before-14 = غير مطلوب لمن سُجّل في إيطاليا قبل سن 14 عامًا ويقيم فيها منذ ذلك الحين.
checklist-exempt-eu-long-term-permit = معفى: حامل تصريح إقامة أوروبي طويل الأمد.
checklist-exempt-integration-agreement = معفى: وقّع على اتفاقية الاندماج.
checklist-exempt-no-income = لم يُصرَّح بأي دخل لتلك السنة.
phase-draft = مسودة
phase-submitted = أُرسل الطلب
phase-accepted = مقبول (رقم K10)
phase-submission-rejected = رفضت المحافظة الطلب
phase-preliminary-assessment = الدراسة الأولية (istruttoria)
phase-ten-bis-notice = إشعار مسبق بالرفض (preavviso di rigetto، المادة 10-bis)
phase-prefecture-opinion = رأي المحافظة
phase-decree = مرسوم منح الجنسية (decreto di concessione)
phase-rejected = مرسوم الرفض (decreto)
phase-inadmissible = عدم القبول
phase-notification = التبليغ
phase-oath = أداء اليمين (giuramento)
phase-citizen = مواطن إيطالي
phase-state-done = منجزة
phase-state-current = جارية
phase-state-future = قادمة
deadline-today = اليوم
deadline-tomorrow = غدًا
deadline-days-left = { $days ->
    [two] بعد يومين
    [few] بعد { $days } أيام
   *[other] بعد { $days } يومًا
}
deadline-days-ago = { $days ->
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
   *[other] قبل { $days } يومًا
}
deadline-urgent = عاجل
deadline-non-working-judicial = يوافق { $date } { $day }: بحكم القانون ينتقل الأجل إلى { $moved } (المادة 155 c.p.c. والمادة 52 c.p.a.). التاريخ الآمن الموصى به: { $safe }.
deadline-non-working-administrative = يوافق { $date } { $day }: عادةً ينتقل الأجل إلى { $moved } (المادة 2963 c.c.)، لكن ذلك غير مؤكد في الآجال الإدارية. التاريخ الآمن الموصى به: { $safe }.
holiday-easter-sunday = أحد الفصح
holiday-easter-monday = اثنين الفصح
holiday-national = عطلة رسمية وطنية
holiday-saturday = يوم سبت
holiday-sunday = يوم أحد
deadline-criminal-record-expiry = انتهاء صلاحية شهادة السوابق العدلية { $subject }
deadline-criminal-record-expiry-desc = شهادة السوابق العدلية صالحة 6 أشهر من تاريخ إصدارها ({ $from }): قدّم الطلب قبل { $date } أو احصل على شهادة جديدة.
deadline-ten-bis-response = الرد على الإشعار المسبق بالرفض رقم { $subject }
deadline-ten-bis-response-desc = استُلم الإشعار في { $from }: أرسل المستندات أو الملاحظات إلى المحافظة (عبر PEC) قبل { $date }.
deadline-tar-appeal = آخر يوم للطعن أمام TAR (المحكمة الإدارية الإقليمية)
deadline-tar-appeal-desc = 60 يومًا من التبليغ بتاريخ { $from }. استشر محاميًا في الوقت المناسب.
deadline-president-appeal = آخر يوم للطعن الاستثنائي أمام رئيس الجمهورية
deadline-president-appeal-desc = 120 يومًا من التبليغ بتاريخ { $from }، كبديل عن الطعن أمام TAR.
deadline-reapply-from = يمكنك التقديم مجددًا ابتداءً من اليوم
deadline-reapply-from-desc = بعد مرسوم الرفض يمكنك التقديم مجددًا بعد سنة من تبليغه ({ $from })؛ وبعد عدم القبول، فورًا.
deadline-oath = آخر يوم لأداء اليمين
deadline-oath-desc = يجب أداء اليمين خلال 6 أشهر من تبليغ المرسوم ({ $from }). احجز موعدًا لدى بلديتك.
deadline-processing-limit = المهلة القانونية للإجراء
deadline-processing-limit-desc = أُرسل في { $from }: يجب أن تبتّ الإدارة قبل { $date } (24 شهرًا؛ 48 للطلبات المرسلة قبل 20/12/2020؛ الإشعارات المسبقة بالرفض توقف سريان المهلة).
deadline-processing-limit-extended = أقصى مهلة ممدّدة للإجراء
deadline-processing-limit-extended-desc = أُرسل في { $from }: مع التمديد تنتهي المهلة في { $date } (36 شهرًا).
calendar-name = الجنسية – { $name }
portal-title = البوابة والمزامنة
portal-address = البوابة: { $url } (يمكن تغييرها في الإعدادات)
portal-signed-in-as = مسجّل الدخول باسم { $email } ({ $role })
portal-email = البريد الإلكتروني
portal-password = كلمة المرور
portal-register = إنشاء حساب
portal-register-hint = تحصل مكاتب المساعدة على حساب الموظف من الجهة التي تدير البوابة.
portal-credentials-required = أدخل بريدك الإلكتروني وكلمة المرور.
portal-sync-now = مزامنة الآن
portal-syncing = جارٍ المزامنة…
portal-sync-uploads = { $count ->
    [one] مستند واحد في انتظار الرفع
   *[other] مستندات في انتظار الرفع: { $count }
}
portal-offline = تعذّر الوصول إلى البوابة: تُحفظ تغييراتك هنا وتوضع في قائمة الانتظار، وستُرسل عند المزامنة التالية.
portal-last-sync = آخر مزامنة: { $time }
portal-never-synced = لم تتم المزامنة بعد.
portal-open-unnamed = طلب بدون اسم
portal-status-unknown = حالة هذا الطلب على البوابة غير متاحة الآن: حدّثها عندما يمكن الوصول إلى البوابة.
portal-not-sent = هذا الطلب ليس على البوابة بعد: زر "مزامنة الآن" يرسله كمسودة.
portal-status-line = الحالة: { $status }
portal-k10 = رقم K10: { $k10 }
portal-communications = المراسلات
portal-no-communications = لا توجد مراسلات من المحافظة.
portal-deadline-left = الرد قبل { $date } (الأيام المتبقية: { $days })
portal-deadline-passed = انتهت مهلة الرد في { $date }
portal-refresh-status = تحديث الحالة
portal-submit = إرسال الطلب
portal-submit-confirm = هل تريد إرسال الطلب إلى المحافظة؟ لا يمكن تعديله بعد الإرسال.
portal-submit-yes = نعم، أرسل
portal-submitted = أُرسل الطلب. رقم K10: { $k10 }
portal-conflict-title = { $name }: عُدّل على البوابة أيضًا
portal-conflict-help = عُدّلت هذه الأقسام هنا وعلى البوابة معًا. اختر لكل قسم النسخة التي تريد الاحتفاظ بها.
portal-conflict-field = { $field }: نسختي "{ $mine }"، البوابة "{ $theirs }"
portal-conflict-more = … و{ $count } حقول أخرى
portal-conflict-apply = تطبيق اختياراتي
portal-value-yes = نعم
portal-value-no = لا
portal-associate-title = ربط طلب (Associa pratica)
portal-associate-help = اربط بحسابك طلبًا أُرسل سابقًا (مثلًا عن طريق مكتب مساعدة). يجب أن تطابق كل البيانات ما في الطلب.
portal-associate-surname = اللقب
portal-associate-name = الاسم
portal-associate-birth-date = تاريخ الميلاد (يوم/شهر/سنة)
portal-associate-previous-email = عنوان البريد الإلكتروني المذكور في الطلب
portal-associate-k10 = رقم K10 (مثلًا K10/0000001)
portal-associate-required = املأ هذا الحقل.
portal-associate = ربط
portal-upload-waiting = للرفع: { $name }
portal-upload-failed = لم يُرفع "{ $name }": { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] لم يُرفع مستند لمقدّم طلب آخر: افتح ملف مقدّم الطلب ذاك لمعرفة السبب.
   *[other] لم تُرفع مستندات لمقدّمي طلبات آخرين (العدد: { $count }): افتح ملفاتهم لمعرفة السبب.
}
portal-field-file-name = اسم الملف
portal-field-file-content = محتوى الملف
portal-procedure-draft-started = بدء الطلب في
portal-procedure-k10 = رقم K10
portal-procedure-submission-rejected = رفضت المحافظة الطلب في
portal-procedure-assessment-started = بدأت الدراسة في
portal-procedure-ten-bis = الإشعار (المادة 10-bis)
portal-procedure-opinion = رأي المحافظة
portal-procedure-opinion-favourable = إيجابي
portal-procedure-opinion-unfavourable = سلبي
portal-procedure-certificates = شهادات السوابق العدلية
portal-upload-damaged = المستند "{ $name }" تالف في مجلد بيانات هذا الحاسوب (فحص السلامة لا يتطابق) ولم يُرفع. استورده مجددًا.
documents-no-applicant = افتح ملف مقدّم طلب لعرض مستنداته.
documents-title = مستندات { $name }
documents-progress = { $ready } من { $total } جاهزة
documents-file-missing = لم يعد الملف في الخزنة: أضفه مرة أخرى.
documents-file-damaged = الملف في الخزنة تالف: أضفه مرة أخرى.
documents-drop-target = أفلت ملفًا هنا: سيذهب إلى «{ $item }».
documents-drop-nothing = لا ينقص أي مستند: لا يوجد بند يملؤه ملف يُفلت هنا.
documents-check = تحقّق من الملفات
documents-checking = جارٍ التحقّق…
documents-check-ok = { $count ->
    [one] الملف سليم.
   *[other] جميع الملفات ({ $count }) سليمة.
}
documents-check-bad = { $count ->
    [one] ملف واحد مفقود أو تالف: وهو مُعلَّم في القائمة.
   *[other] { $count } ملفات مفقودة أو تالفة: وهي مُعلَّمة في القائمة.
}
documents-no-dialog = لا يمكن فتح نافذة اختيار الملفات على هذا الحاسوب. اكتب المسار الكامل للملف (أو أفلته على هذه الشاشة).
documents-typed-path = مسار الملف، مثلًا /home/anna/scans/passport.pdf
documents-use-typed-path = أرفق هذا الملف
documents-typed-path-not-found = لا يوجد ملف في «{ $path }»: تحقّق من المسار.
documents-no-save-dialog = لا يمكن فتح نافذة الحفظ على هذا الحاسوب. اكتب أين تُحفظ النسخة (المسار الكامل مع اسم الملف).
documents-typed-destination = مسار النسخة، مثلًا /home/anna/passport.pdf
documents-typed-destination-invalid = لا يمكن الحفظ في «{ $path }»: يجب أن يكون المجلد موجودًا وأن يُكتب اسم الملف.
file-dialog-no-save-dialog = لا يمكن فتح نافذة الحفظ على هذا الحاسوب. اكتب أين يُحفظ الملف (المسار الكامل مع اسم الملف).
file-dialog-save-placeholder = المسار الكامل، مثلًا { $example }
file-dialog-save-here = احفظ هنا
file-dialog-no-folder-dialog = لا يمكن فتح نافذة اختيار مجلد على هذا الحاسوب. اكتب المسار الكامل للمجلد.
file-dialog-folder-placeholder = المسار الكامل للمجلد
file-dialog-folder-not-found = لا يوجد مجلد في «{ $path }»: تحقّق من المسار.
file-dialog-use-folder = استخدم هذا المجلد
documents-add-file = إضافة ملف
documents-replace-file = استبدال الملف
documents-open = فتح
documents-export = تصدير…
documents-remove = إزالة
documents-confirm-remove = إزالة نهائيًا
documents-cancel = إلغاء
documents-exported = حُفظ في { $path }
documents-days-left = { $days ->
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
   *[other] الأيام المتبقية: { $days }
}
documents-criminal-record-validity = شهادة السوابق العدلية صالحة 6 أشهر من تاريخ إصدارها: اطلب شهادة جديدة.
documents-issue-date-required = تاريخ الإصدار (الشهادة صالحة 6 أشهر من هذا التاريخ)
documents-issue-date-future = لا يمكن أن يكون تاريخ الإصدار في المستقبل.
documents-country-required = اكتب البلد الذي أصدر الشهادة.
documents-edit-issue-date = تاريخ الإصدار…
documents-edit-issue-date-label = تاريخ إصدار المستند
documents-save-issue-date = حفظ التاريخ
documents-error-temp = تعذّرت كتابة نسخة مؤقتة خاصة من المستند.
documents-error-viewer = لم يتمكن أي برنامج من فتح المستند. استخدم "تصدير…" وافتح النسخة بنفسك.
eligibility-title = هل يمكنني التقديم؟
eligibility-from-draft = مُعبّأ من الطلب المفتوح. التغييرات هنا لا تغيّر الطلب.
eligibility-stand-alone = أجب عن الأسئلة أدناه: لا يُحفظ أي شيء.
eligibility-reload-draft = إعادة أخذ قيم الطلب
eligibility-basis = الأساس القانوني
eligibility-born-in-italy = مولود/ة في إيطاليا (اتركه دون تحديد إن كنت من نسل مواطن إيطالي بالولادة)
eligibility-adoption-date = تاريخ التبنّي
eligibility-service-from = في خدمة الدولة الإيطالية منذ
eligibility-service-to = حتى (فارغ إن كنت لا تزال في الخدمة)
eligibility-eu-citizen = مواطن من إحدى دول الاتحاد الأوروبي
eligibility-refugee-status = الوضع
eligibility-marriage-date = تاريخ الزواج أو الاتحاد المدني
eligibility-spouse-italian = الزوج/الزوجة مواطن/ة إيطالي/ة
eligibility-children = أطفال وُلدوا للزوجين أو تبنّياهم
eligibility-separated = منفصلان قانونيًا
eligibility-missing-title = يجب إدخاله قبل التحقق:
eligibility-marriage-ended = الزواج منحلّ أو مُبطل أو منتهٍ
eligibility-residence = الإقامة المسجّلة في إيطاليا (residenza anagrafica)
eligibility-from = من
eligibility-to-or-empty = إلى (فارغ إن كنت لا تزال مقيمًا)
eligibility-period-from = بداية فترة الإقامة { $n }
eligibility-period-to = نهاية فترة الإقامة { $n }
eligibility-income = الدخل الخاضع للضريبة لكل سنة (مقدّم الطلب والأسرة)
eligibility-year = السنة الضريبية
eligibility-amount = المبلغ باليورو
eligibility-income-year-of = السنة الضريبية "{ $year }"
eligibility-income-of = دخل { $year }
eligibility-dependent-spouse = الزوج/الزوجة مُعال/ة
eligibility-other-dependants = أشخاص آخرون مُعالون (أطفال، والدان…)
timeline-title = تقدّم الطلب والمواعيد النهائية
timeline-intro = أدخل التواريخ عند حدوثها: تتحدّث المراحل والمواعيد النهائية تلقائيًا. تُحفظ التواريخ مع الطلب.
timeline-no-applicant = افتح ملف مقدّم طلب أولًا.
timeline-deadlines = المواعيد النهائية القادمة
timeline-no-deadlines = لا توجد مواعيد نهائية قادمة.
timeline-phases = المراحل
timeline-events = تواريخ الإجراء
timeline-field-submitted = أُرسل الطلب في
timeline-field-accepted = قبلته المحافظة (رقم K10) في
timeline-field-ten-bis-received = استُلم الإشعار المسبق بالرفض (المادة 10-bis) في
timeline-field-ten-bis-days = أيام الرد على الإشعار (إن لم تكن 10)
timeline-field-ten-bis-answered = أُرسل الرد على الإشعار في
timeline-field-prefecture-opinion = رأي المحافظة في
timeline-field-decree = المرسوم بتاريخ
timeline-field-decree-outcome = نتيجة المرسوم
timeline-field-inadmissible = أُعلن الطلب غير مقبول في
timeline-field-notified = بُلّغ المرسوم في
timeline-field-oath = أداء اليمين في
timeline-outcome-granted = مُنحت الجنسية
timeline-outcome-rejected = مرفوض
timeline-days-invalid = أدخل عدد أيام بين 1 و365.
timeline-export-ics = تصدير إلى التقويم (.ics)
timeline-exported = حُفظ التقويم في { $path }.
timeline-export-failed = تعذّر حفظ التقويم: { $detail }
timeline-calendar-name = الجنسية – { $name }
timeline-notice-title = إشعار مسبق بالرفض (المادة 10-bis) رقم { $number }
timeline-notice-add = إضافة إشعار (المادة 10-bis)
timeline-notice-remove = إزالة الإشعار
timeline-notice-confirm-remove = هل تريد إزالة الإشعار رقم { $number } وتواريخه؟
timeline-notice-remove-confirm = نعم، أزل
timeline-notice-due = الرد قبل { $date } ({ $left })
timeline-notice-answered = أُرسل الرد في { $date }: لم يعد هناك موعد نهائي لهذا الإشعار.
timeline-notice-no-date = أدخل يوم وصوله لمعرفة آخر موعد للرد.
timeline-notice-decided = تم البتّ في الطلب: لا يوجد موعد نهائي لهذا الإشعار.
timeline-field-draft-started = بدء الطلب في
timeline-field-planned-submission = تاريخ الإرسال المخطط
timeline-k10-invalid = رقم الملف { $number } غير صالح: { $error }
timeline-field-submission-rejected = رفضت المحافظة الطلب (لتصحيحه وإرساله مجددًا) في
timeline-field-assessment-started = بدأت الدراسة في (إن لم يكن يوم القبول)
timeline-field-opinion-outcome = نتيجة الرأي
timeline-opinion-favourable = إيجابي
timeline-opinion-unfavourable = سلبي
timeline-not-given = — غير محدد —
pdf-screen-title = إنشاء PDF
pdf-screen-intro = اختر المستند: بيانات الطلب مُدرجة مسبقًا، أكمل الناقص منها. لا يُحفظ ملف PDF إلا في المكان الذي تختاره، أو مشفّرًا في خزنة الطلب.
pdf-screen-no-applicant = افتح ملف مقدّم طلب أولًا.
pdf-screen-member = فرد الأسرة الذي يعيل مقدّم الطلب
pdf-screen-member-placeholder = اختر فرد الأسرة
pdf-screen-missing = { $count ->
    [one] حقل إلزامي واحد مفقود (مُعلَّم بـ *).
   *[other] حقول إلزامية مفقودة (مُعلَّمة بـ *): { $count }.
}
pdf-screen-field-required = حقل إلزامي.
pdf-screen-field-invalid = قيمة غير صالحة.
pdf-screen-fill-missing = أكمل الحقول المُعلَّمة قبل إنشاء المستند.
pdf-screen-choose = اختر…
pdf-screen-generate = إنشاء
pdf-screen-ready = المستند جاهز: احفظه أو احتفظ به في الخزنة.
pdf-screen-save-as = حفظ باسم…
pdf-screen-saved = حُفظ ملف PDF في { $path }.
pdf-screen-save-failed = تعذّر حفظ ملف PDF: { $detail }
pdf-screen-keep = الاحتفاظ في الخزنة
pdf-screen-pec-save = حفظ مسودة PEC (.eml)
pdf-screen-pec-copy = نسخ نص PEC
pdf-screen-pec-copied = نُسخ موضوع ونص رسالة PEC إلى الحافظة.
err-pec-name-missing = تحتاج رسالة PEC إلى اللقب والاسم (القسم 2).
err-pec-write = تعذّرت كتابة رسالة PEC.
pdf-screen-kept = حُفظ ملف PDF (مشفّرًا) ضمن مستندات الطلب.

# --- criminal record issue date ---
err-issue-date-mismatch = يحمل هذا المرفق تاريخ إصدار مختلفًا عن التاريخ المصرَّح به في القسم 8 ({ $date })، وهو التاريخ الذي تُحتسب منه صلاحية الأشهر الستة: صحِّح المرفق أو القسم 8.
err-not-a-count = أدخل عددًا صحيحًا (مثلًا 2).
err-unknown-prefecture = اختر المحافظة من القائمة: يجب أن تكون محافظة الإقليم الذي تقيم فيه.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = لديك تصريح إقامة أوروبي طويل الأمد: بدلًا من إرفاق شهادة B1 يمكنك التصريح بالإعفاء باختيار «حامل تصريح إقامة أوروبي طويل الأمد» أعلاه.
hint-subsidiary-protection-letter-f = تصريحك للحماية الفرعية: الفقرة e) للاجئين وعديمي الجنسية فقط. اختر الفقرة f) (10 سنوات)؛ ويجب تقديم شهادتي الميلاد والسجل الجنائي.
hint-residence-gap-proof = تُحتسب الإقامة من التسجيل الجديد. إذا عشتَ في إيطاليا خلال ذلك، احتفظ بالعقود وقسائم الرواتب والسجلات الطبية: قد تقبلها المحافظة دليلًا على الحضور المتواصل.
hint-family-income-not-household = من ليس في «stato di famiglia» الخاص بك لا يمكنه إضافة دخله إلى دخلك: لا يُحتسب هذا المبلغ.
hint-marriage-event = للجنسية عن طريق الزواج يجب أن يستمر الزواج دون انفصال حتى صدور المرسوم: راجع التحقق من الشروط.
hint-criminal-record-expires-before-planned = تنتهي صلاحية شهادة السجل الجنائي هذه قبل تاريخ الإرسال المخطط (انظر المواعيد): أرسل قبل ذلك أو احصل على شهادة جديدة.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = جارٍ رفع { $name }: { $sent } من { $total }
# --- end upload progress ---
