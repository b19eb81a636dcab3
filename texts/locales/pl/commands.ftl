HELP_MEMBER_HEADER = Oto, co możesz zrobić:
HELP_ORGANISER_HEADER = Polecenia organizatora:
HELP_COORDINATOR_HEADER = Polecenia koordynatora (także dla organizatorów):
HELP_ADMIN_HEADER = Polecenia administratora:
HELP_MORE = Użycie i szczegóły
MENU__start = dołącz do sesji po kodzie
MENU__help = co możesz zrobić
MENU__back = wróć do poprzedniego pytania
MENU__skip = pomiń pytanie opcjonalne
MENU__proposals = zobacz propozycje i głosuj
MENU__propose = dodaj propozycję
MENU__feedback = przekaż coś organizatorom
MENU__pause = wstrzymaj na chwilę przypomnienia
MENU__resume = kontynuuj od miejsca, w którym skończono
MENU__timezone = Twoja strefa czasowa, dla godzin ciszy
MENU__privacy = co o Tobie przechowuję i jak długo
MENU__mydata = wszystko, co o Tobie przechowuję, w pliku
MENU__forget = usuń swoje dane
MENU__newsession = utwórz sesję
MENU__flows = scenariusze do wyboru
MENU__sessions = Twoje sesje, ich kody i liczby
MENU__open = otwórz sesję dla uczestników
MENU__close = zamknij sesję (najpierw pyta)
MENU__poll = uruchom ankietę (samo: krok po kroku)
MENU__closepoll = zamknij ankietę
MENU__broadcast = napisz do uczestników sesji (najpierw pyta)
MENU__nudge = przypomnij tym, którzy nie skończyli lub nie głosowali
MENU__hide = ukryj propozycję przed uczestnikami
MENU__unhide = pokaż ponownie ukrytą propozycję
MENU__linkgroup = powiąż tę grupę z sesją
MENU__stats = liczby sesji i wykres
MENU__export = sesja w pliku
# needs translation
MENU__answers = odpowiedzi na jedno pytanie
# needs translation
MENU__themes = what members wrote, grouped into themes
# needs translation
USAGE__language = /language [code]
# needs translation
USAGE__outcome = /outcome [code] <proposal number> adopted|declined|in_progress|done [why] [--ask-after 14d]
# needs translation
USAGE__translate = /translate [code] <proposal number> <language> <text>
MENU__results = wyniki ankiety
MENU__team = kto prowadzi sesję
MENU__audit = kto co zrobił w sesji
MENU__grant = nadaj komuś rolę
MENU__revoke = odbierz rolę
USAGE__start = /start <kod>
USAGE__help = /help [all]
USAGE__propose = /propose <pomysł>
USAGE__feedback = /feedback <tekst>
USAGE__newsession = /newsession <tytuł> [--flow <id scenariusza>] [--community <nazwa>]
USAGE__open = /open <kod>
USAGE__close = /close <kod>
USAGE__poll = /poll <kod> <pytanie> | <opcja> | <opcja> [--multi] [--anonymous] [--closes 2h albo --closes friday 18:00]
USAGE__closepoll = /closepoll [kod] <numer ankiety>
USAGE__broadcast = /broadcast <kod> <wiadomość>
USAGE__nudge = /nudge <kod> [numer ankiety | votes]
USAGE__hide = /hide [kod] <numer propozycji> [powód]
USAGE__unhide = /unhide [kod] <numer propozycji>
USAGE__linkgroup = /linkgroup <kod>
USAGE__stats = /stats <kod>
# needs translation
USAGE__export = /export <kod> [csv|json|md] [--names]
# needs translation
USAGE__report = /report <code> [--moderated]
# needs translation
USAGE__answers = /answers <kod> <krok> [strona]
# needs translation
USAGE__themes = /themes <code> [step] [page]
# needs translation
HELP__language = choose the language I write to you in
# needs translation
HELP__outcome = record what became of a proposal; those who proposed or voted on it hear it, and once it is done are asked whether it changed anything for them
# needs translation
HELP__translate = a proposal in another of the session's languages: members who read it see it so, and their votes count for the one proposal
USAGE__results = /results [kod] <numer ankiety>
USAGE__team = /team <kod> [add <id użytkownika> organiser|coordinator | remove <id użytkownika> | invite organiser|coordinator]
USAGE__audit = /audit <kod> [strona]
USAGE__grant = /grant <id użytkownika Telegrama> organiser|coordinator
USAGE__revoke = /revoke <id użytkownika Telegrama> organiser|coordinator
HELP__start = dołącz do sesji po kodzie
HELP__help = ta lista (all: z zapisem każdego polecenia)
HELP__back = wróć do poprzedniego pytania
HELP__skip = pomiń pytanie oznaczone jako opcjonalne
HELP__proposals = zobacz propozycje i głosuj na nie
HELP__propose = dodaj propozycję
HELP__feedback = przekaż coś organizatorom
HELP__pause = wstrzymaj na chwilę przypomnienia i wiadomości
HELP__resume = kontynuuj od miejsca, w którym skończono
HELP__timezone = Twoja strefa czasowa, żebym w nocy milczał
HELP__privacy = co o Tobie przechowuję, jak długo i dlaczego (na co była zgoda)
HELP__mydata = plik ze wszystkim, co o Tobie przechowuję
HELP__forget = usuń swoje dane (poproszę o potwierdzenie)
HELP__newsession = utwórz sesję
HELP__flows = scenariusze do wyboru
HELP__sessions = Twoje sesje, ich kody i liczby uczestnictwa
HELP__open = otwórz sesję dla uczestników
HELP__close = zamknij sesję (najpierw pyta)
HELP__poll = uruchom ankietę (samo /poll: formularz krok po kroku)
HELP__closepoll = zamknij ankietę i ogłoś wyniki
HELP__broadcast = wiadomość do wszystkich uczestników sesji (najpierw podgląd, wysyłka na Twoje słowo)
HELP__nudge = przypomnij tym, którzy nie skończyli, nie głosowali w ankiecie albo (votes) nie głosowali na nowe propozycje
HELP__hide = ukryj propozycję przed uczestnikami
HELP__unhide = pokaż ponownie ukrytą propozycję
HELP__linkgroup = wyślij na czacie grupowym, aby powiązać go z sesją
HELP__stats = liczby sesji i wykres
# needs translation
HELP__export = sesja w pliku: CSV (wiersz na wiadomość), JSON (wszystko) albo md (do czytania); uczestnicy pod pseudonimami, chyba że --names
# needs translation
HELP__report = the session's report to share: one HTML file for any browser or printer; hidden proposals left out unless --moderated (then marked)
# needs translation
HELP__answers = odpowiedzi na jedno pytanie
# needs translation
HELP__themes = what members wrote (or one question's answers), grouped into themes with their size, feeling and quotes
HELP__results = wyniki ankiety
HELP__team = kto prowadzi sesję i jak to zmienić
HELP__audit = kto co zrobił w sesji
HELP__grant = pozwól komuś tworzyć lub koordynować sesje
HELP__revoke = cofnij to
STAFF_USAGE__proposals = /proposals <kod> [strona]
STAFF_USAGE__feedback = /feedback <kod> [strona]
STAFF_HELP__proposals = propozycje z numerami, głosami i pseudonimami autorów
STAFF_HELP__feedback = uwagi, najnowsze najpierw, z ich tonem
# needs translation
MENU__language = the language I write to you in
# needs translation
MENU__outcome = tell members what became of a proposal
# needs translation
MENU__translate = a proposal in another language
# needs translation
MENU__report = a report to share, as one web page
