# Cittadinanza — ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ) ਇੰਟਰਫੇਸ (ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਅਨੁਵਾਦ; ਮਾਂ-ਬੋਲੀ ਵਾਲਿਆਂ ਦੀ ਸਮੀਖਿਆ ਦਾ ਸਵਾਗਤ ਹੈ).
# ਹੋਰ ਖੇਤਰਾਂ (validation, codice fiscale, store, pdf, portal, rules) ਦੇ ਬਲਾਕ ਅਖੀਰ ਵਿੱਚ
# `# --- <area> ---` ਅਤੇ `# --- end <area> ---` ਵਿਚਕਾਰ ਜੋੜੇ ਜਾਂਦੇ ਹਨ।

## ਐਪਲੀਕੇਸ਼ਨ
app-title = Cittadinanza
app-subtitle = ਇਤਾਲਵੀ ਨਾਗਰਿਕਤਾ ਲਈ ਅਰਜ਼ੀ
app-opening = ਡਾਟਾ ਫੋਲਡਰ ਖੋਲ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ…
app-notice-dismiss = ਸਮਝ ਗਿਆ
app-closing-waiting = ਸਾਰੀਆਂ ਅਰਜ਼ੀਆਂ ਅਤੇ ਸਾਰੀਆਂ ਫਾਈਲਾਂ ਸੰਭਾਲੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਵਿੰਡੋ ਬੰਦ ਹੋਵੇਗੀ।
app-close-anyway = ਫਿਰ ਵੀ ਬੰਦ ਕਰੋ (ਨਾ ਸੰਭਾਲੀਆਂ ਤਬਦੀਲੀਆਂ ਗੁੰਮ ਹੋ ਜਾਣਗੀਆਂ)
error-internal = ਇੱਕ ਅੰਦਰੂਨੀ ਗਲਤੀ ਹੋਈ। ਪਹਿਲਾਂ ਸੰਭਾਲੇ ਡਾਟੇ ਨੂੰ ਛੂਹਿਆ ਨਹੀਂ ਗਿਆ।
settings-save-failed = ਸੈਟਿੰਗਾਂ ਸੰਭਾਲੀਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ: { $detail }
common-cancel = ਰੱਦ ਕਰੋ

## ਨੈਵੀਗੇਸ਼ਨ
nav-applicants = ਬਿਨੈਕਾਰ
nav-home = ਮੇਰੀ ਅਰਜ਼ੀ
nav-application = ਅਰਜ਼ੀ
nav-settings = ਸੈਟਿੰਗਾਂ
# Late ids of branch firstrun (c5302d5): nav-welcome with the nav-* lines, welcome-* in their
# own block, unlock-* in ## Unlock; unlock-explanation REPLACES the existing line.
nav-welcome = ਜੀ ਆਇਆਂ ਨੂੰ ਅਤੇ ਅਗਵਾਈ
welcome-title = Cittadinanza ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ
welcome-intro = ਇਹ ਐਪਲੀਕੇਸ਼ਨ ਇਟਲੀ ਵਿੱਚ ਰਹਿੰਦੇ ਵਿਦੇਸ਼ੀਆਂ ਨੂੰ ਗ੍ਰਹਿ ਮੰਤਰਾਲੇ ਦੇ ਪੋਰਟਲ ਲਈ ਇਤਾਲਵੀ ਨਾਗਰਿਕਤਾ ਦੀ ਅਰਜ਼ੀ ਤਿਆਰ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਸਹਾਇਤਾ ਕੇਂਦਰਾਂ (ਪਾਤਰੋਨਾਤੋ, ਸੰਸਥਾਵਾਂ, ਨਗਰਪਾਲਿਕਾ ਦੇ ਕਾਊਂਟਰ) ਦੀ ਵੀ ਮਦਦ ਕਰਦੀ ਹੈ ਜੋ ਬਿਨੈਕਾਰਾਂ ਦੀ ਸਹਾਇਤਾ ਕਰਦੇ ਹਨ।
welcome-private = ਸਭ ਕੁਝ ਇਸੇ ਕੰਪਿਊਟਰ ਤੇ ਇਨਕ੍ਰਿਪਟ ਹੋ ਕੇ ਰਹਿੰਦਾ ਹੈ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਪੋਰਟਲ ਵਿੱਚ ਲੌਗ ਇਨ ਨਹੀਂ ਕਰਦੇ, ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
welcome-paths = ਦੋ ਰਾਹ
welcome-path-residence = ਰਿਹਾਇਸ਼ ਦੇ ਆਧਾਰ ਤੇ (ਧਾਰਾ 9): ਇਟਲੀ ਵਿੱਚ ਕਾਨੂੰਨੀ ਰਿਹਾਇਸ਼ ਦੇ ਇੱਕ ਸਮੇਂ ਤੋਂ ਬਾਅਦ, ਆਮ ਤੌਰ ਤੇ 10 ਸਾਲ (ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕਾਂ ਲਈ 4, ਸ਼ਰਨਾਰਥੀਆਂ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀਆਂ ਲਈ 5), ਅਤੇ ਪਿਛਲੇ ਤਿੰਨ ਸਾਲਾਂ ਵਿੱਚ ਲੋੜੀਂਦੀ ਆਮਦਨ ਨਾਲ।
welcome-path-marriage = ਵਿਆਹ ਦੇ ਆਧਾਰ ਤੇ (ਧਾਰਾ 5): ਜੇ ਤੁਹਾਡਾ ਕਿਸੇ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਨਾਲ ਵਿਆਹ ਜਾਂ ਸਿਵਲ ਯੂਨੀਅਨ ਹੈ, ਤਾਂ ਵਿਆਹ ਤੋਂ ਬਾਅਦ ਇਟਲੀ ਵਿੱਚ 2 ਸਾਲ ਦੀ ਰਿਹਾਇਸ਼ ਤੋਂ ਬਾਅਦ (ਵਿਦੇਸ਼ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ ਤਾਂ 3), ਬੱਚੇ ਹੋਣ ਤਾਂ ਅੱਧਾ।
welcome-at-hand = ਕੀ ਤਿਆਰ ਰੱਖਣਾ ਹੈ
welcome-have-identity = ਪਾਸਪੋਰਟ ਜਾਂ ਪਛਾਣ ਦਸਤਾਵੇਜ਼, ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਅਤੇ ਟੈਕਸ ਕੋਡ (codice fiscale)
welcome-have-birth = ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita), ਪ੍ਰਮਾਣਿਤ (ਜਾਂ ਅਪੋਸਟਿਲ ਨਾਲ) ਅਤੇ ਅਨੁਵਾਦਿਤ
welcome-have-record = ਆਪਣੇ ਮੂਲ ਦੇਸ਼ ਦਾ ਅਤੇ 14 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਜਿਨ੍ਹਾਂ ਦੇਸ਼ਾਂ ਵਿੱਚ ਤੁਸੀਂ ਰਹੇ ਉਹਨਾਂ ਸਭ ਦਾ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) (ਜਾਰੀ ਹੋਣ ਤੋਂ 6 ਮਹੀਨੇ ਯੋਗ)
welcome-have-residence = ਇਟਲੀ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਪਤਿਆਂ ਤੇ ਤੁਸੀਂ ਰਹੇ, ਮਿਤੀਆਂ ਸਮੇਤ
welcome-have-income = ਪਿਛਲੇ ਤਿੰਨ ਸਾਲਾਂ ਦੀ ਆਮਦਨ (CU, 730 ਜਾਂ Unico; ਸਿਰਫ਼ ਰਿਹਾਇਸ਼ ਵਾਲੇ ਰਾਹ ਲਈ)
welcome-have-language = ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ B1 ਸਰਟੀਫਿਕੇਟ, ਜੇ ਤੁਹਾਨੂੰ ਛੋਟ ਨਹੀਂ
welcome-eligibility-title = ਕੀ ਮੈਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ?
welcome-eligibility-hint = ਕੁਝ ਸਵਾਲ ਦੱਸਦੇ ਹਨ ਕਿ ਤੁਸੀਂ ਹੁਣੇ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ ਜਾਂ ਕਦੋਂ ਤੋਂ।
welcome-eligibility = ਹੁਣੇ ਜਾਂਚੋ
welcome-who-title = ਤੁਸੀਂ ਐਪਲੀਕੇਸ਼ਨ ਕਿਸ ਲਈ ਵਰਤ ਰਹੇ ਹੋ?
welcome-who-hint = ਤੁਸੀਂ ਇਸਨੂੰ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹੋ (ਸਹਾਇਤਾ ਕੇਂਦਰ ਮੋਡ)।
welcome-myself = ਆਪਣੇ ਲਈ
welcome-help-desk = ਮੈਂ ਇੱਕ ਸਹਾਇਤਾ ਕੇਂਦਰ ਹਾਂ

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
editor-prefecture-propose = ਸੁਝਾਅ: { $name } ਦਾ ਪ੍ਰੀਫੈਕਚਰ (Prefettura) (ਰਿਹਾਇਸ਼ ਦਾ ਸੂਬਾ)
editor-consulate-label = ਸਬੰਧਤ ਕੌਂਸਲਰ ਦਫ਼ਤਰ (ਵਿਦੇਸ਼ ਵਿੱਚ ਰਿਹਾਇਸ਼)
editor-consulate-placeholder = ਉਦਾਹਰਨ ਲਈ Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉਸ ਥਾਂ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਇਤਾਲਵੀ ਕੌਂਸਲਰ ਦਫ਼ਤਰ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਿਵੇਂ ਦੂਤਾਵਾਸ ਜਾਂ ਕੌਂਸਲੇਟ ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਲਿਖਿਆ ਹੈ: ਐਪ ਵਿੱਚ ਕੌਂਸਲੇਟਾਂ ਦੀ ਕੋਈ ਸੂਚੀ ਨਹੀਂ ਹੈ। ਦਸਤਾਵੇਜ਼ ਇਸੇ ਦਫ਼ਤਰ ਦੇ ਨਾਮ ਭੇਜੇ ਜਾਣਗੇ।

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
unlock-explanation = ਤੁਹਾਡਾ ਡਾਟਾ ਇਸ ਫੋਲਡਰ ਲਈ ਚੁਣੇ ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਇਨਕ੍ਰਿਪਟ ਕੀਤਾ ਹੋਇਆ ਹੈ। ਫੋਲਡਰ ਖੋਲ੍ਹਣ ਲਈ ਉਸਨੂੰ ਲਿਖੋ।
unlock-passphrase = ਪਾਸਫ੍ਰੇਜ਼
unlock-open = ਖੋਲ੍ਹੋ
unlock-create-title = ਇੱਕ ਪਾਸਫ੍ਰੇਜ਼ ਚੁਣੋ
unlock-create-explanation = ਤੁਹਾਡਾ ਡਾਟਾ ਇੱਕ ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਇਨਕ੍ਰਿਪਟ ਕੀਤਾ ਜਾਵੇਗਾ ਜੋ ਤੁਸੀਂ ਹਰ ਵਾਰ ਸ਼ੁਰੂ ਕਰਨ ਵੇਲੇ ਲਿਖੋਗੇ। ਇਸ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ; ਕਈ ਸ਼ਬਦਾਂ ਵਾਲਾ ਵਾਕ ਯਾਦ ਰੱਖਣਾ ਸੌਖਾ ਅਤੇ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਹੁੰਦਾ ਹੈ।
unlock-keyring-unavailable = ਸਿਸਟਮ ਦਾ ਕੀਰਿੰਗ ਉਪਲਬਧ ਨਹੀਂ, ਇਸ ਲਈ ਡਾਟਾ ਇੱਕ ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਸੁਰੱਖਿਅਤ ਹੈ।
unlock-details = ਵੇਰਵੇ
unlock-details-hide = ਵੇਰਵੇ ਲੁਕਾਓ
unlock-repeat = ਪਾਸਫ੍ਰੇਜ਼ ਦੁਬਾਰਾ ਲਿਖੋ
unlock-min-length = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ।
unlock-strength-too-short = ਬਹੁਤ ਛੋਟਾ: ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਚਾਹੀਦੇ ਹਨ।
unlock-strength-weak = ਕਮਜ਼ੋਰ: ਸ਼ਬਦ, ਅੰਕ ਜਾਂ ਚਿੰਨ੍ਹ ਜੋੜੋ।
unlock-strength-fair = ਠੀਕ-ਠਾਕ।
unlock-strength-strong = ਮਜ਼ਬੂਤ।
unlock-no-recovery = ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪਾਸਫ੍ਰੇਜ਼ ਭੁੱਲ ਗਏ ਤਾਂ ਕੋਈ ਵੀ ਡਾਟਾ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ। ਇਸਨੂੰ ਲਿਖ ਕੇ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।
unlock-mismatch = ਦੋਵੇਂ ਪਾਸਫ੍ਰੇਜ਼ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ।
unlock-create = ਬਣਾਓ ਅਤੇ ਅੱਗੇ ਵਧੋ

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
err-portal-invalid-url = ਪੋਰਟਲ ਦਾ ਪਤਾ “{ $url }” ਸਹੀ ਨਹੀਂ ਹੈ: https:// ਵਾਲਾ ਪਤਾ ਚਾਹੀਦਾ ਹੈ (ਜਾਂ ਇਸ ਕੰਪਿਊਟਰ 'ਤੇ ਚੱਲ ਰਹੇ ਪੋਰਟਲ ਲਈ http://)।
err-portal-insecure-url = ਪਤਾ “{ $url }” ਇਨਕ੍ਰਿਪਟਡ ਨਹੀਂ ਹੈ: ਪੋਰਟਲ ਤੱਕ ਸਿਰਫ਼ https:// ਰਾਹੀਂ ਪਹੁੰਚਿਆ ਜਾਂਦਾ ਹੈ (http:// ਸਿਰਫ਼ ਇਸ ਕੰਪਿਊਟਰ 'ਤੇ ਚੱਲ ਰਹੇ ਪੋਰਟਲ ਲਈ ਮਨਜ਼ੂਰ ਹੈ)।
err-portal-answer-too-large = ਪੋਰਟਲ ਨੇ { $megabytes } MB ਤੋਂ ਵੱਡਾ ਜਵਾਬ ਭੇਜਿਆ: ਉਸਨੂੰ ਰੋਕ ਦਿੱਤਾ ਗਿਆ। ਸਰਵਰ ਖ਼ਰਾਬ ਹੋ ਸਕਦਾ ਹੈ ਜਾਂ ਉਹ ਪੋਰਟਲ ਨਹੀਂ ਹੋ ਸਕਦਾ।
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
err-portal-associate-mismatch =
    { $field ->
        [surname] ਉਪਨਾਮ ਅਰਜ਼ੀ ਵਾਲੇ ਉਪਨਾਮ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
        [name] ਨਾਮ ਅਰਜ਼ੀ ਵਾਲੇ ਨਾਮ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
        [birth_date] ਜਨਮ ਮਿਤੀ ਅਰਜ਼ੀ ਵਾਲੀ ਜਨਮ ਮਿਤੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।
        [previous_email] ਦੱਸੀ ਗਈ ਈ-ਮੇਲ ਉਹ ਨਹੀਂ ਜੋ ਅਰਜ਼ੀ ਵਿੱਚ ਵਰਤੀ ਗਈ ਸੀ।
        [k10_number] ਇਸ K10 ਨੰਬਰ ਦੀ ਕੋਈ ਅਰਜ਼ੀ ਨਹੀਂ (ਫਾਰਮੈਟ K10/0000001 ਜਾਂ K10/C/0000001)।
       *[any] ਇਹ ਵੇਰਵੇ ਕਿਸੇ ਵੀ ਅਰਜ਼ੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ। K10 ਨੰਬਰ (ਫਾਰਮੈਟ K10/0000001 ਜਾਂ K10/C/0000001), ਉਪਨਾਮ, ਨਾਮ, ਜਨਮ ਮਿਤੀ ਅਤੇ ਅਰਜ਼ੀ ਵਿੱਚ ਵਰਤੀ ਈ-ਮੇਲ ਜਾਂਚੋ।
    }
