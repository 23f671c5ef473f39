# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Relisez avant d'envoyer
review-intro = Toutes les réponses des douze sections, telles que vous les avez données. Ce qui manque ou doit être corrigé vient d'abord ; « Modifier » mène au champ.
review-missing = { $count ->
    [one] Une réponse manque ou doit être corrigée :
   *[other] { $count } réponses manquent ou doivent être corrigées :
}
review-nothing-missing = Rien ne manque : toutes les sections sont complètes.
review-change = Modifier
review-no-answers = Aucune réponse dans cette section.
review-answers = Les réponses, section par section
review-yes = Oui

## Sections
section-legal-basis = Fondement de la demande
section-personal = État civil
section-birth-certificate = Acte de naissance
section-entry-stay = Entrée et séjour
section-residences = Résidences en Italie
section-family = Famille
section-income = Revenus
section-judicial = Casier judiciaire
section-language = Langue italienne
section-payments = Paiements
section-documents = Documents
section-consent = Déclarations et envoi

## Choices
choice-yes = Oui
choice-no = Non
basis-art5-italy = Art. 5 – marié(e) à un citoyen italien, résidant en Italie
basis-art5-abroad = Art. 5 – marié(e) à un citoyen italien, résidant à l'étranger
basis-art9-a = Art. 9 c.1 a) – né(e) en Italie ou descendant d'un citoyen italien de naissance
basis-art9-b = Art. 9 c.1 b) – majeur adopté par un citoyen italien
basis-art9-c = Art. 9 c.1 c) – service auprès de l'État italien
basis-art9-d = Art. 9 c.1 d) – citoyen de l'Union européenne
basis-art9-e = Art. 9 c.1 e) – apatride ou réfugié
basis-art9-f = Art. 9 c.1 f) – résidence légale depuis au moins 10 ans
refugee-status-refugee = Réfugié
refugee-status-stateless = Apatride
sex-male = Homme
sex-female = Femme
marital-single = Célibataire
marital-married = Marié(e)
marital-civil-union = Union civile
marital-separated = Séparé(e)
marital-divorced = Divorcé(e)
marital-widowed = Veuf / veuve
legalisation-apostille = Apostille
legalisation-consular = Légalisation consulaire
legalisation-exempt = Dispensé (convention)
permit-eu-long-term = Permis de séjour UE de longue durée (permesso UE per soggiornanti di lungo periodo)
permit-work = Travail
permit-family = Motifs familiaux
permit-study = Études
permit-asylum = Asile
permit-subsidiary-protection = Protection subsidiaire
permit-eu-registration = Attestation de séjour (citoyens UE)
permit-other = Autre
relationship-spouse = Conjoint(e)
relationship-child = Enfant
relationship-parent = Parent
relationship-sibling = Frère / sœur
relationship-other-relative = Autre membre de la famille
relationship-other = Autre
income-source-cu = Certificazione Unica
income-source-730 = Modello 730
income-source-unico = Modello Redditi
income-source-none = Aucun revenu déclaré
gap-reason-cancelled-reregistered = Inscription radiée puis rétablie
gap-reason-lived-abroad = J'ai vécu à l'étranger
gap-reason-other = Autre motif
exemption-none = Aucune dispense : certificat B1
exemption-eu-long-term-permit = Titulaire d'un permis de séjour UE de longue durée
exemption-integration-agreement = Signataire de l'accord d'intégration (accordo di integrazione)
exemption-italian-qualification = Diplôme scolaire ou universitaire italien
doc-birth-certificate = Acte de naissance
doc-criminal-record = Extrait de casier judiciaire
doc-identity-document = Pièce d'identité
doc-residence-permit = Titre de séjour (permesso di soggiorno)
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Certificat de langue italienne
doc-income-statement = Déclaration de revenus
doc-payment-receipt = Reçu de paiement
doc-marriage-certificate = Acte de mariage
doc-atto-notorio = Atto notorio (déclaration sous serment)
doc-other = Autre document

