"""Built-in preparer that marks what scrapers leave around a news report.

Saved pages come with cookie banners, subscription prompts, "click to continue reading"
links, related-story lists, author bios, copyright lines, photo captions (often printed
twice), stray prompt lines from text generators and bare time stamps. None of them is a
claim of the report, so this preparer marks them as boilerplate regions and claimdiff drops
every claim found there. The text itself is never changed: regions index the original.

The rules work a line at a time (scraped text keeps each block on its own line) and look
for the marks of page furniture rather than particular sentences: a label alone on a line,
a photo credit closing a caption, a site speaking to its reader ("we use cookies"), a
bio's "X is a reporter covering" at the end of the page. Lines longer than ``MAX_LINE``
are body text and only checked for being a copy of an earlier line. One pass over the
lines with bounded patterns, so the time grows linearly with the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import claimdiff
from claimdiff import Document, Preparation, Region

if TYPE_CHECKING:
    from claimdiff._registry import RegisterPreparer

#: Lines longer than this are body text; boilerplate lines are short.
MAX_LINE = 1000
#: Notices (cookies, subscriptions, bios) are a few sentences at most.
MAX_NOTICE = 400
#: A repeated line shorter than this (once reduced to letters and digits) is only marked
#: when it looks like a label: short quotes ("No.") legitimately recur in a report.
MIN_REPEAT_KEY = 30

COOKIE_NOTICE = "cookie notice"
SUBSCRIPTION = "subscription notice"
CONTINUE_READING = "continue reading"
RELATED = "related links"
AUTHOR_BIO = "author bio"
CREDIT_LINE = "credit line"
COPYRIGHT = "copyright line"
CAPTION = "photo caption"
REPEATED = "repeated line"
PROMPT = "prompt line"
TIMESTAMP = "time stamp"
SHARE = "share buttons"
ADVERTISEMENT = "advertisement"
COMMENTS = "comments notice"
NAVIGATION = "navigation"
PLATFORM = "platform notice"
SOURCE_LINE = "source line"


@claimdiff.hookimpl
def register_preparers(register: RegisterPreparer) -> None:
    register("boilerplate", prepare)


def prepare(document: Document) -> Preparation:
    """The boilerplate regions of a document."""
    return Preparation(boilerplate=tuple(find_boilerplate(document.text)))


# --- lines ----------------------------------------------------------------------------------------


class _Line(NamedTuple):
    """One non-empty line's content without surrounding white space: ``text[start:end]``."""

    start: int
    end: int
    content: str


