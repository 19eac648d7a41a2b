"""Language work done in Python, the same for every engine: tokens, lemmas, the glossary and highlighted snippets.

Neither Elasticsearch nor PostgreSQL stems Bulgarian, Ukrainian and Polish
well, so every text is lemmatised with simplemma in its own language before it
reaches either; a query is lemmatised in the reader's language and, for
reach across languages, in the others too (Bulgarian and Ukrainian share many
words; people paste a colleague's Polish phrase). Glossary concepts add the
same idea named in the other languages.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma
from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERM_LENGTH = 60

# Words that say nothing about a practice; dropped from texts and queries alike.
STOPWORD_TEXT = {
    "en": "and the for with from into that this are was were has have had not but its our their how what who",
    "bg": "на за от по при във със към като че или но да не се са си ще би ли",
    "uk": "та що як для від при про або але на до по із зі за не це",
    "pl": "oraz dla przez przy lub ale jak nie się jest są to na do od po ze za we",
}
STOPWORDS = {language: frozenset(text.split(" ")) for language, text in STOPWORD_TEXT.items()}
ALL_STOPWORDS = set().union(*STOPWORDS.values())


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def warm_up() -> None:
    """Load simplemma's dictionary of every language (seconds, once per process)."""
    for code in languages():
        simplemma.lemmatize("test", lang=code)


def tokens(text: str) -> list[str]:
    """Lower-case words of `text` (letters and digits), without one-letter words."""
    return [word for word in WORD.findall(text.lower()) if len(word) > 1 and len(word) <= MAX_TERM_LENGTH]


# Letters that do not decompose into a base letter and a mark.
_FOLD_EXTRA = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss"})


@lru_cache(maxsize=200_000)
def fold(term: str) -> str:
    """`term` without diacritics ("obsługa" → "obsluga", "їжак" → "іжак"): people often type without them."""
    decomposed = unicodedata.normalize("NFD", term.translate(_FOLD_EXTRA))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The folded dictionary form of a lower-case `word` in `language` (the word itself when simplemma does not
    know it): the form indexed and searched."""
    if word.isdigit():
        return word
    return fold(simplemma.lemmatize(word, lang=language).lower()[:MAX_TERM_LENGTH])


def is_known(word: str, language: str) -> bool:
    """Whether simplemma knows `word` in `language` (it returns unknown words unchanged)."""
    return simplemma.is_known(word, lang=language) or simplemma.lemmatize(word, lang=language).lower() != word


def lemmatise(text: str, language: str) -> list[str]:
    """The lemmas of `text` written in `language`, in order, stopwords left out."""
    stop = STOPWORDS.get(language, set())
    return [lemma(word, language) for word in tokens(text) if word not in stop]


@dataclass
class AnalysedQuery:
    """A query as every engine receives it: its lemmas with weights and the glossary's phrases."""

    text: str
    language: str
    # lemma → weight: 1 for the reader's language, less for another language's reading.
    terms: dict[str, float] = field(default_factory=dict)
    # Lemma sequences of the concepts the query names, in every language.
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    # Beginnings of words no dictionary knows ("чатботове" → "чатбо"): matched as prefixes of indexed lemmas.
    prefixes: list[str] = field(default_factory=list)
    # Words no dictionary knows (typos, names, acronyms): the engine matches these fuzzily.
    unknown: set[str] = field(default_factory=set)

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def highlight_terms(self) -> set[str]:
        return set(self.terms) | {term for phrase in self.phrases for term in phrase} | {fold(w) for w in self.words}


OTHER_READING_WEIGHT = 0.5


def analyse_query(text: str, language: str) -> AnalysedQuery:
    """Lemmatise `text` in the reader's `language` and the others, and expand it with the glossary."""
    query = AnalysedQuery(text=text, language=language)
    words = [word for word in tokens(text) if word not in ALL_STOPWORDS or len(tokens(text)) == 1]
    query.words = words
    readings = {language: [lemma(word, language) for word in words]}
    for other in languages():
        if other != language:
            readings[other] = [lemma(word, other) for word in words]
    for reading_language, reading in readings.items():
        weight = 1.0 if reading_language == language else OTHER_READING_WEIGHT
        for term in reading:
            query.terms[term] = max(query.terms.get(term, 0), weight)
    query.phrases = glossary_phrases(list(readings.values()))
    unknown = [word for word in words if not word.isdigit() and not any(is_known(word, code) for code in languages())]
    query.unknown = {fold(word) for word in unknown}
    query.prefixes = [
        fold(word)[: max(PREFIX_MIN, len(word) - PREFIX_CUT)] for word in unknown if len(word) >= PREFIX_FROM
    ]
    return query