err-portal-already-associated = ਅਰਜ਼ੀ ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਹੋਰ ਖਾਤੇ ਨਾਲ ਜੁੜੀ ਹੈ। ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
err-portal-too-large = ਫਾਈਲ ਜਾਂ ਡਾਟਾ ਪੋਰਟਲ ਲਈ ਬਹੁਤ ਵੱਡਾ ਹੈ (ਦਸਤਾਵੇਜ਼ 64 MB ਤੱਕ)।
err-portal-rate-limited = ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ। ਕੁਝ ਮਿੰਟ (ਵੱਧ ਤੋਂ ਵੱਧ ਇੱਕ ਘੰਟਾ) ਉਡੀਕ ਕਰੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
err-portal-checksum = ਭੇਜਣ ਵੇਲੇ ਦਸਤਾਵੇਜ਼ ਖ਼ਰਾਬ ਹੋ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਭੇਜਣਾ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਸ਼ੁਰੂ ਤੋਂ ਹੋਵੇਗਾ।
err-portal-rejected = ਪੋਰਟਲ ਨੇ ਬੇਨਤੀ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤੀ ({ $code })।
err-portal-protocol = ਪੋਰਟਲ ਤੋਂ ਅਣਕਿਆਸਿਆ ਜਵਾਬ: ਸ਼ਾਇਦ ਪੋਰਟਲ ਦਾ ਸੰਸਕਰਣ ਵੱਖਰਾ ਹੈ। ({ $detail })
err-portal-local = ਸਥਾਨਕ ਸਿੰਕ ਡਾਟਾ ਪੜ੍ਹਿਆ ਜਾਂ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $detail }
err-portal-document = { $detail }
err-portal-token-store = ਸਿਸਟਮ ਦੇ ਕੀਰਿੰਗ ਵਿੱਚ ਲੌਗ ਇਨ ਯਾਦ ਨਹੀਂ ਰੱਖਿਆ ਜਾ ਸਕਿਆ: { $detail }
err-portal-not-linked = ਇਹ ਅਰਜ਼ੀ ਅਜੇ ਪੋਰਟਲ ਤੇ ਨਹੀਂ ਭੇਜੀ ਗਈ।
err-portal-relink-pending = ਸਿੰਕ ਡਾਟਾ ਦੁਬਾਰਾ ਬਣਾਇਆ ਜਾ ਰਿਹਾ ਹੈ: ਨਵੀਆਂ ਅਰਜ਼ੀਆਂ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਪੋਰਟਲ ਵਿੱਚ ਲੌਗ ਇਨ ਕਰੋ ਅਤੇ ਸਿੰਕ ਕਰੋ, ਤਾਂ ਜੋ ਅਰਜ਼ੀਆਂ ਦੁਬਾਰਾ ਜੁੜ ਜਾਣ।
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
portal-queue-damaged = ਪੋਰਟਲ ਨਾਲ ਸਿੰਕ ਡਾਟਾ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਸੀ: ਇਸਦੀ ਇੱਕ ਕਾਪੀ ਡਾਟਾ ਫੋਲਡਰ ਵਿੱਚ “{ $file }” ਨਾਮ ਨਾਲ ਰੱਖੀ ਗਈ ਹੈ। ਇਸ ਕੰਪਿਊਟਰ 'ਤੇ ਅਰਜ਼ੀਆਂ ਅਤੇ ਦਸਤਾਵੇਜ਼ ਸੁਰੱਖਿਅਤ ਹਨ। ਪੋਰਟਲ ਵਿੱਚ ਲੌਗ ਇਨ ਕਰੋ ਅਤੇ ਸਿੰਕ ਕਰੋ: ਅਰਜ਼ੀਆਂ ਦੇ ਲਿੰਕ ਦੁਬਾਰਾ ਬਣਾਏ ਜਾਣਗੇ।
portal-queue-rebuilt =
    ਖ਼ਰਾਬ ਸਿੰਕ ਡਾਟਾ (ਕਾਪੀ “{ $file }”) ਦੁਬਾਰਾ ਬਣਾਇਆ ਗਿਆ: { $count ->
        [one] ਇੱਕ ਅਰਜ਼ੀ ਦੁਬਾਰਾ ਪੋਰਟਲ ਨਾਲ ਜੁੜ ਗਈ ਹੈ।
       *[other] { $count } ਅਰਜ਼ੀਆਂ ਦੁਬਾਰਾ ਪੋਰਟਲ ਨਾਲ ਜੁੜ ਗਈਆਂ ਹਨ।
    } ਪੋਰਟਲ ਨਾਲ ਫ਼ਰਕ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਦਿਖਾਏ ਜਾਣਗੇ।
portal-queue-dismiss = ਸਮਝ ਗਿਆ
# portal block, after portal-sync-pending:
portal-sync-uploads-failing =
    { $count ->
        [one] ਤਬਦੀਲੀਆਂ ਭੇਜ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ, ਪਰ ਇੱਕ ਦਸਤਾਵੇਜ਼ ਅੱਪਲੋਡ ਨਹੀਂ ਹੋਇਆ: { $error }
       *[other] ਤਬਦੀਲੀਆਂ ਭੇਜ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ, ਪਰ { $count } ਦਸਤਾਵੇਜ਼ ਅੱਪਲੋਡ ਨਹੀਂ ਹੋਏ (ਪਹਿਲਾ: { $error })
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

# --- validation ---
## ਖੇਤਰਾਂ ਦੀ ਜਾਂਚ (rules::Problem)
err-missing = ਇਹ ਖੇਤਰ ਲਾਜ਼ਮੀ ਹੈ।
err-invalid-date = ਮਿਤੀ ਸਹੀ ਨਹੀਂ: ਇਸਨੂੰ DD/MM/YYYY ਰੂਪ ਵਿੱਚ ਲਿਖੋ (ਜਿਵੇਂ 05/03/2020)।
err-impossible-date = ਇਹ ਮਿਤੀ ਮੌਜੂਦ ਨਹੀਂ: ਦਿਨ ਅਤੇ ਮਹੀਨਾ ਜਾਂਚੋ।
err-year-out-of-range = ਸਾਲ ਠੀਕ ਨਹੀਂ ਲੱਗਦਾ: ਇਸਨੂੰ ਪੂਰੇ ਚਾਰ ਅੰਕਾਂ ਵਿੱਚ ਲਿਖੋ।
err-date-in-future = ਮਿਤੀ ਭਵਿੱਖ ਦੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।
err-date-before-birth = ਮਿਤੀ ਜਨਮ ਮਿਤੀ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੈ।
err-end-before-start = ਅੰਤ ਦੀ ਮਿਤੀ ਸ਼ੁਰੂਆਤ ਦੀ ਮਿਤੀ ({ $start }) ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੈ।
err-date-before = ਮਿਤੀ { $event ->
        [event-first-entry] ਇਟਲੀ ਵਿੱਚ ਪਹਿਲੇ ਦਾਖ਼ਲੇ
        [event-marriage] ਵਿਆਹ
        [event-status-recognised] ਦਰਜਾ ਮਾਨਤਾ ਮਿਲਣ
       *[event-issue] ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
    } ({ $date }) ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।
err-expired = { $date } ਨੂੰ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ।
err-invalid-amount = ਰਕਮ ਸਹੀ ਨਹੀਂ: ਇਸਨੂੰ ਯੂਰੋ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 12.345,67 ਜਾਂ 12345.67।
err-wrong-amount = ਦੇਣਯੋਗ ਰਕਮ { $expected } ਯੂਰੋ ਹੈ।
err-invalid-email = ਈਮੇਲ ਪਤਾ ਸਹੀ ਨਹੀਂ (ਜਿਵੇਂ naam@esempio.it)।
err-invalid-phone = ਫ਼ੋਨ ਨੰਬਰ ਸਹੀ ਨਹੀਂ: ਸਿਰਫ਼ ਅੰਕ ਅਤੇ ਖ਼ਾਲੀ ਥਾਂ ਵਰਤੋ, ਅੰਤਰਰਾਸ਼ਟਰੀ ਕੋਡ ਤੋਂ ਪਹਿਲਾਂ + ਲਗਾਓ (ਜਿਵੇਂ +39 333 1234567)।
err-invalid-province = ਸੂਬੇ ਦਾ ਛੋਟਾ ਰੂਪ ਸਹੀ ਨਹੀਂ: ਦੋ ਅੱਖਰ ਚਾਹੀਦੇ ਹਨ, ਜਿਵੇਂ MI।
err-invalid-postcode = ਡਾਕ ਕੋਡ (CAP) ਸਹੀ ਨਹੀਂ: ਪੰਜ ਅੰਕ ਚਾਹੀਦੇ ਹਨ।
err-invalid-year = ਸਾਲ ਸਹੀ ਨਹੀਂ: ਚਾਰ ਅੰਕ ਲਿਖੋ, ਜਿਵੇਂ 2024।
err-invalid-notice-code = ਕੋਡ ਸਹੀ ਨਹੀਂ: pagoPA ਨੋਟਿਸ ਕੋਡ ਵਿੱਚ 18 ਅੰਕ ਹੁੰਦੇ ਹਨ, IUV ਵਿੱਚ 15 ਤੋਂ 25 ਅੱਖਰ ਜਾਂ ਅੰਕ।
err-invalid-name = ਸਿਰਫ਼ ਅੱਖਰ, ਖ਼ਾਲੀ ਥਾਂ, ਅਪੌਸਟ੍ਰਫ਼ੀ, ਬਿੰਦੂ ਅਤੇ ਹਾਈਫ਼ਨ ਦੀ ਇਜਾਜ਼ਤ ਹੈ।
err-birth-place-contradicts-basis = ਤੁਸੀਂ ਇਟਲੀ ਵਿੱਚ ਜਨਮ ਦੱਸਿਆ ਹੈ, ਪਰ ਨਿੱਜੀ ਵੇਰਵਿਆਂ ਵਿੱਚ ਜਨਮ ਸਥਾਨ ਵਿਦੇਸ਼ ਵਿੱਚ ਹੈ।
err-spouse-not-italian = ਵਿਆਹ ਦੇ ਆਧਾਰ ਤੇ ਅਰਜ਼ੀ (ਧਾਰਾ 5) ਲਈ ਜੀਵਨ ਸਾਥੀ ਦਾ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ।
err-not-married = ਵਿਆਹ ਦੇ ਆਧਾਰ ਤੇ ਅਰਜ਼ੀ (ਧਾਰਾ 5) ਲਈ ਵਿਆਹੁਤਾ ਸਥਿਤੀ “ਵਿਆਹਿਆ/ਵਿਆਹੀ” ਜਾਂ “ਸਿਵਲ ਯੂਨੀਅਨ” ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
err-atto-notorio-not-allowed = ਹਲਫ਼ਨਾਮਾ (atto notorio) ਜਨਮ ਸਰਟੀਫਿਕੇਟ ਦੀ ਥਾਂ ਸਿਰਫ਼ ਸ਼ਰਨਾਰਥੀਆਂ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀਆਂ ਲਈ ਮੰਨਿਆ ਜਾਂਦਾ ਹੈ।
err-translation-required = ਦਸਤਾਵੇਜ਼ ਦਾ ਇਤਾਲਵੀ ਵਿੱਚ ਅਨੁਵਾਦ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ (ਜਾਂ ਇਹ ਬਹੁ-ਭਾਸ਼ੀ ਨਕਲ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ)।
err-residence-gap = { $from } ਤੋਂ { $to } ਤੱਕ ਦੀ ਰਿਹਾਇਸ਼ ਦਰਜ ਨਹੀਂ: ਛੁੱਟਿਆ ਸਮਾਂ ਜੋੜੋ ਜਾਂ ਮਿਤੀਆਂ ਠੀਕ ਕਰੋ।
err-residence-overlap = ਇਹ ਸਮਾਂ ਸਮਾਂ-ਨੰਬਰ { $other } ਨਾਲ ਟਕਰਾਉਂਦਾ ਹੈ।
err-open-period-not-last = ਸਿਰਫ਼ ਮੌਜੂਦਾ, ਭਾਵ ਆਖ਼ਰੀ ਰਿਹਾਇਸ਼ ਦੀ ਅੰਤ ਮਿਤੀ ਖ਼ਾਲੀ ਰਹਿ ਸਕਦੀ ਹੈ।
err-residences-not-up-to-date = ਆਖ਼ਰੀ ਰਿਹਾਇਸ਼ { $date } ਨੂੰ ਖ਼ਤਮ ਹੁੰਦੀ ਹੈ: ਮੌਜੂਦਾ ਰਿਹਾਇਸ਼ ਜੋੜੋ।
err-registered-before-14-contradicted = ਦਰਜ ਰਿਹਾਇਸ਼ਾਂ ਅਨੁਸਾਰ, ਆਬਾਦੀ ਰਜਿਸਟਰ (anagrafe) ਵਿੱਚ ਪਹਿਲਾ ਦਾਖ਼ਲਾ 14 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਬਾਅਦ ਹੋਇਆ ਸੀ।
err-income-year-missing = { $year } ਦੀ ਆਮਦਨ ਦਰਜ ਨਹੀਂ।
err-income-year-not-required = ਸਿਰਫ਼ ਇਹਨਾਂ ਸਾਲਾਂ ਦੀ ਆਮਦਨ ਚਾਹੀਦੀ ਹੈ: { $years }।
err-duplicate-year = ਇਹ ਸਾਲ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਦਰਜ ਕਰ ਚੁੱਕੇ ਹੋ।
err-criminal-certificate-missing = ਇਸ ਦੇਸ਼ ਦਾ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) ਨਹੀਂ ਹੈ: { $country }।
err-language-level-too-low = ਪੱਧਰ { $level } ਕਾਫ਼ੀ ਨਹੀਂ: ਘੱਟੋ-ਘੱਟ B1 ਪੱਧਰ ਚਾਹੀਦਾ ਹੈ।
err-invalid-language-level = ਪੱਧਰ ਸਹੀ ਨਹੀਂ: A1, A2, B1, B2, C1 ਜਾਂ C2 ਲਿਖੋ।
err-exemption-needs-long-term-permit = ਇਹ ਛੋਟ ਸਿਰਫ਼ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਨ੍ਹਾਂ ਕੋਲ ਲੰਮੇ ਸਮੇਂ ਦੇ ਨਿਵਾਸੀਆਂ ਲਈ EU ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno UE per soggiornanti di lungo periodo) ਹੈ (ਭਾਗ 4 ਵਿੱਚ ਦਰਜ ਕਰੋ)।
err-exemption-not-for-eu-citizens = ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕਾਂ ਨੂੰ ਛੋਟ ਨਹੀਂ: B1 ਪੱਧਰ ਦਾ ਸਰਟੀਫਿਕੇਟ ਚਾਹੀਦਾ ਹੈ।
err-must-accept = ਅਰਜ਼ੀ ਭੇਜਣ ਲਈ ਤੁਹਾਨੂੰ ਇਸ ਘੋਸ਼ਣਾ ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਉਣਾ ਪਵੇਗਾ।
err-document-missing = ਇੱਕ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਹੈ: { $kind ->
        [doc-birth-certificate] ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita)
        [doc-criminal-record] ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale)
        [doc-identity-document] ਪਛਾਣ ਦਸਤਾਵੇਜ਼
        [doc-residence-permit] ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ ਸਰਟੀਫਿਕੇਟ
        [doc-income-statement] ਆਮਦਨ ਟੈਕਸ ਰਿਟਰਨ
        [doc-payment-receipt] ਭੁਗਤਾਨ ਦੀ ਰਸੀਦ
        [doc-marriage-certificate] ਵਿਆਹ ਸਰਟੀਫਿਕੇਟ (atto di matrimonio)
        [doc-atto-notorio] ਹਲਫ਼ਨਾਮਾ (atto notorio)
       *[doc-other] ਕੋਈ ਹੋਰ ਦਸਤਾਵੇਜ਼
    }।
err-document-missing-for = ਇੱਕ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਹੈ: { $kind ->
        [doc-birth-certificate] ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita)
        [doc-criminal-record] ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale)
        [doc-identity-document] ਪਛਾਣ ਦਸਤਾਵੇਜ਼
        [doc-residence-permit] ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] ਇਤਾਲਵੀ ਭਾਸ਼ਾ ਦਾ ਸਰਟੀਫਿਕੇਟ
        [doc-income-statement] ਆਮਦਨ ਟੈਕਸ ਰਿਟਰਨ
        [doc-payment-receipt] ਭੁਗਤਾਨ ਦੀ ਰਸੀਦ
        [doc-marriage-certificate] ਵਿਆਹ ਸਰਟੀਫਿਕੇਟ (atto di matrimonio)
        [doc-atto-notorio] ਹਲਫ਼ਨਾਮਾ (atto notorio)
       *[doc-other] ਕੋਈ ਹੋਰ ਦਸਤਾਵੇਜ਼
    } ({ $detail })।
err-document-expired = ਦਸਤਾਵੇਜ਼ ਦੀ ਮਿਆਦ { $date } ਨੂੰ ਖ਼ਤਮ ਹੋ ਗਈ ({ $kind ->
        [doc-criminal-record] ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ ਜਾਰੀ ਹੋਣ ਦੀ ਮਿਤੀ ਤੋਂ ਛੇ ਮਹੀਨੇ ਤੱਕ ਯੋਗ ਰਹਿੰਦਾ ਹੈ
        [doc-identity-document] ਪਛਾਣ ਦਸਤਾਵੇਜ਼
        [doc-residence-permit] ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ
       *[doc-other] ਨੱਥੀ ਦਸਤਾਵੇਜ਼
    }): ਇੱਕ ਯੋਗ ਦਸਤਾਵੇਜ਼ ਨੱਥੀ ਕਰੋ।
err-attachment-incomplete = ਨੱਥੀ ਅਧੂਰੀ ਹੈ: ਫਾਈਲ ਜਾਂ ਦਸਤਾਵੇਜ਼ ਦੀ ਕਿਸਮ ਨਹੀਂ ਹੈ।
info-residence-span = { $from } ਤੋਂ { $to } ਤੱਕ ਲਗਾਤਾਰ ਰਿਹਾਇਸ਼ (ਪੂਰੇ ਸਾਲ: { $years })।

