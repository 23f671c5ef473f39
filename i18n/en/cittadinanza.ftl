# Cittadinanza — English interface.
# Other areas (validation, codice fiscale, store, pdf, portal, rules) append their blocks at
# the end between `# --- <area> ---` and `# --- end <area> ---`.

## Application
app-title = Cittadinanza
app-subtitle = Italian citizenship application
app-opening = Opening the data folder…
app-notice-dismiss = Got it
app-closing-waiting = The window closes once every draft and file is saved.
app-close-anyway = Close anyway (unsaved changes are lost)
error-internal = An internal error occurred. Data already saved was not touched.
settings-save-failed = The settings could not be saved: { $detail }
common-cancel = Cancel

## Navigation
nav-applicants = Applicants
nav-home = My application
nav-application = Application
nav-settings = Settings
nav-welcome = Welcome and guide
welcome-title = Welcome to Cittadinanza
welcome-intro = This application helps foreigners who live in Italy prepare their application for Italian citizenship for the Ministry of the Interior's portal, and helps the help desks (patronati, associations, municipal desks) that assist applicants.
welcome-private = Everything stays on this computer, encrypted. Nothing is sent until you sign in to the portal.
welcome-paths = The two paths
welcome-path-residence = By residence (art. 9): after a period of legal residence in Italy, as a rule 10 years (4 for citizens of the European Union, 5 for refugees and stateless people), with enough income in the last three years.
welcome-path-marriage = By marriage (art. 5): if you are married to or in a civil union with an Italian citizen, after 2 years of residence in Italy since the marriage (3 if you live abroad), halved if you have children.
welcome-at-hand = What to have at hand
welcome-have-identity = passport or identity document, residence permit and codice fiscale
welcome-have-birth = birth certificate, legalised (or apostilled) and translated
welcome-have-record = criminal record certificate of your country of origin and of every other country you lived in from age 14 (valid 6 months from issue)
welcome-have-residence = the addresses where you lived in Italy, with their dates
welcome-have-income = your income of the last three years (CU, 730 or Unico; residence path only)
welcome-have-language = the B1 Italian language certificate, unless you are exempt
welcome-eligibility-title = Can I apply?
welcome-eligibility-hint = A few questions tell you whether you can apply already, or from when.
welcome-eligibility = Check now
welcome-who-title = Who is using the application?
welcome-who-hint = You can change this later in the settings (help-desk mode).
welcome-myself = For myself
welcome-help-desk = I am a help desk
nav-glossary = Glossary

## Applicants
applicants-title = Applicants
applicants-my-application = My application
applicants-search = Search by name, codice fiscale or K10 number
applicants-show-archived = Show archived
applicants-showing = Showing { $shown } of { $total }: search by name, codice fiscale or K10 to narrow the list.
applicants-show-more = Show { $count } more
applicants-new = New applicant
applicants-empty = No application found.
applicants-start = Start a new application
applicants-unnamed = (no name yet)
applicants-last-saved = saved { $time }
applicants-archived = archived
applicants-progress = { $done } of { $total } sections complete
applicants-open = Open
applicants-archive = Archive
applicants-unarchive = Restore
applicants-delete = Delete
applicants-confirm-delete = Permanently delete the application of { $name } and its documents?
applicants-delete-confirm = Yes, delete

## Section editor
editor-section-complete = Section complete
editor-section-incomplete = Section to complete
editor-saving = Saving…
editor-unsaved = Unsaved changes
editor-saved-at = Saved at { $time }
editor-not-saved-yet = Not saved yet
editor-back = ← Applicants
editor-save = Save
editor-previous = ← Previous section
editor-next = Next section →
editor-add-row = + Add
editor-remove-row = Remove
editor-attachments = Attached documents
editor-no-attachments = No document attached.
editor-issued-on = issued { $date }
editor-attach-new = Attach a document
editor-attach-kind = Kind of document
editor-attach-issue-date = Issue date (where it matters)
editor-attach-country = Country (criminal records)
editor-attach-choose-file = Choose file…
editor-choose-kind-first = Choose the kind of document first.
placeholder-date = DD/MM/YYYY
placeholder-amount = 12,345.67
placeholder-comma-list = comma separated
placeholder-choose = Choose…
editor-prefecture-propose = Suggest: Prefecture of { $name } (province of residence)
editor-consulate-label = Competent consular office (living abroad)
editor-consulate-placeholder = for example Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Write the name of the Italian consular office competent for where you live, as shown on the embassy's or consulate's website: the app has no list of consulates. The documents will be addressed to this office.

## Settings
settings-title = Settings
settings-language = Language
settings-theme = Theme
settings-text-scale = Text size: { $percent }%
settings-data-folder = Data folder
settings-choose-folder = Choose folder…
settings-default-folder = Default folder
settings-restart-needed = The new folder will be used at the next start.
settings-portal-url = Portal address
settings-help-desk = Help-desk mode (many applicants)
settings-help-desk-hint = For help desks and associations assisting many people. When off, the app shows only your own application.
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast

