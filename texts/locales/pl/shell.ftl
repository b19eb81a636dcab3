BUSY_RETRY = Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę.
TOO_FAST = To było szybciej, niż nadążam czytać. Pominąłem to, co przyszło za szybko: wyślij to ponownie za kilka sekund.
MENU_SET = Menu poleceń tej osoby w Telegramie pokazuje teraz to, czego może używać.
MENU_AT_NEXT_START = Menu poleceń tej osoby w Telegramie zmieni się przy następnym uruchomieniu bota (nie udało się go ustawić stąd: brak TELEGRAM_BOT_TOKEN albo Telegram nie odpowiedział).
