"""English phrase rules (rejection ones in phrases_en_rejection): see rule.py.

Patterns run on lower-cased text with single spaces and straight quotes.
Each rule has a stable name, its alternatives one per line, and named
switches (`void_if_deferred=True` …) saying when a match does not count;
`kind` marks a courtesy ("thanks for your note": an acknowledgment only when
nothing is handed over), a recruiter's pitch about another job, or a
confirmation of something arranged (its pattern also holds the survey
words): the last two outweigh meeting words when nothing is asked.
"""

from ...rule import Rule, any_of, rule
from .phrases_ending import ENDING
from .phrases_rejection import PHRASES as REJECTION
from .phrases_verdict import VERDICTS

_MEETING = (r"(?:interview|round|call|conversation|meeting|chat|discussion|assessment|visit|"
            r"stage|session|onsite|on-site|presentation|screen|panel)")
# "...meet you again in the future / at the event / on our careers page": not an invitation to this process
_SEE_YOU_ELSEWHERE = (
    r" (?:"
    + any_of(
        r"apply|re-?apply|again in|in (?:the )?future|at (?:a )?future|around|back in the future",
        r"on (?:our|the) (?:careers|jobs)|there\b",
        r"at (?:the|our|this) (?:event|evening|talk|session|meetup|fair|party|open house|reception|launch)",
        r"at (?:one of |any of )?(?:our|the|an?) (?:[\w-]+ )?(?:events|fairs|open days|sessions)",
    )
    + r")"
)
_WEEKDAY = (r"(?:"
+ any_of(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri",
    r"tomorrow|next week|this week|later this week|early next week",
)
+ r")")
# People a candidate is brought to meet in a later round.
_SENIOR = (r"(?:"
+ any_of(
    r"ceo|cto|coo|cfo|cpo|cmo|vp|svp|evp|founders?|co-?founders?|director|head|partners?|president",
    r"manager|hiring manager|lead|chief|principal|owner|team|leadership|board|panel|supervisor|boss",
    r"district manager|gm|general manager|md|managing director",
)
+ r")")
_MONTH = (r"(?:(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? )?(?:"
+ any_of(
    r"january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]",
    r"the new year|next (?:month|quarter|year)|(?:a|two|three|four|few|couple of|\d+) (?:weeks|months)",
)
+ r")")

