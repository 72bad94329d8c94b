"""Small string helpers shared by the places stage and its gazetteer build."""
from __future__ import annotations

import unicodedata


def fold(s: str) -> str:
    """Strip diacritics: "Kahramanmaraş" -> "Kahramanmaras"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
