"""English words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    # "asked if you could join": a question, not a condition
    "asking": (r"ask\w*", r"wonder\w*", r"check\w*", "see", "know", "tell (?:me|us)", "confirm", "sure"),
    "if": ("if", "whether"),
    # hearsay or supposition about a decision, not the decision
    "reported": (
        # (not the reader telling a fact: "which you've told us you don't hold, your application can't …", stress set 12)
        "mentioned", "said", "says", r"(?<!\byou've )(?<!\byou have )(?<!\byou )told (?:me|us|him|her)",
        r"heard(?! back\b| from (?:the |our |my )?(?:client|hiring|team|panel|them)\b| (?:many|so many|a lot|lots|all|\d+)\b)",
        "apparently", "rumou?red", "afraid that", "in case",
        r"(?:worried|worry|feared|thought|assumed|wondering|wondered|imagined?) (?:that |if |whether )?"
        + r"(?:you|we|they|he|she|it)\b",
        "(?:sorry|sad|gutted|disappointed|a shame|a pity) to hear", "(?:a shame|a pity) about",
        r"(?:i|we) know (?:that )?(?!(?:this|it|you|that)\b)\w+",
    ),
    # "completing the take-home", "your coding test": the step already happened
    "done": (
        "completed", "completing", "completion of", "submitted", "submitting", "submission of", "finished",
        "finishing", "did", "done", "reviewed", "reviewing", "feedback on", "results? of", "your", "for the",
        "(?:effort|work|time|approach|performance|answers) (?:on|in|for|to)",
    ),
    "done_article": ("the ", "your ", "our ", "this ", r"the \w+ "),
    # "extended an offer to another candidate": someone else got it
    "to": ("to", "for"),
    "someone_else": ("another", "a different", "an internal", "an? other", "someone", "somebody", "one of"),
    # "Were you not selected for your dream job?": a question opened this way asks, it does not decide
    "question_openers": (
        "were", "was", "are", "is", "have", "has", "had", "did", "do", "does", "why", "what", "how", "who",
        "got", "feeling",
    ),
    # "You've declined our offer … sorry it did not work out": the ending was the reader's own answer
    "reader_declined": (r"\bas per your request\b[^.!?\n]{0,60}\bwithdrawn\b", r"\byou(?:'d| would) prefer not to (?:continue|proceed|go ahead)\b",
        # (an offer, the job or the application itself: declining an interview may still end in their refusal)
        r"you(?:'ve| have)? (?:declined|turned down|rejected|withdrawn|withdrew|pulled out of) (?:our|the|this|your)"
        + r" (?:[\w-]+ )?(?:offer|position|role|job|place|application|candidacy)",
        r"your application (?:has been|was|is now) (?:successfully withdrawn|withdrawn (?:at your request|as (?:you )?requested))",
        r"your request to withdraw|(?:clos(?:e|ed)|withdraw(?:n)?|cancel(?:l?ed)?) (?:as you (?:asked|requested)|at your (?:own )?request)",
        r"\bwithdrawn successfully\b",
        r"as you (?:asked|requested), your (?:application|candidacy) (?:has been|was) (?:closed|withdrawn)",
        # something of the reader's ended at their own request (stress set 4)
        r"\b(?:as (?:you )?(?:asked|requested)|at your (?:own )?request)\b[^.!?\n]{0,60}\b(?:cancell?ed|withdrawn|closed"
        + r"|removed|unassigned|deleted)\b",
        r"\b(?:cancel(?:l?ed)?|withdraw(?:n)?|clos(?:e|ed)|remov(?:e|ed)|unassigned|delet(?:e|ed)|taken you off|took you off)\b"
        + r"[^.!?\n]{0,60}\b(?:as (?:you )?(?:asked|requested)(?! in your)"
        + r"|at your (?:own )?request)\b",
        r"\byou(?:'ve| have)? (?:now )?(?:withdrawn|withdrew) (?:yourself )?from (?:consideration|the (?:process|selection"
        + r"|competition|recruitment))",
        # "you have accepted another position and wish to withdraw your candidacy" (stress set 5)
        r"\b(?:wish|want|would like|decided|decision|request|asked|chosen|choose) to withdraw (?:your|from)\b",
        r"\byou(?:'ve| have)? accepted (?:another|a different|an?other) (?:position|role|offer|job)\b",
    ),
    # a document refused with a request to send it again: no verdict on the candidacy (stress set 2)
    "resubmit": (r"\bre-?upload\b", r"\bupload (?:it |them |the (?:file|document) )?again\b",
                 r"\bupload an? (?:new|recent|valid|readable|legible|different) (?!application)\w+",
                 r"\bapply for a new (?:[\w-]+ ){0,2}?(?:certificate|check|dbs|passport|licen[cs]e|document)\b"),
    # something refused that leaves the candidacy as it is: "This does not affect your employment offer",
    # "Your training place is not affected", "You remain an active vendor" (stress set 5)
    "third_party": (
        r"\byour (?:son|daughter|child|ward|trainee|employee|staff member|doctoral student|phd student|supervisee|colleague)\b(?! (?:application|profile|request|account)\b)",
        r"\bthe (?:candidate|applicant|person|student) you (?:nominated|referred|submitted|put forward|recommended|supervise)\b",
    ),
    "unaffected": (r"\byour own application is (?:going through|moving forward|progressing)\b", r"\b(?:is|remains) unchanged\b", r"\b(?:is|remains),?(?: of course,)? still confirmed\b", r"\byou'll stay on the\b", r"\b(?:will be|becomes) the (?:final|last) stage\b", r"\b(?:would like|wants|wish|like) to consider you for (?:a|an|another|the) (?:newly created |new |different |other )?(?:position|role|opening|vacancy)\b",
        r"\b(?:does|do|will|would) not (?:affect|change|impact)|\b(?:doesn't|don't|won't) (?:affect|change|impact)",
        r"\b(?:has|have) no (?:effect|impact|bearing) on\b",
        r"\b(?:is|are|remains?) (?:not |un)affected\b",
        r"\byou (?:remain|stay|are still) (?:an? )?(?:active|registered|enrolled) (?:vendor|member|volunteer|freelancer|tasker"
        + r"|student|participant)\b",
        r"\b(?:as (?:originally )?planned|as scheduled)\b",
        # the current candidacy named: a rejection's "your profile will remain active for other roles" is no such thing
        r"\byour (?:[\w-]+ )?(?:application|candidacy|offer|place|admission|registration|participation|enrol?ment)(?: [\w-]+){0,3}"
        + r" (?:remains?|is still|stays) (?:valid|open|active|in progress|confirmed|under (?:review|consideration))\b",
        # the candidacy moved to another role, or kept open (stress sets 2 and 7)
        r"\b(?:we(?:'d| would) (?:like|love)|we want) to (?:consider you|interview you|invite you to interview) for (?:our|the|a|an)"
        + r" (?!(?:[\w-]+ )?(?:future|upcoming|other|later)\b)(?:[\w-]+ ){0,3}?(?:role|position|opening|vacancy|post)\b",
        r"\b(?:we(?:'d| would) (?:like|love)|we want) to move you (?:straight |directly )?(?:to|into|on to) (?:interview|the next"
        + r" stage|another|a different)\b",
        r"\b(?:test|assessment|interview|invitation)(?: link)? (?:remains?|is still) (?:valid|open|active)\b",
        r"\bmoved your application (?:there|to)\b|\b(?:kept|keep|keeping|will keep) your application (?:open|active)\b",
        r"\ba (?:place|spot|seat) has (?:just |now )?(?:become available|opened up|freed up)\b",
        r"\b(?:happy|glad|pleased) to (?:continue|proceed|move forward) (?:to|with) (?:the )?(?:second|next|final) (?:interview"
        + r"|round|stage)\b",
        # a membership renewed on request: "To stay in it … confirm below" (stress set 9)
        r"\bto stay in (?:it|the (?:talent )?(?:pool|community|network))\b|\bkeep my profile\b",
        # the first choice declined and the place passes to the reader (language parity)
        r"\b(?:like|pleased|happy|delighted) to (?:now )?offer (?:it|the (?:role|position|post|job|place)) to you\b",
        # the day moved, not cancelled: "It will now be held at our Coventry site" (stress set 8)
        r"\b(?:will|is to) (?:now |instead )?(?:be held|take place) (?:at|in|on)\b(?=[^.!?\n]{0,60}\bsame (?:date|day"
        + r"|time)\b)",
        # taken off a day's booking, not off the candidacy: "We will contact you to reschedule" (real-mail round 33)
        r"\b(?:contact|call|e-?mail|write to) you to (?:reschedule|rebook|arrange (?:a|another) (?:new )?(?:date|time|slot))\b",
        # "Everything else about your application is in order" (stress set 8)
        r"\b(?:everything else|the rest)(?: (?:about|in|with|of) your (?:[\w-]+ )?(?:application|candidacy|file|documents"
        + r"|documentation|paperwork))? (?:is|remains|looks) (?:in order|complete|fine|approved)\b",
    ),
    # the other candidates answered no, told to the one who goes on (stress set 6)
    "others_before": (r"\b(?:the other|all other|the remaining) (?:candidates|applicants)\b",
                      # "The others have been informed that they were not successful" (stress set 8)
                      r"\bthe others\b(?: [\w']+){0,4} (?:that )?they\b"),
    # someone the reader referred or recommended: a decision about them is not about the reader (stress set 8)
    # (or whose hiring the reader runs: "recruitment for your team's new Data Analyst")
    "other_side_withdrew": (r"\byour (?:mentee|mentor)\b[^.!?\n]{0,40}\b(?:has withdrawn|withdrew|left the programme)\b",
        r"\b(?:they|he|she|(?:the|your) (?:mentee|mentor|student|requester|member)) (?:has |have )?(?:asked to withdraw|withdrew|withdrawn"
        + r"|cancell?ed) (?:the|their|his|her) (?:mentorship )?(?:request|application|invitation)\b",
    ),
    "referral": (r"\bthe (?:player|person|candidate|student|friend|colleague) you (?:recommended|referred|put forward)\b", r"\bas (?:her|his|their) (?:[\w-]+ )?(?:mentor|coach|supervisor|tutor)\b", r"\byou (?:referred|recommended)\b", r"\b(?:as|because|since) you (?:were|are) (?:\w+'s )?(?:mentor|supervisor"
                 + r"|manager|coach|tutor|referee)\b", r"\b(?:recruitment|hiring|search) for your team's\b", r"\b(?:for|about) (?:referring|recommending)\b", r"\byour referrals\b"),
    # a date, a way of working or costs asked for and refused: the candidacy goes on (language parity)
    "request_modality": (r"\b(?:interview|call|meeting) on (?:the |a )?(?:weekend|saturday|sunday)\b", r"\b(?:switch|swap|change) (?:from|to) the (?:morning|afternoon|evening|night|early|late)\b", r"\b(?:defer\w*|(?:deadline )?extensions?|requests? for feedback|feedback requests?)\b", r"\b(?:start dates?|remote(?:ly)?|work(?:ing)? from home|reschedul\w*|postpon\w*|(?:move|moving|change|changing) the (?:interview|date|time|call)|relocation|salary|signing bonus|parking)\b",),
}