def _lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        if raw and not raw.isspace():
            stripped = raw.strip()
            lead = raw.index(stripped[0])
            lines.append(_Line(offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


# --- whole-line labels ----------------------------------------------------------------------------

_LABEL_TRIM = " \t:.!…|>»›<«‹-–—•*#=_~"
_SPACES = re.compile(r"\s+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _label_key(content: str) -> str:
    key = content.strip(_LABEL_TRIM).casefold().replace("’", "'")
    if key[:1].isspace() or key[-1:].isspace():
        return _SPACES.sub(" ", key)
    # The same without a regex: white space only between words, each run made one space.
    return " ".join(key.split())


def _labels(reason: str, words: str) -> dict[str, str]:
    return {_SPACES.sub(" ", label).strip(): reason for label in words.split(";") if label.strip()}


#: Lines that are nothing but a page element's label.
LABELS: dict[str, str] = {
    **_labels(
        ADVERTISEMENT,
        """advertisement; advertisements; advertising; ad; ads; sponsored; sponsored content;
        paid content; paid post; promoted; promoted content; partner content;
        story continues below advertisement; article continues below advertisement;
        story continues below; article continues below; continue reading below;
        scroll to continue with content; skip advertisement; ad feedback; remove ads""",
    ),
    **_labels(
        CONTINUE_READING,
        """click to continue reading; click here to continue reading; tap to continue reading;
        continue reading; keep reading; continue reading the main story; read more; read on;
        read full story; read the full story; read full article; read the full article;
        read the rest of this article; read the rest of the story; show more; see more;
        load more; view more; click here; click to expand; tap to expand""",
    ),
    **_labels(
        RELATED,
        """featured; featured stories; featured articles; editor's picks; editors' picks;
        top stories; latest stories; latest news; more news; more stories; don't miss;
        must read; popular; trending; trending now; trending stories; most read;
        most popular; most viewed; recommended; recommended for you; recommended stories;
        recommended reading; you may also like; you might also like; up next; read next;
        what to read next; related; related topics; related articles; related stories;
        related coverage; related content; related links; related posts; related news;
        related videos; tags; topics; filed under; more on this story; more on this topic;
        further reading; see also; also read""",
    ),
    **_labels(AUTHOR_BIO, "author; authors; about the author; about the authors; written by"),
    **_labels(
        COMMENTS,
        """comments are closed; comments; leave a comment; leave a reply; join the conversation;
        show comments; view comments; add a comment; post a comment; no comments;
        comments have been disabled; commenting is disabled; be the first to comment""",
    ),
    **_labels(
        NAVIGATION,
        """play video; watch video; play; pause; mute; unmute; replay; fullscreen; loading;
        listen to this article; listen; audio; close; menu; home; search; subscribe; sign in;
        log in; login; sign up; register; log out; newsletter; newsletters; back to top;
        skip to content; skip to main content; toggle navigation; open menu; close menu""",
    ),
    **_labels(
        CAPTION,
        """hide caption; show caption; toggle caption; enlarge this image; enlarge image;
        expand image; view gallery; open gallery; view image""",
    ),
}

#: Labels that head a list of links (related stories, tags): the short lines after them
#: belong to the list.
LIST_HEADINGS = frozenset(
    label
    for label, reason in LABELS.items()
    if reason == RELATED and label not in {"featured", "featured stories", "featured articles"}
)

#: A related-links label followed by the links themselves on the same line.
_INLINE_LIST = re.compile(
    r"(?:related(?: topics| articles| stories| coverage)?|tags|topics|filed under|categories"
    r"|read more|read also|also read|see also|read next|more coverage|recommended|don't miss"
    r"|must read|watch|listen|more on this)\s*[:|>»–—]",
    re.IGNORECASE,
)

# --- notices --------------------------------------------------------------------------------------

_COOKIE_WORD = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_PHRASE = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|site|(?:web)?sites?|partners?) uses? cookies"
    r"|\buse of cookies|\b(?:accept|allow|reject|decline|manage|disable|enable|block)"
    r" (?:all |our |the )?cookies"
    r"|\bcookies? (?:policy|settings|preferences|consent|notice|statement)",
    re.IGNORECASE,
)
_SITE_VOICE = re.compile(r"\b(?:you|your|we|our|us)\b|\bthis (?:web)?site\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\bby (?:using|continuing to (?:use|browse)|browsing|visiting|continuing on) (?:this|our)"
    r" (?:web)?site\b|\bwe value your privacy\b|\bdo not sell (?:or share )?my personal"
    r"|\bmanage (?:your )?(?:privacy|consent) (?:settings|preferences|choices)\b"
    r"|\bwe and our (?:\d+ )?partners (?:store|use|process)\b",
    re.IGNORECASE,
)
_SUBSCRIPTION = re.compile(
    r"\bsubscribe (?:now|today|here|to (?:our|my|this)\b)|\byour subscription\b"
    r"|\balready (?:a subscriber|subscribed|have an account)|\bsubscribers? only\b"
    r"|\bfor (?:paying )?subscribers\b|\bbecome a (?:subscriber|member)\b"
    r"|\bstart (?:your|a) free trial\b|\bunlimited digital access\b|\bget unlimited access\b"
    r"|\byou have reached your (?:free )?(?:article|story) limit"
    r"|\bfree articles? (?:left|remaining)"
    r"|\bcreate a free account\b|\bsign (?:up|in) (?:for|to) (?:our|my|your|the (?:daily|weekly))\b"
    r"|\bsign up (?:now|today|here)\b|\bnewsletter sign[ -]?up\b"
    r"|\bby (?:providing|entering|submitting) (?:an|your) e-?mail"
    r"|\benter your e-?mail\b|\bi (?:agree|accept) (?:to )?the terms of (?:use|service)\b"
    r"|\bget (?:our|the) (?:daily |weekly |free )*newsletter\b"
    r"|\bsupport (?:our|independent) journalism\b"
    r"|\bthanks? (?:you )?for (?:subscribing|signing up)",
    re.IGNORECASE,
)
_PLATFORM = re.compile(
    r"^this (?:post|article|page|video|story|content) (?:may|might|could) (?:refer to|contain)\b"
    r"|\b(?:official|latest|reliable) information (?:about|on) (?:the )?(?:coronavirus|covid)",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"^(?:original (?:story|article|post)|originally published|this (?:story|article|post)"
    r" (?:was |has been )?(?:originally |first )?(?:published|appeared|posted))\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|^copyright\s*(?:\(c\)\s*)?\d{4}|\ball rights reserved\b"
    r"|\bthis material may not be (?:published|broadcast|rewritten|redistributed)",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^\[/?[A-Za-z][\w.-]{0,20}\].{0,800}\[/[A-Za-z][\w.-]{0,20}\]$"
    r"|^\[/?(?:gpt|chatgpt|llm|ai|prompt|inst|system|user|assistant)[\w.-]{0,10}\]"
    r"|^(?:rewrite|paraphrase|rephrase|summari[sz]e) (?:this|the following)\b"
    r"|\bas an ai language model\b",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed (?:reporting |additional reporting )?to this (?:report|story|article)\.?\)?$",
    re.IGNORECASE,
)
_CREDIT_SEGMENT = re.compile(
    r"^\(?\s*(?:additional |further )?(?:reporting|writing|editing|compiled|research|"
    r"graphics|production|produced|edited|written|photography)(?: and \w+)? by (.+)$",
    re.IGNORECASE,
)
# Names stay case-sensitive: "Follow the money on Twitter" is not a social link.
_SOCIAL = re.compile(
    r"^(?i:follow) (?:(?i:us|him|her|them|me)|[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,2})"
    r" (?i:on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube))\b"
    r"|^(?i:(?:contact|reach|e-?mail) (?:him|her|them|the author|the writer|the reporter|us)"
    r" (?:at|on|via))\b"
    r"|^@\w{1,30}$"
)
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]{0,30}\s){1,4}(?:is|was|has been)\s(?:a|an|the)\s"
    r"(?:[\w'’-]{1,30}\s){0,6}?"
    r"(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|producer|author"
    r"|freelancer|photographer|photojournalist|anchor|intern|fellow|critic|blogger)s?\b"
)
_BIO_CUE = re.compile(
    r"\b(?:covering|covers|who covers|writes (?:about|on|for)|who writes|based in"
    r"|focus(?:es|ing)? on|speciali[sz]\w*|reports on)\b|\b(?:for|at|with) (?:the )?[A-Z]"
)
_NAME_ONLY = re.compile(r"^[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){1,3}$")

