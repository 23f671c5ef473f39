# Cittadinanza — اردو انٹرفیس (مشین کی مدد سے ترجمہ؛ اہلِ زبان کی نظرِ ثانی کا خیرمقدم ہے)۔
# دوسرے شعبوں (validation, codice fiscale, store, pdf, portal, rules) کے حصے آخر میں
# `# --- <area> ---` اور `# --- end <area> ---` کے درمیان شامل کیے جاتے ہیں۔

## ایپلیکیشن
app-title = Cittadinanza
app-subtitle = اطالوی شہریت کی درخواست
app-opening = ڈیٹا فولڈر کھولا جا رہا ہے…
app-notice-dismiss = سمجھ گیا
app-closing-waiting = تمام درخواستیں اور تمام فائلیں محفوظ ہونے کے بعد ونڈو بند ہو جائے گی۔
app-close-anyway = پھر بھی بند کریں (غیر محفوظ تبدیلیاں ضائع ہو جائیں گی)
error-internal = ایک اندرونی خرابی پیش آئی۔ پہلے سے محفوظ ڈیٹا کو نہیں چھیڑا گیا۔
settings-save-failed = ترتیبات محفوظ نہیں کی جا سکیں: { $detail }
common-cancel = منسوخ کریں

## نیویگیشن
nav-applicants = درخواست گزار
nav-home = میری درخواست
nav-application = درخواست
nav-settings = ترتیبات
# Late ids of branch firstrun (c5302d5): nav-welcome with the nav-* lines, welcome-* in their
# own block, unlock-* in ## Unlock; unlock-explanation REPLACES the existing line.
nav-welcome = خوش آمدید اور رہنمائی
welcome-title = خوش آمدید: Cittadinanza
welcome-intro = یہ ایپلیکیشن اٹلی میں رہنے والے غیر ملکیوں کو وزارتِ داخلہ کے پورٹل کے لیے اطالوی شہریت کی درخواست تیار کرنے میں مدد دیتی ہے، اور ان ہیلپ ڈیسکوں (پیٹروناٹو، تنظیمیں، بلدیہ کے کاؤنٹر) کی بھی مدد کرتی ہے جو درخواست گزاروں کی معاونت کرتے ہیں۔
welcome-private = سب کچھ اسی کمپیوٹر پر انکرپٹ ہو کر رہتا ہے۔ جب تک آپ پورٹل میں لاگ ان نہ کریں، کچھ بھی نہیں بھیجا جاتا۔
welcome-paths = دو راستے
welcome-path-residence = رہائش کی بنیاد پر (دفعہ 9): اٹلی میں قانونی رہائش کی ایک مدت کے بعد، عام طور پر 10 سال (یورپی یونین کے شہریوں کے لیے 4، پناہ گزینوں اور بے وطن افراد کے لیے 5)، اور گزشتہ تین سال میں کافی آمدنی کے ساتھ۔
welcome-path-marriage = شادی کی بنیاد پر (دفعہ 5): اگر آپ کی کسی اطالوی شہری سے شادی یا سول یونین ہے، تو شادی کے بعد اٹلی میں 2 سال رہائش کے بعد (بیرونِ ملک رہتے ہوں تو 3)، بچے ہوں تو آدھی مدت۔
welcome-at-hand = کیا تیار رکھیں
welcome-have-identity = پاسپورٹ یا شناختی دستاویز، رہائشی اجازت نامہ (permesso di soggiorno) اور ٹیکس کوڈ (codice fiscale)
welcome-have-birth = پیدائش کا سرٹیفکیٹ (atto di nascita)، تصدیق شدہ (یا اپوسٹل کے ساتھ) اور ترجمہ شدہ
welcome-have-record = اپنے آبائی ملک اور 14 سال کی عمر سے جن ممالک میں آپ رہے، ان سب کا کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) (اجرا سے 6 ماہ تک کارآمد)
welcome-have-residence = اٹلی میں جن پتوں پر آپ رہے، تاریخوں کے ساتھ
welcome-have-income = گزشتہ تین سال کی آمدنی (CU، 730 یا Unico؛ صرف رہائش والے راستے کے لیے)
welcome-have-language = اطالوی زبان کا B1 سرٹیفکیٹ، اگر آپ مستثنیٰ نہیں
welcome-eligibility-title = کیا میں درخواست دے سکتا/سکتی ہوں؟
welcome-eligibility-hint = چند سوالات بتاتے ہیں کہ آپ ابھی درخواست دے سکتے ہیں یا کب سے۔
welcome-eligibility = ابھی جانچیں
welcome-who-title = آپ ایپلیکیشن کس کے لیے استعمال کر رہے ہیں؟
welcome-who-hint = آپ اسے بعد میں ترتیبات میں تبدیل کر سکتے ہیں (ہیلپ ڈیسک موڈ)۔
welcome-myself = اپنے لیے
welcome-help-desk = میں ہیلپ ڈیسک ہوں

## درخواست گزار
applicants-title = درخواست گزار
applicants-my-application = میری درخواست
applicants-search = نام، ٹیکس کوڈ (codice fiscale) یا K10 نمبر سے تلاش کریں
applicants-show-archived = محفوظ شدہ (آرکائیو) بھی دکھائیں
applicants-showing = { $total } میں سے { $shown } دکھائے گئے: فہرست مختصر کرنے کے لیے نام، codice fiscale یا K10 سے تلاش کریں۔
applicants-show-more = مزید { $count } دکھائیں
applicants-new = نیا درخواست گزار
applicants-empty = کوئی درخواست نہیں ملی۔
applicants-start = نئی درخواست شروع کریں
applicants-unnamed = (ابھی نام نہیں)
applicants-last-saved = { $time } کو محفوظ کیا گیا
applicants-archived = آرکائیو شدہ
applicants-progress = { $total } میں سے { $done } حصے مکمل
applicants-open = کھولیں
applicants-archive = آرکائیو کریں
applicants-unarchive = بحال کریں
applicants-delete = حذف کریں
applicants-confirm-delete = کیا { $name } کی درخواست اور اس کی دستاویزات ہمیشہ کے لیے حذف کر دی جائیں؟
applicants-delete-confirm = جی ہاں، حذف کریں

## حصوں کا ایڈیٹر
editor-section-complete = حصہ مکمل
editor-section-incomplete = حصہ مکمل کرنا باقی ہے
editor-saving = محفوظ کیا جا رہا ہے…
editor-unsaved = غیر محفوظ تبدیلیاں
editor-saved-at = { $time } پر محفوظ کیا گیا
editor-not-saved-yet = ابھی محفوظ نہیں ہوا
editor-back = درخواست گزار →
editor-save = محفوظ کریں
editor-previous = → پچھلا حصہ
editor-next = اگلا حصہ ←
editor-add-row = + شامل کریں
editor-remove-row = ہٹائیں
editor-attachments = منسلک دستاویزات
editor-no-attachments = کوئی دستاویز منسلک نہیں۔
editor-issued-on = { $date } کو جاری
editor-attach-new = دستاویز منسلک کریں
editor-attach-kind = دستاویز کی قسم
editor-attach-issue-date = اجرا کی تاریخ (جہاں ضروری ہو)
editor-attach-country = ملک (کریمنل ریکارڈ سرٹیفکیٹ)
editor-attach-choose-file = فائل منتخب کریں…
editor-choose-kind-first = پہلے دستاویز کی قسم منتخب کریں۔
placeholder-date = DD/MM/YYYY
placeholder-amount = 12345.67
placeholder-comma-list = کوما سے الگ کریں
placeholder-choose = منتخب کریں…
editor-prefecture-propose = تجویز: پریفیکچر (Prefettura) { $name } (رہائش کا صوبہ)
editor-consulate-label = متعلقہ قونصلر دفتر (بیرونِ ملک رہائش)
editor-consulate-placeholder = مثال کے طور پر Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = اس اطالوی قونصلر دفتر کا نام لکھیں جو آپ کی رہائش کی جگہ کے لیے ذمہ دار ہے، جیسا کہ سفارت خانے یا قونصل خانے کی ویب سائٹ پر لکھا ہے: ایپ میں قونصل خانوں کی کوئی فہرست نہیں ہے۔ دستاویزات اسی دفتر کے نام بھیجی جائیں گی۔

## ترتیبات
settings-title = ترتیبات
settings-language = زبان
settings-theme = تھیم
settings-text-scale = متن کا سائز: { $percent }%
settings-data-folder = ڈیٹا فولڈر
settings-choose-folder = فولڈر منتخب کریں…
settings-default-folder = طے شدہ فولڈر
settings-restart-needed = نیا فولڈر اگلی بار ایپ شروع ہونے پر استعمال ہوگا۔
settings-portal-url = پورٹل کا پتا
settings-help-desk = ہیلپ ڈیسک موڈ (کئی درخواست گزار)
settings-help-desk-hint = پیٹروناٹو (patronato)، CAF اور کئی لوگوں کی مدد کرنے والی تنظیموں کے لیے۔ بند ہونے پر ایپ صرف آپ کی اپنی درخواست دکھاتی ہے۔
theme-light = ہلکا
theme-dark = گہرا
theme-high-contrast = زیادہ کنٹراسٹ

## ان لاک
unlock-title = ڈیٹا فولڈر کھولیں
unlock-explanation = آپ کا ڈیٹا اس فولڈر کے لیے منتخب کیے گئے پاس فریز سے انکرپٹ ہے۔ فولڈر کھولنے کے لیے اسے لکھیں۔
unlock-passphrase = پاس فریز
unlock-open = کھولیں
unlock-create-title = ایک پاس فریز منتخب کریں
unlock-create-explanation = آپ کا ڈیٹا ایک پاس فریز سے انکرپٹ کیا جائے گا جو آپ ہر بار شروع کرتے وقت لکھیں گے۔ اس میں کم از کم { $min } حروف ہونے چاہییں؛ کئی الفاظ کا جملہ یاد رکھنا آسان اور زیادہ محفوظ ہوتا ہے۔
unlock-keyring-unavailable = سسٹم کا کی رِنگ دستیاب نہیں، اس لیے ڈیٹا ایک پاس فریز سے محفوظ ہے۔
unlock-details = تفصیلات
unlock-details-hide = تفصیلات چھپائیں
unlock-repeat = پاس فریز دوبارہ لکھیں
unlock-min-length = کم از کم { $min } حروف۔
unlock-strength-too-short = بہت چھوٹا: کم از کم { $min } حروف ضروری ہیں۔
unlock-strength-weak = کمزور: الفاظ، ہندسے یا علامات شامل کریں۔
unlock-strength-fair = مناسب۔
unlock-strength-strong = مضبوط۔
unlock-no-recovery = خبردار: اگر آپ پاس فریز بھول گئے تو کوئی بھی ڈیٹا واپس نہیں لا سکتا۔ اسے لکھ کر کسی محفوظ جگہ رکھیں۔
unlock-mismatch = دونوں پاس فریز مطابقت نہیں رکھتے۔
unlock-create = بنائیں اور جاری رکھیں

