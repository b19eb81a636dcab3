NEWSESSION_USAGE =
    Usage : /newsession <titre> [--flow <id du parcours>] [--community <nom>] [--languages en,fr]
    Par exemple : /newsession Réaménagement du parc Elm --flow park_redesign --community Voisins de la rue Elm
    /flows liste les parcours.
NEWSESSION_PROBLEMS__unknown_option = Je ne connais pas l'option { $option } : utilisez --flow, --community ou --languages.
NEWSESSION_PROBLEMS__languages = Écrivez les langues en codes séparés par des virgules, par ex. --languages en,fr.
LANGUAGES_NOT_IN_FLOW = Le parcours { $flow } n'existe pas en { $missing }. Ses langues : { $languages }.
SESSION_LANGUAGES = Langues : { $languages } (chaque membre lit la sienne ; /language la change).
FLOW_LANGUAGES = { "  " }Langues : { $languages }
AUDIT_ACTIONS__outcome =
    { $who } a marqué la proposition n° { $proposal } { $state } ({ $members ->
        [one] { $members } membre prévenu
        [many] { $members } de membres prévenus
       *[other] { $members } membres prévenus
    })
AUDIT_ACTIONS__outcome_words = { $who } a changé les mots du résultat de la proposition n° { $proposal }
NEWSESSION_PROBLEMS__no_value = { $option } doit être suivi d’une valeur.
NEWSESSION_PROBLEMS__twice = { $option } est donné deux fois.
NEWSESSION_PROBLEMS__flow_words = L’id d’un parcours est un seul mot (/flows les liste), pas « { $flow } ».
TITLE_TOO_LONG =
    Ce titre est trop long : moins de { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    }, s’il vous plaît.
COMMUNITY_TOO_LONG =
    Ce nom de communauté est trop long : moins de { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    }, s’il vous plaît.
UNKNOWN_FLOW = Il n’y a pas de parcours « { $flow } ». Parcours disponibles : { $flows }.
SESSION_CREATED =
    « { $title } » est créée pour la communauté « { $community } » (parcours : { $flow }), en brouillon. Elle est à vous : seuls vous, l’équipe que vous ajoutez avec /team et les administrateurs la voient.
    
    Code pour rejoindre : { $code }
    Lien pour les membres : { $link }
    
    Les membres pourront la rejoindre dès que vous enverrez /open { $code }.
FLOWS_HEADER = Parcours installés :
OWN_FLOWS_HEADER = Parcours que vous m’avez envoyés :
FLOW_LINE =
    • { $id } — { $title } ({ $steps ->
        [one] { $steps } étape
        [many] { $steps } d’étapes
       *[other] { $steps } étapes
    })
FLOW_DESCRIPTION = { "  " }{ $description }
FLOWS_FOOTER = Utilisez-en un avec /newsession <titre> --flow <id>. Pour ajouter le vôtre, envoyez-moi son fichier .yaml (codesign flows new en écrit un modèle à modifier).
NO_SESSIONS = Il n’y a pas encore de session. Créez-en une avec /newsession <titre>.
SESSIONS_HEADER = Sessions (les plus récentes d’abord) :
SESSION_LINE = • { $title } — code { $code }, { $status }, parcours { $flow } : { $joined } inscrits, { $consented } ont accepté, { $completed } ont terminé ; { $reprompts }
REPROMPT_STATS =
    { $sent ->
        [one] { $sent } rappel ou relance envoyé
        [many] { $sent } de rappels et relances envoyés
       *[other] { $sent } rappels et relances envoyés
    }, { NUMBER($share, style: "percent") } de réponses en un jour
