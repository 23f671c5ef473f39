# Cittadinanza — বাংলা ইন্টারফেস (মেশিনের সাহায্যে অনূদিত; মাতৃভাষীদের পর্যালোচনা স্বাগত).
# অন্যান্য ক্ষেত্রের (validation, codice fiscale, store, pdf, portal, rules) ব্লক শেষে
# `# --- <area> ---` এবং `# --- end <area> ---` এর মধ্যে যোগ করা হয়।

## অ্যাপ্লিকেশন
app-title = Cittadinanza
app-subtitle = ইতালীয় নাগরিকত্বের আবেদন
app-opening = ডেটা ফোল্ডার খোলা হচ্ছে…
app-notice-dismiss = বুঝেছি
app-closing-waiting = সব আবেদন ও সব ফাইল সংরক্ষিত হলে উইন্ডোটি বন্ধ হবে।
app-close-anyway = তবুও বন্ধ করুন (অসংরক্ষিত পরিবর্তন হারিয়ে যাবে)
error-internal = একটি অভ্যন্তরীণ ত্রুটি হয়েছে। আগে থেকে সংরক্ষিত ডেটায় হাত দেওয়া হয়নি।
settings-save-failed = সেটিংস সংরক্ষণ করা যায়নি: { $detail }
common-cancel = বাতিল

## নেভিগেশন
nav-applicants = আবেদনকারী
nav-home = আমার আবেদন
nav-application = আবেদন
nav-settings = সেটিংস
# Late ids of branch firstrun (c5302d5): nav-welcome with the nav-* lines, welcome-* in their
# own block, unlock-* in ## Unlock; unlock-explanation REPLACES the existing line.
nav-welcome = স্বাগতম ও নির্দেশিকা
welcome-title = Cittadinanza-তে স্বাগতম
welcome-intro = এই অ্যাপ্লিকেশনটি ইতালিতে বসবাসকারী বিদেশিদের স্বরাষ্ট্র মন্ত্রণালয়ের পোর্টালের জন্য ইতালীয় নাগরিকত্বের আবেদন প্রস্তুত করতে সাহায্য করে, এবং আবেদনকারীদের সহায়তাকারী সহায়তা কেন্দ্রগুলোকেও (পাত্রোনাতো, সংগঠন, পৌরসভার কাউন্টার) সাহায্য করে।
welcome-private = সবকিছু এই কম্পিউটারেই এনক্রিপ্ট করা অবস্থায় থাকে। আপনি পোর্টালে লগ ইন না করা পর্যন্ত কিছুই পাঠানো হয় না।
welcome-paths = দুটি পথ
welcome-path-residence = বসবাসের ভিত্তিতে (অনু. 9): ইতালিতে একটি নির্দিষ্ট সময় বৈধভাবে বসবাসের পরে, সাধারণত 10 বছর (ইউরোপীয় ইউনিয়নের নাগরিকদের জন্য 4, শরণার্থী ও রাষ্ট্রহীনদের জন্য 5), এবং গত তিন বছরে যথেষ্ট আয় থাকলে।
welcome-path-marriage = বিবাহের ভিত্তিতে (অনু. 5): আপনি যদি একজন ইতালীয় নাগরিকের সঙ্গে বিবাহিত বা সিভিল ইউনিয়নে থাকেন, বিবাহের পরে ইতালিতে 2 বছর বসবাসের পরে (বিদেশে থাকলে 3), সন্তান থাকলে অর্ধেক।
welcome-at-hand = যা হাতের কাছে রাখবেন
welcome-have-identity = পাসপোর্ট বা পরিচয়পত্র, বসবাসের অনুমতিপত্র (permesso di soggiorno) ও কর কোড (codice fiscale)
welcome-have-birth = জন্ম সনদ (atto di nascita), বৈধকৃত (বা অ্যাপোস্টিলসহ) ও অনূদিত
welcome-have-record = নিজের দেশের এবং 14 বছর বয়স থেকে যেসব দেশে থেকেছেন তার প্রতিটির অপরাধ রেকর্ড সনদ (certificato penale) (ইস্যু থেকে 6 মাস বৈধ)
welcome-have-residence = ইতালিতে যেসব ঠিকানায় থেকেছেন, তারিখসহ
welcome-have-income = গত তিন বছরের আয় (CU, 730 বা Unico; শুধু বসবাসের পথের জন্য)
welcome-have-language = ইতালীয় ভাষার B1 সনদ, যদি আপনি অব্যাহতিপ্রাপ্ত না হন
welcome-eligibility-title = আমি কি আবেদন করতে পারি?
welcome-eligibility-hint = কয়েকটি প্রশ্নের উত্তর থেকে জানা যায় আপনি এখনই আবেদন করতে পারেন কিনা, বা কবে থেকে।
welcome-eligibility = এখনই যাচাই করুন
welcome-who-title = আপনি অ্যাপ্লিকেশনটি কার জন্য ব্যবহার করছেন?
welcome-who-hint = পরে সেটিংসে এটি বদলাতে পারবেন (সহায়তা কেন্দ্র মোড)।
welcome-myself = নিজের জন্য
welcome-help-desk = আমি একটি সহায়তা কেন্দ্র

## আবেদনকারী
applicants-title = আবেদনকারী
applicants-my-application = আমার আবেদন
applicants-search = নাম, কর কোড (codice fiscale) বা K10 নম্বর দিয়ে খুঁজুন
applicants-show-archived = আর্কাইভ করাগুলোও দেখান
applicants-showing = { $total }-এর মধ্যে { $shown }টি দেখানো হচ্ছে: তালিকা ছোট করতে নাম, codice fiscale বা K10 দিয়ে খুঁজুন।
applicants-show-more = আরও { $count }টি দেখান
applicants-new = নতুন আবেদনকারী
applicants-empty = কোনো আবেদন পাওয়া যায়নি।
applicants-start = নতুন আবেদন শুরু করুন
applicants-unnamed = (এখনো নাম নেই)
applicants-last-saved = { $time }-এ সংরক্ষিত
applicants-archived = আর্কাইভ করা
applicants-progress = { $total }টির মধ্যে { $done }টি অংশ সম্পূর্ণ
applicants-open = খুলুন
applicants-archive = আর্কাইভ করুন
applicants-unarchive = ফিরিয়ে আনুন
applicants-delete = মুছুন
applicants-confirm-delete = { $name }-এর আবেদন ও তার নথিগুলো স্থায়ীভাবে মুছে ফেলবেন?
applicants-delete-confirm = হ্যাঁ, মুছুন

## অংশ সম্পাদক
editor-section-complete = অংশ সম্পূর্ণ
editor-section-incomplete = অংশ সম্পূর্ণ করা বাকি
editor-saving = সংরক্ষণ করা হচ্ছে…
editor-unsaved = অসংরক্ষিত পরিবর্তন
editor-saved-at = { $time }-এ সংরক্ষিত
editor-not-saved-yet = এখনো সংরক্ষণ করা হয়নি
editor-back = ← আবেদনকারী
editor-save = সংরক্ষণ করুন
editor-previous = ← আগের অংশ
editor-next = পরের অংশ →
editor-add-row = + যোগ করুন
editor-remove-row = সরান
editor-attachments = সংযুক্ত নথি
editor-no-attachments = কোনো নথি সংযুক্ত নেই।
editor-issued-on = { $date } তারিখে ইস্যু করা
editor-attach-new = একটি নথি সংযুক্ত করুন
editor-attach-kind = নথির ধরন
editor-attach-issue-date = ইস্যুর তারিখ (যেখানে প্রয়োজন)
editor-attach-country = দেশ (অপরাধ রেকর্ড সনদ)
editor-attach-choose-file = ফাইল বেছে নিন…
editor-choose-kind-first = আগে নথির ধরন বেছে নিন।
placeholder-date = DD/MM/YYYY
placeholder-amount = 12345.67
placeholder-comma-list = কমা দিয়ে আলাদা করুন
placeholder-choose = বেছে নিন…
editor-prefecture-propose = প্রস্তাব: { $name }-এর প্রিফেকচার (Prefettura) (বসবাসের প্রদেশ)
editor-consulate-label = সংশ্লিষ্ট কনস্যুলার অফিস (বিদেশে বসবাস)
editor-consulate-placeholder = যেমন Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = আপনি যেখানে থাকেন সেই জায়গার দায়িত্বপ্রাপ্ত ইতালীয় কনস্যুলার অফিসের নাম লিখুন, দূতাবাস বা কনস্যুলেটের ওয়েবসাইটে যেভাবে লেখা আছে: অ্যাপে কনস্যুলেটের কোনো তালিকা নেই। নথিগুলো এই অফিসের ঠিকানায় পাঠানো হবে।

## সেটিংস
settings-title = সেটিংস
settings-language = ভাষা
settings-theme = থিম
settings-text-scale = লেখার আকার: { $percent }%
settings-data-folder = ডেটা ফোল্ডার
settings-choose-folder = ফোল্ডার বেছে নিন…
settings-default-folder = ডিফল্ট ফোল্ডার
settings-restart-needed = নতুন ফোল্ডারটি পরের বার চালু করার সময় ব্যবহার হবে।
settings-portal-url = পোর্টালের ঠিকানা
settings-help-desk = সহায়তা কেন্দ্র মোড (একাধিক আবেদনকারী)
settings-help-desk-hint = পাত্রোনাতো (patronato), CAF এবং অনেক মানুষকে সাহায্যকারী সংগঠনের জন্য। বন্ধ থাকলে অ্যাপটি কেবল আপনার নিজের আবেদন দেখায়।
theme-light = হালকা
theme-dark = গাঢ়
theme-high-contrast = উচ্চ কনট্রাস্ট

## আনলক
unlock-title = ডেটা ফোল্ডার খুলুন
unlock-explanation = আপনার ডেটা এই ফোল্ডারের জন্য বেছে নেওয়া পাসফ্রেজ দিয়ে এনক্রিপ্ট করা। ফোল্ডারটি খুলতে সেটি লিখুন।
unlock-passphrase = পাসফ্রেজ
unlock-open = খুলুন
unlock-create-title = একটি পাসফ্রেজ বেছে নিন
unlock-create-explanation = আপনার ডেটা একটি পাসফ্রেজ দিয়ে এনক্রিপ্ট করা হবে, যা প্রতিবার চালু করার সময় লিখবেন। এতে কমপক্ষে { $min }টি অক্ষর থাকতে হবে; কয়েকটি শব্দের একটি বাক্য মনে রাখা সহজ এবং বেশি নিরাপদ।
unlock-keyring-unavailable = সিস্টেমের কিরিং পাওয়া যাচ্ছে না, তাই ডেটা একটি পাসফ্রেজ দিয়ে সুরক্ষিত।
unlock-details = বিস্তারিত
unlock-details-hide = বিস্তারিত লুকান
unlock-repeat = পাসফ্রেজ আবার লিখুন
unlock-min-length = কমপক্ষে { $min }টি অক্ষর।
unlock-strength-too-short = খুব ছোট: কমপক্ষে { $min }টি অক্ষর দরকার।
unlock-strength-weak = দুর্বল: শব্দ, সংখ্যা বা চিহ্ন যোগ করুন।
unlock-strength-fair = মোটামুটি।
unlock-strength-strong = শক্তিশালী।
unlock-no-recovery = সতর্কতা: পাসফ্রেজ ভুলে গেলে কেউই ডেটা উদ্ধার করতে পারবে না। এটি লিখে কোনো নিরাপদ জায়গায় রাখুন।
unlock-mismatch = দুটি পাসফ্রেজ মেলে না।
unlock-create = তৈরি করে এগিয়ে যান

