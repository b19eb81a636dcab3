HELP_MEMBER_HEADER = Voici ce que vous pouvez faire :
HELP_ORGANISER_HEADER = Commandes d’organisateur :
HELP_COORDINATOR_HEADER = Commandes de coordinateur (aussi pour les organisateurs) :
HELP_ADMIN_HEADER = Commandes d’administrateur :
HELP_MORE = Usage et détails
MENU__start = rejoindre une session avec son code
MENU__help = ce que vous pouvez faire
MENU__back = revenir à la question précédente
MENU__skip = passer une question facultative
MENU__proposals = voir les propositions et voter
MENU__propose = ajouter une proposition
MENU__feedback = dire quelque chose aux organisateurs
MENU__pause = arrêter les rappels un moment
MENU__resume = reprendre où vous en étiez
MENU__timezone = votre fuseau horaire, pour les heures de silence
MENU__privacy = ce que je conserve sur vous, et combien de temps
MENU__mydata = tout ce qui est conservé sur vous, dans un fichier
MENU__forget = effacer vos données
MENU__newsession = créer une session
MENU__flows = les parcours disponibles
MENU__sessions = vos sessions, leurs codes et leurs chiffres
MENU__open = ouvrir une session aux membres
MENU__close = terminer une session (demande d’abord)
MENU__poll = lancer un sondage (seul : pas à pas)
MENU__closepoll = terminer un sondage
MENU__broadcast = écrire aux membres d’une session (demande d’abord)
MENU__nudge = relancer ceux qui n’ont pas fini ou pas voté
MENU__hide = masquer une proposition aux membres
MENU__unhide = réafficher une proposition masquée
MENU__linkgroup = lier ce groupe à une session
MENU__stats = les chiffres d’une session et un graphique
MENU__export = une session dans un fichier
# needs translation
MENU__answers = les réponses à une question
# needs translation
MENU__themes = what members wrote, grouped into themes
# needs translation
USAGE__language = /language [code]
# needs translation
USAGE__outcome = /outcome [code] <proposal number> adopted|declined|in_progress|done [why] [--ask-after 14d]
# needs translation
USAGE__translate = /translate [code] <proposal number> <language> <text>
MENU__results = les résultats d’un sondage
MENU__team = qui mène une session
MENU__audit = qui a fait quoi dans une session
MENU__grant = donner un rôle à quelqu’un
MENU__revoke = retirer un rôle
USAGE__start = /start <code>
USAGE__help = /help [all]
USAGE__propose = /propose <idée>
USAGE__feedback = /feedback <texte>
USAGE__newsession = /newsession <titre> [--flow <id du parcours>] [--community <nom>]
USAGE__open = /open <code>
USAGE__close = /close <code>
USAGE__poll = /poll <code> <question> | <option> | <option> [--multi] [--anonymous] [--closes 2h ou --closes friday 18:00]
USAGE__closepoll = /closepoll [code] <numéro de sondage>
USAGE__broadcast = /broadcast <code> <message>
USAGE__nudge = /nudge <code> [numéro de sondage | votes]
USAGE__hide = /hide [code] <numéro de proposition> [raison]
USAGE__unhide = /unhide [code] <numéro de proposition>
USAGE__linkgroup = /linkgroup <code>
USAGE__stats = /stats <code>
# needs translation
USAGE__export = /export <code> [csv|json|md] [--names]
# needs translation
USAGE__report = /report <code> [--moderated]
# needs translation
USAGE__answers = /answers <code> <étape> [page]
# needs translation
USAGE__themes = /themes <code> [step] [page]
# needs translation
HELP__language = choose the language I write to you in
# needs translation
HELP__outcome = record what became of a proposal; those who proposed or voted on it hear it, and once it is done are asked whether it changed anything for them
# needs translation
HELP__translate = a proposal in another of the session's languages: members who read it see it so, and their votes count for the one proposal
USAGE__results = /results [code] <numéro de sondage>
USAGE__team = /team <code> [add <identifiant> organiser|coordinator | remove <identifiant> | invite organiser|coordinator]
USAGE__audit = /audit <code> [page]
USAGE__grant = /grant <identifiant Telegram> organiser|coordinator
USAGE__revoke = /revoke <identifiant Telegram> organiser|coordinator
HELP__start = rejoindre une session avec son code
HELP__help = cette liste (all : avec la façon d’écrire chaque commande)
HELP__back = revenir à la question précédente
HELP__skip = passer une question marquée facultative
HELP__proposals = voir les propositions et voter dessus
HELP__propose = ajouter une proposition
HELP__feedback = dire quelque chose aux organisateurs
HELP__pause = arrêter les rappels et les messages un moment
HELP__resume = reprendre où vous en étiez
HELP__timezone = votre fuseau horaire, pour que je me taise la nuit
HELP__privacy = ce que je conserve sur vous, combien de temps et pourquoi (ce que vous avez accepté)
HELP__mydata = un fichier avec tout ce que je conserve sur vous
HELP__forget = effacer vos données (je vous demande de confirmer)
HELP__newsession = créer une session
HELP__flows = les parcours disponibles
HELP__sessions = vos sessions, leurs codes et leurs chiffres de participation
HELP__open = ouvrir une session aux membres
HELP__close = terminer une session (demande d’abord)
HELP__poll = lancer un sondage (/poll seul pour un formulaire pas à pas)
HELP__closepoll = terminer un sondage et annoncer ses résultats
HELP__broadcast = un message à tous les membres d’une session (montré d’abord, envoyé sur votre accord)
HELP__nudge = relancer ceux qui n’ont pas fini, pas voté à un sondage, ou (votes) pas voté sur les nouvelles propositions
HELP__hide = masquer une proposition aux membres
HELP__unhide = réafficher une proposition masquée
HELP__linkgroup = à envoyer dans une discussion de groupe pour la lier à une session
HELP__stats = les chiffres d’une session et un graphique
# needs translation
HELP__export = une session dans un fichier : CSV (une ligne par message), JSON (tout) ou md (à lire) ; membres sous pseudonymes sauf avec --names
# needs translation
HELP__report = the session's report to share: one HTML file for any browser or printer; hidden proposals left out unless --moderated (then marked)
# needs translation
HELP__answers = les réponses à une question
# needs translation
HELP__themes = what members wrote (or one question's answers), grouped into themes with their size, feeling and quotes
HELP__results = les résultats d’un sondage
HELP__team = qui mène une session, et le changer
HELP__audit = qui a fait quoi dans une session
HELP__grant = permettre à quelqu’un de créer ou coordonner des sessions
HELP__revoke = le retirer
STAFF_USAGE__proposals = /proposals <code> [page]
STAFF_USAGE__feedback = /feedback <code> [page]
STAFF_HELP__proposals = les propositions avec numéros, votes et pseudonymes des auteurs
STAFF_HELP__feedback = les commentaires, les plus récents d’abord, avec leur ton
# needs translation
MENU__language = the language I write to you in
# needs translation
MENU__outcome = tell members what became of a proposal
# needs translation
MENU__translate = a proposal in another language
# needs translation
MENU__report = a report to share, as one web page
