"""English rejection phrase rules (see rule.py and phrases_en)."""

from ...rule import Rule, any_of, rule

_APP = r"(?:your|you\b|the next|further|this)"
_MOVE = (r"(?:moving|move|proceeding|proceed|progressing|progress|advancing|advance|"
         r"going|continuing|continue|taking|take|pursuing|pursue)")
_OTHER_PEOPLE = (r"(?:other|another|different|alternative|more qualified|stronger|internal|"
                 r"more experienced|more senior)")
_PERSON = r"(?:candidate|applicant|individual|person|profile|finalist|hire)s?"
# Somebody who is not the reader: "someone else", "another applicant", "a stronger finalist".
_SOMEONE_ELSE = (r"(?:"
+ any_of(
    r"(?:someone|somebody|anyone|anybody) else",
    r"(?:"
    + any_of(
        r"another|a different|one other|an internal|an external|a more \w+|a stronger|a better[- ]suited",
        r"a more suitable",
    )
    + r") (?:[\w-]+ )?(?:person|candidate|applicant|finalist|profile|individual|colleague|hire|option)",
    r"(?:other|different|internal|stronger) (?:candidates|applicants|finalists|profiles|people)",
    r"one of (?:the|our) other (?:candidates|applicants|finalists)",
    r"the other (?:person|candidate|applicant|finalist|profile)",
    r"(?:a|the) (?:candidate|applicant|person|finalist) (?:who|whose|with|that)",
)
+ r")")
# Verbs of choosing: "went with", "settled on", "picked". Done choices, or the
# "going with" of an announced one; "we're hiring a more senior candidate"
# in a recruiter's pitch is no decision.
_CHOSE = (r"(?:"
+ any_of(
    r"decided on|settled on|landed on|opted for|gone for|went for|gone with|went with|go with",
    r"going with|chose|chosen|picked|selected|hired|appointed",
    r"offered (?:it|the (?:role|position|job|post)) to|given (?:it|the (?:role|position|job)) to",
    r"gave (?:it|the (?:role|position|job)) to|extended (?:an|the|our) offer to",
    r"made (?:an|the|our) offer to|(?:moved?|moving|gone|went|going) (?:forward|ahead|on) with",
    r"proceed(?:ed|ing)? with|continu(?:e|ed|ing) with|progress(?:ed|ing)? with",
    r"advanc(?:e|ed|ing) with|pursu(?:e|ed|ing)|focus(?:ed|ing)? on|identified|found",
)
+ r")")
# Past choices only: "we're hiring someone who…" in a recruiter's pitch is not a decision.
_CHOSE_PAST = (r"(?:"
+ any_of(
    r"decided on|settled on|landed on|opted for|gone for|went for|gone with|went with|chose|chosen",
    r"picked|selected|hired|appointed",
    r"ended up (?:hiring|going with|choosing|picking|with|offering it to)",
    r"offered (?:it|the (?:role|position|job|post)) to|given (?:it|the (?:role|position|job)) to",
)
+ r")")
# "The team", "our client", "the hiring manager" — who decides.
_DECIDER = r"(?:we|we've|we have|they|they've|the (?:team|client|panel|company|hiring (?:manager|team|committee)|business)|our client|my client)"