## Fields: 1 legal basis
field-legal-basis-basis = Fondement juridique
field-legal-basis-prefecture = Préfecture (Prefettura)
field-legal-basis-art9a-born-in-italy = Né(e) en Italie (sinon : descendant d'un citoyen italien de naissance)
field-legal-basis-adoption-date = Date de l'adoption
field-legal-basis-state-service-employer = Administration publique servie
field-legal-basis-state-service-from = Service depuis le
field-legal-basis-state-service-to = Service jusqu'au
field-legal-basis-refugee-or-stateless = Réfugié ou apatride
field-legal-basis-status-recognised-on = Date de reconnaissance du statut

## Fields: 2 personal data
field-personal-surname = Nom
field-personal-name = Prénom
field-personal-birth-surname = Nom de naissance (s'il est différent)
field-personal-sex = Sexe
field-personal-birth-date = Date de naissance
field-personal-birth-place-town = Lieu de naissance
field-personal-birth-place-province = Province de naissance (Italie uniquement)
field-personal-birth-place-country = Pays de naissance
field-personal-citizenships = Nationalités actuelles
field-personal-codice-fiscale = Codice fiscale
field-personal-residence-street = Adresse (rue)
field-personal-residence-house-number = Numéro
field-personal-residence-postcode = Code postal (CAP)
field-personal-residence-municipality = Commune de résidence (Comune)
field-personal-residence-province = Province
field-personal-email = E-mail
field-personal-phone = Téléphone
field-personal-marital-status = État civil

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Autorité de délivrance
field-birth-certificate-act-number = Numéro de l'acte
field-birth-certificate-issue-date = Date de délivrance
field-birth-certificate-legalisation = Légalisation
field-birth-certificate-legalisation-date = Date de la légalisation
field-birth-certificate-translated = Traduit en italien (ou formulaire multilingue)
field-birth-certificate-replaced-by-atto-notorio = Remplacé par un atto notorio (réfugiés et apatrides)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Date de première entrée en Italie
field-entry-stay-permit-type = Type de titre de séjour (permesso di soggiorno)
field-entry-stay-permit-number = Numéro du titre de séjour
field-entry-stay-permit-issuer = Questura de délivrance
field-entry-stay-permit-issue-date = Date de délivrance du titre de séjour
field-entry-stay-permit-expiry-date = Expiration du titre de séjour (vide s'il est illimité)
field-entry-stay-foreign-document-kind = Document étranger (passeport, carte d'identité…)
field-entry-stay-foreign-document-number = Numéro du document
field-entry-stay-foreign-document-issuer = Délivré par
field-entry-stay-foreign-document-issue-date = Date de délivrance
field-entry-stay-foreign-document-expiry-date = Date d'expiration
field-entry-stay-italian-id-card-kind = Document italien (facultatif)
field-entry-stay-italian-id-card-number = Numéro du document italien
field-entry-stay-italian-id-card-issuer = Commune de délivrance
field-entry-stay-italian-id-card-issue-date = Date de délivrance du document italien
field-entry-stay-italian-id-card-expiry-date = Date d'expiration du document italien

## Fields: 5 residences
field-residences-periods = Résidences déclarées en Italie (residenza anagrafica)
field-residences-periods-municipality = Commune
field-residences-periods-province = Province
field-residences-periods-from = Du
field-residences-periods-to = Au (vide si actuelle)
field-residences-periods-gap-before-reason = Interruption avant cette période : motif (seulement s'il y en a une)
field-residences-registered-in-italy-before-14 = Inscrit(e) comme résident(e) en Italie avant l'âge de 14 ans

## Fields: 6 family
field-family-spouse-surname = Nom du conjoint
field-family-spouse-name = Prénom du conjoint
field-family-spouse-birth-date = Date de naissance du conjoint
field-family-spouse-birth-place-town = Lieu de naissance du conjoint
field-family-spouse-birth-place-province = Province de naissance du conjoint
field-family-spouse-birth-place-country = Pays de naissance du conjoint
field-family-spouse-codice-fiscale = Codice fiscale du conjoint
field-family-spouse-italian-citizen = Le conjoint est citoyen italien
field-family-spouse-marriage-date = Date du mariage
field-family-spouse-marriage-place = Lieu du mariage
field-family-spouse-transcription-municipality = Commune de transcription du mariage
field-family-spouse-transcription-date = Date de la transcription
field-family-spouse-separation-date = Date de la séparation (le cas échéant)
field-family-spouse-divorce-date = Date du divorce (le cas échéant)
field-family-spouse-annulment-date = Date de l'annulation (le cas échéant)
field-family-spouse-death-date = Date du décès du conjoint (le cas échéant)
field-family-children-with-spouse = Enfants nés ou adoptés par le couple
field-family-household = Membres du foyer (nucleo familiare)
field-family-household-surname = Nom
field-family-household-name = Prénom
field-family-household-birth-date = Date de naissance
field-family-household-birth-place-town = Lieu de naissance
field-family-household-birth-place-province = Province de naissance
field-family-household-birth-place-country = Pays de naissance
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Lien de parenté
field-family-household-dependant = À charge

## Fields: 7 income
field-income-years = Revenus des trois dernières années
field-income-years-year = Année fiscale
field-income-years-amount = Revenu imposable (reddito imponibile, €)
field-income-years-source = Déclaration de revenus
field-income-years-dependent-spouse = Conjoint à charge cette année-là (vide = comme à la section 6)
field-income-years-other-dependants = Autres personnes à charge cette année-là (nombre ; vide = selon la section 6, en comptant les personnes nées au cours de l'année)
field-income-years-family-income = Revenus des membres du foyer
field-income-years-family-income-member-name = Membre du foyer
field-income-years-family-income-amount = Revenu (€)
field-income-years-family-income-source = Déclaration de revenus
field-income-years-family-income-same-household = Inscrit sur le même « stato di famiglia » (composition du foyer) que le demandeur ?

## Fields: 8 criminal record
field-judicial-no-convictions = Aucune condamnation pénale en Italie ou à l'étranger
field-judicial-convictions-details = Détail des condamnations ou procédures
field-judicial-pending-proceedings = Procédures pénales en cours
field-judicial-certificates = Extraits de casier judiciaire (certificato penale) des pays de résidence
field-judicial-certificates-country = Pays
field-judicial-certificates-issue-date = Date de délivrance
field-judicial-certificates-legalisation = Légalisation
field-judicial-certificates-translated = Traduit en italien

## Fields: 9 language
field-language-exemption = Dispense du certificat de langue
field-language-certifying-body = Organisme certificateur (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Niveau
field-language-certificate-number = Numéro du certificat
field-language-certificate-date = Date du certificat

## Fields: 10 payments
field-payments-contribution-iuv = Contribution de 250 € : code d'avis pagoPA / IUV
field-payments-contribution-paid-on = Contribution payée le
field-payments-contribution-amount = Montant de la contribution (€)
field-payments-stamp-duty-iuv = Marca da bollo (timbre fiscal) de 16 € : code d'identification
field-payments-stamp-duty-paid-on = Marca da bollo achetée le
field-payments-stamp-duty-amount = Montant de la marca da bollo (€)

## Fields: 12 declarations
field-consent-truthfulness = Je déclare que les données sont exactes (art. 46, 47, 75 et 76 du DPR 445/2000)
field-consent-privacy = J'ai lu l'information sur la protection des données (art. 13 RGPD)
field-consent-reviewed = J'ai relu toute la demande
