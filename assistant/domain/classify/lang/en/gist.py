"""English words of the gist's kinds (gist.py): slot name -> alternatives."""

GIST: dict[str, tuple[str, ...]] = {
    "rejection.regret": (
        r"unfortunately", r"regret\w*", "sorry", "afraid", "sadly", r"disappoint\w*", "bad news",
        "not (?:good|great) news",
    ),
    "rejection.someone_else": (
        "another", "other", "different", "someone else", "somebody else", "internal",
        "more (?:senior|junior|experienced)",
    ),
    "rejection.someone_else_what": (
        "candidate", "applicant", "person", "profile", "finalist", "choice", "direction", "way",
    ),
    "rejection.refusing": (r"\bnot", "n't"),
    "rejection.refused_step": (
        r"extend\w*", r"invit\w+", r"continu\w+", r"progress\w*", r"select\w*", r"offer\w*", r"pursu\w+",
        r"consider\w*", r"mov\w+", r"proceed\w*", r"advanc\w+", r"shortlist\w*",
    ),
    "rejection.choice_made": (
        r"\b(?:have|has|'ve|had) (?:now )?(?:selected|chosen|appointed|hired|filled|made (?:a|our|the) "
        r"(?:\w+ )?(?:choice|decision|selection|hire))\b",
        r"\bconcluded (?:the|our|its)\b",
    ),
    "rejection.thanks_for_trying": (
        r"\bthank(?:s| you) (?:\w+ )?for (?:your|the) (?:time|interest|effort|application|patience|participation)\b",
        r"\bappreciate (?:your|the) (?:time|interest|effort)\b",
    ),
    "rejection.farewell": (
        "wish(?:ing)? you", "good luck", "best of luck", "all the best (?:in|with|for)",
        "future (?:endeavou?rs|roles|opportunities|openings)", "success in", "keep (?:your|you) in mind",
        "stay in touch", "keep in touch",
    ),
    "rejection.misfit": (
        "isn't", "is not", "wasn't", "was not", "not quite", "not exactly", "not the right", "not a (?:fit|match)",
        "not what", "closer", "better (?:suited|fit|match|aligned)", "more (?:closely|aligned|suited)",
    ),
    "next_step.meeting": (
        "interview", "call", "chat", "conversation", "coffee", "meeting", "session", "round", "stage", "onsite",
        "on-site", "visit", "presentation", "video call", "zoom", "teams",
    ),
    "next_step.when": (
        "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "this week", "next week", "morning",
        "afternoon",
    ),
    "next_step.clock": ("am", "pm"),
    "next_step.availability_of": ("you", "your", "you're"),
    "next_step.availability": (
        "free", "available", "availability", "calendar", "schedule", "slots?", "a time", "times",
    ),
    "next_step.who_you_meet": (
        "founder", "ceo", "cto", "coo", "cfo", "vp", "head of", "director", "manager", "team", "partners?",
    ),
    "next_step.task": (
        "test", "exercise", "assessment", "case", "assignment", "brief", "references?", "referees?", "challenge",
        "task",
    ),
    "next_step.going_on": ("next", "further", "another", "second", "final", "last"),
    "offer.offer": ("offer",),
    "offer.contract": ("contract", "agreement", "paperwork"),
    "offer.money": ("salary", "compensation", "package", "equity", "bonus", "benefits", "base"),
    "offer.start": ("start date", "start on", "first day", "onboarding"),
    "offer.welcome": ("welcome", "congratulations", "congrats"),
    "offer.joy": ("delighted", "thrilled", "pleasure", "excited", "great news", "good news"),
    "offer.signature": ("sign", "signature", "countersign"),
    "pending.not_yet": ("yet", "not finali[sz]ed"),
    "pending.soon": ("soon", "shortly", "as soon as", "early", "by the end", "next week", "in a few days"),
    "pending.news": ("update", "news", "word"),
    "pending.still": ("still", "ongoing", "in progress"),
    "pending.slow": (
        r"delay\w*", "longer", r"slow\w*", "patience", "held up", "holding (?:things )?up", "waiting",
    ),
    "pending.deciding": ("decide", "decision", "debrief", r"deliberat\w*"),
    "pending.shortlist": ("shortlist", "short list", "in the running", "under consideration"),
}
