# Cittadinanza — ndërfaqja në shqip (të gjitha ekranet; italishtja si rezervë).

app-title = Cittadinanza
app-subtitle = Kërkesë për shtetësinë italiane
app-opening = Po hapet dosja e të dhënave…
app-notice-dismiss = E kuptova
app-closing-waiting = Dritarja mbyllet sapo të ruhen të gjitha kërkesat dhe të gjithë skedarët.
app-close-anyway = Mbyll gjithsesi (ndryshimet e paruajtura humbasin)
common-cancel = Anulo
settings-save-failed = Cilësimet nuk u ruajtën: { $detail }

nav-applicants = Aplikantët
nav-home = Kërkesa ime
nav-application = Kërkesa
nav-settings = Cilësimet
nav-welcome = Mirëseardhja dhe udhëzuesi
welcome-title = Mirë se vini në Cittadinanza
welcome-intro = Ky aplikacion i ndihmon të huajt që jetojnë në Itali të përgatitin kërkesën për shtetësinë italiane për portalin e Ministrisë së Brendshme, dhe i ndihmon sportelet (patronati, shoqata, bashki) që u qëndrojnë pranë kërkuesve.
welcome-private = Gjithçka mbetet në këtë kompjuter, e koduar. Asgjë nuk dërgohet derisa të hyni në portal.
welcome-paths = Dy rrugët
welcome-path-residence = Me banim (neni 9): pas një periudhe banimi të ligjshëm në Itali, zakonisht 10 vjet (4 për shtetasit e Bashkimit Evropian, 5 për refugjatët dhe pa shtetësi), me të ardhura të mjaftueshme në tre vitet e fundit.
welcome-path-marriage = Me martesë (neni 5): nëse jeni i martuar ose në bashkim civil me një shtetas italian, pas 2 vjet banimi në Itali nga martesa (3 nëse jetoni jashtë), të përgjysmuara nëse keni fëmijë.
welcome-at-hand = Çfarë të keni afër
welcome-have-identity = pasaportë ose dokument identiteti, leje qëndrimi dhe codice fiscale
welcome-have-birth = aktin e lindjes të legalizuar (ose me apostilë) dhe të përkthyer
welcome-have-record = vërtetimin e gjendjes gjyqësore të vendit të origjinës dhe të çdo vendi tjetër ku keni jetuar që nga mosha 14 vjeç (i vlefshëm 6 muaj nga lëshimi)
welcome-have-residence = adresat ku keni jetuar në Itali, me datat
welcome-have-income = të ardhurat e tre viteve të fundit (CU, 730 ose Unico; vetëm për banimin)
welcome-have-language = certifikatën e italishtes B1, përveç nëse jeni i përjashtuar
welcome-eligibility-title = A mund të bëj kërkesë?
welcome-eligibility-hint = Disa pyetje ju tregojnë nëse mund të bëni kërkesë tani, ose që kur.
welcome-eligibility = Kontrollo tani
welcome-who-title = Kush e përdor aplikacionin?
welcome-who-hint = Mund ta ndryshoni më vonë te cilësimet (modaliteti sportel).
welcome-myself = Për veten time
welcome-help-desk = Jam një sportel ndihme
nav-glossary = Fjalorth

applicants-title = Aplikantët
applicants-my-application = Kërkesa ime
applicants-search = Kërko sipas emrit, codice fiscale ose numrit K10
applicants-show-archived = Shfaq të arkivuarit
applicants-showing = Po shfaqen { $shown } nga { $total }: kërkoni me emër, kod fiskal ose K10 për ta ngushtuar listën.
applicants-show-more = Shfaq edhe { $count }
applicants-new = Aplikant i ri
applicants-empty = Nuk u gjet asnjë kërkesë.
applicants-start = Fillo një kërkesë të re
applicants-unnamed = (pa emër)
applicants-last-saved = ruajtur më { $time }
applicants-archived = i arkivuar
applicants-progress = { $done } nga { $total } seksione të plotësuara
applicants-open = Hap
applicants-archive = Arkivo
applicants-unarchive = Rikthe
applicants-delete = Fshi
applicants-confirm-delete = Të fshihet përgjithmonë kërkesa e { $name } dhe dokumentet e saj?
applicants-delete-confirm = Po, fshije

editor-section-complete = Seksioni është i plotë
editor-section-incomplete = Seksioni duhet plotësuar
editor-saving = Po ruhet…
editor-unsaved = Ndryshime të paruajtura
editor-saved-at = Ruajtur në { $time }
editor-not-saved-yet = Ende e paruajtur
editor-back = ← Aplikantët
editor-save = Ruaj
editor-previous = ← Seksioni i mëparshëm
editor-next = Seksioni tjetër →
editor-add-row = + Shto
editor-remove-row = Hiq
editor-attachments = Dokumentet e bashkëngjitura
editor-no-attachments = Asnjë dokument i bashkëngjitur.
editor-issued-on = lëshuar më { $date }
editor-attach-new = Bashkëngjit një dokument
editor-attach-kind = Lloji i dokumentit
editor-attach-issue-date = Data e lëshimit (kur ka rëndësi)
editor-attach-country = Shteti (dëshmitë e penalitetit)
editor-attach-choose-file = Zgjidh skedarin…
editor-choose-kind-first = Zgjidh më parë llojin e dokumentit.
placeholder-date = DD/MM/VVVV
placeholder-comma-list = të ndara me presje
placeholder-choose = Zgjidh…
editor-prefecture-propose = Propozo: Prefektura e { $name } (provinca e banimit)
editor-consulate-label = Zyra konsullore kompetente (banim jashtë vendit)
editor-consulate-placeholder = për shembull Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Shkruaj emrin e zyrës konsullore italiane kompetente për vendin ku jeton, siç shfaqet në faqen e ambasadës ose të konsullatës: aplikacioni nuk ka listë konsullatash. Dokumentet do t'i drejtohen kësaj zyre.

settings-title = Cilësimet
settings-language = Gjuha
settings-theme = Pamja
settings-text-scale = Madhësia e tekstit: { $percent }%
settings-data-folder = Dosja e të dhënave
settings-choose-folder = Zgjidh dosjen…
settings-default-folder = Dosja e parazgjedhur
settings-restart-needed = Dosja e re do të përdoret në nisjen e ardhshme.
settings-portal-url = Adresa e portalit
settings-help-desk = Mënyra sportel (shumë aplikantë)
settings-help-desk-hint = Për shoqatat dhe sportelet që ndihmojnë shumë persona. Kur është e fikur, aplikacioni shfaq vetëm kërkesën tuaj.
theme-light = E çelët
theme-dark = E errët
theme-high-contrast = Kontrast i lartë

## Glossary
glossary-title = Fjalorth
glossary-intro = Fjalët e administratës italiane që do t'i hasni në kërkesë dhe në letrat e prefekturës, të shpjeguara shkurt. Origjinali italisht është ai që përdorin letrat.
glossary-italian = Italisht: { $term }
glossary-prefettura = Prefektura
glossary-prefettura-desc = Zyra e shtetit në krahinë që merr kërkesën për shtetësi, e shqyrton dhe njofton vendimet.
glossary-comune = Komuna
glossary-comune-desc = Administrata e qytetit ose e fshatit: mban regjistrin e banorëve, lëshon certifikatat dhe organizon betimin.
glossary-codice-fiscale = Kodi fiskal
glossary-codice-fiscale-desc = Kodi me 16 karaktere që identifikon çdo person para tatimeve dhe zyrave publike në Itali.
glossary-residenza-anagrafica = Vendbanimi i regjistruar
glossary-residenza-anagrafica-desc = Regjistrimi si banor në komunën ku jetoni. Për shtetësinë llogaritet vetëm vendbanimi i regjistruar, jo thjesht qëndrimi.
glossary-permesso-di-soggiorno = Leje qëndrimi
glossary-permesso-di-soggiorno-desc = Dokumenti i lëshuar nga Questura që lejon një shtetas jo-europian të qëndrojë në Itali.
glossary-permesso-ue-lungo-periodo = Leje qëndrimi BE afatgjatë
glossary-permesso-ue-lungo-periodo-desc = Leja e qëndrimit pa afat për kë jeton ligjërisht në Itali prej të paktën pesë vitesh; përjashton nga certifikata e gjuhës.
glossary-questura = Drejtoria e policisë
glossary-questura-desc = Zyra krahinore e Policisë së Shtetit që lëshon dhe rinovon lejet e qëndrimit.
glossary-atto-notorio = Deklaratë e betuar
glossary-atto-notorio-desc = Një deklaratë e bërë nën betim para një nëpunësi publik; për refugjatët dhe personat pa shtetësi zëvendëson aktin e lindjes.
glossary-nucleo-familiare = Familja e regjistruar
glossary-nucleo-familiare-desc = Personat e regjistruar si një familje në gjendjen civile (stato di famiglia); të ardhurat e tyre mund t'u shtohen atyre të kërkuesit.
glossary-reddito-imponibile = Të ardhura të tatueshme
glossary-reddito-imponibile-desc = Të ardhurat mbi të cilat paguhen taksat, të shënuara në deklaratën tatimore ose në Certificazione Unica.
glossary-certificato-penale = Dëshmi penaliteti
glossary-certificato-penale-desc = Dëshmia e precedentëve penalë e vendit të lindjes dhe e vendeve të banimit; vlen gjashtë muaj nga lëshimi.
glossary-marca-da-bollo = Pullë tatimore
glossary-marca-da-bollo-desc = Pulla 16 € që blihet në duhanshitës ose në internet; kërkesa tregon kodin e saj.
glossary-pagopa = pagoPA
glossary-pagopa-desc = Sistemi për të paguar administratën publike; me të paguhet kontributi 250 € dhe merret kodi IUV.
glossary-autocertificazione = Vetëdeklarim
glossary-autocertificazione-desc = Një deklaratë e nënshkruar që zëvendëson një certifikatë; deklarimi i rremë është vepër penale.
glossary-spid = SPID (identitet dixhital)
glossary-spid-desc = Identiteti dixhital për të hyrë në portalin e Ministrisë së Brendshme dhe në shërbime të tjera publike në internet.
glossary-pec = E-mail i certifikuar
glossary-pec-desc = Një e-mail me vlerë ligjore, si një letër rekomande me lajmërim marrjeje.
glossary-numero-k10 = Numri K10
glossary-numero-k10-desc = Numri i dosjes që prefektura i jep një kërkese të pranuar; shënojeni në çdo komunikim.
glossary-preavviso-di-rigetto = Paralajmërim refuzimi
glossary-preavviso-di-rigetto-desc = Letra (neni 10-bis) me të cilën prefektura njofton se synon ta refuzojë kërkesën: mund të përgjigjeni me dokumente dhe vërejtje brenda afatit të treguar.
glossary-decreto = Dekreti i dhënies së shtetësisë
glossary-decreto-desc = Akti me të cilin jepet shtetësia; njoftohet nga komuna ose prefektura.
glossary-giuramento = Betimi
glossary-giuramento-desc = Premtimi i besnikërisë ndaj Republikës, i bërë në komunë brenda gjashtë muajve nga njoftimi i dekretit: nga ajo ditë jeni shtetas italian.