NO_REPROMPTS = aucun rappel envoyé pour l’instant
PICK_ASK = Pour quelle session, { $command } ?
PICK_NONE = Vous n’avez pas de session sur laquelle { $command } fonctionne en ce moment. /sessions liste les vôtres.
PICKED = { $command } pour « { $title } » ({ $code })
THERE = à vous
HELLO_ORGANISER = Bonjour { $name } ! Ici, vous organisez des sessions de co-conception.
HELLO_COORDINATOR = Bonjour { $name } ! Ici, vous suivez des sessions de co-conception en tant que coordinateur.
HELLO_SESSIONS = Vos sessions les plus récentes :
HELLO_SESSION_LINE = • { $title } ({ $code }), { $status }, { $joined } inscrits
HELLO_MORE = …et d’autres : /sessions les liste toutes.
HELLO_NO_SESSIONS = Vous n’avez pas encore de session.
STATUS_WORDS__draft = brouillon, pas encore ouverte
STATUS_WORDS__open = ouverte
STATUS_WORDS__closed = terminée
HELLO_NEXT = Lancez-en une avec /newsession <titre>, ouvrez-la avec /open <code> et partagez son lien ; /sessions montre les chiffres de chaque session, /help toutes les commandes. Pour essayer une session comme un membre, ouvrez son lien.
HELLO_NEXT_READER = /stats <code> montre les chiffres d’une session, /answers <code> ce que les membres ont répondu, /export <code> un fichier complet ; /help liste toutes les commandes.
A_PROPOSAL = une proposition
A_POLL = un sondage
WHICH_NUMBER = Plusieurs de vos sessions ont { $what } n° { $id }. Renvoyez-le avec le code de la session :
WHICH_NUMBER_LINE =
    • { $title } ({ $code }) : « { $text } »
    { "  " }{ $command } { $code } { $id }{ $rest }
CODE_USAGE = Usage : { $command } <code de session>
NO_SUCH_SESSION = Il n’y a pas de session avec le code « { $code } ». /sessions les liste.
NOT_YOUR_SESSION = Il n’y a pas de session « { $code } » parmi les vôtres. /sessions liste les sessions que vous menez.
NO_SESSION_HERE = Il n’y a pas de session « { $code } ». `codesign sessions` liste toutes les sessions et leurs codes.
OPENED = « { $title } » est ouverte. Les membres peuvent la rejoindre avec { $link }
ALREADY_OPEN = « { $title } » est déjà ouverte.
CLOSED = « { $title } » est terminée. Les membres ne peuvent plus répondre ; leurs réponses sont conservées.
ALREADY_CLOSED = « { $title } » est déjà terminée.
GRANT_USAGE = Usage : /grant <identifiant Telegram> organiser|coordinator
GRANTED = L’utilisateur { $user_id } a maintenant le rôle { $role }.
ALREADY_GRANTED = L’utilisateur { $user_id } a déjà le rôle { $role }.
BROADCAST_USAGE = Usage : /broadcast <code de session> <message à tous les membres>
BROADCAST_LONG =
    Ce message est trop long : { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    } au maximum, s’il vous plaît.
BROADCAST_CAPPED =
    « { $title } » a déjà envoyé { $cap ->
        [one] { $cap } message à tous
        [many] { $cap } de messages à tous
       *[other] { $cap } messages à tous
    } en 24 heures, autant que le plafond quotidien de son parcours le permet pour chaque membre ; le prochain pourra partir à partir du { $at }.
BROADCAST_MESSAGE =
    📣 De la part des organisateurs de « { $title } » :
    
    { $text }
BROADCAST_QUEUED =
    Envoi à { $n ->
        [one] { $n } membre
        [many] { $n } de membres
       *[other] { $n } membres
    } de « { $title } ». Au rythme de Telegram, cela prend environ { $duration } (terminé à { $done }). Les membres en pause ou qui ont bloqué le bot ne le reçoivent pas.
BROADCAST_WHAT = Que doivent recevoir les membres de « { $title } » ? Envoyez /broadcast { $code } suivi du message.
BROADCAST_PREVIEW =
    Voici ce que { $n ->
        [one] recevra { $n } membre
        [many] recevront { $n } de membres
       *[other] recevront { $n } membres
    } de « { $title } ». Au rythme de Telegram, l’envoi prend environ { $duration } (terminé à { $done }). Les membres en pause ou qui ont bloqué le bot ne le reçoivent pas.
