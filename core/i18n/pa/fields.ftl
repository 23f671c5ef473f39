# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਦੁਬਾਰਾ ਪੜ੍ਹੋ
review-intro = ਬਾਰਾਂ ਭਾਗਾਂ ਦੇ ਸਾਰੇ ਜਵਾਬ, ਜਿਵੇਂ ਤੁਸੀਂ ਦਿੱਤੇ ਸਨ। ਜੋ ਘੱਟ ਹੈ ਜਾਂ ਠੀਕ ਕਰਨਾ ਹੈ, ਉਹ ਸਭ ਤੋਂ ਉੱਪਰ ਹੈ; "ਬਦਲੋ" ਤੁਹਾਨੂੰ ਉਸ ਖ਼ਾਨੇ ਤੱਕ ਲੈ ਜਾਂਦਾ ਹੈ।
review-missing =
    { $count ->
        [one] ਇੱਕ ਜਾਣਕਾਰੀ ਘੱਟ ਹੈ ਜਾਂ ਠੀਕ ਕਰਨੀ ਹੈ:
       *[other] { $count } ਜਾਣਕਾਰੀਆਂ ਘੱਟ ਹਨ ਜਾਂ ਠੀਕ ਕਰਨੀਆਂ ਹਨ:
    }
review-nothing-missing = ਕੁਝ ਵੀ ਘੱਟ ਨਹੀਂ: ਸਾਰੇ ਭਾਗ ਪੂਰੇ ਹਨ।
review-change = ਬਦਲੋ
review-no-answers = ਇਸ ਭਾਗ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਨਹੀਂ।
review-answers = ਜਵਾਬ, ਭਾਗ ਦਰ ਭਾਗ
review-yes = ਹਾਂ

## Sections
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

## Choices
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
gap-reason-cancelled-reregistered = ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਰੱਦ ਹੋਈ ਅਤੇ ਫਿਰ ਬਹਾਲ ਹੋਈ
gap-reason-lived-abroad = ਮੈਂ ਵਿਦੇਸ਼ ਵਿੱਚ ਰਿਹਾ/ਰਹੀ
gap-reason-other = ਕੋਈ ਹੋਰ ਕਾਰਨ
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

## Fields: 1 legal basis
field-legal-basis-basis = ਕਾਨੂੰਨੀ ਆਧਾਰ
field-legal-basis-prefecture = ਸਬੰਧਤ ਪ੍ਰੀਫੈਕਚਰ (Prefettura)
field-legal-basis-art9a-born-in-italy = ਇਟਲੀ ਵਿੱਚ ਜਨਮ (ਨਹੀਂ ਤਾਂ: ਜਨਮ ਤੋਂ ਨਾਗਰਿਕ ਦੀ ਔਲਾਦ)
field-legal-basis-adoption-date = ਗੋਦ ਲੈਣ ਦੀ ਮਿਤੀ
field-legal-basis-state-service-employer = ਸਰਕਾਰੀ ਵਿਭਾਗ ਜਿੱਥੇ ਸੇਵਾ ਕੀਤੀ
field-legal-basis-state-service-from = ਸੇਵਾ ਦੀ ਸ਼ੁਰੂਆਤ
field-legal-basis-state-service-to = ਸੇਵਾ ਦਾ ਅੰਤ
field-legal-basis-refugee-or-stateless = ਸ਼ਰਨਾਰਥੀ ਜਾਂ ਰਾਜ-ਵਿਹੀਨ
field-legal-basis-status-recognised-on = ਦਰਜਾ ਮਾਨਤਾ ਮਿਲਣ ਦੀ ਮਿਤੀ