unlock-title = Hap dosjen e të dhënave
unlock-explanation = Të dhënat tuaja janë të koduara me frazën sekrete të zgjedhur për këtë dosje. Shkruajeni për të hapur dosjen.
unlock-passphrase = Fraza sekrete
unlock-open = Hap
unlock-create-title = Zgjidhni një frazë sekrete
unlock-create-explanation = Të dhënat do të kodohen me një frazë sekrete që e shkruani në çdo nisje. Duhet të ketë të paktën { $min } shenja; një frazë me disa fjalë mbahet mend më lehtë dhe është më e sigurt.
unlock-keyring-unavailable = Mbajtësja e çelësave e sistemit nuk është e disponueshme, prandaj të dhënat mbrohen me një frazë sekrete.
unlock-details = Hollësi
unlock-details-hide = Fshih hollësitë
unlock-repeat = Përsëritni frazën sekrete
unlock-min-length = Të paktën { $min } shenja.
unlock-strength-too-short = Shumë e shkurtër: duhen të paktën { $min } shenja.
unlock-strength-weak = E dobët: shtoni fjalë, shifra ose simbole.
unlock-strength-fair = E pranueshme.
unlock-strength-strong = E fortë.
unlock-no-recovery = Kujdes: nëse e harroni frazën sekrete, askush nuk mund t'i rikuperojë të dhënat. Shkruajeni dhe ruajeni në një vend të sigurt.
unlock-mismatch = Dy frazat sekrete nuk përputhen.
unlock-create = Krijo dhe vazhdo

# --- portal screen ---
nav-portal = Portali
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Dokumentet
nav-eligibility = A mund të aplikoj?
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = janar
editor-calendar-month-2 = shkurt
editor-calendar-month-3 = mars
editor-calendar-month-4 = prill
editor-calendar-month-5 = maj
editor-calendar-month-6 = qershor
editor-calendar-month-7 = korrik
editor-calendar-month-8 = gusht
editor-calendar-month-9 = shtator
editor-calendar-month-10 = tetor
editor-calendar-month-11 = nëntor
editor-calendar-month-12 = dhjetor
editor-calendar-mon = Hë
editor-calendar-tue = Ma
editor-calendar-wed = Më
editor-calendar-thu = En
editor-calendar-fri = Pr
editor-calendar-sat = Sh
editor-calendar-sun = Di
editor-calendar-keys = Alt+↓ hap kalendarin · shigjetat: dita · Page Up/Down: muaji (Shift: viti) · Enter: zgjidh · Esc: mbyll
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Afatet
nav-pdf = Krijo PDF
# --- end timeline and pdf screens ---

# Versionet, kopjet dhe transferimi
nav-history = Versionet dhe kopjet
history-title = Versionet, kopjet dhe transferimi
history-versions = Versionet e ruajtura
history-version = Versioni { $version } · ruajtur më { $time } · { $done } nga 12 seksione të plota
history-current = Versioni aktual
history-restore = Rikthe
history-confirm-restore = Të rikthehet versioni { $version }? Drafti aktual mbetet në listë dhe mund të rikthehet edhe ai.
history-restore-confirm = Po, rikthe
history-restored = Versioni { $version } u rikthye: tani është drafti aktual.
history-copy = Kopje
history-copy-intro = Krijon një aplikant të ri me të njëjtat të dhëna dhe dokumente (pa numër K10 dhe pa historik), p.sh. për bashkëshortin ose për një kërkesë të re pas një refuzimi.
history-duplicate = Dyfisho këtë kërkesë
history-export = Eksporto në një skedar të enkriptuar
history-export-intro = Ruan këtë aplikant (të gjitha versionet dhe dokumentet) në një skedar të enkriptuar me fjalëkalim, për ta çuar në një kompjuter ose sportel tjetër. Jepeni fjalëkalimin veçmas, kurrë bashkë me skedarin.
history-passphrase = Fjalëkalimi i skedarit
history-passphrase-repeat = Përsëritni fjalëkalimin
history-passphrase-mismatch = Dy fjalëkalimet nuk përputhen.
history-export-typed-path = Shtegu i skedarit, për shembull /media/usb/rossi.cittadinanza
history-export-button = Eksporto…
history-exporting = Po eksportohet…
history-exported = Aplikanti u eksportua në { $path }.
history-file-stem = aplikant
applicants-import = Importo nga skedari…
applicants-import-file = Importo "{ $file }"
applicants-import-passphrase = Fjalëkalimi i skedarit
applicants-import-no-dialog = Në këtë kompjuter nuk mund të hapet dritarja për zgjedhjen e skedarëve. Shkruani shtegun e plotë të skedarit .cittadinanza për ta importuar.
applicants-import-typed-path = Shtegu i skedarit, për shembull /media/usb/rossi.cittadinanza
applicants-import-confirm = Importo

# --- drafts from newer versions ---
editor-newer-version = Kjo kërkesë u ruajt nga një version më i ri i aplikacionit: { $count } vlera nuk u kuptuan dhe nuk shfaqen këtu ({ $values }). Versioni i ruajtur mbetet i paprekur në historik: përditësoni aplikacionin për t'i rikuperuar.
# --- end drafts from newer versions ---

# --- completed translations ---
error-internal = Ndodhi një gabim i brendshëm. Të dhënat e ruajtura më parë nuk u prekën.
placeholder-amount = 12.345,67
err-cf-empty = Shkruani codice fiscale.
err-cf-length = Një codice fiscale ka 16 karaktere; ky ka { $found }.
err-cf-character = Karakteri { $position } ("{ $character }") nuk lejohet në atë pozicion të një codice fiscale.
err-cf-check-letter = Shkronja e fundit (karakteri i kontrollit) duhet të jetë { $expected }, jo { $found }: kontrolloni nëse kodi është kopjuar saktë.
err-cf-month = "{ $found }" nuk është shkronjë e vlefshme muaji (A B C D E H L M P R S T).
err-cf-day = Dita { $day } nuk ekziston në muajin { $month } (për gratë dita shtohet me 40).
err-cf-unknown-place = Asnjë komunë apo shtet i huaj nuk ka kodin { $code }.
err-cf-place-code-format = "{ $code }" nuk është kod vendi (një shkronjë dhe tri shifra, p.sh. H501 ose Z404).
err-cf-surname-missing = Mungon mbiemri (duhet të paktën një shkronjë).
err-cf-name-missing = Mungon emri (duhet të paktën një shkronjë).
err-cf-unsupported-character = { $field ->
        [surname] Mbiemri
       *[name] Emri
    } përmban "{ $character }", që nuk ka përgjegjës në shkronja latine: shkruajeni si në pasaportë ose në lejen e qëndrimit.
