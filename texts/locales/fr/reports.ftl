READ_USAGE = Usage : { $command } <code de session> [page]
PROPOSALS_FOR_A_SESSION = Organisateurs et coordinateurs : /proposals <code de session> liste ses propositions.
ANSWERS_USAGE = Usage : /answers <code de session> <id de l’étape> [page]. Étapes de « { $title } » : { $steps }
ANSWERS_USAGE_PLAIN = Usage : /answers <code de session> <id de l’étape> [page]
ANSWERS_WHICH = Quelle question de « { $title } » ? Envoyez /answers { $code } <étape>, parmi : { $steps }
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
ANSWERS_HEAD = Réponses à « { $step } » dans « { $title } » ({ $n }) :
ANSWERS_TALLY =
    • { $label } : { $count ->
        [one] { $count } membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
ANSWER_LINE =
    { $author } · { $when }{ $mood }
    « { $text } »
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
STATS_REPLIES = Réponses aux messages de relance
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
STATS_PROPOSAL = • n° { $id } { $text } : { $agree } pour, { $disagree } contre, { $passed } passent
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
EXPORT_USAGE = Usage : /export <code de session> [csv|json|md] [--names]
EXPORT_QUEUED = Votre export { $fmt } de « { $title } » est en route.
EXPORT_CAPTION =
    Export { $fmt } de « { $title } » : { $n ->
        [one] { $n } message
        [many] { $n } de messages
       *[other] { $n } messages
    }, { $who }.
EXPORT_PSEUDONYMS = membres sous pseudonymes
EXPORT_NAMES = membres nommés
EXPORT_NAMES_NOT_ALLOWED = Seul un organisateur de « { $title } » décide si ses coordinateurs peuvent exporter les noms des membres (/team <code> names on) ; exportez sans --names pour des pseudonymes.
EXPORT_ZIPPED = { " " }Compressé : il était trop gros pour être envoyé tel quel.
EXPORT_TOO_LARGE =
    Cet export fait { $mib } Mo même compressé, plus que ce que Telegram laisse envoyer à un bot. Sur le serveur, lancez :
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $fmt }{ "\u000A" }
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
