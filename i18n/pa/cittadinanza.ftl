# Cittadinanza — ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ) ਇੰਟਰਫੇਸ (ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਅਨੁਵਾਦ; ਮਾਂ-ਬੋਲੀ ਵਾਲਿਆਂ ਦੀ ਸਮੀਖਿਆ ਦਾ ਸਵਾਗਤ ਹੈ).
# ਹੋਰ ਖੇਤਰਾਂ (validation, codice fiscale, store, pdf, portal, rules) ਦੇ ਬਲਾਕ ਅਖੀਰ ਵਿੱਚ
# `# --- <area> ---` ਅਤੇ `# --- end <area> ---` ਵਿਚਕਾਰ ਜੋੜੇ ਜਾਂਦੇ ਹਨ।

## ਐਪਲੀਕੇਸ਼ਨ
app-title = Cittadinanza
app-subtitle = ਇਤਾਲਵੀ ਨਾਗਰਿਕਤਾ ਲਈ ਅਰਜ਼ੀ
app-opening = ਡਾਟਾ ਫੋਲਡਰ ਖੋਲ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ…
error-internal = ਇੱਕ ਅੰਦਰੂਨੀ ਗਲਤੀ ਹੋਈ। ਪਹਿਲਾਂ ਸੰਭਾਲੇ ਡਾਟੇ ਨੂੰ ਛੂਹਿਆ ਨਹੀਂ ਗਿਆ।
settings-save-failed = ਸੈਟਿੰਗਾਂ ਸੰਭਾਲੀਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ: { $detail }
common-cancel = ਰੱਦ ਕਰੋ

## ਨੈਵੀਗੇਸ਼ਨ
nav-applicants = ਬਿਨੈਕਾਰ
nav-home = ਮੇਰੀ ਅਰਜ਼ੀ
nav-application = ਅਰਜ਼ੀ
nav-settings = ਸੈਟਿੰਗਾਂ

## ਬਿਨੈਕਾਰ
applicants-title = ਬਿਨੈਕਾਰ
applicants-my-application = ਮੇਰੀ ਅਰਜ਼ੀ
applicants-search = ਨਾਮ, ਟੈਕਸ ਕੋਡ (codice fiscale) ਜਾਂ K10 ਨੰਬਰ ਨਾਲ ਲੱਭੋ
applicants-show-archived = ਪੁਰਾਲੇਖ ਵਾਲੇ ਵੀ ਦਿਖਾਓ
applicants-showing = { $total } ਵਿੱਚੋਂ { $shown } ਦਿਖਾਏ ਗਏ: ਸੂਚੀ ਛੋਟੀ ਕਰਨ ਲਈ ਨਾਮ, codice fiscale ਜਾਂ K10 ਨਾਲ ਲੱਭੋ।
applicants-show-more = { $count } ਹੋਰ ਦਿਖਾਓ
applicants-new = ਨਵਾਂ ਬਿਨੈਕਾਰ
applicants-empty = ਕੋਈ ਅਰਜ਼ੀ ਨਹੀਂ ਮਿਲੀ।
applicants-start = ਨਵੀਂ ਅਰਜ਼ੀ ਸ਼ੁਰੂ ਕਰੋ
applicants-unnamed = (ਅਜੇ ਨਾਮ ਨਹੀਂ)
applicants-last-saved = { $time } ਨੂੰ ਸੰਭਾਲਿਆ
applicants-archived = ਪੁਰਾਲੇਖ ਵਿੱਚ
applicants-progress = { $total } ਵਿੱਚੋਂ { $done } ਭਾਗ ਪੂਰੇ
applicants-open = ਖੋਲ੍ਹੋ
applicants-archive = ਪੁਰਾਲੇਖ ਵਿੱਚ ਪਾਓ
applicants-unarchive = ਵਾਪਸ ਲਿਆਓ
applicants-delete = ਮਿਟਾਓ
applicants-confirm-delete = { $name } ਦੀ ਅਰਜ਼ੀ ਅਤੇ ਉਸਦੇ ਦਸਤਾਵੇਜ਼ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟਾਉਣੇ ਹਨ?
applicants-delete-confirm = ਹਾਂ, ਮਿਟਾਓ

## ਭਾਗ ਸੰਪਾਦਕ
editor-section-complete = ਭਾਗ ਪੂਰਾ
editor-section-incomplete = ਭਾਗ ਪੂਰਾ ਕਰਨਾ ਬਾਕੀ
editor-saving = ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
editor-unsaved = ਬਿਨਾਂ ਸੰਭਾਲੀਆਂ ਤਬਦੀਲੀਆਂ
editor-saved-at = { $time } ਵਜੇ ਸੰਭਾਲਿਆ
editor-not-saved-yet = ਅਜੇ ਸੰਭਾਲਿਆ ਨਹੀਂ
editor-back = ← ਬਿਨੈਕਾਰ
editor-save = ਸੰਭਾਲੋ
editor-previous = ← ਪਿਛਲਾ ਭਾਗ
editor-next = ਅਗਲਾ ਭਾਗ →
editor-add-row = + ਜੋੜੋ
editor-remove-row = ਹਟਾਓ
editor-attachments = ਨੱਥੀ ਦਸਤਾਵੇਜ਼
editor-no-attachments = ਕੋਈ ਦਸਤਾਵੇਜ਼ ਨੱਥੀ ਨਹੀਂ।
editor-issued-on = { $date } ਨੂੰ ਜਾਰੀ
editor-attach-new = ਦਸਤਾਵੇਜ਼ ਨੱਥੀ ਕਰੋ
editor-attach-kind = ਦਸਤਾਵੇਜ਼ ਦੀ ਕਿਸਮ
editor-attach-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ (ਜਿੱਥੇ ਲੋੜ ਹੋਵੇ)
editor-attach-country = ਦੇਸ਼ (ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ)
editor-attach-choose-file = ਫਾਈਲ ਚੁਣੋ…
editor-choose-kind-first = ਪਹਿਲਾਂ ਦਸਤਾਵੇਜ਼ ਦੀ ਕਿਸਮ ਚੁਣੋ।
placeholder-date = DD/MM/YYYY
placeholder-amount = 12345.67
placeholder-comma-list = ਕੌਮੇ ਨਾਲ ਵੱਖ ਕਰੋ
placeholder-choose = ਚੁਣੋ…

