TICK = ✅{ " " }
DONE = Terminé
CONTINUE = Continuer
# words a member may type for Continue, separated by commas
CONTINUE_WORDS = continuer, suivant, terminé, fini, continue, done, next
SKIP_HINT = (Facultatif : tapez /skip pour passer celle-ci.)
PROPOSAL_HINT =
    (Entre { $least } et { $most ->
        [one] { $most } caractère
        [many] { $most } de caractères
       *[other] { $most } caractères
    }.)
SCALE_HINT = Touchez un nombre de { $low } ({ $low_label }) à { $high } ({ $high_label }).
SCALE_HINT_PLAIN = Touchez un nombre de { $low } à { $high }.
MULTI_HINT = Touchez pour cocher ou décocher (jusqu’à { $most }), puis touchez Terminé.
MULTI_HINT_MIN = Touchez pour cocher ou décocher (de { $least } à { $most }), puis touchez Terminé.
INTERESTS_HINT = Touchez les sujets qui vous tiennent à cœur, autant que vous voulez, puis touchez Terminé.
PREVIOUS_ANSWER = Votre réponse précédente : { $answer }
SKIPPED = (passée)
NOTHING_SELECTED = (rien de coché)
THANKS = Merci, c’est noté.
PROPOSAL_SAVED = Merci, votre proposition est enregistrée. Les autres pourront voter dessus.
FEEDBACK_SAVED = Merci pour votre commentaire.
SKIPPED_ACK = D’accord, question passée.
SAVED_NOTICE = Enregistré
TEXT_ONLY = Ici, je ne lis que du texte : tapez votre réponse, s’il vous plaît.
TAP_OPTION = Touchez une des options ci-dessous, s’il vous plaît.
TAP_OPTION_OR_TYPE = Touchez une des options ci-dessous (ou tapez-en une exactement), s’il vous plaît.
SCALE_RANGE = Répondez par un nombre entier de { $low } à { $high }, s’il vous plaît.
EMPTY_TEXT = Ce message semble vide : tapez votre réponse, s’il vous plaît.
TOO_LONG =
    C’est un peu long : { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    } au maximum, s’il vous plaît (le vôtre en a { $length }).
KEPT_TO_SHORTEN = Rien n’est perdu : voici ce que vous avez écrit, à copier, raccourcir et renvoyer.
TOO_SHORT =
    Pourriez-vous en écrire un peu plus ? Au moins { $limit ->
        [one] { $limit } caractère
        [many] { $limit } de caractères
       *[other] { $limit } caractères
    }, s’il vous plaît.
PROPOSAL_TOO_LONG = Cette proposition est trop longue : { $most } caractères au maximum, s’il vous plaît (la vôtre en a { $length }).
PROPOSAL_TOO_SHORT = C’est un peu court pour une proposition : au moins { $least } caractères, s’il vous plaît (la vôtre en a { $length }).
TOO_FEW = Choisissez au moins { $least } avant de toucher Terminé, s’il vous plaît.
TOO_MANY = Vous pouvez en choisir { $most } au maximum. Décochez-en une d’abord.
UNKNOWN_OPTION = Cette option n’est plus disponible.
VOTE_CONTINUE = Quand vous avez fini avec les propositions, touchez Continuer.
STALE_BUTTON = Cette question a déjà une réponse : voici où nous en sommes.
INVALID_BUTTON = Ce bouton n’est plus valable : voici où nous en sommes.
NOTHING_BEFORE = Il n’y a rien avant : c’est la première question.
CANNOT_SKIP = Cette question demande une réponse : on ne peut pas la passer.
UNKNOWN_COMMAND = Cette commande ne marche pas ici. Voici où nous en sommes :
ALREADY_STARTED = Nous avons déjà commencé : voici où nous en sommes.
CHANGED_FLOW = Les questions ont changé depuis que vous avez commencé : reprenons à partir d’ici.
SUMMARY_HEAD = Voici ce que vous nous avez dit :
SUMMARY_LINE = • { $label } : { $answer }
NO_ANSWERS = Vous n’avez répondu à aucune question cette fois.
CLOSING = Merci d’avoir participé ! Les organisateurs partageront la suite.
FINISHED = Vous avez terminé les questions de cette session. Merci ! Vous pouvez encore utiliser /proposals, /propose ou /feedback.
BACK_AFTER_END = Vos réponses sont envoyées : les questions ne peuvent plus être modifiées. Ce que vous pouvez encore faire : changer vos votes (/proposals, puis touchez un autre bouton), ajouter une proposition (/propose) ou un mot pour les organisateurs (/feedback), et revoir tout ce que vous nous avez dit (/mydata).
REMINDER_TEXT = Un petit rappel de « { $title } », quand vous aurez un moment :
FOLLOWUP_TEXT = Vous nous avez dit plus tôt : « { $quote } ». Merci pour votre franchise. Qu’est-ce qui améliorerait les choses pour vous ?
ELABORATION_TEXT = Vous avez écrit « { $quote } ». Pourriez-vous nous en dire un peu plus, avec un détail ou un exemple ?
CHAMPION_TEXT =
    Merci pour vos idées pour « { $title } » ! Si vous connaissez des voisins qui aimeraient donner leur avis, envoyez-leur votre propre lien :
    { $link }
    
    Transférez ce message ou copiez le lien : quand ils nous rejoindront, nous saurons que c’est grâce à vous.
SIDE_HINT = (Tapez simplement votre réponse ici ; cela ne change pas vos autres réponses.)
SIDE_THANKS = Merci, cela nous aide.
SIDE_DECLINED = Entendu.
# what an organiser may type in the /poll form (English is always read), separated by commas
YES_WORDS = oui, o
NO_WORDS = non
SEND_WORDS = envoyer