# --- codice fiscale ---
err-cf-empty = কর কোড (codice fiscale) লিখুন।
err-cf-length = codice fiscale-এ 16টি অক্ষর থাকে; এটিতে আছে { $found }টি।
err-cf-character = অক্ষর { $position } (“{ $character }”) codice fiscale-এর ওই অবস্থানে গ্রহণযোগ্য নয়।
err-cf-check-letter = শেষ অক্ষরটি (যাচাই অক্ষর) { $expected } হওয়া উচিত, { $found } নয়: কোডটি ঠিকভাবে কপি করা হয়েছে কিনা দেখুন।
err-cf-month = “{ $found }” মাসের বৈধ অক্ষর নয় (A B C D E H L M P R S T)।
err-cf-day = মাস { $month }-এ দিন { $day } নেই (নারীদের ক্ষেত্রে দিনের সঙ্গে 40 যোগ করা হয়)।
err-cf-unknown-place = কোনো পৌরসভা বা বিদেশি দেশের কোড { $code } নয়।
err-cf-place-code-format = “{ $code }” স্থানের কোড নয় (একটি অক্ষর ও তিনটি সংখ্যা, যেমন H501 বা Z404)।
err-cf-surname-missing = পদবি লেখা হয়নি (কমপক্ষে একটি অক্ষর দরকার)।
err-cf-name-missing = নাম লেখা হয়নি (কমপক্ষে একটি অক্ষর দরকার)।
err-cf-unsupported-character = { $field ->
        [surname] পদবিতে
       *[name] নামে
    } “{ $character }” আছে, যার কোনো লাতিন অক্ষর সমতুল্য নেই: পাসপোর্ট বা বসবাসের অনুমতিপত্রে (permesso di soggiorno) যেমন লেখা আছে তেমন লিখুন।
err-cf-place-missing = জন্মস্থান লেখা হয়নি।
err-cf-town-missing = জন্মের পৌরসভা (Comune) লেখা হয়নি।
err-cf-unknown-municipality = “{ $name }” নামে কোনো ইতালীয় পৌরসভা নেই।
err-cf-municipality-province = প্রদেশ { $province }-এ “{ $name }” নামে কোনো পৌরসভা নেই।
err-cf-municipality-ambiguous = “{ $name }” নামে একাধিক পৌরসভা আছে ({ $provinces }): প্রদেশ লিখুন।
err-cf-municipality-date = পৌরসভা “{ $name }” { $date } তারিখে ছিল না: জন্মের তারিখে পৌরসভার যে নাম ছিল সেটি লিখুন।
err-cf-unknown-country = অজানা দেশ: “{ $name }”।
err-cf-mismatch-surname = codice fiscale পদবির সঙ্গে মেলে না: পদবি থেকে হয় { $expected }, কোডে আছে { $found }।
err-cf-mismatch-name = codice fiscale নামের সঙ্গে মেলে না: নাম থেকে হয় { $expected }, কোডে আছে { $found }।
err-cf-mismatch-birth-date = codice fiscale জন্ম তারিখের সঙ্গে মেলে না: তথ্যে { $expected }, কোডে { $found }।
err-cf-mismatch-sex = codice fiscale লিঙ্গের সঙ্গে মেলে না: তথ্যে { $expected }, কোডে { $found }।
err-cf-mismatch-place = codice fiscale জন্মস্থানের সঙ্গে মেলে না: তথ্যে { $expected }, কোডে { $found }।
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = সিস্টেমের কিরিং (পাসওয়ার্ড ভান্ডার) পাওয়া যাচ্ছে না, তাই ডেটার চাবি সেখানে রাখা যাবে না। আপনি প্রতিবার চালু করার সময় লেখার মতো একটি পাসফ্রেজ দিয়ে ডেটা সুরক্ষিত করতে পারেন। বিস্তারিত: { $detail }
secrets-failed = সিস্টেমের কিরিং কাজটি প্রত্যাখ্যান করেছে: { $detail }
secrets-malformed = সিস্টেমের কিরিংয়ে গোপন তথ্য "{ $name }" নষ্ট হয়ে গেছে।
secrets-passphrase-too-short = পাসফ্রেজে কমপক্ষে { $min }টি অক্ষর থাকতে হবে।
secrets-key-derivation-failed = পাসফ্রেজ থেকে চাবি তৈরি করা যায়নি: { $detail }
store-in-use = এই ডেটা ফোল্ডারটি অন্য একটি উইন্ডো বা প্রোগ্রামে ইতিমধ্যে খোলা আছে। সেটি বন্ধ করে আবার চেষ্টা করুন।
store-newer-format = এই ডেটা প্রোগ্রামের নতুন সংস্করণ দিয়ে সংরক্ষণ করা হয়েছিল (ফরম্যাট { $found })। খুলতে প্রোগ্রামটি আপডেট করুন; ডেটা পরিবর্তন করা হয়নি।
store-wrong-key = চাবিটি এই ডেটা ফোল্ডারের সঙ্গে মেলে না: ডেটা ডিক্রিপ্ট করা যাবে না।
store-wrong-passphrase = পাসফ্রেজ ভুল। আবার চেষ্টা করুন: ডেটা পরিবর্তন করা হয়নি।
store-passphrase-required = এই ডেটা ফোল্ডারটি পাসফ্রেজ দিয়ে সুরক্ষিত: খুলতে সেটি লিখুন।
store-key-missing = এই ডেটা ফোল্ডারের চাবি এই কম্পিউটারের কিরিংয়ে নেই (ফোল্ডারটি অন্য কম্পিউটার থেকে কপি করা হয়েছে বা কিরিং মুছে ফেলা হয়েছে)। চাবি ছাড়া ডেটা পড়া যাবে না: মূল কম্পিউটারটি ব্যবহার করুন এবং আবেদনকারীদের একটি এনক্রিপ্ট করা প্যাকেজে এক্সপোর্ট করুন।
store-applicant-not-found = এই আবেদনকারী আর নেই (হয়তো মুছে ফেলা হয়েছে)।
store-version-not-found = সংস্করণ { $version } আর পাওয়া যাচ্ছে না।
store-document-not-found = এই নথিটি আর নেই (হয়তো সরিয়ে ফেলা হয়েছে)।
store-document-missing = নথি "{ $name }" এর এনক্রিপ্ট করা ফাইল ডেটা ফোল্ডারে নেই। এটি আবার ইমপোর্ট করুন।
store-document-damaged = নথি "{ $name }" নষ্ট হয়ে গেছে (অখণ্ডতা যাচাই মেলে না) এবং এক্সপোর্ট করা হয়নি। এটি আবার ইমপোর্ট করুন।
store-corrupt = সংরক্ষিত ডেটার একটি অংশ নষ্ট হয়ে গেছে এবং পড়া যাচ্ছে না ({ $detail })।
store-file-not-found = ফাইল বা ফোল্ডার পাওয়া যায়নি: { $path }
store-not-a-file = "{ $path }" কোনো ফাইল নয়।
store-permission-denied = অনুমতি নেই: { $path }
store-disk-full = ডিস্ক ভর্তি: জায়গা খালি করে আবার চেষ্টা করুন। যে পরিবর্তনগুলো এখনো সংরক্ষণ হয়নি সেগুলো উইন্ডোতে থেকে যাবে।
store-io-failed = { $path } পড়তে বা লিখতে ত্রুটি: { $detail }
store-database-failed = স্থানীয় ডেটাবেসে ত্রুটি: { $detail }
store-bundle-wrong-passphrase = এই প্যাকেজের পাসফ্রেজ ভুল।
store-bundle-truncated = প্যাকেজটি অসম্পূর্ণ (কপি বা ডাউনলোড মাঝপথে থেমে গেছে)। আবার কপি করুন।
store-bundle-tampered = প্যাকেজটি পরিবর্তিত বা নষ্ট হয়ে গেছে এবং ইমপোর্ট করা যাবে না।
store-not-a-bundle = এই ফাইলটি Cittadinanza-এর প্যাকেজ নয়।
store-bundle-unsupported-version = প্যাকেজটি প্রোগ্রামের নতুন সংস্করণ দিয়ে তৈরি (ফরম্যাট { $found })। ইমপোর্ট করতে প্রোগ্রামটি আপডেট করুন।
store-history-note = প্রতিবার সংরক্ষণে একটি নতুন সংস্করণ তৈরি হয়: প্রত্যেক আবেদনকারীর শেষ { $count }টি সংস্করণ রাখা হয়।
# --- end store ---

# --- portal ---
err-portal-invalid-url = পোর্টালের ঠিকানা “{ $url }” বৈধ নয়: https:// ঠিকানা দরকার (বা এই কম্পিউটারের পোর্টালের জন্য http://)।
err-portal-insecure-url = ঠিকানা “{ $url }” এনক্রিপ্ট করা নয়: পোর্টালে শুধু https:// দিয়ে যাওয়া যায় (http:// শুধু এই কম্পিউটারের পোর্টালের জন্য অনুমোদিত)।
err-portal-answer-too-large = পোর্টাল { $megabytes } MB-এর চেয়ে বড় উত্তর পাঠিয়েছে: সেটি থামিয়ে দেওয়া হয়েছে। সার্ভারটি হয়তো ত্রুটিপূর্ণ বা এটি পোর্টাল নয়।
err-portal-unreachable = পোর্টালে পৌঁছানো যাচ্ছে না। পরিবর্তনগুলো সারিতে থাকবে এবং যত দ্রুত সম্ভব পাঠানো হবে।
err-portal-timeout = পোর্টাল সময়মতো উত্তর দেয়নি। পরিবর্তনগুলো সারিতে থাকবে; পরে আবার চেষ্টা করুন।
err-portal-server = পোর্টালে একটি ত্রুটি হয়েছে (কোড { $status })। পরিবর্তনগুলো সারিতে থাকবে।
err-portal-unauthorized = সেশনের মেয়াদ শেষ বা আপনি এখনো লগ ইন করেননি। আবার লগ ইন করুন।
err-portal-bad-credentials = ইমেল বা পাসওয়ার্ড ভুল।
err-portal-forbidden = এই অ্যাকাউন্ট দিয়ে এই কাজটি করা যায় না।
err-portal-not-found = আবেদনটি পোর্টালে পাওয়া যায়নি (বা এই অ্যাকাউন্টের সঙ্গে যুক্ত নয়)।
err-portal-account-exists = এই ইমেল দিয়ে ইতিমধ্যে একটি অ্যাকাউন্ট আছে। নিবন্ধনের বদলে লগ ইন করুন।
err-portal-conflict = আবেদনটি অন্য কোথাও পরিবর্তন করা হয়েছে (সংস্করণ { $version })। প্রতিটি অংশের জন্য কোন সংস্করণ রাখবেন বেছে নিন।
err-portal-already-submitted = আবেদনটি ইতিমধ্যে পাঠানো হয়েছে: দ্বিতীয়টি তৈরি হবে না।
err-portal-not-editable = পাঠানো আবেদন আর পরিবর্তন করা যায় না।
err-portal-incomplete = পোর্টাল আবেদনটি গ্রহণ করছে না: { $detail } ক্ষেত্রটি খালি।
err-portal-associate-mismatch =
    { $field ->
        [surname] পদবি আবেদনের পদবির সঙ্গে মেলে না।
        [name] নাম আবেদনের নামের সঙ্গে মেলে না।
        [birth_date] জন্ম তারিখ আবেদনের জন্ম তারিখের সঙ্গে মেলে না।
        [previous_email] দেওয়া ই-মেইলটি আবেদনে ব্যবহৃত ই-মেইল নয়।
        [k10_number] এই K10 নম্বরের কোনো আবেদন নেই (ফরম্যাট K10/0000001 বা K10/C/0000001)।
       *[any] এই তথ্য কোনো আবেদনের সঙ্গে মেলে না। K10 নম্বর (ফরম্যাট K10/0000001 বা K10/C/0000001), পদবি, নাম, জন্ম তারিখ এবং আবেদনে ব্যবহৃত ই-মেইল যাচাই করুন।
    }