## Glossary
glossary-title = Glossary
glossary-intro = The words of Italian bureaucracy you meet in the application and in the prefecture's letters, briefly explained. The Italian original is what the letters use.
glossary-italian = In Italian: { $term }
glossary-prefettura = Prefecture
glossary-prefettura-desc = The State office of the province that receives the citizenship application, examines it and communicates the decisions.
glossary-comune = Municipality
glossary-comune-desc = The town or city administration: it keeps the register of residents, issues certificates and organises the oath.
glossary-codice-fiscale = Tax code
glossary-codice-fiscale-desc = The 16-character code that identifies every person to the tax authorities and public offices in Italy.
glossary-residenza-anagrafica = Residence registration
glossary-residenza-anagrafica-desc = Being registered as a resident with the municipality where you live. For citizenship only registered residence counts, not merely staying in Italy.
glossary-permesso-di-soggiorno = Residence permit
glossary-permesso-di-soggiorno-desc = The document issued by the Questura that allows a non-EU citizen to stay in Italy.
glossary-permesso-ue-lungo-periodo = EU long-term residence permit
glossary-permesso-ue-lungo-periodo-desc = The open-ended residence permit for people who have lived legally in Italy for at least five years; it exempts from the language certificate.
glossary-questura = Police headquarters
glossary-questura-desc = The provincial office of the State Police that issues and renews residence permits.
glossary-atto-notorio = Sworn statement
glossary-atto-notorio-desc = A declaration sworn before a public official; for refugees and stateless persons it replaces the birth certificate.
glossary-nucleo-familiare = Household
glossary-nucleo-familiare-desc = The people registered as one family at the register office (the "stato di famiglia"); their income can be added to the applicant's.
glossary-reddito-imponibile = Taxable income
glossary-reddito-imponibile-desc = The income on which taxes are paid, shown in the tax return or in the Certificazione Unica.
glossary-certificato-penale = Criminal record certificate
glossary-certificato-penale-desc = The certificate of criminal records of the country of birth and of the countries of residence; valid six months from issue.
glossary-marca-da-bollo = Revenue stamp
glossary-marca-da-bollo-desc = The €16 stamp bought at a tobacconist's or online; the application gives its code.
glossary-pagopa = pagoPA
glossary-pagopa-desc = The system for paying the public administration; it is used to pay the €250 contribution and gives the IUV code.
glossary-autocertificazione = Self-certification
glossary-autocertificazione-desc = A signed declaration that replaces a certificate; declaring something false is a criminal offence.
glossary-spid = SPID (digital identity)
glossary-spid-desc = The digital identity used to sign in to the Ministry of the Interior's portal and to other public online services.
glossary-pec = Certified e-mail
glossary-pec-desc = An e-mail with legal value, like a registered letter with proof of delivery.
glossary-numero-k10 = K10 number
glossary-numero-k10-desc = The file number the prefecture gives to an accepted application; quote it in every communication.
glossary-preavviso-di-rigetto = Notice of intended rejection
glossary-preavviso-di-rigetto-desc = The letter (art. 10-bis) by which the prefecture announces it intends to reject the application: you can answer with documents and observations within the time limit it states.
glossary-decreto = Decree granting citizenship
glossary-decreto-desc = The act that grants citizenship; it is notified by the municipality or the prefecture.
glossary-giuramento = Oath
glossary-giuramento-desc = The promise of loyalty to the Republic, taken at the municipality within six months of the decree's notification: from that day you are an Italian citizen.

## Unlock
unlock-title = Open the data folder
unlock-explanation = Your data is encrypted with the passphrase chosen for this folder. Type it to open the folder.
unlock-passphrase = Passphrase
unlock-open = Open
unlock-create-title = Choose a passphrase
unlock-create-explanation = Your data will be encrypted with a passphrase that you type at each start. It must have at least { $min } characters; a phrase of several words is easier to remember and safer.
unlock-keyring-unavailable = The system keyring is not available, so the data is protected with a passphrase.
unlock-details = Details
unlock-details-hide = Hide the details
unlock-repeat = Repeat the passphrase
unlock-min-length = At least { $min } characters.
unlock-strength-too-short = Too short: at least { $min } characters are needed.
unlock-strength-weak = Weak: add words, digits or symbols.
unlock-strength-fair = Fair.
unlock-strength-strong = Strong.
unlock-no-recovery = Warning: if you forget the passphrase the data cannot be recovered, by anyone. Write it down and keep it somewhere safe.
unlock-mismatch = The two passphrases do not match.
unlock-create = Create and continue

# --- codice fiscale ---
err-cf-empty = Enter the codice fiscale.
err-cf-length = A codice fiscale has 16 characters; this one has { $found }.
err-cf-character = Character { $position } ("{ $character }") is not allowed at that position of a codice fiscale.
err-cf-check-letter = The last letter (check character) should be { $expected }, not { $found }: check that the code was copied correctly.
err-cf-month = "{ $found }" is not a valid month letter (A B C D E H L M P R S T).
err-cf-day = Day { $day } does not exist in month { $month } (for women the day is increased by 40).
err-cf-unknown-place = No municipality or foreign country has the code { $code }.
err-cf-place-code-format = "{ $code }" is not a place code (a letter and three digits, e.g. H501 or Z404).
err-cf-surname-missing = The surname is missing (at least one letter is needed).
err-cf-name-missing = The first name is missing (at least one letter is needed).
err-cf-unsupported-character = { $field ->
        [surname] The surname
       *[name] The first name
    } contains "{ $character }", which has no Latin-letter equivalent: write it as in the passport or residence permit.
err-cf-place-missing = The place of birth is missing.
err-cf-town-missing = The municipality of birth is missing.
err-cf-unknown-municipality = No Italian municipality is called "{ $name }".
err-cf-municipality-province = There is no municipality "{ $name }" in the province { $province }.
err-cf-municipality-ambiguous = Several municipalities are called "{ $name }" ({ $provinces }): enter the province.
err-cf-municipality-date = The municipality "{ $name }" did not exist on { $date }: enter the municipality as it was called on the date of birth.
err-cf-unknown-country = Unknown country: "{ $name }".
err-cf-mismatch-surname = The codice fiscale does not match the surname: the surname gives { $expected }, the code has { $found }.
err-cf-mismatch-name = The codice fiscale does not match the first name: the name gives { $expected }, the code has { $found }.
err-cf-mismatch-birth-date = The codice fiscale does not match the date of birth: { $expected } in the data, { $found } in the code.
err-cf-mismatch-sex = The codice fiscale does not match the sex: { $expected } in the data, { $found } in the code.
err-cf-mismatch-place = The codice fiscale does not match the place of birth: { $expected } in the data, { $found } in the code.
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = The system keyring (credential store) is unavailable, so the data key cannot be kept there. You can protect the data with a passphrase typed at each start instead. Details: { $detail }
secrets-failed = The system keyring refused the operation: { $detail }
secrets-malformed = The secret "{ $name }" in the system keyring is damaged.
secrets-passphrase-too-short = The passphrase must have at least { $min } characters.
secrets-key-derivation-failed = The key could not be derived from the passphrase: { $detail }
store-in-use = This data folder is already open in another window or program. Close it and try again.
store-newer-format = This data was saved by a newer version of the program (format { $found }). Update the program to open it; the data was not changed.
store-wrong-key = The key does not match this data folder: the data cannot be decrypted.
store-wrong-passphrase = Wrong passphrase. Try again: the data was not changed.
store-passphrase-required = This data folder is protected by a passphrase: type it to open the folder.
store-key-missing = The key of this data folder is not in this computer's keyring (the folder was copied from another computer, or the keyring was reset). Without the key the data cannot be read: use the original computer and export the applicants as encrypted bundles.
store-applicant-not-found = This applicant no longer exists (perhaps it was deleted).
store-version-not-found = Version { $version } is no longer available.
store-document-not-found = This document no longer exists (perhaps it was removed).
store-document-missing = The encrypted file of the document "{ $name }" is missing from the data folder. Import it again.
store-document-damaged = The document "{ $name }" is damaged (its integrity check does not match) and was not exported. Import it again.
store-corrupt = Part of the saved data is damaged and cannot be read ({ $detail }).
store-file-not-found = File or folder not found: { $path }
store-not-a-file = "{ $path }" is not a file.
store-permission-denied = Permission denied: { $path }
store-disk-full = The disk is full: free some space and try again. Unsaved changes stay in the window.
store-io-failed = Read or write error on { $path }: { $detail }
store-database-failed = Local database error: { $detail }
store-bundle-wrong-passphrase = Wrong passphrase for this bundle.
store-bundle-truncated = The bundle is incomplete (interrupted copy or download). Copy it again.
store-bundle-tampered = The bundle was modified or is damaged and cannot be imported.
store-not-a-bundle = This file is not a Cittadinanza bundle.
store-bundle-unsupported-version = The bundle was made by a newer version of the program (format { $found }). Update the program to import it.
store-history-note = Each save creates a version: the last { $count } versions of each applicant are kept.
# --- end store ---