## K10 ਨੰਬਰ
k10-kind-naturalisation = ਰਿਹਾਇਸ਼ ਦੇ ਆਧਾਰ ਤੇ ਨਾਗਰਿਕਤਾ
k10-kind-marriage = ਵਿਆਹ ਦੇ ਆਧਾਰ ਤੇ ਨਾਗਰਿਕਤਾ
err-k10-empty = K10 ਨੰਬਰ ਲਿਖੋ।
err-k10-prefix = K10 ਨੰਬਰ “K10/” ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ K10/0000001 ਜਾਂ K10/C/0000001।
err-k10-kind = “K10/” ਤੋਂ ਬਾਅਦ ਸੱਤ ਅੰਕ (ਰਿਹਾਇਸ਼ ਲਈ) ਜਾਂ “C/” ਅਤੇ ਸੱਤ ਅੰਕ (ਵਿਆਹ ਲਈ) ਆਉਂਦੇ ਹਨ।
err-k10-digits = ਨੰਬਰ ਵਿੱਚ ਸ਼ੁਰੂਆਤੀ ਸਿਫ਼ਰਾਂ ਸਮੇਤ ਸੱਤ ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ; ਇੱਥੇ { $found } ਹਨ।
err-k10-character = ਨੰਬਰ ਵਿੱਚ “{ $character }” ਹੈ: ਸਿਰਫ਼ ਅੰਕਾਂ ਦੀ ਇਜਾਜ਼ਤ ਹੈ।
err-k10-zero = 0000000 ਸਹੀ K10 ਨੰਬਰ ਨਹੀਂ ਹੈ।
err-k10-wrong-kind-marriage = ਵਿਆਹ ਦੇ ਆਧਾਰ 'ਤੇ ਨਾਗਰਿਕਤਾ (ਧਾਰਾ 5) ਲਈ ਨੰਬਰ ਦਾ ਰੂਪ { $expected } ਹੁੰਦਾ ਹੈ, “C/” ਨਾਲ।
err-k10-wrong-kind-naturalisation = ਰਿਹਾਇਸ਼ ਦੇ ਆਧਾਰ 'ਤੇ ਨਾਗਰਿਕਤਾ (ਧਾਰਾ 9) ਲਈ ਨੰਬਰ ਦਾ ਰੂਪ { $expected } ਹੁੰਦਾ ਹੈ, “C/” ਤੋਂ ਬਿਨਾਂ।
# --- end validation ---

# --- pdf ---
pdf-doc-spid = SPID ਲਈ ਫਾਰਮ (ਅਰਜ਼ੀ ਜੋੜਨ ਲਈ ਸਵੈ-ਘੋਸ਼ਣਾ, autocertificazione)
pdf-doc-maintenance = ਗੁਜ਼ਾਰੇ ਦੀ ਘੋਸ਼ਣਾ (dichiarazione di mantenimento)
pdf-doc-change = ਸੰਪਰਕ ਵੇਰਵਿਆਂ ਅਤੇ ਆਮਦਨ ਵਿੱਚ ਤਬਦੀਲੀ
pdf-doc-summary = ਸਹਾਇਤਾ ਕੇਂਦਰ ਲਈ ਸਾਰ
pdf-group-declarant = ਘੋਸ਼ਣਾ ਕਰਨ ਵਾਲੇ ਦੇ ਵੇਰਵੇ
pdf-group-supporter = ਗੁਜ਼ਾਰਾ ਕਰਨ ਵਾਲਾ ਪਰਿਵਾਰਕ ਮੈਂਬਰ
pdf-group-applicant = ਨਾਗਰਿਕਤਾ ਦਾ ਬਿਨੈਕਾਰ
pdf-group-document = ਪਛਾਣ ਦਸਤਾਵੇਜ਼
pdf-group-statement = ਘੋਸ਼ਣਾ
pdf-group-as-in-application = ਅਰਜ਼ੀ ਅਨੁਸਾਰ ਵੇਰਵੇ
pdf-group-as-in-spid = SPID ਅਨੁਸਾਰ ਵੇਰਵੇ
pdf-group-income = ਆਮਦਨ
pdf-group-changes = ਤਬਦੀਲੀਆਂ
pdf-group-signature = ਥਾਂ ਅਤੇ ਮਿਤੀ
pdf-field-surname = ਉਪਨਾਮ
pdf-field-name = ਨਾਮ
pdf-field-birth-surname = ਜਨਮ ਸਮੇਂ ਉਪਨਾਮ (ਜੇ ਵੱਖਰਾ ਹੋਵੇ)
pdf-field-sex = ਲਿੰਗ
pdf-field-birth-date = ਜਨਮ ਮਿਤੀ
pdf-field-birth-place = ਜਨਮ ਸਥਾਨ
pdf-field-citizenship = ਨਾਗਰਿਕਤਾ
pdf-field-codice-fiscale = ਟੈਕਸ ਕੋਡ (codice fiscale)
pdf-field-residence = ਰਿਹਾਇਸ਼ (ਪੂਰਾ ਪਤਾ)
pdf-field-email = ਈਮੇਲ ਜਾਂ ਪ੍ਰਮਾਣਿਤ ਈਮੇਲ (PEC)
pdf-field-phone = ਫ਼ੋਨ
pdf-field-document-kind = ਦਸਤਾਵੇਜ਼ ਦੀ ਕਿਸਮ
pdf-field-document-number = ਦਸਤਾਵੇਜ਼ ਨੰਬਰ
pdf-field-document-issuer = ਜਾਰੀ ਕਰਨ ਵਾਲਾ
pdf-field-document-expiry = ਦਸਤਾਵੇਜ਼ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋਣ ਦੀ ਮਿਤੀ
pdf-field-prefecture = ਪ੍ਰੀਫੈਕਚਰ (Prefettura)
pdf-field-k10-number = ਅਰਜ਼ੀ ਨੰਬਰ (K10)
pdf-field-submitted-on = ਅਰਜ਼ੀ ਭੇਜਣ ਦੀ ਮਿਤੀ
pdf-field-mismatch-reason = ਅਰਜ਼ੀ ਅਤੇ SPID ਵਿੱਚ ਫ਼ਰਕ ਦਾ ਕਾਰਨ
pdf-field-ticket = ਹੈਲਪ ਡੈਸਕ ਟਿਕਟ ਨੰਬਰ
pdf-field-place = ਦਸਤਖ਼ਤ ਦੀ ਥਾਂ
pdf-field-date = ਦਸਤਖ਼ਤ ਦੀ ਮਿਤੀ
pdf-field-relationship = ਬਿਨੈਕਾਰ ਨਾਲ ਰਿਸ਼ਤਾ
pdf-field-same-household = ਬਿਨੈਕਾਰ ਦੇ ਪਰਿਵਾਰਕ ਸਰਟੀਫਿਕੇਟ (stato di famiglia) ਵਿੱਚ ਸ਼ਾਮਲ
pdf-field-supported-since = ਗੁਜ਼ਾਰੇ ਦੀ ਸ਼ੁਰੂਆਤ
pdf-field-income-rows = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਸਾਲ ਦੀ ਆਮਦਨ
pdf-field-income-year = ਟੈਕਸ ਸਾਲ (ਕਤਾਰ { $row })
pdf-field-income-amount = ਟੈਕਸਯੋਗ ਆਮਦਨ { $year }
pdf-field-income-source = ਟੈਕਸ ਦਸਤਾਵੇਜ਼ { $year }
pdf-field-changes-any = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਬਦੀਲੀ (ਸੰਪਰਕ ਜਾਂ ਆਮਦਨ)
pdf-field-new-residence = ਨਵੀਂ ਰਿਹਾਇਸ਼
pdf-field-residence-since = ਨਵੇਂ ਪਤੇ ਤੇ ਰਿਹਾਇਸ਼ ਦੀ ਸ਼ੁਰੂਆਤ
pdf-field-new-email = ਨਵਾਂ ਈਮੇਲ ਜਾਂ PEC ਪਤਾ
pdf-field-new-phone = ਨਵਾਂ ਫ਼ੋਨ ਨੰਬਰ
err-pdf-missing-fields = { $count ->
    [one] ਦਸਤਾਵੇਜ਼ ਛਾਪਣ ਲਈ ਇੱਕ ਲੋੜੀਂਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ।
   *[other] ਦਸਤਾਵੇਜ਼ ਛਾਪਣ ਲਈ { $count } ਲੋੜੀਂਦੀਆਂ ਜਾਣਕਾਰੀਆਂ ਨਹੀਂ ਹਨ।
}
err-pdf-unknown-field = ਅਣਜਾਣ ਖੇਤਰ: { $field }।
err-pdf-invalid-value = { $field } ਲਈ ਮੁੱਲ ਸਹੀ ਨਹੀਂ।
err-pdf-font = ਸ਼ਾਮਲ ਫੌਂਟ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਐਪਲੀਕੇਸ਼ਨ ਦੁਬਾਰਾ ਇੰਸਟਾਲ ਕਰੋ।
pdf-page-of = ਸਫ਼ਾ { $page } / { $pages }
pdf-summary-title = ਨਾਗਰਿਕਤਾ ਅਰਜ਼ੀ ਦਾ ਸਾਰ
pdf-summary-printed-on = { $date } ਨੂੰ ਛਾਪਿਆ – ਸਹਾਇਤਾ ਕੇਂਦਰ ਲਈ ਯਾਦ-ਪੱਤਰ, ਸਰਕਾਰੀ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ
pdf-summary-footer = ਸਾਰ – { $name } – { $date }
pdf-summary-unnamed = (ਅਜੇ ਨਾਮ ਦਰਜ ਨਹੀਂ)
pdf-summary-applicant = ਬਿਨੈਕਾਰ
pdf-label-name = ਉਪਨਾਮ ਅਤੇ ਨਾਮ
pdf-label-codice-fiscale = ਟੈਕਸ ਕੋਡ (codice fiscale)
pdf-label-birth = ਜਨਮ ਮਿਤੀ ਅਤੇ ਸਥਾਨ
pdf-label-citizenship = ਨਾਗਰਿਕਤਾ
pdf-label-basis = ਅਰਜ਼ੀ ਦਾ ਕਾਨੂੰਨੀ ਆਧਾਰ
pdf-label-prefecture = ਪ੍ਰੀਫੈਕਚਰ (Prefettura)
pdf-label-k10 = ਅਰਜ਼ੀ ਨੰਬਰ
pdf-label-email = ਈਮੇਲ / PEC
pdf-label-phone = ਫ਼ੋਨ
pdf-summary-not-submitted = ਅਰਜ਼ੀ ਅਜੇ ਭੇਜੀ ਨਹੀਂ ਗਈ
pdf-summary-sections = ਭਾਗਾਂ ਦੀ ਸਥਿਤੀ
pdf-summary-sections-done = { $total } ਵਿੱਚੋਂ { $done } ਭਾਗ ਪੂਰੇ
pdf-summary-section-complete = ਪੂਰਾ
pdf-summary-section-incomplete = ਪੂਰਾ ਕਰਨਾ ਬਾਕੀ
pdf-summary-documents = ਨਾਲ ਲਿਆਉਣ ਵਾਲੇ ਦਸਤਾਵੇਜ਼
pdf-summary-documents-intro = ਨੱਥੀ ਦਸਤਾਵੇਜ਼ਾਂ ਦੀਆਂ ਅਸਲ ਕਾਪੀਆਂ ਲਿਆਓ ਅਤੇ ਜੋ ਨਹੀਂ ਹਨ ਉਹ ਪ੍ਰਾਪਤ ਕਰੋ।
pdf-summary-doc-missing = ਪ੍ਰਾਪਤ ਕਰਨਾ ਹੈ
pdf-summary-doc-exempt = ਲੋੜ ਨਹੀਂ
pdf-summary-doc-provided = ਨੱਥੀ
pdf-summary-doc-expiring = ਨੱਥੀ, { $date } ਤੱਕ ਯੋਗ
pdf-summary-doc-expired = { $date } ਨੂੰ ਮਿਆਦ ਖ਼ਤਮ: ਨਵਿਆਉਣਾ ਲਾਜ਼ਮੀ
pdf-summary-deadlines = ਆਖ਼ਰੀ ਮਿਤੀਆਂ
pdf-summary-no-deadlines = ਦਰਜ ਜਾਣਕਾਰੀ ਤੋਂ ਕੋਈ ਆਖ਼ਰੀ ਮਿਤੀ ਨਹੀਂ ਨਿਕਲਦੀ।
pdf-summary-col-deadline = ਕਿਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੁੰਦੀ ਹੈ
pdf-summary-col-date = ਮਿਤੀ
pdf-summary-col-when = ਕਦੋਂ
pdf-summary-deadline-past = ਪਹਿਲਾਂ ਹੀ ਖ਼ਤਮ
pdf-summary-deadline-in-days = { $days ->
    [0] ਅੱਜ
    [one] ਕੱਲ੍ਹ
   *[other] { $days } ਦਿਨਾਂ ਵਿੱਚ
}
pdf-summary-deadline-criminal-record = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) ({ $country }): ਜਾਰੀ ਹੋਣ ਤੋਂ 6 ਮਹੀਨੇ ਯੋਗ
pdf-summary-deadline-permit = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno)
pdf-summary-deadline-passport = ਵਿਦੇਸ਼ੀ ਦਸਤਾਵੇਜ਼ ({ $document })
pdf-summary-deadline-id-card = ਇਤਾਲਵੀ ਪਛਾਣ ਪੱਤਰ (carta d'identità)
pdf-summary-disclaimer = ਇਹ ਸਾਰ ਐਪਲੀਕੇਸ਼ਨ ਵਿੱਚ ਦਰਜ ਜਾਣਕਾਰੀ ਤੋਂ ਬਣਾਇਆ ਗਿਆ ਹੈ ਅਤੇ ਪ੍ਰੀਫੈਕਚਰ ਅਤੇ ਗ੍ਰਹਿ ਮੰਤਰਾਲੇ ਦੇ ਪੋਰਟਲ ਦੀਆਂ ਹਦਾਇਤਾਂ ਦੀ ਥਾਂ ਨਹੀਂ ਲੈਂਦਾ।
pdf-summary-desk-date = ਮਿਤੀ: { $date }
pdf-summary-desk-operator = ਸਹਾਇਤਾ ਕੇਂਦਰ ਦਾ ਆਪਰੇਟਰ
pdf-summary-detail-year = ਸਾਲ { $year }
pdf-summary-detail-replaces = ਇਸਦੀ ਥਾਂ: { $document }
pdf-summary-detail-contribution = 250 € ਫੀਸ (contributo)
pdf-summary-detail-stamp-duty = 16 € ਮਾਲੀਆ ਟਿਕਟ (marca da bollo)
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਹਨ: ਤੁਸੀਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ
verdict-not-yet = ਅਜੇ ਨਹੀਂ: ਤੁਸੀਂ { $date } ਤੋਂ ਅਰਜ਼ੀ ਦੇ ਸਕੋਗੇ
verdict-not-eligible = ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਨਹੀਂ
verdict-borderline = ਸ਼ੱਕੀ ਮਾਮਲਾ: ਦੱਸੇ ਨੁਕਤੇ ਜਾਂਚੋ
verdict-more-information = ਜਾਂਚ ਲਈ ਹੋਰ ਜਾਣਕਾਰੀ ਚਾਹੀਦੀ ਹੈ

elig-basis-missing = ਸ਼ਰਤਾਂ ਜਾਂਚਣ ਲਈ ਅਰਜ਼ੀ ਦਾ ਆਧਾਰ (ਧਾਰਾ 5 ਜਾਂ ਧਾਰਾ 9) ਚੁਣੋ।
elig-unreadable = ਖੇਤਰ { $field } ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ ਅਤੇ ਇਸਨੂੰ ਗਿਣਿਆ ਨਹੀਂ ਗਿਆ।
elig-residence-missing = ਇਟਲੀ ਵਿੱਚ ਕੋਈ ਰਿਹਾਇਸ਼ ਦਰਜ ਨਹੀਂ: ਰਜਿਸਟਰਡ ਰਿਹਾਇਸ਼ (residenza anagrafica) ਦੇ ਸਮੇਂ ਦਰਜ ਕਰੋ।
elig-residence-not-current = ਆਖ਼ਰੀ ਦਰਜ ਰਿਹਾਇਸ਼ { $date } ਨੂੰ ਖ਼ਤਮ ਹੋਈ: ਇਟਲੀ ਵਿੱਚ ਮੌਜੂਦਾ ਰਿਹਾਇਸ਼ ਲਾਜ਼ਮੀ ਹੈ।
elig-residence-gap = { $from } ਅਤੇ { $to } ਵਿਚਕਾਰ ਰਿਹਾਇਸ਼ ਨਹੀਂ: ਲਗਾਤਾਰਤਾ ਟੁੱਟ ਜਾਂਦੀ ਹੈ ਅਤੇ ਗਿਣਤੀ ਮੁੜ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ।
elig-residence-met = { $since } ਤੋਂ ਲਗਾਤਾਰ ਕਾਨੂੰਨੀ ਰਿਹਾਇਸ਼: ਲੋੜੀਂਦੇ { $years } ਸਾਲ { $date } ਨੂੰ ਪੂਰੇ ਹੋ ਗਏ।
elig-residence-not-yet = { $since } ਤੋਂ ਲਗਾਤਾਰ ਕਾਨੂੰਨੀ ਰਿਹਾਇਸ਼: ਲੋੜੀਂਦੇ { $years } ਸਾਲ { $date } ਨੂੰ ਪੂਰੇ ਹੋਣਗੇ।
elig-descendant-rule-changed = ਇਤਾਲਵੀ ਨਾਗਰਿਕਾਂ ਦੀ ਔਲਾਦ ਲਈ ਕਾਨੂੰਨ 74/2025 ਨੇ ਸਮਾਂ 3 ਤੋਂ ਘਟਾ ਕੇ 2 ਸਾਲ ਕਰ ਦਿੱਤਾ ਹੈ: ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨਾਲ ਪੁਸ਼ਟੀ ਕਰੋ।
elig-born-in-italy-unanswered = ਦੱਸੋ ਕਿ ਤੁਹਾਡਾ ਜਨਮ ਇਟਲੀ ਵਿੱਚ ਹੋਇਆ ਜਾਂ ਤੁਸੀਂ ਜਨਮ ਤੋਂ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਦੀ ਔਲਾਦ ਹੋ।
elig-adoption-date-missing = ਗੋਦ ਲੈਣ ਦੀ ਮਿਤੀ ਦਰਜ ਕਰੋ: 5 ਸਾਲ ਦੀ ਰਿਹਾਇਸ਼ ਉਸੇ ਮਿਤੀ ਤੋਂ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
elig-service-missing = ਇਤਾਲਵੀ ਰਾਜ ਦੀ ਸੇਵਾ ਦੀਆਂ ਮਿਤੀਆਂ ਦਰਜ ਕਰੋ।
elig-service-met = { $since } ਤੋਂ ਰਾਜ ਦੀ ਸੇਵਾ: 5 ਸਾਲ { $date } ਨੂੰ ਪੂਰੇ ਹੋ ਗਏ।
elig-service-not-yet = { $since } ਤੋਂ ਰਾਜ ਦੀ ਸੇਵਾ: 5 ਸਾਲ { $date } ਨੂੰ ਪੂਰੇ ਹੋਣਗੇ।
elig-service-too-short = ਰਾਜ ਦੀ ਸੇਵਾ ({ $since } ਤੋਂ { $date } ਤੱਕ) 5 ਸਾਲ ਤੋਂ ਘੱਟ ਰਹੀ।
elig-not-eu-citizen = ਅੱਖਰ d) ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕਾਂ ਲਈ ਹੈ: ਦਰਜ ਨਾਗਰਿਕਤਾ ਜਾਂਚੋ।
elig-refugee-status-missing = ਅੱਖਰ e) ਸ਼ਰਨਾਰਥੀਆਂ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀਆਂ ਲਈ ਹੈ: ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਦਰਜਾ ਦੱਸੋ।
elig-marriage-date-missing = ਵਿਆਹ ਜਾਂ ਸਿਵਲ ਯੂਨੀਅਨ ਦੀ ਮਿਤੀ ਦਰਜ ਕਰੋ।
elig-spouse-not-italian = ਜੀਵਨ ਸਾਥੀ ਦਾ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ।
elig-spouse-citizenship-unanswered = ਦੱਸੋ ਕਿ ਜੀਵਨ ਸਾਥੀ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਹੈ ਜਾਂ ਨਹੀਂ।
elig-separated = ਪਤੀ-ਪਤਨੀ ਦੇ ਕਾਨੂੰਨੀ ਤੌਰ ਤੇ ਵੱਖ (separazione personale) ਹੋਣ ਦੀ ਸੂਰਤ ਵਿੱਚ ਵਿਆਹ ਦੇ ਆਧਾਰ ਤੇ ਨਾਗਰਿਕਤਾ ਨਹੀਂ ਦਿੱਤੀ ਜਾ ਸਕਦੀ।
elig-marriage-ended = ਵਿਆਹ ਹੁਕਮ (decreto) ਤੱਕ ਕਾਇਮ ਰਹਿਣਾ ਚਾਹੀਦਾ ਹੈ (ਭੰਗ, ਰੱਦ ਜਾਂ ਖ਼ਤਮ ਨਾ ਹੋਵੇ)।
elig-marriage-residence-met = ਵਿਆਹ ਤੋਂ ਬਾਅਦ { $since } ਤੋਂ ਇਟਲੀ ਵਿੱਚ ਕਾਨੂੰਨੀ ਰਿਹਾਇਸ਼: ਲੋੜੀਂਦੇ { $months } ਮਹੀਨੇ { $date } ਨੂੰ ਪੂਰੇ ਹੋ ਗਏ।
elig-marriage-residence-not-yet = ਵਿਆਹ ਤੋਂ ਬਾਅਦ { $since } ਤੋਂ ਇਟਲੀ ਵਿੱਚ ਕਾਨੂੰਨੀ ਰਿਹਾਇਸ਼: ਲੋੜੀਂਦੇ { $months } ਮਹੀਨੇ { $date } ਨੂੰ ਪੂਰੇ ਹੋਣਗੇ।
elig-marriage-met = { $since } ਦਾ ਵਿਆਹ: ਲੋੜੀਂਦੇ { $months } ਮਹੀਨੇ { $date } ਨੂੰ ਪੂਰੇ ਹੋ ਗਏ।
elig-marriage-not-yet = { $since } ਦਾ ਵਿਆਹ: ਲੋੜੀਂਦੇ { $months } ਮਹੀਨੇ { $date } ਨੂੰ ਪੂਰੇ ਹੋਣਗੇ।
elig-children-halve-period = ਜੋੜੇ ਦੇ ਜਨਮੇ ਜਾਂ ਗੋਦ ਲਏ ਬੱਚੇ ਹੋਣ ਤਾਂ ਲੋੜੀਂਦਾ ਸਮਾਂ ਅੱਧਾ ਹੋ ਜਾਂਦਾ ਹੈ।
elig-no-income-requirement = ਵਿਆਹ ਦੇ ਆਧਾਰ ਤੇ ਨਾਗਰਿਕਤਾ ਲਈ ਘੱਟੋ-ਘੱਟ ਆਮਦਨ ਦੀ ਲੋੜ ਨਹੀਂ।
elig-income-met = ਆਮਦਨ { $year }: { $income } € (ਘੱਟੋ-ਘੱਟ { $threshold } €)।
elig-income-below = ਆਮਦਨ { $year }: { $income } € ਘੱਟੋ-ਘੱਟ { $threshold } € ਤੋਂ ਘੱਟ ਹੈ। ਇੱਕੋ ਪਰਿਵਾਰਕ ਸਰਟੀਫਿਕੇਟ (stato di famiglia) ਵਾਲੇ ਪਰਿਵਾਰਕ ਮੈਂਬਰਾਂ ਦੀ ਆਮਦਨ ਜੋੜੀ ਜਾ ਸਕਦੀ ਹੈ।
elig-income-borderline = ਆਮਦਨ { $year }: { $income } €, { $lower } € (516,00 € ਤੱਕ ਪੂਰਨ ਕੀਤਾ ਵਾਧਾ) ਅਤੇ { $threshold } € (ਹਰ ਨਿਰਭਰ ਮੈਂਬਰ ਲਈ 516,46 €) ਦੇ ਵਿਚਕਾਰ ਹੈ: ਸ਼ੱਕੀ ਮਾਮਲਾ।
elig-income-missing = { $year } ਦੀ ਆਮਦਨ ਦਰਜ ਨਹੀਂ: ਅਰਜ਼ੀ ਤੋਂ ਪਹਿਲਾਂ ਦੇ ਤਿੰਨ ਸਾਲਾਂ ਦੀ ਆਮਦਨ ਚਾਹੀਦੀ ਹੈ।
elig-consider-basis = ਧਾਰਾ 9 ਦੇ ਅੱਖਰ { $letter }) ਨਾਲ { $years } ਸਾਲ ਦੀ ਰਿਹਾਇਸ਼ ਕਾਫ਼ੀ ਹੈ।
elig-residence-gap-cancelled = ਰਿਹਾਇਸ਼ { $from } ਤੋਂ { $to } ਤੱਕ ਟੁੱਟੀ ਰਹੀ (ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਰੱਦ ਹੋਈ ਅਤੇ ਫਿਰ ਬਹਾਲ ਹੋਈ): ਲਗਾਤਾਰ ਰਿਹਾਇਸ਼ { $to } ਦੀ ਨਵੀਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਤੋਂ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
elig-residence-gap-abroad = { $from } ਤੋਂ { $to } ਤੱਕ ਤੁਸੀਂ ਵਿਦੇਸ਼ ਵਿੱਚ ਰਹੇ: ਲਗਾਤਾਰ ਰਿਹਾਇਸ਼ ਤੁਹਾਡੀ ਵਾਪਸੀ, ਯਾਨੀ { $to }, ਤੋਂ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
elig-residence-gap-other = ਰਿਹਾਇਸ਼ { $from } ਤੋਂ { $to } ਤੱਕ ਟੁੱਟੀ ਰਹੀ: ਲਗਾਤਾਰ ਰਿਹਾਇਸ਼ { $to } ਤੋਂ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
elig-presence-proof = ਜੇ ਉਸ ਸਮੇਂ ({ $from } ਤੋਂ { $to } ਤੱਕ) ਤੁਸੀਂ ਇਟਲੀ ਵਿੱਚ ਹੀ ਰਹਿੰਦੇ ਰਹੇ, ਤਾਂ ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਲਗਾਤਾਰ ਮੌਜੂਦਗੀ ਦਾ ਸਬੂਤ ਮੰਨ ਸਕਦਾ ਹੈ: ਕਿਰਾਏ ਜਾਂ ਨੌਕਰੀ ਦੇ ਇਕਰਾਰਨਾਮੇ, ਤਨਖ਼ਾਹ ਪਰਚੀਆਂ, ਡਾਕਟਰੀ ਜਾਂ ਫੈਮਿਲੀ ਡਾਕਟਰ ਦੇ ਸਰਟੀਫਿਕੇਟ। ਇਹ ਪੱਕਾ ਨਹੀਂ ਹੈ: ਆਪਣੇ ਪ੍ਰੀਫੈਕਚਰ ਤੋਂ ਪੁੱਛੋ।
elig-subsidiary-protection = ਸਹਾਇਕ ਸੁਰੱਖਿਆ (protezione sussidiaria) ਦੇ ਪਰਮਿਟ ਨਾਲ ਅੱਖਰ e) ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ (ਸਿਰਫ਼ ਸ਼ਰਨਾਰਥੀ ਅਤੇ ਰਾਜ-ਰਹਿਤ ਵਿਅਕਤੀ): ਅੱਖਰ f) ਲਾਗੂ ਹੁੰਦਾ ਹੈ, 10 ਸਾਲ ਦੀ ਰਿਹਾਇਸ਼ ਨਾਲ, ਅਤੇ ਜਨਮ ਅਤੇ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟਾਂ ਤੋਂ ਸ਼ਰਨਾਰਥੀਆਂ ਵਾਲੀ ਛੋਟ (atto notorio) ਨਹੀਂ ਮਿਲਦੀ। ਅੱਖਰ f) ਚੁਣੋ।
elig-marriage-separation = { $date } ਤੋਂ ਅਲਹਿਦਗੀ: ਪਤੀ-ਪਤਨੀ ਦੀ ਕਾਨੂੰਨੀ ਅਲਹਿਦਗੀ (separazione personale) ਨਾਲ ਵਿਆਹ ਦੇ ਆਧਾਰ 'ਤੇ ਨਾਗਰਿਕਤਾ ਨਹੀਂ ਦਿੱਤੀ ਜਾ ਸਕਦੀ।
elig-marriage-divorce = { $date } ਨੂੰ ਤਲਾਕ: ਵਿਆਹ ਡਿਕਰੀ (decreto) ਤੱਕ ਕਾਇਮ ਰਹਿਣਾ ਚਾਹੀਦਾ ਹੈ।
elig-marriage-annulment = { $date } ਨੂੰ ਵਿਆਹ ਰੱਦ ਹੋਇਆ: ਵਿਆਹ ਡਿਕਰੀ (decreto) ਤੱਕ ਕਾਇਮ ਰਹਿਣਾ ਚਾਹੀਦਾ ਹੈ।
elig-marriage-spouse-death = ਜੀਵਨ ਸਾਥੀ ਦੀ ਮੌਤ { $date } ਨੂੰ ਹੋਈ: ਵਿਆਹ ਖ਼ਤਮ ਹੋ ਗਿਆ ਅਤੇ ਵਿਆਹ ਦੇ ਆਧਾਰ 'ਤੇ ਨਾਗਰਿਕਤਾ ਹੁਣ ਸੰਭਵ ਨਹੀਂ; ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਤੋਂ ਪੁਸ਼ਟੀ ਕਰੋ।
elig-marriage-separation-pending = { $date } ਨੂੰ ਅਲਹਿਦਗੀ, ਅਰਜ਼ੀ ਭੇਜਣ ({ $submitted }) ਤੋਂ ਬਾਅਦ: ਅਰਜ਼ੀ ਚੱਲਦੇ ਹੋਏ ਰੱਦ ਹੋਣ ਦੀ ਸੰਭਾਵਨਾ ਹੈ। ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨੂੰ ਦੱਸੋ ਅਤੇ ਕਿਸੇ ਸਹਾਇਤਾ ਕੇਂਦਰ (patronato) ਜਾਂ ਵਕੀਲ ਤੋਂ ਸਲਾਹ ਲਓ।
elig-marriage-ended-pending =
    { $event ->
        [divorce] ਤਲਾਕ
        [annulment] ਵਿਆਹ ਰੱਦ ਹੋਣਾ
       *[other] ਜੀਵਨ ਸਾਥੀ ਦੀ ਮੌਤ
    } { $date } ਨੂੰ, ਅਰਜ਼ੀ ਭੇਜਣ ({ $submitted }) ਤੋਂ ਬਾਅਦ: ਵਿਆਹ ਦੇ ਆਧਾਰ 'ਤੇ ਨਾਗਰਿਕਤਾ ਹੁਣ ਨਹੀਂ ਦਿੱਤੀ ਜਾ ਸਕਦੀ; ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨੂੰ ਦੱਸੋ।
