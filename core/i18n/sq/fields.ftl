# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Rilexojeni para se ta dërgoni
review-intro = Të gjitha përgjigjet e dymbëdhjetë seksioneve, ashtu si i keni dhënë. Ajo që mungon ose duhet korrigjuar vjen e para; «Ndrysho» ju çon te fusha.
review-missing = { $count ->
    [one] Një përgjigje mungon ose duhet korrigjuar:
   *[other] { $count } përgjigje mungojnë ose duhen korrigjuar:
}
review-nothing-missing = Nuk mungon asgjë: të gjitha seksionet janë të plota.
review-change = Ndrysho
review-no-answers = Asnjë përgjigje në këtë seksion.
review-answers = Përgjigjet, seksion pas seksioni
review-yes = Po

## Sections
section-legal-basis = Baza e kërkesës
section-personal = Të dhënat personale
section-birth-certificate = Akti i lindjes
section-entry-stay = Hyrja dhe qëndrimi
section-residences = Vendbanimet në Itali
section-family = Familja
section-income = Të ardhurat
section-judicial = Gjendja gjyqësore
section-language = Gjuha italiane
section-payments = Pagesat
section-documents = Dokumentet
section-consent = Deklaratat dhe dërgimi

## Choices
choice-yes = Po
choice-no = Jo
basis-art5-italy = Neni 5 – i/e martuar me një shtetas italian, me banim në Itali
basis-art5-abroad = Neni 5 – i/e martuar me një shtetas italian, me banim jashtë shtetit
basis-art9-a = Neni 9 p.1 a) – i/e lindur në Itali ose pasardhës i një shtetasi italian nga lindja
basis-art9-b = Neni 9 p.1 b) – i rritur i birësuar nga një shtetas italian
basis-art9-c = Neni 9 p.1 c) – shërbim në shtetin italian
basis-art9-d = Neni 9 p.1 d) – shtetas i Bashkimit Evropian
basis-art9-e = Neni 9 p.1 e) – person pa shtetësi ose refugjat
basis-art9-f = Neni 9 p.1 f) – banim i ligjshëm prej të paktën 10 vitesh
refugee-status-refugee = Refugjat
refugee-status-stateless = Pa shtetësi
sex-male = Mashkull
sex-female = Femër
marital-single = Beqar/e
marital-married = I/e martuar
marital-civil-union = Bashkim civil
marital-separated = I/e ndarë
marital-divorced = I/e divorcuar
marital-widowed = I/e ve
legalisation-apostille = Apostilë
legalisation-consular = Legalizim konsullor
legalisation-exempt = I përjashtuar (konventë)
permit-eu-long-term = Leje qëndrimi BE afatgjatë (permesso UE per soggiornanti di lungo periodo)
permit-work = Punë
permit-family = Arsye familjare
permit-study = Studime
permit-asylum = Azil
permit-subsidiary-protection = Mbrojtje plotësuese
permit-eu-registration = Vërtetim qëndrimi (shtetas të BE-së)
permit-other = Tjetër
relationship-spouse = Bashkëshort/e
relationship-child = Fëmijë
relationship-parent = Prind
relationship-sibling = Vëlla/motër
relationship-other-relative = I afërm tjetër
relationship-other = Tjetër
income-source-cu = Certificazione Unica
income-source-730 = Modello 730
income-source-unico = Modello Redditi
income-source-none = Nuk janë deklaruar të ardhura
gap-reason-cancelled-reregistered = Regjistrimi u anulua dhe më pas u rivendos
gap-reason-lived-abroad = Kam jetuar jashtë vendit
gap-reason-other = Arsye tjetër
exemption-none = Pa përjashtim: certifikatë B1
exemption-eu-long-term-permit = Mbajtës i lejes së qëndrimit BE afatgjatë
exemption-integration-agreement = Ka nënshkruar marrëveshjen e integrimit (accordo di integrazione)
exemption-italian-qualification = Diplomë shkollore ose universitare italiane
doc-birth-certificate = Akti i lindjes
doc-criminal-record = Dëshmi penaliteti
doc-identity-document = Dokument identiteti
doc-residence-permit = Leje qëndrimi (permesso di soggiorno)
doc-codice-fiscale = Codice fiscale (kodi fiskal)
doc-language-certificate = Certifikatë e gjuhës italiane
doc-income-statement = Deklaratë e të ardhurave
doc-payment-receipt = Dëftesë pagese
doc-marriage-certificate = Akti i martesës
doc-atto-notorio = Atto notorio (deklaratë e betuar)
doc-other = Dokument tjetër