err-portal-already-associated = আবেদনটি ইতিমধ্যে অন্য একটি অ্যাকাউন্টের সঙ্গে যুক্ত। প্রিফেকচারের (Prefettura) সঙ্গে যোগাযোগ করুন।
err-portal-too-large = ফাইল বা ডেটা পোর্টালের জন্য খুব বড় (নথি 64 MB পর্যন্ত)।
err-portal-rate-limited = অনেক বেশি চেষ্টা করা হয়েছে। কয়েক মিনিট (সর্বোচ্চ এক ঘণ্টা) অপেক্ষা করে আবার চেষ্টা করুন।
err-portal-checksum = পাঠানোর সময় নথিটি নষ্ট হয়ে গেছে। আবার চেষ্টা করুন: পাঠানো নিরাপদে শুরু থেকে হবে।
err-portal-rejected = পোর্টাল অনুরোধটি প্রত্যাখ্যান করেছে ({ $code })।
err-portal-protocol = পোর্টাল থেকে অপ্রত্যাশিত উত্তর: হয়তো পোর্টালের সংস্করণ ভিন্ন। ({ $detail })
err-portal-local = স্থানীয় সিঙ্ক ডেটা পড়া বা লেখা যায়নি: { $detail }
err-portal-document = { $detail }
err-portal-token-store = সিস্টেমের কিরিংয়ে লগ ইন মনে রাখা যায়নি: { $detail }
err-portal-not-linked = এই আবেদনটি এখনো পোর্টালে পাঠানো হয়নি।
err-portal-relink-pending = সিঙ্ক ডেটা আবার তৈরি করা হচ্ছে: নতুন আবেদন পাঠানোর আগে পোর্টালে লগ ইন করে সিঙ্ক করুন, যাতে আবেদনগুলো আবার যুক্ত হয়।
portal-status-draft = খসড়া
portal-status-submitted = পাঠানো হয়েছে
portal-status-accepted = প্রিফেকচার গ্রহণ করেছে
portal-status-inadmissible = অগ্রহণযোগ্য (inammissibile) ঘোষিত
portal-status-notice-10bis = প্রত্যাখ্যানের পূর্ব-নোটিশ (preavviso di rigetto, অনু. 10-bis)
portal-status-granted = নাগরিকত্ব প্রদানের আদেশ (decreto di concessione)
portal-status-rejected = প্রত্যাখ্যানের আদেশ (decreto di rigetto)
portal-status-oath-scheduled = শপথের (giuramento) তারিখ নির্ধারিত
portal-comm-acceptance = আবেদন { $date } তারিখে গৃহীত হয়েছে
portal-comm-inadmissibility = আবেদন { $date } তারিখে অগ্রহণযোগ্য ঘোষিত হয়েছে
portal-comm-notice-10bis = { $date } তারিখের প্রত্যাখ্যানের পূর্ব-নোটিশ: { $days } দিনের মধ্যে ({ $respond_by }-এর মধ্যে) উত্তর দিন
portal-comm-decree-granted = { $date } তারিখের নাগরিকত্ব প্রদানের আদেশ
portal-comm-decree-rejected = { $date } তারিখের প্রত্যাখ্যানের আদেশ
portal-comm-oath-appointment = শপথ { $appointment } তারিখে, স্থান: { $place }
portal-sync-pending = { $count ->
    [0] সব কিছু সিঙ্ক হয়ে গেছে
    [one] একটি পরিবর্তন পাঠানোর অপেক্ষায়
   *[other] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়
}
portal-queue-damaged = পোর্টালের সঙ্গে সিঙ্ক ডেটা নষ্ট হয়ে গিয়েছিল: ডেটা ফোল্ডারে “{ $file }” নামে একটি কপি রাখা হয়েছে। এই কম্পিউটারের আবেদন ও নথিগুলো অক্ষত আছে। পোর্টালে লগ ইন করে সিঙ্ক করুন: আবেদনগুলোর সংযোগ আবার তৈরি হবে।
portal-queue-rebuilt =
    নষ্ট সিঙ্ক ডেটা (কপি “{ $file }”) আবার তৈরি করা হয়েছে: { $count ->
        [one] একটি আবেদন আবার পোর্টালের সঙ্গে যুক্ত হয়েছে।
       *[other] { $count }টি আবেদন আবার পোর্টালের সঙ্গে যুক্ত হয়েছে।
    } পোর্টালের সঙ্গে পার্থক্যগুলো পাঠানোর আগে আপনাকে দেখানো হবে।
portal-queue-dismiss = বুঝেছি
# portal block, after portal-sync-pending:
portal-sync-uploads-failing =
    { $count ->
        [one] পরিবর্তনগুলো পাঠানো হয়েছে, কিন্তু একটি নথি আপলোড হয়নি: { $error }
       *[other] পরিবর্তনগুলো পাঠানো হয়েছে, কিন্তু { $count }টি নথি আপলোড হয়নি (প্রথমটি: { $error })
    }
portal-sync-conflicts = { $count ->
    [one] একটি আবেদন মিলিয়ে নিতে হবে
   *[other] { $count }টি আবেদন মিলিয়ে নিতে হবে
}
portal-conflict-keep-mine = আমার সংস্করণ রাখুন
portal-conflict-take-theirs = পোর্টালের সংস্করণ নিন
portal-sign-in = পোর্টালে লগ ইন করুন
portal-sign-out = পোর্টাল থেকে লগ আউট করুন
portal-role-applicant = আবেদনকারী
portal-role-operator = সহায়তা কেন্দ্রের অপারেটর
# --- end portal ---

# --- validation ---
## ক্ষেত্রের যাচাই (rules::Problem)
err-missing = এই ক্ষেত্রটি আবশ্যক।
err-invalid-date = তারিখ বৈধ নয়: DD/MM/YYYY আকারে লিখুন (যেমন 05/03/2020)।
err-impossible-date = এই তারিখের অস্তিত্ব নেই: দিন ও মাস যাচাই করুন।
err-year-out-of-range = বছরটি সঠিক মনে হচ্ছে না: পুরো চার অঙ্কে লিখুন।
err-date-in-future = তারিখ ভবিষ্যতের হতে পারে না।
err-date-before-birth = তারিখটি জন্ম তারিখের আগের।
err-end-before-start = শেষের তারিখ শুরুর তারিখের ({ $start }) আগের।
err-date-before = তারিখটি { $event ->
        [event-first-entry] ইতালিতে প্রথম প্রবেশের
        [event-marriage] বিবাহের
        [event-status-recognised] মর্যাদা স্বীকৃতির
       *[event-issue] ইস্যুর তারিখের
    } ({ $date }) আগের হতে পারে না।
err-expired = { $date } তারিখে মেয়াদ শেষ হয়েছে।
err-invalid-amount = পরিমাণ বৈধ নয়: ইউরোতে লিখুন, যেমন 12.345,67 বা 12345.67।
err-wrong-amount = দেয় পরিমাণ { $expected } ইউরো।
err-invalid-email = ইমেল ঠিকানা বৈধ নয় (যেমন nam@esempio.it)।
err-invalid-phone = ফোন নম্বর বৈধ নয়: শুধু সংখ্যা ও ফাঁকা জায়গা ব্যবহার করুন, আন্তর্জাতিক কোডের আগে + দিন (যেমন +39 333 1234567)।
err-invalid-province = প্রদেশের সংক্ষিপ্ত রূপ বৈধ নয়: দুটি অক্ষর দরকার, যেমন MI।
err-invalid-postcode = পোস্ট কোড (CAP) বৈধ নয়: পাঁচটি সংখ্যা দরকার।
err-invalid-year = বছর বৈধ নয়: চার অঙ্ক লিখুন, যেমন 2024।
err-invalid-notice-code = কোড বৈধ নয়: pagoPA নোটিশ কোডে 18টি সংখ্যা থাকে, IUV-তে 15 থেকে 25টি অক্ষর বা সংখ্যা।
err-invalid-name = শুধু অক্ষর, ফাঁকা জায়গা, অ্যাপোস্ট্রফি, বিন্দু ও হাইফেন ব্যবহার করা যায়।
err-birth-place-contradicts-basis = আপনি ইতালিতে জন্ম উল্লেখ করেছেন, কিন্তু ব্যক্তিগত তথ্যে জন্মস্থান বিদেশে।
err-spouse-not-italian = বিবাহের ভিত্তিতে আবেদনের (অনু. 5) জন্য স্বামী/স্ত্রীকে ইতালীয় নাগরিক হতে হবে।
err-not-married = বিবাহের ভিত্তিতে আবেদনের (অনু. 5) জন্য বৈবাহিক অবস্থা “বিবাহিত” বা “সিভিল ইউনিয়ন” হতে হবে।
err-atto-notorio-not-allowed = হলফনামা (atto notorio) জন্ম সনদের বদলে কেবল শরণার্থী ও রাষ্ট্রহীন ব্যক্তিদের জন্য গ্রহণযোগ্য।
err-translation-required = নথিটি ইতালীয় ভাষায় অনূদিত হতে হবে (বা বহুভাষিক কপি হতে হবে)।
err-residence-gap = { $from } থেকে { $to } পর্যন্ত বসবাস লেখা নেই: বাদ পড়া সময়কাল যোগ করুন বা তারিখ ঠিক করুন।
err-residence-overlap = এই সময়কাল { $other } নম্বর সময়কালের সঙ্গে মিলে যায়।
err-open-period-not-last = কেবল বর্তমান, অর্থাৎ শেষ বসবাসের শেষ তারিখ খালি থাকতে পারে।
err-residences-not-up-to-date = শেষ বসবাস { $date } তারিখে শেষ হয়: বর্তমান বসবাস যোগ করুন।
err-registered-before-14-contradicted = লেখা বসবাস অনুযায়ী, জনসংখ্যা নিবন্ধনে (anagrafe) প্রথম নিবন্ধন 14 বছর বয়সের পরে হয়েছিল।
err-income-year-missing = { $year } সালের আয় লেখা নেই।
err-income-year-not-required = শুধু এই বছরগুলোর আয় দরকার: { $years }।
err-duplicate-year = এই বছরটি আপনি আগেই লিখেছেন।
err-criminal-certificate-missing = এই দেশের অপরাধ রেকর্ড সনদ (certificato penale) নেই: { $country }।
err-language-level-too-low = স্তর { $level } যথেষ্ট নয়: কমপক্ষে B1 স্তর দরকার।
err-invalid-language-level = স্তর বৈধ নয়: A1, A2, B1, B2, C1 বা C2 লিখুন।
err-exemption-needs-long-term-permit = এই অব্যাহতি কেবল তাদের জন্য যাদের দীর্ঘমেয়াদি বাসিন্দাদের EU বসবাসের অনুমতিপত্র (permesso di soggiorno UE per soggiornanti di lungo periodo) আছে (অংশ 4-এ লিখুন)।
err-exemption-not-for-eu-citizens = ইউরোপীয় ইউনিয়নের নাগরিকরা অব্যাহতি পান না: B1 স্তরের সনদ দরকার।
err-must-accept = আবেদন পাঠাতে এই ঘোষণায় টিক দিতে হবে।
err-document-missing = একটি নথি নেই: { $kind ->
        [doc-birth-certificate] জন্ম সনদ (atto di nascita)
        [doc-criminal-record] অপরাধ রেকর্ড সনদ (certificato penale)
        [doc-identity-document] পরিচয়পত্র
        [doc-residence-permit] বসবাসের অনুমতিপত্র (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] ইতালীয় ভাষার সনদ
        [doc-income-statement] আয়কর রিটার্ন
        [doc-payment-receipt] অর্থপ্রদানের রসিদ
        [doc-marriage-certificate] বিবাহ সনদ (atto di matrimonio)
        [doc-atto-notorio] হলফনামা (atto notorio)
       *[doc-other] অন্য একটি নথি
    }।
err-document-missing-for = একটি নথি নেই: { $kind ->
        [doc-birth-certificate] জন্ম সনদ (atto di nascita)
        [doc-criminal-record] অপরাধ রেকর্ড সনদ (certificato penale)
        [doc-identity-document] পরিচয়পত্র
        [doc-residence-permit] বসবাসের অনুমতিপত্র (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] ইতালীয় ভাষার সনদ
        [doc-income-statement] আয়কর রিটার্ন
        [doc-payment-receipt] অর্থপ্রদানের রসিদ
        [doc-marriage-certificate] বিবাহ সনদ (atto di matrimonio)
        [doc-atto-notorio] হলফনামা (atto notorio)
       *[doc-other] অন্য একটি নথি
    } ({ $detail })।
err-document-expired = নথির মেয়াদ { $date } তারিখে শেষ হয়েছে ({ $kind ->
        [doc-criminal-record] অপরাধ রেকর্ড সনদ ইস্যুর তারিখ থেকে ছয় মাস বৈধ থাকে
        [doc-identity-document] পরিচয়পত্র
        [doc-residence-permit] বসবাসের অনুমতিপত্র
       *[doc-other] সংযুক্ত নথি
    }): একটি বৈধ নথি সংযুক্ত করুন।
err-attachment-incomplete = সংযুক্তি অসম্পূর্ণ: ফাইল বা নথির ধরন নেই।
info-residence-span = { $from } থেকে { $to } পর্যন্ত একটানা বসবাস (পূর্ণ বছর: { $years })।