# --- portal ---
err-portal-invalid-url = The portal address “{ $url }” is not valid: it must be an https:// address (or http:// for a portal on this computer).
err-portal-insecure-url = The address “{ $url }” is not encrypted: the portal is reached only over https:// (http:// is allowed only for a portal on this computer).
err-portal-answer-too-large = The portal sent an answer larger than { $megabytes } MB: it was cut off. The server may be broken or may not be the portal.
err-portal-unreachable = The portal cannot be reached. Your changes stay queued and will be sent as soon as possible.
err-portal-timeout = The portal did not answer in time. Your changes stay queued; try again later.
err-portal-server = The portal had an error (code { $status }). Your changes stay queued.
err-portal-unauthorized = Your session has expired or you have not signed in yet. Please sign in again.
err-portal-bad-credentials = Wrong e-mail or password.
err-portal-forbidden = This account cannot do that.
err-portal-not-found = The application was not found on the portal (or is not linked to this account).
err-portal-account-exists = An account with this e-mail already exists. Sign in instead of registering.
err-portal-conflict = The application was changed elsewhere (version { $version }). Choose, section by section, which version to keep.
err-portal-already-submitted = The application was already submitted: no second one is created.
err-portal-not-editable = A submitted application can no longer be changed.
err-portal-incomplete = The portal does not accept the application: the field { $detail } is missing.
err-portal-associate-mismatch = { $field ->
    [surname] The surname does not match the application.
    [name] The name does not match the application.
    [birth_date] The date of birth does not match the application.
    [previous_email] This is not the e-mail address used in the application.
    [k10_number] No application has this K10 number (format K10/0000001 or K10/C/0000001).
   *[any] These details do not match an application. Check the K10 number (format K10/0000001 or K10/C/0000001), surname, name, date of birth and the e-mail used in the application.
}
err-portal-already-associated = The application is already linked to another account. Contact the prefecture.
err-portal-too-large = The file or data is too large for the portal (documents up to 64 MB).
err-portal-rate-limited = Too many attempts. Wait a few minutes (at most an hour) and try again.
err-portal-checksum = The document was damaged in transit. Try again: sending it again is safe.
err-portal-rejected = The portal refused the request ({ $code }).
err-portal-protocol = Unexpected answer from the portal: it may run a different version. ({ $detail })
err-portal-local = The local sync data cannot be read or written: { $detail }
err-portal-document = { $detail }
err-portal-token-store = The sign-in cannot be remembered in the system keyring: { $detail }
err-portal-not-linked = This application has not been sent to the portal yet.
err-portal-relink-pending = The sync data is being rebuilt: sign in to the portal and sync to link your applications again before sending new ones.
portal-status-draft = Draft
portal-status-submitted = Submitted
portal-status-accepted = Accepted by the prefecture
portal-status-inadmissible = Declared inadmissible
portal-status-notice-10bis = Notice of intended rejection (art. 10-bis)
portal-status-granted = Citizenship granted by decree
portal-status-rejected = Rejected by decree
portal-status-oath-scheduled = Oath appointment fixed
portal-comm-acceptance = Application accepted on { $date }
portal-comm-inadmissibility = Application declared inadmissible on { $date }
portal-comm-notice-10bis = Notice of intended rejection of { $date }: answer within { $days } days (by { $respond_by })
portal-comm-decree-granted = Decree granting citizenship of { $date }
portal-comm-decree-rejected = Rejection decree of { $date }
portal-comm-oath-appointment = Oath on { $appointment } at { $place }
portal-sync-pending = { $count ->
    [0] Everything is synchronised
    [one] One change waiting to be sent
   *[other] { $count } changes waiting to be sent
}
portal-queue-damaged = The portal sync data was damaged: a copy was kept as “{ $file }” in the data folder. The applications and documents on this computer are intact. Sign in to the portal and sync: the links to your applications will be rebuilt.
portal-queue-rebuilt = The damaged sync data (copy “{ $file }”) was rebuilt: { $count ->
    [one] one application is linked to the portal again.
   *[other] { $count } applications are linked to the portal again.
} Any differences with the portal will be shown to you before they are sent.
portal-queue-dismiss = Got it
portal-sync-uploads-failing = { $count ->
    [one] Changes are sent, but one document was not uploaded: { $error }
   *[other] Changes are sent, but { $count } documents were not uploaded (the first: { $error })
}
portal-sync-conflicts = { $count ->
    [one] One application to reconcile
   *[other] { $count } applications to reconcile
}
portal-conflict-keep-mine = Keep my version
portal-conflict-take-theirs = Use the portal's version
portal-sign-in = Sign in to the portal
portal-sign-out = Sign out of the portal
portal-role-applicant = Applicant
portal-role-operator = Help-desk operator
# --- end portal ---

# --- validation ---
## Field checks (rules::Problem)
err-missing = Required.
err-invalid-date = Not a valid date: write it as DD/MM/YYYY (for example 05/03/2020).
err-impossible-date = This date does not exist: check the day and the month.
err-year-out-of-range = Implausible year: write it in full, with four digits.
err-date-in-future = The date cannot be in the future.
err-date-before-birth = The date is before the date of birth.
err-end-before-start = The end date is before the start date ({ $start }).
err-date-before = The date cannot be before { $event ->
        [event-first-entry] the first entry into Italy
        [event-marriage] the marriage
        [event-status-recognised] the recognition of the status
       *[event-issue] the issue date
    } ({ $date }).