elig-income-household =
    { $year } ਵਿੱਚ ਪਰਿਵਾਰ: { $spouse ->
        [yes] ਆਸ਼ਰਿਤ ਜੀਵਨ ਸਾਥੀ
       *[no] ਕੋਈ ਆਸ਼ਰਿਤ ਜੀਵਨ ਸਾਥੀ ਨਹੀਂ
    }, ਹੋਰ ਆਸ਼ਰਿਤ ਮੈਂਬਰ: { $others }।
elig-family-income-not-household = { $name } ਦੀ { $year } ਦੀ ਆਮਦਨ: ਉਸੇ ਪਰਿਵਾਰ ਰਜਿਸਟਰ (stato di famiglia) ਵਿੱਚ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਜੋੜੀ ਨਹੀਂ ਜਾ ਸਕਦੀ।
elig-family-income-household-unanswered = { $name } ਦੀ { $year } ਦੀ ਆਮਦਨ: ਦੱਸੋ ਕਿ ਕੀ ਉਹ ਉਸੇ ਪਰਿਵਾਰ ਰਜਿਸਟਰ (stato di famiglia) ਵਿੱਚ ਹਨ (ਸਿਰਫ਼ ਤਦ ਹੀ ਜੋੜੀ ਜਾ ਸਕਦੀ ਹੈ)।

checklist-state-missing = ਨਹੀਂ ਹੈ
checklist-state-exempt = ਲੋੜ ਨਹੀਂ
checklist-state-provided = ਨੱਥੀ
checklist-state-expiring = { $date } ਨੂੰ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਰਹੀ ਹੈ
checklist-state-expired = { $date } ਨੂੰ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ
checklist-detail-country = { $country }
checklist-detail-year = ਸਾਲ { $year }
checklist-detail-replaces-birth-certificate = ਜਨਮ ਸਰਟੀਫਿਕੇਟ (atto di nascita) ਦੀ ਥਾਂ
checklist-detail-replaces-criminal-record = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) ਦੀ ਥਾਂ
checklist-detail-contribution = 250 € ਫੀਸ (contributo)
checklist-detail-stamp-duty = 16 € ਮਾਲੀਆ ਟਿਕਟ (marca da bollo)
checklist-exempt-eu-citizen = ਯੂਰਪੀ ਸੰਘ ਦੇ ਨਾਗਰਿਕਾਂ ਕੋਲ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਨਹੀਂ ਹੁੰਦਾ।
checklist-exempt-living-abroad = ਵਿਦੇਸ਼ ਵਿੱਚ ਰਹਿਣ ਵਾਲਿਆਂ ਲਈ ਲੋੜ ਨਹੀਂ।
checklist-exempt-born-in-italy = ਇਟਲੀ ਵਿੱਚ ਜਨਮੇ ਲੋਕਾਂ ਲਈ ਲੋੜ ਨਹੀਂ।
checklist-exempt-atto-notorio = ਸ਼ਰਨਾਰਥੀਆਂ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀਆਂ ਲਈ ਇਸਦੀ ਥਾਂ ਹਲਫ਼ਨਾਮਾ (atto notorio) ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
checklist-exempt-before-14 = ਉਹਨਾਂ ਲਈ ਲੋੜ ਨਹੀਂ ਜੋ 14 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਪਹਿਲਾਂ ਇਟਲੀ ਵਿੱਚ ਦਰਜ ਹੋਏ ਅਤੇ ਉਦੋਂ ਤੋਂ ਉੱਥੇ ਰਹਿੰਦੇ ਹਨ।
checklist-exempt-eu-long-term-permit = ਛੋਟ: ਲੰਮੇ ਸਮੇਂ ਦੇ ਨਿਵਾਸੀਆਂ ਲਈ EU ਪਰਮਿਟ ਦਾ ਧਾਰਕ।
checklist-exempt-integration-agreement = ਛੋਟ: ਏਕੀਕਰਨ ਸਮਝੌਤੇ (accordo di integrazione) ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਾ।
checklist-exempt-no-income = ਉਸ ਸਾਲ ਕੋਈ ਆਮਦਨ ਘੋਸ਼ਿਤ ਨਹੀਂ ਕੀਤੀ ਗਈ।

