"""English words of the message's shape (structure.py): slot name -> alternatives."""

STRUCTURE: dict[str, tuple[str, ...]] = {
    # what one does at a time: meet, talk, come in, be free
    "meet": (
        "come", "pop", "swing", "meet", "talk", "speak", "chat", "call", "join", "do", "make it", "work", "works",
        "suit", "suits", "free", "available", "around", "calendar", "slot", "time", "interview", "visit",
        "catch up", "sit down", "hop on", "jump on", "confirm", "grab", "zoom", "teams", "minutes", "connect",
        "get together", "find time", "meeting", "move", "moving", "push", "shift", "reschedule",
    ),
    # questions that ask for a thing or that a decision already answered
    "not_a_meeting": (
        "send", "share", "forward", "attach", "resend", "upload", "fill", "feedback", "lunch", "dinner", "drinks",
        "beers?",
    ),
    "offer_file": ("offer", "offer letter", "job offer", "employment offer"),
    "contract_file": ("contract", "employment agreement"),
    "step_file": ("take ?home", "case study", "exercise", "assignment", "challenge", "brief", "assessment"),
    # the writer tells of a rejection they (or a friend) received
    "someone_elses_rejection": (
        r"\b(?:i|i've|i have|my friend|a friend|your friend|he|she|my (?:colleague|partner|brother|sister|son|daughter))"
        + r" (?:just |also |finally |recently |already |have |has |had )*(?:got|received|gotten|had|was|been|were)"
        + r" (?:a |an |my |the |another |their |his |her )?(?:rejection|rejected|turned down|knocked back|a no\b)",
        r"\b(?:sorry|sad|gutted) to hear (?:about (?!(?:the|this|that|our|my) (?:delay|wait|mix-up|confusion))"
        + r"|(?:that )?you(?:'ve| have)? (?:\w+ ){0,2}(?:turned down|rejected|knocked back|unsuccessful|a no\b"
        + r"|bad news|didn't get|did not get|weren't selected|missed out)"
        + r"|(?:that )?(?:it|things|the \w+|\w+) (?:wasn't|didn't|did not|was not|went|ended|came back|turned))",
        r"\b(?:that's|that is|what) a (?:shame|pity) about\b",
        r"\bheard (?!back\b|from (?:the |our |my )?(?:client|hiring|team|panel|company|them|him|her)\b)"
        + r"(?:from [\w ]{0,30} )?(?:that )?\w+ (?:had )?(?:decided|went|passed|turned)",
        r"\byou (?:were|got|had been) (?:turned down|rejected|knocked back)",
        r"\b(?:her|his) (?:application|candidacy|candidature)\b",
        r"\b(?:my|a|our|your) (?:colleague|friend|partner|brother|sister|son|daughter|husband|wife|mentee|student"
        + r"|referral|flatmate)'s (?:application|candidacy|candidature)\b",
        # Someone the reader referred or vouched for: "thanks for referring your friend Jamie".
        r"\bthank(?:s| you)(?: \w+){0,2} for (?:referring|recommending|introducing|putting forward"
        + r"|being a (?:reference|referee)|acting as (?:a )?(?:reference|referee))\b",
        r"\b(?:with|on|for) (?!your\b|our\b|my\b|the\b)[a-z]+'s (?:application|candidacy|candidature)\b",
    ),
}