err-expired = Expired on { $date }.
err-invalid-amount = Not a valid amount: write it in euro, for example 12.345,67 or 12345.67.
err-wrong-amount = The amount due is { $expected } euro.
err-invalid-email = Not a valid e-mail address (for example name@example.com).
err-invalid-phone = Not a valid phone number: use digits and spaces only, with the international prefix after a + (for example +39 333 1234567).
err-invalid-province = Not an Italian province code: two letters, for example MI.
err-invalid-postcode = Not a valid postcode (CAP): five digits.
err-invalid-year = Not a valid year: write four digits, for example 2024.
err-invalid-notice-code = Not a valid code: a pagoPA notice code has 18 digits, an IUV 15 to 25 letters or digits.
err-invalid-name = Only letters, spaces, apostrophes, full stops and hyphens are allowed.
err-birth-place-contradicts-basis = You said you were born in Italy, but the place of birth in your personal data is abroad.
err-spouse-not-italian = For an application by marriage (art. 5) the spouse must be an Italian citizen.
err-not-married = For an application by marriage (art. 5) the marital status must be "married" or "civil union".
err-atto-notorio-not-allowed = An atto notorio replaces the birth certificate only for refugees and stateless persons.
err-translation-required = The document must be translated into Italian (or be a multilingual extract).
err-residence-gap = No residence from { $from } to { $to }: add the missing period or correct the dates.
err-residence-overlap = This period overlaps period no. { $other }.
err-open-period-not-last = Only the current (last) residence may be left without an end date.
err-residences-not-up-to-date = The last residence ends on { $date }: add your current residence.
err-registered-before-14-contradicted = According to the residences entered, your first registration in Italy was after your 14th birthday.
err-income-year-missing = The income for { $year } is missing.
err-income-year-not-required = Only the income of the years { $years } is needed.
err-duplicate-year = You have already entered this year.
err-criminal-certificate-missing = The criminal record certificate of this country is missing: { $country }.
err-language-level-too-low = Level { $level } is not enough: at least B1 is required.
err-invalid-language-level = Not a valid level: A1, A2, B1, B2, C1 or C2.
err-exemption-needs-long-term-permit = This exemption applies only to holders of an EU long-term residence permit (to be entered in section 4).
err-exemption-not-for-eu-citizens = EU citizens are not exempt: a B1 certificate is required.
err-must-accept = You must tick this declaration to submit the application.
err-document-missing = A document is missing: { $kind ->
        [doc-birth-certificate] the birth certificate
        [doc-criminal-record] the criminal record certificate
        [doc-identity-document] the identity document
        [doc-residence-permit] the residence permit
        [doc-codice-fiscale] the codice fiscale
        [doc-language-certificate] the Italian language certificate
        [doc-income-statement] the income statement
        [doc-payment-receipt] the payment receipt
        [doc-marriage-certificate] the marriage certificate
        [doc-atto-notorio] the atto notorio
       *[doc-other] another document
    }.
err-document-missing-for = A document is missing: { $kind ->
        [doc-birth-certificate] the birth certificate
        [doc-criminal-record] the criminal record certificate
        [doc-identity-document] the identity document
        [doc-residence-permit] the residence permit
        [doc-codice-fiscale] the codice fiscale
        [doc-language-certificate] the Italian language certificate
        [doc-income-statement] the income statement
        [doc-payment-receipt] the payment receipt
        [doc-marriage-certificate] the marriage certificate
        [doc-atto-notorio] the atto notorio
       *[doc-other] another document
    } ({ $detail }).
err-document-expired = Document expired on { $date } ({ $kind ->
        [doc-criminal-record] the criminal record certificate is valid for six months from its issue date
        [doc-identity-document] identity document
        [doc-residence-permit] residence permit
       *[doc-other] attached document
    }): attach a valid one.
err-attachment-incomplete = Incomplete attachment: the file or the document type is missing.
info-residence-span = Continuous residence from { $from } to { $to } (whole years: { $years }).

## K10 number
k10-kind-naturalisation = Citizenship by residence
k10-kind-marriage = Citizenship by marriage
err-k10-empty = Enter the K10 number.
err-k10-prefix = A K10 number starts with "K10/", for example K10/0000001 or K10/C/0000001.
err-k10-kind = "K10/" is followed by seven digits (residence) or by "C/" and seven digits (marriage).
err-k10-digits = The number must have seven digits, leading zeros included; this one has { $found }.
err-k10-character = The number contains "{ $character }": only digits are allowed.
err-k10-zero = 0000000 is not a valid K10 number.
err-k10-wrong-kind-marriage = For citizenship by marriage (art. 5) the number has the form { $expected }, with "C/".
err-k10-wrong-kind-naturalisation = For citizenship by residence (art. 9) the number has the form { $expected }, without "C/".
# --- end validation ---

