STATE_NAMES__adopted = adoptée
STATE_NAMES__declined = écartée
STATE_NAMES__in_progress = en cours
STATE_NAMES__done = réalisée
STATE_MARKS__adopted = 👍
STATE_MARKS__declined = ✖️
STATE_MARKS__in_progress = 🛠
STATE_MARKS__done = ✅
USAGE =
    Usage : { $command } [code de session] <numéro de proposition> adopted|declined|in_progress|done [pourquoi, en quelques mots]
    Par exemple : { $command } 3 done Les lampadaires ont été posés le 2 juin.
    Avec done, --ask-after 7d fixe quand on demande aux votants si cela a changé quelque chose pour eux.
NO_STATE = Qu'est devenue la proposition n° { $id } ? Écrivez adopted, declined, in_progress ou done après son numéro, puis pourquoi en quelques mots : { $command } { $code } { $id } done Les lampadaires sont posés.
BAD_STATE = Je ne connais pas ce résultat. Écrivez adopted, declined, in_progress ou done après le numéro de la proposition, par ex. { $command } { $code } { $id } adopted
TOO_LONG = Ces mots sont trop longs : { $limit } caractères au plus, s'il vous plaît.
ASK_AFTER_BAD = --ask-after prend un délai comme 7d, 48h ou 30d (365d au plus), par ex. { $command } { $code } { $id } done --ask-after 7d Les lampadaires sont posés.
ASK_AFTER_NOT_DONE = --ask-after ne va qu'avec done : on demande aux membres si une proposition a changé quelque chose une fois réalisée.
HIDDEN = La proposition n° { $id } est masquée pour les membres : il n'y a pas de résultat à leur annoncer. D'abord /unhide { $code } { $id } si elle doit être vue.
WITHDRAWN = La proposition n° { $id } a été retirée par son auteur (qui a effacé ses données) : pas de résultat à noter.
ALREADY = La proposition n° { $id } est déjà marquée { $state } (depuis le { $since }) ; rien ne change et personne n'est prévenu deux fois.
REWORDED = La proposition n° { $id } était déjà marquée { $state } (depuis le { $since }) : elle porte maintenant vos mots, pour le rapport et les exports. Ceux déjà prévenus ne le sont pas à nouveau.
SAVED = La proposition n° { $id } est maintenant marquée { $mark } { $state }.
SAVED_WORDS = Les membres lisent vos mots avec elle : « { $words } »
SAVED_WORDS_KEPT = Vos mots sont gardés avec elle pour le rapport et les exports : « { $words } »
TELLING =
    { $n ->
        [one] Je préviens le membre qui l'a proposée ou votée, à son rythme, dans la limite quotidienne et hors de ses heures calmes.
        [many] Je préviens les { $n } de membres qui l'ont proposée ou votée, à leur rythme, dans la limite quotidienne et hors de leurs heures calmes.
       *[other] Je préviens les { $n } membres qui l'ont proposée ou votée, à leur rythme, dans la limite quotidienne et hors de leurs heures calmes.
    }
TELLING_NOBODY = Personne ayant proposé ou voté ne peut recevoir de message maintenant : personne n'est prévenu.
TOLD_BEFORE =
    { $n ->
        [one] { $n } membre qui savait déjà qu'elle était { $state } n'est pas prévenu à nouveau.
        [many] { $n } de membres qui savaient déjà qu'elle était { $state } ne sont pas prévenus à nouveau.
       *[other] { $n } membres qui savaient déjà qu'elle était { $state } ne sont pas prévenus à nouveau.
    }
AWAY = { $n } de plus ne peuvent pas recevoir de message (en pause, partis ou ayant bloqué le bot).
WILL_ASK = Dans { $wait }, je leur demanderai si cela a changé quelque chose pour eux ; les réponses viennent avec le résultat dans /stats, le rapport et les exports.
ADD_WHY = Astuce : la prochaine fois, ajoutez quelques mots sur le pourquoi après l'état : les membres les lisent avec la nouvelle, et ils en disent plus que l'état seul. Les mots ajoutés maintenant ({ $command } { $code } { $id } { $state } <pourquoi>) vont dans le rapport et les exports.
TOLD_HEAD = Vous l'avez dit, nous l'avons fait — « { $title } »
TOLD_YOURS = Votre proposition n° { $id } : « { $text } »
TOLD_VOTED = La proposition n° { $id }, sur laquelle vous avez voté : « { $text } »
TOLD_STATES__adopted = 👍 Les organisateurs l'ont adoptée.
TOLD_STATES__declined = ✖️ Les organisateurs ont décidé de ne pas y donner suite.
TOLD_STATES__in_progress = 🛠 Le travail a commencé.
TOLD_STATES__done = ✅ C'est fait.
TOLD_WHY = Dans leurs mots : « { $words } »
TOLD_THANKS = Merci d'avoir participé.
QUESTION =
    « { $title } » : la proposition n° { $id }, « { $text } », a été réalisée le { $date }.
    
    Cela a-t-il changé quelque chose pour vous ?
IMPACT_LABELS__a_lot = Oui, beaucoup
IMPACT_LABELS__a_little = Un peu
IMPACT_LABELS__not_really = Pas vraiment
ANSWERED = Vous avez répondu : { $label }. Merci !
WORDS_PLEASE = Si vous voulez, dites-moi en quelques mots ce qui a changé (ou pas) : votre prochain message est gardé avec votre réponse. Rien d'obligatoire.
ALREADY_ANSWERED = Vous avez déjà répondu. Merci !
WORDS_KEPT = Merci : vos mots sont gardés avec votre réponse.
WORDS_DECLINED = Très bien, votre réponse reste telle quelle. Merci !
WORDS_TOO_LONG = C'est un peu long : { $limit } caractères au plus, s'il vous plaît.
CARD_LINE = { $mark } Résultat : { $state }
CARD_WHY = « { $words } »
STATS_HEAD = Ce que sont devenues les propositions :
STATS_LINE = • n° { $id } { $text } : { $state } ({ $date }){ $answers }
STATS_ANSWERS = ; un changement ? { $counts } ({ $n } réponses)
REPORT_SECTION = Vous l'avez dit, nous l'avons fait
REPORT_COLUMNS__0 = n°
REPORT_COLUMNS__1 = proposition
REPORT_COLUMNS__2 = résultat
REPORT_COLUMNS__3 = dans leurs mots
REPORT_COLUMNS__4 = depuis
REPORT_ASKED = Cela a-t-il changé quelque chose pour ceux qui ont voté ?
REPORT_COUNT = { $label } : { $n }
REPORT_NOBODY = Personne n'a encore répondu.
REPORT_HISTORY = Avant : { $steps }
