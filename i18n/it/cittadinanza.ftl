# Cittadinanza — interfaccia in italiano (lingua di riserva: ogni messaggio deve esistere qui).
# Blocchi degli altri settori (validation, codice fiscale, store, pdf, portal, rules) sono
# aggiunti in fondo tra `# --- <area> ---` e `# --- end <area> ---`.

## Applicazione
app-title = Cittadinanza
app-subtitle = Domanda di cittadinanza italiana
app-opening = Apertura della cartella dei dati…
app-notice-dismiss = Ho capito
app-closing-waiting = La finestra si chiude quando tutte le pratiche e tutti i file sono salvati.
app-close-anyway = Chiudi comunque (le modifiche non salvate vanno perse)
error-internal = Si è verificato un errore interno. I dati già salvati non sono stati toccati.
settings-save-failed = Impossibile salvare le impostazioni: { $detail }
common-cancel = Annulla

## Navigazione
nav-applicants = Richiedenti
nav-home = La mia domanda
nav-application = Domanda
nav-settings = Impostazioni
nav-welcome = Benvenuto e guida
welcome-title = Benvenuto in Cittadinanza
welcome-intro = Questa applicazione aiuta chi vive in Italia da straniero a preparare la domanda di cittadinanza italiana per il portale del Ministero dell'Interno, e aiuta gli sportelli (patronati, associazioni, comuni) che assistono i richiedenti.
welcome-private = Tutto resta su questo computer, cifrato. Niente viene inviato finché non accedi al portale.
welcome-paths = Le due strade
welcome-path-residence = Per residenza (art. 9): dopo un periodo di residenza legale in Italia, di regola 10 anni (4 per i cittadini dell'Unione europea, 5 per rifugiati e apolidi), con un reddito sufficiente negli ultimi tre anni.
welcome-path-marriage = Per matrimonio (art. 5): se sei sposato o unito civilmente con un cittadino italiano, dopo 2 anni di residenza in Italia dal matrimonio (3 se vivete all'estero), dimezzati se avete figli.
welcome-at-hand = Cosa tenere a portata di mano
welcome-have-identity = passaporto o documento d'identità, permesso di soggiorno e codice fiscale
welcome-have-birth = atto di nascita legalizzato (o con apostille) e tradotto
welcome-have-record = certificato penale del paese d'origine e di ogni altro paese in cui hai vissuto dai 14 anni (valido 6 mesi dal rilascio)
welcome-have-residence = gli indirizzi in cui hai vissuto in Italia, con le date
welcome-have-income = i redditi degli ultimi tre anni (CU, 730 o Unico; solo per la residenza)
welcome-have-language = la certificazione di italiano B1, se non ne sei esente
welcome-eligibility-title = Posso fare domanda?
welcome-eligibility-hint = Poche domande ti dicono se puoi già presentare la domanda, o da quando.
welcome-eligibility = Fai la verifica
welcome-who-title = Per chi usi l'applicazione?
welcome-who-hint = Puoi cambiarlo più tardi nelle impostazioni (modalità sportello).
welcome-myself = Per me stesso
welcome-help-desk = Sono uno sportello
nav-glossary = Glossario

## Richiedenti
applicants-title = Richiedenti
applicants-my-application = La mia domanda
applicants-search = Cerca per nome, codice fiscale o numero K10
applicants-show-archived = Mostra archiviati
applicants-showing = Mostrate { $shown } di { $total }: cerca per nome, codice fiscale o K10 per restringere.
applicants-show-more = Mostra altre { $count }
applicants-new = Nuovo richiedente
applicants-empty = Nessuna domanda trovata.
applicants-start = Inizia una nuova domanda
applicants-unnamed = (senza nome)
applicants-last-saved = salvato il { $time }
applicants-archived = archiviato
applicants-progress = { $done } di { $total } sezioni complete
applicants-open = Apri
applicants-archive = Archivia
applicants-unarchive = Ripristina
applicants-delete = Elimina
applicants-confirm-delete = Eliminare definitivamente la domanda di { $name } e i suoi documenti?
applicants-delete-confirm = Sì, elimina

## Editor delle sezioni
editor-section-complete = Sezione completa
editor-section-incomplete = Sezione da completare
editor-saving = Salvataggio…
editor-unsaved = Modifiche non salvate
editor-saved-at = Salvato alle { $time }
editor-not-saved-yet = Non ancora salvato
editor-back = ← Richiedenti
editor-save = Salva
editor-previous = ← Sezione precedente
editor-next = Sezione successiva →
editor-add-row = + Aggiungi
editor-remove-row = Rimuovi
editor-attachments = Documenti allegati
editor-no-attachments = Nessun documento allegato.
editor-issued-on = rilasciato il { $date }
editor-attach-new = Allega un documento
editor-attach-kind = Tipo di documento
editor-attach-issue-date = Data di rilascio (se rilevante)
editor-attach-country = Paese (certificati penali)
editor-attach-choose-file = Scegli il file…
editor-choose-kind-first = Scegli prima il tipo di documento.
placeholder-date = GG/MM/AAAA
placeholder-amount = 12.345,67
placeholder-comma-list = separati da virgola
placeholder-choose = Scegli…
editor-prefecture-propose = Proponi: Prefettura di { $name } (provincia di residenza)
editor-consulate-label = Ufficio consolare competente (residenza all'estero)
editor-consulate-placeholder = ad esempio Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Scrivi il nome dell'ufficio consolare italiano competente per il luogo in cui vivi, come compare sul sito dell'ambasciata o del consolato: l'app non ha un elenco dei consolati. I documenti saranno indirizzati a questo ufficio.

## Impostazioni
settings-title = Impostazioni
settings-language = Lingua
settings-theme = Tema
settings-text-scale = Dimensione del testo: { $percent }%
settings-data-folder = Cartella dei dati
settings-choose-folder = Scegli cartella…
settings-default-folder = Cartella predefinita
settings-restart-needed = La nuova cartella sarà usata al prossimo avvio.
settings-portal-url = Indirizzo del portale
settings-help-desk = Modalità sportello (più richiedenti)
settings-help-desk-hint = Per patronati, CAF e associazioni che assistono più persone. Disattivata, l'applicazione mostra solo la propria domanda.
theme-light = Chiaro
theme-dark = Scuro
theme-high-contrast = Contrasto elevato

## Glossary
glossary-title = Glossario
glossary-intro = Le parole della burocrazia italiana che si incontrano nella domanda e nelle lettere della Prefettura, spiegate in breve.
glossary-italian = In italiano: { $term }
glossary-prefettura = Prefettura
glossary-prefettura-desc = L'ufficio dello Stato nella provincia che riceve la domanda di cittadinanza, la esamina e comunica le decisioni.
glossary-comune = Comune
glossary-comune-desc = L'amministrazione della città o del paese: tiene l'anagrafe dei residenti, rilascia i certificati e organizza il giuramento.
glossary-codice-fiscale = Codice fiscale
glossary-codice-fiscale-desc = Il codice di 16 caratteri che identifica ogni persona davanti al fisco e agli uffici pubblici in Italia.
glossary-residenza-anagrafica = Residenza anagrafica
glossary-residenza-anagrafica-desc = L'iscrizione all'anagrafe del Comune in cui si abita. Per la cittadinanza conta solo la residenza registrata, non il semplice soggiorno.
glossary-permesso-di-soggiorno = Permesso di soggiorno
glossary-permesso-di-soggiorno-desc = Il documento rilasciato dalla Questura che autorizza un cittadino non europeo a restare in Italia.
glossary-permesso-ue-lungo-periodo = Permesso UE per soggiornanti di lungo periodo
glossary-permesso-ue-lungo-periodo-desc = Il permesso di soggiorno a tempo indeterminato per chi vive regolarmente in Italia da almeno cinque anni; esonera dal certificato di lingua.
glossary-questura = Questura
glossary-questura-desc = L'ufficio della Polizia di Stato nella provincia che rilascia e rinnova i permessi di soggiorno.
glossary-atto-notorio = Atto notorio
glossary-atto-notorio-desc = Una dichiarazione giurata davanti a un pubblico ufficiale; per rifugiati e apolidi sostituisce l'atto di nascita.
glossary-nucleo-familiare = Nucleo familiare
glossary-nucleo-familiare-desc = Le persone registrate all'anagrafe nella stessa famiglia (lo "stato di famiglia"); i loro redditi possono sommarsi a quello del richiedente.
glossary-reddito-imponibile = Reddito imponibile
glossary-reddito-imponibile-desc = Il reddito su cui si pagano le tasse, indicato nella dichiarazione dei redditi o nella Certificazione Unica.
glossary-certificato-penale = Certificato penale
glossary-certificato-penale-desc = Il certificato dei precedenti penali del Paese di nascita e dei Paesi di residenza; vale sei mesi dal rilascio.
glossary-marca-da-bollo = Marca da bollo
glossary-marca-da-bollo-desc = Il bollo da 16 € che si compra in tabaccheria o online e si indica nella domanda con il suo codice.
glossary-pagopa = pagoPA
glossary-pagopa-desc = Il sistema per pagare la pubblica amministrazione; con esso si versa il contributo di 250 € e si ottiene il codice IUV.
glossary-autocertificazione = Autocertificazione
glossary-autocertificazione-desc = Una dichiarazione firmata che sostituisce un certificato; chi dichiara il falso ne risponde penalmente.
glossary-spid = SPID
glossary-spid-desc = L'identità digitale con cui si accede al portale del Ministero dell'Interno e agli altri servizi pubblici online.
glossary-pec = PEC
glossary-pec-desc = La posta elettronica certificata: una e-mail con valore legale, come una raccomandata con ricevuta di ritorno.
glossary-numero-k10 = Numero K10
glossary-numero-k10-desc = Il numero della pratica che la Prefettura assegna alla domanda accettata; serve in ogni comunicazione.
glossary-preavviso-di-rigetto = Preavviso di rigetto
glossary-preavviso-di-rigetto-desc = La lettera (art. 10-bis) con cui la Prefettura annuncia che intende respingere la domanda: si può rispondere con documenti e osservazioni entro il termine indicato.
glossary-decreto = Decreto di concessione
glossary-decreto-desc = L'atto con cui si concede la cittadinanza; viene notificato dal Comune o dalla Prefettura.
glossary-giuramento = Giuramento
glossary-giuramento-desc = La promessa di fedeltà alla Repubblica prestata in Comune entro sei mesi dalla notifica del decreto: da quel giorno si è cittadini italiani.

## Sblocco
unlock-title = Apri la cartella dei dati
unlock-explanation = I dati sono cifrati con la frase segreta scelta per questa cartella. Scrivila per aprire la cartella.
unlock-passphrase = Frase segreta
unlock-open = Apri
unlock-create-title = Scegli una frase segreta
unlock-create-explanation = I dati saranno cifrati con una frase segreta che digiterai a ogni avvio. Deve avere almeno { $min } caratteri; una frase di più parole è più facile da ricordare e più sicura.
unlock-keyring-unavailable = Il portachiavi del sistema non è disponibile, quindi i dati sono protetti con una frase segreta.
unlock-details = Dettagli
unlock-details-hide = Nascondi i dettagli
unlock-repeat = Ripeti la frase segreta
unlock-min-length = Almeno { $min } caratteri.
unlock-strength-too-short = Troppo corta: servono almeno { $min } caratteri.
unlock-strength-weak = Debole: aggiungi parole, cifre o segni.
unlock-strength-fair = Discreta.
unlock-strength-strong = Robusta.
unlock-no-recovery = Attenzione: se dimentichi la frase segreta i dati non si possono recuperare, da nessuno. Scrivila e conservala in un luogo sicuro.
unlock-mismatch = Le due frasi segrete non coincidono.
unlock-create = Crea e continua

# --- codice fiscale ---
err-cf-empty = Inserisci il codice fiscale.
err-cf-length = Il codice fiscale ha 16 caratteri; questo ne ha { $found }.
err-cf-character = Il carattere { $position } («{ $character }») non è ammesso in quella posizione del codice fiscale.
err-cf-check-letter = L'ultima lettera (carattere di controllo) dovrebbe essere { $expected }, non { $found }: controlla di aver copiato bene il codice.
err-cf-month = «{ $found }» non è una lettera di mese valida (A B C D E H L M P R S T).
err-cf-day = Il giorno { $day } non esiste nel mese { $month } (per le donne il giorno è aumentato di 40).
err-cf-unknown-place = Nessun comune o Stato estero ha il codice { $code }.
err-cf-place-code-format = «{ $code }» non è un codice di luogo (una lettera e tre cifre, es. H501 o Z404).
err-cf-surname-missing = Manca il cognome (serve almeno una lettera).
err-cf-name-missing = Manca il nome (serve almeno una lettera).
err-cf-unsupported-character = { $field ->
        [surname] Il cognome
       *[name] Il nome
    } contiene «{ $character }», che non ha un equivalente in lettere latine: scrivilo come nel passaporto o nel permesso di soggiorno.
err-cf-place-missing = Manca il luogo di nascita.
err-cf-town-missing = Manca il comune di nascita.
err-cf-unknown-municipality = Nessun comune italiano si chiama «{ $name }».
err-cf-municipality-province = Non esiste un comune «{ $name }» nella provincia { $province }.
err-cf-municipality-ambiguous = Più comuni si chiamano «{ $name }» ({ $provinces }): indica la provincia.
err-cf-municipality-date = Il comune «{ $name }» non esisteva il { $date }: indica il comune come si chiamava alla data di nascita.
err-cf-unknown-country = Stato sconosciuto: «{ $name }».
err-cf-mismatch-surname = Il codice fiscale non corrisponde al cognome: dal cognome risulta { $expected }, nel codice c'è { $found }.
err-cf-mismatch-name = Il codice fiscale non corrisponde al nome: dal nome risulta { $expected }, nel codice c'è { $found }.
err-cf-mismatch-birth-date = Il codice fiscale non corrisponde alla data di nascita: { $expected } nei dati, { $found } nel codice.
err-cf-mismatch-sex = Il codice fiscale non corrisponde al sesso: { $expected } nei dati, { $found } nel codice.
err-cf-mismatch-place = Il codice fiscale non corrisponde al luogo di nascita: { $expected } nei dati, { $found } nel codice.
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = Il portachiavi del sistema (archivio delle credenziali) non è disponibile, quindi la chiave dei dati non può esservi conservata. Puoi proteggere i dati con una passphrase da digitare a ogni avvio. Dettagli: { $detail }
secrets-failed = Il portachiavi del sistema ha rifiutato l'operazione: { $detail }
secrets-malformed = Il segreto "{ $name }" nel portachiavi del sistema è danneggiato.
secrets-passphrase-too-short = La passphrase deve avere almeno { $min } caratteri.
secrets-key-derivation-failed = Impossibile ricavare la chiave dalla passphrase: { $detail }
store-in-use = Questa cartella dati è già aperta in un'altra finestra o in un altro programma. Chiudilo e riprova.
store-newer-format = Questi dati sono stati salvati da una versione più recente del programma (formato { $found }). Aggiorna il programma per aprirli; i dati non sono stati modificati.
store-wrong-key = La chiave non corrisponde a questa cartella dati: i dati non possono essere decifrati.
store-wrong-passphrase = Passphrase errata. Riprova: i dati non sono stati modificati.
store-passphrase-required = Questa cartella dati è protetta da una passphrase: digitala per aprirla.
store-key-missing = La chiave di questa cartella dati non è nel portachiavi di questo computer (cartella copiata da un altro computer o portachiavi azzerato). Senza la chiave i dati non possono essere letti: usa il computer originale ed esporta i richiedenti in un pacchetto cifrato.
store-applicant-not-found = Questo richiedente non esiste più (forse è stato eliminato).
store-version-not-found = La versione { $version } non è più disponibile.
store-document-not-found = Questo documento non esiste più (forse è stato rimosso).
store-document-missing = Il file cifrato del documento "{ $name }" manca dalla cartella dati. Importalo di nuovo.
store-document-damaged = Il documento "{ $name }" è danneggiato (il controllo di integrità non corrisponde) e non è stato esportato. Importalo di nuovo.
store-corrupt = Una parte dei dati salvati è danneggiata e non può essere letta ({ $detail }).
store-file-not-found = File o cartella non trovati: { $path }
store-not-a-file = "{ $path }" non è un file.
store-permission-denied = Permesso negato: { $path }
store-disk-full = Il disco è pieno: libera spazio e riprova. Le modifiche non ancora salvate restano nella finestra.
store-io-failed = Errore di lettura o scrittura su { $path }: { $detail }
store-database-failed = Errore del database locale: { $detail }
store-bundle-wrong-passphrase = Passphrase errata per questo pacchetto.
store-bundle-truncated = Il pacchetto è incompleto (copia o download interrotti). Copialo di nuovo.
store-bundle-tampered = Il pacchetto è stato modificato o è danneggiato e non può essere importato.
store-not-a-bundle = Questo file non è un pacchetto di Cittadinanza.
store-bundle-unsupported-version = Il pacchetto è stato creato da una versione più recente del programma (formato { $found }). Aggiorna il programma per importarlo.
store-history-note = Ogni salvataggio crea una versione: per ogni richiedente si conservano le ultime { $count } versioni.
# --- end store ---

# --- portal ---
err-portal-invalid-url = L'indirizzo del portale «{ $url }» non è valido: serve un indirizzo https:// (o http:// per un portale su questo computer).
err-portal-insecure-url = L'indirizzo «{ $url }» non è cifrato: il portale si raggiunge solo con https:// (http:// è ammesso soltanto per un portale su questo computer).
err-portal-answer-too-large = Il portale ha inviato una risposta più grande di { $megabytes } MB: è stata interrotta. Il server potrebbe essere guasto o non essere il portale.
err-portal-unreachable = Il portale non è raggiungibile. Le modifiche restano in coda e saranno inviate appena possibile.
err-portal-timeout = Il portale non ha risposto in tempo. Le modifiche restano in coda; riprova più tardi.
err-portal-server = Il portale ha avuto un errore (codice { $status }). Le modifiche restano in coda.
err-portal-unauthorized = La sessione è scaduta o non hai ancora effettuato l'accesso. Accedi di nuovo.
err-portal-bad-credentials = E-mail o password errate.
err-portal-forbidden = Questo account non può eseguire l'operazione.
err-portal-not-found = La domanda non è stata trovata sul portale (o non è associata a questo account).
err-portal-account-exists = Esiste già un account con questa e-mail. Accedi invece di registrarti.
err-portal-conflict = La domanda è stata modificata altrove (versione { $version }). Scegli, sezione per sezione, quale versione tenere.
err-portal-already-submitted = La domanda è già stata inviata: non ne viene creata una seconda.
err-portal-not-editable = La domanda inviata non può più essere modificata.
err-portal-incomplete = Il portale non accetta la domanda: manca il campo { $detail }.
err-portal-associate-mismatch = { $field ->
    [surname] Il cognome non corrisponde a quello della domanda.
    [name] Il nome non corrisponde a quello della domanda.
    [birth_date] La data di nascita non corrisponde a quella della domanda.
    [previous_email] L'e-mail indicata non è quella usata nella domanda.
    [k10_number] Nessuna domanda ha questo numero K10 (formato K10/0000001 o K10/C/0000001).
   *[any] I dati non corrispondono a nessuna domanda. Controlla numero K10 (formato K10/0000001 o K10/C/0000001), cognome, nome, data di nascita ed e-mail usata nella domanda.
}
err-portal-already-associated = La domanda è già associata a un altro account. Contatta la prefettura.
err-portal-too-large = Il file o i dati sono troppo grandi per il portale (documenti fino a 64 MB).
err-portal-rate-limited = Troppi tentativi. Attendi qualche minuto (al massimo un'ora) e riprova.
err-portal-checksum = Il documento si è danneggiato durante l'invio. Riprova: l'invio riprende da capo in modo sicuro.
err-portal-rejected = Il portale ha rifiutato la richiesta ({ $code }).
err-portal-protocol = Risposta inattesa dal portale: forse la versione del portale è diversa. ({ $detail })
err-portal-local = Impossibile leggere o scrivere i dati di sincronizzazione locali: { $detail }
err-portal-document = { $detail }
err-portal-token-store = Impossibile ricordare l'accesso nel portachiavi del sistema: { $detail }
err-portal-not-linked = Questa domanda non è ancora stata inviata al portale.
err-portal-relink-pending = I dati di sincronizzazione sono in ricostruzione: accedi al portale e sincronizza per ricollegare le domande prima di inviarne di nuove.
portal-status-draft = Bozza
portal-status-submitted = Inviata
portal-status-accepted = Accettata dalla prefettura
portal-status-inadmissible = Dichiarata inammissibile
portal-status-notice-10bis = Preavviso di rigetto (art. 10-bis)
portal-status-granted = Decreto di concessione
portal-status-rejected = Decreto di rigetto
portal-status-oath-scheduled = Giuramento fissato
portal-comm-acceptance = Domanda accettata il { $date }
portal-comm-inadmissibility = Domanda dichiarata inammissibile il { $date }
portal-comm-notice-10bis = Preavviso di rigetto del { $date }: rispondi entro { $days } giorni (entro il { $respond_by })
portal-comm-decree-granted = Decreto di concessione del { $date }
portal-comm-decree-rejected = Decreto di rigetto del { $date }
portal-comm-oath-appointment = Giuramento il { $appointment } presso { $place }
portal-sync-pending = { $count ->
    [0] Tutto sincronizzato
    [one] Una modifica in attesa di invio
   *[other] { $count } modifiche in attesa di invio
}
portal-queue-damaged = I dati di sincronizzazione con il portale erano danneggiati: una copia è stata conservata come «{ $file }» nella cartella dei dati. Le domande e i documenti su questo computer sono intatti. Accedi al portale e sincronizza: i collegamenti alle domande verranno ricostruiti.
portal-queue-rebuilt = I dati di sincronizzazione danneggiati (copia «{ $file }») sono stati ricostruiti: { $count ->
    [one] una domanda è di nuovo collegata al portale.
   *[other] { $count } domande sono di nuovo collegate al portale.
} Le differenze con il portale ti verranno mostrate prima di essere inviate.
portal-queue-dismiss = Ho capito
portal-sync-uploads-failing = { $count ->
    [one] Le modifiche sono inviate, ma un documento non è stato caricato: { $error }
   *[other] Le modifiche sono inviate, ma { $count } documenti non sono stati caricati (il primo: { $error })
}
portal-sync-conflicts = { $count ->
    [one] Una domanda da riconciliare
   *[other] { $count } domande da riconciliare
}
portal-conflict-keep-mine = Tieni la mia versione
portal-conflict-take-theirs = Usa la versione del portale
portal-sign-in = Accedi al portale
portal-sign-out = Esci dal portale
portal-role-applicant = Richiedente
portal-role-operator = Operatore di sportello
# --- end portal ---

# --- validation ---
## Controlli dei campi (rules::Problem)
err-missing = Campo obbligatorio.
err-invalid-date = Data non valida: scrivila come GG/MM/AAAA (per esempio 05/03/2020).
err-impossible-date = Questa data non esiste: controlla il giorno e il mese.
err-year-out-of-range = Anno non plausibile: scrivilo per intero, con quattro cifre.
err-date-in-future = La data non può essere nel futuro.
err-date-before-birth = La data è precedente alla data di nascita.
err-end-before-start = La data di fine è precedente alla data di inizio ({ $start }).
err-date-before = La data non può essere precedente { $event ->
        [event-first-entry] al primo ingresso in Italia
        [event-marriage] al matrimonio
        [event-status-recognised] al riconoscimento dello status
       *[event-issue] alla data di rilascio
    } ({ $date }).
err-expired = Scaduto il { $date }.
err-invalid-amount = Importo non valido: scrivilo in euro, per esempio 12.345,67.
err-wrong-amount = L'importo dovuto è di { $expected } euro.
err-invalid-email = Indirizzo e-mail non valido (per esempio nome@esempio.it).
err-invalid-phone = Numero di telefono non valido: usa solo cifre e spazi, con il prefisso internazionale preceduto da + (per esempio +39 333 1234567).
err-invalid-province = Sigla di provincia non valida: servono due lettere, per esempio MI.
err-invalid-postcode = CAP non valido: servono cinque cifre.
err-invalid-year = Anno non valido: scrivi quattro cifre, per esempio 2024.
err-invalid-notice-code = Codice non valido: il codice avviso pagoPA ha 18 cifre, lo IUV da 15 a 25 lettere o cifre.
err-invalid-name = Sono ammessi solo lettere, spazi, apostrofi, punti e trattini.
err-birth-place-contradicts-basis = Hai indicato la nascita in Italia, ma nei dati anagrafici il luogo di nascita è all'estero.
err-spouse-not-italian = Per la domanda per matrimonio (art. 5) il coniuge deve essere cittadino italiano.
err-not-married = Per la domanda per matrimonio (art. 5) lo stato civile deve essere «coniugato/a» o «unito/a civilmente».
err-atto-notorio-not-allowed = L'atto notorio sostituisce l'atto di nascita solo per i rifugiati e gli apolidi.
err-translation-required = Il documento deve essere tradotto in italiano (oppure essere un estratto plurilingue).
err-residence-gap = Mancano le residenze dal { $from } al { $to }: aggiungi il periodo mancante o correggi le date.
err-residence-overlap = Questo periodo si sovrappone al periodo n. { $other }.
err-open-period-not-last = Solo la residenza attuale, cioè l'ultima, può restare senza data di fine.
err-residences-not-up-to-date = L'ultima residenza termina il { $date }: aggiungi la residenza attuale.
err-registered-before-14-contradicted = Secondo le residenze inserite, la prima iscrizione anagrafica è avvenuta dopo il compimento dei 14 anni.
err-income-year-missing = Mancano i redditi del { $year }.
err-income-year-not-required = Servono solo i redditi degli anni { $years }.
err-duplicate-year = Hai già inserito questo anno.
err-criminal-certificate-missing = Manca il certificato penale di questo Paese: { $country }.
err-language-level-too-low = Il livello { $level } non basta: serve almeno il livello B1.
err-invalid-language-level = Livello non valido: indica A1, A2, B1, B2, C1 o C2.
err-exemption-needs-long-term-permit = Questo esonero vale solo per chi ha il permesso di soggiorno UE per soggiornanti di lungo periodo (da indicare nella sezione 4).
err-exemption-not-for-eu-citizens = I cittadini dell'Unione europea non sono esonerati: serve la certificazione di livello B1.
err-must-accept = Per inviare la domanda devi spuntare questa dichiarazione.
err-document-missing = Manca un documento: { $kind ->
        [doc-birth-certificate] l'atto di nascita
        [doc-criminal-record] il certificato penale
        [doc-identity-document] il documento di identità
        [doc-residence-permit] il permesso di soggiorno
        [doc-codice-fiscale] il codice fiscale
        [doc-language-certificate] la certificazione di lingua italiana
        [doc-income-statement] la dichiarazione dei redditi
        [doc-payment-receipt] la ricevuta di pagamento
        [doc-marriage-certificate] l'atto di matrimonio
        [doc-atto-notorio] l'atto notorio
       *[doc-other] un altro documento
    }.
err-document-missing-for = Manca un documento: { $kind ->
        [doc-birth-certificate] l'atto di nascita
        [doc-criminal-record] il certificato penale
        [doc-identity-document] il documento di identità
        [doc-residence-permit] il permesso di soggiorno
        [doc-codice-fiscale] il codice fiscale
        [doc-language-certificate] la certificazione di lingua italiana
        [doc-income-statement] la dichiarazione dei redditi
        [doc-payment-receipt] la ricevuta di pagamento
        [doc-marriage-certificate] l'atto di matrimonio
        [doc-atto-notorio] l'atto notorio
       *[doc-other] un altro documento
    } ({ $detail }).
err-document-expired = Documento scaduto il { $date } ({ $kind ->
        [doc-criminal-record] il certificato penale vale sei mesi dalla data di rilascio
        [doc-identity-document] documento di identità
        [doc-residence-permit] permesso di soggiorno
       *[doc-other] documento allegato
    }): allega un documento valido.
err-attachment-incomplete = Allegato incompleto: manca il file oppure il tipo di documento.
info-residence-span = Residenza continuativa dal { $from } al { $to } (anni interi: { $years }).

## Numero K10
k10-kind-naturalisation = Cittadinanza per residenza
k10-kind-marriage = Cittadinanza per matrimonio
err-k10-empty = Inserisci il numero K10.
err-k10-prefix = Il numero K10 inizia con «K10/», per esempio K10/0000001 o K10/C/0000001.
err-k10-kind = Dopo «K10/» seguono sette cifre (per residenza) oppure «C/» e sette cifre (per matrimonio).
err-k10-digits = Il numero deve avere sette cifre, zeri iniziali compresi; qui ce ne sono { $found }.
err-k10-character = Il numero contiene «{ $character }»: sono ammesse solo cifre.
err-k10-zero = 0000000 non è un numero K10 valido.
err-k10-wrong-kind-marriage = Per la cittadinanza per matrimonio (art. 5) il numero ha la forma { $expected }, con «C/».
err-k10-wrong-kind-naturalisation = Per la cittadinanza per residenza (art. 9) il numero ha la forma { $expected }, senza «C/».
# --- end validation ---

# --- pdf ---
pdf-doc-spid = Modello x SPID (autocertificazione per associare la domanda)
pdf-doc-maintenance = Dichiarazione di mantenimento
pdf-doc-change = Variazione di recapiti e redditi
pdf-doc-summary = Riepilogo per lo sportello
pdf-group-declarant = Dati del dichiarante
pdf-group-supporter = Familiare che provvede al mantenimento
pdf-group-applicant = Richiedente la cittadinanza
pdf-group-document = Documento di identità
pdf-group-statement = Dichiarazione
pdf-group-as-in-application = Dati come nella domanda
pdf-group-as-in-spid = Dati come in SPID
pdf-group-income = Redditi
pdf-group-changes = Variazioni
pdf-group-signature = Luogo e data
pdf-field-surname = Cognome
pdf-field-name = Nome
pdf-field-birth-surname = Cognome di nascita (se diverso)
pdf-field-sex = Sesso
pdf-field-birth-date = Data di nascita
pdf-field-birth-place = Luogo di nascita
pdf-field-citizenship = Cittadinanza
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Residenza (indirizzo completo)
pdf-field-email = E-mail o PEC
pdf-field-phone = Telefono
pdf-field-document-kind = Tipo di documento
pdf-field-document-number = Numero del documento
pdf-field-document-issuer = Rilasciato da
pdf-field-document-expiry = Data di scadenza del documento
pdf-field-prefecture = Prefettura
pdf-field-k10-number = Numero di pratica (K10)
pdf-field-submitted-on = Data di invio della domanda
pdf-field-mismatch-reason = Motivo della discordanza tra domanda e SPID
pdf-field-ticket = Numero del ticket dell'Help Desk
pdf-field-place = Luogo della firma
pdf-field-date = Data della firma
pdf-field-relationship = Rapporto di parentela con il richiedente
pdf-field-same-household = Nello stesso stato di famiglia del richiedente
pdf-field-supported-since = Mantenimento a partire dal
pdf-field-income-rows = Almeno un anno di reddito
pdf-field-income-year = Anno d'imposta (riga { $row })
pdf-field-income-amount = Reddito imponibile { $year }
pdf-field-income-source = Documentazione fiscale { $year }
pdf-field-changes-any = Almeno una variazione (recapito o reddito)
pdf-field-new-residence = Nuova residenza
pdf-field-residence-since = Residente al nuovo indirizzo dal
pdf-field-new-email = Nuovo indirizzo e-mail o PEC
pdf-field-new-phone = Nuovo numero di telefono
err-pdf-missing-fields = { $count ->
    [one] Manca un dato necessario per stampare il documento.
   *[other] Mancano { $count } dati necessari per stampare il documento.
}
err-pdf-unknown-field = Campo sconosciuto: { $field }.
err-pdf-invalid-value = Valore non valido per { $field }.
err-pdf-font = Il carattere tipografico incorporato non è leggibile: reinstalla l'applicazione.
pdf-page-of = Pagina { $page } di { $pages }
pdf-summary-title = Riepilogo della domanda di cittadinanza
pdf-summary-printed-on = Stampato il { $date } – promemoria per lo sportello, non è un documento ufficiale
pdf-summary-footer = Riepilogo – { $name } – { $date }
pdf-summary-unnamed = (nome non ancora inserito)
pdf-summary-applicant = Richiedente
pdf-label-name = Cognome e nome
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Data e luogo di nascita
pdf-label-citizenship = Cittadinanza
pdf-label-basis = Presupposto della domanda
pdf-label-prefecture = Prefettura
pdf-label-k10 = Numero di pratica
pdf-label-email = E-mail / PEC
pdf-label-phone = Telefono
pdf-summary-not-submitted = domanda non ancora inviata
pdf-summary-sections = Stato delle sezioni
pdf-summary-sections-done = { $done } sezioni complete su { $total }
pdf-summary-section-complete = Completa
pdf-summary-section-incomplete = Da completare
pdf-summary-documents = Documenti da portare
pdf-summary-documents-intro = Portare gli originali dei documenti allegati e procurarsi quelli mancanti.
pdf-summary-doc-missing = da procurare
pdf-summary-doc-exempt = non necessario
pdf-summary-doc-provided = allegato
pdf-summary-doc-expiring = allegato, valido fino al { $date }
pdf-summary-doc-expired = scaduto il { $date }: va rinnovato
pdf-summary-deadlines = Scadenze
pdf-summary-no-deadlines = Nessuna scadenza ricavabile dai dati inseriti.
pdf-summary-col-deadline = Che cosa scade
pdf-summary-col-date = Data
pdf-summary-col-when = Quando
pdf-summary-deadline-past = già scaduto
pdf-summary-deadline-in-days = { $days ->
    [0] oggi
    [one] domani
   *[other] tra { $days } giorni
}
pdf-summary-deadline-criminal-record = Certificato penale ({ $country }): validità di 6 mesi dal rilascio
pdf-summary-deadline-permit = Permesso di soggiorno
pdf-summary-deadline-passport = Documento straniero ({ $document })
pdf-summary-deadline-id-card = Carta d'identità italiana
pdf-summary-disclaimer = Il riepilogo è calcolato dai dati inseriti nell'applicazione e non sostituisce le indicazioni della Prefettura e del portale del Ministero dell'Interno.
pdf-summary-desk-date = Data: { $date }
pdf-summary-desk-operator = L'operatore dello sportello
pdf-summary-detail-year = anno { $year }
pdf-summary-detail-replaces = in sostituzione di: { $document }
pdf-summary-detail-contribution = contributo di 250 €
pdf-summary-detail-stamp-duty = marca da bollo da 16 €
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = Requisiti soddisfatti: puoi presentare la domanda
verdict-not-yet = Non ancora: potrai presentare la domanda dal { $date }
verdict-not-eligible = Requisiti non soddisfatti
verdict-borderline = Caso dubbio: verifica i punti indicati
verdict-more-information = Servono altre informazioni per una verifica

elig-basis-missing = Scegli il titolo della domanda (art. 5 o art. 9) per verificare i requisiti.
elig-unreadable = Il campo { $field } non è leggibile e non è stato considerato.
elig-residence-missing = Non risulta alcuna residenza in Italia: inserisci i periodi di residenza anagrafica.
elig-residence-not-current = L'ultima residenza registrata è terminata il { $date }: serve la residenza attuale in Italia.
elig-residence-gap = Tra il { $from } e il { $to } manca la residenza: la continuità si interrompe e il conteggio riparte.
elig-residence-met = Residenza legale continuativa dal { $since }: i { $years } anni richiesti sono stati raggiunti il { $date }.
elig-residence-not-yet = Residenza legale continuativa dal { $since }: i { $years } anni richiesti saranno raggiunti il { $date }.
elig-descendant-rule-changed = Per i discendenti di cittadini italiani la legge 74/2025 ha ridotto il periodo da 3 a 2 anni: verifica con la prefettura.
elig-born-in-italy-unanswered = Indica se sei nato in Italia o se sei discendente di un cittadino italiano per nascita.
elig-adoption-date-missing = Inserisci la data dell'adozione: i 5 anni di residenza si contano da quella data.
elig-service-missing = Inserisci le date del servizio prestato allo Stato italiano.
elig-service-met = Servizio allo Stato dal { $since }: i 5 anni sono stati raggiunti il { $date }.
elig-service-not-yet = Servizio allo Stato dal { $since }: i 5 anni saranno raggiunti il { $date }.
elig-service-too-short = Il servizio allo Stato (dal { $since } al { $date }) è durato meno di 5 anni.
elig-not-eu-citizen = La lettera d) vale per i cittadini dell'Unione europea: controlla la cittadinanza indicata.
elig-refugee-status-missing = La lettera e) vale per rifugiati e apolidi: indica lo status riconosciuto.
elig-marriage-date-missing = Inserisci la data del matrimonio o dell'unione civile.
elig-spouse-not-italian = Il coniuge deve essere cittadino italiano.
elig-spouse-citizenship-unanswered = Indica se il coniuge è cittadino italiano.
elig-separated = In caso di separazione personale dei coniugi la cittadinanza per matrimonio non può essere concessa.
elig-marriage-ended = Il matrimonio deve essere in corso fino al decreto (non sciolto, annullato o cessato).
elig-marriage-residence-met = Residenza legale in Italia dopo il matrimonio dal { $since }: i { $months } mesi richiesti sono stati raggiunti il { $date }.
elig-marriage-residence-not-yet = Residenza legale in Italia dopo il matrimonio dal { $since }: i { $months } mesi richiesti saranno raggiunti il { $date }.
elig-marriage-met = Matrimonio del { $since }: i { $months } mesi richiesti sono trascorsi il { $date }.
elig-marriage-not-yet = Matrimonio del { $since }: i { $months } mesi richiesti trascorreranno il { $date }.
elig-children-halve-period = Con figli nati o adottati dai coniugi il periodo richiesto è dimezzato.
elig-no-income-requirement = Per la cittadinanza per matrimonio non è richiesto un reddito minimo.
elig-income-met = Reddito { $year }: { $income } € (minimo { $threshold } €).
elig-income-below = Reddito { $year }: { $income } € è inferiore al minimo di { $threshold } €. Si può sommare il reddito dei familiari dello stesso stato di famiglia.
elig-income-borderline = Reddito { $year }: { $income } € è tra { $lower } € (maggiorazione arrotondata a 516,00 €) e { $threshold } € (516,46 € per familiare a carico): caso dubbio.
elig-income-missing = Manca il reddito del { $year }: servono i redditi dei tre anni precedenti la domanda.
elig-consider-basis = Con la lettera { $letter }) dell'art. 9 bastano { $years } anni di residenza.
elig-residence-gap-cancelled = Residenza interrotta dal { $from } al { $to } (iscrizione cancellata e poi ripristinata): la residenza continuativa si conta dalla nuova iscrizione del { $to }.
elig-residence-gap-abroad = Dal { $from } al { $to } hai vissuto all'estero: la residenza continuativa si conta dal rientro, il { $to }.
elig-residence-gap-other = Residenza interrotta dal { $from } al { $to }: la residenza continuativa si conta dal { $to }.
elig-presence-proof = Se in quel periodo (dal { $from } al { $to }) hai continuato a vivere in Italia, la prefettura può accettare la prova della presenza ininterrotta: contratti di affitto o di lavoro, buste paga, certificati medici o del medico di base. Non è garantito: chiedi alla tua prefettura.
elig-subsidiary-protection = Con un permesso per protezione sussidiaria non si applica la lettera e) (solo rifugiati e apolidi): vale la lettera f), con 10 anni di residenza, e non c'è l'esenzione dei rifugiati dai certificati di nascita e penale (atto notorio). Scegli la lettera f).
elig-marriage-separation = Separazione dal { $date }: con la separazione personale dei coniugi la cittadinanza per matrimonio non può essere concessa.
elig-marriage-divorce = Divorzio del { $date }: il matrimonio deve durare fino al decreto.
elig-marriage-annulment = Matrimonio annullato il { $date }: il matrimonio deve durare fino al decreto.
elig-marriage-spouse-death = Il coniuge è deceduto il { $date }: il matrimonio si è sciolto e la cittadinanza per matrimonio non è più possibile; verifica con la prefettura.
elig-marriage-separation-pending = Separazione del { $date }, dopo l'invio della domanda ({ $submitted }): con la domanda in corso il rigetto è probabile. Comunicalo alla prefettura e chiedi consiglio a un patronato o a un avvocato.
elig-marriage-ended-pending = { $event ->
        [divorce] Divorzio
        [annulment] Annullamento del matrimonio
       *[other] Decesso del coniuge
    } del { $date }, dopo l'invio della domanda ({ $submitted }): la cittadinanza per matrimonio non può più essere concessa; comunicalo alla prefettura.