## K10 নম্বর
k10-kind-naturalisation = বসবাসের ভিত্তিতে নাগরিকত্ব
k10-kind-marriage = বিবাহের ভিত্তিতে নাগরিকত্ব
err-k10-empty = K10 নম্বর লিখুন।
err-k10-prefix = K10 নম্বর “K10/” দিয়ে শুরু হয়, যেমন K10/0000001 বা K10/C/0000001।
err-k10-kind = “K10/” এর পরে সাতটি সংখ্যা (বসবাসের জন্য) অথবা “C/” ও সাতটি সংখ্যা (বিবাহের জন্য) থাকে।
err-k10-digits = নম্বরে শুরুর শূন্যসহ সাতটি সংখ্যা থাকতে হবে; এখানে আছে { $found }টি।
err-k10-character = নম্বরে “{ $character }” আছে: শুধু সংখ্যা গ্রহণযোগ্য।
err-k10-zero = 0000000 বৈধ K10 নম্বর নয়।
err-k10-wrong-kind-marriage = বিবাহের ভিত্তিতে নাগরিকত্বের (ধারা 5) জন্য নম্বরের রূপ { $expected }, “C/” সহ।
err-k10-wrong-kind-naturalisation = বসবাসের ভিত্তিতে নাগরিকত্বের (ধারা 9) জন্য নম্বরের রূপ { $expected }, “C/” ছাড়া।
# --- end validation ---

# --- pdf ---
pdf-doc-spid = SPID-এর জন্য ফর্ম (আবেদন যুক্ত করার জন্য স্ব-ঘোষণা, autocertificazione)
pdf-doc-maintenance = ভরণপোষণের ঘোষণা (dichiarazione di mantenimento)
pdf-doc-change = যোগাযোগের তথ্য ও আয়ের পরিবর্তন
pdf-doc-summary = সহায়তা কেন্দ্রের জন্য সারসংক্ষেপ
pdf-group-declarant = ঘোষণাকারীর তথ্য
pdf-group-supporter = ভরণপোষণকারী পরিবারের সদস্য
pdf-group-applicant = নাগরিকত্বের আবেদনকারী
pdf-group-document = পরিচয়পত্র
pdf-group-statement = ঘোষণা
pdf-group-as-in-application = আবেদনে যেমন আছে
pdf-group-as-in-spid = SPID-এ যেমন আছে
pdf-group-income = আয়
pdf-group-changes = পরিবর্তন
pdf-group-signature = স্থান ও তারিখ
pdf-field-surname = পদবি
pdf-field-name = নাম
pdf-field-birth-surname = জন্মের সময়ের পদবি (ভিন্ন হলে)
pdf-field-sex = লিঙ্গ
pdf-field-birth-date = জন্ম তারিখ
pdf-field-birth-place = জন্মস্থান
pdf-field-citizenship = নাগরিকত্ব
pdf-field-codice-fiscale = কর কোড (codice fiscale)
pdf-field-residence = বসবাস (পূর্ণ ঠিকানা)
pdf-field-email = ইমেল বা প্রত্যয়িত ইমেল (PEC)
pdf-field-phone = ফোন
pdf-field-document-kind = নথির ধরন
pdf-field-document-number = নথির নম্বর
pdf-field-document-issuer = ইস্যুকারী
pdf-field-document-expiry = নথির মেয়াদ শেষের তারিখ
pdf-field-prefecture = প্রিফেকচার (Prefettura)
pdf-field-k10-number = আবেদন নম্বর (K10)
pdf-field-submitted-on = আবেদন পাঠানোর তারিখ
pdf-field-mismatch-reason = আবেদন ও SPID-এর তথ্যে অমিলের কারণ
pdf-field-ticket = হেল্প ডেস্ক টিকিট নম্বর
pdf-field-place = স্বাক্ষরের স্থান
pdf-field-date = স্বাক্ষরের তারিখ
pdf-field-relationship = আবেদনকারীর সঙ্গে সম্পর্ক
pdf-field-same-household = আবেদনকারীর পারিবারিক সনদে (stato di famiglia) অন্তর্ভুক্ত
pdf-field-supported-since = ভরণপোষণ শুরুর তারিখ
pdf-field-income-rows = কমপক্ষে এক বছরের আয়
pdf-field-income-year = কর বছর (সারি { $row })
pdf-field-income-amount = করযোগ্য আয় { $year }
pdf-field-income-source = কর নথি { $year }
pdf-field-changes-any = কমপক্ষে একটি পরিবর্তন (যোগাযোগ বা আয়)
pdf-field-new-residence = নতুন বসবাস
pdf-field-residence-since = নতুন ঠিকানায় বসবাস শুরুর তারিখ
pdf-field-new-email = নতুন ইমেল বা PEC ঠিকানা
pdf-field-new-phone = নতুন ফোন নম্বর
err-pdf-missing-fields = { $count ->
    [one] নথিটি প্রিন্ট করার জন্য একটি প্রয়োজনীয় তথ্য নেই।
   *[other] নথিটি প্রিন্ট করার জন্য { $count }টি প্রয়োজনীয় তথ্য নেই।
}
err-pdf-unknown-field = অজানা ক্ষেত্র: { $field }।
err-pdf-invalid-value = { $field }-এর মান বৈধ নয়।
err-pdf-font = অন্তর্নির্মিত ফন্ট পড়া যাচ্ছে না: অ্যাপ্লিকেশনটি আবার ইনস্টল করুন।
pdf-page-of = পৃষ্ঠা { $page } / { $pages }
pdf-summary-title = নাগরিকত্ব আবেদনের সারসংক্ষেপ
pdf-summary-printed-on = { $date } তারিখে প্রিন্ট করা – সহায়তা কেন্দ্রের জন্য স্মারক, সরকারি নথি নয়
pdf-summary-footer = সারসংক্ষেপ – { $name } – { $date }
pdf-summary-unnamed = (এখনো নাম লেখা হয়নি)
pdf-summary-applicant = আবেদনকারী
pdf-label-name = পদবি ও নাম
pdf-label-codice-fiscale = কর কোড (codice fiscale)
pdf-label-birth = জন্ম তারিখ ও স্থান
pdf-label-citizenship = নাগরিকত্ব
pdf-label-basis = আবেদনের আইনি ভিত্তি
pdf-label-prefecture = প্রিফেকচার (Prefettura)
pdf-label-k10 = আবেদন নম্বর
pdf-label-email = ইমেল / PEC
pdf-label-phone = ফোন
pdf-summary-not-submitted = আবেদন এখনো পাঠানো হয়নি
pdf-summary-sections = অংশগুলোর অবস্থা
pdf-summary-sections-done = { $total }টির মধ্যে { $done }টি অংশ সম্পূর্ণ
pdf-summary-section-complete = সম্পূর্ণ
pdf-summary-section-incomplete = সম্পূর্ণ করা বাকি
pdf-summary-documents = যে নথিগুলো আনতে হবে
pdf-summary-documents-intro = সংযুক্ত নথিগুলোর মূল কপি আনুন এবং যেগুলো নেই সেগুলো সংগ্রহ করুন।
pdf-summary-doc-missing = সংগ্রহ করতে হবে
pdf-summary-doc-exempt = প্রয়োজন নেই
pdf-summary-doc-provided = সংযুক্ত
pdf-summary-doc-expiring = সংযুক্ত, { $date } পর্যন্ত বৈধ
pdf-summary-doc-expired = { $date } তারিখে মেয়াদ শেষ: নবায়ন করতে হবে
pdf-summary-deadlines = সময়সীমা
pdf-summary-no-deadlines = লেখা তথ্য থেকে কোনো সময়সীমা বের করা যায় না।
pdf-summary-col-deadline = কী শেষ হয়
pdf-summary-col-date = তারিখ
pdf-summary-col-when = কখন
pdf-summary-deadline-past = ইতিমধ্যে শেষ
pdf-summary-deadline-in-days = { $days ->
    [0] আজ
    [one] আগামীকাল
   *[other] { $days } দিনের মধ্যে
}
pdf-summary-deadline-criminal-record = অপরাধ রেকর্ড সনদ (certificato penale) ({ $country }): ইস্যু থেকে 6 মাস বৈধ
pdf-summary-deadline-permit = বসবাসের অনুমতিপত্র (permesso di soggiorno)
pdf-summary-deadline-passport = বিদেশি নথি ({ $document })
pdf-summary-deadline-id-card = ইতালীয় পরিচয়পত্র (carta d'identità)
pdf-summary-disclaimer = এই সারসংক্ষেপ অ্যাপ্লিকেশনে লেখা তথ্য থেকে তৈরি এবং প্রিফেকচার ও স্বরাষ্ট্র মন্ত্রণালয়ের পোর্টালের নির্দেশনার বিকল্প নয়।
pdf-summary-desk-date = তারিখ: { $date }
pdf-summary-desk-operator = সহায়তা কেন্দ্রের অপারেটর
pdf-summary-detail-year = বছর { $year }
pdf-summary-detail-replaces = এর বদলে: { $document }
pdf-summary-detail-contribution = 250 € ফি (contributo)
pdf-summary-detail-stamp-duty = 16 € রাজস্ব স্ট্যাম্প (marca da bollo)
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = শর্ত পূরণ হয়েছে: আপনি আবেদন করতে পারেন
verdict-not-yet = এখনো নয়: আপনি { $date } থেকে আবেদন করতে পারবেন
verdict-not-eligible = শর্ত পূরণ হয়নি
verdict-borderline = সন্দেহজনক ক্ষেত্র: উল্লেখিত বিষয়গুলো যাচাই করুন
verdict-more-information = যাচাইয়ের জন্য আরও তথ্য দরকার

elig-basis-missing = শর্ত যাচাই করতে আবেদনের ভিত্তি (অনু. 5 বা অনু. 9) বেছে নিন।
elig-unreadable = ক্ষেত্র { $field } পড়া যায়নি এবং বিবেচনা করা হয়নি।
elig-residence-missing = ইতালিতে কোনো বসবাস লেখা নেই: নিবন্ধিত বসবাসের (residenza anagrafica) সময়কাল লিখুন।
elig-residence-not-current = শেষ নিবন্ধিত বসবাস { $date } তারিখে শেষ হয়েছে: ইতালিতে বর্তমান বসবাস দরকার।
elig-residence-gap = { $from } ও { $to }-এর মধ্যে বসবাস নেই: ধারাবাহিকতা ভেঙে যায় এবং গণনা আবার শুরু হয়।
elig-residence-met = { $since } থেকে একটানা বৈধ বসবাস: প্রয়োজনীয় { $years } বছর { $date } তারিখে পূর্ণ হয়েছে।
elig-residence-not-yet = { $since } থেকে একটানা বৈধ বসবাস: প্রয়োজনীয় { $years } বছর { $date } তারিখে পূর্ণ হবে।
elig-descendant-rule-changed = ইতালীয় নাগরিকদের বংশধরদের জন্য আইন 74/2025 সময়কাল 3 থেকে কমিয়ে 2 বছর করেছে: প্রিফেকচারের (Prefettura) সঙ্গে যাচাই করুন।
elig-born-in-italy-unanswered = আপনি ইতালিতে জন্মেছেন নাকি জন্মসূত্রে ইতালীয় নাগরিকের বংশধর, তা উল্লেখ করুন।
elig-adoption-date-missing = দত্তক নেওয়ার তারিখ লিখুন: 5 বছরের বসবাস সেই তারিখ থেকে গণনা করা হয়।
elig-service-missing = ইতালীয় রাষ্ট্রের সেবার তারিখগুলো লিখুন।
elig-service-met = { $since } থেকে রাষ্ট্রের সেবা: 5 বছর { $date } তারিখে পূর্ণ হয়েছে।
elig-service-not-yet = { $since } থেকে রাষ্ট্রের সেবা: 5 বছর { $date } তারিখে পূর্ণ হবে।
elig-service-too-short = রাষ্ট্রের সেবা ({ $since } থেকে { $date } পর্যন্ত) 5 বছরের কম ছিল।
elig-not-eu-citizen = অক্ষর d) ইউরোপীয় ইউনিয়নের নাগরিকদের জন্য: লেখা নাগরিকত্ব যাচাই করুন।
elig-refugee-status-missing = অক্ষর e) শরণার্থী ও রাষ্ট্রহীন ব্যক্তিদের জন্য: স্বীকৃত মর্যাদা উল্লেখ করুন।
elig-marriage-date-missing = বিবাহ বা সিভিল ইউনিয়নের তারিখ লিখুন।
elig-spouse-not-italian = স্বামী/স্ত্রীকে ইতালীয় নাগরিক হতে হবে।
elig-spouse-citizenship-unanswered = স্বামী/স্ত্রী ইতালীয় নাগরিক কিনা উল্লেখ করুন।
elig-separated = স্বামী-স্ত্রী আইনগতভাবে আলাদা (separazione personale) থাকলে বিবাহের ভিত্তিতে নাগরিকত্ব দেওয়া যায় না।
elig-marriage-ended = আদেশ (decreto) পর্যন্ত বিবাহ বহাল থাকতে হবে (বিচ্ছেদ, বাতিল বা সমাপ্ত নয়)।
elig-marriage-residence-met = বিবাহের পরে { $since } থেকে ইতালিতে বৈধ বসবাস: প্রয়োজনীয় { $months } মাস { $date } তারিখে পূর্ণ হয়েছে।
elig-marriage-residence-not-yet = বিবাহের পরে { $since } থেকে ইতালিতে বৈধ বসবাস: প্রয়োজনীয় { $months } মাস { $date } তারিখে পূর্ণ হবে।
elig-marriage-met = { $since } তারিখের বিবাহ: প্রয়োজনীয় { $months } মাস { $date } তারিখে পূর্ণ হয়েছে।
elig-marriage-not-yet = { $since } তারিখের বিবাহ: প্রয়োজনীয় { $months } মাস { $date } তারিখে পূর্ণ হবে।
elig-children-halve-period = দম্পতির জন্ম দেওয়া বা দত্তক নেওয়া সন্তান থাকলে প্রয়োজনীয় সময়কাল অর্ধেক হয়ে যায়।
elig-no-income-requirement = বিবাহের ভিত্তিতে নাগরিকত্বের জন্য ন্যূনতম আয়ের প্রয়োজন নেই।
elig-income-met = আয় { $year }: { $income } € (ন্যূনতম { $threshold } €)।
elig-income-below = আয় { $year }: { $income } € ন্যূনতম { $threshold } € এর কম। একই পারিবারিক সনদে (stato di famiglia) থাকা পরিবারের সদস্যদের আয় যোগ করা যায়।
elig-income-borderline = আয় { $year }: { $income } €, { $lower } € (516,00 € পর্যন্ত পূর্ণসংখ্যায় বৃদ্ধি) ও { $threshold } € (প্রতি নির্ভরশীল সদস্যের জন্য 516,46 €)-এর মধ্যে: সন্দেহজনক ক্ষেত্র।
elig-income-missing = { $year } সালের আয় নেই: আবেদনের আগের তিন বছরের আয় দরকার।
elig-consider-basis = অনু. 9-এর অক্ষর { $letter }) অনুযায়ী { $years } বছরের বসবাসই যথেষ্ট।
elig-residence-gap-cancelled = { $from } থেকে { $to } পর্যন্ত বসবাস বিঘ্নিত (নিবন্ধন বাতিল হয়ে পরে পুনর্বহাল): ধারাবাহিক বসবাস { $to }-এর নতুন নিবন্ধন থেকে গোনা হয়।
elig-residence-gap-abroad = { $from } থেকে { $to } পর্যন্ত আপনি বিদেশে ছিলেন: ধারাবাহিক বসবাস আপনার ফেরার দিন, { $to }, থেকে গোনা হয়।
elig-residence-gap-other = { $from } থেকে { $to } পর্যন্ত বসবাস বিঘ্নিত: ধারাবাহিক বসবাস { $to } থেকে গোনা হয়।
elig-presence-proof = সেই সময়ে ({ $from } থেকে { $to } পর্যন্ত) আপনি যদি ইতালিতেই থেকে থাকেন, তাহলে প্রিফেকচার (Prefettura) অবিচ্ছিন্ন উপস্থিতির প্রমাণ গ্রহণ করতে পারে: ভাড়া বা চাকরির চুক্তি, বেতনের স্লিপ, চিকিৎসা বা পারিবারিক ডাক্তারের সনদ। এটি নিশ্চিত নয়: আপনার প্রিফেকচারকে জিজ্ঞাসা করুন।
elig-subsidiary-protection = সহায়ক সুরক্ষার (protezione sussidiaria) পারমিট থাকলে অক্ষর e) প্রযোজ্য নয় (শুধু শরণার্থী ও রাষ্ট্রহীন ব্যক্তি): অক্ষর f) প্রযোজ্য, 10 বছরের বসবাস সহ, এবং জন্ম ও অপরাধ রেকর্ড সনদ থেকে শরণার্থীদের ছাড় (atto notorio) নেই। অক্ষর f) বেছে নিন।
elig-marriage-separation = { $date } থেকে বিচ্ছেদ: স্বামী-স্ত্রীর আইনি বিচ্ছেদ (separazione personale) থাকলে বিবাহের ভিত্তিতে নাগরিকত্ব দেওয়া যায় না।
elig-marriage-divorce = { $date } তারিখে তালাক: বিবাহ ডিক্রি (decreto) পর্যন্ত টিকে থাকতে হবে।
elig-marriage-annulment = { $date } তারিখে বিবাহ বাতিল: বিবাহ ডিক্রি (decreto) পর্যন্ত টিকে থাকতে হবে।
elig-marriage-spouse-death = স্বামী/স্ত্রী { $date } তারিখে মারা গেছেন: বিবাহ ভেঙে গেছে এবং বিবাহের ভিত্তিতে নাগরিকত্ব আর সম্ভব নয়; প্রিফেকচারের (Prefettura) সঙ্গে যাচাই করুন।
elig-marriage-separation-pending = { $date } তারিখে বিচ্ছেদ, আবেদন পাঠানোর ({ $submitted }) পরে: আবেদন চলমান থাকায় প্রত্যাখ্যানের সম্ভাবনা বেশি। প্রিফেকচারকে (Prefettura) জানান এবং কোনো সহায়তা কেন্দ্র (patronato) বা আইনজীবীর পরামর্শ নিন।
elig-marriage-ended-pending =
    { $event ->
        [divorce] তালাক
        [annulment] বিবাহ বাতিল
       *[other] স্বামী/স্ত্রীর মৃত্যু
    } { $date } তারিখে, আবেদন পাঠানোর ({ $submitted }) পরে: বিবাহের ভিত্তিতে নাগরিকত্ব আর দেওয়া যাবে না; প্রিফেকচারকে (Prefettura) জানান।
