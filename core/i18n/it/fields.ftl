# Le parole del modulo (core/src/form.rs): sezioni, etichette dei campi, scelte e rilettura.
# Una sola copia per lingua: la libreria le usa per il riepilogo PDF, l'app le carica
# accanto a i18n/it/cittadinanza.ftl.

## Rilettura (sezione 12)
review-title = Rileggi prima di inviare
review-intro = Tutte le risposte delle dodici sezioni, come le hai date. Ciò che manca o va corretto è in cima; «Modifica» porta al campo.
review-missing = { $count ->
    [one] Manca o va corretto un dato:
   *[other] Mancano o vanno corretti { $count } dati:
}
review-nothing-missing = Non manca nulla: tutte le sezioni sono complete.
review-change = Modifica
review-no-answers = Nessuna risposta in questa sezione.
review-answers = Le risposte, sezione per sezione
review-yes = Sì

## Sezioni
section-legal-basis = Presupposto della domanda
section-personal = Dati anagrafici
section-birth-certificate = Atto di nascita
section-entry-stay = Ingresso e soggiorno
section-residences = Residenze in Italia
section-family = Famiglia
section-income = Redditi
section-judicial = Situazione penale
section-language = Conoscenza della lingua italiana
section-payments = Pagamenti
section-documents = Documenti
section-consent = Dichiarazioni e invio

## Scelte
choice-yes = Sì
choice-no = No
basis-art5-italy = Art. 5 – matrimonio con cittadino italiano, residenza in Italia
basis-art5-abroad = Art. 5 – matrimonio con cittadino italiano, residenza all'estero
basis-art9-a = Art. 9 c.1 a) – nato in Italia o discendente di cittadino per nascita
basis-art9-b = Art. 9 c.1 b) – maggiorenne adottato da cittadino italiano
basis-art9-c = Art. 9 c.1 c) – servizio allo Stato italiano
basis-art9-d = Art. 9 c.1 d) – cittadino dell'Unione europea
basis-art9-e = Art. 9 c.1 e) – apolide o rifugiato
basis-art9-f = Art. 9 c.1 f) – residenza legale da almeno 10 anni
refugee-status-refugee = Rifugiato
refugee-status-stateless = Apolide
sex-male = Maschio
sex-female = Femmina
marital-single = Celibe/nubile
marital-married = Coniugato/a
marital-civil-union = Unito/a civilmente
marital-separated = Separato/a
marital-divorced = Divorziato/a
marital-widowed = Vedovo/a
legalisation-apostille = Apostille
legalisation-consular = Legalizzazione consolare
legalisation-exempt = Esente (convenzione)
permit-eu-long-term = Permesso UE per soggiornanti di lungo periodo
permit-work = Lavoro
permit-family = Motivi familiari
permit-study = Studio
permit-asylum = Asilo
permit-subsidiary-protection = Protezione sussidiaria
permit-eu-registration = Attestazione di soggiorno (cittadini UE)
permit-other = Altro
relationship-spouse = Coniuge
relationship-child = Figlio/a
relationship-parent = Genitore
relationship-sibling = Fratello/sorella
relationship-other-relative = Altro parente
relationship-other = Altro
income-source-cu = Certificazione Unica
income-source-730 = Modello 730
income-source-unico = Modello Redditi
income-source-none = Nessun reddito dichiarato
gap-reason-cancelled-reregistered = Iscrizione cancellata e poi ripristinata
gap-reason-lived-abroad = Ho vissuto all'estero
gap-reason-other = Altro motivo
exemption-none = Nessuna esenzione: certificato B1
exemption-eu-long-term-permit = Titolare di permesso UE di lungo periodo
exemption-integration-agreement = Firmatario dell'accordo di integrazione
exemption-italian-qualification = Titolo di studio italiano
doc-birth-certificate = Atto di nascita
doc-criminal-record = Certificato penale
doc-identity-document = Documento di identità
doc-residence-permit = Permesso di soggiorno
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Certificato di lingua italiana
doc-income-statement = Dichiarazione dei redditi
doc-payment-receipt = Ricevuta di pagamento
doc-marriage-certificate = Atto di matrimonio
doc-atto-notorio = Atto notorio
doc-other = Altro documento