## Fields: 2 personal data
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

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = ਸਰਟੀਫਿਕੇਟ ਜਾਰੀ ਕਰਨ ਵਾਲੀ ਅਥਾਰਟੀ
field-birth-certificate-act-number = ਸਰਟੀਫਿਕੇਟ ਨੰਬਰ
field-birth-certificate-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
field-birth-certificate-legalisation = ਪ੍ਰਮਾਣੀਕਰਨ (legalizzazione)
field-birth-certificate-legalisation-date = ਪ੍ਰਮਾਣੀਕਰਨ ਦੀ ਮਿਤੀ
field-birth-certificate-translated = ਇਤਾਲਵੀ ਵਿੱਚ ਅਨੁਵਾਦਿਤ (ਜਾਂ ਬਹੁ-ਭਾਸ਼ੀ ਫਾਰਮ)
field-birth-certificate-replaced-by-atto-notorio = ਹਲਫ਼ਨਾਮੇ (atto notorio) ਨਾਲ ਬਦਲਿਆ (ਸ਼ਰਨਾਰਥੀ ਅਤੇ ਰਾਜ-ਵਿਹੀਨ ਵਿਅਕਤੀ)

## Fields: 4 entry and stay
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

## Fields: 5 residences
field-residences-periods = ਇਟਲੀ ਵਿੱਚ ਰਜਿਸਟਰਡ ਰਿਹਾਇਸ਼ (residenza anagrafica) ਦੇ ਸਮੇਂ
field-residences-periods-municipality = ਨਗਰਪਾਲਿਕਾ (Comune)
field-residences-periods-province = ਸੂਬਾ
field-residences-periods-from = ਤੋਂ
field-residences-periods-to = ਤੱਕ (ਜੇ ਅਜੇ ਵੀ ਉੱਥੇ ਹੋ ਤਾਂ ਖ਼ਾਲੀ)
field-residences-periods-gap-before-reason = ਇਸ ਸਮੇਂ ਤੋਂ ਪਹਿਲਾਂ ਦਾ ਵਕਫ਼ਾ: ਕਾਰਨ (ਸਿਰਫ਼ ਜੇ ਕੋਈ ਵਕਫ਼ਾ ਹੈ)
field-residences-registered-in-italy-before-14 = 14 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਪਹਿਲਾਂ ਇਟਲੀ ਦੇ ਆਬਾਦੀ ਰਜਿਸਟਰ (anagrafe) ਵਿੱਚ ਦਰਜ

## Fields: 6 family
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
field-family-spouse-separation-date = ਅਲਹਿਦਗੀ ਦੀ ਮਿਤੀ (ਜੇ ਹੋਈ ਹੋਵੇ)
field-family-spouse-divorce-date = ਤਲਾਕ ਦੀ ਮਿਤੀ (ਜੇ ਹੋਇਆ ਹੋਵੇ)
field-family-spouse-annulment-date = ਵਿਆਹ ਰੱਦ ਹੋਣ ਦੀ ਮਿਤੀ (ਜੇ ਹੋਇਆ ਹੋਵੇ)
field-family-spouse-death-date = ਜੀਵਨ ਸਾਥੀ ਦੀ ਮੌਤ ਦੀ ਮਿਤੀ (ਜੇ ਹੋਈ ਹੋਵੇ)
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

## Fields: 7 income
field-income-years = ਪਿਛਲੇ ਤਿੰਨ ਸਾਲਾਂ ਦੀ ਆਮਦਨ
field-income-years-year = ਟੈਕਸ ਸਾਲ
field-income-years-amount = ਟੈਕਸਯੋਗ ਆਮਦਨ (reddito imponibile, €)
field-income-years-source = ਟੈਕਸ ਘੋਸ਼ਣਾ
field-income-years-dependent-spouse = ਉਸ ਸਾਲ ਆਸ਼ਰਿਤ ਜੀਵਨ ਸਾਥੀ (ਖ਼ਾਲੀ = ਜਿਵੇਂ ਭਾਗ 6 ਵਿੱਚ)
field-income-years-other-dependants = ਉਸ ਸਾਲ ਹੋਰ ਆਸ਼ਰਿਤ ਪਰਿਵਾਰਕ ਮੈਂਬਰ (ਗਿਣਤੀ; ਖ਼ਾਲੀ = ਭਾਗ 6 ਤੋਂ, ਉਸ ਸਾਲ ਤੱਕ ਜਨਮੇ ਲੋਕਾਂ ਨੂੰ ਗਿਣ ਕੇ)
field-income-years-family-income = ਨਾਲ ਰਹਿੰਦੇ ਪਰਿਵਾਰਕ ਮੈਂਬਰਾਂ ਦੀ ਆਮਦਨ
field-income-years-family-income-member-name = ਪਰਿਵਾਰਕ ਮੈਂਬਰ
field-income-years-family-income-amount = ਆਮਦਨ (€)
field-income-years-family-income-source = ਟੈਕਸ ਘੋਸ਼ਣਾ
field-income-years-family-income-same-household = ਕੀ ਬਿਨੈਕਾਰ ਵਾਲੇ ਉਸੇ ਪਰਿਵਾਰ ਰਜਿਸਟਰ (stato di famiglia) ਵਿੱਚ ਹਨ?

