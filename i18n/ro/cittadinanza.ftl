# Cittadinanza — interfața în limba română (Romanian interface).
# Texts machine-assisted: corrections by native speakers are welcome (see README, "Languages").
# Other areas (validation, codice fiscale, store, pdf, portal, rules) append their blocks at
# the end between `# --- <area> ---` and `# --- end <area> ---`.

## Application
app-title = Cittadinanza
app-subtitle = Cererea de cetățenie italiană
app-opening = Se deschide dosarul de date…
app-notice-dismiss = Am înțeles
app-closing-waiting = Fereastra se închide după ce toate cererile și toate fișierele sunt salvate.
app-close-anyway = Închide oricum (modificările nesalvate se pierd)
error-internal = A apărut o eroare internă. Datele deja salvate nu au fost atinse.
settings-save-failed = Setările nu au putut fi salvate: { $detail }
common-cancel = Anulează

## Navigation
nav-applicants = Solicitanți
nav-home = Cererea mea
nav-application = Cerere
nav-settings = Setări
nav-welcome = Bun venit și ghid
welcome-title = Bun venit în Cittadinanza
welcome-intro = Această aplicație îi ajută pe străinii care locuiesc în Italia să pregătească cererea de cetățenie italiană pentru portalul Ministerului de Interne (Ministero dell'Interno) și ajută ghișeele de asistență (patronate, asociații, primării) care îi sprijină pe solicitanți.
welcome-private = Totul rămâne pe acest calculator, criptat. Nimic nu este trimis până nu intrați pe portal.
welcome-paths = Cele două căi
welcome-path-residence = Prin rezidență (art. 9): după o perioadă de rezidență legală în Italia, de regulă 10 ani (4 pentru cetățenii Uniunii Europene, 5 pentru refugiați și apatrizi), cu un venit suficient în ultimii trei ani.
welcome-path-marriage = Prin căsătorie (art. 5): dacă sunteți căsătorit(ă) sau în uniune civilă cu un cetățean italian, după 2 ani de rezidență în Italia de la căsătorie (3 dacă locuiți în străinătate), redus la jumătate dacă aveți copii.
welcome-at-hand = Ce să aveți la îndemână
welcome-have-identity = pașaport sau act de identitate, permis de ședere (permesso di soggiorno) și cod fiscal (codice fiscale)
welcome-have-birth = certificat de naștere (atto di nascita) legalizat (sau cu apostilă) și tradus
welcome-have-record = cazier judiciar (certificato penale) din țara de origine și din orice altă țară în care ați locuit de la 14 ani (valabil 6 luni de la eliberare)
welcome-have-residence = adresele la care ați locuit în Italia, cu datele
welcome-have-income = veniturile din ultimii trei ani (CU, 730 sau Unico; doar pentru rezidență)
welcome-have-language = certificatul de limba italiană B1, dacă nu sunteți scutit(ă)
welcome-eligibility-title = Pot depune cererea?
welcome-eligibility-hint = Câteva întrebări vă spun dacă puteți depune deja cererea sau de când.
welcome-eligibility = Faceți verificarea
welcome-who-title = Pentru cine folosiți aplicația?
welcome-who-hint = Puteți schimba mai târziu în setări (mod ghișeu de asistență).
welcome-myself = Pentru mine
welcome-help-desk = Sunt un ghișeu de asistență
nav-glossary = Glosar

## Applicants
applicants-title = Solicitanți
applicants-my-application = Cererea mea
applicants-search = Căutați după nume, codice fiscale sau număr K10
applicants-show-archived = Arată arhivate
applicants-showing = Se afișează { $shown } din { $total }: căutați după nume, codice fiscale sau K10 pentru a restrânge lista.
applicants-show-more = Arată încă { $count }
applicants-new = Solicitant nou
applicants-empty = Nu s-a găsit nicio cerere.
applicants-start = Începeți o cerere nouă
applicants-unnamed = (încă fără nume)
applicants-last-saved = salvat { $time }
applicants-archived = arhivat
applicants-progress = { $done } din { $total } secțiuni complete
applicants-open = Deschide
applicants-archive = Arhivează
applicants-unarchive = Restaurează
applicants-delete = Șterge
applicants-confirm-delete = Ștergeți definitiv cererea lui { $name } și documentele ei?
applicants-delete-confirm = Da, șterge

## Section editor
editor-section-complete = Secțiune completă
editor-section-incomplete = Secțiune de completat
editor-saving = Se salvează…
editor-unsaved = Modificări nesalvate
editor-saved-at = Salvat la { $time }
editor-not-saved-yet = Încă nesalvat
editor-back = ← Solicitanți
editor-save = Salvează
editor-previous = ← Secțiunea anterioară
editor-next = Secțiunea următoare →
editor-add-row = + Adaugă
editor-remove-row = Elimină
editor-attachments = Documente atașate
editor-no-attachments = Niciun document atașat.
editor-issued-on = eliberat la { $date }
editor-attach-new = Atașați un document
editor-attach-kind = Tipul documentului
editor-attach-issue-date = Data eliberării (unde contează)
editor-attach-country = Țara (cazier judiciar)
editor-attach-choose-file = Alegeți fișierul…
editor-choose-kind-first = Alegeți mai întâi tipul documentului.
placeholder-date = ZZ/LL/AAAA
placeholder-amount = 12.345,67
placeholder-comma-list = separate prin virgulă
placeholder-choose = Alegeți…
editor-prefecture-propose = Propune: Prefectura (Prefettura) din { $name } (provincia de reședință)
editor-consulate-label = Oficiul consular competent (reședință în străinătate)
editor-consulate-placeholder = de exemplu Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Scrie numele oficiului consular italian competent pentru locul în care trăiești, așa cum apare pe site-ul ambasadei sau al consulatului: aplicația nu are o listă a consulatelor. Documentele vor fi adresate acestui oficiu.

## Settings
settings-title = Setări
settings-language = Limba
settings-theme = Temă
settings-text-scale = Mărimea textului: { $percent }%
settings-data-folder = Dosarul de date
settings-choose-folder = Alegeți dosarul…
settings-default-folder = Dosarul implicit
settings-restart-needed = Noul dosar va fi folosit la următoarea pornire.
settings-portal-url = Adresa portalului
settings-help-desk = Mod ghișeu de asistență (mulți solicitanți)
settings-help-desk-hint = Pentru ghișee de asistență și asociații care ajută multe persoane. Când este oprit, aplicația arată doar cererea dumneavoastră.
theme-light = Luminoasă
theme-dark = Întunecată
theme-high-contrast = Contrast ridicat

## Glossary
glossary-title = Glosar
glossary-intro = Cuvintele administrației italiene pe care le întâlniți în cerere și în scrisorile prefecturii, explicate pe scurt. Originalul italian este cel folosit în scrisori.
glossary-italian = În italiană: { $term }
glossary-prefettura = Prefectură
glossary-prefettura-desc = Oficiul statului din provincie care primește cererea de cetățenie, o examinează și comunică deciziile.
glossary-comune = Primărie (comună)
glossary-comune-desc = Administrația orașului sau a satului: ține registrul rezidenților, eliberează certificate și organizează jurământul.
glossary-codice-fiscale = Cod fiscal
glossary-codice-fiscale-desc = Codul de 16 caractere care identifică fiecare persoană în fața fiscului și a instituțiilor publice din Italia.
glossary-residenza-anagrafica = Rezidență înregistrată
glossary-residenza-anagrafica-desc = Înscrierea în registrul populației al comunei în care locuiți. Pentru cetățenie contează doar rezidența înregistrată, nu simpla ședere.
glossary-permesso-di-soggiorno = Permis de ședere
glossary-permesso-di-soggiorno-desc = Documentul eliberat de Questura care permite unui cetățean din afara UE să rămână în Italia.
glossary-permesso-ue-lungo-periodo = Permis de ședere UE de lungă durată
glossary-permesso-ue-lungo-periodo-desc = Permisul de ședere pe durată nedeterminată pentru cine locuiește legal în Italia de cel puțin cinci ani; scutește de certificatul de limbă.
glossary-questura = Chestură (poliția provinciei)
glossary-questura-desc = Biroul provincial al Poliției de Stat care eliberează și reînnoiește permisele de ședere.
glossary-atto-notorio = Declarație pe propria răspundere sub jurământ
glossary-atto-notorio-desc = O declarație făcută sub jurământ în fața unui funcționar public; pentru refugiați și apatrizi înlocuiește certificatul de naștere.
glossary-nucleo-familiare = Familia înregistrată
glossary-nucleo-familiare-desc = Persoanele înscrise ca o singură familie în registrul populației („stato di famiglia”); veniturile lor se pot adăuga la cele ale solicitantului.
glossary-reddito-imponibile = Venit impozabil
glossary-reddito-imponibile-desc = Venitul pe care se plătesc impozite, indicat în declarația de venit sau în Certificazione Unica.
glossary-certificato-penale = Cazier judiciar
glossary-certificato-penale-desc = Certificatul de cazier judiciar din țara de naștere și din țările de rezidență; este valabil șase luni de la eliberare.
glossary-marca-da-bollo = Timbru fiscal
glossary-marca-da-bollo-desc = Timbrul de 16 € cumpărat de la tutungerie sau online; cererea indică codul lui.
glossary-pagopa = pagoPA
glossary-pagopa-desc = Sistemul de plată către administrația publică; cu el se plătește contribuția de 250 € și se obține codul IUV.
glossary-autocertificazione = Declarație pe propria răspundere
glossary-autocertificazione-desc = O declarație semnată care înlocuiește un certificat; declarația falsă este infracțiune.
glossary-spid = SPID (identitate digitală)
glossary-spid-desc = Identitatea digitală cu care se intră în portalul Ministerului de Interne și în alte servicii publice online.
glossary-pec = E-mail certificat
glossary-pec-desc = Un e-mail cu valoare legală, ca o scrisoare recomandată cu confirmare de primire.
glossary-numero-k10 = Numărul K10
glossary-numero-k10-desc = Numărul dosarului pe care prefectura îl atribuie cererii acceptate; menționați-l în orice comunicare.
glossary-preavviso-di-rigetto = Preaviz de respingere
glossary-preavviso-di-rigetto-desc = Scrisoarea (art. 10-bis) prin care prefectura anunță că intenționează să respingă cererea: puteți răspunde cu documente și observații în termenul indicat.
glossary-decreto = Decret de acordare a cetățeniei
glossary-decreto-desc = Actul prin care se acordă cetățenia; este comunicat de primărie sau de prefectură.
glossary-giuramento = Jurământ
glossary-giuramento-desc = Promisiunea de credință față de Republică, depusă la primărie în cel mult șase luni de la comunicarea decretului: din acea zi sunteți cetățean italian.

## Unlock
unlock-title = Deschideți dosarul de date
unlock-explanation = Datele dumneavoastră sunt criptate. Introduceți parola dosarului (prima dată alegeți una de cel puțin 12 caractere).
unlock-passphrase = Parolă
unlock-open = Deschide
unlock-create-title = Alegeți o parolă
unlock-create-explanation = Datele vor fi criptate cu o parolă pe care o veți tasta la fiecare pornire. Trebuie să aibă cel puțin { $min } caractere; o frază din mai multe cuvinte este mai ușor de ținut minte și mai sigură.
unlock-keyring-unavailable = Portcheiul sistemului nu este disponibil, așa că datele sunt protejate cu o parolă.
unlock-details = Detalii
unlock-details-hide = Ascunde detaliile
unlock-repeat = Repetați parola
unlock-min-length = Cel puțin { $min } caractere.
unlock-strength-too-short = Prea scurtă: sunt necesare cel puțin { $min } caractere.
unlock-strength-weak = Slabă: adăugați cuvinte, cifre sau semne.
unlock-strength-fair = Acceptabilă.
unlock-strength-strong = Puternică.
unlock-no-recovery = Atenție: dacă uitați parola, datele nu mai pot fi recuperate de nimeni. Scrieți-o și păstrați-o într-un loc sigur.
unlock-mismatch = Cele două parole nu coincid.
unlock-create = Creează și continuă

# --- codice fiscale ---
err-cf-empty = Introduceți codice fiscale.
err-cf-length = Un codice fiscale are 16 caractere; acesta are { $found }.
err-cf-character = Caracterul { $position } („{ $character }”) nu este permis în acea poziție a unui codice fiscale.
err-cf-check-letter = Ultima literă (caracterul de control) ar trebui să fie { $expected }, nu { $found }: verificați dacă codul a fost copiat corect.
err-cf-month = „{ $found }” nu este o literă validă pentru lună (A B C D E H L M P R S T).
err-cf-day = Ziua { $day } nu există în luna { $month } (pentru femei ziua este mărită cu 40).
err-cf-unknown-place = Nicio comună și nicio țară străină nu are codul { $code }.
err-cf-place-code-format = „{ $code }” nu este un cod de loc (o literă și trei cifre, de ex. H501 sau Z404).
err-cf-surname-missing = Lipsește numele de familie (este nevoie de cel puțin o literă).
err-cf-name-missing = Lipsește prenumele (este nevoie de cel puțin o literă).
err-cf-unsupported-character = { $field ->
        [surname] Numele de familie
       *[name] Prenumele
    } conține „{ $character }”, care nu are echivalent în alfabetul latin: scrieți-l ca în pașaport sau în permisul de ședere.
err-cf-place-missing = Lipsește locul nașterii.
err-cf-town-missing = Lipsește comuna nașterii.
err-cf-unknown-municipality = Nicio comună italiană nu se numește „{ $name }”.
err-cf-municipality-province = Nu există comuna „{ $name }” în provincia { $province }.
err-cf-municipality-ambiguous = Mai multe comune se numesc „{ $name }” ({ $provinces }): introduceți provincia.
err-cf-municipality-date = Comuna „{ $name }” nu exista la { $date }: introduceți comuna cu numele pe care îl avea la data nașterii.
err-cf-unknown-country = Țară necunoscută: „{ $name }”.
err-cf-mismatch-surname = Codice fiscale nu corespunde numelui de familie: numele dă { $expected }, codul are { $found }.
err-cf-mismatch-name = Codice fiscale nu corespunde prenumelui: prenumele dă { $expected }, codul are { $found }.
err-cf-mismatch-birth-date = Codice fiscale nu corespunde datei nașterii: { $expected } în date, { $found } în cod.
err-cf-mismatch-sex = Codice fiscale nu corespunde sexului: { $expected } în date, { $found } în cod.
err-cf-mismatch-place = Codice fiscale nu corespunde locului nașterii: { $expected } în date, { $found } în cod.
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = Depozitul de chei al sistemului (credențiale) nu este disponibil, deci cheia datelor nu poate fi păstrată acolo. Puteți proteja datele cu o parolă introdusă la fiecare pornire. Detalii: { $detail }
secrets-failed = Depozitul de chei al sistemului a refuzat operația: { $detail }
secrets-malformed = Secretul „{ $name }” din depozitul de chei al sistemului este deteriorat.
secrets-passphrase-too-short = Parola trebuie să aibă cel puțin { $min } caractere.
secrets-key-derivation-failed = Cheia nu a putut fi derivată din parolă: { $detail }
store-in-use = Acest dosar de date este deja deschis în altă fereastră sau alt program. Închideți-l și încercați din nou.
store-newer-format = Aceste date au fost salvate de o versiune mai nouă a programului (format { $found }). Actualizați programul pentru a le deschide; datele nu au fost modificate.
store-wrong-key = Cheia nu corespunde acestui dosar de date: datele nu pot fi decriptate.
store-wrong-passphrase = Parolă greșită. Încercați din nou: datele nu au fost modificate.
store-passphrase-required = Acest dosar de date este protejat de o parolă: introduceți-o pentru a deschide dosarul.
store-key-missing = Cheia acestui dosar de date nu se află în depozitul de chei al acestui calculator (dosarul a fost copiat de pe alt calculator sau depozitul a fost resetat). Fără cheie datele nu pot fi citite: folosiți calculatorul original și exportați solicitanții ca pachete criptate.
store-applicant-not-found = Acest solicitant nu mai există (poate a fost șters).
store-version-not-found = Versiunea { $version } nu mai este disponibilă.
store-document-not-found = Acest document nu mai există (poate a fost eliminat).
store-document-missing = Fișierul criptat al documentului „{ $name }” lipsește din dosarul de date. Importați-l din nou.
store-document-damaged = Documentul „{ $name }” este deteriorat (verificarea integrității nu corespunde) și nu a fost exportat. Importați-l din nou.
store-corrupt = O parte din datele salvate este deteriorată și nu poate fi citită ({ $detail }).
store-file-not-found = Fișier sau dosar negăsit: { $path }
store-not-a-file = „{ $path }” nu este un fișier.
store-permission-denied = Permisiune refuzată: { $path }
store-disk-full = Discul este plin: eliberați spațiu și încercați din nou. Modificările nesalvate rămân în fereastră.
store-io-failed = Eroare de citire sau scriere la { $path }: { $detail }
store-database-failed = Eroare a bazei de date locale: { $detail }
store-bundle-wrong-passphrase = Parolă greșită pentru acest pachet.
store-bundle-truncated = Pachetul este incomplet (copiere sau descărcare întreruptă). Copiați-l din nou.
store-bundle-tampered = Pachetul a fost modificat sau este deteriorat și nu poate fi importat.
store-not-a-bundle = Acest fișier nu este un pachet Cittadinanza.
store-bundle-unsupported-version = Pachetul a fost creat de o versiune mai nouă a programului (format { $found }). Actualizați programul pentru a-l importa.
store-history-note = Fiecare salvare creează o versiune: se păstrează ultimele { $count } versiuni ale fiecărui solicitant.
# --- end store ---

# --- portal ---
err-portal-invalid-url = Adresa portalului „{ $url }” nu este validă: este necesară o adresă https:// (sau http:// pentru un portal pe acest computer).
err-portal-insecure-url = Adresa „{ $url }” nu este criptată: portalul se accesează doar prin https:// (http:// este permis doar pentru un portal pe acest computer).
err-portal-answer-too-large = Portalul a trimis un răspuns mai mare de { $megabytes } MB: a fost întrerupt. Serverul poate fi defect sau poate să nu fie portalul.
err-portal-unreachable = Portalul nu poate fi contactat. Modificările rămân în coadă și vor fi trimise cât mai curând.
err-portal-timeout = Portalul nu a răspuns la timp. Modificările rămân în coadă; încercați mai târziu.
err-portal-server = Portalul a avut o eroare (cod { $status }). Modificările rămân în coadă.
err-portal-unauthorized = Sesiunea a expirat sau încă nu v-ați autentificat. Autentificați-vă din nou.
err-portal-bad-credentials = E-mail sau parolă greșită.
err-portal-forbidden = Acest cont nu poate face acest lucru.
err-portal-not-found = Cererea nu a fost găsită pe portal (sau nu este legată de acest cont).
err-portal-account-exists = Există deja un cont cu acest e-mail. Autentificați-vă în loc să vă înregistrați.
err-portal-conflict = Cererea a fost modificată în altă parte (versiunea { $version }). Alegeți, secțiune cu secțiune, ce versiune păstrați.
err-portal-already-submitted = Cererea a fost deja trimisă: nu se creează o a doua.
err-portal-not-editable = O cerere trimisă nu mai poate fi modificată.
err-portal-incomplete = Portalul nu acceptă cererea: lipsește câmpul { $detail }.
err-portal-associate-mismatch =
    { $field ->
        [surname] Numele de familie nu corespunde cu cel din cerere.
        [name] Prenumele nu corespunde cu cel din cerere.
        [birth_date] Data nașterii nu corespunde cu cea din cerere.
        [previous_email] Adresa de e-mail indicată nu este cea folosită în cerere.
        [k10_number] Nicio cerere nu are acest număr K10 (format K10/0000001 sau K10/C/0000001).
       *[any] Datele nu corespund niciunei cereri. Verifică numărul K10 (format K10/0000001 sau K10/C/0000001), numele de familie, prenumele, data nașterii și e-mailul folosit în cerere.
    }
err-portal-already-associated = Cererea este deja legată de alt cont. Contactați prefectura.
err-portal-too-large = Fișierul sau datele sunt prea mari pentru portal (documente de până la 64 MB).
err-portal-rate-limited = Prea multe încercări. Așteaptă câteva minute (cel mult o oră) și încearcă din nou.
err-portal-checksum = Documentul s-a deteriorat pe drum. Încercați din nou: retrimiterea este sigură.
err-portal-rejected = Portalul a refuzat cererea ({ $code }).
err-portal-protocol = Răspuns neașteptat de la portal: poate rulează o altă versiune. ({ $detail })
err-portal-local = Datele locale de sincronizare nu pot fi citite sau scrise: { $detail }
err-portal-document = { $detail }
err-portal-token-store = Autentificarea nu poate fi memorată în depozitul de chei al sistemului: { $detail }
err-portal-not-linked = Această cerere nu a fost încă trimisă la portal.
err-portal-relink-pending = Datele de sincronizare sunt în curs de reconstruire: conectează-te la portal și sincronizează pentru a lega din nou cererile înainte de a trimite altele noi.
portal-status-draft = Ciornă
portal-status-submitted = Trimisă
portal-status-accepted = Acceptată de prefectură
portal-status-inadmissible = Declarată inadmisibilă
portal-status-notice-10bis = Preaviz de respingere (art. 10-bis)
portal-status-granted = Cetățenie acordată prin decret
portal-status-rejected = Respinsă prin decret
portal-status-oath-scheduled = Programare pentru jurământ stabilită
portal-comm-acceptance = Cerere acceptată la { $date }
portal-comm-inadmissibility = Cerere declarată inadmisibilă la { $date }
portal-comm-notice-10bis = Preaviz de respingere din { $date }: răspundeți în { $days } zile (până la { $respond_by })
portal-comm-decree-granted = Decret de acordare a cetățeniei din { $date }
portal-comm-decree-rejected = Decret de respingere din { $date }
portal-comm-oath-appointment = Jurământ la { $appointment } la { $place }
portal-sync-pending = { $count ->
    [0] Totul este sincronizat
    [one] O modificare așteaptă să fie trimisă
    [few] { $count } modificări așteaptă să fie trimise
   *[other] { $count } de modificări așteaptă să fie trimise
}
portal-queue-damaged = Datele de sincronizare cu portalul erau deteriorate: o copie a fost păstrată ca „{ $file }” în dosarul de date. Cererile și documentele de pe acest computer sunt intacte. Conectează-te la portal și sincronizează: legăturile cu cererile vor fi reconstruite.
portal-queue-rebuilt =
    Datele de sincronizare deteriorate (copia „{ $file }”) au fost reconstruite: { $count ->
        [one] o cerere este din nou legată de portal.
       *[other] { $count } cereri sunt din nou legate de portal.
    } Diferențele față de portal îți vor fi arătate înainte de a fi trimise.
portal-queue-dismiss = Am înțeles
portal-sync-uploads-failing =
    { $count ->
        [one] Modificările au fost trimise, dar un document nu a fost încărcat: { $error }
       *[other] Modificările au fost trimise, dar { $count } documente nu au fost încărcate (primul: { $error })
    }
portal-sync-conflicts = { $count ->
    [one] O cerere de reconciliat
    [few] { $count } cereri de reconciliat
   *[other] { $count } de cereri de reconciliat
}
portal-conflict-keep-mine = Păstrează versiunea mea
portal-conflict-take-theirs = Folosește versiunea portalului
portal-sign-in = Autentificare la portal
portal-sign-out = Deconectare de la portal
portal-role-applicant = Solicitant
portal-role-operator = Operator de ghișeu
# --- end portal ---

# --- validation ---
## Field checks (rules::Problem)
err-missing = Obligatoriu.
err-invalid-date = Dată invalidă: scrieți-o ca ZZ/LL/AAAA (de exemplu 05/03/2020).
err-impossible-date = Această dată nu există: verificați ziua și luna.
err-year-out-of-range = An neplauzibil: scrieți-l complet, cu patru cifre.
err-date-in-future = Data nu poate fi în viitor.
err-date-before-birth = Data este anterioară datei nașterii.
err-end-before-start = Data de sfârșit este anterioară datei de început ({ $start }).
err-date-before = Data nu poate fi anterioară { $event ->
        [event-first-entry] primei intrări în Italia
        [event-marriage] căsătoriei
        [event-status-recognised] recunoașterii statutului
       *[event-issue] datei eliberării
    } ({ $date }).
err-expired = Expirat la { $date }.
err-invalid-amount = Sumă invalidă: scrieți-o în euro, de exemplu 12.345,67 sau 12345.67.
err-wrong-amount = Suma datorată este { $expected } euro.
err-invalid-email = Adresă de e-mail invalidă (de exemplu nume@exemplu.com).
err-invalid-phone = Număr de telefon invalid: folosiți doar cifre și spații, cu prefixul internațional după un + (de exemplu +39 333 1234567).
err-invalid-province = Nu este un cod de provincie italiană: două litere, de exemplu MI.
err-invalid-postcode = Cod poștal (CAP) invalid: cinci cifre.
err-invalid-year = An invalid: scrieți patru cifre, de exemplu 2024.
err-invalid-notice-code = Cod invalid: un cod de aviz pagoPA are 18 cifre, un IUV între 15 și 25 de litere sau cifre.
err-invalid-name = Sunt permise doar litere, spații, apostrofuri, puncte și cratime.
err-birth-place-contradicts-basis = Ați spus că v-ați născut în Italia, dar locul nașterii din datele personale este în străinătate.
err-spouse-not-italian = Pentru o cerere prin căsătorie (art. 5) soțul/soția trebuie să fie cetățean italian.
err-not-married = Pentru o cerere prin căsătorie (art. 5) starea civilă trebuie să fie „căsătorit(ă)” sau „uniune civilă”.
err-atto-notorio-not-allowed = Un atto notorio înlocuiește certificatul de naștere doar pentru refugiați și apatrizi.
err-translation-required = Documentul trebuie tradus în italiană (sau să fie un extras multilingv).
err-residence-gap = Nicio rezidență de la { $from } la { $to }: adăugați perioada lipsă sau corectați datele.
err-residence-overlap = Această perioadă se suprapune cu perioada nr. { $other }.
err-open-period-not-last = Doar rezidența actuală (ultima) poate rămâne fără dată de sfârșit.
err-residences-not-up-to-date = Ultima rezidență se termină la { $date }: adăugați rezidența actuală.
err-registered-before-14-contradicted = Conform rezidențelor introduse, prima înregistrare în Italia a fost după împlinirea vârstei de 14 ani.
err-income-year-missing = Lipsește venitul pentru { $year }.
err-income-year-not-required = Sunt necesare doar veniturile din anii { $years }.
err-duplicate-year = Ați introdus deja acest an.
err-criminal-certificate-missing = Lipsește certificatul de cazier judiciar al acestei țări: { $country }.
err-language-level-too-low = Nivelul { $level } nu este suficient: este necesar cel puțin B1.
err-invalid-language-level = Nivel invalid: A1, A2, B1, B2, C1 sau C2.
err-exemption-needs-long-term-permit = Această scutire se aplică doar titularilor unui permis de ședere UE de lungă durată (de introdus în secțiunea 4).
err-exemption-not-for-eu-citizens = Cetățenii UE nu sunt scutiți: este necesar un certificat B1.
err-must-accept = Trebuie să bifați această declarație pentru a trimite cererea.
err-document-missing = Lipsește un document: { $kind ->
        [doc-birth-certificate] certificatul de naștere
        [doc-criminal-record] certificatul de cazier judiciar
        [doc-identity-document] actul de identitate
        [doc-residence-permit] permisul de ședere
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] certificatul de limbă italiană
        [doc-income-statement] declarația de venit
        [doc-payment-receipt] dovada plății
        [doc-marriage-certificate] certificatul de căsătorie
        [doc-atto-notorio] atto notorio
       *[doc-other] alt document
    }.