## ਸੈਟਿੰਗਾਂ
settings-title = ਸੈਟਿੰਗਾਂ
settings-language = ਭਾਸ਼ਾ
settings-theme = ਥੀਮ
settings-text-scale = ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ: { $percent }%
settings-data-folder = ਡਾਟਾ ਫੋਲਡਰ
settings-choose-folder = ਫੋਲਡਰ ਚੁਣੋ…
settings-default-folder = ਮੂਲ ਫੋਲਡਰ
settings-restart-needed = ਨਵਾਂ ਫੋਲਡਰ ਅਗਲੀ ਵਾਰ ਐਪ ਸ਼ੁਰੂ ਹੋਣ ਤੇ ਵਰਤਿਆ ਜਾਵੇਗਾ।
settings-portal-url = ਪੋਰਟਲ ਦਾ ਪਤਾ
settings-help-desk = ਸਹਾਇਤਾ ਕੇਂਦਰ ਮੋਡ (ਕਈ ਬਿਨੈਕਾਰ)
settings-help-desk-hint = ਪਾਤਰੋਨਾਤੋ (patronato), CAF ਅਤੇ ਕਈ ਲੋਕਾਂ ਦੀ ਮਦਦ ਕਰਨ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ ਲਈ। ਬੰਦ ਹੋਣ ਤੇ ਐਪ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਆਪਣੀ ਅਰਜ਼ੀ ਦਿਖਾਉਂਦੀ ਹੈ।
theme-light = ਹਲਕਾ
theme-dark = ਗੂੜ੍ਹਾ
theme-high-contrast = ਉੱਚ ਕੰਟ੍ਰਾਸਟ

## ਅਨਲੌਕ
unlock-title = ਡਾਟਾ ਫੋਲਡਰ ਖੋਲ੍ਹੋ
unlock-explanation = ਤੁਹਾਡਾ ਡਾਟਾ ਇਨਕ੍ਰਿਪਟ ਕੀਤਾ ਹੋਇਆ ਹੈ। ਫੋਲਡਰ ਦਾ ਗੁਪਤ ਵਾਕ (ਪਾਸਫ੍ਰੇਜ਼) ਲਿਖੋ (ਪਹਿਲੀ ਵਾਰ ਘੱਟੋ-ਘੱਟ 12 ਅੱਖਰਾਂ ਦਾ ਵਾਕ ਚੁਣੋ)।
unlock-passphrase = ਪਾਸਫ੍ਰੇਜ਼
unlock-open = ਖੋਲ੍ਹੋ

## ਭਾਗ
section-legal-basis = ਅਰਜ਼ੀ ਦਾ ਕਾਨੂੰਨੀ ਆਧਾਰ
section-personal = ਨਿੱਜੀ ਵੇਰਵੇ
section-birth-certificate = ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita)
section-entry-stay = ਦਾਖ਼ਲਾ ਅਤੇ ਠਹਿਰ
section-residences = ਇਟਲੀ ਵਿੱਚ ਰਿਹਾਇਸ਼
section-family = ਪਰਿਵਾਰ
section-income = ਆਮਦਨ
section-judicial = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ
section-language = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ ਗਿਆਨ
section-payments = ਭੁਗਤਾਨ
section-documents = ਦਸਤਾਵੇਜ਼
section-consent = ਘੋਸ਼ਣਾਵਾਂ ਅਤੇ ਜਮ੍ਹਾਂ ਕਰਨਾ

## ਚੋਣਾਂ
choice-yes = ਹਾਂ
choice-no = ਨਹੀਂ
basis-art5-italy = ਧਾਰਾ 5 – ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਨਾਲ ਵਿਆਹ, ਇਟਲੀ ਵਿੱਚ ਰਿਹਾਇਸ਼
basis-art5-abroad = ਧਾਰਾ 5 – ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਨਾਲ ਵਿਆਹ, ਵਿਦੇਸ਼ ਵਿੱਚ ਰਿਹਾਇਸ਼
basis-art9-a = ਧਾਰਾ 9 c.1 a) – ਇਟਲੀ ਵਿੱਚ ਜਨਮ ਜਾਂ ਜਨਮ ਤੋਂ ਨਾਗਰਿਕ ਦੀ ਔਲਾਦ
basis-art9-b = ਧਾਰਾ 9 c.1 b) – ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਵੱਲੋਂ ਗੋਦ ਲਿਆ ਬਾਲਗ
basis-art9-c = ਧਾਰਾ 9 c.1 c) – ਇਤਾਲਵੀ ਰਾਜ ਦੀ ਸੇਵਾ
basis-art9-d = ਧਾਰਾ 9 c.1 d) – ਯੂਰਪੀ ਸੰਘ ਦਾ ਨਾਗਰਿਕ
basis-art9-e = ਧਾਰਾ 9 c.1 e) – ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀ ਜਾਂ ਸ਼ਰਨਾਰਥੀ
basis-art9-f = ਧਾਰਾ 9 c.1 f) – ਘੱਟੋ-ਘੱਟ 10 ਸਾਲ ਦੀ ਕਾਨੂੰਨੀ ਰਿਹਾਇਸ਼
refugee-status-refugee = ਸ਼ਰਨਾਰਥੀ
refugee-status-stateless = ਰਾਜ-ਵਿਹੀਨ
sex-male = ਮਰਦ
sex-female = ਔਰਤ
marital-single = ਅਣਵਿਆਹਿਆ/ਅਣਵਿਆਹੀ
marital-married = ਵਿਆਹਿਆ/ਵਿਆਹੀ
marital-civil-union = ਸਿਵਲ ਯੂਨੀਅਨ (unione civile)
marital-separated = ਵੱਖ ਰਹਿੰਦੇ (separato/a)
marital-divorced = ਤਲਾਕਸ਼ੁਦਾ
marital-widowed = ਵਿਧਵਾ/ਵਿਧੁਰ
legalisation-apostille = ਅਪੋਸਟਿਲ (Apostille)
legalisation-consular = ਕੌਂਸਲਰ ਪ੍ਰਮਾਣੀਕਰਨ (legalizzazione consolare)
legalisation-exempt = ਛੋਟ (ਅੰਤਰਰਾਸ਼ਟਰੀ ਸਮਝੌਤਾ)
permit-eu-long-term = ਲੰਮੇ ਸਮੇਂ ਦੇ ਨਿਵਾਸੀਆਂ ਲਈ EU ਪਰਮਿਟ (permesso UE per soggiornanti di lungo periodo)
permit-work = ਕੰਮ
permit-family = ਪਰਿਵਾਰਕ ਕਾਰਨ
permit-study = ਪੜ੍ਹਾਈ
permit-asylum = ਸ਼ਰਨ (asilo)
permit-subsidiary-protection = ਸਹਾਇਕ ਸੁਰੱਖਿਆ (protezione sussidiaria)
permit-eu-registration = ਠਹਿਰ ਦਾ ਪ੍ਰਮਾਣ-ਪੱਤਰ (attestazione di soggiorno, EU ਨਾਗਰਿਕ)
permit-other = ਹੋਰ
relationship-spouse = ਪਤੀ/ਪਤਨੀ
relationship-child = ਪੁੱਤਰ/ਧੀ
relationship-parent = ਮਾਂ/ਪਿਉ
relationship-sibling = ਭਰਾ/ਭੈਣ
relationship-other-relative = ਹੋਰ ਰਿਸ਼ਤੇਦਾਰ
relationship-other = ਹੋਰ
income-source-cu = Certificazione Unica
income-source-730 = ਫਾਰਮ 730 (Modello 730)
income-source-unico = Modello Redditi
income-source-none = ਕੋਈ ਆਮਦਨ ਘੋਸ਼ਿਤ ਨਹੀਂ
exemption-none = ਕੋਈ ਛੋਟ ਨਹੀਂ: B1 ਸਰਟੀਫਿਕੇਟ
exemption-eu-long-term-permit = ਲੰਮੇ ਸਮੇਂ ਦੇ EU ਪਰਮਿਟ ਦਾ ਧਾਰਕ
exemption-integration-agreement = ਏਕੀਕਰਨ ਸਮਝੌਤੇ (accordo di integrazione) ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਹਨ
exemption-italian-qualification = ਇਤਾਲਵੀ ਸਕੂਲ ਜਾਂ ਯੂਨੀਵਰਸਿਟੀ ਦੀ ਡਿਗਰੀ
doc-birth-certificate = ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita)
doc-criminal-record = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale)
doc-identity-document = ਪਛਾਣ ਦਸਤਾਵੇਜ਼
doc-residence-permit = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
doc-codice-fiscale = ਟੈਕਸ ਕੋਡ (codice fiscale)
doc-language-certificate = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ ਸਰਟੀਫਿਕੇਟ
doc-income-statement = ਆਮਦਨ ਟੈਕਸ ਰਿਟਰਨ
doc-payment-receipt = ਭੁਗਤਾਨ ਦੀ ਰਸੀਦ
doc-marriage-certificate = ਵਿਆਹ ਸਰਟੀਫਿਕੇਟ (atto di matrimonio)
doc-atto-notorio = ਹਲਫ਼ਨਾਮਾ (atto notorio)
doc-other = ਹੋਰ ਦਸਤਾਵੇਜ਼

