BUSY_RETRY = Désolé, quelque chose s’est mal passé de mon côté. Réessayez dans un instant.
TOO_FAST = C’était plus rapide que ce que je peux lire. J’ai ignoré ce qui est arrivé trop vite : renvoyez-le dans quelques secondes.
MENU_SET = Son menu de commandes dans Telegram montre maintenant ce qu’il peut utiliser.
MENU_AT_NEXT_START = Son menu de commandes dans Telegram changera au prochain démarrage du bot (impossible de le changer d’ici : pas de TELEGRAM_BOT_TOKEN, ou Telegram n’a pas répondu).
