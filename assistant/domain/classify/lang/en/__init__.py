"""English."""

from ...rule import any_of
from .. import Language
from .context import CONTEXT
from .gist import GIST
from .phrases import PHRASES
from .phrases_verdict import FRAME_WORDS
from .structure import STRUCTURE
from .templates import TEMPLATES

LANGUAGE = Language(
    code="en",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    context_words=CONTEXT,
    gist_words=GIST,
    structure_words=STRUCTURE,
    template_rules=TEMPLATES,
    function_words=r"the|and|you|your|we|to|of|for|with|is|are|have|this|that|be|will|our",
    clause_breaks=("but", "however"),
    and_words=("and",),
    negations=("not", "no", "never", "cannot", "unable", "neither", "nor"),
    negation_affixes=(r"n't\b",),
    negation_idioms=("no (?:worries|problem|doubt)", "not only", "no matter"),
    # "submit it before then or else you will not be eligible" (real-mail round 23)
    conditions=("if", "whether", "in case", "unless", "in the event", "should (?:you|your)", "or else", "otherwise", "in the absence of (?:a )?(?:reply|response)",
                "without (?:a )?(?:reply|response|word) from us", "without (?:it|this|them|these|that)\\b",
                # "register within 7 days, or we cannot place you", "failure to respond may result in your application
                # being rejected" (real-mail rounds 26 and 28): a warning, not a decision
                "or (?=we (?:cannot|can't|will|won't|may|must)|you (?:will|won't|cannot|can't|may))", "failure to",
                "(?:may|might|could|will|would|can) (?:result|lead) in"),
    deferrals=("until", "(?<!the )(?<!a )till", "before", "without", "unless", "once", "as soon as"),
    meeting_nouns=("interview", "meeting", "call"),
    nobody_yet=("yet", "anyone(?! else)", "anybody(?! else)", "any (?:candidate|applicant)s?", "no one", "nobody"),
    autoreply_subjects=(
        "automatic reply", "auto[- ]?reply", "autoreply", "auto[- ]?response", "automated response",
        "automatic response", "out of (?:the )?office", r"\booo\b", "on (?:vacation|holiday|leave)",
        "away from (?:the )?office", "i am away", "i'm away",
    ),
    months={
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    },
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    autoreply_rules=(
        ("unmonitored_inbox", 0.6,
         # (the plain "inbox is not monitored" is a phrase rule already)
         any_of(
             r"\b(?:inbox|mailbox|e-?mail address|address|account)"
             + r"(?: that| which) (?:is|are) not (?:actively |regularly |being |currently )*(?:monitored|checked|read|attended|staffed)\b",
             r"\b(?:inbox|mailbox|e-?mail address|address|account)"
             + r" (?:is|are) not (?:actively|regularly|currently|always) (?:being )?(?:monitored|checked|read|attended|staffed)\b",
             r"\breplied to an? (?:unmonitored|unattended|no-?reply|automated) (?:inbox|mailbox|address|e-?mail)\b",
             r"\breplies (?:to|sent to) this (?:address|e-?mail|inbox|mailbox) (?:are|will) not (?:be )?(?:read|monitored|answered|seen)\b",
         )),
    ),
    # quote markers
    quote_verbs=("wrote",),
    attribution_openings=("on",),
    quote_separators=("original message", "forwarded message"),
    forward_separators=("forwarded message",),
    forward_openings=("begin forwarded message",),
    from_headers=("from",),
    other_headers=("sent", "date", "to", "subject", "cc"),
    sign_offs=(
        r"(?:best|kind|warm|warmest|many|with best|with kind)\s+(?:regards|wishes|thanks)",
        "best", "regards", "thanks", "thank you", "thanks again", "many thanks", "cheers", "sincerely",
        "yours sincerely", "sincerely yours", "yours truly", "yours faithfully", "all the best",
        "respectfully", "talk soon", "take care",
    ),
    client_signatures=(
        "sent from (?:my|outlook|mail for|yahoo|typeapp|samsung|bluemail|aol)", "sent with ", "sent via ",
        "get outlook for", "download outlook for",
    ),
    reply_library=True,
    # date words
    back_words=(
        "back", "return", "returning", "returns", "in the office", "in office", "available again", "reachable again",
    ),
    back_places=("in the office", "to the office", "to work", "at work"),
    back_joiners=("on", "from", "by", "at", "the"),
    until_words=("until", "till", "through", "thru", "to"),
    until_joiners=("and including", "inclusive", "the"),
    date_articles=("the",),
    ordinals=("st", "nd", "rd", "th"),
    month_joiners=("of",),
    when_words=(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "tomorrow", "next week", "this week", "later this week", "early next week", "morning", "afternoon", "evening",
    ),
    clock_words=("am", "pm", r"a\.m\.", r"p\.m\."),
    earlier_words=(
        "last (?:year|month|time|spring|summer|autumn|fall|winter)", "previously", r"in the past(?! (?:\d+|few|two|three|six|twelve|several) )",
        "earlier this year", "a while ago", "previous (?:application|role|opening|position|process)",
        "back in (?:the )?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
        r"august|september|october|november|december|\d{4})",
    ),
    reply_promises=(
        r"\b(?:i|we)(?: will|'ll)(?: (?:endeavou?r|try|aim|do (?:my|our) best) to)? "
        + r"(?:reply|respond|answer|get back to you|get back|be in touch|contact you|read (?:it|your \w+))"
        + r"(?: to (?:you|your \w+))?"
        + r"(?: (?:as soon as (?:possible|i can|i am able)|asap|shortly|at (?:my|the) earliest (?:convenience|opportunity)))",
    ),
    reply_prefixes=("re",),
    forward_prefixes=("fw", "fwd"),
    mass_mail_words=(
        r"\bunsubscribe\b",
        r"\bmanage (?:your )?(?:email |job |alert )?(?:preferences|alerts|subscriptions?|settings)\b",
        r"\bview (?:this|it) (?:email |message )?in (?:your|a) browser\b",
        r"\bin this (?:issue|edition)\b",
        # a digest's framing (stress set 8)
        r"\b(?:roles|jobs) matching your (?:job )?alerts\b|\btip of the week\b|\bview all jobs\b",
        r"\bread (?:it )?online\b",
        r"\bupdate your (?:email )?preferences\b",
    ),
    own_application_words=(
        r"\byour (?:recent )?(?:application|candidacy|candidature|interview|submission|assessment)s?\b",
        r"\byou (?:recently )?(?:applied|interviewed)\b",
        r"\b(?:applying|applied) (?:for|to|with)\b",
        r"\bthank(?:s| you)(?: so much| again| very much)? for (?:\w+ ){0,2}(?:"
        + any_of(
            r"time|interest|interview\w*|applying|chatting|speaking|meeting|completing|participating",
            r"taking part|coming in|visiting|application|candidacy",
        )
        + r")\b",
        r"\bdear (?:candidate|applicant)\b",
        r"\byour (?:cv|resume|résumé|details)\b",
        # "the time you gave to the interviews"
        r"\bthe time you (?:spent|gave|took|invested|devoted)\b",
        r"\binterest you (?:have )?shown in\b",
        r"\btime you (?:gave|spent|devoted) (?:to|on) (?:our|the|your) (?:interviews?|process)\b",
    ),
    acknowledgments=("thanks?", "thank you", "got it", "received", "noted", "appreciate"),
    # delivery reports
    bounce_subjects=(
        "undeliverable", "undelivered", "delivery status notification", "delivery (?:has )?failed",
        "delivery failure", "mail delivery (?:failed|failure|problem)", "returned mail", "failure notice",
        "message not delivered", "delivery notification", "nondeliverable", "non-delivery", "delayed mail",
        "delivery delayed", "warning: could not send", "mail system error", "delivery status",
        "uncaught bounce notification", "bounce notification", "your mail cannot be delivered",
        "mail could not be delivered", "nondelivery", "unable to deliver",
    ),
    delay_subjects=("delayed", "still being retried"),
    bounce_bodies=(
        "address not found", "delivery (?:has|to the following recipients?) failed", "could not be delivered",
        "wasn't delivered", "was not delivered", "couldn't be delivered",
        "message (?:you sent )?(?:could not|couldn't) be delivered", "undeliverable", "user unknown",
        "mailbox (?:unavailable|full|is full)", "recipient address rejected", "no such user", "does not exist",
        "domain not found", r"550[ -]5\.\d\.\d", r"5\.1\.1", "permanent (?:error|failure)",
        "has not yet been delivered", "will (?:retry|keep trying)", "temporary failure", "delivery incomplete",
        "cannot be delivered", "can't be delivered", "not a valid user here", "no mailbox here by that name",
        "i wasn't able to deliver", "this is a permanent error", "unrouteable address", "retry timeout exceeded",
        r"the following address\(es\) failed", "delivery is delayed", "hasn't been delivered yet",
    ),
    delay_bodies=(
        "has not (?:yet )?been delivered", "will (?:be )?retr(?:y|ied)", "will (?:keep|continue to) try",
        "warning only", "do not need to resend", "delivery (?:is |has been )?delayed", "delivery incomplete",
        "still trying", "temporarily deferred", "hasn't been delivered yet", "will continue to be attempted",
        "will keep trying", "is delayed",
    ),
)