## ਖੇਤਰ: 1 ਕਾਨੂੰਨੀ ਆਧਾਰ
field-legal-basis-basis = ਕਾਨੂੰਨੀ ਆਧਾਰ
field-legal-basis-prefecture = ਸਬੰਧਤ ਪ੍ਰੀਫੈਕਚਰ (Prefettura)
field-legal-basis-art9a-born-in-italy = ਇਟਲੀ ਵਿੱਚ ਜਨਮ (ਨਹੀਂ ਤਾਂ: ਜਨਮ ਤੋਂ ਨਾਗਰਿਕ ਦੀ ਔਲਾਦ)
field-legal-basis-adoption-date = ਗੋਦ ਲੈਣ ਦੀ ਮਿਤੀ
field-legal-basis-state-service-employer = ਸਰਕਾਰੀ ਵਿਭਾਗ ਜਿੱਥੇ ਸੇਵਾ ਕੀਤੀ
field-legal-basis-state-service-from = ਸੇਵਾ ਦੀ ਸ਼ੁਰੂਆਤ
field-legal-basis-state-service-to = ਸੇਵਾ ਦਾ ਅੰਤ
field-legal-basis-refugee-or-stateless = ਸ਼ਰਨਾਰਥੀ ਜਾਂ ਰਾਜ-ਵਿਹੀਨ
field-legal-basis-status-recognised-on = ਦਰਜਾ ਮਾਨਤਾ ਮਿਲਣ ਦੀ ਮਿਤੀ

## ਖੇਤਰ: 2 ਨਿੱਜੀ ਵੇਰਵੇ
field-personal-surname = ਉਪਨਾਮ (ਗੋਤ)
field-personal-name = ਨਾਮ
field-personal-birth-surname = ਜਨਮ ਸਮੇਂ ਉਪਨਾਮ (ਜੇ ਵੱਖਰਾ ਹੋਵੇ)
field-personal-sex = ਲਿੰਗ
field-personal-birth-date = ਜਨਮ ਮਿਤੀ
field-personal-birth-place-town = ਜਨਮ ਸਥਾਨ
field-personal-birth-place-province = ਜਨਮ ਦਾ ਸੂਬਾ (ਸਿਰਫ਼ ਇਟਲੀ)
field-personal-birth-place-country = ਜਨਮ ਦਾ ਦੇਸ਼
field-personal-citizenships = ਮੌਜੂਦਾ ਨਾਗਰਿਕਤਾਵਾਂ
field-personal-codice-fiscale = ਟੈਕਸ ਕੋਡ (codice fiscale)
field-personal-residence-street = ਰਿਹਾਇਸ਼ ਦਾ ਪਤਾ
field-personal-residence-house-number = ਮਕਾਨ ਨੰਬਰ
field-personal-residence-postcode = ਡਾਕ ਕੋਡ (CAP)
field-personal-residence-municipality = ਰਿਹਾਇਸ਼ ਦੀ ਨਗਰਪਾਲਿਕਾ (Comune)
field-personal-residence-province = ਸੂਬਾ
field-personal-email = ਈਮੇਲ
field-personal-phone = ਫ਼ੋਨ
field-personal-marital-status = ਵਿਆਹੁਤਾ ਸਥਿਤੀ

## ਖੇਤਰ: 3 ਜਨਮ ਸਰਟੀਫਿਕੇਟ
field-birth-certificate-issuing-authority = ਸਰਟੀਫਿਕੇਟ ਜਾਰੀ ਕਰਨ ਵਾਲੀ ਅਥਾਰਟੀ
field-birth-certificate-act-number = ਸਰਟੀਫਿਕੇਟ ਨੰਬਰ
field-birth-certificate-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
field-birth-certificate-legalisation = ਪ੍ਰਮਾਣੀਕਰਨ (legalizzazione)
field-birth-certificate-legalisation-date = ਪ੍ਰਮਾਣੀਕਰਨ ਦੀ ਮਿਤੀ
field-birth-certificate-translated = ਇਤਾਲਵੀ ਵਿੱਚ ਅਨੁਵਾਦਿਤ (ਜਾਂ ਬਹੁ-ਭਾਸ਼ੀ ਫਾਰਮ)
field-birth-certificate-replaced-by-atto-notorio = ਹਲਫ਼ਨਾਮੇ (atto notorio) ਨਾਲ ਬਦਲਿਆ (ਸ਼ਰਨਾਰਥੀ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀ)

