# Cittadinanza — الواجهة العربية (المسار الرئيسي؛ باقي النصوص تظهر بالإيطالية).

app-title = Cittadinanza
app-subtitle = طلب الجنسية الإيطالية
app-opening = جارٍ فتح مجلد البيانات…
common-cancel = إلغاء
settings-save-failed = تعذّر حفظ الإعدادات: { $detail }

nav-applicants = مقدّمو الطلبات
nav-home = طلبي
nav-application = الطلب
nav-settings = الإعدادات

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
choice-yes = نعم
choice-no = لا

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

unlock-title = فتح مجلد البيانات
unlock-explanation = بياناتك مشفّرة. أدخل عبارة المرور الخاصة بالمجلد (في المرة الأولى اختر عبارة من 12 حرفًا على الأقل).
unlock-passphrase = عبارة المرور
unlock-open = فتح

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
history-export-button = تصدير…
history-exporting = جارٍ التصدير…
history-exported = تم تصدير مقدم الطلب إلى { $path }.
history-file-stem = مقدم-الطلب
applicants-import = استيراد من ملف…
applicants-import-file = استيراد "{ $file }"
applicants-import-passphrase = عبارة مرور الملف
applicants-import-confirm = استيراد
