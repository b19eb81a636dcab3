CARD_HEADER = Propozycja { $position } z { $total } (nr { $id })
CARD_OWN = To Twoja propozycja.
CARD_YOUR_VOTE = Twój głos: { $vote }. Dotknij innego przycisku, aby go zmienić.
CARD_NOT_VOTED = Zgadzasz się?
CARD_SAVED_NEXT = ✅ Zapisano Twój głos na nr { $id }: { $vote }. Oto następna:
CARD_ALL_VOTED = Głos oddany na każdą dotychczasową propozycję. Dziękujemy! Do zamknięcia sesji możesz wrócić i zmienić głos, a /proposals pokazuje nowe propozycje, gdy się pojawią.
LEFT_UNVOTED =
    { $count ->
        [one] Bez Twojego głosu została { $count } propozycja: /proposals zaprowadzi Cię do niej, kiedy zechcesz.
        [few] Bez Twojego głosu zostały { $count } propozycje: /proposals zaprowadzi Cię do nich, kiedy zechcesz.
        [many] Bez Twojego głosu zostało { $count } propozycji: /proposals zaprowadzi Cię do nich, kiedy zechcesz.
       *[other] Bez Twojego głosu zostało { $count } propozycji: /proposals zaprowadzi Cię do nich, kiedy zechcesz.
    }
CARD_NOTHING_TO_VOTE = Nie ma jeszcze nic więcej do głosowania: Twoja propozycja jest jedyna. /proposals pokazuje nowe, gdy się pojawią.
PREVIOUS = ◀ Poprzednia
NEXT = Następna ▶
NO_PROPOSALS = W „{ $title }” nie ma jeszcze propozycji. Napisz jedną: /propose <Twój pomysł>.
PROPOSAL_EMPTY = Twoja propozycja jest pusta. Użycie: /propose <Twój pomysł>, od { $least } do { $most } znaków, na przykład: /propose Latarnie wzdłuż ścieżki przy stawie
PROPOSAL_DUPLICATE = Ten pomysł jest już na liście jako propozycja nr { $id }. Możesz na nią zagłosować przez /proposals.
PROPOSAL_SAVED = Dziękujemy! Twoja propozycja jest zapisana jako nr { $id }. Inni mogą na nią głosować przez /proposals.
PROPOSAL_REWORDED = Twoja propozycja nr { $id } brzmi teraz: „{ $text }”.
VOTES_CLEARED =
    { $n ->
        [one] { $n } głos na jej wcześniejsze brzmienie został usunięty, żeby sąsiedzi głosowali na obecne.
        [few] { $n } głosy na jej wcześniejsze brzmienie zostały usunięte, żeby sąsiedzi głosowali na obecne.
        [many] { $n } głosów na jej wcześniejsze brzmienie zostało usuniętych, żeby sąsiedzi głosowali na obecne.
       *[other] { $n } głosu na jej wcześniejsze brzmienie zostało usunięte, żeby sąsiedzi głosowali na obecne.
    }
PROPOSAL_KEPT = Twoja propozycja nr { $id } zostaje bez zmian.
NEW_TO_VOTE =
    { $n ->
        [one] W „{ $title }” jest { $n } nowa propozycja bez Twojego głosu: zajrzyj, żeby późniejsze pomysły też miały swoją szansę.
        [few] W „{ $title }” są { $n } nowe propozycje bez Twojego głosu: zajrzyj, żeby późniejsze pomysły też miały swoją szansę.
        [many] W „{ $title }” jest { $n } nowych propozycji bez Twojego głosu: zajrzyj, żeby późniejsze pomysły też miały swoją szansę.
       *[other] W „{ $title }” jest { $n } nowych propozycji bez Twojego głosu: zajrzyj, żeby późniejsze pomysły też miały swoją szansę.
    }
VOTE_NOW = Głosuj teraz
VOTE_SAVED = Zapisano: { $vote }
VOTE_UNCHANGED = Twój głos to już: { $vote }.
OWN_PROPOSAL = Nie możesz głosować na własną propozycję.
PROPOSAL_HIDDEN_BUTTON = Organizatorzy ukryli tę propozycję.
MILESTONE =
    Dobra wiadomość: Twoja propozycja „{ $text }” ma już { $count ->
        [one] { $count } głos za
        [few] { $count } głosy za
        [many] { $count } głosów za
       *[other] { $count } głosu za
    } w „{ $title }”.
FEEDBACK_USAGE = Użycie: /feedback <co chcesz przekazać organizatorom>, do { $most } znaków
FEEDBACK_LONG = To za długie: uwagi mogą mieć najwyżej { $most } znaków.
FEEDBACK_SAVED = Dziękujemy za uwagi: organizatorzy je przeczytają.
HIDE_USAGE = Użycie: { $command } [kod sesji] <numer propozycji> [powód]
NO_SUCH_PROPOSAL = Nie ma propozycji nr { $id }.
HIDDEN = Propozycja nr { $id } jest ukryta przed uczestnikami. Powód: { $reason }
ALREADY_HIDDEN = Propozycja nr { $id } jest już ukryta.
UNHIDDEN = Propozycja nr { $id } jest znowu widoczna dla uczestników.
NOT_HIDDEN = Propozycja nr { $id } nie jest ukryta.
NO_REASON = bez podanego powodu
YOUR_PROPOSAL_HIDDEN =
    Organizatorzy „{ $title }” ukryli Twoją propozycję „{ $text }”: inni już jej nie widzą i nie mogą na nią głosować.
    Powód: { $reason }
    Jeśli to pomyłka, napisz do nich przez /feedback.
YOUR_PROPOSAL_SHOWN = Twoja propozycja „{ $text }” jest znowu widoczna w „{ $title }”: inni mogą ją zobaczyć i na nią głosować.
PROPOSAL_WITHDRAWN = Propozycja nr { $id } została wycofana przez autora: pozostaje ukryta, razem z głosami.
REASON_TOO_LONG = Ten powód jest za długi: najwyżej { $limit } znaków, proszę.
VOTE_LABELS__agree = Za
VOTE_LABELS__disagree = Przeciw
VOTE_LABELS__pass = Pomijam
CARD_WRITTEN_IN = (napisana w języku: { $language })
CARD_TRANSLATED = (przetłumaczona przez organizatorów z języka: { $language })
TRANSLATE_USAGE =
    Użycie: /translate [kod sesji] <numer propozycji> <język> <tekst>
    Na przykład: /translate 4 en Put lamps by the pond
TRANSLATE_NOT_OFFERED = Ta sesja nie jest dostępna w języku „{ $typed }”. Jej języki: { $languages }.
TRANSLATE_SAME = Propozycja nr { $id } jest już napisana w języku: { $language }.
TRANSLATE_LONG = To tłumaczenie jest za długie: najwyżej { $most } znaków, proszę.
TRANSLATED =
    Propozycja nr { $id } w języku { $language }: „{ $text }”
    Tak widzą ją osoby czytające w tym języku; ich głosy liczą się dla tej samej propozycji.
TRANSLATION_REPLACED = Propozycja nr { $id } (język: { $language }) brzmi teraz: „{ $text }” (zamiast „{ $before }”).
SHARE_PROPOSAL_BUTTON = 📣 Udostępnij propozycję nr { $id }
SHARE_PROPOSAL_TEXT = Zgadzam się z tym pomysłem dla „{ $title }”: „{ $text }” A Ty co o tym sądzisz?