# --- codice fiscale ---
err-cf-empty = ٹیکس کوڈ (codice fiscale) لکھیں۔
err-cf-length = ٹیکس کوڈ (codice fiscale) میں 16 حروف ہوتے ہیں؛ اس میں { $found } ہیں۔
err-cf-character = حرف نمبر { $position } (“{ $character }”) codice fiscale کی اس جگہ پر قابلِ قبول نہیں۔
err-cf-check-letter = آخری حرف (جانچ کا حرف) { $expected } ہونا چاہیے، { $found } نہیں: دیکھیں کہ کوڈ صحیح نقل کیا گیا ہے۔
err-cf-month = حرف “{ $found }” مہینے کا درست حرف نہیں (A B C D E H L M P R S T)۔
err-cf-day = مہینے { $month } میں دن { $day } نہیں ہوتا (خواتین کے لیے دن میں 40 جمع کیا جاتا ہے)۔
err-cf-unknown-place = کسی بلدیہ یا غیر ملک کا کوڈ { $code } نہیں ہے۔
err-cf-place-code-format = کوڈ “{ $code }” کسی جگہ کا کوڈ نہیں ہے (ایک حرف اور تین ہندسے، جیسے H501 یا Z404)۔
err-cf-surname-missing = خاندانی نام نہیں لکھا گیا (کم از کم ایک حرف ضروری ہے)۔
err-cf-name-missing = نام نہیں لکھا گیا (کم از کم ایک حرف ضروری ہے)۔
err-cf-unsupported-character = { $field ->
        [surname] خاندانی نام
       *[name] نام
    } میں “{ $character }” ہے، جس کا لاطینی حروف میں کوئی متبادل نہیں: اسے ویسے لکھیں جیسے پاسپورٹ یا رہائشی اجازت نامے (permesso di soggiorno) میں لکھا ہے۔
err-cf-place-missing = جائے پیدائش نہیں لکھی گئی۔
err-cf-town-missing = پیدائش کی بلدیہ (Comune) نہیں لکھی گئی۔
err-cf-unknown-municipality = اٹلی میں “{ $name }” نام کی کوئی بلدیہ نہیں ہے۔
err-cf-municipality-province = صوبہ { $province } میں “{ $name }” نام کی کوئی بلدیہ نہیں ہے۔
err-cf-municipality-ambiguous = کئی بلدیات کا نام “{ $name }” ہے ({ $provinces }): صوبہ لکھیں۔
err-cf-municipality-date = بلدیہ “{ $name }” { $date } کو موجود نہیں تھی: بلدیہ کا وہ نام لکھیں جو تاریخِ پیدائش پر تھا۔
err-cf-unknown-country = نامعلوم ملک: “{ $name }”۔
err-cf-mismatch-surname = یہ codice fiscale خاندانی نام سے مطابقت نہیں رکھتا: خاندانی نام سے { $expected } بنتا ہے، کوڈ میں { $found } ہے۔
err-cf-mismatch-name = یہ codice fiscale نام سے مطابقت نہیں رکھتا: نام سے { $expected } بنتا ہے، کوڈ میں { $found } ہے۔
err-cf-mismatch-birth-date = یہ codice fiscale تاریخِ پیدائش سے مطابقت نہیں رکھتا: معلومات میں { $expected }، کوڈ میں { $found }۔
err-cf-mismatch-sex = یہ codice fiscale جنس سے مطابقت نہیں رکھتا: معلومات میں { $expected }، کوڈ میں { $found }۔
err-cf-mismatch-place = یہ codice fiscale جائے پیدائش سے مطابقت نہیں رکھتا: معلومات میں { $expected }، کوڈ میں { $found }۔
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = سسٹم کا کی رِنگ (پاس ورڈ اسٹور) دستیاب نہیں، اس لیے ڈیٹا کی چابی اس میں نہیں رکھی جا سکتی۔ آپ ڈیٹا کو ایک پاس فریز سے محفوظ کر سکتے ہیں جو ہر بار شروع کرتے وقت لکھنا ہوگا۔ تفصیل: { $detail }
secrets-failed = سسٹم کے کی رِنگ نے یہ عمل مسترد کر دیا: { $detail }
secrets-malformed = سسٹم کے کی رِنگ میں خفیہ معلومات "{ $name }" خراب ہے۔
secrets-passphrase-too-short = پاس فریز میں کم از کم { $min } حروف ہونے چاہییں۔
secrets-key-derivation-failed = پاس فریز سے چابی نہیں بنائی جا سکی: { $detail }
store-in-use = یہ ڈیٹا فولڈر کسی دوسری ونڈو یا پروگرام میں پہلے سے کھلا ہے۔ اسے بند کر کے دوبارہ کوشش کریں۔
store-newer-format = یہ ڈیٹا پروگرام کے نئے ورژن سے محفوظ کیا گیا تھا (فارمیٹ { $found })۔ اسے کھولنے کے لیے پروگرام اپ ڈیٹ کریں؛ ڈیٹا میں کوئی تبدیلی نہیں ہوئی۔
store-wrong-key = چابی اس ڈیٹا فولڈر سے مطابقت نہیں رکھتی: ڈیٹا ڈکرپٹ نہیں کیا جا سکتا۔
store-wrong-passphrase = پاس فریز غلط ہے۔ دوبارہ کوشش کریں: ڈیٹا میں کوئی تبدیلی نہیں ہوئی۔
store-passphrase-required = یہ ڈیٹا فولڈر پاس فریز سے محفوظ ہے: کھولنے کے لیے اسے لکھیں۔
store-key-missing = اس ڈیٹا فولڈر کی چابی اس کمپیوٹر کے کی رِنگ میں نہیں ہے (فولڈر کسی دوسرے کمپیوٹر سے نقل کیا گیا یا کی رِنگ صاف کر دیا گیا)۔ چابی کے بغیر ڈیٹا پڑھا نہیں جا سکتا: اصل کمپیوٹر استعمال کریں اور درخواست گزاروں کو ایک انکرپٹڈ پیکج میں ایکسپورٹ کریں۔
store-applicant-not-found = یہ درخواست گزار اب موجود نہیں (شاید حذف کر دیا گیا)۔
store-version-not-found = ورژن { $version } اب دستیاب نہیں۔
store-document-not-found = یہ دستاویز اب موجود نہیں (شاید ہٹا دی گئی)۔
store-document-missing = دستاویز "{ $name }" کی انکرپٹڈ فائل ڈیٹا فولڈر میں نہیں ہے۔ اسے دوبارہ امپورٹ کریں۔
store-document-damaged = دستاویز "{ $name }" خراب ہے (سالمیت کی جانچ مطابقت نہیں رکھتی) اور ایکسپورٹ نہیں کی گئی۔ اسے دوبارہ امپورٹ کریں۔
store-corrupt = محفوظ ڈیٹا کا ایک حصہ خراب ہے اور پڑھا نہیں جا سکتا ({ $detail })۔
store-file-not-found = فائل یا فولڈر نہیں ملا: { $path }
store-not-a-file = یہ فائل نہیں ہے: "{ $path }"
store-permission-denied = اجازت نہیں: { $path }
store-disk-full = ڈسک بھر گئی ہے: جگہ خالی کر کے دوبارہ کوشش کریں۔ جو تبدیلیاں ابھی محفوظ نہیں ہوئیں وہ ونڈو میں رہیں گی۔
store-io-failed = پڑھنے یا لکھنے میں خرابی ({ $path }): { $detail }
store-database-failed = مقامی ڈیٹابیس میں خرابی: { $detail }
store-bundle-wrong-passphrase = اس پیکج کا پاس فریز غلط ہے۔
store-bundle-truncated = پیکج نامکمل ہے (نقل یا ڈاؤن لوڈ درمیان میں رک گیا)۔ اسے دوبارہ نقل کریں۔
store-bundle-tampered = پیکج میں تبدیلی کی گئی ہے یا یہ خراب ہے اور امپورٹ نہیں کیا جا سکتا۔
store-not-a-bundle = یہ فائل Cittadinanza کا پیکج نہیں ہے۔
store-bundle-unsupported-version = پیکج پروگرام کے نئے ورژن سے بنایا گیا تھا (فارمیٹ { $found })۔ اسے امپورٹ کرنے کے لیے پروگرام اپ ڈیٹ کریں۔
store-history-note = ہر بار محفوظ کرنے پر ایک نیا ورژن بنتا ہے: ہر درخواست گزار کے آخری { $count } ورژن رکھے جاتے ہیں۔
# --- end store ---

# --- portal ---
err-portal-invalid-url = پورٹل کا پتا “{ $url }” درست نہیں: https:// والا پتا ضروری ہے (یا اس کمپیوٹر پر چلنے والے پورٹل کے لیے http://)۔
err-portal-insecure-url = پتا “{ $url }” خفیہ کاری شدہ نہیں: پورٹل تک صرف https:// کے ذریعے رسائی ہوتی ہے (http:// صرف اس کمپیوٹر پر چلنے والے پورٹل کے لیے جائز ہے)۔
err-portal-answer-too-large = پورٹل نے { $megabytes } MB سے بڑا جواب بھیجا: اسے روک دیا گیا۔ سرور خراب ہو سکتا ہے یا شاید وہ پورٹل ہی نہیں۔
err-portal-unreachable = پورٹل تک رسائی نہیں ہو رہی۔ تبدیلیاں قطار میں رہیں گی اور جلد از جلد بھیجی جائیں گی۔
err-portal-timeout = پورٹل نے وقت پر جواب نہیں دیا۔ تبدیلیاں قطار میں رہیں گی؛ بعد میں دوبارہ کوشش کریں۔
err-portal-server = پورٹل میں خرابی پیش آئی (کوڈ { $status })۔ تبدیلیاں قطار میں رہیں گی۔
err-portal-unauthorized = سیشن ختم ہو گیا ہے یا آپ نے ابھی لاگ ان نہیں کیا۔ دوبارہ لاگ ان کریں۔
err-portal-bad-credentials = ای میل یا پاس ورڈ غلط ہے۔
err-portal-forbidden = یہ اکاؤنٹ یہ کام نہیں کر سکتا۔
err-portal-not-found = درخواست پورٹل پر نہیں ملی (یا اس اکاؤنٹ سے منسلک نہیں)۔
err-portal-account-exists = اس ای میل سے پہلے ہی ایک اکاؤنٹ موجود ہے۔ رجسٹر کرنے کے بجائے لاگ ان کریں۔
err-portal-conflict = درخواست کسی اور جگہ تبدیل کی گئی ہے (ورژن { $version })۔ ہر حصے کے لیے منتخب کریں کہ کون سا ورژن رکھنا ہے۔
err-portal-already-submitted = درخواست پہلے ہی بھیجی جا چکی ہے: دوسری نہیں بنائی جائے گی۔
err-portal-not-editable = بھیجی گئی درخواست میں اب تبدیلی نہیں کی جا سکتی۔
err-portal-incomplete = پورٹل درخواست قبول نہیں کرتا: خانہ { $detail } خالی ہے۔
err-portal-associate-mismatch =
    { $field ->
        [surname] خاندانی نام درخواست والے خاندانی نام سے مطابقت نہیں رکھتا۔
        [name] نام درخواست والے نام سے مطابقت نہیں رکھتا۔
        [birth_date] تاریخِ پیدائش درخواست والی تاریخِ پیدائش سے مطابقت نہیں رکھتی۔
        [previous_email] دیا گیا ای میل وہ نہیں جو درخواست میں استعمال ہوا تھا۔
        [k10_number] اس K10 نمبر کی کوئی درخواست نہیں (فارمیٹ K10/0000001 یا K10/C/0000001)۔
       *[any] یہ معلومات کسی بھی درخواست سے مطابقت نہیں رکھتیں۔ درخواست کا K10 نمبر (فارمیٹ K10/0000001 یا K10/C/0000001)، خاندانی نام، نام، تاریخِ پیدائش اور درخواست میں استعمال شدہ ای میل چیک کریں۔
    }