elig-income-household =
    { $year } সালে পরিবার: { $spouse ->
        [yes] নির্ভরশীল স্বামী/স্ত্রী
       *[no] কোনো নির্ভরশীল স্বামী/স্ত্রী নেই
    }, অন্যান্য নির্ভরশীল সদস্য: { $others }।
elig-family-income-not-household = { $name }-এর { $year } সালের আয়: একই পারিবারিক নিবন্ধনে (stato di famiglia) নেই, তাই যোগ করা যাবে না।
elig-family-income-household-unanswered = { $name }-এর { $year } সালের আয়: জানান তিনি একই পারিবারিক নিবন্ধনে (stato di famiglia) আছেন কি না (শুধু তখনই যোগ করা যায়)।

checklist-state-missing = নেই
checklist-state-exempt = প্রয়োজন নেই
checklist-state-provided = সংযুক্ত
checklist-state-expiring = { $date } তারিখে মেয়াদ শেষ হচ্ছে
checklist-state-expired = { $date } তারিখে মেয়াদ শেষ হয়েছে
checklist-detail-country = { $country }
checklist-detail-year = বছর { $year }
checklist-detail-replaces-birth-certificate = জন্ম সনদের (atto di nascita) বদলে
checklist-detail-replaces-criminal-record = অপরাধ রেকর্ড সনদের (certificato penale) বদলে
checklist-detail-contribution = 250 € ফি (contributo)
checklist-detail-stamp-duty = 16 € রাজস্ব স্ট্যাম্প (marca da bollo)
checklist-exempt-eu-citizen = ইউরোপীয় ইউনিয়নের নাগরিকদের বসবাসের অনুমতিপত্র (permesso di soggiorno) থাকে না।
checklist-exempt-living-abroad = বিদেশে বসবাসকারীদের জন্য প্রয়োজন নেই।
checklist-exempt-born-in-italy = ইতালিতে জন্মগ্রহণকারীদের জন্য প্রয়োজন নেই।
checklist-exempt-atto-notorio = শরণার্থী ও রাষ্ট্রহীন ব্যক্তিদের ক্ষেত্রে এর বদলে হলফনামা (atto notorio) দেওয়া হয়।
checklist-exempt-before-14 = যারা 14 বছর বয়সের আগে ইতালিতে নিবন্ধিত হয়েছেন এবং তখন থেকে সেখানে থাকেন তাদের জন্য প্রয়োজন নেই।
checklist-exempt-eu-long-term-permit = অব্যাহতি: দীর্ঘমেয়াদি বাসিন্দাদের EU অনুমতিপত্রধারী।
checklist-exempt-integration-agreement = অব্যাহতি: একীকরণ চুক্তিতে (accordo di integrazione) স্বাক্ষরকারী।
checklist-exempt-no-income = ওই বছরের জন্য কোনো আয় ঘোষণা করা হয়নি।

phase-draft = খসড়া
phase-submitted = আবেদন পাঠানো হয়েছে
phase-accepted = গৃহীত (K10 নম্বর)
phase-submission-rejected = প্রিফেকচার (Prefettura) আবেদন ফেরত দিয়েছে
phase-preliminary-assessment = যাচাই-বাছাই (istruttoria)
phase-ten-bis-notice = প্রত্যাখ্যানের পূর্ব-নোটিশ (preavviso di rigetto, অনু. 10-bis)
phase-prefecture-opinion = প্রিফেকচারের মতামত (parere)
phase-decree = নাগরিকত্ব প্রদানের আদেশ (decreto di concessione)
phase-rejected = প্রত্যাখ্যানের আদেশ (decreto di rigetto)
phase-inadmissible = অগ্রহণযোগ্যতা (inammissibilità)
phase-notification = আনুষ্ঠানিক বিজ্ঞপ্তি (notifica)
phase-oath = শপথ (giuramento)
phase-citizen = ইতালীয় নাগরিক
phase-state-done = সম্পূর্ণ
phase-state-current = চলছে
phase-state-future = করা বাকি