## ਖੇਤਰ: 4 ਦਾਖ਼ਲਾ ਅਤੇ ਠਹਿਰ
field-entry-stay-first-entry-date = ਇਟਲੀ ਵਿੱਚ ਪਹਿਲੇ ਦਾਖ਼ਲੇ ਦੀ ਮਿਤੀ
field-entry-stay-permit-type = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਦੀ ਕਿਸਮ
field-entry-stay-permit-number = ਪਰਮਿਟ ਨੰਬਰ
field-entry-stay-permit-issuer = ਜਾਰੀ ਕਰਨ ਵਾਲਾ ਪੁਲਿਸ ਦਫ਼ਤਰ (Questura)
field-entry-stay-permit-issue-date = ਪਰਮਿਟ ਜਾਰੀ ਹੋਣ ਦੀ ਮਿਤੀ
field-entry-stay-permit-expiry-date = ਪਰਮਿਟ ਦੀ ਮਿਆਦ ਖ਼ਤਮ (ਅਸੀਮਤ ਹੋਵੇ ਤਾਂ ਖ਼ਾਲੀ ਛੱਡੋ)
field-entry-stay-foreign-document-kind = ਵਿਦੇਸ਼ੀ ਦਸਤਾਵੇਜ਼ (ਪਾਸਪੋਰਟ, ਪਛਾਣ ਪੱਤਰ…)
field-entry-stay-foreign-document-number = ਦਸਤਾਵੇਜ਼ ਨੰਬਰ
field-entry-stay-foreign-document-issuer = ਜਾਰੀ ਕਰਨ ਵਾਲਾ
field-entry-stay-foreign-document-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
field-entry-stay-foreign-document-expiry-date = ਮਿਆਦ ਖ਼ਤਮ ਹੋਣ ਦੀ ਮਿਤੀ
field-entry-stay-italian-id-card-kind = ਇਤਾਲਵੀ ਦਸਤਾਵੇਜ਼ (ਚੋਣਵਾਂ)
field-entry-stay-italian-id-card-number = ਇਤਾਲਵੀ ਦਸਤਾਵੇਜ਼ ਦਾ ਨੰਬਰ
field-entry-stay-italian-id-card-issuer = ਜਾਰੀ ਕਰਨ ਵਾਲੀ ਨਗਰਪਾਲਿਕਾ (Comune)
field-entry-stay-italian-id-card-issue-date = ਇਤਾਲਵੀ ਦਸਤਾਵੇਜ਼ ਜਾਰੀ ਹੋਣ ਦੀ ਮਿਤੀ
field-entry-stay-italian-id-card-expiry-date = ਇਤਾਲਵੀ ਦਸਤਾਵੇਜ਼ ਦੀ ਮਿਆਦ ਖ਼ਤਮ

## ਖੇਤਰ: 5 ਰਿਹਾਇਸ਼
field-residences-periods = ਇਟਲੀ ਵਿੱਚ ਰਜਿਸਟਰਡ ਰਿਹਾਇਸ਼ (residenza anagrafica) ਦੇ ਸਮੇਂ
field-residences-periods-municipality = ਨਗਰਪਾਲਿਕਾ (Comune)
field-residences-periods-province = ਸੂਬਾ
field-residences-periods-from = ਤੋਂ
field-residences-periods-to = ਤੱਕ (ਜੇ ਅਜੇ ਵੀ ਉੱਥੇ ਹੋ ਤਾਂ ਖ਼ਾਲੀ)
field-residences-registered-in-italy-before-14 = 14 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਪਹਿਲਾਂ ਇਟਲੀ ਦੇ ਆਬਾਦੀ ਰਜਿਸਟਰ (anagrafe) ਵਿੱਚ ਦਰਜ

## ਖੇਤਰ: 6 ਪਰਿਵਾਰ
field-family-spouse-surname = ਜੀਵਨ ਸਾਥੀ ਦਾ ਉਪਨਾਮ
field-family-spouse-name = ਜੀਵਨ ਸਾਥੀ ਦਾ ਨਾਮ
field-family-spouse-birth-date = ਜੀਵਨ ਸਾਥੀ ਦੀ ਜਨਮ ਮਿਤੀ
field-family-spouse-birth-place-town = ਜੀਵਨ ਸਾਥੀ ਦਾ ਜਨਮ ਸਥਾਨ
field-family-spouse-birth-place-province = ਜੀਵਨ ਸਾਥੀ ਦੇ ਜਨਮ ਦਾ ਸੂਬਾ
field-family-spouse-birth-place-country = ਜੀਵਨ ਸਾਥੀ ਦੇ ਜਨਮ ਦਾ ਦੇਸ਼
field-family-spouse-codice-fiscale = ਜੀਵਨ ਸਾਥੀ ਦਾ ਟੈਕਸ ਕੋਡ (codice fiscale)
field-family-spouse-italian-citizen = ਜੀਵਨ ਸਾਥੀ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਹੈ
field-family-spouse-marriage-date = ਵਿਆਹ ਦੀ ਮਿਤੀ
field-family-spouse-marriage-place = ਵਿਆਹ ਦਾ ਸਥਾਨ
field-family-spouse-transcription-municipality = ਨਗਰਪਾਲਿਕਾ ਜਿੱਥੇ ਵਿਆਹ ਦਰਜ (trascrizione) ਕੀਤਾ ਗਿਆ
field-family-spouse-transcription-date = ਦਰਜ ਕਰਨ ਦੀ ਮਿਤੀ
field-family-children-with-spouse = ਜੋੜੇ ਦੇ ਜਨਮੇ ਜਾਂ ਗੋਦ ਲਏ ਬੱਚੇ
field-family-household = ਪਰਿਵਾਰ (nucleo familiare) ਦੇ ਮੈਂਬਰ
field-family-household-surname = ਉਪਨਾਮ
field-family-household-name = ਨਾਮ
field-family-household-birth-date = ਜਨਮ ਮਿਤੀ
field-family-household-birth-place-town = ਜਨਮ ਸਥਾਨ
field-family-household-birth-place-province = ਜਨਮ ਦਾ ਸੂਬਾ
field-family-household-birth-place-country = ਜਨਮ ਦਾ ਦੇਸ਼
field-family-household-codice-fiscale = codice fiscale
field-family-household-relationship = ਰਿਸ਼ਤਾ
field-family-household-dependant = ਨਿਰਭਰ (a carico)

## ਖੇਤਰ: 7 ਆਮਦਨ
field-income-years = ਪਿਛਲੇ ਤਿੰਨ ਸਾਲਾਂ ਦੀ ਆਮਦਨ
field-income-years-year = ਟੈਕਸ ਸਾਲ
field-income-years-amount = ਟੈਕਸਯੋਗ ਆਮਦਨ (€)
field-income-years-source = ਟੈਕਸ ਘੋਸ਼ਣਾ
field-income-years-family-income = ਨਾਲ ਰਹਿੰਦੇ ਪਰਿਵਾਰਕ ਮੈਂਬਰਾਂ ਦੀ ਆਮਦਨ
field-income-years-family-income-member-name = ਪਰਿਵਾਰਕ ਮੈਂਬਰ
field-income-years-family-income-amount = ਆਮਦਨ (€)
field-income-years-family-income-source = ਟੈਕਸ ਘੋਸ਼ਣਾ