err-cf-place-missing = Mungon vendi i lindjes.
err-cf-town-missing = Mungon komuna e lindjes.
err-cf-unknown-municipality = Asnjë komunë italiane nuk quhet "{ $name }".
err-cf-municipality-province = Nuk ka komunë "{ $name }" në provincën { $province }.
err-cf-municipality-ambiguous = Disa komuna quhen "{ $name }" ({ $provinces }): shkruani provincën.
err-cf-municipality-date = Komuna "{ $name }" nuk ekzistonte më { $date }: shkruani komunën me emrin që kishte në datën e lindjes.
err-cf-unknown-country = Shtet i panjohur: "{ $name }".
err-cf-mismatch-surname = Codice fiscale nuk përputhet me mbiemrin: mbiemri jep { $expected }, kodi ka { $found }.
err-cf-mismatch-name = Codice fiscale nuk përputhet me emrin: emri jep { $expected }, kodi ka { $found }.
err-cf-mismatch-birth-date = Codice fiscale nuk përputhet me datën e lindjes: { $expected } në të dhëna, { $found } në kod.
err-cf-mismatch-sex = Codice fiscale nuk përputhet me gjininë: { $expected } në të dhëna, { $found } në kod.
err-cf-mismatch-place = Codice fiscale nuk përputhet me vendin e lindjes: { $expected } në të dhëna, { $found } në kod.
secrets-unavailable = Portofoli i çelësave i sistemit (ruajtësi i kredencialeve) nuk është i disponueshëm, prandaj çelësi i të dhënave nuk mund të ruhet aty. Në vend të kësaj mund t'i mbroni të dhënat me një frazë sekrete që e shkruani në çdo nisje. Hollësi: { $detail }
secrets-failed = Portofoli i çelësave i sistemit e refuzoi veprimin: { $detail }
secrets-malformed = Sekreti "{ $name }" në portofolin e çelësave të sistemit është i dëmtuar.
secrets-passphrase-too-short = Fraza sekrete duhet të ketë të paktën { $min } karaktere.
secrets-key-derivation-failed = Çelësi nuk mund të nxirrej nga fraza sekrete: { $detail }
store-in-use = Kjo dosje të dhënash është tashmë e hapur në një dritare ose program tjetër. Mbylleni dhe provoni përsëri.
store-newer-format = Këto të dhëna u ruajtën nga një version më i ri i programit (formati { $found }). Përditësoni programin për t'i hapur; të dhënat nuk u ndryshuan.
store-wrong-key = Çelësi nuk i përket kësaj dosjeje të dhënash: të dhënat nuk mund të dekriptohen.
store-wrong-passphrase = Frazë sekrete e gabuar. Provoni përsëri: të dhënat nuk u ndryshuan.
store-passphrase-required = Kjo dosje të dhënash mbrohet me frazë sekrete: shkruajeni për ta hapur dosjen.
store-key-missing = Çelësi i kësaj dosjeje të dhënash nuk është në portofolin e çelësave të këtij kompjuteri (dosja u kopjua nga një kompjuter tjetër ose portofoli u rivendos). Pa çelësin të dhënat nuk mund të lexohen: përdorni kompjuterin origjinal dhe eksportoni aplikantët si skedarë të enkriptuar.
store-applicant-not-found = Ky aplikant nuk ekziston më (ndoshta është fshirë).
store-version-not-found = Versioni { $version } nuk është më i disponueshëm.
store-document-not-found = Ky dokument nuk ekziston më (ndoshta është hequr).
store-document-missing = Skedari i enkriptuar i dokumentit "{ $name }" mungon në dosjen e të dhënave. Importojeni përsëri.
store-document-damaged = Dokumenti "{ $name }" është i dëmtuar (kontrolli i integritetit nuk përputhet) dhe nuk u eksportua. Importojeni përsëri.
store-corrupt = Një pjesë e të dhënave të ruajtura është e dëmtuar dhe nuk mund të lexohet ({ $detail }).
store-file-not-found = Skedari ose dosja nuk u gjet: { $path }
store-not-a-file = "{ $path }" nuk është skedar.
store-permission-denied = Leje e refuzuar: { $path }
store-disk-full = Disku është plot: lironi pak hapësirë dhe provoni përsëri. Ndryshimet e paruajtura mbeten në dritare.
store-io-failed = Gabim leximi ose shkrimi në { $path }: { $detail }
store-database-failed = Gabim i bazës lokale të të dhënave: { $detail }
store-bundle-wrong-passphrase = Fjalëkalim i gabuar për këtë skedar.
store-bundle-truncated = Skedari është i paplotë (kopjim ose shkarkim i ndërprerë). Kopjojeni përsëri.
store-bundle-tampered = Skedari është ndryshuar ose është i dëmtuar dhe nuk mund të importohet.
store-not-a-bundle = Ky nuk është një skedar eksporti i Cittadinanza.
store-bundle-unsupported-version = Skedari u krijua nga një version më i ri i programit (formati { $found }). Përditësoni programin për ta importuar.
store-history-note = Çdo ruajtje krijon një version: ruhen { $count } versionet e fundit të çdo aplikanti.
err-portal-invalid-url = Adresa e portalit “{ $url }” nuk është e vlefshme: duhet të jetë adresë https:// (ose http:// për një portal në këtë kompjuter).
err-portal-insecure-url = Adresa “{ $url }” nuk është e koduar: portali arrihet vetëm me https:// (http:// lejohet vetëm për një portal në këtë kompjuter).
err-portal-answer-too-large = Portali dërgoi një përgjigje më të madhe se { $megabytes } MB: u ndërpre. Serveri mund të jetë me defekt ose mund të mos jetë portali.
err-portal-unreachable = Portali nuk mund të arrihet. Ndryshimet tuaja mbeten në radhë dhe do të dërgohen sa më shpejt.
err-portal-timeout = Portali nuk u përgjigj në kohë. Ndryshimet tuaja mbeten në radhë; provoni më vonë.
err-portal-server = Portali pati një gabim (kodi { $status }). Ndryshimet tuaja mbeten në radhë.
err-portal-unauthorized = Seanca juaj ka skaduar ose nuk keni hyrë ende. Ju lutemi hyni përsëri.
err-portal-bad-credentials = E-mail ose fjalëkalim i gabuar.
err-portal-forbidden = Kjo llogari nuk mund ta bëjë këtë.
err-portal-not-found = Kërkesa nuk u gjet në portal (ose nuk është e lidhur me këtë llogari).
err-portal-account-exists = Ekziston tashmë një llogari me këtë e-mail. Hyni në vend që të regjistroheni.
err-portal-conflict = Kërkesa u ndryshua diku tjetër (versioni { $version }). Zgjidhni, seksion pas seksioni, cilin version të mbani.
err-portal-already-submitted = Kërkesa është dërguar tashmë: nuk krijohet një e dytë.
err-portal-not-editable = Një kërkesë e dërguar nuk mund të ndryshohet më.
err-portal-incomplete = Portali nuk e pranon kërkesën: mungon fusha { $detail }.
err-portal-associate-mismatch = { $field ->
    [surname] Mbiemri nuk përputhet me atë të kërkesës.
    [name] Emri nuk përputhet me atë të kërkesës.
    [birth_date] Data e lindjes nuk përputhet me atë të kërkesës.
    [previous_email] Kjo nuk është adresa e-mail e përdorur në kërkesë.
    [k10_number] Asnjë kërkesë nuk ka këtë numër K10 (formati K10/0000001 ose K10/C/0000001).
   *[any] Këto të dhëna nuk përputhen me asnjë kërkesë. Kontrollo numrin K10 (formati K10/0000001 ose K10/C/0000001), mbiemrin, emrin, datën e lindjes dhe e-mailin e përdorur në kërkesë.
}
err-portal-already-associated = Kërkesa është e lidhur tashmë me një llogari tjetër. Kontaktoni prefekturën.
err-portal-too-large = Skedari ose të dhënat janë shumë të mëdha për portalin (dokumente deri në 64 MB).
err-portal-rate-limited = Shumë përpjekje. Prisni disa minuta (jo më shumë se një orë) dhe provoni përsëri.
err-portal-checksum = Dokumenti u dëmtua gjatë dërgimit. Provoni përsëri: ridërgimi është i sigurt.
err-portal-rejected = Portali e refuzoi kërkesën ({ $code }).
err-portal-protocol = Përgjigje e papritur nga portali: mund të përdorë një version tjetër. ({ $detail })
err-portal-local = Të dhënat lokale të sinkronizimit nuk mund të lexohen ose shkruhen: { $detail }
err-portal-document = { $detail }
err-portal-token-store = Hyrja nuk mund të mbahet mend në portofolin e çelësave të sistemit: { $detail }
err-portal-not-linked = Kjo kërkesë nuk është dërguar ende në portal.
err-portal-relink-pending = Të dhënat e sinkronizimit po rindërtohen: hyni në portal dhe sinkronizoni për t'i lidhur përsëri kërkesat tuaja para se të dërgoni të reja.
portal-status-draft = Draft
portal-status-submitted = E dërguar
portal-status-accepted = E pranuar nga prefektura
portal-status-inadmissible = E shpallur e papranueshme
portal-status-notice-10bis = Paralajmërim refuzimi (preavviso di rigetto, neni 10-bis)
portal-status-granted = Shtetësia u dha me decreto (dekret)
portal-status-rejected = E refuzuar me decreto (dekret)
portal-status-oath-scheduled = U caktua takimi për betimin
portal-comm-acceptance = Kërkesa u pranua më { $date }
portal-comm-inadmissibility = Kërkesa u shpall e papranueshme më { $date }
portal-comm-notice-10bis = Paralajmërim refuzimi i datës { $date }: përgjigjuni brenda { $days } ditëve (deri më { $respond_by })
portal-comm-decree-granted = Dekreti i dhënies së shtetësisë i datës { $date }
portal-comm-decree-rejected = Dekreti i refuzimit i datës { $date }
portal-comm-oath-appointment = Betimi më { $appointment } në { $place }
portal-sync-pending = { $count ->
    [0] Gjithçka është e sinkronizuar
    [one] Një ndryshim në pritje për t'u dërguar
   *[other] { $count } ndryshime në pritje për t'u dërguar
}
portal-queue-damaged = Të dhënat e sinkronizimit me portalin ishin të dëmtuara: një kopje u ruajt si “{ $file }” në dosjen e të dhënave. Kërkesat dhe dokumentet në këtë kompjuter janë të paprekura. Hyni në portal dhe sinkronizoni: lidhjet me kërkesat tuaja do të rindërtohen.
portal-queue-rebuilt = Të dhënat e dëmtuara të sinkronizimit (kopja “{ $file }”) u rindërtuan: { $count ->
    [one] një kërkesë është sërish e lidhur me portalin.
   *[other] { $count } kërkesa janë sërish të lidhura me portalin.
} Çdo ndryshim me portalin do t'ju tregohet para se të dërgohet.
portal-queue-dismiss = E kuptova
portal-sync-uploads-failing = { $count ->
    [one] Ndryshimet u dërguan, por një dokument nuk u ngarkua: { $error }
   *[other] Ndryshimet u dërguan, por { $count } dokumente nuk u ngarkuan (i pari: { $error })
}
portal-sync-conflicts = { $count ->
    [one] Një kërkesë për t'u pajtuar
   *[other] { $count } kërkesa për t'u pajtuar
}
portal-conflict-keep-mine = Mbaj versionin tim
portal-conflict-take-theirs = Përdor versionin e portalit
portal-sign-in = Hyr në portal
portal-sign-out = Dil nga portali
portal-role-applicant = Aplikant
portal-role-operator = Operator sporteli
err-missing = I detyrueshëm.
err-invalid-date = Datë e pavlefshme: shkruajeni si DD/MM/VVVV (për shembull 05/03/2020).
err-impossible-date = Kjo datë nuk ekziston: kontrolloni ditën dhe muajin.
err-year-out-of-range = Vit i pabesueshëm: shkruajeni të plotë, me katër shifra.
err-date-in-future = Data nuk mund të jetë në të ardhmen.
err-date-before-birth = Data është para datës së lindjes.
err-end-before-start = Data e mbarimit është para datës së fillimit ({ $start }).
err-date-before = Data nuk mund të jetë para { $event ->
        [event-first-entry] hyrjes së parë në Itali
        [event-marriage] martesës
        [event-status-recognised] njohjes së statusit
       *[event-issue] datës së lëshimit
    } ({ $date }).