deadline-today = আজ
deadline-tomorrow = আগামীকাল
deadline-days-left = { $days } দিনের মধ্যে
deadline-days-ago = { $days } দিন আগে
deadline-urgent = জরুরি
deadline-non-working-judicial = { $date } তারিখ { $day }: আইন অনুযায়ী সময়সীমা { $moved } পর্যন্ত সরে যায় (art. 155 c.p.c., art. 52 c.p.a.)। প্রস্তাবিত নিরাপদ তারিখ: { $safe }।
deadline-non-working-administrative = { $date } তারিখ { $day }: সাধারণত সময়সীমা { $moved } পর্যন্ত সরে যায় (art. 2963 c.c.), তবে প্রশাসনিক সময়সীমার ক্ষেত্রে এটি নিশ্চিত নয়। প্রস্তাবিত নিরাপদ তারিখ: { $safe }।
holiday-easter-sunday = ইস্টার
holiday-easter-monday = ইস্টার সোমবার (Pasquetta)
holiday-national = একটি জাতীয় ছুটির দিন
holiday-saturday = শনিবার
holiday-sunday = রবিবার
deadline-criminal-record-expiry = অপরাধ রেকর্ড সনদের (certificato penale) মেয়াদ শেষ { $subject }
deadline-criminal-record-expiry-desc = অপরাধ রেকর্ড সনদ ইস্যুর তারিখ ({ $from }) থেকে 6 মাস বৈধ থাকে: আবেদন { $date }-এর মধ্যে পাঠাতে হবে, নইলে নতুন সনদ লাগবে।
deadline-ten-bis-response = প্রত্যাখ্যানের পূর্ব-নোটিশ (preavviso di rigetto) নং { $subject }-এর উত্তর
deadline-ten-bis-response-desc = পূর্ব-নোটিশ { $from } তারিখে পাওয়া গেছে: নথি বা মন্তব্য { $date }-এর মধ্যে প্রিফেকচারে (Prefettura) প্রত্যয়িত ইমেলে (PEC) পাঠান।
deadline-tar-appeal = প্রশাসনিক আদালতে (TAR) আপিলের শেষ দিন
deadline-tar-appeal-desc = { $from } তারিখের আনুষ্ঠানিক বিজ্ঞপ্তি (notifica) থেকে 60 দিন। সময় থাকতে একজন আইনজীবীর সঙ্গে কথা বলুন।
deadline-president-appeal = প্রজাতন্ত্রের রাষ্ট্রপতির কাছে অসাধারণ আপিলের (ricorso straordinario) শেষ দিন
deadline-president-appeal-desc = { $from } তারিখের আনুষ্ঠানিক বিজ্ঞপ্তি থেকে 120 দিন, TAR-এ আপিলের বিকল্প হিসেবে।
deadline-reapply-from = আজ থেকে আপনি নতুন আবেদন করতে পারেন
deadline-reapply-from-desc = প্রত্যাখ্যানের আদেশের (decreto di rigetto) পরে বিজ্ঞপ্তির ({ $from }) এক বছর পর আবার আবেদন করা যায়; অগ্রহণযোগ্যতার পরে, সঙ্গে সঙ্গে।
deadline-oath = শপথের (giuramento) শেষ দিন
deadline-oath-desc = আদেশের (decreto) আনুষ্ঠানিক বিজ্ঞপ্তি ({ $from }) থেকে 6 মাসের মধ্যে শপথ নিতে হবে। আপনার পৌরসভায় (Comune) সময় নিন।
deadline-processing-limit = প্রক্রিয়া শেষ করার সময়সীমা
deadline-processing-limit-desc = আবেদন { $from } তারিখে পাঠানো হয়েছে: প্রশাসনকে { $date }-এর মধ্যে সিদ্ধান্ত নিতে হবে (24 মাস; 20/12/2020-এর আগে পাঠানো আবেদনের জন্য 48; প্রত্যাখ্যানের পূর্ব-নোটিশ সময়সীমা স্থগিত করে)।
deadline-processing-limit-extended = প্রক্রিয়ার বর্ধিত সর্বোচ্চ সময়সীমা
deadline-processing-limit-extended-desc = আবেদন { $from } তারিখে পাঠানো হয়েছে: বর্ধিত সময়সহ সীমা { $date } পর্যন্ত (36 মাস)।
calendar-name = নাগরিকত্ব – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = পোর্টাল
portal-title = পোর্টাল ও সিঙ্ক
portal-address = পোর্টাল: { $url } (সেটিংসে পরিবর্তন করা যায়)
portal-signed-in-as = { $email } হিসেবে লগ ইন ({ $role })
portal-email = ইমেল
portal-password = পাসওয়ার্ড
portal-register = অ্যাকাউন্ট তৈরি করুন
portal-register-hint = সহায়তা কেন্দ্রগুলো অপারেটর অ্যাকাউন্ট পায় পোর্টাল পরিচালনাকারীর কাছ থেকে।
portal-credentials-required = ইমেল ও পাসওয়ার্ড লিখুন।
portal-sync-now = এখনই সিঙ্ক করুন
portal-syncing = সিঙ্ক হচ্ছে…
portal-sync-uploads = { $count ->
    [one] একটি নথি আপলোডের অপেক্ষায়
   *[other] { $count }টি নথি আপলোডের অপেক্ষায়
}
portal-offline = পোর্টালে পৌঁছানো যাচ্ছে না: আপনার পরিবর্তনগুলো এখানে সংরক্ষিত ও সারিতে আছে, পরের সিঙ্কে পাঠানো হবে।
portal-last-sync = শেষ সিঙ্ক: { $time }
portal-never-synced = এখনো কোনো সিঙ্ক হয়নি।
portal-open-unnamed = নামহীন আবেদন
portal-status-unknown = পোর্টালে এই আবেদনের অবস্থা এখন পাওয়া যাচ্ছে না: পোর্টাল পাওয়া গেলে রিফ্রেশ করুন।
portal-not-sent = এই আবেদনটি এখনো পোর্টালে নেই: “এখনই সিঙ্ক করুন” এটিকে খসড়া হিসেবে পাঠায়।
portal-status-line = অবস্থা: { $status }
portal-k10 = K10 নম্বর: { $k10 }
portal-communications = বিজ্ঞপ্তি
portal-no-communications = প্রিফেকচার (Prefettura) থেকে কোনো বিজ্ঞপ্তি নেই।
portal-deadline-left = { $date }-এর মধ্যে উত্তর দিন ({ $days } দিন বাকি)
portal-deadline-passed = উত্তর দেওয়ার সময়সীমা { $date } তারিখে শেষ হয়েছে
portal-refresh-status = অবস্থা রিফ্রেশ করুন
portal-submit = আবেদন পাঠান
portal-submit-confirm = আবেদনটি প্রিফেকচারে পাঠাবেন? পাঠানোর পরে আর পরিবর্তন করা যাবে না।
portal-submit-yes = হ্যাঁ, পাঠান
portal-submitted = আবেদন পাঠানো হয়েছে। K10 নম্বর: { $k10 }
portal-conflict-title = { $name }: পোর্টালেও পরিবর্তন হয়েছে
portal-conflict-help = এই অংশগুলো এখানে ও পোর্টালে দুই জায়গাতেই পরিবর্তন করা হয়েছে। প্রতিটির জন্য কোন সংস্করণ রাখবেন বেছে নিন।
portal-conflict-field = { $field }: আমার “{ $mine }”, পোর্টালের “{ $theirs }”
portal-conflict-more = … এবং আরও { $count }টি ক্ষেত্র
portal-conflict-apply = আমার পছন্দগুলো প্রয়োগ করুন
portal-value-yes = হ্যাঁ
portal-value-no = না
portal-associate-title = আবেদন যুক্ত করুন (Associa pratica)
portal-associate-help = আগে পাঠানো একটি আবেদন (যেমন কোনো সহায়তা কেন্দ্রের মাধ্যমে) আপনার অ্যাকাউন্টে যুক্ত করুন। সব তথ্য আবেদনের সঙ্গে মিলতে হবে।
portal-associate-surname = পদবি
portal-associate-name = নাম
portal-associate-birth-date = জন্ম তারিখ (DD/MM/YYYY)
portal-associate-previous-email = আবেদনে দেওয়া ইমেল
portal-associate-k10 = K10 নম্বর (যেমন K10/0000001)
portal-associate-required = এই ক্ষেত্রটি পূরণ করুন।
portal-associate = যুক্ত করুন
portal-upload-waiting = আপলোড করতে হবে: { $name }
portal-upload-failed = “{ $name }” আপলোড হয়নি: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] অন্য একজন আবেদনকারীর একটি নথি আপলোড হয়নি: কারণ দেখতে সেই আবেদনকারীকে খুলুন।
   *[other] অন্য আবেদনকারীদের { $count }টি নথি আপলোড হয়নি: কারণ দেখতে সেই আবেদনকারীদের খুলুন।
}
portal-field-file-name = ফাইলের নাম
portal-field-file-content = ফাইলের বিষয়বস্তু
portal-procedure-draft-started = আবেদন শুরু হয়েছে
portal-procedure-k10 = K10 নম্বর
portal-procedure-submission-rejected = প্রিফেকচার পাঠানো আবেদন ফেরত দিয়েছে
portal-procedure-assessment-started = যাচাই-বাছাই (istruttoria) শুরু হয়েছে
portal-procedure-ten-bis = পূর্ব-নোটিশ (preavviso, অনু. 10-bis)
portal-procedure-opinion = প্রিফেকচারের মতামত (parere)
portal-procedure-opinion-favourable = অনুকূল
portal-procedure-opinion-unfavourable = প্রতিকূল
portal-procedure-certificates = অপরাধ রেকর্ড সনদ (certificati penali)
portal-upload-damaged = নথি “{ $name }” এই কম্পিউটারের ডেটা ফোল্ডারে নষ্ট হয়ে গেছে (অখণ্ডতা যাচাই মেলে না) এবং আপলোড করা হয়নি। এটি আবার ইমপোর্ট করুন।
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = নথিপত্র
nav-eligibility = আমি কি আবেদন করতে পারি?
documents-no-applicant = নথি দেখতে একজন আবেদনকারী খুলুন।
documents-title = { $name }-এর নথিপত্র
documents-progress = { $total }টির মধ্যে { $ready }টি প্রস্তুত
documents-file-missing = ফাইলটি আর সুরক্ষিত ভান্ডারে নেই: আবার যোগ করুন।
documents-file-damaged = সুরক্ষিত ভান্ডারের ফাইলটি নষ্ট হয়ে গেছে: আবার যোগ করুন।
documents-drop-target = এখানে একটি ফাইল টেনে আনুন: এটি "{ $item }"-এ যাবে।
documents-drop-nothing = কোনো নথি বাকি নেই: এখানে টেনে আনা ফাইল কোনো তালিকাভুক্ত নথিতে যাবে না।
documents-check = ফাইলগুলো যাচাই করুন
documents-checking = যাচাই চলছে…
documents-check-ok =
    { $count ->
        [one] ফাইলটি অক্ষত আছে।
       *[other] সব { $count }টি ফাইল অক্ষত আছে।
    }
documents-check-bad =
    { $count ->
        [one] একটি ফাইল নেই বা নষ্ট: তালিকায় চিহ্নিত করা আছে।
       *[other] { $count }টি ফাইল নেই বা নষ্ট: তালিকায় চিহ্নিত করা আছে।
    }