elig-income-household = Nucleo del { $year }: { $spouse ->
        [yes] coniuge a carico
       *[no] nessun coniuge a carico
    }, altri familiari a carico: { $others }.
elig-family-income-not-household = Reddito { $year } di { $name }: non è nello stesso stato di famiglia, quindi non si può sommare.
elig-family-income-household-unanswered = Reddito { $year } di { $name }: indica se è nello stesso stato di famiglia (solo allora si può sommare).

checklist-state-missing = Mancante
checklist-state-exempt = Non richiesto
checklist-state-provided = Allegato
checklist-state-expiring = In scadenza il { $date }
checklist-state-expired = Scaduto il { $date }
checklist-detail-country = { $country }
checklist-detail-year = anno { $year }
checklist-detail-replaces-birth-certificate = al posto dell'atto di nascita
checklist-detail-replaces-criminal-record = al posto del certificato penale
checklist-detail-contribution = contributo di 250 €
checklist-detail-stamp-duty = marca da bollo da 16 €
checklist-exempt-eu-citizen = I cittadini dell'Unione europea non hanno il permesso di soggiorno.
checklist-exempt-living-abroad = Non richiesto a chi risiede all'estero.
checklist-exempt-born-in-italy = Non richiesto a chi è nato in Italia.
checklist-exempt-atto-notorio = Per rifugiati e apolidi è sostituito dall'atto notorio.
checklist-exempt-before-14 = Non richiesto a chi è iscritto in Italia da prima dei 14 anni e vi risiede da allora.
checklist-exempt-eu-long-term-permit = Esente: titolare di permesso UE per soggiornanti di lungo periodo.
checklist-exempt-integration-agreement = Esente: firmatario dell'accordo di integrazione.
checklist-exempt-no-income = Nessun reddito dichiarato per quell'anno.

