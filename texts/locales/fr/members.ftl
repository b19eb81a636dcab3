WELCOME_NO_CODE =
    Bonjour ! J’aide les habitants à imaginer ensemble les projets de leur quartier.
    
    Pour participer, ouvrez le lien partagé par votre organisateur (il ressemble à t.me/{ $bot }?start=…), ou envoyez /start suivi du code de la session.
UNKNOWN_CODE = Je ne connais pas le code de session « { $code } ». Vérifiez le lien partagé par votre organisateur, ou demandez-lui-en un nouveau.
SESSION_DRAFT = La session « { $title } » n’est pas encore ouverte. Réessayez quand l’organisateur l’aura ouverte.
SESSION_CLOSED = La session « { $title } » est terminée. Merci de votre intérêt !
SESSION_CLOSED_UNFINISHED = « { $title } » est terminée : il n’y aura plus de questions. Merci d’avoir participé : tout ce que vous avez dit est conservé.
SOME_SESSION_DRAFT = Cette session n’est pas encore ouverte. Je vous écrirai ici quand elle ouvrira.
DRAFT_OPENED = « { $title } » est ouverte. Pour participer, ouvrez { $link } ou envoyez /start { $code }.
SOME_SESSION_CLOSED = Cette session est terminée. Merci de votre intérêt !
CONSENT_TERMS =
    Je conserverai ce que vous écrivez ici (vos réponses, propositions, votes et commentaires), votre nom Telegram et l’heure de chaque message, pour que les organisateurs de { $community } puissent s’en servir dans cette session de co-conception. Le ton de ce que vous écrivez est aussi évalué automatiquement (positif, neutre ou négatif) : les organisateurs le voient dans leurs chiffres, et une réponse négative peut entraîner une question de suivi. Si quelqu’un rejoint la session par un lien que vous partagez, je le compte pour vous : les organisateurs voient combien de personnes chaque membre a amenées (jamais lesquelles), et /myreach vous montre les vôtres.
    
    Combien de temps : jusqu’à ce que vous envoyiez /forget, qui efface votre nom et vos mots (seuls des décomptes anonymes restent). Rien n’est supprimé de soi-même, et les fichiers exportés par les organisateurs sont sous leur responsabilité.
    
    Vous pouvez envoyer /pause à tout moment pour arrêter mes rappels et /resume pour reprendre. /mydata vous envoie tout ce que je conserve sur vous, et /forget l’efface (après vous l’avoir redemandé). Si vous refusez, je garde seulement le fait que quelqu’un a refusé. /privacy réaffiche ce message.
CONSENT =
    Bienvenue dans « { $title } » ! Avant de commencer, voici ce que je conserve et pourquoi.
    
    { CONSENT_TERMS }
    
    Acceptez-vous de participer ?
PRIVACY =
    Ce que je conserve pour « { $title } » :
    
    { CONSENT_TERMS }
PRIVACY_AGREED = Vous avez accepté de participer le { $date }.
PRIVACY_NO_SESSION =
    Vous n’êtes encore dans aucune session. Quand vous en rejoindrez une (ouvrez le lien de votre organisateur, ou envoyez /start suivi du code de la session), je vous le demanderai d’abord, et voici ce que je conserve :
    
    { CONSENT_TERMS }
CONSENT_YES = J’accepte
CONSENT_NO = Non merci
CONSENT_GIVEN = ✅ Vous avez accepté de participer le { $date }.
CONSENT_DECLINED = Pas de problème : je ne vous demanderai rien de plus. Si vous changez d’avis, écrivez-moi ou rouvrez le lien.
CONSENT_PENDING = Répondez d’abord à la question ci-dessus : acceptez-vous de participer ?
CONSENT_DECLINED_BEFORE = Vous avez refusé de participer à « { $title } », je ne vous demande donc rien. Vous avez changé d’avis ? Touchez ci-dessous pour nous rejoindre.
CONSENT_AFTER_ALL = Je veux participer
ALREADY_JOINED = Heureux de vous revoir dans « { $title } » ! Voici où nous en étions :
BACK_TO_QUESTION = Et revenons où nous en étions :
FLOW_FINISHED_ALREADY = Vous avez répondu à toutes les questions de « { $title } ». Merci ! /help indique ce que vous pouvez encore faire.
PAUSED = En pause : plus de rappels, de sondages ni de nouvelles de ma part jusqu’à ce que vous envoyiez /resume. Je réponds toujours quand vous m’écrivez.
ALREADY_PAUSED = Vous êtes déjà en pause. Envoyez /resume pour reprendre.
RESUMED = Rebonjour ! Les rappels sont réactivés.
WHILE_AWAY = Pendant votre absence : { $missed }. Ils arrivent juste après.
AWAY_POLLS =
    { $n ->
        [one] { $n } sondage ouvert
        [many] { $n } de sondages ouverts
       *[other] { $n } sondages ouverts
    }
