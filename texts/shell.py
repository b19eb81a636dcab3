"""Texts of the Telegram shell itself (`bot/`): what it says when it fails or when someone writes
faster than it reads."""

BUSY_RETRY = "Sorry, something went wrong on my side. Please try again in a moment."
TOO_FAST = (
    "That was quicker than I can read. I skipped what came too fast: please send it "
    "again in a few seconds."
)
