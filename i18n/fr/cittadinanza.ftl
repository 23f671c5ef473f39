# Cittadinanza — interface en français (tous les écrans ; l'italien sert de secours).

app-title = Cittadinanza
app-subtitle = Demande de nationalité italienne
app-opening = Ouverture du dossier de données…
app-notice-dismiss = J'ai compris
app-closing-waiting = La fenêtre se ferme dès que chaque dossier et chaque fichier est enregistré.
app-close-anyway = Fermer quand même (les modifications non enregistrées sont perdues)
common-cancel = Annuler
settings-save-failed = Impossible d'enregistrer les paramètres : { $detail }

nav-applicants = Demandeurs
nav-home = Ma demande
nav-application = Demande
nav-settings = Paramètres
nav-welcome = Bienvenue et guide
welcome-title = Bienvenue dans Cittadinanza
welcome-intro = Cette application aide les étrangers qui vivent en Italie à préparer leur demande de nationalité italienne pour le portail du ministère de l'Intérieur, et aide les guichets (patronati, associations, mairies) qui accompagnent les demandeurs.
welcome-private = Tout reste sur cet ordinateur, chiffré. Rien n'est envoyé tant que vous ne vous connectez pas au portail.
welcome-paths = Les deux voies
welcome-path-residence = Par la résidence (art. 9) : après une période de résidence légale en Italie, en règle générale 10 ans (4 pour les citoyens de l'Union européenne, 5 pour les réfugiés et apatrides), avec des revenus suffisants les trois dernières années.
welcome-path-marriage = Par le mariage (art. 5) : si vous êtes marié ou uni civilement à un citoyen italien, après 2 ans de résidence en Italie depuis le mariage (3 si vous vivez à l'étranger), réduits de moitié si vous avez des enfants.
welcome-at-hand = Ce qu'il faut avoir sous la main
welcome-have-identity = passeport ou pièce d'identité, titre de séjour et codice fiscale
welcome-have-birth = acte de naissance légalisé (ou apostillé) et traduit
welcome-have-record = extrait de casier judiciaire du pays d'origine et de chaque autre pays où vous avez vécu depuis 14 ans (valable 6 mois après sa délivrance)
welcome-have-residence = les adresses où vous avez vécu en Italie, avec les dates
welcome-have-income = vos revenus des trois dernières années (CU, 730 ou Unico ; voie de la résidence seulement)
welcome-have-language = le certificat d'italien B1, sauf si vous en êtes dispensé
welcome-eligibility-title = Puis-je faire la demande ?
welcome-eligibility-hint = Quelques questions vous disent si vous pouvez déjà faire la demande, ou à partir de quand.
welcome-eligibility = Vérifier maintenant
welcome-who-title = Qui utilise l'application ?
welcome-who-hint = Vous pourrez le changer plus tard dans les paramètres (mode guichet).
welcome-myself = Pour moi-même
welcome-help-desk = Je suis un guichet d'aide
nav-glossary = Glossaire

applicants-title = Demandeurs
applicants-my-application = Ma demande
applicants-search = Rechercher par nom, codice fiscale ou numéro K10
applicants-show-archived = Afficher les archivés
applicants-showing = { $shown } sur { $total } affichées : cherchez par nom, codice fiscale ou K10 pour réduire la liste.
applicants-show-more = Afficher { $count } de plus
applicants-new = Nouveau demandeur
applicants-empty = Aucune demande trouvée.
applicants-start = Commencer une nouvelle demande
applicants-unnamed = (sans nom)
applicants-last-saved = enregistré le { $time }
applicants-archived = archivé
applicants-progress = { $done } sections complètes sur { $total }
applicants-open = Ouvrir
applicants-archive = Archiver
applicants-unarchive = Restaurer
applicants-delete = Supprimer
applicants-confirm-delete = Supprimer définitivement la demande de { $name } et ses documents ?
applicants-delete-confirm = Oui, supprimer

editor-section-complete = Section complète
editor-section-incomplete = Section à compléter
editor-saving = Enregistrement…
editor-unsaved = Modifications non enregistrées
editor-saved-at = Enregistré à { $time }
editor-not-saved-yet = Pas encore enregistré
editor-back = ← Demandeurs
editor-save = Enregistrer
editor-previous = ← Section précédente
editor-next = Section suivante →
editor-add-row = + Ajouter
editor-remove-row = Retirer
editor-attachments = Documents joints
editor-no-attachments = Aucun document joint.
editor-issued-on = délivré le { $date }
editor-attach-new = Joindre un document
editor-attach-kind = Type de document
editor-attach-issue-date = Date de délivrance (si utile)
editor-attach-country = Pays (casiers judiciaires)
editor-attach-choose-file = Choisir le fichier…
editor-choose-kind-first = Choisissez d'abord le type de document.
placeholder-date = JJ/MM/AAAA
placeholder-comma-list = séparées par des virgules
placeholder-choose = Choisir…
editor-prefecture-propose = Proposer : préfecture de { $name } (province de résidence)
editor-consulate-label = Office consulaire compétent (résidence à l'étranger)
editor-consulate-placeholder = par exemple Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Écrivez le nom de l'office consulaire italien compétent pour votre lieu de résidence, tel qu'il figure sur le site de l'ambassade ou du consulat : l'application n'a pas de liste des consulats. Les documents seront adressés à cet office.

settings-title = Paramètres
settings-language = Langue
settings-theme = Thème
settings-text-scale = Taille du texte : { $percent } %
settings-data-folder = Dossier des données
settings-choose-folder = Choisir un dossier…
settings-default-folder = Dossier par défaut
settings-restart-needed = Le nouveau dossier sera utilisé au prochain démarrage.
settings-portal-url = Adresse du portail
settings-help-desk = Mode guichet (plusieurs demandeurs)
settings-help-desk-hint = Pour les associations et guichets qui accompagnent plusieurs personnes. Désactivé, l'application n'affiche que votre demande.
theme-light = Clair
theme-dark = Sombre
theme-high-contrast = Contraste élevé

## Glossary
glossary-title = Glossaire
glossary-intro = Les mots de l'administration italienne que vous rencontrez dans la demande et dans les lettres de la préfecture, expliqués en bref. L'original italien est celui qu'emploient les lettres.
glossary-italian = En italien : { $term }
glossary-prefettura = Préfecture
glossary-prefettura-desc = Le bureau de l'État dans la province qui reçoit la demande de citoyenneté, l'examine et communique les décisions.
glossary-comune = Commune
glossary-comune-desc = L'administration de la ville ou du village : elle tient le registre des résidents, délivre les certificats et organise le serment.
glossary-codice-fiscale = Code fiscal
glossary-codice-fiscale-desc = Le code de 16 caractères qui identifie chaque personne auprès du fisc et des administrations en Italie.
glossary-residenza-anagrafica = Résidence déclarée
glossary-residenza-anagrafica-desc = L'inscription au registre de la population de la commune où vous habitez. Pour la citoyenneté seule compte la résidence inscrite, pas le simple séjour.
glossary-permesso-di-soggiorno = Titre de séjour
glossary-permesso-di-soggiorno-desc = Le document délivré par la Questura qui autorise un citoyen non européen à rester en Italie.
glossary-permesso-ue-lungo-periodo = Permis de séjour UE de longue durée
glossary-permesso-ue-lungo-periodo-desc = Le titre de séjour à durée illimitée pour qui vit légalement en Italie depuis au moins cinq ans ; il dispense du certificat de langue.
glossary-questura = Questure (préfecture de police)
glossary-questura-desc = Le bureau provincial de la Police d'État qui délivre et renouvelle les titres de séjour.
glossary-atto-notorio = Déclaration sous serment
glossary-atto-notorio-desc = Une déclaration faite sous serment devant un officier public ; pour les réfugiés et les apatrides elle remplace l'acte de naissance.
glossary-nucleo-familiare = Foyer
glossary-nucleo-familiare-desc = Les personnes inscrites comme une seule famille au registre de la population (le « stato di famiglia ») ; leurs revenus peuvent s'ajouter à ceux du demandeur.
glossary-reddito-imponibile = Revenu imposable
glossary-reddito-imponibile-desc = Le revenu sur lequel on paie l'impôt, indiqué dans la déclaration de revenus ou dans la Certificazione Unica.
glossary-certificato-penale = Extrait de casier judiciaire
glossary-certificato-penale-desc = Le certificat des antécédents judiciaires du pays de naissance et des pays de résidence ; valable six mois à partir de sa délivrance.
glossary-marca-da-bollo = Timbre fiscal
glossary-marca-da-bollo-desc = Le timbre de 16 € acheté dans un bureau de tabac ou en ligne ; la demande indique son code.
glossary-pagopa = pagoPA
glossary-pagopa-desc = Le système de paiement de l'administration publique ; il sert à verser la contribution de 250 € et donne le code IUV.
glossary-autocertificazione = Déclaration sur l'honneur
glossary-autocertificazione-desc = Une déclaration signée qui remplace un certificat ; une fausse déclaration est une infraction pénale.
glossary-spid = SPID (identité numérique)
glossary-spid-desc = L'identité numérique pour se connecter au portail du ministère de l'Intérieur et aux autres services publics en ligne.
glossary-pec = Courriel certifié
glossary-pec-desc = Un courriel à valeur légale, comme une lettre recommandée avec accusé de réception.
glossary-numero-k10 = Numéro K10
glossary-numero-k10-desc = Le numéro de dossier que la préfecture attribue à une demande acceptée ; indiquez-le dans chaque communication.
glossary-preavviso-di-rigetto = Préavis de rejet
glossary-preavviso-di-rigetto-desc = La lettre (art. 10-bis) par laquelle la préfecture annonce son intention de rejeter la demande : vous pouvez répondre avec des documents et des observations dans le délai indiqué.
glossary-decreto = Décret d'octroi
glossary-decreto-desc = L'acte qui accorde la citoyenneté ; il est notifié par la commune ou par la préfecture.
glossary-giuramento = Serment
glossary-giuramento-desc = La promesse de fidélité à la République, prêtée à la commune dans les six mois suivant la notification du décret : dès ce jour vous êtes citoyen italien.

unlock-title = Ouvrir le dossier des données
unlock-explanation = Vos données sont chiffrées avec la phrase secrète choisie pour ce dossier. Saisissez-la pour ouvrir le dossier.
unlock-passphrase = Phrase secrète
unlock-open = Ouvrir
unlock-create-title = Choisissez une phrase secrète
unlock-create-explanation = Vos données seront chiffrées avec une phrase secrète à saisir à chaque démarrage. Elle doit avoir au moins { $min } caractères ; une phrase de plusieurs mots est plus facile à retenir et plus sûre.
unlock-keyring-unavailable = Le trousseau du système n'est pas disponible, les données sont donc protégées par une phrase secrète.
unlock-details = Détails
unlock-details-hide = Masquer les détails
unlock-repeat = Répétez la phrase secrète
unlock-min-length = Au moins { $min } caractères.
unlock-strength-too-short = Trop courte : il faut au moins { $min } caractères.
unlock-strength-weak = Faible : ajoutez des mots, des chiffres ou des signes.
unlock-strength-fair = Correcte.
unlock-strength-strong = Solide.
unlock-no-recovery = Attention : si vous oubliez la phrase secrète, personne ne pourra récupérer les données. Notez-la et gardez-la en lieu sûr.
unlock-mismatch = Les deux phrases secrètes ne sont pas identiques.
unlock-create = Créer et continuer

# --- portal screen ---
nav-portal = Portail
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documents
nav-eligibility = Puis-je faire la demande ?
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = janvier
editor-calendar-month-2 = février
editor-calendar-month-3 = mars
editor-calendar-month-4 = avril
editor-calendar-month-5 = mai
editor-calendar-month-6 = juin
editor-calendar-month-7 = juillet
editor-calendar-month-8 = août
editor-calendar-month-9 = septembre
editor-calendar-month-10 = octobre
editor-calendar-month-11 = novembre
editor-calendar-month-12 = décembre
editor-calendar-mon = lu
editor-calendar-tue = ma
editor-calendar-wed = me
editor-calendar-thu = je
editor-calendar-fri = ve
editor-calendar-sat = sa
editor-calendar-sun = di
editor-calendar-keys = Alt+↓ ouvre le calendrier · flèches : jour · Pg↑/Pg↓ : mois (Maj : année) · Entrée : choisir · Échap : fermer
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Échéances
nav-pdf = Générer un PDF
# --- end timeline and pdf screens ---

# Versions, copies et transfert
nav-history = Versions et copies
history-title = Versions, copies et transfert
history-versions = Versions enregistrées
history-version = Version { $version } · enregistrée le { $time } · { $done } sections complètes sur 12
history-current = Version actuelle
history-restore = Restaurer
history-confirm-restore = Restaurer la version { $version } ? Le brouillon actuel reste dans la liste et peut être restauré à son tour.
history-restore-confirm = Oui, restaurer
history-restored = Version { $version } restaurée : c'est maintenant le brouillon actuel.
history-copy = Copie
history-copy-intro = Crée un nouveau demandeur avec les mêmes données et documents (sans numéro K10 ni historique), par exemple pour le conjoint ou pour une nouvelle demande après un rejet.
history-duplicate = Dupliquer cette demande
history-export = Exporter dans un fichier chiffré
history-export-intro = Enregistre ce demandeur (toutes les versions et tous les documents) dans un fichier chiffré par une phrase secrète, pour le déplacer vers un autre ordinateur ou guichet. Communiquez la phrase secrète séparément, jamais avec le fichier.
history-passphrase = Phrase secrète du fichier
history-passphrase-repeat = Répétez la phrase secrète
history-passphrase-mismatch = Les deux phrases secrètes ne correspondent pas.
history-export-typed-path = Chemin du fichier, par exemple /media/cle/rossi.cittadinanza
history-export-button = Exporter…
history-exporting = Exportation en cours…
history-exported = Demandeur exporté dans { $path }.
history-file-stem = demandeur
applicants-import = Importer un fichier…
applicants-import-file = Importer « { $file } »
applicants-import-passphrase = Phrase secrète du fichier
applicants-import-no-dialog = Aucune fenêtre de choix de fichier ne peut s'ouvrir sur cet ordinateur. Saisissez le chemin complet du fichier .cittadinanza à importer.
applicants-import-typed-path = Chemin du fichier, par exemple /media/cle/rossi.cittadinanza
applicants-import-confirm = Importer

# --- drafts from newer versions ---
editor-newer-version = Ce dossier a été enregistré par une version plus récente de l'application : { $count } valeurs n'ont pas été comprises et ne sont pas affichées ici ({ $values }). La version enregistrée reste intacte dans l'historique : mettez l'application à jour pour les retrouver.
# --- end drafts from newer versions ---

# --- completed translations ---
error-internal = Une erreur interne s'est produite. Les données déjà enregistrées n'ont pas été modifiées.
placeholder-amount = 12345,67
err-cf-empty = Saisissez le codice fiscale.
err-cf-length = Un codice fiscale compte 16 caractères ; celui-ci en a { $found }.
err-cf-character = Le caractère { $position } (« { $character } ») n'est pas autorisé à cette position d'un codice fiscale.
err-cf-check-letter = La dernière lettre (caractère de contrôle) devrait être { $expected } et non { $found } : vérifiez que le code a été recopié correctement.
err-cf-month = « { $found } » n'est pas une lettre de mois valide (A B C D E H L M P R S T).
err-cf-day = Le jour { $day } n'existe pas dans le mois { $month } (pour les femmes, le jour est augmenté de 40).
err-cf-unknown-place = Aucune commune ni aucun pays étranger n'a le code { $code }.
err-cf-place-code-format = « { $code } » n'est pas un code de lieu (une lettre et trois chiffres, par ex. H501 ou Z404).
err-cf-surname-missing = Le nom manque (il faut au moins une lettre).
err-cf-name-missing = Le prénom manque (il faut au moins une lettre).
err-cf-unsupported-character = { $field ->
        [surname] Le nom
       *[name] Le prénom
    } contient « { $character } », qui n'a pas d'équivalent en lettres latines : écrivez-le comme sur le passeport ou le titre de séjour.
err-cf-place-missing = Le lieu de naissance manque.
err-cf-town-missing = La commune de naissance manque.
err-cf-unknown-municipality = Aucune commune italienne ne s'appelle « { $name } ».
err-cf-municipality-province = Il n'y a pas de commune « { $name } » dans la province { $province }.
err-cf-municipality-ambiguous = Plusieurs communes s'appellent « { $name } » ({ $provinces }) : indiquez la province.
err-cf-municipality-date = La commune « { $name } » n'existait pas le { $date } : indiquez la commune telle qu'elle s'appelait à la date de naissance.
err-cf-unknown-country = Pays inconnu : « { $name } ».
err-cf-mismatch-surname = Le codice fiscale ne correspond pas au nom : le nom donne { $expected }, le code contient { $found }.
err-cf-mismatch-name = Le codice fiscale ne correspond pas au prénom : le prénom donne { $expected }, le code contient { $found }.
err-cf-mismatch-birth-date = Le codice fiscale ne correspond pas à la date de naissance : { $expected } dans les données, { $found } dans le code.
err-cf-mismatch-sex = Le codice fiscale ne correspond pas au sexe : { $expected } dans les données, { $found } dans le code.
err-cf-mismatch-place = Le codice fiscale ne correspond pas au lieu de naissance : { $expected } dans les données, { $found } dans le code.
secrets-unavailable = Le trousseau de clés du système (gestionnaire d'identifiants) n'est pas disponible : la clé des données ne peut pas y être conservée. Vous pouvez à la place protéger les données par une phrase secrète saisie à chaque démarrage. Détails : { $detail }
secrets-failed = Le trousseau de clés du système a refusé l'opération : { $detail }
secrets-malformed = Le secret « { $name } » du trousseau de clés du système est endommagé.
secrets-passphrase-too-short = La phrase secrète doit comporter au moins { $min } caractères.
secrets-key-derivation-failed = Impossible de dériver la clé à partir de la phrase secrète : { $detail }
store-in-use = Ce dossier de données est déjà ouvert dans une autre fenêtre ou un autre programme. Fermez-le et réessayez.
store-newer-format = Ces données ont été enregistrées par une version plus récente du programme (format { $found }). Mettez le programme à jour pour les ouvrir ; les données n'ont pas été modifiées.
store-wrong-key = La clé ne correspond pas à ce dossier de données : impossible de déchiffrer les données.
store-wrong-passphrase = Phrase secrète incorrecte. Réessayez : les données n'ont pas été modifiées.
store-passphrase-required = Ce dossier de données est protégé par une phrase secrète : saisissez-la pour l'ouvrir.
store-key-missing = La clé de ce dossier de données n'est pas dans le trousseau de clés de cet ordinateur (le dossier a été copié depuis un autre ordinateur, ou le trousseau a été réinitialisé). Sans la clé, les données sont illisibles : utilisez l'ordinateur d'origine et exportez les demandeurs en fichiers chiffrés.
store-applicant-not-found = Ce demandeur n'existe plus (il a peut-être été supprimé).
store-version-not-found = La version { $version } n'est plus disponible.
store-document-not-found = Ce document n'existe plus (il a peut-être été retiré).
store-document-missing = Le fichier chiffré du document « { $name } » manque dans le dossier de données. Importez-le de nouveau.
store-document-damaged = Le document « { $name } » est endommagé (son contrôle d'intégrité ne correspond pas) et n'a pas été exporté. Importez-le de nouveau.
store-corrupt = Une partie des données enregistrées est endommagée et illisible ({ $detail }).
store-file-not-found = Fichier ou dossier introuvable : { $path }
store-not-a-file = « { $path } » n'est pas un fichier.
store-permission-denied = Accès refusé : { $path }
store-disk-full = Le disque est plein : libérez de l'espace et réessayez. Les modifications non enregistrées restent dans la fenêtre.
store-io-failed = Erreur de lecture ou d'écriture sur { $path } : { $detail }
store-database-failed = Erreur de la base de données locale : { $detail }
store-bundle-wrong-passphrase = Phrase secrète incorrecte pour ce fichier exporté.
store-bundle-truncated = Le fichier exporté est incomplet (copie ou téléchargement interrompu). Copiez-le de nouveau.
store-bundle-tampered = Le fichier exporté a été modifié ou est endommagé : il ne peut pas être importé.
store-not-a-bundle = Ce fichier n'est pas un export de Cittadinanza.
store-bundle-unsupported-version = Le fichier exporté a été créé par une version plus récente du programme (format { $found }). Mettez le programme à jour pour l'importer.
store-history-note = Chaque enregistrement crée une version : les { $count } dernières versions de chaque demandeur sont conservées.
err-portal-invalid-url = L'adresse du portail « { $url } » n'est pas valide : elle doit commencer par https:// (ou http:// pour un portail sur cet ordinateur).
err-portal-insecure-url = L'adresse « { $url } » n'est pas chiffrée : le portail ne se joint qu'en https:// (http:// n'est admis que pour un portail sur cet ordinateur).
err-portal-answer-too-large = Le portail a envoyé une réponse de plus de { $megabytes } Mo : elle a été interrompue. Le serveur est peut-être en panne ou n'est pas le portail.
err-portal-unreachable = Le portail est injoignable. Vos modifications restent en file d'attente et seront envoyées dès que possible.
err-portal-timeout = Le portail n'a pas répondu à temps. Vos modifications restent en file d'attente ; réessayez plus tard.
err-portal-server = Le portail a rencontré une erreur (code { $status }). Vos modifications restent en file d'attente.
err-portal-unauthorized = Votre session a expiré ou vous ne vous êtes pas encore connecté. Veuillez vous reconnecter.
err-portal-bad-credentials = E-mail ou mot de passe incorrect.
err-portal-forbidden = Ce compte ne peut pas effectuer cette opération.
err-portal-not-found = La demande est introuvable sur le portail (ou n'est pas associée à ce compte).
err-portal-account-exists = Un compte existe déjà avec cet e-mail. Connectez-vous au lieu de vous inscrire.
err-portal-conflict = La demande a été modifiée ailleurs (version { $version }). Choisissez, section par section, quelle version garder.
err-portal-already-submitted = La demande a déjà été envoyée : aucune seconde demande n'est créée.
err-portal-not-editable = Une demande envoyée ne peut plus être modifiée.
err-portal-incomplete = Le portail n'accepte pas la demande : le champ { $detail } manque.
err-portal-associate-mismatch = { $field ->
    [surname] Le nom ne correspond pas à celui de la demande.
    [name] Le prénom ne correspond pas à celui de la demande.
    [birth_date] La date de naissance ne correspond pas à celle de la demande.
    [previous_email] Ce n'est pas l'adresse e-mail utilisée dans la demande.
    [k10_number] Aucune demande n'a ce numéro K10 (format K10/0000001 ou K10/C/0000001).
   *[any] Ces données ne correspondent à aucune demande. Vérifiez le numéro K10 (format K10/0000001 ou K10/C/0000001), le nom, le prénom, la date de naissance et l'e-mail utilisé dans la demande.
}
err-portal-already-associated = La demande est déjà associée à un autre compte. Contactez la préfecture.
err-portal-too-large = Le fichier ou les données sont trop volumineux pour le portail (documents jusqu'à 64 Mo).
err-portal-rate-limited = Trop de tentatives. Attendez quelques minutes (une heure au plus) et réessayez.
err-portal-checksum = Le document a été endommagé pendant l'envoi. Réessayez : le renvoyer est sans risque.
err-portal-rejected = Le portail a refusé la demande ({ $code }).
err-portal-protocol = Réponse inattendue du portail : il utilise peut-être une autre version. ({ $detail })
err-portal-local = Les données locales de synchronisation ne peuvent pas être lues ou écrites : { $detail }
err-portal-document = { $detail }
err-portal-token-store = La connexion ne peut pas être mémorisée dans le trousseau de clés du système : { $detail }
err-portal-not-linked = Cette demande n'a pas encore été envoyée au portail.
err-portal-relink-pending = Les données de synchronisation sont en cours de reconstruction : connectez-vous au portail et synchronisez pour relier à nouveau vos demandes avant d'en envoyer de nouvelles.
portal-status-draft = Brouillon
portal-status-submitted = Envoyée
portal-status-accepted = Acceptée par la préfecture
portal-status-inadmissible = Déclarée irrecevable
portal-status-notice-10bis = Préavis de rejet (preavviso di rigetto, art. 10-bis)
portal-status-granted = Nationalité accordée par decreto
portal-status-rejected = Rejetée par decreto
portal-status-oath-scheduled = Rendez-vous pour le serment fixé
portal-comm-acceptance = Demande acceptée le { $date }
portal-comm-inadmissibility = Demande déclarée irrecevable le { $date }
portal-comm-notice-10bis = Préavis de rejet du { $date } : répondez sous { $days } jours (avant le { $respond_by })
portal-comm-decree-granted = Decreto d'octroi de la nationalité du { $date }
portal-comm-decree-rejected = Decreto de rejet du { $date }
portal-comm-oath-appointment = Serment le { $appointment } à { $place }
portal-sync-pending = { $count ->
    [0] Tout est synchronisé
    [one] Une modification en attente d'envoi
   *[other] { $count } modifications en attente d'envoi
}
portal-queue-damaged = Les données de synchronisation avec le portail étaient endommagées : une copie a été conservée sous « { $file } » dans le dossier des données. Les demandes et les documents de cet ordinateur sont intacts. Connectez-vous au portail et synchronisez : les liens vers vos demandes seront reconstruits.
portal-queue-rebuilt = Les données de synchronisation endommagées (copie « { $file } ») ont été reconstruites : { $count ->
    [one] une demande est de nouveau reliée au portail.
   *[other] { $count } demandes sont de nouveau reliées au portail.
} Les différences avec le portail vous seront montrées avant d'être envoyées.
portal-queue-dismiss = J'ai compris
portal-sync-uploads-failing = { $count ->
    [one] Les modifications sont envoyées, mais un document n'a pas été téléversé : { $error }
   *[other] Les modifications sont envoyées, mais { $count } documents n'ont pas été téléversés (le premier : { $error })
}
portal-sync-conflicts = { $count ->
    [one] Une demande à réconcilier
   *[other] { $count } demandes à réconcilier
}
portal-conflict-keep-mine = Garder ma version
portal-conflict-take-theirs = Utiliser la version du portail
portal-sign-in = Se connecter au portail
portal-sign-out = Se déconnecter du portail
portal-role-applicant = Demandeur
portal-role-operator = Opérateur de guichet d'aide
err-missing = Obligatoire.
err-invalid-date = Date non valide : écrivez-la au format JJ/MM/AAAA (par exemple 05/03/2020).
err-impossible-date = Cette date n'existe pas : vérifiez le jour et le mois.
err-year-out-of-range = Année invraisemblable : écrivez-la en entier, avec quatre chiffres.
err-date-in-future = La date ne peut pas être dans le futur.
err-date-before-birth = La date est antérieure à la date de naissance.
err-end-before-start = La date de fin est antérieure à la date de début ({ $start }).
err-date-before = La date ne peut pas être antérieure { $event ->
        [event-first-entry] à la première entrée en Italie
        [event-marriage] au mariage
        [event-status-recognised] à la reconnaissance du statut
       *[event-issue] à la date de délivrance
    } ({ $date }).
err-expired = Expiré le { $date }.
err-invalid-amount = Montant non valide : écrivez-le en euros, par exemple 12.345,67 ou 12345.67.
err-wrong-amount = Le montant dû est de { $expected } euros.
err-invalid-email = Adresse e-mail non valide (par exemple nom@example.com).
err-invalid-phone = Numéro de téléphone non valide : uniquement des chiffres et des espaces, avec l'indicatif international après un + (par exemple +39 333 1234567).
err-invalid-province = Ce n'est pas un code de province italienne : deux lettres, par exemple MI.
err-invalid-postcode = Code postal (CAP) non valide : cinq chiffres.
err-invalid-year = Année non valide : écrivez quatre chiffres, par exemple 2024.
err-invalid-notice-code = Code non valide : un code d'avis pagoPA a 18 chiffres, un IUV de 15 à 25 lettres ou chiffres.
err-invalid-name = Seuls les lettres, espaces, apostrophes, points et traits d'union sont autorisés.
err-birth-place-contradicts-basis = Vous avez indiqué être né(e) en Italie, mais le lieu de naissance de vos données personnelles est à l'étranger.
err-spouse-not-italian = Pour une demande par mariage (art. 5), le conjoint doit être citoyen italien.
err-not-married = Pour une demande par mariage (art. 5), l'état civil doit être « marié(e) » ou « union civile ».
err-atto-notorio-not-allowed = Un atto notorio ne remplace l'acte de naissance que pour les réfugiés et les apatrides.
err-translation-required = Le document doit être traduit en italien (ou être un extrait multilingue).
err-residence-gap = Aucune résidence du { $from } au { $to } : ajoutez la période manquante ou corrigez les dates.
err-residence-overlap = Cette période chevauche la période n° { $other }.
err-open-period-not-last = Seule la résidence actuelle (la dernière) peut rester sans date de fin.
err-residences-not-up-to-date = La dernière résidence se termine le { $date } : ajoutez votre résidence actuelle.
err-registered-before-14-contradicted = D'après les résidences saisies, votre première inscription en Italie a eu lieu après vos 14 ans.
err-income-year-missing = Le revenu de { $year } manque.
err-income-year-not-required = Seul le revenu des années { $years } est nécessaire.
err-duplicate-year = Vous avez déjà saisi cette année.
err-criminal-certificate-missing = L'extrait de casier judiciaire de ce pays manque : { $country }.
err-language-level-too-low = Le niveau { $level } ne suffit pas : il faut au moins B1.
err-invalid-language-level = Niveau non valide : A1, A2, B1, B2, C1 ou C2.
err-exemption-needs-long-term-permit = Cette dispense ne s'applique qu'aux titulaires d'un permis de séjour UE de longue durée (à indiquer dans la section 4).
err-exemption-not-for-eu-citizens = Les citoyens de l'UE ne sont pas dispensés : un certificat B1 est requis.
err-must-accept = Vous devez cocher cette déclaration pour envoyer la demande.
err-document-missing = Un document manque : { $kind ->
        [doc-birth-certificate] l'acte de naissance
        [doc-criminal-record] l'extrait de casier judiciaire
        [doc-identity-document] la pièce d'identité
        [doc-residence-permit] le titre de séjour (permesso di soggiorno)
        [doc-codice-fiscale] le codice fiscale
        [doc-language-certificate] le certificat de langue italienne
        [doc-income-statement] la déclaration de revenus
        [doc-payment-receipt] le reçu de paiement
        [doc-marriage-certificate] l'acte de mariage
        [doc-atto-notorio] l'atto notorio
       *[doc-other] un autre document
    }.
err-document-missing-for = Un document manque : { $kind ->
        [doc-birth-certificate] l'acte de naissance
        [doc-criminal-record] l'extrait de casier judiciaire
        [doc-identity-document] la pièce d'identité
        [doc-residence-permit] le titre de séjour (permesso di soggiorno)
        [doc-codice-fiscale] le codice fiscale
        [doc-language-certificate] le certificat de langue italienne
        [doc-income-statement] la déclaration de revenus
        [doc-payment-receipt] le reçu de paiement
        [doc-marriage-certificate] l'acte de mariage
        [doc-atto-notorio] l'atto notorio
       *[doc-other] un autre document
    } ({ $detail }).
err-document-expired = Document expiré le { $date } ({ $kind ->
        [doc-criminal-record] l'extrait de casier judiciaire est valable six mois à compter de sa délivrance
        [doc-identity-document] pièce d'identité
        [doc-residence-permit] titre de séjour
       *[doc-other] document joint
    }) : joignez un document valide.
err-attachment-incomplete = Pièce jointe incomplète : le fichier ou le type de document manque.
info-residence-span = Résidence continue du { $from } au { $to } (années complètes : { $years }).
k10-kind-naturalisation = Nationalité par résidence
k10-kind-marriage = Nationalité par mariage
err-k10-empty = Saisissez le numéro K10.
err-k10-prefix = Un numéro K10 commence par « K10/ », par exemple K10/0000001 ou K10/C/0000001.
err-k10-kind = « K10/ » est suivi de sept chiffres (résidence) ou de « C/ » et sept chiffres (mariage).
err-k10-digits = Le numéro doit avoir sept chiffres, zéros initiaux compris ; celui-ci en a { $found }.
err-k10-character = Le numéro contient « { $character } » : seuls les chiffres sont autorisés.
err-k10-zero = 0000000 n'est pas un numéro K10 valide.
err-k10-wrong-kind-marriage = Pour la nationalité par mariage (art. 5), le numéro a la forme { $expected }, avec « C/ ».
err-k10-wrong-kind-naturalisation = Pour la nationalité par résidence (art. 9), le numéro a la forme { $expected }, sans « C/ ».
pdf-doc-spid = « Modello x SPID » (déclaration sur l'honneur pour associer la demande)
pdf-doc-maintenance = Déclaration de prise en charge (dichiarazione di mantenimento)
pdf-doc-change = Changement de coordonnées et de revenus
pdf-doc-summary = Récapitulatif pour le guichet d'aide
pdf-group-declarant = Déclarant
pdf-group-supporter = Membre de la famille qui prend en charge le demandeur
pdf-group-applicant = Demandeur
pdf-group-document = Pièce d'identité
pdf-group-statement = Déclaration
pdf-group-as-in-application = Données comme dans la demande
pdf-group-as-in-spid = Données comme dans SPID
pdf-group-income = Revenus
pdf-group-changes = Changements
pdf-group-signature = Lieu et date
pdf-field-surname = Nom
pdf-field-name = Prénom
pdf-field-birth-surname = Nom de naissance (s'il est différent)
pdf-field-sex = Sexe
pdf-field-birth-date = Date de naissance
pdf-field-birth-place = Lieu de naissance
pdf-field-citizenship = Nationalité
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Résidence (adresse complète)
pdf-field-email = E-mail ou PEC
pdf-field-phone = Téléphone
pdf-field-document-kind = Type de document
pdf-field-document-number = Numéro du document
pdf-field-document-issuer = Délivré par
pdf-field-document-expiry = Date d'expiration du document
pdf-field-prefecture = Préfecture
pdf-field-k10-number = Numéro de la demande (K10)
pdf-field-submitted-on = Date d'envoi de la demande
pdf-field-mismatch-reason = Motif de la différence entre les données de la demande et celles de SPID
pdf-field-ticket = Numéro du ticket du guichet d'aide (Help Desk)
pdf-field-place = Lieu de signature
pdf-field-date = Date de signature
pdf-field-relationship = Lien avec le demandeur
pdf-field-same-household = Inscrit sur le même stato di famiglia (composition du foyer) que le demandeur
pdf-field-supported-since = Prise en charge du demandeur depuis le
pdf-field-income-rows = Au moins une année de revenus
pdf-field-income-year = Année fiscale (ligne { $row })
pdf-field-income-amount = Revenu imposable { $year }
pdf-field-income-source = Document fiscal { $year }
pdf-field-changes-any = Au moins un changement (coordonnées ou revenus)
pdf-field-new-residence = Nouvelle résidence
pdf-field-residence-since = Réside à la nouvelle adresse depuis le
pdf-field-new-email = Nouvel e-mail ou PEC
pdf-field-new-phone = Nouveau numéro de téléphone
err-pdf-missing-fields = { $count ->
    [one] Une information est nécessaire pour imprimer le document.
   *[other] { $count } informations sont nécessaires pour imprimer le document.
}
err-pdf-unknown-field = Champ inconnu : { $field }.
err-pdf-invalid-value = Valeur non valide pour { $field }.
err-pdf-font = La police intégrée est illisible : veuillez réinstaller l'application.
pdf-page-of = Page { $page } sur { $pages }
pdf-summary-title = Récapitulatif de la demande de nationalité
pdf-summary-printed-on = Imprimé le { $date } – aide-mémoire pour le guichet d'aide, pas un document officiel
pdf-summary-footer = Récapitulatif – { $name } – { $date }
pdf-summary-unnamed = (nom pas encore saisi)
pdf-summary-applicant = Demandeur
pdf-label-name = Nom et prénom
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Date et lieu de naissance
pdf-label-citizenship = Nationalité
pdf-label-basis = Fondement juridique
pdf-label-prefecture = Préfecture
pdf-label-k10 = Numéro de la demande
pdf-label-email = E-mail / PEC
pdf-label-phone = Téléphone
pdf-summary-not-submitted = pas encore envoyée
pdf-summary-sections = État des sections
pdf-summary-sections-done = { $done } sections complètes sur { $total }
pdf-summary-section-complete = Complète
pdf-summary-section-incomplete = À compléter
pdf-summary-documents = Documents à apporter
pdf-summary-documents-intro = Apportez les originaux des documents joints et procurez-vous ceux qui manquent.
pdf-summary-doc-missing = à obtenir
pdf-summary-doc-exempt = pas nécessaire
pdf-summary-doc-provided = joint
pdf-summary-doc-expiring = joint, valable jusqu'au { $date }
pdf-summary-doc-expired = expiré le { $date } : à renouveler
pdf-summary-deadlines = Échéances
pdf-summary-no-deadlines = Aucune échéance ne peut être calculée à partir des données saisies.
pdf-summary-col-deadline = Ce qui expire
pdf-summary-col-date = Date
pdf-summary-col-when = Quand
pdf-summary-deadline-past = déjà expiré
pdf-summary-deadline-in-days = { $days ->
    [0] aujourd'hui
    [one] demain
   *[other] dans { $days } jours
}
pdf-summary-deadline-criminal-record = Extrait de casier judiciaire ({ $country }) : valable 6 mois à compter de sa délivrance
pdf-summary-deadline-permit = Titre de séjour (permesso di soggiorno)
pdf-summary-deadline-passport = Document étranger ({ $document })
pdf-summary-deadline-id-card = Carte d'identité italienne
pdf-summary-disclaimer = Ce récapitulatif est établi à partir des données saisies dans la demande et ne remplace pas les instructions de la préfecture ni celles du portail du ministère de l'Intérieur.
pdf-summary-desk-date = Date : { $date }
pdf-summary-desk-operator = Opérateur du guichet d'aide
pdf-summary-detail-year = année { $year }
pdf-summary-detail-replaces = à la place de : { $document }
pdf-summary-detail-contribution = contribution de 250 €
pdf-summary-detail-stamp-duty = marca da bollo (timbre fiscal) de 16 €
verdict-eligible = Conditions remplies : vous pouvez déposer la demande
verdict-not-yet = Pas encore : vous pourrez déposer la demande à partir du { $date }
verdict-not-eligible = Conditions non remplies
verdict-borderline = Cas incertain : vérifiez les points ci-dessous
verdict-more-information = Des informations supplémentaires sont nécessaires pour vérifier
elig-basis-missing = Choisissez le fondement juridique (art. 5 ou art. 9) pour vérifier les conditions.
elig-unreadable = Le champ { $field } est illisible et n'a pas été pris en compte.
elig-residence-missing = Aucune résidence en Italie saisie : ajoutez vos périodes de résidence déclarée (residenza anagrafica).
elig-residence-not-current = La dernière résidence déclarée a pris fin le { $date } : vous devez résider actuellement en Italie.
elig-residence-gap = Aucune résidence entre le { $from } et le { $to } : la continuité est interrompue et le décompte recommence.
elig-residence-met = Résidence légale continue depuis le { $since } : les { $years } ans requis ont été atteints le { $date }.
elig-residence-not-yet = Résidence légale continue depuis le { $since } : les { $years } ans requis seront atteints le { $date }.
elig-descendant-rule-changed = Pour les descendants de citoyens italiens, la loi 74/2025 a réduit la durée de 3 à 2 ans : vérifiez auprès de la préfecture.
elig-born-in-italy-unanswered = Indiquez si vous êtes né(e) en Italie ou si vous descendez d'un citoyen italien de naissance.
elig-adoption-date-missing = Saisissez la date de l'adoption : les 5 ans de résidence se comptent à partir de cette date.
elig-service-missing = Saisissez les dates de votre service auprès de l'État italien.
elig-service-met = Service auprès de l'État depuis le { $since } : les 5 ans ont été atteints le { $date }.
elig-service-not-yet = Service auprès de l'État depuis le { $since } : les 5 ans seront atteints le { $date }.
elig-service-too-short = Le service auprès de l'État (du { $since } au { $date }) a duré moins de 5 ans.
elig-not-eu-citizen = La lettre d) concerne les citoyens de l'Union européenne : vérifiez la nationalité saisie.
elig-refugee-status-missing = La lettre e) concerne les réfugiés et les apatrides : indiquez le statut reconnu.
elig-marriage-date-missing = Saisissez la date du mariage ou de l'union civile.
elig-spouse-not-italian = Le conjoint doit être citoyen italien.
elig-spouse-citizenship-unanswered = Indiquez si le conjoint est citoyen italien.
elig-separated = La nationalité par mariage ne peut pas être accordée lorsque les époux sont légalement séparés.
elig-marriage-ended = Le mariage doit durer jusqu'au decreto (ni dissous, ni annulé, ni terminé).
elig-marriage-residence-met = Résidence légale en Italie après le mariage depuis le { $since } : les { $months } mois requis ont été atteints le { $date }.
elig-marriage-residence-not-yet = Résidence légale en Italie après le mariage depuis le { $since } : les { $months } mois requis seront atteints le { $date }.
elig-marriage-met = Marié(e) le { $since } : les { $months } mois requis se sont écoulés le { $date }.
elig-marriage-not-yet = Marié(e) le { $since } : les { $months } mois requis seront écoulés le { $date }.
elig-children-halve-period = Avec des enfants nés ou adoptés par le couple, la durée est réduite de moitié.
elig-no-income-requirement = La nationalité par mariage n'exige pas de revenu minimum.
elig-income-met = Revenu { $year } : { $income } € (minimum { $threshold } €).
elig-income-below = Revenu { $year } : { $income } € est inférieur au minimum de { $threshold } €. Les revenus des membres de la famille inscrits sur le même stato di famiglia peuvent être ajoutés.
elig-income-borderline = Revenu { $year } : { $income } € est entre { $lower } € (majoration arrondie à 516,00 €) et { $threshold } € (516,46 € par personne à charge) : cas incertain.
elig-income-missing = Le revenu de { $year } manque : les trois années précédant la demande sont nécessaires.
elig-consider-basis = Selon la lettre { $letter }) de l'art. 9, { $years } ans de résidence suffisent.
elig-residence-gap-cancelled = Résidence interrompue du { $from } au { $to } (inscription radiée puis rétablie) : la résidence continue se compte à partir de la nouvelle inscription du { $to }.
elig-residence-gap-abroad = Du { $from } au { $to } vous avez vécu à l'étranger : la résidence continue se compte à partir de votre retour, le { $to }.
elig-residence-gap-other = Résidence interrompue du { $from } au { $to } : la résidence continue se compte à partir du { $to }.
elig-presence-proof = Si pendant cette période (du { $from } au { $to }) vous avez continué à vivre en Italie, la préfecture peut accepter la preuve d'une présence ininterrompue : contrats de location ou de travail, fiches de paie, dossiers médicaux. Ce n'est pas garanti : renseignez-vous auprès de votre préfecture.
elig-subsidiary-protection = Avec un permis de protection subsidiaire, la lettre e) ne s'applique pas (réfugiés et apatrides seulement) : c'est la lettre f), avec 10 ans de résidence, et sans la dispense des réfugiés pour les actes de naissance et le casier judiciaire (atto notorio). Choisissez la lettre f).
elig-marriage-separation = Séparation depuis le { $date } : en cas de séparation de corps, la nationalité par mariage ne peut pas être accordée.
elig-marriage-divorce = Divorce du { $date } : le mariage doit durer jusqu'au décret.
elig-marriage-annulment = Mariage annulé le { $date } : le mariage doit durer jusqu'au décret.
elig-marriage-spouse-death = Le conjoint est décédé le { $date } : le mariage est dissous et la nationalité par mariage n'est plus possible ; vérifiez auprès de la préfecture.
elig-marriage-separation-pending = Séparation du { $date }, après l'envoi de la demande ({ $submitted }) : la demande étant en cours, un rejet est probable. Informez-en la préfecture et demandez conseil à un service d'aide ou à un avocat.
elig-marriage-ended-pending = { $event ->
        [divorce] Divorce
        [annulment] Annulation du mariage
       *[other] Décès du conjoint
    } le { $date }, après l'envoi de la demande ({ $submitted }) : la nationalité par mariage ne peut plus être accordée ; informez-en la préfecture.
elig-income-household = Foyer en { $year } : { $spouse ->
        [yes] conjoint à charge
       *[no] pas de conjoint à charge
    }, autres personnes à charge : { $others }.
elig-family-income-not-household = Revenu { $year } de { $name } : pas sur le même « stato di famiglia », il ne peut donc pas être ajouté.
elig-family-income-household-unanswered = Revenu { $year } de { $name } : indiquez s'il est sur le même « stato di famiglia » (seulement alors il peut être ajouté).
checklist-state-missing = Manquant
checklist-state-exempt = Pas nécessaire
checklist-state-provided = Joint
checklist-state-expiring = Expire le { $date }
checklist-state-expired = Expiré le { $date }
checklist-detail-country = { $country }
checklist-detail-year = année { $year }
checklist-detail-replaces-birth-certificate = à la place de l'acte de naissance
checklist-detail-replaces-criminal-record = à la place de l'extrait de casier judiciaire
checklist-detail-contribution = contribution de 250 €
checklist-detail-stamp-duty = marca da bollo (timbre fiscal) de 16 €
checklist-exempt-eu-citizen = Les citoyens de l'UE n'ont pas de titre de séjour.
checklist-exempt-living-abroad = Pas nécessaire en cas de résidence à l'étranger.
checklist-exempt-born-in-italy = Pas nécessaire pour les personnes nées en Italie.
checklist-exempt-atto-notorio = Pour les réfugiés et les apatrides, un atto notorio le remplace.
checklist-exempt-before-14 = Pas nécessaire si inscrit(e) en Italie avant 14 ans et résident(e) depuis.
checklist-exempt-eu-long-term-permit = Dispensé : titulaire d'un permis de séjour UE de longue durée.
checklist-exempt-integration-agreement = Dispensé : signataire de l'accord d'intégration.
checklist-exempt-no-income = Aucun revenu déclaré pour cette année.
phase-draft = Brouillon
phase-submitted = Demande envoyée
phase-accepted = Acceptée (numéro K10)
phase-submission-rejected = Demande rejetée par la préfecture
phase-preliminary-assessment = Instruction du dossier (istruttoria)
phase-ten-bis-notice = Préavis de rejet (preavviso di rigetto, art. 10-bis)
phase-prefecture-opinion = Avis de la préfecture
phase-decree = Décret d'octroi (decreto di concessione)
phase-rejected = Decreto de rejet
phase-inadmissible = Irrecevabilité
phase-notification = Notification
phase-oath = Serment (giuramento)
phase-citizen = Citoyen italien
phase-state-done = Terminée
phase-state-current = En cours
phase-state-future = À venir
deadline-today = aujourd'hui
deadline-tomorrow = demain
deadline-days-left = dans { $days } jours
deadline-days-ago = il y a { $days } jours
deadline-urgent = Urgent
deadline-non-working-judicial = Le { $date } est { $day } : selon la loi, le délai est reporté au { $moved } (art. 155 c.p.c., art. 52 c.p.a.). Date sûre conseillée : { $safe }.
deadline-non-working-administrative = Le { $date } est { $day } : en général, le délai est reporté au { $moved } (art. 2963 c.c.), mais pour les délais administratifs ce n'est pas certain. Date sûre conseillée : { $safe }.
holiday-easter-sunday = le dimanche de Pâques
holiday-easter-monday = le lundi de Pâques
holiday-national = un jour férié national
holiday-saturday = un samedi
holiday-sunday = un dimanche
deadline-criminal-record-expiry = Expiration de l'extrait de casier judiciaire { $subject }
deadline-criminal-record-expiry-desc = L'extrait de casier judiciaire est valable 6 mois à compter de sa délivrance ({ $from }) : déposez la demande avant le { $date } ou demandez-en un nouveau.
deadline-ten-bis-response = Réponse au préavis de rejet n° { $subject }
deadline-ten-bis-response-desc = Préavis reçu le { $from } : envoyez documents ou observations à la préfecture (par PEC) avant le { $date }.
deadline-tar-appeal = Dernier jour pour former un recours devant le TAR (tribunal administratif régional)
deadline-tar-appeal-desc = 60 jours à compter de la notification du { $from }. Consultez un avocat à temps.
deadline-president-appeal = Dernier jour pour le recours extraordinaire au Président de la République
deadline-president-appeal-desc = 120 jours à compter de la notification du { $from }, au lieu du recours devant le TAR.
deadline-reapply-from = À partir d'aujourd'hui, vous pouvez déposer une nouvelle demande
deadline-reapply-from-desc = Après un decreto de rejet, vous pouvez déposer une nouvelle demande un an après sa notification ({ $from }) ; après une irrecevabilité, immédiatement.
deadline-oath = Dernier jour pour le serment
deadline-oath-desc = Le serment doit être prêté dans les 6 mois suivant la notification du decreto ({ $from }). Prenez rendez-vous auprès de votre commune.
deadline-processing-limit = Délai de la procédure
deadline-processing-limit-desc = Demande envoyée le { $from } : l'administration doit décider avant le { $date } (24 mois ; 48 pour les demandes envoyées avant le 20/12/2020 ; les préavis de rejet suspendent le délai).
deadline-processing-limit-extended = Délai maximal prolongé de la procédure
deadline-processing-limit-extended-desc = Demande envoyée le { $from } : avec la prolongation, le délai est le { $date } (36 mois).
calendar-name = Nationalité – { $name }
portal-title = Portail et synchronisation
portal-address = Portail : { $url } (modifiable dans les Paramètres)
portal-signed-in-as = Connecté en tant que { $email } ({ $role })
portal-email = E-mail
portal-password = Mot de passe
portal-register = Créer un compte
portal-register-hint = Les guichets d'aide reçoivent leur compte d'opérateur de la part du gestionnaire du portail.
portal-credentials-required = Saisissez votre e-mail et votre mot de passe.
portal-sync-now = Synchroniser maintenant
portal-syncing = Synchronisation…
portal-sync-uploads = { $count ->
    [one] Un document en attente d'envoi
   *[other] { $count } documents en attente d'envoi
}
portal-offline = Le portail est injoignable : vos modifications sont enregistrées ici et mises en file d'attente ; elles seront envoyées à la prochaine synchronisation.
portal-last-sync = Dernière synchronisation : { $time }
portal-never-synced = Pas encore synchronisé.
portal-open-unnamed = Demande sans nom
portal-status-unknown = L'état de cette demande sur le portail n'est pas disponible pour le moment : actualisez quand le portail sera joignable.
portal-not-sent = Cette demande n'est pas encore sur le portail : « Synchroniser maintenant » l'envoie comme brouillon.
portal-status-line = État : { $status }
portal-k10 = Numéro K10 : { $k10 }
portal-communications = Communications
portal-no-communications = Aucune communication de la préfecture.
portal-deadline-left = Répondre avant le { $date } ({ $days } jours restants)
portal-deadline-passed = Le délai de réponse a expiré le { $date }
portal-refresh-status = Actualiser l'état
portal-submit = Envoyer la demande
portal-submit-confirm = Envoyer la demande à la préfecture ? Elle ne pourra plus être modifiée après l'envoi.
portal-submit-yes = Oui, envoyer
portal-submitted = Demande envoyée. Numéro K10 : { $k10 }
portal-conflict-title = { $name } : modifiée aussi sur le portail
portal-conflict-help = Ces sections ont été modifiées à la fois ici et sur le portail. Choisissez pour chacune la version à garder.
portal-conflict-field = { $field } : la mienne « { $mine } », portail « { $theirs } »
portal-conflict-more = … et { $count } autres champs
portal-conflict-apply = Appliquer mes choix
portal-value-yes = oui
portal-value-no = non
portal-associate-title = Associer une demande (Associa pratica)
portal-associate-help = Associez à votre compte une demande envoyée auparavant (par exemple par un guichet d'aide). Chaque donnée doit correspondre à la demande.
portal-associate-surname = Nom
portal-associate-name = Prénom
portal-associate-birth-date = Date de naissance (JJ/MM/AAAA)
portal-associate-previous-email = Adresse e-mail indiquée dans la demande
portal-associate-k10 = Numéro K10 (par ex. K10/0000001)
portal-associate-required = Remplissez ce champ.
portal-associate = Associer
portal-upload-waiting = À envoyer : { $name }
portal-upload-failed = « { $name } » n'a pas été envoyé : { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Un document d'un autre demandeur n'a pas été envoyé : ouvrez ce demandeur pour voir pourquoi.
   *[other] { $count } documents d'autres demandeurs n'ont pas été envoyés : ouvrez ces demandeurs pour voir pourquoi.
}
portal-field-file-name = Nom du fichier
portal-field-file-content = Contenu du fichier
portal-procedure-draft-started = Demande commencée le
portal-procedure-k10 = Numéro K10
portal-procedure-submission-rejected = Demande rejetée par la préfecture le
portal-procedure-assessment-started = Instruction commencée le
portal-procedure-ten-bis = Préavis (art. 10-bis)
portal-procedure-opinion = Avis de la préfecture
portal-procedure-opinion-favourable = favorable
portal-procedure-opinion-unfavourable = défavorable
portal-procedure-certificates = Extraits de casier judiciaire
portal-upload-damaged = Le document « { $name } » est endommagé dans le dossier de données de cet ordinateur (le contrôle d'intégrité ne correspond pas) et n'a pas été envoyé. Importez-le de nouveau.
documents-no-applicant = Ouvrez un demandeur pour voir ses documents.
documents-title = Documents de { $name }
documents-progress = { $ready } prêts sur { $total }
documents-file-missing = Le fichier n'est plus dans le coffre : ajoutez-le de nouveau.
documents-file-damaged = Le fichier du coffre est endommagé : ajoutez-le de nouveau.
documents-drop-target = Déposez un fichier ici : il ira à « { $item } ».
documents-drop-nothing = Aucun document ne manque : un fichier déposé ici n'a pas de rubrique à remplir.
documents-check = Vérifier les fichiers
documents-checking = Vérification…
documents-check-ok = { $count ->
    [one] Le fichier est intact.
   *[other] Les { $count } fichiers sont intacts.
}
documents-check-bad = { $count ->
    [one] Un fichier manque ou est endommagé : il est signalé dans la liste.
   *[other] { $count } fichiers manquent ou sont endommagés : ils sont signalés dans la liste.
}
documents-no-dialog = Aucune fenêtre de choix de fichier ne peut s'ouvrir sur cet ordinateur. Saisissez le chemin complet du fichier (ou déposez-le sur cet écran).
documents-typed-path = Chemin du fichier, par exemple /home/anna/scans/passeport.pdf
documents-use-typed-path = Joindre ce fichier
documents-typed-path-not-found = Aucun fichier à « { $path } » : vérifiez le chemin.
documents-no-save-dialog = Aucune fenêtre d'enregistrement ne peut s'ouvrir sur cet ordinateur. Saisissez où enregistrer la copie (chemin complet avec le nom du fichier).
documents-typed-destination = Chemin de la copie, par exemple /home/anna/passeport.pdf
documents-typed-destination-invalid = Impossible d'enregistrer à « { $path } » : le dossier doit exister et le nom du fichier doit être indiqué.
file-dialog-no-save-dialog = Aucune fenêtre d'enregistrement ne peut s'ouvrir sur cet ordinateur. Saisissez où enregistrer le fichier (chemin complet avec le nom du fichier).
file-dialog-save-placeholder = Chemin complet, par exemple { $example }
file-dialog-save-here = Enregistrer ici
file-dialog-no-folder-dialog = Aucune fenêtre de choix de dossier ne peut s'ouvrir sur cet ordinateur. Saisissez le chemin complet du dossier.
file-dialog-folder-placeholder = Chemin complet du dossier
file-dialog-folder-not-found = Aucun dossier à « { $path } » : vérifiez le chemin.
file-dialog-use-folder = Utiliser ce dossier
documents-add-file = Ajouter un fichier
documents-replace-file = Remplacer le fichier
documents-open = Ouvrir
documents-export = Exporter…
documents-remove = Retirer
documents-confirm-remove = Retirer définitivement
documents-cancel = Annuler
documents-exported = Enregistré dans { $path }
documents-days-left = { $days } jours restants
documents-criminal-record-validity = Un extrait de casier judiciaire est valable 6 mois à compter de sa délivrance : demandez-en un nouveau.
documents-issue-date-required = Date de délivrance (le certificat est valable 6 mois à compter de cette date)
documents-issue-date-future = La date de délivrance ne peut pas être dans le futur.
documents-country-required = Indiquez le pays qui a délivré le certificat.
documents-edit-issue-date = Date de délivrance…
documents-edit-issue-date-label = Date de délivrance du document
documents-save-issue-date = Enregistrer la date
documents-error-temp = Impossible d'écrire une copie temporaire privée du document.
documents-error-viewer = Aucun programme n'a pu ouvrir le document. Utilisez « Exporter… » et ouvrez vous-même la copie.
eligibility-title = Puis-je déposer la demande ?
eligibility-from-draft = Rempli à partir de la demande ouverte. Les modifications faites ici ne changent pas la demande.
eligibility-stand-alone = Répondez aux questions ci-dessous : rien n'est enregistré.
eligibility-reload-draft = Reprendre les valeurs de la demande
eligibility-basis = Fondement juridique
eligibility-born-in-italy = Né(e) en Italie (laissez décoché si vous descendez d'un citoyen italien de naissance)
eligibility-adoption-date = Date de l'adoption
eligibility-service-from = Au service de l'État italien depuis le
eligibility-service-to = Jusqu'au (vide si toujours en service)
eligibility-eu-citizen = Citoyen d'un pays de l'Union européenne
eligibility-refugee-status = Statut
eligibility-marriage-date = Date du mariage ou de l'union civile
eligibility-spouse-italian = Le conjoint est citoyen italien
eligibility-children = Enfants nés ou adoptés par le couple
eligibility-separated = Légalement séparés
eligibility-missing-title = À saisir avant une vérification :
eligibility-marriage-ended = Mariage dissous, annulé ou terminé
eligibility-residence = Résidence déclarée en Italie (residenza anagrafica)
eligibility-from = Du
eligibility-to-or-empty = Au (vide si toujours résident)
eligibility-period-from = début de la période de résidence { $n }
eligibility-period-to = fin de la période de résidence { $n }
eligibility-income = Revenu imposable par année (demandeur et famille)
eligibility-year = Année fiscale
eligibility-amount = Montant en euros
eligibility-income-year-of = année fiscale « { $year } »
eligibility-income-of = revenu de { $year }
eligibility-dependent-spouse = Le conjoint est à charge
eligibility-other-dependants = Autres personnes à charge (enfants, parents…)
timeline-title = Avancement de la demande et échéances
timeline-intro = Saisissez les dates au fur et à mesure : les phases et les échéances se mettent à jour d'elles-mêmes. Les dates sont enregistrées avec la demande.
timeline-no-applicant = Ouvrez d'abord un demandeur.
timeline-deadlines = Prochaines échéances
timeline-no-deadlines = Aucune échéance à venir.
timeline-phases = Phases
timeline-events = Dates de la procédure
timeline-field-submitted = Demande envoyée le
timeline-field-accepted = Acceptée par la préfecture (numéro K10) le
timeline-field-ten-bis-received = Préavis de rejet (art. 10-bis) reçu le
timeline-field-ten-bis-days = Jours pour répondre au préavis (si ce n'est pas 10)
timeline-field-ten-bis-answered = Réponse au préavis envoyée le
timeline-field-prefecture-opinion = Avis de la préfecture le
timeline-field-decree = Decreto daté du
timeline-field-decree-outcome = Résultat du decreto
timeline-field-inadmissible = Demande déclarée irrecevable le
timeline-field-notified = Decreto notifié le
timeline-field-oath = Serment le
timeline-outcome-granted = Nationalité accordée
timeline-outcome-rejected = Rejetée
timeline-days-invalid = Saisissez un nombre de jours entre 1 et 365.
timeline-export-ics = Exporter vers le calendrier (.ics)
timeline-exported = Calendrier enregistré dans { $path }.
timeline-export-failed = Impossible d'enregistrer le calendrier : { $detail }
timeline-calendar-name = Nationalité – { $name }
timeline-notice-title = Préavis de rejet (art. 10-bis) n° { $number }
timeline-notice-add = Ajouter un préavis (art. 10-bis)
timeline-notice-remove = Retirer le préavis
timeline-notice-confirm-remove = Retirer le préavis n° { $number } et ses dates ?
timeline-notice-remove-confirm = Oui, retirer
timeline-notice-due = Répondre avant le { $date } ({ $left })
timeline-notice-answered = Réponse envoyée le { $date } : plus d'échéance pour ce préavis.
timeline-notice-no-date = Saisissez le jour de réception pour savoir avant quand répondre.
timeline-notice-decided = La demande a été tranchée : plus d'échéance pour ce préavis.
timeline-field-draft-started = Demande commencée le
timeline-field-planned-submission = Envoi prévu le
timeline-k10-invalid = Le numéro de dossier { $number } n'est pas valide : { $error }
timeline-field-submission-rejected = Demande rejetée par la préfecture (à corriger et renvoyer) le
timeline-field-assessment-started = Instruction commencée le (si ce n'est pas le jour de l'acceptation)
timeline-field-opinion-outcome = Sens de l'avis
timeline-opinion-favourable = Favorable
timeline-opinion-unfavourable = Défavorable
timeline-not-given = — non indiqué —
pdf-screen-title = Générer un PDF
pdf-screen-intro = Choisissez le document : les données de la demande sont déjà remplies, complétez celles qui manquent. Le PDF est enregistré uniquement à l'endroit que vous choisissez, ou chiffré dans le coffre de la demande.
pdf-screen-no-applicant = Ouvrez d'abord un demandeur.
pdf-screen-member = Membre de la famille qui prend en charge le demandeur
pdf-screen-member-placeholder = Choisissez le membre de la famille
pdf-screen-missing = { $count ->
    [one] Un champ obligatoire manque (marqué d'un *).
   *[other] { $count } champs obligatoires manquent (marqués d'un *).
}
pdf-screen-field-required = Champ obligatoire.
pdf-screen-field-invalid = Valeur non valide.
pdf-screen-fill-missing = Complétez les champs marqués avant de générer le document.
pdf-screen-choose = Choisir…
pdf-screen-generate = Générer
pdf-screen-ready = Document prêt : enregistrez-le ou gardez-le dans le coffre.
pdf-screen-save-as = Enregistrer sous…
pdf-screen-saved = PDF enregistré dans { $path }.
pdf-screen-save-failed = Impossible d'enregistrer le PDF : { $detail }
pdf-screen-keep = Garder dans le coffre
pdf-screen-pec-save = Enregistrer le brouillon PEC (.eml)
pdf-screen-pec-copy = Copier le texte de la PEC
pdf-screen-pec-copied = Objet et texte de la PEC copiés dans le presse-papiers.
err-pec-name-missing = La PEC nécessite le nom et le prénom (section 2).
err-pec-write = Le message PEC n'a pas pu être écrit.
pdf-screen-kept = PDF conservé (chiffré) parmi les documents de la demande.

# --- criminal record issue date ---
err-issue-date-mismatch = Cette pièce jointe indique une date de délivrance différente de celle déclarée à la section 8 ({ $date }), qui est celle dont part la validité de six mois : corrigez la pièce jointe ou la section 8.
err-not-a-count = Saisissez un nombre entier (par exemple 2).
err-unknown-prefecture = Choisissez la préfecture dans la liste : ce doit être celle de la province où vous résidez.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = Vous avez un permis de séjour UE de longue durée : au lieu de joindre un certificat B1, vous pouvez déclarer la dispense en choisissant « Titulaire d'un permis de séjour UE de longue durée » ci-dessus.
hint-subsidiary-protection-letter-f = Votre permis est une protection subsidiaire : la lettre e) ne vaut que pour les réfugiés et apatrides. Choisissez la lettre f) (10 ans) ; les actes de naissance et le casier judiciaire sont à fournir.
hint-residence-gap-proof = La résidence se compte à partir de la nouvelle inscription. Si vous avez vécu en Italie entre-temps, gardez contrats, fiches de paie et dossiers médicaux : la préfecture peut les accepter comme preuve de présence ininterrompue.
hint-family-income-not-household = Une personne qui n'est pas sur votre « stato di famiglia » ne peut pas ajouter son revenu au vôtre : ce montant n'est pas compté.
hint-marriage-event = Pour la nationalité par mariage, le mariage doit durer, sans séparation, jusqu'au décret : voir la vérification des conditions.
hint-criminal-record-expires-before-planned = Ce casier judiciaire expire avant la date d'envoi prévue (voir Échéances) : envoyez plus tôt ou procurez-vous un nouveau certificat.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Envoi de { $name } : { $sent } sur { $total }
# --- end upload progress ---
