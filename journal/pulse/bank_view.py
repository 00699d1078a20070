"""What the pulse needs of the question bank, as a Protocol: the pulse is a feature of
its own and does not import ``journal.reflect`` (features import the store and the
roots only); ``journal.reflect.bank.QuestionBank`` fits it, and the front door hands it
in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

SCALE_POINTS = 5  # the bank's scale (journal.reflect.bank.SCALE_POINTS; a test holds them equal)
CLIENT_ITEM_ID = re.compile(r"[a-z][a-z0-9_]*\.c[0-9]{1,3}")  # as the bank checks them


class Text(Protocol):
    def in_language(self, language: str) -> str: ...


class ClientItem(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def trait_id(self) -> str: ...
    @property
    def text(self) -> Text: ...


class Trait(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def client_items(self) -> Sequence[ClientItem]: ...


class Bank(Protocol):
    @property
    def traits(self) -> Sequence[Trait]: ...
    @property
    def scale(self) -> Sequence[Text]: ...
    def trait_ids(self) -> tuple[str, ...]: ...
    def client_item(self, item_id: str) -> ClientItem: ...
    def has_client_item(self, item_id: str) -> bool: ...
    def client_items(self) -> Sequence[ClientItem]: ...