documents-no-dialog = এই কম্পিউটারে ফাইল বাছাইয়ের উইন্ডো খোলা যায় না। ফাইলের সম্পূর্ণ পাথ লিখুন (অথবা ফাইলটি এই স্ক্রিনে টেনে আনুন)।
documents-typed-path = ফাইলের পাথ, যেমন /home/anna/scans/passport.pdf
documents-use-typed-path = এই ফাইলটি সংযুক্ত করুন
documents-typed-path-not-found = "{ $path }"-এ কোনো ফাইল নেই: পাথটি যাচাই করুন।
documents-no-save-dialog = এই কম্পিউটারে সংরক্ষণের উইন্ডো খোলা যায় না। কপিটি কোথায় সংরক্ষণ করবেন তা লিখুন (ফাইলের নামসহ সম্পূর্ণ পাথ)।
documents-typed-destination = কপির পাথ, যেমন /home/anna/passport.pdf
documents-typed-destination-invalid = "{ $path }"-এ সংরক্ষণ করা যায় না: ফোল্ডারটি থাকতে হবে এবং ফাইলের নাম লিখতে হবে।
file-dialog-no-save-dialog = এই কম্পিউটারে সংরক্ষণের উইন্ডো খোলা যায় না। ফাইলটি কোথায় সংরক্ষণ করবেন তা লিখুন (ফাইলের নামসহ সম্পূর্ণ পাথ)।
file-dialog-save-placeholder = সম্পূর্ণ পাথ, যেমন { $example }
file-dialog-save-here = এখানে সংরক্ষণ করুন
file-dialog-no-folder-dialog = এই কম্পিউটারে ফোল্ডার বাছাইয়ের উইন্ডো খোলা যায় না। ফোল্ডারের সম্পূর্ণ পাথ লিখুন।
file-dialog-folder-placeholder = ফোল্ডারের সম্পূর্ণ পাথ
file-dialog-folder-not-found = "{ $path }"-এ কোনো ফোল্ডার নেই: পাথটি যাচাই করুন।
file-dialog-use-folder = এই ফোল্ডারটি ব্যবহার করুন
documents-add-file = ফাইল যোগ করুন
documents-replace-file = ফাইল বদলান
documents-open = খুলুন
documents-export = এক্সপোর্ট করুন…
documents-remove = সরান
documents-confirm-remove = স্থায়ীভাবে সরান
documents-cancel = বাতিল
documents-exported = { $path }-এ সংরক্ষিত
documents-days-left = { $days } দিন বাকি
documents-criminal-record-validity = অপরাধ রেকর্ড সনদ (certificato penale) ইস্যুর তারিখ থেকে 6 মাস বৈধ থাকে: নতুন একটি চেয়ে নিন।
documents-issue-date-required = ইস্যুর তারিখ (সনদটি এই তারিখ থেকে 6 মাস বৈধ)
documents-issue-date-future = ইস্যুর তারিখ ভবিষ্যতের হতে পারে না।
documents-country-required = সনদ ইস্যুকারী দেশের নাম লিখুন।
documents-edit-issue-date = ইস্যুর তারিখ…
documents-edit-issue-date-label = নথি ইস্যুর তারিখ
documents-save-issue-date = তারিখ সংরক্ষণ করুন
documents-error-temp = নথির একটি ব্যক্তিগত অস্থায়ী কপি লেখা যায়নি।
documents-error-viewer = কোনো প্রোগ্রাম নথিটি খুলতে পারেনি। “এক্সপোর্ট করুন…” ব্যবহার করে কপিটি নিজে খুলুন।
eligibility-title = আমি কি আবেদন করতে পারি?
eligibility-from-draft = খোলা আবেদন থেকে পূরণ করা। এখানে পরিবর্তন করলে আবেদন বদলায় না।
eligibility-stand-alone = নিচের প্রশ্নগুলোর উত্তর দিন: কিছুই সংরক্ষণ করা হয় না।
eligibility-reload-draft = আবেদন থেকে মানগুলো আবার নিন
eligibility-basis = আইনি ভিত্তি
eligibility-born-in-italy = ইতালিতে জন্ম (জন্মসূত্রে ইতালীয় নাগরিকের বংশধর হলে খালি রাখুন)
eligibility-adoption-date = দত্তক নেওয়ার তারিখ
eligibility-service-from = ইতালীয় রাষ্ট্রের সেবায় যে তারিখ থেকে
eligibility-service-to = যে তারিখ পর্যন্ত (এখনো সেবায় থাকলে খালি)
eligibility-eu-citizen = ইউরোপীয় ইউনিয়নের কোনো দেশের নাগরিক
eligibility-refugee-status = অবস্থা
eligibility-marriage-date = বিবাহ বা সিভিল ইউনিয়নের তারিখ
eligibility-spouse-italian = স্বামী/স্ত্রী ইতালীয় নাগরিক
eligibility-children = দম্পতির জন্ম দেওয়া বা দত্তক নেওয়া সন্তান
eligibility-separated = আইনগতভাবে আলাদা (separato/a)
eligibility-missing-title = যাচাইয়ের আগে যা পূরণ করতে হবে:
eligibility-marriage-ended = বিবাহ বিচ্ছেদ, বাতিল বা সমাপ্ত
eligibility-residence = ইতালিতে নিবন্ধিত বসবাস (residenza anagrafica)
eligibility-from = থেকে
eligibility-to-or-empty = পর্যন্ত (এখনো থাকলে খালি)
eligibility-period-from = বসবাসের সময়কাল { $n }-এর শুরু
eligibility-period-to = বসবাসের সময়কাল { $n }-এর শেষ
eligibility-income = বছর প্রতি করযোগ্য আয় (আবেদনকারী ও পরিবার)
eligibility-year = কর বছর
eligibility-amount = ইউরোতে পরিমাণ
eligibility-income-year-of = কর বছর “{ $year }”
eligibility-income-of = { $year } সালের আয়
eligibility-dependent-spouse = স্বামী/স্ত্রী নির্ভরশীল (a carico)
eligibility-other-dependants = অন্য নির্ভরশীল সদস্য (সন্তান, বাবা-মা …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = জানুয়ারি
editor-calendar-month-2 = ফেব্রুয়ারি
editor-calendar-month-3 = মার্চ
editor-calendar-month-4 = এপ্রিল
editor-calendar-month-5 = মে
editor-calendar-month-6 = জুন
editor-calendar-month-7 = জুলাই
editor-calendar-month-8 = আগস্ট
editor-calendar-month-9 = সেপ্টেম্বর
editor-calendar-month-10 = অক্টোবর
editor-calendar-month-11 = নভেম্বর
editor-calendar-month-12 = ডিসেম্বর
editor-calendar-mon = সোম
editor-calendar-tue = মঙ্গল
editor-calendar-wed = বুধ
editor-calendar-thu = বৃহ
editor-calendar-fri = শুক্র
editor-calendar-sat = শনি
editor-calendar-sun = রবি
editor-calendar-keys = Alt+↓ ক্যালেন্ডার খোলে · তীর: দিন · Page Up/Down: মাস (Shift: বছর) · Enter: বেছে নিন · Esc: বন্ধ করুন
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = সময়সীমা
nav-pdf = PDF তৈরি করুন
timeline-title = আবেদনের অগ্রগতি ও সময়সীমা
timeline-intro = তারিখগুলো আসার সঙ্গে সঙ্গে লিখুন: ধাপ ও সময়সীমা নিজে থেকেই হালনাগাদ হয়। তারিখগুলো আবেদনের সঙ্গে সংরক্ষিত হয়।
timeline-no-applicant = প্রথমে একজন আবেদনকারী খুলুন।
timeline-deadlines = আসন্ন সময়সীমা
timeline-no-deadlines = কোনো আসন্ন সময়সীমা নেই।
timeline-phases = ধাপ
timeline-events = প্রক্রিয়ার তারিখ
timeline-field-submitted = আবেদন পাঠানোর তারিখ
timeline-field-accepted = প্রিফেকচার (Prefettura) কর্তৃক গ্রহণের (K10 নম্বর) তারিখ
timeline-field-ten-bis-received = প্রত্যাখ্যানের পূর্ব-নোটিশ (preavviso di rigetto, অনু. 10-bis) পাওয়ার তারিখ
timeline-field-ten-bis-days = পূর্ব-নোটিশের উত্তর দেওয়ার দিন (10 না হলে)
timeline-field-ten-bis-answered = পূর্ব-নোটিশের উত্তর পাঠানোর তারিখ
timeline-field-prefecture-opinion = প্রিফেকচারের মতামতের (parere) তারিখ
timeline-field-decree = আদেশের (decreto) তারিখ
timeline-field-decree-outcome = আদেশের ফলাফল
timeline-field-inadmissible = আবেদন অগ্রহণযোগ্য (inammissibile) ঘোষণার তারিখ
timeline-field-notified = আদেশের আনুষ্ঠানিক বিজ্ঞপ্তির (notifica) তারিখ
timeline-field-oath = শপথের (giuramento) তারিখ
timeline-outcome-granted = নাগরিকত্ব প্রদান
timeline-outcome-rejected = প্রত্যাখ্যাত
timeline-days-invalid = 1 থেকে 365-এর মধ্যে দিনের সংখ্যা লিখুন।
timeline-export-ics = ক্যালেন্ডারে এক্সপোর্ট করুন (.ics)
timeline-exported = ক্যালেন্ডার { $path }-এ সংরক্ষিত হয়েছে।
timeline-export-failed = ক্যালেন্ডার সংরক্ষণ করা যায়নি: { $detail }
timeline-calendar-name = নাগরিকত্ব – { $name }
timeline-notice-title = প্রত্যাখ্যানের পূর্ব-নোটিশ (অনু. 10-bis) নং { $number }
timeline-notice-add = পূর্ব-নোটিশ যোগ করুন (অনু. 10-bis)
timeline-notice-remove = পূর্ব-নোটিশ সরান
timeline-notice-confirm-remove = পূর্ব-নোটিশ নং { $number } ও তার তারিখগুলো সরাবেন?
timeline-notice-remove-confirm = হ্যাঁ, সরান
timeline-notice-due = { $date }-এর মধ্যে উত্তর দিন ({ $left })
timeline-notice-answered = উত্তর { $date } তারিখে পাঠানো হয়েছে: এই পূর্ব-নোটিশের আর কোনো সময়সীমা নেই।
timeline-notice-no-date = কবে পর্যন্ত উত্তর দিতে হবে দেখতে, নোটিশ পাওয়ার দিনটি লিখুন।
timeline-notice-decided = আবেদনের সিদ্ধান্ত হয়ে গেছে: এই পূর্ব-নোটিশের কোনো সময়সীমা নেই।
timeline-field-draft-started = আবেদন শুরুর তারিখ
timeline-field-planned-submission = পাঠানোর পরিকল্পিত তারিখ
timeline-k10-invalid = আবেদন নম্বর { $number } বৈধ নয়: { $error }
timeline-field-submission-rejected = প্রিফেকচার কর্তৃক পাঠানো আবেদন ফেরতের (ঠিক করে আবার পাঠাতে হবে) তারিখ
timeline-field-assessment-started = যাচাই-বাছাই (istruttoria) শুরুর তারিখ (গ্রহণের দিন থেকে ভিন্ন হলে)
timeline-field-opinion-outcome = মতামতের ফলাফল
timeline-opinion-favourable = অনুকূল
timeline-opinion-unfavourable = প্রতিকূল
timeline-not-given = — উল্লেখ নেই —
pdf-screen-title = PDF তৈরি করুন
pdf-screen-intro = নথি বেছে নিন: আবেদনের তথ্য আগে থেকেই বসানো আছে, যা বাকি তা পূরণ করুন। PDF কেবল আপনার বেছে নেওয়া জায়গায় সংরক্ষিত হয়, অথবা আবেদনের সংরক্ষণাগারে এনক্রিপ্ট করে।
pdf-screen-no-applicant = প্রথমে একজন আবেদনকারী খুলুন।
pdf-screen-member = ভরণপোষণকারী পরিবারের সদস্য
pdf-screen-member-placeholder = পরিবারের সদস্য বেছে নিন
pdf-screen-missing = { $count ->
    [one] একটি আবশ্যক তথ্য নেই (* চিহ্নিত)।
   *[other] { $count }টি আবশ্যক তথ্য নেই (* চিহ্নিত)।
}
pdf-screen-field-required = আবশ্যক ক্ষেত্র।
pdf-screen-field-invalid = মান বৈধ নয়।
pdf-screen-fill-missing = নথি তৈরির আগে চিহ্নিত ক্ষেত্রগুলো পূরণ করুন।
pdf-screen-choose = বেছে নিন…
pdf-screen-generate = তৈরি করুন
pdf-screen-ready = নথি প্রস্তুত: এটি সংরক্ষণ করুন বা সংরক্ষণাগারে রাখুন।
pdf-screen-save-as = এই নামে সংরক্ষণ করুন…
pdf-screen-saved = PDF { $path }-এ সংরক্ষিত হয়েছে।
pdf-screen-save-failed = PDF সংরক্ষণ করা যায়নি: { $detail }
pdf-screen-keep = সংরক্ষণাগারে রাখুন
pdf-screen-pec-save = PEC খসড়া সংরক্ষণ করুন (.eml)
pdf-screen-pec-copy = PEC-এর লেখা কপি করুন
pdf-screen-pec-copied = PEC (প্রত্যয়িত ই-মেইল)-এর বিষয় ও লেখা ক্লিপবোর্ডে কপি করা হয়েছে।
err-pec-name-missing = PEC (প্রত্যয়িত ই-মেইল)-এর জন্য পদবি ও নাম দরকার (অংশ 2)।
err-pec-write = PEC (প্রত্যয়িত ই-মেইল) বার্তা লেখা যায়নি।
pdf-screen-kept = PDF আবেদনের নথিগুলোর মধ্যে (এনক্রিপ্ট করে) রাখা হয়েছে।
# --- end timeline and pdf screens ---

# সংস্করণ, কপি ও স্থানান্তর (সংস্করণ স্ক্রিন; আবেদনকারীর তালিকায় ইমপোর্ট)
nav-history = সংস্করণ ও কপি
history-title = সংস্করণ, কপি ও স্থানান্তর
history-versions = সংরক্ষিত সংস্করণ
history-version = সংস্করণ { $version } · { $time }-এ সংরক্ষিত · 12টির মধ্যে { $done }টি অংশ সম্পূর্ণ
history-current = বর্তমান সংস্করণ
history-restore = ফিরিয়ে আনুন
history-confirm-restore = সংস্করণ { $version } ফিরিয়ে আনবেন? বর্তমান খসড়া তালিকায় থেকে যাবে এবং পরে সেটিও ফিরিয়ে আনা যাবে।
history-restore-confirm = হ্যাঁ, ফিরিয়ে আনুন
history-restored = সংস্করণ { $version } ফিরিয়ে আনা হয়েছে: এখন এটিই বর্তমান খসড়া।
history-copy = কপি
history-copy-intro = একই তথ্য ও নথি দিয়ে একজন নতুন আবেদনকারী তৈরি করে (K10 নম্বর ও ইতিহাস ছাড়া), যেমন স্বামী/স্ত্রীর জন্য বা প্রত্যাখ্যানের পরে নতুন আবেদনের জন্য।
history-duplicate = এই আবেদনের কপি তৈরি করুন
history-export = এনক্রিপ্ট করা ফাইলে এক্সপোর্ট করুন
history-export-intro = এই আবেদনকারীকে (সব সংস্করণ ও নথি) পাসফ্রেজ দিয়ে এনক্রিপ্ট করা একটি ফাইলে সংরক্ষণ করে, যাতে অন্য কম্পিউটার বা সহায়তা কেন্দ্রে নেওয়া যায়। পাসফ্রেজ আলাদাভাবে জানান, কখনো ফাইলের সঙ্গে নয়।
history-passphrase = ফাইলের পাসফ্রেজ
history-passphrase-repeat = পাসফ্রেজ আবার লিখুন
history-passphrase-mismatch = দুটি পাসফ্রেজ মেলে না।
history-export-typed-path = ফাইলের পাথ, যেমন /media/usb/rossi.cittadinanza
history-export-button = এক্সপোর্ট করুন…
history-exporting = এক্সপোর্ট হচ্ছে…
history-exported = আবেদনকারী { $path }-এ এক্সপোর্ট করা হয়েছে।
history-file-stem = আবেদনকারী
applicants-import = ফাইল থেকে ইমপোর্ট করুন…
applicants-import-file = "{ $file }" ইমপোর্ট করুন
applicants-import-passphrase = ফাইলের পাসফ্রেজ
applicants-import-no-dialog = এই কম্পিউটারে ফাইল বাছাইয়ের উইন্ডো খোলা যায় না। যে .cittadinanza ফাইলটি ইমপোর্ট করবেন তার সম্পূর্ণ পাথ লিখুন।
applicants-import-typed-path = ফাইলের পাথ, যেমন /media/usb/rossi.cittadinanza
applicants-import-confirm = ইমপোর্ট করুন

# --- drafts from newer versions ---
editor-newer-version = এই আবেদনটি অ্যাপের নতুন সংস্করণ দিয়ে সংরক্ষণ করা হয়েছিল: { $count }টি মান বোঝা যায়নি এবং এখানে দেখানো হচ্ছে না ({ $values })। সংরক্ষিত সংস্করণটি ইতিহাসে অক্ষত আছে: সেগুলো ফিরে পেতে অ্যাপটি আপডেট করুন।
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = এই সংযুক্তিতে ইস্যুর তারিখ অংশ 8-এ ঘোষিত তারিখ ({ $date }) থেকে ভিন্ন, আর ছয় মাসের বৈধতা অংশ 8-এর তারিখ থেকেই গণনা হয়: সংযুক্তি বা অংশ 8 ঠিক করুন।
err-not-a-count = একটি পূর্ণসংখ্যা লিখুন (যেমন 2)।
err-unknown-prefecture = তালিকা থেকে প্রিফেকচার (Prefettura) বেছে নিন: এটি অবশ্যই আপনি যে প্রদেশে থাকেন সেই প্রদেশের হতে হবে।
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = আপনার দীর্ঘমেয়াদি বাসিন্দাদের EU বসবাসের অনুমতিপত্র (permesso di soggiorno UE per soggiornanti di lungo periodo) আছে: B1 সনদ সংযুক্ত করার বদলে আপনি ওপরে “দীর্ঘমেয়াদি EU অনুমতিপত্রধারী” বেছে নিয়ে অব্যাহতির ঘোষণা দিতে পারেন।
hint-subsidiary-protection-letter-f = আপনার পারমিট সহায়ক সুরক্ষার (protezione sussidiaria) জন্য: অক্ষর e) শুধু শরণার্থী ও রাষ্ট্রহীন ব্যক্তিদের জন্য। অক্ষর f) (10 বছর) বেছে নিন; জন্ম ও অপরাধ রেকর্ড সনদ জমা দিতে হবে।
hint-residence-gap-proof = বসবাস নতুন নিবন্ধন থেকে গোনা হয়। এর মধ্যে আপনি যদি ইতালিতে থেকে থাকেন, তাহলে চুক্তি, বেতনের স্লিপ ও চিকিৎসা সনদ রেখে দিন: প্রিফেকচার (Prefettura) এগুলো অবিচ্ছিন্ন উপস্থিতির প্রমাণ হিসেবে গ্রহণ করতে পারে।
hint-family-income-not-household = যিনি আপনার একই পারিবারিক নিবন্ধনে (stato di famiglia) নেই, তিনি নিজের আয় আপনার আয়ের সঙ্গে যোগ করতে পারেন না: এই পরিমাণ গোনা হয় না।
hint-marriage-event = বিবাহের ভিত্তিতে নাগরিকত্বের জন্য বিবাহকে বিচ্ছেদ ছাড়া ডিক্রি (decreto) পর্যন্ত টিকে থাকতে হবে: যোগ্যতা যাচাই দেখুন।
hint-criminal-record-expires-before-planned = এই অপরাধ রেকর্ড সনদের (certificato penale) মেয়াদ পাঠানোর পরিকল্পিত তারিখের আগেই শেষ হয়ে যায় (সময়সীমা দেখুন): আগে পাঠান বা নতুন সনদ নিন।
# --- end hints ---