# An unknown word of at least PREFIX_FROM letters is also looked for by its first letters (all but PREFIX_CUT).
PREFIX_FROM = 7
PREFIX_CUT = 3
PREFIX_MIN = 5


# The glossary, analysed once per change (a version number in the shared cache tells processes to reload).
GLOSSARY_VERSION_KEY = "search:glossary:version"
_glossary: tuple[object, dict] = (None, {})


def glossary_changed() -> None:
    """Make every process read the glossary again (called when staff edit it)."""
    try:
        cache.incr(GLOSSARY_VERSION_KEY)
    except ValueError:
        cache.set(GLOSSARY_VERSION_KEY, 1, None)


def _glossary_index() -> dict:
    """{"by_phrase": {lemma tuple: {concept keys}}, "by_concept": {concept key: {lemma tuples}}}."""
    global _glossary
    version = cache.get(GLOSSARY_VERSION_KEY, 0)
    if _glossary[0] == version and _glossary[1]:
        return _glossary[1]
    from search.models import GlossaryConcept

    by_phrase: dict[tuple[str, ...], set[str]] = {}
    by_concept: dict[str, set[tuple[str, ...]]] = {}
    for concept in GlossaryConcept.objects.select_related("locale"):
        key = str(concept.translation_key)
        for term in concept.term_list():
            phrase = tuple(lemmatise(term, concept.locale.language_code))
            if phrase:
                by_phrase.setdefault(phrase, set()).add(key)
                by_concept.setdefault(key, set()).add(phrase)
    vocabulary = {word for phrase in by_phrase for word in phrase}
    index = {"by_phrase": by_phrase, "by_concept": by_concept, "vocabulary": vocabulary}
    _glossary = (version, index)
    return index


def _contains(sequence: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(sequence[start : start + size]) == phrase for start in range(len(sequence) - size + 1))


GLOSSARY_TYPO_CUTOFF = 0.85
GLOSSARY_TYPO_MIN_LENGTH = 6


def _glossary_spelling(readings: list[list[str]], vocabulary: set[str]) -> list[list[str]]:
    """The readings with misspelt words replaced by the glossary word they most resemble ("кибербезпека")."""
    fixed = []
    for reading in readings:
        words = []
        for word in reading:
            if word in vocabulary or len(word) < GLOSSARY_TYPO_MIN_LENGTH:
                words.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=GLOSSARY_TYPO_CUTOFF)
            words.append(close[0] if close else word)
        fixed.append(words)
    return fixed


def glossary_phrases(readings: list[list[str]]) -> list[tuple[str, ...]]:
    """Every phrase of every concept that one of the query's readings names (the named phrase included)."""
    index = _glossary_index()
    readings = readings + _glossary_spelling(readings, index["vocabulary"])
    concepts: set[str] = set()
    for phrase, keys in index["by_phrase"].items():
        if any(_contains(reading, phrase) for reading in readings):
            concepts |= keys
    phrases = {phrase for key in concepts for phrase in index["by_concept"][key]}
    return sorted(phrases)


SNIPPET_LENGTH = 220


def highlight(
    text: str, terms: set[str], language: str, length: int = SNIPPET_LENGTH, prefixes: tuple[str, ...] = ()
) -> SafeString:
    """An escaped excerpt of `text` around its best run of matches, each word whose lemma is in `terms` (or that
    starts with one of `prefixes`) marked."""
    if not text:
        return mark_safe("")  # noqa: S308 - empty

    def matches_query(word: str) -> bool:
        word = word.lower()
        folded = fold(word)
        return folded in terms or lemma(word, language) in terms or folded.startswith(prefixes)

    matches = [match for match in WORD.finditer(text) if len(match.group()) > 1 and matches_query(match.group())]
    if matches:
        # The window that holds the most matches, starting a little before its first one.
        best_start, best_count = matches[0].start(), 0
        for first in matches:
            count = sum(1 for other in matches if first.start() <= other.start() < first.start() + length)
            if count > best_count:
                best_start, best_count = first.start(), count
        start = max(0, best_start - 40)
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space > 0 and start - space < 30 else start
    else:
        start = 0
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    pieces, position = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:end]))
    snippet = "".join(pieces).strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + snippet + suffix)  # noqa: S308 - every piece is escaped above