## Fields: 1 legal basis
field-legal-basis-basis = Baza ligjore
field-legal-basis-prefecture = Prefektura (Prefettura)
field-legal-basis-art9a-born-in-italy = I/e lindur në Itali (përndryshe: pasardhës i një shtetasi italian nga lindja)
field-legal-basis-adoption-date = Data e birësimit
field-legal-basis-state-service-employer = Administrata publike ku keni shërbyer
field-legal-basis-state-service-from = Shërbimi nga
field-legal-basis-state-service-to = Shërbimi deri më
field-legal-basis-refugee-or-stateless = Refugjat ose pa shtetësi
field-legal-basis-status-recognised-on = Data e njohjes së statusit

## Fields: 2 personal data
field-personal-surname = Mbiemri
field-personal-name = Emri
field-personal-birth-surname = Mbiemri në lindje (nëse është i ndryshëm)
field-personal-sex = Gjinia
field-personal-birth-date = Data e lindjes
field-personal-birth-place-town = Vendi i lindjes
field-personal-birth-place-province = Provinca e lindjes (vetëm për Italinë)
field-personal-birth-place-country = Shteti i lindjes
field-personal-citizenships = Shtetësitë aktuale
field-personal-codice-fiscale = Codice fiscale (kodi fiskal)
field-personal-residence-street = Adresa (rruga)
field-personal-residence-house-number = Numri i shtëpisë
field-personal-residence-postcode = Kodi postar (CAP)
field-personal-residence-municipality = Komuna e banimit (Comune)
field-personal-residence-province = Provinca
field-personal-email = E-mail
field-personal-phone = Telefoni
field-personal-marital-status = Gjendja civile

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Autoriteti lëshues
field-birth-certificate-act-number = Numri i aktit
field-birth-certificate-issue-date = Data e lëshimit
field-birth-certificate-legalisation = Legalizimi
field-birth-certificate-legalisation-date = Data e legalizimit
field-birth-certificate-translated = I përkthyer në italisht (ose formular shumëgjuhësh)
field-birth-certificate-replaced-by-atto-notorio = Zëvendësuar me një atto notorio (refugjatë dhe persona pa shtetësi)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Data e hyrjes së parë në Itali
field-entry-stay-permit-type = Lloji i lejes së qëndrimit (permesso di soggiorno)
field-entry-stay-permit-number = Numri i lejes
field-entry-stay-permit-issuer = Questura që e ka lëshuar
field-entry-stay-permit-issue-date = Data e lëshimit të lejes
field-entry-stay-permit-expiry-date = Skadenca e lejes (bosh nëse është pa afat)
field-entry-stay-foreign-document-kind = Dokument i huaj (pasaportë, kartë identiteti…)
field-entry-stay-foreign-document-number = Numri i dokumentit
field-entry-stay-foreign-document-issuer = Lëshuar nga
field-entry-stay-foreign-document-issue-date = Data e lëshimit
field-entry-stay-foreign-document-expiry-date = Data e skadimit
field-entry-stay-italian-id-card-kind = Dokument italian (opsional)
field-entry-stay-italian-id-card-number = Numri i dokumentit italian
field-entry-stay-italian-id-card-issuer = Komuna që e ka lëshuar
field-entry-stay-italian-id-card-issue-date = Data e lëshimit të dokumentit italian
field-entry-stay-italian-id-card-expiry-date = Data e skadimit të dokumentit italian

## Fields: 5 residences
field-residences-periods = Vendbanimet e regjistruara në Itali (residenza anagrafica)
field-residences-periods-municipality = Komuna
field-residences-periods-province = Provinca
field-residences-periods-from = Nga
field-residences-periods-to = Deri më (bosh nëse është aktuali)
field-residences-periods-gap-before-reason = Ndërprerje para kësaj periudhe: arsyeja (vetëm nëse ka)
field-residences-registered-in-italy-before-14 = I/e regjistruar si banor/e në Itali para moshës 14 vjeç