phase-draft = Bozza
phase-submitted = Domanda inviata
phase-accepted = Accettata (numero K10)
phase-submission-rejected = Domanda respinta dalla prefettura
phase-preliminary-assessment = Istruttoria
phase-ten-bis-notice = Preavviso di rigetto (art. 10-bis)
phase-prefecture-opinion = Parere della prefettura
phase-decree = Decreto di concessione
phase-rejected = Decreto di rigetto
phase-inadmissible = Inammissibilità
phase-notification = Notifica
phase-oath = Giuramento
phase-citizen = Cittadino italiano
phase-state-done = Completata
phase-state-current = In corso
phase-state-future = Da fare

deadline-today = oggi
deadline-tomorrow = domani
deadline-days-left = tra { $days } giorni
deadline-days-ago = { $days } giorni fa
deadline-urgent = Urgente
deadline-non-working-judicial = Il { $date } è { $day }: per legge il termine slitta al { $moved } (art. 155 c.p.c., art. 52 c.p.a.). Data sicura consigliata: { $safe }.
deadline-non-working-administrative = Il { $date } è { $day }: in genere il termine slitta al { $moved } (art. 2963 c.c.), ma per i termini amministrativi non è certo. Data sicura consigliata: { $safe }.
holiday-easter-sunday = Pasqua
holiday-easter-monday = Lunedì dell'Angelo (Pasquetta)
holiday-national = un giorno festivo nazionale
holiday-saturday = sabato
holiday-sunday = domenica
deadline-criminal-record-expiry = Scade il certificato penale { $subject }
deadline-criminal-record-expiry-desc = Il certificato penale vale 6 mesi dalla data di rilascio ({ $from }): la domanda va inviata entro il { $date }, altrimenti serve un certificato nuovo.
deadline-ten-bis-response = Risposta al preavviso di rigetto n. { $subject }
deadline-ten-bis-response-desc = Preavviso ricevuto il { $from }: invia documenti o osservazioni alla prefettura (PEC) entro il { $date }.
deadline-tar-appeal = Ultimo giorno per il ricorso al TAR
deadline-tar-appeal-desc = 60 giorni dalla notifica del { $from }. Rivolgiti a un avvocato per tempo.
deadline-president-appeal = Ultimo giorno per il ricorso straordinario al Presidente della Repubblica
deadline-president-appeal-desc = 120 giorni dalla notifica del { $from }, in alternativa al ricorso al TAR.
deadline-reapply-from = Da oggi puoi presentare una nuova domanda
deadline-reapply-from-desc = Dopo un decreto di rigetto la domanda si può ripresentare un anno dopo la notifica ({ $from }); dopo l'inammissibilità, subito.
deadline-oath = Ultimo giorno per il giuramento
deadline-oath-desc = Il giuramento va prestato entro 6 mesi dalla notifica del decreto ({ $from }). Prendi appuntamento con il tuo Comune.
deadline-processing-limit = Termine per la conclusione del procedimento
deadline-processing-limit-desc = Domanda inviata il { $from }: l'amministrazione deve decidere entro il { $date } (24 mesi, 48 per le domande inviate prima del 20/12/2020; i preavvisi di rigetto sospendono il termine).
deadline-processing-limit-extended = Termine massimo prorogato del procedimento
deadline-processing-limit-extended-desc = Domanda inviata il { $from }: con la proroga il termine arriva al { $date } (36 mesi).
calendar-name = Cittadinanza – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = Portale
portal-title = Portale e sincronizzazione
portal-address = Portale: { $url } (si cambia nelle Impostazioni)
portal-signed-in-as = Accesso effettuato come { $email } ({ $role })
portal-email = E-mail
portal-password = Password
portal-register = Crea un account
portal-register-hint = Gli sportelli ricevono l'account di operatore dal gestore del portale.
portal-credentials-required = Scrivi l'e-mail e la password.
portal-sync-now = Sincronizza ora
portal-syncing = Sincronizzazione in corso…
portal-sync-uploads = { $count ->
    [one] Un documento da caricare
   *[other] { $count } documenti da caricare
}
portal-offline = Il portale non è raggiungibile: le modifiche restano salvate qui e in coda, e partiranno alla prossima sincronizzazione.
portal-last-sync = Ultima sincronizzazione: { $time }
portal-never-synced = Nessuna sincronizzazione ancora.
portal-open-unnamed = Domanda senza nome
portal-status-unknown = Lo stato di questa domanda sul portale non è disponibile ora: aggiorna quando il portale è raggiungibile.
portal-not-sent = Questa domanda non è ancora sul portale: «Sincronizza ora» la invia come bozza.
portal-status-line = Stato: { $status }
portal-k10 = Numero K10: { $k10 }
portal-communications = Comunicazioni
portal-no-communications = Nessuna comunicazione dalla prefettura.
portal-deadline-left = Rispondi entro il { $date } ({ $days } giorni rimasti)
portal-deadline-passed = Il termine per rispondere è scaduto il { $date }
portal-refresh-status = Aggiorna stato
portal-submit = Invia la domanda
portal-submit-confirm = Inviare la domanda alla prefettura? Dopo l'invio non si può più modificare.
portal-submit-yes = Sì, invia
portal-submitted = Domanda inviata. Numero K10: { $k10 }
portal-conflict-title = { $name }: modifiche anche sul portale
portal-conflict-help = Queste sezioni sono state cambiate sia qui sia sul portale. Scegli per ciascuna quale versione tenere.
portal-conflict-field = { $field }: mia «{ $mine }», portale «{ $theirs }»
portal-conflict-more = … e altri { $count } campi
portal-conflict-apply = Applica le scelte
portal-value-yes = sì
portal-value-no = no
portal-associate-title = Associa pratica
portal-associate-help = Collega al tuo account una domanda già inviata (per esempio da uno sportello). Tutti i dati devono corrispondere alla domanda.
portal-associate-surname = Cognome
portal-associate-name = Nome
portal-associate-birth-date = Data di nascita (GG/MM/AAAA)
portal-associate-previous-email = E-mail indicata nella domanda
portal-associate-k10 = Numero K10 (es. K10/0000001)
portal-associate-required = Compila questo campo.
portal-associate = Associa
portal-upload-waiting = Da caricare: { $name }
portal-upload-failed = «{ $name }» non è stato caricato: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Un documento di un altro richiedente non è stato caricato: apri il richiedente per vedere perché.
   *[other] { $count } documenti di altri richiedenti non sono stati caricati: apri i richiedenti per vedere perché.
}
portal-field-file-name = Nome del file
portal-field-file-content = Contenuto del file
portal-procedure-draft-started = Domanda iniziata il
portal-procedure-k10 = Numero K10
portal-procedure-submission-rejected = Invio respinto dalla prefettura il
portal-procedure-assessment-started = Istruttoria iniziata il
portal-procedure-ten-bis = Preavviso (art. 10-bis)
portal-procedure-opinion = Parere della prefettura
portal-procedure-opinion-favourable = favorevole
portal-procedure-opinion-unfavourable = sfavorevole
portal-procedure-certificates = Certificati penali
portal-upload-damaged = Il documento «{ $name }» è danneggiato nella cartella dati di questo computer (il controllo di integrità non corrisponde) e non è stato caricato. Importalo di nuovo.
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documenti
nav-eligibility = Posso fare domanda?
documents-no-applicant = Apri un richiedente per vederne i documenti.
documents-title = Documenti di { $name }
documents-progress = { $ready } di { $total } pronti
documents-file-missing = Il file non è più nella cassaforte: aggiungilo di nuovo.
documents-file-damaged = Il file nella cassaforte è danneggiato: aggiungilo di nuovo.
documents-drop-target = Trascina qui un file: andrà a «{ $item }».
documents-drop-nothing = Nessun documento manca: un file trascinato qui non va a nessuna voce.
documents-check = Verifica i file
documents-checking = Verifica in corso…
documents-check-ok = { $count ->
    [one] Il file è integro.
   *[other] Tutti i { $count } file sono integri.
}
documents-check-bad = { $count ->
    [one] Un file manca o è danneggiato: è segnato nell'elenco.
   *[other] { $count } file mancano o sono danneggiati: sono segnati nell'elenco.
}
documents-no-dialog = Su questo computer non si può aprire la finestra di scelta dei file. Scrivi il percorso completo del file (oppure trascinalo su questa schermata).
documents-typed-path = Percorso del file, ad esempio /home/anna/scansioni/passaporto.pdf
documents-use-typed-path = Allega questo file
documents-typed-path-not-found = Nessun file in «{ $path }»: controlla il percorso.
documents-no-save-dialog = Su questo computer non si può aprire la finestra per salvare. Scrivi dove salvare la copia (percorso completo con il nome del file).
documents-typed-destination = Percorso della copia, ad esempio /home/anna/passaporto.pdf
documents-typed-destination-invalid = Non si può salvare in «{ $path }»: la cartella deve esistere e il nome del file va scritto.
file-dialog-no-save-dialog = Su questo computer non si può aprire la finestra per salvare. Scrivi dove salvare il file (percorso completo con il nome del file).
file-dialog-save-placeholder = Percorso completo, per esempio { $example }
file-dialog-save-here = Salva qui
file-dialog-no-folder-dialog = Su questo computer non si può aprire la finestra per scegliere una cartella. Scrivi il percorso completo della cartella.
file-dialog-folder-placeholder = Percorso completo della cartella
file-dialog-folder-not-found = Nessuna cartella in «{ $path }»: controlla il percorso.
file-dialog-use-folder = Usa questa cartella
documents-add-file = Aggiungi file
documents-replace-file = Sostituisci file
documents-open = Apri
documents-export = Esporta…
documents-remove = Rimuovi
documents-confirm-remove = Rimuovi definitivamente
documents-cancel = Annulla
documents-exported = Salvato in { $path }
documents-days-left = mancano { $days } giorni
documents-criminal-record-validity = Il certificato penale vale 6 mesi dalla data di rilascio: richiedine uno nuovo.
documents-issue-date-required = Data di rilascio (il certificato vale 6 mesi da questa data)
documents-issue-date-future = La data di rilascio non può essere nel futuro.
documents-country-required = Scrivi il paese che ha rilasciato il certificato.
documents-edit-issue-date = Data di rilascio…
documents-edit-issue-date-label = Data di rilascio del documento
documents-save-issue-date = Salva la data
documents-error-temp = Non è stato possibile scrivere una copia temporanea riservata del documento.
documents-error-viewer = Nessun programma ha potuto aprire il documento. Usa «Esporta…» e apri tu la copia.
eligibility-title = Posso fare domanda?
eligibility-from-draft = Compilato dalla domanda aperta. Le modifiche qui non cambiano la domanda.
eligibility-stand-alone = Rispondi alle domande qui sotto: non viene salvato nulla.
eligibility-reload-draft = Riprendi i valori dalla domanda
eligibility-basis = Base giuridica
eligibility-born-in-italy = Nato in Italia (lascia vuoto se discendi da un cittadino italiano per nascita)
eligibility-adoption-date = Data dell'adozione
eligibility-service-from = In servizio presso lo Stato italiano dal
eligibility-service-to = Fino al (vuoto se ancora in servizio)
eligibility-eu-citizen = Cittadino di un paese dell'Unione europea
eligibility-refugee-status = Condizione
eligibility-marriage-date = Data del matrimonio o dell'unione civile
eligibility-spouse-italian = Il coniuge è cittadino italiano
eligibility-children = Figli nati o adottati dai coniugi
eligibility-separated = Separato legalmente
eligibility-missing-title = Da inserire prima di una verifica:
eligibility-marriage-ended = Matrimonio sciolto, annullato o cessato
eligibility-residence = Residenza anagrafica in Italia
eligibility-from = Dal
eligibility-to-or-empty = Al (vuoto se ancora residente)
eligibility-period-from = inizio del periodo di residenza { $n }
eligibility-period-to = fine del periodo di residenza { $n }
eligibility-income = Reddito imponibile per anno (richiedente e famiglia)
eligibility-year = Anno d'imposta
eligibility-amount = Importo in euro
eligibility-income-year-of = anno d'imposta «{ $year }»
eligibility-income-of = reddito del { $year }
eligibility-dependent-spouse = Il coniuge è a carico
eligibility-other-dependants = Altri familiari a carico (figli, genitori …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = gennaio
editor-calendar-month-2 = febbraio
editor-calendar-month-3 = marzo
editor-calendar-month-4 = aprile
editor-calendar-month-5 = maggio
editor-calendar-month-6 = giugno
editor-calendar-month-7 = luglio
editor-calendar-month-8 = agosto
editor-calendar-month-9 = settembre
editor-calendar-month-10 = ottobre
editor-calendar-month-11 = novembre
editor-calendar-month-12 = dicembre
editor-calendar-mon = lu
editor-calendar-tue = ma
editor-calendar-wed = me
editor-calendar-thu = gi
editor-calendar-fri = ve
editor-calendar-sat = sa
editor-calendar-sun = do
editor-calendar-keys = Alt+↓ apre il calendario · frecce: giorno · Pag↑/Pag↓: mese (Maiusc: anno) · Invio: scegli · Esc: chiudi
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Scadenze
nav-pdf = Genera PDF
timeline-title = Andamento della pratica e scadenze
timeline-intro = Inserisci le date man mano che arrivano: le fasi e le scadenze si aggiornano da sole. Le date sono salvate con la domanda.
timeline-no-applicant = Apri prima un richiedente.
timeline-deadlines = Prossime scadenze
timeline-no-deadlines = Nessuna scadenza in arrivo.
timeline-phases = Fasi
timeline-events = Date della pratica
timeline-field-submitted = Domanda inviata il
timeline-field-accepted = Accettata dalla prefettura (numero K10) il
timeline-field-ten-bis-received = Preavviso di rigetto (art. 10-bis) ricevuto il
timeline-field-ten-bis-days = Giorni per rispondere al preavviso (se diversi da 10)
timeline-field-ten-bis-answered = Risposta al preavviso inviata il
timeline-field-prefecture-opinion = Parere della prefettura il
timeline-field-decree = Decreto del
timeline-field-decree-outcome = Esito del decreto
timeline-field-inadmissible = Domanda dichiarata inammissibile il
timeline-field-notified = Decreto notificato il
timeline-field-oath = Giuramento il
timeline-outcome-granted = Concessione della cittadinanza
timeline-outcome-rejected = Rigetto
timeline-days-invalid = Scrivi un numero di giorni tra 1 e 365.
timeline-export-ics = Esporta nel calendario (.ics)
timeline-exported = Calendario salvato in { $path }.
timeline-export-failed = Impossibile salvare il calendario: { $detail }
timeline-calendar-name = Cittadinanza – { $name }
timeline-notice-title = Preavviso di rigetto (art. 10-bis) n. { $number }
timeline-notice-add = Aggiungi un preavviso (art. 10-bis)
timeline-notice-remove = Rimuovi il preavviso
timeline-notice-confirm-remove = Rimuovere il preavviso n. { $number } e le sue date?
timeline-notice-remove-confirm = Sì, rimuovi
timeline-notice-due = Rispondere entro il { $date } ({ $left })
timeline-notice-answered = Risposta inviata il { $date }: nessuna scadenza per questo preavviso.
timeline-notice-no-date = Inserisci il giorno in cui è arrivato per vedere entro quando rispondere.
timeline-notice-decided = La pratica è decisa: nessuna scadenza per questo preavviso.
timeline-field-draft-started = Domanda iniziata il
timeline-field-planned-submission = Invio previsto il
timeline-k10-invalid = Il numero di pratica { $number } non è valido: { $error }
timeline-field-submission-rejected = Invio respinto dalla prefettura (da correggere e rinviare) il
timeline-field-assessment-started = Istruttoria iniziata il (se diverso dall'accettazione)
timeline-field-opinion-outcome = Esito del parere
timeline-opinion-favourable = Favorevole
timeline-opinion-unfavourable = Sfavorevole
timeline-not-given = — non indicato —
pdf-screen-title = Genera PDF
pdf-screen-intro = Scegli il documento: i dati della domanda sono già inseriti, completa quelli che mancano. Il PDF viene salvato solo dove scegli tu, oppure cifrato nell'archivio della domanda.
pdf-screen-no-applicant = Apri prima un richiedente.
pdf-screen-member = Familiare che provvede al mantenimento
pdf-screen-member-placeholder = Scegli il familiare
pdf-screen-missing = { $count ->
    [one] Manca un dato obbligatorio (segnato con *).
   *[other] Mancano { $count } dati obbligatori (segnati con *).
}
pdf-screen-field-required = Campo obbligatorio.
pdf-screen-field-invalid = Valore non valido.
pdf-screen-fill-missing = Completa i campi segnati prima di generare il documento.
pdf-screen-choose = Scegli…
pdf-screen-generate = Genera
pdf-screen-ready = Documento pronto: salvalo o conservalo nell'archivio.
pdf-screen-save-as = Salva con nome…
pdf-screen-saved = PDF salvato in { $path }.
pdf-screen-save-failed = Impossibile salvare il PDF: { $detail }
pdf-screen-keep = Conserva nell'archivio
pdf-screen-pec-save = Salva bozza PEC (.eml)
pdf-screen-pec-copy = Copia testo PEC
pdf-screen-pec-copied = Oggetto e testo della PEC copiati negli appunti.
err-pec-name-missing = Per la PEC servono cognome e nome (sezione 2).
err-pec-write = Non è stato possibile scrivere il messaggio PEC.
pdf-screen-kept = PDF conservato (cifrato) tra i documenti della domanda.
# --- end timeline and pdf screens ---

# Versioni, copie e trasferimento (schermata Versioni; importazione nella lista dei richiedenti)
nav-history = Versioni e copie
history-title = Versioni, copie e trasferimento
history-versions = Versioni salvate
history-version = Versione { $version } · salvata il { $time } · { $done } di 12 sezioni complete
history-current = Versione attuale
history-restore = Ripristina
history-confirm-restore = Ripristinare la versione { $version }? La bozza attuale resta nell'elenco e si può ripristinare a sua volta.
history-restore-confirm = Sì, ripristina
history-restored = Versione { $version } ripristinata: è ora la bozza attuale.
history-copy = Copia
history-copy-intro = Crea un nuovo richiedente con gli stessi dati e documenti (senza numero K10 né cronologia), ad esempio per il coniuge o per una nuova domanda dopo un rigetto.
history-duplicate = Duplica questa domanda
history-export = Esporta in un file cifrato
history-export-intro = Salva questo richiedente (tutte le versioni e i documenti) in un file cifrato con una passphrase, per spostarlo su un altro computer o sportello. Comunica la passphrase a parte, mai insieme al file.
history-passphrase = Passphrase del file
history-passphrase-repeat = Ripeti la passphrase
history-passphrase-mismatch = Le due passphrase non coincidono.
history-export-typed-path = Percorso del file, ad esempio /media/chiavetta/rossi.cittadinanza
history-export-button = Esporta…
history-exporting = Esportazione in corso…
history-exported = Richiedente esportato in { $path }.
history-file-stem = richiedente
applicants-import = Importa da file…
applicants-import-file = Importa "{ $file }"
applicants-import-passphrase = Passphrase del file
applicants-import-no-dialog = Su questo computer non si può aprire la finestra di scelta dei file. Scrivi il percorso completo del file .cittadinanza da importare.
applicants-import-typed-path = Percorso del file, ad esempio /media/chiavetta/rossi.cittadinanza
applicants-import-confirm = Importa

# --- drafts from newer versions ---
editor-newer-version = Questa pratica è stata salvata da una versione più recente dell'app: { $count } valori non sono stati capiti e non compaiono qui ({ $values }). La versione salvata resta intatta nella cronologia: aggiorna l'app per ritrovarli.
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = L'allegato riporta una data di rilascio diversa da quella dichiarata nella sezione 8 ({ $date }), che è quella che conta per la validità di sei mesi: correggi l'allegato o la sezione 8.
err-not-a-count = Scrivi un numero intero (ad esempio 2).
err-unknown-prefecture = Scegli la prefettura dall'elenco: deve essere quella della provincia in cui risiedi.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = Hai un permesso UE per soggiornanti di lungo periodo: invece di allegare il certificato B1 puoi dichiarare l'esenzione, scegliendo «Titolare di permesso UE di lungo periodo» qui sopra.
hint-subsidiary-protection-letter-f = Il tuo permesso è per protezione sussidiaria: la lettera e) vale solo per rifugiati e apolidi. Scegli la lettera f) (10 anni); i certificati di nascita e penale vanno presentati.
hint-residence-gap-proof = La residenza si conta dalla nuova iscrizione. Se nel frattempo hai vissuto in Italia, conserva contratti, buste paga e certificati medici: la prefettura può accettarli come prova della presenza ininterrotta.
hint-family-income-not-household = Chi non è nello stesso stato di famiglia non può sommare il proprio reddito al tuo: questo importo non viene contato.
hint-marriage-event = Per la cittadinanza per matrimonio il matrimonio deve durare, senza separazione, fino al decreto: vedi la verifica dei requisiti.
hint-criminal-record-expires-before-planned = Questo certificato penale scade prima della data di invio prevista (vedi Scadenze): invia prima o procurati un certificato nuovo.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Caricamento di { $name }: { $sent } di { $total }
# --- end upload progress ---