err-expired = Skadoi më { $date }.
err-invalid-amount = Shumë e pavlefshme: shkruajeni në euro, për shembull 12.345,67 ose 12345.67.
err-wrong-amount = Shuma që duhet paguar është { $expected } euro.
err-invalid-email = Adresë e-mail e pavlefshme (për shembull emri@example.com).
err-invalid-phone = Numër telefoni i pavlefshëm: përdorni vetëm shifra dhe hapësira, me prefiksin ndërkombëtar pas një + (për shembull +39 333 1234567).
err-invalid-province = Nuk është kod province italiane: dy shkronja, për shembull MI.
err-invalid-postcode = Kod postar (CAP) i pavlefshëm: pesë shifra.
err-invalid-year = Vit i pavlefshëm: shkruani katër shifra, për shembull 2024.
err-invalid-notice-code = Kod i pavlefshëm: kodi i njoftimit pagoPA ka 18 shifra, IUV-ja nga 15 deri në 25 shkronja ose shifra.
err-invalid-name = Lejohen vetëm shkronja, hapësira, apostrofe, pika dhe viza.
err-birth-place-contradicts-basis = Keni thënë se keni lindur në Itali, por vendi i lindjes në të dhënat tuaja personale është jashtë shtetit.
err-spouse-not-italian = Për një kërkesë me martesë (neni 5) bashkëshorti/ja duhet të jetë shtetas/e italian/e.
err-not-married = Për një kërkesë me martesë (neni 5) gjendja civile duhet të jetë "i/e martuar" ose "bashkim civil".
err-atto-notorio-not-allowed = Një atto notorio e zëvendëson aktin e lindjes vetëm për refugjatët dhe personat pa shtetësi.
err-translation-required = Dokumenti duhet të jetë i përkthyer në italisht (ose të jetë ekstrakt shumëgjuhësh).
err-residence-gap = Nuk ka vendbanim nga { $from } deri më { $to }: shtoni periudhën që mungon ose korrigjoni datat.
err-residence-overlap = Kjo periudhë mbivendoset me periudhën nr. { $other }.
err-open-period-not-last = Vetëm vendbanimi aktual (i fundit) mund të mbetet pa datë mbarimi.
err-residences-not-up-to-date = Vendbanimi i fundit mbaron më { $date }: shtoni vendbanimin aktual.
err-registered-before-14-contradicted = Sipas vendbanimeve të shënuara, regjistrimi juaj i parë në Itali ishte pasi mbushët 14 vjeç.
err-income-year-missing = Mungojnë të ardhurat e vitit { $year }.
err-income-year-not-required = Duhen vetëm të ardhurat e viteve { $years }.
err-duplicate-year = E keni shënuar tashmë këtë vit.
err-criminal-certificate-missing = Mungon dëshmia e penalitetit e këtij shteti: { $country }.
err-language-level-too-low = Niveli { $level } nuk mjafton: kërkohet të paktën B1.
err-invalid-language-level = Nivel i pavlefshëm: A1, A2, B1, B2, C1 ose C2.
err-exemption-needs-long-term-permit = Ky përjashtim vlen vetëm për mbajtësit e lejes së qëndrimit BE afatgjatë (që duhet shënuar në seksionin 4).
err-exemption-not-for-eu-citizens = Shtetasit e BE-së nuk përjashtohen: kërkohet certifikata B1.
err-must-accept = Duhet ta shënoni këtë deklaratë për të dërguar kërkesën.
err-document-missing = Mungon një dokument: { $kind ->
        [doc-birth-certificate] akti i lindjes
        [doc-criminal-record] dëshmia e penalitetit
        [doc-identity-document] dokumenti i identitetit
        [doc-residence-permit] leja e qëndrimit (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] certifikata e gjuhës italiane
        [doc-income-statement] deklarata e të ardhurave
        [doc-payment-receipt] dëftesa e pagesës
        [doc-marriage-certificate] akti i martesës
        [doc-atto-notorio] atto notorio
       *[doc-other] një dokument tjetër
    }.
err-document-missing-for = Mungon një dokument: { $kind ->
        [doc-birth-certificate] akti i lindjes
        [doc-criminal-record] dëshmia e penalitetit
        [doc-identity-document] dokumenti i identitetit
        [doc-residence-permit] leja e qëndrimit (permesso di soggiorno)
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] certifikata e gjuhës italiane
        [doc-income-statement] deklarata e të ardhurave
        [doc-payment-receipt] dëftesa e pagesës
        [doc-marriage-certificate] akti i martesës
        [doc-atto-notorio] atto notorio
       *[doc-other] një dokument tjetër
    } ({ $detail }).
err-document-expired = Dokumenti skadoi më { $date } ({ $kind ->
        [doc-criminal-record] dëshmia e penalitetit vlen gjashtë muaj nga data e lëshimit
        [doc-identity-document] dokument identiteti
        [doc-residence-permit] leje qëndrimi
       *[doc-other] dokument i bashkëngjitur
    }): bashkëngjitni një të vlefshëm.