err-portal-already-associated = درخواست پہلے ہی کسی دوسرے اکاؤنٹ سے منسلک ہے۔ پریفیکچر (Prefettura) سے رابطہ کریں۔
err-portal-too-large = فائل یا ڈیٹا پورٹل کے لیے بہت بڑا ہے (دستاویزات 64 MB تک)۔
err-portal-rate-limited = بہت زیادہ کوششیں۔ چند منٹ (زیادہ سے زیادہ ایک گھنٹہ) انتظار کریں اور دوبارہ کوشش کریں۔
err-portal-checksum = بھیجتے وقت دستاویز خراب ہو گئی۔ دوبارہ کوشش کریں: بھیجنا محفوظ طریقے سے شروع سے ہوگا۔
err-portal-rejected = پورٹل نے درخواست مسترد کر دی ({ $code })۔
err-portal-protocol = پورٹل سے غیر متوقع جواب: شاید پورٹل کا ورژن مختلف ہے۔ ({ $detail })
err-portal-local = مقامی ہم آہنگی (سنک) کا ڈیٹا پڑھا یا لکھا نہیں جا سکا: { $detail }
err-portal-document = { $detail }
err-portal-token-store = سسٹم کے کی رِنگ میں لاگ ان یاد نہیں رکھا جا سکا: { $detail }
err-portal-not-linked = یہ درخواست ابھی پورٹل پر نہیں بھیجی گئی۔
err-portal-relink-pending = مطابقت (sync) کا ڈیٹا دوبارہ بنایا جا رہا ہے: نئی درخواستیں بھیجنے سے پہلے پورٹل میں لاگ ان کریں اور مطابقت کریں تاکہ درخواستیں دوبارہ منسلک ہو جائیں۔
portal-status-draft = مسودہ
portal-status-submitted = بھیجی گئی
portal-status-accepted = پریفیکچر نے قبول کر لی
portal-status-inadmissible = ناقابلِ قبول (inammissibile) قرار دی گئی
portal-status-notice-10bis = مسترد کرنے کا پیشگی نوٹس (preavviso di rigetto، دفعہ 10-bis)
portal-status-granted = شہریت دینے کا حکم نامہ (decreto di concessione)
portal-status-rejected = مسترد کرنے کا حکم نامہ (decreto di rigetto)
portal-status-oath-scheduled = حلف (giuramento) کی تاریخ طے
portal-comm-acceptance = درخواست { $date } کو قبول کی گئی
portal-comm-inadmissibility = درخواست { $date } کو ناقابلِ قبول قرار دی گئی
portal-comm-notice-10bis = { $date } کا مسترد کرنے کا پیشگی نوٹس: { $days } دن کے اندر ({ $respond_by } تک) جواب دیں
portal-comm-decree-granted = { $date } کا شہریت دینے کا حکم نامہ
portal-comm-decree-rejected = { $date } کا مسترد کرنے کا حکم نامہ
portal-comm-oath-appointment = حلف { $appointment } کو، مقام: { $place }
portal-sync-pending = { $count ->
    [0] سب کچھ ہم آہنگ ہے
    [one] ایک تبدیلی بھیجے جانے کی منتظر
   *[other] { $count } تبدیلیاں بھیجے جانے کی منتظر
}
portal-queue-damaged = پورٹل کے ساتھ مطابقت کا ڈیٹا خراب ہو گیا تھا: اس کی ایک نقل ڈیٹا فولڈر میں “{ $file }” کے نام سے محفوظ کی گئی ہے۔ اس کمپیوٹر پر درخواستیں اور دستاویزات محفوظ ہیں۔ پورٹل میں لاگ ان کریں اور مطابقت کریں: درخواستوں کے روابط دوبارہ بنائے جائیں گے۔
portal-queue-rebuilt =
    مطابقت کا خراب ڈیٹا (نقل “{ $file }”) دوبارہ بنا دیا گیا: { $count ->
        [one] ایک درخواست دوبارہ پورٹل سے منسلک ہو گئی ہے۔
       *[other] کل { $count } درخواستیں دوبارہ پورٹل سے منسلک ہو گئی ہیں۔
    } پورٹل کے ساتھ فرق بھیجنے سے پہلے آپ کو دکھائے جائیں گے۔
portal-queue-dismiss = سمجھ گیا
# portal block, after portal-sync-pending:
portal-sync-uploads-failing =
    { $count ->
        [one] تبدیلیاں بھیج دی گئی ہیں، لیکن ایک دستاویز اپ لوڈ نہیں ہوئی: { $error }
       *[other] تبدیلیاں بھیج دی گئی ہیں، لیکن { $count } دستاویزات اپ لوڈ نہیں ہوئیں (پہلی: { $error })
    }
portal-sync-conflicts = { $count ->
    [one] ایک درخواست میں مطابقت کرنی ہے
   *[other] { $count } درخواستوں میں مطابقت کرنی ہے
}
portal-conflict-keep-mine = میرا ورژن رکھیں
portal-conflict-take-theirs = پورٹل کا ورژن لیں
portal-sign-in = پورٹل میں لاگ ان کریں
portal-sign-out = پورٹل سے لاگ آؤٹ کریں
portal-role-applicant = درخواست گزار
portal-role-operator = ہیلپ ڈیسک آپریٹر
# --- end portal ---

# --- validation ---
## خانوں کی جانچ (rules::Problem)
err-missing = یہ خانہ ضروری ہے۔
err-invalid-date = تاریخ درست نہیں: اسے DD/MM/YYYY کی شکل میں لکھیں (جیسے 05/03/2020)۔
err-impossible-date = یہ تاریخ موجود نہیں: دن اور مہینہ جانچیں۔
err-year-out-of-range = سال درست نہیں لگتا: اسے پورے چار ہندسوں میں لکھیں۔
err-date-in-future = تاریخ مستقبل کی نہیں ہو سکتی۔
err-date-before-birth = تاریخ، تاریخِ پیدائش سے پہلے کی ہے۔
err-end-before-start = اختتام کی تاریخ آغاز کی تاریخ ({ $start }) سے پہلے کی ہے۔
err-date-before = تاریخ { $event ->
        [event-first-entry] اٹلی میں پہلے داخلے
        [event-marriage] شادی
        [event-status-recognised] حیثیت تسلیم ہونے
       *[event-issue] اجرا کی تاریخ
    } ({ $date }) سے پہلے کی نہیں ہو سکتی۔
err-expired = { $date } کو میعاد ختم ہو گئی۔
err-invalid-amount = رقم درست نہیں: اسے یورو میں لکھیں، جیسے 12.345,67 یا 12345.67۔
err-wrong-amount = واجب الادا رقم { $expected } یورو ہے۔
err-invalid-email = ای میل پتا درست نہیں (جیسے naam@esempio.it)۔
err-invalid-phone = فون نمبر درست نہیں: صرف ہندسے اور خالی جگہ استعمال کریں، بین الاقوامی کوڈ سے پہلے + لگائیں (جیسے +39 333 1234567)۔
err-invalid-province = صوبے کا مخفف درست نہیں: دو حروف ضروری ہیں، جیسے MI۔
err-invalid-postcode = پوسٹ کوڈ (CAP) درست نہیں: پانچ ہندسے ضروری ہیں۔
err-invalid-year = سال درست نہیں: چار ہندسے لکھیں، جیسے 2024۔
err-invalid-notice-code = کوڈ درست نہیں: pagoPA نوٹس کوڈ میں 18 ہندسے ہوتے ہیں، IUV میں 15 سے 25 حروف یا ہندسے۔
err-invalid-name = صرف حروف، خالی جگہ، اپاسٹروفی، نقطے اور ہائفن کی اجازت ہے۔
err-birth-place-contradicts-basis = آپ نے اٹلی میں پیدائش بتائی ہے، لیکن ذاتی معلومات میں جائے پیدائش بیرونِ ملک ہے۔
err-spouse-not-italian = شادی کی بنیاد پر درخواست (دفعہ 5) کے لیے شریکِ حیات کا اطالوی شہری ہونا ضروری ہے۔
err-not-married = شادی کی بنیاد پر درخواست (دفعہ 5) کے لیے ازدواجی حیثیت “شادی شدہ” یا “سول یونین” ہونی چاہیے۔
err-atto-notorio-not-allowed = حلف نامہ (atto notorio) پیدائش کے سرٹیفکیٹ کی جگہ صرف پناہ گزینوں اور بے وطن افراد کے لیے قبول ہے۔
err-translation-required = دستاویز کا اطالوی میں ترجمہ ہونا چاہیے (یا یہ کثیر لسانی نقل ہونی چاہیے)۔
err-residence-gap = { $from } سے { $to } تک کی رہائش درج نہیں: چھوٹا ہوا دور شامل کریں یا تاریخیں درست کریں۔
err-residence-overlap = یہ دور، دور نمبر { $other } سے ٹکراتا ہے۔
err-open-period-not-last = صرف موجودہ، یعنی آخری رہائش کی اختتامی تاریخ خالی رہ سکتی ہے۔
err-residences-not-up-to-date = آخری رہائش { $date } کو ختم ہوتی ہے: موجودہ رہائش شامل کریں۔
err-registered-before-14-contradicted = درج رہائشوں کے مطابق، آبادی رجسٹر (anagrafe) میں پہلا اندراج 14 سال کی عمر کے بعد ہوا تھا۔
err-income-year-missing = { $year } کی آمدنی درج نہیں۔
err-income-year-not-required = صرف ان برسوں کی آمدنی ضروری ہے: { $years }۔
err-duplicate-year = یہ سال آپ پہلے ہی درج کر چکے ہیں۔
err-criminal-certificate-missing = اس ملک کا کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) موجود نہیں: { $country }۔
err-language-level-too-low = سطح { $level } کافی نہیں: کم از کم B1 سطح ضروری ہے۔
err-invalid-language-level = سطح درست نہیں: A1، A2، B1، B2، C1 یا C2 لکھیں۔
err-exemption-needs-long-term-permit = یہ استثنا صرف ان کے لیے ہے جن کے پاس طویل مدتی رہائشیوں کا EU رہائشی اجازت نامہ (permesso di soggiorno UE per soggiornanti di lungo periodo) ہے (حصہ 4 میں درج کریں)۔
err-exemption-not-for-eu-citizens = یورپی یونین کے شہریوں کو استثنا نہیں: B1 سطح کا سرٹیفکیٹ ضروری ہے۔
err-must-accept = درخواست بھیجنے کے لیے آپ کو اس اقرار پر نشان لگانا ہوگا۔
err-document-missing = ایک دستاویز موجود نہیں: { $kind ->
        [doc-birth-certificate] پیدائش کا سرٹیفکیٹ (atto di nascita)
        [doc-criminal-record] کریمنل ریکارڈ سرٹیفکیٹ (certificato penale)
        [doc-identity-document] شناختی دستاویز
        [doc-residence-permit] رہائشی اجازت نامہ (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] اطالوی زبان کا سرٹیفکیٹ
        [doc-income-statement] انکم ٹیکس گوشوارہ
        [doc-payment-receipt] ادائیگی کی رسید
        [doc-marriage-certificate] شادی کا سرٹیفکیٹ (atto di matrimonio)
        [doc-atto-notorio] حلف نامہ (atto notorio)
       *[doc-other] کوئی دوسری دستاویز
    }۔
err-document-missing-for = ایک دستاویز موجود نہیں: { $kind ->
        [doc-birth-certificate] پیدائش کا سرٹیفکیٹ (atto di nascita)
        [doc-criminal-record] کریمنل ریکارڈ سرٹیفکیٹ (certificato penale)
        [doc-identity-document] شناختی دستاویز
        [doc-residence-permit] رہائشی اجازت نامہ (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] اطالوی زبان کا سرٹیفکیٹ
        [doc-income-statement] انکم ٹیکس گوشوارہ
        [doc-payment-receipt] ادائیگی کی رسید
        [doc-marriage-certificate] شادی کا سرٹیفکیٹ (atto di matrimonio)
        [doc-atto-notorio] حلف نامہ (atto notorio)
       *[doc-other] کوئی دوسری دستاویز
    } ({ $detail })۔
