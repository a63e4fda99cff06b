"""Dutch phrase rules: a compact table (see rule.py, and lang/en/phrases_verdict.py for the verdict grammar).

Refusals are read from their grammar: the reader or their application, "niet"/"geen"
and a word of being let through ("je bent niet geselecteerd"); the reader and a word
of being kept out ("je sollicitatie is afgewezen"); the organisation unable to let
the reader in ("wij kunnen je geen functie aanbieden"). "Als je …" is a condition:
the reader patterns do not start after it (German "als" keeps it out of `conditions`).
Tested in tests/classify/test_more_languages.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule, within_sentence
from ..frames import FrameWords, refusal_frames

# The reader, or a thing of theirs that is judged; not right after "als"/"indien" (a condition).
# (not "je teamgenoot", someone else: stress set 24)
_READER = (r"(?<!\bals )(?<!\bindien )(?<!\bmocht )(?<!\bwanneer )\b(?:(?:je|jij|u)(?! (?:teamgenoot|collega|vriend(?:in)?|broer|zus)\b)"
           + r"|(?:je|jouw|uw) (?:[\w-]+ ){0,2}?(?:"
           + any_of(
               r"sollicitatie|kandidatuur|kandidatuurstelling|aanmelding|inschrijving|profiel|cv|aanvraag",
               r"sollicitatiebrief|achtergrond|ervaring",
           )
           + r"))")
# Not the reader telling or wishing: "je hebt laten weten dat je niet verder wilt".
_GAP = r"(?: (?!(?:laten|liet|gemeld|aangegeven|besloten|gekozen|gevraagd)\b)[\w-]+){0,4}?"
# The reader acting ("je hebt geen tijdslot gekozen") is no verdict on them.
_PASSIVE = r"(?: (?!(?:hebt|heb|heeft|had|hadden)\b)[\w-]+){0,4}?"
# A negation, not "nog niet" (not yet) nor "niet alleen" (not only).
_NEGATED = r" (?<!\bnog )(?:niet|geen)(?! alleen\b| enkel\b)(?: (?!(?:nog|wil|wilt|wenst|wensen)\b)[\w-]+){0,3}?"
_LET_THROUGH = (r"(?:"
+ any_of(
    r"geselecteerd|gekozen|aangenomen|toegelaten|uitgenodigd|goedgekeurd|geaccepteerd|voorgedragen",
    r"geschikt|succesvol|geslaagd|weerhouden|doorgelaten|in aanmerking|doorgegaan|door naar|verder gekomen",
    r"(?:de|een) (?:juiste|geschikte|passende|goede) (?:[\w-]+ )?(?:kandidaat|match|persoon)",
)
+ r")\b")
_KEPT_OUT = (r"(?:"
+ any_of(
    r"afgewezen|afgekeurd|uitgesloten|niet weerhouden|niet geselecteerd|niet toegelaten|gestopt",
    r"(?:helaas )?negatief (?:beoordeeld|beantwoord|uitgevallen)",
)
+ r")\b")
# What a company gives or lets someone into.
_PLACE = (r"(?:"
+ any_of(
    r"functie|baan|plek|plaats|positie|aanbod|contract|aanstelling|stageplek|stageplaats|vervolggesprek",
    r"uitnodiging|vacature|rol|dienstverband|opleidingsplaats|werkplek",
)
+ r")")


PHRASES: list[Rule] = [
    # ---- rejection: verdicts on the reader -------------------------------
    rule(
        "nl.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _PASSIVE + _NEGATED + r" " + _LET_THROUGH + r"(?! (?:nog|tot|totdat|zolang)\b)",
        # "je bent niet door de eerste selectieronde gekomen"
        _READER + r" (?:bent|is|zijn|was) (?:helaas |dan ook )?niet door (?:de|het) (?:[\w-]+ )?(?:ronde|selectie\w*|selectieronde) (?:gekomen|gegaan)",
        # "daarom nemen we je niet mee naar de volgende ronde"; "het is helaas geen match geworden"
        r"\bnemen (?:wij |we )?(?:je|jou|u) (?:helaas |dan ook )?niet (?:verder )?mee\b",
        r"\b(?:is|werd) (?:het )?(?:helaas |dit keer |deze keer |dan ook )*geen match (?:geworden|gebleken)\b",
        # The verb itself refuses: "je voldoet niet aan de eisen", "je profiel sluit niet aan".
        _READER + _GAP + r" (?:voldoe\w*|voldeed|pas\w*|sluit\w*|aansluit\w*|beantwoord\w*)(?: \w+)? (?<!\bnog )niet"
        + r"(?: \w+){0,3}? (?:aan|bij|op|binnen)\b",
        void_if_deferred=True,
    ),
    rule(
        "nl.rejection.reader_kept_out", "rejection", "strong",
        _READER + r"(?: (?!(?:niet|geen|nog)\b)[\w-]+){0,4}? (?:is|zijn|wordt|werd|bent|werden) (?:helaas |daarom )?"
        + _KEPT_OUT,
        negatable=True, void_if_deferred=True,
    ),
    rule(
        "nl.rejection.turned_you_down", "rejection", "strong",
        r"\b(?:besloten|gekozen|genoodzaakt|moeten) (?:om )?(?:je|jouw|uw) (?:[\w-]+ ){0,2}?"
        + r"(?:sollicitatie|kandidatuur|aanmelding|aanvraag) (?:helaas )?(?:af te wijzen|niet (?:verder )?(?:te )?"
        + r"(?:behandelen|honoreren|in behandeling (?:te )?nemen|door te zetten))",
        r"\b(?:hebben|moeten) (?:wij|we) (?:je|jouw|uw) (?:[\w-]+ ){0,2}?(?:sollicitatie|kandidatuur|aanmelding|aanvraag)"
        + r" (?:helaas )?(?:afgewezen|af moeten wijzen|niet (?:verder )?in behandeling genomen)",
        # The polite Dutch refusal: "wij moeten je helaas teleurstellen".
        r"\b(?:je|jou|u) (?:[\w-]+ )?(?:helaas |hierin |deze keer )?(?:moeten |moet )?teleur ?(?:te )?stellen\b",
        # An employer's automated answer: "de werkgever heeft geen interesse in je profiel".
        r"\b(?:geen interesse|niet geïnteresseerd) (?:meer )?in (?:je|jou|u|jouw|uw)\b",
        r"\b(?:een |onze )?afwijzing (?:op|van|voor) (?:je|jouw|uw) (?:sollicitatie|kandidatuur|aanmelding|aanvraag)\b",
    ),
    rule(
        "nl.rejection.cannot_let_you_in", "rejection", "strong",
        r"\b(?:kunnen|kan|zullen|zijn) (?:wij |we |ik )?(?:je |jou |u )?(?:helaas |op dit moment |momenteel )?"
        + rf"(?:geen|niet in staat (?:om )?(?:je |jou |u )?(?:een|de)) (?:[\w-]+ ){{0,2}}?{_PLACE}"
        + r"(?: \w+){0,3}? (?:aan ?(?:te )?bieden|geven|te geven|bieden|te bieden)\b",
        r"\b(?:kunnen|kan|zullen) (?:wij |we )?(?:je|jou|u) (?:helaas |dan ook )?niet (?:verder )?(?:"
        + r"uitnodigen|aannemen|toelaten|selecteren|plaatsen|meenemen in|aanbieden)\b",
        r"\b(?:besloten|besluiten|gekozen|kiezen) (?:om )?(?:je|jou|u) niet (?:verder )?(?:uit te nodigen|aan te nemen|te selecteren|"
        + r"door te laten|voor te dragen|mee te nemen)",
        void_if_deferred=True,
    ),
    rule(
        "nl.rejection.not_going_on_with_you", "rejection", "strong",
        r"\b(?:gaan|zullen|kunnen|willen) (?:wij |we )?(?:helaas )?(?:voor (?:deze|die|de) (?:functie|vacature|rol|positie) )?"
        + r"(?:helaas )?niet verder (?:met (?:je|jou|u|jouw|uw)\b|"
        + r"in (?:de|het) (?:procedure|proces|selectie))",
        r"\b(?:zetten|zullen) (?:wij |we )?(?:de|het) (?:sollicitatie)?(?:procedure|proces) (?:met (?:je|jou|u) )?"
        + r"(?:helaas )?niet voort",
        r"\bniet (?:verder )?(?:in behandeling (?:te )?nemen|meer in behandeling)\b",
        r"\b(?:besloten|besluit|gekozen) (?:om )?(?:helaas )?niet verder te gaan met (?:je|jou|u|jouw|uw)\b",
        void_if_deferred=True,
    ),
    rule(
        "nl.rejection.chose_another_candidate", "rejection", "strong",
        r"\bvoor iemand anders (?:gekozen|gegaan)\b",
        r"\b(?:een )?andere (?:kandidaat|sollicitant) (?:aangenomen|gekozen|geselecteerd)\b",
        r"\b(?:gekozen|gekozen hebben|kiezen|besloten|verder (?:te )?gaan|verdergaan|doorgaan) (?:voor|met) (?:een |twee |de )?"
        + r"(?:andere|meer geschikte|geschiktere) (?:kandida|sollicitant|persoon|personen)",
        r"\b(?:aangeboden|gegaan|vergeven|toegekend|gegund) (?:aan|naar) (?:een )?(?:andere|interne) (?:kandida|sollicitant|persoon)",
        r"\b(?:naar|aan) (?:een )?(?:andere|interne) (?:kandidaat|sollicitant|persoon) (?:gegaan|aangeboden|vergeven|toegekend)",
        r"\bkeuze (?:is )?(?:gevallen|gemaakt) (?:op|voor) (?:een )?(?:andere|iemand anders)",
        r"\bvoorkeur (?:gegeven|gaat uit|geven) (?:aan|naar) (?:een )?(?:andere|meer ervaren|interne|geschiktere) "
        + r"(?:kandida|sollicitant|persoon)",
        r"\b(?:andere|sterkere|geschiktere) (?:kandidaten|sollicitanten) (?:uit te nodigen|te selecteren|voor te dragen)",
        r"\b(?:kandidaten|kandidaat) (?:wiens|wier|die (?:beter|meer|dichter))",
    ),
    rule(
        "nl.rejection.position_filled", "rejection", "strong",
        r"\b(?:vacature|functie|positie|baan|stageplek|stageplaats)(?: [\w-]+){0,3} (?:is|werd|wordt) (?:inmiddels |ondertussen |intussen |al |reeds |intern )?"
        + r"(?:vervuld|ingevuld|gesloten|ingetrokken|komen te vervallen|vervallen|opgevuld|niet meer beschikbaar)",
        r"\b(?:vacature|functie|positie)(?: [\w-]+){0,3} (?:is )?(?:niet langer|niet meer) (?:beschikbaar|open|actueel)",
    ),
    rule(
        "nl.rejection.outcome_negative", "rejection", "strong",
        r"\b(?:uitslag|uitkomst|besluit|beslissing|beoordeling|antwoord)(?: [\w-]+){0,7}? negatief\b",
        r"\bnegatief (?:besluit|antwoord|bericht|advies)\b",
    ),
    rule(
        "nl.rejection.fit_not_enough", "rejection", "medium",
        r"\bniet (?:goed |voldoende |helemaal )?(?:aansluit\w*|past|passen) bij (?:de|het|onze|wat)\b",
        r"\bandere kandidaten (?:beter|meer)\b",
    ),
    rule(
        "nl.rejection.good_luck_in_your_search", "rejection", "medium",
        r"\bsucces (?:met|bij|in) (?:je|jouw|uw|het vervolg van (?:je|jouw|uw)) (?:verdere )?(?:zoektocht|loopbaan|carrière)",
        r"\bwensen (?:je|jou|u) (?:veel )?succes (?:met|bij|in) (?:je|jouw|uw) (?:verdere )?(?:zoektocht|loopbaan|carrière)",
    ),
    rule(
        "nl.rejection.helaas", "rejection", "weak",
        r"\bhelaas\b",
        r"\bspijt\b",
    ),
    # ---- next step -------------------------------------------------------
    rule(
        "nl.next_step.invite_to_interview", "next_step", "strong",
        r"\b(?:nodigen|uitnodigen|uit te nodigen|uitnodiging) (?:je |jou |u )?(?:graag |hierbij )?(?:uit )?(?:voor|tot|om)"
        + r" (?:een|het|de|een tweede|een eerste) (?:[\w-]+ )?(?:gesprek|sollicitatiegesprek|kennismakingsgesprek|"
        + r"interview|assessment|test|opdracht|ronde|videogesprek)",
        void_if_to_someone_else=True,
    ),
    rule(
        "nl.next_step.next_round", "next_step", "strong",
        r"\b(?:door|verder) naar de (?:volgende|tweede|laatste) (?:ronde|fase|stap)\b",
        r"\b(?:tweede|vervolg|volgende) ?(?:gesprek|ronde)\b(?: \w+){0,3} (?:inplannen|plannen|afspreken)",
    ),
    rule(
        "nl.next_step.pick_a_time", "next_step", "strong",
        r"\b(?:je|jouw|uw) beschikbaarheid\b",
        r"\bwanneer (?:ben je|bent u|heb je|heeft u|schikt het|komt het (?:je|u))\b",
        r"\b(?:kies|kiest|selecteer|plan) (?:een|je|jouw|uw) (?:geschikt\w* )?(?:tijdstip|tijdslot|moment|datum|afspraak)",
        r"\b(?:een|je) (?:geschikt\w* )?(?:tijdstip|tijdslot|moment|datum) (?:te )?(?:kiezen|selecteren|inplannen|boeken)\b",
    ),
    # ---- offer -----------------------------------------------------------
    rule(
        "nl.offer.we_offer_you", "offer", "strong",
        r"\b(?:bieden|bied) (?:wij |we )?(?:je|jou|u) (?:graag |hierbij |met plezier )?(?:de|een|deze) (?:[\w-]+ )?"
        + r"(?:functie|baan|positie|arbeidsovereenkomst|contract|aanstelling)",
        r"\b(?:je|jou|u) (?:graag |hierbij |met plezier )?(?:de|een|deze) (?:[\w-]+ ){0,2}(?:functie|baan|positie|"
        + r"arbeidsovereenkomst|contract|aanstelling)(?: [\w-]+){0,3} aan ?(?:te )?bieden",
        r"\b(?:blij|verheugd|trots) (?:je|jou|u) (?:een )?(?:aanbod|baanaanbod|contract)",
    ),
    rule(
        "nl.offer.the_offer", "offer", "medium",
        r"\b(?:ons |het |een )?(?:baanaanbod|arbeidsvoorwaardenvoorstel|aanbodbrief|arbeidsovereenkomst|arbeidscontract)\b",
        r"\bons (?:schriftelijk\w* )?aanbod\b",
        r"\bwelkom (?:in|bij) (?:het|ons) team\b",
    ),
    # ---- pending ---------------------------------------------------------
    rule(
        "nl.pending.received_and_reviewing", "pending", "strong",
        r"\b(?:we|wij) (?:zijn|gaan) (?:nog |momenteel )?(?:bezig met|druk met) (?:het beoordelen|de selectie|de beoordeling)",
        r"\b(?:we|wij) (?:beoordelen|bekijken) (?:je|jouw|uw|alle) (?:sollicitatie|sollicitaties|kandidatuur|cv)\b",
        r"\bnog geen (?:beslissing|besluit|keuze)\b",
        r"\b(?:sollicitatie|kandidatuur|aanvraag) is in behandeling\b",
    ),
    rule(
        "nl.pending.we_will_let_you_know", "pending", "strong",
        r"\b(?:laten|hoor|horen) (?:we |wij )?(?:je|jou|u|van ons)(?: [\w-]+){0,3} (?:binnen|uiterlijk|voor|zo snel|"
        + r"volgende week|na|in de loop)",
        r"\bnemen (?:we |wij )?(?:binnen|zo snel mogelijk|uiterlijk|spoedig)(?: [\w-]+){0,3} contact (?:met (?:je|jou|u) )?op\b",
    ),
    rule(
        "nl.pending.application_received", "pending", "medium",
        r"\b(?:we|wij) hebben (?:je|jouw|uw) (?:sollicitatie|kandidatuur|aanmelding|cv)(?: [\w-]+){0,3} ontvangen\b",
    ),
]

# The closing of a refusal that never says no, as the English "best in your future endeavours"
# (real-mail rounds 10-12: an ATS's "not interested" template): medium, the user confirms.
PHRASES += [
    rule(
        "nl.rejection.het_beste_voor_de_toekomst", "rejection", "medium",
        r"\b(?:wensen|wens) (?:je|jou|u) (?:het )?(?:allerbeste|beste|veel succes|succes|veel geluk)"
        + r" (?:bij|met|in|voor) (?:je|jouw|uw) (?:toekomstige|verdere|volgende) (?:sollicitaties|zoektocht|loopbaan"
        + r"|carrière|plannen|projecten|stappen)\b",
    ),
]

PHRASES += [
    rule(
        "nl.rejection.someone_refused_your_application", "rejection", "strong",
        r"\b(?:heeft|hebben) (?:je|jouw|uw) (?:[\w-]+ )?(?:sollicitatie|aanmelding|inschrijving|aanvraag|kandidatuur)"
        + r"(?: [\w-]+){0,2}? (?:afgewezen|geweigerd|niet geaccepteerd)\b",
        r"\b(?:je|jij|u) (?:bent|werd|wordt) (?:helaas )?niet toegelaten\b",
        negatable=True,
    ),
]

# The reader's request or application, then its refusal later in the same sentence, with nothing but the
# thing's name between (a quoted programme, a course, a link): real-mail rounds 13-15 ("your request to
# access "X" program was rejected" in seven languages). No negation, meeting or refund word in between.
PHRASES += [
    rule(
        "nl.rejection.reader_refused_in_the_sentence", "rejection", "strong",
        r"(?<!\bals )(?<!\bindien )(?<!\bmocht )(?<!\bwanneer )\b(?:je|jouw|uw) (?:verzoek|aanvraag|sollicitatie|aanmelding"
        r"|inschrijving|kandidatuur)\b"
        + within_sentence(r"niet|geen|nog|gesprek|afspraak|verplaatsing|vergoeding|verlof")
        + r" (?:is|werd|wordt) (?:helaas )?(?:afgewezen|geweigerd|afgekeurd)\b",
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "nl",
    # "je hebt de kandidaat … afgewezen": "je" before a verb is the reader as subject, not "your" (stress set 6)
    possessives=r"uw|je(?! (?:hebt|bent|kunt|wordt|krijgt|zult|mag|moet|gaat|had|was)\b)|jouw",
    refusals=any_of(
        r"afgewezen|afgekeurd|geweigerd|beëindigd",
        r"niet (?:geselecteerd|goedgekeurd|aangenomen|toegelaten|geaccepteerd|gehonoreerd|toegekend)",
        r"geannuleerd",
    ),
    status_labels=r"status|uitslag|uitkomst|besluit|beslissing|resultaat|reactie",
    status_values=r"afwijzing|niet geschikt|ongeschikt|niet uitgenodigd|niet geselecteerd|niet door(?: naar [\w-]+)?|afgewezen",
    applications=r"sollicitatie|kandidatuur|aanmelding|inschrijving|aanvraag",
    refusal_nouns=r"afwijzing|afwijzingsbrief|negatief antwoord|negatieve uitslag",
    headline_links=r"van|op|voor|betreffende",
    unrelated=any_of(
        r"bezoekerspas\w*",  # a visitor's pass (stress set 11)
        r"vrijstelling|kwijtschelding",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"betaling|kaart|bestelling|factuur|bericht|e-?mail|mail|wachtwoord|verlof\w*|vakantie|declaratie",
        r"onkosten|afwezigheid|uitbetaling\w*|bank|overboeking|ruil\w*|reiskosten\w*|\w*vergoeding",
    ),
    # (and someone else: "je teamgenoot is niet geselecteerd", stress set 24)
    not_judged=r"bestand|bijlage|document|foto|aanbod|intrekking|gesprek\w*|afspraak|interview|kopie|identiteitsbewijs"
    + r"|teamgenoot|collega|vriend(?:in)?|broer|zus",
    negations=r"niet|nooit|geen|nog",
    others=r"zijn|haar|hun|iemand|collega|vriend\w*|andere|kandidaten|als|indien|wanneer|mocht|die|dat|hebt|heb",  # "je hebt je sollicitatie …": "je" is the reader acting
    modals=r"zal|zullen|zou|kan|kunnen|moet",
    not_after=("als", "indien", "mocht", "wanneer", "je hebt", "u heeft", "hebt je", "heeft u"),  # "als" is not among the conditions: German "als" is "as"
    offers=r"aanbod|(?:baan|job)aanbod|arbeidsaanbod|(?:arbeidsvoorwaarden)?voorstel",
    withdrawn=r"ingetrokken|trekken (?:\w+ ){0,3}?in\b|in te trekken|intrekken",
    cannot_go_on=any_of(
        r"\b(?:je|u|jij) (?:helaas )?niet (?:door|verder|mee) (?:kunt|kan|mag|gaat) (?:naar|met|in|doen)\b",
        r"\bniet met (?:je|jou|u) verder (?:te )?gaan\b",
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur|aanmelding) niet (?:verder )?(?:meenemen|in behandeling nemen)\b",
    ),
    taken_off=any_of(
        r"\b(?:hebben|heeft) (?:we |wij )?(?:je|u) (?:[\w-]+ ){0,2}?van de (?:\w+)?lijst (?:gehaald|verwijderd|afgevoerd)",
        # "Je bent door de coördinator uit de dienst "Voedselbank, zaterdag" gehaald" (stress set 4)
        r"\b(?:je|u) (?:bent|is) door [^.!?\n]{1,40}? uit (?:de|het) [^.!?\n]{1,60}? (?:gehaald|verwijderd)\b",
    ),
    ended_for_you=r"\b(?:stoppen|beëindigen|sluiten) (?:we |wij )?(?:daarom )?de (?:sollicitatie)?procedure met (?:je|jou|u"
    + r"|alle kandidaten)",
    left_out=any_of(
        r"\bbesloten om niet verder met (?:je|jou|u) te gaan\b",  # text without accents, regional variants and loanwords (stress set 25)
        r"\bkunnen (?:wij|we) (?:uw|je|jouw) aanmelding\b[^.!?\n]{0,30}\bniet afronden\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\b(?:je bent|bent u|ben je|u bent)\b[^.!?\n]{0,80}\bniet doorgegaan\b",
        r"\bbesloten (?:deze|dit|uw aanvraag|je aanvraag|het verzoek) niet te honoreren\b",
        r"\b(?:je|uw|jouw) aanmelding\b[^.!?\n]{0,40}\bis (?:helaas )?niet goedgekeurd\b",
        r"\bmocht u desondanks van mening zijn dat u recht (?:hebt|heeft) op\b",  # the refusal only implied by the way to contest it (real-mail round 61)
        r"\b(?:functie|vacature)\b[^.!?\n]{0,60}\b(?:komen|komt) te vervallen\b",  # longer formal letters with the decision buried (stress set 23)
        r"\bprocedure is (?:daarom |dan ook )?voor alle kandidaten (?:beëindigd|afgesloten|gestopt)\b",
        r"\b(?:is )?(?:uw|je|jouw) dossier (?:is )?(?:gesloten|gearchiveerd)\b",
        r"\b(?:(?:zullen|kunnen) (?:wij|we)|(?:wij|we) (?:zullen|kunnen)) (?:u|je|jou) (?:echter |helaas |dan ook )*geen aanbod doen\b",
        r"\bkunnen er (?:daarom |dan ook |helaas )*geen vervolg aan geven\b",
        r"\bde keuze (?:is )?niet op (?:u|jou|je) (?:is )?gevallen\b",
        r"\b(?:wordt het|het wordt) 'm (?:deze keer |dit keer |helaas )*niet\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\b(?:promotieplek|plek|functie|vacature)\b[^.!?\n]{0,60}\baangeboden aan (?:een|de) (?:andere )?kandidaat\b",
        r"\b(?:de |het )?(?:vacature|plek|functie)\b[^.!?\n]{0,40}\b(?:is|werd) (?:vorige week |al |inmiddels )*vervuld\b",
        r"\bwe stoppen hier met het (?:proces|traject)\b",
        r"\bgeen plek voor een (?:starter|junior|beginner)\b",
        r"\b(?:heeft u|heb je|hebt u|u heeft|je hebt|jij hebt) (?:helaas )?geen (?:plaats|plek) (?:gekregen|toegewezen gekregen|bemachtigd)\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\b(?:je|u) (?:helaas )?niet door (?:bent|bent gegaan|gaat) naar de volgende (?:ronde|fase|stap)\b",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\b(?:daarmee|hiermee|daardoor) komt er een einde aan (?:uw|je|jouw) (?:deelname|sollicitatie|kandidatuur)\b",
        r"\b(?:uw|je|jouw) sollicitatie wordt (?:hiermee |daarmee |bij deze )?(?:afgesloten|beëindigd|gesloten)\b",
        r"\b(?:we|wij) zitten (?:helaas )?(?:al )?vol\b",
        r"\bbesloten (?:u|je|jou) niet te (?:benoemen|selecteren|aan te nemen|plaatsen)\b",
        r"\b(?:uw|je|jouw) sollicitatie\b[^.!?\n]{0,80}\bwordt niet langer in behandeling genomen\b",  # automated notices of tracking systems and portals (stress set 20)
        r"\bhiermee is (?:ook )?(?:je|jouw|uw) sollicitatie (?:afgesloten|beëindigd|gesloten)\b",
        r"\b(?:ben je|bent u|ben jij)\b[^.!?\n]{0,60}\bafgevallen\b",
        r"\b(?:gekozen|kiezen|gaan) voor (?:iemand anders|een andere kandidaat|iemand met (?:meer|een|net)|een kandidaat met (?:meer|een))\b",  # employers' replies and news after interviews (stress sets 18 and 19)
        r"\bvoor deze (?:rol|functie|vacature|positie|opdracht) houdt het (?:hier |helaas )*op\b",
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) nemen (?:we|wij) (?:daarom |helaas )*niet (?:verder )?mee\b",
        r"\b(?:(?:behoort|hoort) (?:u|je|jij)|(?:u|je|jij) (?:behoort|hoort)) (?:helaas )?niet (?:tot|bij) de (?:kandidaten|geselecteerde|genodigde|uitgenodigde)\w*",
        r"\bgaan (?:we|wij) (?:helaas )?niet (?:met (?:je|jou|u) )?verder\b",
        r"\b(?:uw|je|jouw) (?:profiel|cv|ervaring|achtergrond)\b[^.!?\n]{0,20}\b(?:onvoldoende|niet(?: voldoende)?) aansl\w*",
        r"\b(?:uw|je|jouw) (?:profiel|cv|ervaring|achtergrond) (?:sluit|past) (?:helaas )?(?:onvoldoende|niet(?: voldoende| goed)?) aan\b",
        r"\bmet een andere kandidaat verder te gaan\b",
        r"\bniet verder te gaan met (?:je|jouw|uw) (?:kandidatuur|sollicitatie)\b",
        r"\bgeen basis om de (?:procedure|sollicitatieprocedure|selectieprocedure) met (?:je|jou|u) voort te zetten\b",
        r"\bbesloten (?:u|je|jou) niet (?:voor (?:benoeming|aanstelling) )?voor te dragen\b",
        r"\bbesloten het niet met (?:je|jou|u) aan te gaan\b",  # a season's inbox (stress set 17)
        r"\b(?:nemen (?:we|wij)|(?:we|wij) nemen) (?:(?:je|jouw|uw) (?:sollicitatie|kandidatuur|aanvraag) )?(?:daarom )?niet (?:verder )?in behandeling\b",
        r"\bkomen (?:we|wij) (?:helaas )?niet tot een uitnodiging\b",
        r"\b(?:je|uw) sollicitatie niet (?:kunnen|kan) (?:meenemen|meewegen)\b",
        r"\bniet (?:verder )?in overweging te nemen\b",
        r"\bkan niet in behandeling (?:worden )?genomen\b",  # formal public-sector letters (stress set 16)
        r"\b(?:bent u|ben je|u bent|je bent) (?:helaas )?niet geplaatst\b",
        r"\ber (?:zal|wordt) geen benoeming plaats\w*|\bde procedure wordt stopgezet\b",
        r"\b(?:kunnen (?:wij|we)) (?:u|je|jou) (?:helaas )?niet (?:aanstellen|aannemen|benoemen)\b",
        r"\b(?:wij|we) (?:u|je) (?:helaas )?niet kunnen (?:aanstellen|aannemen|benoemen)\b",
        r"\baan iemand anders gegeven\b",
        r"\bnodigen (?:we|wij) (?:je|jou|u) (?:daarom |dus |helaas )*niet uit\b",
        r"\b(?:we|wij) nodigen (?:je|jou|u) (?:daarom |dus |helaas )*niet uit\b|\bsluit minder goed aan dan (?:dat van )?andere kandidaten\b",
        r"\bniet over te gaan tot (?:uw|je) (?:benoeming|aanstelling|plaatsing)\b",
        r"\bniet (?:meer )?(?:worden )?meegenomen in de (?:selectie|procedure)\b",
        r"\buw naam komt (?:daar |er )?niet op voor\b",
        r"\bis verlopen\b[^.!?\n]{0,80}\b(?:is|werd) verwijderd\b",  # selections outside work and study (stress set 14)
        r"\bniet koppelen aan een mentor\b",
        r"\bheb je het (?:dit seizoen |deze keer )?niet gehaald\b",
        r"\binschrijving op de wachtlijst\b[^.!?\n]{0,60}\bis vervallen\b",
        r"\baanmelding (?:als [\w-]+ )?is geannuleerd door de organisat\w+\b",
        r"\bhebben (?:je|uw) aanmelding moeten afwijzen\b",
        r"\bnemen (?:je|uw|jouw) project (?:[\w-]+ ){0,3}?niet op\b",
        r"\b(?:je|jouw|uw) plek\b[^.!?\n]{0,50}\baan iemand gegeven\b",
        r"\bbeëindigen wij het fiscaal hosten\b",
        r"\b(?:je|uw|jouw) profiel sluit (?:[\w-]+ ){0,3}?niet (?:helemaal |goed |volledig )?aan bij\b",  # a refusal said softly (stress set 12)
        r"\bde voorkeur gegeven aan (?:andere )?kandidaten\b",
        r"\b(?:waardoor|daarom) we de procedure met (?:jou|je|u) niet voortzetten\b",
        r"\bbesloten verder te gaan met iemand\b",
        r"\bniet in de positie om (?:je|jou|u) een aanbod te doen\b",
        r"\bgaat verder met een andere kandidaat\b|\bik sluit (?:je|jouw|uw) sollicitatie\b",
        r"\bbesloten (?:je|jouw|uw) (?:aanmelding|aanvraag)\b[^.!?\n]{0,40}\bniet te honoreren\b",
        r"\b(?:deze|dit) keer was het geen match\b",
        r"\bnodigen (?:we|wij) (?:je|jou|u) niet uit voor een gesprek\b",
        r"\bde keuze (?:is )?op een andere kandidaat (?:gevallen|valt)\b",
        r"\bkunnen we (?:je|jou|u) niet inplannen\b",
        r"\bniet binnen de (?:gestelde|vastgestelde|beschikbare) termijn (?:beantwoord|goedgekeurd|geaccepteerd)\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\bniet de (?:vereiste|benodigde|minimale) (?:score|punten|cijfer|puntenaantal) (?:behaald|gehaald)\b",  # the score needed not reached (real-mail round 48)
        r"\bhelaas is (?:het|hij|deze|dit) niet (?:geselecteerd|gekozen|opgenomen|toegelaten)\b",  # decisions on submissions and calls (stress set 13)
        r"\bbuiten het bestek van\b|\bniet ter beoordeling (?:aan [\w-]+ )?voorgelegd\b",
        r"\bonder de (?:financieringsgrens|subsidiegrens|financieringsdrempel)\b",
        r"\bbesloten (?:u|je|jou) niet toe te laten\b|\bbesloten (?:u|je|jou) (?:de|het) \w+ niet toe te kennen\b",
        r"\b(?:uw|je|jouw) (?:inzending|aanvraag|voorstel|project|werk)\b[^.!?\n]{0,30}? niet op de (?:shortlist|longlist|lijst)\b",
        r"\bvoor andere (?:kunstenaars|kandidaten|projecten|voorstellen|inzendingen|aanvragen) gekozen\b",
        r"\bjullie (?:[\w-]+ )?(?:startup|project|team|voorstel|aanvraag) is niet geselecteerd\b",
        r"\bgeen mogelijkheid om (?:u|je|jou) (?:als [\w-]+ )?aan te nemen\b",
        r"\b(?:uw|je) (?:[\w-]+)?aanvraag niet (?:wordt|werd) (?:gehonoreerd|toegekend)\b",
        r"\bin te dienen bij een ander(?:e)? (?:conferentie|tijdschrift|congres|evenement)\b|\bvalt buiten (?:de scope|het thema|het kader)\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\bbesloten de (?:sollicitatie)?procedure met (?:u|je|jou) niet voort te zetten\b|\bbesloten (?:u|je|jou) geen (?:aanbod|voorstel|contract) te doen\b",  # the procedure not continued, no offer made (stress set 11)
        r"\b(?:u|je) (?:kunt|kan) (?:daarom |dus |helaas )?niet doorstromen\b|\bkunt (?:u|je) (?:daarom |dus |helaas )?niet"
        + r" doorstromen\b",
        r"\bgeen plek (?:meer )?voor (?:jou|je|u)\b",
        r"\bkunnen we (?:je|u) (?:helaas |dus )?niet meenemen\b",
        r"\bniet-ontvankelijk verklaard\b",
        r"\b(?:plaats|plek|functie|promotieplek|stageplek|stageplaats) (?:is )?inmiddels vergeven\b",
        r"\bje bent\b[^.!?\n]{0,50}? uit de (?:dienst|groep|cursus|planning) gehaald\b",
        r"\bje bent niet ingedeeld\b",
        r"\bvoor een andere (?:freelancer|kandidaat|opdrachtnemer) gekozen\b",
        r"\bvergeven aan de volgende (?:persoon|kandidaat)\b",
        # stress set 5
        r"\b(?:besloten|kunnen) (?:je|u|jou) (?:[\w-]+ ){0,4}?geen (?:plaats|plek|functie|contract|aanbod|rol)"
        + r" (?:[\w-]+ ){0,4}?aan ?(?:te )?bieden\b",
        # stress set 6
        r"\bkunnen (?:je|jou|u) (?:helaas |dus |daarom )?niet (?:inplannen|inroosteren|plaatsen|toelaten|aannemen)\b",
        r"\been andere kandidaat (?:[\w-]+ ){0,4}?(?:voorgedragen|gekozen|aangenomen|geselecteerd|aan te bieden|aangeboden)\b",
        r"\bwaarop (?:je|u) (?:hebt|heeft|had) (?:gereageerd|gesolliciteerd)\b,? (?:is|werd)[^.!?\n]{0,40}? (?:ingetrokken"
        + r"|geannuleerd|vervallen|gesloten)",
        r"\balle sollicitaties,? ook die van (?:jou|u),? zijn (?:afgesloten|gesloten|geannuleerd)\b",
        r"\b(?:heeft|hebben) (?:je|jou|u) uit (?:de|het) [^.!?\n]{1,40}? verwijderd\b",
        r"\bniet (?:bent |is )?gekoppeld aan (?:een|de) \w*(?:plek|plaats|stage|functie|project)",
        r"\bzetten (?:we |wij )?de (?:sollicitatie)?procedure (?:daarom |dus |helaas )?niet (?:met (?:je|jou|u) )?voort\b",
        # stress set 7
        r"\bwaarop (?:je|u) (?:hebt|heeft) gereageerd,? is niet meer beschikbaar\b",
        r"\b(?:hebben|heb) (?:we |wij |ik )?(?:inmiddels |al )?iemand (?:anders )?gevonden voor\b",
        r"\bkan (?:je|jou|u) (?:daarom |helaas |dus )?niet aannemen\b",
        r"\bgekozen voor een (?:andere )?kandidaat met meer\b",
        # the English families of real-mail rounds 28-31, in Dutch
        r"\b(?:een )?andere (?:student|kandidaat|sollicitant|vrijwilliger|persoon|stagiair)\b[^.!?\n]{0,60}? (?:gevonden"
        + r"|gekozen|geselecteerd)\b",
        r"\b(?:functie|vacature|positie|plek|plaats|onderwerp|stage(?:plaats)?|opdracht|rol|project|baan)\b[^.!?\n]{0,40}?"
        + r"(?:gesolliciteerd|aangemeld|ingeschreven),? (?:is|zijn) (?:helaas )?(?:niet meer|niet langer) (?:beschikbaar"
        + r"|open|vacant)\b",
        r"\b(?:kan|kunnen) (?:ik|wij|we) (?:helaas )?(?:uw|je|jouw) (?:scriptie|afstudeer\w*|thesis|promotie\w*|onderzoek)"
        + r" (?:helaas )?niet begeleiden\b",
        r"\bgesloten zonder dat er (?:iemand|een kandidaat) (?:is )?(?:aangenomen|geselecteerd)\b",
        r"\bsolliciteer (?:gerust |dan )?opnieuw\b[^.!?\n]{0,20}? (?:zodra|wanneer|als) (?:u|je) (?:aan (?:onze|de)"
        + r" (?:eisen|vereisten|criteria) )?voldoet\b",
        r"\bbesloten (?:(?:je|uw|jouw) (?:mentortraject|mentorschap|mentoring|begeleiding|samenwerking)\b[^.!?\n]{0,30}?"
        + r"|(?:het|de) (?:mentortraject|mentorschap|mentoring|begeleiding|samenwerking) met (?:jou|u|je) )te (?:beëindigen"
        + r"|stoppen)\b",
        r"\balle (?:plaatsen|plekken|posities|stageplaatsen)\b(?![^.!?\n]{0,40}\b(?:open dag|evenement|webinar"
        + r"|rondleiding)\b)[^.!?\n]{0,40}? zijn (?:al |reeds )?(?:vergeven|bezet|ingevuld|toegewezen|gevuld)\b",
        # stress set 8
        r"\b(?:we hebben|wij hebben|ik heb) (?:inmiddels |al |nu )?(?:iemand (?:anders )?|een andere kandidaat )(?:gevonden"
        + r"|gekozen|aangenomen)\b",
        r"\b(?:niet verder (?:willen|wil|gaan|kunnen)|(?:wil|willen|gaat|gaan|kan|kunnen) niet verder) met (?:uw|je|jouw)"
        + r" (?:kandidatuur|sollicitatie|aanmelding)\b",
        r"\b(?:heeft|hebben) gekozen voor (?:een )?(?:andere )?(?:collega|kandidaat|sollicitant|interne kandidaat)\b",
        r"\bwe (?:je|u) niet (?:kunnen|mogen) toelaten\b",
        r"\b(?:voldoe je|voldoet u|je voldoet|u voldoet) (?:helaas )?niet aan (?:de|onze|alle) [\w-]*(?:eis|eisen|vereisten"
        + r"|voorwaarden|criteria)\b",
        # the families of stress set 8 and rounds 33-36, in Dutch
        r"\b(?:uw|je) naam staat (?:helaas )?niet op de (?:[\w-]+ )?lijst\b[^.!?\n]{0,40}?(?:kandidaten|geselecteerd"
        + r"|genodigden|gesprek)",
        r"\b(?:is|zijn) onze nieuwe \w+ (?:begonnen|gestart)\b|\bonze nieuwe \w+ (?:is|zijn) (?:inmiddels |al )?(?:begonnen"
        + r"|gestart)\b",
        r"\b(?:kan|kunnen) (?:je|jou|u) (?:deze|de|dit|het) (?:kans|functie|plek|opdracht|taak|vacature) (?:helaas )?niet"
        + r" meer aanbieden\b",
        r"\b(?:heeft|hebben) (?:de|deze) (?:vacature|functie) (?:inmiddels |al )?(?:ingevuld|vervuld|opgevuld)\b",
        # core families missed outside English (language parity)
        r"\b(?:functie|vacature) intern in te vullen\b|\b(?:functie|vacature) (?:is|wordt) intern (?:ingevuld|vervuld)\b",
        r"\b(?:functie|vacature)\b[^.!?\n]{0,30}? (?:is|wordt) (?:geschrapt|geannuleerd|ingetrokken|vervallen)\b"
        + r"|\b(?:is|wordt) de (?:functie|vacature) (?:[\w-]+ )?(?:geschrapt|geannuleerd|ingetrokken|vervallen)\b",
        r"\been (?:andere )?kandidaat met meer (?:ervaring|werkervaring)\b[^.!?\n]{0,40}?aan te nemen\b",
        r"\b(?:functie|baan|plek|positie) aangeboden aan (?:iemand|een andere kandidaat|een andere sollicitant)\b"
        + r"(?![^.!?\n]{0,40}\b(?:afgezegd|bedankt|afgewezen|geweigerd)\b)",
        # core families missed (language parity, batch 4)
        r"\bwe nodigen (?:u|je|jou) niet uit\b|\b(?:u|je) (?:wordt|word) niet uitgenodigd\b",
        r"\b(?:procedure|vacature) te sluiten zonder\b",
        r"\been andere richting in te slaan voor (?:deze|de) functie\b",
        # language parity, batch 5
        r"\b(?:u|je|jou) (?:de|deze) (?:functie|baan|plek|positie|stage) niet (?:kunnen|kunnen we) aanbieden\b",
        r"\bgeen passende (?:vacature|functie)s? voor (?:uw|je) profiel\b",
        r"\b(?:u|je) (?:behoort|behoor|hoort) niet (?:tot|bij) de (?:kandidaten|geselecteerde|genomineerde)\b",
        r"\been andere (?:kandidaat|sollicitant|persoon) aan te nemen\b",
        r"\b(?:uw|je) sollicitatie is (?:[\w-]+ )?gearchiveerd\b",
        # stress set 9
        r"\b(?:vacature|functie)\b(?:(?!\b(?:niet|nog)\b)[^.!?\n]){0,80}? is (?:al )?(?:vervuld|ingevuld|vergeven)\b",
        r"(?:^|\n)\W*(?:vacature|functie) (?:vervuld|ingevuld)\W*(?=$|\n)",
        r"\bwe (?:je|u) niet uitnodigen\b",
        r"\bprocedure (?:voort te zetten|voortzetten|verder te gaan) met een andere kandidaat\b",
        r"\bniet door naar de (?:volgende|laatste|tweede|finale) ronde\b",
        r"\bniet verder met (?:deze|de) kandidaat\b",
        # casual refusals (language parity, batch 7)
        r"\bis het (?:helaas )?(?:deze|dit) keer (?:helaas )?niet gelukt\b",
        # stress set 10: Dutch as it is written
        r"\bgekozen voor iemand (?:die|anders)\b",
        r"\bhet wordt (?:helaas )?niks\b",
        r"\b(?:is )?de keuze (?:is )?gevallen op (?:een|iemand)\b",
        r"\b(?:u|je) niet voldoe?t aan (?:de|onze|alle) [\w-]*(?:eis|eisen|vereisten|voorwaarden|criteria)\b",
        r"\balle (?:leerbanen|stageplekken|plekken|leerwerkplekken)\b[^.!?\n]{0,40}? zijn (?:al |reeds )?(?:vergeven|bezet|vol)\b",
        r"\b(?:je|u) (?:daarom )?geen [\w-]*(?:plek|plaats|functie|baan) (?:meer )?aanbieden\b",
        r"\bmoeten (?:we|wij) (?:je|uw) (?:aanvraag|sollicitatie|aanmelding) (?:helaas )?afwijzen\b",
        r"\bnemen (?:we|wij) niemand (?:nieuw )?aan\b",
        r"\bis gekozen voor (?:een )?(?:andere )?(?:collega|kandidaat|sollicitant)\b",
        r"\bgeen passende functie voor (?:je|u) (?:hadden|gevonden)\b",
        r"\b(?:u|je) (?:wordt|word) niet verder meegenomen\b",
        r"\b(?:we|wij) moeten (?:je|uw) (?:aanvraag|sollicitatie|aanmelding) (?:helaas )?afwijzen\b",
        # formal letters (language parity, batch 8)
        r"\b(?:uw|je) profiel sluit (?:onvoldoende|niet (?:voldoende )?) ?aan bij\b",
        r"\bgeen mogelijkheid (?:om )?(?:u|je) een (?:aanbod|contract|plaats|functie) te (?:doen|geven|bieden|aanbieden)\b",
        r"\bde (?:sollicitatie)?procedure wordt voor (?:u|jou|je) (?:hierbij |hiermee )?afgesloten\b",
    ),
    changed_to=r"gewijzigd in|veranderd in",
    agent_words=r"door|voor",
    invitations=r"uitnodiging",
    revoked=r"ingetrokken",
)
PHRASES += refusal_frames(FRAME_WORDS)