phase-draft = ਖਰੜਾ
phase-submitted = ਅਰਜ਼ੀ ਭੇਜੀ ਗਈ
phase-accepted = ਸਵੀਕਾਰ (K10 ਨੰਬਰ)
phase-submission-rejected = ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨੇ ਅਰਜ਼ੀ ਵਾਪਸ ਕਰ ਦਿੱਤੀ
phase-preliminary-assessment = ਜਾਂਚ (istruttoria)
phase-ten-bis-notice = ਰੱਦ ਕਰਨ ਦਾ ਅਗਾਊਂ ਨੋਟਿਸ (preavviso di rigetto, ਧਾਰਾ 10-bis)
phase-prefecture-opinion = ਪ੍ਰੀਫੈਕਚਰ ਦੀ ਰਾਇ (parere)
phase-decree = ਨਾਗਰਿਕਤਾ ਦੇਣ ਦਾ ਹੁਕਮ (decreto di concessione)
phase-rejected = ਰੱਦ ਕਰਨ ਦਾ ਹੁਕਮ (decreto di rigetto)
phase-inadmissible = ਨਾ-ਮੰਨਣਯੋਗਤਾ (inammissibilità)
phase-notification = ਸਰਕਾਰੀ ਸੂਚਨਾ (notifica)
phase-oath = ਸਹੁੰ (giuramento)
phase-citizen = ਇਤਾਲਵੀ ਨਾਗਰਿਕ
phase-state-done = ਪੂਰਾ
phase-state-current = ਜਾਰੀ
phase-state-future = ਬਾਕੀ

deadline-today = ਅੱਜ
deadline-tomorrow = ਕੱਲ੍ਹ
deadline-days-left = { $days } ਦਿਨਾਂ ਵਿੱਚ
deadline-days-ago = { $days } ਦਿਨ ਪਹਿਲਾਂ
deadline-urgent = ਜ਼ਰੂਰੀ
deadline-non-working-judicial = { $date } ਨੂੰ { $day } ਹੈ: ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਸਮਾਂ-ਸੀਮਾ { $moved } ਤੱਕ ਖਿਸਕ ਜਾਂਦੀ ਹੈ (art. 155 c.p.c., art. 52 c.p.a.)। ਸੁਝਾਈ ਗਈ ਸੁਰੱਖਿਅਤ ਮਿਤੀ: { $safe }।
deadline-non-working-administrative = { $date } ਨੂੰ { $day } ਹੈ: ਆਮ ਤੌਰ 'ਤੇ ਸਮਾਂ-ਸੀਮਾ { $moved } ਤੱਕ ਖਿਸਕ ਜਾਂਦੀ ਹੈ (art. 2963 c.c.), ਪਰ ਪ੍ਰਸ਼ਾਸਨਿਕ ਸਮਾਂ-ਸੀਮਾਵਾਂ ਲਈ ਇਹ ਪੱਕਾ ਨਹੀਂ ਹੈ। ਸੁਝਾਈ ਗਈ ਸੁਰੱਖਿਅਤ ਮਿਤੀ: { $safe }।
holiday-easter-sunday = ਈਸਟਰ
holiday-easter-monday = ਈਸਟਰ ਸੋਮਵਾਰ (Pasquetta)
holiday-national = ਰਾਸ਼ਟਰੀ ਛੁੱਟੀ ਦਾ ਦਿਨ
holiday-saturday = ਸ਼ਨਿੱਚਰਵਾਰ
holiday-sunday = ਐਤਵਾਰ
deadline-criminal-record-expiry = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) { $subject } ਦੀ ਮਿਆਦ ਖ਼ਤਮ
deadline-criminal-record-expiry-desc = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ ਜਾਰੀ ਹੋਣ ਦੀ ਮਿਤੀ ({ $from }) ਤੋਂ 6 ਮਹੀਨੇ ਯੋਗ ਰਹਿੰਦਾ ਹੈ: ਅਰਜ਼ੀ { $date } ਤੱਕ ਭੇਜਣੀ ਪਵੇਗੀ, ਨਹੀਂ ਤਾਂ ਨਵਾਂ ਸਰਟੀਫਿਕੇਟ ਚਾਹੀਦਾ ਹੈ।
deadline-ten-bis-response = ਰੱਦ ਕਰਨ ਦੇ ਅਗਾਊਂ ਨੋਟਿਸ (preavviso di rigetto) ਨੰ. { $subject } ਦਾ ਜਵਾਬ
deadline-ten-bis-response-desc = ਅਗਾਊਂ ਨੋਟਿਸ { $from } ਨੂੰ ਮਿਲਿਆ: ਦਸਤਾਵੇਜ਼ ਜਾਂ ਟਿੱਪਣੀਆਂ { $date } ਤੱਕ ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਨੂੰ ਪ੍ਰਮਾਣਿਤ ਈਮੇਲ (PEC) ਰਾਹੀਂ ਭੇਜੋ।
deadline-tar-appeal = ਪ੍ਰਸ਼ਾਸਕੀ ਅਦਾਲਤ (TAR) ਵਿੱਚ ਅਪੀਲ ਦਾ ਆਖ਼ਰੀ ਦਿਨ
deadline-tar-appeal-desc = { $from } ਦੀ ਸਰਕਾਰੀ ਸੂਚਨਾ (notifica) ਤੋਂ 60 ਦਿਨ। ਸਮੇਂ ਸਿਰ ਕਿਸੇ ਵਕੀਲ ਨਾਲ ਗੱਲ ਕਰੋ।
deadline-president-appeal = ਗਣਰਾਜ ਦੇ ਰਾਸ਼ਟਰਪਤੀ ਕੋਲ ਅਸਧਾਰਨ ਅਪੀਲ (ricorso straordinario) ਦਾ ਆਖ਼ਰੀ ਦਿਨ
deadline-president-appeal-desc = { $from } ਦੀ ਸਰਕਾਰੀ ਸੂਚਨਾ ਤੋਂ 120 ਦਿਨ, TAR ਵਿੱਚ ਅਪੀਲ ਦੇ ਬਦਲ ਵਜੋਂ।
deadline-reapply-from = ਅੱਜ ਤੋਂ ਤੁਸੀਂ ਨਵੀਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ
deadline-reapply-from-desc = ਰੱਦ ਕਰਨ ਦੇ ਹੁਕਮ (decreto di rigetto) ਤੋਂ ਬਾਅਦ ਸਰਕਾਰੀ ਸੂਚਨਾ ({ $from }) ਤੋਂ ਇੱਕ ਸਾਲ ਬਾਅਦ ਦੁਬਾਰਾ ਅਰਜ਼ੀ ਦਿੱਤੀ ਜਾ ਸਕਦੀ ਹੈ; ਨਾ-ਮੰਨਣਯੋਗਤਾ ਤੋਂ ਬਾਅਦ, ਤੁਰੰਤ।
deadline-oath = ਸਹੁੰ (giuramento) ਦਾ ਆਖ਼ਰੀ ਦਿਨ
deadline-oath-desc = ਸਹੁੰ ਹੁਕਮ (decreto) ਦੀ ਸਰਕਾਰੀ ਸੂਚਨਾ ({ $from }) ਤੋਂ 6 ਮਹੀਨਿਆਂ ਦੇ ਅੰਦਰ ਚੁੱਕਣੀ ਪਵੇਗੀ। ਆਪਣੀ ਨਗਰਪਾਲਿਕਾ (Comune) ਤੋਂ ਸਮਾਂ ਲਓ।
deadline-processing-limit = ਕਾਰਵਾਈ ਪੂਰੀ ਹੋਣ ਦੀ ਸਮਾਂ-ਸੀਮਾ
deadline-processing-limit-desc = ਅਰਜ਼ੀ { $from } ਨੂੰ ਭੇਜੀ ਗਈ: ਪ੍ਰਸ਼ਾਸਨ ਨੂੰ { $date } ਤੱਕ ਫ਼ੈਸਲਾ ਕਰਨਾ ਪਵੇਗਾ (24 ਮਹੀਨੇ; 20/12/2020 ਤੋਂ ਪਹਿਲਾਂ ਭੇਜੀਆਂ ਅਰਜ਼ੀਆਂ ਲਈ 48; ਰੱਦ ਕਰਨ ਦੇ ਅਗਾਊਂ ਨੋਟਿਸ ਸਮਾਂ-ਸੀਮਾ ਨੂੰ ਰੋਕ ਦਿੰਦੇ ਹਨ)।
deadline-processing-limit-extended = ਕਾਰਵਾਈ ਦੀ ਵਧਾਈ ਗਈ ਵੱਧ ਤੋਂ ਵੱਧ ਸਮਾਂ-ਸੀਮਾ
deadline-processing-limit-extended-desc = ਅਰਜ਼ੀ { $from } ਨੂੰ ਭੇਜੀ ਗਈ: ਵਾਧੇ ਨਾਲ ਸਮਾਂ-ਸੀਮਾ { $date } ਤੱਕ ਹੈ (36 ਮਹੀਨੇ)।
calendar-name = ਨਾਗਰਿਕਤਾ – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = ਪੋਰਟਲ
portal-title = ਪੋਰਟਲ ਅਤੇ ਸਿੰਕ
portal-address = ਪੋਰਟਲ: { $url } (ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਬਦਲਿਆ ਜਾ ਸਕਦਾ ਹੈ)
portal-signed-in-as = { $email } ਵਜੋਂ ਲੌਗ ਇਨ ({ $role })
portal-email = ਈਮੇਲ
portal-password = ਪਾਸਵਰਡ
portal-register = ਖਾਤਾ ਬਣਾਓ
portal-register-hint = ਸਹਾਇਤਾ ਕੇਂਦਰਾਂ ਨੂੰ ਆਪਰੇਟਰ ਖਾਤਾ ਪੋਰਟਲ ਚਲਾਉਣ ਵਾਲੇ ਤੋਂ ਮਿਲਦਾ ਹੈ।
portal-credentials-required = ਈਮੇਲ ਅਤੇ ਪਾਸਵਰਡ ਲਿਖੋ।
portal-sync-now = ਹੁਣੇ ਸਿੰਕ ਕਰੋ
portal-syncing = ਸਿੰਕ ਹੋ ਰਿਹਾ ਹੈ…
portal-sync-uploads = { $count ->
    [one] ਇੱਕ ਦਸਤਾਵੇਜ਼ ਅੱਪਲੋਡ ਹੋਣਾ ਬਾਕੀ
   *[other] { $count } ਦਸਤਾਵੇਜ਼ ਅੱਪਲੋਡ ਹੋਣੇ ਬਾਕੀ
}
portal-offline = ਪੋਰਟਲ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੋ ਰਹੀ: ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਇੱਥੇ ਸੰਭਾਲੀਆਂ ਅਤੇ ਕਤਾਰ ਵਿੱਚ ਹਨ, ਅਗਲੇ ਸਿੰਕ ਵਿੱਚ ਭੇਜੀਆਂ ਜਾਣਗੀਆਂ।
portal-last-sync = ਆਖ਼ਰੀ ਸਿੰਕ: { $time }
portal-never-synced = ਅਜੇ ਤੱਕ ਕੋਈ ਸਿੰਕ ਨਹੀਂ ਹੋਇਆ।
portal-open-unnamed = ਬਿਨਾਂ ਨਾਮ ਦੀ ਅਰਜ਼ੀ
portal-status-unknown = ਪੋਰਟਲ ਤੇ ਇਸ ਅਰਜ਼ੀ ਦੀ ਸਥਿਤੀ ਹੁਣ ਉਪਲਬਧ ਨਹੀਂ: ਜਦੋਂ ਪੋਰਟਲ ਉਪਲਬਧ ਹੋਵੇ ਤਾਂ ਤਾਜ਼ਾ ਕਰੋ।
portal-not-sent = ਇਹ ਅਰਜ਼ੀ ਅਜੇ ਪੋਰਟਲ ਤੇ ਨਹੀਂ ਹੈ: “ਹੁਣੇ ਸਿੰਕ ਕਰੋ” ਇਸਨੂੰ ਖਰੜੇ ਵਜੋਂ ਭੇਜਦਾ ਹੈ।
portal-status-line = ਸਥਿਤੀ: { $status }
portal-k10 = K10 ਨੰਬਰ: { $k10 }
portal-communications = ਸੂਚਨਾਵਾਂ
portal-no-communications = ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਵੱਲੋਂ ਕੋਈ ਸੂਚਨਾ ਨਹੀਂ।
portal-deadline-left = { $date } ਤੱਕ ਜਵਾਬ ਦਿਓ ({ $days } ਦਿਨ ਬਾਕੀ)
portal-deadline-passed = ਜਵਾਬ ਦੇਣ ਦੀ ਆਖ਼ਰੀ ਮਿਤੀ { $date } ਨੂੰ ਲੰਘ ਗਈ
portal-refresh-status = ਸਥਿਤੀ ਤਾਜ਼ਾ ਕਰੋ
portal-submit = ਅਰਜ਼ੀ ਭੇਜੋ
portal-submit-confirm = ਅਰਜ਼ੀ ਪ੍ਰੀਫੈਕਚਰ ਨੂੰ ਭੇਜਣੀ ਹੈ? ਭੇਜਣ ਤੋਂ ਬਾਅਦ ਇਸ ਵਿੱਚ ਤਬਦੀਲੀ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕਦੀ।
portal-submit-yes = ਹਾਂ, ਭੇਜੋ
portal-submitted = ਅਰਜ਼ੀ ਭੇਜ ਦਿੱਤੀ ਗਈ। K10 ਨੰਬਰ: { $k10 }
portal-conflict-title = { $name }: ਪੋਰਟਲ ਤੇ ਵੀ ਤਬਦੀਲੀਆਂ
portal-conflict-help = ਇਹ ਭਾਗ ਇੱਥੇ ਵੀ ਅਤੇ ਪੋਰਟਲ ਤੇ ਵੀ ਬਦਲੇ ਗਏ। ਹਰ ਇੱਕ ਲਈ ਚੁਣੋ ਕਿ ਕਿਹੜਾ ਸੰਸਕਰਣ ਰੱਖਣਾ ਹੈ।
portal-conflict-field = { $field }: ਮੇਰਾ “{ $mine }”, ਪੋਰਟਲ ਦਾ “{ $theirs }”
portal-conflict-more = … ਅਤੇ { $count } ਹੋਰ ਖੇਤਰ
portal-conflict-apply = ਮੇਰੀਆਂ ਚੋਣਾਂ ਲਾਗੂ ਕਰੋ
portal-value-yes = ਹਾਂ
portal-value-no = ਨਹੀਂ
portal-associate-title = ਅਰਜ਼ੀ ਜੋੜੋ (Associa pratica)
portal-associate-help = ਪਹਿਲਾਂ ਭੇਜੀ ਅਰਜ਼ੀ (ਜਿਵੇਂ ਕਿਸੇ ਸਹਾਇਤਾ ਕੇਂਦਰ ਰਾਹੀਂ) ਆਪਣੇ ਖਾਤੇ ਨਾਲ ਜੋੜੋ। ਸਾਰੇ ਵੇਰਵੇ ਅਰਜ਼ੀ ਨਾਲ ਮੇਲ ਖਾਣੇ ਚਾਹੀਦੇ ਹਨ।
portal-associate-surname = ਉਪਨਾਮ
portal-associate-name = ਨਾਮ
portal-associate-birth-date = ਜਨਮ ਮਿਤੀ (DD/MM/YYYY)
portal-associate-previous-email = ਅਰਜ਼ੀ ਵਿੱਚ ਦਿੱਤੀ ਈਮੇਲ
portal-associate-k10 = K10 ਨੰਬਰ (ਜਿਵੇਂ K10/0000001)
portal-associate-required = ਇਹ ਖੇਤਰ ਭਰੋ।
portal-associate = ਜੋੜੋ
portal-upload-waiting = ਅੱਪਲੋਡ ਕਰਨਾ ਹੈ: { $name }
portal-upload-failed = “{ $name }” ਅੱਪਲੋਡ ਨਹੀਂ ਹੋਇਆ: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] ਕਿਸੇ ਹੋਰ ਬਿਨੈਕਾਰ ਦਾ ਇੱਕ ਦਸਤਾਵੇਜ਼ ਅੱਪਲੋਡ ਨਹੀਂ ਹੋਇਆ: ਕਾਰਨ ਦੇਖਣ ਲਈ ਉਸ ਬਿਨੈਕਾਰ ਨੂੰ ਖੋਲ੍ਹੋ।
   *[other] ਹੋਰ ਬਿਨੈਕਾਰਾਂ ਦੇ { $count } ਦਸਤਾਵੇਜ਼ ਅੱਪਲੋਡ ਨਹੀਂ ਹੋਏ: ਕਾਰਨ ਦੇਖਣ ਲਈ ਉਹਨਾਂ ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਖੋਲ੍ਹੋ।
}
portal-field-file-name = ਫਾਈਲ ਦਾ ਨਾਮ
portal-field-file-content = ਫਾਈਲ ਦੀ ਸਮੱਗਰੀ
portal-procedure-draft-started = ਅਰਜ਼ੀ ਸ਼ੁਰੂ ਹੋਈ
portal-procedure-k10 = K10 ਨੰਬਰ
portal-procedure-submission-rejected = ਪ੍ਰੀਫੈਕਚਰ ਨੇ ਭੇਜੀ ਅਰਜ਼ੀ ਵਾਪਸ ਕੀਤੀ
portal-procedure-assessment-started = ਜਾਂਚ (istruttoria) ਸ਼ੁਰੂ ਹੋਈ
portal-procedure-ten-bis = ਅਗਾਊਂ ਨੋਟਿਸ (preavviso, ਧਾਰਾ 10-bis)
portal-procedure-opinion = ਪ੍ਰੀਫੈਕਚਰ ਦੀ ਰਾਇ (parere)
portal-procedure-opinion-favourable = ਅਨੁਕੂਲ
portal-procedure-opinion-unfavourable = ਪ੍ਰਤੀਕੂਲ
portal-procedure-certificates = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificati penali)
portal-upload-damaged = ਦਸਤਾਵੇਜ਼ “{ $name }” ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਡਾਟਾ ਫੋਲਡਰ ਵਿੱਚ ਖ਼ਰਾਬ ਹੈ (ਇਕਸਾਰਤਾ ਜਾਂਚ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ) ਅਤੇ ਅੱਪਲੋਡ ਨਹੀਂ ਕੀਤਾ ਗਿਆ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ।
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = ਦਸਤਾਵੇਜ਼
nav-eligibility = ਕੀ ਮੈਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ?
documents-no-applicant = ਦਸਤਾਵੇਜ਼ ਦੇਖਣ ਲਈ ਕਿਸੇ ਬਿਨੈਕਾਰ ਨੂੰ ਖੋਲ੍ਹੋ।
documents-title = { $name } ਦੇ ਦਸਤਾਵੇਜ਼
documents-progress = { $total } ਵਿੱਚੋਂ { $ready } ਤਿਆਰ
documents-file-missing = ਫਾਈਲ ਹੁਣ ਸੁਰੱਖਿਅਤ ਭੰਡਾਰ ਵਿੱਚ ਨਹੀਂ ਹੈ: ਇਸਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ।
documents-file-damaged = ਸੁਰੱਖਿਅਤ ਭੰਡਾਰ ਵਿਚਲੀ ਫਾਈਲ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ: ਇਸਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ।
documents-drop-target = ਫਾਈਲ ਇੱਥੇ ਖਿੱਚ ਕੇ ਛੱਡੋ: ਇਹ "{ $item }" ਵਿੱਚ ਜਾਵੇਗੀ।
documents-drop-nothing = ਕੋਈ ਦਸਤਾਵੇਜ਼ ਘੱਟ ਨਹੀਂ: ਇੱਥੇ ਛੱਡੀ ਗਈ ਫਾਈਲ ਕਿਸੇ ਵੀ ਮੱਦ ਵਿੱਚ ਨਹੀਂ ਜਾਵੇਗੀ।
documents-check = ਫਾਈਲਾਂ ਜਾਂਚੋ
documents-checking = ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…
documents-check-ok =
    { $count ->
        [one] ਫਾਈਲ ਠੀਕ-ਠਾਕ ਹੈ।
       *[other] ਸਾਰੀਆਂ { $count } ਫਾਈਲਾਂ ਠੀਕ-ਠਾਕ ਹਨ।
    }
