# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Read it back before sending
review-intro = Every answer of the twelve sections, as you gave it. What is missing or must be corrected comes first; "Change" takes you to the field.
review-missing = { $count ->
    [one] One answer is missing or must be corrected:
   *[other] { $count } answers are missing or must be corrected:
}
review-nothing-missing = Nothing is missing: every section is complete.
review-change = Change
review-no-answers = No answer in this section.
review-answers = The answers, section by section
review-yes = Yes

## Sections
section-legal-basis = Legal basis
section-personal = Personal data
section-birth-certificate = Birth certificate
section-entry-stay = Entry and stay
section-residences = Residences in Italy
section-family = Family
section-income = Income
section-judicial = Criminal record
section-language = Italian language
section-payments = Payments
section-documents = Documents
section-consent = Declarations and submission

## Choices
choice-yes = Yes
choice-no = No
basis-art5-italy = Art. 5 – married to an Italian citizen, living in Italy
basis-art5-abroad = Art. 5 – married to an Italian citizen, living abroad
basis-art9-a = Art. 9 c.1 a) – born in Italy or descendant of a citizen by birth
basis-art9-b = Art. 9 c.1 b) – adult adopted by an Italian citizen
basis-art9-c = Art. 9 c.1 c) – service to the Italian State
basis-art9-d = Art. 9 c.1 d) – citizen of the European Union
basis-art9-e = Art. 9 c.1 e) – stateless person or refugee
basis-art9-f = Art. 9 c.1 f) – legal residence for at least 10 years
refugee-status-refugee = Refugee
refugee-status-stateless = Stateless
sex-male = Male
sex-female = Female
marital-single = Single
marital-married = Married
marital-civil-union = Civil union
marital-separated = Separated
marital-divorced = Divorced
marital-widowed = Widowed
legalisation-apostille = Apostille
legalisation-consular = Consular legalisation
legalisation-exempt = Exempt (convention)
permit-eu-long-term = EU long-term residence permit
permit-work = Work
permit-family = Family
permit-study = Study
permit-asylum = Asylum
permit-subsidiary-protection = Subsidiary protection
permit-eu-registration = Registration certificate (EU citizens)
permit-other = Other
relationship-spouse = Spouse
relationship-child = Child
relationship-parent = Parent
relationship-sibling = Brother/sister
relationship-other-relative = Other relative
relationship-other = Other
income-source-cu = Certificazione Unica
income-source-730 = Form 730
income-source-unico = Modello Redditi
income-source-none = No income declared
gap-reason-cancelled-reregistered = Registration cancelled and later restored
gap-reason-lived-abroad = I lived abroad
gap-reason-other = Other reason
exemption-none = No exemption: B1 certificate
exemption-eu-long-term-permit = Holder of an EU long-term permit
exemption-integration-agreement = Signed the integration agreement
exemption-italian-qualification = Italian school or university qualification
doc-birth-certificate = Birth certificate
doc-criminal-record = Criminal record certificate
doc-identity-document = Identity document
doc-residence-permit = Residence permit
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Italian language certificate
doc-income-statement = Income tax return
doc-payment-receipt = Payment receipt
doc-marriage-certificate = Marriage certificate
doc-atto-notorio = Atto notorio (sworn statement)
doc-other = Other document

## Fields: 1 legal basis
field-legal-basis-basis = Legal basis
field-legal-basis-prefecture = Prefecture (Prefettura)
field-legal-basis-art9a-born-in-italy = Born in Italy (otherwise: descendant of a citizen by birth)
field-legal-basis-adoption-date = Date of adoption
field-legal-basis-state-service-employer = Public administration served
field-legal-basis-state-service-from = Service from
field-legal-basis-state-service-to = Service until
field-legal-basis-refugee-or-stateless = Refugee or stateless
field-legal-basis-status-recognised-on = Date the status was recognised

## Fields: 2 personal data
field-personal-surname = Surname
field-personal-name = Name
field-personal-birth-surname = Surname at birth (if different)
field-personal-sex = Sex
field-personal-birth-date = Date of birth
field-personal-birth-place-town = Place of birth
field-personal-birth-place-province = Province of birth (Italy only)
field-personal-birth-place-country = Country of birth
field-personal-citizenships = Current citizenships
field-personal-codice-fiscale = Codice fiscale
field-personal-residence-street = Street address
field-personal-residence-house-number = House number
field-personal-residence-postcode = Postcode
field-personal-residence-municipality = Municipality of residence (Comune)
field-personal-residence-province = Province
field-personal-email = Email
field-personal-phone = Phone
field-personal-marital-status = Marital status

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Issuing authority
field-birth-certificate-act-number = Certificate number
field-birth-certificate-issue-date = Issue date
field-birth-certificate-legalisation = Legalisation
field-birth-certificate-legalisation-date = Date of legalisation
field-birth-certificate-translated = Translated into Italian (or multilingual form)
field-birth-certificate-replaced-by-atto-notorio = Replaced by an atto notorio (refugees and stateless persons)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Date of first entry into Italy
field-entry-stay-permit-type = Kind of residence permit (permesso di soggiorno)
field-entry-stay-permit-number = Permit number
field-entry-stay-permit-issuer = Issuing Questura
field-entry-stay-permit-issue-date = Permit issue date
field-entry-stay-permit-expiry-date = Permit expiry (empty if unlimited)
field-entry-stay-foreign-document-kind = Foreign document (passport, identity card…)
field-entry-stay-foreign-document-number = Document number
field-entry-stay-foreign-document-issuer = Issued by
field-entry-stay-foreign-document-issue-date = Issue date
field-entry-stay-foreign-document-expiry-date = Expiry date
field-entry-stay-italian-id-card-kind = Italian document (optional)
field-entry-stay-italian-id-card-number = Italian document number
field-entry-stay-italian-id-card-issuer = Issuing municipality
field-entry-stay-italian-id-card-issue-date = Italian document issue date
field-entry-stay-italian-id-card-expiry-date = Italian document expiry date