err-document-missing-for = Lipsește un document: { $kind ->
        [doc-birth-certificate] certificatul de naștere
        [doc-criminal-record] certificatul de cazier judiciar
        [doc-identity-document] actul de identitate
        [doc-residence-permit] permisul de ședere
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] certificatul de limbă italiană
        [doc-income-statement] declarația de venit
        [doc-payment-receipt] dovada plății
        [doc-marriage-certificate] certificatul de căsătorie
        [doc-atto-notorio] atto notorio
       *[doc-other] alt document
    } ({ $detail }).
err-document-expired = Document expirat la { $date } ({ $kind ->
        [doc-criminal-record] certificatul de cazier judiciar este valabil șase luni de la data eliberării
        [doc-identity-document] act de identitate
        [doc-residence-permit] permis de ședere
       *[doc-other] document atașat
    }): atașați unul valabil.
err-attachment-incomplete = Atașament incomplet: lipsește fișierul sau tipul documentului.
info-residence-span = Rezidență continuă de la { $from } la { $to } (ani întregi: { $years }).

## K10 number
k10-kind-naturalisation = Cetățenie prin rezidență
k10-kind-marriage = Cetățenie prin căsătorie
err-k10-empty = Introduceți numărul K10.
err-k10-prefix = Un număr K10 începe cu „K10/”, de exemplu K10/0000001 sau K10/C/0000001.
err-k10-kind = „K10/” este urmat de șapte cifre (rezidență) sau de „C/” și șapte cifre (căsătorie).
err-k10-digits = Numărul trebuie să aibă șapte cifre, inclusiv zerourile de la început; acesta are { $found }.
err-k10-character = Numărul conține „{ $character }”: sunt permise doar cifre.
err-k10-zero = 0000000 nu este un număr K10 valid.
err-k10-wrong-kind-marriage = Pentru cetățenia prin căsătorie (art. 5) numărul are forma { $expected }, cu „C/”.
err-k10-wrong-kind-naturalisation = Pentru cetățenia prin reședință (art. 9) numărul are forma { $expected }, fără „C/”.
# --- end validation ---