BROADCAST_SEND = Envoyer à { $n }
BROADCAST_CANCEL = Annuler
BROADCAST_CANCELLED = Annulé : le message n’a pas été envoyé.
NOBODY_REACHABLE = Personne dans « { $title } » ne peut recevoir de message en ce moment (les membres en pause, qui ont refusé ou bloqué le bot sont exclus) : rien n’a été envoyé.
NOT_OPEN = « { $title } » est { $status } : seules les sessions ouvertes peuvent recevoir des messages.
NUDGE_USAGE = Usage : /nudge <code de session> pour relancer ceux qui n’ont pas fini les questions, /nudge <code de session> <numéro de sondage> pour relancer ceux qui n’ont pas voté à ce sondage, ou /nudge <code de session> votes pour rappeler à ceux qui ont fini les propositions qu’ils n’ont pas votées.
NUDGED_VOTES =
    Rappel envoyé à { $n ->
        [one] { $n } membre de « { $title } » qui a fini, pour les propositions qu’il n’a pas votées.
        [many] { $n } de membres de « { $title } » qui ont fini, pour les propositions qu’ils n’ont pas votées.
       *[other] { $n } membres de « { $title } » qui ont fini, pour les propositions qu’ils n’ont pas votées.
    }
NUDGE_VOTES_NOBODY = Tous ceux qui ont fini dans « { $title } » et peuvent recevoir des messages ont voté sur chaque proposition.
NUDGED =
    Rappel envoyé à { $n ->
        [one] { $n } membre de « { $title } » qui n’a pas fini
        [many] { $n } de membres de « { $title } » qui n’ont pas fini
       *[other] { $n } membres de « { $title } » qui n’ont pas fini
    } les questions.
NUDGED_POLL =
    Rappel envoyé à { $n ->
        [one] { $n } membre qui n’a pas voté
        [many] { $n } de membres qui n’ont pas voté
       *[other] { $n } membres qui n’ont pas voté
    } au sondage n° { $id }.
NUDGED_POLL_ANONYMOUS =
    Rappel envoyé { $n ->
        [one] au { $n } membre qui a reçu
        [many] aux { $n } de membres qui ont reçu
       *[other] aux { $n } membres qui ont reçu
    } le sondage anonyme n° { $id }. Qui a voté reste secret : ceux qui ont voté reçoivent donc aussi le rappel.
NUDGE_LATER =
    { " " }{ $n ->
        [one] { $n } d’entre eux est dans ses heures de silence ou a eu assez de rappels aujourd’hui : le sien part plus tard.
        [many] { $n } d’entre eux sont dans leurs heures de silence ou ont eu assez de rappels aujourd’hui : le leur part plus tard.
       *[other] { $n } d’entre eux sont dans leurs heures de silence ou ont eu assez de rappels aujourd’hui : le leur part plus tard.
    }
NUDGE_NOBODY = Tous ceux qui peuvent recevoir des messages dans « { $title } » ont fini les questions.
NUDGE_POLL_NOBODY = Tous ceux qui ont reçu le sondage n° { $id } et peuvent recevoir des messages ont voté.
RECEIVED_HEAD = Déjà envoyé :
RECEIVED_AT = • { $who }, à « { $step } » : { $what }
RECEIVED = • { $who } : { $what }
RECEIVED_SOME =
    { $n ->
        [one] { $n } rappel
        [many] { $n } de rappels
       *[other] { $n } rappels
    }, le dernier { $when }
RECEIVED_NONE = pas encore de rappel
RECEIVED_MORE = …et { $n } de plus.
POLL_REMINDER =
    Un rappel de « { $title } » : vous n’avez pas encore voté.
    
    { $poll }
POLL_REMINDER_ANONYMOUS =
    Un rappel de « { $title } » : si vous n’avez pas encore voté, il est encore temps (si c’est fait, votre vote compte et il n’y a rien d’autre à faire).
    
    { $poll }
