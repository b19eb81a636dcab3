USAGE =
    Usage : /segment <code> add NOM RÈGLE, /segment <code> show NOM ou /segment <code> remove NOM.
    Une règle teste ce que les membres ont répondu, et plus encore, par exemple :
    /segment <code> add night_walkers safety <= 2 and not visit_frequency = never
LIST_USAGE = Usage : /segments <code>
NONE_YET = { $title } n'a pas encore de segment. Ajoutez-en un avec /segment { $code } add NOM RÈGLE, par exemple /segment { $code } add unsafe safety <= 2
LIST_HEAD = Segments de « { $title } » ({ $n }) :
LINE =
    • { $name } ({ $origin }) : { $n ->
        [one] { $n } membre
        [many] { $n } de membres
       *[other] { $n } membres
    }, { $reachable } joignables maintenant
    { "  " }{ $rule }
LINE_BROKEN = • { $name } : sa règle ne se lit plus. { $problem }
LIST_FOOT = Voir qui en fait partie : /segment { $code } show NOM. Écrire à un segment : --to NOM.
ORIGINS__flow = du parcours
ORIGINS__team = ajouté par l'équipe
NOT_ADDED = Segment { $name } non ajouté. { $problem }
NO_INVITER = Personne ayant invité d'autres membres dans cette session n'a le pseudonyme { $pseudonyms }.
EXISTS = Cette session a déjà un segment { $name }. Supprimez-le d'abord (/segment { $code } remove { $name }) ou choisissez un autre nom.
ADDED =
    Segment { $name } ajouté : { $rule }
    { $n ->
        [one] { $n } membre en fait
        [many] { $n } de membres en font
       *[other] { $n } membres en font
    } partie maintenant, dont { $reachable } joignables.
    Il est recalculé à chaque utilisation, à partir des réponses telles qu'elles sont alors. Voir qui : /segment { $code } show { $name }
REMOVED = Segment { $name } supprimé de { $title }.
UNKNOWN = Aucun segment { $name } dans cette session. Ses segments : { $names }. Les voir : /segments { $code }
NO_NAMES = aucun pour l'instant
RULE_BROKEN = Le segment { $name } ne peut pas servir : sa règle ne se lit plus. { $problem }
SHOW_HEAD =
    Segment { $name } : { $rule }
    { $n ->
        [one] { $n } membre en fait
        [many] { $n } de membres en font
       *[other] { $n } membres en font
    } partie maintenant, dont { $reachable } joignables. Par pseudonyme :
SHOW_MORE = … et { $n } de plus.
TO_MISSING = --to doit être suivi du nom d'un segment, par exemple --to night_walkers.
SMALL_CUT = Le segment { $name } compte moins de 5 membres : aucun chiffre n'est montré pour lui, pour que personne ne puisse y être reconnu.
CUT_HEAD = Seulement le segment { $name } ({ $n } membres) :
PREVIEW_TO = Seulement le segment { $name } : { $n } de ses { $size } membres sont joignables maintenant.
NOBODY_IN = Personne du segment { $name } de « { $title } » n'est joignable maintenant : rien n'a été envoyé.
