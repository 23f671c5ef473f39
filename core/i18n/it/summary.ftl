# The Italian text of the application summary PDF (core::pdf::render_summary), beside the
# form's words of fields.ftl (one copy, loaded by the app too). The same
# messages, word for word, as the app's i18n/it/cittadinanza.ftl (the app's test
# tests/core_italian.rs checks it), so that the library needs no file of the app.

## The summary itself

pdf-summary-title = Riepilogo della domanda di cittadinanza
pdf-summary-printed-on = Stampato il { $date } – promemoria per lo sportello, non è un documento ufficiale
pdf-summary-footer = Riepilogo – { $name } – { $date }
pdf-summary-unnamed = (nome non ancora inserito)
pdf-summary-applicant = Richiedente
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

## Labels of the applicant block

pdf-label-name = Cognome e nome
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Data e luogo di nascita
pdf-label-citizenship = Cittadinanza
pdf-label-basis = Presupposto della domanda
pdf-label-prefecture = Prefettura
pdf-label-k10 = Numero di pratica
pdf-label-email = E-mail / PEC
pdf-label-phone = Telefono

## Page numbers

pdf-page-of = Pagina { $page } di { $pages }

## Checklist details and exemption reasons

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

## What is wrong with a field (rules::Problem)

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
err-k10-empty = Inserisci il numero K10.
err-k10-prefix = Il numero K10 inizia con «K10/», per esempio K10/0000001 o K10/C/0000001.
err-k10-kind = Dopo «K10/» seguono sette cifre (per residenza) oppure «C/» e sette cifre (per matrimonio).
err-k10-digits = Il numero deve avere sette cifre, zeri iniziali compresi; qui ce ne sono { $found }.
err-k10-character = Il numero contiene «{ $character }»: sono ammesse solo cifre.
err-k10-zero = 0000000 non è un numero K10 valido.
err-k10-wrong-kind-marriage = Per la cittadinanza per matrimonio (art. 5) il numero ha la forma { $expected }, con «C/».
err-k10-wrong-kind-naturalisation = Per la cittadinanza per residenza (art. 9) il numero ha la forma { $expected }, senza «C/».
err-pdf-missing-fields = { $count ->
    [one] Manca un dato necessario per stampare il documento.
   *[other] Mancano { $count } dati necessari per stampare il documento.
}
err-pdf-unknown-field = Campo sconosciuto: { $field }.
err-pdf-invalid-value = Valore non valido per { $field }.
err-pdf-font = Il carattere tipografico incorporato non è leggibile: reinstalla l'applicazione.
err-pec-name-missing = Per la PEC servono cognome e nome (sezione 2).
err-pec-write = Non è stato possibile scrivere il messaggio PEC.
err-issue-date-mismatch = L'allegato riporta una data di rilascio diversa da quella dichiarata nella sezione 8 ({ $date }), che è quella che conta per la validità di sei mesi: correggi l'allegato o la sezione 8.
err-not-a-count = Scrivi un numero intero (ad esempio 2).
err-unknown-prefecture = Scegli la prefettura dall'elenco: deve essere quella della provincia in cui risiedi.
