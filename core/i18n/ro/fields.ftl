# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Recitiți înainte de a trimite
review-intro = Toate răspunsurile din cele douăsprezece secțiuni, așa cum le-ați dat. Ce lipsește sau trebuie corectat apare în partea de sus; „Modifică” vă duce la câmp.
review-missing =
    { $count ->
        [one] Lipsește sau trebuie corectată o informație:
       *[other] Lipsesc sau trebuie corectate { $count } informații:
    }
review-nothing-missing = Nu lipsește nimic: toate secțiunile sunt complete.
review-change = Modifică
review-no-answers = Niciun răspuns în această secțiune.
review-answers = Răspunsurile, secțiune cu secțiune
review-yes = Da

## Sections
section-legal-basis = Temeiul legal
section-personal = Date personale
section-birth-certificate = Certificat de naștere
section-entry-stay = Intrare și ședere
section-residences = Rezidențe în Italia
section-family = Familie
section-income = Venituri
section-judicial = Situația penală
section-language = Limba italiană
section-payments = Plăți
section-documents = Documente
section-consent = Declarații și trimitere

## Choices
choice-yes = Da
choice-no = Nu
basis-art5-italy = Art. 5 – căsătorit(ă) cu un cetățean italian, cu domiciliul în Italia
basis-art5-abroad = Art. 5 – căsătorit(ă) cu un cetățean italian, cu domiciliul în străinătate
basis-art9-a = Art. 9 c.1 a) – născut(ă) în Italia sau descendent al unui cetățean prin naștere
basis-art9-b = Art. 9 c.1 b) – adult adoptat de un cetățean italian
basis-art9-c = Art. 9 c.1 c) – serviciu în slujba statului italian
basis-art9-d = Art. 9 c.1 d) – cetățean al Uniunii Europene
basis-art9-e = Art. 9 c.1 e) – apatrid sau refugiat
basis-art9-f = Art. 9 c.1 f) – rezidență legală de cel puțin 10 ani
refugee-status-refugee = Refugiat
refugee-status-stateless = Apatrid
sex-male = Masculin
sex-female = Feminin
marital-single = Necăsătorit(ă)
marital-married = Căsătorit(ă)
marital-civil-union = Uniune civilă
marital-separated = Separat(ă)
marital-divorced = Divorțat(ă)
marital-widowed = Văduv(ă)
legalisation-apostille = Apostilă
legalisation-consular = Supralegalizare consulară
legalisation-exempt = Scutit (convenție)
permit-eu-long-term = Permis de ședere UE de lungă durată (permesso UE per soggiornanti di lungo periodo)
permit-work = Muncă
permit-family = Familie
permit-study = Studii
permit-asylum = Azil
permit-subsidiary-protection = Protecție subsidiară
permit-eu-registration = Certificat de înregistrare (cetățeni UE)
permit-other = Altul
relationship-spouse = Soț/soție
relationship-child = Copil
relationship-parent = Părinte
relationship-sibling = Frate/soră
relationship-other-relative = Altă rudă
relationship-other = Altul
income-source-cu = Certificazione Unica
income-source-730 = Formularul 730
income-source-unico = Modello Redditi
income-source-none = Niciun venit declarat
gap-reason-cancelled-reregistered = Înscriere anulată și apoi restabilită
gap-reason-lived-abroad = Am locuit în străinătate
gap-reason-other = Alt motiv
exemption-none = Fără scutire: certificat B1
exemption-eu-long-term-permit = Titular al unui permis UE de lungă durată
exemption-integration-agreement = A semnat acordul de integrare
exemption-italian-qualification = Diplomă școlară sau universitară italiană
doc-birth-certificate = Certificat de naștere
doc-criminal-record = Certificat de cazier judiciar
doc-identity-document = Act de identitate
doc-residence-permit = Permis de ședere
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Certificat de limbă italiană
doc-income-statement = Declarație de venit
doc-payment-receipt = Dovada plății
doc-marriage-certificate = Certificat de căsătorie
doc-atto-notorio = Atto notorio (declarație sub jurământ)
doc-other = Alt document