err-document-expired = دستاویز کی میعاد { $date } کو ختم ہو گئی ({ $kind ->
        [doc-criminal-record] کریمنل ریکارڈ سرٹیفکیٹ اجرا کی تاریخ سے چھ ماہ تک کارآمد ہے
        [doc-identity-document] شناختی دستاویز
        [doc-residence-permit] رہائشی اجازت نامہ
       *[doc-other] منسلک دستاویز
    }): ایک کارآمد دستاویز منسلک کریں۔
err-attachment-incomplete = منسلکہ نامکمل ہے: فائل یا دستاویز کی قسم موجود نہیں۔
info-residence-span = { $from } سے { $to } تک مسلسل رہائش (پورے سال: { $years })۔

## K10 نمبر
k10-kind-naturalisation = رہائش کی بنیاد پر شہریت
k10-kind-marriage = شادی کی بنیاد پر شہریت
err-k10-empty = درخواست کا K10 نمبر لکھیں۔
err-k10-prefix = درست K10 نمبر “K10/” سے شروع ہوتا ہے، جیسے K10/0000001 یا K10/C/0000001۔
err-k10-kind = نمبر میں “K10/” کے بعد سات ہندسے (رہائش کے لیے) یا “C/” اور سات ہندسے (شادی کے لیے) آتے ہیں۔
err-k10-digits = نمبر میں ابتدائی صفر سمیت سات ہندسے ہونے چاہییں؛ یہاں { $found } ہیں۔
err-k10-character = نمبر میں “{ $character }” ہے: صرف ہندسوں کی اجازت ہے۔
err-k10-zero = 0000000 درست K10 نمبر نہیں ہے۔
err-k10-wrong-kind-marriage = شادی کی بنیاد پر شہریت (دفعہ 5) کے لیے نمبر کی شکل { $expected } ہوتی ہے، “C/” کے ساتھ۔
err-k10-wrong-kind-naturalisation = رہائش کی بنیاد پر شہریت (دفعہ 9) کے لیے نمبر کی شکل { $expected } ہوتی ہے، “C/” کے بغیر۔
# --- end validation ---

# --- pdf ---
pdf-doc-spid = فارم برائے SPID (درخواست منسلک کرنے کے لیے خود اقرار نامہ، autocertificazione)
pdf-doc-maintenance = کفالت کا اقرار نامہ (dichiarazione di mantenimento)
pdf-doc-change = رابطے کی معلومات اور آمدنی میں تبدیلی
pdf-doc-summary = ہیلپ ڈیسک کے لیے خلاصہ
pdf-group-declarant = اقرار کرنے والے کی معلومات
pdf-group-supporter = کفالت کرنے والا خاندان کا فرد
pdf-group-applicant = شہریت کا درخواست گزار
pdf-group-document = شناختی دستاویز
pdf-group-statement = اقرار نامہ
pdf-group-as-in-application = درخواست کے مطابق معلومات
pdf-group-as-in-spid = معلومات، SPID کے مطابق
pdf-group-income = آمدنی
pdf-group-changes = تبدیلیاں
pdf-group-signature = مقام اور تاریخ
pdf-field-surname = خاندانی نام
pdf-field-name = نام
pdf-field-birth-surname = پیدائش کے وقت خاندانی نام (اگر مختلف ہو)
pdf-field-sex = جنس
pdf-field-birth-date = تاریخِ پیدائش
pdf-field-birth-place = جائے پیدائش
pdf-field-citizenship = شہریت
pdf-field-codice-fiscale = ٹیکس کوڈ (codice fiscale)
pdf-field-residence = رہائش (مکمل پتا)
pdf-field-email = ای میل یا تصدیق شدہ ای میل (PEC)
pdf-field-phone = فون
pdf-field-document-kind = دستاویز کی قسم
pdf-field-document-number = دستاویز نمبر
pdf-field-document-issuer = جاری کنندہ
pdf-field-document-expiry = دستاویز کی میعاد ختم ہونے کی تاریخ
pdf-field-prefecture = پریفیکچر (Prefettura)
pdf-field-k10-number = درخواست نمبر (K10)
pdf-field-submitted-on = درخواست بھیجنے کی تاریخ
pdf-field-mismatch-reason = درخواست اور SPID میں فرق کی وجہ
pdf-field-ticket = ہیلپ ڈیسک ٹکٹ نمبر
pdf-field-place = دستخط کا مقام
pdf-field-date = دستخط کی تاریخ
pdf-field-relationship = درخواست گزار سے رشتہ
pdf-field-same-household = درخواست گزار کے خاندانی سرٹیفکیٹ (stato di famiglia) میں شامل
pdf-field-supported-since = کفالت کا آغاز
pdf-field-income-rows = کم از کم ایک سال کی آمدنی
pdf-field-income-year = ٹیکس کا سال (قطار { $row })
pdf-field-income-amount = قابلِ ٹیکس آمدنی { $year }
pdf-field-income-source = ٹیکس دستاویز { $year }
pdf-field-changes-any = کم از کم ایک تبدیلی (رابطہ یا آمدنی)
pdf-field-new-residence = نئی رہائش
pdf-field-residence-since = نئے پتے پر رہائش کا آغاز
pdf-field-new-email = نیا ای میل یا PEC پتا
pdf-field-new-phone = نیا فون نمبر
err-pdf-missing-fields = { $count ->
    [one] دستاویز پرنٹ کرنے کے لیے ایک ضروری معلومات موجود نہیں۔
   *[other] دستاویز پرنٹ کرنے کے لیے { $count } ضروری معلومات موجود نہیں۔
}
err-pdf-unknown-field = نامعلوم خانہ: { $field }۔
err-pdf-invalid-value = اس خانے کی قدر درست نہیں: { $field }۔
err-pdf-font = شامل فونٹ پڑھا نہیں جا سکتا: ایپلیکیشن دوبارہ انسٹال کریں۔
pdf-page-of = صفحہ { $page } از { $pages }
pdf-summary-title = شہریت کی درخواست کا خلاصہ
pdf-summary-printed-on = { $date } کو پرنٹ کیا گیا – ہیلپ ڈیسک کے لیے یادداشت، سرکاری دستاویز نہیں
pdf-summary-footer = خلاصہ – { $name } – { $date }
pdf-summary-unnamed = (ابھی نام درج نہیں)
pdf-summary-applicant = درخواست گزار
pdf-label-name = خاندانی نام اور نام
pdf-label-codice-fiscale = ٹیکس کوڈ (codice fiscale)
pdf-label-birth = تاریخ اور جائے پیدائش
pdf-label-citizenship = شہریت
pdf-label-basis = درخواست کی قانونی بنیاد
pdf-label-prefecture = پریفیکچر (Prefettura)
pdf-label-k10 = درخواست نمبر
pdf-label-email = ای میل / PEC
pdf-label-phone = فون
pdf-summary-not-submitted = درخواست ابھی نہیں بھیجی گئی
pdf-summary-sections = حصوں کی صورتِ حال
pdf-summary-sections-done = { $total } میں سے { $done } حصے مکمل
pdf-summary-section-complete = مکمل
pdf-summary-section-incomplete = مکمل کرنا باقی
pdf-summary-documents = ساتھ لانے والی دستاویزات
pdf-summary-documents-intro = منسلک دستاویزات کی اصل کاپیاں ساتھ لائیں اور جو موجود نہیں وہ حاصل کریں۔
pdf-summary-doc-missing = حاصل کرنی ہے
pdf-summary-doc-exempt = ضروری نہیں
pdf-summary-doc-provided = منسلک
pdf-summary-doc-expiring = منسلک، { $date } تک کارآمد
pdf-summary-doc-expired = { $date } کو میعاد ختم: تجدید ضروری
pdf-summary-deadlines = آخری تاریخیں
pdf-summary-no-deadlines = درج معلومات سے کوئی آخری تاریخ نہیں نکلتی۔
pdf-summary-col-deadline = کس کی میعاد ختم ہوتی ہے
pdf-summary-col-date = تاریخ
pdf-summary-col-when = کب
pdf-summary-deadline-past = پہلے ہی ختم
pdf-summary-deadline-in-days = { $days ->
    [0] آج
    [one] کل
   *[other] { $days } دن میں
}
pdf-summary-deadline-criminal-record = کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) ({ $country }): اجرا سے 6 ماہ تک کارآمد
pdf-summary-deadline-permit = رہائشی اجازت نامہ (permesso di soggiorno)
pdf-summary-deadline-passport = غیر ملکی دستاویز ({ $document })
pdf-summary-deadline-id-card = اطالوی شناختی کارڈ (carta d'identità)
pdf-summary-disclaimer = یہ خلاصہ ایپلیکیشن میں درج معلومات سے بنایا گیا ہے اور پریفیکچر اور وزارتِ داخلہ کے پورٹل کی ہدایات کا متبادل نہیں۔
pdf-summary-desk-date = تاریخ: { $date }
pdf-summary-desk-operator = ہیلپ ڈیسک آپریٹر
pdf-summary-detail-year = سال { $year }
pdf-summary-detail-replaces = اس کے بدلے: { $document }
pdf-summary-detail-contribution = 250 € فیس (contributo)
pdf-summary-detail-stamp-duty = 16 € ریونیو اسٹامپ (marca da bollo)
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = شرائط پوری ہیں: آپ درخواست دے سکتے ہیں
verdict-not-yet = ابھی نہیں: آپ { $date } سے درخواست دے سکیں گے
verdict-not-eligible = شرائط پوری نہیں
verdict-borderline = مشکوک صورت: بتائے گئے نکات جانچیں
verdict-more-information = جانچ کے لیے مزید معلومات درکار ہیں

elig-basis-missing = شرائط جانچنے کے لیے درخواست کی بنیاد (دفعہ 5 یا دفعہ 9) منتخب کریں۔
elig-unreadable = خانہ { $field } پڑھا نہیں جا سکا اور اسے شمار نہیں کیا گیا۔
elig-residence-missing = اٹلی میں کوئی رہائش درج نہیں: رجسٹرڈ رہائش (residenza anagrafica) کے ادوار درج کریں۔
elig-residence-not-current = آخری درج رہائش { $date } کو ختم ہوئی: اٹلی میں موجودہ رہائش ضروری ہے۔
elig-residence-gap = { $from } اور { $to } کے درمیان رہائش نہیں: تسلسل ٹوٹ جاتا ہے اور گنتی دوبارہ شروع ہوتی ہے۔
elig-residence-met = { $since } سے مسلسل قانونی رہائش: مطلوبہ { $years } سال { $date } کو پورے ہو گئے۔
elig-residence-not-yet = { $since } سے مسلسل قانونی رہائش: مطلوبہ { $years } سال { $date } کو پورے ہوں گے۔
elig-descendant-rule-changed = اطالوی شہریوں کی اولاد کے لیے قانون 74/2025 نے مدت 3 سے کم کر کے 2 سال کر دی ہے: پریفیکچر (Prefettura) سے تصدیق کریں۔
elig-born-in-italy-unanswered = بتائیں کہ آپ اٹلی میں پیدا ہوئے یا پیدائشی اطالوی شہری کی اولاد ہیں۔
elig-adoption-date-missing = گود لینے کی تاریخ درج کریں: 5 سال کی رہائش اسی تاریخ سے گنی جاتی ہے۔
elig-service-missing = اطالوی ریاست کی خدمت کی تاریخیں درج کریں۔
elig-service-met = { $since } سے ریاست کی خدمت: 5 سال { $date } کو پورے ہو گئے۔
elig-service-not-yet = { $since } سے ریاست کی خدمت: 5 سال { $date } کو پورے ہوں گے۔
elig-service-too-short = ریاست کی خدمت ({ $since } سے { $date } تک) 5 سال سے کم رہی۔
elig-not-eu-citizen = حرف d) یورپی یونین کے شہریوں کے لیے ہے: درج شہریت جانچیں۔
elig-refugee-status-missing = حرف e) پناہ گزینوں اور بے وطن افراد کے لیے ہے: تسلیم شدہ حیثیت بتائیں۔
elig-marriage-date-missing = شادی یا سول یونین کی تاریخ درج کریں۔
elig-spouse-not-italian = شریکِ حیات کا اطالوی شہری ہونا ضروری ہے۔
elig-spouse-citizenship-unanswered = بتائیں کہ شریکِ حیات اطالوی شہری ہے یا نہیں۔
elig-separated = میاں بیوی کی قانونی علیحدگی (separazione personale) کی صورت میں شادی کی بنیاد پر شہریت نہیں دی جا سکتی۔
elig-marriage-ended = شادی حکم نامے (decreto) تک برقرار رہنی چاہیے (ختم، کالعدم یا منسوخ نہ ہو)۔
elig-marriage-residence-met = شادی کے بعد { $since } سے اٹلی میں قانونی رہائش: مطلوبہ { $months } ماہ { $date } کو پورے ہو گئے۔
elig-marriage-residence-not-yet = شادی کے بعد { $since } سے اٹلی میں قانونی رہائش: مطلوبہ { $months } ماہ { $date } کو پورے ہوں گے۔
elig-marriage-met = { $since } کی شادی: مطلوبہ { $months } ماہ { $date } کو پورے ہو گئے۔
elig-marriage-not-yet = { $since } کی شادی: مطلوبہ { $months } ماہ { $date } کو پورے ہوں گے۔
elig-children-halve-period = میاں بیوی کے پیدا شدہ یا گود لیے ہوئے بچے ہوں تو مطلوبہ مدت آدھی ہو جاتی ہے۔
elig-no-income-requirement = شادی کی بنیاد پر شہریت کے لیے کم از کم آمدنی کی شرط نہیں۔
elig-income-met = آمدنی { $year }: { $income } € (کم از کم { $threshold } €)۔
elig-income-below = آمدنی { $year }: { $income } € کم از کم { $threshold } € سے کم ہے۔ ایک ہی خاندانی سرٹیفکیٹ (stato di famiglia) میں شامل اہلِ خانہ کی آمدنی جمع کی جا سکتی ہے۔
elig-income-borderline = آمدنی { $year }: { $income } €، { $lower } € (516,00 € تک مکمل کیا گیا اضافہ) اور { $threshold } € (فی زیرِ کفالت فرد 516,46 €) کے درمیان ہے: مشکوک صورت۔
elig-income-missing = { $year } کی آمدنی درج نہیں: درخواست سے پہلے کے تین سال کی آمدنی ضروری ہے۔
elig-consider-basis = دفعہ 9 کے حرف { $letter }) کے تحت { $years } سال کی رہائش کافی ہے۔
elig-residence-gap-cancelled = رہائش { $from } سے { $to } تک منقطع رہی (اندراج منسوخ ہوا اور پھر بحال ہوا): مسلسل رہائش { $to } کے نئے اندراج سے شمار ہوتی ہے۔
elig-residence-gap-abroad = آپ { $from } سے { $to } تک بیرونِ ملک رہے: مسلسل رہائش آپ کی واپسی، یعنی { $to }، سے شمار ہوتی ہے۔
elig-residence-gap-other = رہائش { $from } سے { $to } تک منقطع رہی: مسلسل رہائش { $to } سے شمار ہوتی ہے۔
elig-presence-proof = اگر اس عرصے میں ({ $from } سے { $to } تک) آپ اٹلی ہی میں رہتے رہے تو پریفیکچر (Prefettura) مسلسل موجودگی کا ثبوت قبول کر سکتا ہے: کرایہ یا ملازمت کے معاہدے، تنخواہ کی پرچیاں، طبی یا فیملی ڈاکٹر کے سرٹیفکیٹ۔ یہ یقینی نہیں: اپنے پریفیکچر سے پوچھیں۔
elig-subsidiary-protection = ضمنی تحفظ (protezione sussidiaria) کے اجازت نامے کے ساتھ حرف e) لاگو نہیں ہوتا (صرف پناہ گزین اور بے وطن افراد): حرف f) لاگو ہوتا ہے، 10 سال کی رہائش کے ساتھ، اور پیدائش اور کریمنل ریکارڈ سرٹیفکیٹس سے پناہ گزینوں والی چھوٹ (atto notorio) نہیں ملتی۔ حرف f) منتخب کریں۔
elig-marriage-separation = علیحدگی بتاریخ { $date }: میاں بیوی کی قانونی علیحدگی (separazione personale) کی صورت میں شادی کی بنیاد پر شہریت نہیں دی جا سکتی۔
elig-marriage-divorce = طلاق بتاریخ { $date }: شادی کا فرمان (decreto) تک برقرار رہنا ضروری ہے۔
elig-marriage-annulment = شادی { $date } کو منسوخ ہوئی: شادی کا فرمان (decreto) تک برقرار رہنا ضروری ہے۔
elig-marriage-spouse-death = شریکِ حیات کی وفات { $date } کو ہوئی: شادی ختم ہو گئی اور شادی کی بنیاد پر شہریت اب ممکن نہیں؛ پریفیکچر (Prefettura) سے تصدیق کریں۔
elig-marriage-separation-pending = علیحدگی بتاریخ { $date }، درخواست بھیجنے ({ $submitted }) کے بعد: زیرِ غور درخواست کے ساتھ مسترد ہونے کا امکان ہے۔ پریفیکچر (Prefettura) کو اطلاع دیں اور کسی امدادی مرکز (patronato) یا وکیل سے مشورہ کریں۔
elig-marriage-ended-pending =
    واقعہ: { $event ->
        [divorce] طلاق
        [annulment] شادی کی منسوخی
       *[other] شریکِ حیات کی وفات
    } بتاریخ { $date }، درخواست بھیجنے ({ $submitted }) کے بعد: شادی کی بنیاد پر شہریت اب نہیں دی جا سکتی؛ پریفیکچر (Prefettura) کو اطلاع دیں۔