PHRASES: list[Rule] = [
    rule(
        "en.rejection.not_moving_on_with_you", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't|\bno longer)(?: to| be| going to| be able to| able to| in a position to| be in a position to)? "
        + _MOVE
        + r"(?: (?:forward|further|ahead|on))?(?: (?:with|to))? "
        + _APP,
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.not_moving_forward", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't)(?: to| be)? (?:moving|move|proceed|proceeding|progressing|progress|advancing|advance)(?: you)? (?:forward|further|ahead)\b(?!"
        + any_of(
            r" with (?:the |our |your |any |all )?(?:interview|call|meeting|process|hiring|candidates|anyone|anybody|any)",
            r" until| till| before| without| unless",
        )
        + r")",
    ),
    rule(
        "en.rejection.decided_not_to_proceed", "rejection", "strong",
        r"\bdecided not to (?:proceed|move|continue|progress|pursue|advance|hire|offer|extend|invite|take|fill)",
    ),
    rule(
        "en.rejection.decided_against", "rejection", "strong",
        r"\bdecided against\b",
    ),
    rule(
        "en.rejection.moving_forward_with_others", "rejection", "strong",
        r"\b(?:decided|chosen|opted|elected|decide|decision) (?:to )?(?:move|go|proceed|continue|progress|pursue|moving|going)"
        + r" (?:forward |ahead )?(?:with|in) (?:(?:an?|the|some|several) )?(?:"
        + _OTHER_PEOPLE
        + r"|a different direction)",
    ),
    rule(
        "en.rejection.pursue_other_candidate", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"pursue|pursuing|proceed with|proceeding with|go with|going with|gone with|went with",
            r"gone ahead with|went ahead with|going ahead with|move ahead with|moving ahead with",
            r"move forward with|moving forward with|continue with|continuing with|selected|chose|chosen|hired",
            r"hire|offered the (?:role|position|job) to|progress|progressing|advance|advancing|take forward",
            r"taking forward",
        )
        + r") (?:an? |the |some |several )?"
        + _OTHER_PEOPLE
        + r" "
        + _PERSON,
        negatable=True,
    ),
    rule(
        "en.rejection.proceed_with_a_candidate_who", "rejection", "strong",
        r"\b(?:proceed\w*|mov\w* (?:forward|ahead)|go|going|went|gone|continu\w*)"
        + r" with (?:a|another|one|the) (?:\w+ )?(?:candidate|applicant|person|profile) (?:who|whose|with|that)",
    ),
    rule(
        "en.rejection.not_taken_forward", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:taken|taking|take|moved|progressed|carried|put) (?:forward|further|through)",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.not_proceeding", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:proceeding|progressing|advancing|continuing)(?: further| any further)?(?=[.,;!\n]|$)",
    ),
    rule(
        "en.rejection.unable_to_take_your_application", "rejection", "strong",
        r"\b(?:unable|not able|cannot|can't) to (?:take|move|progress|advance|carry) (?:your (?:application|candidacy)|you|it|this) (?:any )?(?:further|forward)",
    ),
    rule(
        "en.rejection.position_will_not_be_filled", "rejection", "strong",
        r"\b(?:position|role|vacancy|opening|job)(?: \w+){0,3} (?:will not|won't) be (?:filled|going ahead|proceeding|hired for)",
    ),
    rule(
        "en.rejection.we_ve_hired_for", "rejection", "strong",
        r"\b(?:we've|we have|we|they've|they have|client has|team has)(?: now| already| just| since| recently)* (?:"
        + r"hired|appointed|made (?:a|the|our) (?:final )?hire|filled)(?:"
        + any_of(
            r" (?:for|someone|somebody|another|an? internal|the (?:role|position|spot|post|vacancy|seat|opening))\b",
            r"(?= ?[.,;!\n]|$)",
        )
        + r")",
    ),
    rule(
        "en.rejection.position_filled", "rejection", "strong",
        r"\b(?:spot|role|position|job|seat|opening|post|vacancy|req|requisition)"
        + r"(?: \w+){0,2} (?:is|was|has been|got|have been) (?:already |now )?(?:filled|taken|gone)\b",
        # "the positions have now all been filled"
        r"\b(?:spots|roles|positions|jobs|seats|openings|posts|vacancies|places)(?: \w+){0,2} (?:"
        + r"(?:have|had)(?: (?:already|now|all|since|both))* been|(?:are|were)(?: (?:already|now|all|since|both))+) filled\b",
        # "we have filled all available seats"
        r"\b(?:have|has|had) (?:now |already )?filled all (?:the |our )?(?:available |remaining )?"
        + r"(?:seats|places|spots|positions|vacancies|openings)\b",
    ),
    rule(
        "en.rejection.gone_to_another", "rejection", "strong",
        r"\b(?:gone|went|go|going|given|awarded|offered) to (?:"
        + any_of(
            r"another|a different|an(?:other)? internal|someone else|a colleague",
            r"an? (?:\w+ )?(?:candidate|applicant)|(?:someone|somebody) (?:with|who|whose|from|that)",
        )
        + r")",
        negatable=True,
    ),
    rule(
        "en.rejection.close_your_candidacy", "rejection", "strong",
        r"\b(?:close|closing|closed) (?:your|the) (?:candidacy|application|file)\b",
        r"\bclose (?:your|the) process\b",
    ),
    rule(
        "en.rejection.process_ends", "rejection", "strong",
        r"\bprocess (?:ends|has ended|is over|comes to an end|has come to an end)\b",
        r"\b(?:end|ends|ending) (?:the|your|our) process\b",
    ),
    rule(
        "en.rejection.going_to_pass_on_your", "rejection", "strong",
        r"\b(?:going to|decided to|decide to|will|'ll|have to|had to|must|need to|'re going to|we're|we are|i'm|they're|they are) pass(?:ing)?(?:"
        + any_of(
            r" on (?:your (?:application|candidacy|profile)|you\b|moving forward|this one)| for now| this time",
            r" at this (?:time|point|stage)",
        )
        + r")",
    ),
    rule(
        "en.rejection.has_canceled_the_position", "rejection", "strong",
        r"\b(?:has|have|had|'ve|we|they)(?: now| just| unfortunately| decided to| had to)* (?:cancell?ed|canceled|closed|withdrawn|eliminated|frozen|pulled)"
        + r" (?:the|this|that|its|their|our) (?:[\w-]+ ){0,3}(?:position|role|vacancy|opening|requisition|req|search|job|post|hiring)",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.appointed_candidate", "rejection", "medium",
        r"\b(?:appointed|successful|selected|chosen|preferred) (?:candidate|applicant)\b",
        r"\b(?:selected|chosen|found|identified) (?:a|another|our|the) (?:successful |preferred |final |right |stronger |strong )?"
        + r"(?:candidate|applicant|hire|person)\b(?! for (?:the |our |a )?(?:next|final|second|third|interview|shortlist|round|stage))(?!"
        + r" (?:has |had |then )?(?:withdrawn|withdrew|pulled out|declined|dropped out|backed out|turned (?:it|us|the offer) down|fell through))",
        void_if_reader_chosen=True,
    ),
    rule(
        "en.rejection.kept_your_resume", "rejection", "medium",
        r"\b(?:kept|keep|keeping|hold on to|holding on to|hold onto|holding onto|hang on to|retain) your (?:resume|cv|details|info|information|profile|application)\b"
        # kept while the review goes on is no ending: "we will keep your CV in our records while we review"
        + r"(?![^.!?\n]{0,40}\b(?:while|whilst|during|until|as we (?:review|consider)))(?! (?:eligible|active|valid|open|complete)\b)",
    ),
    rule(
        "en.rejection.concluded_its_process", "rejection", "medium",
        r"\bconcluded (?:its|our|the|their) (?:\w+ )?(?:process|search|recruitment)",
    ),
    rule(
        "en.rejection.candidate_who_matched_more_closely", "rejection", "strong",
        r"\b"
        + _PERSON
        + r" (?:whose|with|who) [^.\n]{0,80}(?:more closely|more directly|more fully|more strongly|better|most closely|closer)"
        + r" (?:match|matches|matched|align|aligns|aligned|fit|fits|suit|suits|meet|meets)",
    ),
    rule(
        "en.rejection.more_closely_match_our_needs", "rejection", "strong",
        r"\b(?:more closely|better|most closely) (?:match|matches|aligns? with|fits?|suits?|meets?)"
        + r" (?:our|the) (?:current |specific )?(?:needs|requirements|role|position|criteria)",
    ),
    rule(
        "en.rejection.position_has_been_filled", "rejection", "strong",
        r"\b(?:position|role|vacancy|job|opening|post|requisition|search)"
        + r"(?: \w+){0,3} (?:has|have|had) (?:now |already |since |unfortunately |recently )*been (?:"
        + r"filled|closed|cancell?ed|canceled|withdrawn|eliminated|offered to)",
        # not "The scheduled interview for the Backend Engineer position … has been cancelled" (real-mail round 56)
        void_if_about_meeting=True,
    ),
    rule(
        "en.rejection.filled_the_position", "rejection", "strong",
        r"\bfilled (?:the (?:position|role|vacancy|opening)|internally|by an internal)",
    ),
    rule(
        "en.rejection.position_filled_or_closed", "rejection", "strong",
        r"\b(?:we|they|client|team|company)(?: have|'ve| has)? (?:decided to |had to |chosen to )?(?:"
        + r"fill|filled|close|closed|cancel|cancell?ed|canceled|withdraw|withdrawn|eliminate|eliminated)"
        + r" (?:the|this|that|our) (?:[\w-]+ ){0,2}(?:position|role|vacancy|opening|requisition|req|search|job|headcount)",
    ),
    rule(
        "en.rejection.position_is_no_longer_available", "rejection", "strong",
        r"\b(?:position|role|job|vacancy|opening)(?: \w+){0,3} (?:is|has become|are) no longer (?:available|open)",
        r"\bno longer (?:hiring|recruiting) for\b",
    ),
    rule(
        "en.rejection.go_another_way", "rejection", "strong",
        r"\b(?:go|went|going) (?:another|a different) (?:way|route)\b",
    ),
    rule(
        "en.rejection.offer_to_another", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"offer(?:ed)?|extend(?:ed)? (?:an|the|our) offer|made (?:an|the) offer",
            r"given the (?:position|role|job)|awarded the (?:position|role)",
        )
        + r")(?: for| of)?(?: the| this)?(?: [\w-]+){0,3}? to (?:"
        + any_of(
            r"another|a different|an(?:other)? internal|the other|someone|one of the other|one of our",
            r"an? (?:existing|current|internal)|our own|a candidate|an applicant",
        )
        # (not a spot freed by someone else's decline: "can now be offered to someone on the waitlist", round 50)
        + r")(?! (?:else )?(?:on|from) the wait(?:ing)?[ -]?list)",
    ),
    rule(
        "en.rejection.another_candidate_accepted", "rejection", "strong",
        r"\b(?:another|a different|an internal|other) "
        + _PERSON
        + r",?(?: \w+){0,4} (?:has |have |had )?(?:accepted|been (?:selected|chosen|offered|hired)|was (?:selected|chosen|offered|hired)|were (?:selected|chosen))",
    ),
    rule(
        "en.rejection.hired_someone_else", "rejection", "strong",
        r"\b(?:hired|selected|chosen|chose|found|identified) (?:someone|somebody|another person|a candidate|the candidate|a person)"
        + r"(?: else)? (?:else|who|whose|that|with)",
        r"\b(?:we've|we have|we) (?:already )?(?:found|hired|picked|chosen|chose) (?:someone|somebody)(?: else)?(?=[,.!]| for (?:the|this))",
        r"\banother (?:candidate|applicant|person) (?:was|has been|had been) (?:preferred|chosen|selected|appointed|hired)\b",
    ),
    rule(
        "en.rejection.not_selected", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:been |be )?(?:the )?(?:selected|shortlisted|short-listed|chosen|successful|invited|progressed|advanced)\b",
    ),
    rule(
        # Negatable: "your application has not been marked as unsuccessful" keeps it alive.
        "en.rejection.unsuccessful", "rejection", "strong",
        r"\bunsuccessful\b",
        negatable=True,
    ),
    rule(
        "en.rejection.unable_to_offer_you_the_job", "rejection", "strong",
        r"\b(?:unable|not able|cannot|can't|won't be able|will not be able|not in a position|no position)"
        + r" to (?:offer|extend|make) (?:you )?(?:an? |the |this |any )?(?:offer|position|role|job|employment|post"
        + r"|representation)\b",
    ),
    rule(
        "en.rejection.not_offering_you_the_job", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:to |be )?(?:offer|offering|extend|extending|make|making) (?:you )?(?:an? |the |this )?(?:[\w-]+ )?(?:offer|position|role|job)"
        # not a way of working refused: "We can't offer this role fully remotely" (stress set 9)
        + r"(?! (?:fully |entirely |100% )?(?:remote(?:ly)?|part-time|as (?:a )?(?:remote|part-time|contract)|on an? \w+ basis))",
    ),
    rule(
        "en.rejection.no_longer_considering", "rejection", "strong",
        r"\b(?:no longer|not) (?:be )?(?:considering|considered|under consideration|in consideration|in the running|being considered)",
        void_if_deferred=True,  # "will not be considered until it is completed" (rounds 10-12)
    ),
    rule(
        "en.rejection.your_application_has_been_rejected", "rejection", "strong",
        r"\byour (?:[\w-]+ )?(?:application|candidacy|candidature|profile)(?: \w+){0,3} (?:has been|was|is being|will be|have been) (?:"
        + r"rejected|declined|unsuccessful|closed|archived|withdrawn(?! successfully| at your| as you)"
        + r"|not(?! (?:yet|been )?(?:rejected|declined|closed|archived|affected|lost|forgotten)\b))",
        # "Your application for History (V1X4) was automatically rejected" (real-mail round 6)
        r"\byour (?:application|candidacy|candidature)(?: [\w()'/-]+){0,5} (?:has been|was|have been) (?:automatically |formally )"
        + r"(?:rejected|declined|closed)\b",
        # "Your application for Data Engineer (Berlin) is closed", "your file for this round is closed" (stress set 7)
        r"\byour (?:[\w-]+ )?(?:application|candidacy|candidature|file)(?: \([^)\n]{1,40}\)| for [^.!?\n]{1,40}?)? is (?:now )?"
        + r"(?:closed|archived)\b(?! (?:to|for) (?:new |further )?(?:edits|changes|editing|applications)\b)",
    ),
    rule(
        "en.rejection.decided_to_decline_your", "rejection", "strong",
        r"\b(?:decided|decide|had) to (?:decline|reject|close) (?:your|the candidacy)",
    ),
    rule(
        "en.rejection.decided_to_go_different_direction", "rejection", "strong",
        r"\b(?:decided|chose|chosen|opted) to (?:go|move) (?:in )?(?:a )?(?:different|another) direction",
    ),
    rule(
        "en.rejection.regret_to_inform", "rejection", "medium",
        r"\bregret to (?:inform|tell|let you know|advise|say|share|notify|communicate)",
    ),
    rule(
        "en.rejection.we_regret_that", "rejection", "medium",
        # (not a changed venue or a system's error: "we regret that the venue for your interview has changed", set 15)
        r"\b(?:we|i) regret that\b(?! (?:the|our) (?:venue|location|time|date|system|link|interview|schedule|room)\b)",
    ),
    rule(
        "en.rejection.pause_hiring", "rejection", "medium",
        r"\b(?:paus(?:e|ed|ing)|freez(?:e|ing)|frozen) (?:on )?(?:"
        + any_of(
            r"hiring|the (?:search|process|role|position|recruitment)|recruitment",
            r"this (?:role|position|search)",
        )
        + r")",
    ),
    rule(
        "en.rejection.hiring_freeze", "rejection", "medium",
        r"\bhiring freeze\b",
        r"\bfreeze on (?:hiring|recruitment)",
    ),
    rule(
        "en.rejection.role_on_hold", "rejection", "medium",
        r"\b(?:role|position|hiring|search|process|requisition|opening)(?: \w+){0,2} (?:has been |is |was |will be )?(?:put |placed )?on hold",
    ),
    rule(
        "en.rejection.not_the_right_fit", "rejection", "medium",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:the right|a|the best|a good|a strong|the strongest|an? (?:ideal|perfect)) (?:fit|match)\b",
    ),
    rule(
        "en.rejection.keep_your_resume_on_file", "rejection", "medium",
        r"\b(?:keep|retain|hold|store|save) your (?:resume|cv|details|information|application|profile|contact details|data)"
        + r"(?: \w+){0,2} (?:on file|on record|in our (?:database|system|talent)|for future)",
    ),
    rule(
        "en.rejection.sorry_to_tell", "rejection", "medium",
        r"\b(?:sorry|sad) to (?:tell|inform|say|let you know|share|be the bearer)",
    ),
    rule(
        "en.rejection.not_the_news_you_hoped_for", "rejection", "medium",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:a|the) (?:news|answer|outcome|result) you (?:were )?(?:hoping|wanted)",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:good|great|better) news\b",
    ),
    # "the panel felt that another applicant better met the criteria"; "we went the other way"; "not hire for this position at all".
    rule(
        "en.rejection.another_applicant_better_met", "rejection", "strong",
        r"\b(?:another|a different|an internal|other|the other)"
        + r" (?:applicant|candidate|finalist|person)s? (?:better|more closely|more fully) (?:met|matched|fitted|fit|suited|meets|matches)\b",
    ),
    rule(
        "en.rejection.went_the_other_way_or_not_hiring", "rejection", "strong",
        r"\b(?:went|gone|go|going) the other way\b",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:to )?(?:hire|fill|recruit|appoint) for (?:this|the) (?:position|role|post|vacancy|job)\b",
    ),
    # "We're going to pass for the full stack role": a pass on the reader's role, said informally.
    rule(
        "en.rejection.going_to_pass_for_the", "rejection", "strong",
        r"\b(?:going to|gonna|decided to|have to|had to|'re going to|will|'ll|must)"
        + r" pass (?:for|on) (?:the|this|your) (?:[\w-]+ ){0,3}(?:role|position|job|opening|post|vacancy|spot)\b",
    ),
    rule(
        "en.rejection.unfortunately", "rejection", "weak",
        r"\bunfortunatl?e?ly\b",
        r"\bunfortunatley\b",
        r"\bunfortunetly\b",
        r"\bunfortunately\b",
        r"\bregrettably\b",
        r"\bsadly\b",
        r"\bunfortunate(?:ly)? (?:news)?",
        r"\bi'?m afraid\b",
        r"\bi am afraid\b",
    ),
    rule(
        "en.rejection.apply_for_anything_else", "rejection", "weak",
        r"\bapply (?:for|to) (?:anything|any|other|future|another|something|more)(?: \w+)? (?:else|roles?|positions?|openings?|opportunities|jobs?|vacancies)",
    ),
    rule(
        "en.rejection.other_candidate", "rejection", "weak",
        rf"\b{_OTHER_PEOPLE} {_PERSON}",
    ),
    rule(
        "en.rejection.after_careful_consideration", "rejection", "weak",
        r"\bafter (?:careful|much|thorough|long|considerable|great|serious) (?:consideration|deliberation|review|thought|evaluation)",
    ),
    rule(
        "en.rejection.wish_you_the_best", "rejection", "weak",
        r"\b(?:wish|wishing) you (?:the best|every success|all the best|success|luck|the very best|well|good luck|best of luck)"
        + r"(?! (?:of luck )?(?:in|with|for) the (?:upcoming |coming |next )?selection\b)",
    ),
    rule(
        "en.rejection.best_of_luck_in_your", "rejection", "weak",
        r"\bbest of luck (?:in|with) your\b",
        r"\bsuccess in your (?:job )?(?:search|future|career)",
    ),
    rule(
        "en.rejection.encourage_you_to_reapply", "rejection", "weak",
        r"\bencourage you to (?:re-?apply|apply|keep an eye|check|look)",
    ),
    rule(
        "en.rejection.future_openings", "rejection", "weak",
        r"\bfuture (?:openings|opportunities|roles|positions|vacancies)\b",
    ),
    rule(
        "en.rejection.competitive_process", "rejection", "weak",
        r"\b(?:highly |very |extremely )?competitive (?:process|pool|field|candidate pool)",
        r"\b(?:large|high|overwhelming|significant) (?:number|volume) of (?:qualified |strong |highly qualified )?(?:applicants|applications|candidates)",
    ),
    rule(
        "en.rejection.difficult_decision", "rejection", "weak",
        r"\b(?:difficult|tough|hard) decision\b",
    ),
    rule(
        "en.rejection.talent_community", "rejection", "weak",
        r"\btalent (?:community|pool|network)\b",
    ),

    # A bare "pass" ending the clause: "They're going to pass - …", "The client has decided to pass."
    rule(
        "en.rejection.they_will_pass", "rejection", "strong",
        r"\b(?:they|we|the (?:client|team|company|hiring manager|panel|business)|client|he|she)"
        + r"(?:'re| are|'ve| have| has|'ll| will| had)?(?: (?:decided|chosen|opted|going|elected))?(?: to)? pass(?:ing)?(?= ?(?:[.,;!\n]|[-–—] |$))",
    ),
    rule(
        "en.rejection.not_the_outcome_anyone_hoped_for", "rejection", "medium",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:a|the) (?:news|answer|outcome|result) (?:you|either of us|we|any of us|i|anyone)(?: were| was)? (?:hoping|wanted|hoped|wanting)",
        r"\byou (?:were|are|'re|seemed|came across as)(?: \w+){0,2} (?:a (?:little|bit|touch) )?(?:light|thin) on\b",
    ),
    # "We will be offering the position to a nurse who …": someone described, not the reader.
    rule(
        "en.rejection.offer_the_position_to_a", "rejection", "strong",
        r"\b(?:offer|offering|offered|give|giving|gave|given|award|awarding|awarded) (?:the|this|that) (?:position|role|job|post|spot|place|vacancy|opening)"
        + r" to (?:a|an|one of|someone|somebody|another) (?:[\w-]+ ){0,2}?(?:who|whose|with|from|that|already|in|on|at)\b",
    ),
    rule(
        "en.rejection.decided_to_hire_someone", "rejection", "strong",
        r"\b(?:decided|chosen|opted|elected) to (?:hire|appoint|recruit|go with|bring on|bring in|offer (?:it|the (?:role|position|job)) to)"
        + r" (?:someone|somebody|a person|a candidate|an applicant|another|a different|an internal)\b",
        negatable=True,
    ),
    # ---- broader families: choices, refusals, fit and the role itself --
    rule(
        "en.rejection.decided_on_someone_else", "rejection", "strong",
        r"\b"
        + _CHOSE
        + r" (?:\w+ ){0,2}?"
        + _SOMEONE_ELSE
        + r"\b(?! (?:to|who will|who'll|will) (?:interview|meet|run|lead|speak|talk|take over|cover|join|handle|conduct|chat|host|sit|replace|step in))",
        negatable=True,
    ),
    rule(
        "en.rejection.not_moving_you_forward", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't|\bno longer|\bcannot|\bunable to)(?: (?:be|going|gonna|to|able|in a position|currently|now|planning|looking|in|a|position))* (?:"
        + r"mov\w*|proceed\w*|progress\w*|advanc\w*|continu\w*|go\w*|tak\w+|carry\w*)"
        + r"(?: (?:this|it|things|matters|you|your (?:application|candidacy|candidature|profile)))? (?:any )?(?:forward|further|ahead)\b(?! (?:"
        + any_of(
            r"with (?:the |our |any |all |your |this |that |[\w']+'s |tomorrow's |today's )?(?:[\w-]+ )?(?:"
            + any_of(
                r"interview|call|meeting|chat|session|visit|onsite|conversation|hiring|process|candidate|anyone",
                r"anybody|any|plan|it|that|this",
            )
            + r")s?\b",
            r"until|till|before|without|yet|for now\b(?! \w)",
        )
        + r"))",
    ),
    rule(
        "en.rejection.not_continuing_the_process", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't|\bno longer|\bcannot|\bunable to)"
        + r"(?: (?:be|going|to|able|in a position))* (?:continu\w*|proceed\w*|pursu\w*|progress\w*) (?:the|this|our|your) (?:"
        + r"process|application|candidacy|candidature|conversations?|discussions?) (?:with you|further)",
    ),
    rule(
        "en.rejection.not_inviting_you_back", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't)(?: (?:be|going|to|able))* (?:invit\w+|ask\w*|bring\w*|call\w*) you (?:"
        + any_of(
            r"back|in|to (?:the |a |an )?(?:next|final|second|further|onsite|on-site|another)",
            r"for (?:an?|the|another) (?:\w+ )?(?:interview|round|stage|conversation)",
        )
        + r")",
    ),
    rule(
        "en.rejection.unable_to_consider_your_application", "rejection", "strong",
        r"\b(?:unable|not able|cannot|can't|won't be able|will not be able|not in a position|not going)"
        + r" to (?:consider|pursue|progress|advance|take|move|carry|continue) (?:with )?(?:your (?:application|candidacy|candidature|profile)|you|it|this|things)"
        + r" (?:any )?(?:further|forward)",
    ),
    rule(
        "en.rejection.it_is_a_no", "rejection", "strong",
        r"\bit'?s a no\b",
        r"\bit is a no\b",
        r"\bwe'?(?:ll| will) (?:have to )?(?:say|give you a) no\b",
    ),
    rule(
        "en.rejection.moving_different_direction", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"moving|move|moved|going|go|went|gone|heading|head|taking|take|took|decided to go|chose to go",
            r"opted to go|chosen|chose|picked|opted for|decided on|settled on",
        )
        + r") (?:in |on |down )?(?:a |another )?(?:different|another|separate) (?:direction|path|route)\b",
    ),
    rule(
        "en.rejection.decided_to_hire_internally", "rejection", "strong",
        r"\b(?:decided|chosen|choose|opted|elected|prefer|preferred|going|plan|planning|need)"
        + r" to (?:hire|fill (?:it|the (?:role|position|job|vacancy|opening))|recruit|appoint) (?:internally|from within|in-house)\b",
        r"\bpromot\w+ from within\b",
        r"\b(?:filled|fill|hired|hire|hiring) (?:it |the (?:role|position) )?internally\b",
        r"\b(?:keep|kept|keeping|fill|filling|filled) (?:the (?:role|position|job|vacancy)|it|this (?:role|position))"
        + r" (?:in-house|in house|internal|internally)\b",
    ),
    rule(
        "en.rejection.headcount_was_cut", "rejection", "strong",
        r"\bheadcount\b(?: \w+){0,5} (?:was|has been|got|have been|is being|had to be) (?:\w+ )?(?:"
        + r"cut|eliminated|removed|withdrawn|pulled|cancell?ed|canceled|reallocated|lost)\b",
        r"\b(?:lost|cut|eliminated|pulled|no longer have) (?:the |this |our )?headcount\b",
    ),
    rule(
        "en.rejection.position_was_filled", "rejection", "strong",
        r"\b(?:position|role|vacancy|opening|job|requisition|req|post|search)(?: [\w-]+){0,4} (?:"
        + r"was|were|got|is being|has been|have been|had been|'s been|has now been) (?:now |since |unexpectedly |recently |officially |unfortunately |just )?(?:"
        + any_of(
            r"filled|closed|cancell?ed|canceled|eliminated|cut|scrapped|withdrawn|pulled|removed|discontinued",
            r"deprioriti[sz]ed",
        )
        + r")\b",
        void_if_about_meeting=True,
    ),
    rule(
        "en.rejection.not_match_our_requirements", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:quite |fully |closely |really )?(?:match|meet|align with|fit|suit|correspond to|line up with)"
        + r" (?:our|the|what) (?:current |specific |exact |full |key |minimum )?(?:"
        + any_of(
            r"requirements|needs|criteria|profile|expectations|brief",
            r"(?:we|the team|the client|they|our client) (?:are|is|were|was) (?:looking for|seeking|after|needs?)",
        )
        + r")",
    ),
    rule(
        "en.rejection.other_candidate_were_stronger_match", "rejection", "strong",
        r"\b(?:other|another|the other|some other|remaining) (?:candidates?|applicants?|finalists?|profiles?|people)"
        + r"(?: \w+){0,3} (?:were|was|are|is|seemed|felt like) (?:a |an )?(?:stronger|better|closer|more suitable|more relevant|more closely|more directly)"
        + r" (?:match|fit|suited|aligned|matched|fits|matches)",
    ),
    rule(
        "en.rejection.not_among_the_finalists", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:\w+ ){0,2}among (?:the|those|our) (?:finalists|successful|selected|shortlisted|candidates (?:selected|chosen|invited|progressing))"
        + r"(?: (?:candidates|applicants|people|ones|participants|interns|students))?",
    ),
    rule(
        "en.rejection.not_the_right_fit_for_the_role", "rejection", "medium",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:[\w']+ ){0,6}?(?:quite |exactly )?(?:"
        + any_of(
            r"the right|a (?:good|great|strong|close|clear|perfect)|the best|an? (?:ideal|perfect|obvious)",
            r"the strongest|a|the",
        )
        + r") (?:enough )?(?:fit|match|next step|role|move|opportunity) for you\b",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:[\w']+ ){0,6}?(?:quite |exactly )?(?:"
        + any_of(
            r"the right|a (?:good|great|strong|close|clear|perfect)|the best|an? (?:ideal|perfect|obvious)",
            r"the strongest|a|the",
        )
        + r") (?:enough )?(?:fit|match)\b(?! (?:yet|so far))",
    ),
    rule(
        "en.rejection.decided_to_keep_looking", "rejection", "medium",
        r"\b(?:decided|chosen|opted) to (?:keep looking|keep searching|continue (?:our|the) search|re-?open (?:the|our) search|re-?advertise)\b",
    ),
    rule(
        "en.rejection.keep_looking_for_someone", "rejection", "medium",
        r"\b(?:"
        + any_of(
            r"keep looking|keep searching|continue (?:our|the) search|continuing (?:our|the) search",
            r"re-?opening (?:the|our) search|re-?advertis\w+",
        )
        + r") (?:for )?(?:someone|somebody|a candidate|candidates|the role|the position)",
    ),
    rule(
        "en.rejection.not_proceed", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't)(?: (?:be|going|gonna|to|able|in a position))* (?:"
        + any_of(
            r"proceed|proceeding|progress|progressing|continue|continuing|move ahead|moving ahead|go ahead",
            r"going ahead",
        )
        + r")(?: further| any further)?(?=[.,;!\n]|$)",
        void_if_about_meeting=True,
    ),
    rule(
        "en.rejection.not_making_a_hire", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:making|make|going to make) (?:a|an|any) (?:hire|appointment|offer)\b(?! (?:until|before|yet))",
        r"\b(?:stopped|stop|ended|end|halted|cancell?ed|closed) (?:the )?(?:recruiting|recruitment|hiring|search)(?: process)? for (?:it|this|the|that)\b",
        r"\b(?:position|role|job|vacancy|opening)(?: [\w-]+){0,3} no longer exists\b",
    ),
    rule(
        "en.rejection.others_the_better_choice", "rejection", "medium",
        r"\b(?:made (?:them|him|her)|(?:was|were|is|are) (?:simply |ultimately )?)"
        + r" ?(?:the|a) (?:better|stronger|closer|more suitable|more natural|best) (?:choice|fit|match|option)\b",
        void_if_reader_chosen=True,
    ),
    rule(
        "en.rejection.need_someone_with_more", "rejection", "medium",
        r"\b(?:need|needs|needed|looking for|want|wants|require|requires|required|prefer|preferred)"
        + r" (?:someone|somebody|a candidate|a person|an? \w+) (?:with|who has|who brings|that has) (?:"
        + r"more|stronger|deeper|greater|broader|longer|more direct|more hands-on)\b(?! than)",
    ),
    rule(
        "en.rejection.decided_on_someone_who", "rejection", "strong",
        rf"\b{_CHOSE_PAST} (?:someone|somebody|a person|a candidate|an applicant|a colleague) (?:else )?(?:who|whose|with|that|from|already)\b",
        negatable=True,
    ),
    rule(
        "en.rejection.unable_to_offer_a_place", "rejection", "strong",
        r"\b(?:unable|not able|cannot|can't|won't be able|will not be able|not in a position|not going)"
        + r" to (?:offer|give) (?:you )?(?:a|an|the) (?:place|spot|seat|post|contract|opportunity|role|position|job) (?:on|in|at|with|for)\b",
    ),
    rule(
        "en.rejection.not_what_we_are_looking_for", "rejection", "strong",
        r"\b(?:isn't|is not|wasn't|was not|aren't|are not|weren't|were not) (?:quite |exactly |really )?what (?:"
        + any_of(
            r"we|they|the team|this team|our team|the client|our client|the business|the role|this role",
            r"the company",
        )
        + r")(?:'re| are| were|'d| was| is)? (?:looking for|after|seeking|needs?|needed|hoping for|wants?|requires?)",
    ),
    rule(
        "en.rejection.good_luck_with_the_search", "rejection", "weak",
        r"\b(?:good|best of|the best of) luck (?:with|in|for|on) (?:the|your) (?:search|job search|hunt|next|future|career|applications?)\b",
        r"\bgood luck out there\b",
    ),
    rule(
        "en.rejection.not_consider_you", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't|\bno longer|\bunable to|\bnever)(?: (?:be|been|going|gonna|to|able|in a position|currently|now|ultimately|planning|looking|able to))* (?:"
        + any_of(
            r"consider\w*|shortlist\w*|short-list\w*|invit\w+",
            r"(?:extend\w*|send\w*|issu\w*) (?:you )?(?:an|the|any) invitation|select\w*|progress\w*|advanc\w*",
            r"mov\w*|tak\w*|pursu\w*|proceed\w* with|continu\w* with|interview\w*|hir\w+|recommend\w*",
            r"put\w* (?:forward|through)|forward\w*|submit\w*|present\w*",
        )
        + r") (?:you|your (?:application|candidacy|candidature|profile|cv|resume|submission|details))\b",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.not_moving_to_an_offer", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't|\bno longer|\bunable to)(?: (?:be|going|to|able|in a position))* (?:mov\w*|proceed\w*|progress\w*|go\w*|get\w*)"
        + r" to (?:an|the) offer(?: stage)?\b",
        r"\b(?:closing out|closed out|close out|closing|closed|releasing|released)"
        + r" (?:all |the )?(?:remaining )?(?:candidates|candidacies|applications|applicants)(?: for (?:this|the) (?:role|position))?\b",
    ),
    rule(
        "en.rejection.on_hold_indefinitely", "rejection", "strong",
        r"\b(?:on hold|paused|frozen|shelved) indefinitely\b",
        r"\bindefinite (?:hold|pause|freeze)\b",
    ),
    rule(
        "en.rejection.focus_on_candidates_with", "rejection", "medium",
        r"\b(?:focus|focusing|concentrate|concentrating|prioriti[sz]e|prioriti[sz]ing)"
        + r" on (?:other |different |more \w+ |stronger )?(?:candidates|applicants|profiles|people|finalists) (?:with|who|whose|that)\b",
    ),
    rule(
        "en.rejection.decided_not_to_pursue_you", "rejection", "strong",
        r"\bdecided not to (?:\w+ )?(?:you|your (?:[\w-]+ ){0,2}?(?:application|candidacy|candidature|profile|place"
        + r"|company|proposal|registration|participation|enrol?ment|nomination|membership))\b",
    ),
    rule(
        "en.rejection.not_work_out", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:going to )?(?:work(?:ing)? out|be a match)\b(?!"
        + any_of(
            r" (?:for (?:the|that|this) (?:time|date|day|slot))",
            r" (?:on|for) (?:monday|tuesday|wednesday|thursday|friday)",
        )
        + r")",
        r"\bdidn't work out (?:this time|on this occasion)\b",
    ),
    rule(
        "en.rejection.found_our_person", "rejection", "strong",
        r"\b(?:found|identified|secured) (?:our|the right|the|a) (?:person|hire|candidate|match|fit)"
        + r"(?: for (?:the|this|that) (?:role|position|job))?(?=[.,;!\n]|$)",
        void_if_reader_chosen=True,
    ),
    rule(
        "en.rejection.declined_your_application", "rejection", "strong",
        # Not a system refusing a file: "the system has rejected your application because the file is too large".
        r"(?<!system has )(?<!system )(?<!form has )(?<!portal has )\b(?:declin\w+|reject\w+) your (?:application|candidacy"
        + r"|candidature)\b(?! (?:because|as|since|due to) (?:the |a |an |your |its )?(?:file|form|upload|attachment|document"
        + r"|format|size|technical|error|field))",
        r"\b(?:removed|withdrawn|released) from (?:consideration|the process|our process)\b",
    ),
    rule(
        "en.rejection.decision_didn_t_go_your", "rejection", "strong",
        r"\b(?:decision|outcome|result|things|it)(?: \w+){0,2} (?:didn't|did not|hasn't|has not|won't|will not|doesn't|does not)"
        + r" (?:go|fall|work out|come out|turn out) (?:in )?your (?:way|favou?r)\b",
    ),
    rule(
        "en.rejection.moving_forward_with_candidates_who", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"mov\w* (?:forward|ahead|on)|proceed\w*|go\w* ahead|continu\w*|chosen|chose|selected|hired|hiring",
            r"appointed|decided to go|gone|went",
        )
        + r") with (?:\w+ ){0,2}(?:"
        + any_of(
            r"candidates|applicants|someone|somebody|people|a candidate|an applicant|individuals|profiles",
            r"a person",
        )
        + r") (?:who|whose|with|that)(?: [\w-]+){0,3} (?:"
        + any_of(
            r"more|stronger|deeper|greater|broader|longer|closer|better|extensive|significant|direct|prior",
            r"previous|specific",
        )
        + r")\b",
    ),
    rule(
        "en.rejection.not_extend_an_invitation_to", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't|\bunable to)(?: (?:be|going|to|able))* (?:extend\w*|send\w*|issu\w*|offer\w*)"
        + r" (?:you )?(?:an|the|any) invitation (?:to|for) (?:the |a |an )?(?:next|final|second|further|onsite|on-site|another|last)\b",
    ),
    rule(
        "en.rejection.not_strong_enough", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:quite )?(?:strong|good|senior|experienced|technical|deep|broad) enough\b",
        r"\b(?:fell|falls|fall) (?:a (?:little|bit) )?short of\b",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:quite )?(?:meet|reach|clear) (?:the|our) (?:bar|standard|threshold|level)\b",
        r"\bbelow (?:the|our) bar\b",
    ),
    rule(
        "en.rejection.candidacy_come_to_an_end", "rejection", "strong",
        r"\b(?:candidacy|application|candidature|process) (?:with us )?(?:has )?(?:come|comes|coming) to an end\b",
        r"\bend of the (?:road|process|line) for (?:you|your (?:application|candidacy))\b",
        r"(?:\bnot|(?<=\bcan)not|n't)(?: be)? schedul\w* (?:any )?(?:further|more|another|additional|other) (?:interviews|conversations|meetings|rounds)\b",
    ),
    rule(
        "en.rejection.not_the_right_time_to", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:the right|a good) time to (?:move forward|proceed|progress|hire|make (?:an|a) (?:offer|hire)|continue)\b",
    ),
    rule(
        "en.rejection.not_aligned_with_what", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:well |closely |fully |quite |really |sufficiently )?(?:aligned|in line|consistent) with (?:what|our|the) ",
    ),
    rule(
        "en.rejection.you_re_not_among_them", "rejection", "strong",
        r"\b(?:you(?:'re| are) not|you were not|you weren't|you aren't) (?:\w+ )?(?:among|one of|part of|included in|on) (?:"
        + r"them|those|that group|the group|that list|the shortlist|the final group)\b",
    ),
    rule(
        "en.rejection.cancel_the_hire", "rejection", "strong",
        r"\b(?:cancel\w*|withdr[ae]w\w*|pull\w*|scrap\w*|shelv\w*)"
        + r" (?:the|this|that|our) (?:[\w-]+ )?(?:hire|hiring|search|recruitment)\b(?! (?:for now|until|till))",
    ),

    # ---- the post went to someone else, or the post itself is gone ------
    # A named or described appointee steps into the post: "we've asked
    # Marguerite from our Lyon office to step into the role". Never the reader
    # ("asked you to take on the role" is an offer), never a side role
    # ("take over the role of hiring manager").
    rule(
        "en.rejection.someone_else_appointed", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"asked|invited|appointed|chosen|selected|approached|promote|promoting|decided to ask",
            r"decided to appoint|offered|promoted|moved|moving|bringing|brought|transferring|transferred",
        )
        + r") (?!you\b|me\b|us\b)(?:[\w'-]+,? ){1,12}?(?:to|into) (?:step into|step up into|take on|take over|fill|assume|cover|move into|backfill|into)?"
        + r" ?(?:the|this|that) (?:[\w-]+ ){0,2}?(?:role|post|position|job|vacancy|opening|seat)"
        + r"\b(?! (?:of|as) (?:hiring|interview|recruit|point|contact|coordinat|lead interviewer|panel))",
        negatable=True,
    ),
    rule(
        "en.rejection.will_step_into_the_role", "rejection", "strong",
        r"\b(?!you\b)(?:[\w'-]+) (?:(?:will|'ll|is going to|is|has|who will|who'll) (?:now |be )?)(?:"
        + any_of(
            r"step(?:ping)? into|tak(?:e|ing) on|tak(?:e|ing) over|mov(?:e|ing) into|fill(?:ing)?|stepped into",
            r"taken on|taken over|moved into|filled|accepted",
        )
        + r") (?:the|this|that) (?:[\w-]+ ){0,2}?(?:role|post|position|job|vacancy|opening)\b(?! (?:of|as) (?:hiring|interview|recruit|point|contact|panel))",
    ),
    rule(
        "en.rejection.role_will_be_filled_by", "rejection", "strong",
        r"\b(?:role|post|position|job|vacancy|opening)(?: [\w-]+){0,3} (?:will be|is being|is going to be|'ll be|has gone|will go|is going|went)"
        + r" (?:filled by|taken (?:on|over) by|covered by|given to|offered to|to) (?!you\b)(?:"
        + r"a|an|one|our|my|the|their|his|her|its|someone|somebody|[\w'-]+ (?:from|who|in|at|on))\b(?! (?:next|final|second|interview|panel))",
    ),
    # The employer's decision about the post: not to fill it, to withdraw it.
    rule(
        "en.rejection.decision_not_to_fill", "rejection", "strong",
        r"\b(?:decision|decided|decide|chosen|chose|opted|elected|agreed|concluded|determined)"
        + r" (?:(?:has been|was|have|had) (?:made|taken) )?(?:not to|to not|against) (?:\w+ ){0,2}?(?:"
        + any_of(
            r"fill\w*|recruit\w*|hire|hiring|appoint\w*|replace|replacing|backfill\w*|advertis\w*|open\w*",
            r"go ahead|going ahead|proceed\w*|progress\w*|pursu\w*|continu\w*|mov\w+ (?:forward|ahead)",
        )
        + r")\b",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.withdraw_the_post", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"withdraw\w*|withdrew|cancel\w*|clos(?:e|ed|ing)|pull\w*|scrap\w*|shelv\w*|retir\w*|discontinu\w*",
            r"abolish\w*|delet\w*|eliminat\w*|freez\w*|froze",
        )
        + r") (?:the|this|that|our|its|their) (?:[\w-]+ ){0,2}?(?:post|position|role|vacancy|opening|requisition|req|job|advert|headcount)"
        + r"\b(?! (?:for now|until|till|temporarily|while|of (?:hiring|interview)))(?!(?: [\w-]+){0,5} (?:until|till|in|from|after) (?:the )?(?:"
        + any_of(
            r"january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]",
            r"next|new year",
        )
        + r"))",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.post_is_no_longer_going", "rejection", "strong",
        r"\b(?:post|position|role|vacancy|opening|requisition|req|job|recruitment|hire|search)"
        + r"(?: [\w-]+){0,3} (?:is|are|was|has been|will be|'s) (?:no longer|not|now not) (?:"
        + any_of(
            r"going ahead|proceeding|happening|going forward|moving forward",
            r"being (?:filled|recruited|advertised|pursued)|to be filled|required|needed",
        )
        + r")\b",
        r"\b(?:post|position|role|vacancy|requisition|req) (?:is|was|has been|'s been|got|is being) (?:officially |now |formally )?(?:"
        + r"withdrawn|closed|cancell?ed|pulled|scrapped|retired|abolished|removed)\b",
        # "The job you applied to … was closed by the client without hiring" (stress set 6)
        r"\b(?:closed|cancell?ed|ended) (?:[\w-]+ ){0,4}?without (?:hiring|a hire|making (?:a|any) hires?|filling it"
        + r"|selecting (?:anyone|a candidate))\b",
        void_if_about_meeting=True,  # not "the call about the Support role was cancelled" (real-mail round 56)
    ),
    # Chose someone for a reason: "go with someone who can do more weekend shifts".
    rule(
        "en.rejection.we_go_with_someone", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"we|we'll|we're|we've|they|they'll|they're|they've|i|i've",
            r"the (?:team|client|panel|company|hiring manager|business|school|practice|restaurant|store|firm|board)",
            r"our client|my client",
        )
        + r")(?: (?:are|will|have|had|would|'d|has|did|do|might|must))?(?: (?:"
        + any_of(
            r"now|finally|ultimately|unfortunately|probably|just|decided to|chosen to|opted to|elected to",
            r"going to|gonna|have to|had to|need to|rather|prefer to|like to|want to|wanted to|to",
        )
        + r"))* (?:"
        + any_of(
            r"go|going|gone|went|stick|sticking|stuck|settle|settling|settled|opt|opting|opted|lean|leaning",
            r"leaned",
        )
        + r") (?:with|for|on|towards) (?:"
        + any_of(
            r"someone|somebody|a person|a candidate|an applicant|another|a different|one of the others?",
            r"the other|an? (?:[\w-]+ ){0,2}?(?:candidate|applicant|person|profile|finalist|colleague)",
        )
        + r")\b(?! (?:to|who will|who'll|will) (?:interview|meet|run|lead|speak|talk|cover|join|handle|conduct|chat|host|sit))",
        negatable=True,
    ),
    rule(
        "en.rejection.went_with_someone_who", "rejection", "medium",
        r"\b(?:went|gone|go|going|chose|chosen|picked|selected|hired|appointed|offered it to|settled on|opted for) (?:with )?(?:a|an) (?:[\w-]+ ){1,2}?(?:"
        + any_of(
            r"who|whose|with (?:more|stronger|deeper|longer|direct|prior|previous|extensive|specific)",
            r"that (?:has|had|can|could|already)",
        )
        + r")\b(?! (?:will|'ll) (?:interview|meet|join))",
        negatable=True,
    ),
    # Formal notices: UK councils, Indian English, agencies.
    rule(
        "en.rejection.not_taking_your_application_further", "rejection", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:taking|take|taken) (?:your|the|this) (?:application|candidacy|candidature|profile)(?: any)? (?:further|forward)\b",
        r"\b(?:application|profile|candidature|candidacy)(?: \w+){0,3} (?:has not|have not|hasn't|was not|wasn't|is not|isn't)"
        + r" (?:been )?(?:found |considered |deemed )(?:suitable|eligible|appropriate)\b",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.panel_made_decision_it_was", "rejection", "strong",
        r"\b(?:panel|committee|board|team|client|company)"
        + r"(?: \w+){0,3} (?:made|reached|taken|come to)(?: \w+){0,3} decision,? (?:and )?(?:i'm |i am |we're |we are )?"
        + r"(?:(?:sorry|sad|afraid|regret) to (?:say|tell you|inform you|report) )?(?:that )?(?:it|this|the decision) (?:"
        + r"was not|wasn't|is not|isn't|did not go|didn't go) (?:in )?your (?:favou?r|way)\b",
        r"\b(?:was not|wasn't|is not|isn't|not) in your favou?r\b",
    ),
    rule(
        "en.rejection.this_will_be_disappoint", "rejection", "medium",
        r"\b(?:this (?:will|may|might) (?:be|come as)|i know (?:this|it) (?:is|will be)|(?:is|will be) (?:a|some)) (?:\w+ )?disappoint\w*",
    ),

    # The post stays in the house: "keep the post within the existing staff", "not appointing externally".
    rule(
        "en.rejection.keep_the_role_within", "rejection", "strong",
        r"\bkeep (?:the|this|that) (?:role|post|position|job|vacancy) (?:within|inside|in|in-house|internal)\b",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:"
        + any_of(
            r"proceeding|proceed|going ahead|moving forward|appointing|appoint|hiring|hire|recruiting|recruit",
            r"continuing|looking",
        )
        + r")(?: with| at| for)? (?:external(?:ly)?|outside)\b(?! (?:until|for now))",
    ),
]