## Fields: 1 legal basis
field-legal-basis-basis = Temeiul legal
field-legal-basis-prefecture = Prefectura competentă (Prefettura)
field-legal-basis-art9a-born-in-italy = Născut(ă) în Italia (altfel: descendent al unui cetățean prin naștere)
field-legal-basis-adoption-date = Data adopției
field-legal-basis-state-service-employer = Administrația publică în care ați servit
field-legal-basis-state-service-from = Serviciu de la
field-legal-basis-state-service-to = Serviciu până la
field-legal-basis-refugee-or-stateless = Refugiat sau apatrid
field-legal-basis-status-recognised-on = Data recunoașterii statutului

## Fields: 2 personal data
field-personal-surname = Nume de familie
field-personal-name = Prenume
field-personal-birth-surname = Numele de familie la naștere (dacă diferă)
field-personal-sex = Sex
field-personal-birth-date = Data nașterii
field-personal-birth-place-town = Locul nașterii
field-personal-birth-place-province = Provincia nașterii (doar Italia)
field-personal-birth-place-country = Țara nașterii
field-personal-citizenships = Cetățenii actuale
field-personal-codice-fiscale = Codice fiscale (cod fiscal)
field-personal-residence-street = Strada
field-personal-residence-house-number = Număr
field-personal-residence-postcode = Cod poștal
field-personal-residence-municipality = Localitatea de rezidență (Comune)
field-personal-residence-province = Provincia
field-personal-email = E-mail
field-personal-phone = Telefon
field-personal-marital-status = Stare civilă

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Autoritatea emitentă
field-birth-certificate-act-number = Numărul actului
field-birth-certificate-issue-date = Data eliberării
field-birth-certificate-legalisation = Legalizare
field-birth-certificate-legalisation-date = Data legalizării
field-birth-certificate-translated = Tradus în italiană (sau formular multilingv)
field-birth-certificate-replaced-by-atto-notorio = Înlocuit de un atto notorio (refugiați și apatrizi)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Data primei intrări în Italia
field-entry-stay-permit-type = Tipul permisului de ședere (permesso di soggiorno)
field-entry-stay-permit-number = Numărul permisului
field-entry-stay-permit-issuer = Questura care l-a eliberat
field-entry-stay-permit-issue-date = Data eliberării permisului
field-entry-stay-permit-expiry-date = Expirarea permisului (gol dacă e nelimitat)
field-entry-stay-foreign-document-kind = Document străin (pașaport, carte de identitate…)
field-entry-stay-foreign-document-number = Numărul documentului
field-entry-stay-foreign-document-issuer = Eliberat de
field-entry-stay-foreign-document-issue-date = Data eliberării
field-entry-stay-foreign-document-expiry-date = Data expirării
field-entry-stay-italian-id-card-kind = Document italian (opțional)
field-entry-stay-italian-id-card-number = Numărul documentului italian
field-entry-stay-italian-id-card-issuer = Comuna emitentă
field-entry-stay-italian-id-card-issue-date = Data eliberării documentului italian
field-entry-stay-italian-id-card-expiry-date = Data expirării documentului italian

## Fields: 5 residences
field-residences-periods = Rezidențe înregistrate în Italia (residenza anagrafica)
field-residences-periods-municipality = Comuna
field-residences-periods-province = Provincia
field-residences-periods-from = De la
field-residences-periods-to = Până la (gol dacă este cea actuală)
field-residences-periods-gap-before-reason = Întrerupere înainte de această perioadă: motivul (doar dacă există un gol)
field-residences-registered-in-italy-before-14 = Înregistrat(ă) ca rezident(ă) în Italia înainte de vârsta de 14 ani