# --- pdf ---
pdf-doc-spid = „Modello x SPID” (declarație pe propria răspundere pentru a lega cererea)
pdf-doc-maintenance = Declarație de întreținere
pdf-doc-change = Modificarea datelor de contact și a veniturilor
pdf-doc-summary = Rezumat pentru ghișeul de asistență
pdf-group-declarant = Declarant
pdf-group-supporter = Membrul familiei care îl întreține pe solicitant
pdf-group-applicant = Solicitant
pdf-group-document = Act de identitate
pdf-group-statement = Declarație
pdf-group-as-in-application = Date ca în cerere
pdf-group-as-in-spid = Date ca în SPID
pdf-group-income = Venituri
pdf-group-changes = Modificări
pdf-group-signature = Locul și data
pdf-field-surname = Nume de familie
pdf-field-name = Prenume
pdf-field-birth-surname = Numele de familie la naștere (dacă diferă)
pdf-field-sex = Sex
pdf-field-birth-date = Data nașterii
pdf-field-birth-place = Locul nașterii
pdf-field-citizenship = Cetățenie
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Rezidența (adresa completă)
pdf-field-email = E-mail sau PEC (e-mail certificat)
pdf-field-phone = Telefon
pdf-field-document-kind = Tipul documentului
pdf-field-document-number = Numărul documentului
pdf-field-document-issuer = Eliberat de
pdf-field-document-expiry = Data expirării documentului
pdf-field-prefecture = Prefectura
pdf-field-k10-number = Numărul cererii (K10)
pdf-field-submitted-on = Data trimiterii cererii
pdf-field-mismatch-reason = De ce diferă datele din cerere și din SPID
pdf-field-ticket = Numărul tichetului de la ghișeu
pdf-field-place = Locul semnăturii
pdf-field-date = Data semnăturii
pdf-field-relationship = Relația cu solicitantul
pdf-field-same-household = Înscris în aceeași familie (stato di famiglia) cu solicitantul
pdf-field-supported-since = Îl întreține pe solicitant din
pdf-field-income-rows = Cel puțin un an de venituri
pdf-field-income-year = Anul fiscal (rândul { $row })
pdf-field-income-amount = Venit impozabil { $year }
pdf-field-income-source = Document fiscal { $year }
pdf-field-changes-any = Cel puțin o modificare (contact sau venit)
pdf-field-new-residence = Noua rezidență
pdf-field-residence-since = Locuiește la noua adresă din
pdf-field-new-email = E-mail sau PEC nou
pdf-field-new-phone = Număr de telefon nou
err-pdf-missing-fields = { $count ->
    [one] Este necesară o informație pentru a tipări documentul.
    [few] Sunt necesare { $count } informații pentru a tipări documentul.
   *[other] Sunt necesare { $count } de informații pentru a tipări documentul.
}
err-pdf-unknown-field = Câmp necunoscut: { $field }.
err-pdf-invalid-value = Valoare invalidă pentru { $field }.
err-pdf-font = Fontul încorporat nu poate fi citit: reinstalați aplicația.
pdf-page-of = Pagina { $page } din { $pages }
pdf-summary-title = Rezumatul cererii de cetățenie
pdf-summary-printed-on = Tipărit la { $date } – un memento pentru ghișeu, nu un document oficial
pdf-summary-footer = Rezumat – { $name } – { $date }
pdf-summary-unnamed = (numele nu a fost încă introdus)
pdf-summary-applicant = Solicitant
pdf-label-name = Nume și prenume
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Data și locul nașterii
pdf-label-citizenship = Cetățenie
pdf-label-basis = Temeiul legal
pdf-label-prefecture = Prefectura
pdf-label-k10 = Numărul cererii
pdf-label-email = E-mail / PEC
pdf-label-phone = Telefon
pdf-summary-not-submitted = încă netrimisă
pdf-summary-sections = Starea secțiunilor
pdf-summary-sections-done = { $done } din { $total } secțiuni complete
pdf-summary-section-complete = Completă
pdf-summary-section-incomplete = De completat
pdf-summary-documents = Documente de adus
pdf-summary-documents-intro = Aduceți originalele documentelor atașate și procurați-le pe cele lipsă.
pdf-summary-doc-missing = de procurat
pdf-summary-doc-exempt = nu este necesar
pdf-summary-doc-provided = atașat
pdf-summary-doc-expiring = atașat, valabil până la { $date }
pdf-summary-doc-expired = expirat la { $date }: trebuie reînnoit
pdf-summary-deadlines = Termene
pdf-summary-no-deadlines = Din datele introduse nu se poate calcula niciun termen.
pdf-summary-col-deadline = Ce expiră
pdf-summary-col-date = Data
pdf-summary-col-when = Când
pdf-summary-deadline-past = deja expirat
pdf-summary-deadline-in-days = { $days ->
    [0] astăzi
    [one] mâine
   *[other] peste { $days } zile
}
pdf-summary-deadline-criminal-record = Certificat de cazier judiciar ({ $country }): valabil 6 luni de la eliberare
pdf-summary-deadline-permit = Permis de ședere
pdf-summary-deadline-passport = Document străin ({ $document })
pdf-summary-deadline-id-card = Carte de identitate italiană
pdf-summary-disclaimer = Acest rezumat este calculat din datele introduse în cerere și nu înlocuiește instrucțiunile prefecturii și ale portalului Ministerului de Interne.
pdf-summary-desk-date = Data: { $date }
pdf-summary-desk-operator = Operator de ghișeu
pdf-summary-detail-year = anul { $year }
pdf-summary-detail-replaces = în loc de: { $document }
pdf-summary-detail-contribution = contribuția de 250 €
pdf-summary-detail-stamp-duty = timbru fiscal de 16 €
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = Condiții îndeplinite: puteți depune cererea
verdict-not-yet = Încă nu: puteți depune cererea începând cu { $date }
verdict-not-eligible = Condiții neîndeplinite
verdict-borderline = Caz incert: verificați punctele de mai jos
verdict-more-information = Sunt necesare mai multe informații pentru o verificare