# --- photo captions -------------------------------------------------------------------------------

#: Photo agencies and credit words, lower-cased, as they end a caption ("... AFP via Getty Images").
AGENCIES = _words(
    """ap afp getty reuters epa epa-efe efe xinhua bloomberg shutterstock alamy pa yonhap kcna
    anp dpa anadolu sipa pool handout nurphoto zuma imago corbis istock aap kyodo tass sputnik
    upi ians pti ani"""
)
_CREDIT_WORDS = _words(
    "photo photos photograph image images picture pictures pics credit file courtesy"
)
#: Small words a credit may hold besides names: "AFP via Getty Images", "Photo by X for Y".
_CREDIT_GLUE = _words("via for by of the and from / - |")
_CREDIT_TOKEN = re.compile(r"[^\s/|]+|[/|]")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]?\s+(?=\S)")
_END_PARENS = re.compile(r"\(([^()]{1,100})\)$")
_CAPTION_START = re.compile(
    r"^(?:photo|photos|photograph|image|picture|pictured|credit|photo credit|image credit"
    r"|file photo|caption)\s*:|^photos? by [A-Z]",
    re.IGNORECASE,
)
_CAPTION_PHRASE = re.compile(
    r"\bin this (?:file |handout |undated |aerial )?(?:image|photo|picture|photograph|handout"
    r"|video grab|still image|screenshot|screengrab)\b(?: \w+){0,2}"
    r" (?:made|taken|released|provided|obtained|distributed|posted|shared|issued|supplied)\b",
    re.IGNORECASE,
)