AWAY_MESSAGES =
    { $n ->
        [one] { $n } message des organisateurs
        [many] { $n } de messages des organisateurs
       *[other] { $n } messages des organisateurs
    }
NOT_PAUSED = Vous n’êtes pas en pause : tout est en ordre.
TIMEZONE_ASK = Votre fuseau horaire est { $zone } (il y est { $time }) : je me tais la nuit à cette heure-là. Touchez le vôtre, ou envoyez /timezone suivi de votre ville ou fuseau, par exemple /timezone Lisbonne.
TIMEZONE_SET = Votre fuseau horaire est maintenant { $zone } (il y est { $time }). Je me tairai la nuit.
TIMEZONE_UNKNOWN = Je ne connais pas le fuseau horaire « { $typed } ». Envoyez une ville (/timezone Lisbonne) ou un nom de fuseau (/timezone Europe/Lisbon).
EDIT_IGNORED = Je lis seulement les nouveaux messages : votre modification n’a rien changé. Pour changer une réponse, envoyez /back.
UNKNOWN_COMMAND = Je ne connais pas la commande { $command }. /help indique ce que vous pouvez faire.
NOT_ALLOWED = Désolé, seuls { $role } peuvent utiliser { $command }.
NOT_ALLOWED_BUTTON = Désolé, seuls { $role } peuvent utiliser ce bouton.
NON_TEXT_OUTSIDE_FLOW = Je ne sais lire que des messages texte. /help indique ce que vous pouvez faire.
STALE_BUTTON = Ce bouton n’est plus valable.
# {organiser} in a flow, when the bot never met them
THE_ORGANISERS = les organisateurs
SESSION_NOT_OPEN_BUTTON = Cette session n’est plus ouverte.
NEED_SESSION = Rejoignez d’abord une session : ouvrez le lien partagé par votre organisateur. /help indique ce que vous pouvez faire.
MYDATA_HEAD = Ce que je conserve sur vous, en bref :
MYDATA_YOU = Vous : { $name }{ $username } ; fuseau horaire : { $zone }.
MYDATA_NO_ZONE = non défini
MYDATA_SESSION =
    « { $title } » : rejoint le { $joined }, { $consent }. { $answers ->
        [one] { $answers } réponse
        [many] { $answers } de réponses
       *[other] { $answers } réponses
    }, { $proposals ->
        [one] { $proposals } proposition
        [many] { $proposals } de propositions
       *[other] { $proposals } propositions
    }, { $votes ->
        [one] { $votes } vote
        [many] { $votes } de votes
       *[other] { $votes } votes
    }, { $feedback ->
        [one] { $feedback } commentaire
        [many] { $feedback } de commentaires
       *[other] { $feedback } commentaires
    }.
MYDATA_AGREED = accord donné le { $date }
MYDATA_DECLINED = a refusé
MYDATA_NOT_ASKED = pas encore demandé
MYDATA_NO_SESSIONS = Aucune session rejointe.
MYDATA_FILE_NEXT = Tous les détails, avec nos messages, suivent dans un fichier (JSON, pour un ordinateur ou un autre service). /forget l’efface ; /privacy explique pourquoi il est conservé.
MYDATA_CAPTION = Tout ce que le bot conserve sur vous, au { $date }.
FORGET_CONFIRM =
    Cela efface votre nom, votre nom d’utilisateur et votre fuseau horaire, et tout ce que vous avez écrit dans chaque session : réponses, propositions, commentaires et messages. Ce qui reste ne porte pas votre nom : vos votes, le nombre de réponses et les propositions que d’autres ont déjà votées (comme « retirées », avec leurs décomptes de votes, sans vos mots). Je ne vous écrirai plus, sauf si vous rejoignez à nouveau une session. C’est définitif.{ $staff }
    
    Effacer vos données ?
FORGET_STAFF_KEEPS =
    { "\u000A" }
    En tant que { $role }, vous gardez ce qui n’est pas à vous seul : votre rôle, votre place dans les équipes des sessions, les sessions que vous avez créées et les entrées du journal de ce que vous y avez fait, avec votre identifiant Telegram (votre nom disparaît), pour que vos équipes voient toujours qui a fait quoi. Pour quitter un rôle, demandez à un administrateur.
