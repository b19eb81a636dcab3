READ_USAGE = Usage : { $command } <code de session> [page]
PROPOSALS_FOR_A_SESSION = Organisateurs et coordinateurs : /proposals <code de session> liste ses propositions.
ANSWERS_USAGE = Usage : /answers <code de session> <id de l’étape> [page]. Étapes de « { $title } » : { $steps }
ANSWERS_USAGE_PLAIN = Usage : /answers <code de session> [id de l'étape] [page]
ANSWERS_WHICH = Quelle question de « { $title } » ? Les résultats de chacune, dans l'ordre du parcours :
ANSWERS_BUTTON = { $label } ({ $n })
NO_QUESTIONS = « { $title } » ne pose aucune question : son parcours n'a que des messages et des votes.
NO_SUCH_STEP = « { $title } » n’a pas d’étape « { $step } ». Ses étapes : { $steps }
PAGE_FOOTER = Page { $page } sur { $pages }. Suivante : { $more } { $next }
PAGE_LAST = Page { $page } sur { $pages }.
NO_PAGE =
    Il n’y a pas de page { $page } : « { $title } » en a { $pages ->
        [one] { $pages }
        [many] { $pages }
       *[other] { $pages }
    }.
PROPOSALS_HEAD = Propositions de « { $title } » ({ $n }), par numéro. Masquez-en une avec /hide { $code } <numéro> [raison].
PROPOSAL_LINE =
    n° { $id } par { $author } · { $agree } pour, { $disagree } contre, { $passed } passent{ $flags }
    { $text }
QUOTED = « { $text } »
PROPOSAL_HIDDEN_FLAG = { " " }· masquée
PROPOSAL_WITHDRAWN_FLAG = { " " }· retirée
WITHDRAWN_TEXT = (retirée par son auteur)
NO_PROPOSALS_READ = « { $title } » n’a pas encore de proposition.
FEEDBACK_HEAD = Commentaires sur « { $title } » ({ $n }), les plus récents d’abord.
FEEDBACK_LINE =
    n° { $id } · { $when } · { $author } · { $mood }
    « { $text } »
NO_FEEDBACK_READ = Personne n’a encore laissé de commentaire sur « { $title } ».
ANSWERS_HEAD =
    « { $title } », question { $step } :
    { $prompt }
ANSWERS_TALLY =
    • { $label } : { $count ->
        [one] { $count } membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
ANSWER_LINE =
    { $author } · { $when }{ $mood }{ $flags }
    « { $text } »
SIDE_NAMES__followup = réponse à une relance
SIDE_NAMES__elaboration = plus de détails, sur demande
ANSWER_HIDDEN_FLAG = { " " }· une proposition masquée par les organisateurs
# every share shown: raw, beside its counts
SHARE = { $count } sur { $total }, { NUMBER($share, style: "percent") }
SHARE_OF_NONE = { $count } sur { $total }
RESULTS_ANSWERED = réponses : { $answered }
RESULTS_SKIPPED = passées : { $n }
RESULTS_ERASED = effacées par leurs auteurs : { $n }
RESULTS_OPTION = • { $label } : { $share }
RESULTS_MULTIPLE = Plusieurs choix étaient possibles : les parts se rapportent aux membres qui ont répondu, leur total peut dépasser 100 %.
RESULTS_SCALE = Moyenne { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, médiane { NUMBER($median) }.
RESULTS_WRITTEN = Les plus récentes d'abord, chacune avec son ton.
RESULTS_ADDED = réponses à des relances ou demandes de détails : { $n }
RESULTS_NONE = Personne n'a encore répondu.
RESULTS_HEAD = Résultats par question
RESULTS_BRIEF_HEAD = Résultats par question (/answers { $code } pour chacune en entier)
RESULTS_BRIEF_CHOICE = • { $label } : { $counted } ; choix le plus fréquent : { $top } ({ $share })
RESULTS_BRIEF_SCALE = • { $label } : { $counted } ; moyenne { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, médiane { NUMBER($median) }
RESULTS_BRIEF_WRITTEN = • { $label } : { $counted }{ $moods }
RESULTS_BRIEF_MOODS = ; négatives : { $negative }, positives : { $positive }
RESULTS_BRIEF_EMPTY = • { $label } : personne n'a encore répondu
RESULTS_TIED = { " " }et{ " " }
NO_QUESTIONS_ASKED = Le parcours ne pose aucune question à lui.
SIDE_ANSWER_LINE =
    { $author } · { $when } · { $kind }{ $mood }
    « { $text } »
NO_ANSWERS_READ = Personne n’a encore répondu à « { $step } » dans « { $title } ».
MOOD = { $label } ({ SIGNED($polarity) })
MOOD_UNKNOWN = ton inconnu
STATS_HEAD = 📊 « { $title } » (code { $code }, { $status })
STATS_FUNNEL = Participation
STATS_STAGE = • { $name } : { $count }
STATS_STAGE_SHARE = • { $name } : { $count } ({ NUMBER($share, style: "percent") })
CHART_ANSWERED = % de réponses
CHART_MOODS =
    Ton des mots des membres, par { $unit ->
        [hour] heure
       *[day] jour
    }
CHART_MEAN = polarité moyenne
CHART_TEXTS = textes
CHART_GROUPS = Groupes d’opinion (membres qui votent de la même façon)
CHART_VOTES__agree = pour
CHART_VOTES__disagree = contre
CHART_VOTES__passed = passe
MARKDOWN_META = Code `{ $code }`, { $status }, parcours { $flow }.
REPORT_FUNNEL_COLUMNS__0 = { "" }
REPORT_FUNNEL_COLUMNS__1 = membres
REPORT_FUNNEL_COLUMNS__2 = parmi les inscrits
REPORT_REPLY_COLUMNS__0 = { "" }
REPORT_REPLY_COLUMNS__1 = envoyés
REPORT_REPLY_COLUMNS__2 = avec réponse
REPORT_REPLY_COLUMNS__3 = en un jour
REPORT_REPLY_COLUMNS__4 = taux de réponse
REPORT_MOOD_COLUMNS__0 = textes
REPORT_MOOD_COLUMNS__1 = polarité moyenne
REPORT_MOOD_COLUMNS__2 = négatifs
REPORT_MOOD_COLUMNS__3 = positifs
REPORT_HOUR = heure
REPORT_DAY = jour
REPORT_DIVISIVE_COLUMNS__0 = n°
REPORT_DIVISIVE_COLUMNS__1 = proposition
REPORT_DIVISIVE_COLUMNS__2 = pour
REPORT_DIVISIVE_COLUMNS__3 = contre
REPORT_DIVISIVE_COLUMNS__4 = passe
STATS_STAGE_NAMES__joined = inscrits
STATS_STAGE_NAMES__consented = ont accepté de participer
STATS_STAGE_NAMES__started = ont répondu à une question
STATS_STAGE_NAMES__completed = ont fini les questions
STATS_STAGE_NAMES__proposed = ont écrit une proposition
STATS_STAGE_NAMES__voted = ont voté sur des propositions
STATS_REPLIES = Réponses aux rappels et aux relances
STATS_FEW_MOODS = Pas encore assez de données pour montrer le ton au fil du temps.
STATS_RANKED_HOW = Classées par (pour + 1) / (votes + 2), un score qui empêche une proposition avec peu de votes d'arriver en tête ; seules les propositions avec { $least } votes ou plus et non divisées sont classées. Les parts sont brutes.
STATS_DIVISIVE_HOW = Plus d'un tiers de ceux qui ont pris parti de chaque côté.
STATS_REPLY = • { $kind } : { $answered } sur { $sent } avec réponse ({ NUMBER($share, style: "percent") }), { $within } en un jour
STATS_REPLY_NONE = • { $kind } : aucun envoyé
REPROMPT_NAMES__reminder = rappels
REPROMPT_NAMES__followup = relances
REPROMPT_NAMES__elaboration = demandes de précision
REPROMPT_NAMES__champion = invitations à amener des voisins
STATS_MOODS =
    Ton des mots des membres, par { $unit ->
        [hour] heure
       *[day] jour
    } (moyenne, négatifs/positifs)
STATS_MOOD =
    • { $bucket } : { $n ->
        [one] { $n } texte
        [many] { $n } de textes
       *[other] { $n } textes
    }, moyenne { SIGNED($mean) }, { $neg } négatifs, { $pos } positifs
STATS_EARLIER_MOODS = • … et { $n } plus anciens (dans le graphique et dans codesign report)
STATS_NO_MOODS = Ton : aucun membre n’a encore rien écrit.
STATS_RANKED = Propositions les plus soutenues
STATS_DIVISIVE = Propositions qui divisent le plus
STATS_PROPOSAL = • { $number } { $text } : pour { $agree } ; contre { $disagree } ; passe { $passed }
STATS_TOO_FEW_TO_RANK = Pas assez de votes pour classer les propositions : une proposition est classée à partir de { $least } votes, et aucune ne les a encore.
STATS_NONE_AGREED = Aucune proposition avec { $least } votes ou plus n'a de nette majorité pour.
GROUP_SIZE_SMALL = { $label } : moins de { $least }
GROUP_HEAD = Le groupe { $label } (membres : { $n }) se distingue sur :
GROUP_SMALL = Groupe { $label } : moins de { $least } membres, trop peu pour le décrire.
GROUP_NOTHING_APART = Groupe { $label } (membres : { $n }) : aucune proposition ne le distingue nettement.
GROUP_APART = • { $proposal } : { $label } { $way }, { $mine } ; les autres groupes { $rest }
GROUP_WAYS__agree = pour
GROUP_WAYS__disagree = contre
GROUPS_APART_HOW = Ce qui distingue chaque groupe : les propositions qu'il a approuvées (ou rejetées) bien plus que les autres groupes, selon le test de Pol.is (significatif à 95 %).
COMMON_HEAD = Ce sur quoi tous les groupes s'accordent
COMMON_HEAD_ONE = Ce sur quoi la plupart des membres s'accordent
COMMON_EVERY = • { $proposal } : tous les groupes { $way } ({ $shares })
COMMON_ONE = • { $proposal } : la plupart { $way }, { $share }
COMMON_SHARE = { $label } { $share }
COMMON_SMALL = { $label } aussi, un groupe trop petit pour être montré
COMMON_NONE = Aucune proposition n'a encore de nette majorité dans tous les groupes.
COMMON_NONE_ONE = Aucune proposition n'a encore de nette majorité.
STATS_NO_VOTES = Pas encore de vote sur les propositions.
GROUPS_FOUND =
    Groupes d’opinion : { $n ->
        [one] { $n } groupe
        [many] { $n } de groupes
       *[other] { $n } groupes
    } de membres qui votent de la même façon ({ $sizes }).
GROUPS_NONE = Groupes d’opinion : aucun. Les { $members } membres avec { $least }+ votes ne forment pas de groupes (leurs votes ne se ressemblent pas plus que des votes mélangés au hasard).
GROUPS_FEW = Groupes d’opinion : trop peu de votes pour les chercher ({ $members } membres avec { $least }+ votes sur { $proposals } propositions ; il faut { $need_members } membres et { $need_proposals } propositions).
GROUP_SIZE = { $label } : { $n }
VERDICTS__consensus = soutenue par tous les groupes
VERDICTS__consensus_against = rejetée par tous les groupes
VERDICTS__divisive = divise les groupes
VERDICTS__mixed = pas de tendance claire
VERDICTS_ONE_GROUP__consensus = soutenue par la plupart
VERDICTS_ONE_GROUP__consensus_against = rejetée par la plupart
VERDICTS_ONE_GROUP__mixed = pas de majorité claire
STATS_VERDICT = • { $verdict } : { $ids }
CHART_CAPTION = Participation, réponses, ton et votes dans « { $title } ».
EXPORT_USAGE = Usage : /export <code de session> [csv|json|md|sheets|graphml] [--names]
FORMAT_NAMES__csv = CSV
FORMAT_NAMES__json = JSON
FORMAT_NAMES__md = Markdown
FORMAT_NAMES__sheets = tableur
FORMAT_NAMES__graphml = GraphML
SHEET_STATUS__joined = sans accord
SHEET_STATUS__declined = a refusé
SHEET_STATUS__answering = en train de répondre
SHEET_STATUS__finished = a terminé
SHEET_LINK = lien de la session
SHEET_INVITED = invitation
SHEET_SIDE_ANSWERS__followup = — relance
SHEET_SIDE_ANSWERS__elaboration = — plus de détails
SHEET_STATE__open = ouverte
SHEET_STATE__hidden = masquée
SHEET_STATE__withdrawn = retirée
COLUMNS__id = id
COLUMNS__time = heure
COLUMNS__direction = sens
COLUMNS__member = membre
COLUMNS__step = étape
COLUMNS__kind = type
COLUMNS__text = texte
COLUMNS__polarity = polarité
COLUMNS__sentiment = ton
COLUMNS__joined = inscription
COLUMNS__consented = consentement
COLUMNS__finished = fin
COLUMNS__status = statut
COLUMNS__language = langue
COLUMNS__joined_via = arrivé par
COLUMNS__invited_by = invité par
COLUMNS__proposal = proposition
COLUMNS__author = auteur
COLUMNS__created = créée
COLUMNS__agree = pour
COLUMNS__disagree = contre
COLUMNS__pass = passe
COLUMNS__votes = votes
COLUMNS__state = état
COLUMNS__hidden_reason = raison du masquage
COLUMNS__outcome = suite donnée
COLUMNS__outcome_words = mots sur la suite
COLUMNS__outcome_at = date de la suite
COLUMNS__group = groupe
COLUMNS__proposals = propositions
COLUMNS__poll = sondage
COLUMNS__question = question
COLUMNS__multiple = plusieurs
COLUMNS__anonymous = anonyme
COLUMNS__opened = ouverture
COLUMNS__closes = fermeture prévue
COLUMNS__closed = fermeture
COLUMNS__voters = votants
COLUMNS__option = option
COLUMNS__breakdown = ventilation
COLUMNS__answered = répondu
COLUMNS__contributed = proposé_ou_voté
COLUMNS__invited = invité
COLUMNS__invitee_activated = invité_participant
COLUMNS__note = note
COLUMNS__session = session
COLUMNS__source = origine
COLUMNS__tag = étiquette
COLUMNS__champion = relais
COLUMNS__seed = semis
COLUMNS__invite = invitation
COLUMNS__link = lien
COLUMNS__hours_to_joined = heures_jusqu_à_rejoint
COLUMNS__hours_to_consented = heures_jusqu_à_accepté
COLUMNS__hours_to_answered = heures_jusqu_à_répondu
COLUMNS__hours_to_finished = heures_jusqu_à_terminé
COLUMNS__hours_to_contributed = heures_jusqu_à_proposé_ou_voté
COLUMNS__hours_to_invited = heures_jusqu_à_invité
COLUMNS__hours_to_invitee_activated = heures_jusqu_à_invité_participant
DIRECTIONS__in = entrant
DIRECTIONS__out = sortant
SHEET_POLL_STATUS__open = ouvert
SHEET_POLL_STATUS__closed = fermé
SHEET_YES = oui
SHEET_NO = non
MD_TRANSCRIPT =
    { "\u000A" }## Transcription
    
    Heures selon l'horloge de la session ({ $zone }).{ "\u000A" }
EXPORT_SHEETS_CAPTION = Tableurs de « { $title } » : responses.csv (membres : { $m }), proposals.csv ({ $p }), votes.csv, polls.csv (sondages : { $q }) et funnel.csv (comment les gens sont venus), { $who }. Fichiers CSV en UTF-8 : Excel, LibreOffice et Google Sheets les ouvrent tels quels.
EXPORT_QUEUED = Votre export de « { $title } » ({ $fmt }) est en route.
EXPORT_CAPTION =
    Export { $fmt } de « { $title } » : { $n ->
        [one] { $n } message
        [many] { $n } de messages
       *[other] { $n } messages
    }, { $who }.
EXPORT_GRAPH_CAPTION = Qui a invité qui dans « { $title } », en GraphML : membres : { $n }, invitations : { $edges } ; { $who }. Gephi, yEd et networkx l'ouvrent.
EXPORT_PSEUDONYMS = membres sous pseudonymes
EXPORT_NAMES = membres nommés
EXPORT_NAMES_NOT_ALLOWED = Seul un organisateur de « { $title } » décide si ses coordinateurs peuvent exporter les noms des membres (/team <code> names on) ; exportez sans --names pour des pseudonymes.
EXPORT_ZIPPED = { " " }Compressé : il était trop gros pour être envoyé tel quel.
EXPORT_TOO_LARGE =
    Cet export pèse { $mib } Mo même compressé, plus que ce que Telegram laisse envoyer à un bot. Sur le serveur, lancez :
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $suffix }{ "\u000A" }
REPORT_MADE = Code { $code } · { $status } · parcours { $flow } · rapport créé le { $when } UTC.
REPORT_CHART_ALT = Graphiques : participation, réponses aux rappels, ton au fil du temps, votes.
REPORT_PROPOSALS = Propositions, les plus soutenues d’abord
REPORT_GROUPS = Groupes d’opinion
REPORT_COLUMNS__0 = n°
REPORT_COLUMNS__1 = proposition
REPORT_COLUMNS__2 = auteur
REPORT_COLUMNS__3 = pour
REPORT_COLUMNS__4 = contre
REPORT_COLUMNS__5 = passe
REPORT_COLUMNS__6 = accord
REPORT_COLUMNS__7 = groupes
REPORT_GROUP_SHARE = pour dans { $group } ({ $n })
MOODS__negative = négatif
MOODS__neutral = neutre
MOODS__positive = positif
SIDE_KINDS__followup = relance
SIDE_KINDS__elaboration = précision demandée
# the Markdown export's heading above the messages
MARKDOWN_TRANSCRIPT = Transcription
# a message the bot sent
MARKDOWN_BOT_TO = bot → { $who }
MARKDOWN_STEP = { " " }· étape `{ $step }`
STATS_CHAMPION_REPLY =
    • { $kind } : { $answered } sur { $sent } ont amené quelqu’un qui a participé ({ NUMBER($share, style: "percent") }), { $within } en un jour ; { $brought ->
        [one] 1 membre a rejoint
        [many] { $brought } de membres ont rejoint
       *[other] { $brought } membres ont rejoint
    } par des liens de membres et participé
