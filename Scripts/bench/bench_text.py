"""Sentence splitting and word tokenizing shared by make_inputs.py and peers.py.

Deliberately simple, deterministic rules (no NLTK data, no models), so that the inputs
and the peers' tokenization can be reproduced exactly on any machine:

* English sentences: a paragraph (text between line breaks) is split after `.`, `!` or `?`
  (and any closing quotes or brackets right after it) when whitespace follows and the next
  sentence starts with an upper-case letter, a digit, or an opening quote or bracket. A
  period after a known abbreviation ("Mr.", "Jan.", "Inc.") or after an initial or a dotted
  initialism ("J.", "U.S.") does not end a sentence.
* Japanese sentences: a line is split after 。！？!? (and closing brackets right after
  them), but not inside 「」 or 『』.
* English words: lower-cased `\\w+` runs.
* Japanese words: lower-cased `\\w+` runs, cut where the script changes; a run of kana or
  kanji is replaced by its character bigrams (a common stand-in when no morphological
  analyser is used); other runs ("opcon", "2026") are words as they are.
"""

import re

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr inc corp co ltd plc vs no gov sen rep gen lt col sgt capt
    jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e etc approx est dept univ mt ft fig
    """.split()
)

_EN_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def split_english(text):
    """Split English text into stripped, non-empty sentences."""
    sentences = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        start = 0
        for match in _EN_BOUNDARY.finditer(paragraph):
            end = match.start()  # just after the punctuation mark that ends the sentence
            if paragraph[end - 1] == "." and _is_abbreviation(paragraph[start:end - 1]):
                continue
            sentence = paragraph[start:match.end()].strip()
            if sentence:
                sentences.append(sentence)
            start = match.end()
        sentence = paragraph[start:].strip()
        if sentence:
            sentences.append(sentence)
    return sentences


def _is_abbreviation(before_period):
    last = _LAST_WORD.search(before_period)
    if not last:
        return False
    word = last.group(1).lstrip("\"'\u201c\u2018([").lower()
    return word in ABBREVIATIONS or bool(_INITIALS.fullmatch(word))


_JA_TERMINALS = "。！？!?"
_JA_CLOSERS = "」』）)\u201d"
_JA_OPEN_QUOTES = {"「": "」", "『": "』"}


def split_japanese(text):
    """Split Japanese text into stripped, non-empty sentences (line breaks also end one)."""
    sentences = []
    for line in text.splitlines():
        depth = 0
        current = []
        i = 0
        while i < len(line):
            ch = line[i]
            current.append(ch)
            if ch in _JA_OPEN_QUOTES:
                depth += 1
            elif ch in _JA_OPEN_QUOTES.values():
                depth = max(0, depth - 1)
            elif ch in _JA_TERMINALS and depth == 0:
                while i + 1 < len(line) and line[i + 1] in _JA_TERMINALS + _JA_CLOSERS:
                    i += 1
                    current.append(line[i])
                sentence = "".join(current).strip()
                if sentence:
                    sentences.append(sentence)
                current = []
            i += 1
        sentence = "".join(current).strip()
        if sentence:
            sentences.append(sentence)
    return sentences


_WORD = re.compile(r"\w+")
_CJK_CLASS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_SCRIPT_RUN = re.compile(rf"[{_CJK_CLASS}]+|[^{_CJK_CLASS}]+")
_CJK = re.compile(rf"[{_CJK_CLASS}]")


def english_words(sentence):
    return _WORD.findall(sentence.lower())


def japanese_words(sentence):
    words = []
    for word in _WORD.findall(sentence.lower()):
        for run in _SCRIPT_RUN.findall(word):
            if len(run) > 1 and _CJK.match(run):
                words.extend(run[i:i + 2] for i in range(len(run) - 1))
            else:
                words.append(run)
    return words


def language_of(filename):
    """'ja' for inputs whose name says so (article-ja.txt), else 'en'."""
    return "ja" if "-ja" in filename else "en"