## Campi: 1 presupposto
field-legal-basis-basis = Presupposto giuridico
field-legal-basis-prefecture = Prefettura competente
field-legal-basis-art9a-born-in-italy = Nato/a in Italia (altrimenti: discendente di cittadino per nascita)
field-legal-basis-adoption-date = Data dell'adozione
field-legal-basis-state-service-employer = Amministrazione presso cui si è prestato servizio
field-legal-basis-state-service-from = Servizio dal
field-legal-basis-state-service-to = Servizio fino al
field-legal-basis-refugee-or-stateless = Rifugiato o apolide
field-legal-basis-status-recognised-on = Data di riconoscimento dello status

## Campi: 2 dati anagrafici
field-personal-surname = Cognome
field-personal-name = Nome
field-personal-birth-surname = Cognome alla nascita (se diverso)
field-personal-sex = Sesso
field-personal-birth-date = Data di nascita
field-personal-birth-place-town = Luogo di nascita
field-personal-birth-place-province = Provincia di nascita (solo Italia)
field-personal-birth-place-country = Stato di nascita
field-personal-citizenships = Cittadinanze attuali
field-personal-codice-fiscale = Codice fiscale
field-personal-residence-street = Indirizzo di residenza
field-personal-residence-house-number = Numero civico
field-personal-residence-postcode = CAP
field-personal-residence-municipality = Comune di residenza
field-personal-residence-province = Provincia
field-personal-email = Email
field-personal-phone = Telefono
field-personal-marital-status = Stato civile

## Campi: 3 atto di nascita
field-birth-certificate-issuing-authority = Autorità che ha rilasciato l'atto
field-birth-certificate-act-number = Numero dell'atto
field-birth-certificate-issue-date = Data di rilascio
field-birth-certificate-legalisation = Legalizzazione
field-birth-certificate-legalisation-date = Data della legalizzazione
field-birth-certificate-translated = Tradotto in italiano (o modello plurilingue)
field-birth-certificate-replaced-by-atto-notorio = Sostituito da atto notorio (rifugiati e apolidi)