# --- pdf ---
pdf-doc-spid = "Modello x SPID" (self-certification to link the application)
pdf-doc-maintenance = Declaration of maintenance
pdf-doc-change = Change of contact details and income
pdf-doc-summary = Summary for the help desk
pdf-group-declarant = Declarant
pdf-group-supporter = Family member who supports the applicant
pdf-group-applicant = Applicant
pdf-group-document = Identity document
pdf-group-statement = Statement
pdf-group-as-in-application = Data as in the application
pdf-group-as-in-spid = Data as in SPID
pdf-group-income = Income
pdf-group-changes = Changes
pdf-group-signature = Place and date
pdf-field-surname = Surname
pdf-field-name = Name
pdf-field-birth-surname = Surname at birth (if different)
pdf-field-sex = Sex
pdf-field-birth-date = Date of birth
pdf-field-birth-place = Place of birth
pdf-field-citizenship = Citizenship
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Residence (full address)
pdf-field-email = E-mail or PEC
pdf-field-phone = Phone
pdf-field-document-kind = Document type
pdf-field-document-number = Document number
pdf-field-document-issuer = Issued by
pdf-field-document-expiry = Document expiry date
pdf-field-prefecture = Prefecture
pdf-field-k10-number = Application number (K10)
pdf-field-submitted-on = Date the application was sent
pdf-field-mismatch-reason = Why the application and SPID data differ
pdf-field-ticket = Help-desk ticket number
pdf-field-place = Place of signature
pdf-field-date = Date of signature
pdf-field-relationship = Relationship to the applicant
pdf-field-same-household = On the same household register as the applicant
pdf-field-supported-since = Supporting the applicant since
pdf-field-income-rows = At least one year of income
pdf-field-income-year = Tax year (row { $row })
pdf-field-income-amount = Taxable income { $year }
pdf-field-income-source = Tax document { $year }
pdf-field-changes-any = At least one change (contact or income)
pdf-field-new-residence = New residence
pdf-field-residence-since = Living at the new address since
pdf-field-new-email = New e-mail or PEC
pdf-field-new-phone = New phone number
err-pdf-missing-fields = { $count ->
    [one] One piece of information is needed to print the document.
   *[other] { $count } pieces of information are needed to print the document.
}
err-pdf-unknown-field = Unknown field: { $field }.
err-pdf-invalid-value = Invalid value for { $field }.
err-pdf-font = The embedded font cannot be read: please reinstall the application.
pdf-page-of = Page { $page } of { $pages }
pdf-summary-title = Summary of the citizenship application
pdf-summary-printed-on = Printed on { $date } – a reminder for the help desk, not an official document
pdf-summary-footer = Summary – { $name } – { $date }
pdf-summary-unnamed = (name not entered yet)
pdf-summary-applicant = Applicant
pdf-label-name = Surname and name
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Date and place of birth
pdf-label-citizenship = Citizenship
pdf-label-basis = Legal basis
pdf-label-prefecture = Prefecture
pdf-label-k10 = Application number
pdf-label-email = E-mail / PEC
pdf-label-phone = Phone
pdf-summary-not-submitted = not submitted yet
pdf-summary-sections = State of the sections
pdf-summary-sections-done = { $done } of { $total } sections complete
pdf-summary-section-complete = Complete
pdf-summary-section-incomplete = To complete
pdf-summary-documents = Documents to bring
pdf-summary-documents-intro = Bring the originals of the attached documents and obtain the missing ones.
pdf-summary-doc-missing = to obtain
pdf-summary-doc-exempt = not needed
pdf-summary-doc-provided = attached
pdf-summary-doc-expiring = attached, valid until { $date }
pdf-summary-doc-expired = expired on { $date }: must be renewed
pdf-summary-deadlines = Deadlines
pdf-summary-no-deadlines = No deadline can be worked out from the data entered.
pdf-summary-col-deadline = What expires
pdf-summary-col-date = Date
pdf-summary-col-when = When
pdf-summary-deadline-past = already expired
pdf-summary-deadline-in-days = { $days ->
    [0] today
    [one] tomorrow
   *[other] in { $days } days
}
pdf-summary-deadline-criminal-record = Criminal record certificate ({ $country }): valid 6 months from issue
pdf-summary-deadline-permit = Residence permit
pdf-summary-deadline-passport = Foreign document ({ $document })
pdf-summary-deadline-id-card = Italian identity card
pdf-summary-disclaimer = This summary is worked out from the data entered in the application and does not replace the instructions of the prefecture and of the Ministry of the Interior's portal.
pdf-summary-desk-date = Date: { $date }
pdf-summary-desk-operator = Help-desk operator
pdf-summary-detail-year = year { $year }
pdf-summary-detail-replaces = instead of: { $document }
pdf-summary-detail-contribution = 250 € contribution
pdf-summary-detail-stamp-duty = 16 € revenue stamp
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = Requirements met: you can apply
verdict-not-yet = Not yet: you can apply from { $date }
verdict-not-eligible = Requirements not met
verdict-borderline = Unclear case: check the points below
verdict-more-information = More information is needed to check

elig-basis-missing = Choose the legal basis (art. 5 or art. 9) to check the requirements.
elig-unreadable = The field { $field } cannot be read and was left out.
elig-residence-missing = No residence in Italy entered: add your registered residence periods.
elig-residence-not-current = The last registered residence ended on { $date }: you must be resident in Italy now.
elig-residence-gap = No residence between { $from } and { $to }: continuity is broken and the count starts again.
elig-residence-met = Continuous legal residence since { $since }: the { $years } years required were reached on { $date }.
elig-residence-not-yet = Continuous legal residence since { $since }: the { $years } years required will be reached on { $date }.
elig-descendant-rule-changed = For descendants of Italian citizens Law 74/2025 reduced the period from 3 to 2 years: check with the prefecture.
elig-born-in-italy-unanswered = Say whether you were born in Italy or descend from an Italian citizen by birth.
elig-adoption-date-missing = Enter the date of the adoption: the 5 years of residence count from that date.
elig-service-missing = Enter the dates of your service to the Italian State.
elig-service-met = Service to the State since { $since }: the 5 years were reached on { $date }.
elig-service-not-yet = Service to the State since { $since }: the 5 years will be reached on { $date }.
elig-service-too-short = The service to the State (from { $since } to { $date }) lasted less than 5 years.
elig-not-eu-citizen = Letter d) applies to citizens of the European Union: check the citizenship entered.
elig-refugee-status-missing = Letter e) applies to refugees and stateless persons: enter the recognised status.
elig-marriage-date-missing = Enter the date of the marriage or civil union.
elig-spouse-not-italian = The spouse must be an Italian citizen.
elig-spouse-citizenship-unanswered = Say whether the spouse is an Italian citizen.
elig-separated = Citizenship by marriage cannot be granted when the spouses are legally separated.
elig-marriage-ended = The marriage must last until the decree (not dissolved, annulled or ended).
elig-marriage-residence-met = Legal residence in Italy after the marriage since { $since }: the { $months } months required were reached on { $date }.
elig-marriage-residence-not-yet = Legal residence in Italy after the marriage since { $since }: the { $months } months required will be reached on { $date }.
elig-marriage-met = Married on { $since }: the { $months } months required passed on { $date }.
elig-marriage-not-yet = Married on { $since }: the { $months } months required will pass on { $date }.
elig-children-halve-period = With children born to or adopted by the couple the period is halved.
elig-no-income-requirement = Citizenship by marriage has no minimum income requirement.
elig-income-met = Income { $year }: { $income } € (minimum { $threshold } €).
elig-income-below = Income { $year }: { $income } € is below the minimum of { $threshold } €. The income of family members on the same household record can be added.
elig-income-borderline = Income { $year }: { $income } € is between { $lower } € (addition rounded to 516.00 €) and { $threshold } € (516.46 € per dependant): unclear case.
elig-income-missing = The income of { $year } is missing: the three years before the application are needed.
elig-consider-basis = Under letter { $letter }) of art. 9, { $years } years of residence are enough.
elig-residence-gap-cancelled = Residence interrupted from { $from } to { $to } (registration cancelled and restored): continuous residence counts from the new registration on { $to }.
elig-residence-gap-abroad = From { $from } to { $to } you lived abroad: continuous residence counts from your return on { $to }.
elig-residence-gap-other = Residence interrupted from { $from } to { $to }: continuous residence counts from { $to }.
elig-presence-proof = If during that time ({ $from } to { $to }) you kept living in Italy, the prefecture may accept proof of uninterrupted presence: rental or employment contracts, pay slips, medical records. This is not guaranteed: ask your prefecture.
elig-subsidiary-protection = With a subsidiary-protection permit letter e) does not apply (refugees and stateless persons only): letter f) applies, with 10 years of residence, and there is no refugee exemption from the birth and criminal record certificates (atto notorio). Choose letter f).
elig-marriage-separation = Separated since { $date }: with a legal separation of the spouses citizenship by marriage cannot be granted.
elig-marriage-divorce = Divorced on { $date }: the marriage must last until the decree.
elig-marriage-annulment = Marriage annulled on { $date }: the marriage must last until the decree.
elig-marriage-spouse-death = The spouse died on { $date }: the marriage is dissolved and citizenship by marriage is no longer possible; check with the prefecture.
elig-marriage-separation-pending = Separation on { $date }, after the application was sent ({ $submitted }): with the application pending a rejection is likely. Tell the prefecture and ask a help desk or a lawyer for advice.
elig-marriage-ended-pending = { $event ->
        [divorce] Divorce
        [annulment] Annulment of the marriage
       *[other] Death of the spouse
    } on { $date }, after the application was sent ({ $submitted }): citizenship by marriage can no longer be granted; tell the prefecture.
