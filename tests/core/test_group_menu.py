"""/linkgroup is in the menu where it is usable: group chats (their administrators)."""

from __future__ import annotations

from usecases.catalogue import CATALOGUE
from usecases.commands import group_menu, menu_of


def test_linkgroup_is_in_the_group_menu_not_the_private_one() -> None:
    private = menu_of(CATALOGUE, {"organiser", "admin"}, {"organiser", "admin"}) or []
    assert "linkgroup" not in [name for name, _ in private]
    assert [name for name, _ in group_menu(CATALOGUE)] == ["linkgroup"]
