CARD_HEADER = Proposition { $position } sur { $total } (n° { $id })
CARD_OWN = C’est votre proposition.
CARD_YOUR_VOTE = Votre vote : { $vote }. Touchez un autre bouton pour le changer.
CARD_NOT_VOTED = Êtes-vous d’accord ?
CARD_SAVED_NEXT = ✅ Votre vote sur la n° { $id } est enregistré : { $vote }. Voici la suivante :
CARD_ALL_VOTED = Vous avez voté sur toutes les propositions pour l’instant. Merci ! Vous pouvez revenir en arrière et changer un vote jusqu’à la fin de la session, et /proposals montre les nouvelles au fur et à mesure.
LEFT_UNVOTED =
    { $count ->
        [one] Vous avez laissé { $count } proposition sans vote : /proposals vous y ramène quand vous voulez.
        [many] Vous avez laissé { $count } de propositions sans vote : /proposals vous y ramène quand vous voulez.
       *[other] Vous avez laissé { $count } propositions sans vote : /proposals vous y ramène quand vous voulez.
    }
CARD_NOTHING_TO_VOTE = Il n’y a encore rien d’autre à voter : la vôtre est la seule proposition. /proposals montre les nouvelles au fur et à mesure.
PREVIOUS = ◀ Précédente
NEXT = Suivante ▶
NO_PROPOSALS = Il n’y a pas encore de proposition dans « { $title } ». Écrivez-en une avec /propose <votre idée>.
PROPOSAL_EMPTY = Votre proposition est vide. Usage : /propose <votre idée>, de { $least } à { $most } caractères, par exemple : /propose Des lampadaires le long de l’étang
PROPOSAL_DUPLICATE = Cette idée est déjà sur la liste, proposition n° { $id }. Vous pouvez voter dessus avec /proposals.
PROPOSAL_SAVED = Merci ! Votre proposition est enregistrée sous le n° { $id }. Les autres peuvent voter dessus avec /proposals.
PROPOSAL_REWORDED = Votre proposition n° { $id } dit maintenant : « { $text } ».
VOTES_CLEARED =
    { $n ->
        [one] Le { $n } vote sur son ancienne formulation a été effacé, pour que les voisins votent sur celle-ci.
        [many] Les { $n } de votes sur son ancienne formulation ont été effacés, pour que les voisins votent sur celle-ci.
       *[other] Les { $n } votes sur son ancienne formulation ont été effacés, pour que les voisins votent sur celle-ci.
    }
PROPOSAL_KEPT = Votre proposition n° { $id } reste telle quelle.
NEW_TO_VOTE =
    { $n ->
        [one] Il y a { $n } nouvelle proposition dans « { $title } » sur laquelle vous n’avez pas encore voté : jetez un œil, pour que les idées arrivées plus tard aient aussi leur chance.
        [many] Il y a { $n } de nouvelles propositions dans « { $title } » sur lesquelles vous n’avez pas encore voté : jetez un œil, pour que les idées arrivées plus tard aient aussi leur chance.
       *[other] Il y a { $n } nouvelles propositions dans « { $title } » sur lesquelles vous n’avez pas encore voté : jetez un œil, pour que les idées arrivées plus tard aient aussi leur chance.
    }
VOTE_NOW = Voter maintenant
VOTE_SAVED = Enregistré : { $vote }
VOTE_UNCHANGED = Vous avez déjà voté : { $vote }.
OWN_PROPOSAL = Vous ne pouvez pas voter sur votre propre proposition.
PROPOSAL_HIDDEN_BUTTON = Les organisateurs ont masqué cette proposition.
MILESTONE =
    Bonne nouvelle : votre proposition « { $text } » a maintenant { $count ->
        [one] { $count } vote pour
        [many] { $count } de votes pour
       *[other] { $count } votes pour
    } dans « { $title } ».
FEEDBACK_USAGE = Usage : /feedback <ce que vous voulez dire aux organisateurs>, jusqu’à { $most } caractères
FEEDBACK_LONG = C’est trop long : { $most } caractères au maximum pour un commentaire, s’il vous plaît.
FEEDBACK_SAVED = Merci pour votre commentaire : les organisateurs le liront.
HIDE_USAGE = Usage : { $command } [code de session] <numéro de proposition> [raison]
NO_SUCH_PROPOSAL = Il n’y a pas de proposition n° { $id }.
HIDDEN = La proposition n° { $id } est masquée aux membres. Raison : { $reason }
ALREADY_HIDDEN = La proposition n° { $id } est déjà masquée.
UNHIDDEN = La proposition n° { $id } est de nouveau visible par les membres.
NOT_HIDDEN = La proposition n° { $id } n’est pas masquée.
NO_REASON = aucune raison donnée
YOUR_PROPOSAL_HIDDEN =
    Les organisateurs de « { $title } » ont masqué votre proposition « { $text } » : les autres ne la voient plus et ne votent plus dessus.
    Raison : { $reason }
    Si vous pensez que c’est une erreur, dites-le-leur avec /feedback.
YOUR_PROPOSAL_SHOWN = Votre proposition « { $text } » est de nouveau visible dans « { $title } » : les autres peuvent la voir et voter dessus.
PROPOSAL_WITHDRAWN = La proposition n° { $id } a été retirée par son auteur : elle reste masquée, avec ses votes.
REASON_TOO_LONG = Cette raison est trop longue : moins de { $limit } caractères, s’il vous plaît.
VOTE_LABELS__agree = D’accord
VOTE_LABELS__disagree = Pas d’accord
VOTE_LABELS__pass = Je passe
CARD_WRITTEN_IN = (écrite en { $language })
CARD_TRANSLATED = (traduite par les organisateurs ; original en { $language })
TRANSLATE_USAGE =
    Usage : /translate [code de session] <numéro de proposition> <langue> <texte>
    Par exemple : /translate 4 en Put lamps by the pond
TRANSLATE_NOT_OFFERED = Cette session n'est pas en « { $typed } ». Ses langues : { $languages }.
TRANSLATE_SAME = La proposition n° { $id } est déjà écrite en { $language }.
TRANSLATE_LONG = Cette traduction est trop longue : { $most } caractères au plus, s'il vous plaît.
TRANSLATED =
    Proposition n° { $id } en { $language } : « { $text } »
    Les membres qui lisent en { $language } la voient ainsi ; leurs votes comptent pour la même proposition.
TRANSLATION_REPLACED = La proposition n° { $id } en { $language } dit maintenant : « { $text } » (au lieu de « { $before } »).
SHARE_PROPOSAL_BUTTON = 📣 Partager la proposition n° { $id }
SHARE_PROPOSAL_TEXT = Je suis d’accord avec cette idée pour « { $title } » : « { $text } » Qu’en pensez-vous ?