elig-income-household = Household in { $year }: { $spouse ->
        [yes] dependent spouse
       *[no] no dependent spouse
    }, other dependants: { $others }.
elig-family-income-not-household = { $year } income of { $name }: not on the same stato di famiglia, so it cannot be added.
elig-family-income-household-unanswered = { $year } income of { $name }: say whether they are on the same stato di famiglia (only then can it be added).

checklist-state-missing = Missing
checklist-state-exempt = Not required
checklist-state-provided = Attached
checklist-state-expiring = Expires on { $date }
checklist-state-expired = Expired on { $date }
checklist-detail-country = { $country }
checklist-detail-year = year { $year }
checklist-detail-replaces-birth-certificate = instead of the birth certificate
checklist-detail-replaces-criminal-record = instead of the criminal record certificate
checklist-detail-contribution = 250 € contribution
checklist-detail-stamp-duty = 16 € revenue stamp
checklist-exempt-eu-citizen = EU citizens have no residence permit.
checklist-exempt-living-abroad = Not required when living abroad.
checklist-exempt-born-in-italy = Not required when born in Italy.
checklist-exempt-atto-notorio = For refugees and stateless persons an atto notorio replaces it.
checklist-exempt-before-14 = Not required when registered in Italy before age 14 and resident since.
checklist-exempt-eu-long-term-permit = Exempt: holder of an EU long-term residence permit.
checklist-exempt-integration-agreement = Exempt: signed the integration agreement.
checklist-exempt-no-income = No income declared for that year.

phase-draft = Draft
phase-submitted = Submitted
phase-accepted = Accepted (K10 number)
phase-submission-rejected = Submission rejected by the prefecture
phase-preliminary-assessment = Preliminary assessment
phase-ten-bis-notice = Notice of intended rejection (preavviso di rigetto, art. 10-bis)
phase-prefecture-opinion = Prefecture's opinion
phase-decree = Decree granting citizenship (decreto di concessione)
phase-rejected = Rejection decree
phase-inadmissible = Inadmissibility
phase-notification = Notification
phase-oath = Oath (giuramento)
phase-citizen = Italian citizen
phase-state-done = Done
phase-state-current = In progress
phase-state-future = To come

