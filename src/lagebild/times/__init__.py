"""The times stage: fills `doc.times`. Not built yet: the layer stays an empty list."""
from __future__ import annotations

from ..doc import Doc


def annotate(doc: Doc) -> None:
    return None