elig-basis-missing = Alegeți temeiul legal (art. 5 sau art. 9) pentru a verifica condițiile.
elig-unreadable = Câmpul { $field } nu poate fi citit și a fost omis.
elig-residence-missing = Nicio rezidență în Italia introdusă: adăugați perioadele de rezidență înregistrată.
elig-residence-not-current = Ultima rezidență înregistrată s-a încheiat la { $date }: trebuie să fiți rezident în Italia acum.
elig-residence-gap = Nicio rezidență între { $from } și { $to }: continuitatea este întreruptă și numărătoarea reîncepe.
elig-residence-met = Rezidență legală continuă din { $since }: cei { $years } ani necesari au fost atinși la { $date }.
elig-residence-not-yet = Rezidență legală continuă din { $since }: cei { $years } ani necesari vor fi atinși la { $date }.
elig-descendant-rule-changed = Pentru descendenții cetățenilor italieni Legea 74/2025 a redus perioada de la 3 la 2 ani: verificați la prefectură.
elig-born-in-italy-unanswered = Spuneți dacă v-ați născut în Italia sau dacă descindeți dintr-un cetățean italian prin naștere.
elig-adoption-date-missing = Introduceți data adopției: cei 5 ani de rezidență se socotesc de la acea dată.
elig-service-missing = Introduceți datele serviciului în slujba statului italian.
elig-service-met = Serviciu în slujba statului din { $since }: cei 5 ani au fost atinși la { $date }.
elig-service-not-yet = Serviciu în slujba statului din { $since }: cei 5 ani vor fi atinși la { $date }.
elig-service-too-short = Serviciul în slujba statului (de la { $since } la { $date }) a durat mai puțin de 5 ani.
elig-not-eu-citizen = Litera d) se aplică cetățenilor Uniunii Europene: verificați cetățenia introdusă.
elig-refugee-status-missing = Litera e) se aplică refugiaților și apatrizilor: introduceți statutul recunoscut.
elig-marriage-date-missing = Introduceți data căsătoriei sau a uniunii civile.
elig-spouse-not-italian = Soțul/soția trebuie să fie cetățean italian.
elig-spouse-citizenship-unanswered = Spuneți dacă soțul/soția este cetățean italian.
elig-separated = Cetățenia prin căsătorie nu poate fi acordată când soții sunt separați legal.
elig-marriage-ended = Căsătoria trebuie să dureze până la decret (să nu fie desfăcută, anulată sau încetată).
elig-marriage-residence-met = Rezidență legală în Italia după căsătorie din { $since }: cele { $months } luni necesare au fost atinse la { $date }.
elig-marriage-residence-not-yet = Rezidență legală în Italia după căsătorie din { $since }: cele { $months } luni necesare vor fi atinse la { $date }.
elig-marriage-met = Căsătorit(ă) la { $since }: cele { $months } luni necesare au trecut la { $date }.
elig-marriage-not-yet = Căsătorit(ă) la { $since }: cele { $months } luni necesare vor trece la { $date }.
elig-children-halve-period = Cu copii născuți sau adoptați de cuplu perioada se înjumătățește.
elig-no-income-requirement = Cetățenia prin căsătorie nu are o cerință de venit minim.
elig-income-met = Venit { $year }: { $income } € (minim { $threshold } €).
elig-income-below = Venit { $year }: { $income } € este sub minimul de { $threshold } €. Se pot adăuga veniturile membrilor familiei înscriși în aceeași familie (stato di famiglia).
elig-income-borderline = Venit { $year }: { $income } € este între { $lower } € (adaos rotunjit la 516,00 €) și { $threshold } € (516,46 € pentru fiecare persoană în întreținere): caz incert.
elig-income-missing = Lipsește venitul din { $year }: sunt necesari cei trei ani dinaintea cererii.
elig-consider-basis = Conform literei { $letter }) din art. 9, sunt suficienți { $years } ani de rezidență.
elig-residence-gap-cancelled = Reședință întreruptă de la { $from } la { $to } (înscriere anulată și apoi restabilită): reședința neîntreruptă se numără de la noua înscriere din { $to }.
elig-residence-gap-abroad = De la { $from } la { $to } ai locuit în străinătate: reședința neîntreruptă se numără de la întoarcere, pe { $to }.
elig-residence-gap-other = Reședință întreruptă de la { $from } la { $to }: reședința neîntreruptă se numără de la { $to }.
elig-presence-proof = Dacă în acea perioadă (de la { $from } la { $to }) ai continuat să locuiești în Italia, prefectura (Prefettura) poate accepta dovada prezenței neîntrerupte: contracte de închiriere sau de muncă, fluturași de salariu, certificate medicale sau de la medicul de familie. Nu este garantat: întreabă la prefectura ta.
elig-subsidiary-protection = Cu un permis pentru protecție subsidiară (protezione sussidiaria) nu se aplică litera e) (doar refugiați și apatrizi): se aplică litera f), cu 10 ani de reședință, și nu există scutirea refugiaților de certificatele de naștere și de cazier judiciar (atto notorio). Alege litera f).
elig-marriage-separation = Separare din { $date }: cu separarea legală a soților (separazione personale) cetățenia prin căsătorie nu poate fi acordată.
elig-marriage-divorce = Divorț din { $date }: căsătoria trebuie să dureze până la decret (decreto).
elig-marriage-annulment = Căsătorie anulată pe { $date }: căsătoria trebuie să dureze până la decret (decreto).
elig-marriage-spouse-death = Soțul/soția a decedat pe { $date }: căsătoria s-a desfăcut și cetățenia prin căsătorie nu mai este posibilă; verifică la prefectură (Prefettura).
elig-marriage-separation-pending = Separare din { $date }, după trimiterea cererii ({ $submitted }): cu cererea în curs, respingerea este probabilă. Anunță prefectura (Prefettura) și cere sfatul unui patronat (patronato) sau al unui avocat.
elig-marriage-ended-pending =
    { $event ->
        [divorce] Divorț
        [annulment] Anularea căsătoriei
       *[other] Decesul soțului/soției
    } din { $date }, după trimiterea cererii ({ $submitted }): cetățenia prin căsătorie nu mai poate fi acordată; anunță prefectura (Prefettura).