def _is_credit(words: str, *, whole_line: bool) -> bool:
    """Whether ``words`` is a photo credit: names, agency, "via", "Photo" and nothing else.

    It must end in an agency or a credit word ("... AFP via Getty Images", "Name/AP Photo")
    and name an agency or a photographer; a whole line must also look like a credit ("/",
    "via", "Photo") so that a title-case headline naming an agency is not taken for one.
    """
    tokens = [token.strip(".,;:'’\"”“") for token in _CREDIT_TOKEN.findall(words)]
    tokens = [token for token in tokens if token]
    if not tokens or len(tokens) > 14:
        return False
    agency = credit_word = name = False
    for token in tokens:
        bare = token.casefold()
        if bare in AGENCIES:
            agency = True
        elif bare in _CREDIT_WORDS:
            credit_word = True
        elif bare in _CREDIT_GLUE:
            continue
        elif token[0].isupper():
            name = True
        else:
            return False
    last = tokens[-1].casefold()
    if last not in AGENCIES and last not in _CREDIT_WORDS:
        return False
    if not (agency or (credit_word and name)):
        return False
    if whole_line and len(tokens) > 1:
        return credit_word or "/" in tokens or "via" in (token.casefold() for token in tokens)
    return True


def _is_caption(content: str) -> bool:
    return _caption_without_credit(content) is not None


_CREDIT_STRIP = ".,;:'’\"”“"
#: Words a photo credit ends with.
_CREDIT_ENDS = AGENCIES | _CREDIT_WORDS


def _last_credit_token(content: str) -> str:
    """The last of ``_is_credit``'s tokens of ``content`` (stripped, case-folded), or "".

    A credit ending a caption is a suffix of the line starting at a token, so its last token is
    the line's: a line whose last token is no agency or credit word has no credit.
    """
    # Drop the trailing tokens that strip to nothing ("AFP .”" ends in "AFP").
    rest = content
    while True:
        trimmed = rest.rstrip(_CREDIT_STRIP).rstrip()
        if len(trimmed) == len(rest):
            break
        rest = trimmed
    if not rest:
        return ""
    if rest[-1] in "/|":
        return rest[-1]
    last = rest.rsplit(None, 1)[-1].rsplit("/", 1)[-1].rsplit("|", 1)[-1]
    return last.strip(_CREDIT_STRIP).casefold()


def _may_be_caption(content: str, lowered: str | None) -> bool:
    """False only when ``_is_caption(content)`` is False; cheap, for ordinary lines."""
    return (
        content.endswith(")")
        or lowered is None
        or "in this" in lowered
        or _CAPTION_START.match(content) is not None
        or _last_credit_token(content) in _CREDIT_ENDS
    )


def _caption_without_credit(content: str) -> str | None:
    """The caption's words without its photo credit, or None when the line is no caption."""
    if _CAPTION_START.search(content) or _CAPTION_PHRASE.search(content):
        return content
    tail_start = max(0, len(content) - 160)
    tail = content[tail_start:]
    parens = _END_PARENS.search(tail)
    if parens:
        credited = _is_credit(parens.group(1), whole_line=False)
        return content[: tail_start + parens.start()] if credited else None
    # An unbracketed credit follows the caption's last sentence: "... 2019. AFP via Getty Images".
    last_end = None
    for match in _SENTENCE_END.finditer(tail):
        last_end = match
    if last_end is None:
        return "" if len(content) <= 100 and _is_credit(content, whole_line=True) else None
    credit = tail[last_end.end() :]
    if len(credit) <= 100 and _is_credit(credit, whole_line=False):
        return content[: tail_start + last_end.end()]
    return None


# --- time stamps ----------------------------------------------------------------------------------