AUDIT_HEADER = Ce qui s’est passé dans « { $title } » (le plus récent d’abord) :
AUDIT_USAGE = Usage : /audit <code de session> [page]
AUDIT_LINE = • { $when } — { $what }
SERVER = le bot ou son serveur
USER = Utilisateur { $id }
TEAM_USAGE = Usage : /team <code> pour voir l’équipe d’une session, /team <code> add <identifiant Telegram> organiser|coordinator, /team <code> remove <identifiant Telegram>, /team <code> invite organiser|coordinator pour un lien qui ajoute la personne qui l’ouvre, ou /team <code> names on|off (ses coordinateurs peuvent-ils exporter les noms des membres)
TEAM_NAMES_ON = Noms : les coordinateurs peuvent les exporter (/team <code> names off pour l’arrêter).
TEAM_NAMES_OFF = Noms : seuls les organisateurs peuvent les exporter (/team <code> names on l’autorise aux coordinateurs).
NAMES_ON = Les coordinateurs de « { $title } » peuvent maintenant exporter les noms des membres (/export <code> --names).
NAMES_OFF = Seuls les organisateurs de « { $title } » peuvent maintenant exporter les noms des membres.
A_ROLE__organiser = organisateur
A_ROLE__coordinator = coordinateur
TEAM_HEADER = L’équipe de « { $title } » :
TEAM_OWNER = • { $who } — propriétaire
TEAM_LINE = • { $who } — { $role }
TEAM_ADDED = { $who } est maintenant { $role } de « { $title } ».
TEAM_ALREADY = { $who } est déjà { $role } de « { $title } ».
TEAM_REMOVED = { $who } ne fait plus partie de l’équipe de « { $title } ».
TEAM_NOT_ON = { $who } ne fait pas partie de l’équipe de « { $title } ».
TEAM_OWNER_STAYS = Le propriétaire de « { $title } » reste dans son équipe.
TEAM_OWNER_ONLY = Seul le propriétaire de « { $title } » (ou un administrateur) ajoute ou retire des organisateurs.
TEAM_YOU_ADDED = { $by } vous a nommé { $role } de « { $title } ». { $can }
TEAM_YOU_REMOVED = { $by } vous a retiré de l’équipe de « { $title } » : vous ne la voyez ni ne la menez plus. Ce que vous avez répondu en tant que membre reste à vous.
TEAM_CAN = Vous pouvez maintenant y utiliser { $commands } (son code : { $code }) ; /help explique comment.
TEAM_INVITE =
    Envoyez ce lien à la personne que vous voulez comme { $role } de « { $title } ». Il fonctionne une fois, pour la première personne qui l’ouvre, pendant { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    } :
    { $link }
TEAM_YOU_JOINED = Vous êtes maintenant { $role } de « { $title } ». { $can }
TEAM_LINK_OPENED = { $who } a ouvert votre lien et est maintenant { $role } de « { $title } ».
TEAM_LINK_ALREADY = Vous êtes déjà { $role } de « { $title } » ; le lien reste inutilisé.
TEAM_LINK_USED = Ce lien d’équipe a déjà servi. Demandez-en un nouveau à la personne qui vous l’a envoyé.
TEAM_LINK_EXPIRED = Ce lien d’équipe a expiré. Demandez-en un nouveau à la personne qui vous l’a envoyé.
REVOKE_USAGE = Usage : /revoke <identifiant Telegram> organiser|coordinator
REVOKED = L’utilisateur { $user_id } n’a plus le rôle { $role }.
REVOKED_TEAMS =
    { " " }Il quitte aussi l’équipe de { $n ->
        [one] { $n } session
        [many] { $n } de sessions
       *[other] { $n } sessions
    }.
NOT_GRANTED = L’utilisateur { $user_id } n’a pas le rôle { $role }.
CLOSE_ASK = Terminer « { $title } » ? Les membres ne pourront plus répondre ; tout ce qu’ils ont dit est conservé.
CLOSE_POLL_OPEN = Le sondage n° { $id } (« { $question } ») est encore ouvert : il se termine avec la session.
CLOSED_POLL = Le sondage n° { $id } s’est terminé avec elle ; son résultat est en route vers vous et ses membres.
CLOSE_YES = La terminer
CLOSE_NO = La garder ouverte
CLOSE_KEPT = « { $title } » reste ouverte.
REOPENED = « { $title } » est de nouveau ouverte. Les membres peuvent reprendre où ils en étaient : { $link }
CANNOT_REOPEN_NOW = « { $title } » s’est terminée le { $date } et, depuis, { $what } : elle reste donc terminée. Lancez une nouvelle session avec /newsession.
FLOW_FILE_FAILED =
    Votre fichier de parcours { $file } ne s’est pas chargé au démarrage du bot : les nouvelles sessions ne peuvent pas utiliser « { $flow } » ; les sessions en cours gardent le parcours avec lequel elles ont ouvert.
    
    { $problems }
    
    Corrigez-le (codesign flows check { $file } liste tous les problèmes) et redémarrez le bot.