elig-income-household =
    Familia în { $year }: { $spouse ->
        [yes] soț/soție în întreținere
       *[no] fără soț/soție în întreținere
    }, alți membri în întreținere: { $others }.
elig-family-income-not-household = Venitul din { $year } al lui { $name }: nu este în aceeași componență a familiei (stato di famiglia), deci nu se poate aduna.
elig-family-income-household-unanswered = Venitul din { $year } al lui { $name }: indică dacă este în aceeași componență a familiei (stato di famiglia) (doar atunci se poate aduna).

checklist-state-missing = Lipsește
checklist-state-exempt = Nu este necesar
checklist-state-provided = Atașat
checklist-state-expiring = Expiră la { $date }
checklist-state-expired = Expirat la { $date }
checklist-detail-country = { $country }
checklist-detail-year = anul { $year }
checklist-detail-replaces-birth-certificate = în locul certificatului de naștere
checklist-detail-replaces-criminal-record = în locul certificatului de cazier judiciar
checklist-detail-contribution = contribuția de 250 €
checklist-detail-stamp-duty = timbru fiscal de 16 €
checklist-exempt-eu-citizen = Cetățenii UE nu au permis de ședere.
checklist-exempt-living-abroad = Nu este necesar când locuiți în străinătate.
checklist-exempt-born-in-italy = Nu este necesar pentru cei născuți în Italia.
checklist-exempt-atto-notorio = Pentru refugiați și apatrizi îl înlocuiește un atto notorio.
checklist-exempt-before-14 = Nu este necesar pentru cei înregistrați în Italia înainte de 14 ani și rezidenți de atunci.
checklist-exempt-eu-long-term-permit = Scutit: titular al unui permis de ședere UE de lungă durată.
checklist-exempt-integration-agreement = Scutit: a semnat acordul de integrare.
checklist-exempt-no-income = Niciun venit declarat pentru acel an.