err-attachment-incomplete = Bashkëngjitje e paplotë: mungon skedari ose lloji i dokumentit.
info-residence-span = Banim i pandërprerë nga { $from } deri më { $to } (vite të plota: { $years }).
k10-kind-naturalisation = Shtetësi me banim
k10-kind-marriage = Shtetësi me martesë
err-k10-empty = Shkruani numrin K10.
err-k10-prefix = Një numër K10 fillon me "K10/", për shembull K10/0000001 ose K10/C/0000001.
err-k10-kind = Pas "K10/" vijnë shtatë shifra (banim) ose "C/" dhe shtatë shifra (martesë).
err-k10-digits = Numri duhet të ketë shtatë shifra, përfshirë zerot në fillim; ky ka { $found }.
err-k10-character = Numri përmban "{ $character }": lejohen vetëm shifra.
err-k10-zero = 0000000 nuk është numër K10 i vlefshëm.
err-k10-wrong-kind-marriage = Për shtetësinë me martesë (neni 5) numri ka formën { $expected }, me «C/».
err-k10-wrong-kind-naturalisation = Për shtetësinë me qëndrim (neni 9) numri ka formën { $expected }, pa «C/».
pdf-doc-spid = "Modello x SPID" (vetëdeklarim për të lidhur kërkesën)
pdf-doc-maintenance = Deklaratë mbajtjeje (dichiarazione di mantenimento)
pdf-doc-change = Ndryshim i të dhënave të kontaktit dhe të ardhurave
pdf-doc-summary = Përmbledhje për sportelin
pdf-group-declarant = Deklaruesi
pdf-group-supporter = Anëtari i familjes që e mban aplikantin
pdf-group-applicant = Aplikanti
pdf-group-document = Dokumenti i identitetit
pdf-group-statement = Deklarata
pdf-group-as-in-application = Të dhënat si në kërkesë
pdf-group-as-in-spid = Të dhënat si në SPID
pdf-group-income = Të ardhurat
pdf-group-changes = Ndryshimet
pdf-group-signature = Vendi dhe data
pdf-field-surname = Mbiemri
pdf-field-name = Emri
pdf-field-birth-surname = Mbiemri në lindje (nëse është i ndryshëm)
pdf-field-sex = Gjinia
pdf-field-birth-date = Data e lindjes
pdf-field-birth-place = Vendi i lindjes
pdf-field-citizenship = Shtetësia
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Vendbanimi (adresa e plotë)
pdf-field-email = E-mail ose PEC
pdf-field-phone = Telefoni
pdf-field-document-kind = Lloji i dokumentit
pdf-field-document-number = Numri i dokumentit
pdf-field-document-issuer = Lëshuar nga
pdf-field-document-expiry = Data e skadimit të dokumentit
pdf-field-prefecture = Prefektura
pdf-field-k10-number = Numri i kërkesës (K10)
pdf-field-submitted-on = Data e dërgimit të kërkesës
pdf-field-mismatch-reason = Pse ndryshojnë të dhënat e kërkesës nga ato të SPID
pdf-field-ticket = Numri i tiketës së sportelit (Help Desk)
pdf-field-place = Vendi i nënshkrimit
pdf-field-date = Data e nënshkrimit
pdf-field-relationship = Lidhja me aplikantin
pdf-field-same-household = Në të njëjtin stato di famiglia (certifikatë familjare) me aplikantin
pdf-field-supported-since = E mban aplikantin që nga
pdf-field-income-rows = Të paktën një vit të ardhurash
pdf-field-income-year = Viti tatimor (rreshti { $row })
pdf-field-income-amount = Të ardhurat e tatueshme { $year }
pdf-field-income-source = Dokumenti tatimor { $year }
pdf-field-changes-any = Të paktën një ndryshim (kontakti ose të ardhurat)
pdf-field-new-residence = Vendbanimi i ri
pdf-field-residence-since = Banon në adresën e re që nga
pdf-field-new-email = E-mail ose PEC e re
pdf-field-new-phone = Numri i ri i telefonit
err-pdf-missing-fields = { $count ->
    [one] Duhet një e dhënë për të printuar dokumentin.
   *[other] Duhen { $count } të dhëna për të printuar dokumentin.
}
err-pdf-unknown-field = Fushë e panjohur: { $field }.
err-pdf-invalid-value = Vlerë e pavlefshme për { $field }.
err-pdf-font = Shkronjat e përfshira nuk mund të lexohen: ju lutemi riinstaloni aplikacionin.
pdf-page-of = Faqja { $page } nga { $pages }
pdf-summary-title = Përmbledhje e kërkesës për shtetësi
pdf-summary-printed-on = Printuar më { $date } – kujtesë për sportelin, jo dokument zyrtar
pdf-summary-footer = Përmbledhje – { $name } – { $date }
pdf-summary-unnamed = (emri nuk është shënuar ende)
pdf-summary-applicant = Aplikanti
pdf-label-name = Mbiemri dhe emri
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Data dhe vendi i lindjes
pdf-label-citizenship = Shtetësia
pdf-label-basis = Baza ligjore
pdf-label-prefecture = Prefektura
pdf-label-k10 = Numri i kërkesës
pdf-label-email = E-mail / PEC
pdf-label-phone = Telefoni
pdf-summary-not-submitted = nuk është dërguar ende
pdf-summary-sections = Gjendja e seksioneve
pdf-summary-sections-done = { $done } nga { $total } seksione të plota
pdf-summary-section-complete = I plotë
pdf-summary-section-incomplete = Për t'u plotësuar
pdf-summary-documents = Dokumentet që duhen sjellë
pdf-summary-documents-intro = Sillni origjinalet e dokumenteve të bashkëngjitura dhe siguroni ato që mungojnë.
pdf-summary-doc-missing = për t'u siguruar
pdf-summary-doc-exempt = nuk nevojitet
pdf-summary-doc-provided = i bashkëngjitur
pdf-summary-doc-expiring = i bashkëngjitur, i vlefshëm deri më { $date }
pdf-summary-doc-expired = skadoi më { $date }: duhet rinovuar
pdf-summary-deadlines = Afatet
pdf-summary-no-deadlines = Nga të dhënat e shënuara nuk mund të llogaritet asnjë afat.
pdf-summary-col-deadline = Çfarë skadon
pdf-summary-col-date = Data
pdf-summary-col-when = Kur
pdf-summary-deadline-past = ka skaduar
pdf-summary-deadline-in-days = { $days ->
    [0] sot
    [one] nesër
   *[other] pas { $days } ditësh
}
pdf-summary-deadline-criminal-record = Dëshmi penaliteti ({ $country }): e vlefshme 6 muaj nga lëshimi
pdf-summary-deadline-permit = Leje qëndrimi (permesso di soggiorno)
pdf-summary-deadline-passport = Dokument i huaj ({ $document })
pdf-summary-deadline-id-card = Kartë identiteti italiane
pdf-summary-disclaimer = Kjo përmbledhje llogaritet nga të dhënat e shënuara në kërkesë dhe nuk zëvendëson udhëzimet e prefekturës dhe të portalit të Ministrisë së Brendshme.
pdf-summary-desk-date = Data: { $date }
pdf-summary-desk-operator = Operatori i sportelit
pdf-summary-detail-year = viti { $year }
pdf-summary-detail-replaces = në vend të: { $document }
pdf-summary-detail-contribution = kontributi 250 €
pdf-summary-detail-stamp-duty = marca da bollo (pullë tatimore) 16 €
verdict-eligible = Kushtet plotësohen: mund të aplikoni
verdict-not-yet = Jo ende: mund të aplikoni nga { $date }
verdict-not-eligible = Kushtet nuk plotësohen
verdict-borderline = Rast i paqartë: kontrolloni pikat më poshtë
verdict-more-information = Nevojiten më shumë të dhëna për ta verifikuar
elig-basis-missing = Zgjidhni bazën ligjore (neni 5 ose neni 9) për të kontrolluar kushtet.
elig-unreadable = Fusha { $field } nuk mund të lexohet dhe u la jashtë.
elig-residence-missing = Nuk është shënuar asnjë vendbanim në Itali: shtoni periudhat e vendbanimit të regjistruar (residenza anagrafica).
elig-residence-not-current = Vendbanimi i fundit i regjistruar mbaroi më { $date }: duhet të banoni në Itali tani.
elig-residence-gap = Nuk ka vendbanim midis { $from } dhe { $to }: vazhdimësia ndërpritet dhe numërimi fillon nga e para.
elig-residence-met = Banim i ligjshëm i pandërprerë që nga { $since }: { $years } vitet e kërkuara u arritën më { $date }.
elig-residence-not-yet = Banim i ligjshëm i pandërprerë që nga { $since }: { $years } vitet e kërkuara do të arrihen më { $date }.
elig-descendant-rule-changed = Për pasardhësit e shtetasve italianë Ligji 74/2025 e shkurtoi periudhën nga 3 në 2 vjet: kontrolloni me prefekturën.
elig-born-in-italy-unanswered = Tregoni nëse keni lindur në Itali apo jeni pasardhës i një shtetasi italian nga lindja.
elig-adoption-date-missing = Shënoni datën e birësimit: 5 vitet e banimit numërohen nga ajo datë.
elig-service-missing = Shënoni datat e shërbimit tuaj në shtetin italian.
elig-service-met = Shërbim në shtet që nga { $since }: 5 vitet u arritën më { $date }.
elig-service-not-yet = Shërbim në shtet që nga { $since }: 5 vitet do të arrihen më { $date }.
elig-service-too-short = Shërbimi në shtet (nga { $since } deri më { $date }) zgjati më pak se 5 vjet.
elig-not-eu-citizen = Shkronja d) vlen për shtetasit e Bashkimit Evropian: kontrolloni shtetësinë e shënuar.
elig-refugee-status-missing = Shkronja e) vlen për refugjatët dhe personat pa shtetësi: shënoni statusin e njohur.
elig-marriage-date-missing = Shënoni datën e martesës ose të bashkimit civil.
elig-spouse-not-italian = Bashkëshorti/ja duhet të jetë shtetas/e italian/e.
elig-spouse-citizenship-unanswered = Tregoni nëse bashkëshorti/ja është shtetas/e italian/e.
elig-separated = Shtetësia me martesë nuk mund të jepet kur bashkëshortët janë të ndarë ligjërisht.
elig-marriage-ended = Martesa duhet të vazhdojë deri në decreto (dekret), pa u zgjidhur, anuluar ose përfunduar.
elig-marriage-residence-met = Banim i ligjshëm në Itali pas martesës që nga { $since }: { $months } muajt e kërkuar u arritën më { $date }.
elig-marriage-residence-not-yet = Banim i ligjshëm në Itali pas martesës që nga { $since }: { $months } muajt e kërkuar do të arrihen më { $date }.
elig-marriage-met = I/e martuar më { $since }: { $months } muajt e kërkuar kaluan më { $date }.
elig-marriage-not-yet = I/e martuar më { $since }: { $months } muajt e kërkuar do të kalojnë më { $date }.
elig-children-halve-period = Me fëmijë të lindur ose të birësuar nga çifti periudha përgjysmohet.
elig-no-income-requirement = Shtetësia me martesë nuk kërkon të ardhura minimale.
elig-income-met = Të ardhurat { $year }: { $income } € (minimumi { $threshold } €).
elig-income-below = Të ardhurat { $year }: { $income } € janë nën minimumin prej { $threshold } €. Mund të shtohen të ardhurat e anëtarëve të familjes në të njëjtin stato di famiglia.
elig-income-borderline = Të ardhurat { $year }: { $income } € janë midis { $lower } € (shtesa e rrumbullakuar në 516,00 €) dhe { $threshold } € (516,46 € për çdo person në ngarkim): rast i paqartë.
elig-income-missing = Mungojnë të ardhurat e vitit { $year }: duhen tre vitet para kërkesës.
elig-consider-basis = Sipas shkronjës { $letter }) të nenit 9 mjaftojnë { $years } vjet banim.
elig-residence-gap-cancelled = Qëndrimi u ndërpre nga { $from } deri më { $to } (regjistrimi u anulua dhe u rivendos): qëndrimi i vazhdueshëm llogaritet nga regjistrimi i ri më { $to }.
elig-residence-gap-abroad = Nga { $from } deri më { $to } ke jetuar jashtë: qëndrimi i vazhdueshëm llogaritet nga kthimi më { $to }.
elig-residence-gap-other = Qëndrimi u ndërpre nga { $from } deri më { $to }: qëndrimi i vazhdueshëm llogaritet nga { $to }.
elig-presence-proof = Nëse gjatë asaj periudhe (nga { $from } deri më { $to }) vazhdove të jetosh në Itali, prefektura mund të pranojë provën e pranisë së pandërprerë: kontrata qiraje ose pune, fletëpagesa, kartela mjekësore. Nuk është e garantuar: pyet prefekturën tënde.
elig-subsidiary-protection = Me leje për mbrojtje plotësuese nuk zbatohet shkronja e) (vetëm refugjatë dhe persona pa shtetësi): zbatohet shkronja f), me 10 vjet qëndrim, dhe nuk ka përjashtimin e refugjatëve nga certifikatat e lindjes dhe penale (atto notorio). Zgjidh shkronjën f).
elig-marriage-separation = Ndarje që nga { $date }: me ndarjen ligjore të bashkëshortëve shtetësia me martesë nuk mund të jepet.
elig-marriage-divorce = Divorc më { $date }: martesa duhet të zgjasë deri në dekret.
elig-marriage-annulment = Martesa u anulua më { $date }: martesa duhet të zgjasë deri në dekret.
elig-marriage-spouse-death = Bashkëshorti vdiq më { $date }: martesa është zgjidhur dhe shtetësia me martesë nuk është më e mundur; pyet prefekturën.
elig-marriage-separation-pending = Ndarje më { $date }, pas dërgimit të kërkesës ({ $submitted }): me kërkesën në shqyrtim refuzimi është i mundshëm. Njofto prefekturën dhe kërko këshillë nga një zyrë ndihme ose një avokat.
elig-marriage-ended-pending = { $event ->
        [divorce] Divorc
        [annulment] Anulim i martesës
       *[other] Vdekje e bashkëshortit
    } më { $date }, pas dërgimit të kërkesës ({ $submitted }): shtetësia me martesë nuk mund të jepet më; njofto prefekturën.