elig-income-household =
    سال { $year } میں گھرانہ: { $spouse ->
        [yes] زیرِ کفالت شریکِ حیات
       *[no] کوئی زیرِ کفالت شریکِ حیات نہیں
    }، دیگر زیرِ کفالت افراد: { $others }۔
elig-family-income-not-household = سال { $year } میں { $name } کی آمدنی: اسی خاندانی رجسٹر (stato di famiglia) میں نہیں، اس لیے جمع نہیں کی جا سکتی۔
elig-family-income-household-unanswered = سال { $year } میں { $name } کی آمدنی: بتائیں کہ کیا وہ اسی خاندانی رجسٹر (stato di famiglia) میں ہیں (صرف تبھی جمع کی جا سکتی ہے)۔

checklist-state-missing = موجود نہیں
checklist-state-exempt = ضروری نہیں
checklist-state-provided = منسلک
checklist-state-expiring = { $date } کو میعاد ختم ہو رہی ہے
checklist-state-expired = { $date } کو میعاد ختم ہو گئی
checklist-detail-country = { $country }
checklist-detail-year = سال { $year }
checklist-detail-replaces-birth-certificate = پیدائش کے سرٹیفکیٹ (atto di nascita) کی جگہ
checklist-detail-replaces-criminal-record = کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) کی جگہ
checklist-detail-contribution = 250 € فیس (contributo)
checklist-detail-stamp-duty = 16 € ریونیو اسٹامپ (marca da bollo)
checklist-exempt-eu-citizen = یورپی یونین کے شہریوں کے پاس رہائشی اجازت نامہ (permesso di soggiorno) نہیں ہوتا۔
checklist-exempt-living-abroad = بیرونِ ملک رہنے والوں کے لیے ضروری نہیں۔
checklist-exempt-born-in-italy = اٹلی میں پیدا ہونے والوں کے لیے ضروری نہیں۔
checklist-exempt-atto-notorio = پناہ گزینوں اور بے وطن افراد کے لیے اس کی جگہ حلف نامہ (atto notorio) دیا جاتا ہے۔
checklist-exempt-before-14 = ان کے لیے ضروری نہیں جو 14 سال کی عمر سے پہلے اٹلی میں درج ہوئے اور تب سے وہیں رہتے ہیں۔
checklist-exempt-eu-long-term-permit = مستثنیٰ: طویل مدتی رہائشیوں کے EU اجازت نامے کا حامل۔
checklist-exempt-integration-agreement = مستثنیٰ: انضمام کے معاہدے (accordo di integrazione) پر دستخط کرنے والا۔
checklist-exempt-no-income = اس سال کوئی آمدنی ظاہر نہیں کی گئی۔

phase-draft = مسودہ
phase-submitted = درخواست بھیجی گئی
phase-accepted = قبول (K10 نمبر)
phase-submission-rejected = پریفیکچر (Prefettura) نے درخواست واپس کر دی
phase-preliminary-assessment = جانچ پڑتال (istruttoria)
phase-ten-bis-notice = مسترد کرنے کا پیشگی نوٹس (preavviso di rigetto، دفعہ 10-bis)
phase-prefecture-opinion = پریفیکچر کی رائے (parere)
phase-decree = شہریت دینے کا حکم نامہ (decreto di concessione)
phase-rejected = مسترد کرنے کا حکم نامہ (decreto di rigetto)
phase-inadmissible = ناقابلِ قبول (inammissibilità)
phase-notification = سرکاری اطلاع (notifica)
phase-oath = حلف (giuramento)
phase-citizen = اطالوی شہری
phase-state-done = مکمل
phase-state-current = جاری
phase-state-future = باقی

