POLL_HEADER = 📊 Sondage n° { $id } de « { $title } »
POLL_SINGLE = Choisissez une option ; vous pouvez changer d’avis jusqu’à la fin du sondage.
POLL_MULTI = Choisissez autant d’options que vous voulez ; touchez à nouveau pour en retirer une. Vous pouvez changer jusqu’à la fin du sondage.
POLL_ANONYMOUS = Ce sondage est anonyme : personne ne voit qui a choisi quoi.
POLL_COUNTS_LATER = Les résultats s’affichent à la fin du sondage.
POLL_VISIBLE = Les organisateurs voient qui a choisi quoi.
RESULTS_HIDDEN =
    Sondage n° { $id } (ouvert, anonyme) : { $question }
    Ses résultats s’affichent à la fin, pour que personne ne puisse deviner qui a choisi quoi selon le moment où les chiffres bougent (demandez avec --live pour les voir au fur et à mesure).
POLL_CLOSES = Se termine le { $when }.
POLL_USAGE =
    Usage : /poll <code> <question> | <option> | <option> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Ou envoyez /poll seul pour un formulaire pas à pas.
POLL_ERRORS__usage =
    Usage : /poll <code> <question> | <option> | <option> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Ou envoyez /poll seul pour un formulaire pas à pas.
POLL_ERRORS__question_empty = La question est vide.
POLL_ERRORS__question_long =
    La question est trop longue : { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    } au maximum.
POLL_ERRORS__option_empty = Une des options est vide.
POLL_ERRORS__option_long =
    Une option est trop longue : { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    } au maximum chacune.
POLL_ERRORS__option_duplicate = Deux options sont identiques.
POLL_ERRORS__option_count = Un sondage a besoin de { $low } à { $high } options.
POLL_ERRORS__closes_missing = --closes a besoin d’une heure, comme --closes 2h ou --closes friday 18:00.
POLL_ERRORS__to_missing = --to a besoin du nom d’un des segments de la session, comme --to night_walkers (/segments <code> les liste).
POLL_ERRORS__to_bad = Touchez l’un des segments ou Tout le monde (ou écrivez le nom d’un segment).
POLL_ERRORS__closes_bad = Je ne comprends pas l’heure de fin « { $given } ». Écrivez une durée (2h, 3d), un jour et une heure (tomorrow 18:00, friday 9:30, 12 May 18:00) ou une heure (18:00).
POLL_ERRORS__closes_range = L’heure de fin doit être entre 1 minute et 60 jours à partir de maintenant.
POLL_ERRORS__closes_past = Cette heure de fin est déjà passée : choisissez-en une plus tard.
POLL_ERRORS__yes_no = Répondez oui ou non (ou touchez un bouton ci-dessus).
POLL_ERRORS__confirm = Touchez Envoyer (ou tapez « envoyer ») pour lancer le sondage, ou /cancel.
POLL_NOT_OPEN_SESSION = Les sondages vont seulement aux sessions ouvertes : « { $title } » est { $status }.
POLL_CREATED =
    Le sondage n° { $id } part vers { $members ->
        [one] { $members } membre
        [many] { $members } de membres
       *[other] { $members } membres
    }{ $group }. Voyez les résultats avec /results { $code } { $id } ; terminez-le avec /closepoll { $code } { $id }.
POLL_GROUP = { " " }et la discussion de groupe
POLL_CREATED_TO =
    Le sondage n° { $id } part vers { $members ->
        [one] { $members } membre
        [many] { $members } de membres
       *[other] { $members } membres
    } du segment { $name } (pas vers la discussion de groupe). Voir les résultats : /results { $code } { $id } ; le clore : /closepoll { $code } { $id }.
POLL_CREATED_FOR_NOBODY = Le sondage n° { $id } est créé, et envoyé à personne. Voyez les résultats avec /results { $code } { $id } ; terminez-le avec /closepoll { $code } { $id }.
FORM_PROMPTS__code = Créons un sondage. Pour quelle session ? Touchez-la, ou envoyez son code (/sessions les liste). Envoyez /cancel à tout moment pour arrêter.
FORM_PROMPTS__question = Quelle est la question ?
FORM_PROMPTS__options = Envoyez les options (de 2 à 10) : une par message, ou plusieurs dans un message, une par ligne. Envoyez /done après la dernière.
FORM_PROMPTS__multi = Les membres peuvent-ils choisir plus d’une option ?
FORM_PROMPTS__anonymous = Le sondage doit-il être anonyme, pour que personne ne voie qui a choisi quoi ?
FORM_PROMPTS__closes = Quand doit-il se terminer ? Touchez un choix, ou écrivez une durée (2h, 3d), un jour et une heure (tomorrow 18:00, friday 9:30) ou une heure (18:00), dans votre fuseau horaire, { $zone } (/timezone le change).
FORM_PROMPTS__to = Qui doit le recevoir ? Tous les membres joignables, ou seulement ceux d’un des segments de la session :
FORM_PROMPTS__confirm =
    Prêt :
    
    { $summary }
    
    L’envoyer ?