documents-check-bad =
    { $count ->
        [one] ਇੱਕ ਫਾਈਲ ਗ਼ਾਇਬ ਹੈ ਜਾਂ ਖ਼ਰਾਬ ਹੈ: ਸੂਚੀ ਵਿੱਚ ਉਸ ਤੇ ਨਿਸ਼ਾਨ ਲੱਗਾ ਹੈ।
       *[other] { $count } ਫਾਈਲਾਂ ਗ਼ਾਇਬ ਹਨ ਜਾਂ ਖ਼ਰਾਬ ਹਨ: ਸੂਚੀ ਵਿੱਚ ਉਨ੍ਹਾਂ ਤੇ ਨਿਸ਼ਾਨ ਲੱਗੇ ਹਨ।
    }
documents-no-dialog = ਇਸ ਕੰਪਿਊਟਰ ਤੇ ਫਾਈਲ ਚੁਣਨ ਵਾਲੀ ਵਿੰਡੋ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ। ਫਾਈਲ ਦਾ ਪੂਰਾ ਪਾਥ ਲਿਖੋ (ਜਾਂ ਇਸਨੂੰ ਇਸ ਸਕ੍ਰੀਨ ਤੇ ਖਿੱਚ ਕੇ ਛੱਡੋ)।
documents-typed-path = ਫਾਈਲ ਦਾ ਪਾਥ, ਉਦਾਹਰਨ ਲਈ /home/anna/scans/passport.pdf
documents-use-typed-path = ਇਹ ਫਾਈਲ ਨੱਥੀ ਕਰੋ
documents-typed-path-not-found = "{ $path }" ਤੇ ਕੋਈ ਫਾਈਲ ਨਹੀਂ: ਪਾਥ ਜਾਂਚੋ।
documents-no-save-dialog = ਇਸ ਕੰਪਿਊਟਰ ਤੇ ਸੰਭਾਲਣ ਵਾਲੀ ਵਿੰਡੋ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ। ਲਿਖੋ ਕਿ ਨਕਲ ਕਿੱਥੇ ਸੰਭਾਲਣੀ ਹੈ (ਫਾਈਲ ਦੇ ਨਾਂ ਸਮੇਤ ਪੂਰਾ ਪਾਥ)।
documents-typed-destination = ਨਕਲ ਦਾ ਪਾਥ, ਉਦਾਹਰਨ ਲਈ /home/anna/passport.pdf
documents-typed-destination-invalid = "{ $path }" ਵਿੱਚ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਫੋਲਡਰ ਮੌਜੂਦ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਅਤੇ ਫਾਈਲ ਦਾ ਨਾਂ ਲਿਖਿਆ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
file-dialog-no-save-dialog = ਇਸ ਕੰਪਿਊਟਰ ਤੇ ਸੰਭਾਲਣ ਵਾਲੀ ਵਿੰਡੋ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ। ਲਿਖੋ ਕਿ ਫਾਈਲ ਕਿੱਥੇ ਸੰਭਾਲਣੀ ਹੈ (ਫਾਈਲ ਦੇ ਨਾਂ ਸਮੇਤ ਪੂਰਾ ਪਾਥ)।
file-dialog-save-placeholder = ਪੂਰਾ ਪਾਥ, ਜਿਵੇਂ { $example }
file-dialog-save-here = ਇੱਥੇ ਸੰਭਾਲੋ
file-dialog-no-folder-dialog = ਇਸ ਕੰਪਿਊਟਰ ਤੇ ਫੋਲਡਰ ਚੁਣਨ ਵਾਲੀ ਵਿੰਡੋ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ। ਫੋਲਡਰ ਦਾ ਪੂਰਾ ਪਾਥ ਲਿਖੋ।
file-dialog-folder-placeholder = ਫੋਲਡਰ ਦਾ ਪੂਰਾ ਪਾਥ
file-dialog-folder-not-found = "{ $path }" ਤੇ ਕੋਈ ਫੋਲਡਰ ਨਹੀਂ: ਪਾਥ ਜਾਂਚੋ।
file-dialog-use-folder = ਇਹ ਫੋਲਡਰ ਵਰਤੋ
documents-add-file = ਫਾਈਲ ਜੋੜੋ
documents-replace-file = ਫਾਈਲ ਬਦਲੋ
documents-open = ਖੋਲ੍ਹੋ
documents-export = ਐਕਸਪੋਰਟ ਕਰੋ…
documents-remove = ਹਟਾਓ
documents-confirm-remove = ਹਮੇਸ਼ਾ ਲਈ ਹਟਾਓ
documents-cancel = ਰੱਦ ਕਰੋ
documents-exported = { $path } ਵਿੱਚ ਸੰਭਾਲਿਆ
documents-days-left = { $days } ਦਿਨ ਬਾਕੀ
documents-criminal-record-validity = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) ਜਾਰੀ ਹੋਣ ਦੀ ਮਿਤੀ ਤੋਂ 6 ਮਹੀਨੇ ਯੋਗ ਰਹਿੰਦਾ ਹੈ: ਨਵਾਂ ਮੰਗਵਾਓ।
documents-issue-date-required = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ (ਸਰਟੀਫਿਕੇਟ ਇਸ ਮਿਤੀ ਤੋਂ 6 ਮਹੀਨੇ ਯੋਗ ਹੈ)
documents-issue-date-future = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ ਭਵਿੱਖ ਦੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।
documents-country-required = ਸਰਟੀਫਿਕੇਟ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੇਸ਼ ਦਾ ਨਾਮ ਲਿਖੋ।
documents-edit-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ…
documents-edit-issue-date-label = ਦਸਤਾਵੇਜ਼ ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
documents-save-issue-date = ਮਿਤੀ ਸੰਭਾਲੋ
documents-error-temp = ਦਸਤਾਵੇਜ਼ ਦੀ ਨਿੱਜੀ ਆਰਜ਼ੀ ਨਕਲ ਨਹੀਂ ਲਿਖੀ ਜਾ ਸਕੀ।
documents-error-viewer = ਕੋਈ ਵੀ ਪ੍ਰੋਗਰਾਮ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਿਆ। “ਐਕਸਪੋਰਟ ਕਰੋ…” ਵਰਤੋ ਅਤੇ ਨਕਲ ਆਪ ਖੋਲ੍ਹੋ।
eligibility-title = ਕੀ ਮੈਂ ਅਰਜ਼ੀ ਦੇ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ?
eligibility-from-draft = ਖੁੱਲ੍ਹੀ ਅਰਜ਼ੀ ਤੋਂ ਭਰਿਆ ਗਿਆ। ਇੱਥੇ ਕੀਤੀਆਂ ਤਬਦੀਲੀਆਂ ਅਰਜ਼ੀ ਨੂੰ ਨਹੀਂ ਬਦਲਦੀਆਂ।
eligibility-stand-alone = ਹੇਠਾਂ ਦਿੱਤੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ: ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।
eligibility-reload-draft = ਅਰਜ਼ੀ ਤੋਂ ਮੁੱਲ ਦੁਬਾਰਾ ਲਓ
eligibility-basis = ਕਾਨੂੰਨੀ ਆਧਾਰ
eligibility-born-in-italy = ਇਟਲੀ ਵਿੱਚ ਜਨਮ (ਜੇ ਤੁਸੀਂ ਜਨਮ ਤੋਂ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਦੀ ਔਲਾਦ ਹੋ ਤਾਂ ਖ਼ਾਲੀ ਛੱਡੋ)
eligibility-adoption-date = ਗੋਦ ਲੈਣ ਦੀ ਮਿਤੀ
eligibility-service-from = ਇਤਾਲਵੀ ਰਾਜ ਦੀ ਸੇਵਾ ਵਿੱਚ ਕਦੋਂ ਤੋਂ
eligibility-service-to = ਕਦੋਂ ਤੱਕ (ਜੇ ਅਜੇ ਵੀ ਸੇਵਾ ਵਿੱਚ ਹੋ ਤਾਂ ਖ਼ਾਲੀ)
eligibility-eu-citizen = ਯੂਰਪੀ ਸੰਘ ਦੇ ਕਿਸੇ ਦੇਸ਼ ਦਾ ਨਾਗਰਿਕ
eligibility-refugee-status = ਸਥਿਤੀ
eligibility-marriage-date = ਵਿਆਹ ਜਾਂ ਸਿਵਲ ਯੂਨੀਅਨ ਦੀ ਮਿਤੀ
eligibility-spouse-italian = ਜੀਵਨ ਸਾਥੀ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਹੈ
eligibility-children = ਜੋੜੇ ਦੇ ਜਨਮੇ ਜਾਂ ਗੋਦ ਲਏ ਬੱਚੇ
eligibility-separated = ਕਾਨੂੰਨੀ ਤੌਰ ਤੇ ਵੱਖ (separato/a)
eligibility-missing-title = ਜਾਂਚ ਤੋਂ ਪਹਿਲਾਂ ਭਰਨਾ ਜ਼ਰੂਰੀ:
eligibility-marriage-ended = ਵਿਆਹ ਭੰਗ, ਰੱਦ ਜਾਂ ਖ਼ਤਮ
eligibility-residence = ਇਟਲੀ ਵਿੱਚ ਰਜਿਸਟਰਡ ਰਿਹਾਇਸ਼ (residenza anagrafica)
eligibility-from = ਤੋਂ
eligibility-to-or-empty = ਤੱਕ (ਜੇ ਅਜੇ ਵੀ ਉੱਥੇ ਰਹਿੰਦੇ ਹੋ ਤਾਂ ਖ਼ਾਲੀ)
eligibility-period-from = ਰਿਹਾਇਸ਼ ਦੇ ਸਮੇਂ { $n } ਦੀ ਸ਼ੁਰੂਆਤ
eligibility-period-to = ਰਿਹਾਇਸ਼ ਦੇ ਸਮੇਂ { $n } ਦਾ ਅੰਤ
eligibility-income = ਸਾਲਾਨਾ ਟੈਕਸਯੋਗ ਆਮਦਨ (ਬਿਨੈਕਾਰ ਅਤੇ ਪਰਿਵਾਰ)
eligibility-year = ਟੈਕਸ ਸਾਲ
eligibility-amount = ਯੂਰੋ ਵਿੱਚ ਰਕਮ
eligibility-income-year-of = ਟੈਕਸ ਸਾਲ “{ $year }”
eligibility-income-of = { $year } ਦੀ ਆਮਦਨ
eligibility-dependent-spouse = ਜੀਵਨ ਸਾਥੀ ਨਿਰਭਰ (a carico) ਹੈ
eligibility-other-dependants = ਹੋਰ ਨਿਰਭਰ ਪਰਿਵਾਰਕ ਮੈਂਬਰ (ਬੱਚੇ, ਮਾਪੇ …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = ਜਨਵਰੀ
editor-calendar-month-2 = ਫ਼ਰਵਰੀ
editor-calendar-month-3 = ਮਾਰਚ
editor-calendar-month-4 = ਅਪ੍ਰੈਲ
editor-calendar-month-5 = ਮਈ
editor-calendar-month-6 = ਜੂਨ
editor-calendar-month-7 = ਜੁਲਾਈ
editor-calendar-month-8 = ਅਗਸਤ
editor-calendar-month-9 = ਸਤੰਬਰ
editor-calendar-month-10 = ਅਕਤੂਬਰ
editor-calendar-month-11 = ਨਵੰਬਰ
editor-calendar-month-12 = ਦਸੰਬਰ
editor-calendar-mon = ਸੋਮ
editor-calendar-tue = ਮੰਗਲ
editor-calendar-wed = ਬੁੱਧ
editor-calendar-thu = ਵੀਰ
editor-calendar-fri = ਸ਼ੁੱਕਰ
editor-calendar-sat = ਸ਼ਨਿੱਚਰ
editor-calendar-sun = ਐਤ
editor-calendar-keys = Alt+↓ ਕੈਲੰਡਰ ਖੋਲ੍ਹਦਾ ਹੈ · ਤੀਰ: ਦਿਨ · Page Up/Down: ਮਹੀਨਾ (Shift: ਸਾਲ) · Enter: ਚੁਣੋ · Esc: ਬੰਦ ਕਰੋ
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = ਆਖ਼ਰੀ ਮਿਤੀਆਂ
nav-pdf = PDF ਬਣਾਓ
timeline-title = ਅਰਜ਼ੀ ਦੀ ਪ੍ਰਗਤੀ ਅਤੇ ਆਖ਼ਰੀ ਮਿਤੀਆਂ
timeline-intro = ਮਿਤੀਆਂ ਜਿਵੇਂ-ਜਿਵੇਂ ਆਉਣ ਦਰਜ ਕਰਦੇ ਜਾਓ: ਪੜਾਅ ਅਤੇ ਆਖ਼ਰੀ ਮਿਤੀਆਂ ਆਪਣੇ ਆਪ ਅੱਪਡੇਟ ਹੁੰਦੀਆਂ ਹਨ। ਮਿਤੀਆਂ ਅਰਜ਼ੀ ਨਾਲ ਸੰਭਾਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
timeline-no-applicant = ਪਹਿਲਾਂ ਕਿਸੇ ਬਿਨੈਕਾਰ ਨੂੰ ਖੋਲ੍ਹੋ।
timeline-deadlines = ਆਉਣ ਵਾਲੀਆਂ ਆਖ਼ਰੀ ਮਿਤੀਆਂ
timeline-no-deadlines = ਕੋਈ ਆਉਣ ਵਾਲੀ ਆਖ਼ਰੀ ਮਿਤੀ ਨਹੀਂ।
timeline-phases = ਪੜਾਅ
timeline-events = ਕਾਰਵਾਈ ਦੀਆਂ ਮਿਤੀਆਂ
timeline-field-submitted = ਅਰਜ਼ੀ ਭੇਜਣ ਦੀ ਮਿਤੀ
timeline-field-accepted = ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਵੱਲੋਂ ਸਵੀਕਾਰ (K10 ਨੰਬਰ) ਦੀ ਮਿਤੀ
timeline-field-ten-bis-received = ਰੱਦ ਕਰਨ ਦਾ ਅਗਾਊਂ ਨੋਟਿਸ (preavviso di rigetto, ਧਾਰਾ 10-bis) ਮਿਲਣ ਦੀ ਮਿਤੀ
timeline-field-ten-bis-days = ਅਗਾਊਂ ਨੋਟਿਸ ਦਾ ਜਵਾਬ ਦੇਣ ਦੇ ਦਿਨ (ਜੇ 10 ਨਹੀਂ)
timeline-field-ten-bis-answered = ਅਗਾਊਂ ਨੋਟਿਸ ਦਾ ਜਵਾਬ ਭੇਜਣ ਦੀ ਮਿਤੀ
timeline-field-prefecture-opinion = ਪ੍ਰੀਫੈਕਚਰ ਦੀ ਰਾਇ (parere) ਦੀ ਮਿਤੀ
timeline-field-decree = ਹੁਕਮ (decreto) ਦੀ ਮਿਤੀ
timeline-field-decree-outcome = ਹੁਕਮ ਦਾ ਨਤੀਜਾ
timeline-field-inadmissible = ਅਰਜ਼ੀ ਨਾ-ਮੰਨਣਯੋਗ (inammissibile) ਐਲਾਨੇ ਜਾਣ ਦੀ ਮਿਤੀ
timeline-field-notified = ਹੁਕਮ ਦੀ ਸਰਕਾਰੀ ਸੂਚਨਾ (notifica) ਦੀ ਮਿਤੀ
timeline-field-oath = ਸਹੁੰ (giuramento) ਦੀ ਮਿਤੀ
timeline-outcome-granted = ਨਾਗਰਿਕਤਾ ਦਿੱਤੀ ਗਈ
timeline-outcome-rejected = ਰੱਦ
timeline-days-invalid = 1 ਤੋਂ 365 ਵਿਚਕਾਰ ਦਿਨਾਂ ਦੀ ਗਿਣਤੀ ਲਿਖੋ।
timeline-export-ics = ਕੈਲੰਡਰ ਵਿੱਚ ਐਕਸਪੋਰਟ ਕਰੋ (.ics)
timeline-exported = ਕੈਲੰਡਰ { $path } ਵਿੱਚ ਸੰਭਾਲਿਆ ਗਿਆ।
timeline-export-failed = ਕੈਲੰਡਰ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: { $detail }
timeline-calendar-name = ਨਾਗਰਿਕਤਾ – { $name }
timeline-notice-title = ਰੱਦ ਕਰਨ ਦਾ ਅਗਾਊਂ ਨੋਟਿਸ (ਧਾਰਾ 10-bis) ਨੰ. { $number }
timeline-notice-add = ਅਗਾਊਂ ਨੋਟਿਸ ਜੋੜੋ (ਧਾਰਾ 10-bis)
timeline-notice-remove = ਅਗਾਊਂ ਨੋਟਿਸ ਹਟਾਓ
timeline-notice-confirm-remove = ਅਗਾਊਂ ਨੋਟਿਸ ਨੰ. { $number } ਅਤੇ ਉਸਦੀਆਂ ਮਿਤੀਆਂ ਹਟਾਉਣੀਆਂ ਹਨ?
timeline-notice-remove-confirm = ਹਾਂ, ਹਟਾਓ
timeline-notice-due = { $date } ਤੱਕ ਜਵਾਬ ਦਿਓ ({ $left })
timeline-notice-answered = ਜਵਾਬ { $date } ਨੂੰ ਭੇਜਿਆ ਗਿਆ: ਇਸ ਅਗਾਊਂ ਨੋਟਿਸ ਦੀ ਕੋਈ ਆਖ਼ਰੀ ਮਿਤੀ ਬਾਕੀ ਨਹੀਂ।
timeline-notice-no-date = ਜਵਾਬ ਕਦੋਂ ਤੱਕ ਦੇਣਾ ਹੈ ਇਹ ਦੇਖਣ ਲਈ ਨੋਟਿਸ ਮਿਲਣ ਦਾ ਦਿਨ ਦਰਜ ਕਰੋ।
timeline-notice-decided = ਅਰਜ਼ੀ ਤੇ ਫ਼ੈਸਲਾ ਹੋ ਚੁੱਕਾ ਹੈ: ਇਸ ਅਗਾਊਂ ਨੋਟਿਸ ਦੀ ਕੋਈ ਆਖ਼ਰੀ ਮਿਤੀ ਨਹੀਂ।
timeline-field-draft-started = ਅਰਜ਼ੀ ਸ਼ੁਰੂ ਕਰਨ ਦੀ ਮਿਤੀ
timeline-field-planned-submission = ਭੇਜਣ ਦੀ ਯੋਜਨਾਬੱਧ ਮਿਤੀ
timeline-k10-invalid = ਅਰਜ਼ੀ ਨੰਬਰ { $number } ਸਹੀ ਨਹੀਂ ਹੈ: { $error }
timeline-field-submission-rejected = ਪ੍ਰੀਫੈਕਚਰ ਵੱਲੋਂ ਭੇਜੀ ਅਰਜ਼ੀ ਵਾਪਸ ਕਰਨ (ਠੀਕ ਕਰਕੇ ਦੁਬਾਰਾ ਭੇਜਣੀ ਹੈ) ਦੀ ਮਿਤੀ
timeline-field-assessment-started = ਜਾਂਚ (istruttoria) ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਮਿਤੀ (ਜੇ ਸਵੀਕਾਰ ਵਾਲੇ ਦਿਨ ਤੋਂ ਵੱਖਰੀ ਹੋਵੇ)
timeline-field-opinion-outcome = ਰਾਇ ਦਾ ਨਤੀਜਾ
timeline-opinion-favourable = ਅਨੁਕੂਲ
timeline-opinion-unfavourable = ਪ੍ਰਤੀਕੂਲ
timeline-not-given = — ਦਰਜ ਨਹੀਂ —
pdf-screen-title = PDF ਬਣਾਓ
pdf-screen-intro = ਦਸਤਾਵੇਜ਼ ਚੁਣੋ: ਅਰਜ਼ੀ ਦੇ ਵੇਰਵੇ ਪਹਿਲਾਂ ਹੀ ਭਰੇ ਹਨ, ਜੋ ਬਾਕੀ ਹੈ ਉਹ ਪੂਰਾ ਕਰੋ। PDF ਸਿਰਫ਼ ਉੱਥੇ ਸੰਭਾਲੀ ਜਾਂਦੀ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਚੁਣੋ, ਜਾਂ ਅਰਜ਼ੀ ਦੇ ਪੁਰਾਲੇਖ ਵਿੱਚ ਇਨਕ੍ਰਿਪਟ ਕਰਕੇ।
pdf-screen-no-applicant = ਪਹਿਲਾਂ ਕਿਸੇ ਬਿਨੈਕਾਰ ਨੂੰ ਖੋਲ੍ਹੋ।
pdf-screen-member = ਗੁਜ਼ਾਰਾ ਕਰਨ ਵਾਲਾ ਪਰਿਵਾਰਕ ਮੈਂਬਰ
pdf-screen-member-placeholder = ਪਰਿਵਾਰਕ ਮੈਂਬਰ ਚੁਣੋ
pdf-screen-missing = { $count ->
    [one] ਇੱਕ ਲਾਜ਼ਮੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ (* ਨਾਲ ਨਿਸ਼ਾਨਬੱਧ)।
   *[other] { $count } ਲਾਜ਼ਮੀ ਜਾਣਕਾਰੀਆਂ ਨਹੀਂ ਹਨ (* ਨਾਲ ਨਿਸ਼ਾਨਬੱਧ)।
}
pdf-screen-field-required = ਲਾਜ਼ਮੀ ਖੇਤਰ।
pdf-screen-field-invalid = ਮੁੱਲ ਸਹੀ ਨਹੀਂ।
pdf-screen-fill-missing = ਦਸਤਾਵੇਜ਼ ਬਣਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਨਿਸ਼ਾਨਬੱਧ ਖੇਤਰ ਪੂਰੇ ਕਰੋ।
pdf-screen-choose = ਚੁਣੋ…
pdf-screen-generate = ਬਣਾਓ
pdf-screen-ready = ਦਸਤਾਵੇਜ਼ ਤਿਆਰ ਹੈ: ਇਸਨੂੰ ਸੰਭਾਲੋ ਜਾਂ ਪੁਰਾਲੇਖ ਵਿੱਚ ਰੱਖੋ।
pdf-screen-save-as = ਇਸ ਨਾਮ ਨਾਲ ਸੰਭਾਲੋ…
pdf-screen-saved = PDF { $path } ਵਿੱਚ ਸੰਭਾਲੀ ਗਈ।
pdf-screen-save-failed = PDF ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $detail }
pdf-screen-keep = ਪੁਰਾਲੇਖ ਵਿੱਚ ਰੱਖੋ
pdf-screen-pec-save = PEC ਡਰਾਫ਼ਟ ਸੰਭਾਲੋ (.eml)
pdf-screen-pec-copy = PEC ਦਾ ਟੈਕਸਟ ਕਾਪੀ ਕਰੋ
pdf-screen-pec-copied = PEC (ਪ੍ਰਮਾਣਿਤ ਈ-ਮੇਲ) ਦਾ ਵਿਸ਼ਾ ਅਤੇ ਟੈਕਸਟ ਕਲਿੱਪਬੋਰਡ 'ਤੇ ਕਾਪੀ ਕੀਤਾ ਗਿਆ।
err-pec-name-missing = PEC (ਪ੍ਰਮਾਣਿਤ ਈ-ਮੇਲ) ਲਈ ਉਪਨਾਮ ਅਤੇ ਨਾਮ ਜ਼ਰੂਰੀ ਹਨ (ਭਾਗ 2)।
err-pec-write = PEC (ਪ੍ਰਮਾਣਿਤ ਈ-ਮੇਲ) ਸੁਨੇਹਾ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
pdf-screen-kept = PDF ਅਰਜ਼ੀ ਦੇ ਦਸਤਾਵੇਜ਼ਾਂ ਵਿੱਚ (ਇਨਕ੍ਰਿਪਟ ਕਰਕੇ) ਰੱਖੀ ਗਈ।
# --- end timeline and pdf screens ---