deadline-today = آج
deadline-tomorrow = کل
deadline-days-left = { $days } دن میں
deadline-days-ago = { $days } دن پہلے
deadline-urgent = فوری
deadline-non-working-judicial = تاریخ { $date } کو { $day } ہے: قانون کے مطابق مدت { $moved } تک منتقل ہو جاتی ہے (art. 155 c.p.c.، art. 52 c.p.a.)۔ تجویز کردہ محفوظ تاریخ: { $safe }۔
deadline-non-working-administrative = تاریخ { $date } کو { $day } ہے: عام طور پر مدت { $moved } تک منتقل ہو جاتی ہے (art. 2963 c.c.)، لیکن انتظامی مدتوں کے لیے یہ یقینی نہیں۔ تجویز کردہ محفوظ تاریخ: { $safe }۔
holiday-easter-sunday = ایسٹر
holiday-easter-monday = ایسٹر پیر (Pasquetta)
holiday-national = ایک قومی تعطیل
holiday-saturday = ہفتہ
holiday-sunday = اتوار
deadline-criminal-record-expiry = کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) { $subject } کی میعاد ختم
deadline-criminal-record-expiry-desc = کریمنل ریکارڈ سرٹیفکیٹ اجرا کی تاریخ ({ $from }) سے 6 ماہ تک کارآمد ہے: درخواست { $date } تک بھیجنی ہوگی، ورنہ نیا سرٹیفکیٹ درکار ہوگا۔
deadline-ten-bis-response = مسترد کرنے کے پیشگی نوٹس (preavviso di rigetto) نمبر { $subject } کا جواب
deadline-ten-bis-response-desc = پیشگی نوٹس { $from } کو موصول ہوا: دستاویزات یا وضاحتیں { $date } تک پریفیکچر (Prefettura) کو تصدیق شدہ ای میل (PEC) سے بھیجیں۔
deadline-tar-appeal = انتظامی عدالت (TAR) میں اپیل کا آخری دن
deadline-tar-appeal-desc = { $from } کی سرکاری اطلاع (notifica) سے 60 دن۔ بروقت کسی وکیل سے رجوع کریں۔
deadline-president-appeal = جمہوریہ کے صدر کے پاس غیر معمولی اپیل (ricorso straordinario) کا آخری دن
deadline-president-appeal-desc = { $from } کی سرکاری اطلاع سے 120 دن، TAR میں اپیل کے متبادل کے طور پر۔
deadline-reapply-from = آج سے آپ نئی درخواست دے سکتے ہیں
deadline-reapply-from-desc = مسترد کرنے کے حکم نامے (decreto di rigetto) کے بعد سرکاری اطلاع ({ $from }) کے ایک سال بعد دوبارہ درخواست دی جا سکتی ہے؛ ناقابلِ قبول قرار دیے جانے کے بعد، فوراً۔
deadline-oath = حلف (giuramento) کا آخری دن
deadline-oath-desc = حلف، حکم نامے (decreto) کی سرکاری اطلاع ({ $from }) سے 6 ماہ کے اندر اٹھانا ہوگا۔ اپنی بلدیہ (Comune) سے وقت لیں۔
deadline-processing-limit = کارروائی مکمل ہونے کی آخری مدت
deadline-processing-limit-desc = درخواست { $from } کو بھیجی گئی: انتظامیہ کو { $date } تک فیصلہ کرنا ہوگا (24 ماہ؛ 20/12/2020 سے پہلے بھیجی گئی درخواستوں کے لیے 48؛ مسترد کرنے کے پیشگی نوٹس مدت کو معطل کر دیتے ہیں)۔
deadline-processing-limit-extended = کارروائی کی توسیع شدہ زیادہ سے زیادہ مدت
deadline-processing-limit-extended-desc = درخواست { $from } کو بھیجی گئی: توسیع کے ساتھ مدت { $date } تک ہے (36 ماہ)۔
calendar-name = شہریت – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = پورٹل
portal-title = پورٹل اور ہم آہنگی
portal-address = پورٹل: { $url } (ترتیبات میں تبدیل کیا جا سکتا ہے)
portal-signed-in-as = لاگ ان بطور { $email } ({ $role })
portal-email = ای میل
portal-password = پاس ورڈ
portal-register = اکاؤنٹ بنائیں
portal-register-hint = ہیلپ ڈیسک کو آپریٹر اکاؤنٹ پورٹل چلانے والے سے ملتا ہے۔
portal-credentials-required = ای میل اور پاس ورڈ لکھیں۔
portal-sync-now = ابھی ہم آہنگ کریں
portal-syncing = ہم آہنگی جاری ہے…
portal-sync-uploads = { $count ->
    [one] ایک دستاویز اپ لوڈ ہونا باقی
   *[other] { $count } دستاویزات اپ لوڈ ہونا باقی
}
portal-offline = پورٹل تک رسائی نہیں ہو رہی: آپ کی تبدیلیاں یہاں محفوظ اور قطار میں ہیں، اور اگلی ہم آہنگی میں بھیجی جائیں گی۔
portal-last-sync = آخری ہم آہنگی: { $time }
portal-never-synced = ابھی تک کوئی ہم آہنگی نہیں ہوئی۔
portal-open-unnamed = بے نام درخواست
portal-status-unknown = پورٹل پر اس درخواست کی صورتِ حال ابھی دستیاب نہیں: جب پورٹل دستیاب ہو تو تازہ کریں۔
portal-not-sent = یہ درخواست ابھی پورٹل پر نہیں ہے: “ابھی ہم آہنگ کریں” اسے مسودے کے طور پر بھیجتا ہے۔
portal-status-line = صورتِ حال: { $status }
portal-k10 = درخواست کا K10 نمبر: { $k10 }
portal-communications = اطلاعات
portal-no-communications = پریفیکچر (Prefettura) کی طرف سے کوئی اطلاع نہیں۔
portal-deadline-left = { $date } تک جواب دیں ({ $days } دن باقی)
portal-deadline-passed = جواب دینے کی آخری تاریخ { $date } کو گزر گئی
portal-refresh-status = صورتِ حال تازہ کریں
portal-submit = درخواست بھیجیں
portal-submit-confirm = درخواست پریفیکچر کو بھیج دیں؟ بھیجنے کے بعد اس میں تبدیلی نہیں کی جا سکتی۔
portal-submit-yes = جی ہاں، بھیجیں
portal-submitted = درخواست بھیج دی گئی۔ K10 نمبر: { $k10 }
portal-conflict-title = پورٹل پر بھی تبدیلیاں: { $name }
portal-conflict-help = یہ حصے یہاں بھی اور پورٹل پر بھی تبدیل کیے گئے۔ ہر ایک کے لیے منتخب کریں کہ کون سا ورژن رکھنا ہے۔
portal-conflict-field = { $field }: میرا “{ $mine }”، پورٹل کا “{ $theirs }”
portal-conflict-more = … اور مزید { $count } خانے
portal-conflict-apply = میرے انتخاب لاگو کریں
portal-value-yes = ہاں
portal-value-no = نہیں
portal-associate-title = درخواست منسلک کریں (Associa pratica)
portal-associate-help = پہلے بھیجی گئی درخواست (مثلاً کسی ہیلپ ڈیسک کے ذریعے) اپنے اکاؤنٹ سے منسلک کریں۔ تمام معلومات درخواست سے مطابقت رکھنی چاہییں۔
portal-associate-surname = خاندانی نام
portal-associate-name = نام
portal-associate-birth-date = تاریخِ پیدائش (DD/MM/YYYY)
portal-associate-previous-email = درخواست میں دیا گیا ای میل
portal-associate-k10 = درخواست کا K10 نمبر (جیسے K10/0000001)
portal-associate-required = یہ خانہ پُر کریں۔
portal-associate = منسلک کریں
portal-upload-waiting = اپ لوڈ کرنا ہے: { $name }
portal-upload-failed = فائل “{ $name }” اپ لوڈ نہیں ہوئی: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] کسی دوسرے درخواست گزار کی ایک دستاویز اپ لوڈ نہیں ہوئی: وجہ دیکھنے کے لیے اس درخواست گزار کو کھولیں۔
   *[other] دوسرے درخواست گزاروں کی { $count } دستاویزات اپ لوڈ نہیں ہوئیں: وجہ دیکھنے کے لیے ان درخواست گزاروں کو کھولیں۔
}
portal-field-file-name = فائل کا نام
portal-field-file-content = فائل کا مواد
portal-procedure-draft-started = درخواست شروع ہوئی
portal-procedure-k10 = درخواست کا K10 نمبر
portal-procedure-submission-rejected = پریفیکچر نے بھیجی گئی درخواست واپس کی
portal-procedure-assessment-started = جانچ پڑتال (istruttoria) شروع ہوئی
portal-procedure-ten-bis = پیشگی نوٹس (preavviso، دفعہ 10-bis)
portal-procedure-opinion = پریفیکچر کی رائے (parere)
portal-procedure-opinion-favourable = موافق
portal-procedure-opinion-unfavourable = ناموافق
portal-procedure-certificates = کریمنل ریکارڈ سرٹیفکیٹ (certificati penali)
portal-upload-damaged = دستاویز “{ $name }” اس کمپیوٹر کے ڈیٹا فولڈر میں خراب ہے (سالمیت کی جانچ مطابقت نہیں رکھتی) اور اپ لوڈ نہیں کی گئی۔ اسے دوبارہ امپورٹ کریں۔
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = دستاویزات
nav-eligibility = کیا میں درخواست دے سکتا/سکتی ہوں؟
documents-no-applicant = دستاویزات دیکھنے کے لیے کسی درخواست گزار کو کھولیں۔
documents-title = دستاویزات: { $name }
documents-progress = { $total } میں سے { $ready } تیار
documents-file-missing = فائل اب محفوظ خانے میں نہیں ہے: اسے دوبارہ شامل کریں۔
documents-file-damaged = محفوظ خانے میں موجود فائل خراب ہو گئی ہے: اسے دوبارہ شامل کریں۔
documents-drop-target = فائل یہاں گھسیٹ کر چھوڑیں: یہ "{ $item }" میں جائے گی۔
documents-drop-nothing = کوئی دستاویز کم نہیں: یہاں چھوڑی گئی فائل کسی بھی مد میں نہیں جائے گی۔
documents-check = فائلیں جانچیں
documents-checking = جانچ ہو رہی ہے…
documents-check-ok =
    { $count ->
        [one] فائل درست حالت میں ہے۔
       *[other] تمام { $count } فائلیں درست حالت میں ہیں۔
    }
documents-check-bad =
    { $count ->
        [one] ایک فائل غائب ہے یا خراب ہے: فہرست میں اس پر نشان لگا ہے۔
       *[other] کل { $count } فائلیں غائب ہیں یا خراب ہیں: فہرست میں ان پر نشان لگے ہیں۔
    }