_MONTHS = _words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_WEEKDAYS = _words(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun"""
)
_STAMP_LABELS = _words(
    """published updated posted modified edited last first created date time on at
    ago read reading"""
)
_STAMP_WORDS = (
    _MONTHS
    | _WEEKDAYS
    | _STAMP_LABELS
    | _words(
        """am pm a p m t z gmt utc et est edt ct cst cdt pt pst pdt mt mst bst cet cest eet
        eest ist jst kst hkt sgt aest aedt msk wib hrs hr hour hours min mins minute minutes sec
        secs second seconds day days week weeks month months year years yesterday today"""
    )
)
_STAMP_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def _is_stamp_token(token: str) -> bool:
    """A number of up to four digits, or a word of dates and times (case-folded)."""
    return len(token) <= 4 if token.isdigit() else token in _STAMP_WORDS


def _is_time_stamp(content: str) -> bool:
    if len(content) > 120:
        return False
    # The first token decides for most lines ("The", "A ferry"): tested before the others.
    first = _STAMP_TOKEN.search(content)
    if first is None or not _is_stamp_token(first.group().casefold()):
        return False
    tokens = [token.casefold() for token in _STAMP_TOKEN.findall(content)]
    if not all(map(_is_stamp_token, tokens)):
        return False
    words = set(tokens)
    # Digits alone ("2023", "1 / 12") are not enough; a clock, a month, a label or "ago" is.
    return bool(
        _CLOCK.search(content)
        or words & (_MONTHS | _STAMP_LABELS)
        or (words & _WEEKDAYS and any(token.isdigit() for token in tokens))
    )


# --- share buttons --------------------------------------------------------------------------------

_SHARE_WORDS = _words(
    """share shares sharing tweet twitter x facebook email e mail print whatsapp linkedin reddit
    pinterest telegram messenger flipboard tumblr copy link url comment comments save bookmark
    this article story page on via the to or and"""
)
_SHARE_CORE = _words(
    """share tweet facebook whatsapp linkedin reddit pinterest telegram messenger flipboard
    tumblr"""
)
_WORD = re.compile(r"[^\W\d_]+")


def _is_share_bar(content: str) -> bool:
    if len(content) > 120:
        return False
    # The first and the last word rule out most lines before all words are looked at.
    first = _WORD.search(content)
    if first is None or first.group().casefold() not in _SHARE_WORDS:
        return False
    last_words = _WORD.findall(content.rsplit(None, 1)[-1])
    if last_words and last_words[-1].casefold() not in _SHARE_WORDS:
        return False
    words = [word.casefold() for word in _WORD.findall(content)]
    if not words or any(word not in _SHARE_WORDS for word in words):
        return False
    if any(char.isdigit() for char in content) and "share" not in content.casefold():
        return False
    # "Email" or "Print" alone is a button; "to the" alone is not.
    return bool(set(words) & (_SHARE_CORE | {"email", "print", "twitter"}))


# --- the line rules -------------------------------------------------------------------------------


def _credit_line(content: str) -> bool:
    """Wire-style credit: "Reporting by A; Editing by B", "X contributed to this report."."""
    if _CONTRIBUTED.search(content) and len(content) <= 250:
        return True
    segments = [segment.strip() for segment in content.rstrip(").").split(";")]
    if not segments or len(content) > 250:
        return False
    for segment in segments:
        match = _CREDIT_SEGMENT.match(segment)
        if match is None:
            return False
        names = match.group(1).strip(" ).")
        for word in names.replace(",", " ").split():
            if not (word[0].isupper() or word in {"and", "in", "de", "van", "von", "da", "al"}):
                return False
    return True


# Words one of which every match of a notice pattern holds (lower case). Testing them on the
# lower-cased line is much cheaper than trying a long case-insensitive alternation at every
# character, and most lines hold none of them.
# A prompt line opens with "[" or one of these, or holds "as an ai language model".
_PROMPT_OPENERS = ("rewrite ", "paraphrase ", "rephrase ", "summarise ", "summarize ")
_PROMPT_WORDS = ("as an ai language model",)
_CONSENT_WORDS = ("site", "privacy", "consent", "do not sell", "partners")
_SUBSCRIPTION_WORDS = (
    "subscri",
    "already",
    "become a",
    "free trial",
    "unlimited",
    "reached your",
    "free article",
    "free account",
    "sign",
    "newsletter",
    "mail",
    "terms of",
    "journalism",
    "thank",
)
_PLATFORM_WORDS = ("refer to", "contain", "information")
_COPYRIGHT_WORDS = ("©", "(c)", "copyright", "all rights reserved", "this material may not be")
_COOKIE_WORDS = ("cookie",)
# Credit lines: "X contributed to this report", or " by " in every segment.
_CREDIT_WORDS_BY = ("contributed", " by ")
#: A notice holds one of these (the words above, "free" for all three "free ..."), or is a
#: platform notice opening with "this ": a line that does neither skips the cookie, consent,
#: subscription and platform patterns at once.
_NOTICE_WORDS = (
    *(
        word
        for word in (*_COOKIE_WORDS, *_CONSENT_WORDS, *_SUBSCRIPTION_WORDS, "information")
        if not word.startswith("free ")
    ),
    "free",
)
# Characters that IGNORECASE matches to an ASCII letter although ``str.lower`` does not give
# that letter (İ ı ſ and the Kelvin sign): in a line holding one, the word test is skipped.
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_hold(lowered: str | None, words: tuple[str, ...]) -> bool:
    """False only when the lower-cased line holds none of ``words`` (None: cannot tell)."""
    if lowered is None:
        return True
    for word in words:  # noqa: SIM110 (a loop sets up no generator for each line)
        if word in lowered:
            return True
    return False


def _line_reason(content: str, label: str | None, bio_place: bool) -> str | None:
    """Why a line is boilerplate, or None for a body line.

    ``label`` is the line's entry in ``LABELS``; ``bio_place`` tells whether an author bio may
    stand there (the second half of the text, or under the author's name).
    """
    if label is not None:
        return label
    # Most lines are prose: each rule first takes a cheap test that rules it out for them
    # (a word it needs, the first token, the last token), then the full test.
    twins = not content.isascii() and _CASE_TWINS.search(content) is not None
    lowered = None if twins else content.lower()
    may_prompt = (
        content.startswith("[")
        or lowered is None
        or lowered.startswith(_PROMPT_OPENERS)
        or _may_hold(lowered, _PROMPT_WORDS)
    )
    if may_prompt and _PROMPT.search(content):
        return PROMPT
    if _is_time_stamp(content):
        return TIMESTAMP
    if _is_share_bar(content):
        return SHARE
    if len(content) <= 600 and _may_be_caption(content, lowered) and _is_caption(content):
        return CAPTION
    if len(content) > MAX_NOTICE:
        return None
    if lowered is None or lowered.startswith("this ") or _may_hold(lowered, _NOTICE_WORDS):
        cookie = (
            _may_hold(lowered, _COOKIE_WORDS)
            and _COOKIE_WORD.search(content)
            and _COOKIE_PHRASE.search(content)
        )
        if cookie and _SITE_VOICE.search(content):
            return COOKIE_NOTICE
        if _may_hold(lowered, _CONSENT_WORDS) and _CONSENT.search(content):
            return COOKIE_NOTICE
        if _may_hold(lowered, _SUBSCRIPTION_WORDS) and _SUBSCRIPTION.search(content):
            return SUBSCRIPTION
        if _may_hold(lowered, _PLATFORM_WORDS) and _PLATFORM.search(content):
            return PLATFORM
    if len(content) <= 250 and _SOURCE.match(content):
        return SOURCE_LINE
    if len(content) <= 300 and _may_hold(lowered, _COPYRIGHT_WORDS) and _COPYRIGHT.search(content):
        return COPYRIGHT
    if _INLINE_LIST.match(content):
        return RELATED
    # Credit lines need "contributed" or every segment's " by ".
    if _may_hold(lowered, _CREDIT_WORDS_BY) and _credit_line(content):
        return CREDIT_LINE
    if _SOCIAL.search(content):
        return AUTHOR_BIO
    if bio_place and _BIO.match(content) and _BIO_CUE.search(content):
        return AUTHOR_BIO if len(_SENTENCE_END.findall(content)) <= 2 else None
    return None


def _is_list_item(content: str) -> bool:
    """A link in a related-stories list: a short headline or topic, not a sentence."""
    return (
        len(content) <= 120
        and len(content.split()) <= 16
        and content[-1] not in ".:;,"
        and not _SENTENCE_END.search(content)
    )


# ASCII characters that are not letters or digits, deleted by ``bytes.translate``.
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def _letters_and_digits(content: str) -> str:
    """``content`` case-folded, with only its letters and digits."""
    if content.isascii():
        # The same, several times faster: ASCII case-folds as it lower-cases, and bytes delete
        # characters in C without looking each up in a table of Python objects.
        return content.encode("ascii").lower().translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    return "".join(filter(str.isalnum, content.casefold()))


def _repeat_key(content: str) -> str:
    if len(content) > MAX_LINE:
        return "=" + content
    # Copies differ in quotes, brackets and case ("(Name/AP Photo)" vs "Name/AP Photo").
    return _letters_and_digits(content)


def _label_like(content: str) -> bool:
    """A short line of capitalised words without sentence punctuation (a name, a heading)."""
    words = content.split()
    return (
        0 < len(words) <= 6
        and content[-1] not in ".!?\"”’'"
        and all(word[0].isupper() or not word[0].isalpha() for word in words)
    )


def find_boilerplate(text: str) -> list[Region]:
    """The boilerplate regions of ``text``, sorted and not overlapping, one per marked line."""
    lines = _lines(text)
    size = max(len(text), 1)
    reasons: list[str | None] = [None] * len(lines)
    # The line before: an "Author" heading or a bare name, under which a bio may follow.
    author_heading = False
    name_line = ""
    list_open = False
    judged: dict[tuple[str, str | None, bool], str | None] = {}
    for index, (start, _end, content) in enumerate(lines):
        if len(content) > MAX_LINE:
            list_open = author_heading = False
            name_line = ""
            continue
        key = _label_key(content) if len(content) <= 80 else ""
        label = LABELS.get(key)
        if list_open and label is None and _is_list_item(content):
            reasons[index] = RELATED
            author_heading = False
            name_line = ""
            continue
        under_author = author_heading or bool(name_line and content.startswith(name_line + " "))
        # Bios sit at the end of a page or under the author's name, never in the story's lead.
        bio_place = start / size >= 0.5 or under_author
        # A line printed twice (captions, labels, pull quotes) is judged once.
        seen = (content, label, bio_place)
        if seen in judged:
            reason = judged[seen]
        else:
            reason = judged[seen] = _line_reason(content, label, bio_place)
        reasons[index] = reason
        list_open = reason == RELATED and key in LIST_HEADINGS
        author_heading = label == AUTHOR_BIO
        name_line = content if _NAME_ONLY.match(content) else ""
    _mark_repeats(lines, reasons)
    return [
        Region(line.start, line.end, reason)
        for line, reason in zip(lines, reasons, strict=True)
        if reason is not None
    ]


#: Characters of a repeat key compared before the whole key is built.
_KEY_HEAD = 8
#: Characters of a line that give ``_KEY_HEAD`` characters of its key when they hold that many
#: letters and digits.
_HEAD_SPAN = 16


def _key_head(content: str) -> str:
    """``_repeat_key(content)[:_KEY_HEAD]``, mostly from the first characters alone."""
    if len(content) <= MAX_LINE:
        # Case folding goes character by character, so the start's key starts the line's key.
        head = _letters_and_digits(content[:_HEAD_SPAN])
        if len(head) >= _KEY_HEAD:
            return head[:_KEY_HEAD]
    return _repeat_key(content)[:_KEY_HEAD]


def _mark_repeats(lines: Sequence[_Line], reasons: list[str | None]) -> None:
    """Mark later copies of a line; every copy of a caption, credited or not, is a caption."""
    captions: set[str] = set()
    for index, line in enumerate(lines):
        if reasons[index] == CAPTION:
            words = _caption_without_credit(line.content)
            if words:
                captions.add(_repeat_key(words))
    # Only a line whose key starts like another line's, or like a caption's, can be a copy: the
    # whole key (the costly part) is built for those alone, once per distinct line.
    occurrences = Counter(line.content for line in lines)
    heads = {content: _key_head(content) for content in occurrences}
    head_counts = Counter(heads.values())
    caption_heads = {key[:_KEY_HEAD] for key in captions}
    keys = {
        content: _repeat_key(content)
        for content, head in heads.items()
        if head and (occurrences[content] > 1 or head_counts[head] > 1 or head in caption_heads)
    }
    copies: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        key = keys.get(line.content)
        if key is not None:
            copies.setdefault(key, []).append(index)
    for key, indexes in copies.items():
        if key in captions:
            for index in indexes:
                reasons[index] = reasons[index] or CAPTION
            continue
        if len(indexes) < 2:
            continue
        if any(reasons[index] == CAPTION for index in indexes):
            for index in indexes:
                reasons[index] = reasons[index] or CAPTION
            continue
        first = lines[indexes[0]].content
        if len(key) < MIN_REPEAT_KEY and not _label_like(first):
            continue
        for index in indexes[1:]:
            reasons[index] = reasons[index] or REPEATED
