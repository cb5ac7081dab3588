"""Who said what: quotation marks, speech cues and speakers, shared by the quote and
attribution extractors.

One pass over a document (:func:`analyse`, cached per text) finds

1. lines that are not running text (headlines, section headings, bylines, photo
   captions, repeated lines): marks there are never speech;
2. quotations, by pairing marks in one linear scan (curly, straight, single; an
   apostrophe inside or at the end of a word never pairs; an unclosed mark ends at its
   paragraph; a paragraph that reopens without closing continues the quote);
3. reported speech without marks ("The Kremlin said on Monday that ...");
4. for every speech event in document order, its cue and speaker phrase, parsed into
   name, role and organisation and resolved against the speakers met earlier
   ("Mr. Sullivan" -> the full name, "he" / "the ministry" -> the nearest earlier
   compatible speaker; unresolved -> no speaker, lower confidence).

Everything is regular expressions with bounded quantifiers over bounded windows, so the
work is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile

from claimdiff._text import sentence_spans
from claimdiff_plugins._given_names import (
    gender_of_name,
    is_common_given_name,
    is_given_name,
    is_surname_written_first,
)

# --------------------------------------------------------------------------- lexicons

_SPEECH_VERBS = """said says say saying told tells telling added adds adding warned warns warning
stated states announced announces confirmed confirms denied denies claimed claims reported
insisted insists insisting argued argues arguing noted notes noting explained explains
stressed stresses emphasized emphasised emphasizes acknowledged acknowledges admitted admits
alleged alleges asserted asserts declared declares predicted predicts promised promises
pledged pledges vowed vows suggested suggests wrote writes tweeted tweets posted estimated
estimates contended contends lamented laments complained complains testified conceded concedes
disclosed revealed reveals indicated cautioned cautions agreed agrees recalled recalls
replied replies responded responds answered asked asks questioned thundered shouted yelled
sighed exclaimed remarked observed commented quipped joked laughed smiled shrugged
concluded concludes calls urged urges
demanded demand demands
countered chanted cried screamed wondered mused boasted acknowledging stressing warning explaining
continued called calling described describing termed summed chanting shouts yells talked spoke
condemned condemning
denounced denouncing criticized criticised criticizing criticising predicting shouting
yelling screaming fumed fumes raged snapped scoffed retorted apologised apologized apologises
apologizes dismissed dismissing branded branding labelled labeled slammed hailed""".split()
#: Capital letters names start with, Latin letters with accents included ("Óscar").
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
#: Verbs that report a clause ("X said (that) ..."): the attribution cues.
_REPORT_VERBS = """said says say told tells warned warns added adds stated states announced
announces confirmed confirms denied denies claimed claims reported insisted insists argued
argues noted notes explained explains stressed stresses emphasized emphasised acknowledged
acknowledges admitted admits alleged alleges asserted asserts declared declares predicted
predicts promised promises pledged pledges vowed vows suggested suggests wrote writes tweeted
estimated contended contends lamented complained testified conceded disclosed revealed
indicated cautioned agreed agree agrees claim insist argue contend warn admit deny
allege predict posted countered maintained concluded recalled boasted quipped mused fumed""".split()
#: A tree of words by their letters, "" marking where a word ends.
_LetterTree = dict[str, "_LetterTree"]


def _word_alternation(words: Iterable[str]) -> str:
    """A regex alternative of ``words`` with shared beginnings factored out ("sa(?:id|ys)"):
    the regex engine then tries one branch per letter instead of every word at every word
    start, three times faster on a list of a hundred verbs. It matches the same strings as
    the plain alternative; which one it picks at a position could differ, so every use makes
    that moot: a character that cannot go on a word follows (``\\b``, ``\\s``), or only
    whether there is a match counts."""
    tree: _LetterTree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_pattern(tree)


def _tree_pattern(node: _LetterTree) -> str:
    branches = [re.escape(char) + _tree_pattern(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    if "" in node:  # a word ends here; longer ones go on
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_CUE_WORDS = _word_alternation(set(_SPEECH_VERBS))
_REPORT_WORDS = _word_alternation(set(_REPORT_VERBS))
_CUE = re.compile(rf"\b(?:{_CUE_WORDS}|[Aa]ccording to|quoted as saying|read)\b")
_CUE_NO_READ = re.compile(rf"\b(?:{_CUE_WORDS}|[Aa]ccording to)\b")
_REPORT_CUE = re.compile(rf"\b(?:{_REPORT_WORDS})\b")
#: ``_REPORT_CUE`` without its leading ``\b``: see ``_report_cues``.
_REPORT_WORD_END = re.compile(rf"(?:{_REPORT_WORDS})\b")


def _report_cues(sentence: str) -> list[re.Match[str]]:
    """All matches of ``_REPORT_CUE``, a quarter faster: without a leading ``\\b`` the regex
    engine jumps to the letters that can start a verb, and the few matches that start inside
    a word ("says" in "essays") are dropped here, as ``\\b`` would. A dropped match ends where
    its word ends, so it never hides one that starts a word."""
    cues = []
    for match in _REPORT_WORD_END.finditer(sentence):
        at = match.start()
        if at == 0 or not (sentence[at - 1].isalnum() or sentence[at - 1] == "_"):
            if at > 1 and sentence[at - 1].isspace() and _after_determiner(sentence, at - 1):
                continue  # "an estimated 150,000", "the reported deaths": adjectives
            cues.append(match)
    return cues


def _after_determiner(sentence: str, end: int) -> bool:
    """Whether the word ending at ``end`` is "a", "an" or "the" (a string test: it runs for
    every report cue)."""
    if end > 0 and sentence[end - 1].isspace():
        end -= 1  # two spaces
    for word in ("a", "an", "the"):
        begin = end - len(word)
        if (
            begin >= 0
            and sentence[begin:end].lower() == word
            and (begin == 0 or not sentence[begin - 1].isalnum())
        ):
            return True
    return False


PRONOUNS = {"he": "m", "she": "f", "they": "plural", "it": "thing", "we": "plural", "i": None}

ROLE_WORDS = frozenset(
    """mp mps mla mlas mca mcas mep meps msp mpp td tds administrator administrators cop cops parent
    parents family families pupils students teachers nurses crowd campaigners
    spokesman spokeswoman spokesperson spokespeople spokesmen adviser advisor advisers
    advisors minister ministers secretary president premier chancellor ambassador envoy
    official officials officer officers chief head director commissioner professor analyst
    analysts expert experts councilman councilwoman councilmember councillor councilor member
    members attorney
    lawyer mayor governor senator representative congressman congresswoman leader leaders
    chairman chairwoman chairperson chair ceo founder manager witness witnesses resident residents
    source
    sources diplomat diplomats general colonel sergeant captain lieutenant commander admiral
    editor correspondent reporter journalist journalists researcher researchers scientist
    scientists seismologist
    geologist doctor doctors nurse surgeon coordinator prosecutor prosecutors judge sheriff
    superintendent barber owner worker workers activist activists evangelist pastor priest
    bishop reverend king queen prince lawmaker lawmakers legislator deputy economist economists
    strategist negotiator agent agents investigator investigators student teacher mother
    father sister brother son daughter wife husband relative relatives neighbor neighbour
    neighbors neighbours friend survivor survivors victim protester protesters demonstrator
    demonstrators organizer organiser organizers official chancellor premier president-elect
    vice-president boss staff employee employees engineer engineers pilot captain
    firemen firefighters policemen gunmen fishermen servicemen workmen rescuers villagers
    refugees soldiers troops woman man girl boy cousin aunt uncle grandmother grandfather
    teenager advocate user users plaintiff plaintiffs defendant defendants forecaster
    forecasters meteorologist meteorologists executive executives supporter supporters fan
    fans trader traders voter voters passenger passengers commodore brigadier marshal inspector
    constable detective employer employers barrister barristers solicitor counsel coroner
    prefect undersecretary under-secretary magistrate ombudsman registrar provost warden imam rabbi
    auditor treasurer comptroller
    influencer singer actor actress footballer striker midfielder goalkeeper coach defender
    winger skipper pundit couple deckhand crew astrophysicist physicist consultant
    claimant claimants supervisor supervisors convenor specialist specialists arbiter arbiters
    grandmaster partner garda gda promoter driver collector assemblymember assemblyman
    assemblywoman historian historians investor investors statistician statisticians biologist
    biologists ecologist ecologists zoologist botanist chemist chemists epidemiologist
    epidemiologists virologist virologists climatologist hydrologist hydrologists oceanographer
    archaeologist archaeologists psychologist psychologists sociologist criminologist lecturer
    lecturers farmer farmers fisherman shopkeeper shopkeepers vendor vendors paramedic
    paramedics midwife pharmacist pharmacists veterinarian dentist architect architects
    photographer novelist musician tenant tenants commuter commuters shopper shoppers carer
    carers ranger rangers lifeguard mechanic electrician entrepreneur shareholder homeowner
    homeowners retiree nun monk volunteers academics player players""".split()
)
#: Heads of descriptions that name a news outlet or its output ("the paper", "the report"):
#: they refer back to the last outlet quoted, not to a person.
MEDIA_HEADS = frozenset(
    """paper newspaper daily weekly tabloid magazine agency broadcaster channel station
    network television radio report outlet website media""".split()
)
#: Outlets that news copy names bare ("told Reuters", "quoted by AFP").
OUTLETS = frozenset(
    """reuters afp ap xinhua irna suna tass interfax yonhap kcna bbc cnn nbc abc cbs fox
    ny1 antara bernama""".split()
)
ORG_HEADS = frozenset(
    """ministry ministries agency agencies department government governments police military
    directorate secretariat inspectorate tribunal museum gallery library school college
    army navy council committee office embassy company firm group organization organisation
    union unions authority authorities administration media newspaper outlet channel service
    paper daily weekly tabloid magazine report
    services institute bureau commission court parliament congress senate cabinet kremlin
    pentagon party campaign team club association network broadcaster station university
    hospital center centre foundation coalition alliance federation league assembly fund bank
    ngo charity board advisory festival co-op cooperative
    giant giants carmaker automaker maker lender retailer insurer airline conglomerate
    regulator watchdog guard coastguard opposition forum society thinktank trust academy
    airport zoo observatory force""".split()
)
ORG_WORDS = frozenset(
    """chamber council ministry department agency house party bank university college commission
    fund organization organisation association union times news post journal press service
    services office government forces army navy police court parliament congress senate
    committee institute center centre company corp corporation group program programme
    network media radio television tv channel authority board bureau embassy mission command
    guard kremlin pentagon reuters interfax yonhap kcna tass ap afp cnn bbc survey foundation
    hospital clinic club airline airlines
    coalition alliance federation league assembly cabinet administration daily herald tribune
    telegraph guardian gazette inc ltd nations state states kingdom republic emirates
    forum division headquarters unit team""".split()
)
#: Words that name or head a body: "Ministry", "Council", "agency".
_BODY_WORDS = ORG_WORDS | ORG_HEADS
ROLE_MODIFIERS = frozenset(
    """national security press foreign defense defence deputy chief senior vice prime interior
    finance home justice health trade economy economic general executive assistant acting
    former top military police fire emergency local regional provincial district county city
    federal state public attorney white other""".split()
)
HONORIFICS = {
    "mr": "m",
    "mzee": "m",  # Swahili: an elder
    "cr": None,  # Australia: a councillor
    "cllr": None,  # Britain and Ireland: a councillor
    "fr": "m",  # a priest
    "atty": None,  # the Philippines: an attorney
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dr": None,
    "gen": None,
    "brig": None,
    "lt": None,
    "col": None,
    "sgt": None,
    "capt": None,
    "sen": None,
    "rep": None,
    "gov": None,
    "prof": None,
    "adm": None,
    "maj": None,
    "rev": None,
    "mdm": "f",  # Singapore, Malaysia: "Mdm Tan"
    "reverend": None,  # "the Right Reverend Martin Ashdown"
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",  # "Lady Caroline Kingsley"
    "madam": "f",  # Singapore, Malaysia: "Madam Tan Siew Lan"
    # royal and noble titles: "Princess Clémence" (not "Earl", "Duke" or "Baron": given names)
    "prince": "m",
    "princess": "f",
    "duchess": "f",
    "countess": "f",
    "baroness": "f",
    "justice": None,  # a judge's title: "Justice Esther Phiri"
    # Nigerian and Arabic titles: "Malam Sani Idris", "Alhaji Ibrahim Shehu", "Comrade ..."
    "malam": "m",
    "mallam": "m",
    "alhaji": "m",
    "alhaja": "f",
    "hajiya": "f",
    "comrade": None,
    "sheikh": None,  # also part of names ("Sheikh Hasina")
    "adv": None,  # India, South Africa: an advocate, "Adv Kiran Joshi"
    "engr": None,
    # Kenyan police ranks: "Central OCPD Simon Wekesa"
    "ocpd": None,
    "ocs": None,
    # Indian police ranks: "Additional SP Rakesh Awasthi"
    "sp": None,
    "dsp": None,
    "asp": None,
    "ssp": None,
    "dcp": None,
    "acp": None,
    # Malaysian titles: "Datuk Seri Hasnah Omar", "Datin Siti" ("Tan" and "Sri" are also names)
    "datuk": None,
    "dato": None,
    "datin": None,
    "seri": None,
    "tun": None,
    # British police ranks: "Det Supt Claire Haddon", "DCI Ann Lee", "PC Tom Berg"
    "det": None,
    "supt": None,
    "insp": None,
    "dci": None,
    "dsi": None,
    "dcs": None,
    "pc": None,
    "wpc": None,
    "pcso": None,
}
GENDERED_ROLES = {
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "assemblywoman": "f",
    "councilwoman": "f",
    "mother": "f",
    "sister": "f",
    "wife": "f",
    "daughter": "f",
    "queen": "f",
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "assemblyman": "m",
    "councilman": "m",
    "father": "m",
    "brother": "m",
    "son": "m",
    "husband": "m",
    "king": "m",
    "prince": "m",
    "woman": "f",
    "girl": "f",
    "aunt": "f",
    "grandmother": "f",
    "man": "m",
    "boy": "m",
    "uncle": "m",
    "grandfather": "m",
}
DEMONYMS = {
    "russian": "Russia",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "chinese": "China",
    "japanese": "Japan",
    "german": "Germany",
    "greek": "Greece",
    "iranian": "Iran",
    "indonesian": "Indonesia",
    "sudanese": "Sudan",
    "british": "Britain",
    "french": "France",
    "ukrainian": "Ukraine",
    "israeli": "Israel",
    "turkish": "Turkey",
    "indian": "India",
    "canadian": "Canada",
    "australian": "Australia",
    "italian": "Italy",
    "spanish": "Spain",
    "mexican": "Mexico",
    "european": "Europe",
    "korean": "Korea",
    "syrian": "Syria",
    "iraqi": "Iraq",
    "egyptian": "Egypt",
}
#: Capitalised words that start sentences or name times, never a person.
NOT_NAMES = frozenset(
    """the a an in on at as by for from but and or if it its he she they we this that these
    those there their his her our after before when while despite according during under
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec president vice prime minister secretary ambassador chancellor mr mrs ms dr
    i you with without not no yes why what how who where then also still yet so however
    both either neither meanwhile updated related author photo later earlier yesterday today
    separately previously overnight now published posted inside outside""".split()
)
#: Lowercase words inside places' names: "Dar es Salaam", "Rio de Janeiro".
_PLACE_PARTICLES = frozenset("es de del da do dos das la le el al sur".split())
_PARTICLES = frozenset("van von de der den da do dos das bin al la le di del du ibn en".split())
_NOT_SPEAKER_START = frozenset(
    """he she they it we i there this that what which who and but or because to of in on at
    for with from by as if when while so than""".split()
)
#: Role modifiers a later mention may add or drop ("the former minister").
_LOOSE_MODIFIERS = frozenset("former top senior other acting".split())
_GENERIC_PERSON_HEADS = frozenset("official officials source sources leader person".split())
#: "The 54-year-old": an epithet for a person the text has named.
_AGE_EPITHET = re.compile(
    # "The 47-year-old astrophysicist": whom the text gave that age (not "the 150-year-old
    # company")
    rf"[Tt]he\s(?:\d{{1,3}}-year-old(?:\s(?P<noun>{_word_alternation(ROLE_WORDS)}))?"
    # "The dad-of-three", "the mother-of-two": a person the text has named
    r"|(?P<parent>[a-z]{2,12})-of-[a-z]{2,12})"
)
_DETERMINERS = frozenset("the a an another one his her their its our".split())

# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Speaker:
    """A speaker as found in a phrase, and after resolution as the claim reports it."""

    phrase: str
    start: int
    end: int
    kind: str  # person | organisation | description | group | pronoun | unknown
    name: str | None = None  # the value of Claim.speaker once resolved
    person: str | None = None  # a person's full name
    role: str | None = None
    organisation: str | None = None
    gender: str | None = None
    head: str | None = None  # head noun of a description ("official", "ministry")
    definite: bool = False  # "the official": refers back; "an official": a new speaker
    members: tuple[str, ...] = ()  # several speakers credited at once, each one's name

    def moved(self, offset: int) -> Speaker:
        """The same speaker ``offset`` characters further on. Runs for every speaker phrase:
        copying the fields directly is five times faster than ``dataclasses.replace``, which
        goes through the frozen ``__init__``."""
        moved = object.__new__(Speaker)
        moved.__dict__.update(self.__dict__, start=self.start + offset, end=self.end + offset)
        return moved


@dataclass
class Mention:
    """Where a speech event's speaker and cue were found."""

    speaker: Speaker | None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # explicit | previous_sentence | continuation | same_sentence | statement | none
    source: str = "none"


@dataclass
class SpeechEvent:
    """A direct quote or a reported statement, with its resolved speaker."""

    kind: str  # quote | attribution
    start: int  # claim span
    end: int
    value: str
    mention: Mention
    resolved: Speaker | None = None
    resolved_from: str | None = None
    confidence: float = 1.0
    extra: dict[str, object] = field(default_factory=dict)
    speech: bool = True  # False for quoted terms and titles (not emitted)


@dataclass
class Analysis:
    quotes: list[SpeechEvent]
    attributions: list[SpeechEvent]


# --------------------------------------------------------------------------- lines


_SENTENCE_END = re.compile(r"[.!?:…;][\s\"”’')\]]{0,6}$")
#: A line ending with one of these ends with ``_SENTENCE_END``.
_SENTENCE_END_MARKS = frozenset(".!?:…;")
_CREDIT = re.compile(
    r"(?:\b(?:AP Photo|AFP|Getty Images|REUTERS|Reuters|EPA|Xinhua|Shutterstock|KCNA|AP)"
    r"(?:/[A-Z][\w. ]{0,40})?\)?\s*$)|\((?:Photo|Image|Picture)\b|\b(?:Photo|Photograph|Image)"
    r"(?: credit)?:|\bin this (?:image|photo|picture|handout)"
)


#: Every match of ``_CREDIT`` contains one of these ("Getty Images" holds "Image"); a line
#: without any skips the regex.
_CREDIT_KEYS = (
    "AP",
    "AFP",
    "REUTERS",
    "Reuters",
    "EPA",
    "Xinhua",
    "Shutterstock",
    "KCNA",
    "Photo",
    "Image",
    "Picture",
    "in this ",
)


_CREDIT_KEY = re.compile("|".join(re.escape(key) for key in _CREDIT_KEYS))


def _is_credit(line: str) -> bool:
    """Whether a photo credit ends or opens the line (within its last or first 200
    characters)."""
    return _is_credit_segment(line[-200:]) or (len(line) > 200 and _is_credit_segment(line[:200]))


def _is_credit_segment(segment: str) -> bool:
    return _CREDIT_KEY.search(segment) is not None and _CREDIT.search(segment) is not None


#: “...” -Commissioner X: a quote credited by a dash, not a heading.
_DASH_ATTRIBUTION = re.compile(r"[”\"’]\s{0,3}[-–—]{1,2}\s{0,3}[A-Z]")


def _is_deck(words: Sequence[str]) -> bool:
    """A summary line under the headline, written as a sentence without its full stop ("Two
    officers shot a teenager after police say he pointed a gun"): long, mostly lower case,
    unlike a heading in title case or a dateline."""
    if len(words) < 12 or "|" in words:
        return False
    lower = sum(1 for word in words if word[:1].islower())
    return 2 * lower >= len(words)


#: A bulleted summary point under a headline that reports speech ("- Governor says ...").
_BULLET_REPORT = re.compile(r"[-•–*]\s{1,2}\S.{3,120}?\b(?:says|said|say|warns|warned)\s")


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


#: A line linking to another story: "Read more: ...", "Also read: ...", "RELATED: ...".
_LINK_LINE = re.compile(
    r"(?:Read\s+more|Also\s+read|Read\s+also|READ\s+ALSO|READ\s+MORE|ALSO\s+READ|READ|Read|"
    r"Related|RELATED(?:\s+ARTICLE)?|More\s+on\s+this\s+story|See\s+also|Watch|WATCH)"
    r"(?:\s{0,2}[:|]|\s{1,2}[–—-]\s)"  # not "Related-party loans"
)
#: A line heading a list of links: "Related Stories", "READ MORE", "More on this story".
_LINK_HEADER = re.compile(
    r"(?i:related(?:\s(?:stories|articles|content|coverage|news|links|reading))?|read\smore|"
    r"more\son\sthis\sstory|also\sread|read\salso|more\sstories|recommended(?:\sstories)?|"
    r"you\smay\salso\slike|further\sreading)\s{0,2}:?"
)
#: A headline led by a quote: "‘I sleep in my car between shifts’: Nurses on ...".
_QUOTE_HEADLINE = re.compile(
    r"[‘“\"'][^’”\"\n]{2,80}[’”\"']\s{0,2}[:–—|]\s{0,2}[A-Z][^.!?\n]{0,100}$"
)


def _non_body_lines(text: str, lines: Sequence[tuple[int, int]]) -> set[int]:
    """Lines whose marks are not speech: headings, bylines, captions, repeats."""
    excluded: set[int] = set()
    seen: set[str] = set()
    headline_seen = False
    # one pass over the text: most hold no credit at all
    credits = _CREDIT_KEY.search(text) is not None
    links_left = 0  # lines of a list of links under a "Related Stories" line
    for index, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line:
            links_left = 0
            continue
        words = line.split()
        if links_left and len(words) <= 30 and (line[:1] in "-•*–" or line[-1] not in _PROSE_ENDS):
            # a link: a bullet, or a headline without a closing stop
            links_left -= 1
            excluded.add(index)
            continue
        links_left = 0
        if len(words) <= 4 and _LINK_HEADER.fullmatch(line):
            # "Related Stories" on a line of its own: the lines under it link elsewhere
            links_left = 6
            excluded.add(index)
            continue
        key = " ".join(words).strip("()").lower()
        if key in seen and len(words) > 1:
            excluded.add(index)
        seen.add(key)
        # the first line is the headline, whatever its length (a flag: no rescan per line)
        first_line = not headline_seen
        headline_seen = True
        if _LINK_LINE.match(line) or _QUOTE_HEADLINE.match(line):
            # "Read more: ‘...’ – ...", "‘It just exploded’: Inside the 40 minutes ...": a
            # link to another story, or a headline led by a quote
            excluded.add(index)
            continue
        if (
            (len(words) <= 25 or first_line)
            and line[-1] not in _SENTENCE_END_MARKS  # a string test before the regex
            and not _SENTENCE_END.search(line, len(line) - 7)
            and not _DASH_ATTRIBUTION.search(line)
            and (first_line or not (_is_deck(words) or _BULLET_REPORT.match(line)))
        ) or (credits and _is_credit(line)):
            excluded.add(index)
    return excluded


# --------------------------------------------------------------------------- marks

#: Every alternative opens with a single character, so that the regex engine skips from mark
#: to mark instead of trying each alternative at every character (two and a half times
#: faster); "''" before "'" and "``" as in ``''|``|["“”„‟«»‘’‚']``.
_MARK = re.compile(r"''?|``|\"|“|”|„|‟|«|»|‘|’|‚")
_OPENERS_BEFORE = frozenset(" \t\n\r([{—–-/“‘\"'«:")
_CLOSERS_AFTER = frozenset(" \t\n\r.,;:!?)]}—–-”’\"'»…")
OPEN, CLOSE, EITHER = 1, 2, 3


# Not frozen: one is built for every quotation mark, and a frozen dataclass's __init__ is
# four times slower.
@dataclass
class _Mark:
    pos: int
    length: int
    family: str  # "d" double, "s" single
    role: int
    opens: bool = False  # context suggests an opening mark
    closes: bool = False  # context suggests a closing mark
    possessive: bool = False  # "the leaders’ summit": may be an apostrophe


#: "’Tis", "’Twas" after an apostrophe.
_ARCHAIC_ELISION = re.compile(r"[Tt](?:is|was)\b")


def _classify(text: str, match: re.Match[str]) -> _Mark | None:
    mark, pos = match.group(), match.start()
    before = text[pos - 1] if pos else "\n"
    end = match.end()
    after = text[end] if end < len(text) else "\n"
    if mark in ("“", "„", "‟", "«", "``"):
        return _Mark(pos, len(mark), "d", OPEN)
    if mark in ("”", "»"):
        return _Mark(pos, len(mark), "d", CLOSE)
    # "a war zone. '": a closing mark set off by a space after the sentence's end
    spaced_close = before == " " and pos >= 2 and text[pos - 2] in ".!?," and after.isspace()
    if mark in ('"', "''"):
        opens = before in _OPENERS_BEFORE and not after.isspace()
        closes = (not before.isspace() or spaced_close) and (after in _CLOSERS_AFTER)
        return _Mark(pos, len(mark), "d", EITHER, opens, closes)
    # single marks: most are apostrophes
    if before.isalnum() and after.isalnum():
        return None  # they’re, O'Brien
    if _ARCHAIC_ELISION.match(text, end):
        return None  # ’Tis, ’Twas: an apostrophe
    if mark in ("‘", "‚"):
        if before.isalnum() or after.isdigit():
            return None
        return _Mark(pos, 1, "s", OPEN)
    if before in _OPENERS_BEFORE and after.isalpha():
        return _Mark(pos, 1, "s", OPEN) if mark == "'" else None
    if (not before.isspace() or spaced_close) and after in _CLOSERS_AFTER:
        possessive = before in "sS" and after == " " and text[end + 1 : end + 2].isalpha()
        return _Mark(pos, 1, "s", CLOSE, possessive=possessive)
    return None


@dataclass
class _RawQuote:
    family: str
    open_pos: int
    parts: list[tuple[int, int]]  # content spans, one per paragraph
    close_pos: int | None = None
    close_len: int = 0
    unclosed: bool = False


@dataclass
class _Pending:
    family: str
    open_pos: int
    part_start: int
    parts: list[tuple[int, int]] = field(default_factory=list)
    fallback: _Mark | None = None  # a possessive-looking close kept in reserve
    reopen_line: int | None = None
    until_line: int | None = None  # runs on through unmarked lines, ends with this one
    strong: bool = False  # a single mark opening a line or following a colon
    nested: int = 0  # single quotations open inside this single one
    held_nested: bool = False  # whether any single quotation opened inside it
    carried: bool = False  # a single quotation continued from an earlier line


_SENTENCE_STOP = re.compile(r"[.!?]")


def _last_sentence_end(text: str, start: int, end: int) -> int | None:
    window = max(start, end - 2000)
    found = None
    for match in _SENTENCE_STOP.finditer(text[window:end]):
        found = window + match.end()
    return found


def pair_quotes(text: str, lines: Sequence[tuple[int, int]]) -> list[_RawQuote]:
    """Pair quotation marks in one pass; see the module docstring for the rules."""
    marks_by_line: list[list[_Mark]] = [[] for _ in lines]
    line_starts = [start for start, _ in lines]
    for match in _MARK.finditer(text):
        mark = _classify(text, match)
        if mark is not None:
            marks_by_line[bisect_right(line_starts, mark.pos) - 1].append(mark)
    quotes: list[_RawQuote] = []
    pending: _Pending | None = None

    def finish(p: _Pending, end: int, close: _Mark | None, unclosed: bool = False) -> None:
        parts = [*p.parts, (p.part_start, end)]
        quotes.append(
            _RawQuote(
                p.family,
                p.open_pos,
                parts,
                close.pos if close else None,
                close.length if close else 0,
                unclosed,
            )
        )

    carried: _Pending | None = None  # a single quotation running on from the line before
    for index, (line_start, line_end) in enumerate(lines):
        if pending is None and carried is None and not marks_by_line[index]:
            continue  # nothing open, no mark: nothing happens on this line
        single, carried = carried, None
        if single is not None and single.reopen_line is not None and index < single.reopen_line:
            carried = single  # the blank line between a paragraph and the one reopening it
            continue
        for mark in marks_by_line[index]:
            if single is not None and single.reopen_line == index and mark.family == "s":
                # the mark reopening a single quotation continued from the paragraph before
                single.reopen_line = None
                single.part_start = mark.pos + mark.length
                continue
            if pending is not None and pending.reopen_line == index:
                # the mark reopening a quote continued from the paragraph before
                pending.reopen_line = None
                pending.part_start = mark.pos + mark.length
                continue
            if mark.family == "d":
                single = None  # a double mark: a pending single was an apostrophe
                if pending is not None:
                    if mark.role in (CLOSE, EITHER):
                        finish(pending, mark.pos, mark)
                        pending = None
                        continue
                    # a new opening mark while one is open: the first was never closed
                    cut = _last_sentence_end(text, pending.part_start, mark.pos)
                    if cut is not None:
                        finish(pending, cut, None, unclosed=True)
                    elif pending.parts:
                        quotes.append(
                            _RawQuote(
                                pending.family, pending.open_pos, pending.parts, None, 0, True
                            )
                        )
                    pending = None
                if mark.role == OPEN or (mark.role == EITHER and (mark.opens or not mark.closes)):
                    pending = _Pending("d", mark.pos, mark.pos + mark.length)
                continue
            if pending is not None:
                continue  # single marks nested inside a double quotation
            if single is not None:
                if mark.role == CLOSE:
                    if mark.possessive:
                        single.fallback = single.fallback or mark
                        continue
                    if single.nested:
                        single.nested -= 1  # closes a quotation inside this one
                        continue
                    finish(single, mark.pos, mark)
                    single = None
                    continue
                if single.strong and single.fallback is None:
                    # "told the Post: 'As they fired, he screamed, ‘Stop!’": the inner
                    # quotation of a quote that opened its line or followed a colon
                    single.nested += 1
                    single.held_nested = True
                    continue
                if single.fallback is not None:
                    finish(single, single.fallback.pos, single.fallback)
                single = None
            if mark.role == OPEN:
                # What comes before the mark on its line: nothing, or a colon, makes it
                # strong. Looked at backwards from the mark: slicing the line from its start
                # for every mark would be quadratic on a long line full of marks.
                before = mark.pos - 1
                while before >= line_start and text[before].isspace():
                    before -= 1
                # a sentence's first mark too: "‘A,’ she said. ‘B.\n\n‘C.’" goes on (unless
                # it closes before a verb: "‘Thanks, lads’ was all he said", see below)
                strong = before < line_start or text[before] in ":.?!"
                single = _Pending("s", mark.pos, mark.pos + 1, strong=strong)
        reopening = None
        if (
            single is not None
            and single.strong
            # "‘Thanks, lads’ was all he said": a close before a verb was no apostrophe
            and (single.fallback is None or _possessive_goes_on(text, single.fallback.pos))
        ):
            reopening = _single_reopens(text, lines, marks_by_line, index)
        if reopening is not None and single is not None:
            # British style over paragraphs: "‘A.\n\n‘B.’": one quotation in two parts; a
            # possessive-looking close before ("the workers’ fault") was an apostrophe
            single.parts.append((single.part_start, line_end))
            single.reopen_line = reopening
            single.carried = True
            carried = single
        elif single is not None and single.fallback is not None:
            finish(single, single.fallback.pos, single.fallback)
        elif single is not None and single.strong:
            if _single_continues(text, lines, marks_by_line, index):
                # British style over several one-sentence lines: "said: ‘A.\nB.’"
                single.carried = True
                carried = single
            elif single.carried or single.held_nested:
                finish(single, line_end, None, unclosed=True)
        if pending is None:
            continue
        # end of line with a double quotation still open
        if pending.reopen_line is not None:
            continue  # a blank line before the paragraph that reopens it
        if pending.until_line is not None:
            if pending.until_line == index:
                pending.until_line = None
                decision = _continuation(text, lines, marks_by_line, index)
                if decision == "reopen":
                    # the quotation goes on in the paragraph that reopens it: one claim
                    pending.parts.append((pending.part_start, line_end))
                    pending.reopen_line = _next_nonblank(text, lines, index)
                else:
                    finish(pending, line_end, None, unclosed=True)
                    pending = None
            continue
        decision = _continuation(text, lines, marks_by_line, index)
        if decision == "through":
            # runs on through unmarked lines up to the line before a reopening mark, and
            # on into that paragraph (see above)
            pending.until_line = _last_unmarked_line(lines, marks_by_line, index)
            if pending.until_line == index:
                finish(pending, line_end, None, unclosed=True)
                pending = None
        elif decision == "reopen":
            pending.parts.append((pending.part_start, line_end))
            pending.reopen_line = _next_nonblank(text, lines, index)
        elif decision == "continue":
            pass
        else:
            finish(pending, line_end, None, unclosed=True)
            pending = None
    if pending is not None:
        end = lines[-1][1] if lines else len(text)
        finish(pending, end, None, unclosed=True)
    if carried is not None:
        finish(carried, lines[-1][1], None, unclosed=True)
    return quotes


#: The word after a possessive-looking mark.
_WORD_AFTER_MARK = re.compile(r"\s([a-z]{2,20})\b")


def _possessive_goes_on(text: str, mark_pos: int) -> bool:
    """Whether a possessive-looking close ("the workers’ fault") reads as an apostrophe: the
    word after it is no verb a quoted phrase takes ("‘Thanks, lads’ was all he said")."""
    after = _WORD_AFTER_MARK.match(text, mark_pos + 1)
    return after is not None and after.group(1) not in _VERBS_AFTER_A_QUOTE


#: Verbs that follow a quoted phrase as its subject: "‘Pay the lad’ rang around the ground".
_VERBS_AFTER_A_QUOTE = frozenset(
    "was were is are rang rings echoed echoes went goes came comes became remains".split()
)


#: How many lines a quotation may run on through without marks of its own.
_RUN_ON_LINES = 6


def _single_continues(
    text: str,
    lines: Sequence[tuple[int, int]],
    marks_by_line: Sequence[Sequence[_Mark]],
    index: int,
) -> bool:
    """Whether a single quotation open at the end of line ``index`` runs on: its line ends a
    sentence, the next lines follow without a blank line, and the first single mark after
    it closes at the end of its line (one sentence per line: "said: ‘A.\nB.\nC.’")."""
    start, end = lines[index]
    if not _SENTENCE_END.search(text, max(start, end - 7), end):
        return False
    for later in range(index + 1, min(index + 1 + _RUN_ON_LINES, len(lines))):
        line_start, line_end = lines[later]
        if not text[line_start:line_end].strip():
            return False
        for mark in marks_by_line[later]:
            if mark.family == "d" or mark.role != CLOSE or mark.possessive:
                return False
            rest = text[mark.pos + mark.length : line_end]
            return not rest.strip(' \t.,;:!?"”')
    return False


def _single_reopens(
    text: str,
    lines: Sequence[tuple[int, int]],
    marks_by_line: Sequence[Sequence[_Mark]],
    index: int,
) -> int | None:
    """The line that reopens a single quotation left open at the end of line ``index``: its
    line ends a sentence, and the next paragraph, after a blank line, opens with a single
    mark ("‘A.\n\n‘B.’", the British way of quoting over paragraphs)."""
    start, end = lines[index]
    if not _SENTENCE_END.search(text, max(start, end - 7), end):
        return None
    later = _next_nonblank(text, lines, index)
    if later is None or later == index + 1 or not marks_by_line[later]:
        return None
    first = marks_by_line[later][0]
    line_start, line_end = lines[later]
    if first.family != "s" or first.role != OPEN or text[line_start : first.pos].strip():
        return None
    for mark in marks_by_line[later][1:]:
        if mark.family == "s" and mark.role == CLOSE and not mark.possessive:
            # "‘Pay the lad’ chants rang out": a quoted phrase opening the paragraph, not
            # the quotation going on; that runs to its line's end or closes before a cue
            rest = text[mark.pos + mark.length : line_end]
            if (
                rest.strip(' \t.,;:!?"”')
                and not _CUE_AFTER_QUOTE.match(rest)
                # "..., ultimatum,’ Mr Furlong said.": its speaker and cue after it
                and not (
                    text[mark.pos - 1] in ",?!" and len(rest) < 50 and _CUE_NO_READ.search(rest)
                )
            ):
                return None
            break
    return later


def _last_unmarked_line(
    lines: Sequence[tuple[int, int]], marks_by_line: Sequence[Sequence[_Mark]], index: int
) -> int:
    """The last line after ``index`` before the next line holding a double mark."""
    later = index
    stop = min(len(lines), index + 1 + _RUN_ON_LINES)
    while later + 1 < stop and not any(m.family == "d" for m in marks_by_line[later + 1]):
        later += 1
    return later


def _next_nonblank(text: str, lines: Sequence[tuple[int, int]], index: int) -> int | None:
    for later in range(index + 1, min(index + 4, len(lines))):
        start, end = lines[later]
        if text[start:end].strip():
            return later
    return None


def _continuation(
    text: str,
    lines: Sequence[tuple[int, int]],
    marks_by_line: Sequence[Sequence[_Mark]],
    index: int,
) -> str:
    """What an open double quotation does at the end of line ``index``.

    ``reopen``: the next paragraph starts with an opening mark (a quote over several
    paragraphs). ``continue``: the next lines, with no blank line between, close it first
    (texts with one sentence per line). ``through``: one sentence per line again, but the
    paragraph ends unclosed and the next opens with a mark ("“A.\nB.\n“C.”"), so the
    quotation runs through the unmarked lines, which read as speech (sentences, no
    reporting verb). ``cap``: it ends with its paragraph.
    """
    following = _next_nonblank(text, lines, index)
    if following is None:
        return "cap"
    first = marks_by_line[following][0] if marks_by_line[following] else None
    start, _ = lines[following]
    if (
        first is not None
        and first.family == "d"
        and not text[start : first.pos].strip()
        and (first.role == OPEN or (first.role == EITHER and first.opens))
    ):
        return "reopen"
    if following != index + 1:
        return "cap"  # a blank line ends the paragraph
    for later in range(index + 1, min(index + 1 + _RUN_ON_LINES, len(lines))):
        line_start, line_end = lines[later]
        line = text[line_start:line_end]
        if not line.strip():
            return "cap"
        doubles = [m for m in marks_by_line[later] if m.family == "d"]
        if doubles:
            mark = doubles[0]
            # straight marks alternate: one that does not start the line closes
            starts_line = not text[line_start : mark.pos].strip()
            closes = mark.role == CLOSE or (
                mark.role == EITHER and (mark.closes or not starts_line)
            )
            if closes:
                return "continue"
            reopens = starts_line and (mark.role == OPEN or mark.opens)
            return "through" if reopens and later > index + 1 else "cap"
        if not _SENTENCE_END.search(line, max(0, len(line) - 7)) or _REPORT_CUE.search(line):
            return "cap"  # a heading, or narration that reports speech
    return "cap"


# --------------------------------------------------------------------------- speakers

_PARENTHESIS = re.compile(r"\s*\([^()]{1,30}\)")
_TOKEN = re.compile(r"[A-Za-z0-9À-ÿĀ-ž][\w’'.\-]{0,40}|,")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


#: Word -> result caches for the pure word tests below (names repeat across a text and
#: across texts); cleared when large so memory stays bounded.
_BARE_CACHE: dict[str, str] = {}
_NAME_TOKEN_CACHE: dict[str, bool] = {}
_CACHE_LIMIT = 50_000


def _bare(word: str) -> str:
    bare = _BARE_CACHE.get(word)
    if bare is None:
        if len(_BARE_CACHE) > _CACHE_LIMIT:
            _BARE_CACHE.clear()
        bare = _POSSESSIVE.sub("", word).rstrip(".").lower()
        if "-" in bare and bare not in ROLE_WORDS:
            tail = bare.rsplit("-", 1)[-1]
            # (not the end of a Cantonese given name: "Kwok Wai-man")
            if tail in ROLE_WORDS and not (tail in ("man", "woman") and word[:1].isupper()):
                bare = tail  # "Co-Founder", "ex-minister": the role is the last part
        _BARE_CACHE[word] = bare
    return bare


#: An acronym with small letters: "TfL", "DfE", "NiMet".
_MIXED_ACRONYM = re.compile(r"[A-Z]{1,3}[a-z]{1,2}[A-Z][A-Za-z]{0,3}")


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _is_name_token(word: str) -> bool:
    known = _NAME_TOKEN_CACHE.get(word)
    if known is None:
        if len(_NAME_TOKEN_CACHE) > _CACHE_LIMIT:
            _NAME_TOKEN_CACHE.clear()
        known = _NAME_TOKEN_CACHE[word] = _name_token_test(word)
    return known


#: "al-Hilu", "el-Sisi", "bin-Zayed": a lowercase particle joined to a capitalised name.
_HYPHEN_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|abu|bin|ibn)-(?=[A-Z])")


#: Initials before a surname: "R.M. Jayasekara", "J.R.R. Tolkien".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
#: Initials that are places or bodies, never a person's: "U.S. officials".
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. U.A.E. D.C. N.Y. L.A. N.Z. S.A.".split())


def _name_token_test(word: str) -> bool:
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True  # an initial: "Kenneth J. Montgomery"
    if _INITIALS.fullmatch(word):
        return word not in _PLACE_INITIALS
    particle = _HYPHEN_PARTICLE.match(word)
    if particle is not None:
        word = word[particle.end() :]
    if not word[:1].isupper() or (_POSSESSIVE.search(word) and not word.endswith(".")):
        return False
    bare = _bare(word)
    if _is_acronym(word):
        return False
    return not (
        bare in ROLE_WORDS
        or bare in _VAGUE_SOURCES
        or bare in ORG_WORDS
        or bare in HONORIFICS
        or bare in DEMONYMS
        or bare in NOT_NAMES
        or bare in ROLE_MODIFIERS
    )


def _org_name(words: Sequence[str]) -> str | None:
    words = [w for w in words if w != ","]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1:
        bare = _POSSESSIVE.sub("", words[0])
        return DEMONYMS.get(bare.lower(), bare)
    joined = " ".join(words)
    return _POSSESSIVE.sub("", joined)


def _split_role_org(prefix: list[str]) -> tuple[str | None, str | None]:
    """("White House", "Press Secretary") from the words before a name or at a phrase's end."""
    words = [w for w in prefix if w != ","]
    head = None
    for i in range(len(words) - 1, -1, -1):
        if _bare(words[i]) in ROLE_WORDS:
            head = i
            break
    if head is None:
        return None, _org_name(words)
    begin = head
    while begin > 0:
        word = words[begin - 1]
        bare = _bare(word)
        if _POSSESSIVE.search(word) and not word.endswith("."):
            break
        if bare in ORG_HEADS and word.islower():
            break
        if (
            bare in ROLE_MODIFIERS
            or bare in ROLE_WORDS
            or (word.islower() and bare not in ORG_HEADS)
        ):
            begin -= 1
            continue
        break
    role = " ".join(words[begin : head + 1])
    org_words = words[:begin]
    tail = words[head + 1 :]
    if not org_words and len(tail) > 1 and tail[0].lower() in ("of", "at", "for", "to", "with"):
        caps: list[str] = []
        for word in tail[1:]:
            if word.lower() == "in":
                break
            if word[:1].isupper() or (caps and word.lower() in ("of", "and", "for")):
                caps.append(word)
            elif caps:
                break
        while caps and caps[-1].lower() in ("of", "and", "for"):
            caps.pop()
        org_words = caps
    return role, _org_name(org_words)


#: phrase -> its parse at offset 0 (speaker phrases recur: "he said", "the ministry said").
_SPEAKER_CACHE: dict[str, Speaker | None] = {}


def parse_speaker(phrase: str, start: int) -> Speaker | None:
    """Parse a speaker phrase ("Kremlin spokesman Dmitry Peskov") into its parts."""
    if phrase in _SPEAKER_CACHE:
        parsed = _SPEAKER_CACHE[phrase]
    else:
        if len(_SPEAKER_CACHE) > _CACHE_LIMIT:
            _SPEAKER_CACHE.clear()
        parsed = _SPEAKER_CACHE[phrase] = _proper_body_name(_parse_speaker(phrase))
    if parsed is None or not start:
        return parsed
    return parsed.moved(start)


#: A body's proper name after words describing it ("federal Environmental Protection
#: Agency"), or before where it is ("... Administration in the United States").
_DESCRIBED_BODY = re.compile(
    r"(?:federal|state-run|state-owned|state-backed|government-run|government-backed|"
    r"independent|nonprofit|non-profit|not-for-profit|privately\sowned|ruling|influential|"
    r"powerful|embattled|troubled|beleaguered|struggling|now-defunct|defunct)\s"
    r"(?P<name>(?:[A-Z][\w’'&.-]{1,25}\s){1,6}[A-Z][\w’'.-]{1,25})"
)
_BODY_SOMEWHERE = re.compile(r"(?P<name>.{3,}?)\sin\s(?:the\s)?(?:[A-Z][\w.-]{1,20}\s?){1,3}")
#: Where a company is listed or based, after the place: "Toronto-listed", "Beijing-based".
_PLACED = ("-based", "-listed", "-headquartered", "-registered")
#: Where a company is listed or based, before its name: "Toronto-listed Halden Resources".
_LOCATED_PREFIX = re.compile(
    rf"(?:[Tt]he\s)?[A-Z][\w.&-]{{1,25}}(?:{'|'.join(_PLACED)})\s(?=[A-Z])"
)
#: Words of a police force's own name that are also role modifiers: "Military Police".
_FORCE_WORDS = frozenset("military federal state national city county metropolitan".split())
#: A police force by its name: "Sharjah Police", "Timaru police", "Military Police" (one to
#: three capitalised words, none across a sentence's end).
_POLICE_FORCE = re.compile(
    r"(?P<name>[A-Z][\w’'-]{1,25}(?:[^\S\n]{1,3}[A-Z][\w’'-]{1,25}){0,2})[^\S\n]{1,3}"
    r"(?P<head>Police|police)\b"
)

_KIND_POSSESSIVE = re.compile(
    r"(?:the\s)?(?:state|city|country|nation|county|province|region|government|council)"
    r"(?:’s|'s)\s(?=[A-Z])"
)


def _owned_body(name: str, owner: re.Match[str]) -> bool:
    """Whether the possessive opening ``name`` is an owner's, not part of the name: a place
    the text would know ("Ghana's Minerals Commission"), or any owner before a public body's
    head ("Ontario's Ministry of Natural Resources"), but not "King’s College Hospital",
    "Moody's Investors Service", "Women's Aid"."""
    owner_word = _POSSESSIVE.sub("", owner.group().split()[0])
    rest = name[owner.end() :].split(maxsplit=1)
    return (
        owner_word in _PLACE_NAMES
        or (bool(rest) and rest[0] in _PUBLIC_BODY_HEADS)
        # (names a possessive opens are few: a place's is the usual case)
        or owner_word not in _NAME_POSSESSORS
    )


#: Possessives that open a body's own name: "King’s College", "Lloyd's Banking Group".
_NAME_POSSESSORS = frozenset(
    """King Queen Prince Princess Lloyd Moody Children Women People Men St Saint Guy Sainsbury
    McDonald Macy Domino Hershey Kellogg Boots""".split()
)
#: Heads of public bodies a place's possessive may come before: "Ontario's Ministry of ...".
_PUBLIC_BODY_HEADS = frozenset(
    """Ministry Department Office Agency Bureau Directorate Commission Authority
    Administration Service Police Inspectorate Secretariat""".split()
)
#: A place or body owning a body: "Ghana's Minerals Commission", "the Church of England’s
#: National Safeguarding Team" (not a name's own possessive: "People's Renewal Alliance").
_OWNER_POSSESSIVE = re.compile(
    r"(?!(?:People|Women|Children|Men)\b)[A-Z][\w-]{1,25}"
    # one word, or a body's name with "of" ("Church of England’s"): not "St Aldhelm’s
    # University hospitals", "Harlow County State’s Attorney’s Office"
    r"(?:(?:\s[A-Z][\w-]{1,25}){0,2}\sof\s(?:the\s)?[A-Z][\w-]{1,25}(?:\s[A-Z][\w-]{1,25}){0,2})?"
    r"(?:’s|'s)\s(?=[A-Z])"
)


def _proper_body_name(speaker: Speaker | None) -> Speaker | None:
    """An organisation's name without the words around its proper name: "the federal
    Environmental Protection Agency" is the Environmental Protection Agency."""
    if speaker is None or speaker.kind != "organisation" or not speaker.name:
        return speaker
    name = speaker.name
    described = _DESCRIBED_BODY.fullmatch(name)
    if described is not None and _bare(name.split()[-1]) in _BODY_WORDS:
        name = described.group("name")
    somewhere = _BODY_SOMEWHERE.fullmatch(name) if " in " in name else None
    if somewhere is not None and _bare(somewhere.group("name").split()[-1]) in _BODY_WORDS:
        name = somewhere.group("name")
    owned_by_kind = _KIND_POSSESSIVE.match(name) if "s " in name else None
    if owned_by_kind is not None and len(name[owned_by_kind.end() :].split()) >= 2:
        name = name[owned_by_kind.end() :]  # "the state’s Office of Legislative Audits"
    located = _LOCATED_PREFIX.match(name) if "-" in name else None
    if located is not None:
        name = name[located.end() :]
    owner = _OWNER_POSSESSIVE.match(name) if "s " in name else None
    if (
        owner is not None
        and len(name[owner.end() :].split()) >= 2
        and _bare(name.split()[-1]) in _BODY_WORDS
        and (" of " in owner.group() or _owned_body(name, owner))
    ):
        name = name[owner.end() :]  # "Ghana's Minerals Commission"
    if name == speaker.name:
        return speaker
    return replace(speaker, name=name, organisation=name, head=_bare(name.split()[-1]))


_AND = re.compile(r"\s+and\s+")
#: ", from Athlone" after the speakers' names: where they are from.
_FROM_AFTER_COMMA = re.compile(r",\s{1,3}from\s")


#: Nouns for places: a description with one of these heads describes where, not who.
_PLACE_NOUNS = frozenset(
    """village town city district suburb neighbourhood neighborhood province region island
    community port settlement hamlet township""".split()
)
#: A participle, "under the" or "during a" clause after a document's author or a speaker.
_AFTER_AUTHOR = re.compile(
    r"\s(?:published|released|issued|compiled|presented)\s"
    r"(?:in|on|last|this|earlier)\s"
    r"|\sunder\sthe\s[A-Z]|\sduring\s(?:a|an|the|his|her|their)\s"
)
#: An office in words mostly in lower case, then a full name: "Opposition leader in the
#: corporation Farhan Shaikh" (no "the" or preposition right before the name: "a spokesman
#: for the Royal Navy" names the navy).
_OFFICE_THEN_HOLDER = re.compile(
    r"(?P<office>[A-Z]?[a-z]{2,20}(?:\s(?:[a-z]{2,20}))+)\s(?<!\sthe\s)(?<!\sof\s)(?<!\sfor\s)"
    r"(?<!\sat\s)(?<!\sfrom\s)(?<!\sin\s)(?<!\sto\s)(?<!\soutside\s)(?<!\snear\s)"
    r"(?P<name>[A-Z][\w-]{1,25}(?:\s[A-Z][\w-]{1,25}){1,2})"
)
_LINKING_WORDS = frozenset("of in for and".split())
#: "Leader of opposition Sandeep Jagtap": an office whose words "of" would split.
_OPPOSITION_LEADER = re.compile(r"(?:[Tt]he\s+)?Leader\s+of\s+(?:the\s+)?[Oo]pposition\s+(?=[A-Z])")


#: Two roles joined by "and" before one full name: "Grandmaster and coach Meenakshi Venkatesh".
_TWO_ROLES = re.compile(r"([A-Z][a-z]{2,20})\s+and\s+([a-z]{3,20})\s+(?=[A-Z][\w’'-]+\s+[A-Z])")


#: A nickname in marks between a given name and a surname: Ramon "Bong" Villareal.
_QUOTED_NICKNAME = re.compile(
    r"(?<=[a-z])\s[\"“‘][A-Z][\w.’'-]{0,15}(?:\s[A-Z][\w.’'-]{0,15}){0,2}[\"”’]\s(?=[A-Z])"
)


#: A body named "... on ...": "the Texas Commission on Environmental Quality".
_BODY_ON = re.compile(
    r"(?:[Tt]he\s)?(?P<name>(?:[A-Z][\w’'-]{1,25}\s){0,3}(?:Commission|Council|Committee|"
    r"Conference|Panel|Board|Institute|Center|Centre|Office|Task\sForce)\son\s(?:the\s)?"
    r"[A-Z][\w’'-]{1,25}(?:\s(?:and\s)?[A-Z][\w’'-]{1,25}){0,4})"
)
#: A country's or city's possessive before a body's proper name: "Indonesia’s Meteorology,
#: Climatology and Geophysics Agency" is that agency.
_PLACE_POSSESSIVE = re.compile(
    r"(?!(?:People|Women|Children|Men)\b)[A-Z][a-z]{2,20}(?:’s|'s)\s(?=[A-Z])"
)
#: People for or of someone: "Lawyers for Rocchi", "Critics of Dr Prentice", "Allies of X".
_PEOPLE_OF = re.compile(
    r"(?:[Tt]he\s)?(?P<people>(?i:lawyers|critics|supporters|allies|friends|relatives|fans|"
    r"opponents|colleagues|aides|advisers|advisors|backers|rivals|neighbours|neighbors|"
    r"family\smembers))\s(?:for|of|to)\s[A-Z][\w’'.-]{1,25}(?:\s[A-Z][\w’'.-]{1,25}){0,3}"
)


#: When, after a speaker: "the Department for Transport last year", "... in 2023".
_WHEN_AFTER = re.compile(
    r"\s(?:(?:last|this|next|earlier\sthis|later\sthis)\s(?:year|week|month|weekend|spring|"
    r"summer|autumn|fall|winter)|in\s(?:19|20)\d\d|(?:on|last|this)\s(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|earlier)$"
)
#: People at a body: "Analysts at Oslo-based consultancy Fjordline Analytics" are analysts.
_PEOPLE_AT = re.compile(
    r"(?:[Tt]he\s)?(?P<people>(?i:analysts|researchers|scientists|economists|experts|engineers|"
    r"strategists|academics|inspectors|investigators|auditors|doctors|witnesses|passengers|"
    r"residents|workers|crew\smembers|staff))\s(?:at|from|on|aboard|in)\s"
    r"(?:the\s)?(?:[a-z][\w-]{1,20}\s){0,2}(?P<body>[A-Z].{2,})"
)
#: A body's name ending in its city: "the Restaurant Workers Union Tokyo".
_BODY_THEN_PLACE = re.compile(
    r"(?:[Tt]he\s)?(?P<name>(?:[A-Z][\w’'-]{1,25}\s){1,4}(?:Union|Association|Federation|"
    r"Council|Alliance|Network|Coalition|Society|Committee|Forum)\s[A-Z][a-z]{2,20})"
)
#: "the Directorate General of Mines Safety": a body ("General" is no military rank here).
_DIRECTORATE_GENERAL = re.compile(
    r"(?:[Tt]he\s)?(?P<name>Directorate[\s-]General\s(?:of|for)\s(?:the\s)?[A-Z][\w’'-]{1,25}"
    r"(?:\s(?:and\s|of\s)?[A-Z][\w’'-]{1,25}){0,5})"
)


#: A clergy member's or a chess player's style before the name: "the Right Reverend Martin
#: Ashdown", "International Master Claire Beaudoin".
_STYLED = re.compile(
    r"(?:[Tt]he\s)?(?P<style>(?:(?:Right|Very|Most)\s)?Reverend|International\sMaster|"
    r"Woman\sGrandmaster|FIDE\sMaster)\s(?=[A-Z])"
)
#: A body named after whom it is for, with a plural possessive: "Survivors’ Voice", "the
#: Teachers’ Union" (after words describing it: "campaign group Survivors’ Voice").
_PLURAL_POSSESSIVE_NAME = re.compile(
    # words describing it, tried last (not "The Kenya" before "Tea Estates Workers’ Union")
    r"(?:(?!The\s)[A-Za-z][a-z-]{1,20}\s(?:[a-z][\w-]{1,20}\s)?)??(?:[Tt]he\s)?"
    r"(?P<name>(?:[A-Z][\w-]{1,20}\s){0,4}"
    r"[A-Z][a-z]{1,20}s[’']\s[A-Z][\w-]{1,20}(?:\s[A-Z][\w-]{1,20}){0,3})"
)
#: A body's name listing what it covers: "the Kenya Medical Practitioners, Pharmacists and
#: Dentists Union".
_LISTED_BODY = re.compile(
    r"(?:[Tt]he\s)?(?P<name>(?:[A-Z][\w’'-]{1,25}\s){0,4}[A-Z][\w’'-]{1,25}"
    r"(?:,\s[A-Z][\w’'-]{1,25}(?:\s[A-Z][\w’'-]{1,25}){0,2}){1,4},?\sand\s"
    r"(?:[A-Z][\w’'-]{1,25}\s){1,3}(?:Union|Association|Federation|Council|Alliance|Society|"
    r"Institute|Board|Authority|Commission|Agency|Department|Ministry|Organisation|"
    r"Organization|Network|Forum))"
)
#: Offices whose holder may follow a body's name: "Department of Health Secretary Ann Lee".
_HOLDER_OFFICES = frozenset(
    "spokesperson spokesman spokeswoman president chairman chairwoman head".split()
)
#: Public bodies named "Ministry for ..." or "Department of ...": "the Ministry for Primary
#: Industries" (whose last word would make it a company).
_BODY_FOR = re.compile(
    r"(?:[Tt]he\s)?(?P<name>(?:[A-Z][\w-]{1,25}\s){0,3}(?:Ministry|Department|Office|Agency|"
    r"Bureau|Directorate)\s(?:for|of)\s(?:the\s)?[A-Z][\w’'-]{1,25}"
    # "the Niger State Ministry of Investment, Commerce and Industry"
    r"(?:,\s[A-Z][\w’'-]{1,25}){0,4}(?:,?\s(?:and\s)?[A-Z][\w’'-]{1,25}){0,4})"
)
#: A field, then the country or region it serves: "Health New Zealand", "Sport England".
_FIELD_OF_PLACE = re.compile(
    r"(?P<name>(?:Health|Sport|Transport|Police|Tourism|Historic|Natural|Education|Heritage|"
    r"Fisheries|Environment|Statistics|Stats|Forestry|Water|Energy|Housing|Arts|Creative|"
    r"Skills|Public\sHealth)\s(?:New\sZealand|Canada|England|Scotland|Wales|Australia|"
    r"Ireland|Northern\sIreland|Queensland|Victoria|NSW|Quebec|Ontario))"
)


#: A relative or another role named near an honorific: then not the person the surname named.
_KIN_OR_ROLE_NEAR = re.compile(
    r"\b(?:mother|father|wife|husband|widow|widower|son|daughter|sister|brother|aunt|uncle|"
    r"grandmother|grandfather|cousin|niece|nephew|relative|parent|shareholder|neighbou?r|"
    r"deputy|colleague|friend|partner)\b"
)
#: Given names common for both sexes in some countries: an honorific decides.
_EITHER_SEX = frozenset(
    """Christy Robin Jean Andrea Leslie Ashley Kelly Jamie Jordan Casey Taylor Morgan Sandy
    Terry Kerry Shannon Lindsay Lynn Marion Nicola Simone Sasha Sacha Alexis Dana Hilary
    Hillary Evelyn Carol Jody Jodie Frankie Charlie Sam Alex Chris Pat Toni Billie Ali
    Noor Nur""".split()
)


def _named_body(phrase: str, name: str, head: str | None = None) -> Speaker:
    """A body's speaker with the proper name a phrase gives it (its head: the name's last
    word, unless given)."""
    return Speaker(
        phrase,
        0,
        len(phrase),
        "organisation",
        name,
        organisation=name,
        head=head or _bare(name.split()[-1]),
    )


def _spanning(speaker: Speaker, phrase: str, role: str | None = None) -> Speaker:
    """``speaker``, parsed from part of ``phrase``, as the speaker of all of it (with
    ``role`` instead of its own, if given)."""
    return replace(speaker, phrase=phrase, start=0, end=len(phrase), role=role or speaker.role)


#: A short form in brackets after a name: "The Ministry for Primary Industries (MPI)".
_SHORT_FORM_AFTER = re.compile(r"\s\([A-Z][A-Za-z.&]{1,10}\)$")


#: An office in words partly lower case, then its holder: "Minister of State with
#: responsibility for water Seán Kinsella".
_LONG_OFFICE_THEN_HOLDER = re.compile(
    r"(?:[Tt]he\s)?(?P<office>(?:Minister|Secretary|Commissioner|Director|Chief|Head)\s"
    r"(?:of|for)\s[^,;()]{3,80}?\s(?!(?:for|of|and|the|on|in|to|at|with|from|by|as)\b)[a-z]{2,20})"
    r"\s(?P<name>[A-Z][\w’'-]{1,25}(?:\s[A-Z][\w’'-]{1,25}){1,2})"
)


#: A place or time set before a sentence's subject: "Along Route 40 in Joppatowne, some
#: drivers".
_FRONTED_PHRASE = re.compile(
    r"(?:Along|In|At|On|Near|Outside|Inside|Across|Around|Behind|Beyond|Throughout|After|Before|"
    r"During|Late|Early|Earlier|Later)\s[^,;]{2,60},\s(?=[a-z]|[A-Z])"
)


_REFLEXIVE_AFTER = re.compile(r"(?:\s(?:himself|herself|itself|themselves))+$")
#: A name with "&" in it: "Potomac Gas & Light", "Hartley & Vane".
_AMPERSAND_NAME = re.compile(
    r"(?:[Tt]he\s)?(?P<name>[A-Z][\w.’'-]{0,25}(?:\s[A-Z][\w.’'-]{0,25}){0,3}\s&\s"
    r"[A-Z][\w.’'-]{0,25}(?:\s[A-Z][\w.’'-]{0,25}){0,3})"
)
#: Some of the people a clause ends with: "... to disperse relatives, some [chanting]".
_SOME_WORDS = ("some", "many", "several", "most", "others")
_SOME_OF_THEM = re.compile(rf",\s(?:{'|'.join(_SOME_WORDS)})$")
#: A city before the rest of where a body is based: "The Charlotte, North Carolina-based
#: lender" (the city is no name of the speaker's).
_CITY_BEFORE_PLACED = re.compile(
    r"(?P<determiner>[Tt]he\s)?(?P<city>[A-Z][\w.’'-]{1,25}(?:\s[A-Z][\w.’'-]{1,25}){0,2}),\s"
    rf"(?=(?:[A-Z][\w.’'-]{{1,25}}\s){{0,2}}[A-Z][\w.’'-]{{1,25}}(?:{'|'.join(_PLACED)})\s[a-z])"
)


#: An honorific before a surname, or a given name and surname: "Ms Farmer", "Dr Sarah Monk".
_TITLED_SURNAME = re.compile(
    r"(?P<honorific>Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s(?P<name>(?:[A-Z][a-z]{1,20}\s)?[A-Z][a-z]{1,25})"
)
#: Titles that may stand between an honorific and a surname: "Ms Justice Hennessy".
_TITLES_AFTER_HONORIFICS = frozenset(("justice", "judge", "commissioner", "senator"))


def _is_trade(word: str) -> bool:
    """Whether a capitalised word ending in "-man" or "-woman" is a trade no given name or
    known role is: "Lobsterman" (not "Herman", nor "Congressman", which the parse knows)."""
    return (
        word.endswith(("man", "woman"))
        and word[:1].isupper()
        and not is_given_name(word)
        and _bare(word) not in ROLE_WORDS
    )


#: A trade in one word ending in "-man" or "-woman" before a full name: "Lobsterman Ben
#: Coffin".
_TRADE_BEFORE_NAME = re.compile(r"(?P<trade>[A-Z][a-z]{3,15}(?:man|woman))\s(?=[A-Z][a-z]+\s[A-Z])")
#: "Haji" as a title: before two or more capitalised words of a name.
_HAJI_BEFORE_NAME = re.compile(r"Hajj?i\s(?=[A-Z][\w’'-]{1,25}\s[A-Z][\w’'-]{1,25})")


def _firm_with_ampersand(name: str) -> bool:
    """Whether a name with "&" is a firm's ("Potomac Gas & Light"): not people's ("Mr & Mrs
    Patel", "Raj & Priya Sharma") nor a firm's before an office ("Marks & Spencer CEO ...")."""
    sides = [side.split() for side in name.split(" & ")]
    if any(
        _bare(words[0]) in HONORIFICS
        or any(_bare(w) in ROLE_WORDS or _bare(w) in HONORIFICS for w in words)
        # "Priya Sharma": a person's full name
        or (len(words) == 2 and is_common_given_name(words[0]))
        for words in sides
    ):
        return False
    # "Tom & Ann": given names only (but "Marks & Spencer", "Fortnum & Mason" are firms)
    return not all(len(words) == 1 and is_common_given_name(words[0]) for words in sides)


#: Nouns ending as past tenses do ("the watershed association").
_NOT_VERBS = frozenset("hundred watershed shed bed red sled".split())
#: Words after which, or right after the verb, a clause does not go on as subject, verb and
#: object ("a review by the ...", "displaced by the flood").
_CLAUSE_BREAKERS = frozenset("the a an by of for to in on at and or as with from only".split())


def _clause_subject(phrase: str) -> Speaker | None:
    """The subject of a clause taken for a speaker phrase: "The minister thanked
    volunteers", "Police urged residents" (a verb in the past tense, then at most four words)."""
    words = phrase.split()
    for index, word in enumerate(words[1:-1], start=1):
        if (
            _VERB_LIKE.fullmatch(word)
            and word not in _PARTICIPLE_ADJECTIVES
            and word not in _NOT_VERBS
            and not word.endswith("eed")  # "need", "seed"
            and words[index - 1].lower() not in _CLAUSE_BREAKERS
            and len(words) - index <= 5
            # an object in lower case ("volunteers"), not a name the phrase gives ("a
            # resident surnamed Wong", "identified only as Claire") nor a place
            and all(w.islower() for w in words[index + 1 :])
            and words[index + 1] not in _CLAUSE_BREAKERS
        ):
            if _POSSESSIVE.search(words[index - 1]):
                return None  # "Tom Berg’s widowed mother": an adjective, not a verb
            subject = _parse_speaker(" ".join(words[:index]))
            if subject is not None and subject.kind in ("person", "organisation", "description"):
                return subject
            return None
    return None


def _parse_speaker(phrase: str) -> Speaker | None:
    reflexive = (
        _REFLEXIVE_AFTER.search(phrase)
        if phrase.endswith("self") or phrase.endswith("selves")
        else None
    )
    if reflexive is not None and reflexive.start() > 0:
        # "Zaidi himself": the person
        speaker = _parse_speaker(phrase[: reflexive.start()])
        return None if speaker is None else replace(speaker, phrase=phrase, end=len(phrase))
    titled = _TITLED_SURNAME.fullmatch(phrase)
    if (
        titled is not None
        # only where the parse would take the surname for a role
        and _bare(titled.group("name").split()[-1]) in ROLE_WORDS
        and not any(
            _bare(w) in HONORIFICS or _bare(w) in _TITLES_AFTER_HONORIFICS
            for w in titled.group("name").split()[:-1]
        )
    ):
        # "Ms Farmer", "Dr Sarah Monk": a person, though "farmer" and "monk" are roles
        person = titled.group("name")
        honorific = titled.group("honorific")
        return Speaker(
            phrase,
            0,
            len(phrase),
            "person",
            name=person,
            person=person,
            role=honorific,
            gender=HONORIFICS.get(_bare(honorific)),
            head=_bare(honorific),
        )
    kind_then_name = phrase.split(maxsplit=1)
    if (
        len(kind_then_name) == 2
        and kind_then_name[0].istitle()
        and kind_then_name[0].lower() in _BUSINESS_HEADS
        and all(w[:1].isupper() for w in kind_then_name[1].split())
        # not "Company Secretary Ann Lee": an office, then its holder
        and not any(
            _bare(w) in ROLE_WORDS or _bare(w) in HONORIFICS for w in kind_then_name[1].split()
        )
        # (nor "Operator Ann Lee": a person's name of two words)
        and not (
            len(kind_then_name[1].split()) == 2
            and is_common_given_name(kind_then_name[1].split()[0])
        )
    ):
        # "Operator Trent Valley Trams", "Carmaker Stellantis" opening a sentence: what the
        # business is, then its name
        return _named_body(phrase, kind_then_name[1], head=kind_then_name[0].lower())
    trade = _TRADE_BEFORE_NAME.match(phrase) if "man " in phrase else None
    if trade is not None and _is_trade(trade.group("trade")):
        # "Lobsterman Ben Coffin", "Ferrywoman Ann Lee": a trade, then the person
        holder = _parse_speaker(phrase[trade.end() :])
        if holder is not None and holder.kind == "person" and holder.role is None:
            return _spanning(holder, phrase, role=trade.group("trade"))
    haji = _HAJI_BEFORE_NAME.match(phrase) if phrase.startswith(("Haji ", "Hajji ")) else None
    if haji is not None:
        # "Haji Dost Muhammad Notezai": a title before a name of two words or more (but "Haji"
        # alone, or after a given name, is a surname: "Yusuf Haji")
        holder = _parse_speaker(phrase[haji.end() :])
        if holder is not None and holder.kind == "person":
            return _spanning(holder, phrase, role=haji.group().strip())
    clause = _clause_subject(phrase) if "ed " in phrase else None
    if clause is not None:
        # "The minister thanked volunteers[, saying ...]": the clause's subject
        return _spanning(clause, phrase)
    some = _SOME_OF_THEM.search(phrase) if phrase.endswith(_SOME_WORDS) else None
    if some is not None:
        # "police used tear gas to disperse relatives, some chanting": some of the
        # relatives, the noun phrase that ends the clause
        before_some = phrase[: some.start()].split()
        ending = _trailing_noun_phrase(before_some)
        if 0 < len(ending) < len(before_some):
            ended_with = _parse_speaker(" ".join(ending))
            if ended_with is not None and (
                ended_with.kind == "group" or ended_with.head in _COLLECTIVE_PEOPLE
            ):
                return _spanning(ended_with, phrase)
    ampersand = _AMPERSAND_NAME.fullmatch(phrase) if "&" in phrase else None
    if ampersand is not None and _firm_with_ampersand(ampersand.group("name")):
        # "Potomac Gas & Light", "Hartley & Vane": a firm's name, never two people's
        return _named_body(phrase, ampersand.group("name"), head="company")
    city = _CITY_BEFORE_PLACED.match(phrase) if ", " in phrase else None
    if city is not None and not (
        # "Tom Reed, Singapore-based strategist": a person's name, not a city
        len(city.group("city").split()) >= 2 and is_given_name(city.group("city").split()[0])
    ):
        described = _parse_speaker((city.group("determiner") or "") + phrase[city.end() :])
        if described is not None and described.kind in ("description", "organisation"):
            return _spanning(described, phrase)
    fronted = _FRONTED_PHRASE.match(phrase) if ", " in phrase else None
    if fronted is not None:
        subject = _parse_speaker(phrase[fronted.end() :])
        if subject is not None and subject.kind in (
            "group",
            "description",
            "person",
            "organisation",
        ):
            return _spanning(subject, phrase)
    long_office = (
        _LONG_OFFICE_THEN_HOLDER.fullmatch(phrase)
        if " of " in phrase or " for " in phrase
        else None
    )
    if long_office is not None:
        holder = _parse_one_speaker(long_office.group("name"))
        if (
            holder is not None
            and holder.kind == "person"
            and _bare(long_office.group("name").split()[-1]) not in _COMPANY_WORDS
            and _bare(long_office.group("name").split()[-1]) not in _BODY_WORDS
        ):
            return _spanning(holder, phrase, role=long_office.group("office"))
    short_form = _SHORT_FORM_AFTER.search(phrase) if phrase.endswith(")") else None
    if (
        short_form is not None
        and short_form.start() > 3
        # one short form only: recursion on "(AB) (AB) (AB) ..." would be quadratic
        and not phrase[: short_form.start()].endswith(")")
    ):
        without_short_form = _parse_speaker(phrase[: short_form.start()])
        if without_short_form is not None and without_short_form.kind == "organisation":
            return _spanning(without_short_form, phrase)
    before_comma, comma, after_comma = phrase.rpartition(", ")
    last_part = after_comma if comma else phrase
    placed = _LOCATED_PREFIX.match(last_part) if "-" in last_part else None
    placed_words = last_part[placed.end() :].split() if placed is not None else []
    if (
        placed_words
        and all(w[:1].isupper() for w in placed_words)
        # not a person: "Oslo-based Dr Ann Lee" (but "Dallas-based Mary Kay" is a company)
        and _bare(placed_words[0]) not in HONORIFICS
    ):
        # "The main contractor, JSE-listed Khulani Civils": a listed company
        return _named_body(phrase, " ".join(placed_words))
    styled = _STYLED.match(last_part)
    if styled is not None:
        # "International Master Claire Beaudoin", or after an apposition's comma
        holder = _parse_speaker(
            f"{before_comma}, {after_comma[styled.end() :]}" if comma else phrase[styled.end() :]
        )
        if holder is not None and holder.kind == "person":
            return _spanning(holder, phrase, role=holder.role or styled.group("style"))
    body_for = _BODY_FOR.fullmatch(phrase)
    if body_for is not None and any(
        _bare(w) in _OFFICE_TITLES or _bare(w) in HONORIFICS or _bare(w) in _HOLDER_OFFICES
        for w in body_for.group("name").split()
    ):
        body_for = None  # "Department of Health Secretary Ann Lee": an office and its holder
    named = (
        body_for
        or _FIELD_OF_PLACE.fullmatch(phrase)
        or (_LISTED_BODY.fullmatch(phrase) if "," in phrase else None)
        or (
            _PLURAL_POSSESSIVE_NAME.fullmatch(phrase)
            if "s’ " in phrase or "s' " in phrase
            else None
        )
    )
    if named is not None and named.re is _PLURAL_POSSESSIVE_NAME:
        owner_word, _, rest = named.group("name").partition("’ ")
        if not rest:
            owner_word, _, rest = named.group("name").partition("' ")
        rest_words = rest.split()
        if (
            owner_word.split()[-1] in _PLACE_NAMES
            or not rest_words
            or is_common_given_name(rest_words[0])
            or any(
                _bare(w) in ROLE_WORDS or _bare(w) in _OFFICE_TITLES or _bare(w) in HONORIFICS
                for w in rest_words
            )
        ):
            named = None  # "Barbados’ Prime Minister Mia Holt", "Rangers’ Manager Tom Berg"
    if named is not None and named.re is _LISTED_BODY:
        items = [item.strip() for item in re.split(r",|\band\b", named.group("name"))]
        if any(_is_acronym(item) for item in items if item and " " not in item):
            named = None  # "The CBI, TUC and Local Government Association": three bodies
    if named is not None:
        return _named_body(phrase, named.group("name"))
    when = _WHEN_AFTER.search(phrase) if phrase[-1:].isalnum() else None
    if when is not None and when.start() > 3:
        speaker = _parse_speaker(phrase[: when.start()])
        return None if speaker is None else replace(speaker, phrase=phrase, end=len(phrase))
    named_body = _DIRECTORATE_GENERAL.fullmatch(phrase) or _BODY_THEN_PLACE.fullmatch(phrase)
    if named_body is not None and (
        # the last word a place, not an office: "the Farmers Union President"
        named_body.re is _DIRECTORATE_GENERAL
        or (
            _bare(phrase.split()[-1]) not in ROLE_WORDS
            and _bare(phrase.split()[-1]) not in _OFFICE_TITLES
            and _bare(phrase.split()[-1]) not in ROLE_MODIFIERS
        )
    ):
        name = named_body.group("name")
        return _named_body(
            phrase, name, head=_bare(name.split()[0 if name.startswith("Directorate") else -2])
        )
    body_on = _BODY_ON.fullmatch(phrase)
    if body_on is not None:
        return _named_body(phrase, body_on.group("name"))
    people_of = _PEOPLE_OF.fullmatch(phrase)
    if people_of is not None:
        people = people_of.group("people").lower()
        unnamed = _parse_one_speaker(people)
        if unnamed is not None:
            return _spanning(unnamed, phrase)
    owned = _PLACE_POSSESSIVE.match(phrase)
    if owned is not None and _owned_body(phrase, owned):
        body = _parse_speaker(phrase[owned.end() :])
        if body is not None and body.kind == "organisation" and (body.name or "")[:1].isupper():
            return _spanning(body, phrase)
    if ('"' in phrase or "“" in phrase or "‘" in phrase) and _QUOTED_NICKNAME.search(phrase):
        # nicknames are no part of the full name (all of them at once: no recursion per mark)
        holder = _parse_speaker(_QUOTED_NICKNAME.sub(" ", phrase))
        if holder is not None:
            return _spanning(holder, phrase)
    trailing = _AFTER_AUTHOR.search(phrase)
    # (not "A report released on Monday by the Audit Office": its author follows)
    if trailing is not None and trailing.start() > 0 and " by " not in phrase[trailing.end() :]:
        # "the LVFO published in December", "police under the Official Information Act":
        # when or how a document came out is no part of its author
        return _parse_speaker(phrase[: trailing.start()])
    office = _OPPOSITION_LEADER.match(phrase)
    if office is not None:
        holder = _parse_speaker(phrase[office.end() :])
        if holder is not None and holder.kind == "person":
            return _spanning(holder, phrase, role="Leader of opposition")
    roles = _TWO_ROLES.match(phrase)
    if roles is not None and all(_bare(w) in ROLE_WORDS for w in roles.group(1, 2)):
        # "Grandmaster and coach Meenakshi Venkatesh": one person's two roles
        holder = _parse_speaker(phrase[roles.start(2) :])
        if holder is not None and holder.kind == "person":
            return _spanning(holder, phrase)
    listed = _LISTED_NAMES.fullmatch(phrase) if ", " in phrase and " and " in phrase else None
    if listed is not None:
        # "Ann Lee, Tom Berg and Sara Holt": three people credited at once
        people = _listed_people(phrase)
        if people is not None:
            return people
    several = _several_speakers(phrase)
    if several is None and _FROM_AFTER_COMMA.search(phrase):
        # "Tom and Bernie Walsh, from Athlone": two people and where they are from
        several = _several_speakers(phrase.split(",", 1)[0])
        if several is not None:
            several = replace(
                several, phrase=phrase.strip(), end=several.start + len(phrase.strip())
            )
    if several is not None:
        return several
    speaker = _parse_one_speaker(phrase)
    if (
        speaker is not None
        and speaker.kind == "person"
        and (speaker.person or "").endswith(_PLACED)
        and speaker.organisation
    ):
        # "the Center for Policing Accountability, a Washington-based research group": the
        # body, not a person called "Washington-based"
        return _named_body(phrase, speaker.organisation)
    people_at = _PEOPLE_AT.fullmatch(phrase) if speaker is not None else None
    if people_at is not None and speaker is not None and speaker.kind in ("person", "organisation"):
        # not a person named in the body's name, nor the body: "Analysts at Oslo-based
        # consultancy Fjordline Analytics" are analysts
        people = _parse_one_speaker(people_at.group("people"))
        if people is not None:
            return replace(
                people,
                phrase=phrase,
                start=0,
                end=len(phrase),
                organisation=people_at.group("body"),
            )
    return speaker


#: Nouns for many people at once: "the crowd chanted".
_COLLECTIVE_PEOPLE = frozenset("crowd crew staff family families audience".split())
#: Words before two given names that share a surname: "couple Tom and Bernie Walsh".
_KIN_PAIRS = frozenset("couple brothers sisters siblings twins spouses parents".split())


#: Nouns naming a field a department covers ("Development", "Education", "Tourism"), by
#: endings surnames seldom have.
_FIELD_NOUN = re.compile(r"^[A-Z][a-z]{2,}(?:ment|tion|sion|ity|ure|ism|ics|ance|ence|ship|ces)$")


#: Three to six full names listed: "Ann Lee, Tom Berg(,) and Sara Holt".
_LISTED_NAME = r"[A-Z][\w’'.-]{0,25}(?:\s[A-Z][\w’'.-]{0,25}){1,3}"
_LISTED_NAMES = re.compile(rf"{_LISTED_NAME}(?:,\s{_LISTED_NAME}){{1,4}},?\sand\s{_LISTED_NAME}")
_LISTED_AT_END = re.compile(rf"(?<![\w’'.-]){_LISTED_NAMES.pattern}(?=\s*$)")


def _listed_people(phrase: str) -> Speaker | None:
    """ "Ann Lee, Tom Berg and Sara Holt": a group of the people listed, when each is a
    person named in full (not "Leeds, Bradford and Hull")."""
    names = [part for part in re.split(r",\s(?:and\s)?|\sand\s", phrase) if part]
    people = [_parse_one_speaker(name) for name in names]
    if not all(
        p is not None
        and p.kind == "person"
        and p.person
        and is_given_name(p.person.split()[0])
        # "Grace Church", "Victoria Station": places, not people
        and p.person.split()[-1].lower() not in _PLACE_WORDS
        and _bare(p.person.split()[-1]) not in _BODY_WORDS
        and _bare(p.person.split()[-1]) != "church"
        for p in people
    ):
        return None
    members = tuple(p.person or "" for p in people if p is not None)
    return Speaker(
        phrase,
        0,
        len(phrase),
        "group",
        name=f"{', '.join(members[:-1])} and {members[-1]}",
        members=members,
    )


def _several_speakers(phrase: str) -> Speaker | None:
    """ "Mayor Ana Ruiz and police chief Tom Berg": two speakers credited at once.

    The speaker's name is both names joined by " and " ("Ana Ruiz and Tom Berg"), its kind
    "group" (so "they" can refer back to it), ``members`` the two names. Only when a side
    names a person in full or both sides are officials or bodies, so that one name with
    "and" in it ("Ministry of Trade and Industry") stays whole.
    """
    if "," in phrase or " and " not in phrase:
        return None
    parts = _AND.split(phrase.strip())
    if len(parts) != 2:
        return None
    first_part = parts[0].split()
    second_words = parts[1].split()
    if (
        first_part
        and second_words
        and (
            first_part[-1].islower()
            # "Sheep and beef farmer Tipene Walker" opening a sentence (not "Berg and police
            # chief Tom Lee": a role's own words after "and")
            or (
                len(first_part) == 1
                and first_part[0].istitle()
                and not is_given_name(first_part[0])
                and _is_name_token(first_part[0])
                and second_words[0] not in ROLE_MODIFIERS
                and _bare(second_words[0]) not in ROLE_WORDS
                # "beef farmer": a word describing the role after it (not "colleague Tom Lee")
                and len(second_words) >= 3
                and second_words[1].islower()
            )
        )
        and not first_part[-1].endswith("s")  # "lenders and other analysts": two groups
        and second_words[0].islower()
        and _bare(first_part[-1]) not in _SPEAKER_HEADS
        and second_words[0] not in _DETERMINERS
    ):
        return None  # "RCCNZ search and rescue officer Dave Tamihana": one role's words
    if (
        len(first_part) == 1
        and first_part[0][:1].isupper()
        and _bare(first_part[0]) in _OFFICE_WORDS
        and len(second_words) >= 4
    ):
        return None  # "Labour and Social Protection Principal Secretary Janet Mwikali"
    if _titled_name_at_end(_PARENTHESIS.sub("", phrase).split()) is not None:
        # "Minister of State for Digital Development and Information Lim Boon Keat": one
        # office with "and" in it, then its holder
        return None
    if (
        len(first_part) >= 3
        and first_part[-2] in ("for", "of")
        and (_bare(first_part[-1]) in _OFFICE_WORDS or _bare(first_part[-3]) in _OFFICE_TITLES)
        and (
            _bare(parts[1].split()[0]) in _OFFICE_WORDS
            or (parts[1][:1].isupper() and len(parts[1].split()) >= 3)
        )
    ):
        # "Minister for Trade and Industry Ong Jia Wen", "Head of Media and Publicity Tunde
        # Cole": one office
        return None
    if (
        len(first_part) >= 3
        and first_part[-2] == "for"
        and _bare(first_part[-3]) in ROLE_WORDS
        and first_part[-1][:1].isupper()
        and all(w[:1].isupper() for w in parts[1].split())
        # (not "A spokesman for Tesco and Ann Lee": a person too)
        and not is_common_given_name(parts[1].split()[0])
    ):
        return None  # "a spokesperson for Fisheries and Oceans Canada": one body
    last_of = len(first_part) - 1 - first_part[::-1].index("of") if "of" in first_part else 0
    if (
        last_of >= 1
        # "spokeswoman for the Department of Housing and Urban Development" too, and
        # "Researchers at the University of Ghana's Department of Marine and Fisheries Sciences"
        and (first_part[0][:1].isupper() or first_part[last_of - 1].istitle())
        and all(
            w[:1].isupper()
            # "of the force’s Organised Crime and Triad Bureau"
            or (k < 2 and (w == "the" or (k == 1 and _POSSESSIVE.search(w) is not None)))
            for k, w in enumerate(first_part[last_of + 1 :])
        )
        and all(w[:1].isupper() for w in parts[1].split())
        and len(parts[1].split()) <= 3
    ):
        # "Colorado Division of Homeland Security and Emergency Management": one body
        second = _parse_one_speaker(parts[1])
        if (
            second is None
            or second.kind != "person"
            # "Housing and Urban Development": a field of government, not a surname (but
            # "... and Joan Lawrence" is a person)
            or (
                _FIELD_NOUN.search(parts[1].split()[-1])
                and not is_common_given_name(parts[1].split()[0])
            )
            # "Health and Social Care": no person's name opens with "Social" (but "... and Dr
            # Davies" is a person)
            or not (is_given_name(parts[1].split()[0]) or _bare(parts[1].split()[0]) in HONORIFICS)
        ):
            return None
    second_words = _PARENTHESIS.sub("", parts[1]).split()
    lower_at = next((k for k, w in enumerate(second_words) if not w[:1].isupper()), 0)
    if (
        lower_at >= 1
        # "Land Search and Rescue Wellington team leader Jono Mackie"
        and (
            _bare(second_words[lower_at - 1]) in _BODY_WORDS
            # "Land Search and Rescue Wellington team leader" (not "Lee and New Zealand prime
            # minister Chris Hipkins")
            or (lower_at >= 2 and len(first_part) >= 2)
        )
        and any(_bare(w) in ROLE_WORDS for w in takewhile(str.islower, second_words[lower_at:]))
        and second_words[-1][:1].isupper()
        and all(w[:1].isupper() for w in first_part)
        and not any(_bare(w) in ROLE_WORDS or _bare(w) in HONORIFICS for w in first_part)
        # not "Ann Hale and Farmers Union chairman Tom Berg": a person, then another
        and not (len(first_part) == 2 and is_common_given_name(first_part[0]))
    ):
        # "Hunter Valley Wine and Tourism Association president Greg Maddern": one body's
        # name with "and" in it, its office, its holder
        return None
    body_words = [_bare(w) for w in (*first_part, *second_words) if w.lower() not in ("the", "of")]
    body_words = [w for w in body_words if w]
    if (
        all(w[:1].isupper() for w in second_words)
        and first_part[-1][:1].isupper()
        # "The National Oil Spill Detection and": three words at least, not "Tom Berg and"
        and len([w for w in first_part if w.lower() != "the"]) >= 3
        and not any(_bare(w) in ROLE_WORDS or _bare(w) in HONORIFICS for w in first_part)
        and body_words
        and body_words[-1] in _BODY_WORDS
        and not any(_bare(w) in _BODY_WORDS for w in first_part)
    ):
        # "The National Oil Spill Detection and Response Agency": one body, whose first
        # words name no body of their own
        return None
    if (
        len(first_part) == 1
        and first_part[0][:1].isupper()
        and len(second_words) >= 3
        and second_words[0][:1].isupper()
        and any(_bare(w) in _OFFICE_TITLES for w in second_words[1:3])
    ):
        return None  # "Energy and Mines Minister Rosa Calderon": one office's two words
    speakers = [_parse_one_speaker(part) for part in parts]
    if (
        speakers[0] is not None
        and speakers[1] is not None
        and speakers[1].kind == "person"
        and speakers[1].role
        and first_part[0].lower() not in _DETERMINERS
        and _bare(first_part[-1]) in ROLE_WORDS
        and first_part[-1].islower()
        and not first_part[-1].endswith("s")  # "Local residents and council leader Ann Lee"
    ):
        return None  # "PaySathi co-founder and chief executive Rohan Malhotra": one person
    kinds = ("person", "organisation", "description", "group")
    names = [sp.name for sp in speakers if sp is not None and sp.kind in kinds and sp.name]
    if len(names) != 2:
        return None
    first, second = speakers
    assert first is not None and second is not None
    full_person = any(
        sp.kind == "person" and len((sp.person or "").split()) > 1 for sp in (first, second)
    )
    officials = all(
        sp.head in ROLE_WORDS or sp.head in ORG_HEADS or sp.kind == "group"
        for sp in (first, second)
    )
    if not (full_person or officials):
        return None
    text = phrase.strip(" ,.:;—–-\"“”‘’'\n\t")
    offset = phrase.find(text)
    members = names
    second_name = (second.person or "").split()
    if (
        first.kind == "person"
        and first.person == first_part[-1]
        # "Retired couple Tom and Bernie Walsh" (but "Ruiz and Tom Berg" are two surnames)
        and any(w.lower() in _KIN_PAIRS for w in first_part[:-1])
        and second.kind == "person"
        and len(second_name) == 2
    ):
        # "Tom and Bernie Walsh": two given names sharing the surname
        members = [f"{first.person} {second_name[-1]}", second.person or ""]
    return Speaker(
        text,
        offset,
        offset + len(text),
        "group",
        name=" and ".join(names),
        members=tuple(members),
    )


_RELATIVE_PRONOUNS = frozenset("who whom which".split())
#: What follows an unnamed source to say how it knows: "close to", "familiar with".
_SOURCE_QUALIFIERS = frozenset(
    {
        ("close", "to"),
        ("familiar", "with"),
        ("with", "knowledge"),
        ("briefed", "on"),
        ("involved", "in"),
    }
)
_IRREGULAR_PARTICIPLES = frozenset("seen shown given written taken made".split())
#: People who speak for themselves: "from X" after them says where they live, not whom
#: they speak for (as it does after "an official from Hamas").
_PRIVATE_PEOPLE = frozenset(
    """user users resident residents woman man girl boy trader traders supporter supporters
    fan fans voter voters passenger passengers villager villagers teenager student survivor
    survivors witness witnesses mother father farmer farmers volunteer volunteers evacuee
    evacuees angler anglers miner miners commuter commuters driver drivers shopper shoppers
    customer customers patient patients local locals athlete athletes colleague colleagues
    hauliers haulier exporters""".split()
)
#: Where a reporter stands, not who they are: "an AFP journalist at the scene".
_LOCATIVE_NOUNS = frozenset("scene site spot ground location scenes".split())
#: Prepositions of where a speaker is ("a driver outside King's Cross").
_WHERE_PREPOSITIONS = frozenset(("in", "outside", "near"))
#: Places that only say where an unnamed speaker is ("a manager in the region").
_VAGUE_PLACES = frozenset(
    "region area city town village district neighbourhood neighborhood province country capital"
    " north south east west community".split()
)


#: What a speaker may speak in or through, after their name: "in a Facebook post".
_MEDIUM_NOUNS = frozenset(
    """statement briefing interview speech release conference post letter message address
    tweet call session hearing memo note email e-mail filing video broadcast podcast""".split()
)
_MEDIUM_PREPOSITIONS = frozenset("in on during via through".split())


def _trim_postmodifiers(words: list[str]) -> list[str]:
    """The speaker without what follows its head: a relative clause ("a woman who identified
    herself as his cousin", "news reports that began at noon"), how they spoke ("Ann Lee in a
    Facebook post") or where the speaker is ("one woman in Qeshm", "Ann Lee in Oslo", "a
    reporter at the scene"); "the disaster centre in the province of X" keeps its lowercase
    place."""
    for index in range(1, len(words) - 2):
        if (
            words[index] in _MEDIUM_PREPOSITIONS
            and words[index + 1].lower() in _DETERMINERS
            and any(w.islower() and _bare(w) in _MEDIUM_NOUNS for w in words[index + 2 : index + 6])
        ):
            words = words[:index]  # "said Ann Lee in a Facebook post in the afternoon"
            break
    for index, word in enumerate(words[1:], 1):
        lowered = word.lower()
        if (lowered in _RELATIVE_PRONOUNS and not _is_acronym(word)) or (  # not "the WHO"
            # "that" after a noun opens a relative clause; "officials from that country"
            lowered == "that" and words[index - 1].lower() not in _NAME_PREPOSITIONS | {"by"}
        ):
            words = words[:index]
            break
    if (
        len(words) >= 4
        and words[-3].lower() in ("at", "on", "from")
        and words[-2].lower() == "the"
        and words[-1].lower() in _LOCATIVE_NOUNS
        and (
            any(w[:1].isupper() and w.lower() not in _DETERMINERS for w in words[:-4])
            or _bare(words[-4]) in _VAGUE_SOURCES  # "reports from the scene"
        )
    ):
        # "an AFP journalist at the scene": the outlet names the reporter, the place is where
        # they stood; "a police officer at the scene" keeps it here, as where they are (the
        # speaker's name drops it: see _without_postmodifier)
        words = words[:-3]
    for index, word in enumerate(words[1:-1], 1):
        head = _bare(words[index - 1])
        qualifier = (word.lower(), words[index + 1].lower())
        if qualifier in _SOURCE_QUALIFIERS and (
            head in ("source", "sources", "person", "people", "official", "officials")
            or head in ("diplomat", "diplomats")
            # "two engineers familiar with the inspection" (but "officers involved in the
            # shooting" are who they are)
            or (qualifier != ("involved", "in") and (head in ROLE_WORDS or _plural_of_head(head)))
        ):
            # "a source close to the player", "people familiar with the matter"
            words = words[:index]
            break
        participle = word.lower().endswith("ed") or word.lower() in _IRREGULAR_PARTICIPLES
        if participle and words[index + 1] == "by" and words[index - 1].islower():
            # "screenshots reviewed by this newspaper": the screenshots are the source
            words = words[:index]
            break
    if (
        len(words) >= 3
        and words[-2].lower() in ("from", "of")
        and words[-1][:1].isupper()
        and _bare(words[-3]) in _PRIVATE_PEOPLE
        # not "Egg Farmers of Australia": a capitalised name before it
        and not (len(words) >= 4 and words[-3][:1].isupper() and words[-4][:1].isupper())
    ):
        # "one user from Indore", "residents of Katonga": where private people live
        words = words[:-2]
    where = [i for i, w in enumerate(words) if w in _WHERE_PREPOSITIONS and i >= len(words) - 4]
    if len(words) >= 3 and where and where[-1] < len(words) - 1:
        index = where[-1]
        before = words[index - 1]
        place = words[index + 1 :]
        # "in the region", "in the area": where an unnamed person is, not who
        vague_place = (
            len(place) == 2 and place[0] == "the" and place[1] in _VAGUE_PLACES and index >= 1
        )
        # "in Dar es Salaam": particles inside a place's name
        if (all(w[:1].isupper() or w in _PLACE_PARTICLES for w in place) or vague_place) and (
            _bare(before) in ROLE_WORDS | _PRIVATE_PEOPLE
            or before[:1].isupper()
            or (before.isalpha() and words[0].lower() in ("a", "an", "one"))
        ):
            words = words[:index]
    return words


#: A speaker nobody names: "a voice in the crowd", "someone at the back".
_NOBODY = r"(?:[a-z]{2,15}\s)?(?:voice|voices|someone|somebody)\b"
#: ... right before a cue ("a voice in the crowd shouted"), and as a whole phrase.
_NOBODY_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s{_NOBODY}[^,.;\x00]{{0,40}}$"
)
_NOBODY_NAMED = re.compile(rf"(?:(?:a|an|one|another|the|some)\s)?{_NOBODY}", re.IGNORECASE)
#: "in Austin, Texas" after an unnamed speaker's head: where they are, not who.
_TRAILING_PLACE = re.compile(
    r"(?<=[a-z])\s+in\s+[A-Z][\w.’'-]{1,25}(?:\s[A-Z][\w.’'-]{1,25})?"
    r",\s+[A-Z][\w.’'-]{1,25}(?:\s[A-Z][\w.’'-]{1,25})?$"
)


#: A participle that describes the document after its author's name: "published in June".
_DESCRIBED_AFTER_NAME = re.compile(
    r"\s(?:published|released|issued|compiled|commissioned|seen|obtained|posted|dated)\b"
)


#: "The 54-year-old, a retired firefighter": a short phrase, then an apposition.
_BEFORE_APPOSITION = re.compile(r"[^,]{5,40},\s{1,3}(?:a|an|the)\s")


def _parse_one_speaker(phrase: str) -> Speaker | None:
    start = 0
    text = phrase.strip(" ,.:;—–-\"“”‘’'\n\t")
    if not text or "\x00" in text:
        return None
    offset = start + phrase.find(text)
    if _NOBODY_NAMED.match(text):
        # "a voice in the crowd", "someone at the back": no one the text could name
        return Speaker(text, offset, offset + len(text), "unknown")
    age = _AGE_EPITHET.fullmatch(text)
    if age is None and "," in text and _BEFORE_APPOSITION.match(text):
        # "The 54-year-old, a retired firefighter": the age names the person
        age = _AGE_EPITHET.fullmatch(text.split(",", 1)[0])
    if age is not None:
        gender = GENDERED_ROLES.get(age.group("noun") or age.group("parent") or "")
        return Speaker(
            text,
            offset,
            offset + len(text),
            "description",
            gender=gender,
            head="person",
            definite=True,
            name=age.group(),
        )
    # a set test first: most phrases have no "of", "in", "for" or "and" for the office
    held = (
        _OFFICE_THEN_HOLDER.fullmatch(text)
        if "," not in text and not _LINKING_WORDS.isdisjoint(text.split())
        else None
    )
    office_words = held.group("office").split() if held is not None else []
    if (
        held is not None
        # one person's office, not "Analysts at the broker Harcourt Lane"
        and any(_bare(w) in ROLE_WORDS and not w.endswith("s") for w in office_words)
        and not any(w in ("at", "from", "with") for w in office_words)
        # only where the usual reading splits the office ("Kremlin spokesman Dmitry Peskov"
        # needs no help)
        and not _LINKING_WORDS.isdisjoint(office_words)
        and _bare(office_words[-1]) not in _BUSINESS_HEADS
    ):
        # "Opposition leader in the corporation Farhan Shaikh", "Opposition member of
        # parliament Josef Gariseb": an office in lower case words, then its holder
        holder = _parse_one_speaker(held.group("name"))
        if holder is not None and holder.kind == "person" and holder.person:
            office = held.group("office")
            return replace(
                holder.moved(offset + held.start("name")),
                phrase=text,
                start=offset,
                end=offset + len(text),
                role=holder.role or office,
                head=holder.head
                or next(_bare(w) for w in reversed(office.split()) if _bare(w) in ROLE_WORDS),
            )
    partitive = _QUANTIFIER.match(text) or _ISSUED_BY.match(text)
    if partitive is not None and text[partitive.end() :].lower() in ("them", "those", "these"):
        # "One of them said": one member of a group the text may not have quoted (the men
        # arrested, not the police who said so): left unnamed
        return Speaker(text, offset, offset + len(text), "unknown")
    if partitive is not None and not looks_like_speaker(text[partitive.end() :]):
        partitive = None  # "reports from the scene": the reports, not the scene
    if partitive is not None:
        # "Some of the protesters": the group they belong to; "data from X": X
        text = text[partitive.end() :]
        offset += partitive.end()
        described = _DESCRIBED_AFTER_NAME.search(text)
        if described is not None and (text[:1].isupper() or text.startswith("the ")):
            text = text[: described.start()]  # "by HM Inspectorate of Prisons published in June"
    lead = _BARE_LEAD.match(text)
    if lead is not None and lead.end() < len(text):
        # "Later Tom Berg said": the time, then the speaker
        text = text[lead.end() :]
        offset += lead.end()
    # string tests first: most phrases hold no parenthesis and no comma
    text = _PARENTHESIS.sub("", text) if "(" in text else text
    place = _TRAILING_PLACE.search(text) if "," in text else None
    after_comma = place.group().rsplit(",", 1)[-1].split() if place is not None else []
    if place is not None and not (
        # "The police spokesperson in Kaduna, Yusuf Garba-Ilu": the one role of a place is
        # named after the comma (but "the mayor in Austin, Texas" has a state there)
        text[:4].lower() == "the "
        and len(after_comma) >= 2
        and is_given_name(after_comma[0])
        and after_comma[0].lower() not in _PLACE_PREFIXES
    ):
        text = text[: place.start()]  # "one support engineer in Austin, Texas"
    given = _GAVE_NAME_AS.search(text) if "name" in text or " as " in text else None
    if given is not None and not text[given.end() :].strip(" ,.;:"):
        # "a market trader who gave his name only as Yohane": the name, and what they do
        text = f"{text[: given.start()]} {given.group('name')}"
    words = _trim_postmodifiers(_TOKEN.findall(text))
    if not words or len(words) > 30:
        return None
    lowered = words[0].lower()
    if len(words) == 1 and lowered in _QUANTIFIER_PRONOUNS:
        # "Some said ...; others said ...": a group the text does not name further
        return Speaker(text, offset, offset + len(text), "group", name=text, head=lowered)
    if len(words) == 1 and lowered in PRONOUNS:
        gender = PRONOUNS[lowered]
        return Speaker(text, offset, offset + len(text), "pronoun", gender=gender, head=lowered)
    rest = words[1:]
    placed_at = max((k for k, w in enumerate(rest) if w.endswith(_PLACED)), default=-1)
    definite = lowered == "the" and (
        # "the Reading-based society", "the North Carolina-based lender" are as definite as
        # "the society"
        all(not w[:1].isupper() for w in rest[placed_at + 1 :])
        or (_bare(rest[-1]) in ROLE_WORDS if rest else False)
    )
    # "South Sudan's president": a possessive makes a role as definite as "the"
    # "Company says ...": a headline's bare head is "the company"
    definite = definite or (len(words) == 1 and words[0].istitle() and lowered in BODY_HEADS)
    # "their union", "its board": a body of people just named, as "the union" would be
    definite = definite or (
        len(words) == 2 and lowered in ("their", "its") and _bare(words[1]) in BODY_HEADS
    )
    # "according to agency records": the agency's, as "the agency" would be (and, if the
    # text names no agency, the records themselves)
    records = len(words) == 2 and lowered in _RECORD_KEEPERS and words[1] == "records"
    definite = definite or records
    # "..., the San Jose, California-based company said": the comma cut off its "the"
    definite = definite or (
        len(words) == 2 and words[0].endswith("-based") and _bare(words[1]) in BODY_HEADS
    )
    definite = definite or (
        len(words) >= 2
        and _bare(words[-1]) in ROLE_WORDS
        and any(_POSSESSIVE.search(w) and not w.endswith(".") for w in words[:-1])
    )
    chunks: list[list[str]] = [[]]
    listed_body = _listed_body_name(words)
    for word in words:
        if word != ",":
            chunks[-1].append(word)
        elif listed_body and chunks[-1]:
            chunks[-1][-1] += ","  # the name keeps its commas
        else:
            chunks.append([])
    chunks = [c for c in chunks if c]
    if len(chunks) == 1 and (titled := _titled_name_at_end(chunks[0])) is not None:
        # "National Bank of Poland Governor Tomasz Wierzbicki", "Minister for Enterprise
        # Niamh Carolan": a body or an office, its title, then the holder's full name
        title, body, name = titled
        person = " ".join(name)
        return Speaker(
            text,
            offset,
            offset + len(text),
            "person",
            person=person,
            role=title,
            organisation=" ".join(body) or None,
            gender=GENDERED_ROLES.get(_bare(title)),
            head=_bare(title),
            name=person,
        )
    if (
        len(chunks) >= 2
        and len(chunks[-1]) == 2
        and chunks[-1][0] == "the"
        and chunks[-1][1] in BODY_HEADS
        and chunks[-2][-1][:1].isupper()
        and _parse_chunk(chunks[-2]).person
    ):
        # "In a statement signed by its spokesman, Ann Lee, the company said": a person
        # is no company, so the name closes the opening phrase and the body speaks
        last = " ".join(chunks[-1])
        return parse_speaker(last, offset + text.rindex(last))
    parsed = [_parse_chunk(chunk) for chunk in chunks[:3]]
    main = next((p for p in parsed if p.person), parsed[0])
    named = [p for p in parsed if p.person]
    if len(named) >= 2 and (named[-1].role or named[-1].gender) and chunks[-1][0][:1].isupper():
        # "counsel assisting the coroner, Sarah Lindeman, Senior Constable Dempsey": the
        # name set off belongs to what comes before; the titled one is the subject
        main = named[-1]
    if (
        main is parsed[0]
        and len(parsed) >= 2
        # not "A spokesman for the Department for Environment, Food and Rural Affairs"
        and not (main.kind == "description" and (main.organisation or "")[:1].isupper())
        and (
            main.kind == "description"
            or (main.kind == "organisation" and not (main.label or "")[:1].isupper())
            # "The ship's Athens-based managers, Aegis Bulk Shipping": a firm named as people
            or (main.kind == "group" and lowered == "the")
        )
        and parsed[1].kind == "organisation"
        and (parsed[1].label or "")[:1].isupper()
    ):
        # "The bridge operator, Travessias do Norte SA", "a local charity, Food For All":
        # the body the description names
        main = replace(parsed[1], role=parsed[1].role or main.head)
    role = main.role or next((p.role for p in parsed if p.role), None)
    organisation = main.organisation or next(
        (p.organisation for p in parsed if p.organisation and p is not main), None
    )
    if main.person and main.role is None:
        # "X, a professor at Ewha University": the apposition gives role and organisation
        for other in parsed:
            if other is not main and other.role:
                role, organisation = other.role, other.organisation or organisation
                break
    return Speaker(
        text,
        offset,
        offset + len(text),
        main.kind,
        person=main.person,
        role=role,
        organisation=organisation,
        gender=main.gender,
        head=main.head,
        # "The president of South Sudan" refers as surely as "the president"
        definite=(definite or (lowered == "the" and main.head in ROLE_WORDS))
        and not main.person
        # "the Union of Secondary Teachers" is a name, whatever its last word
        and not (main.kind == "organisation" and _is_body_name(main.label)),
        name=(
            " ".join(words)
            if records
            else main.person or _without_count(_without_postmodifier(_without_owner(main)))
        ),
    )


#: How many people a description counts: "Two former guards" are former guards.
_COUNT_WORD = re.compile(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds"
    r"|thousands|\d{1,6})(?:\s+of)?\s+(?=[a-z])(?!(?:thirds|quarters|fifths|halves|tenths)\b)"
    # "Several residents", "many young fans" (not "Some fear the cuts")
    r"|(?i:several|some|many|few)\s+(?=(?:[a-z-]{2,20}\s)?[a-z-]{2,20}s\b)"
)


#: "(a few) of Fontaine’s former customers": the part and whose they are.
_OF_OWNER = re.compile(r"of\s+(?:the\s+)?[\w’'-]{1,30}(?:’s|'s|s’|s')\s+(?=[a-z])")


def _without_count(name: str | None) -> str | None:
    """An unnamed group without its number: "former guards" for "Two former guards", and
    without whose they are after "a few of": "former customers"."""
    if not name:
        return name
    counted = _COUNT_WORD.match(name) or _OF_OWNER.match(name)
    return name[counted.end() :] if counted is not None else name


def _is_body_name(label: str | None) -> bool:
    """Whether a body's label is a name of several capitalised words with "of" or "for"
    ("Union of Secondary Teachers"), not a description."""
    words = (label or "").split()
    return (
        len(words) >= 3
        and ("of" in words or "for" in words)
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
    )


def _head_before_of(words: Sequence[str]) -> str:
    """The word before a name's first "of" or "for" ("Institute" in "Federal Institute for
    Drugs"), or an empty string."""
    linked = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
    return words[linked - 1] if linked else ""


def _listed_body_name(words: Sequence[str]) -> bool:
    """Whether words separated by commas are one body's name listing what it covers: "the
    Ministry of Labour, Invalids and Social Affairs", "Department of Housing, Local Government
    and Heritage", "the Agriculture, Fisheries and Conservation Department" (capitalised
    throughout, "and" before the last item)."""
    if "," not in words or "and" not in words:
        return False
    named = [w for w in words if w != "," and w.lower() not in _DETERMINERS]
    if named and _POSSESSIVE.search(named[0]):
        named = named[1:]  # "Kenya's Ministry of Mining, Blue Economy and Maritime Affairs"
    return (
        len(named) >= 4
        and (
            (_bare(named[0]) in _BODY_WORDS and named[1] in ("of", "for"))
            # "the Agriculture, Fisheries and Conservation Department": its head ends it, its
            # items are fields of work (not "Barclays, HSBC and Lloyds Bank", nor "the Home
            # Office, the Treasury and the Cabinet Office")
            or (
                _bare(named[-1]) in ORG_HEADS
                and "of" not in named
                and "for" not in named
                and not any(w.lower() in _DETERMINERS for w in words[1:])
                and not any(w.isupper() for w in named)
                and any(_bare(w) in _OFFICE_WORDS for w in named[:-1])
            )
        )
        and words.index("and") > words.index(",")
        and all(w[:1].isupper() or w in ("of", "for", "and") for w in named)
    )


def _titled_name_at_end(words: Sequence[str]) -> tuple[str, list[str], list[str]] | None:
    """(title, body or office words, full name) of words that end with a capitalised title
    and a full name after a capitalised body with "of" or "for" in it ("National Bank of
    Poland Governor Tomasz Wierzbicki"), or of an office with "for" or "of" whose words end
    where a given name starts ("Minister for Enterprise Niamh Carolan"): phrases the name-run
    rules read as a body's name or an office's."""
    if len(words) < 5 or not ("of" in words or "for" in words):
        return None
    # "Independent TD for Cork South-Central Pádraig Lynch": a modifier may lead the title
    office = next(
        (
            k
            for k in (0, 1, 2)
            if words[k][:1].isupper()
            and (_bare(words[k]) in _OFFICE_TITLES or _bare(words[k]) in ROLE_WORDS)
            and words[k + 1] in ("for", "of")
        ),
        None,
    )
    if office is not None:
        # the name is the last two or three words: "Secretary of State for Northern Ireland
        # Hilary Benn" (Ireland is also a given name), "... Information Lim Boon Keat"
        for start in range(len(words) - 2, max(office + 2, len(words) - 4), -1):
            office_words = words[office + 2 : start]
            if (
                (is_given_name(words[start]) or is_surname_written_first(words[start]))
                and all(_is_name_token(w) for w in words[start:])
                and all(
                    (w[:1].isupper() and _bare(w) not in ROLE_WORDS) or w in ("and", "for", "of")
                    for w in office_words
                )
                and not _names_someone_else(office_words)
            ):
                return words[office], list(office_words), list(words[start:])
        return None
    for index in range(len(words) - 3, 1, -1):
        title = words[index]
        name = words[index + 1 :]
        if (
            title[:1].isupper()
            and _bare(title) in ROLE_WORDS
            and 2 <= len(name) <= 4
            and all(_is_name_token(w) for w in name)
            # a person's name starts with a given name ("Governor Tomasz Wierzbicki"); "the
            # Chief Medical Examiner" is an office
            and (is_given_name(name[0]) or is_surname_written_first(name[0]))
            and words[index - 1].lower() != "the"
            and not any(_bare(w) in ORG_WORDS or _bare(w) in _COMPANY_WORDS for w in name)
            and all(
                w[:1].isupper() or w in ("of", "for", "and", "the")
                for w in words[:index]
                if w.lower() not in _DETERMINERS
            )
            and not _names_someone_else(words[:index])
        ):
            body = [w for w in words[:index] if w.lower() not in _DETERMINERS]
            return title, body, list(name)
    return None


def _names_someone_else(words: Sequence[str]) -> bool:
    """Whether a body's or office's words joined by "and" hold another person's name:
    "Tom Berg and Bank of England Governor Andrew Bailey" is two speakers."""
    return "and" in words and any(
        is_given_name(first) and _is_name_token(second) for first, second in pairwise(words)
    )


#: Where a post-modifier starts after an unnamed speaker's head: "residents of Andean
#: communities", "a resident whose flat overlooks the square", "a complaint filed last week".
_POSTMODIFIER = re.compile(
    r"\s(?:of|in|from|at|on|near|outside|inside|with|whose|who|filed|living|working)\s"
)


def _without_postmodifier(name: str | None) -> str | None:
    """An unnamed speaker without what follows the head: the annotated convention names
    "residents" for "Residents of Andean communities" and "police" for "Police in the
    province of Liège"; a named body keeps its words ("Bank of England")."""
    if not name or not (cut := _POSTMODIFIER.search(name)):
        return name
    head = name[: cut.start()].split()
    last = _bare(head[-1])
    if (
        any(w[:1].isupper() for w in head[1:])  # "Bank of England"
        # "Commissioner of Railway Safety": an office's name
        or (head[-1][:1].isupper() and last in _OFFICE_TITLES)
        or not (last in _SPEAKER_HEADS or _agent_noun(last) or last in _FOUND_DOCUMENTS)
        or last in ORG_WORDS  # "the Council of Europe", "the department of forestry"
        # "president of Cyprus": an office and where it is held (but "resident of King
        # Salmon" holds none)
        or (
            cut.group().strip() == "of"
            and name[cut.end() : cut.end() + 1].isupper()
            and last in ROLE_WORDS
            and last not in ("resident", "local", "villager", "native")
            and not last.endswith("s")
        )
    ):
        return name
    return " ".join(head)


def _without_owner(chunk: _Chunk) -> str | None:
    """An unnamed person's description without whose they are: "the union’s business
    agent" is a business agent (the owner stays the organisation); bodies keep theirs
    ("the trustee's office")."""
    label = chunk.label
    if chunk.kind != "description" or not label or chunk.head not in ROLE_WORDS:
        return label
    words = label.split()
    owners = [k for k, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)]
    if not owners or not all(w.islower() for w in words[owners[-1] + 1 :]):
        return label
    return " ".join(words[owners[-1] + 1 :])


@dataclass
class _Chunk:
    kind: str
    person: str | None = None
    role: str | None = None
    organisation: str | None = None
    gender: str | None = None
    head: str | None = None
    label: str | None = None


_DOCUMENT_WORDS = frozenset(
    """statement statements release communique announcement website tweet post letter account
    accounts figures data estimates statistics register database""".split()
)
#: Bodies whose records speak for them without a possessive: "agency records".
_RECORD_KEEPERS = frozenset("agency ministry department company police council".split())
#: Documents that speak for whoever issued them: "the statement said" is the last body or
#: person the text quoted.
_ISSUED_DOCUMENTS = frozenset("statement communique release memo".split())
#: "Mr. Netanyahu's office": a body named after a person, whose full name the text gives.
_OWNED_BY_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s{1,3})?(?P<name>[A-Z][\w-]{1,30})(?P<poss>’s|'s)"
    r"\s{1,3}(?P<rest>[a-z][a-z -]{1,40})"
)
#: "data from the US Geological Survey", "a statement by the ministry": who issued it speaks.
_ISSUED_BY = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s{1,3})?(?:(?:most\s{1,3})?recent\s{1,3}|"  # "the most recent data from"
    r"latest\s{1,3}|preliminary\s{1,3}|official\s{1,3}|unofficial\s{1,3}|"
    r"provisional\s{1,3}|final\s{1,3}|new\s{1,3}|"
    r"(?:19|20)\d\d\s{1,3})?"  # "a 2022 report by"
    r"(?:(?:audit|inspection|annual|internal|independent|official)\s{1,3})?"
    # "ship-tracking data from MarineTraffic", "tracking data from Flightradar24"
    r"(?:[A-Za-z][a-z-]{1,20}(?:-[a-z]{1,20})?\s{1,3})?"
    # "Data from the department shows" opens a sentence capitalised
    r"(?:(?i:data|figures|estimates|statistics|reports?|records|information|statements?|"
    r"accounts?|chargesheets?)\s{1,3}(?:from|by|of|"
    r"(?:released|issued|compiled|collected|gathered|published|filed)\s{1,3}by)"
    # "a press release issued by the navy" (not "the release of the hostages")
    r"|(?i:(?:press\s{1,3})?releases?)\s{1,3}(?:from|by|"
    r"(?:released|issued|compiled|collected|gathered|published|filed)\s{1,3}by)"
    # "new projections published by the central bank" (but "projections of growth")
    r"|(?i:projections?|notices?|guidelines|results|tall(?:y|ies)|timelines?)\s{1,3}(?:from|by|"
    r"(?:released|issued|compiled|published)\s{1,3}by)"
    # "A study released on Monday by": studies of people are not by them
    r"|(?i:reports?|stud(?:y|ies)|surveys?|audits?|analys[ie]s|reviews?|assessments?)"
    r"\s{1,3}(?:by|(?:released|issued|published|commissioned|compiled)"
    r"(?:\s{1,3}[\w-]{1,15}){0,3}?\s{1,3}by))"
    r"\s{1,3}(?=\S)"
)


def _surname_role_word(words: Sequence[str]) -> bool:
    """Whether the last word is a capitalised role word used as a surname: it follows a given
    name ("Tishana King", "Ann Bishop"), whereas a title precedes the name it belongs to."""
    if len(words) < 2 or len(words) > 4:
        return False
    last, before = words[-1], words[-2]
    return (
        last[:1].isupper()
        and not last.isupper()
        and _bare(last) in ROLE_WORDS
        and not _bare(last).endswith("s")
        and _is_name_token(before)
        and not before.endswith(".")
        and all(_is_name_token(word) for word in words[:-1])
    )


def _after_preposition(prefix: Sequence[str]) -> bool:
    """ "clerk at Kings County Hospital", "Office of the Chief Medical Examiner": the capitalised
    run ending the phrase follows a preposition, so it names a place or body, not a person."""
    k = len(prefix)
    while k > 0 and prefix[k - 1][:1].isupper():
        k -= 1
    while k > 0 and prefix[k - 1] in ("the", "a", "an"):
        k -= 1
    return k > 0 and prefix[k - 1] in _NAME_PREPOSITIONS


#: Quantifiers that stand for people on their own ("Some said ...; others said ...").
#: Titles of offices named with "of" or "for" ("Secretary for Development").
_OFFICE_TITLES = frozenset(
    "secretary minister director commissioner governor chairman chair mayor chief".split()
)
#: Words of an office's name after "of" or "for" ("Minister for Foreign Affairs").
_OFFICE_WORDS = ROLE_MODIFIERS | frozenset(
    """affairs development state health justice defence defense finance interior education
    transport environment energy housing labour labor agriculture culture trade industry
    security works infrastructure communications detectives staff police expenditure
    enterprise employment tourism sport heritage planning welfare fisheries forestry parks
    wildlife conservation mining mines lands water opposition""".split()
)


def _after_office_words(words: list[str]) -> list[str]:
    """A name run without the office words that lead it ("Foreign Affairs Ana Ruiz" -> "Ana
    Ruiz", "Cork South-Central Pádraig Lynch" -> "Pádraig Lynch"), keeping at least two
    words."""
    while len(words) > 2 and _bare(words[0]) in _OFFICE_WORDS:
        words = words[1:]
    # the office's words end where the last given name starts ("Northern Ireland Hilary
    # Benn", "Kerry Noreen Walsh": Ireland and Kerry are given names too), unless a surname
    # written first comes before it ("Lim Boon Keat")
    given = next(
        (
            i
            for i in range(len(words) - 2, 0, -1)
            if is_given_name(words[i]) and words[i].lower() not in _PARTICLES  # "Jan De Smet"
        ),
        None,
    )
    if given is not None and not any(is_surname_written_first(w) for w in words[:given]):
        words = words[given:]
    return words


#: Letters after a name: honours, offices and generations ("Priya Chandran KC").
_POST_NOMINALS = frozenset("KC QC SC MP MEP MSP MLA TD OBE MBE CBE".split())
#: Months that are also given names ("Jan De Smet", "April Ryan", "June Carter").
_GIVEN_NAME_MONTHS = frozenset("jan april may june august".split())
_BEFORE_A_MONTH = frozenset(
    "last next this early late mid in on since by until of from during".split()
)
_QUANTIFIER_PRONOUNS = frozenset("some others many several most".split())
_NAME_PREPOSITIONS = frozenset("of at for from in".split())
_QUANTIFIER = re.compile(
    r"^(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|[Aa]ll|[Bb]oth|[Oo]ne|[Tt]wo|[Tt]hree|[Pp]art|"
    r"[Oo]thers|[Dd]ozens|[Hh]undreds|[Tt]housands)\s+of\s+(?=\S)"
)


def _org_of_name(words: Sequence[str]) -> str | None:
    """ "New York City Office of the Chief Medical Examiner", "Bank of Greece": a body named
    with "of" after its head noun (not "Secretary of State John Kerry")."""
    if "of" not in words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    index = words.index("of")
    head = _bare(words[index - 1]) if index else ""
    if head not in ORG_WORDS and head not in ORG_HEADS:
        return None
    if all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words):
        return head
    return None


def _some_people(words: Sequence[str]) -> bool:
    """ "Some eye witnesses": "some" before a plural of people, which names them alone."""
    if len(words) < 2 or words[0].lower() not in _COUNTING_WORDS:
        return False
    head = _bare(words[-1])
    return head in ROLE_WORDS or head in _PRIVATE_PEOPLE or _PEOPLE_PLURALS.search(head) is not None


#: What follows a body's name to say it is a company or a club: "Calder Vale FC".
_BODY_DESIGNATORS = frozenset("fc afc cf inc ltd plc llc corp co ag gmbh nv bv".split())
#: Last words of company names ("Ardent Chemicals", "Hinode Aerospace Inc."): no surname
#: ends a person's name with them.
_COMPANY_WORDS = frozenset(
    """inc ltd corp plc llc ag gmbh sa nv bv holdings group chemicals industries systems
    technologies motors foods pharmaceuticals pharma energy mining resources partners
    solutions labs logistics networks therapeutics biotech petroleum aerospace airways
    shipping electronics telecom telecoms communications software pets freight brands
    enterprises ventures investments insurance properties construction farms utilities
    textiles""".split()
)
#: Endings of occupations that may stand capitalised before a full name, and of no given
#: name: "Pensioner Helga Sommer".
_OCCUPATION_ENDINGS = (
    "ist",
    "ioner",
    "grapher",
    "keeper",
    "maker",
    "worker",
    "owner",
    "holder",
    "seller",
    "goer",
    "dweller",
    "grader",  # "Fourth-grader Jaylen Brooks"
)


#: Documents whose author speaks through them: "a report by the Water Department found".
_AUTHORED_DOCUMENTS = (
    _DOCUMENT_WORDS
    | _ISSUED_DOCUMENTS
    | frozenset(
        """report reports study analysis survey review audit assessment investigation inquiry
        poll paper notice filing bulletin circular testing modelling modeling polling research
        tests decision ruling judgment judgement map rates findings submission filings""".split()
    )
)
#: Words that open a participle's object or place: "an engineer checking the structure".
_PARTICIPLE_OBJECT_STARTS = frozenset(
    "the a an his her their its our this that at in on near outside inside for from".split()
)


#: Prepositions after an unnamed person's head that say where or with whom they are.
_WHERE_OR_WHOSE = frozenset("in at outside near from for with".split())


def _unnamed_where(words: list[str], singular: bool, some: bool) -> _Chunk | None:
    """ "a senior executive at a rival Shanghai chipmaker", "One engineer in the company's
    Dublin office", "Witnesses outside the centre", "Lawyers for the group": unnamed people,
    named by their head and what comes before it; where they are or whom they work for is
    their organisation. Not "a police officer at the scene" (the place is where they are,
    which the speaker's name drops: see _without_postmodifier), nor "the village of X" (see
    _parse_chunk)."""
    indefinite = singular or some
    where = next((k for k in range(1, min(len(words) - 1, 5)) if words[k] in _WHERE_OR_WHOSE), 0)
    if not where and singular:
        # "An official of the agency": an unnamed member of a body (not "a friend of the
        # victim", whose "of" is not where they work)
        where = next((k for k in range(1, min(len(words) - 1, 4)) if words[k] == "of"), 0)
        if where and _bare(words[where - 1]) not in _MEMBERS_OF:
            where = 0
    if not where:
        return None
    head = _bare(words[where - 1])
    place = words[where + 1 :]
    known_head = head in ROLE_WORDS or head in _PRIVATE_PEOPLE or _plural_of_head(head)
    if (
        # "A consultant anaesthetist at the hospital": after "a", any noun where someone
        # works is a person's (not "an email from the principal")
        not (
            known_head
            or (
                indefinite
                and words[where] in ("at", "in")
                and head.isalpha()
                and head.islower()
                and head not in _AUTHORED_DOCUMENTS
            )
        )
        or head in _OFFICE_TITLES  # "Minister for Health Ann Lee"
        or not all(w.islower() and w.isalpha() for w in words[1:where])
        or not (words[0].islower() or words[0].isalpha())
        or not place
        or (
            place[0].lower() not in ("the", "a", "an")
            # "A museum volunteer in her 60s"
            and not (
                len(place) == 2 and place[0] in ("his", "her", "their") and place[1][:1].isdigit()
            )
        )
        or place[-1].lower() in _LOCATIVE_NOUNS
        or any(w.lower() in ("of", "who", "which", "that") for w in place)
        or any(_is_name_token(w) for w in words[1:where])
        or (words[where] == "of" and any(w[:1].isupper() for w in place))
    ):
        return None
    where_words = [w for w in place[1:] if not w.startswith("(")]
    if place[0] in ("his", "her", "their"):
        where_words = []  # "in her 60s": an age, not a place
    capitalised = next((k for k, w in enumerate(where_words) if w[:1].isupper()), None)
    if capitalised is not None and all(w[:1].isupper() for w in where_words[capitalised:]):
        where_words = where_words[capitalised:]  # "at the broker Hale Lane": the broker's name
    named = words[:where]
    if len(named) > 1 and named[0].lower() in _COUNTING_WORDS:
        named = named[1:]  # "Some youths in the area" are youths
    return _Chunk(
        "description",
        # "a lawyer for the family": whom they act for is part of their role
        role=" ".join(words) if words[where] == "for" else None,
        organisation=" ".join(where_words) or None,
        head=head,
        label=" ".join(named),
    )


#: Heads of people who speak for the body they are "of": "an official of the agency".
_MEMBERS_OF = frozenset(
    """official officials member members spokesman spokeswoman spokesperson employee
    employees officer officers executive executives representative representatives""".split()
)
#: Kinds of body a text names before the body's own name: "the campaign group X".
_KIND_BEFORE_NAME = frozenset("group charity thinktank coalition alliance campaign".split())
#: Kinds of body a text names after the body's own name: "the Unite union".
_KIND_AFTER_NAME = frozenset("thinktank union charity party".split())


def _parse_chunk(words: list[str]) -> _Chunk:
    indefinite = bool(words) and words[0].lower() in ("a", "an", "one")
    # "Some youths in the area": as unnamed as "a youth"
    some = bool(words) and words[0].lower() in (
        "some",
        "several",
        "many",
        "another",
        "two",
        "three",
    )
    while len(words) > 2 and words[-1].rstrip(".") in _POST_NOMINALS:
        words = words[:-1]  # "Priya Chandran KC": letters after a name
    while words and (
        words[0].lower() in _DETERMINERS
        or _some_people(words)
        or (len(words) > 1 and (words[0].lower() in _HOW_MANY or words[0][:1].isdigit()))
        or (len(words) > 2 and words[0].lower() in _APPROXIMATORS and words[1][:1].isdigit())
    ):
        words = words[1:]  # "some eye witnesses" are eye witnesses, "several hundred PRA
        # supporters" PRA supporters
    if len(words) >= 3 and words[0].endswith("-based") and words[1][:1].isupper():
        words = words[1:]  # "the Johannesburg-based Centre for Inclusive Finance"
    if (
        len(words) >= 3
        and all(w[:1].isupper() for w in words)
        and _bare(words[-1]) in ORG_HEADS
        and not _POSSESSIVE.search(words[0])  # "Winnipeg's ...": see below
        and any(
            _POSSESSIVE.search(w) and _POSSESSIVE.sub("", w) not in _PLACE_NAMES
            for w in words[1:-1]
        )
    ):
        # "the Castlebridge Supporters’ Trust", "Northern Children’s Cancer Trust": a body
        # named for whom it serves
        label = " ".join(words)
        return _Chunk("organisation", organisation=label, label=label, head=_bare(words[-1]))
    document = next(
        (k for k in range(1, min(len(words), 5)) if words[k] in _AUTHORED_DOCUMENTS), None
    )
    if (
        document is not None
        and all(w[:1].isupper() for w in words[:document])
        and not _POSSESSIVE.search(words[document - 1])  # "Willoughby's letter": see below
    ):
        # "A Fáilte Ireland survey of 1 200 visitors to Kerry": its author speaks
        words = words[:document]
    if (
        len(words) >= 3
        and words[0][:1].isupper()
        and _POSSESSIVE.search(words[0])
        and words[1][:1].isupper()
        and (
            _bare(words[1]) in ORG_WORDS
            # "Germany’s Federal Motor Transport Authority", "Winnipeg's Assiniboine Children's
            # Health Centre": a place's body by its own name
            or (
                (_POSSESSIVE.sub("", words[0]) in _PLACE_NAMES or len(words) >= 4)
                and all(w[:1].isupper() or w in ("of", "for", "and") for w in words[1:])
                and (
                    _bare(words[-1]) in ORG_HEADS
                    or _bare(words[-1]) in ORG_WORDS
                    # "Germany's Federal Institute for Drugs and Medical Devices" (but the
                    # "Patients' Rights Association of Kenya")
                    or (
                        _POSSESSIVE.sub("", words[0]) in _PLACE_NAMES
                        and _bare(_head_before_of(words[1:])) in ORG_HEADS
                    )
                )
            )
        )
        # (not "King’s College Hospital", "Women's Aid": names that open with a possessive)
        and _POSSESSIVE.sub("", words[0]) not in _NAME_POSSESSORS
    ):
        words = words[1:]  # "Portugal's Institute for Mobility and Transport": the body
    if (
        len(words) >= 2
        and _POSSESSIVE.search(words[0])
        and _POSSESSIVE.sub("", words[0]) in _NAME_POSSESSORS
        and all(w[:1].isupper() for w in words[1:])
        and not any(_bare(w) in ROLE_WORDS or _bare(w) in HONORIFICS for w in words[1:])
        and not (len(words) == 3 and is_given_name(words[1]))  # "Moody's Ann Lee": a person
    ):
        # "Women's Aid", "King’s College Hospital": a body's name that opens with a
        # possessive, not an owner and what it owns
        label = " ".join(words)
        return _Chunk("organisation", organisation=label, label=label, head=_bare(words[-1]))
    for k in range(1, min(len(words) - 1, 4)):
        if (
            words[k].endswith("ing")
            and words[k].islower()
            and words[k + 1].lower() in _PARTICIPLE_OBJECT_STARTS
            and all(w.islower() for w in words[1:k])
        ):
            words = words[:k]  # "an engineer checking the structure" is an engineer
            break
    if len(words) == 1 and _bare(words[0]) in _PRIVATE_PEOPLE and words[0].endswith("s"):
        # "Farmers said": people, not a surname (but "Farmers Weekly" is a name)
        return _Chunk("group", head=_bare(words[0]), label=words[0])
    unnamed = _unnamed_where(words, indefinite, some)
    if unnamed is not None:
        return unnamed
    at = words.index("at") if "at" in words[1:-1] else 0
    # "analysts at the broker Harcourt Lane", "an official at the regional health office"
    place_words = words[at + 1 :]
    if place_words and place_words[0] == "the":
        place_words = place_words[1:]
    descriptors = 0
    while (
        descriptors < min(3, len(place_words) - 1)
        and place_words[descriptors].islower()
        and place_words[descriptors] != "of"  # "at the village of Gavar" is where they are
    ):
        descriptors += 1
    if at and place_words and place_words[-1] not in _LOCATIVE_NOUNS:
        if all(w[:1].isupper() for w in place_words[descriptors:]):
            place_words = place_words[descriptors:]
        elif (
            all(w.islower() and w.isalpha() for w in place_words)
            and len(place_words) <= 4
            and (
                (indefinite and _bare(words[at - 1]) in ROLE_WORDS)
                or _bare(words[at - 1]) in _PRIVATE_PEOPLE  # "Traders at the market"
            )
        ):
            # "a senior official at the regional medical office": an unnamed official
            return _Chunk(
                "description",
                organisation=" ".join(place_words),
                head=_bare(words[at - 1]),
                label=" ".join(words[:at]),
            )
    if (
        at
        and all(w.islower() for w in words[1:at])
        # "one inmate at Harrowfield", "Workers at Ardent Chemicals" opening a sentence
        and (words[0].islower() or _bare(words[at - 1]) in ROLE_WORDS)
        and place_words
        and place_words[0][:1].isupper()
        and all(w[:1].isupper() for w in place_words)
    ):
        # "one inmate at Harrowfield": an unnamed person, and where they are
        place = " ".join(place_words)
        return _Chunk(
            "description", organisation=place, head=_bare(words[at - 1]), label=" ".join(words[:at])
        )
    on = words.index("on") if "on" in words[1:-1] else 0
    if (
        on
        and words[on - 1].islower()
        and _bare(words[on - 1]) not in ORG_HEADS  # "the Senate committee on Armed Services"
        and all(w[:1].isupper() for w in words[on + 1 :])
    ):
        words = words[:on]  # "one fan on X", "a user on Weibo": the platform is no name
    by = words.index("by") if "by" in words[1:-1] else 0
    if by and any(_bare(w) in _AUTHORED_DOCUMENTS for w in words[max(0, by - 5) : by]):
        # "a 2022 inspection report by the Oregon Water Resources Department": its author
        author = words[by + 1 :]
        if author[0].lower() == "the":
            author = author[1:]
        for k, word in enumerate(author):
            if k and word.islower() and word not in ("of", "for", "and", "the", "on"):
                author = author[:k]  # "by HM Inspectorate of Prisons published in June"
                break
        if author and author[0][:1].isupper():
            words = author
    named_after = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
    if (
        named_after
        and words[named_after - 1].islower()
        and _bare(words[named_after - 1]) in _KIND_BEFORE_NAME
        and named_after < len(words) - 1
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words[named_after:])
        and words[-1][:1].isupper()
    ):
        # "The campaign group Parents for Scottish Schools": the body's name after its kind
        label = " ".join(words[named_after:])
        return _Chunk(
            "organisation",
            role=" ".join(words[:named_after]),
            organisation=label,
            label=label,
            head=_bare(words[named_after - 1]),
        )
    # "the left-wing Acció Comuna party": what kind of party, lowercase, before its name
    named_from = next((k for k, w in enumerate(words) if not w.islower()), len(words))
    if (
        len(words) - named_from >= 2
        and words[-1] in _KIND_AFTER_NAME
        and all(w[:1].isupper() and not _POSSESSIVE.search(w) for w in words[named_from:-1])
        and all("-" in w for w in words[:named_from])
    ):
        # "the Fairer Futures Institute thinktank", "the Unite union": the name, then what
        # kind of body it is
        label = " ".join(words[named_from:-1])
        return _Chunk("organisation", organisation=label, label=label, head=words[-1])
    if (
        len(words) >= 2
        and words[0].endswith("-based")
        and all(w[:1].isupper() and not _POSSESSIVE.search(w) for w in words[1:])
    ):
        # "Hauppauge-based Corvell Generics": a body, wherever it is based
        label = " ".join(words[1:])
        head = "company" if _bare(words[-1].rstrip(".")) in _COMPANY_WORDS else None
        return _Chunk("organisation", organisation=label, label=label, head=head)
    org_head = _org_of_name(words)
    if org_head is None and len(words) >= 4 and words[0].islower() and words[0].isalpha():
        # "the smaller Union of Secondary Teachers": a word that describes the body's name
        org_head = _org_of_name(words[1:])
        words = words[1:] if org_head is not None else words
    if org_head is not None:
        owned = next((k for k, w in enumerate(words[:4]) if _POSSESSIVE.search(w)), None)
        if owned is not None and _bare(words[owned + 1]) in _GOVERNMENT_HEADS:
            words = words[owned + 1 :]  # "New Zealand's Ministry of Foreign Affairs": the ministry
        label = " ".join(words)
        return _Chunk("organisation", organisation=label, label=label, head=org_head)
    # "the NYPD's statement", "a White House statement": the owner speaks
    if (
        len(words) >= 2
        and (
            words[-1] in _DOCUMENT_WORDS  # not "Office for National Statistics"
            # "the museum’s records", "MSHA records": its owner's, where "court filings" are
            # nobody's
            or (
                words[-1] in ("records", "filings", "files", "archives", "guidelines")
                and (
                    _POSSESSIVE.search(words[-2])
                    or _is_acronym(words[-2])
                    # "according to agency records": the agency the text is about
                    or (len(words) == 2 and words[-2] in _RECORD_KEEPERS)
                )
            )
            # "the Commissioner of Railway Safety's annual report": its author's
            or (
                words[-1] in _AUTHORED_DOCUMENTS
                and any(
                    # "the council’s own landscape assessment": a body's by its head too
                    _POSSESSIVE.search(w)
                    and (w[:1].isupper() or _bare(w) in BODY_HEADS or _bare(w) in ORG_HEADS)
                    for w in words[-4:-1]
                )
            )
            # "a Food and Drug Administration report": the body's named right before it
            or (
                words[-1] in _AUTHORED_DOCUMENTS
                and words[-2][:1].isupper()
                and _bare(words[-2]) in _BODY_WORDS
            )
        )
    ):
        owner = words[:-1]
        while (
            len(owner) >= 2
            and owner[-1].islower()
            and any(_POSSESSIVE.search(w) for w in owner[-3:-1])
        ):
            owner = owner[:-1]  # "the EPA’s public register": the owner, past its adjectives
        if owner and owner[-1].lower() in ("press", "news"):
            owner = owner[:-1]
        if owner and (owner[-1][:1].isupper() or _bare(owner[-1]) in ORG_HEADS):
            owner[-1] = _POSSESSIVE.sub("", owner[-1])
            words = owner  # "the NYPD's statement", "police accounts"
        elif not owner:
            return _Chunk("description", head=words[-1].lower(), label=" ".join(words))
    if not words:
        return _Chunk("unknown")
    if len(words) == 1 and words[0].lower() in _ISSUED_DOCUMENTS:
        return _Chunk("description", head=words[0].lower(), label=words[0])
    for j, word in enumerate(words[:8]):
        if j >= 2 and word in ("of", "at", "from"):
            left = words[:j]
            titles = 0  # "Supporter Dean Marsh from Harbridge": a role before the name
            while titles < len(left) - 2 and _bare(left[titles]) in ROLE_WORDS:
                titles += 1
            if not titles:
                # "Associate Professor Melissa Goh of", "Maritime transportation expert Dewi
                # Anggraini of": the role's own words lead it
                titles = next(
                    (k + 1 for k in range(len(left) - 3, 0, -1) if _bare(left[k]) in ROLE_WORDS),
                    0,
                )
            honorific = left[titles].rstrip(".").lower() if titles < len(left) - 1 else ""
            honorific = honorific if honorific in HONORIFICS else ""
            named = left[titles + bool(honorific) :]  # "Mr Rajan Pillai of Pillai & Koh"
            occupied_as = None
            if len(named) >= 3 and (
                "-of-" in named[0]
                or (named[0][:1].isupper() and named[0].lower().endswith(_OCCUPATION_ENDINGS))
            ):
                occupied_as, named = named[0].lower(), named[1:]  # "Mum-of-three Ann Lee from"
            if all(_is_name_token(w) for w in named) and named[0].lower() not in NOT_NAMES:
                # "of the National University of Singapore": the body's words, "of" and all
                body = words[j + 1 :]
                while body and body[0].lower() in _DETERMINERS:
                    body = body[1:]
                organisation = " ".join(body) if body and body[-1][:1].isupper() else None
                organisation = organisation or (
                    " ".join(w for w in words[j + 1 :] if w[:1].isupper()) or None
                )
                role = " ".join(left[:titles]) or occupied_as
                return _Chunk(
                    "person",
                    person=" ".join(named),
                    role=role,
                    organisation=organisation,
                    gender=HONORIFICS.get(honorific),
                    head=_bare(left[titles - 1]) if titles else None,
                )
            break
    # the name: capitalised words at the end, particles allowed inside
    i = len(words)
    if _surname_role_word(words):
        i -= 1  # "Tishana King", "Ann Bishop": titles come before a name, so this is a surname
    while i > 0:
        word = words[i - 1]
        if (
            _is_name_token(word)
            or (word in _PARTICLES and i - 1 > 0 and i < len(words) and words[i - 2][:1].isupper())
            # "Jan De Smet", "April Ryan": a month that is also a given name, before a name
            or (
                i < len(words)
                and word.istitle()
                and word.lower() in _GIVEN_NAME_MONTHS
                # "Last May Smith said": the month, then the name
                and (i < 2 or words[i - 2].lower() not in _BEFORE_A_MONTH)
                and not (i >= 2 and words[i - 2][:1].isdigit())
            )
        ):
            i -= 1
            continue
        break
    # a name run cannot start after a lowercase word unless a role or honorific precedes it
    name = words[i:]
    prefix = words[:i]
    if len(words) >= 2 and _bare(words[-1].rstrip(".")) in _COMPANY_WORDS:
        # "Ardent Chemicals", "German drugmaker Halvern Pharma AG": a company, whatever its
        # first words; its name is the capitalised run it ends
        k = len(words) - 1
        while (
            k > 0
            and (
                (
                    words[k - 1][:1].isupper()
                    and not _POSSESSIVE.search(words[k - 1])
                    # "Beijing-based Starwell Aerospace": where it is based is no part of it
                    and not words[k - 1].endswith("-based")
                )
                # "Travessias do Norte SA": a particle inside the name
                or (words[k - 1] in _PARTICLES and k >= 2 and words[k - 2][:1].isupper())
            )
        ):
            k -= 1
        if (
            len(words) - k >= 2
            and words[-1][:1].isupper()
            # "Workers at Ardent Chemicals", "Lawyers for X": people of the company
            and not (k and words[k - 1].lower() in ("at", "for", "of", "from", "by", "with"))
        ):
            prefix, name = words[:k], words[k:]
    if len(name) >= 2 and _bare(name[-1].rstrip(".")) in _COMPANY_WORDS:
        label = " ".join(name)
        return _Chunk(
            "organisation",
            role=" ".join(prefix) or None,
            organisation=label,
            label=label,
            head="company",
        )
    occupation: str | None = None
    if len(name) >= 3 and (
        (name[0][:1].isupper() and name[0].lower().endswith(_OCCUPATION_ENDINGS))
        or "-of-" in name[0]  # "Mother-of-two Sharon Pike"
    ):
        # "Pensioner Helga Sommer", "Educationist S. Lakshmi Narayanan": an occupation
        occupation, name = name[0].lower(), name[1:]
    if any(_bare(w) in _OFFICE_TITLES for w in prefix):
        # "Secretary for Development Bernadette Lo", "Minister for Foreign Affairs Ana Ruiz":
        # the office's words, then the name
        bare_name = _after_office_words(name)
        prefix, name = prefix + name[: len(name) - len(bare_name)], bare_name
    gender: str | None = None
    ranks: list[str] = []
    while prefix and _bare(prefix[-1]) in HONORIFICS:
        honorific = prefix.pop()
        gender = gender or HONORIFICS[_bare(honorific)]
        if _bare(honorific) not in ("mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"):
            ranks.insert(0, honorific)
    if (
        len(name) >= 2
        and not ranks
        and prefix
        and all(w[:1].isupper() for w in prefix)
        and _POSSESSIVE.search(prefix[-1])
        and not any(_bare(w) in ORG_WORDS for w in name)
    ):
        # "The BBC's Frances Harrison": a person named after the body they work for
        return _Chunk("person", person=" ".join(name), organisation=_org_name(prefix))
    titled_full_name = (
        len(name) >= 2
        and prefix[-1:] != []
        and prefix[-1][:1].isupper()
        and any(_bare(w) in ROLE_WORDS for w in prefix)
    )  # "Secretary of State John Kerry", "head of GSEE Yannis Panagopoulos"
    if (
        name
        and not titled_full_name
        and (
            any(w.lower() in ("of", "at", "for", "to", "and", "in", "from") for w in prefix[-2:])
            or _after_preposition(prefix)
        )
    ):
        name = []  # "head of GSEE": an organisation after a preposition
        prefix = words
    if name:
        last_prefix = _bare(prefix[-1]) if prefix else ""
        if (last_prefix in ORG_HEADS and prefix[-1].islower()) or (
            prefix and _bare(prefix[-1]) in ("media", "outlet")
        ):
            # "state news agency KCNA", "Russian news agency Interfax"
            role, _ = _split_role_org(prefix)
            label = " ".join(name)
            return _Chunk(
                "organisation",
                role=" ".join(prefix[-3:]),
                organisation=label,
                label=label,
                head=last_prefix,
            )
        role, organisation = _split_role_org(prefix)
        if (
            role is None
            and not ranks
            and len(name) >= 2
            and prefix
            and prefix[-1].isalpha()
            and prefix[-1].islower()
            and _bare(prefix[-1]) not in ORG_HEADS
        ):
            # "Reality TV favourite Leanne Mercer": a description, then the person's name
            role = " ".join(prefix)
        if (
            role is None
            and not ranks
            and any(w[:1].isupper() and _bare(w) in ORG_WORDS for w in prefix)
        ):
            label = _org_name(words) or " ".join(words)
            return _Chunk("organisation", organisation=label, label=label)
        if (
            role is None
            and not ranks
            and len(name) == 1
            and prefix
            and all(w[:1].isupper() and not _POSSESSIVE.search(w) for w in prefix)
            and any(_bare(w) in ROLE_MODIFIERS for w in prefix)
            and not any(_bare(w) in DEMONYMS for w in prefix)
        ):
            # "Public Health Wales": capitalised words of a body's name, not a title and a
            # surname (a title would be a role word: "Health Minister Smith")
            label = " ".join(words)
            return _Chunk("organisation", organisation=label, label=label)
        if role is None and not ranks and prefix and _is_acronym(prefix[-1]):
            label = " ".join(prefix[-1:] + name)
            return _Chunk("organisation", organisation=label, label=label)
        if role is None and ranks:
            role = " ".join(ranks)
        if role is None and occupation:
            role = occupation
        if role:
            gender = gender or GENDERED_ROLES.get(_bare(role.split()[-1]))
        person = " ".join(name)
        return _Chunk(
            "person",
            person=person,
            role=role,
            organisation=organisation,
            gender=gender,
            head=_bare(role.split()[-1]) if role else None,
        )
    last = words[-1]
    bare_last = _bare(last)
    if bare_last in _VAGUE_SOURCES:
        # "according to reports", "news broadcasts claim": a source the text does not name
        return _Chunk("description", head=bare_last, label=" ".join(words))
    if bare_last in ROLE_WORDS:
        role, organisation = _split_role_org(words)
        plural = (
            bare_last.endswith("s") and bare_last not in ("witness", "boss")
        ) or bare_last.endswith("men")
        label = " ".join(words)
        return _Chunk(
            "group" if plural else "description",
            role=role,
            organisation=organisation,
            gender=GENDERED_ROLES.get(bare_last),
            head=bare_last,
            label=label,
        )
    if any(_bare(w) in ROLE_WORDS for w in words) and any(
        w.lower() in ("of", "at", "for") for w in words
    ):
        role, organisation = _split_role_org(words)
        head = next(_bare(w) for w in words if _bare(w) in ROLE_WORDS)
        # "a spokesman for Lone Meridian" is a spokesman: whose is the organisation's part
        cut = next(k for k, w in enumerate(words) if w.lower() in ("of", "at", "for"))
        after = [w for w in words[cut + 1 : cut + 3] if w.lower() != "the"]
        described = (
            words[:cut]
            if (
                words[cut].lower() == "for"
                # "analysts at the Institute for Fiscal Studies", not "residents at the
                # village of Gavarzin": a named body's people
                or (words[cut].lower() == "at" and bool(after) and after[0][:1].isupper())
            )
            and _bare(words[cut - 1]) not in _OFFICE_TITLES  # not "Minister for Health"
            and any(_bare(w) == head for w in words[:cut])
            and not any(w[:1].isupper() for w in words[1:cut])
            else words
        )
        return _Chunk(
            "description",
            role=role,
            organisation=organisation,
            head=head,
            label=" ".join(described),
        )
    if bare_last in ORG_HEADS or _is_acronym(last) or bare_last in ORG_WORDS or last[:1].isupper():
        label = _org_name(words) or " ".join(words)
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        if 0 < k < len(words) and _bare(words[k - 1]) in ORG_HEADS and words[k - 1].islower():
            label = " ".join(words[k:])
            role = " ".join(words[max(0, k - 3) : k])
            return _Chunk(
                "organisation", role=role, organisation=label, label=label, head=_bare(words[k - 1])
            )
        if _is_acronym(last) and len(words) >= 2 and words[-2].isalpha() and words[-2].islower():
            # "the rail operator CP": a body's acronym after what it is
            return _Chunk(
                "organisation",
                role=" ".join(words[-3:-1]),
                organisation=last,
                label=last,
                head=_bare(words[-2]),
            )
        return _Chunk("organisation", organisation=label, label=label, head=bare_last)
    if last.islower() and (
        _plural_of_head(bare_last)
        or (len(words) >= 2 and _PEOPLE_PLURALS.search(bare_last))
        # "the inmates": people by what they do
        or (bare_last.endswith("s") and _agent_noun(bare_last))
    ):
        # "insurers", "Health insurers", "BBC weathermen": several bodies or people
        return _Chunk("group", head=bare_last, label=" ".join(words))
    if last.isalpha() and last.islower() and not bare_last.endswith("s") and len(words) <= 3:
        # "one docker", "a market trader": someone the text describes by what they do
        return _Chunk("description", head=bare_last, label=" ".join(words))
    return _Chunk("unknown", label=" ".join(words))


# Speaker phrases recur ("he", "the ministry", "officials"): bounded memory of the answers.
@functools.lru_cache(maxsize=4096)
def looks_like_speaker(phrase: str) -> bool:
    """Whether a phrase can name who spoke (not a clause, not a stray fragment)."""
    words = phrase.split()
    if not words or len(words) > 22 or "\x00" in phrase:
        return False
    first = words[0].strip("“”\"‘’'(").lower()
    if len(words) >= 3 and first in _APPROXIMATORS and words[1][:1].isdigit():
        words = words[2:]  # "about 40 people": the people counted
        first = words[0].lower()
    if (first in PRONOUNS or first in _QUANTIFIER_PRONOUNS) and len(words) == 1:
        return True
    if first in _NOT_SPEAKER_START and not _is_acronym(words[0].strip("“”\"‘’'(")):
        return False  # not "who", but "WHO"
    relative = next(
        (k for k in range(1, len(words)) if words[k - 1].endswith(",") and words[k] == "who"),
        len(words),
    )
    if any(w.strip(",.").lower() in _CLAUSE_WORDS for w in words[:relative]):
        # verbs belong to clauses; an apposition ("a professor at ...") has none, and nor
        # does the speaker a relative clause describes ("One banker, who asked not to be
        # named, said")
        return False
    if any(w[:1].isupper() for w in words):
        return True
    if len(words) == 2 and first == "the" and _bare(words[1]) in _ISSUED_DOCUMENTS:
        return True  # "the statement said"
    if len(words) <= 3 and _AGE_EPITHET.fullmatch(phrase.strip()):
        return True  # "Asked about it, the 61-year-old said"
    for word in words:
        bare = _bare(word.strip(",;:()"))
        if bare in _SPEAKER_HEADS or bare in _VAGUE_SOURCES or _plural_of_head(bare):
            return True
    # "one surfer", "the inmates": a person by what they do, after a determiner
    return len(words) <= 4 and first in _PERSON_DETERMINERS and _agent_noun(_bare(words[-1]))


#: Words before a noun that make it one person or a group of people: "one surfer".
_PERSON_DETERMINERS = frozenset("a an one another the some two three several many".split())
#: Endings of nouns for people by what they do ("surfer", "banker", "inmate", "novelist",
#: "fisherman", "boatmen").
_AGENT_ENDING = re.compile(r"[a-z]{3,}(?:(?:er|or|ist|ian|ant|ee|mate)s?|(?:wo)?m[ae]n)")
#: Nouns with those endings that are things, not people.
_AGENT_LOOKALIKES = frozenset(
    """water paper order letter number matter centre center power border corner filter
    chapter quarter cancer weather winter summer shelter computer answer powder register
    container disaster theatre theater meter metre error mirror motor sector factor tractor
    floor door interior exterior colour color favour favor labour labor honour honor rumour
    rumor harbour harbor tumour tumor vapour vapor flavour flavor behaviour behavior
    climate estimate debate senate mandate update template ultimate
    guarantee committee fee coffee degree decree tree
    plant grant variant restaurant giant
    budget editorial median banner poster sticker flyer flier marker sensor calendar
    indicator barometer thermometer trailer header footer folder printer scanner router
    server timer counter cover newsletter monitor bulletin talisman snowman""".split()
)


def _agent_noun(bare: str) -> bool:
    """Whether ``bare`` is most likely a person by what they do: "surfer", "inmates"."""
    if bare in _AGENT_LOOKALIKES or bare.rstrip("s") in _AGENT_LOOKALIKES:
        return False
    return _AGENT_ENDING.fullmatch(bare) is not None


def _plural_of_head(bare: str) -> bool:
    """ "insurers", "banks": the plural of a speaker head that the lexicon lists singular."""
    return len(bare) > 3 and bare[-1] == "s" and bare[:-1] in _SPEAKER_HEADS


#: Words of a clause, never of a speaker phrase.
_CLAUSE_WORDS = frozenset("is was were are will would could has have had not be if".split())
_SPEAKER_HEADS = ROLE_WORDS | ORG_HEADS | _PRIVATE_PEOPLE | {"people"}
#: Sources a text cites without naming who is behind them ("according to reports", "news
#: broadcasts claim", "an autopsy shows").
_WH_WORD = re.compile(r"(?:how|why|what|where|when|whether|who|which|if)\b")


def _opening_document(sentence: str, end: int) -> tuple[str, int] | None:
    """ "The study", "A 2019 report by the World Bank": a document opening the sentence."""
    found = _OPENING_DOCUMENT.match(sentence, 0, end)
    return (found.group("np"), found.start("np")) if found else None


_OPENING_DOCUMENT = re.compile(
    r"\s{0,3}(?:(?:But|And|Yet)\s{1,3})?(?P<np>(?:[Tt]he|[Aa]n?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?"
    r"(?:study|report|survey|analysis|review|investigation|audit|paper|assessment)"
    r"(?:\s{1,3}by\s{1,3}[^,\x00]{2,80})?)\s{0,3}$"
)
#: A report's description set off after it: ", titled “...”", ", published in August".
_REPORT_DESCRIBED = re.compile(
    r",\s{1,3}(?:titled|entitled|published|released|commissioned|written|prepared|compiled|"
    r"issued)\b"
)
#: Documents whose findings are reported like speech: "Federal records show ...".
_EVIDENCE_HEADS = frozenset("records data figures statistics documents filings".split())
_VAGUE_SOURCES = frozenset("reports broadcasts bulletins autopsy post-mortem".split())


# --------------------------------------------------------------------------- subjects

#: A masked quotation (a run of "\x00") is one boundary: matching its characters one by one
#: gives the same last boundary, a Python loop step per character later.
_CLAUSE_BOUNDARY = re.compile(
    r"(?:[;:—]|\x00+|\s[–]\s|,\s+(?:and|but|while)\s|\s"
    + _word_alternation(
        """that while whereas but because although though who which when where if after before
        as""".split()
    )
    + r"\s)"
)
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:On|In|At|After|Before|When|While|Although|Though|Because|Once|Until|Last|"
    r"Earlier|Later|Meanwhile|However|But|And|"
    r"Also|Still|Yet|So|Speaking|Asked|Separately|Today|Yesterday|Then|Now|Instead|Under|"
    r"During|Despite|Following|Since|As|Like|Unlike|Previously|Overnight|Elsewhere|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Over|Amid|Among|Across|Around|"
    r"Throughout|Ahead|Upon|Within|Without|With|Through|Pressed|Questioned|Interviewed|"
    r"Outside|Inside|Near|Beyond|Behind|Beside|Opposite|"
    r"Reached|Moments|Minutes|Hours|Days|Weeks|Months|Years|Shortly|Soon|[A-Z][a-z]{2,20}ing"
    r"|Back|Home|By"  # "Back in Huancapampa, Quispe said", "By mid-morning, ..."
    # a second adverbial after the first: "In 2011, during a round of talks, the council ...",
    # "In Shoreditch, where queues stretched down Great Eastern Street, Chloe Whitfield said"
    r"|during|after|before|amid|despite|following|in|on|at|under|since|over|with|without|where"
    # after a conjunction: "But last week, ..."
    r"|last|earlier|later|yesterday|today|however|meanwhile)"
    r"\b[^,]{0,100},\s*)"
)
_LEAD_CONJUNCTION = re.compile(r"^(?:But|And|So|Yet|Still|However|Meanwhile|Instead)\b,?\s+")
#: A place's apposition after an opening adverbial: "In Wololele, a village near the crater,
#: residents said".
_PLACE_APPOSITION = re.compile(r"(?:a|an)\s[^,\x00]{3,60},\s*")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_PERIOD_WORDS = frozenset("week month year weekend night spring summer autumn winter".split())
_TRAILING_PERIOD = re.compile(rf"\s+(?:last|this)\s+(?:{'|'.join(sorted(_PERIOD_WORDS))})$")
_TRAILING_FILLER = frozenset(
    """also earlier later previously again repeatedly then had has have was is were would will
    further separately publicly reportedly recently once first later initially began started
    kept""".split()
)


_VERB_LIKE = re.compile(r"[a-z]{3,}ed")
_PARTICIPLE_ADJECTIVES = frozenset(
    """armed retired unnamed unidentified elected based detained injured wounded displaced
    concerned united related named appointed designated alleged self-styled""".split()
)


def _trailing_noun_phrase(words: list[str]) -> list[str]:
    if words and words[-1].lower() in PRONOUNS:
        return words[-1:]
    i = len(words)
    while i > 0:
        word = words[i - 1].strip(",")
        bare = _bare(word)
        if (
            word[:1].isupper()
            or bare in ROLE_WORDS
            or bare in ORG_HEADS
            or bare in ROLE_MODIFIERS
            or (word.lower() in ("the", "a", "an", "of") and i < len(words))
        ):
            i -= 1
        else:
            break
    kept = words[i:]
    while kept and kept[0].lower() == "of":
        kept = kept[1:]
    return kept


_INTERJECTION = re.compile(
    r",\s*(?:and\s+)?(?:who|whose|which|asked|speaking|when|while|visibly|reached|quoted\s+(?:in|by))\b"
    # "which is based in Columbus, Ohio,": a place's state or country goes with it
    r"(?:[^,;\x00]|(?<=\d),(?=\d{3}))"  # "which employed about 38,500 people,"
    r"{0,100}(?:,\s{1,3}[A-Z][a-z.]{1,20}(?:\s{1,3}[A-Z][a-z.]{1,20})?(?=,))?,"
    # an age: "Kowalski, 52, said"; its second comma is left to a clause that follows it
    # ("Holt, 81, who has lived here ..., said")
    # or to an apposition ("Shah, 29, an accountant, said")
    r"|,\s{0,3}\d{1,3}(?:(?=,\s{1,3}(?:who|whose|which|an?)\s)|,)"
    r"|,\s{0,3}[A-Z][a-z]{1,4}\.,"  # a state after a town: "in Golden, Colo., said"
    # "Traders at Kibirizi, however, said": a connective between subject and verb
    r"|,\s{0,3}(?:however|meanwhile|though|too|in\s+turn|for\s+(?:his|her|their|its)\s+part),"
)


_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: A time adverbial opening a sentence without its comma: "Later the coast guard said",
#: "On Monday the ministry said".
_BARE_LEAD = re.compile(
    rf"(?:(?:Later|Earlier|Yesterday|Today|Meanwhile|Separately|Previously|Overnight|Now|"
    rf"{_WEEKDAY_NAMES})"
    rf"|(?:On|Last|This)\s{{1,3}}(?:{_WEEKDAY_NAMES}|week|month|year|morning|evening|night)"
    rf"|On\s{{1,3}}[A-Z][a-z]{{2,8}}\.?\s{{1,3}}\d{{1,2}}"
    rf"|(?:Moments|Minutes|Hours|Days|Weeks|Months|Years)\s{{1,3}}(?:later|earlier)"
    # "Before the vote the senator said": a short phrase, then the subject's own "the"
    rf"|(?:In|At|Before|After|During|Inside|Outside)\s{{1,3}}the\s{{1,3}}[a-z]{{2,20}}"
    rf"(?=\s{{1,3}}the\s))\s{{1,3}}(?=[A-Za-z])"
)
#: Clause boundaries opening a clause that may end at a comma before the speaker ("while"
#: and "although" also join a second report: "while John Cerar, a former commander, said").
_SUBORDINATORS_BEFORE_SUBJECT = frozenset("after before when because if".split())
_UP_TO_COMMA = re.compile(r"[^,\x00]{1,100},\s*(?=\S)")
#: The rest of a participle phrase after a clause boundary: "being behind the deaths, ".
_PARTICIPLE_REST = re.compile(r"[a-z]{2,20}ing\b[^,]{0,100},\s*")

_TOLD_OR_SAID = re.compile(r"\b(?:said|says|told|tells)\b")
#: A clause blanked out of a subject's window (see ``_INTERJECTION``).
_MASKED_RUN = re.compile(r" {8,}")
_FINITE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|did)\b")
#: "in what Dana Whit at the time called": a name as the subject of "what ... called".
_WHAT_NAME_CALLED = re.compile(
    r"\bwhat\s(?P<np>[A-Z][\w’'.-]{1,25}(?:\s[A-Z][\w’'.-]{1,25}){0,2}"
    # "citing what Spain’s Ministry of the Interior called": a body's name with "of the"
    r"|[A-Z][\w’'.-]{1,25}(?:\s[A-Z][\w’'.-]{1,25}){0,3}(?:\s(?:of|for)(?:\sthe)?"
    r"(?:\s[A-Z][\w’'.-]{1,25}){1,3})"
    # "into what one claimant called": an unnamed person
    r"|(?:one|a|an|another|some|many|the)\s(?:[a-z][\w-]{2,20}\s)?"
    r"(?!(?:once|later|then|now|earlier|previously|also|still|at)\b)[a-z][\w-]{2,20}"
    # "found what officials described as": people in the plural need no determiner
    r"|(?:[a-z][\w-]{2,20}\s)?(?!(?:was|has|does|seems|remains|becomes|looks)\b)[a-z][\w-]{2,20}s)"
    r"(?:\s(?:at\sthe\stime|then|once|later|now|earlier|previously))?\s*$"
)


#: When a document came out, between its author and the cue: " published in December".
_DATED_PARTICIPLE = re.compile(
    r"\s(?:published|released|issued)\s(?:in|on|last|this|earlier)(?:\s\w{1,20}){1,2}\s*$"
)


def subject_before(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The noun phrase just before a cue at ``hi`` (the speaker), searched from ``lo``.

    Works on a window of at most 300 characters, so the cost per cue is bounded.
    """
    lo = max(lo, hi - 300)
    segment = text[lo:hi]
    if " published " in segment or " released " in segment or " issued " in segment:
        dated = _DATED_PARTICIPLE.search(text, lo, hi)
        if dated is not None:
            # "A stock assessment by the LVFO published in December found": not December
            hi = dated.start()
            segment = text[lo:hi]
    # string tests before the regexes: most subjects are neither unnamed nor given a name
    nobody = (
        _NOBODY_BEFORE.search(text, lo, hi) if "voice" in segment or "some" in segment else None
    )
    if nobody is not None:
        return nobody.group(), nobody.start()  # "a voice in the crowd shouted": nobody named
    given = _GAVE_NAME_AS.search(text, lo, hi) if " as " in segment or "name" in segment else None
    if given is not None and not text[given.end() : hi].strip(" ,"):
        # "A depositor, who gave her name simply as Mama Chioma, said": the name given
        return given.group("name"), given.start("name")
    window = _INTERJECTION.sub(lambda m: " " * len(m.group()), text[lo:hi])
    # "mailed to 38,412 retirees, the fund said": a number's comma ends no phrase
    window = _THOUSANDS_COMMA.sub(" ", window)
    dateline = _DATELINE_OPENING.match(window)
    if dateline is not None:
        # "FRANKFURT, March 14 (Reuters) - German drugmaker X said": the wire's dateline
        window = " " * dateline.end() + window[dateline.end() :]
    last_word = window.rsplit(None, 1)[-1:] or [""]
    listed = (
        _LISTED_AT_END.search(window)
        if last_word[0][:1].isupper() and " and " in window and ", " in window
        else None
    )
    if (
        listed is not None
        # the list opens the clause ("A spokesman for Ann Lee, Tom Berg and ..." is one)
        and window[: listed.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", ";", "\n", "”", '"')
        and _listed_people(listed.group()) is not None
    ):
        # "Ann Lee, Tom Berg, and Sara Holt said": all of them (the serial comma is no
        # clause's end)
        return listed.group(), lo + listed.start()
    what = _WHAT_NAME_CALLED.search(window) if "what " in window else None
    if what is not None:
        # "in what Dana Whit at the time called": the name between "what" and the cue
        return what.group("np"), lo + what.start("np")
    zero = _ZERO_RELATIVE.search(window)
    if (
        zero is not None
        and _bare(zero.group("noun")) not in ROLE_WORDS | ROLE_MODIFIERS
        # "Police, the army and local residents said", "the day after analysts said"
        and not any(w in _NOT_IN_ZERO_RELATIVE for w in zero.group("np").split())
    ):
        speaker = parse_speaker(zero.group("np"), 0)
        if speaker is not None and (
            speaker.head in ROLE_WORDS
            # "..., a gap the report called “...”"
            or (
                zero.group("np").startswith("the ")
                and (speaker.head in _ISSUED_DOCUMENTS or speaker.head in MEDIA_HEADS)
            )
        ):
            # "..., a move legal experts said was risky": the noun the clause describes
            # ("move") is not the speaker; the people after it are
            return zero.group("np"), lo + zero.start("np")
    cut = 0
    last_boundary: re.Match[str] | None = None
    last_relative: re.Match[str] | None = None
    for match in _CLAUSE_BOUNDARY.finditer(window):
        cut = match.end()
        last_boundary = match
        if match.group().strip(" ,") in ("who", "which"):
            last_relative = match
    after_relative = window[last_relative.end() :].split(" ", 1)[0] if last_relative else ""
    if (
        last_relative is not None
        and last_relative is not last_boundary
        # "A woman who lived nearby told the Times that Gray was calling out:": after a
        # report of its own, the clause at the end has its own subject
        and not _TOLD_OR_SAID.search(window, last_relative.end())
        and (
            _VERB_LIKE.fullmatch(after_relative)
            # "Residents who live near the plant said": a verb of the clause's own
            or (
                last_relative.group().strip(" ,") == "who"
                and after_relative.isalpha()
                and after_relative.islower()
                and after_relative not in PRONOUNS
                and after_relative not in _NP_DETERMINERS
            )
        )
    ):
        # "A woman who identified herself as his cousin told ...": the relative clause's own
        # verb comes first, so the cue after it is the main verb of the noun phrase before
        last_boundary = last_relative
    if last_boundary is not None and last_boundary.group().strip(" ,") in ("who", "which"):
        # "an activist who spoke to aid workers later said", "the State Department, which
        # said": the noun phrase the relative clause hangs on speaks
        relative = _np_before_relative(
            window, last_boundary.start(), last_boundary.group().strip(" ,") == "who"
        )
        if relative is not None:
            return relative[0], lo + relative[1]
    for match in _CUE_NO_READ.finditer(window, cut):
        cut = match.end()
    start = cut
    segment = window[start:]
    for _ in range(3):
        # the conjunction first: "But City Councilman Ana Ruiz, ..." is not an adverbial
        lead = _LEAD_CONJUNCTION.match(segment) or _LEAD_ADVERBIAL.match(segment)
        if not lead and start == cut and cut:
            # "Accusing X as being behind it, the party said": the clause boundary "as" cut
            # into a participle phrase, which ends at its comma
            lead = _PARTICIPLE_REST.match(segment)
            if (
                not lead
                and last_boundary is not None
                and last_boundary.group().strip(" ,") in _SUBORDINATORS_BEFORE_SUBJECT
            ):
                # "Hours after the blast, the mayor said": the clause the boundary opened
                # ends at its comma, and the subject follows
                lead = _UP_TO_COMMA.match(segment)
        if not lead and start == cut:
            lead = _BARE_LEAD.match(segment)
        if (
            not lead
            and start > cut
            and window[:start].endswith(", ")
            and window[:start].rstrip(" ,").rsplit(" ", 1)[-1][:1].isupper()
        ):
            lead = _PLACE_APPOSITION.match(window, start)
            if lead:
                start = lead.end()
                segment = window[start:]
                continue
        if not lead:
            break
        start += lead.end()
        segment = window[start:]
    words = segment.split()
    while words and (
        words[-1].strip(",").lower() in _TRAILING_FILLER
        or (words[-1].endswith("ly") and words[-1].islower())
    ):
        words.pop()
    # "on Monday", "last week" between subject and verb
    while len(words) >= 2 and (
        (words[-2].lower() in ("on", "last", "this") and words[-1][:1].isupper())
        # "A report by the Court of Auditors last year found"
        or (words[-2].lower() in ("last", "this") and words[-1] in _PERIOD_WORDS)
    ):
        words = words[:-2]
    if words and words[-1].lower() in PRONOUNS:
        words = words[-1:]  # "... what he called", "..., she said": the pronoun is the subject
    elif any(
        w.endswith("ed")
        and _VERB_LIKE.fullmatch(w)
        and w not in _PARTICIPLE_ADJECTIVES
        # "A report released last month by X": the document's participle, not a clause
        and not (k and _bare(words[k - 1]) in _AUTHORED_DOCUMENTS and "by" in words[k:])
        for k, w in enumerate(words)
    ):
        # a clause, not a noun phrase: keep its last noun phrase ("... what he")
        words = _trailing_noun_phrase(words)
    words = _drop_place(_after_coordination(words))
    phrase = " ".join(words).strip(" ,")
    if not phrase or not looks_like_speaker(phrase) or words[-1].lower() in ("and", "but", "or"):
        return None
    first, last = phrase.split()[0], phrase.split()[-1]
    begin = _find_whole(window, first, start)
    if begin < 0:
        return phrase, lo + start
    if len(words) == 1:
        # one word kept from the end ("... when he heard what he"): its last occurrence
        while (later := _find_whole(window, first, begin + 1)) >= 0:
            begin = later
        return window[begin : begin + len(first)], lo + begin
    finish = window.rfind(last, begin)
    finish = finish + len(last) if finish >= begin else begin + len(phrase)
    masked = _MASKED_RUN.search(window, begin, finish)
    if masked is not None:
        # "Asked whether the bank had bowed to X, which ..., Wierzbicki was curt": a clause,
        # a blanked-out relative clause, then the subject
        runs = list(_MASKED_RUN.finditer(window, begin, finish))
        tail_at = runs[-1].end()
        tail = window[tail_at:finish]
        if (
            tail
            and looks_like_speaker(tail)
            and _FINITE_VERB.search(window, begin, runs[-1].start())
        ):
            return tail, lo + tail_at
    return window[begin:finish], lo + begin


#: Words that show ", the army and local residents" is a list or a clause, not a noun
#: followed by a relative clause's subject.
_NOT_IN_ZERO_RELATIVE = frozenset(
    "and or but nor after before since when while as until because if than".split()
)
#: ", a move legal experts" before a cue: a noun, then a relative clause without "that".
_ZERO_RELATIVE = re.compile(
    r",\s{1,3}(?:a|an|the)\s{1,3}(?P<noun>[a-z]{3,15})\s{1,3}"
    r"(?P<np>(?:[a-z][\w-]{1,20}\s{1,3}){0,2}[a-z][\w-]{2,20})\s*$"
)
_RELATIVE_NP_WORD = re.compile(r"[\w.’'\-]{1,40}")
_NP_DETERMINERS = frozenset("a an the one some other another several many two three".split())
_PREPOSITIONS = frozenset("outside inside at in on near from of by with behind under".split())
#: Heads that speak without a determiner ("by police who claim ...").
_BARE_NP_HEADS = frozenset(
    """police officials authorities residents witnesses investigators prosecutors
    officers experts analysts activists protesters critics""".split()
)


#: "Dennis Hoffer, " right before an apposition: the name the apposition describes.
_NAME_BEFORE_APPOSITION = re.compile(
    # "Shah, 29, ", whose age may be blanked out
    r"[A-Z][\w’'-]{1,25}(?:\s[A-Z][\w’'-]{1,25}){1,3}(?:,\s\d{1,3}|\s{1,8})?,\s$"
)


#: "One resident, " right before an apposition: the head the apposition describes.
_HEAD_BEFORE_APPOSITION = re.compile(
    r"(?:^|\s)(?P<np>(?:[Oo]ne|[Aa]n?|[Aa]nother)\s[a-z][\w-]{2,20}),\s$"
)


def _np_before_relative(window: str, end: int, who: bool = False) -> tuple[str, int] | None:
    """The noun phrase that ends at ``end`` (before "who" / "which"), when it can speak: from
    its determiner ("a distraught elderly woman"), past one trailing prepositional phrase
    ("... woman outside the bank, who", "a bus driver from Tacoma who"). Before "who" any
    head is a person's ("a retired bus driver"), and a name the phrase is set off from speaks
    ("Dennis Hoffer, a retired bus driver from Tacoma who said")."""
    spans = [m.span() for m in _RELATIVE_NP_WORD.finditer(window, max(0, end - 160), end)]
    for _ in range(2):
        words = [window[a:b] for a, b in spans]
        k = len(words) - 1
        while k >= 0 and len(words) - k <= 7 and words[k].lower() not in _NP_DETERMINERS:
            if (
                words[k].lower() in _PREPOSITIONS
                and k < len(words) - 1
                and all(w[:1].isupper() for w in words[k + 1 :])
                and k >= 2
            ):
                spans = spans[:k]  # "... driver from Tacoma": drop the place
                words = words[:k]
                k = len(words) - 1
                continue
            if words[k].lower() in _NOT_SPEAKER_START or words[k].lower() in _PREPOSITIONS:
                # "killed by police who claim ...": a bare plural or mass noun after the
                # preposition, without a determiner
                bare_np = words[k].lower() in _PREPOSITIONS and k < len(words) - 1
                if bare_np and _bare(words[-1]) in _BARE_NP_HEADS:
                    return window[spans[k + 1][0] : spans[-1][1]], spans[k + 1][0]
                k = -1
                break
            k -= 1
        plural_head = _bare(words[-1]) if words else ""
        if (
            k < 0
            and who
            and 1 <= len(words) <= 3
            # "Residents who gathered ...", "Economists who study pensions say"
            and (
                plural_head in _BARE_NP_HEADS
                or (plural_head in ROLE_WORDS and plural_head.endswith("s"))
                or _plural_of_head(plural_head)
            )
        ):
            # "Residents who gathered ...": a bare plural opens the sentence
            return window[spans[0][0] : spans[-1][1]], spans[0][0]
        if k < 0 or len(words) - k > 7 or k == len(words) - 1:
            return None
        phrase_words = words[k:]
        head = _bare(phrase_words[-1].rstrip("."))
        if (
            head in ROLE_WORDS
            # "a researcher at the University of Cambridge who ...": a body takes "which"
            or (
                phrase_words[-1][:1].isupper()
                and (head in ORG_WORDS or head in ORG_HEADS)
                and not (who and k >= 1 and words[k - 1].lower() in _PREPOSITIONS)
            )
            or (
                who
                and phrase_words[-1].isalpha()
                and phrase_words[-1].islower()
                and head not in ORG_HEADS
                and not (k >= 1 and words[k - 1].lower() in _PREPOSITIONS)
            )
        ):
            start = spans[k][0]
            named = _NAME_BEFORE_APPOSITION.search(window, max(0, start - 60), start)
            if who and named is not None:
                start = named.start()
            head_noun = _HEAD_BEFORE_APPOSITION.search(window, max(0, start - 40), start)
            if who and named is None and head_noun is not None:
                # "One resident, a retired teacher who asked not to be named, told": the
                # resident, whom the apposition describes
                return head_noun.group("np"), head_noun.start("np")
            return window[start : spans[-1][1]], start
        if k >= 1 and words[k - 1].lower() in _PREPOSITIONS:
            spans = spans[: k - 1]  # "a woman outside the bank": drop "outside the bank"
            continue
        return None
    return None


def _after_coordination(words: list[str]) -> list[str]:
    """ "... brought traffic to a standstill and the union ADEDY": the part after the last
    "and" when only that part can name a speaker."""
    lowered = [w.lower() for w in words]
    if "and" not in lowered[1:-1]:
        return words
    index = len(lowered) - 1 - lowered[::-1].index("and")
    left, right = " ".join(words[:index]), " ".join(words[index + 1 :])
    if looks_like_speaker(right) and not looks_like_speaker(left):
        return words[index + 1 :]
    return words


def _drop_place(words: list[str]) -> list[str]:
    """ "the U.S. Geological Survey in Golden": the speaker without where it sits."""
    for index in range(len(words) - 2, 0, -1):
        if words[index] == "in":
            place = words[index + 1 :]
            if len(place) <= 3 and all(w[:1].isupper() for w in place):
                left = words[:index]
                return left if looks_like_speaker(" ".join(left)) else words
            break
    return words


def _wordish(char: str) -> bool:
    return char.isalnum() or char in "_’'"


def _find_whole(window: str, word: str, start: int) -> int:
    """Where ``word`` first stands alone in ``window`` from ``start`` (not inside a longer
    word, apostrophes counting as word characters), or -1; a str.find loop rather than a
    regex compiled per word."""
    index = window.find(word, start)
    while index >= 0:
        after = index + len(word)
        if (index == 0 or not _wordish(window[index - 1])) and (
            after >= len(window) or not _wordish(window[after])
        ):
            return index
        index = window.find(word, index + 1)
    return -1


_LIST_GOES_ON = re.compile(
    r"(?!(?:the|a|an|he|she|they|it|we|i)\b)[a-z][^,;.\x00]{0,80}?\band\s[^,;.\x00]{1,40},\s*"
)


#: A finite verb in the perfect: a clause, not an adverbial.
_PERFECT = re.compile(r"\b(?:has|have|had)\s{1,3}(?:been\s{1,3})?[a-z]{2,20}ed\b")
#: An adverbial without a comma before the subject: "In Parliament the party ...".
_SHORT_LEAD = re.compile(
    r"(?:In|At|Before|Inside|Outside)\s{1,3}(?:[A-Z][\w’'-]{1,30}|the\s{1,3}[a-z]{2,20})"
    r"\s{1,3}(?=(?:the\s{1,3})?[A-Z])"
)


_LONE_DETERMINERS = [["the"], ["a"], ["an"], ["its"], ["his"], ["her"], ["their"]]


#: Verbs without "-ed" that take a person's name as object ("Rescuers found Tom Berg").
_VERBS_BEFORE_NAMES = frozenset(
    """found met saw told left took gave sent hit shot beat caught brought bought sold held
    kept led let made paid put read ran sought taught thought won heard hurt named elect
    appoint visit thank call ask urge meet see tell find""".split()
)


#: A full name set off by commas, then a capitalised subject: "Sarah Lindeman, Senior ...".
_NAME_THEN_SUBJECT = re.compile(
    rf"[{_CAPITALS}][\w’'-]{{1,30}}(?:\s[{_CAPITALS}][\w’'-]{{1,30}}){{1,2}},\s+(?=[{_CAPITALS}])"
)


#: A capitalised subject and its verb, no comma between: "Senior Constable Dempsey said"
#: (not "Oxfam’s director, said": an apposition of the name before).
_TITLED_SUBJECT_THEN_VERB = re.compile(r"(?:[A-Z][\w’'.-]*\s{1,3}){1,5}(?P<verb>[a-z]+)\b(?!,)")


def leading_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The subject at the start of a sentence ("European Union officials desperately ...")."""
    segment = text[start : min(end, start + 300)]
    dateline = _DATELINE_OPENING.match(segment)
    if dateline is not None:
        # "ANCHORAGE, Alaska — Scientists raised ...": the dateline is no subject
        start += dateline.end()
        segment = segment[dateline.end() :]
    for _ in range(3):
        # the conjunction first: "But City Councilman Ana Ruiz, ..." is not an adverbial
        match = _LEAD_CONJUNCTION.match(segment) or _LEAD_ADVERBIAL.match(segment)
        if match is None or _PERFECT.search(match.group()):
            # "In Parliament the party has accused X, claiming ...": no comma after the
            # adverbial (the match, if any, ran into the clause); the adverbial is its first
            # words
            match = _SHORT_LEAD.match(segment) or _BARE_LEAD.match(segment)
        if not match:
            break
        start += match.end()
        segment = segment[match.end() :]
        if _bare(match.group().rstrip(", ").rsplit(None, 1)[-1]) in ROLE_WORDS:
            # "Under questioning from counsel assisting the coroner, Sarah Lindeman, Senior
            # Constable Dempsey said": the role's name set off is the adverbial's
            apposed = _NAME_THEN_SUBJECT.match(segment)
            then = (
                _TITLED_SUBJECT_THEN_VERB.match(segment, apposed.end())
                if apposed is not None
                else None
            )
            # the verb, not "UN envoy to Libya, said": a role, so an apposition again
            if (
                apposed is not None
                and then is not None
                and _bare(then.group("verb")) not in _SPEAKER_HEADS
            ):
                start += apposed.end()
                segment = segment[apposed.end() :]
        # "Over a lunch of crab, white fish soup and sturgeon, Kim toasted ...": a list
        # goes on after the comma, so the adverbial does too
        for _ in range(2):
            listed = _LIST_GOES_ON.match(segment)
            if listed is None:
                break
            start += listed.end()
            segment = segment[listed.end() :]
    start += len(segment) - len(segment.lstrip())
    words: list[str] = []
    tokens = segment.split()[:12]
    for index, word in enumerate(tokens):
        clean = word.rstrip(",")
        bare = _bare(clean)
        if not words and clean.lower() in (
            "the",
            "a",
            "an",
            "another",
            "its",
            "his",
            "her",
            "their",
        ):
            words.append(clean)
            continue
        if all(w.lower() in _APPROXIMATORS for w in words) and (
            clean.lower() in _APPROXIMATORS or (clean.isdigit() and index + 1 < len(tokens))
        ):
            words.append(clean)  # "about 150 workers had gathered": how many, then who
            continue
        if (
            len(words) == 1
            and words[0].lower() in ("a", "an", "another", "one")
            and word.endswith(",")
            and clean.isalpha()
            and clean.islower()
        ):
            # "Another evacuee, 73-year-old Margaret Ellison, has ...": the head before the
            # apposition that names it
            words.append(clean)
            break
        if (
            clean.islower()
            and clean not in _COUNTING_WORDS
            and index + 1 < len(tokens)
            and any(
                _bare(tokens[k].rstrip(",")) in ROLE_WORDS
                or _bare(tokens[k].rstrip(",")) in ORG_HEADS
                # "The shadow education secretary": two describing words after a determiner
                for k in range(
                    index + 1,
                    min(
                        index + (3 if [w.lower() for w in words] in _LONE_DETERMINERS else 2),
                        len(tokens),
                    ),
                )
                if all(t.islower() for t in tokens[index + 1 : k])
            )
        ):
            # "Its medical director", "The pilots’ union": a describing word before the head
            words.append(clean)
            continue
        particle = (  # "Bill de Blasio", "Ursula von der Leyen"
            clean in _PARTICLES
            and words
            and words[-1][:1].isupper()
            and index + 1 < len(tokens)
            and (tokens[index + 1][:1].isupper() or tokens[index + 1] in _PARTICLES)
        )
        named_with_of = (  # "the Communist Party of Greece", "Centre for Disease Control and"
            clean in ("of", "for", "and")
            and words
            and words[-1][:1].isupper()
            and index + 1 < len(tokens)
            and tokens[index + 1][:1].isupper()
        )
        occupation = (  # "Marine biologist Anouk Verhaegen": an occupation before a name
            words
            and clean.isalpha()
            and clean.islower()
            and clean not in _FUNCTION_WORDS
            and clean not in _VERBS_BEFORE_NAMES
            and not clean.endswith(("ed", "s"))  # not "found", "met", "thanks"
            and index + 2 < len(tokens)
            and _is_name_token(tokens[index + 1])
            and _is_name_token(tokens[index + 2].rstrip(","))
        )
        if (
            particle
            or named_with_of
            or occupation
            or clean[:1].isupper()
            or bare in ROLE_WORDS
            or bare in ORG_HEADS
            or bare in ROLE_MODIFIERS
        ):
            words.append(clean)
            if word.endswith(","):
                break
            continue
        break
    phrase = " ".join(words)
    if not phrase or phrase.lower() in ("the", "a", "an") or not looks_like_speaker(phrase):
        return None
    return phrase, start


# --------------------------------------------------------------------------- quotes

_TERM_INTROS = (
    "so-called|dubbed|known as|nicknamed|titled|entitled|named|headlined|the word|the words|"
    "the term|the phrase|the slogan|the hashtag|the book|the film|the movie|the song|the album|"
    "the novel|the show|the series|the play|the documentary|the report|the column|the poem|"
    "the programme|the program|Operation|the campaign|the label|the name|the designation|"
    "register as|registered as|calling itself|calls itself|called itself|under the headline|"
    "the codename|codename|code-named|the code name|nickname|brand name|under the title|"
    "print edition as|subject line"
).split("|")
_TERM_INTRO = re.compile(_word_alternation(_TERM_INTROS) + r"\s*$", re.IGNORECASE)
_OPENING_PREPOSITIONS = frozenset("with in on by for at from as to of into over under".split())
#: Words introducing a gloss or a heading: "a term meaning “...”", "a petition headed “...”".
_GLOSS_INTRO = re.compile(r"\b(?:meaning|which\smeans|translates\sas|translated\sas|headed)\s$")
#: A label stamped on something, in the passive: "files were often marked ‘...’".
_STAMPED_AS = re.compile(
    r"\b(?:is|are|was|were|been|be)\s(?:[a-z]{2,15}\s)?(?:marked|stamped|tagged)\s$"
)
#: A motto set off after its name: "His campaign slogan, “A city where children stay,”".
_MOTTO_BEFORE = re.compile(r"\b(?:slogan|motto|tagline|catchphrase|hashtag)s?\s{0,2},?\s{0,2}$")
#: Naming, not judging: "known in Houston as ‘...’", "what locals call the “...”", "older
#: residents still call “...”".
#: "was called “...”": a passive that is a judgement when its author follows ("by X").
_PASSIVE_CALLED = re.compile(r"\b(?:is|are|was|were|been|be)\s(?:[a-z]{2,15}\s)?called\s$")
_NAMED_AS = re.compile(
    # "known among collectors as the", "known to everyone in the village as"
    r"\b[Kk]nown\s(?:[\w,’'-]{1,20}\s){1,6}as\s(?:the\s)?$"
    # "in what is known as a ‘payroll diversion’ fraud"
    r"|\b[Kk]nown\sas\s(?:a|an)\s$"
    # "The phenomenon is sometimes called “hero arson”"
    r"|\b(?:is|are|was|were|been|be)\s(?:[a-z]{2,15}\s)?"
    r"(?:called|termed|dubbed|named)\s$"
    r"|\breferred\sto\s(?:as|by)\s(?:the\s)?(?:codename\s|code\sname\s|name\s)?$"
    r"|\b(?:nicknamed|dubbed|christened|renamed)\s(?:[\w’']{1,20}\s){1,8}$"
    r"|\b(?:what|which|still|locals|residents|people|many|some|fans|they)\s(?:\w{1,20}\s){0,2}"
    r"call(?:s)?\s(?:it\s|the\s|this\s)?$"
)
#: A quoted word glossed right after it: “foreign agents” - a term which suggests spying.
_GLOSS_NOUN = r"(?:a|the)\s(?:term|word|phrase|label|expression)\b"
_TERM_GLOSS = re.compile(rf"\s{{0,3}}[-–—,(]\s{{0,3}}{_GLOSS_NOUN}")
#: What a short term names where it is used: "hit by “rob”, as tidal floods are known
#: locally" (not "as he was called on to do", "as the score was known to suggest").
_KNOWN_AS_AFTER = re.compile(
    r",\s{1,3}as\s(?:[\w-]{1,20}\s){1,4}(?:is|are|was|were)\s(?:known|called)"
    r"(?!\s(?:on|upon|to|for|in\sto)\b)"
)
#: A short category a thing counts as, or a sham thing: "counts as an ‘extraordinary
#: circumstance’", "bogus ‘processing fees’" (short: not "counted as “the biggest act of theft
#: in this country’s history”", "a sham “designed to keep him in power”").
_SHORT_TERM_BEFORE = re.compile(
    r"\b(?:(?:counts|counted|qualifies|qualified)\sas\s(?:a\s|an\s|the\s)?"
    r"|(?:bogus|sham|fake|phoney|phony|self-styled|self-proclaimed)\s"
    # "returning a verdict of ‘medical misadventure’", "known by the Icelandic term"
    r"|(?:verdict|verdicts|finding|diagnosis|classification)\sof\s"
    r"|the\s[A-Z][a-z]{2,20}\s(?:term|word|phrase|name)\s)$"
)
#: A word the sentence goes on to say is a word or code: "“tamales” was the word the two men
#: used for cash".
_WAS_THE_WORD_AFTER = re.compile(
    r"[,”’\"']{0,2}\s(?:was|is|were|are)\s(?:the|a|their|his|her|its|our)\s(?:[\w-]{1,20}\s)?"
    r"(?:word|words|term|code|codeword|code\sword|name|nickname|euphemism|slang)\s"
    # what it stands for (not "“Disgrace” was the word she used": her word)
    r"(?:(?:[\w’'-]{1,20}\s){0,5}used\s)?for\b"
)
#: A nickname given with a verb of naming and its object: "Newspapers called the thief “the
#: Raincoat Bandit”".
_CALLED_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:dubbed|nicknamed|christened)"
    # (not "The opposition leader called the minister “the Invisible Man”": a judgement)
    r"|\b(?i:newspapers|papers|tabloids|the\spress|media|headline\swriters|locals|residents|"
    r"fans|police|detectives|investigators|neighbou?rs|villagers)\s(?:[\w’'-]{1,20}\s){0,4}"
    r"called)\s(?:the\s[\w-]{2,20}|him|her|them|it)\s$"
)
#: The same gloss after a comma inside the marks: "described as “engine moves,” a term".
_TERM_GLOSS_AFTER_COMMA = re.compile(
    rf"\s{{1,3}}{_GLOSS_NOUN}"
    # (not "“We will not be silenced,” the phrase she used at every rally": her words)
    r"(?!\s(?:he|she|they|we|I|it)\s)"
)
#: What a short quoted word means, set off after it: "“fogging”, the spraying of
#: insecticide", "‘day zero’ — the point at which", "“hilot,” or traditional birth
#: attendants", "‘utalii wa ndani’ (domestic tourism)".
_WORD_EXPLAINED = re.compile(
    r"[”’\"']?\s{0,2}(?:,\s{1,3}(?:or\s{1,3})?(?:a|an|the)\s{1,3}"
    r"|\s[-–—]{1,2}\s{1,3}(?:(?:a|an|the)\s{1,3})?"
    r"|(?P<translated>,[”’\"']?\s{1,3}or\s{1,3}(?:the\s{1,3})?(?=[a-z])"
    r"|\s{1,3}\((?=[a-z][a-z -]{2,40}\))))"
    r"(?:[a-z][\w-]{1,20}\s{1,3}){0,3}[a-z][\w-]{1,20}\b"
)
_FUNCTION_WORDS = frozenset(
    """and or to of in on at for with from by as that which who if when but than is was were
    are be been has have had will would could should may might can it he she they we this
    these those after before because about over under into while since until so not also then
    said says told added according without within against between amid despite during through
    toward towards upon via per nor yet""".split()
)


#: A cue right after a quote's closing mark: “...,” said ...
_CUE_AFTER_QUOTE = re.compile(r"[,.]?\s*(?:" + _CUE_WORDS + r")\b")


#: How a head that introduces speech ends ("he said: “...”").
_SPEECH_BEFORE_QUOTE = (",", ":", "said", "says", "told", "added", "saying", "asked")


#: Verbs whose quoted object is what was uttered, whatever its capitals.
_UTTERED_BEFORE = re.compile(
    r"\b(?:demand|demands|demanded|chant|chants|chanted|chanting|shout|shouts|shouted|"
    r"shouting|yelled|screamed)$"
)


#: "called the report “...”": a judgement of the report, not its title.
_CALLED_SOMETHING = re.compile(
    r"\bcall(?:ed|s|ing)\s{1,3}(?:the|a|an|his|her|its|their|this|that)\s{1,3}[a-z]{2,20}\s{0,3}$"
)
#: A title set off by commas: "A 2021 report, “...,” found", "a report released in June,
#: called “...,” found".
_TITLE_SET_OFF = re.compile(r",\s{1,2}(?:(?:called|titled|entitled|named)\s{1,2})?$")
#: Where a sentence ends: a stop, then a capital or a quotation mark (not an
#: abbreviation's full stop: "Mr. Biden said", "the U.S. ambassador said"), or a line break.
_SENTENCE_ENDS_AHEAD = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bGov)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bGen)(?<!\bCol)(?<!\bSgt)(?<!\bLt)(?<!\bProf)(?<!\bJr)(?<!\.[A-Z])(?<!\bDet)"
    r"(?<!\bSupt)(?<!\bInsp)(?<!\bCapt)(?<!\bCllr)(?<!\bRev)(?<!\bFr)(?<!\bMaj)(?<!\b[A-Z])"
    r"[.!?][”’\"']?\s+(?=[“‘\"'A-Z])|\n"
)


@functools.lru_cache(maxsize=16)  # several rules ask it of the same quote, one after another
def _cue_follows(text: str, position: int, within: int = 300) -> bool:
    """Whether the rest of the sentence after a quote ending at ``position`` (its first
    ``within`` characters) has a cue: not one that introduces the next quote ("and “B,” and
    the crowd chanted “C”"), nor one inside it ("“we were told to smile”")."""
    rest = _rest_of_sentence(text, position)
    if _CUE_NO_READ.search(rest, 0, within + 40) is None:
        return False
    if _OWN_CUE_FIRST.match(rest):
        return True  # "“farce”, she said, “and ...”": a split quote's cue is this one's too
    rest = _DOUBLE_QUOTED.sub(" ", _CUE_BEFORE_A_QUOTE.sub("", rest))
    return _CUE_NO_READ.search(rest, 0, within) is not None


#: A cue right after a quote, a few words of subject before it.
_OWN_CUE_FIRST = re.compile(
    rf"[”’\"']?[,.]?\s{{0,2}}(?:(?!(?:and|while|but|as|when)\b)[\w’'.-]{{1,20}}\s{{1,3}}){{1,5}}"
    rf"(?:{_CUE_WORDS})\b"
)


#: A quotation in double marks, to blank out of a sentence's rest.
_DOUBLE_QUOTED = re.compile(r"“[^”\n]{1,300}”|(?<=\s)\"[^\"\n]{1,300}\"")


#: A cue right before an opening mark: it introduces that quote.
_CUE_BEFORE_A_QUOTE = re.compile(rf"\b(?:{_CUE_WORDS})\s{{0,3}}[:,]?\s{{0,3}}(?=[“‘\"'])")


def _rest_of_sentence(text: str, position: int) -> str:
    """The rest of the sentence from ``position``, at most 300 characters."""
    window = text[position : position + 300]
    end = _SENTENCE_ENDS_AHEAD.search(window)
    return window[: end.start() + 1] if end else window


#: A translation in parentheses right after a quote.
_TRANSLATION_AFTER = re.compile(r"\s{0,2}\([^()\n\x00]{2,200}\)")
_HASHTAG_TRANSLATED = re.compile(r"#\w{2,40}\s{0,2}\(\s{0,2}$")
#: Names of operations and projects: “Operation Lake Guard”.
_NAMED_OPERATION = re.compile(r"(?:Operation|Project|Exercise)\s[A-Z]")
#: The second of two levels, codes or ratings: "reclassified from “endangered” to “...”".
_FROM_ONE_LEVEL = re.compile(r"\bfrom\s{1,3}\x00{2,60}\s{1,3}to\s$")
_TO_ANOTHER_LEVEL = re.compile(r"[”’\"']?\s{1,3}to\s{1,3}[“‘\"']")
#: Between a quoted term and its translation: “Greve hoje” (“Strike today”).
_TRANSLATION_OPENS = re.compile(r"\s{0,2}\(\s{0,2}")
#: Between two quoted terms of a list: “Sunny Meadow”, “Golden Ridge” and “...”.
_TERM_LIST_GOES_ON = re.compile(r"\s{0,2}(?:,|,?\s{1,3}(?:and|or))\s{1,3}")
#: Things that carry words, shared by the patterns below.
_SIGN_NOUNS = (
    r"banners?|signs?|signboards?|placards?|posters?|bedsheets?|bed\ssheets?|"
    r"(?:sheets?|pieces?)\sof\scardboard|billboards?"
)
#: Not "signs of" nor "signs that ..." (but "signs that read").
_NOT_SIGNS_OF = r"\b(?!\s{1,3}(?:of|that\s(?!(?:read|reads|said|says)\b))\b)"
#: What words are written on: a banner, sign or placard (not "signs of", "signs that").
_WRITTEN_THING = (
    "(?i:"
    + _SIGN_NOUNS
    + r"|t-shirts?|graffiti|slogans?|hoardings?|stickers?|inscriptions?)"
    + _NOT_SIGNS_OF
)
#: Things that carry words and may be a sentence's subject: not slogans people shout.
_SIGN_THING = "(?i:" + _SIGN_NOUNS + "|notices?)" + _NOT_SIGNS_OF
#: The thing written on as a noun, not the verb ("will sign the bill"): after a determiner,
#: a number, a possessive or a verb of carrying, with up to two words between, or opening
#: its sentence.
_WRITTEN_THING_NOUN = (
    r"(?:\b(?i:a|an|the|their|his|her|its|one|two|three|several|some|many|\d+|carrying|carried|"
    r"holding|held|waving|waved|hoisted|raised|brandishing|brandished|unfurled|printed|"
    r"painted|erected|displayed|hung|posted|wore|wearing|with|put\sup|[\w-]{1,20}(?:’s|'s))"
    r"\s{1,3}"
    # or opening a clause: "On the picket line on Monday, placards read"
    r"|(?:^|[.;,]\s{1,3}))"
    # (not a verb's words: "who will sign the bill")
    r"(?:(?!(?:who|which|that|will|would|to|can|could|should|must|may|might|did|does|not)\b)"
    r"[\w-]{1,20}\s{1,3}){0,2}" + _WRITTEN_THING
)
#: Words written on a banner, sign or placard: "a banner that read", "signs reading", "A
#: hand-painted sign on the N71 near Muckross yesterday read:", "a banner held by a few
#: pickets proclaimed", "placards with inscriptions such as".
_WRITTEN_ON = re.compile(
    _WRITTEN_THING_NOUN
    # "outside St. Brendan's church": an abbreviation's full stop ends no sentence
    + r"(?:[^.\x00\n]|\b(?:St|Mt|Ft|Dr|No)\.\s){0,80}?"
    r"\b(?:read|reads|reading|proclaimed|proclaiming|such\sas)(?:\ssimply|\sonly)?"
    r"\s{0,2}[:,]?\s{0,2}$"
)
#: Words set off by a colon after what they are written on, that thing opening the clause:
#: "The message on the largest banner was blunt:", "as a handwritten sign taped to the
#: pharmacy counter:" (not "Holding a placard, Ann Lee was blunt:").
_WRITTEN_ON_COLON = re.compile(
    r"(?:^|[.;!?]\s{1,3}|\bas\s)"
    r"(?i:the\s(?:message|words|writing|text)\s(?:on|of)\s)?"
    r"(?i:a|an|the|one|another|its|their|his|her)\s(?:[\w-]{1,20}\s){0,2}"
    + _SIGN_THING
    + r"(?P<between>[^.\x00\n:]{0,60}):\s{0,2}$"
)
#: A sign put up somewhere, then a colon right after where: "Someone had taped a handwritten
#: sign to a utility pole:" (not "who held a placard at the gates, was defiant:").
_SIGN_PUT_UP_COLON = re.compile(
    r"\b(?:taped|posted|put\sup|hung|pinned|stuck|erected|placed|propped|nailed)\s"
    r"(?i:a|an|the|one|another|its|their|his|her)\s(?:[\w-]{1,20}\s){0,2}"
    + _SIGN_THING
    + r"(?:\s(?:up\s)?(?:to|on|outside|above|in|at|by|near|across|over|onto)\s[^,.\x00\n:]{1,40})?"
    r":\s{0,2}$"
)
#: A headline quoted: "ran the headline", "ran the front-page headline", "a single headline:".
_HEADLINE_BEFORE = re.compile(r"\bheadline\s{0,2}(?::\s{0,2})?$", re.IGNORECASE)
#: The next sentence reading out the sign the sentence before named: "She taped a sheet of
#: cardboard to a lamp post. It read: ‘...’".
_IT_READ = re.compile(r"(?:^|[.;]\s{1,3})(?:It|One|Another|another)\s(?:simply\s)?read:?\s{0,2}$")
_WRITTEN_THING_SOMEWHERE = re.compile(_WRITTEN_THING_NOUN)
#: A sign that says something, as the subject of its sentence: "A banner strung between two
#: trucks said" (not "A man holding a sign said").
_SIGN_SAID = re.compile(
    r"(?:^|[.;!?]\s{1,3})(?:A|An|The|One|Another|Their|His|Her|Its)\s(?:[\w-]{1,20}\s){0,2}"
    + _SIGN_THING
    # then where it hangs or nothing ("strung between two trucks"; not "sign language
    # interpreter", "banner year", "signs were there, his mother")
    + r"(?=\s(?:[a-z]{2,20}(?:ed|ing)|strung|hung|held|stuck|left|on|at|in|outside|above|over|"
    r"near|by|from|with|across|along|behind|beside|said|says)\b)"
    r"[^.,\x00\n]{0,80}?\s(?:said|says)\s{0,2}[:,]?\s{0,2}$"
)


#: A written slogan's list going on: "placards reading “Every vote must count” and ".
_WRITTEN_LIST_GOES_ON = re.compile(
    # the earlier slogan may be blanked out (\x00) in the text a quote's head is read from
    r"(?:[“\"‘'][^”\"’']{1,80}[”\"’']|\x00{3,90})"
    # "“Ibalik ang pera ng bayan” (Return the people’s money) and": its translation
    r"(?:\s{1,2}\([^()\n\x00]{1,60}\))?,?\s{1,3}(?:and|or)\s{0,3}$"
)


#: A judgement's verb before "a “...”": "called it a “betrayal”" quotes someone's word.
_CALLING_NEAR = re.compile(
    r"\b(?:call|calls|called|calling|describ\w+|brand\w*|label\w*|term\w*)\b"
)
#: Names a group of people use, not what one of them said: "have taken to calling the
#: lake", "Miners call unstable roof rock", "have long referred to a failing part as".
_HABITUAL_NAMING = re.compile(
    r"\b(?:taken|took|started|begun|began)\sto\scalling\s(?:[\w’'$-]{1,25}\s){0,5}$"
    r"|\bstarted\scalling\s(?:[\w’'$-]{1,25}\s){0,5}$"
    # a group's habit: "Residents have long called the blocks", "Engineers in the industry
    # have long referred to a failing part as" (not "Ms Hale has long called the policy")
    r"|\b(?i:locals|residents|people|villagers|miners|drivers|truckers|fishermen|fishers|keepers|"
    r"staff|fans|traders|regulars|commuters|insiders|engineers|workers|many|some|they)\s"
    r"(?:[\w-]{1,20}\s){0,3}(?:have\s|had\s)?(?:long|still|often|sometimes|commonly|"
    r"informally|affectionately|jokingly|now)\s(?:call|calls|called|refer\sto|referred\sto)\s"
    r"(?:[\w’'$-]{1,25}\s){0,6}(?:simply\s)?(?:as\s)?(?:the\s)?$"
    # "is often described as the “gateway to Europe”", "a defence sometimes described in
    # anti-doping circles as the" (not "has often described the reforms as")
    r"|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(?:often|sometimes|commonly|widely|popularly)\s"
    r"described\s(?:(?:in|among|across|within|around)\s(?:[\w-]{1,20}\s){0,3})?"
    r"as\s(?:the\s|a\s|an\s)?$"
    # set off after the thing named: "Pangolins, sometimes called “...”", "the ward, commonly
    # known as"
    r"|,\s(?:sometimes|often|commonly|informally|popularly|locally|also)\s(?:called|known\sas)\s"
    r"(?:the\s)?$"
    # "Locals called it “the rainbow river.”": a name, "the" and all
    r"|\b(?i:locals|residents|villagers|miners|drivers|fishermen|keepers|staff|fans|regulars|"
    r"commuters|insiders)\s(?:here\s|there\s)?called\s(?:[\w’'$-]{1,25}\s){1,4}(?=$)"
    # "what it calls a", "what the draft calls a": a document's own name for something
    r"|\bwhat\s(?:it|its\s(?:[\w-]{1,20}\s)?[\w-]{1,20}|the\s(?:draft|report|plan|bill|"
    r"documents?|policy|law|filing|contract))\scalls?\s(?:a\s|an\s|the\s)?$"
    r"|\b(?i:locals|residents|people|villagers|miners|drivers|fishermen|fishers|keepers|staff|"
    r"fans|traders|regulars|commuters|insiders|many|they)\s(?:here\s|there\s|locally\s|"
    r"in\sthe\sarea\s)?(?:call|refer\sto)\s(?:[\w’'$-]{1,25}\s){0,8}(?:simply\s)?(?:as\s)?$"
    # "Older farmers in the region were already calling it"
    r"|\b(?i:locals|residents|people|villagers|farmers|miners|drivers|fishermen|staff|fans|"
    r"traders|regulars|commuters|workers|many|some|they)\s(?:[\w-]{1,20}\s){0,3}"
    r"(?:were|are|have\sbeen|had\sbeen)\s(?:already\s|now\s|long\s)?calling\s"
    r"(?:[\w’'$-]{1,25}\s){0,5}$"
    # "The loans, termed “bridge finance”": a name set off after the thing
    r"|,\s(?:termed|dubbed|nicknamed|called)\s$"
)
#: A judgement's author after the quote: "called “biased” by the defence".
_JUDGED_BY_AFTER = re.compile(r"[”’\"']?,?\s{1,3}by\s")
#: An official category or a sales name, not a judgement quoted: "areas designated as",
#: "listed as", "classified", and in the passive "was billed as the" (not "The company
#: marketed the pills as “completely safe”", a claim).
_CLASSED_AS = re.compile(
    r"\b(?:designated|designates|classified|classifies|listed|registered|certified|graded)\s"
    r"(?:[\w’'-]{1,25}\s){0,5}as\s(?:a\s|an\s|the\s)?(?:[\w-]{1,20}\s)?$"
    r"|\b(?:is|are|was|were|been|being)\s(?:[a-z]{2,15}\s)?(?:billed|marketed|promoted|rated)\s"
    r"(?:[\w’'-]{1,25}\s){0,3}as\s(?:a\s|an\s|the\s)?(?:[\w-]{1,20}\s)?$"
    r"|\bclassified\s$"
    # "capsules marketed as “...”": what something is sold as
    r"|\b[a-z]{3,}s\s(?:marketed|sold|billed)\sas\s(?:a\s|an\s|the\s)?$"
)
#: A work or motto named before its title set off by a comma: "a report by the BMA
#: published last month, ‘...’", "an open letter, “...”".
_TITLED_WORK = re.compile(
    r"\b(?:report|memoir|autobiography|biography|cookbook|book|novel|film|documentary|album|"
    r"song|motto|slogan|headline|study|play|poem|series|programme|program|exhibition|podcast|"
    r"campaign|letter|paper|review|audit|survey|assessment|strategy|manifesto|guide|leaflet|"
    r"brochure|booklet|pamphlet|handbook|guidance)\b"
    r"[^,.;:!?\x00]{0,60},$"
)
#: A title followed by what it is: "“The Glass Throne,” a biography of Prince Albrecht",
#: or by its year: "“Interior with Green Door” (1908)".
_WORK_AFTER = re.compile(
    r"[,”\"’']{0,3}\s{1,3}(?:(?:a|an|the|his|her|their|its)\s(?:[\w-]{1,20}\s){0,2}"
    r"(?:biography|memoir|book|novel|film|documentary|report|study|album|song|play|series|"
    r"podcast|exhibition|musical|show|painting|oil|watercolou?r|portrait|sculpture|mural|"
    r"photograph|poem|essay|opera)\b(?![’']s)|\((?:1[5-9]|20)\d\d\))"
)
#: Small words a title leaves in lower case: "Running on Empty", "Salt, Smoke & Snow".
_TITLE_MINOR_WORDS = frozenset(
    "of the and a an in on for to from by with at as or nor but vs de la le du des del & –".split()
)


def _looks_like_title(content: str) -> bool:
    """A title or motto, not a sentence: a few words, most capitalised, no full stop."""
    words = content.strip(" ,").split()
    return (
        0 < len(words) <= 8
        and content.rstrip(" ,")[-1:] not in ".!?"
        and 2 * sum(w[:1].isupper() for w in words) > len(words)
    )


def _title_cased(words: Sequence[str]) -> bool:
    """Every word capitalised but a title's small words: "Cutting Corners: Quality Failures
    in America’s Generic Drug Supply", "Safe Streets 2030"."""
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_MINOR_WORDS for w in words[1:]
        )
    )


_BY_AFTER_QUOTE = re.compile(r"[”’\"']?,?\s{1,3}by\s")
_RELATIVE_AFTER = re.compile(r"\s(?:that|which)\s")
_SPEECH_CUE_BEFORE = re.compile(r"(?:\b(?:said|says|told|added|saying|asked)|[,:])\s*$")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s$")
#: Nouns a quoted name of a level or kind comes before: "the “very high” category".
_LEVEL_NOUNS = frozenset(
    """level levels category categories status zone zones rating ratings list scale phase
    stage mode alert warning label rule principle policy programme program scheme campaign
    approach argument model plan strategy option clause provision""".split()
)
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|its|their|his|her|our|\d+)\s$")
#: Nouns for a kind of thing a quoted name comes before, even in reported speech: "relied on
#: the “two workforces” model", "the “no work, no pay” principle", "its “Know before you go”
#: advice" (fewer than ``_LEVEL_NOUNS``: "a ‘credible’ plan" quotes a judgement).
_KIND_NOUNS = frozenset(
    """model models principle principles strategy strategies policy policies campaign
    campaigns programme programmes program programs scheme schemes doctrine initiative
    formula concept tactic tactics technique framework regime system law rule rules advice
    label category status mode clause provision cartel format""".split()
)
#: A calling verb right before the quote's article: "what she called the", "called it a".
_CALLED_A_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|describ\w+|brand\w*|label\w*|term\w*)\s"
    r"(?:(?:it|them|this|that|the\s\w+|its\s\w+)\s)?(?:a|an|the|its|their|his|her)\s$"
    # "described the plan as a", "saw as a", "dismissed it as the"
    r"|\b(?:describ\w+|brand\w*|label\w*|dismiss\w*|saw|sees|see|characteri[sz]\w+|"
    r"condemn\w*|denounc\w+)\s(?:[\w’'-]{1,20}\s){0,4}as\s(?:a|an|the)\s$"
)
#: Endings of nouns a kind may be named by: the “deactivation” system.
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism)$")
#: Endings of one-word quotes that judge ("a ‘reckless’ policy"): a speaker's word, not a name.
_JUDGING_ENDING = re.compile(
    r"(?:ly|ive|ous|ful|able|ible|less|al|ic|ent|ant|ary|ory|ed|ing|est|er|el|an|ist|upt|air|"
    r"en)$"
)
#: A work named right before its title: "in her book “Crossroads Village: A History”".
_WORK_BEFORE = re.compile(
    r"\b(?:book|novel|memoir|film|documentary|album|song|play|poem|essay|podcast|exhibition|"
    r"musical|opera|collection|report|study|author\sof|director\sof|composer\sof)\s$"
)
_MAKER_OF = ("author", "director", "composer")
#: A name people give something, in a relative clause: "the oak that neighbours have called
#: “the Sentinel”" (a judgement, "a plan that critics called “reckless”", is not a name).
_NAME_CALLED_BEFORE = re.compile(
    r"\b(?:that|which|whom)\s(?:[\w’'-]{1,20}\s){1,3}"
    # a habit (not "the night that his mother called “the Worst Night”": one judgement)
    r"(?:call|calls|(?:have|has|had)\s(?:long\s|always\s|affectionately\s)?called)\s$"
)
#: A short quoted term, for lists of them: "for ‘taxes’, ‘bank charges’ and ‘insurance’".
_LISTED_TERM = r"[“‘\"'][a-z][^”’\"'\n\x00]{0,30}[”’\"']"
_TERMS_LISTED_BEFORE = re.compile(rf"(?:{_LISTED_TERM},?\s{{1,3}}(?:(?:and|or)\s{{1,3}})?){{1,6}}$")
_TERMS_LISTED_AFTER = re.compile(rf"(?:,?\s{{1,3}}(?:(?:and|or)\s{{1,3}})?{_LISTED_TERM}){{1,6}}")
_PREPOSITION_AFTER = re.compile(r"\s{1,3}(?:in|of|on|at|for|from|with|that|which)\b")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][a-z\-]{1,30})\b")


def _written_words(text: str, open_pos: int, recent: str, recent_lower: str) -> bool:
    """Whether a quote opening at ``open_pos`` gives words on a sign, banner or placard
    (``recent``: the end of its head, quotes blanked out)."""
    if not _WRITTEN_HINT.search(recent_lower):
        return bool(
            "read" in recent[-20:]
            and _IT_READ.search(recent)
            and _WRITTEN_THING_SOMEWHERE.search(text, max(0, open_pos - 200), open_pos)
        )
    if (
        _WRITTEN_ON.search(recent)
        or _SIGN_SAID.search(recent)
        or _PAINTED.search(recent)
        or _SIGN_PUT_UP_COLON.search(recent)
    ):
        return True
    colon = _WRITTEN_ON_COLON.search(recent) if recent.rstrip().endswith(":") else None
    # "The message on the largest banner was blunt: “...”" (not "... said:")
    return colon is not None and not _CUE_NO_READ.search(colon.group("between"))


#: Cheap tests for the heads that name, class or give a motto, before their regexes.
_WRITTEN_HINT = re.compile(
    "sign|banner|placard|poster|shirt|graffiti|slogan|sheet|cardboard|billboard|hoarding|"
    "sticker|inscription|painted|scrawled|daubed|carved|etched|stencil"
)
#: Words painted or carved somewhere, given after a colon: "has painted a message on the side
#: of his canoe: “...”" (not "wrote" or "printed": letters and statements are speech).
_PAINTED = re.compile(
    r"\b(?:painted|spray-painted|scrawled|daubed|carved|etched|stencilled|stenciled)\s"
    r"(?:[\w’'-]{1,20}\s){0,3}(?:message|messages|slogan|slogans|words|word|letters|sign|"
    r"signs|graffiti|inscription|warning|plea)\b[^.\x00\n:]{0,60}:\s{0,2}$"
)
_NAMING_HINT = re.compile("call|refer|known|termed|dubbed|nicknamed|described")
_MOTTO_HINT = re.compile("slogan|motto|tagline|catchphrase|hashtag")


def _is_term(text: str, open_pos: int, close_end: int, content: str, head: str) -> bool:
    """Quoted terms and titles: “pelmeni” dumplings, the film “Heat”, a “Blue House” aide."""
    if (
        (_TERM_INTRO.search(head[-40:]) and not _CALLED_SOMETHING.search(head[-60:]))
        or _TERM_GLOSS.match(text, close_end, close_end + 40)
        or (
            text[close_end - 2 : close_end - 1] == ","  # the comma inside the marks
            and _TERM_GLOSS_AFTER_COMMA.match(text, close_end, close_end + 40) is not None
        )
    ):
        return True
    term_words = content.split()
    if (
        0 < len(term_words) <= 3
        and term_words[0].lower() not in _DETERMINERS
        and (
            _KNOWN_AS_AFTER.match(text, close_end, close_end + 60)
            or _SHORT_TERM_BEFORE.search(head[-40:])
        )
    ):
        return True  # "hit by “rob”, as floods are known locally", "bogus ‘processing fees’"
    if 0 < len(term_words) <= 3 and _WAS_THE_WORD_AFTER.match(text, close_end, close_end + 60):
        return True  # "“tamales” was the word the two men used for cash"
    if (
        1 < len(term_words) <= 5
        and term_words[0] == "the"
        and _named_thing(term_words)
        and _CALLED_OBJECT_BEFORE.search(head[-40:])
    ):
        return True  # "called the thief “the Raincoat Bandit”": a nickname
    if (
        _NAMED_OPERATION.match(content)
        and len(content.split()) <= 4
        and _title_cased(content.rstrip(" ,.").split())
    ):
        return True  # “Operation Lake Guard”, the whole quote a name
    # cheap tests on the head before the regexes that scan it (one runs per quote)
    recent = head[-120:]
    recent_lower = recent.lower()
    if (
        " from " in recent
        and (
            _FROM_ONE_LEVEL.search(recent)
            or (
                recent.endswith(" from ")
                and _TO_ANOTHER_LEVEL.match(text, close_end)
                and len(content.split()) <= 4
            )
        )
        # nobody speaks: not "changed their advice from “stay put” to “get out”, the chief said"
        and not _CUE_NO_READ.search(recent_lower)
        and not _cue_follows(text, close_end)
    ):
        return True  # "from “endangered” to “vulnerable”": levels, codes, ratings
    if (
        (_GLOSS_INTRO.search(recent) or _STAMPED_AS.search(recent))
        # not "which means “more pain”, Ann Lee warned", "was marked “with sorrow”, the mayor
        # said", "stamped “urgent” by the clerk"
        and not _OWN_CUE_FIRST.match(text, close_end)
        and not _JUDGED_BY_AFTER.match(text, close_end)
        and content.split()[0].lower() not in _OPENING_PREPOSITIONS
    ):
        return True
    if _written_words(text, open_pos, recent, recent_lower) or (
        "headline" in recent_lower and _HEADLINE_BEFORE.search(recent)
    ):
        return True  # "a banner that read “...”": written words nobody is quoted as saying
    if (
        (_NAMING_HINT.search(recent_lower) and _HABITUAL_NAMING.search(recent))
        or ((" as " in recent or "classified" in recent) and _CLASSED_AS.search(recent))
        or (_MOTTO_HINT.search(recent_lower) and _MOTTO_BEFORE.search(recent))
    ) and not (_CUE_AFTER_QUOTE.match(text, close_end) or _JUDGED_BY_AFTER.match(text, close_end)):
        return True  # "Locals call the bend ‘...’", "areas designated as ‘...’"
    if (
        head[-1:].isspace()
        and _NAMED_AS.search(head[-60:])
        and not (
            _PASSIVE_CALLED.search(head[-60:]) and _BY_AFTER_QUOTE.match(text[close_end - 1 :])
        )
    ):
        return True  # (not "was called “a liar” by the prime minister": a judgement quoted)
    if (
        head.rstrip().endswith(("and", "or"))
        and _WRITTEN_LIST_GOES_ON.search(head[-140:])
        and _WRITTEN_ON.search(_WRITTEN_LIST_GOES_ON.sub("", head[-140:]))
        # not "A banner read “Save our jobs”, and “we stay,” organiser Ann Lee said"
        and not _cue_follows(text, close_end, 60)
    ):
        return True  # placards reading “...” and “...”: the second sign too
    if (
        head.rstrip().endswith(" the")
        and len(content.split()) <= 3
        and _RELATIVE_AFTER.match(text[close_end : close_end + 8])
    ):
        return True  # the “stomach bug” that sweeps through cruise ships: a term
    explained = (
        # "“hilot,” or traditional birth attendants": the comma inside the marks
        _WORD_EXPLAINED.match(text, close_end)
        or (
            _WORD_EXPLAINED.match(text, close_end - 2)
            if text[close_end - 2 : close_end - 1] == ","
            else None
        )
        if len(content.split()) <= 3
        and content[:1].islower()
        and content.rstrip()[-1:] not in "!?."
        else None
    )
    if (
        explained is not None
        and len(content.split()) > 2
        and "(" in explained.group()
        and "-" in explained.group()
    ):
        explained = None  # "a decision “within a day” (twenty-four hours)": a gloss of a phrase
    head_lower = head.lower()
    if (
        explained is not None
        # nobody speaks in the clause: not "The fire was “contained”, the deputy chief of
        # the county fire department, Ana Ruiz, said", nor "Lee called the plan “a disgrace”
        # — a view shared by many"
        and not _cue_follows(text, close_end)
        and not _CALLING_NEAR.search(head_lower[-60:])
        # a translation ("“hilot,” or traditional birth attendants") may be in reported
        # speech; an apposition ("“largely peaceful”, the first such protest") may not
        and (
            explained.group("translated") is not None
            or not (_CUE_NO_READ.search(head_lower) or _REPORT_CUE.search(head_lower))
        )
    ):
        return True  # "“fogging”, the spraying of insecticide ...": a word explained
    words = content.split()
    if not words or len(words) > 14:
        return False
    head_stripped = head.rstrip()
    title_words = content.rstrip(" ,").split()
    if (
        head_stripped.endswith(",")
        and _TITLED_WORK.search(head_stripped, max(0, len(head_stripped) - 80))
        and (_looks_like_title(content) or _title_cased(title_words))
        and not _CUE_AFTER_QUOTE.match(text, close_end)
    ):
        return True  # "whose report, ‘Crowd Dynamics at Riverside Lane’, found": its title
    if (
        _title_cased(title_words)
        and content.rstrip()[-1:] not in "!?."
        and _WORK_AFTER.match(text, close_end)
        and not _cue_follows(text, close_end)
    ):
        return True  # "“The Glass Throne,” a biography of ...": a title opening its sentence
    work = _WORK_BEFORE.search(head[-20:])
    if (
        work is not None
        and _title_cased(content.rstrip(" ,.").split())
        # (after "author of", a cue is the author's: "X, author of ‘...’, argued that")
        and (work.group().startswith(_MAKER_OF) or not _cue_follows(text, close_end))
    ):
        return True  # "in her book “Crossroads Village: A History of Falls Church”"
    if _kind_named(text, close_end, content, head) or _listed_term(
        text, open_pos, close_end, content
    ):
        return True
    if (
        len(words) <= 4
        and _NAME_CALLED_BEFORE.search(head[-60:])
        and _named_thing(words)
        and not _cue_follows(text, close_end)
    ):
        return True  # "the white oak that neighbours have called “the Sentinel”"
    if len(words) > 6:
        return False
    at_start = not head_stripped or head_stripped.endswith((":", "—", "–"))
    if at_start or (
        head_stripped.endswith(_SPEECH_BEFORE_QUOTE)  # a string test before the regex
        and _SPEECH_CUE_BEFORE.search(head_stripped)
    ):
        return False
    if _UTTERED_BEFORE.search(head_stripped, max(0, len(head_stripped) - 12)):
        return False  # a slogan, capitalised or not: people demand “Give Us Our Boats Back”
    after = text[close_end : close_end + 40]
    if _CUE_AFTER_QUOTE.match(after):
        return False
    if content.rstrip()[-1:] in "!?":
        return False
    words = content.rstrip(" .,").split()
    if not words:
        return False
    if all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_MINOR_WORDS for w in words[1:]
    ) and (
        words[0][:1].isupper()
        # "its “2026 Annual Flood Outlook”": a year before a title
        or (words[0].isdigit() and len(words) >= 3)
    ):
        return True  # a name or title in marks: "South Sudan", "Resilient by Design"
    if (
        len(words) == 1
        and _INDEFINITE_BEFORE.search(head[-4:])
        # no cue or judging verb anywhere in the sentence: "The ruling was a “travesty”,
        # Ruiz said", "Critics argue the scheme is a “scam”" quote someone's word
        and not _CUE_NO_READ.search(head_lower)
        and not _CALLING_NEAR.search(head)
        and not _cue_follows(text, close_end)
        and _PREPOSITION_AFTER.match(text, close_end)
    ):
        return True  # "The scroll, a “kakejiku” in ink": a word for a thing
    if (
        len(words) <= 3
        and content[:1].islower()
        and _DETERMINER_BEFORE.search(head[-12:])
        # nobody speaks in the sentence: a scare quote, not someone's word
        and not _CUE_NO_READ.search(head_lower)
        and not _REPORT_CUE.search(head_lower)
        and not _CALLING_NEAR.search(head_lower)
        and not _cue_follows(text, close_end)
    ):
        return True  # "routed through a sham ‘consultancy’ over six years"
    if (
        3 <= len(words) <= 5
        and content[:1].islower()
        and head.endswith((" the ", " a ", " an "))
        and not _CUE_NO_READ.search(head_lower)
        and not _REPORT_CUE.search(head_lower)
        and not _cue_follows(text, close_end)
        and (following := _LOWER_WORD_AFTER.match(after)) is not None
        and following.group(1) in _LEVEL_NOUNS
    ):
        return True  # "the “unhealthy for sensitive groups” level": a name for a level
    if (
        len(words) <= 2
        and not words[-1].endswith("ly")
        and not _CUE_NO_READ.search(head_lower)
        # not "The talks were “going well,” the envoy said"
        and not _OWN_CUE_FIRST.match(text, close_end)
    ):
        following = _LOWER_WORD_AFTER.match(after)
        if (
            following
            and following.group(1) not in _FUNCTION_WORDS
            and not following.group(1).endswith("ly")
        ):
            return True  # modifies the noun after it: “pelmeni” dumplings
    return False


def _kind_named(text: str, close_end: int, content: str, head: str) -> bool:
    """Whether a quote names a kind of thing the noun after it says: "the “two workforces”
    model", "its “Know before you go” advice" (not a judgement: "a ‘reckless’ policy", "the
    “cruel and reckless” policy", "what she called the “bad” rule")."""
    words = content.split()
    # (a capitalised name may be longer: the “If in doubt, sit them out” campaign)
    longest = 7 if words and words[0][:1].isupper() else 5
    if not 0 < len(words) <= longest or content.rstrip()[-1:] in ",.!?":
        return False
    following = _LOWER_WORD_AFTER.match(text, close_end, close_end + 40)
    if following is None or following.group(1) not in _KIND_NOUNS:
        return False
    if _CALLED_A_BEFORE.search(head[-40:].lower()):
        return False  # "what she called the “bad” rule", "called it a “smear” campaign"
    if len(words) == 1:
        # one word names a kind as a compound, a name or a noun: “zero-tolerance”, “Boost”,
        # the “deactivation” system (not "a “smear” campaign", "a “cruel” policy", "a
        # “short-sighted” policy")
        word = words[0]
        return (
            ("-" in word and not _JUDGING_ENDING.search(word.rsplit("-", 1)[-1].lower()))
            or word[:1].isupper()
            or _NOUN_ENDING.search(word.lower()) is not None
        )
    if words[0].lower() in ("the", "a", "an"):
        return False  # "the wrong", "a stupid": part of a judgement
    judged = [w for w in words if w.lower() not in ("and", "or")]
    # "illegal and immoral", "coordinated and sinister": judging words only
    return not all(_JUDGING_ENDING.search(w.lower().strip(",")) for w in judged)


def _listed_term(text: str, open_pos: int, close_end: int, content: str) -> bool:
    """Whether a quote is one of three or more short quoted terms in a list: "demands for
    ‘taxes’, ‘bank charges’ and ‘insurance’" (not chanted words: "chanting ‘out’, ‘out’")."""
    words = content.split()
    if not 0 < len(words) <= 3 or not content[:1].islower() or content.rstrip()[-1:] in "!?.":
        return False
    before = _TERMS_LISTED_BEFORE.search(text, max(0, open_pos - 150), open_pos)
    after = _TERMS_LISTED_AFTER.match(text, close_end, close_end + 150)
    listed_before = len(_LISTED_TERM_AT.findall(before.group())) if before else 0
    listed_after = len(_LISTED_TERM_AT.findall(after.group())) if after else 0
    if listed_before + listed_after < 2:
        return False
    start = before.start() if before else open_pos
    lead = text[max(0, start - 60) : start]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1 :]  # the clause before the list
    # not words someone said, judged or shouted: "called the protesters “thugs”, “criminals”
    # and “cowards”", "said the deal was ‘fair’, ‘balanced’ and ‘final’"
    lowered = lead.lower()
    cues = [*_CUE_NO_READ.finditer(lowered), *_REPORT_CUE.finditer(lowered)]
    return not (
        any(
            # a cue as a verb (not "further demands for ‘taxes’", "asked for ‘fees’")
            not _NOUN_BEFORE_CUE.search(lowered, max(0, cue.start() - 12), cue.start())
            and not (lowered.startswith(" for ", cue.end()) and cue.group() in _REQUEST_VERBS)
            for cue in cues
        )
        or _CALLING_NEAR.search(lowered)
        or _CHANTED_NEAR.search(lowered)
    )


#: One listed term, to count them.
_LISTED_TERM_AT = re.compile(_LISTED_TERM)
#: Verbs that ask for what follows "for": "asked for ‘fees’" (not "argued for “fairness”").
_REQUEST_VERBS = frozenset("asked asks ask demanded demands demand called calls appealed".split())
#: Words before a cue word that make it a noun: "further demands", "the claims".
_NOUN_BEFORE_CUE = re.compile(r"\b(?:the|a|an|further|new|more|their|his|her|its|such)\s+$")
#: Verbs of shouting, chanting and singing: a list after them is what people shouted.
_CHANTED_NEAR = re.compile(
    r"\b(?:chant\w*|shout\w*|yell(?:s|ed|ing)?|scream\w*|sang|sing(?:s|ing)?|"
    r"cr(?:y|ied|ies|ying)|roar\w*|jeer\w*|boo(?:s|ed|ing)?|heckl\w*|repeat\w*|"
    r"call(?:s|ed|ing)?\sout)\b"
)


def _named_thing(words: Sequence[str]) -> bool:
    """A name in marks: "the Sentinel", "Old Smoky" (capitalised after an optional "the")."""
    named = words[1:] if words[0].lower() == "the" else words
    return bool(named) and all(w[:1].isupper() for w in named)


# --------------------------------------------------------------------------- analysis


class _Masker:
    """Text windows with other quotations blanked out, so cue search skips quoted words."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.spans = list(spans)
        self.starts = [s for s, _ in self.spans]
        # Sorted, disjoint spans (the usual case): blank them once, then slice.
        self.masked: str | None = None
        pieces: list[str] = []
        previous_start = previous_end = 0
        for s, e in self.spans:
            if s < previous_start or s < previous_end:
                return  # overlapping or unsorted: mask window by window
            previous_start = s
            if e > s:
                end = min(e, len(text))
                pieces.append(text[previous_end:s])
                pieces.append("\x00" * max(0, end - s))
                previous_end = max(end, s)
        pieces.append(text[previous_end:])
        self.masked = "".join(pieces)

    def window(self, lo: int, hi: int, keep: tuple[int, int] | None = None) -> str:
        if self.masked is not None and keep is None:
            return self.masked[lo:hi] if hi - lo < 4000 else self.masked[lo : lo + 4000]
        chunk = list(self.text[lo:hi]) if hi - lo < 4000 else list(self.text[lo : lo + 4000])
        index = max(bisect_right(self.starts, lo) - 1, 0)
        while index < len(self.spans) and self.spans[index][0] < hi:
            s, e = self.spans[index]
            if (s, e) != keep and e > lo:
                for k in range(max(s, lo) - lo, min(e, hi) - lo):
                    if k < len(chunk):
                        chunk[k] = "\x00"
            index += 1
        return "".join(chunk)


#: Verbs of judgement that, in the passive, name the one judged, not the one judging.
_JUDGEMENTS = frozenset(
    """hailed branded slammed dismissed labelled labeled called described condemned denounced
    criticised criticized praised""".split()
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s{1,3}(?:[a-z]{2,15}ly\s{1,3})?$"
)
#: How a subject spoke, before a colon: "Wierzbicki was curt:".
_MANNER_COLON = re.compile(
    r"\s(?:was|were|is|are|sounded|seemed|remained)\s(?:more\s|less\s|equally\s|even\s)?"
    r"(?P<adj>curt|blunt|defiant|clear|adamant|emphatic|firm|unequivocal|upbeat|cautious|"
    r"candid|direct|frank|brief|scathing|dismissive|unapologetic|philosophical|optimistic|"
    r"forthright|succinct|unrepentant|unmoved)\s*:\s*$"
)
#: A way of speaking before a colon: "X put it bluntly: “...”", "X spoke in a video
#: message: “...”", "X had a simple message: “...”".
_SPEECH_ACT_COLON = re.compile(
    r"\s(?P<adj>(?:put|puts)\sit(?:\s[a-z]{2,15}){0,2}|(?:summed|sums)\s(?:it\s)?up"
    r"|(?:spoke|speaks)(?!\svolumes)(?:\s[^\s:\x00.;]{1,30}){0,12}"
    r"|(?:had|has)\s(?:a|one|this)\s(?:[a-z]{2,15}\s)?(?:message|warning|answer|reply|advice)"
    r"(?:\s(?:for|to)\s[^:\x00.;]{1,40})?)"
    r"\s*:\s*$"
)
#: A passive judgement: "was described by the trial judge as ‘...’".
_DESCRIBED_BY = re.compile(
    r"\b(?:was|were|been|is|are|being)\s(?P<verb>described|called|branded|labelled|labeled|"
    r"hailed|denounced|condemned|criticised|criticized)\s(?:[a-z]{2,15}\s)?by\s"
    r"(?P<np>[^,.;:\x00]{2,60}?)\s(?:as\s)?$"
)


#: "in the words of one organizer," before a quote: whose words they are.
_IN_THE_WORDS_OF = re.compile(r"\b[Ii]n\s(?:the\s)?words\sof\s(?P<np>[^,\x00:;]{2,80}),")
#: The phrase after "according to", up to a comma or a quote.
_ACCORDING_PHRASE = re.compile(r"\s*([^,\x00:;]{2,100})")
#: "quoted by Reuters as" right before the cue "saying".
_QUOTED_AS_BEFORE = re.compile(r"\bquoted\s+([^\x00]{2,80}?)\s+as\s*$")
#: "The letter read:": the phrase a colon ends.
_BEFORE_COLON = re.compile(r"([^.!?\x00]{2,120}):\s*$")


def _find_head_speaker(
    masked_head: str, base: int, text: str, whole_sentence: bool = True
) -> Mention | None:
    """Speaker and cue before a quote: "X said “Q”", "according to X, “Q”", "X: “Q”".

    ``whole_sentence`` is False when the head was cut from a long sentence: its first
    words are then not the sentence's subject.
    """
    manner = _MANNER_COLON.search(masked_head, max(0, len(masked_head) - 60))
    if manner is None and masked_head.rstrip().endswith(":"):
        manner = _SPEECH_ACT_COLON.search(masked_head, max(0, len(masked_head) - 140))
    if manner is not None:
        # "Wierzbicki was curt: “...”": the subject, in that manner
        subject = subject_before(masked_head, 0, manner.start())
        if subject is not None and _RELATIVE_BEFORE.search(masked_head, 0, subject[1]):
            # "Linda Coley, a Democrat who sits on the committee, put it bluntly:": the
            # sentence's subject, not the relative clause's words
            lead = leading_subject(masked_head, 0, manner.start()) if whole_sentence else None
            subject = _named_in_apposition(masked_head, lead, manner.start()) if lead else None
        speaker = parse_speaker(subject[0], base + subject[1]) if subject else None
        if (
            speaker is not None
            and looks_like_speaker(speaker.phrase)
            # not "The company's position was clear:": a person or body, not a thing
            and (
                speaker.kind in ("person", "organisation", "group")
                or (speaker.kind == "description" and speaker.head in ROLE_WORDS)
                # "he put it more bluntly:", not "it was clear:"
                or (speaker.kind == "pronoun" and manner.re is _SPEECH_ACT_COLON)
            )
        ):
            return Mention(
                speaker,
                manner.group("adj"),
                base + manner.start("adj"),
                base + manner.end("adj"),
                "explicit",
            )
    citing = _CITING_END.search(masked_head, max(0, len(masked_head) - 12))
    if citing is not None and whole_sentence:
        # "K-Dot pulled out of a festival citing “logistical issues”": the subject's words
        lead = leading_subject(masked_head, 0, citing.start())
        if lead is not None:
            phrase, start = _named_in_apposition(masked_head, lead, citing.start())
            speaker = parse_speaker(phrase, base + start)
            if speaker is not None and looks_like_speaker(speaker.phrase):
                cue_start, cue_end = base + citing.start(), base + citing.start() + 6
                return Mention(speaker, "citing", cue_start, cue_end, "explicit")
    by = _DESCRIBED_BY.search(masked_head, max(0, len(masked_head) - 120))
    if by is not None:
        # "was described by the trial judge as ‘cold’": the describer's words
        speaker = parse_speaker(by.group("np"), base + by.start("np"))
        if speaker is not None and looks_like_speaker(speaker.phrase):
            return Mention(
                speaker,
                by.group("verb"),
                base + by.start("verb"),
                base + by.end("verb"),
                "explicit",
            )
    words_of = (
        _IN_THE_WORDS_OF.search(masked_head, max(0, len(masked_head) - 200))
        if "words of" in masked_head
        else None
    )
    if words_of is not None and not _CUE_NO_READ.search(masked_head, words_of.end()):
        # "a company that, in the words of one organizer, is “...”": that person's words
        speaker = parse_speaker(words_of.group("np"), base + words_of.start("np"))
        if speaker is not None and looks_like_speaker(speaker.phrase):
            cue_start = base + words_of.start()
            return Mention(speaker, "in the words of", cue_start, cue_start + 15, "explicit")
    last = None
    for match in _CUE_NO_READ.finditer(masked_head):
        if match.group().lower() in _JUDGEMENTS and _PASSIVE_BEFORE.search(
            masked_head, max(0, match.start() - 25), match.start()
        ):
            continue  # "was hailed as “a hero”": the one judged did not say it
        if _POSSESSIVE_BEFORE.search(masked_head, max(0, match.start() - 4), match.start()):
            continue  # "a YouTuber’s claims left her": a noun, not a cue
        last = match
    if last is not None:
        cue = last.group()
        cue_start = base + last.start()
        if cue.lower() == "according to":
            cue = "according to"
            rest = masked_head[last.end() :]
            np = _ACCORDING_PHRASE.match(rest)
            if np:
                speaker = parse_speaker(np.group(1), base + last.end() + np.start(1))
                if speaker and looks_like_speaker(speaker.phrase):
                    return Mention(speaker, cue, cue_start, base + last.end(), "explicit")
            return None
        before = masked_head[: last.start()]
        quoted = _QUOTED_AS_BEFORE.search(before) if cue == "saying" else None
        if quoted:
            passive = _QUOTED_BY.search(before, 0, quoted.end())
            if passive is not None:
                # "He was quoted by Reuters as saying “Q”": the subject, not the outlet
                found = subject_before(masked_head, 0, passive.start())
                speaker = parse_speaker(found[0], base + found[1]) if found else None
            else:
                speaker = parse_speaker(quoted.group(1), base + quoted.start(1))
            return Mention(speaker, "quoted as saying", cue_start, base + last.end(), "explicit")
        if cue.endswith("ing") and before.rstrip().endswith(","):
            # "..., saying “Q”": the subject of the sentence speaks
            subject = leading_subject(masked_head, 0, last.start()) if whole_sentence else None
            subject = _with_apposed_name(masked_head, subject)
        else:
            subject = subject_before(masked_head, 0, last.start())
            if subject is None and whole_sentence:
                if cue.endswith("ing") or _ends_with_conjunction(before):
                    subject = leading_subject(masked_head, 0, last.start())
                elif "that" in masked_head or "which" in masked_head or "who" in masked_head:
                    # "Skyway, a carrier that began flying in 2019, said": the sentence's
                    # subject, before an apposition with a relative clause
                    lead = leading_subject(masked_head, 0, last.start())
                    between = masked_head[lead[1] + len(lead[0]) : last.start()] if lead else ""
                    if lead is not None and _SET_OFF.fullmatch(between):
                        subject = lead
        if subject is None:
            return Mention(None, cue, cue_start, base + last.end(), "explicit")
        speaker = parse_speaker(subject[0], base + subject[1])
        return Mention(speaker, cue, cue_start, base + last.end(), "explicit")
    accused = _ACCUSED_OF.search(masked_head) if "accus" in masked_head else None
    if accused is not None and _PASSIVE_ACCUSED.search(masked_head, 0, accused.end("verb")):
        accused = None  # "The firm was accused by Ruiz of “...”": not the firm's words
    if accused is not None and whole_sentence:
        # "X accused the government of “sleepwalking into chaos”": the accuser's words
        found = leading_subject(masked_head, 0, accused.start())
        if found is not None:
            phrase, start = _named_in_apposition(masked_head, found, accused.start())
            speaker = parse_speaker(phrase, base + start)
            cue_start = base + accused.start("verb")
            cue_end = base + accused.end("verb")
            return Mention(speaker, accused.group("verb"), cue_start, cue_end, "explicit")
    # a string test first: the regex would try up to 120 characters at every position
    colon = _BEFORE_COLON.search(masked_head) if masked_head.rstrip().endswith(":") else None
    if colon:
        # "The letter read: “...”": the cue ends the phrase
        phrase = _CUE_BEFORE_COLON.sub("", colon.group(1).strip())
        if looks_like_speaker(phrase) and len(phrase.split()) <= 10:
            speaker = parse_speaker(phrase, base + colon.start(1))
            return Mention(speaker, ":", base + colon.end(1), base + colon.end(1) + 1, "explicit")
    return None


_POSSESSIVE_BEFORE = re.compile(r"\w(?:’s|'s|s’|s')\s$")
#: "citing" right before a quote.
_CITING_END = re.compile(r"\bciting\s+$")
#: "a group of residents": a group of people, not a body named "... Group".
_GROUP_OF_PEOPLE = re.compile(r"\bgroups?\sof\s[a-z]")
#: How far back (characters) a force named by the text stands for a bare "police".
_NEAR_FORCE = 1500
#: A relative pronoun right before a phrase: the phrase is the relative clause's.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+$")
#: A phrase set off by commas between a subject and its cue: ", a carrier that began ...,".
_SET_OFF = re.compile(r",\s(?:an?|the)\s[^,\x00]{2,80}\s(?:that|which|who)\s[^,\x00]{2,100},\s*")
_ENDING_CONJUNCTION = re.compile(r"\b(?:but|and)\s*$")
_CUE_BEFORE_COLON = re.compile(r"\s(?:read|reads|reading)$")
_PASSIVE_ACCUSED = re.compile(r"\b(?:was|were|is|are|been|being)\s{1,3}accused$")
#: "accused the government of “...”": the quoted charge is the accuser's words.
_ACCUSED_OF = re.compile(
    r"\b(?P<verb>accused|accuses)\s[^\x00.;]{1,80}?\sof"
    r"(?:\s[a-z]{2,20}ing(?:\s[a-z]{1,15}){0,3})?\s{0,3}$"  # "of propping up “...”"
)
#: A sentence opened by a participle of speech: "Describing the camp as “very insecure”,
#: Isaacs ...", "Saying the port was “safe again,” officials ...".
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?P<word>Describing|Calling|Saying|Warning|Insisting|Vowing|Promising|Accusing|"
    r"Branding|Dubbing|Labelling|Labeling|Terming|Praising|Denouncing|Condemning|Criticising|"
    r"Criticizing|Citing|Quoting|Stressing|Urging|Pledging|Declaring)\b"
)


def _opener_subject(text: str, tail: str, close_end: int) -> Speaker | None:
    """The subject after an opening participle phrase that holds a quote: right after the
    quote when the quote took the phrase's comma ("“safe again,” officials"), else after the
    phrase's next comma ("“very insecure” area, Isaacs")."""
    if text[max(0, close_end - 2) : close_end - 1] == ",":
        start = 0
    else:
        comma = tail.find(",", 0, 100)
        if comma < 0 or "\x00" in tail[:comma]:
            return None
        start = comma + 1
    subject = leading_subject(tail, start, len(tail))
    if subject is None or not looks_like_speaker(subject[0]):
        return None
    return parse_speaker(subject[0], close_end + subject[1])


def _ends_with_conjunction(text: str) -> bool:
    """Whether the text ends with "but" or "and" ("... and said"); a string test first, as
    the regex would try every position of a long sentence."""
    return text.rstrip().endswith(("but", "and")) and _ENDING_CONJUNCTION.search(text) is not None


_INVERTED_STOP = re.compile(
    r"[;\x00]|[.!?](?=\s|$)|,\s*(?:adding|saying|noting|who|whose|which|when|as|in|at|on|last|after|before)\b|"
    r",\s*(?=[a-z]{2,20}ing\s)|"  # ", standing beside a banner": a participle phrase
    r"\s+(?:to|who|which)\s+(?=(?:the\s+)?[A-Za-z])|"
    r"\s+(?:in|on|at|during|after|before|when|as)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w’'-]{1,20}\s+){0,3}?(?:statement|interview|briefing|speech|release|conference|news)"
)


_STOP_MARK = re.compile(r"[.;!?\x00]")
_LAST_WORD = re.compile(r"(\w+)$")


def _inverted_phrase(after_cue: str) -> str:
    """The speaker after an inverted cue ("said Ms. Gray, a teacher."), to its natural end."""
    given = (
        _GAVE_NAME_AS.search(after_cue, 0, 160)
        if " as " in after_cue[:160] or " name" in after_cue[:160]
        else None
    )
    if (
        given is not None
        and not _STOP_MARK.search(after_cue[: given.start()])
        and not _INVERTED_STOP.search(after_cue, 0, given.start())
    ):
        return after_cue[: given.end("name")]  # "said a trader who gave his name as Yohane"
    for stop in _INVERTED_STOP.finditer(after_cue):
        if stop.group() == ".":
            word = _LAST_WORD.search(after_cue[: stop.start()])
            if word and (word.group(1).lower() in HONORIFICS or len(word.group(1)) == 1):
                continue  # "Ms." or an initial, not a full stop
        return after_cue[: stop.start()].strip(" ,")
    return after_cue.strip(" ,")


_PASSIVE_AUXILIARY = re.compile(r"\s(?:was|is|were|are|has been|had been)\s{0,3}$")
#: The passive "was quoted by Reuters (as saying)": the subject is who spoke.
_QUOTED_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s{1,3}quoted\s{1,3}(?:by|in)\s")
_QUOTED_AS_END = re.compile(r"\bquoted\s+([^\x00,;]{2,80}?)\s+as\s*$")
_TAIL_DASH = re.compile(r"^[\s,.!?]*[-–—]+\s*([A-Z][^\x00.;]{1,100})")
_TAIL_DOCUMENT_READ = re.compile(
    r"^[\s,]*((?:the|a|its|his|her|their)\s(?:statement|letter|note|message|post|notice))"
    r"\s(?:read|reads)\b"
)
_TAIL_ACCORDING = re.compile(r"^\W{0,3}\s*according to\s+([^,\x00.;]{2,100})")
#: The phrase after a cue, up to a comma or full stop.
_PHRASE_AFTER_CUE = re.compile(r"\s*([^,\x00.;]{2,100})")
#: "“...” read the statement.": the document that reads so.
_DOCUMENT_AFTER_READ = re.compile(r"\s*(the\s+[\w\s]{2,40}?)\s*[.\x00]")


def _find_tail_speaker(masked_tail: str, base: int) -> Mention | None:
    """Speaker and cue after a quote: "“Q,” X said", "“Q,” said X, a title of Y", "“Q” -X"."""
    dash = _TAIL_DASH.match(masked_tail)
    if dash and looks_like_speaker(dash.group(1)):
        speaker = parse_speaker(dash.group(1), base + dash.start(1))
        return Mention(speaker, "—", base + dash.start(), base + dash.start(1), "explicit")
    document = _TAIL_DOCUMENT_READ.match(masked_tail)
    if document:
        # "“...,” the statement read": whoever issued the statement (resolved later)
        speaker = parse_speaker(document.group(1), base + document.start(1))
        return Mention(speaker, "read", base + document.end(1), base + document.end(), "explicit")
    according = _TAIL_ACCORDING.match(masked_tail)
    if according:
        speaker = parse_speaker(according.group(1), base + according.start(1))
        return Mention(
            speaker, "according to", base + according.start(), base + according.start(1), "explicit"
        )
    match = _CUE.search(masked_tail[:300])
    if match is None:
        return None
    cue, cue_start, cue_end = match.group(), match.start(), match.end()
    before = masked_tail[:cue_start]
    if cue == "according to":
        np = _PHRASE_AFTER_CUE.match(masked_tail[cue_end:])
        if np:
            speaker = parse_speaker(np.group(1), base + cue_end + np.start(1))
            return Mention(speaker, cue, base + cue_start, base + cue_end, "explicit")
        return None
    if not before.strip(" ,.!?\x00—–-\n"):
        # inverted: "said X, a title of Y"
        after_cue = masked_tail[cue_end : cue_end + 200]
        phrase = _inverted_phrase(after_cue)
        given = _GAVE_NAME_AS.search(phrase) if " as " in phrase or "name" in phrase else None
        if (
            phrase
            and (
                looks_like_speaker(phrase)
                # "said the woman, who asked to be identified only as Claire"
                or (given is not None and not phrase[given.end() :].strip(" ,."))
            )
        ):
            offset = after_cue.find(phrase)
            speaker = parse_speaker(phrase, base + cue_end + offset)
            return Mention(speaker, cue, base + cue_start, base + cue_end, "explicit")
        if cue == "read":
            np2 = _DOCUMENT_AFTER_READ.match(masked_tail[cue_end:])
            if np2:
                speaker = parse_speaker(np2.group(1), base + cue_end + np2.start(1))
                return Mention(speaker, cue, base + cue_start, base + cue_end, "explicit")
        return None
    if cue == "read":
        return None
    if cue == "quoted as saying":
        before = _PASSIVE_AUXILIARY.sub("", before)  # "“Q,” he was quoted as saying"
    quoted = _QUOTED_AS_END.search(before) if cue == "saying" else None
    if quoted is not None:
        # "“Q,” the Daily News quoted witness Ana Ruiz as saying": the person quoted speaks
        speaker = parse_speaker(quoted.group(1), base + quoted.start(1))
        return Mention(speaker, "quoted as saying", base + cue_start, base + cue_end, "explicit")
    inverted = _inverted_after_apposition(masked_tail, before, cue_end, base)
    if inverted is not None:
        return Mention(inverted, cue, base + cue_start, base + cue_end, "explicit")
    stripped = before.strip(" ,\x00")
    lead = before.find(stripped) if stripped else 0
    candidate = stripped
    offset = lead
    if not looks_like_speaker(candidate):
        comma = before.rstrip(" ,").rfind(",")
        if comma < 0:
            return None
        candidate = before[comma + 1 :].strip()
        offset = before.find(candidate, comma)
    words = candidate.split()
    while words and (
        words[-1].lower() in _TRAILING_FILLER or (words[-1].endswith("ly") and words[-1].islower())
    ):
        words.pop()
    candidate = " ".join(words).strip(" ,")
    if not candidate or not looks_like_speaker(candidate):
        return None
    speaker = parse_speaker(candidate, base + offset)
    return Mention(speaker, cue, base + cue_start, base + cue_end, "explicit")


#: ", the capital, " between a quote and its inverted cue.
_COMMA_PHRASE = re.compile(r"\s{0,3},?\s{0,3}[^,\x00]{2,80},\s{0,3}")


def _inverted_after_apposition(
    masked_tail: str, before: str, cue_end: int, base: int
) -> Speaker | None:
    """ "“Q,” the capital, said one of the leaders, Ana Ruiz": a phrase set off by commas
    between the quote and an inverted cue explains something in the quote; the speaker is
    the named person after the cue. Only when the phrase before names no person."""
    if not _COMMA_PHRASE.fullmatch(before):
        return None
    phrase = _inverted_phrase(masked_tail[cue_end : cue_end + 200])
    if not phrase or not looks_like_speaker(phrase):
        return None
    after = parse_speaker(phrase, base + cue_end + masked_tail[cue_end:].find(phrase))
    if after is None or after.kind != "person" or not after.person:
        return None
    apposition = parse_speaker(before.strip(" ,"), 0)
    if apposition is not None and apposition.kind == "person":
        return None  # "“Q,” Ana Ruiz, the mayor, said Tuesday": the speaker comes first
    return after


#: A line that only says who spoke the quote that ended the line before: "Williams, a critic
#: of the policy, said before the commissioner arrived." (no clause of its own).
_SPEAKER_LINE = re.compile(
    r"\s{0,3}(?P<np>[A-Z][^\x00“”\"‘’.!?;:]{1,150}?),?\s{1,3}(?:also\s{1,3})?"
    r"(?P<cue>said|says|added|adds|wrote|writes|explained|continued|recalled)\b"
    r"(?P<rest>[^\x00“”\"]{0,160}?)\s{0,3}[.!]?\s{0,3}"
)
_SUBORDINATE_START = re.compile(r"\s{1,3}(?:before|after|when|while|as|during|following)\b")


def _speaker_line(line: str, base: int) -> Mention | None:
    """The speaker of a quote that closes its line, from the next line when that line only
    names who spoke (the sentence is its own line, as in texts with one sentence per line)."""
    match = _SPEAKER_LINE.fullmatch(line)
    if match is None:
        return None
    rest = match.group("rest")
    if rest.strip() and not (
        _SUBORDINATE_START.match(rest) or _only_adverbials(rest, match.group("cue"))
    ):
        return None  # "Williams said the city was calm": a statement of its own
    phrase = match.group("np")
    if not looks_like_speaker(phrase):
        return None
    speaker = parse_speaker(phrase, base + match.start("np"))
    if speaker is None or speaker.kind == "unknown":
        return None
    return Mention(
        speaker, match.group("cue"), base + match.start("cue"), base + match.end("cue"), "explicit"
    )


_ABBREVIATION_END = re.compile(r"([A-Za-z]{1,5})\.\s*$")


def _past_abbreviations(text: str, end: int, sentence_of: object) -> int:
    """A sentence end moved past titles the splitter takes for a full stop ("Brig. Gen.")."""
    assert callable(sentence_of)
    for _ in range(3):
        before = text[max(0, end - 8) : end]
        word = _ABBREVIATION_END.search(before) if "." in before else None
        if not word or word.group(1).lower() not in HONORIFICS:
            break
        nxt = end
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        if nxt >= len(text) or text[nxt] == "\n":
            break
        end = max(end + 1, sentence_of(nxt)[1])
    return end


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _collapse(value: str) -> str:
    return " ".join(value.split())


#: What a quote's tail starts with when it names the speaker, not the sentence going on.
_TAIL_SPEAKER_START = re.compile(r"[\s,]*(?:" + _CUE_WORDS + r"|he|she|they|it|the)\b")


#: What a quote needs to be one: two letters or a digit.
_WORDY = re.compile(r"[^\W\d_]{2}|\d")
#: A head of only a conjunction: "And “...”".
_ONLY_CONJUNCTION = re.compile(r"(?:And|But|So|Then)[ ,]*")
_LOWER_START = re.compile(r"\s*[a-z]")


@functools.lru_cache(maxsize=8)
def analyse(text: str) -> Analysis:
    """All speech events of a text, speakers resolved (cached: both extractors call it)."""
    lines = _lines(text)
    excluded = _non_body_lines(text, lines)
    line_starts = [start for start, _ in lines]
    sentences = sentence_spans(text)
    sentence_starts = [s for s, _ in sentences]

    def line_of(pos: int) -> int:
        return bisect_right(line_starts, pos) - 1

    def sentence_of(pos: int) -> tuple[int, int]:
        index = bisect_right(sentence_starts, pos) - 1
        if index >= 0 and sentences[index][0] <= pos <= sentences[index][1]:
            return sentences[index]
        line = lines[line_of(pos)]
        return line

    raw = pair_quotes(text, lines)
    quote_events: list[SpeechEvent] = []
    spans: list[tuple[int, int]] = []
    kept: list[_RawQuote] = []
    for quote in raw:
        parts = [_clean_span(text, s, e) for s, e in quote.parts]
        parts = [(s, e) for s, e in parts if e > s]
        if not parts:
            continue
        start, end = parts[0][0], parts[-1][1]
        value = " ".join(_collapse(text[s:e]) for s, e in parts)
        if not _WORDY.search(value):
            continue
        kept.append(quote)
        spans.append(
            (
                quote.open_pos,
                (quote.close_pos + quote.close_len) if quote.close_pos is not None else end,
            )
        )
        event = SpeechEvent("quote", start, end, value, Mention(None))
        event.extra["open"] = quote.open_pos
        event.extra["close"] = quote.close_pos
        event.extra["parts"] = parts
        event.extra["unclosed"] = quote.unclosed
        event.extra["family"] = quote.family
        event.speech = line_of(quote.open_pos) not in excluded
        quote_events.append(event)
    masker = _Masker(text, spans)

    term_end = -1  # where the last quoted term or written words ended
    for _index, event in enumerate(quote_events):
        if not event.speech:
            continue
        open_pos = int(event.extra["open"])  # type: ignore[call-overload]
        close_raw = event.extra["close"]
        close_end = (int(close_raw) + 1) if isinstance(close_raw, int) else event.end
        s_open = sentence_of(open_pos)
        s_close = sentence_of(max(close_end - 1, open_pos))
        head_lo = max(s_open[0], open_pos - 300)
        head = masker.window(head_lo, open_pos)
        tail_hi = min(
            max(_past_abbreviations(text, s_close[1], sentence_of), close_end), close_end + 300
        )
        tail = masker.window(close_end, tail_hi)
        if not tail.strip() and event.value[-1:] in "!?.":
            line_end = lines[line_of(close_end)][1]
            nxt = sentence_of(min(close_end + 1, len(text) - 1)) if close_end < line_end else None
            if nxt is not None and nxt[0] >= close_end and nxt[1] <= line_end:
                short = len(text[nxt[0] : nxt[1]].split()) <= 14
                if event.value[-1:] in "!?" or short:
                    tail = masker.window(close_end, min(nxt[1], close_end + 300))
        tail = tail.split("\n", 1)[0]
        tail_base = close_end
        translated = _TRANSLATION_AFTER.match(text, close_end) if tail.lstrip()[:1] == "(" else None
        if translated is not None:
            # "“Wala na kaming trabaho.” (We have no more work.) asked Nestor Abellana": the
            # cue after the translation
            tail_base = translated.end()
            tail = masker.window(tail_base, min(sentence_of(tail_base)[1], tail_base + 300))
            tail = tail.split("\n", 1)[0]
        translates_term = (
            term_end >= 0 and _TRANSLATION_OPENS.fullmatch(text, term_end, open_pos) is not None
        )
        lists_after_term = (
            term_end >= 0 and _TERM_LIST_GOES_ON.fullmatch(text, term_end, open_pos) is not None
        )
        if (
            _is_term(text, open_pos, close_end, event.value, head)
            # its translation after it: signs reading "Greve hoje" ("Strike today")
            or translates_term
            # a hashtag's translation: #PampeanoMeRoba ("Pampeano is robbing me")
            or _HASHTAG_TRANSLATED.search(text, max(0, open_pos - 60), open_pos) is not None
            or (
                # the list goes on: placards reading “Save the road”, “Enough” and “...”, or
                # eggs sold as “Sunny Farm”, “Hill Top” and “...” (not "Locals call the bend
                # “the elbow”, and “it has killed four,” Tom Reed said")
                lists_after_term
                and len(event.value.split()) <= 8
                and not _cue_follows(text, close_end, 60)
            )
        ):
            event.speech = False
            # a title is masked like speech where reports are read ("A 2021 report,
            # “Roof Control in Mines,” found that ...": the report is the source)
            set_off = _TITLE_SET_OFF.search(text, max(0, open_pos - 16), open_pos)
            if (
                set_off is not None
                and _title_cased(event.value.rstrip(" ,.").split())
                and "," in (text[close_end - 2 : close_end - 1], text[close_end : close_end + 1])
            ):
                event.extra["title"] = set_off.start()  # where the blank starts
            term_end = close_end
            continue
        head_content = head.replace("\x00", " ").strip(" \t—–-")
        mention: Mention | None = None
        if head_content and not _ONLY_CONJUNCTION.fullmatch(head_content):
            mention = _find_head_speaker(head, head_lo, text, head_lo == s_open[0])
        if mention is None or mention.speaker is None:
            tail_mention = _find_tail_speaker(tail, tail_base)
            if tail_mention is not None:
                mention = tail_mention
        if (mention is None or mention.speaker is None) and head_lo == s_open[0]:
            opener = _OPENING_PARTICIPLE.match(head)
            if opener is not None:
                after_opener = _opener_subject(text, tail, close_end)
                if after_opener is not None:
                    mention = Mention(
                        after_opener,
                        opener.group("word").lower(),
                        head_lo + opener.start("word"),
                        head_lo + opener.end("word"),
                        "explicit",
                    )
        if (mention is None or mention.speaker is None) and not head_content and not tail.strip():
            line = line_of(close_end)
            if line + 1 < len(lines) and not text[lines[line - 1][0] : lines[line - 1][1]].rstrip(
                " \t”\"’'"
            ).endswith(":"):
                next_start, next_end = lines[line + 1]
                if line + 1 not in excluded and sentence_of(next_start)[1] >= next_end - 1:
                    mention = _speaker_line(masker.window(next_start, next_end), next_start)
        event.extra["partial"] = bool(head_content) or bool(
            _LOWER_START.match(tail) and not _TAIL_SPEAKER_START.match(tail)
        )
        if mention is not None and mention.speaker is not None:
            event.mention = mention
            continue
        if mention is not None:
            event.mention = mention
        # no speaker in the sentence: the sentence before, or the quote this one continues
        event.mention.source = "pending"
    attribution_events = _attributions(text, sentences, excluded, line_of, quote_events)
    _resolve(text, quote_events, attribution_events, sentences)
    return Analysis(
        [e for e in quote_events if e.speech],
        attribution_events,
    )


# --------------------------------------------------------------------------- attributions

#: What the subject of a report may be in the forms that take no pronoun or unknown phrase.
_REPORTING_KINDS = ("person", "organisation", "description", "group")
#: Fewest characters of a statement: shorter ones are fragments, not reported speech.
_MIN_STATEMENT = 12

_ADVERBIAL = (
    r"(?:\s*,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:last|this|next|earlier this|late last)\s+(?:week|month|year|weekend)"
    r"|\s+(?:(?:more|much)\s+)?(?:earlier|later|yesterday|today|tonight|again|also|previously|"
    r"repeatedly|separately"
    r"|publicly|privately|recently|late|early|only|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b"
    r"|\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]{1,20}\s+){0,3}?"
    r"(?:statement|briefing|interview|speech|release|conference|post|letter|report|message|"
    r"address|tweet|call|session|hearing|memo|note|email|e-mail|filing)s?"
    r"(?:\s+(?:with|to|on|in)\s+(?:the\s+)?[A-Z][\w.’'-]{0,30}(?:\s+[A-Z][\w.’'-]{0,30}){0,4}"
    # "in a memo to employees"
    r"|\s+to\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:staff|employees|members|shareholders|"
    r"investors|clients|customers|supporters|parents|students|workers))?"
    r"|\s+(?:on|in)\s+(?:Twitter|X|Facebook|Telegram|television|TV|radio)"
    r"|\s+(?:in|before|to)\s+(?:the\s+)?(?:Parliament|parliament|Congress|Senate|court|Knesset|"
    r"Duma|Bundestag|Commons|House|assembly|Assembly)\b"
    # "denied in August that", "told CNN in early July she", "said in 2011 that"
    r"|\s+(?:in|on|since|last|this|by)\s+(?:early\s+|mid-?|late\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?\b"
    r"|\s+in\s+(?:19|20)\d\d\b"
    # "said on condition of anonymity": how, not what
    r"|\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b"
    r"|\s+without\s+(?:elaborating|giving\s+details|providing\s+evidence)\b"
    # "said, however, that": a sentence adverb set off by commas
    r"|\s*,\s+(?:however|though|meanwhile|nonetheless|nevertheless|moreover|furthermore|"
    r"instead|too)\s*(?=,)"
    r")"
)
_CLAUSE_START = re.compile(
    r"(?:,?\s+that\b|,\s+(?:adding|noting|saying|warning|stressing|insisting|arguing|explaining|"
    r"claiming)\s+that\b|\s+(?=[A-Z0-9])"
    # "said no deaths had been reported", unlike "said no": a clause that opens with "no" (or
    # "more": "said more trials were needed", unlike "said more about it")
    r"|\s+(?=(?:no|nothing|none|more|fewer|less|much|little|many|few)\s+(?!(?:recently|often|"
    r"later|earlier|than|that|the|so|of)\b)(?:(?!(?:when|about|as|to|if|whether|of|on|in|after)\b)"
    r"[A-Za-z][a-z]{1,19}\s+){0,5}(?:had|has|have|was|were|is|are|"
    r"would|will|could|can)\b)"
    # a clause opening with a quantity: "said at least 25 people were hurt"
    r"|\s+(?=(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|as\s+many\s+as|"
    r"about\s+\d)\b)"
    r"|\s+(?=(?!(?:in|on|at|to|for|with|from|by|about|of|as|"
    r"after|before|during|while|so|yes|no|goodbye|hello|nothing|thanks|sorry|more|less|something|"
    r"anything|little|much|not|only|just|very|too|again|also|hi)\b)[a-z]))"
)
#: Where the listeners were: "told reporters in Abuja the government would ...".
_LISTENER_PLACE = r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]{1,25}(?:\s+[A-Z][\w’'-]{1,25})?)?"
_TOLD_OBJECT = re.compile(
    r"\s+(?:[^,.;:\x00]{1,80}?(?=\s+that\b)|(?:(?:the\s+|a\s+|an\s+)?(?:[a-z]{3,15}\s+){0,2}"
    r"(?:reporters|journalists|lawmakers|parliament|Parliament|committee|court|jury|council|"
    r"assembly|senate|crowd|audience|hearing|conference|meeting|press|media|jurors|inquest|"
    r"commission|panel|board|"
    r"inquiry|tribunal|magistrates|judges|MPs|senators|delegates|investigators|officers|police|"
    r"supporters|staff|employees|members|shareholders|investors|students|parents|residents|"
    r"voters|viewers|listeners|followers|fans|colleagues|friends|relatives|family|neighbours|"
    r"neighbors|officials|mourners|workers|protesters)|him|her|them|us|me)"
    rf"{_LISTENER_PLACE}(?=\s|,)"
    # "told NY1 she ...", "told The News the boys ...": a named listener, then the clause
    rf"|(?:[Tt]he\s+)?[A-Z][\w.&’'-]{{0,30}}(?:\s+[A-Z][\w.&’'-]{{0,30}}){{0,3}}{_LISTENER_PLACE}(?=\s))"
)
#: Verbs that report a clause without "that" only when a finite verb follows soon
#: ("warned young people would rise up", "told NY1 she doubted it"), unlike
#: "warned residents to stay away".
_OBJECT_THEN_BREAK = re.compile(r"\s*(?:it|this|that|them)\s*[,;.]")
#: What is denied when "denied" takes a noun: "denied any wrongdoing", "denied the charges".
_DENIED_NOUN = re.compile(
    r"\s*(?:(?:any|all|wrongdoing|involvement|responsibility|knowledge|reports|claims|"
    r"allegations|accusations|suggestions|rumours|rumors)\b"
    r"|(?:the|these|those|his|her|their|its)\s(?:charges?|allegations?|claims?|accusations?|"
    r"reports?|offences?|offenses?|counts?)(?=\s(?:and|but)\b|[,.;]|$))"
)
_GUARDED_BARE_VERBS = frozenset(
    """told tells warned warns stated states confirmed confirms reported announced admitted
    acknowledged noted stressed explained revealed disclosed indicated claim warn
    admit denied denies""".split()
)
_FINITE_SOON = re.compile(
    r"(?:he|she|they|it|we|I)\s+[a-z]{2,}ed\b"
    # a subject pronoun cannot be an object: "told CNN she thought ..." opens a clause
    r"|(?:he|she|they|we|I)\s+(?!to\b)[a-z]{2,}\b"
    r"|(?:[\w’'.\-]{1,25},?\s{1,2}){1,7}?(?:would|will|was|were|had|has|have|is|are|could|can|"
    r"should|might|may|must|did|does)\b"
)
#: Verbs that report a clause without "that" ("Peskov said there would be talks").
_BARE_CLAUSE_VERBS = frozenset(
    """said says say added adds insisted insists argued argues claimed claims predicted
    predicts wrote writes estimated estimates contended contends insist argue contend
    predict""".split()
)
_ADV_RE = re.compile(_ADVERBIAL)
#: "Ali, ..., was quoted by state television as saying CLAUSE" (np empty: the subject speaks)
#: and "the paper quoted witness Ana Ruiz as saying CLAUSE" (np: the person quoted).
_QUOTED_AS = re.compile(
    r"(?:\bwas\s+quoted\s+(?:by|in)\s+[^,;\x00]{1,80}?|\bquoted\s+(?P<np>[^,;\x00]{2,80}?))"
    r"\s+as\s+saying\s+(?:that\s+)?"
)
_BACKWARD = re.compile(
    r",\s+(?P<np>[^,;\x00“”\"]{2,80}?)\s+(?:(?:has|have|had)\s+)?(?P<cue>"
    + _REPORT_WORDS
    + r")\b(?P<adv>[^,;\x00]{0,70}?)[.!]?\s*$"
)
_BACKWARD_INVERTED = re.compile(
    r",\s+(?P<cue>said|says|added|adds|wrote|warned|noted)\s+"
    r"(?P<np>(?:the\s+)?[A-Z][^;\x00]{1,160}?)[.!]?\s*$"  # "..., said the NYPD."
)
#: "..., said disaster agency official Fauzi." / "..., said the official who ...": an inverted
#: cue whose speaker phrase starts in lower case (a role, not a sentence's next words).
_BACKWARD_INVERTED_ROLE = re.compile(
    r",\s+(?P<cue>said|says|added|adds|wrote|warned|noted)\s+"
    r"(?P<np>(?:the\s+)?[a-z][\w-]{1,25}\s[^;\x00]{1,160}?)[.!]?\s*$"
)
#: "CLAUSE, Ana Ruiz, a doctor at the clinic, told AFP on Tuesday.": name, apposition, cue.
_BACKWARD_APPOSED = re.compile(
    r",\s+(?P<np>[A-Z][^,;\x00“”\"]{1,60}?,\s+(?:a|an|the)\s+[^,;\x00“”\"]{2,100}?),?\s+(?P<cue>"
    + _REPORT_WORDS
    + r")\b(?P<adv>[^,;\x00]{0,70}?)[.!]?\s*$"
)
#: "CLAUSE, a 2023 audit by the Health Board has found.": a document's finding, reported
#: after it.
_BACKWARD_FINDING = re.compile(
    r",\s+(?P<np>(?:an?|the)\s+(?:[\w-]{1,20}\s+){0,3}?(?:report|study|survey|audit|analysis|"
    r"review|assessment|investigation|inquiry)(?:\s+by\s+[^,;\x00“”\"]{2,80}?)?)"
    r"\s+(?:(?:has|have|had)\s+)?(?P<cue>found|shown|showed|shows|concluded)[.!]?\s*$"
)
_NEXT_WORD = re.compile(r"\s{1,3}([\w’'-]{1,30})")
_TO_LISTENER = re.compile(r"\s{1,3}(?:to|on|in)\s{1,3}[^,.;:\x00]{1,60}?(?=\s{1,3}that\b)")
_CLAIMED_THING = re.compile(
    r"\s{1,3}(?:responsibility|credit|victory|ownership)"
    # then the end, a preposition or a time (not "claims credit conditions had eased": a
    # clause whose subject opens with the word)
    r"(?=\s*(?:[,.;]|$)|\s(?:for|on|in|at|over|after|as|and|of|through|via|before|with|but|"
    r"late|early|hours|days|minutes|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)"
)
#: Who was warned, before "that": "warned backcountry users that", "assured investors that".
_WARNED_LISTENER = re.compile(
    r"(?:\s{1,3}(?!(?:that|would|will|was|were|is|are|had|has|have|could|should|may|might|"
    r"can|did|does|do)\b)[A-Za-z][\w’'-]{0,20}(?<!ed)){1,4}(?=\s{1,3}that\b)"
)


def _is_listener(words: Sequence[str]) -> bool:
    """Whether words after "warned" are who was warned ("backcountry users", "the public",
    "them"), not a clause's subject and verb ("growth faces risks")."""
    # when, after the listener: "warned shareholders last month that"
    while len(words) > 1 and words[-1].lower() in _WHEN_WORDS:
        words = words[:-1]
    # a verb in the s-form inside the words: "growth faces risks" (not "bus drivers", "US
    # citizens", "its members", "business owners")
    return (
        len(words) <= 4
        and not any(
            (
                k < len(words) - 1
                and w.islower()
                and w.endswith("s")
                and not w.endswith("ss")
                and w not in ("its", "his")
            )
            # "warned demand fell so sharply that": a clause, not a listener
            or w in ("so", "such", "too")
            or w in _PAST_VERBS
            for k, w in enumerate(words[1:], 1)
        )
    )


#: Common irregular past tenses: after "warned", a clause's verb ("warned demand fell so").
_PAST_VERBS = frozenset(
    """fell rose grew went came got made took saw ran hit cut spent lost left kept held paid
    sold told fled broke began became brought bought built caught chose drew drove ate felt
    found gave knew led meant met put read said sent set shut spoke stood struck thought
    threw understood won wrote""".split()
)
#: Words of a time after a listener: "warned shareholders last month that".
_WHEN_WORDS = frozenset(
    """last this next week month year weekend yesterday today earlier on monday tuesday
    wednesday thursday friday saturday sunday""".split()
)


#: Report verbs whose listener may come before the clause, as with "told".
_LISTENER_VERBS = frozenset("warned warns assured assures reminded reminds cautioned".split())
_LISTENER = re.compile(r"\s+(?:[Tt]he\s+)?[A-Z][\w.&’'-]{0,30}(?:\s+[A-Z][\w.&’'-]{0,30}){0,3}")


def _only_adverbials(adverb: str, cue: str) -> bool:
    """Whether what follows ", X said" is only time phrases (and, after "told", a listener)."""
    pos = 0
    if cue in ("told", "tells"):
        listener = _TOLD_OBJECT.fullmatch(adverb) or _LISTENER.match(adverb)
        if listener is None:
            return False
        pos = listener.end()
    for _ in range(4):
        if not adverb[pos:].strip():
            return True
        adverbial = _ADV_RE.match(adverb, pos)
        if adverbial is None:
            return False
        pos = adverbial.end()
    return not adverb[pos:].strip()


_ACCORDING_START = re.compile(
    r"^(?:(?:But|And|Yet)\s+)?[Aa]ccording to\s+(?P<np>[^,\x00]{2,100}),\s*"
)
#: "By his calculations, CLAUSE", "By the bank's estimate, CLAUSE": like "according to".
_BY_RECKONING = re.compile(
    r"^(?:(?:But|And|Yet)\s+)?[Bb]y\s+(?P<np>his|her|their|its|(?:the\s+)?[A-Za-z][\w.’'-]{0,30}"
    r"(?:\s+[A-Z][\w.’'-]{0,30}){0,3}(?:’s|'s|’|'))\s+(?:own\s+)?(?:calculations?|estimates?|"
    r"count|reckoning|tally|assessment|analysis)\s{0,3},\s*"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_ACCORDING_END = re.compile(
    r",\s*according to\s+(?P<np>[^,;\x00]{2,100}?)"
    # "according to the regional governor, Anna Sfakianaki.": the name set off after
    r"(?:(?<=\w),\s{1,3}(?P<apposed>[A-Z][\w’'.-]{1,30}(?:\s{1,3}[A-Z][\w’'.-]{1,30}){1,3})(?=[.!]?\s*$)"
    r"|,[^\x00]{0,200})?[.!]?\s*$"
)


def _quote_coverage(
    start: int, end: int, quote_spans: Sequence[tuple[int, int]], starts: Sequence[int]
) -> float:
    if end <= start:
        return 0.0
    covered = 0
    index = max(bisect_right(starts, start) - 1, 0)
    while index < len(quote_spans) and quote_spans[index][0] < end:
        s, e = quote_spans[index]
        covered += max(0, min(e, end) - max(s, start))
        index += 1
    return covered / (end - start)


def _attributions(
    text: str,
    sentences: Sequence[tuple[int, int]],
    excluded: set[int],
    line_of: object,
    quotes: Sequence[SpeechEvent],
) -> list[SpeechEvent]:
    assert callable(line_of)
    speech_quotes = sorted(
        (int(q.extra["open"]), q.end + 1)  # type: ignore[call-overload]
        for q in quotes
        if q.speech
    )
    # titles set off by commas read as blanks, so that "A 2021 report, “Roof Control in
    # Mines,” found that ..." has the report for its subject
    titles = sorted(
        (int(q.extra["title"]), q.end + 1)  # type: ignore[call-overload]
        for q in quotes
        if "title" in q.extra
    )
    title_starts = [s for s, _ in titles]
    quote_starts = [s for s, _ in speech_quotes]
    masker = _Masker(text, speech_quotes)
    events: list[SpeechEvent] = []
    for s_start, s_end in sentences:
        if line_of(s_start) in excluded or s_end - s_start < 12:
            continue
        s_end_bounded = min(s_end, s_start + 1500)
        sentence = masker.window(s_start, s_end_bounded)
        first_title = bisect_left(title_starts, s_start)
        for title_start, title_end in titles[
            first_title : bisect_left(title_starts, s_end_bounded)
        ]:
            if title_end <= s_end_bounded:
                blank_end = title_end + (text[title_end : title_end + 1] == ",")
                sentence = (
                    sentence[: title_start - s_start]
                    + " " * (blank_end - title_start)
                    + sentence[blank_end - s_start :]
                )
        for event in _attributions_in(text, sentence, s_start):
            if _quote_coverage(
                event.start, event.end, speech_quotes, quote_starts
            ) >= 0.6 and not _reported_before_quote(text, event, quote_starts):
                # the quote is the claim; the speaker is found from the quote
                continue
            statement = text[event.start : event.end]
            event.value = _collapse(statement)
            if len(event.value.split()) < 2:
                continue
            events.append(event)
    return events


#: Where a statement may give way to a second report in the same sentence: "X said A, but
#: Y said that B", "...; Y said B".
_COORDINATION = re.compile(
    r"(?:,\s{1,3}(?:but|and|while|whereas|though|although)|;)\s{1,3}(?=\S)"
    # "said A but cautioned that B": without a comma, only right before a report verb
    rf"|\s(?:but|and)\s{{1,3}}(?:(?:also|later|then)\s{{1,3}})?(?=(?:{_REPORT_WORDS})\b)"
    # "and estimated savings would reach": an adjective, unless "that" or a pronoun follows
    r"(?!(?:estimated|alleged|reported|confirmed|stated|promised|predicted|noted)\s{1,3}"
    r"(?!(?:that|he|she|it|its|they|we|I|his|her|their|there)\b)[a-z])"
)
#: "..., adding that B": the same speaker goes on.
_ADDING = re.compile(
    r",?\s{1,3}(?:adding|noting|stressing|insisting|saying"
    # "..., telling the court Jade came at him": a listener, then the clause
    r"|(?P<telling>telling)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?P<listener>[\w’'-]{1,20}"
    r"(?:\s{1,3}(?!(?:he|she|they|it|we|i|that)\b)[a-z]{1,20})?))"
    r"\s{1,3}(?P<that>that\s{1,3})?"
)

#: A clause that opens right away: a pronoun and its verb, or a short subject and a finite
#: verb with no relative clause or preposition between ("its manifest recorded 104 adults",
#: not "goodbye to the fans who were waiting" or "300 staff who will work").
_CLAUSE_SOON = re.compile(
    r"(?:he|she|they|it|we|I)\s+(?!to\b)[a-z]{2,}\b"
    r"|(?:(?!(?:who|whom|which|that|to|for|of|with|from|by|when|as)\b)[\w’'.\-]{1,25}\s{1,2})"
    r"{1,4}?(?:[a-z]{2,}ed|would|will|was|were|had|has|have|is|are|could|can|should|might|"
    r"may|must|did|does)\b"
)
#: Listeners a statement is told to in court or on the record.
_AUDIENCES = frozenset(
    "court jury jurors police officers reporters journalists inquiry hearing tribunal".split()
)
#: A clause opening with a name and a verb in the past ("Jade came at him").
_NAME_THEN_PAST = re.compile(
    r"[A-Z][\w’'-]{1,30}(?:\s{1,3}[A-Z][\w’'-]{1,30}){0,2}\s{1,3}(?:[a-z]{2,}ed|came|went|"
    r"was|were|had|did|made|took|gave|told|knew|saw|said|felt|got|began|ran|held|left|kept|"
    r"meant|thought|struck|hit|threw|stole|fell)\b"
)


def _attributions_in(text: str, sentence: str, base: int) -> list[SpeechEvent]:
    """The reported statements of one sentence (``sentence`` has quotes masked): the first,
    then any report coordinated with it ("..., but Y said that ...", "..., adding that ...")."""
    found: list[SpeechEvent] = []
    event = _attribution_in(text, sentence, base)
    if event is None and "," in sentence:
        event = _participle_report(text, sentence, base)
    accompanying = _with_report(text, sentence, base) if "with" in sentence else None
    if accompanying is not None and event is not None and event.start >= accompanying.start:
        event = None  # the "with X claiming" report is the sentence's only one
    for _ in range(4):
        if event is None:
            break
        found.append(event)
        if accompanying is not None and event.start < accompanying.start < event.end:
            # "X warned that A, with Y projecting that B": A ends where Y's report begins
            with_at = sentence.rfind("with", 0, accompanying.start - base)
            event.end = _statement_end(text, event.start, base + with_at)
        lo, hi = event.start - base, event.end - base
        following: SpeechEvent | None = None
        for match in _COORDINATION.finditer(sentence, lo, hi):
            rest = sentence[match.end() :]
            if not _REPORT_CUE.search(rest, 0, 200):
                continue
            continued = _continued_report(text, rest, base + match.end(), event)
            if continued is not None and match.group().strip() != ";":
                # "X admitted A, but insisted B": the same speaker, a second statement
                following = continued
                event.end = _statement_end(text, event.start, base + match.start())
                break
            candidate = _attribution_in(text, rest, base + match.end())
            # "Y said (that) B", not "B, Y said" (but "A; B, Y said" is Y's B) nor "..., and
            # then arrested him after the officer said B" (speech inside the statement)
            if (
                candidate is not None
                and candidate.mention.cue_start is not None
                and (candidate.start > candidate.mention.cue_start or match.group().strip() == ";")
                and _coordinated_speaker(text, base + match.end(), candidate)
            ):
                following = candidate
                event.end = _statement_end(text, event.start, base + match.start())
                break
        if (
            following is None
            and sentence.find(" that ", lo, hi) >= 0
            and sentence.find(" by ", lo, hi) >= 0
        ):
            following = _nested_report(text, sentence, base, event)
        if following is None:
            # every match holds "that" or "telling": most statements have neither
            adding = (
                _ADDING.search(sentence, lo, hi)
                if sentence.find("that", lo, hi) >= 0
                or sentence.find("telling", lo, hi) >= 0
                or sentence.find("saying", lo, hi) >= 0
                or sentence.find("adding", lo, hi) >= 0
                else None
            )
            if adding is not None and not (
                adding.group("that")
                # "saying its manifest recorded 104 adults", not "saying goodbye to the fans
                # who were waiting" or "telling him to leave"
                or _CLAUSE_SOON.match(sentence, adding.end())
                # "telling the court Jade came at him"
                or (
                    adding.group("listener") is not None
                    and _bare(adding.group("listener").split()[-1]) in _AUDIENCES
                    and _NAME_THEN_PAST.match(sentence, adding.end())
                )
            ):
                adding = None
            if adding is not None and adding.end() < hi:
                end = _statement_end(text, base + adding.end(), base + hi)
                following = _attribution(base + adding.end(), end, _copy_mention(event), base)
                following.mention.cue = adding.group().strip(" ,").split()[0]
                event.end = _statement_end(text, event.start, base + adding.start())
        event = following
    if accompanying is not None and all(e.end <= accompanying.start for e in found):
        found.append(accompanying)
    return found


#: "pointing to a 2009 analysis by the Congressional Budget Office that says CLAUSE": a
#: document inside a statement, whose author reports the clause after it.
_NESTED_REPORT = re.compile(
    r"\b(?:analysis|analyses|study|studies|report|survey|review|estimate|assessment|audit|poll|"
    r"investigation|projection|forecast)\s{1,3}by\s{1,3}"
    r"(?P<np>(?:the\s{1,3})?[A-Z][\w.’'&-]{0,30}(?:\s{1,3}(?:(?:of|for|and|on)\s{1,3})?"
    r"[A-Z][\w.’'&-]{0,30}){0,6})\s{1,3}(?:that|which)\s{1,3}(?P<cue>says|said|shows|showed|"
    r"found|finds|estimates|estimated|concluded|concludes|predicts|predicted|projects|"
    r"projected)\s{1,3}(?:that\s{1,3})?"
)


#: Where a participle phrase opens after a comma or a quotation: ", pointing to".
_PARTICIPLE_OPENING = re.compile(r"[,\x00”\"’'],?[”\"’']?\s{1,3}(?P<word>[a-z]{2,20}ing)\b")


def _nested_report(text: str, sentence: str, base: int, event: SpeechEvent) -> SpeechEvent | None:
    """The second statement in "X says A, pointing to an analysis by Y that says B": B is
    Y's, and A ends before the participle that brings Y in."""
    lo, hi = event.start - base, event.end - base
    match = _NESTED_REPORT.search(sentence, lo, hi)
    if match is None or match.end() >= hi or sentence[match.end()] == "\x00":
        return None
    speaker = parse_speaker(match.group("np"), base + match.start("np"))
    if speaker is None or speaker.kind not in ("person", "organisation"):
        return None
    first_end = match.start()
    for participle in _PARTICIPLE_OPENING.finditer(
        sentence, max(lo, match.start() - 60), first_end
    ):
        first_end = participle.start("word")
    end = _statement_end(text, base + match.end(), base + hi)
    if end - (base + match.end()) < _MIN_STATEMENT:
        return None
    nested = _attribution(base + match.end(), end, _cue_mention(speaker, match, base), base)
    event.end = _statement_end(text, event.start, base + first_end)
    return nested


#: "..., with one witness claiming (that) CLAUSE": a report in an absolute construction.
_WITH_REPORT = re.compile(
    r"\bwith\s{1,3}(?P<np>(?:[\w’'.-]{1,30}\s{1,3}){0,5}?[\w’'.-]{1,30})\s{1,3}"
    r"(?P<cue>claiming|saying|projecting|predicting|warning|arguing|insisting|noting|"
    r"estimating|reporting|telling\s{1,3}[\w’'.-]{1,30})\s{1,3}(?P<that>that\s{1,3})?"
)
_FINITE_OR_PAST_SOON = re.compile(
    # "more than 680,000 people are": a number's thousands are one word
    r"(?:[\w’'.\-]{1,25}(?:,\d{3}){0,3},?\s{1,2}){1,6}?(?:[a-z]{2,}ed|would|will|was|were|had|"
    r"has|have|is|are|"
    r"could|can|should|might|may|must|did|does"
    # "the economy shrank", "applications rose": past tenses without "-ed"
    r"|rose|fell|grew|shrank|sank|spent|lost|won|paid|cut|hit|went|came|became|took|made"
    r"|saw|held|left|kept|got|gave|ran|doubled|tripled|halved)\b"
)


def _first_with_report(sentence: str) -> re.Match[str] | None:
    """``_WITH_REPORT.search(sentence)``, tried only where "with" occurs (every match starts
    there) rather than at every position."""
    at = sentence.find("with")
    while at >= 0:
        match = _WITH_REPORT.match(sentence, at)
        if match is not None:
            return match
        at = sentence.find("with", at + 1)
    return None


def _with_report(text: str, sentence: str, base: int) -> SpeechEvent | None:
    """ "Two men were sued, with one plaintiff claiming the officer punched him": the
    noun phrase after "with" reports the clause after the participle."""
    match = _first_with_report(sentence)
    if match is None:
        return None
    start = match.end()
    if sentence[start : start + 1] in ("\x00", "") or (
        match.group("that") is None and not _FINITE_OR_PAST_SOON.match(sentence, start)
    ):
        return None
    phrase = match.group("np")
    if not looks_like_speaker(phrase):
        return None
    speaker = parse_speaker(phrase, base + match.start("np"))
    if speaker is None or speaker.kind not in _REPORTING_KINDS:
        return None
    end = _statement_end(text, base + start, base + len(sentence.rstrip()))
    if end - (base + start) < _MIN_STATEMENT:
        return None
    return _attribution(base + start, end, _cue_mention(speaker, match, base), base)


def _continued_report(text: str, rest: str, base: int, event: SpeechEvent) -> SpeechEvent | None:
    """ "..., but insisted (that) B" right after a statement: a report cue without a subject
    of its own opens ``rest``, so the speaker of ``event`` goes on."""
    cue = _REPORT_CUE.match(rest)
    if cue is None:
        return None
    opened = _clause_after(rest, cue)
    if opened is None:
        return None
    start = opened[0] + len(rest[opened[0] :]) - len(rest[opened[0] :].lstrip())
    if start >= len(rest) or (rest[start] == "\x00" and not opened[1]):
        return None
    end = _statement_end(text, base + start, base + len(rest.rstrip()))
    mention = _copy_mention(event)
    mention.cue, mention.cue_start, mention.cue_end = cue.group(), base, base + cue.end()
    return _attribution(base + start, end, mention, base)


_SUBORDINATORS = frozenset(
    "after before when because since if until as while although though once unless".split()
)


def _coordinated_speaker(text: str, rest_start: int, candidate: SpeechEvent) -> bool:
    """Whether a second report opens its own clause: its speaker comes first, after at most
    a few words, none of which subordinates it ("..., and then arrested him after the
    officer said B" is speech inside the first statement, not a second report)."""
    speaker = candidate.mention.speaker
    if speaker is None or candidate.start < (candidate.mention.cue_start or 0):
        return True  # "A; B, Y said": the statement comes first
    words = text[rest_start : speaker.start].split()
    return len(words) <= 3 and not any(w.lower() in _SUBORDINATORS for w in words)


#: "X told AFP: “...”, adding that B", "X condemned the attack, saying (that) B": a
#: statement reported by a participle after the main clause.
_PARTICIPLE_CUE = re.compile(
    r",\s{1,3}(?P<cue>adding|noting|stressing|insisting|saying|warning|arguing|claiming|"
    r"explaining|writing|ruling|confirming|acknowledging|admitting|alleging)"
    r"\s{1,3}(?P<that>that\s{1,3})?"
)


def _participle_report(text: str, sentence: str, base: int) -> SpeechEvent | None:
    """ "Sutopo told AFP: “Q”, adding that B", "The president condemned the violence, saying
    the country had reached the abyss": B is the sentence subject's statement. Without
    "that", only when a finite verb follows soon (not "saying goodbye to friends")."""
    adding = _PARTICIPLE_CUE.search(sentence)
    if adding is None or sentence[adding.end() : adding.end() + 1] in ("\x00", ""):
        return None
    if adding.group("that") is None and not _FINITE_SOON.match(sentence, adding.end()):
        return None
    lead = _with_apposed_name(sentence, leading_subject(sentence, 0, adding.start()))
    speaker = parse_speaker(lead[0], base + lead[1]) if lead else None
    if speaker is None or speaker.kind not in (
        "person",
        "organisation",
        "pronoun",
        "description",
        "group",
    ):
        return None
    end = _statement_end(text, base + adding.end(), base + len(sentence.rstrip()))
    mention = Mention(
        speaker,
        adding.group("cue"),
        base + adding.start("cue"),
        base + adding.end("cue"),
        "explicit",
    )
    return _attribution(base + adding.end(), end, mention, base)


def _copy_mention(event: SpeechEvent) -> Mention:
    """A copy of an event's mention, for a statement the same speaker goes on to make."""
    mention = event.mention
    return Mention(mention.speaker, mention.cue, mention.cue_start, mention.cue_end, mention.source)


#: "who gave his name only as Yohane", "identified only as Ann": the name a speaker gave.
_GAVE_NAME_AS = re.compile(
    r"[\s,]{1,3}(?:who\s{1,3}(?:gave|gives)\s{1,3}(?:only\s{1,3})?(?:his|her|their)\s{1,3}"
    r"(?:(?:first|given|clan|family|last)\s{1,3}|nick)?name"
    r"(?:,\s{1,3}|\s{1,3}(?:only\s{1,3}|simply\s{1,3})?as\s{1,3})"
    r"|who\s{1,3}(?:was|is)\s{1,3}identified\s{1,3}(?:only\s{1,3})?as\s{1,3}"
    r"|who\s{1,3}identified\s{1,3}(?:himself|herself|themselves)\s{1,3}as\s{1,3}"
    # "who asked to be identified only as Claire", "a crane operator surnamed Huang"
    r"|who\s{1,3}asked\s{1,3}to\s{1,3}be\s{1,3}(?:identified|named)\s{1,3}(?:only\s{1,3})?"
    r"(?:by\s{1,3}(?:his|her|their)\s{1,3}(?:first\s{1,3})?name,?\s{1,3}|as\s{1,3})"
    r"|\s(?:surnamed|named)\s{1,3})"
    # a rank before the name: "identified himself as Colonel Marko Šestan"
    r"(?:(?:Colonel|Col\.|Major|Captain|General|Lieutenant|Sergeant|Commander)\s{1,3})?"
    rf"(?P<name>[{_CAPITALS}][\w’'-]{{1,25}}(?:\s{{1,3}}[{_CAPITALS}][\w’'-]{{1,25}})?)"
)
#: Words that make a count approximate: "about 40 people".
_APPROXIMATORS = frozenset("about around some nearly roughly approximately almost over".split())
#: Counts before the people counted ("hundreds of", "several hundred").
_HOW_MANY = frozenset("hundred hundreds thousand thousands dozen dozens".split())
#: Words that count people rather than describe them ("the two leaders").
_COUNTING_WORDS = frozenset("two three four five six several some many both all few".split())
#: ", the Flight Crew Association (FCA)," after a body's description: its name.
_ACRONYM_AFTER = r"\s{1,2}\([A-Z][A-Za-z.&-]{1,12}\)"  # " (FCA)"
_APPOSED_BODY = re.compile(
    r",\s{1,3}(?:the\s{1,3})?(?P<name>[A-Z][\w’'&-]{0,30}(?:\s{1,3}(?:(?:of|for|d[aeo]s?)\s{1,3})?"
    rf"[A-Z][\w’'&-]{{0,30}}){{0,6}})(?:{_ACRONYM_AFTER})?,\s*$"
)
_PARENTHESISED_ACRONYM = re.compile(_ACRONYM_AFTER)


#: "Another, Tyler Okimaw, said": one more of the people just quoted, named.
_ANOTHER_NAMED = re.compile(
    rf"\s*(?:Another|One|A\s+third|A\s+second)(?:\s+[a-z]{{2,20}})?,\s{{1,3}}"
    rf"(?P<name>[{_CAPITALS}][\w’'-]{{1,25}}(?:\s{{1,3}}[{_CAPITALS}][\w’'-]{{1,25}}){{1,3}})"
    r"(?:,\s{1,3}\d{1,3})?,$"
)


_INDEFINITE_APPOSITION = re.compile(r",\s{1,3}(?:a|an)\s")
_ONE_OF_APPOSITION = re.compile(r",\s{1,3}one\s+of\s")


def _apposition_subject(sentence: str, cue_start: int) -> tuple[str, int] | None:
    """ "Masoud Dalman, head of the province's emergency office, said ...": a name that opens
    the sentence, then an apposition set off by commas, then the cue."""
    before = sentence[:cue_start].rstrip()
    if not before.endswith(",") or cue_start > 300 or ";" in before:
        return None
    given = _GAVE_NAME_AS.search(before) if " as " in before or "named" in before else None
    if given is not None and not before[given.end() :].strip(" ,"):
        return given.group("name"), given.start("name")  # "A man, who asked to be ... as Ali,"
    another = _ANOTHER_NAMED.match(before)
    if another is not None:
        return another.group("name"), another.start("name")  # "Another, Tyler Okimaw, said"
    lead = leading_subject(sentence, 0, cue_start)
    aged = _AGE_EPITHET.match(sentence) if lead is None else None
    if aged is not None and sentence.startswith(",", aged.end()):
        return aged.group(), 0  # "The 54-year-old, a retired firefighter, said"
    if lead is None:
        return None
    phrase, start = lead
    after = start + len(phrase)
    acronym = _PARENTHESISED_ACRONYM.match(sentence, after)
    if acronym is not None:
        after = acronym.end()  # "The Flemish Dockers’ Union (FDU), which represents ..., said"
    if sentence.startswith((" of ", " for ", " at "), after):
        # "The president of Portwick, a harbour town, said": the role's "of" phrase (and
        # "Analysts at Brandline Partners, a consultancy, said")
        comma = sentence.find(",", after, cue_start)
        longer = sentence[start:comma] if comma > 0 else ""
        if longer and len(longer.split()) <= 10 and looks_like_speaker(longer):
            phrase, after = longer, comma
    comma = sentence.find(",", start, cue_start)
    if lead[0] in ("One", "one") and sentence.startswith(" of ", start + 3) and comma > 0:
        # "One of those sponsors, cookware maker Sakaguchi Hamono, said": the apposition
        # names the one
        apposition_start = _skip_spaces(sentence, comma + 1)
        apposition = sentence[apposition_start:cue_start].rstrip(" ,")
        one = (
            parse_speaker(apposition, apposition_start) if looks_like_speaker(apposition) else None
        )
        if (
            one is not None
            and one.kind in ("person", "organisation")
            and (one.name or "")[:1].isupper()
        ):
            return apposition, apposition_start
    if not sentence.startswith(",", after) or after >= len(before) - 1:
        return None
    speaker = parse_speaker(phrase, start)
    if speaker is not None and (
        (speaker.kind == "organisation" and speaker.definite) or speaker.head in ORG_HEADS
    ):
        # "The pilots’ union, the Flight Crew Association (FCA), said": the body's name
        body = _APPOSED_BODY.match(sentence, after, cue_start)
        if body is not None:
            return body.group("name"), body.start("name")
    if speaker is not None and speaker.kind == "description":
        # "His sister, Mahnefah Gray, told NY1 ...": the apposition names the speaker
        whole = before[start:].rstrip(" ,")
        named = parse_speaker(whole, start) if looks_like_speaker(whole) else None
        if named is not None and named.kind == "person" and named.person:
            return whole, start
        apposed = _APPOSED_BODY.match(sentence, after, cue_start)
        if apposed is not None and _bare(apposed.group("name").split()[-1]) in _COMPANY_WORDS:
            # "The owner of the ferry, Malaita Coastal Shipping, said": the company
            return apposed.group("name"), apposed.start("name")
        if speaker.head in ROLE_WORDS:
            return lead  # "The president of X, a harbour town, said ..."
        if phrase.split()[0].lower() in (
            "a",
            "an",
            "another",
            "one",
        ) and _INDEFINITE_APPOSITION.match(sentence[after : after + 6]):
            return lead  # "Another customer, a trader at the market, said ..."
    if (
        speaker is not None
        and speaker.kind == "group"
        and speaker.head in _PRIVATE_PEOPLE
        and _ONE_OF_APPOSITION.match(sentence[after : after + 10])
    ):
        return lead  # "Residents of Katonga, one of the worst-hit areas, said"
    if (
        speaker is not None
        and speaker.kind == "group"
        and speaker.members
        and all(w[:1].isupper() for member in speaker.members for w in member.split())
    ):
        return lead  # "Tom and Bernie Walsh, from Athlone, said"
    if speaker is None or speaker.kind not in ("person", "organisation"):
        return None
    if speaker.kind == "person" and speaker.role is None:
        # "Ana Ruiz, the governor of the province, said": keep the role the apposition gives
        whole = before[start:].rstrip(" ,")
        named = parse_speaker(whole, start) if looks_like_speaker(whole) else None
        if named is not None and named.person == speaker.person and named.role:
            return whole, start
    return lead


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


_PARTICIPLE_AFTER_SUBJECT = re.compile(r"\s{1,3}[a-z]{2,20}ing\s")
_FINITE_IN_PHRASE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did)\b")


def _subject_before_participle(
    sentence: str, cue_start: int, clause_end: int
) -> tuple[str, int] | None:
    """ "Rescuers searching for a woman trapped at her home in Looe, Cornwall, said they had
    found a body": the sentence's subject, then a participle phrase set off by a comma, then
    the cue and a clause of its own (not ", said X", whose speaker follows the cue)."""
    lead = leading_subject(sentence, 0, cue_start)
    if lead is None:
        return None
    phrase, start = lead
    after = start + len(phrase)
    between = sentence[after:cue_start]
    if (
        len(between) > 200
        or not _PARTICIPLE_AFTER_SUBJECT.match(sentence, after)
        or ";" in between
        or "\x00" in between
        or _FINITE_IN_PHRASE.search(between)
        or not _FINITE_SOON.match(sentence, _skip_spaces(sentence, clause_end))
    ):
        return None
    speaker = parse_speaker(phrase, start)
    if speaker is None or speaker.kind not in _REPORTING_KINDS:
        return None
    return lead


def _reported_before_quote(text: str, event: SpeechEvent, quote_starts: Sequence[int]) -> bool:
    """ "X said that Moscow wants arms because “...”", "said the riot ‘sounds like a war zone’":
    a word of the statement comes before its first quotation mark (`it "expected to ..."`),
    so the statement is more than the quote (it embeds a quoted phrase)."""
    index = bisect_left(quote_starts, event.start)  # a quote may open the statement
    if index >= len(quote_starts) or quote_starts[index] >= event.end:
        return True
    return len(text[event.start : quote_starts[index]].split()) >= 1


def _statement_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


#: Verbs that report a gerund clause ("has denied accepting funds").
_GERUND_REPORT_VERBS = frozenset("denied denies deny admitted admits admit".split())
_GERUND = re.compile(r"(?!(?:wrongdoing|nothing|something|anything|everything)\b)[a-z]{2,20}ing\b")
#: "says in one incident a number of children suffered ...": a prepositional phrase, then
#: a clause with its subject and a finite verb soon after.
_PHRASE_THEN_CLAUSE = re.compile(
    r"\s+(?:in|on|at|during|after)\s+(?:[\w’'-]{1,25}\s+){0,4}?"
    r"(?=(?:a|an|the|some|many|most|several|all|both|each|every|no|two|three|four|five|his|her|"
    r"their|its|he|she|they|it|we|I|[A-Z][\w’'-]{0,25}"
    r"|\d[\d,.]{0,12})\s+(?:[\w’'-]{1,25}\s+){0,5}?(?:[a-z]{2,}ed|would|will|was|were|had|has|"
    r"have|is|are|could|can|should|might|may|must)\b)"
)


def _clause_after(sentence: str, cue: re.Match[str]) -> tuple[int, bool] | None:
    """Where the clause a report cue introduces opens (past a listener and time phrases),
    and whether "that" introduces it; None when no reported clause follows the cue."""
    word = cue.group()
    pos = cue.end()
    if word.startswith("claim") and _CLAIMED_THING.match(sentence, pos):
        return None  # "claimed responsibility on its leak site": a thing claimed, no clause
    if word in ("told", "tells"):
        obj = _TOLD_OBJECT.match(sentence, pos)
        if obj is None:
            return None
        pos = obj.end()
        following = _NEXT_WORD.match(sentence, pos)
        if following is not None and _bare(following.group(1)) in ROLE_WORDS:
            return None  # "told the committee chairman the figures ...": no clause yet
    else:
        listener = _TO_LISTENER.match(sentence, pos)  # "confirmed to MailOnline that"
        if listener is None and word in _LISTENER_VERBS:
            listener = _WARNED_LISTENER.match(sentence, pos)
            if listener is not None and not _is_listener(listener.group().split()):
                listener = None
        pos = listener.end() if listener is not None else pos
    for _ in range(4):
        adverbial = _ADV_RE.match(sentence, pos)
        if adverbial is None:
            break
        pos = adverbial.end()
    clause = _CLAUSE_START.match(sentence, pos)
    if clause is None:
        if word in _BARE_CLAUSE_VERBS:
            phrase = _PHRASE_THEN_CLAUSE.match(sentence, pos)
            if phrase is not None:
                return pos + len(sentence[pos:]) - len(sentence[pos:].lstrip()), False
        return None
    has_that = clause.group().endswith("that")
    if (
        not has_that
        and word in ("wrote", "writes")
        and not _FINITE_SOON.match(sentence, clause.end())
    ):
        return None  # "wrote a heartfelt letter describing ...": what was written, not a clause
    if (
        not has_that
        and word not in _BARE_CLAUSE_VERBS
        and not (
            word in _GUARDED_BARE_VERBS
            and _FINITE_SOON.match(sentence, clause.end())
            # "Staff reported it, and nothing was done": a pronoun object, then a new clause
            and not _OBJECT_THEN_BREAK.match(sentence, clause.end())
            # "denied any wrongdoing and says ...", "denied bail to the men, who were charged":
            # a noun denied, not a clause
            and not (
                word in ("denied", "denies")
                and (
                    _DENIED_NOUN.match(sentence, clause.end())
                    or not _CLAUSE_SOON.match(sentence, clause.end())
                )
            )
        )
        and not (word in _GERUND_REPORT_VERBS and _GERUND.match(sentence, clause.end()))
    ):
        return None
    return clause.end(), has_that


#: "According to him": the subject pronoun the speaker is resolved as.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}


def _attribution_in(text: str, sentence: str, base: int) -> SpeechEvent | None:
    """One reported-speech statement in a sentence (``sentence`` has quotes masked)."""
    # "according to X, CLAUSE"
    match = _ACCORDING_START.match(sentence)
    if match:
        np = match.group("np")
        pronoun = _OBJECT_PRONOUNS.get(np.lower())
        speaker = parse_speaker(pronoun or np, base + match.start("np"))
        if speaker is not None and pronoun is not None:
            # "According to him, ...": the person "he" stands for
            speaker = replace(speaker, phrase=np, end=speaker.start + len(np))
        if speaker and (
            pronoun
            or looks_like_speaker(speaker.phrase)
            # "According to people who have studied its books,": the people
            or (" who " in np and looks_like_speaker(np.split(" who ", 1)[0]))
        ):
            start = base + match.end()
            end = _statement_end(text, start, base + len(sentence.rstrip()))
            mention = Mention(
                speaker,
                "according to",
                base + match.start("np") - len("according to "),
                base + match.start("np") - 1,
                "explicit",
            )
            return _attribution(start, end, mention, base)
    reckoning = _BY_RECKONING.match(sentence)
    if reckoning:
        owner = reckoning.group("np")
        pronoun = _POSSESSIVE_PRONOUNS.get(owner.lower())
        np_start = base + reckoning.start("np")
        speaker = parse_speaker(pronoun or _POSSESSIVE.sub("", owner), np_start)
        if speaker is not None and speaker.kind != "unknown":
            speaker = replace(speaker, phrase=owner, end=np_start + len(owner))
            start = base + reckoning.end()
            end = _statement_end(text, start, base + len(sentence.rstrip()))
            mention = Mention(speaker, "by", np_start - 3, np_start - 1, "explicit")
            return _attribution(start, end, mention, base)
    if "ccording to" in sentence:
        bare_according = _according_without_comma(text, sentence, base)
        if bare_according is not None:
            return bare_according
    if "quoted" in sentence:
        quoted_after = _quoted_as_saying_after(text, sentence, base)
        if quoted_after is not None:
            return quoted_after
    quoted = _QUOTED_AS.search(sentence) if "quoted" in sentence else None
    if quoted is not None and sentence[quoted.end() : quoted.end() + 1] not in ("\x00", ""):
        if quoted.group("np"):
            subject: tuple[str, int] | None = (quoted.group("np"), quoted.start("np"))
        else:
            subject = subject_before(sentence, 0, quoted.start())
        speaker = parse_speaker(subject[0], base + subject[1]) if subject else None
        if speaker is not None and looks_like_speaker(speaker.phrase):
            end = _statement_end(text, base + quoted.end(), base + len(sentence.rstrip()))
            mention = Mention(
                speaker, "quoted as saying", base + quoted.start(), base + quoted.end(), "explicit"
            )
            return _attribution(base + quoted.end(), end, mention, base)
    # "X said (on Monday) (that) CLAUSE"
    cues = _report_cues(sentence)
    first_cue = cues[0].start() if cues else len(sentence)
    verbal = _verbal_report(text, sentence, base, first_cue)
    if verbal is not None:
        return verbal
    # the parenthetical's cue may be one _REPORT_CUE does not list ("investors contend")
    parenthetical = (
        _parenthetical_attribution(text, sentence, base, cues) if "," in sentence else None
    )
    for cue in cues:
        if parenthetical is not None and base + cue.start() > (
            parenthetical.mention.cue_start or 0
        ):
            return parenthetical  # "Two years before, he said, ... after the officer said ..."
        opened = _clause_after(sentence, cue)
        if opened is None:
            continue
        clause_end, has_that = opened
        apposed = _apposition_subject(sentence, cue.start())
        if (
            apposed is None
            and not has_that
            and _INTERJECTION.sub("", sentence[: cue.start()]).rstrip().endswith(",")
        ):
            apposed = _subject_before_participle(sentence, cue.start(), clause_end)
            if apposed is None:
                found = subject_before(sentence, 0, cue.start())
                named = parse_speaker(found[0], base + found[1]) if found else None
                if named is not None and named.kind == "group" and named.members:
                    apposed = found  # "Retired couple Tom and Bernie Walsh, from Athlone, said"
            if apposed is None:
                continue  # ", said X": inverted, handled below
        start = clause_end
        while start < len(sentence) and sentence[start].isspace():
            start += 1
        if start >= len(sentence) or (sentence[start] == "\x00" and not has_that):
            continue  # "said “...”": a direct quote, the quote extractor's
        subject = apposed or subject_before(sentence, 0, cue.start())
        if subject is None and _ends_with_conjunction(sentence[: cue.start()]):
            subject = _with_apposed_name(sentence, leading_subject(sentence, 0, cue.start()))
        if (
            subject is not None
            and len(subject[0].split()) > 8
            and "," in subject[0]
            # not "Ann Lee, the governor of X, the centre of Y, said": an apposition (but "a
            # fishing village of 140 people, residents said" describes a place)
            and (
                not looks_like_speaker(first := subject[0].split(",", 1)[0])
                or any(_bare(w) in _PLACE_NOUNS for w in first.split()[:4])
            )
        ):
            # "In Wagholi, where water sells for ₹60, up from ₹35, shopkeeper Ann Lee said":
            # the subject follows the last comma of a long opening
            tail_at = subject[0].rindex(",") + 1
            tail = subject[0][tail_at:].strip()
            if 0 < len(tail.split()) <= 6 and looks_like_speaker(tail):
                offset = subject[1] + subject[0].index(tail, tail_at)
                subject = (tail, offset)
        if subject is None or len(subject[0].split()) > 14:
            continue
        speaker = parse_speaker(subject[0], base + subject[1])
        if speaker is None:
            continue
        end = len(sentence.rstrip())
        according = _ACCORDING_END.search(sentence, start)
        if according:
            end = according.start()
        end = _statement_end(text, base + start, base + end)
        mention = Mention(speaker, cue.group(), base + cue.start(), base + cue.end(), "explicit")
        return _attribution(base + start, end, mention, base)
    # "CLAUSE, according to X."
    match = _ACCORDING_END.search(sentence) if "according to" in sentence else None
    if match:
        phrase = match.group("np")
        np_words = phrase.split()
        if (
            match.group("apposed")
            # "the regional governor, Anna Lind": a person's role, then the name (not
            # "officials in the province, Cabo Delgado")
            and len(np_words) <= 4
            and _bare(np_words[-1]) in ROLE_WORDS
            and not np_words[-1].endswith("s")
        ):
            phrase = sentence[match.start("np") : match.end("apposed")]
        speaker = parse_speaker(phrase, base + match.start("np"))
        if speaker and looks_like_speaker(speaker.phrase):
            end = _statement_end(text, base, base + match.start())
            mention = Mention(
                speaker,
                "according to",
                base + match.start("np") - len("according to "),
                base + match.start("np") - 1,
                "explicit",
            )
            return _attribution(_statement_start(sentence, base), end, mention, base)
    if " found" in sentence or " show" in sentence:
        finding = _BACKWARD_FINDING.search(sentence)
        if finding is not None:
            # "CLAUSE, an audit by the Health Board has found.": the document's author
            speaker = parse_speaker(finding.group("np"), base + finding.start("np"))
            if speaker is not None and speaker.kind != "unknown":
                end = _statement_end(text, base, base + finding.start())
                mention = _cue_mention(speaker, finding, base)
                return _attribution(_statement_start(sentence, base), end, mention, base)
    if not cues:
        return parenthetical  # the backward patterns need a cue that _REPORT_CUE finds
    for ending in _backward_endings(sentence, cues):
        event = _backward_attribution(text, sentence[:ending], base)
        if event is not None:
            return event
    return parenthetical


#: "According to news broadcasts anarchists have occupied ...": a source the text cites by
#: its kind, without a comma before the clause; only sources whose phrase ends on a plural
#: head of that kind, so that the clause's start is plain.
_ACCORDING_BARE = re.compile(
    r"^(?:(?:But|And|Yet)\s+)?[Aa]ccording to\s+(?P<np>(?:(?:the|some|local|news|media|"
    r"press|unconfirmed|initial|early|earlier|latest|television|TV|radio|state|official)\s+){0,2}"
    r"(?:reports|broadcasts|bulletins))\s+(?=[\w’'-]{1,30}\s)"
)


def _according_without_comma(text: str, sentence: str, base: int) -> SpeechEvent | None:
    match = _ACCORDING_BARE.match(sentence)
    if match is None or not _FINITE_OR_PAST_SOON.match(sentence, match.end()):
        return None
    if "," in sentence[match.end() : match.end() + 20]:
        return None  # "According to reports from the town, ...": the comma rule's
    speaker = parse_speaker(match.group("np"), base + match.start("np"))
    if speaker is None:
        return None
    start = base + match.end()
    end = _statement_end(text, start, base + len(sentence.rstrip()))
    mention = Mention(
        speaker,
        "according to",
        base + match.start("np") - len("according to "),
        base + match.start("np") - 1,
        "explicit",
    )
    return _attribution(start, end, mention, base)


#: "CLAUSE, Iranian officials were quoted by AP as saying.": the speaker and the medium
#: after the statement.
_QUOTED_AS_AFTER = re.compile(
    r",\s{1,3}(?P<np>[^,;\x00“”\"]{2,80}?)\s{1,3}(?P<cue>(?:was|were|is|are)\s{1,3}quoted)"
    r"\s{1,3}(?:by|in)\s{1,3}[^,;\x00]{1,80}?\s{1,3}as\s{1,3}saying[.!]?\s*$"
)


def _quoted_as_saying_after(text: str, sentence: str, base: int) -> SpeechEvent | None:
    match = _QUOTED_AS_AFTER.search(sentence)
    if match is None or not looks_like_speaker(match.group("np")):
        return None
    speaker = parse_speaker(match.group("np"), base + match.start("np"))
    if speaker is None or speaker.kind not in _REPORTING_KINDS:
        return None
    start = _statement_start(sentence, base, match.start())
    end = _statement_end(text, start, base + match.start())
    if end - start < _MIN_STATEMENT:
        return None
    return _attribution(start, end, _cue_mention(speaker, match, base), base)


#: Reports whose verb ``_REPORT_CUE`` does not take, each followed by its clause: "Reports
#: have it that CLAUSE", "an autopsy shows that CLAUSE", "insurers are privately warning
#: brokers that CLAUSE", "witnesses reported sensing a tremor".
#: The look-ahead holds the letters the forms start with: the engine tries the forms (each
#: opens with a group, which defeats its quick first-letter test) only where one may start.
_VERBAL_REPORT = re.compile(
    r"\b(?=[abdfhirstw])(?:(?P<have>(?:have|has|had)\s{1,3}it\s{1,3}that)"
    r"|(?P<show>shows?|showed)\s{1,3}(?P<shown_that>that\s{1,3})?"
    # "Investigators found that CLAUSE", "the report finds that CLAUSE"
    r"|(?P<found>found|finds)\s{1,3}"
    # "found last year that", "found in 2023 that"
    r"(?:(?:last|this|earlier\sthis)\s(?:year|month|week)\s{1,3}|in\s(?:19|20)\d\d\s{1,3})?"
    r"that\s{1,3}"
    r"|(?P<progressive>(?:is|are|was|were|been)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?"
    r"(?:warning|telling|saying|claiming|insisting|arguing|predicting|suggesting|cautioning|"
    r"reporting)\b(?:\s{1,3}[^,.;:\x00]{1,60}?)?\s{1,3}that)"
    r"|(?P<reported>reported|reports)\s{1,3}(?=(?:sensing|feeling|hearing|seeing|smelling|"
    r"noticing|witnessing|experiencing|receiving|getting)\b)"
    # "SKY - TV reports that CLAUSE": "reports" as a verb, told from the noun by its subject
    r"|(?P<news>reports)\s{1,3}that"
    # "Survivors described how the crowd was pushed back": how it happened, as they tell it
    r"|(?P<how>described|describe|recounted|recount|told|tell|recalled|recall)"
    r"\s{1,3}how(?=\s{1,3}(?:the|a|an|his|her|their|its|he|she|they|it|we|I|[A-Z])\b))\s{0,3}"
)
_TELLING_THAT = re.compile(r"\btelling\s{1,3}that$")
#: The verb of a ``_VERBAL_REPORT`` match, for the claim's cue ("warning", "have it").
_VERBAL_CUE = re.compile(
    r"(?:ha(?:ve|s|d)\s{1,3}it|shows?|showed|found|finds|[a-z]{2,20}ing|reported|reports|"
    r"described|describe|recounted|recount|told|tell|recalled|recall|explained)\b"
)
#: Words that make "reports" a noun ("media reports that ..."), not a report.
_REPORT_NOUN_MODIFIERS = frozenset(
    """news media press unconfirmed earlier initial early local official conflicting recent
    further similar such these those some many several other police""".split()
)


def _verbal_report(text: str, sentence: str, base: int, first_cue: int) -> SpeechEvent | None:
    """ "Reports have it that CLAUSE", "An autopsy shows that CLAUSE", "Insurers are warning
    brokers that CLAUSE", "Some witnesses reported sensing a tremor", and "SKY TV reports
    that CLAUSE", before any other report cue of the sentence."""
    if (
        "report" not in sentence
        and "show" not in sentence
        and " how " not in sentence
        and (
            "that" not in sentence
            or ("ing " not in sentence and " it " not in sentence and "f" not in sentence)
        )
    ):
        return None  # string tests first: most sentences hold none of the forms' words
    match = _VERBAL_REPORT.search(sentence, 0, first_cue + 120)
    if match is None or match.start() > first_cue:
        return None
    if match.group("progressive") and _TELLING_THAT.search(match.group("progressive")):
        return None  # "it is telling that ...": an adjective; the verb needs its listener
    start = match.end()
    if sentence[start : start + 1] in ("\x00", ""):
        return None
    subject = subject_before(sentence, 0, match.start())
    opening = _ISSUED_BY.match(sentence)
    if opening is not None and "," not in sentence[: match.start()]:
        # "A report by HM Inspectorate of Prisons published in June found": the whole opening
        # (but not "last year")
        subject = (_TRAILING_PERIOD.sub("", sentence[: match.start()].rstrip()), 0)
    described = _REPORT_DESCRIBED.search(sentence, 0, match.start())
    if match.group("found") is not None and described is not None:
        # "The report by X, titled “...” and published in May, found that": the report,
        # never a word of its description ("May")
        subject = leading_subject(sentence, 0, described.start()) or _opening_document(
            sentence, described.start()
        )
        if subject is not None and _ISSUED_BY.search(sentence, subject[1], described.start()):
            subject = (sentence[subject[1] : described.start()], subject[1])
    issued = subject is not None and _ISSUED_BY.match(subject[0]) is not None
    # "A 2023 audit report by the Comptroller and Auditor General of India found": a
    # document's author may have a long name
    if subject is None or len(subject[0].split()) > (14 if issued else 10):
        return None
    speaker = parse_speaker(subject[0], base + subject[1])
    evidence = (
        speaker is not None
        and match.group("show") is not None
        and (_bare(speaker.phrase.split()[-1]) in _EVIDENCE_HEADS or issued)
    )
    if speaker is None or (
        speaker.kind not in ("person", "organisation", "description", "group", "pronoun")
        and not evidence
    ):
        return None
    if match.group("show") is not None:
        # "the video shows that": only a source's findings are reported; "Federal records
        # show OSHA fined X": records and data report a clause without "that" too
        if not (evidence or speaker.head in _VAGUE_SOURCES):
            return None
        if (
            match.group("shown_that") is None
            and not (
                evidence
                and _FINITE_OR_PAST_SOON.match(sentence, start)
                # "The figures show the need for reform, the minister said": the minister's (but
                # "records show the plant reported two releases" is the records')
                and not any(
                    cue.start() > start and "," in sentence[start : cue.start()]
                    for cue in _report_cues(sentence)
                )
                # "records show how the money moved": a question, not a claim
                and not _WH_WORD.match(sentence, start)
            )
        ):
            return None
        if evidence and not issued:
            owner = speaker.phrase.split()[:-1]
            if (
                owner
                and all(w[:1].isupper() for w in owner)
                and any(_bare(w) in ORG_WORDS or _is_acronym(w) for w in owner)
            ):
                # "Federal Railroad Administration data shows": the body speaks
                name = " ".join(owner)
                speaker = replace(speaker, kind="organisation", name=name, organisation=name)
            else:
                speaker = replace(speaker, kind="description", name=_collapse(speaker.phrase))
    if match.group("reported") is not None:
        if speaker.kind == "description" and speaker.head in _VAGUE_SOURCES:
            return None  # "reports": a noun
        if match.group("reported") == "reports" and speaker.kind != "pronoun":
            return None
    if match.group("news") is not None and not _reporting_outlet(speaker):
        return None
    end = _statement_end(text, base + start, base + len(sentence.rstrip()))
    if end - (base + start) < _MIN_STATEMENT:
        return None
    verb = _VERBAL_CUE.search(match.group())
    cue_start = match.start() + (verb.start() if verb else 0)
    cue_end = match.start() + (verb.end() if verb else len(match.group().rstrip()))
    mention = Mention(speaker, sentence[cue_start:cue_end], base + cue_start, base + cue_end)
    mention.source = "explicit"
    return _attribution(base + start, end, mention, base)


def _reporting_outlet(speaker: Speaker) -> bool:
    """Whether a subject of "reports that" is a named outlet or body (not "media reports
    that ...", "unconfirmed reports that ...", where "reports" is a noun)."""
    if speaker.kind == "pronoun":
        return speaker.head in ("it", "he", "she")
    words = [w.lower() for w in _TOKEN.findall(speaker.phrase) if w != ","]
    if not words or words[-1] in _REPORT_NOUN_MODIFIERS:
        return False
    return speaker.kind == "organisation" and (
        _is_acronym(speaker.phrase.split()[-1])
        or (speaker.head or "") in ORG_WORDS
        or (speaker.head or "") in MEDIA_HEADS
        or (speaker.head or "") in OUTLETS
    )


#: "Two years before, he said, an officer stopped him": a short speaker and cue set off by
#: commas inside the statement. The speaker is a pronoun, a name (up to six words: "New York
#: State Park Police"), or a plural noun group in lower case ("economists and investors
#: contend", "even male senators say"); an adverb may precede the cue ("he sternly told
#: her") and a listener or a day may follow it.
_PARENTHETICAL = re.compile(
    r",\s{1,3}(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|(?:the\s+)?[A-Za-z][\w.’'-]{0,30}"
    r"(?:\s+[A-Z][\w.’'-]{0,30}){0,5}"
    # "NYPD spokesman Paul Browne": an organisation, a role in lower case, a name
    r"|[A-Z][\w.’'-]{0,30}(?:\s+[a-z][\w-]{1,25}){1,2}(?:\s+[A-Z][\w.’'-]{0,30}){1,3}"
    r"|(?:(?:even|many|some|most|other|several|the|these|those|both)\s+){0,2}"
    r"(?:[a-z][\w-]{1,25}\s+){0,2}[a-z][\w-]{1,25}s(?:\s+and\s+[a-z][\w-]{1,25}s)?))"
    r"(?:\s+[a-z]{2,20}ly)?\s+(?P<cue>said|says|say|added|adds|argued|argues|argue|noted|"
    r"notes|explained|explains|insisted|insists|insist|warned|warns|warn|claimed|claims|claim|"
    r"recalled|recalls|contend|contends|contended|told|tells)"
    r"(?:\s+(?:her|him|them|us|me|reporters))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday))?"
    r"\s{0,3},\s{1,3}(?=[^\s\x00“”\"‘’'])"
)
_PARENTHETICAL_VERBS = frozenset(
    """said says say added adds argued argues argue noted notes explained explains insisted
    insists insist warned warns warn claimed claims claim recalled recalls contend contends
    contended told tells""".split()
)
_PARENTHETICAL_CUE = re.compile(
    r"\b" + _word_alternation(_PARENTHETICAL_VERBS) + r"\b[^,.;\x00]{0,24},"
)
#: What follows a verb of ``_PARENTHETICAL_CUE``.
_COMMA_SOON = re.compile(r"[^,.;\x00]{0,24},")
#: The verbs of ``_PARENTHETICAL_CUE`` that ``_REPORT_CUE`` does not find ("recalled").
_UNREPORTED_PARENTHETICAL_VERBS = sorted(_PARENTHETICAL_VERBS - set(_REPORT_VERBS))
#: Words that open a lower-case group before a parenthetical cue but are not its speaker.
_GROUP_FILLERS = frozenset("even".split())
#: Plural heads of lower-case groups that stand for people although they are not role
#: words ("investors contend", "critics say").
_PEOPLE_PLURALS = re.compile(r"(?:ers|ors|ists|ians|ics|ants|men|people|athletes|colleagues)$")


def _has_parenthetical_cue(sentence: str, cues: Sequence[re.Match[str]]) -> bool:
    """Whether ``_PARENTHETICAL_CUE`` occurs in the sentence, told from its report ``cues``
    (all ``_REPORT_CUE`` matches) where they cover the verb: no second scan of every
    sentence."""
    for cue in cues:
        if cue.group() in _PARENTHETICAL_VERBS and _COMMA_SOON.match(sentence, cue.end()):
            return True
    for verb in _UNREPORTED_PARENTHETICAL_VERBS:
        if verb in sentence:
            return _PARENTHETICAL_CUE.search(sentence) is not None
    return False


_AND_OR_BUT = re.compile(r"(?:and|but)\s")


def _parenthetical_attribution(
    text: str, sentence: str, base: int, cues: Sequence[re.Match[str]]
) -> SpeechEvent | None:
    """ "Once he has a gun, he said, the threat is imminent": the statement is the sentence
    around the parenthetical cue; it is reported from the words after it. ``cues``: the
    sentence's ``_REPORT_CUE`` matches."""
    if not _has_parenthetical_cue(sentence, cues):
        return None  # cheap test first: most sentences have no cue followed by a comma
    match = _PARENTHETICAL.search(sentence)
    if match is None or "\x00" in sentence[match.end() : match.end() + 40]:
        return None
    phrase = match.group("np")
    np_start = match.start("np")
    first = phrase.split()[0].lower()
    if first in _GROUP_FILLERS:
        np_start += len(phrase) - len(phrase.split(None, 1)[1])
        phrase = phrase.split(None, 1)[1]
        first = phrase.split()[0].lower()
    if first in _NOT_SPEAKER_START - set(PRONOUNS):
        return None
    if match.group("cue") in ("told", "tells") and first not in PRONOUNS and phrase[:1].islower():
        return None  # "..., the crowd told ..." is not the shape of a report
    speaker = parse_speaker(phrase, base + np_start)
    if speaker is None:
        return None
    if phrase[:1].isupper() and any(w[:1].islower() for w in phrase.split()[1:]):
        if speaker.kind != "person" or not speaker.role or not speaker.person:
            return None  # "Kim visited the plant in Seoul" is not a titled name
    elif speaker.kind == "unknown" or not looks_like_speaker(phrase):
        # a lower-case plural group: "economists and investors contend"
        heads = [w for w in phrase.split() if w != "and"]
        if not (
            phrase[:1].islower()
            and all(_bare(w) in ROLE_WORDS or _PEOPLE_PLURALS.search(w) for w in heads[-1:])
        ):
            return None
        speaker = replace(speaker, kind="group", name=phrase, definite=first == "the")
    start = base + match.end()
    if _AND_OR_BUT.match(sentence[match.end() : match.end() + 4]):
        # "A officer was hurt, X said, and a window was smashed": the cue reports the
        # clauses on both sides, so the statement is the whole sentence
        start = _statement_start(sentence, base)
    end = _statement_end(text, start, base + len(sentence.rstrip()))
    if end - start < _MIN_STATEMENT:
        return None
    return _attribution(start, end, _cue_mention(speaker, match, base), base)


#: A clause that may follow ", X said": "..., the ministry said Tuesday, amid warnings ...".
_TRAILING_CLAUSE = re.compile(
    r",\s{1,3}(?:amid|as|after|before|while|when|following|despite|citing|adding|noting|during|"
    r"without|in|at)\b"
)


def _backward_endings(sentence: str, cues: Sequence[re.Match[str]]) -> list[int]:
    """Where the "CLAUSE, X said" part of a sentence may end: the sentence's end, before a
    trailing quotation ("..., he said, “because ...”") or before a trailing clause."""
    endings = [len(sentence)]
    trimmed = sentence.rstrip().rstrip(".!").rstrip().rstrip('”"’').rstrip()
    if trimmed.endswith("\x00"):
        before_quote = trimmed.rstrip("\x00").rstrip()
        if not before_quote.endswith(":"):  # "X told the Post: “...”" introduces the quote
            endings.append(len(before_quote.rstrip(",")))
    last_cue = cues[-1].end()
    clause = _TRAILING_CLAUSE.search(sentence, last_cue, last_cue + 60)
    if clause is not None:
        endings.append(clause.start())
    return endings


_DEFINITE = re.compile(r"^the\s+")
_CITY_BEFORE_BASED = re.compile(r",\s+the\s+[A-Z][\w.’'-]{1,25}(?:\s+[A-Z][\w.’'-]{1,25}){0,2}$")


#: A verb in the past tense before its object: the words after a cue are a clause (unless
#: a relative pronoun comes first: "said the engineer who inspected the plant").
_CLAUSE_IN_PHRASE = re.compile(r"\b[a-z]{3,20}ed\s(?:the|a|an|its|his|her|their|our)\s")
_RELATIVE_START = re.compile(r",|\b(?:who|that|which)\b")


def _backward_attribution(text: str, sentence: str, base: int) -> SpeechEvent | None:
    """ "CLAUSE, X said (Tuesday)." and "CLAUSE, said X, a title of Y." at the sentence's end."""
    match = _BACKWARD_INVERTED.search(sentence)
    if (
        match
        and looks_like_speaker(match.group("np"))
        and _bare(_DEFINITE.sub("", match.group("np")).split()[0].strip(",")) not in NOT_NAMES
        and not _REPORT_CUE.search(match.group("np"))  # "said the CDC's Dr. Ruiz said Friday"
    ):
        speaker = parse_speaker(match.group("np"), base + match.start("np"))
        if speaker and speaker.kind in ("person", "organisation", "description", "group"):
            end = _statement_end(text, base, base + match.start())
            return _attribution(base, end, _cue_mention(speaker, match, base), base)
    match = _BACKWARD_INVERTED_ROLE.search(sentence)
    if match and _CLAUSE_IN_PHRASE.search(_RELATIVE_START.split(match.group("np"), 1)[0]):
        # ", said the closure breached the treaty": a reported clause, not who said it
        match = None
    if match:
        phrase = _inverted_phrase(match.group("np"))
        if not phrase or not looks_like_speaker(phrase):
            phrase = ""  # "..., said on Twitter": no speaker after the cue
        speaker = parse_speaker(phrase, base + match.start("np")) if phrase else None
        if speaker is not None and (
            (speaker.kind == "person" and speaker.person)
            or (speaker.kind == "description" and speaker.head in ROLE_WORDS)
        ):
            end = _statement_end(text, base, base + match.start())
            return _attribution(base, end, _cue_mention(speaker, match, base), base)
    match = _BACKWARD_APPOSED.search(sentence)
    if match and _only_adverbials(match.group("adv"), match.group("cue")):
        speaker = parse_speaker(match.group("np"), base + match.start("np"))
        if speaker is not None and speaker.kind == "person" and speaker.person:
            start = _statement_start(sentence, base, match.start())
            end = _statement_end(text, start, base + match.start())
            return _attribution(start, end, _cue_mention(speaker, match, base), base)
    match = _BACKWARD.search(sentence)
    if match and looks_like_speaker(match.group("np")):
        if not _only_adverbials(match.group("adv"), match.group("cue")):
            return None
        speaker = parse_speaker(match.group("np"), base + match.start("np"))
        if speaker is not None:
            start = _statement_start(sentence, base, match.start())
            cut = match.start()
            if match.group("np").split()[0].endswith("-based"):
                # "..., the San Jose, California-based company said": the city is the
                # speaker's, not the statement's
                city = _CITY_BEFORE_BASED.search(sentence, max(0, cut - 60), cut)
                cut = city.start() if city is not None else cut
            end = _statement_end(text, start, base + cut)
            return _attribution(start, end, _cue_mention(speaker, match, base), base)
    return None


def _statement_start(sentence: str, base: int, cue_at: int | None = None) -> int:
    """Where a reported statement starts: past a leading "And", "But" ..., and past the last
    semicolon before the cue at ``cue_at`` ("“...,” said X; a date is not set, he said": a
    semicolon joins independent clauses, and the cue reports only the last)."""
    if cue_at is not None:
        semicolon = sentence.rfind(";", 0, cue_at)
        if semicolon >= 0:
            start = semicolon + 1
            while start < cue_at and sentence[start].isspace():
                start += 1
            if len(sentence[start:cue_at].split()) >= 3:
                return base + start
    dateline = _DATELINE_OPENING.match(sentence)
    if dateline is not None:
        return base + dateline.end()  # "Manila (AFP) - CLAUSE": the dateline is no statement
    lead = _LEAD_CONJUNCTION.match(sentence)
    return base + (lead.end() if lead else 0)


#: A wire dateline opening the first sentence: "Manila (AFP) - ", "SEATTLE (AP) — ".
_DATELINE_OPENING = re.compile(
    r"[A-Z][\w.’' -]{1,40}?(?:,\s[A-Z][\w.’' -]{1,30})?\s\([A-Za-z]{2,10}\)\s{0,2}[-–—]{1,2}\s{1,2}"
    # "ANCHORAGE, Alaska — ": a city in capitals, its state, a dash
    r"|[A-Z][A-Z.’'-]{2,20}(?:\s[A-Z][A-Z.’'-]{1,20}){0,2}(?:,\s[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20})?)?"
    r"\s(?:[–—]|--)\s{1,2}(?=[A-Z])"  # not "IBM — which cut jobs —"
    # "KARACHI: The State Bank of Pakistan": a city in capitals and a colon
    r"|[A-Z][A-Z.’'-]{2,20}(?:\s[A-Z][A-Z.’'-]{1,20}){0,2}:\s{1,2}(?=[A-Z])"
)


def _cue_mention(speaker: Speaker, match: re.Match[str], base: int) -> Mention:
    """The speaker and the cue verb ("said") a pattern matched, at document offsets."""
    return Mention(
        speaker, match.group("cue"), base + match.start("cue"), base + match.end("cue"), "explicit"
    )


def _attribution(start: int, end: int, mention: Mention, base: int) -> SpeechEvent:
    return SpeechEvent("attribution", start, end, "", mention, extra={"sentence_start": base})


# --------------------------------------------------------------------------- resolution

#: The capital comes first and the "not inside a word" test after it, so that the regex engine
#: jumps from capital to capital instead of testing the look-behind at every character.
_NAME_CHAIN = re.compile(
    rf"[{_CAPITALS}](?<![\w’'][{_CAPITALS}])[\w’'.\-]{{0,40}}"
    rf"(?:[^\S\n]{{1,3}}(?:(?:van|von|de|der|da|bin|al|la|le|di|del)[^\S\n]{{1,3}})?"
    rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|abu|bin|ibn)-)?[{_CAPITALS}][\w’'.\-]{{0,40}}){{0,7}}"
)
#: A given name, a nickname in quotation marks, a surname: 'Rodolfo "Boy" Villacorta'.
_NICKNAMED = re.compile(
    rf"[{_CAPITALS}](?<![\w’'][{_CAPITALS}])[\w’'-]{{1,30}}[^\S\n]{{1,3}}"
    r"[\"“‘'][A-Z][\w’'.-]{0,20}(?:\s[A-Z][\w’'.-]{0,20})?[\"”’'][^\S\n]{1,3}"
    rf"[{_CAPITALS}][\w’'-]{{1,30}}"
)


#: Words that describe a person right before their name but are too common in the names of
#: things to be roles ("reality star Danny Fenwick", but "Oceanic Star Lines").
_PERSON_DESCRIPTIONS = frozenset("star hunk celebrity".split())
_PERSON_CONTEXT = re.compile(
    r"(?:\b(?:"
    + "|".join(
        sorted(ROLE_WORDS | _PERSON_DESCRIPTIONS | {h for h in HONORIFICS}, key=len, reverse=True)
    )
    + r")\.?,?\s+)$",
    re.IGNORECASE,
)


_APPOSITION = re.compile(r",\s+(?:a|an|the|who)\s|,\s\d{1,3},\s")  # "Grace Achieng, 61, who"
_LONGEST_PERSON_WORD = max(len(word) for word in ROLE_WORDS | set(HONORIFICS))


#: The last hyphen-separated part of each role word and honorific ("president-elect" ->
#: "elect"): the word characters that end any match of ``_PERSON_CONTEXT``.
_PERSON_WORD_TAILS = frozenset(
    word.rsplit("-", 1)[-1] for word in ROLE_WORDS | _PERSON_DESCRIPTIONS | set(HONORIFICS)
)


_GIVEN_NAME_AND = re.compile(r"(?:^|\s)[A-Z][a-z]{1,15}\s+and\s+$")


def _person_context(before: str) -> bool:
    """Whether ``before`` ends with a role or honorific (``_PERSON_CONTEXT``).

    The match ends in the trailing white space, so only the last few characters can start it;
    searching from there saves trying the long alternation at every position. Most names
    follow no role word at all: when the word run before the trailing white space (and an
    optional "." and ",") is plain ASCII and ends no role word, the regex cannot match.
    """
    stripped = before.rstrip()
    trailing = len(before) - len(stripped)
    if not trailing:
        return False
    end = len(stripped)
    if end and stripped[end - 1] == ",":
        end -= 1
    if end and stripped[end - 1] == ".":
        end -= 1
    begin = end
    while begin > 0 and (stripped[begin - 1].isalnum() or stripped[begin - 1] == "_"):
        begin -= 1
    tail = stripped[begin:end]
    if tail.isascii() and tail.lower() not in _PERSON_WORD_TAILS:
        return False
    start = max(0, len(before) - trailing - _LONGEST_PERSON_WORD - 2)
    return _PERSON_CONTEXT.search(before, start) is not None


def _name_at(text: str, full: str, chain_start: int) -> int:
    """Where a full name starts in the capitalised run that holds it ("State Ann Lee")."""
    found = text.find(full, chain_start, chain_start + 200)
    return found if found >= 0 else chain_start


#: "Secretary for ", "Minister of the ": an office's title before the words naming it.
_TITLE_OF = (
    r"\b(?:Secretary|Minister|Director|Head|Chief|Commissioner|President|Governor|Chairman|"
    r"Chair|Mayor|TD|MP|MLA|MSP|Senator|Representative|Councillor|Councilor)\s(?:of|for)\s"
    r"(?:the\s)?"
)
# "Minister for Trade and " before "Industry Ong Jia Wen": an office of two words
_OFFICE_OF_BEFORE = re.compile(
    # "Minister of State for " before "Sport Patrick Hegarty"
    _TITLE_OF + r"(?:State\s(?:for|of)\s)?(?:[A-Z][\w’'-]{1,25},?\s(?:and\s)?)?$"
)
#: "Secretary of State ", "Minister of the Interior ": a title with "of" right before a name.
_TITLE_OF_BEFORE = re.compile(_TITLE_OF + r"[A-Z][\w’'-]{1,25}(?:\s[A-Z][\w’'-]{1,25})?\s$")
#: Countries, which say things ("Sri Lanka said it would appeal") but are no company.
_COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia
    Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia
    Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea
    Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece
    Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
    Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg
    Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia
    Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal
    Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay
    Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
    Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland
    Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan
    Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
    Britain England Scotland Wales America""".split()
) | frozenset(
    [
        "Sri Lanka",
        "Saudi Arabia",
        "South Africa",
        "South Korea",
        "North Korea",
        "South Sudan",
        "New Zealand",
        "United States",
        "United Kingdom",
        "United Arab Emirates",
        "Costa Rica",
        "El Salvador",
        "Sierra Leone",
        "Burkina Faso",
        "Ivory Coast",
        "Papua New Guinea",
        "Dominican Republic",
        "Czech Republic",
        "Central African Republic",
        "Equatorial Guinea",
        "East Timor",
        "Bosnia and Herzegovina",
        "North Macedonia",
        "Trinidad and Tobago",
        "Hong Kong",
        "Northern Ireland",
    ]
)
#: Countries a demonym names, and the others: "Russia said" is no company's subject.
_PLACE_NAMES = frozenset(DEMONYMS.values()) | _COUNTRIES
_PLACE_PREFIXES = frozenset(
    """north south east west northern southern eastern western new upper lower central united
    co""".split()  # "Co Monaghan": an Irish county (not "County", as in "County Judge Ann Lee")
)
#: A name chain's text -> (titled, full name, its first and last word in lower case), or None
#: when it holds no full name; the same chains recur through a text and across texts.
_CHAIN_CACHE: dict[str, tuple[bool, str, frozenset[str]] | None] = {}


def _name_in_chain(chain: str) -> tuple[bool, str, frozenset[str]] | None:
    """The full name (2 to 4 words) in a run of capitalised words, whether a title led it, and
    the words "Mr. X" may use for it (first and last, in lower case)."""
    if chain in _CHAIN_CACHE:
        return _CHAIN_CACHE[chain]
    raw = chain.split()
    if len(raw) < 2:
        return None  # one word holds no full name: most chains ("The", "He"), not cached
    # "Al Jazeera’s Ousmane Diallo": a possessive ends the owner's name; the person follows
    for index in range(len(raw) - 2, -1, -1):
        if _POSSESSIVE.search(raw[index]) and not raw[index].endswith("."):
            raw = raw[index + 1 :]
            break
    words = [_POSSESSIVE.sub("", w) if not w.endswith(".") else w for w in raw]
    while words and words[0].endswith("-based"):
        words = words[1:]  # "Hauppauge-based Corvell Generics": where a body is, not a name
    while len(words) > 2 and words[-1].rstrip(".,") in _POST_NOMINALS:
        words = words[:-1]  # "Fiona Lyle KC": letters after the name
    place = bool(words) and words[0].lower() in _PLACE_PREFIXES
    titled = False
    while words and (
        _bare(words[0]) in NOT_NAMES
        or not _is_name_token(words[0])
        # "(Minister for) Public Expenditure Siobhán Kiernan": an office's last word
        or (len(words) > 2 and _bare(words[0]) in _OFFICE_WORDS)
    ):
        titled = titled or _bare(words[0]) in ROLE_WORDS or _bare(words[0]) in HONORIFICS
        words = words[1:]
    if len(words) >= 3 and (
        (words[0][:1].isupper() and words[0].lower().endswith(_OCCUPATION_ENDINGS))
        or "-of-" in words[0]
        or _is_trade(words[0])
    ):
        titled, words = True, words[1:]  # "Pensioner Helga Sommer", "Lobsterman Ben Coffin"
    name: list[str] = []
    for index, word in enumerate(words):
        if (
            name
            and _surname_role_word([*name, word])
            # "Korea Governor Yoon Seok-hwan", "Fisheries Minister Datuk Seri Ahmad": a title
            # before a name or an honorific, not a surname
            and not any(
                _is_name_token(w) or _bare(w) in HONORIFICS for w in words[index + 1 : index + 2]
            )
        ):
            name.append(word)  # "Tishana King"
            break
        if not _is_name_token(word) and word not in _PARTICLES:
            name = []
            continue
        if (
            word.endswith(".")
            and len(word) > 2
            # "R.M. Jayasekara": initials before one surname; "at M.I.T. Ann Lee" ended a
            # sentence
            and not (_INITIALS.fullmatch(word) and len(words) - index == 2)
        ):
            if not name and _INITIALS.fullmatch(word):
                continue  # "at M.I.T. Ann Lee": the name starts after the sentence's end
            name.append(word.rstrip("."))
            break  # "Twitter. Williams": a sentence ended
        name.append(word)
    found = None
    # "South Sudan", "New York": a place, so "Sudan" is not a surname; but in "New York City
    # Councilman Jumaane Williams" the name comes after the place
    if 2 <= len(name) <= 4 and not (place and name[0] == words[0]):
        # "Quispe" for Julia Quispe Huamán: a middle word may be the surname used alone
        keys = {name[0].lower(), name[-1].lower()} | (
            {name[1].lower()} if len(name) == 3 else set()
        )
        found = (titled, " ".join(name), frozenset(keys))
    if len(_CHAIN_CACHE) > _CACHE_LIMIT:
        _CHAIN_CACHE.clear()
    _CHAIN_CACHE[chain] = found
    return found


_JOURNALIST_NAME = r"([A-Z][a-z’'\-]{1,30}(?:\s[A-Z][a-z’'\-]{1,30}){1,3})"
_BYLINE = re.compile(r"^\s{0,3}By\s" + _JOURNALIST_NAME + r"\s{0,3}(?:,|$)", re.MULTILINE)
_OUTLET_REPORTER = re.compile(
    r"(?:\b(?:"
    + "|".join(sorted({o.upper() for o in OUTLETS} | {o.title() for o in OUTLETS}, key=len))
    + r")(?:’s|'s)\s(?:own\s)?(?:[a-z]{1,20}\s){0,2}?|\b[Oo]ur\s(?:[a-z]{1,20}\s)?"
    + r"(?:correspondent|reporter),?\s)"
    + _JOURNALIST_NAME
)
#: "our reporter", "our correspondent": the article's own journalist.
_OWN_JOURNALIST = frozenset("reporter correspondent editor journalist".split())


#: A name of two to six capitalised words, "of", "for", "and" allowed inside. The capital
#: comes first and the "not inside a word" test after it (``\b`` before it), so
#: that the regex engine jumps from capital to capital: twice as fast.
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w.&’'-]{0,30}"
    r"(?:[^\S\n]{1,3}(?:(?:of|for|and)[^\S\n]{1,3})?[A-Z][\w.&’'-]{0,30}){1,5}"
)
_NAME_FUNCTION_WORDS = frozenset("of for and".split())
#: The start of a name "... of the ..." or "... for the ...", which runs of capitalised words
#: stop at: the "Department of the Interior and Local Government" (DILG), "People for the
#: Ethical Treatment of Animals" (PETA).
_OF_THE_BEFORE = re.compile(
    r"\b(?P<lead>(?!(?:The|A|An)\b)[A-Z][\w’'-]{0,30}(?:[^\S\n][A-Z][\w’'-]{0,30}){0,3})"
    r"[^\S\n](?:of|for)"
    r"[^\S\n]the[^\S\n]$"
)
#: The start of a name's listed items before a run: "Commission for Conciliation, " or
#: "Agriculture, " (a run of capitalised words stops at a comma).
_LISTED_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?!(?:The|A|An)\s)[A-Z][\w’'-]{0,30}"
    r"(?:\s(?:(?:of|for|and)\s)?[A-Z][\w’'-]{0,30}){0,4}"
    r"(?:,\s[A-Z][\w’'-]{0,30}(?:\s[A-Z][\w’'-]{0,30}){0,2}){0,4},\s$"
)
_LISTED_NAME_WORD = re.compile(r"[\w’'-]+|,")
_POSSESSIVE_WORD = re.compile(r"[\w-]+(?:’s|'s)\s")
#: How many full names sharing a word ``expand`` weighs at most.
_MAX_CANDIDATES = 40
#: How far back (characters) a full name counts as just introduced for a bare surname.
_JUST_INTRODUCED = 300


#: How far back (characters) "the agency" looks for the agency's name.
_MEDIA_LOOKBACK = 3000
#: The opening of a story (characters): its "the coast guard said" may name the body only
#: in the paragraphs after.
_LEAD_CHARS = 300
#: How far into a story the body a lead's "the company" stands for may first be named.
_NAMED_FOR_LEAD = 2000


def _last_named_before(
    named: Sequence[tuple[int, int, str]],
    position: int,
    fits: Callable[[str], bool] | None = None,
) -> str | None:
    """Of ``named`` (start, end, name), in text order, the last whole before ``position``
    within ``_MEDIA_LOOKBACK`` that ``fits``; failing one, in a story's lead, the first one
    named (a headline, deck or lead, "the coast guard said", names it a little later;
    further into a story, a body named later is another one)."""
    index = bisect_left(named, (position,)) - 1
    while index >= 0 and named[index][0] >= position - _MEDIA_LOOKBACK:
        _, end, name = named[index]
        if end <= position and (fits is None or fits(name)):
            return name
        index -= 1
    if fits is None and position < _LEAD_CHARS and named and named[0][0] < _NAMED_FOR_LEAD:
        return named[0][2]
    return None


#: Heads of public bodies: "the agency" may stand for any of them ("the Federal Trade
#: Commission ... the agency said").
_GOVERNMENT_HEADS = frozenset(
    "commission authority administration bureau ministry department agency council".split()
)
#: Heads of descriptions that stand for a body the text names with that head ("the company"
#: after "payments firm PaySathi"), as "the agency" stands for the outlet.
BODY_HEADS = _GOVERNMENT_HEADS | frozenset(
    """company firm lender bank insurer airline carmaker automaker retailer regulator watchdog
    hospital club union board charity platform app guard coastguard subsidiary museum school
    college university gallery society institute thinktank fund league trust academy
    federation association airport organisation organization airlines zoo observatory
    foundation group alliance coalition library advisory network cooperative consortium
    festival operator""".split()
)
#: Heads of descriptions of a body that oversees others, and the heads of the names such
#: bodies have: "the regulator" after "the Data Protection Authority".
_WATCHDOGS = frozenset(("regulator", "watchdog"))
_REGULATORS = ("authority", "commission")
#: Heads that name one kind of body: "the company" after "payments firm PaySathi".
_HEAD_FAMILY = {
    "organization": "organisation",
    "force": "police",  # "the force said" after "the Metropolitan Police said"
    "college": "school",  # "the school" after "Fernleigh College"
    "academy": "school",
    "firm": "company",
    "co-op": "cooperative",
    "platform": "company",
    "app": "company",
    "airline": "company",
    "airlines": "company",  # "Golden Coast Airlines" for "the airline"
    "subsidiary": "company",
    "carmaker": "company",
    "automaker": "company",
    "retailer": "company",
    "insurer": "company",
    "lender": "bank",
    "operator": "company",  # "the operator" after "the operator, Koleje Centralne"
    "coastguard": "guard",
    "thinktank": "institute",  # "the thinktank" after "the Mutuality Institute"
}
_MEDIA_HEAD_WORDS = _word_alternation(MEDIA_HEADS | BODY_HEADS)
#: Heads a body's capitalised name ends with ("Taf Valley University Health Board").
_BODY_NAME_ENDING = re.compile(
    rf"\b(?P<name>[A-Z][\w.&’'-]{{0,30}}"
    rf"(?:[^\S\n]{{1,3}}(?:(?:of|and)[^\S\n]{{1,3}})?[A-Z][\w.&’'-]{{0,30}}){{0,5}}"
    rf"[^\S\n]{{1,3}}(?P<head>{_word_alternation(w.title() for w in BODY_HEADS)}))\b"
)
_MEDIA_OUTLET_NAME = (
    r"[A-Z][\w.&’'-]{0,30}"
    r"(?:[^\S\n]{1,3}(?:of[^\S\n]{1,3}|for[^\S\n]{1,3})?[A-Z][\w.&’'-]{0,30}){0,5}"
)
#: "news agency, IRNA" / "news agency Interfax" (the name after) and "the IRNA news agency"
#: (the name before): an outlet and the kind of outlet it is.
_MEDIA_NAME_AFTER = re.compile(
    rf"\b(?P<head>{_MEDIA_HEAD_WORDS}),?[^\S\n]{{1,3}}(?:the[^\S\n]{{1,3}})?(?P<name>{_MEDIA_OUTLET_NAME})"
)
_MEDIA_NAME_BEFORE = re.compile(
    rf"\b(?P<name>{_MEDIA_OUTLET_NAME})[^\S\n]{{1,3}}(?:news[^\S\n]{{1,3}})?(?P<head>{_MEDIA_HEAD_WORDS})\b"
)
#: "PaySathi, a Bengaluru-based payments company,": the name, then what it is (the head ends
#: the apposition: not "Ann Lee, a union organiser at the plant,").
_MEDIA_NAME_APPOSED = re.compile(
    rf"\b(?P<name>{_MEDIA_OUTLET_NAME}),[^\S\n]{{1,3}}(?:a|an|the)[^\S\n]{{1,3}}[^,.;\n]{{0,50}}?"
    rf"\b(?P<head>{_MEDIA_HEAD_WORDS})(?=[,.;)]|\s(?:that|which|of|based|owned|with)\b)"
)


#: "the Ministry of Education", "Texas Commission on Environmental Quality": a public body
#: whose name goes on past its head.
#: Heads a body's name may put before "of" or "for": "International Organization for
#: Migration", "Federation of Kenya Employers".
_HEADS_BEFORE_OF = _GOVERNMENT_HEADS | frozenset(
    """organisation organization association federation institute union society league
    academy college school university bank museum""".split()
)
_BODY_NAME_OF = re.compile(
    r"\b(?P<name>(?:[A-Z][\w.&’'-]{0,30}[^\S\n]{1,3}){0,3}"
    rf"(?P<head>{_word_alternation(w.title() for w in _HEADS_BEFORE_OF)})[^\S\n]{{1,3}}"
    r"(?:of|on|for)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?[A-Z][\w.&’'-]{0,30}"
    r"(?:[^\S\n]{1,3}(?:and[^\S\n]{1,3})?[A-Z][\w.&’'-]{0,30}){0,4})"
)
#: "Ardent Chemicals", "Hinode Aerospace Inc.": a company by the last word of its name.
_COMPANY_NAME_ENDING = re.compile(
    r"\b(?P<name>[A-Z][\w.&’'-]{0,30}(?:[^\S\n]{1,3}[A-Z][\w.&’'-]{0,30}){0,4}"
    rf"[^\S\n]{{1,3}}(?P<head>{_word_alternation(w.title() for w in _COMPANY_WORDS)})\b\.?"
    r"(?:[^\S\n]{1,3}(?:AG|SA|SE|NV|BV|PLC|Plc|LLC|Inc|Ltd|Corp)\b\.?)?)"
    # not "International Energy" inside "International Energy Agency"
    r"(?![^\S\n]{1,3}[A-Z])"
)
#: "Celtic Sealink chief executive Richard Vane", "Harlow Foods shareholders": a company by
#: what only companies have (a union has a boss and a chairman, a person "shares" a house).
_COMPANY_BY_BOSS = re.compile(
    r"(?<![\w’'-])(?!(?:Former|Ex|Then|Acting|Interim|The|A)\b)"
    r"(?P<name>[A-Z][\w.&’'-]{0,30}(?:[^\S\n]{1,3}[A-Z][\w.&’'-]{0,30}){0,3})"
    r"[^\S\n]{1,3}(?P<head>chief[^\S\n]executive|CEO|shareholders)\b"
)
#: "Shares in Alpenwelt Bergbahnen fell": a company by its shares.
_COMPANY_BY_SHARES = re.compile(
    r"\b[Ss]hares[^\S\n]{1,3}in[^\S\n]{1,3}"
    r"(?P<name>[A-Z][\w.&’'-]{0,30}(?:[^\S\n]{1,3}[A-Z][\w.&’'-]{0,30}){0,3})"
)
#: "(FPF)" right after a name: the short form the text will use.
#: "(NOSDRA)", "(NiMet)": a short form the text gives in brackets (see spelled_out).
_NAMED_ACRONYM = re.compile(r"\s{0,2}\(([A-Z][A-Za-z.&]{1,10})\)")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.\s")
#: In this order: a capitalised word before a head ("Rival carmaker", "Berlin-based carmaker")
#: is its name only when no name follows the head or is set off before it.
_BODY_NAME_PATTERNS = (
    _MEDIA_NAME_AFTER,
    _MEDIA_NAME_APPOSED,
    _MEDIA_NAME_BEFORE,
    _BODY_NAME_ENDING,
    _BODY_NAME_OF,
    _COMPANY_NAME_ENDING,
    _COMPANY_BY_BOSS,
)

_NEWLINE = re.compile(r"\n")
#: "Tom Berg, 54,": a name and the age the text gives it.
#: Where a sentence's or clause's subject starts: the start of a text, paragraph or
#: sentence, a comma, or a subordinator ("When Elena Quispe went down to the river").
_SUBJECT_OPENS_BEFORE = re.compile(
    r"(?:^|\n|[.!?][”’\"']?\s|,\s|\b(?:When|As|After|Before|While|Although|Though|If|Once|"
    r"Until|Since|Because)\s)\s*$"
)
#: What follows a sentence's subject: its verb, or an apposition ("Maria Lind, a retired
#: teacher, walked"), not the end of a clause ("found by a neighbour, Ann Lee.").
_SUBJECT_GOES_ON = re.compile(r"\s[a-z]|,\s(?:a|an|the|who|whose|\d)")
#: Last words of place names: "Victoria Road", "Kings Cross Station".
_PLACE_WORDS = frozenset(
    """road street avenue lane drive way square park bridge station airport river lake
    valley hill hills mountain beach bay island coast county city town village""".split()
)
#: Words that open a sentence before its subject's name ("But Mr Okoth, 54, disputed").
_SENTENCE_CONNECTIVES = frozenset("But And Yet So Now Then Still Also However Meanwhile".split())
_NAME_AGE = re.compile(
    rf"(?P<name>[{_CAPITALS}][\w’'-]{{1,25}}(?:\s[{_CAPITALS}][\w’'-]{{1,25}}){{0,3}}),\s"
    r"(?P<age>\d{1,3}),"
)
#: How a line of running text ends (headlines and crossheads end without a stop).
_PROSE_ENDS = frozenset(".!?”\"’')")
#: Abbreviations that end a company's name with their full stop ("Hinode Aerospace Inc.").
_COMPANY_ABBREVIATIONS = frozenset("inc corp ltd co plc bros llc".split())


#: Documents whose findings a text reports: "the audit found", "the study said".
_FOUND_DOCUMENTS = frozenset(
    "report study audit review survey analysis investigation inquiry assessment paper".split()
)
#: A document credited to its author: "an internal audit by the Health Service Executive".
_AUTHORED_BY = re.compile(
    rf"\b(?P<doc>{_word_alternation(_FOUND_DOCUMENTS)})"
    r"s?\b[^.\n;,]{0,60}?\sby\s{1,3}(?:the\s{1,3})?"
    r"(?P<name>[A-Z][\w’'&.-]{0,30}(?:\s{1,3}(?:(?:of|for|and|on)\s{1,3}(?:the\s{1,3})?)?"
    r"[A-Z][\w’'&-]{0,30}){0,6})"
)
_DOCUMENT_MENTION = re.compile(rf"\b({_word_alternation(_FOUND_DOCUMENTS)})s?\b", re.IGNORECASE)
#: Titles that name a role's holder, before the name and capitalised: "the judge" is
#: "Justice Elaine Tan" (not "justice, Ana Ruiz").
#: A full name after a title or role: two to four capitalised words on one line.
_NAME_AFTER_TITLE = (
    rf"(?P<name>[{_CAPITALS}][\w’'-]{{1,30}}(?:[^\S\n]{{1,3}}[{_CAPITALS}][\w’'-]{{1,30}}){{1,3}})"
)
#: Verbs of headlines in title case ("Minister Says Plan Is Safe"): no part of a name.
_HEADLINE_VERBS = frozenset(
    """says say said hails vows warns urges calls slams backs defends quits resigns denies
    admits rejects plans seeks faces wins loses sacks orders""".split()
)
#: A whole run of two to six capitalised words on one line ("Harlow District Council", not
#: its "Harlow District"; not across a sentence's end).
_WHOLE_NAME_RUN = re.compile(
    rf"(?<![\w’'&.-])[{_CAPITALS}][\w’'&-]{{0,30}}(?:[^\S\n]{{1,3}}[{_CAPITALS}][\w’'&-]{{0,30}}){{1,5}}"
    r"(?![\w’'-]|[^\S\n]{1,3}[A-Z])"
)
#: A name after a title, initials first or not: "P. Lakshmi Narayanan", "Ann Lee".
_INITIALS_THEN_NAME = (
    rf"(?P<name>(?:[{_CAPITALS}]\.[^\S\n]{{0,2}}){{0,3}}[{_CAPITALS}][\w’'-]{{1,30}}"
    rf"(?:[^\S\n]{{1,3}}[{_CAPITALS}][\w’'-]{{1,30}}){{0,3}})"
)
#: A word before a title that makes it another title or a past one: "Assistant
#: Commissioner", "Former Vice-Chancellor" (not a place or force: "Police Commissioner").
_TITLED_BEFORE = re.compile(
    r"\b(?i:former|ex-|then-|acting|interim|deputy|assistant|vice|associate|lieutenant|"
    r"shadow|chief)[^\S\n]?$"
)
#: A title's holder who no longer holds it, or holds it in opposition.
_FORMER_BEFORE = re.compile(r"(?i:former|shadow|interim|acting|ex-|then-)\s?$")
_TITLE_THEN_NAME = {
    "judge": re.compile(rf"\b(?:Justice|Judge)[^\S\n]{{1,3}}{_NAME_AFTER_TITLE}"),
    # "Minister for Agriculture Siobhán Keane", "Health Minister Ann Lee" (not a prime or
    # chief minister, whom "the minister" does not mean)
    "minister": re.compile(
        r"(?<!Prime )(?<!Chief )(?<!Deputy )\bMinister(?:[^\S\n]{1,3}(?:for|of)[^\S\n]{1,3}"
        r"(?:the[^\S\n]{1,3})?[A-Z][\w’'-]{1,25}){0,1}[^\S\n]{1,3}" + _NAME_AFTER_TITLE
    ),
    "mayor": re.compile(
        r"(?<!Deputy )(?<!Vice )\bMayor[^\S\n]{1,3}(?:(?:Datuk|Dato’|Dato'|Dato)[^\S\n]{1,3})?"
        + _NAME_AFTER_TITLE
    ),
}
#: "a group calling itself “NightLedger”": the name a group gives itself.
_CALLING_ITSELF = re.compile(
    r"\bgroup\s(?:calling|that\scalls|which\scalls)\sitself\s[“\"‘']?"
    r"(?P<name>[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,3})"
)
#: "The Minister of Power, Babatunde Olasehinde," : an office named with "of" or "for", then
#: its holder set off by commas.
# "\b[Tt]he" written as "[Tt](?<!\w[Tt])he": the same matches, but opening with a character
# set lets the regex engine skip from "t" to "t" over the whole text.
_OFFICE_THEN_NAME = re.compile(
    r"[Tt](?<!\w[Tt])he[^\S\n]{1,3}(?P<office>[A-Z][a-z]{2,15})[^\S\n]{1,3}(?:of|for)[^\S\n]{1,3}"
    r"(?:the[^\S\n]{1,3})?[A-Z][\w’'-]{1,25}(?:[^\S\n]{1,3}(?:and[^\S\n]{1,3})?[A-Z][\w’'-]{1,25}){0,3}"
    rf",[^\S\n]{{1,3}}{_NAME_AFTER_TITLE},"
)


@functools.lru_cache(maxsize=64)
def _role_then_name(role: str) -> re.Pattern[str]:
    """A role word right before a full name: "Transport Minister Óscar Fernández"."""
    return re.compile(rf"\b(?i:{re.escape(role)}),?[^\S\n]{{1,3}}{_NAME_AFTER_TITLE}")


@dataclass(frozen=True)
class _BusinessEvidence:
    """What a text says of a name that tells a business from a person."""

    inside: bool  # capitalised inside a sentence somewhere
    titled_at: int  # where "Mr", "Ms" ... first stands before its last word, or -1
    after_business_head: bool  # named right after "the operator", "ferry firm" ...
    called_it: bool  # "it" or "its" follows it in its sentence before "he" or "she"
    called_which: bool  # ", which" follows it


def _spells(short: str, name: str) -> bool:
    """Whether the letters of ``short`` occur in ``name`` in order ("latra" in
    "landtransportregulatoryauthority")."""
    letters = iter(name)
    return all(letter in letters for letter in short)


class _Names:
    """Full person names used in the text, to expand "Mr. Sullivan" and "Putin"."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._journalist: tuple[str | None] | None = None
        self._spelled: dict[str, str] | None = None
        # first word -> words -> first start, of the runs of capitalised words of whole
        # sentences; a few distinct runs per word (a text may repeat one name thousands of times)
        self._runs: dict[str, dict[tuple[str, ...], int]] | None = None
        self._line_ends: list[int] | None = None
        self._runs_found: list[re.Match[str]] | None = None
        self._aged: dict[str, list[tuple[int, str]]] | None = None
        self._age_of: dict[str, str | None] = {}
        self._prose_lines: dict[int, bool] = {}
        # family of head ("company", "agency") -> (start, end, name) of the bodies so named
        self._bodies: dict[str, list[tuple[int, int, str]]] | None = None
        # token -> full name -> where it is first used: later uses never win in expand(), and
        # keeping one entry per name keeps expand() linear in a text that repeats a name
        self.by_token: dict[str, dict[str, int]] = {}
        # every full name with its span and whether a title led it, in text order
        self._found: list[tuple[int, int, str, bool]] = []
        self._people: list[tuple[int, str]] | None = None
        self._person_names: frozenset[str] | None = None
        self._ordered: dict[str, list[tuple[int, str]]] = {}  # see _candidates
        self._titled: dict[str, list[tuple[int, str]]] = {}  # see role_holder_before
        self._runs_by_last: dict[str, list[tuple[int, str]]] | None = None
        self._offices: dict[str, str] | None = None  # see office_of
        self._self_named: list[tuple[int, str]] | None = None  # see self_named_before
        self._groups_of_people: list[tuple[int, int]] | None = None  # see ..._between
        self._authors: list[tuple[int, str, str]] | None = None  # see author_before
        self._documents: list[tuple[int, str]] = []
        self._business: dict[str, _BusinessEvidence] = {}  # see business_evidence
        self._inside: set[str] | None = None
        self._titled_at: dict[str, int] = {}
        self._after_business: set[str] = set()
        self._titled_full: frozenset[str] | None = None  # see _titled_names
        self._forces: list[tuple[int, int, str]] | None = None  # see police_force_before
        for match in _NAME_CHAIN.finditer(text):
            found = _name_in_chain(match.group())
            if found is None:
                continue
            titled, full, tokens = found
            start, end = match.span()
            parts = full.split()
            if parts[0].endswith(_PLACED):
                continue  # "Toronto-listed Halden Resources": a company, not a person
            styled = _STYLED.match(full)
            if styled is not None and len(parts) - len(styled.group("style").split()) >= 2:
                # "International Master Claire Beaudoin": her title is no part of her name
                parts = parts[len(styled.group("style").split()) :]
                full = " ".join(parts)
                tokens = frozenset({parts[0].lower(), parts[-1].lower()})
                titled = True
            if (
                len(parts) >= 3
                and match.group().split()[0] == parts[0]
                and _OFFICE_OF_BEFORE.search(text, max(0, start - 40), start)
                and len(bare_name := _after_office_words(parts)) < len(parts)
            ):
                # "Secretary for Development Bernadette Lo": the office's words lead the run
                parts = bare_name
                full = " ".join(parts)
                tokens = frozenset({parts[0].lower(), parts[-1].lower()})
                titled = True
            # the name may end before its chain does: "Gullmark Energy. Gullmark, a unit"
            chain = match.group()
            first = chain.find(parts[0])
            last = chain.find(parts[-1], first + len(parts[0])) if first >= 0 else -1
            if last >= 0:
                end = start + last + len(parts[-1])
            self._found.append((start, end, full, titled))
            self._index_name(full, tokens, start)
        nicknamed = False
        if "“" in text or '"' in text or "‘" in text:
            for match in _NICKNAMED.finditer(text):
                words = match.group().split()
                given, surname = words[0], words[-1]
                if (
                    is_given_name(given)
                    and given != surname
                    and _is_name_token(given)
                    and _is_name_token(surname)
                ):
                    # "Villacorta" and "Rodolfo Villacorta" stand for 'Rodolfo "Boy" Villacorta'
                    full = f"{given} {surname}"
                    self._found.append((match.start(), match.end(), full, False))
                    tokens = frozenset({given.lower(), surname.lower()})
                    self._index_name(full, tokens, match.start())
                    nicknamed = True
        if nicknamed:
            self._found.sort()  # the chains' names come in text order; these joined them

    def _index_name(self, full: str, tokens: frozenset[str], start: int) -> None:
        """Record where ``full`` is first used, under each word "Mr. X" may use for it."""
        for token in tokens:
            uses = self.by_token.get(token)
            if uses is None:
                self.by_token[token] = {full: start}
            elif full not in uses or uses[full] > start:
                uses[full] = start

    def business_evidence(self, name: str) -> _BusinessEvidence:
        """What the text says of ``name`` that tells a business from a person; the text is
        read once for all names, and each name's uses once."""
        known = self._business.get(name)
        if known is not None:
            return known
        if self._inside is None:
            text = self.text
            self._inside = {m.group(1) for m in _CAPITAL_INSIDE.finditer(text)}
            for match in _PERSON_TITLED.finditer(text):
                self._titled_at.setdefault(match.group(1), match.start())
            for match in _NAMED_AFTER_BUSINESS.finditer(text):
                run = match.group(1).split()
                self._after_business.update(" ".join(run[:k]) for k in range(1, len(run) + 1))
            for match in _BUSINESS_APPOSED.finditer(text):
                # "Paylinq, a payments startup once held up as ...": what the name is
                self._after_business.add(match.group(1))
        called_it = called_which = False
        for count, use in enumerate(re.finditer(re.escape(name), self.text)):
            if count >= _MAX_CANDIDATES:
                break
            # "Celtic Sealink cancelled all its sailings": "it" before "he" or "she"
            it = _IT_BEFORE_PERSON.match(self.text, use.end())
            # "Hidrosiret, which operates the dam's turbines": no person is a "which"
            which = self.text.startswith(", which ", use.end())
            if which or (it is not None and _PERSON_PRONOUN.search(it.group()) is None):
                called_it = True
                called_which = which
                break
        words = name.split()
        evidence = _BusinessEvidence(
            inside=words[0] in self._inside,
            titled_at=self._titled_at.get(words[-1], -1),
            after_business_head=name in self._after_business,
            called_it=called_it,
            called_which=called_which,
        )
        self._business[name] = evidence
        return evidence

    def own_journalist(self) -> str | None:
        """The article's own reporter, for "our correspondent": the byline ("By Ann Lee") or
        the name the outlet gives its reporter ("The BBC's Ann Lee", "our correspondent Ann
        Lee"); searched once, on first need."""
        if self._journalist is None:
            found = _BYLINE.search(self.text) or _OUTLET_REPORTER.search(self.text)
            self._journalist = (found.group(1) if found else None,)
        return self._journalist[0]

    def spelled_out(self, acronym: str) -> str | None:
        """The full name the text gives for an acronym ("the Associated Press" for "AP"):
        the first run of capitalised words whose initials spell it; found in one pass, on
        first need."""
        if self._spelled is None:
            self._spelled = {}
            for match in self._capitalised_runs():
                whole = match.group()
                # a run ends with its sentence: "the Rail Accident Investigation Branch. A"
                sentence_part = _SENTENCE_BREAK.split(whole, 1)[0] if ". " in whole else whole
                words = [w for w in sentence_part.split() if w not in _NAME_FUNCTION_WORDS]
                run = sentence_part.rstrip(".").split()
                if len(words) < 2:
                    continue
                if words[0] in ("The", "A", "An"):
                    words, run = words[1:], run[1:]  # "The Malawi Electoral Commission (MEC)"
                given = (
                    _NAMED_ACRONYM.match(self.text, match.end()) if sentence_part is whole else None
                )
                of_the = (
                    _OF_THE_BEFORE.search(self.text, max(0, match.start() - 80), match.start())
                    if self.text.startswith("the ", match.start() - 4)
                    else None
                )
                if of_the is not None:
                    extended = self.text[of_the.start("lead") : match.end()]
                    spelled = "".join(
                        w[0] for w in extended.split() if w not in ("of", "for", "and", "the")
                    )
                    if given is None or spelled == given.group(1).replace(".", ""):
                        self._spelled.setdefault(spelled, extended)
                if (
                    given is not None
                    and len(words) >= 3
                    and _POSSESSIVE.search(words[0])
                    and (
                        _POSSESSIVE.sub("", words[0]) in _PLACE_NAMES
                        or not given.group(1).startswith(words[0][0])
                    )
                ):
                    # "Germany's National Anti-Doping Agency (NADA)": the country's, not its
                    # name (but the "People's Renewal Alliance (PRA)")
                    words, run = words[1:], run[1:]
                initials = "".join(
                    # "U.S." and "US" give both their letters: "US Geological Survey" is USGS
                    "".join(c for c in w if c.isupper()) if "." in w or _is_acronym(w) else w[0]
                    for part in words
                    for w in part.split("-")
                    if w
                )
                if given is not None and (listed := self._listed_before(match, given.group(1))):
                    # "the Commission for Conciliation, Mediation and Arbitration (CCMA)": the
                    # runs before the acronym's stop at the name's commas
                    self._spelled.setdefault(given.group(1).replace(".", ""), listed)
                if len(words) >= 2:
                    if (
                        given is not None
                        and sum(c.isupper() for c in given.group(1)) >= 2  # not "(Reuters)"
                        and (
                            # not "Ann Lee Brown (SNP)": a person and her party
                            any(
                                _bare(w) in ORG_WORDS
                                or _bare(w) in ORG_HEADS
                                or _bare(w) in _COMPANY_WORDS
                                for w in words
                            )
                            # "Hong Kong Exchanges and Clearing (HKEX)": its initials open it
                            or initials.startswith(given.group(1).replace(".", "")[:2])
                        )
                    ):
                        # "The Peruvian Football Federation (FPF)": the text's own short form
                        self._spelled.setdefault(given.group(1).replace(".", ""), " ".join(run))
                    elif (
                        given is not None
                        and given.group(1).istitle()
                        and given.group(1)[0] == initials[:1]
                        # "Tanzania National Parks (Tanapa)": a body's or a field's words
                        and any(_bare(w) in ORG_HEADS or _bare(w) in _OFFICE_WORDS for w in words)
                        and _spells(given.group(1).lower(), "".join(words).lower())
                    ):
                        # "the Land Transport Regulatory Authority (Latra)": a short form
                        # said as a word, its letters taken from the name in order
                        self._spelled.setdefault(given.group(1), " ".join(run))
                    self._spelled.setdefault(initials, " ".join(run))
                    if len(run) > len(words):
                        # "TfL" for "Transport for London": the small words' small letters
                        mixed = "".join(w[0] for w in run)
                        self._spelled.setdefault(mixed, " ".join(run))
                    # "NSW Environment Protection Authority" is also the "EPA"
                    lead = words[0]
                    rest = initials[len(lead) if _is_acronym(lead) else 1 :]
                    if len(words) >= 4 and len(rest) >= 3:
                        self._spelled.setdefault(rest, " ".join(run))
        full = self._spelled.get(acronym.replace(".", ""))
        return full

    def _listed_before(self, run: re.Match[str], acronym: str) -> str | None:
        """A body's name that lists what it covers and ends with ``run``, when the initials of
        its words spell ``acronym`` ("Agriculture, Fisheries and Conservation Department" for
        AFCD)."""
        lead = _LISTED_NAME_BEFORE.search(self.text, max(0, run.start() - 160), run.start())
        if lead is None:
            return None
        full = self.text[lead.start() : run.end()]
        owner = _POSSESSIVE_WORD.match(full)
        if owner is not None:
            full = full[owner.end() :]  # "Japan's Ministry of Economy, Trade and Industry"
        words = _LISTED_NAME_WORD.findall(full)
        initials = "".join(w[0] for w in words if w[0].isupper())
        if initials != acronym.replace(".", "") or not _listed_body_name(words):
            return None
        return full

    def _capitalised_runs(self) -> list[re.Match[str]]:
        """The runs of capitalised words (acronyms and fuller names read them), found once."""
        if self._runs_found is None:
            self._runs_found = list(_CAPITALISED_RUN.finditer(self.text))
        return self._runs_found

    def fuller_body(self, short: str, position: int) -> str | None:
        """The fuller name a body's short name stands for ("Gulfmark" for Gulfmark Energy,
        "Hinode Aerospace" for Hinode Aerospace Inc.): the shortest run of capitalised words
        used before ``position`` (or, in a story's lead, in the paragraphs after) that starts
        with it and adds at most three words. Headlines and crossheads (lines without a full
        stop) are not read: their words are capitalised whatever they are."""
        if self._runs is None:
            self._runs = {}
            for match in self._capitalised_runs():
                if not self._line_is_prose(match.end()):
                    continue
                # a run ends with its sentence: "... Gulfmark Energy. Gulfmark said"
                words = _SENTENCE_BREAK.split(match.group(), 1)[0].split()
                if words[0] in ("The", "A", "An") or (
                    len(words) > 2 and words[0].endswith(_PLACED) and words[1][:1].isupper()
                ):
                    words = words[1:]  # "Toronto-listed Halden Resources"
                if "and" in words and _bare(words[-1]) not in ORG_HEADS:
                    # "Furlong Pet Supply and TailWind Pets", not "Customs and Excise Department"
                    words = words[: words.index("and")]
                if (
                    words
                    and words[-1].endswith(".")
                    and words[-1].count(".") == 1
                    and words[-1][:-1].lower() not in _COMPANY_ABBREVIATIONS
                ):
                    words[-1] = words[-1][:-1]  # the sentence's full stop
                located = next(
                    (
                        k
                        for k, w in enumerate(words[1:-1], 1)
                        if w == "of" and _bare(words[k - 1]) in _COMPANY_WORDS
                    ),
                    None,
                )
                if located is not None:
                    words = words[:located]  # "Corvane Pharmaceuticals of Mississauga": where
                owner = next((k for k, w in enumerate(words[1:], 1) if _POSSESSIVE.search(w)), None)
                if owner is not None and not words[owner].endswith("."):
                    # "Kestrel Energy’s Saltmarsh refinery": the owner's name ends the run
                    words = [*words[:owner], _POSSESSIVE.sub("", words[owner])]
                # "Customers of Prairie Lakes Water Co.": the name after "of" is a run too
                linked = [k + 1 for k, w in enumerate(words[:-2]) if w in ("of", "for")][:1]
                for first in (0, *linked):
                    if len(words) - first >= 2:
                        runs = self._runs.setdefault(words[first], {})
                        if len(runs) < _MAX_CANDIDATES:
                            runs.setdefault(tuple(words[first:]), match.start())
        tokens = tuple(short.split())
        if not tokens or (
            len(tokens) > 1
            and short in self.person_names()
            # a name that looks like a person's, "Estuary Crossings said", is a company's
            # when the text also gives it a legal form ("Estuary Crossings Ltd"), unless a
            # given name or a title shows a person ("Its founder, Mr Halvard Brekke")
            and (is_common_given_name(tokens[0]) or short in self._titled_names())
        ):
            return None
        best: tuple[int, int] | None = None
        found: str | None = None
        for words, start in self._runs.get(tokens[0], {}).items():
            if start >= position and not (position < _LEAD_CHARS and start < _NAMED_FOR_LEAD):
                continue
            if words[: len(tokens)] != tokens:
                continue
            if len(tokens) > 1:
                # "Calder Vale" for Calder Vale FC, "Prairie Lakes" for Prairie Lakes Water
                # Co.: a name of two words is a body's only with the letters of its legal form
                # or club after it, at most one word later (else a person's)
                added = next(
                    (
                        words[len(tokens) : k + 1]
                        for k in range(len(tokens), min(len(words), len(tokens) + 2))
                        if _POSSESSIVE.sub("", words[k]).rstrip(".").lower() in _BODY_DESIGNATORS
                    ),
                    None,
                )
                if added is None:
                    continue
                words = (*tokens, *added[:-1], _POSSESSIVE.sub("", added[-1]))
            elif not 0 < len(words) - len(tokens) <= 3:
                continue
            if _bare(words[-1]) in NOT_NAMES or words[-1].rstrip(".").isdigit():
                continue
            if any(_bare(w) in ROLE_WORDS or _bare(w) in HONORIFICS for w in words[len(tokens) :]):
                continue  # "Police Commissioner Raymond Kelly" is no fuller "Police"
            key = (len(words), start)
            if best is None or key < best:
                best, found = key, " ".join(words)
        if found is not None and found in self.person_names():
            return None  # a person's name: expand() reads those
        return found

    def _titled_names(self) -> frozenset[str]:
        """The full names the text gives with a title or honorific before them."""
        if self._titled_full is None:
            self._titled_full = frozenset(full for _, _, full, titled in self._found if titled)
        return self._titled_full

    def _line_is_prose(self, position: int) -> bool:
        """Whether the line at ``position`` ends as a sentence does: headlines, crossheads and
        captions without a full stop capitalise words whatever they are."""
        text = self.text
        if self._line_ends is None:
            # found once: searching for each name's line end would be quadratic on a long line
            self._line_ends = [m.start() for m in _NEWLINE.finditer(text)] + [len(text)]
            self._prose_lines = {}
        end = self._line_ends[bisect_left(self._line_ends, position)]
        prose = self._prose_lines.get(end)
        if prose is None:
            last = end - 1
            while last >= 0 and text[last] in " \t\r":
                last -= 1
            prose = self._prose_lines[end] = last >= 0 and text[last] in _PROSE_ENDS
        return prose

    def in_sentence(self, full: str) -> bool:
        """Whether a full name from :attr:`by_token` is first used in running text."""
        first = self.by_token.get(full.split()[-1].lower(), {}).get(full)
        return first is not None and self._line_is_prose(first)

    def _ages(self) -> dict[str, list[tuple[int, str]]]:
        """Age -> (where, name) of each "Name, 54," in the text, in text order; found once."""
        if self._aged is None:
            self._aged = {}
            for m in _NAME_AGE.finditer(self.text):
                words = m.group("name").split()
                # "But Mr Okoth, 54,": a connective or honorific is no part of the name
                while len(words) > 1 and (
                    words[0] in _SENTENCE_CONNECTIVES or words[0].rstrip(".").lower() in HONORIFICS
                ):
                    words = words[1:]
                self._aged.setdefault(m.group("age"), []).append((m.start(), " ".join(words)))
        return self._aged

    def aged_before(self, age: str, position: int) -> str | None:
        """The last person the text gives ``age`` before ``position`` ("Tom Berg, 54,")."""
        named = self._ages().get(age, [])
        index = bisect_left(named, (position,)) - 1
        if index < 0:
            return None
        name = named[index][1]
        return self.expand(name, position) or name

    def age_of(self, person: str) -> str | None:
        """The age the text first gives a person, if it gives one (looked up once per name)."""
        last = person.split()[-1] if person.split() else ""
        if last not in self._age_of:
            first = min(
                (
                    (at, years)
                    for years, named in self._ages().items()
                    for at, name in named
                    if name.endswith(last)
                ),
                default=None,
            )
            self._age_of[last] = first[1] if first else None
        return self._age_of[last]

    def role_holder_after(self, role: str, position: int) -> str | None:
        """The person a story's opening lines mean by "Minister says ...": the first name the
        paragraphs after give with that role ("Transport Minister Óscar Fernández")."""
        found = _role_then_name(role).search(self.text, position, position + _NAMED_FOR_LEAD)
        return found.group("name") if found else None

    def role_holder_before(self, role: str, position: int) -> str | None:
        """The person last named with the title of ``role`` before ``position``: "the
        judge" after "Justice Elaine Tan rejected ...", who was not quoted before. Only roles
        whose holders carry a title of their own (``_TITLE_THEN_NAME``): "the health minister"
        is not whoever "Prime Minister X" is. Each role is searched for once per text."""
        pattern = _TITLE_THEN_NAME.get(role)
        if pattern is None:
            return None
        holders = self._titled.get(role)
        if holders is None:
            holders = [
                (match.start(), named[1])
                for match in pattern.finditer(self.text)
                # "Justice Minister Ann Lee" is a minister
                if _is_name_token(match.group("name").split()[0])
                and (named := _name_in_chain(match.group("name"))) is not None
                and (
                    role == "judge"
                    # a minister's or mayor's name, not a headline's words ("Minister Says
                    # Plan Is Safe"), nor a former or shadow holder
                    or (
                        not any(
                            w.lower() in _FUNCTION_WORDS or w.lower() in _HEADLINE_VERBS
                            for w in match.group("name").split()
                        )
                        and not _FORMER_BEFORE.search(
                            self.text, max(0, match.start() - 12), match.start()
                        )
                    )
                )
            ]
            self._titled[role] = holders
        index = bisect_left(holders, (position,)) - 1
        if index < 0:
            return None
        if role != "judge" and any(name != holders[index][1] for _, name in holders[:index]):
            return None  # two ministers named: "the minister" could be either
        return holders[index][1]

    def regulator_before(self, position: int) -> str | None:
        """The one authority or commission named within ``_MEDIA_LOOKBACK`` before
        ``position``, for "the regulator"; none when two are (either could be meant)."""
        bodies = self._body_index()
        recent: set[str] = set()
        for family in _REGULATORS:
            named = bodies.get(family, [])
            first = bisect_left(named, (position - _MEDIA_LOOKBACK,))
            last = bisect_left(named, (position,))
            recent.update(name for _, end, name in named[first:last] if end <= position)
            if len(recent) > 1:
                return None
        return recent.pop() if recent else None

    def named_ending_with(self, words: Sequence[str], position: int) -> str | None:
        """The one name before ``position`` that ends with ``words`` in title case after one
        to four capitalised words of its own ("Chama Valley Irrigation District" for
        "irrigation district"); none when two names end so ("the district" could be either).
        Capitalised runs are indexed by their last word once per text."""
        if self._runs_by_last is None:
            self._runs_by_last = {}
            for match in _WHOLE_NAME_RUN.finditer(self.text):
                name = match.group()
                first = name.split()[0]
                if first in ("The", "A", "An"):
                    name = name.split(maxsplit=1)[1]
                elif first.lower() in _FUNCTION_WORDS:
                    continue  # "After Council officers inspected": no name
                runs = self._runs_by_last.setdefault(name.rsplit(None, 1)[-1].lower(), [])
                if len(runs) < _MAX_CANDIDATES and self._line_is_prose(match.start()):
                    runs.append((match.end(), name))
        ending = [w[:1].upper() + w[1:] for w in words]
        found = {
            name
            for end, name in self._runs_by_last.get(words[-1].lower(), [])
            if end <= position
            and len(name.split()) > len(words)
            and name.split()[-len(words) :] == ending
        }
        return found.pop() if len(found) == 1 else None

    def title_holder_before(self, title: str, position: int) -> str | None:
        """The one person the text names with ``title`` before their name ("Vice-Chancellor
        P. Lakshmi Narayanan") before ``position``, for "the Vice-Chancellor"; searched once
        per title."""
        holders = self._titled.get(title)
        if holders is None:
            pattern = re.compile(rf"\b{re.escape(title)}\.?[^\S\n]{{1,3}}{_INITIALS_THEN_NAME}")
            holders = [
                (match.start(), named[1])
                for match in pattern.finditer(self.text)
                if (named := _name_in_chain(match.group("name"))) is not None
                # not "Assistant Commissioner Tom Berg" for "the Commissioner", nor a former
                # holder
                and not _TITLED_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
            ]
            self._titled[title] = holders
        index = bisect_left(holders, (position,)) - 1
        if index < 0 or any(name != holders[index][1] for _, name in holders[:index]):
            return None  # none, or two holders: "the Vice-Chancellor" could be either
        return holders[index][1]

    def self_named_before(self, position: int) -> str | None:
        """The name the last group "calling itself" something before ``position`` gave
        itself ("NightLedger"), for "the group". Read once per text."""
        if self._self_named is None:
            self._self_named = [
                (match.start(), match.group("name"))
                for match in _CALLING_ITSELF.finditer(self.text)
            ]
        index = bisect_left(self._self_named, (position,)) - 1
        if index < 0 or position - self._self_named[index][0] > _MEDIA_LOOKBACK:
            return None
        return self._self_named[index][1]

    def group_of_people_between(self, lo: int, hi: int) -> bool:
        """Whether the text says "a group of <people>" between ``lo`` and ``hi`` (for "the
        group", which then is no body named "... Group"). Read once per text."""
        if self._groups_of_people is None:
            self._groups_of_people = [m.span() for m in _GROUP_OF_PEOPLE.finditer(self.text)]
        index = bisect_left(self._groups_of_people, (max(lo, 0),))
        return index < len(self._groups_of_people) and self._groups_of_people[index][1] <= hi

    def office_of(self, person: str) -> str | None:
        """The office the text first gives ``person`` in an apposition: "minister" for
        "The Minister of Power, Babatunde Olasehinde, blamed ...", where no speech is
        reported that would record it. Read once per text."""
        if self._offices is None:
            self._offices = {}
            for match in _OFFICE_THEN_NAME.finditer(self.text):
                office = match.group("office").lower()
                if office in _OFFICE_TITLES:
                    self._offices.setdefault(match.group("name"), office)
        return self._offices.get(person)

    def author_before(self, document: str, position: int) -> str | None:
        """The author of the document that "the audit" or "the report" at ``position`` means:
        the last one of that kind the text credits before it ("an internal audit by the Health
        Service Executive"), else the last one credited, unless the text mentions another
        document between them ("The company released its own report")."""
        if self._authors is None:
            self._authors = [
                (match.start(), match.group("doc").lower(), match.group("name"))
                for match in _AUTHORED_BY.finditer(self.text)
            ]
            self._documents = [
                (match.start(), match.group(1).lower())
                for match in _DOCUMENT_MENTION.finditer(self.text)
            ]
        index = bisect_left(self._authors, (position,)) - 1
        for _, kind, author in reversed(self._authors[: index + 1]):
            if kind == document:
                return author
        if index < 0:
            return None
        at, kind, author = self._authors[index]
        lo = bisect_right(self._documents, (at, "~"))
        hi = bisect_left(self._documents, (position,))
        if any(other != kind for _, other in self._documents[lo:hi]):
            return None
        return author

    def _body_index(self) -> dict[str, list[tuple[int, int, str]]]:
        """Bodies the text names, by the family of their head: (start, end, name) in text
        order. The text is searched once, on first need."""
        if self._bodies is None:
            self._bodies = {}
            found: dict[str, dict[int, tuple[int, str]]] = {}
            heads_named_after: set[int] = set()
            for pattern in _BODY_NAME_PATTERNS:
                for match in pattern.finditer(self.text):
                    if pattern is _MEDIA_NAME_AFTER or pattern is _MEDIA_NAME_APPOSED:
                        heads_named_after.add(match.start("head"))
                    elif pattern is _MEDIA_NAME_BEFORE and match.start("head") in heads_named_after:
                        continue  # "Rival carmaker BYD": the name follows the head
                    # a name ends with its sentence: "... Teachers. The Welsh government"
                    first_sentence = _SENTENCE_BREAK.split(match.group("name"), 1)[0]
                    if (
                        (pattern is _BODY_NAME_ENDING or pattern is _MEDIA_NAME_BEFORE)
                        and first_sentence != match.group("name")
                        # (but "from Three Rivers Zoo. Zoo officials", "Children's Health
                        # Centre. The hospital says": a body's name ends there)
                        and _bare(first_sentence.split()[-1]) not in _BODY_WORDS
                    ):
                        continue  # "... in Dunedin. Police said": the head opens a sentence
                    name = _POSSESSIVE.sub("", first_sentence)
                    if (
                        pattern is _BODY_NAME_OF
                        and _bare(
                            [
                                w
                                for w in match.group()[match.end("head") - match.start() :].split()
                                if w != "the"
                            ][1]
                        )
                        in NOT_NAMES
                    ):
                        continue  # "the Federal Trade Commission on Thursday"
                    if name.split()[0] in ("The", "A", "An") and len(name.split()) > 2:
                        name = name.split(maxsplit=1)[1]  # "The Federal Trade Commission"
                    owned = _PLACE_POSSESSIVE.match(name)
                    if (
                        owned is not None
                        and len(name[owned.end() :].split()) >= 2
                        and _owned_body(name, owned)
                    ):
                        name = name[owned.end() :]  # "Chile's National Library"
                    if name.split()[-1].endswith(_PLACED):
                        continue  # "the Greeley-based company": where it is, not its name
                    if name.split()[0].endswith(_PLACED) and len(name.split()) > 2:
                        name = name.split(maxsplit=1)[1]  # "Beijing-based Starwell Aerospace"
                    first = _bare(name.split()[0])
                    if first in NOT_NAMES or (
                        first in DEMONYMS and pattern is not _BODY_NAME_ENDING
                    ):
                        # "the Iranian news agency": a nationality, not the name (but the
                        # "Philippine Coast Guard" is a name)
                        continue
                    kind = match.group("head").lower()
                    families = {_HEAD_FAMILY.get(kind, kind)}
                    if pattern is _COMPANY_NAME_ENDING or pattern is _COMPANY_BY_BOSS:
                        families = {"company"}
                    if kind in _GOVERNMENT_HEADS and match.group("head")[0].isupper():
                        families.add("agency")
                    for family in families:
                        # one name per start; a match ends where its name is complete
                        found.setdefault(family, {})[match.start()] = (match.end(), name)
            for family, by_start in found.items():
                self._bodies[family] = sorted(
                    (start, end, name) for start, (end, name) in by_start.items()
                )
        return self._bodies

    def named_before(self, head: str, position: int) -> str | None:
        """The outlet or body last named with ``head`` before ``position``: "the news agency,
        IRNA", "news agency Interfax", "the Xinhua news agency", "payments firm PaySathi".
        The text is searched once, on first need: a text may say "the company" thousands of
        times."""
        named = self._body_index().get(_HEAD_FAMILY.get(head, head), [])
        # "the school" is Ridgeway School before it is Fernleigh College: a name with the
        # head itself first, then one of its family
        if head in _HEAD_FAMILY.values():
            exact = _last_named_before(named, position, lambda name: head in name.lower().split())
            if exact is not None:
                return exact
        return _last_named_before(named, position)

    def police_force_before(self, position: int) -> str | None:
        """The police force last named before ``position`` ("Sharjah Police", "Timaru
        police"), for a bare "police said"; one scan of the text, on first need. A headline's
        words ("Teen Killed By Police") and a rank ("Acting Police Commissioner") name none."""
        if self._forces is None:
            self._forces = []
            for match in _POLICE_FORCE.finditer(self.text):
                name = match.group("name")
                first = _bare(name.split()[0])
                if (
                    first in NOT_NAMES
                    or first in DEMONYMS  # "Greek police"
                    or first in ROLE_WORDS
                    # "Acting Police Commissioner", "Senior Police officers" (but "Military
                    # Police", "Federal Police" are forces)
                    or (first in ROLE_MODIFIERS and first not in _FORCE_WORDS)
                    or not self._line_is_prose(match.end())
                ):
                    continue
                self._forces.append((match.start(), match.end(), f"{name} {match.group('head')}"))
        return _last_named_before(self._forces, position)

    def nearest_before(self, position: int) -> str | None:
        """The person named last before ``position`` (for "he" when no speaker fits)."""
        people = self.people()
        index = bisect_right(people, (position, "")) - 1
        return people[index][1] if index >= 0 else None

    def subject_named_last(self, position: int, within: int) -> str | None:
        """The person last named as a sentence's subject before ``position``, no further back
        than ``within``: a full name that opens its sentence, marked as a person's or opening
        with a given name ("Tom Beresford stood among his vines"; not "Victoria Road", nor a
        relative named in passing: "the barn her grandfather Erik Lindqvist built")."""
        people = self.person_names()
        named_last = None  # failing a subject, the person named last ("arrested Tom Berg")
        index = bisect_left(self._found, (position,)) - 1
        while index >= 0 and self._found[index][0] >= position - within:
            start, _, full, _ = self._found[index]
            index -= 1
            words = full.split()
            if (
                len(words) < 2
                or not (full in people or is_given_name(words[0]))
                or _bare(words[-1]) in _BODY_WORDS
                or _bare(words[-1]) in _PLACE_WORDS
            ):
                continue
            named_last = named_last or full
            at = _name_at(self.text, full, start)
            if _SUBJECT_OPENS_BEFORE.search(
                self.text, max(0, at - 12), at
            ) and _SUBJECT_GOES_ON.match(self.text, at + len(full)):
                return full
        return named_last

    def person_names(self) -> frozenset[str]:
        """The full names of ``people()``."""
        if self._person_names is None:
            self._person_names = frozenset(full for _, full in self.people())
        return self._person_names

    def people(self) -> list[tuple[int, str]]:
        """(where, full name) of the names the text marks as people's: a title or role before
        them, or an apposition after. Worked out on first need: few texts need it."""
        if self._people is None:
            text = self.text
            self._people = [
                (start, full)
                for start, end, full, titled in self._found
                if titled
                or _person_context(text[max(0, start - 40) : start])
                or _TITLE_OF_BEFORE.search(text, max(0, start - 60), _name_at(text, full, start))
                or _APPOSITION.match(text, end, end + 8)
                # "Tom and Bernie Walsh": a given name shares the surname
                or _GIVEN_NAME_AND.search(text, max(0, start - 25), start)
            ]
        return self._people

    def _candidates(self, token: str, position: int) -> list[tuple[int, str]]:
        """(first use, full name) of the names holding ``token``: all of them, or in a text
        naming hundreds, the first few and those used last before ``position`` (bounded
        work per mention)."""
        uses = self.by_token.get(token, {})
        if len(uses) <= _MAX_CANDIDATES:
            return [(pos, full) for full, pos in uses.items()]
        ordered = self._ordered.get(token)
        if ordered is None:
            ordered = self._ordered[token] = sorted((pos, full) for full, pos in uses.items())
        index = bisect_left(ordered, (position,))
        nearest = ordered[max(0, index - _MAX_CANDIDATES // 2) : index + 1]
        return ordered[: _MAX_CANDIDATES // 2] + nearest

    def expand(self, short: str, position: int, given_name: bool = True) -> str | None:
        """The full name a surname stands for: one introduced just before ``position``, else
        the earliest such name before it (else the first one after it). ``given_name``: the
        mention may be a first name alone (no title or honorific before it)."""
        tokens = short.split()
        persons: frozenset[str] | None = None
        if not tokens:
            return None
        candidates = [
            candidate
            for key in {tokens[-1].lower(), tokens[0].lower()}
            for candidate in self._candidates(key, position)
        ]
        best: tuple[int, int, int] | None = None
        found: str | None = None
        for pos, full in candidates:
            parts = full.split()
            if len(parts) <= len(tokens):
                continue
            ends = parts[-len(tokens) :] == tokens or (
                # "De Bruin" opening a sentence for Marloes de Bruin
                tokens[0].lower() in _PARTICLES
                and [w.lower() for w in parts[-len(tokens) :]] == [w.lower() for w in tokens]
            )
            # East Asian order: "Mr. Kim" is Kim Jong Un; Spanish names go by the first of
            # two surnames: "Quispe" is Julia Quispe Huamán
            starts = len(tokens) == 1 and (
                (tokens[0] in (parts[0], parts[1]) and len(parts) == 3)
                # "Chan" for Chan Ka-ming; "Danny" for Danny Fenwick named before as a person
                or (len(parts) == 2 and parts[0] == tokens[0] and "-" in parts[1])
            )
            # "Ahmad Fadzli" for Ahmad Fadzli Hashim: Malay and Arabic names go by the given
            # names, Spanish ones by the given name and first surname
            starts = starts or (
                len(tokens) == 2 and len(parts) == 3 and parts[:2] == tokens and pos < position
            )
            if (
                not starts
                and given_name
                and pos < position
                and len(tokens) == 1
                and len(parts) == 2
                and parts[0] == tokens[0]
            ):
                persons = self.person_names() if persons is None else persons
                starts = full in persons
            if not (ends or starts):
                continue
            # of two people with one surname, one introduced just before (in the last few
            # lines) is meant; else the first one named, usually the story's subject
            near = 0 <= position - pos <= _JUST_INTRODUCED
            key = (0 if pos < position else 1, 0 if ends else 1, -pos if near else pos + position)
            if best is None or key < best:
                best, found = key, full
        return found


_MEDIA_NAME_WORDS = (
    MEDIA_HEADS
    | OUTLETS
    | frozenset(
        "times news post journal herald tribune telegraph guardian gazette press tv".split()
    )
)


#: Titles by their short forms: "the reverend" after "the Rev. Ann Lee".
_TITLE_SHORT_FORMS = {
    "reverend": "rev",
    "professor": "prof",
    "doctor": "dr",
    "senator": "sen",
    "governor": "gov",
    "representative": "rep",
    "superintendent": "supt",
    "inspector": "insp",
    "detective": "det",
}
#: Who a person speaks or works for, after their role: "spokesman for the operator".
_WHOM_FOR = re.compile(
    r"\b(?:for|of|at)\s(?:the\s|an?\s)?[\w’'-]+(?:\s[\w’'-]+){0,2}|[\w-]+(?:’s|'s)(?=\s)"
)


def _compatible(
    reference: Speaker,
    candidate: Speaker,
    genders: dict[str, str] | None = None,
    given_names: bool = True,
) -> bool:
    """Whether a pronoun or description can refer to an earlier speaker. ``given_names``:
    whether "he" and "she" also skip people whose given name most people of the other sex
    have (evidence, not proof: callers try again without it)."""
    if reference.kind == "pronoun":
        head = reference.head
        if head in ("he", "she"):
            wanted = "m" if head == "he" else "f"
            if candidate.kind not in ("person", "description"):
                return False
            person = candidate.person or ""
            # "Maria Lopez" is most likely "she": the given name when the text says nothing
            gender = (
                candidate.gender
                or (genders or {}).get(person)
                or (gender_of_name(person) if given_names else None)
            )
            return gender in (None, wanted)
        if head == "it":
            return candidate.kind == "organisation"
        if head in ("they", "we"):
            return candidate.kind in ("organisation", "group")
        return candidate.kind == "person"
    head = reference.head or ""
    if reference.kind == "organisation" and candidate.kind not in ("organisation", "group"):
        return False  # "the police" is not "police commissioner Raymond Kelly"
    if (
        reference.kind == "organisation"
        and candidate.kind == "group"
        and candidate.head in ROLE_WORDS
        and candidate.head != head
    ):
        return False  # "the zoo" is not "zoo officials"
    if candidate.members and not head.endswith("s"):
        return False  # "the company" is one of "the company and U.S. officials", not both
    if candidate.kind in ("person", "description") and (
        reference.kind == "organisation" or head in BODY_HEADS
    ):
        # "the operator" is not "Tom Berg, a spokesman for the operator" nor "the operator's
        # spokesman": a person is not the body they speak or work for (but "the foreign
        # minister" is "Ann Lee, the Minister for Foreign Affairs")
        words = _WHOM_FOR.sub(" ", f"{candidate.phrase} {candidate.role or ''}".lower())
    else:
        words = " ".join(
            filter(None, [candidate.phrase, candidate.role or "", candidate.organisation or ""])
        ).lower()
    if (
        reference.kind == "description"
        and candidate.kind == "organisation"
        and head in words  # a string test before building the regex
        and re.search(rf"\b{re.escape(head)}(?:'s|’s)", words)
    ):
        return False  # "the district attorney" is a person, not "the district attorney's office"
    short = (
        _TITLE_SHORT_FORMS.get(head)
        # the bare title: "the governor", not "the lieutenant governor"
        if candidate.kind == "person" and len(reference.phrase.split()) == 2
        else None
    )
    if short is not None and re.search(rf"(?:^|\s){short}\.?\s", f"{words} "):
        return True  # "the reverend" after "the Rev. Ann Lee", "the professor" after "Prof"
    if head and head in words and re.search(rf"\b{re.escape(head)}(?!s\b)", words):
        # "the district attorney" is not "her attorney, Lenard Leeds": the office's other
        # words must be there too ("former", "top" ... describe, and are not required)
        office = (reference.role or "").lower().split()[:-1]
        return all(
            re.search(rf"\b{re.escape(word)}\b", words)
            for word in office
            if word in ROLE_MODIFIERS and word not in _LOOSE_MODIFIERS
        )
    if (
        head
        and candidate.kind == "organisation"
        and candidate.head
        and _HEAD_FAMILY.get(candidate.head, candidate.head) == _HEAD_FAMILY.get(head, head)
    ):
        return True  # "the firm" after "Ardent Chemicals", a company by its name
    if head in MEDIA_HEADS and candidate.kind == "organisation":
        # "the paper" after "centre-left daily Eleftherotypia" or "told Reuters"
        return any(word in _MEDIA_NAME_WORDS for word in re.findall(r"[\w.]+", words))
    if head in _GENERIC_PERSON_HEADS and reference.kind in ("description", "group"):
        return candidate.kind in ("person", "description", "group") and (
            reference.kind == "group" or candidate.kind != "group"
        )
    return False


def _resolve(
    text: str,
    quotes: Sequence[SpeechEvent],
    attributions: Sequence[SpeechEvent],
    sentences: Sequence[tuple[int, int]],
) -> None:
    names = _Names(text)
    events = sorted(
        [e for e in quotes if e.speech] + list(attributions), key=lambda e: (e.start, e.kind)
    )
    history: list[Speaker] = []
    previous: SpeechEvent | None = None
    statement: SpeechEvent | None = None  # the last reported statement, which may hold quotes
    sentence_starts = [s for s, _ in sentences]
    for event in events:
        mention = event.mention
        holder = statement if event.kind == "quote" else None
        if (
            holder is not None
            and (
                mention.source == "pending"
                or mention.speaker is None
                # "X said in a statement, adding that it expected “severe disruption”": the
                # quote's cue is the statement's own, whose speaker was read more fully
                or (
                    mention.cue_start is not None
                    and holder.mention.cue_start is not None
                    and holder.mention.cue_start <= mention.cue_start < holder.start <= event.start
                )
            )
            and holder.end >= event.end
            and holder.resolved is not None
            and holder.resolved.name
        ):
            # "X said A but cautioned that most would get “well under half”": X's words
            event.resolved = holder.resolved
            event.mention = _copy_mention(holder)
            event.mention.source = "statement"
            event.resolved_from = holder.resolved_from
            event.confidence = 0.8
        elif mention.source == "pending" or mention.speaker is None:
            _inherit(text, event, previous, sentence_starts, sentences, names, history)
        elif mention.speaker is not None:
            last_quote = (
                previous.resolved
                if previous is not None and previous.kind == "quote" and event.kind == "quote"
                else None
            )
            subject = _sentence_subject_for(
                text, mention.speaker, sentence_starts, sentences, names
            )
            if subject is None and mention.speaker.kind == "pronoun":
                subject = _previous_subject(
                    text, mention.speaker, event, previous, sentence_starts, sentences, names
                )
            if subject is not None:
                resolved, how = _resolve_speaker(subject, event.start, names, history)
                how = mention.speaker.phrase
            else:
                resolved, how = _resolve_speaker(
                    mention.speaker, event.start, names, history, last_quote
                )
            if (
                resolved is not None
                and resolved.head in _BUSINESS_HEADS
                and mention.speaker.definite
                and mention.speaker.head in _BUSINESS_HEADS
            ):
                if not (resolved.name or "")[:1].isupper() or _placed_description(resolved.name):
                    # no name found for it yet ("company", "Greeley-based company")
                    # "Costmart cut prices. The discounter said": the business a sentence
                    # just before has as its subject, named without saying what it is
                    business = _business_subject_before(
                        text, resolved, event, sentence_starts, sentences, names, history
                    )
                else:
                    # "Norvik Lines cut its fares. “...,” the company said" after an earlier
                    # business quoted: the one the text turned to since
                    business = _newer_business(
                        mention.speaker, resolved, event, sentence_starts, sentences, names
                    )
                resolved = business or resolved
            event.resolved = resolved
            event.resolved_from = how
            event.confidence = 0.95 if how is None else (0.8 if resolved else 0.5)
        if event.resolved is not None and event.resolved.name:
            history.append(event.resolved)
            del history[:-60]
        if bool(event.extra.get("unclosed")):
            event.confidence = round(event.confidence * 0.8, 3)
        if event.kind == "attribution":
            statement = event
        previous = event
    _resolve_forward(events)


def _resolve_forward(events: Sequence[SpeechEvent]) -> None:
    """ "The president of South Sudan said ..." with no president named before: the person
    named with that role within the next few statements ("President Salva Kiir said")."""
    for index, event in enumerate(events):
        described = event.resolved
        if (
            described is None
            or described.kind != "description"
            or not described.definite
            or described.head not in ROLE_WORDS
        ):
            continue
        for later in events[index + 1 : index + 4]:
            if later.start - event.end > 600:
                break
            named = later.resolved
            if (
                named is not None
                and named.kind == "person"
                and named.name
                and described.head in (named.role or "").lower().split()
                and (
                    not described.organisation
                    or not named.organisation
                    or described.organisation == named.organisation
                )
            ):
                event.resolved = named
                event.resolved_from = described.phrase
                event.confidence = 0.8
                break


#: "His barber, Julian Clark, ...", "A professor of economics at X, Yanis Varoufakis, ...".
_APPOSED_NAME = re.compile(
    r"(?:\s(?:of|at|for|from|in)\s[^,\x00]{1,60})?"
    # an age may lead the name: "Another evacuee, 73-year-old Margaret Ellison,"
    r",\s{1,3}(?:\d{1,3}-year-old\s{1,3})?"
    rf"([{_CAPITALS}][\w.’'-]{{0,30}}(?:\s{{1,3}}[{_CAPITALS}][\w.’'-]{{0,30}}){{1,3}}),"
)


def _with_apposed_name(segment: str, subject: tuple[str, int] | None) -> tuple[str, int] | None:
    """ "Jonathan Roth's attorney, Joey Jackson, defended ...": a role that opens the sentence
    and the name set off after it are one subject, named."""
    if subject is None:
        return None
    phrase, start = subject
    words = phrase.split()
    if _bare(words[-1]) not in ROLE_WORDS and not (
        # "Minister of State for Health, Dr. Adaeze Okonkwo-Bello, said"
        len(words) >= 3 and words[1] in ("of", "for") and _bare(words[0]) in _OFFICE_TITLES
    ):
        return subject
    after = start + len(phrase)
    apposed = _APPOSED_NAME.match(segment, after, min(len(segment), after + 80))
    if apposed is None or apposed.group(1).split()[0].lower() in NOT_NAMES:
        return subject
    return segment[start : apposed.end(1)], start


def _previous_subject(
    text: str,
    pronoun: Speaker,
    event: SpeechEvent,
    previous: SpeechEvent | None,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    names: _Names,
) -> Speaker | None:
    """ "Army spokesman Ali Saad denied any link. “...,” he told AFP": a pronoun that opens a
    report refers to the subject of the sentence just before when that sentence reports
    nothing (a speaker's sentence would be the previous event): the subject is the centre
    of attention, and the last speaker quoted lies further back. When that subject cannot
    be meant ("The United States was represented by Deputy Secretary Ann Lee. She said"),
    "he" or "she" is the person that sentence names with a title or an apposition."""
    opened = event.extra.get("open")
    opening_at = min(pronoun.start, opened if isinstance(opened, int) else event.start)
    index = bisect_right(sentence_starts, opening_at) - 1
    found = None
    for back in (1, 2):
        if index < back:
            return None
        p_start, p_end = sentences[index - back]
        if (
            previous is not None
            and max(previous.end, previous.start) > p_start
            and previous.resolved is not None
            and _compatible(pronoun, previous.resolved)
        ):
            # the sentence before holds a speech event: that speaker is nearer, unless the
            # pronoun cannot stand for it ("X dismissed concerns, IRNA reported. “Q,” he")
            return None
        if "\n\n\n" in text[p_end : sentences[index - back + 1][0]]:
            return None
        opening = _LEAD_CONJUNCTION.sub("", text[p_start : p_start + 12].lstrip())
        if back == 1 and opening.split(" ", 1)[0].lower() == pronoun.head:
            continue  # "But he rode his bicycle ...": the same pronoun, look one further back
        found = leading_subject(text, p_start, p_end)
        break
    if found is None:
        return _person_named_in(names, pronoun, p_start, p_end)
    phrase, start = _named_in_apposition(text, found, p_end)
    subject = parse_speaker(phrase, start)
    owner = _KIN_OF.match(phrase)
    if (
        owner is not None
        and subject is not None
        and not _compatible(pronoun, subject)
        and (parent := parse_speaker(owner.group("owner"), start)) is not None
        and parent.kind == "person"
        and _compatible(pronoun, parent)
    ):
        # "Sunita Parekh's youngest son, Dev, was treated. “...,” she said": not the son
        return parent
    if (
        subject is None
        or subject.kind not in ("person", "organisation", "group")
        or not subject.name
        or not _compatible(pronoun, subject, given_names=False)
        or not _names_someone(text, subject, names)  # a lone capitalised word may be a place
    ):
        return _person_named_in(names, pronoun, p_start, p_end)
    # "Holt spoke first. “...,” she said": the surname's full name may tell its gender
    full = names.expand(subject.person, subject.start) if subject.person else None
    if not _compatible(pronoun, subject if full is None else replace(subject, person=full)):
        # "Derek Holt and Maria Lopez met the press. Holt spoke first. “...,” she said": a
        # man by his given name; a woman by hers named just before, else the subject after
        # all ("Andrea Bocelli sang. “...,” he said": a man's name in Italy)
        before = sentences[max(0, index - 2)][0]
        return _person_named_in(names, pronoun, p_start, p_end) or (
            _given_name_fits(names, pronoun, before, p_end) or subject
        )
    return subject


#: A person's relative as a sentence's subject: "Sunita Parekh’s youngest son".
_KIN_OF = re.compile(
    rf"(?P<owner>[{_CAPITALS}][\w’'-]{{1,30}}(?:\s[{_CAPITALS}][\w’'-]{{1,30}}){{0,3}})(?:’s|'s)\s"
    r"(?:[a-z]{2,15}\s){0,2}(?:son|daughter|sons|daughters|child|children|wife|husband|mother|"
    r"father|brother|sister|partner|grandson|granddaughter|nephew|niece|mum|dad)\b"
)


def _named_in_apposition(text: str, found: tuple[str, int], limit: int) -> tuple[str, int]:
    """A subject that is a role set off from its name takes the name: "His barber, Julian
    Clark, ...", "Norway’s foreign minister, Espen Lunde, ..." (the phrase and its start)."""
    phrase, start = found
    after = start + len(phrase)
    apposed = _APPOSED_NAME.match(text, after, min(limit, after + 80))
    first = phrase.split()[0]
    if apposed is not None and (
        first.lower() in ("his", "her", "their", "the", "a", "an", "another", "one")
        or _POSSESSIVE.search(first)
    ):
        return text[start : apposed.end(1)], start
    return phrase, start


def _given_name_fits(names: _Names, pronoun: Speaker, start: int, end: int) -> Speaker | None:
    """The last full name used between ``start`` and ``end`` whose given name most people of
    the pronoun's sex have."""
    wanted = "m" if pronoun.head == "he" else "f"
    found = names._found  # sorted by where each name starts
    first, last = bisect_left(found, (start,)), bisect_left(found, (end,))
    for _, _, full, _ in reversed(found[max(first, last - 20) : last]):
        if gender_of_name(full) == wanted:
            return Speaker(pronoun.phrase, pronoun.start, pronoun.end, "person", full, full)
    return None


def _person_named_in(names: _Names, pronoun: Speaker, start: int, end: int) -> Speaker | None:
    """The last person a sentence names with a title or an apposition, for "he" or "she"."""
    if pronoun.head not in ("he", "she"):
        return None
    people = names.people()
    index = bisect_right(people, (end, "")) - 1
    if index < 0 or people[index][0] < start:
        return None
    position, full = people[index]
    position = _name_at(names.text, full, position)
    return Speaker(full, position, position + len(full), "person", name=full, person=full)


#: Heads of descriptions of a business: "the company", "the discounter", "the club".
_BUSINESS_HEADS = frozenset(
    [head for head, family in _HEAD_FAMILY.items() if family == "company"]
    + """company discounter operator utility club chain supermarket developer manufacturer
    miner producer startup start-up business""".split()
)
#: "Mr Lee", "Ms Ruiz": a surname after such a title is a person's.
_PERSON_TITLED = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?\s{1,3}([A-Z][\w’'-]{1,30})")
#: A capitalised word inside a sentence: names are capitalised there, common nouns are not.
_CAPITAL_INSIDE = re.compile(r"[a-z,]\s{1,3}([A-Z][\w’'&-]{1,30})")
#: A name right after a business's head: "the operator, Hidrovale Energia", "ferry firm X".
_NAMED_AFTER_BUSINESS = re.compile(
    rf"\b(?:{_word_alternation(_BUSINESS_HEADS)})(?:’s|'s)?,?\s{{1,3}}(?:the\s{{1,3}})?"
    r"([A-Z][\w’'&.-]{0,30}(?:\s{1,3}[A-Z][\w’'&.-]{0,30}){0,4})"
)
#: "Paylinq, a payments startup", "Kestrel, the port operator": a name, then a business's
#: head in its apposition.
_BUSINESS_APPOSED = re.compile(
    r"\b([A-Z][\w’'&.-]{0,30}(?:\s{1,3}[A-Z][\w’'&.-]{0,30}){0,3}),\s{1,3}"
    r"(?:an?|the|one\sof\s(?:the|[A-Z][\w’'-]{1,25}(?:’s|'s)))\s{1,3}"
    r"(?:[\w-]{1,20}\s{1,3}){0,3}"
    rf"(?:{_word_alternation(_BUSINESS_HEADS)})s?"
    # the head ends the phrase (not "Tom Hart, a former company director")
    r"(?=[,.;]|\s(?:that|which|based|in|with|once|whose|owned|known|founded|run)\b)"
)
#: "it" or "its" before any "he", "she", "his" or "her", later in a name's sentence.
_IT_BEFORE_PERSON = re.compile(r"[^.!?\n]{0,120}?\b(?:it|its|It|Its)\b")
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|He|She|His|Her)\b")
#: Last words of places, never of businesses: "Downing Street", "Capitol Hill".
_PLACE_ENDINGS = frozenset("street road avenue square hill lane bridge valley county city".split())


def _placed_description(name: str | None) -> bool:
    """Whether ``name`` only says where a body is: "Greeley-based company"."""
    words = (name or "").split()
    return bool(words) and words[0].endswith(_PLACED) and all(w.islower() for w in words[1:])


def _business_subject_before(
    text: str,
    description: Speaker,
    event: SpeechEvent,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    names: _Names,
    history: Sequence[Speaker],
) -> Speaker | None:
    """The business "the company" stands for when the text never named one with that word:
    the speaker just before ("Costmart said it would cut prices. The discounter, which has
    640 stores, said ...") or the subject of one of the two sentences before ("Celtic Sealink
    cancelled all its sailings. The company said ..."), when its name is a business's (see
    ``_business_name``)."""
    for earlier in reversed(history[-2:]):
        if earlier.kind == "person" and (
            earlier.role is None or _bare(earlier.role.split()[-1]) in _BUSINESS_HEADS
        ):
            # "The dam's operator, Hidrovale Energia, said": a business's role, or none
            name = _business_name(replace(earlier, role=None), event.start, names, history)
            if name is not None:
                return _named_business(description, name)
    subject = _business_sentence_subject(description, sentence_starts, sentences, names)
    if subject is None:
        return None
    return _as_business(subject, description, event.start, names, history)


def _newer_business(
    description: Speaker,
    resolved: Speaker,
    event: SpeechEvent,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    names: _Names,
) -> Speaker | None:
    """Another business than ``resolved``, the subject of a sentence just before
    ``description`` and after the mention ``resolved`` came from."""
    subject = _business_sentence_subject(description, sentence_starts, sentences, names)
    if (
        subject is None
        or subject.start <= resolved.start
        or not subject.name
        # "Veltrix" for Veltrix Inc.: the same business by a shorter name
        or subject.name.split()[0] == (resolved.name or " ").split()[0]
    ):
        return None
    if subject.kind == "person":
        role = subject.role or ""
        if role and _bare(role.split()[-1]) in ROLE_WORDS:
            return None  # "Tom Berg, a director": a person
        subject = replace(subject, role=None)  # "Norvik Lines, a rival"
    return _as_business(subject, description, event.start, names, [])


def _as_business(
    subject: Speaker,
    description: Speaker,
    before: int,
    names: _Names,
    history: Sequence[Speaker],
) -> Speaker | None:
    """``description`` ("the company") as the business a sentence's ``subject`` names: a
    body by its head, or a name that is a business's (see ``_business_name``)."""
    if subject.kind == "organisation":
        return replace(subject, start=description.start, end=description.end)
    name = _business_name(subject, before, names, history)
    if name is None:
        return None
    # "FreshWay denied ..." after "FreshWay Markets said": the name it was given in full
    fuller = (
        h.name
        for h in reversed(history)
        if h.kind in ("person", "organisation")
        and h.name
        and h.name.startswith(f"{name} ")
        and h.name[-1:].isalpha()
        and h.name.split()[-1][:1].isupper()
        and _bare(h.name.split()[-1]) not in ROLE_WORDS  # not "Brightmart spokesperson"
    )
    return _named_business(description, next(fuller, name))


def _business_sentence_subject(
    description: Speaker,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    names: _Names,
) -> Speaker | None:
    """The subject of the nearest of the two sentences before ``description`` that has one,
    a business's by its head or a name the parser took for a person's."""
    text = names.text
    index = bisect_right(sentence_starts, description.start) - 1
    for back in (1, 2):
        if index < back:
            return None
        s_start, s_end = sentences[index - back]
        found = leading_subject(text, s_start, s_end)
        if found is None or not names._line_is_prose(s_end - 1):
            continue  # a headline capitalises words whatever they are
        shares = _COMPANY_BY_SHARES.match(text, found[1]) if found[0] == "Shares" else None
        if shares is not None:
            # "Shares in Alpenwelt Bergbahnen fell": the business whose shares they are
            found = (shares.group("name"), shares.start("name"))
        subject = parse_speaker(*found)
        if subject is None or not subject.name:
            continue
        after = found[1] + len(found[0])
        if subject.kind == "organisation" and not subject.name[:1].isupper():
            # "The building’s management company, Harmon Residential, did not ...": the
            # name set off after what it is
            apposed = _APPOSED_BODY.match(text, after, text.find(",", after + 1, s_end) + 1)
            if apposed is not None:
                subject = _named_business(subject, apposed.group("name"))
        if subject.kind == "organisation":
            return subject if (subject.head or "company") in _BUSINESS_HEADS else None
        if subject.kind == "person":
            return subject
        # "A spokesman for the company said ...": no name; the sentence before may have one
    return None


def _business_name(
    subject: Speaker, before: int, names: _Names, history: Sequence[Speaker]
) -> str | None:
    """The name of ``subject`` when it is a business's: a name the parser took for a
    person's, with no given name or surname written first ("Celtic Sealink", not "Maria
    Lopez" or "Zhang Wei"), no title, role or gender, no "Mr X" before ``before``, no speaker
    of that name described as a person, no place's, and which the text treats as a business:
    "it" or "its" after it, or a business's head before it ("the operator, Hidrovale
    Energia")."""
    name = subject.person or ""
    words = name.split()
    if (
        subject.kind != "person"
        or subject.role
        or subject.gender
        or not words
        or is_given_name(words[0])
        or is_surname_written_first(words[0])
        or _INITIALS.fullmatch(words[0])
        or words[0].lower() in _PLACE_PREFIXES
        or name in _PLACE_NAMES
        or words[-1].lower() in _PLACE_ENDINGS
        or any(h.person == name and (h.role or h.gender) for h in history)
    ):
        return None
    evidence = names.business_evidence(name)
    if (
        # one capitalised word may be a common noun opening its sentence ("Data"): a name
        # is capitalised inside sentences too
        (
            len(words) == 1
            and not evidence.inside
            and not evidence.called_which
            and not evidence.after_business_head
        )
        # an apposition or title marks a person, unless the text treats the name as a
        # business ("Norvik Lines, a rival, cut its fares")
        or (
            name in names.person_names()
            and not (evidence.after_business_head or evidence.called_it)
        )
        or 0 <= evidence.titled_at < before
        or not (evidence.called_it or evidence.after_business_head)
    ):
        return None
    return name


def _named_business(description: Speaker, name: str) -> Speaker:
    """ "the company" (where it stands in the text) as the business ``name``."""
    return Speaker(
        description.phrase,
        description.start,
        description.end,
        "organisation",
        name=name,
        organisation=name,
        head=description.head,
    )


def _sentence_subject_for(
    text: str,
    speaker: Speaker,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    names: _Names,
) -> Speaker | None:
    """A pronoun inside a sentence whose subject it can stand for refers to that subject:
    "President Obama changed course, calling it what he called “hostile”" -> Obama;
    "The United States issued a statement condemning what it called ..." -> United States.
    Not for a pronoun that is itself the sentence's subject ("He said ...")."""
    if speaker.kind != "pronoun":
        return None
    index = bisect_right(sentence_starts, speaker.start) - 1
    if index < 0:
        return None
    s_start = sentences[index][0]
    if len(text[max(s_start, speaker.start - 60) : speaker.start].split()) < 3:
        return None
    found = leading_subject(text, s_start, speaker.start)
    if found is None:
        return None
    subject = parse_speaker(*_named_in_apposition(text, found, speaker.start))
    if (
        subject is None
        or subject.kind not in ("person", "organisation", "group")
        or not subject.name
        or subject.end > speaker.start
        or not _compatible(speaker, subject)
    ):
        return None
    if not _names_someone(text, subject, names):
        return None  # a lone capitalised word ("Juba") may be a place
    return subject


#: Words that open a web page's labels rather than a sentence ("Published On 12 Sep").
_PAGE_LABELS = frozenset("published updated posted photo related author".split())


def _names_someone(text: str, subject: Speaker, names: _Names) -> bool:
    """Whether a sentence's subject can be a person's or body's name: a lone capitalised word
    ("Juba") may be a place, unless a role, a gender, an apposition ("Mwale, a former
    minister, ...") or a fuller name used before ("Lazarus Mwale") marks it as a person's."""
    first = subject.phrase.split()[0] if subject.phrase.split() else ""
    if _bare(first) in _PAGE_LABELS:
        return False  # "Published On 12 Sep": a time stamp, not a subject
    if subject.kind != "person" or subject.role or subject.gender:
        return True
    person = subject.person or ""
    if len(person.split()) > 1 or _APPOSITION.match(text, subject.end, subject.end + 8):
        return True
    fuller = names.by_token.get(person.lower(), {})
    return any(len(full.split()) > 1 and at < subject.start for full, at in fuller.items())


def _body_by_name_ending(speaker: Speaker, position: int, names: _Names) -> Speaker | None:
    """ "the irrigation district" after "the Chama Valley Irrigation District", "the Manch"
    after "Lok Janshakti Manch": a body by the last words of its name."""
    words = speaker.phrase.split()
    if (
        speaker.kind not in ("description", "organisation")
        or words[0] not in ("the", "The")
        or not 2 <= len(words) <= 3
        # "the city", "the state", "the valley": places' names end so too ("Manchester City")
        or (words[-1].lower() in _PLACE_WORDS and words[-1].lower() != "county")
        or words[-1].lower() == "state"
        or _bare(words[-1]) in ROLE_WORDS
        # "the group" after "a group of residents met" is theirs, not a body's (the bodies
        # index finds "the group" that is one)
        or _bare(words[-1]) == "group"
    ):
        return None
    named = names.named_ending_with(words[1:], position)
    if named is None:
        return None
    return replace(speaker, kind="organisation", name=named, organisation=named)


def _resolve_speaker(
    speaker: Speaker,
    position: int,
    names: _Names,
    history: Sequence[Speaker],
    previous_quote_speaker: Speaker | None = None,
) -> tuple[Speaker | None, str | None]:
    if (
        speaker.kind == "description"
        and speaker.head in _OWN_JOURNALIST
        and speaker.phrase[:4].lower() == "our "
    ):
        journalist = names.own_journalist()
        if journalist is not None:
            return Speaker(
                speaker.phrase, speaker.start, speaker.end, "person", journalist, journalist
            ), speaker.phrase
    if speaker.kind == "description" and _bare_capitalised(speaker.phrase):
        # "King said" after "Tishana King": a surname that is also a role word
        full = names.expand(speaker.phrase.strip(), position)
        if full is not None:
            speaker = replace(speaker, kind="person", person=full, name=full, gender=None)
            speaker = replace(speaker, role=None, head=None)
    if (
        speaker.kind == "description"
        and position < _LEAD_CHARS
        and speaker.head in ROLE_WORDS
        and (speaker.definite or _bare_capitalised(speaker.phrase))
    ):
        # "Minister says ..." in a deck, "the police chief says" in a lead: the holder the
        # story goes on to name with that role ("Police Chief Raymond Okeke", not any chief)
        for earlier in reversed(history[-40:]):
            if earlier.kind == "person" and _compatible(speaker, earlier):
                return earlier, speaker.phrase
        role = " ".join(w for w in speaker.phrase.split() if w.lower() not in _DETERMINERS)
        holder = names.role_holder_after(role, speaker.end)
        if holder is not None:
            return replace(
                speaker, kind="person", person=holder, name=holder, role=speaker.head
            ), speaker.phrase
    if (
        speaker.kind == "description"
        and speaker.head == "person"
        and _AGE_EPITHET.fullmatch(speaker.phrase.strip())
    ):
        # "The 54-year-old said": the person the text gave that age, else the last person
        # quoted unless the text gave them another age
        age = re.search(r"\d{1,3}", speaker.phrase)
        aged = names.aged_before(age.group(), position) if age else None
        if aged is not None:
            return replace(
                speaker, kind="person", person=aged, name=aged, head=None, definite=False
            ), speaker.phrase
        for earlier in reversed(history[-40:]):
            if earlier.kind == "person" and _compatible(speaker, earlier):
                stated = names.age_of(earlier.person or "")
                if stated is not None and age is not None and stated != age.group():
                    return None, speaker.phrase
                return earlier, speaker.phrase
        # the person named last; for an age, the last one named as a sentence's subject,
        # even where only their given name shows they are a person
        named = (
            names.nearest_before(position)
            if age is None
            else names.subject_named_last(position, 1500)
        )
        if named is not None and (age is None or names.age_of(named) in (None, age.group())):
            # "said the dad-of-three" after "builder Kevin Marsh, 38, tried ...", no one quoted
            # before: the person named last (unless the text gave them another age)
            return replace(
                speaker, kind="person", person=named, name=named, head=None, definite=False
            ), speaker.phrase
        return None, speaker.phrase
    if (
        speaker.kind in ("description", "organisation")
        and speaker.phrase[:4].lower() == "the "  # "The audit, seen by RTÉ News,"
        and speaker.head in _FOUND_DOCUMENTS
        and (author := names.author_before(speaker.head, speaker.start)) is not None
    ):
        # "The audit found", "the report said" after "an internal audit by the Health Service
        # Executive": its author's findings
        return replace(
            speaker, kind="organisation", name=author, organisation=author, definite=False
        ), speaker.phrase
    if speaker.kind == "organisation" and speaker.phrase.strip().lower() == "police":
        # "..., police said" after "the Gunma Prefectural Police said": the force named, not
        # long before ("In Manchester, police said" later is another force)
        for earlier in reversed(history[-40:]):
            if position - earlier.start > _NEAR_FORCE:
                break
            if earlier.kind == "organisation" and (earlier.name or "").endswith(" Police"):
                return earlier, speaker.phrase
    if speaker.kind == "organisation" and speaker.phrase.strip() in ("Police", "the police"):
        # "Police said" after "Sharjah Police have arrested ...": the force the text named
        force = names.police_force_before(speaker.start)
        if force is not None:
            return replace(speaker, name=force, organisation=force), speaker.phrase
    if speaker.kind == "description" and speaker.definite and speaker.head in _ISSUED_DOCUMENTS:
        # "the statement said": the body or person the text quoted last issued it
        for earlier in reversed(history[-10:]):
            if earlier.kind in ("organisation", "person", "group") and earlier.name:
                return earlier, speaker.phrase
        return None, speaker.phrase
    if (
        speaker.head == "group"
        and not speaker.definite
        and (itself := _CALLING_ITSELF.match(names.text, max(0, speaker.end - 5))) is not None
    ):
        # "A group calling itself “Black Tern” claimed ..., saying": the name it gave itself
        name = itself.group("name")
        return replace(speaker, name=name, organisation=name), speaker.phrase
    if speaker.kind == "pronoun" or (
        speaker.definite
        and speaker.kind in ("description", "organisation", "group")
        and speaker.head
        and (
            speaker.head in ROLE_WORDS
            or speaker.head in ORG_HEADS
            or speaker.head in _GENERIC_PERSON_HEADS
            # "the banker said" after "One senior banker ... said"
            or (speaker.kind == "description" and _agent_noun(speaker.head))
        )
    ):
        # the genders the text gives its people: only "he" and "she" need them
        he_or_she = speaker.kind == "pronoun" and speaker.head in ("he", "she")
        genders = (
            {h.person: h.gender for h in history if h.person and h.gender} if he_or_she else {}
        )
        # "The commission said" right after "the Texas Commission on Environmental Quality
        # deployed ...": a body named since the last compatible speaker is meant
        # given names first reorder the candidates ("Maria Lopez" for "she"), then, if no
        # one fits, they are set aside: "Andrea" is a man's name in Italy
        for given_names in (True, False) if he_or_she else (True,):
            for earlier in reversed(history[-40:]):
                if (earlier.head in BODY_HEADS or earlier.head == speaker.head) and (
                    earlier.name or ""
                ).lower() == earlier.head:
                    # an earlier bare "the company" or "police" names nobody to refer back to
                    continue
                if (
                    speaker.head == "group"
                    and earlier.kind == "organisation"
                    and names.group_of_people_between(earlier.end, position)
                ):
                    continue  # "The group said" after "a group of residents met"
                if _compatible(speaker, earlier, genders, given_names):
                    return earlier, speaker.phrase
        titled = (
            names.role_holder_before(speaker.head, position)
            if speaker.kind == "description" and speaker.head in ROLE_WORDS
            else None
        )
        title = speaker.phrase.split()[-1] if speaker.kind == "description" else ""
        if (
            titled is None
            and speaker.definite
            and len(speaker.phrase.split()) == 2  # "the Commissioner", not "the Deputy ..."
            and title[:1].isupper()
            and (_bare(title) in ROLE_WORDS or "-" in title)
            and _bare(title) not in _TITLE_THEN_NAME
        ):
            # "the Vice-Chancellor said" after "Vice-Chancellor P. Lakshmi Narayanan appealed"
            titled = names.title_holder_before(title, position)
        short = _TITLE_SHORT_FORMS.get(speaker.head or "") if speaker.definite else None
        if (
            titled is None
            and short is not None
            and speaker.kind == "description"
            and len(speaker.phrase.split()) == 2  # "the governor", not "the central bank ..."
        ):
            # "the professor said" after "Prof Tom Berg led the study"
            titled = names.title_holder_before(short.title(), position)
        if titled is not None:
            # "the judge wrote" after "Justice Elaine Tan rejected ...": named, not quoted
            return replace(
                speaker, kind="person", person=titled, name=titled, definite=False
            ), speaker.phrase
        if (
            speaker.kind == "description"
            and previous_quote_speaker is not None
            and previous_quote_speaker.kind == "person"
            and speaker.head in ROLE_WORDS
            and speaker.gender in (None, previous_quote_speaker.gender)
            # "the crowd chanted", "the couple said": many people, not the one just quoted
            and speaker.head not in _KIN_PAIRS
            and speaker.head not in _COLLECTIVE_PEOPLE
        ):
            # an epithet for the speaker just quoted: "..., the evangelist said"
            return previous_quote_speaker, speaker.phrase
        if speaker.kind == "pronoun" and speaker.head in ("he", "she"):
            # the last person named with a title or role: the nearest antecedent
            named = names.nearest_before(position)
            wanted = "m" if speaker.head == "he" else "f"
            if named is not None and genders.get(named) in (None, wanted):
                return (
                    Speaker(speaker.phrase, speaker.start, speaker.end, "person", named, named),
                    speaker.phrase,
                )
        if (
            speaker.head == "group"
            and (named := names.self_named_before(speaker.start)) is not None
        ):
            # "the group wrote" after "a group calling itself “Black Junk”", when no group
            # spoke since
            return replace(speaker, name=named, organisation=named, definite=False), speaker.phrase
        if speaker.kind == "organisation" and (
            speaker.head in MEDIA_HEADS or speaker.head in BODY_HEADS
        ):
            # "according to the same agency" when the agency was named but never quoted: "a
            # reporter of the news agency, IRNA, said ..."
            people = speaker.head == "group" and names.group_of_people_between(
                position - _MEDIA_LOOKBACK, position
            )
            # (not "the group" after "a group of residents met")
            named = None if people else names.named_before(speaker.head, speaker.start)
            if named is None and speaker.head in _WATCHDOGS:
                # "the regulator" after "the Data Protection Authority"
                named = names.regulator_before(speaker.start)
            if named is not None:
                return replace(speaker, name=named, organisation=named), speaker.phrase
        if speaker.kind == "pronoun":
            return None, speaker.phrase
        by_ending = _body_by_name_ending(speaker, position, names)
        if by_ending is not None:
            return by_ending, speaker.phrase
        if speaker.kind == "description":
            # "the manager said" with no manager before: the description is all we know
            return (speaker if speaker.name else None), speaker.phrase
        if speaker.kind == "organisation" and len(speaker.phrase.split()) <= 2:
            # "the police said" with no police before: the body itself
            return (speaker if speaker.name else None), speaker.phrase
        # "the trade ministry": described well enough to stand on its own
    by_ending = _body_by_name_ending(speaker, position, names) if speaker.definite else None
    if by_ending is not None:
        return by_ending, speaker.phrase
    if (
        speaker.kind == "person"
        and speaker.person
        and (
            _MIXED_ACRONYM.fullmatch(speaker.person)
            # "Latra said" after "the Land Transport Regulatory Authority (Latra)"
            or (" " not in speaker.person and speaker.person.istitle())
        )
    ):
        full = names.spelled_out(speaker.person)
        if full is not None:
            # "TfL warned" after "Transport for London said": a body, not a person
            return replace(
                speaker, kind="organisation", person=None, name=full, organisation=full
            ), None
    if speaker.kind == "person" and speaker.person:
        full = speaker.person
        # "Ortiz de Zevallos": particles do not count as names
        if len([w for w in full.split() if w not in _PARTICLES]) <= 2:
            # "Mr Carter", "Officer Carter": a surname, never a first name
            plain = (speaker.role is None and speaker.gender is None) or (
                # "Dame Alison", "Sir Keir": a knighthood's title goes with the given name
                _bare(speaker.phrase.split()[0]) in ("sir", "dame", "lady", "lord")
            )
            # a country is no one's surname in the text's names ("Singapore" is not
            # "Enterprise Singapore"), though an earlier speaker may bear it ("Jordan")
            expanded = (
                names.expand(full, position, given_name=plain) if full not in _PLACE_NAMES else None
            )
            if (
                expanded is not None
                and speaker.gender is not None
                and gender_of_name(expanded) not in (None, speaker.gender)
                # (a given name either sex has, borne by the only one of the text with that
                # surname: "Mr O’Donovan" is Christy O’Donovan, whatever most Christys are)
                and not (
                    expanded.split()[0] in _EITHER_SEX
                    and len(names.by_token.get(full.split()[-1].lower(), ())) == 1
                    # (not "his mother, Mrs Dunne", "Mdm Tan, a shareholder")
                    and not _KIN_OR_ROLE_NEAR.search(
                        names.text, max(0, speaker.start - 40), speaker.end + 40
                    )
                )
            ):
                expanded = None  # "Mrs Chan" is not "Anthony Chan Ho-yin"
            if (
                expanded is None
                and not plain
                and len(full.split()) == 1
                and not is_given_name(full)  # "Mr Carter" is a surname
            ):
                # "Mr Rosli" for Rosli Hamzah: a Malay name takes its title before the given
                # name, when no one of the text has it as a surname
                by_given = names.expand(full, position, given_name=True)
                if by_given is not None and by_given.split()[0] == full:
                    expanded = by_given
            if expanded is None:
                # an earlier speaker with that surname ("Roth" after "Evana Roth"); a first and
                # last name is a person of its own ("Raymond Roth" is not "Evana Roth")
                tokens = full.split()
                for earlier in reversed(history[-40:]):
                    earlier_tokens = (earlier.person or "").split()
                    if (
                        len(earlier_tokens) > len(tokens)
                        and earlier_tokens[-len(tokens) :] == tokens
                        # "Mrs Chan" is not "Anthony Chan"
                        and (
                            speaker.gender is None
                            or (earlier.gender or gender_of_name(earlier.person or ""))
                            in (None, speaker.gender)
                        )
                    ):
                        expanded = earlier.person
                        break
            if (
                expanded is None
                and speaker.gender is None
                and speaker.head is None  # no title: "Gulfmark, a subsidiary of X, said"
                # a full name is a person's own ("Tom Ford", not Tom Ford Inc), unless a body's
                # legal form follows a name that starts with no common given name
                and (
                    len(full.split()) == 1
                    or (len(full.split()) <= 3 and not is_common_given_name(full.split()[0]))
                )
                and (body := names.fuller_body(full, position))
            ):
                return replace(speaker, kind="organisation", name=body, organisation=body), None
            if expanded:
                earlier_same = next(
                    (h for h in reversed(history[-40:]) if h.person == expanded), None
                )
                base = earlier_same or speaker
                return replace(
                    speaker,
                    name=expanded,
                    person=expanded,
                    role=speaker.role or base.role or names.office_of(expanded),
                    organisation=speaker.organisation or base.organisation,
                    gender=speaker.gender or base.gender,
                ), None
        earlier_same = next((h for h in reversed(history[-40:]) if h.person == full), None)
        if earlier_same is not None:
            return replace(
                speaker,
                role=speaker.role or earlier_same.role,
                organisation=speaker.organisation or earlier_same.organisation,
                gender=speaker.gender or earlier_same.gender,
            ), None
        return speaker, None
    if speaker.kind == "unknown":
        return (speaker if speaker.name else None), None
    if speaker.kind == "organisation" and speaker.name and _is_acronym(speaker.name):
        # "AP reported" after "the Associated Press reported": the name the article gives
        full = names.spelled_out(speaker.name)
        if full is not None:
            return replace(speaker, name=full, organisation=full), None
    if (
        speaker.kind == "organisation"
        and speaker.name
        and (body := names.fuller_body(speaker.name, position)) is not None
        # a company's legal name: not "United Nations Security Council" for "United Nations"
        and _bare(body.split()[-1].rstrip(".")) in _COMPANY_WORDS
    ):
        # "Hinode Aerospace said" after "Hinode Aerospace Inc."
        return replace(speaker, name=body, organisation=body), None
    if speaker.kind == "organisation" and speaker.name:
        owned = _OWNED_BY_NAME.fullmatch(speaker.name)
        full = names.expand(owned.group("name"), position) if owned else None
        if (
            owned is not None
            and full is not None
            # "Iran's seismologic centre" is not a headline's "Earthquake Jolts Iran"'s
            and (
                owned.group().split()[0].rstrip(".").lower() in HONORIFICS
                or full in names.person_names()
                or names.in_sentence(full)
            )
        ):
            name = f"{full}{owned.group('poss')} {owned.group('rest')}"
            return replace(speaker, name=name, organisation=name), None
    return speaker, None


def _bare_capitalised(phrase: str) -> bool:
    """One capitalised word without a determiner ("King", not "the King" or "KING")."""
    word = phrase.strip()
    return bool(word) and word[0].isupper() and word[1:].islower() and word.isalpha()


def _inherit(
    text: str,
    event: SpeechEvent,
    previous: SpeechEvent | None,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    names: _Names,
    history: list[Speaker],
) -> None:
    """A quote without a speaker of its own: the one it continues or the sentence before."""
    event.confidence = 0.5
    event.resolved_from = None
    event.mention.source = "none"
    if event.kind != "quote":
        return
    open_pos = int(event.extra["open"])  # type: ignore[call-overload]
    index = bisect_right(sentence_starts, open_pos) - 1
    own_start = sentences[index][0] if index >= 0 else 0
    head = text[own_start:open_pos].strip(" \t\"“”‘’'—–-")
    if (
        head
        and previous is not None
        and previous.kind == "quote"
        and previous.resolved is not None
        and previous.start >= own_start
        and previous.mention.cue_start is not None
        and previous.end <= previous.mention.cue_start < open_pos
    ):
        # "“Q1,” the analysts said, calling for change and “Q2”": the same sentence's speaker
        event.resolved = previous.resolved
        event.mention = _copy_mention(previous)
        event.mention.source = "same_sentence"
        event.confidence = 0.8
        return
    if head and not re.fullmatch(r"(?:And|But|So|Then)[ ,]*", head):
        return  # a partial quote inside a sentence that names nobody
    previous_start = sentences[index - 1][0] if index >= 1 else -1
    previous_sentence = sentences[index - 1] if index >= 1 else None
    if (
        previous is not None
        and previous.resolved is not None
        # the event before ends in the sentence before, or names its speaker there
        # ("“Q1.”\nWilliams said before ...\n“Q2.”")
        and (
            previous.end >= previous_start - 1
            or (previous.mention.cue_start or -1) >= previous_start
        )
        and previous.start < open_pos
    ):
        gap = text[previous.end : open_pos]
        if "\n\n\n" not in gap and len(gap) < 600:
            event.resolved = previous.resolved
            event.mention = Mention(
                previous.mention.speaker,
                previous.mention.cue,
                previous.mention.cue_start,
                previous.mention.cue_end,
                "continuation"
                if previous.kind == "quote" and "\n" not in gap.strip()
                else "previous_sentence",
            )
            event.confidence = 0.8
            if previous.kind == "quote" and "\n" not in gap:
                event.extra["linked_to"] = previous.start
            return
    if previous_sentence is not None:
        p_start, p_end = previous_sentence
        sentence_text = text[p_start:p_end]
        if sentence_text.rstrip().endswith(":"):
            mention = _find_head_speaker(sentence_text.rstrip()[:-1] + ":", p_start, text)
            if mention is None:
                from_match = re.search(r"\bfrom\s+([A-Z][^:]{1,100})$", sentence_text.rstrip()[:-1])
                if from_match:
                    speaker = parse_speaker(from_match.group(1), p_start + from_match.start(1))
                    mention = Mention(
                        speaker,
                        "from",
                        p_start + from_match.start(),
                        p_start + from_match.start(1),
                        "previous_sentence",
                    )
            if mention is not None and mention.speaker is not None:
                resolved, how = _resolve_speaker(mention.speaker, p_start, names, history)
                if resolved is not None:
                    mention.source = "previous_sentence"
                    event.mention = mention
                    event.resolved = resolved
                    event.resolved_from = how
                    event.confidence = 0.8