## Fields: 6 family
field-family-spouse-surname = Mbiemri i bashkëshortit/es
field-family-spouse-name = Emri i bashkëshortit/es
field-family-spouse-birth-date = Data e lindjes së bashkëshortit/es
field-family-spouse-birth-place-town = Vendi i lindjes së bashkëshortit/es
field-family-spouse-birth-place-province = Provinca e lindjes së bashkëshortit/es
field-family-spouse-birth-place-country = Shteti i lindjes së bashkëshortit/es
field-family-spouse-codice-fiscale = Codice fiscale i bashkëshortit/es
field-family-spouse-italian-citizen = Bashkëshorti/ja është shtetas/e italian/e
field-family-spouse-marriage-date = Data e martesës
field-family-spouse-marriage-place = Vendi i martesës
field-family-spouse-transcription-municipality = Komuna ku u transkriptua martesa
field-family-spouse-transcription-date = Data e transkriptimit
field-family-spouse-separation-date = Data e ndarjes (nëse ka ndodhur)
field-family-spouse-divorce-date = Data e divorcit (nëse ka ndodhur)
field-family-spouse-annulment-date = Data e anulimit (nëse ka ndodhur)
field-family-spouse-death-date = Data e vdekjes së bashkëshortit (nëse ka ndodhur)
field-family-children-with-spouse = Fëmijë të lindur ose të birësuar nga çifti
field-family-household = Anëtarët e familjes (nucleo familiare)
field-family-household-surname = Mbiemri
field-family-household-name = Emri
field-family-household-birth-date = Data e lindjes
field-family-household-birth-place-town = Vendi i lindjes
field-family-household-birth-place-province = Provinca e lindjes
field-family-household-birth-place-country = Shteti i lindjes
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Lidhja familjare
field-family-household-dependant = Në ngarkim

## Fields: 7 income
field-income-years = Të ardhurat e tre viteve të fundit
field-income-years-year = Viti tatimor
field-income-years-amount = Të ardhurat e tatueshme (reddito imponibile, €)
field-income-years-source = Deklarata tatimore
field-income-years-dependent-spouse = Bashkëshorti në ngarkim atë vit (bosh = si në seksionin 6)
field-income-years-other-dependants = Persona të tjera në ngarkim atë vit (numër; bosh = nga seksioni 6, duke numëruar të lindurit deri në atë vit)
field-income-years-family-income = Të ardhurat e anëtarëve të familjes
field-income-years-family-income-member-name = Anëtari i familjes
field-income-years-family-income-amount = Të ardhurat (€)
field-income-years-family-income-source = Deklarata tatimore
field-income-years-family-income-same-household = Në të njëjtin «stato di famiglia» (përbërje familjare) me aplikantin?

## Fields: 8 criminal record
field-judicial-no-convictions = Asnjë dënim penal në Itali apo jashtë saj
field-judicial-convictions-details = Hollësitë e dënimeve ose procedimeve
field-judicial-pending-proceedings = Procedime penale në vazhdim
field-judicial-certificates = Dëshmitë e penalitetit (certificato penale) të shteteve ku keni banuar
field-judicial-certificates-country = Shteti
field-judicial-certificates-issue-date = Data e lëshimit
field-judicial-certificates-legalisation = Legalizimi
field-judicial-certificates-translated = I përkthyer në italisht

## Fields: 9 language
field-language-exemption = Përjashtimi nga certifikata e gjuhës
field-language-certifying-body = Enti certifikues (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Niveli
field-language-certificate-number = Numri i certifikatës
field-language-certificate-date = Data e certifikatës

## Fields: 10 payments
field-payments-contribution-iuv = Kontributi 250 €: kodi i njoftimit pagoPA / IUV
field-payments-contribution-paid-on = Kontributi u pagua më
field-payments-contribution-amount = Shuma e kontributit (€)
field-payments-stamp-duty-iuv = Marca da bollo (pullë tatimore) 16 €: kodi identifikues
field-payments-stamp-duty-paid-on = Marca da bollo u ble më
field-payments-stamp-duty-amount = Shuma e marca da bollo (€)

## Fields: 12 declarations
field-consent-truthfulness = Deklaroj se të dhënat janë të vërteta (nenet 46, 47, 75 dhe 76 të DPR 445/2000)
field-consent-privacy = Kam lexuar njoftimin për privatësinë (neni 13 GDPR)
field-consent-reviewed = E kam rishikuar të gjithë kërkesën