MORE_PROBLEMS = … et { $n } de plus.
FLOW_UPLOAD_UNREADABLE = Je lis les fichiers de parcours seulement en texte UTF-8 d’au plus { $kb } ko, se terminant par .yaml. Rien n’a changé.
FLOW_UPLOAD_ERRORS =
    { $errors ->
        [one] { $errors } erreur{ $warned } dans { $file } : corrigez-la et renvoyez le fichier.
        [many] { $errors } d’erreurs{ $warned } dans { $file } : corrigez-les et renvoyez le fichier.
       *[other] { $errors } erreurs{ $warned } dans { $file } : corrigez-les et renvoyez le fichier.
    } Rien n’a changé.
FLOW_UPLOAD_OK = { $file } : fichier de parcours correct{ $warned }.
FLOW_UPLOAD_WARNED =
    , { $n ->
        [one] { $n } avertissement
        [many] { $n } d’avertissements
       *[other] { $n } avertissements
    }
FLOW_UPLOAD_TAKEN = « { $flow } » est l’id d’un parcours installé : nommez votre fichier autrement (ou changez son id:), puis renvoyez-le. Rien n’a changé.
FLOW_UPLOAD_STORED =
    { $new } « { $title } » ({ $flow }, { $steps ->
        [one] { $steps } étape
        [many] { $steps } d’étapes
       *[other] { $steps } étapes
    }) pour vos sessions : utilisez-le pour une nouvelle session avec /newsession <titre> --flow { $flow }. Les sessions déjà ouvertes gardent le texte avec lequel elles ont ouvert.
FLOW_UPLOAD_NEW = Enregistré :
FLOW_UPLOAD_REPLACED = Votre parcours remplacé :
FLOW_REHEARSAL = Une répétition : ses premières questions telles que les membres les verront (les paramètres apparaissent comme [session], [community], [organiser] ; codesign flows try { $file } le parcourt en entier) :
# a session's status
STATUS__draft = en brouillon
# a session's status
STATUS__open = ouverte
# a session's status
STATUS__closed = terminée
SECONDS =
    { $n ->
        [one] { $n } seconde
        [many] { $n } de secondes
       *[other] { $n } secondes
    }
MINUTES =
    { $n ->
        [one] { $n } minute
        [many] { $n } de minutes
       *[other] { $n } minutes
    }
HOURS = { NUMBER($n, minimumFractionDigits: 1, maximumFractionDigits: 1) } heures
AUDIT_ACTIONS__created = { $who } l’a créée
AUDIT_ACTIONS__opened = { $who } l’a ouverte
AUDIT_ACTIONS__closed = { $who } l’a terminée
AUDIT_ACTIONS__reopened = { $who } l’a rouverte
AUDIT_ACTIONS__polled = { $who } a lancé le sondage n° { $poll }
AUDIT_ACTIONS__poll_closed = { $who } a terminé le sondage n° { $poll }
AUDIT_ACTIONS__poll_due = { $who } a terminé le sondage n° { $poll } à son heure de fin
AUDIT_ACTIONS__broadcast =
    { $who } a envoyé un message à { $members ->
        [one] { $members } membre
        [many] { $members } de membres
       *[other] { $members } membres
    } : « { $text } »
AUDIT_ACTIONS__nudged =
    { $who } a relancé { $members ->
        [one] { $members } membre
        [many] { $members } de membres
       *[other] { $members } membres
    }
AUDIT_ACTIONS__nudged_votes =
    { $who } a rappelé les propositions à { $members ->
        [one] { $members } membre
        [many] { $members } de membres
       *[other] { $members } membres
    }
AUDIT_ACTIONS__nudged_poll =
    { $who } a rappelé le sondage n° { $poll } à { $members ->
        [one] { $members } membre
        [many] { $members } de membres
       *[other] { $members } membres
    }
