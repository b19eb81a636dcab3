"""Time zones members can choose: buttons for the common zones of their language, and any
IANA zone name or city typed."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale

from texts.i18n import LANGUAGES

# The common zones offered as buttons, by the language Telegram reports for the member.
BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": (
        "Europe/London", "Europe/Dublin", "America/New_York", "America/Chicago",
        "America/Denver", "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata",
    ),
    "fr": ("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "America/Toronto",
           "Africa/Dakar", "Africa/Abidjan"),
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
    "es": ("Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Lima",
           "America/Argentina/Buenos_Aires", "America/Santiago"),
    "pt": ("Europe/Lisbon", "America/Sao_Paulo", "Africa/Luanda", "Africa/Maputo"),
    "it": ("Europe/Rome",),
    "nl": ("Europe/Amsterdam", "Europe/Brussels"),
    "pl": ("Europe/Warsaw",),
    "uk": ("Europe/Kyiv",),
    "ru": ("Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok"),
    "tr": ("Europe/Istanbul",),
    "ar": ("Africa/Cairo", "Asia/Riyadh", "Asia/Dubai", "Africa/Casablanca"),
    "hi": ("Asia/Kolkata",),
    "zh": ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore"),
    "ja": ("Asia/Tokyo",),
}  # fmt: skip
OFFERED: tuple[str, ...] = tuple(dict.fromkeys(z for zs in BY_LANGUAGE.values() for z in zs))
ALIASES = {"utc": "UTC", "gmt": "UTC", "z": "UTC", "kiev": "Europe/Kyiv"}


def offered_for(language: str | None, current: str) -> list[str]:
    """The zones to offer as buttons: the member's language's, the current one first."""
    zones = BY_LANGUAGE.get((language or "en")[:2].lower(), BY_LANGUAGE["en"])
    return list(dict.fromkeys([current, *zones]))[:8]


@cache
def _names() -> dict[str, str]:
    """Every zone by its full name and by its city, case-folded ("europe/lisbon",
    "lisbon", "new york" -> "America/New_York"). A city under two names is an old alias
    of the same zone ("America/Buenos_Aires"): the longer, current name wins."""
    by_city: dict[str, list[str]] = {}
    names = {}
    for zone in available_timezones():
        if zone.startswith(("Etc/", "SystemV/")) or "/" not in zone:
            continue
        names[zone.casefold()] = zone
        city = zone.rsplit("/", 1)[1].replace("_", " ").casefold()
        by_city.setdefault(city, []).append(zone)
    names.update({city: max(zones, key=len) for city, zones in by_city.items()})
    for language in LANGUAGES:  # cities as each shipped language writes them ("Lisboa")
        for zone, data in Locale(language).time_zones.items():
            city = data.get("city")
            if city and zone.casefold() in names:
                names.setdefault(city.casefold(), zone)
    return names


def resolve(typed: str) -> str | None:
    """The IANA zone a member meant: a zone name ("Europe/Lisbon") or a city ("Lisbon",
    "new york", "Buenos_Aires"); None if none is known."""
    key = " ".join(typed.replace("_", " ").split()).casefold()
    if not key:
        return None
    if key in ALIASES:
        return ALIASES[key]
    zone = _names().get(key) or _names().get(key.replace(" ", "_"))
    if zone is None:
        return None
    try:
        ZoneInfo(zone)
    except (KeyError, ValueError):
        return None
    return zone