STAFF_ROLE_WORDS__admin = administrateur
STAFF_ROLE_WORDS__organiser = organisateur
STAFF_ROLE_WORDS__coordinator = coordinateur
FORGET_YES = Effacer mes données
FORGET_NO = Les garder
FORGET_KEPT = Rien n’a été effacé. Renvoyez /forget quand vous voulez.
FORGET_DONE =
    C’est fait : votre nom, votre nom d’utilisateur et votre fuseau horaire sont effacés, ainsi que { $answers ->
        [one] { $answers } réponse
        [many] { $answers } de réponses
       *[other] { $answers } réponses
    }, { $proposals ->
        [one] { $proposals } proposition
        [many] { $proposals } de propositions
       *[other] { $proposals } propositions
    }, { $feedback ->
        [one] { $feedback } commentaire
        [many] { $feedback } de commentaires
       *[other] { $feedback } commentaires
    } et { $messages ->
        [one] { $messages } message
        [many] { $messages } de messages
       *[other] { $messages } messages
    } que vous avez écrits, avec les messages du bot qui les citaient.
    
    Conservé sans votre nom : { $withdrawn ->
        [one] { $withdrawn } proposition que d’autres avaient votée
        [many] { $withdrawn } de propositions que d’autres avaient votées
       *[other] { $withdrawn } propositions que d’autres avaient votées
    } (comme « retirées », avec leurs décomptes de votes), { $votes ->
        [one] { $votes } vote
        [many] { $votes } de votes
       *[other] { $votes } votes
    }, { $ballots ->
        [one] { $ballots } choix de sondage
        [many] { $ballots } de choix de sondage
       *[other] { $ballots } choix de sondage
    }, et le fait que quelqu’un a participé à { $sessions ->
        [one] { $sessions } session
        [many] { $sessions } de sessions
       *[other] { $sessions } sessions
    }.
    
    Je ne vous écrirai plus. Pour participer plus tard, ouvrez le lien d’une session : vous repartirez de zéro.{ $staff }
FORGET_DONE_STAFF =
    { "\u000A" }
    Conservé en tant que { $role } : votre rôle, vos places dans les équipes, vos sessions et les entrées du journal de vos actions (avec votre identifiant Telegram).
FORGET_NOTHING = Je n’ai rien de conservé sur vous.
# {community} in PRIVACY_NO_SESSION
THE_COMMUNITY = la communauté de la session
ROLES_HELD_BY__organiser = les organisateurs
ROLES_HELD_BY__coordinator = les coordinateurs
ROLES_HELD_BY__admin = les administrateurs
ROLE_NAMES__organiser = organisateur
ROLE_NAMES__coordinator = coordinateur
ROLE_NAMES__admin = administrateur
MYDATA_ABOUT = Tout ce que le bot de co-conception conserve sur vous : votre fiche de membre, vos rôles, les sessions que vous avez rejointes, vos réponses, propositions, votes, commentaires et choix de sondage, où vous en êtes dans les questions de chaque session, les messages entre vous et le bot, et ce qui attend encore de vous être envoyé. Les heures sont en UTC.
LANGUAGE_HINT = Je vous écrirai en { $language }. Pour changer, envoyez /language ({ $others }).
LANGUAGE_ASK = Je vous écris en { $language } dans « { $title } ». Quelle langue préférez-vous ?
LANGUAGE_ONLY = « { $title } » n'existe qu'en { $language }.
LANGUAGE_SET = ✅ Désormais, je vous écrirai en { $language }.
LANGUAGE_UNCHANGED = Je vous écris déjà en { $language }.
LANGUAGE_NOT_OFFERED = « { $title } » n'est pas en « { $typed } ». Ses langues : { $languages }.
LANGUAGE_NO_SESSION = Votre langue se choisit parmi celles de votre session : rejoignez-en d'abord une (ouvrez le lien partagé par votre organisateur).
LANDED_PROPOSAL = 📣 Vous êtes arrivé par un lien vers cette proposition. Qu’en pensez-vous ?
LANDED_POLL = 📊 Vous êtes arrivé par un lien vers le sondage n° { $id } : il arrive juste après ce message.
SHARE_INVITE_BUTTON = 📣 Partager votre invitation
SHARE_INVITE_TEXT = Rejoignez-moi dans « { $title } » : les voisins le construisent ensemble, et votre avis compte.
MYREACH =
    { $joined ->
        [one] 1 personne a rejoint
        [many] { $joined } de personnes ont rejoint
       *[other] { $joined } personnes ont rejoint
    } « { $title } » par vos liens, et { $active } d’entre elles ont participé (répondu à au moins une question). Je les compte ; je ne dis jamais qui elles sont.
MYREACH_NONE = Personne n’a encore rejoint « { $title } » par vos liens.
MYREACH_LINK = Votre lien d’invitation : { $link }
SEED_REQUEST =
    Les organisateurs de « { $title } » aimeraient que davantage de voisins voient { $what }. Pourriez-vous le transmettre aux personnes que cela peut intéresser ? Votre propre lien : { $link }
    
    Qui rejoint par ce lien le voit en premier. Je compte combien de personnes rejoignent grâce à vous, jamais lesquelles.
SEED_SHARE_TEXT = Jetez un œil à { $what } dans « { $title } », et donnez votre avis :
SEED_SHARE_BUTTON = 📣 Le partager
SEED_ABOUT_PROPOSAL = la proposition n° { $id } « { $text } »
SEED_ABOUT_POLL = le sondage n° { $id } « { $text } »
