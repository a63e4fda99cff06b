"""English verdicts on the reader: a refusal read from its grammar, not its idiom.

Real-mail rounds 5-9 (tests/data/real/EVALUATIONS.md) kept missing refusals
worded in a system's own vocabulary: an internship programme's "you are not
eligible for this round", a public service's "you were screened out", a
bootcamp's "we are unable to admit you". Phrase families name how employers
say it; each new system says it in words no family had. What these refusals
share is a shape:

- the reader or their application, then a negation, then a word of being let
  through ("you were not selected", "your application has not been taken
  forward", "you did not make the final cut");
- the reader or their application, then a word of being kept out ("you are
  ineligible", "your application was screened out");
- the organisation unable or unwilling to let the reader in ("we cannot admit
  you", "we were not able to offer you a place").

Each verb list is a closed class of its own (words of selection, of exclusion,
of admission), so a new refusal needs only to use one of them in this shape.
Near misses (a condition, "not yet", a benefit the reader is not eligible for,
candidates in general) are tested in tests/classify/test_verdicts.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule, within_sentence
from ..frames import FrameWords, refusal_frames

# The reader, or a thing of theirs that is judged.
_READER = (r"\b(?:you|your (?:[\w-]+ ){0,2}?(?:"
           + any_of(
               r"application|candidacy|candidature|submission|profile|cv|resume|entry|nomination|bid",
               r"registration|proposal|enrol?ment|admission|membership",
               # a request to be let in (not one to reschedule a meeting or claim expenses)
               r"(?:enrol?ment|admission|membership|participation|join|registration|volunteer) request",
               r"request to (?:join|enrol|enroll|participate|register|volunteer|take part|attend|be considered)",
           )
           + r"))")
# Up to seven words, none that opens another clause: "your application has been reviewed and was not
# approved", "your application to enrol in this course was not approved".
# Nor another person or a report: "you mentioned your friend Theo got turned down" is about Theo.
_NOT_IN_GAP = r"if|when|unless|once|but|because|whether|until|else|otherwise|who|which|that|your|my|his|her|their|he|she|they|i"
_NOT_IN_GAP += r"|mentioned|said|told|heard|friend|colleague"
_GAP = rf"(?: (?!(?:{_NOT_IN_GAP})\b)[\w']+){{0,7}}?"
_NEGATED = r" (?:not|never|no longer|cannot|\w+n't)"
# Up to 160 characters of one sentence (a dot only inside a link or a name), with no negation.
_LONG_GAP = within_sentence(r"not|never|no|interview|meeting|call|reschedul\w*|expense|reimburse\w*|leave|holiday"
                            r"|another|other|someone|somebody|his|her|their|colleague|friend")
# The same gap with no negation in it: "you have not been screened out" is good news.
_GAP_UNNEGATED = rf"(?:'ve|'re)?(?: (?!(?:not|never|no|{_NOT_IN_GAP})\b)[\w]+\b(?!'t)){{0,6}}?"
# Words of being let through a selection.
_LET_THROUGH = (r"(?:"
+ any_of(
    r"eligible|successful|selected|chosen|shortlisted|short-listed|approved|accepted|admitted|invited",
    r"progressed|advanced|suitable|qualified|hired|appointed|matched|placed|recommended|funded",
    r"(?:taken|put|carried|moved|progressed|going|moving) (?:forward|further|through)",
    r"through to|made it (?:through|to)|make (?:it (?:through|to)|the (?:[\w-]+ )?(?:cut|shortlist|list))",
    r"among (?:the|those) (?:[\w-]+ )?(?:selected|successful|chosen|shortlisted|invited)"
    + r"(?: (?:candidates|applicants|people|ones|participants|interns|students))?",
    r"one of (?:the|those) (?:[\w-]+ )?(?:selected|successful|chosen|shortlisted)",
    r"an? (?:[\w-]+ )?(?:fit|match)",
    r"(?:a|the) (?:strong|strongest|good|suitable|competitive|right|successful|preferred|best|close) (?:[\w-]+ )?"
    + r"(?:candidate|applicant|fit|match|person|choice)",
    r"considered (?:further|any further|for)",
    r"offered (?:an? |the )?(?:[\w-]+ )?(?:place|spot|seat|position|role|job|post|scholarship|fellowship|internship"
    + r"|admission|interview)",
)
+ r")\b")
# What one can be "not eligible for" in an offer or a benefit scheme: no verdict on the candidacy.
_NOT_A_PERK = (r"(?! (?:for|to) (?:the |a |an |any )?(?:[\w-]+ )?(?:"
+ any_of(
    r"relocation|bonus|benefit|reimburse|expense|travel|sponsor|visa|overtime|pension|discount|parking",
    r"equity|stock|insurance|health|leave|holiday|pto|fast|priority|early|remote|referral|allowance",
)
+ r"))")
# "not yet", "until the references are in": nothing is decided.
_NOT_YET = r"(?! (?:yet|at this (?:point|stage) yet|until|unless))"
# Words of being kept out.
_KEPT_OUT = (r"(?:"
+ any_of(
    r"ineligible|unsuccessful|unsuitable|disqualified|eliminated|(?:automatically )?de-?selected|unselected",
    r"(?:screened|sifted|filtered|ruled|weeded) out",
    # taken off a role already given (real-mail round 20): "you have been removed as participant for the activity …"
    r"removed (?:as (?:an? )?(?:participant|volunteer|member|candidate|applicant|mentee|mentor)|from (?:the |this )?"
    + r"(?:activity|shortlist|short-list|selection|programme|program|project|shift|team|cohort|event|waiting list))",
    r"marked (?:as )?(?:unsuccessful|not suitable|unsuitable|rejected|declined|not progressed|ineligible"
    + r"|not selected|not shortlisted)",
)
+ r")\b")
# What an organisation gives or lets someone into.
_PLACE = (r"(?:"
+ any_of(
    r"place|spot|seat|admission|position|role|job|post|placement|internship|apprenticeship|fellowship",
    r"scholarship|invitation|funding|award|contract|traineeship|opportunity|space|acceptance|seat|residency|bursary",
    r"grant|mentorship|studentship|employment",
)
+ r")")
_UNABLE = (r"\b(?:"
+ any_of(
    r"cannot|can't|could not|couldn't|(?:will not|won't|would not) be able to|(?:are|were|am|was|is)(?: (?:currently"
    + r"|presently|still|also|now|therefore|simply|"
    + r"unfortunately|sadly|regretfully|regrettably))? (?:un|not )able to|(?:are|were)n't able to",
    # "we're unable to admit you" (real-mail round 23)
    r"'re (?:(?:currently|still|also|therefore|unfortunately|sadly) )?(?:un|not )able to",
    r"(?:have|has) not been able to|(?:have|has)n't been able to|will be unable to",
    r"will not|won't|did not|didn't|(?:have|has) (?:decided|chosen) not to|decided not to",
    r"(?:are|were) not in a position to",
)
+ r")")


# What the organisation refuses or calls off: the reader's own request.
_REQUEST = (r"(?:application|registration|participation|request|proposal|candidacy|submission|place|spot"
            r"|enrol?ment|project)")


VERDICTS: list[Rule] = [
    rule(
        "en.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _GAP + _NEGATED + r" (?:been |be |being )?(?:found |deemed |considered |judged |assessed as |rated )?"
        + _LET_THROUGH + _NOT_A_PERK + _NOT_YET,
        # "… you do not have 49 days free, and thus are not eligible for this round": the reader said before.
        r"\b(?:and|so|thus|therefore|hence)(?: thus| therefore| so)? (?:are|were|is|was) not (?:eligible|selected|"
        + r"successful|suitable|qualified) (?:for|to) (?:this|the|our) (?:[\w-]+ ){0,2}?(?:round|programme|program|"
        + r"position|role|internship|job|vacancy|scheme|cohort|course|fellowship|post|apprenticeship|traineeship)\b",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.reader_kept_out", "rejection", "strong",
        _READER + _GAP_UNNEGATED + r" (?:been |be |is |are |was |were )?(?:found |deemed |considered |judged )?" + _KEPT_OUT
        + _NOT_A_PERK,
        # Only passive: "you've declined" is the reader's own answer, "your application was declined" is theirs.
        _READER + _GAP_UNNEGATED + r" (?:been|be|is|are|was|were|got) (?:denied|refused|rejected|declined|turned down)\b",
        # The job named in between, a link included: "your application for Analyst (https://…) has been rejected".
        r"\byour (?!(?:leave|expense|holiday|vacation|overtime|reimbursement|refund|payment)\b)(?:[\w-]+ )?"
        + r"(?:application|candidacy|submission|request|registration|enrol?ment|resume|cv|profile"
        + r"|admission|participation|sign-?up|booking)\b" + _LONG_GAP + r" (?:has been|was|have been|were|is)(?: (?:marked|mark|set) as)? [(\"'*]*"
        + r"(?:denied|refused|rejected|declined|turned down|unsuccessful)\b",
        negatable=True, void_if_deferred=True,
    ),
    rule(
        "en.rejection.cannot_let_you_in", "rejection", "strong",
        _UNABLE + r" (?:(?:currently|now|therefore|unfortunately|sadly) )?(?:"
        + any_of(
            r"(?:be )?(?:offer|offering|give|giving|grant|granting|extend|extending) you (?:a |an |the )?"
            + rf"(?:[\w-]+ ){{0,2}}?{_PLACE}",
            r"(?:bring|take) you (?:on board|onboard|on)\b|onboard you\b",
            # the application as a pronoun (real-mail round 21): "reviewed your application and did not select it
            # for further consideration"
            r"(?:select|shortlist|progress|accept|approve|consider|take) (?:it|them) (?:forward |further )?for "
            + r"(?:further consideration|the next (?:stage|round|step))",
            r"(?:accept|approve|select|progress) (?:it|them) (?:this time|at this (?:time|stage)|on this occasion)",
            r"match you with (?:a |an |the )?(?:[\w-]+ )?(?:mentor|employer|school|host|project|team|company|placement)",
            r"(?:admit|accept|select|fund|place|appoint|hire|enrol|enroll|take|host|award) (?:you|your (?:team|group))\b(?! (?:to|for) (?:an? |the )?"
            # not "we cannot place you on the priority list" (real-mail round 26): a list, not the candidacy
            + r"(?:interview|call|meeting|lunch|dinner)\b| on (?:the|our|a|your) (?:[\w-]+ )?list\b)",
            rf"find (?:you )?(?:a |an )?(?:[\w-]+ )?(?:placement|match|mentor|supervisor|host|{_PLACE}) for you",
            rf"find you (?:a |an )?(?:[\w-]+ )?(?:placement|match|employer|{_PLACE})",
            r"(?:fund|approve|support|shortlist|accept|accommodate|select|progress) (?:your (?:[\w-]+ )?"
            + r"(?:application|proposal|candidacy|request|bid|registration|project|submission)|yours)\b",
        )
        + r")" + _NOT_YET,
        void_if_deferred=True,
    ),
    rule(
        # "we have declined your registration", "the committee has decided not to fund your project".
        "en.rejection.request_refused", "rejection", "strong",
        r"\b(?:we|we've|the (?:[\w-]+ )?(?:team|committee|panel|organi[sz]ers|employer|company|board|jury))"
        + r"(?: have| has| had)?(?: (?:now|unfortunately|sadly|regrettably))?(?: (?:decided|chosen) (?:to|not to))? "
        + r"(?:declined?|rejected?|denied|deny|refused?|cancel(?:led)?"
        # the granting verbs only negated: "we cannot fund your request", not "we accept your proposal" (round 47)
        + r"|(?:cannot|can't|can not|could not|couldn't|are unable to|were unable to|won't|will not) (?:fund|accept|approve|support))"
        + r" your (?:[\w-]+ )?"
        + _REQUEST + r"\b(?!(?: [\w-]+){0,3} (?:at your request|as (?:you )?(?:requested|asked)|on your behalf))",
        r"\b(?:decided|chosen) not to (?:fund|accept|approve|support|select|progress) your (?:[\w-]+ )?" + _REQUEST,
        negatable=True,
    ),
    rule(
        # Whoever decided, named or not: "Northwind declined your application", "the tutor has rejected your
        # request to enrol", "the recruiter has marked your application as rejected". Not a system refusing a file.
        "en.rejection.someone_refused_your_application", "rejection", "strong",
        r"\b(?<!you )(?<!system )(?<!server )(?<!portal )(?<!form )(?<!website )(?:has |have |had )?(?:declined|rejected"
        + r"|denied|refused|passed on) your (?:[\w-]+ )?(?:application|candidacy|candidature|registration|enrol?ment|admission"
        + r"|request to (?:join|enrol|enroll|participate|register|volunteer|take part|attend|work on|work|be assigned))\b"
        + r"(?! (?:because|as|since|due to) (?:the |a |an |your |its )?(?:file|form|upload|attachment|document|format"
        + r"|size|technical|error|field))",
        r"\bmarked (?:your (?:[\w-]+ )?(?:application|candidacy|profile)|you) as (?:rejected|unsuccessful|declined"
        + r"|not selected|not suitable|unsuitable|not progressed)\b",
        # "we have reviewed your request and regret that it cannot be approved"
        r"\bregret (?:that|to (?:say|inform you|tell you) that) (?:it|this|your [\w-]+(?: [\w-]+)?) (?:cannot|can't|could"
        + r" not|will not|won't|has not|was not|is not) (?:be |been )?(?:approved|accepted|granted|successful|selected"
        + r"|progressed|considered)\b",
        negatable=True,
    ),
    rule(
        # A status line of its own (a subject or a heading): "Enrolment request rejected", "Application declined".
        "en.rejection.status_line", "rejection", "strong",
        r"(?:^|\n)\W*(?:your )?(?:job |course |enrol?ment |admission )?(?:application|enrol?ment|request|candidacy"
        + r"|registration)(?: request| status)?:? (?:has been |was |is )?(?:rejected|declined|denied|refused|unsuccessful"
        + r"|not approved|not accepted)\W*(?=\n|$)",
    ),
    rule(
        # A bare request refused, right after "your request": medium, as requests are of many kinds.
        "en.rejection.your_request_refused", "rejection", "medium",
        r"\byour request (?:has been|was|is) (?:rejected|declined|denied|refused)\b(?! (?:as|because|since) (?:the|it)"
        + r" (?:file|form|upload|receipt))",
    ),
    rule(
        # "Your invite to become a Mentor for … has been withdrawn" (real-mail round 25): an offer taken back.
        "en.rejection.invitation_withdrawn", "rejection", "strong",
        r"\byour (?:invite|invitation|offer) to (?:become|join|take|be)\b[^.!?\n]{0,80}? (?:has been|was|is) (?:now )?"
        + r"(?:withdrawn|revoked|rescinded|retracted|cancell?ed)\b",
        takes_offer_back=True,
    ),
    rule(
        # "Your interview did not lead to an offer": the process came to nothing for the reader.
        "en.rejection.came_to_nothing", "rejection", "strong",
        r"\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:lead|led|result|resulted) (?:to|in) (?:an? )?"
        + r"(?:offer|hire|place|position|appointment)\b",
    ),
    rule(
        # "we do not have a spot for you": no room for the reader (not a free slot on a day).
        "en.rejection.no_room_for_you", "rejection", "strong",
        r"\b(?:(?:do not|don't|did not|didn't|no longer) have (?:a |any )?|(?:there is|there's|we have) no )"
        + r"(?:suitable |matching |appropriate |open )?(?:spot|space|place|room|seat|opening|position|role|vacancy)s?"
        + r" (?:available )?for you\b"
        + r"(?! (?:on|at|this|next|today|tomorrow|until|before|in the (?:morning|afternoon)))",
    ),
    rule(
        # "Northwind has cancelled the placement you were due to start": an offer taken back.
        "en.rejection.cancelled_what_you_were_to_join", "rejection", "strong",
        r"\b(?:has|have|had) (?:had to )?cancell?ed the (?:[\w-]+ )?(?:mission|internship|placement|programme|program"
        + r"|role|position|project|assignment|cohort|course)(?: (?:that|which))? you (?:were|had been) (?:due|going|set"
        + r"|meant|about) to\b",
    ),
    rule(
        # A system's field for the reason of a refusal: "Reason for rejection: …".
        "en.rejection.reason_for_rejection", "rejection", "strong",
        r"\b(?:reason (?:for|of) (?:the )?(?:rejection|refusal|decline)|rejection reason)\b(?= ?:)",
    ),
    rule(
        # "we have added you to our talent pool": kept for later roles, this one is over (medium).
        "en.rejection.added_to_talent_pool", "rejection", "medium",
        r"\b(?:added|put|placed|keep|kept|store|stored|include|included) (?:you|your (?:[\w-]+ )?(?:profile|cv|resume"
        + r"|details|application)) (?:in|to|into|on) (?:our|the) (?:talent (?:pool|community|network)|candidate pool)\b",
    ),
    rule(
        "en.rejection.below_the_mark", "rejection", "strong",
        r"\b(?:did not|didn't|failed to|does not|doesn't) (?:achieve|reach|meet|attain|get) (?:the|our) "
        + r"(?:minimum |required |necessary )?(?:pass(?:ing)? (?:mark|score|grade)|score|threshold|benchmark|cut-?off)\b",
        r"\b(?:score|result|mark|grade)s? (?:was|were|is|fell|falls) (?:below|under) (?:the|our) (?:[\w-]+ ){0,2}?"
        + r"(?:threshold|pass mark|minimum|benchmark|cut-?off|level)\b",
    ),
    rule(
        # "decided it is not right for them": the verdict said of the match, not of the reader.
        "en.rejection.not_right_for_them", "rejection", "strong",
        r"\b(?:decided|feel|felt|think|thought|concluded|agreed|determined)(?: that)? (?:it|you|this|your [\w-]+)"
        + r" (?:is|was|are|were|would be|will be)(?: not|n't) (?:quite )?(?:the )?"
        + r"(?:right|suitable|a (?:good |strong |close )?(?:fit|match))\b",
    ),
    rule(
        "en.rejection.references_not_satisfactory", "rejection", "strong",
        r"\b(?:references?|checks?|background check|vetting|clearance)(?: \w+){0,3} (?:were|was|are|is|came back)"
        + r" (?:not satisfactory|unsatisfactory|not successful|unsuccessful|not cleared|not approved|negative)\b",
    ),
    rule(
        # "we could not offer everyone a place": said once places were given, so the reader is among those left out.
        "en.rejection.not_everyone_got_a_place", "rejection", "medium",
        r"\b(?:could not|couldn't|were (?:un|not )able to|weren't able to) (?:offer|give|find|accept|select|admit)"
        + r" (?:a place to )?(?:everyone|everybody|all (?:applicants|candidates|of them|of you)|every (?:applicant|candidate))\b",
    ),
]

# Verdicts that let the reader through to a next stage (real-mail round 9: a programme approves
# the initial application and opens its contribution period) and an outcome still to come.
VERDICTS += [
    rule(
        "en.next_step.approved_for_the_next_stage", "next_step", "medium",
        r"(?<!\bonce )(?<!\bwhen )(?<!\bafter )(?<!\bif )" + _READER
        + r"(?: [\w']+){0,3}? (?:has|have|was|were|is|are|'ve) (?:now )?(?:been )?(?:approved|accepted)\b"
        + r"(?! (?:as|for) (?:the |an? )?(?:[\w-]+ )?(?:offer|hire|appointment|position|role|job))",
        r"\bwelcome to the (?:[\w-]+ ){0,2}(?:contribution|assessment|interview|selection|second|next|final)"
        + r" (?:period|stage|round|phase|step)\b",
        void_if_third_person=True,
    ),
    rule(
        "en.next_step.invited_to_revise", "next_step", "medium",
        r"\b(?:opportunity|chance|invite you|ask you|like you) to (?:revise|resubmit|rework|update|amend|improve)"
        + r" (?:your|the) (?:[\w-]+ ){0,2}(?:essay|answer|application|submission|statement|response|question)s?\b",
    ),
    rule(
        # A waitlist keeps the candidacy open, even when it opens with a refusal's words ("all seats have been
        # filled, but we have reserved a space for you in our waitlist", real-mail rounds 10-12); the ladder
        # lets it win over them (ladder.py, kept_on_a_waitlist).
        "en.pending.on_the_waitlist", "pending", "strong",
        r"\b(?:placed|put|add|added|keep|keeping|placing|putting|adding|reserved a (?:space|spot|place|seat) for)(?: you)?"
        + r" (?:on|in|to) (?:our|the|a) (?:wait(?:ing)?[- ]?list|reserve list)\b",
        r"\byou(?:'re| are|'ve been| have been| will be| remain)(?: now| still)? (?:on|in) (?:our|the) "
        + r"(?:wait(?:ing)?[- ]?list|reserve list)\b",
        r"\byou(?:'ve been| have been| are|'re) wait-?listed\b",
        r"\b(?:offer|give) you a (?:space|spot|place|seat) (?:on|in) (?:our|the) (?:wait(?:ing)?[- ]?list|reserve list)\b",
        r"\bjoin (?:our|the) (?:wait(?:ing)?[- ]?list|reserve list)\b",
    ),
    rule(
        # The waitlist itself ends: "you have been removed from the waitlist", "placed on the reserve list but
        # the positions have now all been filled". The ladder then lets the refusal stand.
        "en.rejection.waitlist_ended", "rejection", "strong",
        r"\b(?:removed|taken) (?:you )?(?:off|from) (?:the|our) (?:wait(?:ing)?[- ]?list|reserve list)\b",
        r"\b(?:wait(?:ing)?[- ]?list|reserve list) (?:has |have )?(?:now )?(?:closed|expired|ended)\b",
        # (the match ends at "but": the filled posts after it are another rule's words)
        r"\b(?:wait(?:ing)?[- ]?list|reserve list)\b[^.!?\n]{0,40}\b(?:but|however)\b(?=[^.!?\n]{0,60}"
        + r"\b(?:been filled|been taken|closed|ended)\b)",
    ),
    rule(
        "en.pending.selection_begins", "pending", "medium",
        r"\b(?:the )?(?:[\w-]+ )?selection (?:will|is about to|is going to) (?:now )?(?:begin|start)\b",
        r"\b(?:interns|successful (?:candidates|applicants)|results|decisions|outcomes) will be (?:announced|published|"
        + r"notified|sent out) on\b",
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "en",
    possessives=r"your",
    refusals=any_of(
        r"rejected|declined|refused|denied|turned down|unsuccessful|disapproved|not hired|disqualified",
        r"not (?:been )?(?:selected|successful|approved|accepted|shortlisted|retained|progressed|admitted|chosen|awarded"
        + r"|granted|funded|supported|considered further)",
        r"(?:could|can|will) not be (?:approved|accepted|granted|funded|considered further)"
        + r"|cannot be (?:approved|accepted|granted|funded|considered further)|(?:hereby )?dismissed",
        r"revoked|unassigned|de-?selected|not (?:recommended for )?funded|below the funding line",
        r"not (?:been )?(?:nominated|put forward|taken forward)|discontinued",
        r"(?:will not|won't) be (?:pursued|processed)(?: further)?|(?:can't|cannot) be considered further",  # stress sets 12, 15
        # "in accordance with our policy, your registration has been removed" (real-mail round 50)
        r"(?:has been|have been|was|were) removed(?! (?:at|on) your (?:own )?request| as (?:you )?requested| from (?:the|our) (?:mailing|newsletter))",
        r"withdrawn by (?:the )?(?!you\b)(?:[\w-]+ ){0,2}?(?:service|provider|employer|organi[sz]ation|company|school"
        + r"|university|agency|programme|program|recruiter|team|board|panel|committee)",
        # "has been withdrawn by the service because you did not achieve the required standard" (stress set 5)
        r"(?:closed|cancell?ed|discontinued|withdrawn|terminated|ended|removed) (?:[\w-]+ ){0,3}?(?:because|as|since"
        + r"|following|due to) (?:you (?:did not|didn't|have not|haven't|were not|weren't|failed|do not|don't|could not"
        + r"|couldn't)|your (?:failure|non-attendance|absence))",
        r"not (?:been )?recommended for (?:funding|appointment|selection|admission|(?:an? |the )?(?:interview|offer|place"
        + r"|award|post|position|role|next (?:stage|round)))",
        r"(?:closed|cancell?ed) by (?:the )?(?:hiring|recruit\w*|employer|client|organi[sz]ers?|manager|teacher|instructor"
        + r"|admin\w*|programme team|program team|coordinator)",
        r"(?:cannot|can't|will not|won't|is unable to) (?:proceed|progress|continue|go any further)"
        + r"(?! (?:until|unless|without|before|if)\b)",
        r"not drawn",
    ),
    status_labels="",  # English status fields are read for every label in applicant_tracking.py
    status_values="",
    applications=r"application|candidacy|candidature|(?:enrol?ment|registration|admission|membership|join) request",
    refusal_nouns=r"rejection|refusal|regret letter|non-selection|(?:notice|letter|notification) of (?:rejection|non-selection|regret)",
    headline_links=r"of|for|on|regarding|about|to",
    unrelated=any_of(
        r"(?:\d\d?[:.])?\d\d slots?|(?:am|pm) slots?|(?:time|calendar|interview) slots?|(?:teams|zoom|calendar|meeting|outlook) invites?|transcripts?|duplicate accounts?|second account",  # a slot, a calendar invite, a transcript or a duplicate account (stress set 11)
        r"application fees?",  # a fee (stress set 10)
        r"fee waivers?|waivers?|(?:fee|tuition) (?:exemptions?|reductions?|discounts?)",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"payments?|card|transactions?|orders?|invoices?|refunds?|messages?|e-?mails?|mail|password|login",
        r"leave|expenses?|claims?|holidays?|vacation|absence|time off|reimbursements?|timesheets?|swap",
        r"payouts?|bank|transfers?|earnings|withdrawals? of funds|tickets?|support (?:case|request)"
        # (an account, not "the account has decided" of a call centre's client, stress set 15)
        + r"|(?<!\bthe )account(?! has decided| manager)",
    ),
    not_judged=any_of(
        r"files?|uploads?|attachments?|documents?|photos?|images?|reviews?|offers?|withdrawal|interview|meeting|call",
        r"slots?|appointments?|reschedul\w*|availability|decision|comments?",
        r"browsers?|devices?|versions?|formats?|file types?|bookings?|reservations?",
        r"(?:doctoral|phd|graduate) students?|supervisees?",  # a student the reader supervises (stress set 13)
        # a document to send again, or someone the reader speaks for (stress set 5)
        r"certificates?|proofs?|cop(?:y|ies)|passports?|licen[cs]es?|id|son|daughter|child|children|ward"
        + r"|employees?|extension|deadline|change|transfer|deferral",
    ),
    negations=r"not|never|no|n't|yet",
    others=r"his|her|their|another|other|someone|somebody|colleague|friend|candidates|applicants|applications"
    r"|if|whether|unless|that|which",
    modals=r"will|would|may|might|can|could|should|must",
    cannot_go_on=any_of(
        # "you did not pass the Health & Safety quiz", "did not reach the accuracy threshold" (stress set 5)
        r"\byou (?:did not|didn't|have not|haven't|failed to) (?:pass|reach|achieve|meet|clear) (?:the|our|this)"
        + r" (?:[\w&-]+ ){0,4}?(?:test|tests|threshold|standard|pass mark|benchmark|quiz|exam|examination|assessment"
        + r"|screening|audition|criteria|requirements?)\b",
        r"\byour (?:[\w-]+ ){0,2}?(?:application|profile|submission|test|assessment|entry|results?|score|check|review"
        + r"|audition|trial)s? (?:did not|didn't) pass (?:our|the)\b",
        r"\byou (?:will not|won't|cannot|can't) be (?:onboarded|hired|appointed|activated|offered (?:any )?(?:shifts?"
        + r"|work|assignments?|a place|a role))\b(?! (?:until|unless|before|if|once)\b)",
        r"\byou (?:will not|won't|cannot|can't) be assigned to (?:the|this|our|any) (?:[\w&-]+ ){0,3}?(?:team|project"
        + r"|programme|program|role|site|cohort)\b",
        r"\b(?:will not|won't) be (?:proceeding|progressing|moving) (?:to|with) (?:the )?interviews?\b"
        + r"(?! (?:until|before|unless)\b)",
        r"\byou (?:cannot|can't|will not be able to|won't be able to|are (?:unable|not able) to|could not|couldn't)"
        + r" (?:advance|progress|proceed|move (?:on|forward)|go (?:on|through|forward)|continue)"
        + r"(?! (?:without|until|unless|before)\b)",
        r"\byou (?:cannot|can't|will not be able to|won't be able to|are (?:unable|not able) to) (?:take part|participate"
        + r"|join) in (?:the |this |our )?(?:[\w-]+ ){0,3}?(?:programme|program|event|cohort|batch|course|internship"
        + r"|scheme|hackathon|residency)\b",
        r"\byou (?:were|weren't|have not been|haven't been) (?:not )?(?:picked|assigned to (?:any|a) (?:shift|role|slot|team"
        + r"|mentor|placement))\b",
    ),
    taken_off=any_of(
        r"\b(?:removed|taken) you (?:off|from) (?:the |our |this )?"
        + r"(?!(?:mailing|newsletter|e-?mail|distribution|contact|subscriber|marketing)\b)(?:[\w-]+ )?(?:list|roster|rota"
        + r"|schedule|shortlist|issue|project|task|team|role|activity|programme|program|event|cohort|position|bounty)\b",
        # "You have been removed from the Graduate Programme", "your name has been removed from the approved list"
        r"\b(?:you have|you've|your name has) been (?:removed|dropped|struck off|deregistered) from (?:the |our |this |all )?"
        + r"(?![^.!?\n]{0,30}\b(?:mailing|newsletter|e-?mail|distribution|contact|subscriber|marketing|alerts?)\b)"
        + r"(?:[\w-]+ ){0,3}?(?:list|roster"
        + r"|rota|register|programme|program|scheme|cohort|team|squad|panel|pool|projects?)\b",
    ),
    ended_for_you=any_of(
        r"\byour (?:candidacy|application|participation|candidature)(?: for [^.!?\n]{1,60})? (?:has|have) (?:now )?"
        + r"(?:concluded|ended)\b",
        r"\b(?:ending|closing|stopping) (?:the|our) (?:recruitment |selection |hiring )?process (?:for|with) (?:you|all "
        + r"(?:the )?(?:candidates|applicants))",
        # "your participation will end on Friday", "this completes your participation" (stress set 5)
        r"\byour (?:participation|place|trial|placement|cadetship|internship|volunteering|membership|registration"
        + r"|assignment)(?: (?:in|on|with|at) [^.!?\n]{1,60}?)? (?:ends|will end|has been (?:ended|terminated)"
        + r"|is terminated) (?:today|on \w+|at the end of|with immediate effect|now)\b",
        r"\b(?:this|which) (?:completes|concludes|ends) your (?:participation|candidacy|application)\b",
        r"\b(?:decided|decision) to (?:end|terminate|discontinue|cancel|quit) your (?:participation|place|trial|placement"
        + r"|volunteering|membership|registration|assignment|application|candidacy|enrol?ment|connection|mentorship|match"
        + r"|engagement|collaboration)\b",
        r"\byour (?:trial|probation(?:ary period)?|placement|assignment)(?: with [^.!?\n]{1,40}?)? (?:will not|won't) be"
        + r" (?:extended|renewed|continued|confirmed)\b",
    ),
    left_out=any_of(
        r"\b(?:so |and )?(?:we're|we are|we'll|we will|i'm|i am|i'll) (?:gonna |going to |have to |got to )?pass(?: on (?:this|it|you|your application))?\b(?! (?:it|this|your \w+) (?:on|along|to)\b)",  # refusals written by people, informal and indirect (stress set 22)
        r"\bwe (?:filled|have filled|'ve filled|already filled) the (?:[\w-]+ ){0,3}?(?:spot|position|role|job|vacancy|opening|place)\b",
        r"\byour (?:application|candidacy|candidature|profile)\b[^.!?\n]{0,80}\bis no longer (?:under (?:review|consideration)|being (?:reviewed|considered)|in (?:review|consideration|the running))\b",  # no longer under review, as set 20 wrote it in the other languages
        r"\byou (?:will not|won't) have the (?:chance|opportunity) to (?:join|be part of|become part of)\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\b(?:makes|renders|made) your application (?:invalid|void|ineligible)\b",
        r"(?:^|\n)\W*(?:job|position|role|vacancy|opening) closed(?: notification| notice)?\W*(?:$|\n)",
        r"\byour (?:candidacy|application|candidature)\b[^.!?\n]{0,40}\bhas (?:therefore |thus |now |consequently )*(?:ended|come to an end|concluded)\b",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        # (the value quoted is read as a mention, so the match stops before it: "has changed to "Not selected"")
        r"\byour application\b[^.!?\n]{0,60}\b(?:has )?(?:changed|been changed|been set|been moved|been updated) to"
        + r"(?= \W?(?:not selected|rejected|unsuccessful|declined|not progressed)\b)",  # a season's inbox (stress set 17)
        r"\b(?:cannot|can't|are unable to|will not|won't) (?:consider|progress|take) it (?:any )?further\b",
        r"(?:^|\n|[.!]\s)\W*(?:position|role|vacancy|post) (?:now )?filled\b(?!\?)",
        r"\bnot recommended your (?:name|candidature|candidacy|application) for (?:selection|appointment|the (?:post|position))\b",  # English as hiring mail writes it around the world (stress set 15)
        r"\b(?:position|post|role|vacancy)\b[^.!?\n]{0,60}\bhas been abolished\b",
        r"\bdecided not to (?:engage|retain|hire|employ|take on) (?:your services|you)\b",
        r"\byou did not meet the (?:qualification standards|qualification requirements|required standard)\b",
        r"\bnot to push through with your (?:application|candidacy)\b",
        r"\b(?:unable to|cannot|can't|could not) proceed with your (?:employment|hiring|onboarding|appointment)\b",
        r"\bdecided for (?:another|a different|an?other|a) (?:applicant|candidate|person)\b|\bwe have to say no to you\b",
        r"\bdecision has fallen on (?:other|another|a different)\b",
        r"\byour profile does not fit (?:with )?(?:the|this|our)\b",
        r"\byour (?:profile|qualifications|skills|experience) (?:is|are) not matching\b|\bskills and our needs are not matching\b",
        r"\bwe (?:will )?stop here (?:for|with) (?:this|the) (?:role|position|process)\b",
        r"\b(?:cannot|could not|are unable to) meet your (?:expectations|hopes)\b",
        r"\bthe result was not (?:to )?pass(?:ed|ing)?\b",
        r"\b(?:expired|has expired)\b[^.!?\n]{0,80}\b(?:has been|was|and has been) (?:removed|closed|deleted)\b",  # selections outside work and study (stress set 14)
        r"\b(?:filled|taken) by other (?:volunteers|players|members|applicants)\b[^.!?\n]{0,40}\b(?:removed|cancell?ed|declined) your\b",
        r"\b(?:had to )?g[ia]ve your (?:place|spot|seat|slot) (?:on|in|at) (?:the |our )?[\w -]{1,30}? to (?:someone|somebody|another)\b",
        r"\bdecided not to (?:host|incubate|accept|fund) your (?:project|collective|initiative|team)\b",
        r"\b(?:will )?(?:end|terminate|stop) (?:the )?fiscal host(?:ing)? (?:for|of) your\b",
        r"\b(?:unable to|cannot|can't|not able to) offer you a (?:place|seat|spot) (?:in|on|with) (?:the|our)\b",
        r"\b(?:won't|will not) be (?:arranging|scheduling|setting up|booking) (?:a |the |any )?(?:second |next |further |final )?(?:interview|call|meeting)s? with you\b",  # a refusal said softly (stress set 12)
        r"\b(?:edged it|pipped you)\b",
        r"\byour (?:application|candidacy) (?:can't|cannot|can not|won't|will not) be (?:considered|taken|progressed) (?:any )?further\b",
        r"\brather than (?:progressing|taking forward|moving forward with) your (?:application|candidacy)\b",
        r"\bshortlist\b[^.!?\n]{0,60}\byour name (?:isn't|is not|wasn't|was not) on it\b",
        r"\bprioriti[sz]e (?:internal|existing) (?:candidates|applicants|staff)\b",
        r"\bnot (?:been )?(?:responded to|answered|reviewed|approved|accepted)\b[^.!?\n]{0,60}?\bwithin the (?:allotted|given|required|set) (?:time|period)\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\b(?:manuscript|paper|article|submission|abstract|proposal|project|work|it)\b[^.!?\n]{0,60}?\b(?:falls?|is|was|lies)"
        + r" (?:well |clearly )?(?:outside|beyond) the (?:aims and )?(?:scope|remit)\b",  # decisions on submissions and calls (stress set 13)
        r"\breturn(?:ing)? (?:it|your (?:manuscript|paper|submission|article)) without (?:external |further |peer )?review\b",
        r"\b(?:ranked|scored|fell|falls|placed) below the (?:funding|quality|payment) (?:line|threshold|cut-?off)\b",
        r"\bbelow the (?:threshold|cut-?off)\b[^.!?\n]{0,60}\b(?:unable to|cannot|can't|not able to) (?:support|fund)\b",
        r"\b(?:unable to|cannot|can't|could not|couldn't|not able to) (?:grant|award) you (?:the |a |any )?(?:[\w-]+ )?(?:aid|funding|grant|scholarship|bursary|fellowship|place|stipend)\b",
        r"\b(?:could not|couldn't|were unable to|did not) find (?:room|space|a slot|a place) for (?:yours|your (?:talk|proposal|session|workshop|submission|paper))\b",
        r"\b(?:assessed|deemed|judged|found|declared) (?:as )?(?:ineligible|not eligible)\b",
        r"\bdecision on (?:your )?(?:submission|paper|abstract|proposal) #?[\w-]+\s*:\s*(?:reject(?:ed)?|declined?)\b",
        r"\b(?:your|this|the) (?:submission|paper|abstract|proposal|manuscript|talk)\b[^.!?\n]{0,60}\b(?:does not|doesn.t|did not) (?:fit|match|fall within|align with)"
        + r" (?:the|our) (?:[\w-]+ )?(?:scope|focus|remit|themes?|topics?)\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\b(?:submit|submitting|send|sending|resubmit)(?: it| this| your)? (?:[\w-]+ ){0,3}?to (?:another|a different|a more (?:suitable|appropriate|relevant)|other) (?:conference|journal|venue|event|call)s?\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"(?<!\byou )(?<!\bi )\b(?:has |have |had )?declined to (?:take|progress|move|advance|put|carry) (?:your application|your candidacy|you)\b",  # the manager declined to take the application to interview (stress set 11)
        r"\b(?:not|n't) (?:admit|select|include|take|pick|accept) you (?:to|for|into|in) (?:the )?(?:next|second|final"
        + r"|following|semi-final|main) (?:round|stage|phase|step)",
        r"\byou will not be (?:advancing|progressing|proceeding|moving on|moving forward|continuing|included (?:in|on) the"
        + r" (?:list|shortlist|squad|team|cohort|programme))\b",
        r"\byour name (?:is not|isn't|does not appear|doesn't appear|was not|wasn't) (?:on|in|among) (?:the )?(?:list"
        + r"|squad|allocation|team sheet|shortlist|roster|selected)",
        r"\b(?:can't|cannot|couldn't|could not|won't be able to|will not be able to|are unable to|'re unable to) (?:fit you in|include you"
        + r"|find (?:a )?(?:place|room|space) for you)\b",
        r"\b(?:have|has) not been (?:allocated|assigned|offered) (?:a |an )?(?:post|place|position|role|spot|placement"
        + r"|seat|contract)\b",
        r"\bresolved not to (?:award|offer|admit|appoint|select) you\b",
        r"\b(?:has|have) gone (?:with|for) (?:someone|somebody|another (?:candidate|applicant|person))",
        r"\bcannot proceed(?: (?:with (?:your (?:[\w-]+ )?application|you)))? (?:as|because|since) you (?:do not|don't"
        + r"|did not|didn't|are not|aren't|have not|haven't)\b",
        r"\b(?:place|spot|seat|slot)\b[^.!?\n]{0,80}? (?:has been|was) (?:given|passed|offered|allocated|assigned|released) to (?:the next|another) (?:person|candidate|applicant|student)",
        r"\byou (?:were|have not been|haven\'t been) (?:not )?(?:allocated|assigned) to any\b|\byou have been (?:unassigned|unenrolled|dropped) from\b|\bunassigned you\b",
        r"\b(?:chose|chosen|picked|selected|hired) (?:another|a different) (?:freelancer|contributor|worker|tasker|provider|contractor"
        + r"|volunteer|mentor|participant)\b",
        r"(?<!\byou )(?<!\byou have )(?<!\byou've )\b(?:has|have) (?:now )?(?:withdrawn|retracted|cancell?ed) (?:this|the)"
        + r" (?:opportunity|role|position|vacancy|posting|opening|task)\b",
        r"\b(?:ended|terminated|cancell?ed) (?:the|your|its|their) (?:collaboration|engagement|partnership) with you\b",
        r"\b(?:been )?replaced by another (?:worker|freelancer|contributor|tasker|volunteer)\b|\b(?:has been|was) (?:re)?assigned"
        + r" to another (?:contributor|worker|freelancer|volunteer|person|tasker|helper|driver|candidate|applicant)\b",
        r"\b(?:was|has been) ended by the (?:client|employer|organi[sz]er)\b",
        # "We don't have a place for you this season", "we won't be offering a contract" (stress set 3)
        r"\b(?:do not|don't|did not|didn't|no longer) have (?:a|any) (?:place|spot|space|room|role|position|vacancy"
        + r"|opening|berth) for you\b(?! (?:on|at|this|next|tomorrow|today|that|to)\b)",
        r"\b(?:will not|won't|are not|aren't|will no longer) be (?:offering|extending) (?:you )?(?:a |an |the )?"
        + r"(?:[\w-]+ )?(?:contract|place|position|role|job|internship|apprenticeship|traineeship|spot|offer|agreement)\b"
        + r"(?! (?:until|unless|before|if|once)\b)",
        # "your waitlist entry has expired without an offer" (stress set 4), "closed without any further offers" (set 5)
        r"\b(?:expired|closed|ended|lapsed) without (?:an offer|a place|a placement|being (?:offered|selected|placed)"
        + r"|any (?:further )?(?:offers|places))\b",
        r"\b(?:waiting list|waitlist|wait list|reserve list) (?:has|is) (?:now )?(?:been )?closed\b(?! (?:to|for) new\b| without\b)",
        # the reader among those not chosen (stress set 5)
        r"\byou (?:were not|weren't|have not been|haven't been|had not been|'ve not been) (?:included|retained|nominated"
        + r"|appointed|placed|matched|seated|cast|cleared|recommended|taken forward|put forward|advanced)\b"
        + r"(?! (?:yet|so far|until|at this point)\b)",
        r"\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:secure|obtain|get|win|earn|gain) (?:a|an|the) (?:place"
        + r"|spot|position|role|seat|offer|placement|slot|contract)\b",
        r"\bnot (?:a|any) (?:place|placement|position|spot|role|vacancy) (?:available )?for you\b",
        r"\bnot high enough (?:to be (?:placed|offered|selected|allocated)|for (?:a|an) (?:place|offer|allocation))",
        r"\byour name is not on it\b",
        r"\bnot among the (?:[\w-]+ ){0,3}?(?:selected|chosen|successful|shortlisted|appointed|funded|accepted|admitted)\b",
        r"\b(?:did not|didn't|could not|couldn't) (?:identify|find|deem|consider|judge) you (?:to be |as )?(?:appointable"
        + r"|suitable|eligible|ready)\b",
        r"\b(?:did not|didn't) recommend (?:you|it|them|your (?:approval|appointment|application|candidacy|admission"
        + r"|proposal))\b",
        r"\bincluding (?:you|yourself|yours)\b,? (?:(?:have|has|were|was|are|will) )?(?:not|no longer|been (?:removed"
        + r"|closed|declined|rejected|withdrawn|dropped))\b",
        r"\b(?:no|none of the) (?:[\w-]+ ){0,2}?(?:candidates?|applicants?|one|profiles?|players?),? including"
        + r" (?:you|yourself)\b",
        # a thing of the reader's that cannot be approved or activated (stress set 5)
        r"\b(?:unable|not able|not in a position|cannot|can't|could not|couldn't|won't be able|will not be able) to"
        + r" (?:approve|accept|activate|validate|confirm|admit|appoint|onboard|register|enrol|enroll|sign|represent"
        + r"|offer) (?:you for|your (?:[\w-]+ ){0,3}?(?:profile|account|registration|application|candidacy|place"
        + r"|enrol?ment|enrollment|membership|sign-?up))\b(?! (?:by|via|through|until|unless|before|without|if|yet|online"
        + r"|at this (?:address|email|link))\b)",
        r"\b(?:couldn't|could not|won't be|will not be) (?:approving|approve|activating|activate) your (?:[\w-]+ ){0,2}?"
        + r"(?:profile|account|registration|application)\b(?! (?:until|unless|before|if|yet)\b)",
        r"\b(?:not able|unable|cannot|can't) to put you forward\b|\bcan't put you forward\b|\bcannot put you forward\b",
        r"\b(?:won't|will not) be (?:adding|signing|onboarding|approving|activating|taking on|engaging) you\b",
        r"\b(?:won't|will not) be able to add you to\b",
        r"\byou interviewed (?:alongside|with) (?:has|have) been (?:appointed|selected|offered|chosen)\b",
        r"\b(?:will not|won't|do not|don't) (?:need|require) you (?:as|for) (?:a |an |the |this )?(?:[\w-]+ ){0,2}?"
        + r"(?:runner|role|position|project|shoot|event|season|team)\b",
        r"\bwill no longer be represented\b",
        r"\b(?:has|have) (?:now )?been fully (?:recruited|staffed|crewed)\b",
        # someone else chosen (stress set 5)
        r"\b(?:offered|given|awarded)(?: it| the (?:role|post|position|job|place|studentship|internship|contract))?"
        + r"(?:,? and accepted by,?| to,? and accepted by,?| to)? (?:another|a different|an? other) (?:candidate|applicant"
        + r"|person|student|performer)\b",
        r"\boffered (?:it|the (?:role|post|position|job|place|internship)) elsewhere\b",
        r"\bgone with (?:a|an) (?:different|other) (?:look|candidate|actor|performer|person|applicant)\b",
        r"\b(?:chosen|decided|opted) to (?:continue|proceed|go ahead|move forward) with (?:other |the )?candidates"
        + r" (?:who|whose|that|with)\b",
        r"\b(?:we have|we've) (?:now )?made an offer(?: (?:to|for) [^.!?\n]{1,40}?)?,? (?:and (?:it|this|the offer) has been"
        + r"|which has been|that has been) accepted\b",
        # real-mail rounds 28 and 29
        r"\b(?:please )?re-?apply (?:when|once) you (?:can )?(?:meet|have|fulfil|fulfill|satisfy)\b",
        # stress set 6: platform notices
        r"\bmarked your (?:placement|role|application|profile|assignment) as (?:ended|closed|rejected|inactive|withdrawn)\b",
        r"\b(?:client|employer|organi[sz]er|host)(?:, [^,.!?\n]{1,40},)? has ended the (?:contract|engagement|assignment)\b",
        r"\byou (?:had )?(?:applied (?:for|to)|signed up for|offered to do)\b[^.!?\n]{0,40}? (?:has been|was|is) (?:now )?"
        + r"(?:cancell?ed|withdrawn|closed|removed|(?:re)?assigned to (?:another|someone else))\b",
        r"\b(?:has|have) cancell?ed the (?:[\w-]+ ){0,3}?(?:programme|program|traineeship|internship|vacancy|position"
        + r"|recruitment|role)\b(?!'s)",
        r"\b(?:removed|closed|archived|declined|rejected)\b[^.!?\n]{0,100}?,? including (?:you|yours|yourself)\b",
        r"\b(?:not|no)\b[^.!?\n]{0,80}? (?:to|for) [^.!?\n]{0,40}?,? including you(?:rself)?\b",
        r"\byour place (?:in|on|at) [^.!?\n]{1,60}? (?:has|have) (?:therefore |now )?been (?:cancell?ed|withdrawn|removed)\b",
        # real-mail round 31
        r"\bfound (?:a|an|another) (?:[\w-]+ )?(?:student|candidate|applicant|person|volunteer|intern) for (?:the|this)"
        + r" (?:[\w-]+ ){0,2}?(?:topic|role|position|project|place|job|internship) (?:that )?you applied for\b",
        r"\b(?:topic|role|position|job|place|project|vacancy|internship|opportunity|shift) (?:that )?you applied (?:for|to)"
        + r" (?:is|has been) no longer (?:available|open)\b",
        r"\b(?:unable|not able|cannot|can't)(?: to)? supervise (?:you|it|this|your (?:thesis|project|research|work))\b",
        # stress set 7: a verdict said by what is left
        r"(?<!not )(?<!once )(?<!when )(?<!until )(?<!if )\ball (?![^.!?\n]{0,40}\b(?:open days?|open evenings?|events?|sessions?"
        + r"|webinars?|workshops?|tours?|visits?)\b)(?:(?:the|our|my) )?(?:[\w-]+ ){0,3}?(?:places|positions|posts"
        + r"|slots|spots|seats|roles|awards|vacancies|rotations|internships|apprenticeships) (?:[\w-]+ ){0,5}?(?:have|are|were)"
        + r" (?:all |now |already )*(?:been )?(?:allocated|assigned|filled|taken|offered(?: and accepted)?|accepted|matched|given out"
        + r"|awarded)\b",
        r"\bthe (?:[\w-]+ ){0,3}?(?:positions|places|posts|slots|spots|seats) (?:[\w-]+ ){0,5}?have all been (?:allocated"
        + r"|assigned|filled|taken)\b",
        r"\b(?:is|are|has been|have been) (?:now )?fully (?:allocated|subscribed|recruited|staffed)\b",
        r"\b(?:has been|was) (?:re)?assigned to another (?:student|intern|applicant)\b",
        r"\b(?:can't|cannot|unable to|not able to) take on (?:any more|another|more) (?:students|supervisees|mentees|interns"
        + r"|theses|projects)?\b",
        r"\bhave to say no(?: this time| for now| on this occasion)?(?=[.!,;]|$)",
        r"\b(?:going|gone|go) with (?:another|a different) (?:candidate|applicant|apprentice|intern|person|volunteer|student)\b",
        r"\b(?:spots?|places?|roles?|positions?) went to (?:other|another|someone|volunteers|candidates|people|students)\b",
        r"\bnominated other (?:students|candidates|applicants)\b",
        r"\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:received|been given|been offered) (?:a|an|any) (?:[\w-]+ )?"
        + r"(?:place|offer|position|rotation|placement|award)\b",
        r"\b(?:we have|we've|we already have) (?:enough|all the) (?:volunteers|helpers|staff|people|interns|mentors)\b"
        + r"(?![^.!?\n]{0,40}\b(?:could|would|can) you\b)",
        r"\b(?:is|am|are|'m|'re) not taking (?:on )?(?:any )?(?:new )?(?:rotation |phd |master'?s? )?(?:students|interns"
        + r"|volunteers|applicants|mentees)\b",
        r"\b(?:currently )?(?:has|have) no open (?:[\w-]+ )?(?:positions|places|vacancies|roles)\b",
        r"\b(?:we'll|we will|we are going to|we're going to|we have to|we must) (?:stop|end|close) (?:the|your|our) (?:process"
        + r"|application|candidacy)(?: here| at this (?:point|stage))\b",
        r"\bhave to leave it there\b",
        r"\byour (?:[\w-]+ )?application will not (?:receive|be awarded) (?:funding|an offer|a place|an award)\b",
        r"\bthere will be no (?:offer|place|position) for you\b",
        r"\bcannot consider you for (?:the|this|our|a|an)\b(?! (?:[\w-]+ ){0,3}?(?:until|unless|before)\b)",
        r"\bnone of the (?:[\w-]+ ){0,3}?(?:studentships|places|positions|offers|roles) will be offered to you\b",
        r"\b(?:we have|we've) (?:now |already )?found (?:someone|somebody|the right person|a candidate) for (?:the|this) (?:role"
        + r"|position|post|job|project|internship|placement)\b",
        # stress set 8: the whole letter, the verdict said by what happened instead
        r"\b(?:we have|we've) (?:now )?made (?:our )?offers to (?:the )?(?:successful )?(?:candidates|applicants)\b",
        r"\b(?:panel|governors|committee|board|school|trust|interviewers?|we)\b[^.!?\n]{0,60}? (?:have|has) (?:now )?made"
        + r" (?:an|the) appointment(?=[.,;]| to the (?:post|role|position))",
        r"\bour new (?:[\w-]+ ){1,3}?(?:will be|is) joining (?:us|the team|our team|the (?:[\w-]+ )?department)\b",
        r"\b(?:we are|we're|we were) (?:unable|not able) to (?:progress|proceed with|take forward|move forward with) (?:it"
        + r"|your (?:[\w-]+ )?application)\b(?! (?:until|unless|without|before|if)\b)",
        r"\b(?:i'm|i am|we're|we are|i've|we've|i have|we have) (?:going to |decided to )?(?:take|taken|taking) on (?:a|an"
        + r"|another|someone|somebody)(?: [\w-]+)? (?:lad|lass|girl|guy|person|candidate|student|apprentice|trainee"
        + r"|who|with)\b",
        r"\b(?:won't|will not|are not|aren't) (?:be )?taking (?:it|this|things|your application) (?:any )?further\b",
        r"\b(?:can't|cannot|unable to|not able to) take on (?:anyone|anybody) (?:else|new|more)\b",
        r"\bfully booked with (?:[\w-]+ )?(?:students|interns|volunteers|applicants|mentees)\b",
        r"\b(?:you|your name|your application) (?:did not|didn't) make (?:it )?(?:onto|on to|to) the (?:[\w-]+ ){0,3}?"
        + r"(?:list|shortlist|next (?:round|stage))\b",
        r"(?:^|\n)\W*(?:position|role|vacancy|job|post) (?:has been |now )?filled\W*(?::|-|$|\n)",
        r"(?:^|\n|[-:]\s*)no offer(?: this time| for you)?\W*(?=$|\n)",
        # real-mail rounds 33 and 36: a provider that never answered, an opportunity no longer offered
        r"\bdid not (?:respond|reply) to your application\b[^.!?\n]{0,60}? in time\b(?![^.!?\n]{0,40}\b(?:extended"
        + r"|chased|reminded)\b)",
        r"\bcan(?:'t|not) offer (?:you )?(?:the|this) (?:opportunity|role|position|place|job|spot) any (?:longer|more)\b"
        + r"|\bno longer (?:able to )?offer (?:you )?(?:the|this) (?:opportunity|role|position|place|spot)\b",
        r"\b(?:we have|we've) (?:now )?(?:welcomed|appointed|hired|recruited|onboarded) (?:our|a) new (?:[\w-]+ ){0,2}?"
        + r"\w+(?![^.!?\n]*\byou)",
        # core families missed (language parity, batch 4)
        r"\b(?:do|does) not (?:meet|have|hold|possess) the minimum (?:[\w-]+ ){0,2}?(?:qualifications?|requirements?"
        + r"|criteria|age|experience|standard)\b",
        # language parity, batch 5: nothing suitable for an open application
        r"\b(?:have|there (?:are|is)) no (?:suitable|matching|appropriate) (?:vacancies|positions|roles|openings|jobs)"
        + r"(?: available)? (?:for (?:your profile|you|your skills)|that match your (?:profile|skills))\b",
        r"\b(?:decision|choice) has (?:gone|fallen) (?:in favou?r of|to|on) (?:another|a different|an?other) (?:candidate"
        + r"|applicant|person)\b",
        # stress set 9: mail as it arrives
        r"\bincluding (?:those|the ones|applications) already (?:received|submitted)\b",
        r"\b(?:filled|allocated) all (?:our|the) (?:[\w-]+ )?(?:vacancies|positions|places|roles|spots)\b",
        r"\b(?:will not|won't) be able to offer you anything\b",
        r"\b(?:will not|won't) be (?:moving|progressing|going) (?:on )?(?:to|into) (?:step|stage|round|phase) \d\b",
        r"\b(?:will not|won't) be recalling you\b",
        r"\b(?:we have|we've) enough (?:[\w-]+ )?(?:volunteers|helpers|staff|people)\b(?![^.!?\n]{0,40}\b(?:could|would|can) you\b)",
        r"\b(?:will not|won't) need you (?:this|for|at|on|in)\b",
        r"\b(?:closing|archiving|removing|declining|rejecting)\b[^.!?\n]{0,100}?,? including (?:yours|you)\b",
        r"(?<!\bnot )(?<!\bnot been )(?<!n't been )\bmarked (?:as )?\W?(?:not a (?:match|fit)|unsuccessful|rejected|declined"
        + r"|not suitable|not selected)\b",
        # real-mail round 42: not confirmed to take part
        r"\byou (?:are|have) not (?:been )?confirmed (?:to take part|to participate|for (?:the|this) (?:activity|shift|event|build))\b",
    ),
    changed_to=r"(?:has been |was )?(?:changed|set|moved) to",
    agent_words=r"for|by",
    refused_your=r"(?<!\byou )(?<!\bi )(?:has |have |had )?(?<!\byou have )(?<!\byou've )(?<!\bi have )(?<!\bi've )"
    + r"(?:cancell?ed|revoked|terminated|annulled|rejected|declined|ended|turned down)",
    invitations=r"invite|invitation",
    revoked=r"revoked|withdrawn|rescinded|retracted",
)
VERDICTS += refusal_frames(FRAME_WORDS)