phase-draft = Ciornă
phase-submitted = Trimisă
phase-accepted = Acceptată (număr K10)
phase-submission-rejected = Trimitere respinsă de prefectură
phase-preliminary-assessment = Examinare preliminară
phase-ten-bis-notice = Preaviz de respingere (preavviso di rigetto, art. 10-bis)
phase-prefecture-opinion = Avizul prefecturii
phase-decree = Decret de acordare a cetățeniei (decreto di concessione)
phase-rejected = Decret de respingere
phase-inadmissible = Inadmisibilitate
phase-notification = Comunicare
phase-oath = Jurământ (giuramento)
phase-citizen = Cetățean italian
phase-state-done = Încheiată
phase-state-current = În curs
phase-state-future = Urmează

deadline-today = astăzi
deadline-tomorrow = mâine
deadline-days-left = peste { $days } zile
deadline-days-ago = acum { $days } zile
deadline-urgent = Urgent
deadline-non-working-judicial = { $date } este { $day }: prin lege termenul se mută la { $moved } (art. 155 c.p.c., art. 52 c.p.a.). Dată sigură recomandată: { $safe }.
deadline-non-working-administrative = { $date } este { $day }: de obicei termenul se mută la { $moved } (art. 2963 c.c.), dar pentru termenele administrative nu este sigur. Dată sigură recomandată: { $safe }.
holiday-easter-sunday = Paștele
holiday-easter-monday = A doua zi de Paște (Pasquetta)
holiday-national = o zi de sărbătoare națională
holiday-saturday = sâmbătă
holiday-sunday = duminică
deadline-criminal-record-expiry = Expiră certificatul de cazier judiciar { $subject }
deadline-criminal-record-expiry-desc = Certificatul de cazier judiciar este valabil 6 luni de la data eliberării ({ $from }): depuneți-l până la { $date } sau obțineți unul nou.
deadline-ten-bis-response = Răspuns la preavizul de respingere nr. { $subject }
deadline-ten-bis-response-desc = Preaviz primit la { $from }: trimiteți documente sau observații prefecturii (prin PEC) până la { $date }.
deadline-tar-appeal = Ultima zi pentru recursul la TAR (tribunalul administrativ)
deadline-tar-appeal-desc = 60 de zile de la comunicarea din { $from }. Consultați la timp un avocat.
deadline-president-appeal = Ultima zi pentru recursul extraordinar la Președintele Republicii
deadline-president-appeal-desc = 120 de zile de la comunicarea din { $from }, ca alternativă la TAR.
deadline-reapply-from = Din această zi puteți depune din nou cererea
deadline-reapply-from-desc = După un decret de respingere puteți depune din nou cererea la un an de la comunicarea lui ({ $from }); după inadmisibilitate, imediat.
deadline-oath = Ultima zi pentru jurământ
deadline-oath-desc = Jurământul trebuie depus în cel mult 6 luni de la comunicarea decretului ({ $from }). Programați-l la primăria dumneavoastră.
deadline-processing-limit = Termenul procedurii
deadline-processing-limit-desc = Trimisă la { $from }: administrația trebuie să decidă până la { $date } (24 de luni; 48 pentru cererile trimise înainte de 20/12/2020; preavizele de respingere suspendă termenul).
deadline-processing-limit-extended = Termenul maxim prelungit al procedurii
deadline-processing-limit-extended-desc = Trimisă la { $from }: cu prelungirea termenul este { $date } (36 de luni).
calendar-name = Cetățenie – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = Portal
portal-title = Portal și sincronizare
portal-address = Portal: { $url } (se modifică în Setări)
portal-signed-in-as = Autentificat ca { $email } ({ $role })
portal-email = E-mail
portal-password = Parolă
portal-register = Creați un cont
portal-register-hint = Ghișeele de asistență primesc contul de operator de la administratorul portalului.
portal-credentials-required = Introduceți e-mailul și parola.
portal-sync-now = Sincronizează acum
portal-syncing = Se sincronizează…
portal-sync-uploads = { $count ->
    [one] Un document așteaptă să fie încărcat
    [few] { $count } documente așteaptă să fie încărcate
   *[other] { $count } de documente așteaptă să fie încărcate
}
portal-offline = Portalul nu poate fi contactat: modificările sunt salvate aici și puse în coadă, și vor fi trimise la următoarea sincronizare.
portal-last-sync = Ultima sincronizare: { $time }
portal-never-synced = Încă nesincronizat.
portal-open-unnamed = Cerere fără nume
portal-status-unknown = Starea acestei cereri pe portal nu este disponibilă acum: reîmprospătați când portalul poate fi contactat.
portal-not-sent = Această cerere nu este încă pe portal: „Sincronizează acum” o trimite ca ciornă.
portal-status-line = Stare: { $status }
portal-k10 = Număr K10: { $k10 }
portal-communications = Comunicări
portal-no-communications = Nicio comunicare de la prefectură.
portal-deadline-left = Răspundeți până la { $date } (mai sunt { $days } zile)
portal-deadline-passed = Termenul de răspuns a expirat la { $date }
portal-refresh-status = Reîmprospătează starea
portal-submit = Trimiteți cererea
portal-submit-confirm = Trimiteți cererea la prefectură? După trimitere nu mai poate fi modificată.
portal-submit-yes = Da, trimite
portal-submitted = Cerere trimisă. Număr K10: { $k10 }
portal-conflict-title = { $name }: modificată și pe portal
portal-conflict-help = Aceste secțiuni au fost modificate și aici, și pe portal. Alegeți ce versiune păstrați pentru fiecare.
portal-conflict-field = { $field }: a mea „{ $mine }”, portal „{ $theirs }”
portal-conflict-more = … și încă { $count } câmpuri
portal-conflict-apply = Aplică alegerile mele
portal-value-yes = da
portal-value-no = nu
portal-associate-title = Legați o cerere (Associa pratica)
portal-associate-help = Legați de contul dumneavoastră o cerere trimisă anterior (de exemplu de un ghișeu de asistență). Fiecare detaliu trebuie să corespundă cererii.
portal-associate-surname = Nume de familie
portal-associate-name = Prenume
portal-associate-birth-date = Data nașterii (ZZ/LL/AAAA)
portal-associate-previous-email = Adresa de e-mail indicată în cerere
portal-associate-k10 = Număr K10 (de ex. K10/0000001)
portal-associate-required = Completați acest câmp.
portal-associate = Leagă
portal-upload-waiting = De încărcat: { $name }
portal-upload-failed = „{ $name }” nu a fost încărcat: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Un document al altui solicitant nu a fost încărcat: deschideți acel solicitant pentru a vedea de ce.
   *[other] { $count } documente ale altor solicitanți nu au fost încărcate: deschideți acei solicitanți pentru a vedea de ce.
}
portal-field-file-name = Numele fișierului
portal-field-file-content = Conținutul fișierului
portal-procedure-draft-started = Cerere începută la
portal-procedure-k10 = Număr K10
portal-procedure-submission-rejected = Trimitere respinsă de prefectură la
portal-procedure-assessment-started = Examinare începută la
portal-procedure-ten-bis = Preaviz (art. 10-bis)
portal-procedure-opinion = Avizul prefecturii
portal-procedure-opinion-favourable = favorabil
portal-procedure-opinion-unfavourable = nefavorabil
portal-procedure-certificates = Certificate de cazier judiciar
portal-upload-damaged = Documentul „{ $name }” este deteriorat în dosarul de date al acestui calculator (verificarea integrității nu corespunde) și nu a fost încărcat. Importați-l din nou.
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documente
nav-eligibility = Pot depune cererea?
documents-no-applicant = Deschideți un solicitant pentru a-i vedea documentele.
documents-title = Documentele lui { $name }
documents-progress = { $ready } din { $total } gata
documents-file-missing = Fișierul nu mai este în seif: adăugați-l din nou.
documents-file-damaged = Fișierul din seif este deteriorat: adăugați-l din nou.
documents-drop-target = Trageți aici un fișier: va merge la „{ $item }”.
documents-drop-nothing = Nu lipsește niciun document: un fișier tras aici nu merge la nicio poziție.
documents-check = Verifică fișierele
documents-checking = Verificare în curs…
documents-check-ok =
    { $count ->
        [one] Fișierul este intact.
       *[other] Toate cele { $count } fișiere sunt intacte.
    }