deadline-today = today
deadline-tomorrow = tomorrow
deadline-days-left = in { $days } days
deadline-days-ago = { $days } days ago
deadline-urgent = Urgent
deadline-non-working-judicial = { $date } is { $day }: by law the term moves to { $moved } (art. 155 c.p.c., art. 52 c.p.a.). Recommended safe date: { $safe }.
deadline-non-working-administrative = { $date } is { $day }: usually the term moves to { $moved } (art. 2963 c.c.), but for administrative terms this is not certain. Recommended safe date: { $safe }.
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-national = a national public holiday
holiday-saturday = a Saturday
holiday-sunday = a Sunday
deadline-criminal-record-expiry = Criminal record certificate { $subject } expires
deadline-criminal-record-expiry-desc = The criminal record certificate is valid 6 months from its issue date ({ $from }): submit by { $date } or get a new one.
deadline-ten-bis-response = Answer to the notice of intended rejection no. { $subject }
deadline-ten-bis-response-desc = Notice received on { $from }: send documents or observations to the prefecture (PEC) by { $date }.
deadline-tar-appeal = Last day to appeal to the TAR
deadline-tar-appeal-desc = 60 days from the notification of { $from }. See a lawyer in good time.
deadline-president-appeal = Last day for the extraordinary appeal to the President of the Republic
deadline-president-appeal-desc = 120 days from the notification of { $from }, as an alternative to the TAR.
deadline-reapply-from = From today you can apply again
deadline-reapply-from-desc = After a rejection decree you can apply again one year after its notification ({ $from }); after inadmissibility, at once.
deadline-oath = Last day for the oath
deadline-oath-desc = The oath must be taken within 6 months of the decree's notification ({ $from }). Book it with your municipality.
deadline-processing-limit = Time limit of the procedure
deadline-processing-limit-desc = Submitted on { $from }: the administration must decide by { $date } (24 months; 48 for applications submitted before 20/12/2020; notices of intended rejection suspend the limit).
deadline-processing-limit-extended = Longest extended time limit of the procedure
deadline-processing-limit-extended-desc = Submitted on { $from }: with the extension the limit is { $date } (36 months).
calendar-name = Citizenship – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = Portal
portal-title = Portal and synchronisation
portal-address = Portal: { $url } (change it in Settings)
portal-signed-in-as = Signed in as { $email } ({ $role })
portal-email = E-mail
portal-password = Password
portal-register = Create an account
portal-register-hint = Help desks get their operator account from whoever runs the portal.
portal-credentials-required = Enter your e-mail and password.
portal-sync-now = Sync now
portal-syncing = Synchronising…
portal-sync-uploads = { $count ->
    [one] One document waiting to be uploaded
   *[other] { $count } documents waiting to be uploaded
}
portal-offline = The portal cannot be reached: your changes are saved here and queued, and will be sent at the next sync.
portal-last-sync = Last sync: { $time }
portal-never-synced = Not synchronised yet.
portal-open-unnamed = Unnamed application
portal-status-unknown = The status of this application on the portal is not available now: refresh when the portal can be reached.
portal-not-sent = This application is not on the portal yet: "Sync now" sends it as a draft.
portal-status-line = Status: { $status }
portal-k10 = K10 number: { $k10 }
portal-communications = Communications
portal-no-communications = No communications from the prefecture.
portal-deadline-left = Answer by { $date } ({ $days } days left)
portal-deadline-passed = The deadline to answer passed on { $date }
portal-refresh-status = Refresh status
portal-submit = Submit the application
portal-submit-confirm = Send the application to the prefecture? It cannot be changed after sending.
portal-submit-yes = Yes, submit
portal-submitted = Application submitted. K10 number: { $k10 }
portal-conflict-title = { $name }: changed on the portal too
portal-conflict-help = These sections were changed both here and on the portal. Choose which version to keep for each.
portal-conflict-field = { $field }: mine "{ $mine }", portal "{ $theirs }"
portal-conflict-more = … and { $count } more fields
portal-conflict-apply = Apply my choices
portal-value-yes = yes
portal-value-no = no
portal-associate-title = Link an application (Associa pratica)
portal-associate-help = Link to your account an application sent earlier (for example by a help desk). Every detail must match the application.
portal-associate-surname = Surname
portal-associate-name = Name
portal-associate-birth-date = Date of birth (DD/MM/YYYY)
portal-associate-previous-email = E-mail address given in the application
portal-associate-k10 = K10 number (e.g. K10/0000001)
portal-associate-required = Fill in this field.
portal-associate = Link
portal-upload-waiting = To upload: { $name }
portal-upload-failed = "{ $name }" was not uploaded: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] A document of another applicant was not uploaded: open that applicant to see why.
   *[other] { $count } documents of other applicants were not uploaded: open those applicants to see why.
}
portal-field-file-name = File name
portal-field-file-content = File content
portal-procedure-draft-started = Application started on
portal-procedure-k10 = K10 number
portal-procedure-submission-rejected = Submission rejected by the prefecture on
portal-procedure-assessment-started = Assessment started on
portal-procedure-ten-bis = Notice (art. 10-bis)
portal-procedure-opinion = Prefecture's opinion
portal-procedure-opinion-favourable = favourable
portal-procedure-opinion-unfavourable = unfavourable
portal-procedure-certificates = Criminal record certificates
portal-upload-damaged = The document "{ $name }" is damaged in this computer's data folder (the integrity check does not match) and was not uploaded. Import it again.
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documents
nav-eligibility = Can I apply?
documents-no-applicant = Open an applicant to see their documents.
documents-title = Documents of { $name }
documents-progress = { $ready } of { $total } ready
documents-file-missing = The file is no longer in the vault: add it again.
documents-file-damaged = The file in the vault is damaged: add it again.
documents-drop-target = Drop a file here: it goes to "{ $item }".
documents-drop-nothing = No document is missing: a file dropped here has no item to fill.
documents-check = Check the files
documents-checking = Checking…
documents-check-ok = { $count ->
    [one] The file is intact.
   *[other] All { $count } files are intact.
}
documents-check-bad = { $count ->
    [one] One file is missing or damaged: it is marked in the list.
   *[other] { $count } files are missing or damaged: they are marked in the list.
}
documents-no-dialog = No file chooser can be shown on this computer. Type the file's full path (or drop the file onto this screen).
documents-typed-path = Path of the file, for example /home/anna/scans/passport.pdf
documents-use-typed-path = Attach this file
documents-typed-path-not-found = There is no file at "{ $path }": check the path.
documents-no-save-dialog = No save dialog can be shown on this computer. Type where to save the copy (full path with the file name).
documents-typed-destination = Path of the copy, for example /home/anna/passport.pdf
documents-typed-destination-invalid = Cannot save to "{ $path }": the folder must exist and the file name must be given.
file-dialog-no-save-dialog = No save dialog can be shown on this computer. Type where to save the file (full path with the file name).
file-dialog-save-placeholder = Full path, for example { $example }
file-dialog-save-here = Save here
file-dialog-no-folder-dialog = No folder chooser can be shown on this computer. Type the full path of the folder.
file-dialog-folder-placeholder = Full path of the folder
file-dialog-folder-not-found = There is no folder at "{ $path }": check the path.
file-dialog-use-folder = Use this folder
documents-add-file = Add file
documents-replace-file = Replace file
documents-open = Open
documents-export = Export…
documents-remove = Remove
documents-confirm-remove = Remove for good
documents-cancel = Cancel
documents-exported = Saved to { $path }
documents-days-left = { $days } days left
documents-criminal-record-validity = A criminal record certificate is valid 6 months from its issue date: ask for a new one.
documents-issue-date-required = Issue date (the certificate is valid 6 months from it)
documents-issue-date-future = The issue date cannot be in the future.
documents-country-required = Write the country that issued the certificate.
documents-edit-issue-date = Issue date…
documents-edit-issue-date-label = Issue date of the document
documents-save-issue-date = Save the date
documents-error-temp = A private temporary copy of the document could not be written.
documents-error-viewer = No program could open the document. Use "Export…" and open the copy yourself.
eligibility-title = Can I apply?
eligibility-from-draft = Filled in from the open application. Changes here do not change the application.
eligibility-stand-alone = Answer the questions below: nothing is saved.
eligibility-reload-draft = Take the values of the application again
eligibility-basis = Legal basis
eligibility-born-in-italy = Born in Italy (leave unticked if you descend from an Italian citizen by birth)
eligibility-adoption-date = Date of the adoption
eligibility-service-from = In service to the Italian State since
eligibility-service-to = Until (empty if still in service)
eligibility-eu-citizen = Citizen of a European Union country
eligibility-refugee-status = Status
eligibility-marriage-date = Date of the marriage or civil union
eligibility-spouse-italian = The spouse is an Italian citizen
eligibility-children = Children born to or adopted by the couple
eligibility-separated = Legally separated
eligibility-missing-title = To enter before a check:
eligibility-marriage-ended = Marriage dissolved, annulled or ended
eligibility-residence = Registered residence in Italy
eligibility-from = From
eligibility-to-or-empty = To (empty if still resident)
eligibility-period-from = start of residence period { $n }
eligibility-period-to = end of residence period { $n }
eligibility-income = Taxable income per year (applicant and family)
eligibility-year = Tax year
eligibility-amount = Amount in euro
eligibility-income-year-of = tax year “{ $year }”
eligibility-income-of = income of { $year }
eligibility-dependent-spouse = The spouse is a dependant
eligibility-other-dependants = Other dependants (children, parents …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = January
editor-calendar-month-2 = February
editor-calendar-month-3 = March
editor-calendar-month-4 = April
editor-calendar-month-5 = May
editor-calendar-month-6 = June
editor-calendar-month-7 = July
editor-calendar-month-8 = August
editor-calendar-month-9 = September
editor-calendar-month-10 = October
editor-calendar-month-11 = November
editor-calendar-month-12 = December
editor-calendar-mon = Mo
editor-calendar-tue = Tu
editor-calendar-wed = We
editor-calendar-thu = Th
editor-calendar-fri = Fr
editor-calendar-sat = Sa
editor-calendar-sun = Su
editor-calendar-keys = Alt+↓ opens the calendar · arrows: day · Page Up/Down: month (Shift: year) · Enter: pick · Esc: close
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Deadlines
nav-pdf = Generate PDF
timeline-title = Progress of the application and deadlines
timeline-intro = Enter the dates as they come: phases and deadlines update by themselves. The dates are saved with the application.
timeline-no-applicant = Open an applicant first.
timeline-deadlines = Next deadlines
timeline-no-deadlines = No deadlines ahead.
timeline-phases = Phases
timeline-events = Dates of the procedure
timeline-field-submitted = Application sent on
timeline-field-accepted = Accepted by the prefecture (K10 number) on
timeline-field-ten-bis-received = Notice of intended rejection (art. 10-bis) received on
timeline-field-ten-bis-days = Days to answer the notice (if not 10)
timeline-field-ten-bis-answered = Answer to the notice sent on
timeline-field-prefecture-opinion = Prefecture's opinion on
timeline-field-decree = Decree dated
timeline-field-decree-outcome = Outcome of the decree
timeline-field-inadmissible = Application declared inadmissible on
timeline-field-notified = Decree notified on
timeline-field-oath = Oath on
timeline-outcome-granted = Citizenship granted
timeline-outcome-rejected = Rejected
timeline-days-invalid = Enter a number of days between 1 and 365.
timeline-export-ics = Export to calendar (.ics)
timeline-exported = Calendar saved to { $path }.
timeline-export-failed = The calendar could not be saved: { $detail }
timeline-calendar-name = Citizenship – { $name }
timeline-notice-title = Notice of intended rejection (art. 10-bis) no. { $number }
timeline-notice-add = Add a notice (art. 10-bis)
timeline-notice-remove = Remove the notice
timeline-notice-confirm-remove = Remove notice no. { $number } and its dates?
timeline-notice-remove-confirm = Yes, remove
timeline-notice-due = Answer by { $date } ({ $left })
timeline-notice-answered = Answer sent on { $date }: no deadline left for this notice.
timeline-notice-no-date = Enter the day it arrived to see by when to answer.
timeline-notice-decided = The application is decided: no deadline for this notice.
timeline-field-draft-started = Application started on
timeline-field-planned-submission = Planned sending date
timeline-k10-invalid = The application number { $number } is not valid: { $error }
timeline-field-submission-rejected = Submission rejected by the prefecture (to fix and send again) on
timeline-field-assessment-started = Assessment started on (if not the acceptance day)
timeline-field-opinion-outcome = Outcome of the opinion
timeline-opinion-favourable = Favourable
timeline-opinion-unfavourable = Unfavourable
timeline-not-given = — not given —
pdf-screen-title = Generate PDF
pdf-screen-intro = Choose the document: the application's data are already in, complete what is missing. The PDF is saved only where you choose, or encrypted in the application's vault.
pdf-screen-no-applicant = Open an applicant first.
pdf-screen-member = Family member who supports the applicant
pdf-screen-member-placeholder = Choose the family member
pdf-screen-missing = { $count ->
    [one] One required field is missing (marked with *).
   *[other] { $count } required fields are missing (marked with *).
}
pdf-screen-field-required = Required field.
pdf-screen-field-invalid = Invalid value.
pdf-screen-fill-missing = Complete the marked fields before generating the document.
pdf-screen-choose = Choose…
pdf-screen-generate = Generate
pdf-screen-ready = Document ready: save it or keep it in the vault.
pdf-screen-save-as = Save as…
pdf-screen-saved = PDF saved to { $path }.
pdf-screen-save-failed = The PDF could not be saved: { $detail }
pdf-screen-keep = Keep in the vault
pdf-screen-pec-save = Save PEC draft (.eml)
pdf-screen-pec-copy = Copy PEC text
pdf-screen-pec-copied = PEC subject and text copied to the clipboard.
err-pec-name-missing = The PEC needs the surname and name (section 2).
err-pec-write = The PEC message could not be written.
pdf-screen-kept = PDF kept (encrypted) among the application's documents.
# --- end timeline and pdf screens ---

# Versions, copies and transfer (Versions screen; import in the list of applicants)
nav-history = Versions and copies
history-title = Versions, copies and transfer
history-versions = Saved versions
history-version = Version { $version } · saved on { $time } · { $done } of 12 sections complete
history-current = Current version
history-restore = Restore
history-confirm-restore = Restore version { $version }? The current draft stays in the list and can be restored in turn.
history-restore-confirm = Yes, restore
history-restored = Version { $version } restored: it is now the current draft.
history-copy = Copy
history-copy-intro = Creates a new applicant with the same data and documents (without K10 number or history), for instance for the spouse or for a new application after a rejection.
history-duplicate = Duplicate this application
history-export = Export to an encrypted file
history-export-intro = Saves this applicant (every version and document) in a file encrypted with a passphrase, to move it to another computer or help desk. Give the passphrase separately, never with the file.
history-passphrase = Passphrase of the file
history-passphrase-repeat = Repeat the passphrase
history-passphrase-mismatch = The two passphrases do not match.
history-export-typed-path = Path of the file, for example /media/usb/rossi.cittadinanza
history-export-button = Export…
history-exporting = Exporting…
history-exported = Applicant exported to { $path }.
history-file-stem = applicant
applicants-import = Import from file…
applicants-import-file = Import "{ $file }"
applicants-import-passphrase = Passphrase of the file
applicants-import-no-dialog = No file chooser can be shown on this computer. Type the full path of the .cittadinanza file to import.
applicants-import-typed-path = Path of the file, for example /media/usb/rossi.cittadinanza
applicants-import-confirm = Import

# --- drafts from newer versions ---
editor-newer-version = This application was saved by a newer version of the app: { $count } values were not understood and are not shown here ({ $values }). The saved version stays untouched in the history: update the app to get them back.
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = This attachment shows a different issue date from the one declared in section 8 ({ $date }), which is the date the six-month validity counts from: correct the attachment or section 8.
err-not-a-count = Enter a whole number (for example 2).
err-unknown-prefecture = Choose the prefecture from the list: it must be the one of the province where you live.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = You hold an EU long-term residence permit: instead of attaching a B1 certificate you may declare the exemption by choosing “Holder of an EU long-term permit” above.
hint-subsidiary-protection-letter-f = Your permit is for subsidiary protection: letter e) is only for refugees and stateless persons. Choose letter f) (10 years); the birth and criminal record certificates are needed.
hint-residence-gap-proof = Residence counts from the new registration. If you lived in Italy meanwhile, keep contracts, pay slips and medical records: the prefecture may accept them as proof of uninterrupted presence.
hint-family-income-not-household = Someone not on your stato di famiglia cannot add their income to yours: this amount is not counted.
hint-marriage-event = For citizenship by marriage the marriage must last, without separation, until the decree: see the eligibility check.
hint-criminal-record-expires-before-planned = This criminal record certificate expires before the planned sending date (see Deadlines): send earlier or get a new certificate.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Uploading { $name }: { $sent } of { $total }
# --- end upload progress ---