## Fields: 6 family
field-family-spouse-surname = Numele de familie al soțului/soției
field-family-spouse-name = Prenumele soțului/soției
field-family-spouse-birth-date = Data nașterii soțului/soției
field-family-spouse-birth-place-town = Locul nașterii soțului/soției
field-family-spouse-birth-place-province = Provincia nașterii soțului/soției
field-family-spouse-birth-place-country = Țara nașterii soțului/soției
field-family-spouse-codice-fiscale = Codice fiscale al soțului/soției
field-family-spouse-italian-citizen = Soțul/soția este cetățean italian
field-family-spouse-marriage-date = Data căsătoriei
field-family-spouse-marriage-place = Locul căsătoriei
field-family-spouse-transcription-municipality = Comuna unde a fost transcrisă căsătoria
field-family-spouse-transcription-date = Data transcrierii
field-family-spouse-separation-date = Data separării (dacă a avut loc)
field-family-spouse-divorce-date = Data divorțului (dacă a avut loc)
field-family-spouse-annulment-date = Data anulării (dacă a avut loc)
field-family-spouse-death-date = Data decesului soțului/soției (dacă a avut loc)
field-family-children-with-spouse = Copii născuți sau adoptați de cuplu
field-family-household = Membrii familiei (nucleo familiare)
field-family-household-surname = Nume de familie
field-family-household-name = Prenume
field-family-household-birth-date = Data nașterii
field-family-household-birth-place-town = Locul nașterii
field-family-household-birth-place-province = Provincia nașterii
field-family-household-birth-place-country = Țara nașterii
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Relația de rudenie
field-family-household-dependant = În întreținere

## Fields: 7 income
field-income-years = Veniturile din ultimii trei ani
field-income-years-year = Anul fiscal
field-income-years-amount = Venit impozabil (reddito imponibile, €)
field-income-years-source = Declarația de venit
field-income-years-dependent-spouse = Soț/soție în întreținere în acel an (gol = ca în secțiunea 6)
field-income-years-other-dependants = Alți membri ai familiei în întreținere în acel an (număr; gol = din secțiunea 6, numărându-i pe cei născuți până în acel an)
field-income-years-family-income = Veniturile membrilor familiei
field-income-years-family-income-member-name = Membru al familiei
field-income-years-family-income-amount = Venit (€)
field-income-years-family-income-source = Declarația de venit
field-income-years-family-income-same-household = În aceeași componență a familiei (stato di famiglia) ca solicitantul?

## Fields: 8 criminal record
field-judicial-no-convictions = Nicio condamnare penală în Italia sau în străinătate
field-judicial-convictions-details = Detalii despre condamnări sau procese
field-judicial-pending-proceedings = Procese penale în curs
field-judicial-certificates = Certificate de cazier judiciar (certificato penale) din țările de rezidență
field-judicial-certificates-country = Țara
field-judicial-certificates-issue-date = Data eliberării
field-judicial-certificates-legalisation = Legalizare
field-judicial-certificates-translated = Tradus în italiană

## Fields: 9 language
field-language-exemption = Scutire de certificatul de limbă
field-language-certifying-body = Instituția care certifică (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Nivel
field-language-certificate-number = Numărul certificatului
field-language-certificate-date = Data certificatului

## Fields: 10 payments
field-payments-contribution-iuv = Contribuția de 250 €: codul avizului pagoPA / IUV
field-payments-contribution-paid-on = Contribuție plătită la
field-payments-contribution-amount = Suma contribuției (€)
field-payments-stamp-duty-iuv = Timbru fiscal (marca da bollo) de 16 €: cod de identificare
field-payments-stamp-duty-paid-on = Timbru fiscal cumpărat la
field-payments-stamp-duty-amount = Valoarea timbrului fiscal (€)

## Fields: 12 declarations
field-consent-truthfulness = Declar că datele sunt adevărate (art. 46, 47, 75 și 76 din DPR 445/2000)
field-consent-privacy = Am citit nota de informare privind protecția datelor (art. 13 GDPR)
field-consent-reviewed = Am verificat întreaga cerere
