"""Language identification with lingua, restricted to a small set of languages.

Restricting the candidates makes lingua fast and more accurate; lagebild supports
German and English, the others are there so that a French or Russian article is
recognized as such instead of being forced into German or English.
"""
from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("de", "en")
MIN_CHARS = 20  # below this, identification is a guess: callers fall back


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
             Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.TURKISH, Language.PORTUGUESE,
             Language.UKRAINIAN, Language.ARABIC]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``default`` when the text is too short."""
    sample = text[:5000].strip()
    if len(sample) < MIN_CHARS:
        return default
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return default
    return lang.iso_code_639_1.name.lower()