# --- upload progress ---
portal-upload-progress = { $name } আপলোড হচ্ছে: { $total }-এর মধ্যে { $sent }
# --- end upload progress ---
# Insert nav-glossary after nav-settings (## navigation) and the block below after the
# theme-* lines, as lang-a does in i18n/it.
nav-glossary = শব্দকোষ

## শব্দকোষ
glossary-title = শব্দকোষ
glossary-intro = ইতালীয় সরকারি কাজকর্মের যে শব্দগুলো আপনি আবেদনে ও প্রিফেকচারের চিঠিতে পাবেন, সংক্ষেপে ব্যাখ্যা করা হলো। চিঠিতে ইতালীয় মূল শব্দটিই লেখা থাকে।
glossary-italian = ইতালীয় ভাষায়: { $term }
glossary-prefettura = প্রিফেকচার
glossary-prefettura-desc = প্রদেশে রাষ্ট্রের দপ্তর, যা নাগরিকত্বের আবেদন গ্রহণ করে, যাচাই করে এবং সিদ্ধান্ত জানায়।
glossary-comune = পৌরসভা
glossary-comune-desc = শহর বা গ্রামের প্রশাসন: এটি বাসিন্দাদের নিবন্ধন (anagrafe) রাখে, সনদ দেয় এবং শপথের আয়োজন করে।
glossary-codice-fiscale = কর কোড
glossary-codice-fiscale-desc = 16 অক্ষরের কোড, যা ইতালিতে কর কর্তৃপক্ষ ও সরকারি দপ্তরের কাছে প্রত্যেক ব্যক্তিকে শনাক্ত করে।
glossary-residenza-anagrafica = নিবন্ধিত বসবাস
glossary-residenza-anagrafica-desc = আপনি যে পৌরসভায় থাকেন তার বাসিন্দা নিবন্ধনে নাম থাকা। নাগরিকত্বের জন্য শুধু নিবন্ধিত বসবাসই গণ্য হয়, শুধু ইতালিতে থাকা নয়।
glossary-permesso-di-soggiorno = বসবাসের অনুমতিপত্র
glossary-permesso-di-soggiorno-desc = পুলিশ দপ্তর (Questura) থেকে দেওয়া নথি, যা ইউরোপের বাইরের নাগরিককে ইতালিতে থাকার অনুমতি দেয়।
glossary-permesso-ue-lungo-periodo = দীর্ঘমেয়াদি বাসিন্দাদের EU অনুমতিপত্র
glossary-permesso-ue-lungo-periodo-desc = কমপক্ষে পাঁচ বছর ধরে ইতালিতে বৈধভাবে বসবাসকারীদের জন্য মেয়াদহীন বসবাসের অনুমতিপত্র; এটি থাকলে ভাষার সনদ লাগে না।
glossary-questura = পুলিশ দপ্তর
glossary-questura-desc = প্রদেশে রাষ্ট্রীয় পুলিশের দপ্তর, যা বসবাসের অনুমতিপত্র দেয় ও নবায়ন করে।
glossary-atto-notorio = হলফনামা
glossary-atto-notorio-desc = একজন সরকারি কর্মকর্তার সামনে শপথ করে দেওয়া ঘোষণা; শরণার্থী ও রাষ্ট্রহীন ব্যক্তিদের ক্ষেত্রে এটি জন্ম সনদের বদলে চলে।
glossary-nucleo-familiare = পরিবার (একই সংসারের সদস্য)
glossary-nucleo-familiare-desc = জনসংখ্যা নিবন্ধনে একই পরিবার হিসেবে নিবন্ধিত মানুষ (“stato di famiglia”); তাদের আয় আবেদনকারীর আয়ের সঙ্গে যোগ করা যায়।
glossary-reddito-imponibile = করযোগ্য আয়
glossary-reddito-imponibile-desc = যে আয়ের ওপর কর দেওয়া হয়, যা আয়কর রিটার্ন বা Certificazione Unica-তে লেখা থাকে।
glossary-certificato-penale = অপরাধ রেকর্ড সনদ
glossary-certificato-penale-desc = জন্মের দেশ ও বসবাসের দেশগুলোর অপরাধ রেকর্ডের সনদ; ইস্যুর তারিখ থেকে ছয় মাস বৈধ।
glossary-marca-da-bollo = রাজস্ব স্ট্যাম্প
glossary-marca-da-bollo-desc = 16 €-এর স্ট্যাম্প, যা তামাকের দোকান (tabaccheria) বা অনলাইনে কেনা যায়; আবেদনে এর কোড লিখতে হয়।
glossary-pagopa = pagoPA
glossary-pagopa-desc = সরকারি প্রশাসনকে অর্থ পরিশোধের ব্যবস্থা; এর মাধ্যমে 250 € ফি দেওয়া হয় এবং IUV কোড পাওয়া যায়।
glossary-autocertificazione = স্ব-ঘোষণা
glossary-autocertificazione-desc = স্বাক্ষর করা একটি ঘোষণা, যা একটি সনদের বদলে চলে; মিথ্যা ঘোষণা দেওয়া ফৌজদারি অপরাধ।
glossary-spid = SPID (ডিজিটাল পরিচয়)
glossary-spid-desc = ডিজিটাল পরিচয়, যা দিয়ে স্বরাষ্ট্র মন্ত্রণালয়ের পোর্টাল ও অন্যান্য অনলাইন সরকারি সেবায় লগ ইন করা হয়।
glossary-pec = প্রত্যয়িত ইমেল
glossary-pec-desc = আইনগত মূল্যসহ একটি ইমেল, প্রাপ্তিস্বীকারসহ রেজিস্টার্ড চিঠির মতো।
glossary-numero-k10 = K10 নম্বর
glossary-numero-k10-desc = গৃহীত আবেদনকে প্রিফেকচার যে ফাইল নম্বর দেয়; প্রতিটি যোগাযোগে এটি উল্লেখ করুন।
glossary-preavviso-di-rigetto = প্রত্যাখ্যানের পূর্ব-নোটিশ
glossary-preavviso-di-rigetto-desc = যে চিঠি (অনু. 10-bis) দিয়ে প্রিফেকচার জানায় যে সে আবেদনটি প্রত্যাখ্যান করতে চায়: উল্লেখিত সময়ের মধ্যে আপনি নথি ও মন্তব্যসহ উত্তর দিতে পারেন।
glossary-decreto = নাগরিকত্ব প্রদানের আদেশ
glossary-decreto-desc = যে আদেশে নাগরিকত্ব দেওয়া হয়; পৌরসভা বা প্রিফেকচার এটি আনুষ্ঠানিকভাবে জানায়।
glossary-giuramento = শপথ
glossary-giuramento-desc = প্রজাতন্ত্রের প্রতি আনুগত্যের শপথ, যা আদেশের বিজ্ঞপ্তির ছয় মাসের মধ্যে পৌরসভায় নিতে হয়: সেদিন থেকে আপনি ইতালীয় নাগরিক।