## Fields: 5 residences
field-residences-periods = Registered residences in Italy (residenza anagrafica)
field-residences-periods-municipality = Municipality
field-residences-periods-province = Province
field-residences-periods-from = From
field-residences-periods-to = Until (empty if current)
field-residences-periods-gap-before-reason = Gap before this period: reason (only if there is one)
field-residences-registered-in-italy-before-14 = Registered as resident in Italy before the age of 14

## Fields: 6 family
field-family-spouse-surname = Spouse's surname
field-family-spouse-name = Spouse's name
field-family-spouse-birth-date = Spouse's date of birth
field-family-spouse-birth-place-town = Spouse's place of birth
field-family-spouse-birth-place-province = Spouse's province of birth
field-family-spouse-birth-place-country = Spouse's country of birth
field-family-spouse-codice-fiscale = Spouse's codice fiscale
field-family-spouse-italian-citizen = The spouse is an Italian citizen
field-family-spouse-marriage-date = Date of marriage
field-family-spouse-marriage-place = Place of marriage
field-family-spouse-transcription-municipality = Municipality where the marriage was transcribed
field-family-spouse-transcription-date = Date of transcription
field-family-spouse-separation-date = Date of separation (if any)
field-family-spouse-divorce-date = Date of divorce (if any)
field-family-spouse-annulment-date = Date of annulment (if any)
field-family-spouse-death-date = Date of the spouse's death (if any)
field-family-children-with-spouse = Children born to or adopted by the couple
field-family-household = Household members (nucleo familiare)
field-family-household-surname = Surname
field-family-household-name = Name
field-family-household-birth-date = Date of birth
field-family-household-birth-place-town = Place of birth
field-family-household-birth-place-province = Province of birth
field-family-household-birth-place-country = Country of birth
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Relationship
field-family-household-dependant = Dependant

## Fields: 7 income
field-income-years = Income of the last three years
field-income-years-year = Tax year
field-income-years-amount = Taxable income (reddito imponibile, €)
field-income-years-source = Tax return
field-income-years-dependent-spouse = Dependent spouse that year (empty = as in section 6)
field-income-years-other-dependants = Other dependants that year (number; empty = from section 6, counting those born by that year)
field-income-years-family-income = Income of household members
field-income-years-family-income-member-name = Household member
field-income-years-family-income-amount = Income (€)
field-income-years-family-income-source = Tax return
field-income-years-family-income-same-household = On the same stato di famiglia (household register) as the applicant?

## Fields: 8 criminal record
field-judicial-no-convictions = No criminal convictions in Italy or abroad
field-judicial-convictions-details = Details of convictions or proceedings
field-judicial-pending-proceedings = Pending criminal proceedings
field-judicial-certificates = Criminal record certificates (certificato penale) of the countries of residence
field-judicial-certificates-country = Country
field-judicial-certificates-issue-date = Issue date
field-judicial-certificates-legalisation = Legalisation
field-judicial-certificates-translated = Translated into Italian

## Fields: 9 language
field-language-exemption = Exemption from the language certificate
field-language-certifying-body = Certifying body (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Level
field-language-certificate-number = Certificate number
field-language-certificate-date = Certificate date

## Fields: 10 payments
field-payments-contribution-iuv = €250 contribution: pagoPA notice code / IUV
field-payments-contribution-paid-on = Contribution paid on
field-payments-contribution-amount = Contribution amount (€)
field-payments-stamp-duty-iuv = €16 revenue stamp (marca da bollo): identification code
field-payments-stamp-duty-paid-on = Revenue stamp bought on
field-payments-stamp-duty-amount = Revenue stamp amount (€)

## Fields: 12 declarations
field-consent-truthfulness = I declare that the data is true (arts. 46, 47, 75 and 76 of DPR 445/2000)
field-consent-privacy = I have read the privacy notice (art. 13 GDPR)
field-consent-reviewed = I have reviewed the whole application