FORM_BUTTONS__options__done = C’est tout
FORM_BUTTONS__multi__yes = Oui
FORM_BUTTONS__multi__no = Non
FORM_BUTTONS__anonymous__yes = Oui
FORM_BUTTONS__anonymous__no = Non
FORM_BUTTONS__closes__1h = Dans 1 heure
FORM_BUTTONS__closes__tomorrow = Demain à 18:00
FORM_BUTTONS__closes__3d = Dans 3 jours
FORM_BUTTONS__closes__7d = Dans une semaine
FORM_BUTTONS__closes__never = Je le terminerai
FORM_BUTTONS__to__everyone = Tout le monde
FORM_BUTTONS__confirm__send = Envoyer
FORM_BUTTONS__confirm__cancel = Annuler
FORM_BUTTONS__nobody__create = Le créer quand même
FORM_BUTTONS__nobody__cancel = Annuler
FORM_CHOSEN =
    { $question }
    
    ✅ { $answer }
FORM_SUMMARY_HEAD =
    Session : { $title } ({ $code })
    Question : { $question }
FORM_SUMMARY_TAIL =
    Choix multiple : { $multi }
    Anonyme : { $anonymous }
    Fin : { $closes }
FORM_CLOSES_AT = { $when } ({ $zone })
FORM_TO_EVERYONE = Pour : tous les membres joignables maintenant ({ $n })
FORM_TO_SEGMENT = Pour : le segment { $name } ({ $n } de ses membres joignables maintenant)
FORM_SEGMENT_BUTTON = { $name } ({ $n })
FORM_BY_HAND = quand vous le terminerez (/closepoll)
YES = oui
NO = non
FORM_OPTION_ADDED = Option { $n } ajoutée. Envoyez la suivante, ou /done.
POLL_NOBODY = Personne dans « { $title } » ne peut recevoir ce sondage en ce moment : { $why }. Un sondage part quand il est créé : personne ne le recevrait, ni maintenant ni plus tard. Le créer quand même ?
NOBODY_JOINED = personne ne l’a encore rejointe
NOBODY_AGREED = { $joined } inscrits, { $agreed } ont accepté de participer
NOBODY_OF_THOSE = { " " }; parmi eux, { $reasons }
NOBODY_REASONS__paused = { $n } en pause
NOBODY_REASONS__opted_out =
    { $n ->
        [one] { $n } s’est désinscrit
        [many] { $n } de personnes se sont désinscrites
       *[other] { $n } se sont désinscrits
    }
NOBODY_REASONS__blocked =
    { $n ->
        [one] { $n } a bloqué le bot
        [many] { $n } de personnes ont bloqué le bot
       *[other] { $n } ont bloqué le bot
    }
FORM_CANCELLED = Sondage annulé ; rien n’a été envoyé.
POLL_USAGE_ID = Usage : { $command } [code de session] <numéro de sondage>
NO_SUCH_POLL = Il n’y a pas de sondage n° { $id }.
POLL_ALREADY_CLOSED = Le sondage n° { $id } est déjà terminé.
POLL_CLOSED_BUTTON = Ce sondage est terminé.
POLL_CLOSED_ON = Ce sondage s’est terminé le { $when }. { $results }
POLL_CLOSED_COPY =
    📊 Le sondage n° { $id } de « { $title } » s’est terminé le { $when }.
    
    { $question }
    { $results }
POLL_CLOSED_REMINDER = 📊 Le sondage n° { $id } de « { $title } » s’est terminé le { $when } : son résultat figure sur le sondage lui-même.
ORGANISER_RESULTS =
    📊 Votre sondage dans « { $title } » :
    
    { $results }
RESULTS_TIE =
    Égalité : { $options }, avec { $n ->
        [one] { $n } voix
        [many] { $n } de voix
       *[other] { $n } voix
    } chacune.
RESULT_LINE = • { $option } : { $n } ({ NUMBER($share, style: "percent") })
POLL_NOT_MEMBER = Seuls les membres qui ont rejoint par le lien de la session peuvent voter. Rejoindre : { $link }
BALLOT_SAVED = Votre vote : { $choice }
BALLOT_CLEARED = Aucune option choisie pour l’instant.
RESULTS_SO_FAR =
    Sondage n° { $id } (ouvert) : { $question }
    { $voters ->
        [one] { $voters } votant
        [many] { $voters } de votants
       *[other] { $voters } votants
    } jusqu’ici.
RESULTS_FINAL =
    Le sondage n° { $id } est terminé : { $question }
    { $voters ->
        [one] { $voters } votant
        [many] { $voters } de votants
       *[other] { $voters } votants
    }.
LINKGROUP_USAGE = Usage : /linkgroup <code de session>, envoyé dans la discussion de groupe de la communauté.
LINKGROUP_TAKEN = Ce groupe est lié à une session menée par une autre équipe ; l’un de ses organisateurs peut le lier ailleurs.
LINKGROUP_PRIVATE = Envoyez /linkgroup <code> dans la discussion de groupe à lier, pas ici.
LINKED = Ce groupe est maintenant lié à « { $title } ». Les sondages de cette session y seront aussi publiés.