AUDIT_ACTIONS__hid = { $who } a masqué la proposition n° { $proposal } ({ $reason })
AUDIT_ACTIONS__unhid = { $who } a réaffiché la proposition n° { $proposal }
AUDIT_ACTIONS__linked_group = { $who } a lié une discussion de groupe
AUDIT_ACTIONS__team_added = { $who } a ajouté l’utilisateur { $user } à l’équipe comme { $role }
AUDIT_ACTIONS__team_removed = { $who } a retiré l’utilisateur { $user } de l’équipe ({ $role })
AUDIT_ACTIONS__team_invited = { $who } a créé un lien pour rejoindre l’équipe comme { $role }
AUDIT_ACTIONS__team_joined = { $who } a rejoint l’équipe comme { $role } par un lien
AUDIT_ACTIONS__exported = { $who } l’a exportée ({ $format })
AUDIT_ACTIONS__exported_names = { $who } l’a exportée ({ $format }, avec les noms)
AUDIT_ACTIONS__names_on = { $who } a autorisé les coordinateurs à exporter les noms des membres
AUDIT_ACTIONS__names_off = { $who } a retiré aux coordinateurs le droit d’exporter les noms des membres
AUDIT_ACTIONS__read = { $who } a lu { $what }
AUDIT_ACTIONS__read_proposals = { $who } a lu ses propositions
AUDIT_ACTIONS__read_feedback = { $who } a lu ses commentaires
AUDIT_ACTIONS__read_answers = { $who } a lu les réponses à { $step }
AUDIT_ACTIONS__read_stats = { $who } a lu ses chiffres
AUDIT_ACTIONS__read_results = { $who } a lu les résultats du sondage n° { $poll }
AUDIT_ACTIONS__read_themes = { $who } a lu les thèmes de ses réponses
AUDIT_ACTIONS__read_themes_step = { $who } a lu les thèmes des réponses à { $step }
AUDIT_ACTIONS__read_report = { $who } a lu le rapport
AUDIT_ACTIONS__read_report_moderated = { $who } a lu le rapport avec les propositions modérées
AUDIT_ACTIONS__translated = { $who } a traduit la proposition n° { $proposal } (langue : { $language })
AUDIT_ACTIONS__granted = { $who } a donné le rôle { $role } à l’utilisateur { $user }
AUDIT_ACTIONS__revoked = { $who } a retiré le rôle { $role } à l’utilisateur { $user }
AUDIT_OTHER = { $who } : { $what }
# {date} in CANNOT_REOPEN_NOW, when the closing time is not known
EARLIER = plus tôt
LINK_TAGS = Pour voir d’où viennent les membres, donnez à chaque endroit son propre lien : ajoutez un tiret et un mot en lettres, comme { $link }-flyer ou { $link }-marche.
SEED_USAGE = Utilisation : /seed <code> proposal <numéro> <relais> ou /seed <code> poll <numéro> <relais>. Nommez les relais par @nom_utilisateur ou pseudonyme (m-…), ou écrivez top <N> pour les N membres qui ont amené le plus de voisins ayant participé.
SEED_NOT_OPEN = « { $title } » n’est pas ouverte : ses membres pourront être sollicités une fois qu’elle le sera.
SEED_POLL_CLOSED = Le sondage n° { $id } est clos : il n’y a plus rien à partager.
SEED_NOBODY_BROUGHT = Personne n’a encore amené qui que ce soit dans « { $title } » : nommez plutôt les relais (@nom_utilisateur ou pseudonyme).
SEED_TOO_MANY = Au plus { $most } relais à la fois.
SEED_UNKNOWN = Pas parmi les membres qui ont accepté de participer : { $names }. Rien n’a été envoyé.
SEED_WHAT__proposal = la proposition n° { $id }
SEED_WHAT__poll = le sondage n° { $id }
SEEDED =
    { $what } semé par { $n ->
        [one] 1 relais
        [many] { $n } de relais
       *[other] { $n } relais
    } : { $champions }. Chacun reçoit une courte demande avec son propre lien et un bouton pour le partager, dès qu’on peut lui écrire (pas pendant une pause, jamais pendant ses heures calmes). Qui rejoint par ce lien le voit en premier.
AUDIT_ACTIONS__seeded =
    { $who } a demandé à { $champions ->
        [one] 1 relais
        [many] { $champions } de relais
       *[other] { $champions } relais
    } de partager { $what ->
        [poll] le sondage
       *[proposal] la proposition
    } n° { $number }
