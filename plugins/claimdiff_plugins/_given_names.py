"""Given names and the gender most people so named have, from the US Social Security
Administration's baby-name counts (public domain; ``tools/build_given_names.py`` builds the
list). The speech analyser reads them as evidence, never as proof: "Maria Lopez" is likely
"she", and "Celtic Sealink", whose first word nobody is given, is likely a company.

The list is American: many African, South Asian and South-East Asian names are missing, so
a name's absence says little on its own (callers weigh it with what the text says)."""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import unicodedata

#: The share of babies of one sex above which a name counts as that sex's ("Maria": 99%).
_CLEAR_SHARE = 0.8
#: Fewest babies given a name for its sex to count: a name rare in the US may be common
#: elsewhere with the other sex ("Tama", a Māori man's name, is given to a few US girls).
_MIN_FOR_GENDER = 5000
#: Common East Asian surnames: written first ("Kim Jong Un", "Lee Hsien Loong"), they are no
#: given name's evidence ("Kim" is mostly a woman's given name in the US).
_SURNAMES_WRITTEN_FIRST = frozenset(
    """kim lee park choi jung kang cho yoon jang lim han shin kwon hwang ahn song moon yang
    wang chen zhang liu huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu ye cheng wei su ding ren shen
    yao jin chan wong cheung lau ng ho tsang leung yip chow kwok tan goh ong teo chua koh
    nguyen tran le pham hoang phan vu vo dang bui ngo duong ly""".split()
)


@functools.lru_cache(maxsize=1)
def _counts() -> dict[str, tuple[int, int]]:
    """Name -> (male, female) babies; read on first need (about 37,000 names)."""
    resource = importlib.resources.files(__package__) / "given_names.tsv.gz"
    counts: dict[str, tuple[int, int]] = {}
    for line in gzip.decompress(resource.read_bytes()).decode().splitlines():
        if line.startswith("#"):
            continue
        name, male, female = line.split("\t")
        counts[name] = (int(male), int(female))
    return counts


def _key(word: str) -> str:
    """The list's spelling of ``word``: lower case, without accents ("Pádraig": padraig)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()


def is_surname_written_first(word: str) -> bool:
    """Whether ``word`` is a common East Asian surname ("Ong" of Ong Jia Wen)."""
    return _key(word) in _SURNAMES_WRITTEN_FIRST


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name ("Maria", "Dean"), not an East Asian surname."""
    key = _key(word)
    return key not in _SURNAMES_WRITTEN_FIRST and key in _counts()


def is_common_given_name(word: str) -> bool:
    """Whether ``word`` is a given name many people have ("Tom", "Madison"; not "Calder")."""
    counts = _counts().get(_key(word))
    return (
        counts is not None and sum(counts) >= _MIN_FOR_GENDER and not is_surname_written_first(word)
    )


def gender_of_name(full_name: str) -> str | None:
    """ "m" or "f" when most people given the name's first word are of that sex, else None."""
    words = full_name.split()
    if len(words) < 2 or not is_given_name(words[0]):
        return None  # "Putin", "Kim Jong Un": a surname alone, or written first
    male, female = _counts()[_key(words[0])]
    if male + female < _MIN_FOR_GENDER:
        return None
    if male >= _CLEAR_SHARE * (male + female):
        return "m"
    if female >= _CLEAR_SHARE * (male + female):
        return "f"
    return None