documents-check-bad =
    { $count ->
        [one] Un fișier lipsește sau este deteriorat: este marcat în listă.
       *[other] { $count } fișiere lipsesc sau sunt deteriorate: sunt marcate în listă.
    }
documents-no-dialog = Pe acest calculator nu se poate deschide fereastra de alegere a fișierelor. Scrieți calea completă a fișierului (sau trageți-l pe acest ecran).
documents-typed-path = Calea fișierului, de exemplu /home/anna/scanari/pasaport.pdf
documents-use-typed-path = Atașează acest fișier
documents-typed-path-not-found = Niciun fișier la „{ $path }”: verificați calea.
documents-no-save-dialog = Pe acest calculator nu se poate deschide fereastra de salvare. Scrieți unde să fie salvată copia (calea completă, cu numele fișierului).
documents-typed-destination = Calea copiei, de exemplu /home/anna/pasaport.pdf
documents-typed-destination-invalid = Nu se poate salva la „{ $path }”: dosarul trebuie să existe și trebuie scris numele fișierului.
file-dialog-no-save-dialog = Pe acest calculator nu se poate deschide fereastra de salvare. Scrieți unde să fie salvat fișierul (calea completă, cu numele fișierului).
file-dialog-save-placeholder = Calea completă, de exemplu { $example }
file-dialog-save-here = Salvează aici
file-dialog-no-folder-dialog = Pe acest calculator nu se poate deschide fereastra de alegere a unui dosar. Scrieți calea completă a dosarului.
file-dialog-folder-placeholder = Calea completă a dosarului
file-dialog-folder-not-found = Niciun dosar la „{ $path }”: verificați calea.
file-dialog-use-folder = Folosește acest dosar
documents-add-file = Adaugă fișier
documents-replace-file = Înlocuiește fișierul
documents-open = Deschide
documents-export = Exportă…
documents-remove = Elimină
documents-confirm-remove = Elimină definitiv
documents-cancel = Anulează
documents-exported = Salvat în { $path }
documents-days-left = mai sunt { $days } zile
documents-criminal-record-validity = Un certificat de cazier judiciar este valabil 6 luni de la data eliberării: cereți unul nou.
documents-issue-date-required = Data eliberării (certificatul este valabil 6 luni de la ea)
documents-issue-date-future = Data eliberării nu poate fi în viitor.
documents-country-required = Scrieți țara care a eliberat certificatul.
documents-edit-issue-date = Data eliberării…
documents-edit-issue-date-label = Data eliberării documentului
documents-save-issue-date = Salvează data
documents-error-temp = Nu s-a putut scrie o copie temporară privată a documentului.
documents-error-viewer = Niciun program nu a putut deschide documentul. Folosiți „Exportă…” și deschideți copia singur.
eligibility-title = Pot depune cererea?
eligibility-from-draft = Completat din cererea deschisă. Modificările de aici nu schimbă cererea.
eligibility-stand-alone = Răspundeți la întrebările de mai jos: nu se salvează nimic.
eligibility-reload-draft = Preia din nou valorile din cerere
eligibility-basis = Temeiul legal
eligibility-born-in-italy = Născut(ă) în Italia (lăsați nebifat dacă descindeți dintr-un cetățean italian prin naștere)
eligibility-adoption-date = Data adopției
eligibility-service-from = În serviciul statului italian din
eligibility-service-to = Până la (gol dacă sunteți încă în serviciu)
eligibility-eu-citizen = Cetățean al unei țări din Uniunea Europeană
eligibility-refugee-status = Statut
eligibility-marriage-date = Data căsătoriei sau a uniunii civile
eligibility-spouse-italian = Soțul/soția este cetățean italian
eligibility-children = Copii născuți sau adoptați de cuplu
eligibility-separated = Separați legal
eligibility-missing-title = De completat înainte de o verificare:
eligibility-marriage-ended = Căsătorie desfăcută, anulată sau încetată
eligibility-residence = Rezidență înregistrată în Italia (residenza anagrafica)
eligibility-from = De la
eligibility-to-or-empty = Până la (gol dacă sunteți încă rezident)
eligibility-period-from = începutul perioadei de rezidență { $n }
eligibility-period-to = sfârșitul perioadei de rezidență { $n }
eligibility-income = Venit impozabil pe an (solicitant și familie)
eligibility-year = Anul fiscal
eligibility-amount = Suma în euro
eligibility-income-year-of = anul fiscal „{ $year }”
eligibility-income-of = venitul din { $year }
eligibility-dependent-spouse = Soțul/soția este în întreținere
eligibility-other-dependants = Alte persoane în întreținere (copii, părinți …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = ianuarie
editor-calendar-month-2 = februarie
editor-calendar-month-3 = martie
editor-calendar-month-4 = aprilie
editor-calendar-month-5 = mai
editor-calendar-month-6 = iunie
editor-calendar-month-7 = iulie
editor-calendar-month-8 = august
editor-calendar-month-9 = septembrie
editor-calendar-month-10 = octombrie
editor-calendar-month-11 = noiembrie
editor-calendar-month-12 = decembrie
editor-calendar-mon = Lu
editor-calendar-tue = Ma
editor-calendar-wed = Mi
editor-calendar-thu = Jo
editor-calendar-fri = Vi
editor-calendar-sat = Sâ
editor-calendar-sun = Du
editor-calendar-keys = Alt+↓ deschide calendarul · săgeți: ziua · Page Up/Down: luna (Shift: anul) · Enter: alege · Esc: închide
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Termene
nav-pdf = Generează PDF
timeline-title = Evoluția cererii și termene
timeline-intro = Introduceți datele pe măsură ce apar: fazele și termenele se actualizează singure. Datele se salvează împreună cu cererea.
timeline-no-applicant = Deschideți mai întâi un solicitant.
timeline-deadlines = Termenele următoare
timeline-no-deadlines = Niciun termen în față.
timeline-phases = Faze
timeline-events = Datele procedurii
timeline-field-submitted = Cerere trimisă la
timeline-field-accepted = Acceptată de prefectură (număr K10) la
timeline-field-ten-bis-received = Preaviz de respingere (preavviso di rigetto, art. 10-bis) primit la
timeline-field-ten-bis-days = Zile pentru a răspunde la preaviz (dacă nu sunt 10)
timeline-field-ten-bis-answered = Răspuns la preaviz trimis la
timeline-field-prefecture-opinion = Avizul prefecturii din
timeline-field-decree = Decret din data de
timeline-field-decree-outcome = Rezultatul decretului
timeline-field-inadmissible = Cerere declarată inadmisibilă la
timeline-field-notified = Decret comunicat la
timeline-field-oath = Jurământ la
timeline-outcome-granted = Cetățenie acordată
timeline-outcome-rejected = Respinsă
timeline-days-invalid = Introduceți un număr de zile între 1 și 365.
timeline-export-ics = Exportă în calendar (.ics)
timeline-exported = Calendar salvat în { $path }.
timeline-export-failed = Calendarul nu a putut fi salvat: { $detail }
timeline-calendar-name = Cetățenie – { $name }
timeline-notice-title = Preaviz de respingere (art. 10-bis) nr. { $number }
timeline-notice-add = Adaugă un preaviz (art. 10-bis)
timeline-notice-remove = Elimină preavizul
timeline-notice-confirm-remove = Eliminați preavizul nr. { $number } și datele lui?
timeline-notice-remove-confirm = Da, elimină
timeline-notice-due = Răspundeți până la { $date } ({ $left })
timeline-notice-answered = Răspuns trimis la { $date }: niciun termen rămas pentru acest preaviz.
timeline-notice-no-date = Introduceți ziua în care a sosit pentru a vedea până când trebuie să răspundeți.
timeline-notice-decided = S-a decis asupra cererii: niciun termen pentru acest preaviz.
timeline-field-draft-started = Cerere începută la
timeline-field-planned-submission = Trimitere prevăzută pe
timeline-k10-invalid = Numărul de dosar { $number } nu este valid: { $error }
timeline-field-submission-rejected = Trimitere respinsă de prefectură (de corectat și retrimis) la
timeline-field-assessment-started = Examinare începută la (dacă nu în ziua acceptării)
timeline-field-opinion-outcome = Rezultatul avizului
timeline-opinion-favourable = Favorabil
timeline-opinion-unfavourable = Nefavorabil
timeline-not-given = — nedat —
pdf-screen-title = Generează PDF
pdf-screen-intro = Alegeți documentul: datele cererii sunt deja incluse, completați ce lipsește. PDF-ul se salvează doar unde alegeți sau criptat în seiful cererii.
pdf-screen-no-applicant = Deschideți mai întâi un solicitant.
pdf-screen-member = Membrul familiei care îl întreține pe solicitant
pdf-screen-member-placeholder = Alegeți membrul familiei
pdf-screen-missing = { $count ->
    [one] Lipsește un câmp obligatoriu (marcat cu *).
    [few] Lipsesc { $count } câmpuri obligatorii (marcate cu *).
   *[other] Lipsesc { $count } de câmpuri obligatorii (marcate cu *).
}
pdf-screen-field-required = Câmp obligatoriu.
pdf-screen-field-invalid = Valoare invalidă.
pdf-screen-fill-missing = Completați câmpurile marcate înainte de a genera documentul.
pdf-screen-choose = Alegeți…
pdf-screen-generate = Generează
pdf-screen-ready = Document gata: salvați-l sau păstrați-l în seif.
pdf-screen-save-as = Salvează ca…
pdf-screen-saved = PDF salvat în { $path }.
pdf-screen-save-failed = PDF-ul nu a putut fi salvat: { $detail }
pdf-screen-keep = Păstrează în seif
pdf-screen-pec-save = Salvează ciorna PEC (.eml)
pdf-screen-pec-copy = Copiază textul PEC
pdf-screen-pec-copied = Subiectul și textul PEC (e-mail certificat) au fost copiate în clipboard.
err-pec-name-missing = Pentru PEC (e-mail certificat) sunt necesare numele de familie și prenumele (secțiunea 2).
err-pec-write = Mesajul PEC (e-mail certificat) nu a putut fi scris.
pdf-screen-kept = PDF păstrat (criptat) printre documentele cererii.
# --- end timeline and pdf screens ---

# Versions, copies and transfer (Versions screen; import in the list of applicants)
nav-history = Versiuni și copii
history-title = Versiuni, copii și transfer
history-versions = Versiuni salvate
history-version = Versiunea { $version } · salvată la { $time } · { $done } din 12 secțiuni complete
history-current = Versiunea curentă
history-restore = Restaurează
history-confirm-restore = Restaurați versiunea { $version }? Ciorna curentă rămâne în listă și poate fi restaurată la rândul ei.
history-restore-confirm = Da, restaurează
history-restored = Versiunea { $version } a fost restaurată: acum este ciorna curentă.
history-copy = Copie
history-copy-intro = Creează un solicitant nou cu aceleași date și documente (fără număr K10 și fără istoric), de exemplu pentru soț/soție sau pentru o cerere nouă după o respingere.
history-duplicate = Duplică această cerere
history-export = Exportă într-un fișier criptat
history-export-intro = Salvează acest solicitant (toate versiunile și documentele) într-un fișier criptat cu o parolă, pentru a-l muta pe alt calculator sau la alt ghișeu. Transmiteți parola separat, niciodată împreună cu fișierul.
history-passphrase = Parola fișierului
history-passphrase-repeat = Repetați parola
history-passphrase-mismatch = Cele două parole nu coincid.
history-export-typed-path = Calea fișierului, de exemplu /media/stick/rossi.cittadinanza
history-export-button = Exportă…
history-exporting = Se exportă…
history-exported = Solicitant exportat în { $path }.
history-file-stem = solicitant
applicants-import = Importă din fișier…
applicants-import-file = Importă „{ $file }”
applicants-import-passphrase = Parola fișierului
applicants-import-no-dialog = Pe acest calculator nu se poate deschide fereastra de alegere a fișierelor. Scrieți calea completă a fișierului .cittadinanza de importat.
applicants-import-typed-path = Calea fișierului, de exemplu /media/stick/rossi.cittadinanza
applicants-import-confirm = Importă

# --- drafts from newer versions ---
editor-newer-version = Această cerere a fost salvată de o versiune mai nouă a aplicației: { $count } valori nu au fost înțelese și nu sunt afișate aici ({ $values }). Versiunea salvată rămâne neatinsă în istoric: actualizați aplicația pentru a le recupera.
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = Acest atașament arată o dată de eliberare diferită de cea declarată în secțiunea 8 ({ $date }), data de la care se socotește valabilitatea de șase luni: corectați atașamentul sau secțiunea 8.
err-not-a-count = Scrie un număr întreg (de exemplu 2).
err-unknown-prefecture = Alege prefectura (Prefettura) din listă: trebuie să fie cea a provinciei în care locuiești.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = Aveți un permis de ședere UE de lungă durată: în loc să atașați un certificat B1 puteți declara scutirea alegând mai sus „Titular al unui permis UE de lungă durată”.
hint-subsidiary-protection-letter-f = Permisul tău este pentru protecție subsidiară (protezione sussidiaria): litera e) este doar pentru refugiați și apatrizi. Alege litera f) (10 ani); certificatele de naștere și de cazier judiciar trebuie prezentate.
hint-residence-gap-proof = Reședința se numără de la noua înscriere. Dacă între timp ai locuit în Italia, păstrează contractele, fluturașii de salariu și certificatele medicale: prefectura (Prefettura) le poate accepta ca dovadă a prezenței neîntrerupte.
hint-family-income-not-household = Cine nu este în aceeași componență a familiei (stato di famiglia) nu își poate aduna venitul la al tău: această sumă nu este luată în calcul.
hint-marriage-event = Pentru cetățenia prin căsătorie, căsătoria trebuie să dureze, fără separare, până la decret (decreto): vezi verificarea cerințelor.
hint-criminal-record-expires-before-planned = Acest certificat de cazier judiciar expiră înainte de data de trimitere prevăzută (vezi Termene): trimite mai devreme sau obține un certificat nou.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Se încarcă { $name }: { $sent } din { $total }
# --- end upload progress ---