# ---- the candidacy ends, in words of closing rather than of choosing ------
# Added after the third held-out part: the ending was said as a state of the
# reader's candidacy ("your candidacy is at an end", "no further steps in
# your application"), or as the post handed to somebody else in a verb the
# lists lacked ("extend the position to another candidate", "promoting one
# of our cooks into the sous chef spot", "completed our search and selected
# someone for the position", "accepted by another applicant").
PHRASES += [
    rule(
        "en.rejection.your_candidacy_is_closed", "rejection", "strong",
        r"\byour (?:candidacy|application|candidature|file)(?: (?:for|with|to|at) (?:[\w&'-]+ ){1,6}?)? (?:is|has|was|'s|will be)(?:"
        + r" now| been| officially| formally| therefore| hereby| now being| being)* (?:closed|concluded|over|finished|ended|at an end|terminated|archived)"
        + r"\b(?![^.\n]{0,40}\b(?:review\w*|consider\w*|assess\w*|evaluat\w*|edits|changes|updates|amendments|submissions|passed on|forwarded|shared)\b)",
    ),
    rule(
        "en.rejection.candidacy_is_at_an_end", "rejection", "strong",
        r"\b(?:candidacy|application|candidature|process|journey|recruitment)"
        + r"(?: [\w&'-]+){0,6} (?:is|are|was|has come|have come|came|comes) (?:now |therefore |sadly )?(?:at|to) an end\b(?=[^.\n]{0,40}\b(?:you|your)\b)",
        r"\b(?:your|the) (?:candidacy|application|candidature|process)"
        + r"(?: [\w&'-]+){0,6} (?:is|was|has come|came|comes) (?:now |therefore |sadly )?(?:at|to) an end\b",
    ),
    rule(
        "en.rejection.no_further_step_in_your", "rejection", "strong",
        r"\b(?:no|not (?:be )?(?:any|taking any)) (?:further|more|next) (?:steps?|stages?|rounds?|interviews?|progress)"
        + r"(?: [\w-]+){0,3} (?:in|on|for|with|regarding) (?:your|this) (?:application|candidacy|candidature|process)"
        + r"\b(?! (?:until|before|required|needed|is required|are required|are needed|needed from you|for now|yet|at the moment|right now|just yet|this week))",
    ),
    rule(
        "en.rejection.extend_the_position_to_a", "rejection", "strong",
        r"\b(?:extend\w*|offer\w*|giv\w+|gave|award\w*|hand\w*) (?:the|this|that|our) (?:[\w-]+ ){0,2}?(?:"
        + r"position|role|post|job|spot|seat|place|contract|appointment) to (?!you\b)(?:"
        + any_of(
            r"(?:a|an|one|our|someone|somebody) (?:[\w-]+ ){0,3}?(?:from|who|whose|at|in|with|already)\b",
            r"another|a different|an? (?:[\w-]+ ){0,2}?(?:candidate|applicant|person|colleague|finalist|hire)",
            r"someone|somebody|one of (?:the|our) other|the other|an internal|an external",
            r"our (?:internal|existing|current)",
        )
        + r")",
        negatable=True,
    ),
    rule(
        "en.rejection.promoted_someone_into_the_role", "rejection", "strong",
        r"\bpromot\w+ (?!you\b|your\b)(?:[\w'-]+,? ){1,12}?(?:to|into|for) (?:the|this|that) (?:[\w-]+ ){0,3}?(?:"
        + r"role|post|position|job|vacancy|opening|seat|spot|place)\b(?! (?:of|as) (?:hiring|interview|recruit|point|contact|panel))",
        negatable=True,
    ),
    rule(
        "en.rejection.we_selected_someone_for_the", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"we|we've|we have|they|they've|they have",
            r"the (?:team|client|panel|company|hiring manager) (?:has|have)",
        )
        + r")(?: now| just| since| already| finally| ultimately)* (?:selected|chosen|hired|appointed|found|identified|picked) (?:"
        + r"someone|somebody|a candidate|an applicant|a person|another person|our (?:new )?\w+)"
        + r" for (?:the|this|that) (?:[\w-]+ ){0,2}?(?:role|post|position|job|vacancy|opening)\b",
    ),
    rule(
        "en.rejection.completed_our_search", "rejection", "medium",
        r"\b(?:completed|concluded|finished|wrapped up|closed) (?:our|the|its|their) (?:[\w-]+ )?(?:"
        + r"search|recruitment|hiring process|selection process|recruiting)\b",
    ),
    rule(
        "en.rejection.position_accepted_by_another", "rejection", "strong",
        r"\b(?:position|role|post|job|offer|spot|place|vacancy|opening)"
        + r"(?: [\w-]+){0,4} (?:has|have|was|were|'s)(?: now| already| since)*(?: been)?(?: offered to and)? accepted by (?!you\b)(?:"
        + r"another|a|an|one|the other|someone|somebody|our|[\w'-]+ (?:from|who|in|at))\b",
    ),
]
# The closing of a refusal that never says "no": "We would like to thank you for your
# interest and your time. We wish you all the best in your future endeavors."
# Medium only: a doubtful rejection that the user confirms.
PHRASES += [
    rule(
        "en.rejection.best_in_future_endeavours", "rejection", "medium",
        r"\b(?:wish|wishing) you (?:(?:all )?the (?:very )?best|(?:every |much |great )?success|(?:the best of |good )?luck)"
        + r"(?: of luck)? (?:in|with|for) (?:all )?(?:your|any) (?:future|further) (?:endeavou?rs?|pursuits)\b",
    ),
]
# An application service's refusal (real-mail round 5): "On this occasion, the provider
# is not offering you a place on this course." A refusal over pay is medium: it may
# open a negotiation, so the user confirms it.
PHRASES += [
    rule(
        "en.rejection.not_offering_you_a_place", "rejection", "strong",
        r"\b(?:not (?:be )?offering|(?:cannot|can't|can not|unable to|not able to|won't be able to|will not be able to) offer)"
        + r" you (?:a|the) (?:place|position|role|job|post)\b",
        void_if_deferred=True,
    ),
    rule(
        "en.rejection.cannot_meet_your_pay", "rejection", "medium",
        r"\b(?:can't|cannot|can not|unable to|not able to|won't be able to|will not be able to|"
        + r"(?:don't|do not) (?:believe|think) (?:that )?we (?:can|could|are able to)) meet your "
        + r"(?:compensation|salary|pay|rate|financial) (?:requirements|expectations|needs|ask|request)\b",
    ),
]
# Places on a course or in an intake filled (real-mail round 6): "We have now filled all
# the places on this course", "There are no more places for Drama at …", "The places
# filled up while we were waiting for your references".
PHRASES += [
    rule(
        "en.rejection.places_filled", "rejection", "strong",
        r"\b(?:have|has|had) (?:now |already )?filled (?:all )?(?:the|our) places\b",
        r"\b(?:the|all the|our) places (?:have |had )?(?:now )?filled up\b",
        r"\bthere are no (?:more )?places (?:left )?(?:for|at) (?!(?:the |this |that |your )?(?:\w+ )?"
        + r"(?:session|slot|webinar|event|interview|call|workshop)s?\b)",
    ),
]
