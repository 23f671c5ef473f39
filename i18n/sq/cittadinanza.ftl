# Cittadinanza — ndërfaqja në shqip (rruga kryesore; pjesa tjetër shfaqet në italisht).

app-title = Cittadinanza
app-subtitle = Kërkesë për shtetësinë italiane
app-opening = Po hapet dosja e të dhënave…
common-cancel = Anulo
settings-save-failed = Cilësimet nuk u ruajtën: { $detail }

nav-applicants = Aplikantët
nav-home = Kërkesa ime
nav-application = Kërkesa
nav-settings = Cilësimet

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
choice-yes = Po
choice-no = Jo

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

unlock-title = Hap dosjen e të dhënave
unlock-explanation = Të dhënat tuaja janë të koduara. Shkruani frazën sekrete të dosjes (herën e parë, zgjidhni një me të paktën 12 shkronja).
unlock-passphrase = Fraza sekrete
unlock-open = Hap

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
history-export-button = Eksporto…
history-exporting = Po eksportohet…
history-exported = Aplikanti u eksportua në { $path }.
history-file-stem = aplikant
applicants-import = Importo nga skedari…
applicants-import-file = Importo "{ $file }"
applicants-import-passphrase = Fjalëkalimi i skedarit
applicants-import-confirm = Importo