# ਸੰਸਕਰਣ, ਨਕਲਾਂ ਅਤੇ ਤਬਾਦਲਾ (ਸੰਸਕਰਣ ਸਕ੍ਰੀਨ; ਬਿਨੈਕਾਰਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਇੰਪੋਰਟ)
nav-history = ਸੰਸਕਰਣ ਅਤੇ ਨਕਲਾਂ
history-title = ਸੰਸਕਰਣ, ਨਕਲਾਂ ਅਤੇ ਤਬਾਦਲਾ
history-versions = ਸੰਭਾਲੇ ਸੰਸਕਰਣ
history-version = ਸੰਸਕਰਣ { $version } · { $time } ਨੂੰ ਸੰਭਾਲਿਆ · 12 ਵਿੱਚੋਂ { $done } ਭਾਗ ਪੂਰੇ
history-current = ਮੌਜੂਦਾ ਸੰਸਕਰਣ
history-restore = ਵਾਪਸ ਲਿਆਓ
history-confirm-restore = ਸੰਸਕਰਣ { $version } ਵਾਪਸ ਲਿਆਉਣਾ ਹੈ? ਮੌਜੂਦਾ ਖਰੜਾ ਸੂਚੀ ਵਿੱਚ ਰਹੇਗਾ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਉਸਨੂੰ ਵੀ ਵਾਪਸ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ ਹੈ।
history-restore-confirm = ਹਾਂ, ਵਾਪਸ ਲਿਆਓ
history-restored = ਸੰਸਕਰਣ { $version } ਵਾਪਸ ਲਿਆਂਦਾ ਗਿਆ: ਹੁਣ ਇਹੀ ਮੌਜੂਦਾ ਖਰੜਾ ਹੈ।
history-copy = ਨਕਲ
history-copy-intro = ਉਹਨਾਂ ਹੀ ਵੇਰਵਿਆਂ ਅਤੇ ਦਸਤਾਵੇਜ਼ਾਂ ਨਾਲ ਇੱਕ ਨਵਾਂ ਬਿਨੈਕਾਰ ਬਣਾਉਂਦਾ ਹੈ (K10 ਨੰਬਰ ਅਤੇ ਇਤਿਹਾਸ ਤੋਂ ਬਿਨਾਂ), ਜਿਵੇਂ ਜੀਵਨ ਸਾਥੀ ਲਈ ਜਾਂ ਰੱਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਨਵੀਂ ਅਰਜ਼ੀ ਲਈ।
history-duplicate = ਇਸ ਅਰਜ਼ੀ ਦੀ ਨਕਲ ਬਣਾਓ
history-export = ਇਨਕ੍ਰਿਪਟ ਕੀਤੀ ਫਾਈਲ ਵਿੱਚ ਐਕਸਪੋਰਟ ਕਰੋ
history-export-intro = ਇਸ ਬਿਨੈਕਾਰ ਨੂੰ (ਸਾਰੇ ਸੰਸਕਰਣ ਅਤੇ ਦਸਤਾਵੇਜ਼) ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਇਨਕ੍ਰਿਪਟ ਕੀਤੀ ਫਾਈਲ ਵਿੱਚ ਸੰਭਾਲਦਾ ਹੈ, ਤਾਂ ਜੋ ਇਸਨੂੰ ਕਿਸੇ ਹੋਰ ਕੰਪਿਊਟਰ ਜਾਂ ਸਹਾਇਤਾ ਕੇਂਦਰ ਤੇ ਲਿਜਾਇਆ ਜਾ ਸਕੇ। ਪਾਸਫ੍ਰੇਜ਼ ਵੱਖਰੇ ਤੌਰ ਤੇ ਦੱਸੋ, ਕਦੇ ਵੀ ਫਾਈਲ ਦੇ ਨਾਲ ਨਹੀਂ।
history-passphrase = ਫਾਈਲ ਦਾ ਪਾਸਫ੍ਰੇਜ਼
history-passphrase-repeat = ਪਾਸਫ੍ਰੇਜ਼ ਦੁਬਾਰਾ ਲਿਖੋ
history-passphrase-mismatch = ਦੋਵੇਂ ਪਾਸਫ੍ਰੇਜ਼ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ।
history-export-typed-path = ਫਾਈਲ ਦਾ ਪਾਥ, ਉਦਾਹਰਨ ਲਈ /media/usb/rossi.cittadinanza
history-export-button = ਐਕਸਪੋਰਟ ਕਰੋ…
history-exporting = ਐਕਸਪੋਰਟ ਹੋ ਰਿਹਾ ਹੈ…
history-exported = ਬਿਨੈਕਾਰ { $path } ਵਿੱਚ ਐਕਸਪੋਰਟ ਕੀਤਾ ਗਿਆ।
history-file-stem = ਬਿਨੈਕਾਰ
applicants-import = ਫਾਈਲ ਤੋਂ ਇੰਪੋਰਟ ਕਰੋ…
applicants-import-file = "{ $file }" ਇੰਪੋਰਟ ਕਰੋ
applicants-import-passphrase = ਫਾਈਲ ਦਾ ਪਾਸਫ੍ਰੇਜ਼
applicants-import-no-dialog = ਇਸ ਕੰਪਿਊਟਰ ਤੇ ਫਾਈਲ ਚੁਣਨ ਵਾਲੀ ਵਿੰਡੋ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ। ਇੰਪੋਰਟ ਕਰਨ ਵਾਲੀ .cittadinanza ਫਾਈਲ ਦਾ ਪੂਰਾ ਪਾਥ ਲਿਖੋ।
applicants-import-typed-path = ਫਾਈਲ ਦਾ ਪਾਥ, ਉਦਾਹਰਨ ਲਈ /media/usb/rossi.cittadinanza
applicants-import-confirm = ਇੰਪੋਰਟ ਕਰੋ