PHRASES: list[Rule] = REJECTION + ENDING + VERDICTS + [
    # ---- next step -------------------------------------------------------
    rule(
        "en.next_step.invite_to_interview", "next_step", "strong",
        r"\b(?:invite|inviting|invitation|(?:has|have|had|'ve) invited) (?:you )?(?:to|for) (?:an? |the |our |your )?(?:(?:"
        + any_of(
            r"second|2nd|third|3rd|next|final|follow[- ]up|further|technical|onsite|on-site|in-person|panel",
            r"virtual|video|last|additional|another|hiring manager|team|culture|case|coding|leadership|round",
            r"one|two|three|\w+-round",
        )
        + r") )*"
        + _MEETING,
    ),
    rule(
        "en.next_step.like_to_schedule", "next_step", "strong",
        r"\b(?:like|love|want|keen|happy|pleased|excited|delighted|glad|able) to (?:"
        + any_of(
            r"schedule|arrange|set up|book|organi[sz]e|invite you",
            r"have you (?:back|in(?! (?:the |a )?future\b)|meet|come|join|speak|talk)|bring you (?:back|in|onsite|on-site|to)|move you",
            r"advance you|progress you|meet (?:with )?you (?:again|in person|onsite)",
            r"continue (?:the|our) (?:conversation|discussion|process)|take (?:the|your) (?:next|application)",
        )
        + r")",
    ),
    rule(
        "en.next_step.move_to_next_round", "next_step", "strong",
        r"\b(?:move|moving|advance|advancing|progress|progressing|proceed|proceeding|invite|inviting) (?:you |your application |your candidacy )?"
        + r"(?:forward |ahead |on )?(?:to|into|with) (?:the )?(?:next|final|second|following|last) (?:round|stage|step|phase|interview)",
    ),
    rule(
        "en.next_step.move_forward_with_you", "next_step", "strong",
        r"\b(?:move|moving|go|going) (?:forward|ahead) with (?:you\b|your (?:application|candidacy))",
    ),
    rule(
        "en.next_step.send_availability", "next_step", "strong",
        r"\b(?:"
        + any_of(
            r"send|share|provide|let (?:us|me) know|tell (?:us|me)|confirm|give (?:us|me)|suggest|propose",
            r"offer",
        )
        + r")(?: over)? (?:us |me )?(?:your|some|a few|two|three|2|3|several|good)? ?(?:"
        + any_of(
            r"availability|available (?:times|slots|dates)|times? (?:that )?(?:work|suit)s?|convenient times?",
            r"(?:time )?slots?|times you (?:are|would be) (?:available|free)",
        )
        + r")",
    ),
    rule(
        "en.next_step.would_you_be_available", "next_step", "strong",
        r"\b(?:would|will|could|might) you be (?:available|free|able to (?:join|attend|meet|come|do|make it))\b",
        r"\bwhen (?:would|will|are|might) you (?:be )?(?:available|free)\b",
        r"\bare you (?:available|free) (?:on|for|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|at|to|between|in)\b",
    ),
    rule(
        "en.next_step.what_time_work", "next_step", "strong",
        r"\bwhat (?:times?|days?|dates?|slots?) (?:would |will |might )?(?:work|suit)s?\b",
        r"\b(?:pick|choose|select|book|grab) (?:a|your|an?) (?:time|slot|date)",
    ),
    rule(
        "en.next_step.does_it_suit_you", "next_step", "medium",
        r"\b(?:does|would|will|could) (?:\w+ ){0,4}(?:work|suit) (?:for )?you\b",
    ),
    rule(
        "en.next_step.like_you_to_meet", "next_step", "strong",
        r"\b(?:like|love|want) you to (?:meet|come (?:in|back|onsite|to)|join us for|speak|talk|complete|do|interview|present)",
    ),
    rule(
        "en.next_step.next_step_is_described", "next_step", "strong",
        r"\b(?:next|final|last|second|third|following|remaining|one more|another)"
        + r" (?:step|round|stage|hurdle|part of the process) (?:is|will be|would be|involves|consists of) (?:a|an|the|to|for you to|\w+ing)\b",
    ),
    rule(
        "en.next_step.moving_to_reference", "next_step", "strong",
        r"\b(?:moving|move|moved|proceed|proceeding|going|go|ready) (?:on )?to (?:the )?(?:"
        + any_of(
            r"references?|reference checks?|(?:the )?next (?:stage|step|round)",
            r"(?:the )?final (?:round|interviews?|stage)|an? (?:onsite|on-site|final)",
        )
        + r")",
    ),
    rule(
        "en.next_step.which_is_better_for_you", "next_step", "medium",
        r"\b(?:which|what)(?: \w+)? (?:is|works|would be|suits) (?:better|best|easier) for you\b",
        r"\bwhat (?:works|suits) (?:best )?for you\b",
    ),
    rule(
        "en.next_step.complete_the_exercise", "next_step", "strong",
        r"\b(?:complete|do|take|submit|work on|have a go at) (?:the|a|an|our|this|a short|a brief) (?:[\w-]+ ){0,2}(?:"
        + r"exercise|assignment|assessment|test|task|challenge|case study|work sample)\b",
        void_if_done=True,
    ),
    rule(
        "en.next_step.conduct_reference_check", "next_step", "strong",
        r"\b(?:conduct|run|do|start|begin|carry out) (?:a |the |some )?(?:reference|background) checks?\b",
    ),
    rule(
        "en.next_step.could_you_do_a_call", "next_step", "strong",
        r"\b(?:(?:could|can|would) you|you (?:could|can|would be able to|might be able to))"
        + r" (?:do|join|make|jump on|hop on|attend|take) (?:a|an|another|the) (?:\w+ ){0,3}(?:call|interview|chat|meeting|conversation|session|video call)",
    ),
    rule(
        "en.next_step.calendly", "next_step", "medium",
        r"\bcalendly\b",
        r"\b(?:scheduling|booking|calendar|interview) link\b",
        r"\bgoodtime\b",
    ),
    rule(
        "en.next_step.reschedule_interview", "next_step", "strong",
        r"\b(?:reschedule|re-schedule|rearrange|postpone|move|push|shift|change|bring forward)"
        + r" (?:the |our |your |this |tomorrow's |\w+'s )?(?:\w+ )?(?:interview|call|meeting|chat|conversation|appointment|session|onsite)",
    ),
    rule(
        "en.next_step.interview_rescheduled", "next_step", "strong",
        r"\b(?<!decision )(?<!debrief )(?<!committee )(?<!board )(?<!calibration )(?:interview|call|meeting|chat|appointment|onsite|session)s?(?: \w+){0,4} (?:"
        + r"rescheduled|re-scheduled|moved|postponed|pushed back|brought forward|rearranged)\b",
        # "A new interview invitation will be sent to you soon" after a cancelled interview (real-mail round 60)
        r"\b(?:a )?new (?:interview |meeting )?invitation (?:will be|is being) sent\b",
        r"\bwe will send you a new (?:interview |meeting )?(?:invitation|time|slot|date)\b",
    ),
    rule(
        "en.next_step.another_time", "next_step", "medium",
        r"\b(?:new|another|different|alternative|later|earlier) (?:time|date|slot|day)s?\b",
        r"\b(?:could|can) we (?:move|push|shift|do|meet|find)",
    ),
    rule(
        "en.next_step.take_home_assignment", "next_step", "strong",
        r"\b(?:take[- ]home|coding|technical|case|skills?|online|written|home|practical|work sample)"
        + r" (?:assignment|exercise|challenge|test|task|assessment|study|project)\b",
        void_if_done=True,
    ),
    rule(
        "en.next_step.hackerrank", "next_step", "medium",
        r"\bhackerrank",
        r"\bcodility",
        r"\bcodesignal",
        r"\btestgorilla",
        r"\bassessment link",
        void_if_done=True,
    ),
    rule(
        "en.next_step.provide_reference", "next_step", "strong",
        r"\b(?:"
        + any_of(
            r"provide|send|share|supply|list|contact details for|names? of|details (?:of|for)",
            r"contact information for|reach out to|contact|speak (?:to|with)",
        )
        + r") (?:us |me )?(?:with )?(?:two|three|2|3|a few|some|your|the)? ?(?:professional )?references?\b",
        r"\breference checks?\b",
        r"\breferees?\b",
    ),
    rule(
        # An application service's notice (real-mail round 5): "You have an interview with X about your application".
        "en.next_step.you_have_an_interview_with", "next_step", "strong",
        r"\byou have an interview (?:with|at)\b",
    ),
    rule(
        "en.next_step.schedule_a_interview", "next_step", "strong",
        r"\b(?:schedule|book|set up|arrange|organi[sz]e|plan) (?:a|an|the|your|our|a quick|a short) (?:\w+ ){0,2}(?:"
        + r"interview|call|meeting|chat|conversation|onsite|visit|session|round|stage)s?\b",
    ),
    rule(
        "en.next_step.your_application_has_been_shortlisted", "next_step", "strong",
        r"\byour (?:application|profile|cv|resume|candidacy) (?:has been|was|is) (?:short ?listed|short-listed|selected) for (?:a |an |the )?(?:"
        + r"call|interview|phone screen|conversation|chat)",
    ),
    rule(
        "en.next_step.you_have_been_shortlisted", "next_step", "strong",
        r"\b(?:you have been|you've been|you were|you are|you have|you've) (?:"
        + any_of(
            r"shortlisted|short-listed|selected (?:for|to)|invited|chosen (?:for|to)|advanced|moved forward",
            r"progressed|passed",
        )
        + r")",
    ),
    rule(
        "en.next_step.second_round_with", "next_step", "strong",
        r"\b(?:second|2nd|third|3rd|final|onsite|on-site|next|last) (?:round|interview|stage)s? (?:interview )?(?:with|at|on|is|will)",
    ),
    rule(
        "en.next_step.second_round", "next_step", "weak",
        r"\b(?:second|2nd|third|3rd|final|onsite|on-site|panel|in-person) (?:round|interview)s?\b",
    ),
    rule(
        "en.next_step.meet_the_team", "next_step", "medium",
        r"\bmeet (?:the team|with (?:our|the) (?:team|ceo|cto|founders?|hiring manager|vp|director|head))",
    ),
    rule(
        "en.next_step.next_round", "next_step", "weak",
        r"\bnext (?:round|stage|step|steps|phase)\b",
    ),
    rule(
        "en.next_step.move_forward", "next_step", "weak",
        r"\b(?:move|moving) forward\b",
    ),
    rule(
        "en.next_step.availability", "next_step", "weak",
        r"\bavailability\b",
        r"\breferences\b",
    ),
    # "Would you be open to a 45-minute final conversation with our VP?": the stage, asked.
    rule(
        "en.next_step.would_you_be_open_to", "next_step", "strong",
        r"\bwould you be (?:open|available|up) (?:to|for) an? (?:[\w-]+ ){0,3}?(?:final|second|third|follow-up|next|last) (?:"
        + r"conversation|interview|call|chat|round|meeting|discussion)\b",
    ),
    # "Decisions are expected within three weeks. You will be notified of the outcome."
    rule(
        "en.pending.decision_expected_within", "pending", "strong",
        r"\b(?:decisions?|outcomes?|results?) (?:is |are )?(?:expected|due|anticipated|likely) (?:within|by|in|before|early|at the end of)\b",
        r"\byou will be (?:notified|informed|told|advised) (?:\w+ ){0,2}of the (?:outcome|result|decision)\b",
    ),
    rule(
        "en.next_step.take_home_next", "next_step", "medium",
        r"\bnext up (?:is|will be|would be|:)",
        r"\b(?:a|the|our|this|short|small|quick|brief) take[- ]home\b",
        void_if_done=True,
    ),
    # The employer's own decision meeting moved: a delay, not the reader's meeting.
    rule(
        "en.pending.decision_meeting_postponed", "pending", "strong",
        r"\b(?:decision|debrief|wash-?up|calibration|hiring committee|committee|panel's|board)"
        + r" (?:meeting|session|discussion|call)s?(?: \w+){0,3} (?:was |has been |is |got |had to be )?(?:"
        + r"postponed|moved|pushed(?: back)?|delayed|rescheduled|put back)",
    ),
    rule(
        "en.offer.revised_offer", "offer", "medium",
        r"\b(?:revised|updated|improved|amended|adjusted) (?:offer|letter|package|terms|contract)\b",
        r"\badd (?:a |an )?(?:[$£€]?[\w,.]+ )?(?:signing|sign-on|joining|relocation) bonus\b",
    ),
    # ---- next step: meeting people, coming in, calendars ----------------
    rule(
        "en.next_step.can_you_come_in", "next_step", "strong",
        r"\b(?:can|could|would|will) you (?:be able to )?(?:come|pop|swing|stop|drop) (?:in|by|over|back|into|down)\b",
        r"\b(?:come|pop|swing|stop) (?:in|by|over) (?:to|for) (?:meet|see|chat|talk|a (?:chat|conversation|coffee|visit))",
    ),
    rule(
        "en.next_step.what_does_your_week_look", "next_step", "strong",
        r"\b(?:what|how) does your (?:week|calendar|schedule|diary|availability|next week|afternoon|morning|\w+day) look\b",
        r"\bhow(?:'s| is| are) your (?:calendar|schedule|diary|availability|week)\b",
        r"\bwhat(?:'s| is) your (?:availability|schedule) like\b",
    ),
    rule(
        "en.next_step.let_me_know_when_works", "next_step", "strong",
        r"\blet (?:me|us) know when (?:works|suits|would work|is good|you(?:'re| are) (?:free|around|available))",
        r"\bwhen (?:works|suits|is good|would (?:work|suit)) (?:best )?for you\b",
        r"\bwhen (?:works|suits)(?: best)?\s*\?",
        r"\bwhen (?:could|can|would) you (?:come|meet|talk|speak|chat|do|join|make it|pop)",
    ),
    rule(
        "en.next_step.get_you_in_front_of", "next_step", "strong",
        r"\b(?:get|bring|have|invite) you (?:back )?(?:"
        + any_of(
            r"in front of|in to (?:meet|see|talk)|together with|on a call with|to meet|over to meet|in for",
            r"back for|back to meet",
        )
        + r") (?:our |the |my |a |some |one of )?(?:\w+ ){0,2}(?:"
        + _SENIOR
        + r"|team|folks|people|colleagues|chat|conversation|round|interview|visit)",
    ),
    rule(
        "en.next_step.want_to_meet_you", "next_step", "strong",
        r"\b(?:wants?|would like|'d like|would love|'d love|keen|eager|asked|hoping|hopes) to (?:"
        + any_of(
            r"meet|see|speak (?:with|to)|talk (?:with|to)|chat (?:with|to)|sit down with",
            r"have a (?:chat|word|call|conversation) with",
        )
        + r") you\b(?!"
        + any_of(
            r" (?:about|regarding) (?:another|other|a different|some other|an? (?:new|exciting))",
            _SEE_YOU_ELSEWHERE,
        )
        + r")",
    ),
    rule(
        "en.next_step.our_ceo_want_to_meet", "next_step", "strong",
        r"\b(?:our|the|my) (?:\w+ ){0,2}"
        + _SENIOR
        + r"(?: \w+){0,3} (?:wants?|would like|'d like|would love|'d love|is keen|is eager|asked|hopes|is hoping)"
        + r" to (?:meet|see|speak|talk|chat|sit down)(?: (?:with|to))? you\b",
    ),
    rule(
        "en.next_step.introduce_you_to_our_ceo", "next_step", "strong",
        rf"\bintroduce you to (?:our|the) (?:\w+ ){{0,2}}{_SENIOR}\b",
        r"\b(?:meet|speak with|talk (?:to|with)|chat with|sit down with|spend (?:some )?time with) (?:our|the) (?:\w+ ){0,2}"
        + _SENIOR
        + r"(?: \w+){0,4} (?:next|this|on|tomorrow|in person|onsite|as (?:a|the) (?:next|final))",
    ),
    rule(
        "en.next_step.through_to_next_round", "next_step", "strong",
        r"\b(?:you're|you are|you've|you have) (?:made it |got |gotten |been put )?(?:through )?(?:to|into) the (?:"
        + r"next|final|second|third|last|onsite|on-site|technical|panel) (?:round|stage|phase|interview)",
        r"\bmade it (?:through )?(?:to|into) the (?:next|final|second|third|last|onsite) (?:round|stage|phase)",
    ),
    rule(
        "en.next_step.move_you_to_onsite_round", "next_step", "strong",
        r"\b(?:move|moving|moved|advance|advancing|progress|progressing|invite|inviting) you (?:forward |ahead |on |through )?(?:to|into) (?:the |an? |our )?(?:"
        + r"onsite|on-site|panel|technical|in-person|hiring manager|final|case|presentation|team) (?:round|stage|interview|loop|day)",
    ),
    rule(
        "en.next_step.slot_for_the_interview", "next_step", "strong",
        r"\b(?:slots?|times?|dates?|windows?|availability) (?:for|to schedule) (?:the|a|an|your|our) (?:[\w-]+ ){0,2}(?:"
        + r"interview|call|meeting|conversation|chat|round|onsite|visit|presentation)",
    ),
    rule(
        "en.next_step.personality_assessment_link", "next_step", "strong",
        r"\b(?:"
        + any_of(
            r"personality|psychometric|aptitude|cognitive|behaviou?ral|situational judg(?:e)?ment|numerical",
            r"verbal|logical|reasoning|skills|language|technical|online|video",
        )
        + r") (?:assessment|test|questionnaire|evaluation|screening|interview)s? (?:link|invitation|invite|at|via|using|by|before|within|on)\b",
        void_if_done=True,
    ),
    rule(
        "en.next_step.present_case", "next_step", "medium",
        r"\b(?:present|deliver|give|prepare|walk us through|walk the team through) (?:a |an |your )?(?:short |brief |quick |\d+[- ]minute )?(?:"
        + r"case|presentation|pitch|demo|portfolio (?:review|walkthrough)|talk|deck|proposal|plan)\b",
        void_if_done=True,
    ),
    rule(
        "en.next_step.hirevue", "next_step", "medium",
        r"\b(?:"
        + any_of(
            r"hirevue|coderpad|coderbyte|testdome|devskiller|karat|mettl|pymetrics|harver|vervoe|wonderlic",
            r"criteria corp|shl\.com|talentlens|qualified\.io|hackerearth|imocha|willo|spark hire|sparkhire",
        )
        + r")\b",
        void_if_done=True,
    ),
    rule(
        "en.next_step.cal_com", "next_step", "medium",
        r"\b(?:"
        + any_of(
            r"cal\.com|savvycal|youcanbook\.me|zcal|calendar\.app\.google|meetings\.hubspot\.com|chilipiper",
            r"doodle\.com|outlook\.office365\.com/(?:book|owa/calendar)|bookings",
        )
        + r")\b",
        r"\b(?:book|grab|pick|choose|reserve) (?:a |your |an? )?(?:time|slot|spot)\b",
    ),
    rule(
        "en.next_step.your_references", "next_step", "medium",
        r"\byour (?:\w+ )?references\b",
        r"\bbackground (?:check|screening|verification)\b",
    ),
    rule(
        "en.next_step.want_you_back_for", "next_step", "strong",
        r"\b(?:want|wants|like|love|invite|invites|inviting|asked|asking) (?:to have )?you back (?:for|to|in)\b",
        r"\b(?:have|see|get) you back (?:in|for|to meet|on site|onsite)\b",
    ),
    rule(
        "en.next_step.want_a_second_conversation", "next_step", "strong",
        r"\b(?:wants?|would like|'d like|suggest\w*|propos\w*|requested|asked for|keen on|open to) (?:to (?:have|do|set up|arrange|schedule|book) )?(?:a|an) (?:"
        + r"second|follow[- ]up|further|another|final|next|third|deeper|longer|in-person|face-to-face)"
        + r" (?:conversation|chat|call|interview|meeting|round|discussion|session|look)",
    ),
    rule(
        "en.next_step.send_you_a_few_slots", "next_step", "strong",
        r"\b(?:send|share|email|give) you (?:a few|some|several|two|three|a couple of|my|our|the)"
        + r" (?:\w+ )?(?:slots|times|options|dates|availability|time slots)\b",
        r"\blet (?:me|us) know which (?:one |option |slot |time |day )?(?:suits|works|is better|you prefer|would suit|would work)",
    ),
    rule(
        "en.next_step.former_manager_who_can_speak", "next_step", "strong",
        r"\b(?:former|previous|past|current|recent) (?:managers?|supervisors?|line managers?|bosses|colleagues|employers?|clients)"
        + r" (?:who|that) (?:can|could|would be able to) (?:speak|vouch|comment|talk)",
        r"\bcontact details (?:for|of) (?:two|three|a couple of|2|3) (?:former|previous|past)",
    ),
    rule(
        "en.next_step.send_your_solution_by", "next_step", "strong",
        r"\b(?:send|submit|return|share|upload|email) (?:us |me )?(?:your|the|it|them) (?:\w+ )?(?:"
        + r"solution|answers|work|responses|submission|deliverables?|completed (?:task|exercise|brief|case))"
        + r"(?: back)? (?:by|within|before|no later than|at the latest)\b",
        void_if_done=True,
    ),
    rule(
        "en.next_step.set_you_up_with_our", "next_step", "strong",
        rf"\b(?:set|line|hook) you up (?:with|for) (?:our|the|a|an|my) (?:\w+ ){{0,3}}(?:{_SENIOR}|interview|call|chat|conversation|session|round)\b",
        r"\b(?:windows|openings in your calendar|free slots) (?:that )?(?:work|suit)\b",
    ),
    rule(
        "en.next_step.propose_monday", "next_step", "strong",
        r"\b(?:"
        + any_of(
            r"propose|suggest|pencil(?:led)? in|penciled in|tentatively (?:booked|scheduled|holding)|hold",
            r"how about|what about",
        )
        + r") (?:you )?(?:for )?(?:\w+ ){0,2}(?:"
        + _WEEKDAY
        + r"|the \d{1,2}(?:st|nd|rd|th))\b",
    ),
    rule(
        "en.next_step.interested_in_a_second_interview", "next_step", "strong",
        r"\binterested in (?:a|an|the) (?:second|next|final|follow[- ]up|further|technical|onsite|on-site|in-person)"
        + r" (?:interview|round|call|conversation|meeting|chat|stage)\b",
        r"\b(?:schedule|book|find|grab|pick|set up|carve out) (?:a |some )?time (?:"
        + any_of(
            r"to (?:meet|talk|speak|chat|connect)",
            r"for (?:a|an|the|your|our) (?:\w+ )?(?:interview|call|chat|conversation|meeting)",
        )
        + r")",
    ),
    rule(
        "en.next_step.invitation_sent_for_next_round", "next_step", "strong",
        r"\b(?:sent|sending|send|forwarded) (?:you )?(?:a |an )?(?:calendar |teams |zoom |meeting )?invit\w* for (?:our|the|a|an|your) (?:"
        + r"next|second|follow[- ]up|final|third|technical|panel|onsite|on-site)\b",
    ),
    rule(
        "en.next_step.like_one_more_call", "next_step", "strong",
        r"\b(?:like|love|want|need|have|do|schedule|arrange|set up|book) (?:to (?:have|do|schedule|arrange) )?(?:"
        + r"one more|another|a further|an additional|a final|one last) (?:[\w-]+ ){0,2}(?:call|chat|conversation|interview|round|meeting|session|discussion)\b",
    ),
    rule(
        "en.next_step.when_suits_you", "next_step", "strong",
        r"\bwhen(?:'s| is| are you| would be) (?:good|best|convenient|a good time)(?: for you)?\b",
        r"\b(?:next|next up|up next) (?:is|will be|would be|:) (?:a|an) (?:[\w-]+ ){0,2}(?:"
        + r"chat|call|interview|conversation|meeting|round|session|assessment|exercise|test)\b",
    ),
    rule(
        "en.next_step.move_it_to_monday", "next_step", "strong",
        r"\b(?:move|push|shift|bump|reschedule|change) (?:it|this|that|things|the time) (?:back )?(?:to|until|till) (?:"
        + r"monday|tuesday|wednesday|thursday|friday|next|tomorrow|the \d|later|earlier)",
    ),
    rule(
        "en.next_step.like_to_interview_you", "next_step", "strong",
        r"\b(?:like|love|want|wants|keen|hoping|hope) to (?:[\w-]+ )?(?:interview|assess|test|meet|see|host|invite) you\b(?!"
        + any_of(
            r" (?:for|about) (?:another|a different|other|a new)",
            _SEE_YOU_ELSEWHERE,
        )
        + r")",
        r"\b(?:reply|respond|come back to (?:me|us)|get back to (?:me|us)) with (?:your |the |some |a few )?(?:availability|days|times|dates|slots)\b",
        r"\bdays (?:you're|you are|that you are|you'd be) (?:available|free)\b",
    ),
    rule(
        "en.next_step.send_invite_for", "next_step", "strong",
        r"\b(?:send|sending|sent|share|sharing) (?:you )?(?:an? |the |some )?(?:calendar |meeting |teams |zoom )?"
        + r"invit(?:e|es|ation|ations) (?:for|over|to)\b(?! (?:our|the|a) (?:webinar|event|open|newsletter|talent|community))",
    ),
    rule(
        "en.next_step.two_references", "next_step", "strong",
        r"\b(?:two|three|2|3|2-3|2 or 3|two or three|a couple of|a few) (?:professional |work |employment )?(?:references|referees)\b",
        r"\b(?:people|someone|somebody|contacts|names) (?:i|we) (?:can|could|may) (?:call|contact|speak to|reach)\b",
    ),
    rule(
        "en.next_step.one_more_chat_with_our", "next_step", "strong",
        r"\b(?:one more|another|one last|a final) (?:short |quick |brief )?(?:chat|call|interview|round|conversation|meeting|session)"
        + r" with (?:our|the|a|an|my) (?:\w+ ){0,2}"
        + _SENIOR
        + r"\b",
    ),
    # ---- offer -----------------------------------------------------------
    rule(
        "en.offer.pleased_to_offer_you", "offer", "strong",
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad|honou?red) to (?:formally |officially )?(?:offer|extend|make|present|share)"
        + r" (?:you )?(?:an? |the |our |this |your )?(?:[\w-]+ ){0,4}(?:offer|position|role|job|post)\b",
    ),
    rule(
        # A grant, a credit or a place given: "we are pleased to inform you that a framework credit of CHF 12'000
        # has been approved" (real-mail round 45).
        "en.offer.award_granted", "offer", "strong",
        r"\b(?:pleased|delighted|happy|glad) to (?:inform|tell|let) you (?:know )?that (?:a|an|your|the) (?:[\w'-]+ ){0,6}?"
        + r"(?:grant|credit|funding|scholarship|bursary|award|fellowship|stipend|place|application)\b[^.!?\n]{0,40}?"
        + r" (?:has|have) been (?:approved|awarded|granted|accepted)\b",
    ),
    rule(
        "en.offer.offer_you_position", "offer", "strong",
        r"\b(?:offer|offering) you (?:the |a |this |our )?(?:[\w-]+ ){0,4}(?:position|role|job|post|opportunity to join|employment|place|spot|seat)\b",
    ),
    rule(
        "en.offer.love_you_join_as", "offer", "strong",
        r"\b(?:love|like|want|happy|excited|thrilled|delighted)"
        + r"(?: for)? (?:you|to have you) (?:to )?(?:join|come aboard|come on board)(?: us| the team| our team| [\w&-]+)?(?: as\b|!|\.|,)",
    ),
    rule(
        "en.offer.move_forward_with_an_offer", "offer", "strong",
        r"\b(?:move|moving|go|going) (?:forward|ahead) with (?:an|the|a formal|a written|our|a verbal) offer\b",
    ),
    rule(
        "en.offer.confirm_whether_you_accept", "offer", "medium",
        r"\b(?:confirm|let (?:us|me) know) (?:whether|if) you(?: would like to| wish to| want to)? accept\b",
    ),
    rule(
        "en.offer.formal_offer", "offer", "strong",
        r"\b(?:formal|written|official|verbal|revised|updated|conditional|provisional|unconditional|firm|final|job|employment) offer\b",
        r"\boffer (?:letter|package|details|documents?|paperwork|terms|of employment)\b",
    ),
    rule(
        "en.offer.extend_offer", "offer", "strong",
        r"\b(?:"
        + any_of(
            r"extend|extending|make|making|send|sending|prepare|preparing|attached|enclosed|attaching",
            r"find attached|here is|here's|finali[sz]e|finali[sz]ing|draft|drafting|put together",
            r"putting together|revise|revising|review",
        )
        + r") (?:you |is |you an |your |our |the |over )?(?:an? |the |your |our )?(?:formal |written |official |revised |updated |final |verbal |conditional )?"
        + r"(?:job |employment )?offer\b",
    ),
    rule(
        "en.offer.sign_contract", "offer", "strong",
        r"\b(?:sign|signing|countersign|e-sign)(?: and return)? (?:the |your )?(?:\w+ )?(?:contract|agreement|offer)",
        r"\bdocusign\b",
        r"\badobe sign\b",
        r"\bhellosign\b",
        r"\be-?signature\b",
    ),
    rule(
        "en.offer.accept_the_offer", "offer", "medium",
        r"\baccept(?:ing)? (?:the|this|our|your) offer\b(?! (?:from|of) (?:another|a different))",
    ),
    rule(
        "en.offer.welcome_aboard", "offer", "medium",
        r"\bwelcome (?:you )?(?:aboard|on board|to (?:the|our) (?:[\w-]+ )?(?:team|family))\b",
    ),
    rule(
        "en.offer.start_date", "offer", "weak",
        r"\bstart(?:ing)? date\b",
        r"\bbase salary\b",
        r"\bcompensation (?:package|details)\b",
        r"\bsigning bonus\b",
        r"\bstock options\b",
        r"\bpaperwork\b",
        r"\bsalary (?:is|of|will be)\b",
        r"(?:[$£€] ?\d{2,3}(?:[,.]\d{3}|k)\b)",
    ),
    rule(
        "en.offer.congratulations", "offer", "weak",
        r"\bcongratulations\b",
    ),
    rule(
        "en.offer.confirm_our_offer", "offer", "strong",
        r"\b(?:confirm|confirming|confirmed|recap|recapping|summari[sz]e|summari[sz]ing|outline|outlining)"
        + r" (?:of )?(?:our|the|your|this|a|an) (?:[\w-]+ ){0,2}offer\b",
        r"\boffer summary\b",
    ),
    rule(
        "en.offer.the_offer_is_contingent", "offer", "strong",
        r"\b(?:the|this|our|your) offer (?:is|will be|remains|would be) (?:contingent|conditional|subject|valid|open|good|pending)\b",
        r"\b(?:the|this|our|your) offer (?:expires|stands)\b",
    ),
    rule(
        "en.offer.want_you_on_team", "offer", "strong",
        r"\b(?:want|like|love|'d love|would love|excited|thrilled|delighted|happy|keen)"
        + r" (?:to have |to get |to bring )?you (?:(?:on|onto|in) (?:the |our |my )?(?:team|crew|staff)|aboard|on ?board)\b",
        r"\b(?:bring|have|get|welcome) you (?:on ?board|aboard)\b",
    ),
    rule(
        "en.offer.you_got_the_job", "offer", "strong",
        r"\b(?:you(?:'ve| have)? got|you've landed|you landed|you've earned) the (?:job|role|position|gig)\b",
        r"\bthe (?:[\w-]+ ){0,3}(?:job|role|position|gig|spot|post) is (?:all )?yours\b",
    ),
    rule(
        "en.offer.reply_to_accept", "offer", "strong",
        r"\b(?:reply|respond|write back|sign|countersign) (?:\w+ ){0,2}to accept\b",
        r"\bto accept (?:the|this|our) (?:offer|position|role)\b",
        r"\b(?:accept|decline) (?:the|this|our) offer by\b",
    ),
    rule(
        "en.offer.like_you_to_become_our", "offer", "strong",
        r"\b(?:like|love|want|invite|ask) you to (?:become|be|join (?:us|the team|our team) as) (?:our|the|a) (?:next|new|first)\b",
        r"\bjoin (?:us|the team|our team) as (?:our|the) (?:next|new)\b",
    ),
    rule(
        "en.offer.you_re_our_pick", "offer", "strong",
        r"\b(?:you're|you are|you've been|you have been|you were) (?:our|the) (?:"
        + any_of(
            r"pick|choice|top choice|first choice|preferred (?:candidate|choice)",
            r"successful (?:candidate|applicant)|selected candidate|chosen candidate|unanimous choice",
        )
        + r")\b",
        r"\b(?:you've|you have|you) (?:been )?(?:selected|chosen|picked) (?:for|as) (?:the|our|this) (?:role|position|job|post)\b",
    ),
    rule(
        "en.offer.recommend_your_appointment_to", "offer", "strong",
        r"\b(?:recommend\w*|approv\w*|confirm\w*|offer\w*|pleased to (?:confirm|announce)) (?:you )?(?:your|the) appointment (?:to|as|for)\b",
        r"\bappointment to the (?:post|position|role) of\b",
    ),
    rule(
        "en.offer.want_to_hire_you", "offer", "strong",
        r"\b(?:wants?|would like|'d like|would love|'d love|decided|excited|going|keen|happy|ready|able) to (?:hire|bring on|appoint|onboard|employ) you\b",
    ),
    rule(
        "en.offer.if_you_are_happy_to_accept", "offer", "strong",
        r"\b(?:if|whether|once|when) you(?:'re| are)? (?:happy|willing|ready|able|keen|pleased) to accept\b",
        r"\bcontract (?:\w+ ){0,2}(?:drawn up|prepared|issued|to follow|will follow|will be (?:sent|issued|prepared|with you))\b",
    ),
    rule(
        "en.offer.days_holiday", "offer", "weak",
        r"\b\d+ days(?:'| of)? (?:holiday|vacation|pto|annual leave|paid time off)\b",
        r"\bstart(?:ing)? (?:on )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
        r"\b(?:plus|\+) (?:equity|bonus|stock)\b",
    ),
    rule(
        "en.offer.like_you_to_take_the", "offer", "strong",
        r"\b(?:like|want|love|invite|ask) you to (?:take|accept|fill|have|take on|step into) (?:the|this|our) (?:[\w-]+ ){0,3}(?:position|role|job|post)\b",
        r"\b(?:find|attached|enclosed|here(?:'s| is)) (?:is )?your (?:employment |job |new )?(?:contract|agreement)\b",
        r"\byour (?:employment )?contract (?:is )?(?:attached|enclosed)\b",
    ),
    rule(
        "en.offer.approved_the_offer", "offer", "strong",
        r"\b(?:approved|signed off(?: on)?|green-?lit|finali[sz]ed) (?:the|your|an|our) (?:\w+ )?(?:offer|hire|hiring|appointment)\b",
        r"\b(?:tell|let) (?:them|the client|the team|us) (?:know )?(?:that )?you(?:'re happy to| are happy to)? accept\b",
    ),
    rule(
        "en.offer.sign_and_return", "offer", "medium",
        r"\bsign and return\b",
        r"\bcountersign\w*\b",
    ),
    rule(
        "en.offer.love_you_to_start", "offer", "strong",
        r"\b(?:love|like|want|need|excited for|can't wait for) you to (?:start|begin|join(?: us)? on)\b",
        r"\byour (?:first day|start date) (?:will be|is|would be)\b",
    ),
    rule(
        "en.offer.bring_you_on_as", "offer", "strong",
        r"\bbring you on (?:as|to (?:the|our) team)\b",
        r"\b(?:offer|offering) you employment\b",
    ),
    rule(
        "en.offer.it_is_a_yes", "offer", "strong",
        r"\bit'?s a (?:yes|yes from (?:us|me|the team))\b",
        r"\b(?:we|the team|they|the client|everyone)(?: all)? (?:want|wants) you\b(?!(?: to| for| in| on| back| at)\b)",
    ),
    rule(
        "en.offer.decided_to_offer_you_the", "offer", "strong",
        r"\b(?:decided|pleased|delighted|happy|thrilled|glad|like|love|want|able|going|excited|proud)"
        + r" to (?:formally |officially )?offer you (?:the|a|this|our)\b",
        r"\b(?:we are|we're|i am|i'm) (?:now )?offering you (?:the|a|this|our)\b",
    ),
    # An application service's notices about an offer already made (real-mail round 5):
    # "X has deferred your offer to study …", "You have until 1 April to respond to your offer".
    rule(
        "en.offer.offer_deferred_or_awaiting_your_answer", "offer", "strong",
        r"\b(?:has|have) (?:deferred|reinstated) your (?:deferred )?offer\b",
        r"\byour offer has been (?:deferred|reinstated)\b",
        r"\byou have until [^.\n]{1,30}? to (?:respond to|accept|answer|decide on) (?:your|the|our) offers?\b",
        # The reader's own acceptance confirmed (real-mail round 7), not "accepted another offer".
        r"\byou(?: have|'ve) accepted (?!(?:an? )?(?:another|other)\b)[^.\n]{0,60}?\boffer\b",
    ),
    # ---- pending ---------------------------------------------------------
    rule(
        "en.pending.no_decision_has_been_made", "pending", "strong",
        r"\bno (?:final )?decisions? (?:has|have) (?:yet )?been (?:made|reached|taken)",
        r"\bno (?:final )?decision yet\b",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:yet )?(?:made|reached|taken|come to|arrived at) (?:a |any |our |the )?(?:final )?decision",
        r"\bdecision (?:has not|hasn't|is not|isn't) (?:yet )?(?:been )?(?:made|final|reached)",
        r"\bnot (?:yet )?(?:decided|finali[sz]ed)",
        negatable=False,
    ),
    rule(
        "en.pending.still_reviewing", "pending", "strong",
        r"\bstill (?:in the (?:process|middle|midst) of |actively )?(?:"
        + any_of(
            r"reviewing|evaluating|interviewing|considering|assessing|deliberating|finali[sz]ing|deciding",
            r"meeting|speaking|talking|gathering|collecting|working through|going through|completing",
            r"conducting|waiting|awaiting|in the process|in the middle|in the midst|discussing|comparing",
        )
        + r")",
    ),
    rule(
        "en.pending.process_ongoing", "pending", "strong",
        r"\b(?:process|search|decision|review|recruitment|timeline|decision-making)(?: process)? (?:is |are |has been )?(?:still )?(?:"
        + any_of(
            r"ongoing|underway|under way|in progress|taking (?:a bit |a little |slightly |somewhat )?longer",
            r"delayed|running (?:a bit |a little )?(?:behind|late|longer)|pushed back",
        )
        + r")",
    ),
    rule(
        "en.pending.will_answer_by_a_date", "pending", "strong",
        r"\b(?:will|'ll|should|expect to|hope to|plan to|aim to|intend to|going to) (?:be (?:able to )?)?(?:"
        + any_of(
            r"get (?:back )?to you|be in touch",
            r"reach out(?! to (?:them|him|her|your (?:references|referees)|those|each))|update you",
            r"let you know|follow up|come back to you",
            r"have (?:an update|more information|news|a decision|feedback|an answer|answers|a response|an outcome|the outcome|results|the results|next steps)",
            r"share (?:an update|more|our decision|feedback)|contact you|revert",
            r"make (?:a|our|the final) decision|decide|circle back",
            r"give you (?:an answer|an update|feedback|a decision|news|an outcome)",
        )
        + r")[^.\n]{0,40}?\b(?:"
        + any_of(
            r"by|next|early|end of|in (?:the )?(?:next|coming)",
            r"within (?:the next )?(?:a |one |two |three |\d+ )?(?:weeks?|months?)|shortly|(?<!as )soon",
            # not "as soon as I have something better aligned": another role, after a refusal (stress set 8)
            r"as soon as(?! (?:i|we) (?:have|find|hear (?:of|about)|come across) (?:something|anything|another|other"
            + r"|an?(?: \w+)? (?:role|opportunity|position)))",
            r"this week|on (?:monday|tuesday|wednesday|thursday|friday)|before",
            r"in (?:a|two|three|\d+) (?:days?|weeks?)",
        )
        + r")",
    ),
    rule(
        "en.pending.narrow_down_the_pool", "pending", "strong",
        r"\b(?:narrow(?:ing)? down|shortlisting|short-listing) (?:the|our) (?:\w+ )?(?:pool|field|list|candidates|shortlist)",
    ),
    rule(
        "en.pending.not_making_a_decision", "pending", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:yet )?(?:be )?(?:in a position to |able to |ready to )?(?:making|make|reach|reaching|taking|take)"
        + r" (?:a|any|the|our|their) (?:final )?decision"
        # Not a decision missed by a deadline that closed the application (real-mail round 5).
        + r"(?!(?: \w+){0,3} before (?:their|the|its|his|her) (?:\w+ )?deadline)",
        r"\bstill (?:very much )?in (?:the running|the mix|contention|the frame|the process)\b",
        r"\bstill on (?:the|our) (?:short ?list|list)\b",
        r"\bstill (?:being )?(?:considered|under consideration)\b",
        negatable=False,
    ),
    rule(
        "en.pending.narrow_it_down", "pending", "strong",
        r"\bnarrow(?:ing|ed)? (?:it|things|this|them|the \w+) down\b",
        # Not "you're waiting for X to make a decision" nor "waiting for a decision about
        # another course": an application service's line about the reader's other applications.
        r"(?<!you're )(?<!you are )(?<!we were )\b(?:waiting|wait) (?:on|for) (?:[\w'-]+ ){0,4}(?:feedback|input|sign-?off|approval|decision|references)\b"
        + r"(?! (?:about|on|for|from) (?:another|your other|the other|other)\b)",
    ),
    rule(
        # An application service while the provider decides (real-mail round 6).
        "en.pending.while_you_wait_for_a_response", "pending", "medium",
        r"\bwhile you wait for (?:a |an )?(?:response|decision|answer|reply|news) (?:to|on|about) your application\b",
    ),
    rule(
        "en.pending.expect_to_hear_from_us", "pending", "medium",
        r"\b(?:(?:expect|hope) to|you(?:'ll| will| should)) (?:definitely |certainly )?hear (?:back )?from (?:us|me)\b",
        r"(?:\bnot|(?<=\bcan)not|n't) forgotten (?:about )?you\b",
        r"\bbearing with us\b",
        r"\b(?:interviews|conversations) are (?:still )?(?:ongoing|continuing|underway)",
        r"\bin the process of\b",
    ),
    rule(
        "en.pending.resume_in_january", "pending", "strong",
        r"\b(?:"
        + any_of(
            r"resume|restart|reopen|re-open|revisit|pick (?:this|it|things) (?:back )?up",
            r"pick up (?:the|our) (?:process|search)|continue (?:the|our) (?:process|search|hiring)",
            r"hiring again",
        )
        + r")(?: \w+){0,4} (?:in|after|from|by|early|once|at the (?:start|beginning) of) "
        + _MONTH,
    ),
    rule(
        "en.pending.not_moving_forward_until_january", "pending", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:moving forward|proceeding|hiring|interviewing|continuing|making (?:any|a) decisions?)(?: [\w-]+){0,5} (?:until|till|before) "
        + _MONTH,
    ),
    rule(
        "en.pending.paused_until_new_year", "pending", "strong",
        rf"\b(?:paus\w*|on hold|freeze|frozen)\b[^.\n]{{0,60}}\b(?:until|till|through|to|for)\b[^.\n]{{0,50}}?\b{_MONTH}",
    ),
    rule(
        "en.pending.once_we_restart", "pending", "medium",
        r"\bonce (?:we|hiring|the (?:process|search)) (?:restart|resume|re-open|reopen|pick)",
        r"\bwhen (?:we|hiring) (?:restart|resume)",
    ),
    rule(
        "en.pending.thank_you_for_your_note", "pending", "medium",
        r"\b(?:thank you|thanks|thank-you) (?:so much |very much |again )?for (?:your|the) (?:"
        + any_of(
            r"note|email|e-mail|message|follow[- ]up|thank[- ]you(?: note| email)?",
            r"kind (?:note|words|email|message)|check(?:ing)?[- ]in|update|reaching out|lovely note",
        )
        + r")",
        kind="courtesy",
    ),
    rule(
        "en.pending.taking_longer_than_expected", "pending", "medium",
        r"\b(?:taking|take) (?:a bit |a little |slightly |somewhat )?longer than (?:expected|anticipated|planned)",
        r"\b(?:a|some) delay\b",
        r"\bdelayed\b",
    ),
    rule(
        "en.pending.received_your_note", "pending", "medium",
        r"\b(?:received|got) your (?:note|email|message|thank[- ]you)",
        r"\b(?:pass|passed|forward|forwarded|share|shared) (?:it|this|your (?:note|email|message|thank[- ]you))"
        + r"(?: \w+)? (?:to|with) (?:the|our) (?:team|hiring manager|panel|interviewers?)",
    ),
    rule(
        "en.pending.wrap_up_interviews", "pending", "medium",
        r"\b(?:wrap up|wrapping up|finish|finishing|complete|completing|conclude|concluding)"
        + r" (?:the |our |all )?(?:remaining )?(?:interviews|process|interview process|interview round)",
    ),
    rule(
        "en.pending.a_bit_more_time", "pending", "medium",
        r"\b(?:a bit|a little|some|slightly|bit) (?:more|longer|extra) time\b",
        r"\b(?:more|extra|additional) time (?:to (?:decide|finali[sz]e|review|complete)|before)",
    ),
    rule(
        "en.pending.no_news_yet", "pending", "strong",
        r"\bno (?:news|updates?|decisions?|word|feedback|answer|response)(?: \w+){0,4} yet\b",
        r"\bnothing (?:new |more )?(?:to report|to share)(?: \w+){0,2} yet\b",
        r"\bnot (?:heard|had) (?:back )?(?:anything )?(?:from|yet)\b",
        negatable=False,
    ),
    rule(
        "en.pending.will_let_you_know", "pending", "medium",
        r"\b(?:will|'ll) (?:definitely |certainly )?(?:let you know|be in touch|keep you posted|update you)\b",
    ),
    rule(
        # An acknowledgement's promise to review what the reader sent (real-mail rounds 21-22): "We have received your
        # documents and will review them carefully", "we'll review your profile or resume".
        "en.pending.will_review_it", "pending", "medium",
        r"\b(?:we|i)(?: will|'ll| shall)? (?:now |carefully |then |also )?(?:review|assess|evaluate|go through|look (?:at|over))"
        + r" (?:it|them|your (?:[\w-]+ )?(?:application|documents|profile|resume|cv|submission|request|details))\b",
        r"\b(?:received|got) your (?:[\w-]+ )?(?:application|documents|cv|resume|profile) and (?:will|shall|'ll) (?:now |carefully )?"
        + r"(?:review|assess|evaluate|go through) (?:it|them)\b",
        r"\bas soon as we (?:have )?(?:reviewed|assessed|evaluated|looked at) (?:it|them|your (?:[\w-]+ )?(?:application"
        + r"|documents|profile|resume|cv|submission))\b",
    ),
    rule(
        "en.pending.keep_you_posted", "pending", "weak",
        r"\bkeep you (?:posted|updated|informed|in the loop)\b",
        r"\byour patience\b",
        r"\bnarrowing\b",
        r"\b(?:timeline|timing) update\b",
    ),
    rule(
        "en.pending.not_made_a_call", "pending", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:yet )?(?:made|reached|taken) (?:a|the|our|any) (?:final )?(?:call|choice|selection|hiring decision)\b",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:yet )?(?:made up (?:our|their|my) minds?|decided (?:on|yet|who)|selected (?:anyone|anybody|a candidate|yet))",
        r"\bno(?: one|body) has been (?:selected|chosen|hired) yet\b",
        negatable=False,
    ),
    rule(
        # The selection still ahead: "your application … has been successfully completed … we wish you the best of
        # luck in the selection process" (real-mail round 48).
        "en.pending.selection_still_ahead", "pending", "strong",
        r"\b(?:luck|success) (?:in|with|for) the (?:upcoming |coming |next )?selection (?:process|round|stage)\b",
        r"\byour application (?:[\w+-]+ ){0,4}?(?:has been|was) successfully (?:completed|submitted|received)\b",
    ),
    rule(
        # A pause with a way back: "the staffing process has been put on hold pending departmental review", "the
        # position is on hold … we will revert to you once we receive the confirmation" (stress set 15).
        "en.pending.on_hold_until", "pending", "strong",
        r"\bon hold (?:pending|until|while)\b",
        r"\bwe will revert (?:to you|back) (?:once|as soon as|when)\b",
    ),
    rule(
        "en.pending.is_under_review", "pending", "strong",
        r"\b(?:is|are|remains?|still) (?:currently |still |now )?(?:"
        + any_of(
            r"under (?:review|consideration|evaluation|assessment)",
            r"being (?:reviewed|considered|evaluated|assessed)|in review",
        )
        + r")\b",
    ),
    rule(
        "en.pending.waiting_to_hear_from", "pending", "strong",
        r"\b(?:waiting|wait|waited) to hear (?:back )?from\b",
        r"\b(?:need|have|want) to (?:speak|talk) (?:with|to) (?:a few|two|three|some|the other|other|\d+)"
        + r" (?:other |more |remaining )?(?:candidates|applicants|people|finalists)\b",
        r"\bbefore (?:we|they|the team) (?:can |could |will |are able to )?(?:decide|make (?:a|our|the) (?:final )?(?:decision|call))\b",
    ),
    rule(
        "en.pending.not_make_until_all", "pending", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:be )?(?:going to )?(?:make|making|reach|reaching|moving forward|proceeding|deciding)(?: [\w-]+){0,6} (?:"
        + any_of(
            r"(?:until|till|before) (?:all|we|the|our|everyone|every|next|after|\w+day)",
            r"for (?:another|a few|a couple of|a|one more|two|three) (?:\w+ )?(?:days?|weeks?)",
        )
        + r")",
    ),
    rule(
        "en.pending.hang_tight", "pending", "medium",
        r"\b(?:hang|sit) tight\b",
        r"\bbear with (?:us|me)\b",
        r"\bshould (?:know|have) (?:more|news|an update|a decision|an answer|something)\b",
        r"\b(?:expect|anticipate) (?:to (?:have|hear|share|make|announce) )?(?:news|an update|updates|a decision|an answer|feedback|the outcome)\b",
    ),
    rule(
        "en.pending.aim_to_wrap_up", "pending", "medium",
        r"\b(?:aim|aiming|hope|hoping|plan|planning|expect|expecting|intend|intending) to (?:"
        + any_of(
            r"wrap (?:things |this |it )?up|decide|finali[sz]e|conclude",
            r"make (?:a|the|our) (?:final )?(?:decision|call)|have (?:a|an) (?:decision|answer|update)",
        )
        + r")\b",
    ),
    rule(
        "en.pending.feedback_is_imminent", "pending", "strong",
        r"\b(?:feedback|decision|news|an answer|an update|the outcome|a response|the verdict)"
        + r" (?:is|should be|are|will be) (?:imminent|due|expected|coming|on (?:its|the) way)\b",
        r"\b(?:chased|chasing|nudged|nudging|followed up with|pinged) (?:the client|them|the team|the hiring manager|the panel|\w+ again)\b",
    ),
    rule(
        "en.pending.know_more_by", "pending", "medium",
        r"\b(?:know|have) (?:more|something|news) (?:by|next|early|on|in|after|soon|later|at the end|this)\b",
    ),
    rule(
        "en.pending.not_hired_anyone_yet", "pending", "strong",
        r"(?:\bnot|(?<=\bcan)not|n't) (?:yet )?(?:hired|selected|chosen|picked|offered (?:it|the (?:role|position|job)) to|appointed|ruled out)"
        + r" (?:anyone|anybody|someone|a candidate)(?: \w+){0,3} yet\b",
        r"\b(?:you|you're|you are) (?:still )?(?:remain|are|'re)? ?(?:still )?(?:"
        + any_of(
            r"one of (?:our|the) (?:top|leading|strongest|final) (?:candidates|contenders|finalists)",
            r"a (?:top|strong|leading) contender",
        )
        + r")\b",
        negatable=False,
    ),
    rule(
        "en.pending.role_is_still_open", "pending", "strong",
        r"\b(?:role|position|job|one) (?:you \w+ for )?is still open\b",
    ),
    rule(
        "en.pending.remain_on_the_shortlist", "pending", "strong",
        r"\b(?:remain|remains|are still|'re still|stay) on (?:the|our) (?:short ?list|list)\b",
    ),
    rule(
        "en.pending.should_know_by", "pending", "strong",
        r"\b(?:should|will|'ll|expect to|hope to) know (?:more )?(?:by|next|early|on|in|after|soon|later|at the end|this|before)\b",
        r"\b(?:will|'ll|is going to|are going to) (?:meet|convene|sit|get together)(?: \w+){0,5} to (?:make|reach|decide|discuss|review|finali[sz]e|agree)\b",
        r"\b(?:will|'ll) (?:write to|contact|email|notify|inform) (?:you|all (?:candidates|applicants)|everyone|all shortlisted)"
        + r"\b(?! (?:to|about) (?:schedule|arrange|book|set up))",
    ),
    rule(
        "en.pending.won_t_hear_anything_until", "pending", "strong",
        r"\b(?:won't|will not|don't expect to|do not expect to|can't|cannot)"
        + r" (?:hear|know|have|get) (?:anything|more|news|an answer|a decision|feedback|back)(?: \w+){0,2} (?:until|till|before)\b",
    ),
    rule(
        "en.pending.will_be_next_week_before", "pending", "strong",
        r"\b(?:will|'ll) be (?:"
        + any_of(
            r"next week|a few (?:more )?days|another (?:week|few days)|a (?:little )?while|\w+day|the \d+\w*",
            r"early \w+|end of \w+",
        )
        + r") before (?:i|we|they) (?:have|hear|get|know|can (?:share|say))\b",
        r"\bbefore (?:i|we) (?:have|get|hear) (?:any )?(?:feedback|news|an answer|a decision|an update)\b",
    ),
    # ---- auto reply ------------------------------------------------------
    rule(
        "en.auto_reply.out_of_office", "auto_reply", "strong",
        r"\bout of (?:the )?office\b",
        r"\bout-of-office\b",
        r"\baway from (?:the |my )?(?:office|desk|email|keyboard)\b",
        r"\bon (?:"
        + any_of(
            r"annual |parental |maternity |paternity |sick |medical |holiday |vacation |personal |bereavement ",
            r"study ",
        )
        + r")?(?:leave|vacation|holidays?|pto|sabbatical|a business trip|business travel)\b",
        r"\bout sick\b",
        r"\boff sick\b",
        r"\baway on (?:business|holiday|vacation)\b",
        r"\bcurrently (?:away|travell?ing|out)\b",
        void_if_third_person=True,
    ),
    rule(
        "en.auto_reply.i_am_away_until", "auto_reply", "strong",
        r"\b(?:i am|i'm|i will be|i'll be) (?:currently )?(?:away|out|off|on leave|travell?ing|unavailable|not (?:in|available|at my desk))"
        + r"(?: of (?:the )?office)? (?:until|till|from|on|between|this|next|today|for|through)\b",
    ),
    rule(
        "en.auto_reply.has_left", "auto_reply", "medium",
        r"\bhas (?:now )?left [\w&-]+(?: [\w&-]+){0,2}(?=[.,;!]| and\b)",
        r"\bno longer (?:works|is) (?:at|with|for) [\w&-]+",
    ),
    rule(
        "en.auto_reply.no_longer_work_at", "auto_reply", "strong",
        r"\bno longer (?:works? (?:at|for|with|here)|with|at|employed|working (?:at|for|with)|part of)\b",
        r"\b(?:has|have) (?:left|departed) (?:the company|the organi[sz]ation|the firm|the team|\w+ (?:inc|ltd|gmbh))",
        r"\bleft the company\b",
    ),
    rule(
        "en.auto_reply.limited_access_to_email", "auto_reply", "medium",
        r"\blimited (?:access to (?:e-?mail|my e-?mail)|availability|connectivity)\b",
        r"\b(?:will|'ll) (?:be )?(?:back|return|returning) (?:in the office |to the office |to work )?(?:"
        + r"on|at|by|from|after|monday|tuesday|wednesday|thursday|friday|\d)",
        r"\b(?:with|upon|on) my return\b",
        r"\bwhen i (?:return|am back|get back)\b",
    ),
    rule(
        "en.auto_reply.for_urgent_matters", "auto_reply", "medium",
        r"\bfor (?:urgent|immediate|pressing) (?:matters|requests|issues|enquiries|inquiries|questions|assistance)",
    ),
    rule(
        "en.auto_reply.mailbox_not_monitored", "auto_reply", "medium",
        r"\b(?:mailbox|inbox|email address|e-mail address|address|account|email account|this email)"
        + r" (?:is |are )?(?:not|no longer|un)(?: being)? ?(?:monitored|attended|checked|in use|active|read)\b",
        r"\breplies to this (?:email|address|message)(?: \w+)? (?:are|will) not\b",
    ),
    rule(
        "en.auto_reply.ticket_number", "auto_reply", "medium",
        # (not an application's own reference: "state the reference number of your application", real-mail round 45)
        r"\b(?:ticket|case|request|reference|incident) (?:number|no\.?|#|id|ref)\b(?! (?:of|for) your (?:application|request|grant))",
        r"\bticket #?\d",
        r"\[#?\d{4,}\]",
    ),
    rule(
        "en.auto_reply.we_received_your_email", "auto_reply", "medium",
        r"\b(?:we|i) (?:have )?received your (?:email|message|request|inquiry|enquiry|e-mail)(?! and (?:forwarded|passed|shared))",
        r"\b(?:respond|reply|get back to you|answer) (?:to you )?within (?:\d+|one|two|a few|24|48|72) (?:business |working )?(?:hours|days)",
    ),
    rule(
        "en.auto_reply.do_not_reply_to_this", "auto_reply", "weak",
        r"\bdo not reply to this",
        r"\bplease do not reply",
        r"\bthis is an? (?:automated|automatic|auto-generated|system-generated) (?:reply|response|message|notification|email)",
        r"\bautomatic(?:ally)? (?:reply|response|generated)",
    ),
    rule(
        "en.auto_reply.offline_or_unreachable", "auto_reply", "strong",
        r"\booo\b",
        r"\b(?:i am|i'm) (?:currently )?(?:offline|unreachable|not reachable|off the grid|off-grid|out and about|on the road)\b",
    ),
    rule(
        "en.auto_reply.will_respond_when", "auto_reply", "medium",
        r"\b(?:will|'ll) (?:respond|reply|answer|get back to you|read (?:it|your message))"
        + r"(?: to (?:your|you) \w+)?(?: as soon as possible| asap)? (?:when|after|upon|on my return|once)\b",
    ),
    rule(
        "en.auto_reply.your_request_has_been_logged", "auto_reply", "medium",
        r"\b(?:your|this) (?:request|case|ticket|inquiry|enquiry|query)(?: #?[\w-]*\d[\w-]*)? (?:has been|was|is) (?:"
        + r"logged|created|opened|registered|received|assigned|submitted|recorded)\b",
        r"\bthank you for contacting (?:the |our )?(?:\w+ ){0,3}(?:team|desk|center|centre|service|support|helpdesk)\b",
    ),
    # ---- other -----------------------------------------------------------
    rule(
        "en.other.came_across_your_profile", "other", "strong",
        r"\b(?:came across|stumbled (?:upon|across)|found|saw|noticed) your (?:profile|resume|cv|background|linkedin|experience)",
        kind="pitch",
    ),
    rule(
        "en.other.new_opportunity_that_might_interest", "other", "strong",
        r"\b(?:"
        + any_of(
            r"(?:new|exciting|another|different|open|current|interesting) (?:opportunity|opening|role|position|vacancy)",
            r"(?:opportunity|opening|role|position)",
        )
        + r") (?:that|which) (?:might|may|could|would) (?:interest you|be of interest|be a (?:good|great|strong) (?:fit|match)|suit you)",
        kind="pitch",
    ),
    rule(
        "en.other.role_that_match_your_profile", "other", "strong",
        r"\b(?:role|position|opening|opportunit\w+|job|vacanc\w+)"
        + r"s? (?:that|which) (?:match|matches|fit|fits|suit|suits) your (?:profile|skills|background|experience|search)",
        kind="pitch",
    ),
    rule(
        "en.other.job_alert", "other", "strong",
        r"\bjob alerts?\b",
        r"\bjobs? (?:you may|you might|for you|recommended|matching your)",
        r"\brecommended (?:jobs|roles)\b",
        r"\bnew jobs? (?:posted|matching)",
    ),
    rule(
        "en.other.collecting_feedback_on_our_interview", "other", "strong",
        r"\b(?:collecting|gather(?:ing)?|asking for|would love|welcome|appreciate)"
        + r" (?:your |some )?(?:feedback|thoughts|input) (?:on|about) (?:our|the|your) (?:interview|recruiting|hiring|application|candidate|recruitment)"
        + r" (?:process|experience)",
        r"\b(?:short|quick|brief) (?:form|survey|questionnaire)\b",
    ),
    rule(
        "en.other.you_re_receiving_this_because", "other", "strong",
        r"\byou(?:'re| are) receiving this (?:email |message )?because\b",
        r"\byou (?:subscribed|signed up)\b",
        r"\bread (?:the full issue|online|the full post|more)\b",
        r"\bin this (?:issue|edition)\b",
        r"\bnew on the blog\b",
    ),
    rule(
        "en.other.questionnaire", "other", "medium",
        r"\bquestionnaire\b(?! (?:link|invitation|invite|at|via|using|before|within))",
    ),
    rule(
        "en.other.survey", "other", "strong",
        r"\bsurvey\b",
        r"\b(?:rate|tell us about|share (?:your )?feedback (?:on|about)|feedback (?:about|on))"
        + r" your (?:candidate |interview |application |recruiting )?experience",
        r"\bhow did we do\b",
        r"\bcandidate experience\b",
    ),
    rule(
        "en.other.interview_confirmed", "other", "strong",
        r"\b(?:interview|call|meeting|appointment) (?:confirmed|confirmation)\b",
        r"\b(?:your|the|our)(?: [\w-]+){0,3} (?:interview|call|meeting|appointment|visit|onsite|booking|reservation|slot)"
        + r"(?: \w+){0,5} (?:is|has been|was|are) (?:now )?confirmed\b",
        r"\bthis is a (?:friendly |quick )?reminder\b",
        r"\bjust a (?:friendly |quick )?reminder\b",
        r"\b(?:friendly|quick) reminder\b",
        kind="arranged",
    ),
    rule(
        "en.other.your_interview_is_scheduled", "other", "medium",
        r"\b(?:your|the|our)(?: [\w-]+){0,3} (?:interview|call|meeting|appointment|visit|onsite)"
        + r"(?: \w+){0,5} (?:is|has been|was|are) (?:now )?(?:scheduled|booked|set)\b",
    ),
    rule(
        "en.other.calendar_reply_subject", "other", "medium",
        r"\breminder\b",
        r"^(?:accepted|declined|tentative|tentatively accepted|canceled event|cancelled event|confirmed|booking confirmed|interview confirmed)(?: \(\w+\))?:",
        kind="arranged",
    ),
    rule(
        "en.other.updated_invitation", "other", "medium",
        r"^(?:updated invitation|invitation|new event)(?: \(\w+\))?:",
    ),
    rule(
        "en.other.looking_forward_to_speaking", "other", "medium",
        r"\blooking forward to (?:speaking|seeing|meeting|talking)(?: with| to)? you (?:tomorrow|on|at|next|this|later)\b",
        r"\bsee you (?:tomorrow|on|at|next)\b",
    ),
    rule(
        "en.other.asks_for_portfolio", "other", "medium",
        r"\b(?:could|can|would) you (?:please )?(?:send|share|forward|provide|resend|re-send)"
        + r"(?: over| along)?(?: me| us)?(?: over| along)? (?:a link to )?(?:your|a|an|the|some|it)(?: [\w-]+){0,5} ?(?:"
        + any_of(
            r"portfolio|pdf|file|attachment|resume|cv|work samples?|writing samples?|transcripts?",
            r"updated (?:resume|cv)|copy of your|salary expectations|notice period|right to work|visa status",
            r"github|code samples?",
        )
        + r")",
    ),
    rule(
        "en.other.newsletter", "other", "medium",
        r"\bnewsletter\b",
        r"\bwebinar\b",
        r"\bcareers? (?:fair|evening|night|event|day)\b",
        r"\bhiring event\b",
        r"\bopen (?:house|evening|day)\b",
        r"\bmeetup\b",
        r"\bnetworking (?:event|evening)\b",
    ),
    rule(
        "en.other.unsubscribe", "other", "weak",
        r"\bunsubscribe\b",
        r"\bmanage (?:your )?(?:email )?preferences\b",
        r"\bview (?:this|it) in your browser\b",
    ),
    rule(
        "en.other.role_i_m_recruiting", "other", "strong",
        r"\b(?:roles?|positions?|openings?|vacancies|jobs?|opportunities|searches)"
        + r" (?:that |which )?(?:i'm|i am|we're|we are|i've|we've) (?:currently |also |now )?(?:"
        + r"recruiting|hiring|working on|looking to fill|trying to fill|got|been asked to fill)\b",
        r"\bput you forward for (?:any|one|either|these|them|those|other|another|a different)\b",
        r"\bin case any (?:of (?:them|these) )?(?:appeal|interest you|catch your eye)",
        kind="pitch",
    ),
    rule(
        "en.other.this_confirm", "other", "medium",
        r"\b(?:this|just to) confirms?\b",
        r"\bconfirming (?:the|your|our) (?:time|slot|interview|meeting|call|visit)\b",
        r"\bas (?:agreed|discussed|arranged)\b(?! (?:we|i) (?:would|will|'d|'ll) (?:like|love|set|schedule|arrange|send))",
        r"\bthe (?:time|slot|date) you (?:picked|chose|selected|booked)\b",
    ),
    rule(
        "en.other.thought_of_you", "other", "medium",
        r"\b(?:immediately |instantly |first )?thought of you\b",
        r"\bwould you (?:consider|be open to) (?:a |an |joining|moving|exploring|a move)"
        + r"(?!(?:\w+ )?(?:[\w-]+ )?(?:interview|round|call|chat|conversation|meeting|stage|visit)\b)",
        r"\b(?:be|are you) interested in (?:"
        + any_of(
            r"joining|exploring|hearing (?:more )?about|a (?:new|different|similar)",
            r"an? (?:opportunity|opening|role|position) (?:at|with|in)",
        )
        + r")\b",
        r"\b(?:we|my team|our team|my client|the team|we're|team is|client is)"
        + r"(?:'re| are| is)? (?:also |currently |now )?hiring(?= (?:a|an|for|in|at|across|again)\b|!)(?! for (?:this|the) (?:role|position))",
        r"\bare you open to (?:a|an|new|exploring|hearing)\b",
        r"\b(?:have|got) (?:a|an) (?:fantastic|great|exciting|new|interesting|brilliant|amazing)"
        + r" (?:[\w-]+ ){0,3}(?:opportunity|role|position|opening)\b(?! (?:for you )?to (?:meet|join|speak|interview|come|present))",
        kind="pitch",
    ),
    # A recruiter's approach: "I've just taken on a search", "a new client hiring a …".
    rule(
        "en.other.something_i_think_suit_you", "other", "strong",
        r"\b(?:something|one|a role|a position|an opportunity|an opening|a job|a search)"
        + r"(?: [\w-]+){0,3} (?:that |which )?(?:i think|i believe|i feel|i reckon)(?: \w+){0,2} (?:"
        + any_of(
            r"suits?|fits?|interests?|would (?:suit|fit|interest)|could (?:suit|interest)",
            r"might (?:suit|interest)",
        )
        + r") you\b",
        r"\b(?:i'm|i am|i've|i have)(?: now| currently| also| just)* (?:got |been )?taken on (?:something|a new|another|an exciting)\b",
        kind="pitch",
    ),
    # A recruiter introducing themselves: a first approach, not an answer.
    rule(
        "en.other.i_m_a_recruiter_at", "other", "strong",
        r"\b(?:i'm|i am|my name is \w+(?: \w+)?,? (?:and )?i'm) (?:a|an|the) (?:[\w-]+ ){0,2}(?:"
        + r"recruiter|headhunter|talent partner|sourcer|search consultant|recruitment consultant) (?:at|with|from)\b",
        kind="pitch",
    ),
    # A subject announcing a role: "New opportunity - Head of Data", "Opportunité – Responsable communication".
    rule(
        "en.other.opportunity_subject", "other", "medium",
        r"^(?:(?:new|exciting|another|interesting|great|potential) )?(?:opportunity|opportunité|opportunità|oportunidad|career opportunity|job opportunity)"
        + r"(?: for you)?\s*(?:[-–—:|]|$)",
        kind="pitch",
    ),
    rule(
        "en.other.i_m_working_on_a", "other", "strong",
        r"\b(?:i'm|i am|i've|i have)(?: now| currently| also| just)* (?:got |been )?(?:"
        + any_of(
            r"working on|recruiting for|hiring for|taken on|been asked to (?:fill|find|recruit)",
            r"been retained (?:on|for|to)",
        )
        + r") (?:a|an|another|two|three|several|some|one) (?:[\w-]+ ){0,4}(?:brief|search|role|position|mandate|assignment|vacancy|opening|opportunity|job)s?\b",
        r"\b(?:a|another|one|new) (?:new |great |exciting )?client (?:who(?:'s| is)|that(?:'s| is)|is|are)? ?(?:hiring|looking for|recruiting|searching for)\b",
        r"\b(?:recruiting|hiring|searching) (?:for|on behalf of) (?:one of )?(?:my|our) clients\b",
        kind="pitch",
    ),
    # "We've received your application for …": a new application acknowledged, no decision.
    rule(
        "en.other.we_received_your_application", "other", "medium",
        r"\b(?:we(?:'ve| have)? (?:received|got)|this (?:is to )?confirms? (?:that )?we(?:'ve| have)? received) your application\b",
        r"\byour application (?:for|to) [^.\n]{0,60}?(?:has been|was|is) (?:successfully )?(?:received|submitted)\b",
        r"\bthanks? (?:\w+ ){0,2}for (?:applying|submitting your application)\b(?=[^.\n]{0,80}(?:will|we'll) (?:review|be in touch|get back|contact|reach out))",
    ),
]