## ਖੇਤਰ: 8 ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ
field-judicial-no-convictions = ਇਟਲੀ ਜਾਂ ਵਿਦੇਸ਼ ਵਿੱਚ ਕੋਈ ਅਪਰਾਧਿਕ ਸਜ਼ਾ ਨਹੀਂ
field-judicial-convictions-details = ਸਜ਼ਾਵਾਂ ਜਾਂ ਮੁਕੱਦਮਿਆਂ ਦਾ ਵੇਰਵਾ
field-judicial-pending-proceedings = ਚੱਲ ਰਹੇ ਅਪਰਾਧਿਕ ਮੁਕੱਦਮੇ
field-judicial-certificates = ਰਿਹਾਇਸ਼ ਵਾਲੇ ਦੇਸ਼ਾਂ ਦੇ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale)
field-judicial-certificates-country = ਦੇਸ਼
field-judicial-certificates-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
field-judicial-certificates-legalisation = ਪ੍ਰਮਾਣੀਕਰਨ (legalizzazione)
field-judicial-certificates-translated = ਇਤਾਲਵੀ ਵਿੱਚ ਅਨੁਵਾਦਿਤ

## ਖੇਤਰ: 9 ਭਾਸ਼ਾ
field-language-exemption = ਭਾਸ਼ਾ ਸਰਟੀਫਿਕੇਟ ਤੋਂ ਛੋਟ
field-language-certifying-body = ਸਰਟੀਫਿਕੇਟ ਦੇਣ ਵਾਲੀ ਸੰਸਥਾ (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = ਪੱਧਰ
field-language-certificate-number = ਸਰਟੀਫਿਕੇਟ ਨੰਬਰ
field-language-certificate-date = ਸਰਟੀਫਿਕੇਟ ਦੀ ਮਿਤੀ

## ਖੇਤਰ: 10 ਭੁਗਤਾਨ
field-payments-contribution-iuv = 250 € ਫੀਸ (contributo): pagoPA ਨੋਟਿਸ ਕੋਡ / IUV
field-payments-contribution-paid-on = ਫੀਸ ਭੁਗਤਾਨ ਦੀ ਮਿਤੀ
field-payments-contribution-amount = ਫੀਸ ਦੀ ਰਕਮ (€)
field-payments-stamp-duty-iuv = 16 € ਮਾਲੀਆ ਟਿਕਟ (marca da bollo): ਪਛਾਣ ਕੋਡ
field-payments-stamp-duty-paid-on = ਮਾਲੀਆ ਟਿਕਟ ਖਰੀਦਣ ਦੀ ਮਿਤੀ
field-payments-stamp-duty-amount = ਮਾਲੀਆ ਟਿਕਟ ਦੀ ਰਕਮ (€)

## ਖੇਤਰ: 12 ਘੋਸ਼ਣਾਵਾਂ
field-consent-truthfulness = ਮੈਂ ਘੋਸ਼ਣਾ ਕਰਦਾ/ਕਰਦੀ ਹਾਂ ਕਿ ਜਾਣਕਾਰੀ ਸੱਚੀ ਹੈ (DPR 445/2000 ਦੀਆਂ ਧਾਰਾਵਾਂ 46, 47, 75 ਅਤੇ 76)
field-consent-privacy = ਮੈਂ ਨਿੱਜੀ ਡਾਟੇ ਦੀ ਵਰਤੋਂ ਬਾਰੇ ਸੂਚਨਾ ਪੜ੍ਹ ਲਈ ਹੈ (GDPR ਧਾਰਾ 13)
field-consent-reviewed = ਮੈਂ ਪੂਰੀ ਅਰਜ਼ੀ ਦੁਬਾਰਾ ਜਾਂਚ ਲਈ ਹੈ

# --- codice fiscale ---
err-cf-empty = ਟੈਕਸ ਕੋਡ (codice fiscale) ਲਿਖੋ।
err-cf-length = codice fiscale ਵਿੱਚ 16 ਅੱਖਰ ਹੁੰਦੇ ਹਨ; ਇਸ ਵਿੱਚ { $found } ਹਨ।
err-cf-character = ਅੱਖਰ { $position } (“{ $character }”) codice fiscale ਦੀ ਉਸ ਥਾਂ ਤੇ ਮਨਜ਼ੂਰ ਨਹੀਂ।
err-cf-check-letter = ਆਖ਼ਰੀ ਅੱਖਰ (ਜਾਂਚ ਅੱਖਰ) { $expected } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, { $found } ਨਹੀਂ: ਜਾਂਚੋ ਕਿ ਕੋਡ ਠੀਕ ਨਕਲ ਕੀਤਾ ਗਿਆ ਹੈ।
err-cf-month = “{ $found }” ਮਹੀਨੇ ਦਾ ਸਹੀ ਅੱਖਰ ਨਹੀਂ (A B C D E H L M P R S T)।
err-cf-day = ਮਹੀਨੇ { $month } ਵਿੱਚ ਦਿਨ { $day } ਨਹੀਂ ਹੁੰਦਾ (ਔਰਤਾਂ ਲਈ ਦਿਨ ਵਿੱਚ 40 ਜੋੜਿਆ ਜਾਂਦਾ ਹੈ)।
err-cf-unknown-place = ਕਿਸੇ ਵੀ ਨਗਰਪਾਲਿਕਾ ਜਾਂ ਵਿਦੇਸ਼ੀ ਦੇਸ਼ ਦਾ ਕੋਡ { $code } ਨਹੀਂ ਹੈ।
err-cf-place-code-format = “{ $code }” ਥਾਂ ਦਾ ਕੋਡ ਨਹੀਂ (ਇੱਕ ਅੱਖਰ ਅਤੇ ਤਿੰਨ ਅੰਕ, ਜਿਵੇਂ H501 ਜਾਂ Z404)।
err-cf-surname-missing = ਉਪਨਾਮ ਨਹੀਂ ਲਿਖਿਆ (ਘੱਟੋ-ਘੱਟ ਇੱਕ ਅੱਖਰ ਚਾਹੀਦਾ ਹੈ)।
err-cf-name-missing = ਨਾਮ ਨਹੀਂ ਲਿਖਿਆ (ਘੱਟੋ-ਘੱਟ ਇੱਕ ਅੱਖਰ ਚਾਹੀਦਾ ਹੈ)।
err-cf-unsupported-character = { $field ->
        [surname] ਉਪਨਾਮ
       *[name] ਨਾਮ
    } ਵਿੱਚ “{ $character }” ਹੈ, ਜਿਸਦਾ ਲਾਤੀਨੀ ਅੱਖਰਾਂ ਵਿੱਚ ਕੋਈ ਬਰਾਬਰ ਨਹੀਂ: ਇਸਨੂੰ ਉਵੇਂ ਲਿਖੋ ਜਿਵੇਂ ਪਾਸਪੋਰਟ ਜਾਂ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਵਿੱਚ ਲਿਖਿਆ ਹੈ।
err-cf-place-missing = ਜਨਮ ਸਥਾਨ ਨਹੀਂ ਲਿਖਿਆ।
err-cf-town-missing = ਜਨਮ ਦੀ ਨਗਰਪਾਲਿਕਾ (Comune) ਨਹੀਂ ਲਿਖੀ।
err-cf-unknown-municipality = “{ $name }” ਨਾਮ ਦੀ ਕੋਈ ਇਤਾਲਵੀ ਨਗਰਪਾਲਿਕਾ ਨਹੀਂ।
err-cf-municipality-province = ਸੂਬੇ { $province } ਵਿੱਚ “{ $name }” ਨਾਮ ਦੀ ਕੋਈ ਨਗਰਪਾਲਿਕਾ ਨਹੀਂ।
err-cf-municipality-ambiguous = “{ $name }” ਨਾਮ ਦੀਆਂ ਕਈ ਨਗਰਪਾਲਿਕਾਵਾਂ ਹਨ ({ $provinces }): ਸੂਬਾ ਲਿਖੋ।
err-cf-municipality-date = ਨਗਰਪਾਲਿਕਾ “{ $name }” { $date } ਨੂੰ ਮੌਜੂਦ ਨਹੀਂ ਸੀ: ਨਗਰਪਾਲਿਕਾ ਦਾ ਉਹ ਨਾਮ ਲਿਖੋ ਜੋ ਜਨਮ ਮਿਤੀ ਵੇਲੇ ਸੀ।
err-cf-unknown-country = ਅਣਜਾਣ ਦੇਸ਼: “{ $name }”।
err-cf-mismatch-surname = codice fiscale ਉਪਨਾਮ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ: ਉਪਨਾਮ ਤੋਂ { $expected } ਬਣਦਾ ਹੈ, ਕੋਡ ਵਿੱਚ { $found } ਹੈ।
err-cf-mismatch-name = codice fiscale ਨਾਮ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ: ਨਾਮ ਤੋਂ { $expected } ਬਣਦਾ ਹੈ, ਕੋਡ ਵਿੱਚ { $found } ਹੈ।
err-cf-mismatch-birth-date = codice fiscale ਜਨਮ ਮਿਤੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ: ਵੇਰਵਿਆਂ ਵਿੱਚ { $expected }, ਕੋਡ ਵਿੱਚ { $found }।
err-cf-mismatch-sex = codice fiscale ਲਿੰਗ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ: ਵੇਰਵਿਆਂ ਵਿੱਚ { $expected }, ਕੋਡ ਵਿੱਚ { $found }।
err-cf-mismatch-place = codice fiscale ਜਨਮ ਸਥਾਨ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ: ਵੇਰਵਿਆਂ ਵਿੱਚ { $expected }, ਕੋਡ ਵਿੱਚ { $found }।
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = ਸਿਸਟਮ ਦਾ ਕੀਰਿੰਗ (ਪਾਸਵਰਡ ਭੰਡਾਰ) ਉਪਲਬਧ ਨਹੀਂ, ਇਸ ਲਈ ਡਾਟੇ ਦੀ ਚਾਬੀ ਉਸ ਵਿੱਚ ਨਹੀਂ ਰੱਖੀ ਜਾ ਸਕਦੀ। ਤੁਸੀਂ ਡਾਟੇ ਨੂੰ ਇੱਕ ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਸੁਰੱਖਿਅਤ ਕਰ ਸਕਦੇ ਹੋ ਜੋ ਹਰ ਵਾਰ ਸ਼ੁਰੂ ਕਰਨ ਵੇਲੇ ਲਿਖਣਾ ਪਵੇਗਾ। ਵੇਰਵਾ: { $detail }
secrets-failed = ਸਿਸਟਮ ਦੇ ਕੀਰਿੰਗ ਨੇ ਇਹ ਕੰਮ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ: { $detail }
secrets-malformed = ਸਿਸਟਮ ਦੇ ਕੀਰਿੰਗ ਵਿੱਚ ਗੁਪਤ ਜਾਣਕਾਰੀ "{ $name }" ਖ਼ਰਾਬ ਹੈ।
secrets-passphrase-too-short = ਪਾਸਫ੍ਰੇਜ਼ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
secrets-key-derivation-failed = ਪਾਸਫ੍ਰੇਜ਼ ਤੋਂ ਚਾਬੀ ਨਹੀਂ ਬਣਾਈ ਜਾ ਸਕੀ: { $detail }
store-in-use = ਇਹ ਡਾਟਾ ਫੋਲਡਰ ਕਿਸੇ ਹੋਰ ਵਿੰਡੋ ਜਾਂ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਖੁੱਲ੍ਹਾ ਹੈ। ਉਸਨੂੰ ਬੰਦ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
store-newer-format = ਇਹ ਡਾਟਾ ਪ੍ਰੋਗਰਾਮ ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨਾਲ ਸੰਭਾਲਿਆ ਗਿਆ ਸੀ (ਫਾਰਮੈਟ { $found })। ਇਸਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਪ੍ਰੋਗਰਾਮ ਅੱਪਡੇਟ ਕਰੋ; ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਤਬਦੀਲੀ ਨਹੀਂ ਹੋਈ।
store-wrong-key = ਚਾਬੀ ਇਸ ਡਾਟਾ ਫੋਲਡਰ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ: ਡਾਟਾ ਡੀਕ੍ਰਿਪਟ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
store-wrong-passphrase = ਪਾਸਫ੍ਰੇਜ਼ ਗਲਤ ਹੈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਤਬਦੀਲੀ ਨਹੀਂ ਹੋਈ।
store-passphrase-required = ਇਹ ਡਾਟਾ ਫੋਲਡਰ ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਸੁਰੱਖਿਅਤ ਹੈ: ਖੋਲ੍ਹਣ ਲਈ ਉਸਨੂੰ ਲਿਖੋ।
store-key-missing = ਇਸ ਡਾਟਾ ਫੋਲਡਰ ਦੀ ਚਾਬੀ ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਕੀਰਿੰਗ ਵਿੱਚ ਨਹੀਂ ਹੈ (ਫੋਲਡਰ ਕਿਸੇ ਹੋਰ ਕੰਪਿਊਟਰ ਤੋਂ ਨਕਲ ਕੀਤਾ ਗਿਆ ਜਾਂ ਕੀਰਿੰਗ ਸਾਫ਼ ਕਰ ਦਿੱਤਾ ਗਿਆ)। ਚਾਬੀ ਤੋਂ ਬਿਨਾਂ ਡਾਟਾ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਅਸਲ ਕੰਪਿਊਟਰ ਵਰਤੋ ਅਤੇ ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਇੱਕ ਇਨਕ੍ਰਿਪਟ ਕੀਤੇ ਪੈਕੇਜ ਵਿੱਚ ਐਕਸਪੋਰਟ ਕਰੋ।
store-applicant-not-found = ਇਹ ਬਿਨੈਕਾਰ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ (ਸ਼ਾਇਦ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ)।
store-version-not-found = ਸੰਸਕਰਣ { $version } ਹੁਣ ਉਪਲਬਧ ਨਹੀਂ।
store-document-not-found = ਇਹ ਦਸਤਾਵੇਜ਼ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ (ਸ਼ਾਇਦ ਹਟਾ ਦਿੱਤਾ ਗਿਆ)।
store-document-missing = ਦਸਤਾਵੇਜ਼ "{ $name }" ਦੀ ਇਨਕ੍ਰਿਪਟ ਕੀਤੀ ਫਾਈਲ ਡਾਟਾ ਫੋਲਡਰ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ।
store-document-damaged = ਦਸਤਾਵੇਜ਼ "{ $name }" ਖ਼ਰਾਬ ਹੈ (ਇਕਸਾਰਤਾ ਜਾਂਚ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ) ਅਤੇ ਐਕਸਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਗਿਆ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ।
store-corrupt = ਸੰਭਾਲੇ ਡਾਟੇ ਦਾ ਇੱਕ ਹਿੱਸਾ ਖ਼ਰਾਬ ਹੈ ਅਤੇ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ({ $detail })।
store-file-not-found = ਫਾਈਲ ਜਾਂ ਫੋਲਡਰ ਨਹੀਂ ਮਿਲਿਆ: { $path }
store-not-a-file = "{ $path }" ਫਾਈਲ ਨਹੀਂ ਹੈ।
store-permission-denied = ਇਜਾਜ਼ਤ ਨਹੀਂ: { $path }
store-disk-full = ਡਿਸਕ ਭਰ ਗਈ ਹੈ: ਥਾਂ ਖ਼ਾਲੀ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੋ ਤਬਦੀਲੀਆਂ ਅਜੇ ਸੰਭਾਲੀਆਂ ਨਹੀਂ ਗਈਆਂ ਉਹ ਵਿੰਡੋ ਵਿੱਚ ਰਹਿਣਗੀਆਂ।
store-io-failed = { $path } ਤੇ ਪੜ੍ਹਨ ਜਾਂ ਲਿਖਣ ਵਿੱਚ ਗਲਤੀ: { $detail }
store-database-failed = ਸਥਾਨਕ ਡਾਟਾਬੇਸ ਵਿੱਚ ਗਲਤੀ: { $detail }
store-bundle-wrong-passphrase = ਇਸ ਪੈਕੇਜ ਦਾ ਪਾਸਫ੍ਰੇਜ਼ ਗਲਤ ਹੈ।
store-bundle-truncated = ਪੈਕੇਜ ਅਧੂਰਾ ਹੈ (ਨਕਲ ਜਾਂ ਡਾਊਨਲੋਡ ਵਿਚਾਲੇ ਰੁਕ ਗਿਆ)। ਇਸਨੂੰ ਦੁਬਾਰਾ ਨਕਲ ਕਰੋ।
store-bundle-tampered = ਪੈਕੇਜ ਬਦਲਿਆ ਗਿਆ ਹੈ ਜਾਂ ਖ਼ਰਾਬ ਹੈ ਅਤੇ ਇੰਪੋਰਟ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
store-not-a-bundle = ਇਹ ਫਾਈਲ Cittadinanza ਦਾ ਪੈਕੇਜ ਨਹੀਂ ਹੈ।
store-bundle-unsupported-version = ਪੈਕੇਜ ਪ੍ਰੋਗਰਾਮ ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨਾਲ ਬਣਾਇਆ ਗਿਆ ਸੀ (ਫਾਰਮੈਟ { $found })। ਇਸਨੂੰ ਇੰਪੋਰਟ ਕਰਨ ਲਈ ਪ੍ਰੋਗਰਾਮ ਅੱਪਡੇਟ ਕਰੋ।
store-history-note = ਹਰ ਵਾਰ ਸੰਭਾਲਣ ਤੇ ਇੱਕ ਨਵਾਂ ਸੰਸਕਰਣ ਬਣਦਾ ਹੈ: ਹਰ ਬਿਨੈਕਾਰ ਦੇ ਆਖ਼ਰੀ { $count } ਸੰਸਕਰਣ ਰੱਖੇ ਜਾਂਦੇ ਹਨ।
# --- end store ---

# --- portal ---
err-portal-invalid-url = ਪੋਰਟਲ ਦਾ ਪਤਾ “{ $url }” ਸਹੀ ਨਹੀਂ: http:// ਜਾਂ https:// ਵਾਲਾ ਪਤਾ ਚਾਹੀਦਾ ਹੈ।
err-portal-unreachable = ਪੋਰਟਲ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਰਹੀ। ਤਬਦੀਲੀਆਂ ਕਤਾਰ ਵਿੱਚ ਰਹਿਣਗੀਆਂ ਅਤੇ ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ ਭੇਜੀਆਂ ਜਾਣਗੀਆਂ।
err-portal-timeout = ਪੋਰਟਲ ਨੇ ਸਮੇਂ ਸਿਰ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਤਬਦੀਲੀਆਂ ਕਤਾਰ ਵਿੱਚ ਰਹਿਣਗੀਆਂ; ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
err-portal-server = ਪੋਰਟਲ ਵਿੱਚ ਗਲਤੀ ਹੋਈ (ਕੋਡ { $status })। ਤਬਦੀਲੀਆਂ ਕਤਾਰ ਵਿੱਚ ਰਹਿਣਗੀਆਂ।
err-portal-unauthorized = ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ ਜਾਂ ਤੁਸੀਂ ਅਜੇ ਲੌਗ ਇਨ ਨਹੀਂ ਕੀਤਾ। ਦੁਬਾਰਾ ਲੌਗ ਇਨ ਕਰੋ।
err-portal-bad-credentials = ਈਮੇਲ ਜਾਂ ਪਾਸਵਰਡ ਗਲਤ ਹੈ।
err-portal-forbidden = ਇਹ ਖਾਤਾ ਇਹ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦਾ।
err-portal-not-found = ਅਰਜ਼ੀ ਪੋਰਟਲ ਤੇ ਨਹੀਂ ਮਿਲੀ (ਜਾਂ ਇਸ ਖਾਤੇ ਨਾਲ ਜੁੜੀ ਨਹੀਂ)।
err-portal-account-exists = ਇਸ ਈਮੇਲ ਨਾਲ ਪਹਿਲਾਂ ਹੀ ਇੱਕ ਖਾਤਾ ਹੈ। ਰਜਿਸਟਰ ਕਰਨ ਦੀ ਬਜਾਏ ਲੌਗ ਇਨ ਕਰੋ।
err-portal-conflict = ਅਰਜ਼ੀ ਕਿਤੇ ਹੋਰ ਬਦਲੀ ਗਈ ਹੈ (ਸੰਸਕਰਣ { $version })। ਹਰ ਭਾਗ ਲਈ ਚੁਣੋ ਕਿ ਕਿਹੜਾ ਸੰਸਕਰਣ ਰੱਖਣਾ ਹੈ।
err-portal-already-submitted = ਅਰਜ਼ੀ ਪਹਿਲਾਂ ਹੀ ਭੇਜੀ ਜਾ ਚੁੱਕੀ ਹੈ: ਦੂਜੀ ਨਹੀਂ ਬਣਾਈ ਜਾਵੇਗੀ।
err-portal-not-editable = ਭੇਜੀ ਗਈ ਅਰਜ਼ੀ ਵਿੱਚ ਹੁਣ ਤਬਦੀਲੀ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕਦੀ।
err-portal-incomplete = ਪੋਰਟਲ ਅਰਜ਼ੀ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰਦਾ: ਖੇਤਰ { $detail } ਖ਼ਾਲੀ ਹੈ।
err-portal-associate-mismatch = { $field ->
    [surname] ਉਪਨਾਮ ਅਰਜ਼ੀ ਵਾਲੇ ਉਪਨਾਮ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
    [name] ਨਾਮ ਅਰਜ਼ੀ ਵਾਲੇ ਨਾਮ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
    [birth_date] ਜਨਮ ਮਿਤੀ ਅਰਜ਼ੀ ਵਾਲੀ ਜਨਮ ਮਿਤੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।
    [previous_email] ਇਹ ਈਮੇਲ ਉਹ ਨਹੀਂ ਜੋ ਅਰਜ਼ੀ ਵਿੱਚ ਦਿੱਤੀ ਗਈ ਸੀ।
   *[k10_number] ਇਸ K10 ਨੰਬਰ ਦੀ ਕੋਈ ਅਰਜ਼ੀ ਨਹੀਂ (ਫਾਰਮੈਟ K10/0000001 ਜਾਂ K10/C/0000001)।
}
err-portal-already-associated = ਅਰਜ਼ੀ ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਹੋਰ ਖਾਤੇ ਨਾਲ ਜੁੜੀ ਹੈ। ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
err-portal-too-large = ਫਾਈਲ ਜਾਂ ਡਾਟਾ ਪੋਰਟਲ ਲਈ ਬਹੁਤ ਵੱਡਾ ਹੈ (ਦਸਤਾਵੇਜ਼ 64 MB ਤੱਕ)।
err-portal-rate-limited = ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ। ਇੱਕ ਮਿੰਟ ਰੁਕੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
err-portal-checksum = ਭੇਜਣ ਵੇਲੇ ਦਸਤਾਵੇਜ਼ ਖ਼ਰਾਬ ਹੋ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਸ਼ੁਰੂ ਤੋਂ ਹੋਵੇਗਾ।
err-portal-rejected = ਪੋਰਟਲ ਨੇ ਬੇਨਤੀ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤੀ ({ $code })।
err-portal-protocol = ਪੋਰਟਲ ਤੋਂ ਅਣਕਿਆਸਿਆ ਜਵਾਬ: ਸ਼ਾਇਦ ਪੋਰਟਲ ਦਾ ਸੰਸਕਰਣ ਵੱਖਰਾ ਹੈ। ({ $detail })
err-portal-local = ਸਥਾਨਕ ਸਿੰਕ ਡਾਟਾ ਪੜ੍ਹਿਆ ਜਾਂ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $detail }
err-portal-document = { $detail }
err-portal-token-store = ਸਿਸਟਮ ਦੇ ਕੀਰਿੰਗ ਵਿੱਚ ਲੌਗ ਇਨ ਯਾਦ ਨਹੀਂ ਰੱਖਿਆ ਜਾ ਸਕਿਆ: { $detail }
err-portal-not-linked = ਇਹ ਅਰਜ਼ੀ ਅਜੇ ਪੋਰਟਲ ਤੇ ਨਹੀਂ ਭੇਜੀ ਗਈ।
portal-status-draft = ਖਰੜਾ
portal-status-submitted = ਭੇਜੀ ਗਈ
portal-status-accepted = ਪ੍ਰੀਫੈਕਚਰ ਵੱਲੋਂ ਸਵੀਕਾਰ
portal-status-inadmissible = ਨਾ-ਮੰਨਣਯੋਗ (inammissibile) ਐਲਾਨੀ ਗਈ
portal-status-notice-10bis = ਰੱਦ ਕਰਨ ਦਾ ਅਗਾਊਂ ਨੋਟਿਸ (preavviso di rigetto, ਧਾਰਾ 10-bis)
portal-status-granted = ਨਾਗਰਿਕਤਾ ਦੇਣ ਦਾ ਹੁਕਮ (decreto di concessione)
portal-status-rejected = ਰੱਦ ਕਰਨ ਦਾ ਹੁਕਮ (decreto di rigetto)
portal-status-oath-scheduled = ਸਹੁੰ (giuramento) ਦੀ ਮਿਤੀ ਤੈਅ
portal-comm-acceptance = ਅਰਜ਼ੀ { $date } ਨੂੰ ਸਵੀਕਾਰ ਕੀਤੀ ਗਈ
portal-comm-inadmissibility = ਅਰਜ਼ੀ { $date } ਨੂੰ ਨਾ-ਮੰਨਣਯੋਗ ਐਲਾਨੀ ਗਈ
portal-comm-notice-10bis = { $date } ਦਾ ਰੱਦ ਕਰਨ ਦਾ ਅਗਾਊਂ ਨੋਟਿਸ: { $days } ਦਿਨਾਂ ਵਿੱਚ ({ $respond_by } ਤੱਕ) ਜਵਾਬ ਦਿਓ
portal-comm-decree-granted = { $date } ਦਾ ਨਾਗਰਿਕਤਾ ਦੇਣ ਦਾ ਹੁਕਮ
portal-comm-decree-rejected = { $date } ਦਾ ਰੱਦ ਕਰਨ ਦਾ ਹੁਕਮ
portal-comm-oath-appointment = ਸਹੁੰ { $appointment } ਨੂੰ, ਥਾਂ: { $place }
portal-sync-pending = { $count ->
    [0] ਸਭ ਕੁਝ ਸਿੰਕ ਹੋ ਗਿਆ ਹੈ
    [one] ਇੱਕ ਤਬਦੀਲੀ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
   *[other] { $count } ਤਬਦੀਲੀਆਂ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
}
portal-sync-conflicts = { $count ->
    [one] ਇੱਕ ਅਰਜ਼ੀ ਵਿੱਚ ਮਿਲਾਨ ਕਰਨਾ ਹੈ
   *[other] { $count } ਅਰਜ਼ੀਆਂ ਵਿੱਚ ਮਿਲਾਨ ਕਰਨਾ ਹੈ
}
portal-conflict-keep-mine = ਮੇਰਾ ਸੰਸਕਰਣ ਰੱਖੋ
portal-conflict-take-theirs = ਪੋਰਟਲ ਦਾ ਸੰਸਕਰਣ ਲਓ
portal-sign-in = ਪੋਰਟਲ ਵਿੱਚ ਲੌਗ ਇਨ ਕਰੋ
portal-sign-out = ਪੋਰਟਲ ਤੋਂ ਲੌਗ ਆਊਟ ਕਰੋ
portal-role-applicant = ਬਿਨੈਕਾਰ
portal-role-operator = ਸਹਾਇਤਾ ਕੇਂਦਰ ਦਾ ਆਪਰੇਟਰ
# --- end portal ---