# --- drafts from newer versions ---
editor-newer-version = ਇਹ ਅਰਜ਼ੀ ਐਪ ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨਾਲ ਸੰਭਾਲੀ ਗਈ ਸੀ: { $count } ਮੁੱਲ ਸਮਝੇ ਨਹੀਂ ਗਏ ਅਤੇ ਇੱਥੇ ਨਹੀਂ ਦਿਖਾਏ ਗਏ ({ $values })। ਸੰਭਾਲਿਆ ਸੰਸਕਰਣ ਇਤਿਹਾਸ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਹੈ: ਉਹਨਾਂ ਨੂੰ ਵਾਪਸ ਪਾਉਣ ਲਈ ਐਪ ਅੱਪਡੇਟ ਕਰੋ।
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = ਇਸ ਨੱਥੀ ਵਿੱਚ ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ ਭਾਗ 8 ਵਿੱਚ ਦਰਜ ਮਿਤੀ ({ $date }) ਤੋਂ ਵੱਖਰੀ ਹੈ, ਅਤੇ ਛੇ ਮਹੀਨਿਆਂ ਦੀ ਯੋਗਤਾ ਭਾਗ 8 ਵਾਲੀ ਮਿਤੀ ਤੋਂ ਗਿਣੀ ਜਾਂਦੀ ਹੈ: ਨੱਥੀ ਜਾਂ ਭਾਗ 8 ਠੀਕ ਕਰੋ।
err-not-a-count = ਇੱਕ ਪੂਰੀ ਸੰਖਿਆ ਲਿਖੋ (ਉਦਾਹਰਨ ਲਈ 2)।
err-unknown-prefecture = ਸੂਚੀ ਵਿੱਚੋਂ ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਚੁਣੋ: ਇਹ ਉਸੇ ਸੂਬੇ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ।
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = ਤੁਹਾਡੇ ਕੋਲ ਲੰਮੇ ਸਮੇਂ ਦੇ ਨਿਵਾਸੀਆਂ ਲਈ EU ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno UE per soggiornanti di lungo periodo) ਹੈ: B1 ਸਰਟੀਫਿਕੇਟ ਨੱਥੀ ਕਰਨ ਦੀ ਬਜਾਏ ਤੁਸੀਂ ਉੱਪਰ “ਲੰਮੇ ਸਮੇਂ ਦੇ EU ਪਰਮਿਟ ਦਾ ਧਾਰਕ” ਚੁਣ ਕੇ ਛੋਟ ਦੀ ਘੋਸ਼ਣਾ ਕਰ ਸਕਦੇ ਹੋ।
hint-subsidiary-protection-letter-f = ਤੁਹਾਡਾ ਪਰਮਿਟ ਸਹਾਇਕ ਸੁਰੱਖਿਆ (protezione sussidiaria) ਲਈ ਹੈ: ਅੱਖਰ e) ਸਿਰਫ਼ ਸ਼ਰਨਾਰਥੀਆਂ ਅਤੇ ਰਾਜ-ਰਹਿਤ ਵਿਅਕਤੀਆਂ ਲਈ ਹੈ। ਅੱਖਰ f) (10 ਸਾਲ) ਚੁਣੋ; ਜਨਮ ਅਤੇ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ ਜਮ੍ਹਾਂ ਕਰਵਾਉਣੇ ਪੈਣਗੇ।
hint-residence-gap-proof = ਰਿਹਾਇਸ਼ ਨਵੀਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਤੋਂ ਗਿਣੀ ਜਾਂਦੀ ਹੈ। ਜੇ ਇਸ ਦੌਰਾਨ ਤੁਸੀਂ ਇਟਲੀ ਵਿੱਚ ਰਹੇ, ਤਾਂ ਇਕਰਾਰਨਾਮੇ, ਤਨਖ਼ਾਹ ਪਰਚੀਆਂ ਅਤੇ ਡਾਕਟਰੀ ਸਰਟੀਫਿਕੇਟ ਸੰਭਾਲ ਕੇ ਰੱਖੋ: ਪ੍ਰੀਫੈਕਚਰ (Prefettura) ਇਹਨਾਂ ਨੂੰ ਲਗਾਤਾਰ ਮੌਜੂਦਗੀ ਦੇ ਸਬੂਤ ਵਜੋਂ ਮੰਨ ਸਕਦਾ ਹੈ।
hint-family-income-not-household = ਜੋ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਰਜਿਸਟਰ (stato di famiglia) ਵਿੱਚ ਨਹੀਂ ਹੈ, ਉਹ ਆਪਣੀ ਆਮਦਨ ਤੁਹਾਡੀ ਆਮਦਨ ਵਿੱਚ ਨਹੀਂ ਜੋੜ ਸਕਦਾ: ਇਹ ਰਕਮ ਨਹੀਂ ਗਿਣੀ ਜਾਂਦੀ।
hint-marriage-event = ਵਿਆਹ ਦੇ ਆਧਾਰ 'ਤੇ ਨਾਗਰਿਕਤਾ ਲਈ ਵਿਆਹ ਬਿਨਾਂ ਅਲਹਿਦਗੀ ਦੇ ਡਿਕਰੀ (decreto) ਤੱਕ ਕਾਇਮ ਰਹਿਣਾ ਚਾਹੀਦਾ ਹੈ: ਯੋਗਤਾ ਜਾਂਚ ਵੇਖੋ।
hint-criminal-record-expires-before-planned = ਇਹ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale) ਭੇਜਣ ਦੀ ਯੋਜਨਾਬੱਧ ਮਿਤੀ ਤੋਂ ਪਹਿਲਾਂ ਖ਼ਤਮ ਹੋ ਜਾਂਦਾ ਹੈ (ਸਮਾਂ-ਸੀਮਾਵਾਂ ਵੇਖੋ): ਪਹਿਲਾਂ ਭੇਜੋ ਜਾਂ ਨਵਾਂ ਸਰਟੀਫਿਕੇਟ ਲਓ।
# --- end hints ---

# --- upload progress ---
portal-upload-progress = { $name } ਅੱਪਲੋਡ ਹੋ ਰਿਹਾ ਹੈ: { $total } ਵਿੱਚੋਂ { $sent }
# --- end upload progress ---
# Insert nav-glossary after nav-settings (## navigation) and the block below after the
# theme-* lines, as lang-a does in i18n/it.
nav-glossary = ਸ਼ਬਦਾਵਲੀ

## ਸ਼ਬਦਾਵਲੀ
glossary-title = ਸ਼ਬਦਾਵਲੀ
glossary-intro = ਇਤਾਲਵੀ ਸਰਕਾਰੀ ਕੰਮਕਾਜ ਦੇ ਉਹ ਸ਼ਬਦ ਜੋ ਤੁਹਾਨੂੰ ਅਰਜ਼ੀ ਵਿੱਚ ਅਤੇ ਪ੍ਰੀਫੈਕਚਰ ਦੀਆਂ ਚਿੱਠੀਆਂ ਵਿੱਚ ਮਿਲਣਗੇ, ਸੰਖੇਪ ਵਿੱਚ ਸਮਝਾਏ ਗਏ। ਚਿੱਠੀਆਂ ਵਿੱਚ ਇਤਾਲਵੀ ਮੂਲ ਸ਼ਬਦ ਹੀ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ।
glossary-italian = ਇਤਾਲਵੀ ਵਿੱਚ: { $term }
glossary-prefettura = ਪ੍ਰੀਫੈਕਚਰ
glossary-prefettura-desc = ਸੂਬੇ ਵਿੱਚ ਰਾਜ ਦਾ ਦਫ਼ਤਰ ਜੋ ਨਾਗਰਿਕਤਾ ਦੀ ਅਰਜ਼ੀ ਲੈਂਦਾ ਹੈ, ਉਸਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ ਅਤੇ ਫ਼ੈਸਲਿਆਂ ਦੀ ਸੂਚਨਾ ਦਿੰਦਾ ਹੈ।
glossary-comune = ਨਗਰਪਾਲਿਕਾ
glossary-comune-desc = ਸ਼ਹਿਰ ਜਾਂ ਕਸਬੇ ਦਾ ਪ੍ਰਸ਼ਾਸਨ: ਇਹ ਨਿਵਾਸੀਆਂ ਦਾ ਰਜਿਸਟਰ (anagrafe) ਰੱਖਦਾ ਹੈ, ਸਰਟੀਫਿਕੇਟ ਜਾਰੀ ਕਰਦਾ ਹੈ ਅਤੇ ਸਹੁੰ ਦਾ ਪ੍ਰਬੰਧ ਕਰਦਾ ਹੈ।
glossary-codice-fiscale = ਟੈਕਸ ਕੋਡ
glossary-codice-fiscale-desc = 16 ਅੱਖਰਾਂ ਦਾ ਕੋਡ ਜੋ ਇਟਲੀ ਵਿੱਚ ਟੈਕਸ ਵਿਭਾਗ ਅਤੇ ਸਰਕਾਰੀ ਦਫ਼ਤਰਾਂ ਸਾਹਮਣੇ ਹਰ ਵਿਅਕਤੀ ਦੀ ਪਛਾਣ ਕਰਦਾ ਹੈ।
glossary-residenza-anagrafica = ਰਜਿਸਟਰਡ ਰਿਹਾਇਸ਼
glossary-residenza-anagrafica-desc = ਜਿਸ ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ ਉਸਦੇ ਨਿਵਾਸੀ ਰਜਿਸਟਰ ਵਿੱਚ ਨਾਮ ਦਰਜ ਹੋਣਾ। ਨਾਗਰਿਕਤਾ ਲਈ ਸਿਰਫ਼ ਰਜਿਸਟਰਡ ਰਿਹਾਇਸ਼ ਗਿਣੀ ਜਾਂਦੀ ਹੈ, ਸਿਰਫ਼ ਇਟਲੀ ਵਿੱਚ ਰਹਿਣਾ ਨਹੀਂ।
glossary-permesso-di-soggiorno = ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ
glossary-permesso-di-soggiorno-desc = ਪੁਲਿਸ ਦਫ਼ਤਰ (Questura) ਵੱਲੋਂ ਜਾਰੀ ਦਸਤਾਵੇਜ਼ ਜੋ ਗ਼ੈਰ-ਯੂਰਪੀ ਨਾਗਰਿਕ ਨੂੰ ਇਟਲੀ ਵਿੱਚ ਰਹਿਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦਾ ਹੈ।
glossary-permesso-ue-lungo-periodo = ਲੰਮੇ ਸਮੇਂ ਦੇ ਨਿਵਾਸੀਆਂ ਲਈ EU ਪਰਮਿਟ
glossary-permesso-ue-lungo-periodo-desc = ਉਹਨਾਂ ਲਈ ਬੇਮਿਆਦੀ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ ਜੋ ਘੱਟੋ-ਘੱਟ ਪੰਜ ਸਾਲ ਤੋਂ ਇਟਲੀ ਵਿੱਚ ਕਾਨੂੰਨੀ ਤੌਰ ਤੇ ਰਹਿ ਰਹੇ ਹਨ; ਇਸ ਨਾਲ ਭਾਸ਼ਾ ਸਰਟੀਫਿਕੇਟ ਤੋਂ ਛੋਟ ਮਿਲਦੀ ਹੈ।
glossary-questura = ਪੁਲਿਸ ਦਫ਼ਤਰ
glossary-questura-desc = ਸੂਬੇ ਵਿੱਚ ਰਾਜ ਪੁਲਿਸ ਦਾ ਦਫ਼ਤਰ ਜੋ ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ ਜਾਰੀ ਕਰਦਾ ਅਤੇ ਨਵਿਆਉਂਦਾ ਹੈ।
glossary-atto-notorio = ਹਲਫ਼ਨਾਮਾ
glossary-atto-notorio-desc = ਕਿਸੇ ਸਰਕਾਰੀ ਅਧਿਕਾਰੀ ਸਾਹਮਣੇ ਸਹੁੰ ਚੁੱਕ ਕੇ ਦਿੱਤਾ ਬਿਆਨ; ਸ਼ਰਨਾਰਥੀਆਂ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀਆਂ ਲਈ ਇਹ ਜਨਮ ਸਰਟੀਫਿਕੇਟ ਦੀ ਥਾਂ ਲੈਂਦਾ ਹੈ।
glossary-nucleo-familiare = ਪਰਿਵਾਰ (ਘਰ ਦੇ ਮੈਂਬਰ)
glossary-nucleo-familiare-desc = ਆਬਾਦੀ ਰਜਿਸਟਰ ਵਿੱਚ ਇੱਕੋ ਪਰਿਵਾਰ ਵਜੋਂ ਦਰਜ ਲੋਕ (“stato di famiglia”); ਉਹਨਾਂ ਦੀ ਆਮਦਨ ਬਿਨੈਕਾਰ ਦੀ ਆਮਦਨ ਨਾਲ ਜੋੜੀ ਜਾ ਸਕਦੀ ਹੈ।
glossary-reddito-imponibile = ਟੈਕਸਯੋਗ ਆਮਦਨ
glossary-reddito-imponibile-desc = ਉਹ ਆਮਦਨ ਜਿਸ ਉੱਤੇ ਟੈਕਸ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ, ਜੋ ਆਮਦਨ ਟੈਕਸ ਰਿਟਰਨ ਜਾਂ Certificazione Unica ਵਿੱਚ ਲਿਖੀ ਹੁੰਦੀ ਹੈ।
glossary-certificato-penale = ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ
glossary-certificato-penale-desc = ਜਨਮ ਦੇ ਦੇਸ਼ ਅਤੇ ਰਿਹਾਇਸ਼ ਵਾਲੇ ਦੇਸ਼ਾਂ ਦਾ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ; ਜਾਰੀ ਹੋਣ ਤੋਂ ਛੇ ਮਹੀਨੇ ਯੋਗ।
glossary-marca-da-bollo = ਮਾਲੀਆ ਟਿਕਟ
glossary-marca-da-bollo-desc = 16 € ਦੀ ਟਿਕਟ ਜੋ ਤੰਬਾਕੂ ਦੀ ਦੁਕਾਨ (tabaccheria) ਤੋਂ ਜਾਂ ਔਨਲਾਈਨ ਖਰੀਦੀ ਜਾਂਦੀ ਹੈ; ਅਰਜ਼ੀ ਵਿੱਚ ਇਸਦਾ ਕੋਡ ਲਿਖਿਆ ਜਾਂਦਾ ਹੈ।
glossary-pagopa = pagoPA
glossary-pagopa-desc = ਸਰਕਾਰੀ ਪ੍ਰਸ਼ਾਸਨ ਨੂੰ ਭੁਗਤਾਨ ਕਰਨ ਦੀ ਪ੍ਰਣਾਲੀ; ਇਸ ਰਾਹੀਂ 250 € ਫੀਸ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ ਅਤੇ IUV ਕੋਡ ਮਿਲਦਾ ਹੈ।
glossary-autocertificazione = ਸਵੈ-ਘੋਸ਼ਣਾ
glossary-autocertificazione-desc = ਦਸਤਖ਼ਤ ਕੀਤਾ ਬਿਆਨ ਜੋ ਕਿਸੇ ਸਰਟੀਫਿਕੇਟ ਦੀ ਥਾਂ ਲੈਂਦਾ ਹੈ; ਝੂਠਾ ਬਿਆਨ ਦੇਣਾ ਅਪਰਾਧਿਕ ਜੁਰਮ ਹੈ।
glossary-spid = SPID (ਡਿਜੀਟਲ ਪਛਾਣ)
glossary-spid-desc = ਡਿਜੀਟਲ ਪਛਾਣ ਜਿਸ ਨਾਲ ਗ੍ਰਹਿ ਮੰਤਰਾਲੇ ਦੇ ਪੋਰਟਲ ਅਤੇ ਹੋਰ ਔਨਲਾਈਨ ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ ਵਿੱਚ ਲੌਗ ਇਨ ਕੀਤਾ ਜਾਂਦਾ ਹੈ।
glossary-pec = ਪ੍ਰਮਾਣਿਤ ਈਮੇਲ
glossary-pec-desc = ਕਾਨੂੰਨੀ ਮਾਨਤਾ ਵਾਲੀ ਈਮੇਲ, ਪ੍ਰਾਪਤੀ ਰਸੀਦ ਵਾਲੀ ਰਜਿਸਟਰਡ ਚਿੱਠੀ ਵਾਂਗ।
glossary-numero-k10 = K10 ਨੰਬਰ
glossary-numero-k10-desc = ਉਹ ਫਾਈਲ ਨੰਬਰ ਜੋ ਪ੍ਰੀਫੈਕਚਰ ਸਵੀਕਾਰ ਕੀਤੀ ਅਰਜ਼ੀ ਨੂੰ ਦਿੰਦਾ ਹੈ; ਹਰ ਚਿੱਠੀ-ਪੱਤਰ ਵਿੱਚ ਇਸਦਾ ਹਵਾਲਾ ਦਿਓ।
glossary-preavviso-di-rigetto = ਰੱਦ ਕਰਨ ਦਾ ਅਗਾਊਂ ਨੋਟਿਸ
glossary-preavviso-di-rigetto-desc = ਉਹ ਚਿੱਠੀ (ਧਾਰਾ 10-bis) ਜਿਸ ਨਾਲ ਪ੍ਰੀਫੈਕਚਰ ਦੱਸਦਾ ਹੈ ਕਿ ਉਹ ਅਰਜ਼ੀ ਰੱਦ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹੈ: ਤੁਸੀਂ ਦੱਸੀ ਸਮਾਂ-ਸੀਮਾ ਅੰਦਰ ਦਸਤਾਵੇਜ਼ਾਂ ਅਤੇ ਟਿੱਪਣੀਆਂ ਨਾਲ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ।
glossary-decreto = ਨਾਗਰਿਕਤਾ ਦੇਣ ਦਾ ਹੁਕਮ
glossary-decreto-desc = ਉਹ ਹੁਕਮ ਜਿਸ ਨਾਲ ਨਾਗਰਿਕਤਾ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ; ਇਸਦੀ ਸਰਕਾਰੀ ਸੂਚਨਾ ਨਗਰਪਾਲਿਕਾ ਜਾਂ ਪ੍ਰੀਫੈਕਚਰ ਦਿੰਦਾ ਹੈ।
glossary-giuramento = ਸਹੁੰ
glossary-giuramento-desc = ਗਣਰਾਜ ਪ੍ਰਤੀ ਵਫ਼ਾਦਾਰੀ ਦੀ ਸਹੁੰ, ਜੋ ਹੁਕਮ ਦੀ ਸੂਚਨਾ ਦੇ ਛੇ ਮਹੀਨਿਆਂ ਅੰਦਰ ਨਗਰਪਾਲਿਕਾ ਵਿੱਚ ਚੁੱਕੀ ਜਾਂਦੀ ਹੈ: ਉਸੇ ਦਿਨ ਤੋਂ ਤੁਸੀਂ ਇਤਾਲਵੀ ਨਾਗਰਿਕ ਹੋ।