## Campi: 4 ingresso e soggiorno
field-entry-stay-first-entry-date = Data del primo ingresso in Italia
field-entry-stay-permit-type = Tipo di permesso di soggiorno
field-entry-stay-permit-number = Numero del permesso
field-entry-stay-permit-issuer = Questura che lo ha rilasciato
field-entry-stay-permit-issue-date = Data di rilascio del permesso
field-entry-stay-permit-expiry-date = Scadenza del permesso (vuota se illimitato)
field-entry-stay-foreign-document-kind = Documento straniero (passaporto, carta d'identità…)
field-entry-stay-foreign-document-number = Numero del documento
field-entry-stay-foreign-document-issuer = Rilasciato da
field-entry-stay-foreign-document-issue-date = Data di rilascio
field-entry-stay-foreign-document-expiry-date = Data di scadenza
field-entry-stay-italian-id-card-kind = Documento italiano (facoltativo)
field-entry-stay-italian-id-card-number = Numero del documento italiano
field-entry-stay-italian-id-card-issuer = Comune che lo ha rilasciato
field-entry-stay-italian-id-card-issue-date = Data di rilascio del documento italiano
field-entry-stay-italian-id-card-expiry-date = Scadenza del documento italiano

## Campi: 5 residenze
field-residences-periods = Periodi di residenza anagrafica in Italia
field-residences-periods-municipality = Comune
field-residences-periods-province = Provincia
field-residences-periods-from = Dal
field-residences-periods-to = Al (vuoto se attuale)
field-residences-periods-gap-before-reason = Interruzione prima di questo periodo: motivo (solo se c'è un vuoto)
field-residences-registered-in-italy-before-14 = Iscritto/a all'anagrafe in Italia prima dei 14 anni

## Campi: 6 famiglia
field-family-spouse-surname = Cognome del coniuge
field-family-spouse-name = Nome del coniuge
field-family-spouse-birth-date = Data di nascita del coniuge
field-family-spouse-birth-place-town = Luogo di nascita del coniuge
field-family-spouse-birth-place-province = Provincia di nascita del coniuge
field-family-spouse-birth-place-country = Stato di nascita del coniuge
field-family-spouse-codice-fiscale = Codice fiscale del coniuge
field-family-spouse-italian-citizen = Il coniuge è cittadino italiano
field-family-spouse-marriage-date = Data del matrimonio
field-family-spouse-marriage-place = Luogo del matrimonio
field-family-spouse-transcription-municipality = Comune di trascrizione del matrimonio
field-family-spouse-transcription-date = Data di trascrizione
field-family-spouse-separation-date = Data della separazione (se avvenuta)
field-family-spouse-divorce-date = Data del divorzio (se avvenuto)
field-family-spouse-annulment-date = Data dell'annullamento (se avvenuto)
field-family-spouse-death-date = Data del decesso del coniuge (se avvenuto)
field-family-children-with-spouse = Figli nati o adottati dai coniugi
field-family-household = Componenti del nucleo familiare
field-family-household-surname = Cognome
field-family-household-name = Nome
field-family-household-birth-date = Data di nascita
field-family-household-birth-place-town = Luogo di nascita
field-family-household-birth-place-province = Provincia di nascita
field-family-household-birth-place-country = Stato di nascita
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Rapporto di parentela
field-family-household-dependant = A carico

## Campi: 7 redditi
field-income-years = Redditi degli ultimi tre anni
field-income-years-year = Anno d'imposta
field-income-years-amount = Reddito imponibile (€)
field-income-years-source = Dichiarazione
field-income-years-dependent-spouse = Coniuge a carico in quell'anno (vuoto = come nella sezione 6)
field-income-years-other-dependants = Altri familiari a carico in quell'anno (numero; vuoto = dalla sezione 6, contando i nati entro l'anno)
field-income-years-family-income = Redditi dei familiari conviventi
field-income-years-family-income-member-name = Familiare
field-income-years-family-income-amount = Reddito (€)
field-income-years-family-income-source = Dichiarazione
field-income-years-family-income-same-household = Nello stesso stato di famiglia del richiedente?

## Campi: 8 situazione penale
field-judicial-no-convictions = Nessuna condanna penale in Italia o all'estero
field-judicial-convictions-details = Dettagli di condanne o procedimenti
field-judicial-pending-proceedings = Procedimenti penali in corso
field-judicial-certificates = Certificati penali dei Paesi di residenza
field-judicial-certificates-country = Paese
field-judicial-certificates-issue-date = Data di rilascio
field-judicial-certificates-legalisation = Legalizzazione
field-judicial-certificates-translated = Tradotto in italiano

## Campi: 9 lingua
field-language-exemption = Esenzione dal certificato di lingua
field-language-certifying-body = Ente certificatore (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Livello
field-language-certificate-number = Numero del certificato
field-language-certificate-date = Data del certificato

## Campi: 10 pagamenti
field-payments-contribution-iuv = Contributo di 250 €: codice avviso pagoPA / IUV
field-payments-contribution-paid-on = Contributo pagato il
field-payments-contribution-amount = Importo del contributo (€)
field-payments-stamp-duty-iuv = Marca da bollo di 16 €: codice identificativo
field-payments-stamp-duty-paid-on = Marca da bollo acquistata il
field-payments-stamp-duty-amount = Importo della marca da bollo (€)

## Campi: 12 dichiarazioni
field-consent-truthfulness = Dichiaro che i dati sono veri (artt. 46, 47, 75 e 76 DPR 445/2000)
field-consent-privacy = Ho letto l'informativa sul trattamento dei dati personali (art. 13 GDPR)
field-consent-reviewed = Ho ricontrollato tutta la domanda