elig-income-household = Familja në { $year }: { $spouse ->
        [yes] bashkëshort në ngarkim
       *[no] pa bashkëshort në ngarkim
    }, persona të tjerë në ngarkim: { $others }.
elig-family-income-not-household = Të ardhurat { $year } të { $name }: nuk është në të njëjtin «stato di famiglia», prandaj nuk mund të shtohen.
elig-family-income-household-unanswered = Të ardhurat { $year } të { $name }: trego nëse është në të njëjtin «stato di famiglia» (vetëm atëherë mund të shtohen).
checklist-state-missing = Mungon
checklist-state-exempt = Nuk kërkohet
checklist-state-provided = I bashkëngjitur
checklist-state-expiring = Skadon më { $date }
checklist-state-expired = Skadoi më { $date }
checklist-detail-country = { $country }
checklist-detail-year = viti { $year }
checklist-detail-replaces-birth-certificate = në vend të aktit të lindjes
checklist-detail-replaces-criminal-record = në vend të dëshmisë së penalitetit
checklist-detail-contribution = kontributi 250 €
checklist-detail-stamp-duty = marca da bollo (pullë tatimore) 16 €
checklist-exempt-eu-citizen = Shtetasit e BE-së nuk kanë leje qëndrimi.
checklist-exempt-living-abroad = Nuk kërkohet kur banoni jashtë shtetit.
checklist-exempt-born-in-italy = Nuk kërkohet për të lindurit në Itali.
checklist-exempt-atto-notorio = Për refugjatët dhe personat pa shtetësi e zëvendëson një atto notorio.
checklist-exempt-before-14 = Nuk kërkohet nëse jeni regjistruar në Itali para moshës 14 vjeç dhe banoni që atëherë.
checklist-exempt-eu-long-term-permit = I përjashtuar: mbajtës i lejes së qëndrimit BE afatgjatë.
checklist-exempt-integration-agreement = I përjashtuar: ka nënshkruar marrëveshjen e integrimit.
checklist-exempt-no-income = Nuk janë deklaruar të ardhura për atë vit.
phase-draft = Draft
phase-submitted = Kërkesa u dërgua
phase-accepted = E pranuar (numri K10)
phase-submission-rejected = Kërkesa u refuzua nga prefektura
phase-preliminary-assessment = Shqyrtimi paraprak (istruttoria)
phase-ten-bis-notice = Paralajmërim refuzimi (preavviso di rigetto, neni 10-bis)
phase-prefecture-opinion = Mendimi i prefekturës
phase-decree = Dekreti i dhënies së shtetësisë (decreto di concessione)
phase-rejected = Decreto (dekret) i refuzimit
phase-inadmissible = Papranueshmëria
phase-notification = Njoftimi
phase-oath = Betimi (giuramento)
phase-citizen = Shtetas italian
phase-state-done = E kryer
phase-state-current = Në vazhdim
phase-state-future = Për t'u bërë
deadline-today = sot
deadline-tomorrow = nesër
deadline-days-left = pas { $days } ditësh
deadline-days-ago = { $days } ditë më parë
deadline-urgent = Urgjente
deadline-non-working-judicial = { $date } është { $day }: me ligj afati shtyhet më { $moved } (neni 155 c.p.c., neni 52 c.p.a.). Data e sigurt e rekomanduar: { $safe }.
deadline-non-working-administrative = { $date } është { $day }: zakonisht afati shtyhet më { $moved } (neni 2963 c.c.), por për afatet administrative kjo nuk është e sigurt. Data e sigurt e rekomanduar: { $safe }.
holiday-easter-sunday = e Diela e Pashkëve
holiday-easter-monday = e Hëna e Pashkëve
holiday-national = një festë kombëtare
holiday-saturday = e shtunë
holiday-sunday = e diel
deadline-criminal-record-expiry = Skadon dëshmia e penalitetit { $subject }
deadline-criminal-record-expiry-desc = Dëshmia e penalitetit vlen 6 muaj nga data e lëshimit ({ $from }): dërgojeni kërkesën deri më { $date } ose merrni një të re.
deadline-ten-bis-response = Përgjigje ndaj paralajmërimit të refuzimit nr. { $subject }
deadline-ten-bis-response-desc = Paralajmërimi u mor më { $from }: dërgoni dokumente ose vërejtje në prefekturë (me PEC) deri më { $date }.
deadline-tar-appeal = Dita e fundit për ankim në TAR (gjykata administrative rajonale)
deadline-tar-appeal-desc = 60 ditë nga njoftimi i datës { $from }. Konsultohuni me një avokat në kohë.
deadline-president-appeal = Dita e fundit për ankimin e jashtëzakonshëm te Presidenti i Republikës
deadline-president-appeal-desc = 120 ditë nga njoftimi i datës { $from }, si alternativë ndaj ankimit në TAR.
deadline-reapply-from = Që nga sot mund të aplikoni përsëri
deadline-reapply-from-desc = Pas një dekreti refuzimi mund të aplikoni përsëri një vit pas njoftimit të tij ({ $from }); pas papranueshmërisë, menjëherë.
deadline-oath = Dita e fundit për betimin
deadline-oath-desc = Betimi duhet bërë brenda 6 muajve nga njoftimi i dekretit ({ $from }). Rezervojeni në komunën tuaj.
deadline-processing-limit = Afati i procedurës
deadline-processing-limit-desc = E dërguar më { $from }: administrata duhet të vendosë deri më { $date } (24 muaj; 48 për kërkesat e dërguara para 20/12/2020; paralajmërimet e refuzimit e pezullojnë afatin).
deadline-processing-limit-extended = Afati maksimal i zgjatur i procedurës
deadline-processing-limit-extended-desc = E dërguar më { $from }: me zgjatjen afati është { $date } (36 muaj).
calendar-name = Shtetësia – { $name }
portal-title = Portali dhe sinkronizimi
portal-address = Portali: { $url } (ndryshojeni te Cilësimet)
portal-signed-in-as = Keni hyrë si { $email } ({ $role })
portal-email = E-mail
portal-password = Fjalëkalimi
portal-register = Krijo një llogari
portal-register-hint = Sportelet e ndihmës e marrin llogarinë e operatorit nga ai që drejton portalin.
portal-credentials-required = Shkruani e-mailin dhe fjalëkalimin.
portal-sync-now = Sinkronizo tani
portal-syncing = Po sinkronizohet…
portal-sync-uploads = { $count ->
    [one] Një dokument në pritje për t'u ngarkuar
   *[other] { $count } dokumente në pritje për t'u ngarkuar
}
portal-offline = Portali nuk mund të arrihet: ndryshimet tuaja ruhen këtu dhe vihen në radhë; do të dërgohen në sinkronizimin e ardhshëm.
portal-last-sync = Sinkronizimi i fundit: { $time }
portal-never-synced = Ende pa u sinkronizuar.
portal-open-unnamed = Kërkesë pa emër
portal-status-unknown = Gjendja e kësaj kërkese në portal nuk është e disponueshme tani: rifreskoni kur portali të jetë i arritshëm.
portal-not-sent = Kjo kërkesë nuk është ende në portal: "Sinkronizo tani" e dërgon si draft.
portal-status-line = Gjendja: { $status }
portal-k10 = Numri K10: { $k10 }
portal-communications = Komunikimet
portal-no-communications = Asnjë komunikim nga prefektura.
portal-deadline-left = Përgjigjuni deri më { $date } (mbeten { $days } ditë)
portal-deadline-passed = Afati për t'u përgjigjur kaloi më { $date }
portal-refresh-status = Rifresko gjendjen
portal-submit = Dërgo kërkesën
portal-submit-confirm = Të dërgohet kërkesa në prefekturë? Pas dërgimit nuk mund të ndryshohet.
portal-submit-yes = Po, dërgoje
portal-submitted = Kërkesa u dërgua. Numri K10: { $k10 }
portal-conflict-title = { $name }: e ndryshuar edhe në portal
portal-conflict-help = Këto seksione u ndryshuan si këtu, ashtu edhe në portal. Zgjidhni për secilin cilin version të mbani.
portal-conflict-field = { $field }: imja "{ $mine }", portali "{ $theirs }"
portal-conflict-more = … dhe { $count } fusha të tjera
portal-conflict-apply = Zbato zgjedhjet e mia
portal-value-yes = po
portal-value-no = jo
portal-associate-title = Lidh një kërkesë (Associa pratica)
portal-associate-help = Lidhni me llogarinë tuaj një kërkesë të dërguar më parë (për shembull nga një sportel ndihme). Çdo e dhënë duhet të përputhet me kërkesën.
portal-associate-surname = Mbiemri
portal-associate-name = Emri
portal-associate-birth-date = Data e lindjes (DD/MM/VVVV)
portal-associate-previous-email = Adresa e-mail e dhënë në kërkesë
portal-associate-k10 = Numri K10 (p.sh. K10/0000001)
portal-associate-required = Plotësoni këtë fushë.
portal-associate = Lidh
portal-upload-waiting = Për t'u ngarkuar: { $name }
portal-upload-failed = "{ $name }" nuk u ngarkua: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Një dokument i një aplikanti tjetër nuk u ngarkua: hapni atë aplikant për të parë arsyen.
   *[other] { $count } dokumente të aplikantëve të tjerë nuk u ngarkuan: hapni ata aplikantë për të parë arsyen.
}
portal-field-file-name = Emri i skedarit
portal-field-file-content = Përmbajtja e skedarit
portal-procedure-draft-started = Kërkesa u nis më
portal-procedure-k10 = Numri K10
portal-procedure-submission-rejected = Kërkesa u refuzua nga prefektura më
portal-procedure-assessment-started = Shqyrtimi filloi më
portal-procedure-ten-bis = Paralajmërim (neni 10-bis)
portal-procedure-opinion = Mendimi i prefekturës
portal-procedure-opinion-favourable = pozitiv
portal-procedure-opinion-unfavourable = negativ
portal-procedure-certificates = Dëshmitë e penalitetit
portal-upload-damaged = Dokumenti "{ $name }" është i dëmtuar në dosjen e të dhënave të këtij kompjuteri (kontrolli i integritetit nuk përputhet) dhe nuk u ngarkua. Importojeni përsëri.
documents-no-applicant = Hapni një aplikant për të parë dokumentet e tij.
documents-title = Dokumentet e { $name }
documents-progress = { $ready } nga { $total } gati
documents-file-missing = Skedari nuk është më në kasafortë: shtojeni përsëri.
documents-file-damaged = Skedari në kasafortë është i dëmtuar: shtojeni përsëri.
documents-drop-target = Lëshoni një skedar këtu: do të shkojë te «{ $item }».
documents-drop-nothing = Nuk mungon asnjë dokument: një skedar i lëshuar këtu nuk ka zë për të plotësuar.
documents-check = Kontrollo skedarët
documents-checking = Duke kontrolluar…
documents-check-ok = { $count ->
    [one] Skedari është i paprekur.
   *[other] Të gjithë { $count } skedarët janë të paprekur.
}
documents-check-bad = { $count ->
    [one] Një skedar mungon ose është i dëmtuar: është shënuar në listë.
   *[other] { $count } skedarë mungojnë ose janë të dëmtuar: janë shënuar në listë.
}
documents-no-dialog = Në këtë kompjuter nuk mund të hapet dritarja për zgjedhjen e skedarëve. Shkruani shtegun e plotë të skedarit (ose lëshojeni në këtë ekran).
documents-typed-path = Shtegu i skedarit, për shembull /home/anna/skanime/pasaporta.pdf
documents-use-typed-path = Bashkëngjit këtë skedar
documents-typed-path-not-found = Nuk ka skedar te «{ $path }»: kontrolloni shtegun.
documents-no-save-dialog = Në këtë kompjuter nuk mund të hapet dritarja e ruajtjes. Shkruani ku të ruhet kopja (shtegu i plotë me emrin e skedarit).
documents-typed-destination = Shtegu i kopjes, për shembull /home/anna/pasaporta.pdf
documents-typed-destination-invalid = Nuk mund të ruhet te «{ $path }»: dosja duhet të ekzistojë dhe emri i skedarit duhet shkruar.
file-dialog-no-save-dialog = Në këtë kompjuter nuk mund të hapet dritarja e ruajtjes. Shkruani ku të ruhet skedari (shtegu i plotë me emrin e skedarit).
file-dialog-save-placeholder = Shtegu i plotë, për shembull { $example }
file-dialog-save-here = Ruaje këtu
file-dialog-no-folder-dialog = Në këtë kompjuter nuk mund të hapet dritarja për të zgjedhur një dosje. Shkruani shtegun e plotë të dosjes.
file-dialog-folder-placeholder = Shtegu i plotë i dosjes
file-dialog-folder-not-found = Nuk ka dosje te «{ $path }»: kontrolloni shtegun.
file-dialog-use-folder = Përdor këtë dosje
documents-add-file = Shto skedar
documents-replace-file = Zëvendëso skedarin
documents-open = Hap
documents-export = Eksporto…
documents-remove = Hiq
documents-confirm-remove = Hiqe përgjithmonë
documents-cancel = Anulo
documents-exported = U ruajt në { $path }
documents-days-left = mbeten { $days } ditë
documents-criminal-record-validity = Dëshmia e penalitetit vlen 6 muaj nga data e lëshimit: kërkoni një të re.
documents-issue-date-required = Data e lëshimit (certifikata vlen 6 muaj nga kjo datë)
documents-issue-date-future = Data e lëshimit nuk mund të jetë në të ardhmen.
documents-country-required = Shkruani shtetin që e ka lëshuar certifikatën.
documents-edit-issue-date = Data e lëshimit…
documents-edit-issue-date-label = Data e lëshimit të dokumentit
documents-save-issue-date = Ruaj datën
documents-error-temp = Nuk u shkrua dot një kopje e përkohshme private e dokumentit.
documents-error-viewer = Asnjë program nuk e hapi dot dokumentin. Përdorni "Eksporto…" dhe hapeni vetë kopjen.
eligibility-title = A mund të aplikoj?
eligibility-from-draft = Plotësuar nga kërkesa e hapur. Ndryshimet këtu nuk e ndryshojnë kërkesën.
eligibility-stand-alone = Përgjigjuni pyetjeve më poshtë: asgjë nuk ruhet.
eligibility-reload-draft = Merr përsëri vlerat e kërkesës
eligibility-basis = Baza ligjore
eligibility-born-in-italy = I/e lindur në Itali (lëreni pa shënuar nëse jeni pasardhës i një shtetasi italian nga lindja)
eligibility-adoption-date = Data e birësimit
eligibility-service-from = Në shërbim të shtetit italian që nga
eligibility-service-to = Deri më (bosh nëse jeni ende në shërbim)
eligibility-eu-citizen = Shtetas i një vendi të Bashkimit Evropian
eligibility-refugee-status = Statusi
eligibility-marriage-date = Data e martesës ose e bashkimit civil
eligibility-spouse-italian = Bashkëshorti/ja është shtetas/e italian/e
eligibility-children = Fëmijë të lindur ose të birësuar nga çifti
eligibility-separated = Të ndarë ligjërisht
eligibility-missing-title = Për t'u plotësuar para verifikimit:
eligibility-marriage-ended = Martesa e zgjidhur, e anuluar ose e përfunduar
eligibility-residence = Vendbanimi i regjistruar në Itali (residenza anagrafica)
eligibility-from = Nga
eligibility-to-or-empty = Deri më (bosh nëse banoni ende)
eligibility-period-from = fillimi i periudhës së banimit { $n }
eligibility-period-to = mbarimi i periudhës së banimit { $n }
eligibility-income = Të ardhurat e tatueshme për vit (aplikanti dhe familja)
eligibility-year = Viti tatimor
eligibility-amount = Shuma në euro
eligibility-income-year-of = viti tatimor “{ $year }”
eligibility-income-of = të ardhurat e { $year }
eligibility-dependent-spouse = Bashkëshorti/ja është në ngarkim
eligibility-other-dependants = Persona të tjerë në ngarkim (fëmijë, prindër…)
timeline-title = Ecuria e kërkesës dhe afatet
timeline-intro = Shënoni datat sapo t'i keni: fazat dhe afatet përditësohen vetë. Datat ruhen bashkë me kërkesën.
timeline-no-applicant = Hapni fillimisht një aplikant.
timeline-deadlines = Afatet e ardhshme
timeline-no-deadlines = Nuk ka afate përpara.
timeline-phases = Fazat
timeline-events = Datat e procedurës
timeline-field-submitted = Kërkesa u dërgua më
timeline-field-accepted = E pranuar nga prefektura (numri K10) më
timeline-field-ten-bis-received = Paralajmërimi i refuzimit (neni 10-bis) u mor më
timeline-field-ten-bis-days = Ditë për t'iu përgjigjur paralajmërimit (nëse jo 10)
timeline-field-ten-bis-answered = Përgjigja ndaj paralajmërimit u dërgua më
timeline-field-prefecture-opinion = Mendimi i prefekturës më
timeline-field-decree = Dekreti i datës
timeline-field-decree-outcome = Rezultati i dekretit
timeline-field-inadmissible = Kërkesa u shpall e papranueshme më
timeline-field-notified = Dekreti u njoftua më
timeline-field-oath = Betimi më
timeline-outcome-granted = Shtetësia u dha
timeline-outcome-rejected = E refuzuar
timeline-days-invalid = Shkruani një numër ditësh nga 1 deri në 365.
timeline-export-ics = Eksporto në kalendar (.ics)
timeline-exported = Kalendari u ruajt në { $path }.
timeline-export-failed = Kalendari nuk u ruajt dot: { $detail }
timeline-calendar-name = Shtetësia – { $name }
timeline-notice-title = Paralajmërim refuzimi (neni 10-bis) nr. { $number }
timeline-notice-add = Shto një paralajmërim (neni 10-bis)
timeline-notice-remove = Hiq paralajmërimin
timeline-notice-confirm-remove = Të hiqet paralajmërimi nr. { $number } dhe datat e tij?
timeline-notice-remove-confirm = Po, hiqe
timeline-notice-due = Përgjigjuni deri më { $date } ({ $left })
timeline-notice-answered = Përgjigja u dërgua më { $date }: nuk ka më afat për këtë paralajmërim.
timeline-notice-no-date = Shënoni ditën kur mbërriti për të parë deri kur duhet të përgjigjeni.
timeline-notice-decided = Për kërkesën është vendosur: nuk ka afat për këtë paralajmërim.
timeline-field-draft-started = Kërkesa u nis më
timeline-field-planned-submission = Dërgimi i planifikuar më
timeline-k10-invalid = Numri i praktikës { $number } nuk është i vlefshëm: { $error }
timeline-field-submission-rejected = Kërkesa u refuzua nga prefektura (për t'u korrigjuar dhe ridërguar) më
timeline-field-assessment-started = Shqyrtimi filloi më (nëse jo në ditën e pranimit)
timeline-field-opinion-outcome = Rezultati i mendimit
timeline-opinion-favourable = Pozitiv
timeline-opinion-unfavourable = Negativ
timeline-not-given = — pa treguar —
pdf-screen-title = Krijo PDF
pdf-screen-intro = Zgjidhni dokumentin: të dhënat e kërkesës janë vendosur tashmë, plotësoni ato që mungojnë. PDF-ja ruhet vetëm aty ku zgjidhni ju, ose e enkriptuar në arkivin e kërkesës.
pdf-screen-no-applicant = Hapni fillimisht një aplikant.
pdf-screen-member = Anëtari i familjes që e mban aplikantin
pdf-screen-member-placeholder = Zgjidhni anëtarin e familjes
pdf-screen-missing = { $count ->
    [one] Mungon një fushë e detyrueshme (e shënuar me *).
   *[other] Mungojnë { $count } fusha të detyrueshme (të shënuara me *).
}
pdf-screen-field-required = Fushë e detyrueshme.
pdf-screen-field-invalid = Vlerë e pavlefshme.
pdf-screen-fill-missing = Plotësoni fushat e shënuara para se të krijoni dokumentin.
pdf-screen-choose = Zgjidh…
pdf-screen-generate = Krijo
pdf-screen-ready = Dokumenti është gati: ruajeni ose mbajeni në arkiv.
pdf-screen-save-as = Ruaj si…
pdf-screen-saved = PDF-ja u ruajt në { $path }.
pdf-screen-save-failed = PDF-ja nuk u ruajt dot: { $detail }
pdf-screen-keep = Mbaje në arkiv
pdf-screen-pec-save = Ruaj draftin PEC (.eml)
pdf-screen-pec-copy = Kopjo tekstin PEC
pdf-screen-pec-copied = Subjekti dhe teksti i PEC u kopjuan në kujtesën e fragmenteve.
err-pec-name-missing = PEC-u ka nevojë për mbiemrin dhe emrin (seksioni 2).
err-pec-write = Mesazhi PEC nuk mund të shkruhej.
pdf-screen-kept = PDF-ja u ruajt (e enkriptuar) ndër dokumentet e kërkesës.

# --- criminal record issue date ---
err-issue-date-mismatch = Kjo bashkëngjitje tregon një datë lëshimi të ndryshme nga ajo e deklaruar në seksionin 8 ({ $date }), e cila është data nga llogaritet vlefshmëria gjashtëmujore: korrigjo bashkëngjitjen ose seksionin 8.
err-not-a-count = Shkruaj një numër të plotë (për shembull 2).
err-unknown-prefecture = Zgjidh prefekturën nga lista: duhet të jetë ajo e provincës ku banon.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = Ke leje qëndrimi BE afatgjatë: në vend që të bashkëngjitësh certifikatën B1 mund të deklarosh përjashtimin duke zgjedhur «Mbajtës i lejes së qëndrimit BE afatgjatë» më sipër.
hint-subsidiary-protection-letter-f = Leja jote është për mbrojtje plotësuese: shkronja e) vlen vetëm për refugjatë dhe persona pa shtetësi. Zgjidh shkronjën f) (10 vjet); certifikatat e lindjes dhe penale duhen paraqitur.
hint-residence-gap-proof = Qëndrimi llogaritet nga regjistrimi i ri. Nëse ndërkohë ke jetuar në Itali, ruaj kontratat, fletëpagesat dhe kartelat mjekësore: prefektura mund t'i pranojë si provë të pranisë së pandërprerë.
hint-family-income-not-household = Kush nuk është në «stato di famiglia» tënde nuk mund t'i shtojë të ardhurat e veta tuajave: kjo shumë nuk llogaritet.
hint-marriage-event = Për shtetësinë me martesë martesa duhet të zgjasë, pa ndarje, deri në dekret: shih verifikimin e kushteve.
hint-criminal-record-expires-before-planned = Kjo certifikatë penale skadon para datës së planifikuar të dërgimit (shih Afatet): dërgo më herët ose merr një certifikatë të re.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Po ngarkohet { $name }: { $sent } nga { $total }
# --- end upload progress ---