documents-no-dialog = اس کمپیوٹر پر فائل منتخب کرنے کی ونڈو نہیں کھل سکتی۔ فائل کا پورا پاتھ لکھیں (یا اسے اس اسکرین پر گھسیٹ کر چھوڑیں)۔
documents-typed-path = فائل کا پاتھ، مثال کے طور پر /home/anna/scans/passport.pdf
documents-use-typed-path = یہ فائل منسلک کریں
documents-typed-path-not-found = اس پاتھ پر کوئی فائل نہیں: "{ $path }"۔ پاتھ جانچیں۔
documents-no-save-dialog = اس کمپیوٹر پر محفوظ کرنے کی ونڈو نہیں کھل سکتی۔ لکھیں کہ نقل کہاں محفوظ کرنی ہے (فائل کے نام سمیت پورا پاتھ)۔
documents-typed-destination = نقل کا پاتھ، مثال کے طور پر /home/anna/passport.pdf
documents-typed-destination-invalid = یہاں محفوظ نہیں کیا جا سکتا: "{ $path }"۔ فولڈر کا موجود ہونا ضروری ہے اور فائل کا نام لکھنا ضروری ہے۔
file-dialog-no-save-dialog = اس کمپیوٹر پر محفوظ کرنے کی ونڈو نہیں کھل سکتی۔ لکھیں کہ فائل کہاں محفوظ کرنی ہے (فائل کے نام سمیت پورا پاتھ)۔
file-dialog-save-placeholder = پورا پاتھ، مثلاً { $example }
file-dialog-save-here = یہاں محفوظ کریں
file-dialog-no-folder-dialog = اس کمپیوٹر پر فولڈر چننے کی ونڈو نہیں کھل سکتی۔ فولڈر کا پورا پاتھ لکھیں۔
file-dialog-folder-placeholder = فولڈر کا پورا پاتھ
file-dialog-folder-not-found = اس پاتھ پر کوئی فولڈر نہیں: "{ $path }"۔ پاتھ جانچیں۔
file-dialog-use-folder = یہ فولڈر استعمال کریں
documents-add-file = فائل شامل کریں
documents-replace-file = فائل تبدیل کریں
documents-open = کھولیں
documents-export = ایکسپورٹ کریں…
documents-remove = ہٹائیں
documents-confirm-remove = ہمیشہ کے لیے ہٹائیں
documents-cancel = منسوخ کریں
documents-exported = محفوظ کیا گیا: { $path }
documents-days-left = { $days } دن باقی
documents-criminal-record-validity = کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) اجرا کی تاریخ سے 6 ماہ تک کارآمد ہے: نیا سرٹیفکیٹ منگوائیں۔
documents-issue-date-required = اجرا کی تاریخ (سرٹیفکیٹ اس تاریخ سے 6 ماہ تک کارآمد ہے)
documents-issue-date-future = اجرا کی تاریخ مستقبل کی نہیں ہو سکتی۔
documents-country-required = سرٹیفکیٹ جاری کرنے والے ملک کا نام لکھیں۔
documents-edit-issue-date = اجرا کی تاریخ…
documents-edit-issue-date-label = دستاویز کے اجرا کی تاریخ
documents-save-issue-date = تاریخ محفوظ کریں
documents-error-temp = دستاویز کی نجی عارضی نقل نہیں لکھی جا سکی۔
documents-error-viewer = کوئی پروگرام دستاویز نہیں کھول سکا۔ “ایکسپورٹ کریں…” استعمال کریں اور نقل خود کھولیں۔
eligibility-title = کیا میں درخواست دے سکتا/سکتی ہوں؟
eligibility-from-draft = کھلی درخواست سے بھرا گیا۔ یہاں کی تبدیلیاں درخواست کو تبدیل نہیں کرتیں۔
eligibility-stand-alone = نیچے دیے گئے سوالوں کے جواب دیں: کچھ بھی محفوظ نہیں کیا جاتا۔
eligibility-reload-draft = درخواست سے قدریں دوبارہ لیں
eligibility-basis = قانونی بنیاد
eligibility-born-in-italy = اٹلی میں پیدائش (اگر آپ پیدائشی اطالوی شہری کی اولاد ہیں تو خالی چھوڑیں)
eligibility-adoption-date = گود لینے کی تاریخ
eligibility-service-from = اطالوی ریاست کی خدمت میں کب سے
eligibility-service-to = کب تک (اگر اب بھی خدمت میں ہیں تو خالی)
eligibility-eu-citizen = یورپی یونین کے کسی ملک کا شہری
eligibility-refugee-status = حیثیت
eligibility-marriage-date = شادی یا سول یونین کی تاریخ
eligibility-spouse-italian = شریکِ حیات اطالوی شہری ہے
eligibility-children = میاں بیوی کے پیدا شدہ یا گود لیے ہوئے بچے
eligibility-separated = قانونی علیحدگی (separato/a)
eligibility-missing-title = جانچ سے پہلے درج کرنا ضروری:
eligibility-marriage-ended = شادی ختم، کالعدم یا منسوخ
eligibility-residence = اٹلی میں رجسٹرڈ رہائش (residenza anagrafica)
eligibility-from = سے
eligibility-to-or-empty = تک (اگر اب بھی وہیں رہتے ہیں تو خالی)
eligibility-period-from = رہائش کے دور { $n } کا آغاز
eligibility-period-to = رہائش کے دور { $n } کا اختتام
eligibility-income = سالانہ قابلِ ٹیکس آمدنی (درخواست گزار اور خاندان)
eligibility-year = ٹیکس کا سال
eligibility-amount = یورو میں رقم
eligibility-income-year-of = ٹیکس کا سال “{ $year }”
eligibility-income-of = { $year } کی آمدنی
eligibility-dependent-spouse = شریکِ حیات زیرِ کفالت (a carico) ہے
eligibility-other-dependants = دیگر زیرِ کفالت افراد (بچے، والدین …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = جنوری
editor-calendar-month-2 = فروری
editor-calendar-month-3 = مارچ
editor-calendar-month-4 = اپریل
editor-calendar-month-5 = مئی
editor-calendar-month-6 = جون
editor-calendar-month-7 = جولائی
editor-calendar-month-8 = اگست
editor-calendar-month-9 = ستمبر
editor-calendar-month-10 = اکتوبر
editor-calendar-month-11 = نومبر
editor-calendar-month-12 = دسمبر
editor-calendar-mon = پیر
editor-calendar-tue = منگل
editor-calendar-wed = بدھ
editor-calendar-thu = جمعرات
editor-calendar-fri = جمعہ
editor-calendar-sat = ہفتہ
editor-calendar-sun = اتوار
editor-calendar-keys = کیلنڈر کھولیں: Alt+↓ · دن: تیر · مہینہ: Page Up/Down (سال: Shift) · منتخب کریں: Enter · بند کریں: Esc
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = آخری تاریخیں
nav-pdf = پی ڈی ایف (PDF) بنائیں
timeline-title = درخواست کی پیش رفت اور آخری تاریخیں
timeline-intro = تاریخیں جیسے جیسے آئیں درج کرتے جائیں: مراحل اور آخری تاریخیں خود بخود اپ ڈیٹ ہو جاتی ہیں۔ تاریخیں درخواست کے ساتھ محفوظ کی جاتی ہیں۔
timeline-no-applicant = پہلے کسی درخواست گزار کو کھولیں۔
timeline-deadlines = آنے والی آخری تاریخیں
timeline-no-deadlines = کوئی آنے والی آخری تاریخ نہیں۔
timeline-phases = مراحل
timeline-events = کارروائی کی تاریخیں
timeline-field-submitted = درخواست بھیجنے کی تاریخ
timeline-field-accepted = پریفیکچر (Prefettura) کی طرف سے قبولیت (K10 نمبر) کی تاریخ
timeline-field-ten-bis-received = مسترد کرنے کا پیشگی نوٹس (preavviso di rigetto، دفعہ 10-bis) موصول ہونے کی تاریخ
timeline-field-ten-bis-days = پیشگی نوٹس کا جواب دینے کے دن (اگر 10 نہ ہوں)
timeline-field-ten-bis-answered = پیشگی نوٹس کا جواب بھیجنے کی تاریخ
timeline-field-prefecture-opinion = پریفیکچر کی رائے (parere) کی تاریخ
timeline-field-decree = حکم نامے (decreto) کی تاریخ
timeline-field-decree-outcome = حکم نامے کا نتیجہ
timeline-field-inadmissible = درخواست ناقابلِ قبول (inammissibile) قرار دیے جانے کی تاریخ
timeline-field-notified = حکم نامے کی سرکاری اطلاع (notifica) کی تاریخ
timeline-field-oath = حلف (giuramento) کی تاریخ
timeline-outcome-granted = شہریت دے دی گئی
timeline-outcome-rejected = مسترد
timeline-days-invalid = 1 سے 365 کے درمیان دنوں کی تعداد لکھیں۔
timeline-export-ics = کیلنڈر میں ایکسپورٹ کریں (.ics)
timeline-exported = کیلنڈر { $path } میں محفوظ کیا گیا۔
timeline-export-failed = کیلنڈر محفوظ نہیں کیا جا سکا: { $detail }
timeline-calendar-name = شہریت – { $name }
timeline-notice-title = مسترد کرنے کا پیشگی نوٹس (دفعہ 10-bis) نمبر { $number }
timeline-notice-add = پیشگی نوٹس شامل کریں (دفعہ 10-bis)
timeline-notice-remove = پیشگی نوٹس ہٹائیں
timeline-notice-confirm-remove = پیشگی نوٹس نمبر { $number } اور اس کی تاریخیں ہٹا دیں؟
timeline-notice-remove-confirm = جی ہاں، ہٹائیں
timeline-notice-due = { $date } تک جواب دیں ({ $left })
timeline-notice-answered = جواب { $date } کو بھیجا گیا: اس پیشگی نوٹس کی کوئی آخری تاریخ باقی نہیں۔
timeline-notice-no-date = یہ دیکھنے کے لیے کہ کب تک جواب دینا ہے، نوٹس موصول ہونے کا دن درج کریں۔
timeline-notice-decided = درخواست کا فیصلہ ہو چکا ہے: اس پیشگی نوٹس کی کوئی آخری تاریخ نہیں۔
timeline-field-draft-started = درخواست شروع کرنے کی تاریخ
timeline-field-planned-submission = بھیجنے کی متوقع تاریخ
timeline-k10-invalid = درخواست نمبر { $number } درست نہیں: { $error }
timeline-field-submission-rejected = پریفیکچر کی طرف سے بھیجی گئی درخواست واپس کرنے (درست کر کے دوبارہ بھیجنی ہے) کی تاریخ
timeline-field-assessment-started = جانچ پڑتال (istruttoria) شروع ہونے کی تاریخ (اگر قبولیت کے دن سے مختلف ہو)
timeline-field-opinion-outcome = رائے کا نتیجہ
timeline-opinion-favourable = موافق
timeline-opinion-unfavourable = ناموافق
timeline-not-given = — درج نہیں —
pdf-screen-title = پی ڈی ایف (PDF) بنائیں
pdf-screen-intro = دستاویز منتخب کریں: درخواست کی معلومات پہلے سے بھری ہوئی ہیں، جو باقی ہے وہ مکمل کریں۔ PDF صرف وہیں محفوظ ہوتی ہے جہاں آپ منتخب کریں، یا درخواست کے محفوظ خانے میں انکرپٹ کر کے۔
pdf-screen-no-applicant = پہلے کسی درخواست گزار کو کھولیں۔
pdf-screen-member = کفالت کرنے والا خاندان کا فرد
pdf-screen-member-placeholder = خاندان کا فرد منتخب کریں
pdf-screen-missing = { $count ->
    [one] ایک ضروری معلومات موجود نہیں (* سے نشان زد)۔
   *[other] { $count } ضروری معلومات موجود نہیں (* سے نشان زد)۔
}
pdf-screen-field-required = ضروری خانہ۔
pdf-screen-field-invalid = قدر درست نہیں۔
pdf-screen-fill-missing = دستاویز بنانے سے پہلے نشان زد خانے مکمل کریں۔
pdf-screen-choose = منتخب کریں…
pdf-screen-generate = بنائیں
pdf-screen-ready = دستاویز تیار ہے: اسے محفوظ کریں یا محفوظ خانے میں رکھیں۔
pdf-screen-save-as = اس نام سے محفوظ کریں…
pdf-screen-saved = پی ڈی ایف { $path } میں محفوظ کی گئی۔
pdf-screen-save-failed = پی ڈی ایف محفوظ نہیں کی جا سکی: { $detail }
pdf-screen-keep = محفوظ خانے میں رکھیں
pdf-screen-pec-save = مسودہ محفوظ کریں: PEC (.eml)
pdf-screen-pec-copy = متن کاپی کریں: PEC
pdf-screen-pec-copied = تصدیق شدہ ای میل (PEC) کا موضوع اور متن کلپ بورڈ پر کاپی ہو گئے۔
err-pec-name-missing = تصدیق شدہ ای میل (PEC) کے لیے خاندانی نام اور نام ضروری ہیں (حصہ 2)۔
err-pec-write = تصدیق شدہ ای میل (PEC) کا پیغام نہیں لکھا جا سکا۔
pdf-screen-kept = پی ڈی ایف درخواست کی دستاویزات میں (انکرپٹ کر کے) رکھ دی گئی۔
# --- end timeline and pdf screens ---

# ورژن، نقول اور منتقلی (ورژن اسکرین؛ درخواست گزاروں کی فہرست میں امپورٹ)
nav-history = ورژن اور نقول
history-title = ورژن، نقول اور منتقلی
history-versions = محفوظ ورژن
history-version = ورژن { $version } · { $time } کو محفوظ کیا گیا · 12 میں سے { $done } حصے مکمل
history-current = موجودہ ورژن
history-restore = بحال کریں
history-confirm-restore = ورژن { $version } بحال کریں؟ موجودہ مسودہ فہرست میں رہے گا اور بعد میں اسے بھی بحال کیا جا سکتا ہے۔
history-restore-confirm = جی ہاں، بحال کریں
history-restored = ورژن { $version } بحال کر دیا گیا: اب یہی موجودہ مسودہ ہے۔
history-copy = نقل
history-copy-intro = انہی معلومات اور دستاویزات کے ساتھ ایک نیا درخواست گزار بناتا ہے (K10 نمبر اور تاریخچے کے بغیر)، مثلاً شریکِ حیات کے لیے یا مسترد ہونے کے بعد نئی درخواست کے لیے۔
history-duplicate = اس درخواست کی نقل بنائیں
history-export = انکرپٹڈ فائل میں ایکسپورٹ کریں
history-export-intro = اس درخواست گزار کو (تمام ورژن اور دستاویزات) پاس فریز سے انکرپٹ کی گئی فائل میں محفوظ کرتا ہے، تاکہ اسے کسی دوسرے کمپیوٹر یا ہیلپ ڈیسک پر منتقل کیا جا سکے۔ پاس فریز الگ سے بتائیں، فائل کے ساتھ کبھی نہیں۔
history-passphrase = فائل کا پاس فریز
history-passphrase-repeat = پاس فریز دوبارہ لکھیں
history-passphrase-mismatch = دونوں پاس فریز مطابقت نہیں رکھتے۔
history-export-typed-path = فائل کا پاتھ، مثال کے طور پر /media/usb/rossi.cittadinanza
history-export-button = ایکسپورٹ کریں…
history-exporting = ایکسپورٹ ہو رہا ہے…
history-exported = درخواست گزار { $path } میں ایکسپورٹ کیا گیا۔
history-file-stem = درخواست-گزار
applicants-import = فائل سے امپورٹ کریں…
applicants-import-file = امپورٹ کریں: "{ $file }"
applicants-import-passphrase = فائل کا پاس فریز
applicants-import-no-dialog = اس کمپیوٹر پر فائل منتخب کرنے کی ونڈو نہیں کھل سکتی۔ امپورٹ کی جانے والی .cittadinanza فائل کا پورا پاتھ لکھیں۔
applicants-import-typed-path = فائل کا پاتھ، مثال کے طور پر /media/usb/rossi.cittadinanza
applicants-import-confirm = امپورٹ کریں

# --- drafts from newer versions ---
editor-newer-version = یہ درخواست ایپ کے نئے ورژن سے محفوظ کی گئی تھی: { $count } قدریں سمجھی نہیں جا سکیں اور یہاں نہیں دکھائی گئیں ({ $values })۔ محفوظ ورژن تاریخچے میں محفوظ ہے: انہیں واپس پانے کے لیے ایپ اپ ڈیٹ کریں۔
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = اس منسلکہ میں اجرا کی تاریخ حصہ 8 میں درج تاریخ ({ $date }) سے مختلف ہے، اور چھ ماہ کی میعاد حصہ 8 والی تاریخ سے گنی جاتی ہے: منسلکہ یا حصہ 8 درست کریں۔
err-not-a-count = ایک مکمل عدد لکھیں (مثلاً 2)۔
err-unknown-prefecture = فہرست سے پریفیکچر (Prefettura) منتخب کریں: یہ اسی صوبے کا ہونا چاہیے جہاں آپ رہتے ہیں۔
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = آپ کے پاس طویل مدتی رہائشیوں کا EU رہائشی اجازت نامہ (permesso di soggiorno UE per soggiornanti di lungo periodo) ہے: B1 سرٹیفکیٹ منسلک کرنے کے بجائے آپ اوپر “طویل مدتی EU اجازت نامے کا حامل” منتخب کر کے استثنا کا اقرار کر سکتے ہیں۔
hint-subsidiary-protection-letter-f = آپ کا اجازت نامہ ضمنی تحفظ (protezione sussidiaria) کا ہے: حرف e) صرف پناہ گزینوں اور بے وطن افراد کے لیے ہے۔ حرف f) (10 سال) منتخب کریں؛ پیدائش اور کریمنل ریکارڈ سرٹیفکیٹس جمع کرانے ہوں گے۔
hint-residence-gap-proof = رہائش نئے اندراج سے شمار ہوتی ہے۔ اگر اس دوران آپ اٹلی میں رہے تو معاہدے، تنخواہ کی پرچیاں اور طبی سرٹیفکیٹ سنبھال کر رکھیں: پریفیکچر (Prefettura) انہیں مسلسل موجودگی کے ثبوت کے طور پر قبول کر سکتا ہے۔
hint-family-income-not-household = جو آپ کے خاندانی رجسٹر (stato di famiglia) میں نہیں، وہ اپنی آمدنی آپ کی آمدنی میں جمع نہیں کر سکتا: یہ رقم شمار نہیں ہوتی۔
hint-marriage-event = شادی کی بنیاد پر شہریت کے لیے شادی کا بغیر علیحدگی کے فرمان (decreto) تک برقرار رہنا ضروری ہے: اہلیت کی جانچ دیکھیں۔
hint-criminal-record-expires-before-planned = یہ کریمنل ریکارڈ سرٹیفکیٹ (certificato penale) بھیجنے کی متوقع تاریخ سے پہلے ختم ہو جاتا ہے (مدتیں دیکھیں): پہلے بھیجیں یا نیا سرٹیفکیٹ حاصل کریں۔
# --- end hints ---