## Fields: 8 criminal record
field-judicial-no-convictions = ਇਟਲੀ ਜਾਂ ਵਿਦੇਸ਼ ਵਿੱਚ ਕੋਈ ਅਪਰਾਧਿਕ ਸਜ਼ਾ ਨਹੀਂ
field-judicial-convictions-details = ਸਜ਼ਾਵਾਂ ਜਾਂ ਮੁਕੱਦਮਿਆਂ ਦਾ ਵੇਰਵਾ
field-judicial-pending-proceedings = ਚੱਲ ਰਹੇ ਅਪਰਾਧਿਕ ਮੁਕੱਦਮੇ
field-judicial-certificates = ਰਿਹਾਇਸ਼ ਵਾਲੇ ਦੇਸ਼ਾਂ ਦੇ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਸਰਟੀਫਿਕੇਟ (certificato penale)
field-judicial-certificates-country = ਦੇਸ਼
field-judicial-certificates-issue-date = ਜਾਰੀ ਕਰਨ ਦੀ ਮਿਤੀ
field-judicial-certificates-legalisation = ਪ੍ਰਮਾਣੀਕਰਨ (legalizzazione)
field-judicial-certificates-translated = ਇਤਾਲਵੀ ਵਿੱਚ ਅਨੁਵਾਦਿਤ

## Fields: 9 language
field-language-exemption = ਭਾਸ਼ਾ ਸਰਟੀਫਿਕੇਟ ਤੋਂ ਛੋਟ
field-language-certifying-body = ਸਰਟੀਫਿਕੇਟ ਦੇਣ ਵਾਲੀ ਸੰਸਥਾ (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = ਪੱਧਰ
field-language-certificate-number = ਸਰਟੀਫਿਕੇਟ ਨੰਬਰ
field-language-certificate-date = ਸਰਟੀਫਿਕੇਟ ਦੀ ਮਿਤੀ

## Fields: 10 payments
field-payments-contribution-iuv = 250 € ਫੀਸ (contributo): pagoPA ਨੋਟਿਸ ਕੋਡ / IUV
field-payments-contribution-paid-on = ਫੀਸ ਭੁਗਤਾਨ ਦੀ ਮਿਤੀ
field-payments-contribution-amount = ਫੀਸ ਦੀ ਰਕਮ (€)
field-payments-stamp-duty-iuv = 16 € ਮਾਲੀਆ ਟਿਕਟ (marca da bollo): ਪਛਾਣ ਕੋਡ
field-payments-stamp-duty-paid-on = ਮਾਲੀਆ ਟਿਕਟ ਖਰੀਦਣ ਦੀ ਮਿਤੀ
field-payments-stamp-duty-amount = ਮਾਲੀਆ ਟਿਕਟ ਦੀ ਰਕਮ (€)

## Fields: 12 declarations
field-consent-truthfulness = ਮੈਂ ਘੋਸ਼ਣਾ ਕਰਦਾ/ਕਰਦੀ ਹਾਂ ਕਿ ਜਾਣਕਾਰੀ ਸੱਚੀ ਹੈ (DPR 445/2000 ਦੀਆਂ ਧਾਰਾਵਾਂ 46, 47, 75 ਅਤੇ 76)
field-consent-privacy = ਮੈਂ ਨਿੱਜੀ ਡਾਟੇ ਦੀ ਵਰਤੋਂ ਬਾਰੇ ਸੂਚਨਾ ਪੜ੍ਹ ਲਈ ਹੈ (GDPR ਧਾਰਾ 13)
field-consent-reviewed = ਮੈਂ ਪੂਰੀ ਅਰਜ਼ੀ ਦੁਬਾਰਾ ਜਾਂਚ ਲਈ ਹੈ
