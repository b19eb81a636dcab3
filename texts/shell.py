"""Texts of the Telegram shell itself (`bot/`): what it says when it fails or when someone writes
faster than it reads."""

BUSY_RETRY = "Sorry, something went wrong on my side. Please try again in a moment."
TOO_FAST = (
    "That was quicker than I can read. I skipped what came too fast: please send it "
    "again in a few seconds."
)

# `codesign grant` / `codesign revoke`: the person's command menu
MENU_SET = "Their command menu in Telegram now shows what they may use."
MENU_AT_NEXT_START = (
    "Their command menu in Telegram changes when the bot next starts (it could not be set "
    "from here: no TELEGRAM_BOT_TOKEN, or Telegram did not answer)."
)