# --- upload progress ---
portal-upload-progress = اپ لوڈ جاری ہے: { $name }، { $total } میں سے { $sent }
# --- end upload progress ---
# Insert nav-glossary after nav-settings (## navigation) and the block below after the
# theme-* lines, as lang-a does in i18n/it.
nav-glossary = فرہنگ

## فرہنگ
glossary-title = فرہنگ (اصطلاحات)
glossary-intro = اطالوی سرکاری کارروائی کے وہ الفاظ جو آپ کو درخواست میں اور پریفیکچر کے خطوط میں ملیں گے، مختصر وضاحت کے ساتھ۔ خطوط میں اطالوی اصل لفظ ہی لکھا ہوتا ہے۔
glossary-italian = اطالوی میں: { $term }
glossary-prefettura = پریفیکچر
glossary-prefettura-desc = صوبے میں ریاست کا دفتر جو شہریت کی درخواست وصول کرتا ہے، اس کی جانچ کرتا ہے اور فیصلوں کی اطلاع دیتا ہے۔
glossary-comune = بلدیہ
glossary-comune-desc = شہر یا قصبے کی انتظامیہ: یہ رہائشیوں کا رجسٹر (anagrafe) رکھتی ہے، سرٹیفکیٹ جاری کرتی ہے اور حلف کا انتظام کرتی ہے۔
glossary-codice-fiscale = ٹیکس کوڈ
glossary-codice-fiscale-desc = 16 حروف کا کوڈ جو اٹلی میں ٹیکس حکام اور سرکاری دفاتر کے سامنے ہر شخص کی شناخت کرتا ہے۔
glossary-residenza-anagrafica = رجسٹرڈ رہائش
glossary-residenza-anagrafica-desc = جس بلدیہ میں آپ رہتے ہیں اس کے رہائشی رجسٹر میں اندراج۔ شہریت کے لیے صرف رجسٹرڈ رہائش گنی جاتی ہے، محض اٹلی میں قیام نہیں۔
glossary-permesso-di-soggiorno = رہائشی اجازت نامہ
glossary-permesso-di-soggiorno-desc = پولیس دفتر (Questura) کی جاری کردہ دستاویز جو غیر یورپی شہری کو اٹلی میں رہنے کی اجازت دیتی ہے۔
glossary-permesso-ue-lungo-periodo = طویل مدتی رہائشیوں کا EU اجازت نامہ
glossary-permesso-ue-lungo-periodo-desc = ان لوگوں کے لیے غیر معینہ مدت کا رہائشی اجازت نامہ جو کم از کم پانچ سال سے اٹلی میں قانونی طور پر رہ رہے ہیں؛ اس کے ساتھ زبان کے سرٹیفکیٹ سے استثنا ملتا ہے۔
glossary-questura = پولیس دفتر
glossary-questura-desc = صوبے میں ریاستی پولیس کا دفتر جو رہائشی اجازت نامے جاری اور تجدید کرتا ہے۔
glossary-atto-notorio = حلف نامہ
glossary-atto-notorio-desc = کسی سرکاری اہلکار کے سامنے حلف کے ساتھ دیا گیا بیان؛ پناہ گزینوں اور بے وطن افراد کے لیے یہ پیدائش کے سرٹیفکیٹ کی جگہ لیتا ہے۔
glossary-nucleo-familiare = گھرانہ
glossary-nucleo-familiare-desc = آبادی رجسٹر میں ایک ہی خاندان کے طور پر درج افراد (“stato di famiglia”)؛ ان کی آمدنی درخواست گزار کی آمدنی میں جمع کی جا سکتی ہے۔
glossary-reddito-imponibile = قابلِ ٹیکس آمدنی
glossary-reddito-imponibile-desc = وہ آمدنی جس پر ٹیکس ادا کیا جاتا ہے، جو ٹیکس گوشوارے یا Certificazione Unica میں درج ہوتی ہے۔
glossary-certificato-penale = کریمنل ریکارڈ سرٹیفکیٹ
glossary-certificato-penale-desc = پیدائش کے ملک اور رہائش کے ممالک کا کریمنل ریکارڈ سرٹیفکیٹ؛ اجرا سے چھ ماہ تک کارآمد۔
glossary-marca-da-bollo = ریونیو اسٹامپ
glossary-marca-da-bollo-desc = 16 € کا اسٹامپ جو تمباکو کی دکان (tabaccheria) سے یا آن لائن خریدا جاتا ہے؛ درخواست میں اس کا کوڈ لکھا جاتا ہے۔
glossary-pagopa = pagoPA
glossary-pagopa-desc = سرکاری انتظامیہ کو ادائیگی کا نظام؛ اس کے ذریعے 250 € فیس ادا کی جاتی ہے اور IUV کوڈ ملتا ہے۔
glossary-autocertificazione = خود اقرار نامہ
glossary-autocertificazione-desc = دستخط شدہ بیان جو کسی سرٹیفکیٹ کی جگہ لیتا ہے؛ جھوٹا بیان دینا فوجداری جرم ہے۔
glossary-spid = ڈیجیٹل شناخت (SPID)
glossary-spid-desc = ڈیجیٹل شناخت جس سے وزارتِ داخلہ کے پورٹل اور دیگر آن لائن سرکاری خدمات میں لاگ ان کیا جاتا ہے۔
glossary-pec = تصدیق شدہ ای میل
glossary-pec-desc = قانونی حیثیت والی ای میل، وصولی کی رسید کے ساتھ رجسٹرڈ خط کی طرح۔
glossary-numero-k10 = درخواست کا K10 نمبر
glossary-numero-k10-desc = وہ فائل نمبر جو پریفیکچر قبول شدہ درخواست کو دیتا ہے؛ ہر خط و کتابت میں اس کا حوالہ دیں۔
glossary-preavviso-di-rigetto = مسترد کرنے کا پیشگی نوٹس
glossary-preavviso-di-rigetto-desc = وہ خط (دفعہ 10-bis) جس کے ذریعے پریفیکچر بتاتا ہے کہ وہ درخواست مسترد کرنا چاہتا ہے: آپ بتائی گئی مدت کے اندر دستاویزات اور وضاحتوں کے ساتھ جواب دے سکتے ہیں۔
glossary-decreto = شہریت دینے کا حکم نامہ
glossary-decreto-desc = وہ حکم جس کے ذریعے شہریت دی جاتی ہے؛ اس کی سرکاری اطلاع بلدیہ یا پریفیکچر دیتا ہے۔
glossary-giuramento = حلف
glossary-giuramento-desc = جمہوریہ سے وفاداری کا حلف، جو حکم نامے کی اطلاع کے چھ ماہ کے اندر بلدیہ میں اٹھایا جاتا ہے: اسی دن سے آپ اطالوی شہری ہیں۔
