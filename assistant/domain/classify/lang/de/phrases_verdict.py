"""German verdicts on the reader: a refusal read from its grammar (see lang/en/phrases_verdict.py).

The reader ("Sie", "Ihre Bewerbung", "Ihre Teilnahme") and a word of being kept
out ("wurde abgelehnt") or a negated word of being let through ("sind nicht
zugelassen", "erfüllen nicht die Voraussetzungen"); the organisation unable to
let the reader in ("können Sie nicht aufnehmen"). Tested in tests/classify/test_verdicts.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule, within_sentence
from ..frames import FrameWords, refusal_frames

_READER = (r"\b(?:sie|du|(?:ihre?|deine?) (?:[\w-]+ ){0,2}?(?:"
           + any_of(r"bewerbung|kandidatur|teilnahme|anmeldung|anfrage|antrag|unterlagen|profil|registrierung",
                    r"einschreibung|zulassung|aufnahme")
           + r"))")
# No negation in the gap: "Ihre Teilnahme wurde nicht abgelehnt" keeps it alive.
_GAP = r"(?: (?!(?:nicht|kein\w*|noch)\b)[\w-]+){0,3}?"
_KEPT_OUT = r"(?:abgelehnt|zurückgewiesen|ausgeschlossen|nicht berücksichtigt|nicht angenommen|nicht ausgewählt)\b"
_LET_THROUGH = (r"(?:"
+ any_of(
    r"zugelassen|ausgewählt|berücksichtigt|angenommen|aufgenommen|erfolgreich|geeignet|qualifiziert",
    r"teilnahmeberechtigt|berechtigt|bewilligt|genehmigt|eingeladen|weitergeleitet",
)
+ r")\b")


VERDICTS: list[Rule] = [
    rule(
        "de.rejection.reader_kept_out", "rejection", "strong",
        _READER + _GAP + r" (?:wurden?|wurdest|ist|sind|bist|wird|werden|haben wir|hat)(?: (?:leider|bedauerlicherweise"
        + r"|daher))?" + _GAP + " " + _KEPT_OUT,
        # Taken off a role already given (real-mail round 20): "Du wurdest als Teilnehmer für die Aktivität … entfernt".
        r"\b(?:sie|du) (?:wurden|wurdest|sind|bist) (?:leider )?als (?:teilnehmer\w*|freiwillige\w*|helfer\w*|mitglied"
        + r"|kandidat\w*|bewerber\w*)" + within_sentence(r"nicht|kein\w*|noch|wenn|falls") + r" (?:entfernt|gestrichen)\b",
        negatable=True,
    ),
    rule(
        "de.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _GAP + r" (?:sind|ist|wurden?|waren|war)(?: [\w-]+){0,4}? (?:leider )?nicht(?: [\w-]+){0,3}? "
        + _LET_THROUGH + r"(?! werden,? (?:bis|sobald|wenn))",
        # The verb first, a quoted name before the participle (real-mail round 20):
        # "Leider wurdest du nicht für die Aktivität ‚Strandputz‘ ausgewählt". A word comes first: a sentence that
        # opens with the verb is a question or a condition ("Wurdest du nicht ausgewählt, bekommst du …").
        r"\b(?:leider|daher|deshalb|somit|diesmal|bedauerlicherweise|jedoch|aber|nun) (?:wurden|wurdest|wurde|sind|bist"
        + r"|waren|warst) (?:sie|du) (?:leider )?nicht\b"
        + within_sentence(r"nicht|kein\w*|noch|wenn|falls|sobald") + " " + _LET_THROUGH,
        _READER + r" (?:erfüllen|erfüllt|erfüllst|entsprechen|entspricht|passt|passen)(?: leider)? (?:nicht|keine)\b",
        void_if_deferred=True,
    ),
    rule(
        "de.rejection.cannot_let_you_in", "rejection", "strong",
        # (not a day or a time no longer offered: "Ihnen den Termin am Montag nicht mehr anbieten")
        r"\b(?:können|konnten|werden) (?:wir )?(?:ihnen|dir|sie|dich)(?! (?:den|diesen|einen) (?:termin|zeitpunkt|slot))"
        + r"(?: [\w-]+){0,4}? (?<!\bnoch )(?:leider )?(?:nicht|keine?n?)"
        + r"(?: [\w-]+){0,4}? (?:aufnehmen|zulassen|berücksichtigen|anbieten|annehmen|einladen|vermitteln|vorsehen)\b",
        # "Leider können wir Ihnen keine Zusage für den Ausbildungsplatz geben": no acceptance to give.
        r"\b(?:können|konnten|werden) (?:wir )?(?:ihnen|dir)(?: [\w-]+){0,3}? keine zusage\b",
        # The reader's submission not taken in: "Leider konnten wir Ihre Einreichung nicht in das Programm
        # aufnehmen" (language parity batch 10).
        r"\b(?:können|konnten|werden) wir (?:ihren?|deinen?) (?:[\w-]+ )?(?:einreichung|beitrag|vortrag\w*|vorschlag"
        + r"|abstract|bewerbung|antrag|kandidatur)\b[^.!?\n]{0,80}? (?:leider )?nicht(?: [\w-]+){0,4}?"
        + r" (?:aufnehmen|zulassen|berücksichtigen|annehmen|akzeptieren|bewilligen|auswählen)\b",
        void_if_deferred=True,
    ),
    rule(
        # A status line of its own: "Bewerbung abgelehnt".
        "de.rejection.status_line", "rejection", "strong",
        r"(?:^|\n)\W*(?:(?:ihre|deine) )?(?:bewerbung|anmeldung|einschreibung|antrag|kandidatur):? (?:wurde )?"
        + r"(?:abgelehnt|nicht angenommen|nicht berücksichtigt)\W*(?=\n|$)",
    ),
    rule(
        "de.rejection.someone_refused_your_application", "rejection", "strong",
        r"\b(?:hat|haben) (?:ihre|deine) (?:[\w-]+ )?(?:bewerbung|anmeldung|einschreibung|kandidatur|teilnahme)"
        + r"(?: [\w-]+){0,3}? abgelehnt\b",
        negatable=True,
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "de",
    possessives=r"ihre?[nmrs]?|deine?[nmrs]?",
    refusals=any_of(
        r"abgelehnt|abgewiesen|zurückgewiesen|abgesagt|negativ beschieden",
        r"nicht (?:berücksichtigt|ausgewählt|angenommen|genehmigt|bewilligt|zugelassen|erfolgreich|weiterverfolgt)",
        r"storniert|widerrufen|annulliert",
    ),
    status_labels=r"[\w-]*status|entscheidung|ergebnis|rückmeldung",
    status_values=r"absage|nicht geeignet|ungeeignet|ausgeschieden|keine berücksichtigung|abgelehnt|nicht (?:weiter |mehr )?berücksichtigt",
    applications=r"bewerbung|kandidatur|anmeldung|einschreibung|teilnahmeanfrage|beitrittsanfrage|antrag",
    # (and compounds: "Kursablehnung", "Praktikumsabsage", real-mail round 43; not "Terminabsage")
    refusal_nouns=r"(?!(?:termin|gesprächs|interview|meeting|veranstaltungs|event|urlaubs|zahlungs|rechnungs|liefer|auftrags))"
    + r"\w*(?:absage|ablehnung)|ablehnungsbescheid|negative rückmeldung|negativer bescheid",
    headline_links=r"zu|zur|auf|für|von|der|bezüglich",
    unrelated=any_of(
        r"bewerbungsgebühr\w*",  # a fee (stress set 10)
        r"gebührenbefreiung|gebührenerlass|befreiung von (?:den |der )?gebühr\w*",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"zahlung|karte|bestellung|rechnung|nachricht|e-?mail|mail|passwort|kommentar|urlaub\w*|spesen|reisekosten(?!zuschuss)\w*",
        r"abwesenheit|auszahlung\w*|bank\w*|überweisung\w*|\w*tausch\w*|fahrtkosten\w*|\w*erstattung\w*",
    ),
    not_judged=r"datei|upload|anhang|dokument\w*|foto|angebot|rücknahme|\w*termin\w*|\w*gespräch\w*|treffen|nachweis\w*"
    + r"|kopie|\w*zeugnis\w*|ausweis\w*",
    negations=r"nicht|nie|kein\w*|noch",
    others=r"sein\w*|jemand\w*|kolleg\w*|freund\w*|andere\w*|bewerber\w*|kandidat\w*|falls|wenn|ob|sofern",
    modals=r"wird|werden|würde|kann|können|könnte|sollte|muss",
    offers=r"(?:\w*stellen|arbeits|vertrags)?angebot|zusage",
    withdrawn=r"zurückgezogen|zurück\b|widerrufen|zurückgenommen",
    cannot_go_on=any_of(
        r"\b(?:können|kannst) (?:sie|du) (?:leider |daher |deshalb )?nicht (?:am|an der|an dem|an|in die|zur|zum)"
        + r"(?: [\w-]+){0,4}? (?:teilnehmen|weiterkommen|aufrücken)\b",
        r"\b(?:können|konnten) (?:wir )?(?:sie|dich) (?:leider |daher |deshalb )?nicht(?: [\w-]+){0,5}?"
        + r" (?:einladen|einplanen|einsetzen|aufnehmen|zulassen|berücksichtigen)\b",
        # "dass Ihnen das Stipendium in dieser Runde nicht gewährt werden kann"
        r"\b(?:ihnen|dir)(?: [\w-]+){0,6}? nicht (?:gewährt|bewilligt|zugesprochen|zuerkannt) werden (?:kann|konnte)\b",
        # "Eine Fortsetzung des Auswahlverfahrens ist daher nicht möglich" (stress set 5)
        r"\b(?:eine )?fortsetzung (?:des|ihres|deines) (?:auswahl|bewerbungs)?(?:verfahrens|prozesses) ist (?:daher |somit"
        + r" |leider )?nicht (?:mehr )?möglich\b",
        r"\b(?:haben sie|hast du) (?:die|den|das) (?:[\w-]+ ){0,3}?(?:\([\w.]+\) )?nicht bestanden\b",
    ),
    taken_off=r"\b(?:haben|hat) (?:wir )?(?:sie|dich)(?: [\w-]+){0,3}? (?:von|aus) der \w*liste (?:genommen|gestrichen|entfernt)",
    ended_for_you=r"\b(?:beenden|schließen|stoppen) (?:wir )?(?:daher |deshalb )?(?:das|den) (?:bewerbungs|auswahl)?"
    + r"(?:verfahren|prozess) (?:mit|für) (?:ihnen|dir|allen)",
    left_out=any_of(
        r"\b(?:nicht|leider nicht) (?:weiter )?beruecksichtig\w*",  # text without accents, regional variants and loanwords (stress set 25)
        r"\bgegen (?:eine|die) (?:weiterführung|fortsetzung|berücksichtigung) (?:ihrer|deiner) (?:kandidatur|bewerbung)\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\b(?:ihr|dein) profil wurde (?:daher |deshalb |somit )?(?:geschlossen|deaktiviert|archiviert)\b",
        r"\bnicht (?:als [\w-]+ )?(?:an eine[nr]? [\w-]+ )?vermitteln (?:können|konnten)\b",
        r"\b(?:uns|wir) (?:[\w-]+ ){0,3}?für (?:eine andere|einen anderen|ein anderes) (?:darsteller|bewerber|kandidat|person|spieler|musiker|schauspieler|sänger|tänzer|model|fotograf|anbieter)\w* entschieden\b",
        r"\beinladung\b[^.!?\n]{0,40}\bkönnen wir (?:ihnen|dir) (?:daher |leider |somit |deshalb )*nicht aussprechen\b",  # longer formal letters with the decision buried (stress set 23)
        r"\bfiel die wahl auf (?:andere|eine[nr]? andere[nr]?|jemand(?:en)? anderen)\b",
        r"\bdas wird (?:diesmal |dieses mal |leider |wohl )*nix\b|\bdas wird (?:diesmal |dieses mal |leider )*nichts (?:mit uns|bei uns)\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\b(?:ist|ist es|wird es) ein nein (?:von uns|unsererseits)\b",
        r"\b\w*(?:stelle|position|platz)\b[^.!?\n]{0,60}\ban eine[nr]? (?:andere[nr]? )?(?:bewerber(?:in)?|kandidat(?:in)?|person)\b[^.!?\n]{0,60}\bvergeben",
        r"\bhat'?s? beim probearbeiten nicht (?:so )?(?:richtig |ganz )?gepasst\b|\bbeim probe(?:arbeiten|tag) hat es (?:leider )?nicht (?:so )?(?:richtig |ganz )?gepasst\b",
        r"\b(?:die |den )?(?:aushilfe|verstärkung|unterstützung) (?:für [\w\s-]{1,30} )?(?:hab|habe|haben) (?:ich|wir) (?:schon|bereits|inzwischen) gefunden\b",
        r"\b(?:(?:haben|hast) (?:sie|du)|(?:sie|du) (?:haben|hast)) (?:leider )?(?:[^.!?\n]{0,80} )?keinen (?:[\w-]+)?platz (?:erhalten|bekommen)\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\b(?:haben|hat) (?:dich|sie) (?:für|aus) (?:eine|einer|der|die|dem|den) (?:[\w-]+ ){1,4}?ausgetragen\b",
        r"\b(?:wurdest du|wurden sie)(?: (?:leider|jedoch|aber|dafür|hierfür))* nicht (?:dafür |hierfür )?zugelassen\b",
        r"\bhaben (?:sie|du)\b[^.!?\n]{0,80}\bnicht bestanden\b",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\bteilnahme an der nächsten (?:auswahlstufe|auswahlrunde|runde|stufe|phase)\b[^.!?\n]{0,20}\bnicht möglich\b",
        r"\b(?:stelle|position|vakanz)\b[^.!?\n]{0,80}\b(?:ist|wurde) (?:inzwischen |bereits |mittlerweile |schon |leider )*(?:besetzt|vergeben)\b",
        r"\bdie stelle wird (?:[\w-]+ ){0,3}?nicht (?:besetzt|nachbesetzt|vergeben)\b",
        r"\b(?:ihnen|dir) (?:leider )?kein(?:en|e)? [\w-]*(?:platz|stelle|angebot)\b[^.!?\n]{0,60}\b(?:anzubieten|anbieten)\b",
        r"\b(?:bewerbungsverfahren|auswahlverfahren|verfahren) ist (?:damit |somit |hiermit )*für (?:sie|dich) (?:beendet|abgeschlossen)\b",
        r"\breicht (?:leider )?nicht für (?:eine|die) (?:einstellung|zulassung|aufnahme)\b",
        r"\bschließen wir (?:daher |deshalb |somit |nun )?alle (?:noch )?(?:offenen |laufenden |eingegangenen )?bewerbungen\b",  # automated notices of tracking systems and portals (stress set 20)
        r"\b(?:stelle|position|vakanz)\b[^.!?\n]{0,100}\b(?:konnten|haben) wir (?:\w+ ){0,2}?(?:besetzen|besetzt|vergeben)\b",  # employers' replies and news after interviews (stress sets 18 and 19)
        r"\b(?:ihre|deine) bewerbung\b[^.!?\n]{0,80}\bwird nicht (?:weiter |länger )?(?:verfolgt|weitergeführt|fortgeführt)\b",
        r"\bgegen (?:ihre|deine) (?:einstellung|einladung|übernahme)\b[^.!?\n]{0,20}\bentschieden\b",
        r"\bpasst es (?:diesmal|dieses mal|leider|aktuell|derzeit|momentan|jetzt)(?: leider)? nicht\b",
        r"\bstelle\b[^.!?\n]{0,80}\bkonnte (?:bereits |inzwischen )?besetzt werden\b",  # a season's inbox (stress set 17)
        r"\b(?:sind (?:sie|du)|(?:sie|du) (?:sind|bist)) (?:leider )?(?:[\w-]+ ){0,4}?nicht weitergekommen\b",
        r"\b(?:ihre|deine) bewerbung hat sich (?:damit |somit |leider )*erledigt\b",
        r"\bwird die (?:position|stelle)\b[^.!?\n]{0,60}\bnicht mehr besetzt\b",
        r"\bwurde auf \W?(?:absage|abgelehnt|nicht berücksichtigt)\W? gesetzt\b",
        r"\bentschieden,? dass es (?:aktuell |derzeit |leider |gerade )*nicht passt\b",
        r"\bsehen (?:wir )?von einer (?:einladung|berücksichtigung|einstellung)\b[^.!?\n]{0,40}\bab\b",
        r"\bandere (?:kandidat|bewerber)\w*(?: und (?:kandidat|bewerber)\w*)? durchgesetzt\b",
        r"\b(?:erforderliche|notwendige|geforderte) (?:mindest)?punktzahl nicht erreicht\b",  # formal public-sector letters (stress set 16)
        r"\beinladung zum (?:vorstellungs)?gespräch ist (?:daher |somit |leider )*nicht möglich\b",
        r"\bvom (?:weiteren )?(?:auswahl)?verfahren ausgeschlossen (?:werden musste|wurde|werden)\b",
        r"\bkeine berücksichtigung (?:mehr )?finden\b",
        r"\beine (?:einstellung|übernahme|ernennung|zulassung)(?: [\w-]+){0,4}? ist (?:daher |somit |leider )*nicht möglich\b",
        r"\beine zusage können wir (?:ihnen|dir) (?:leider )?nicht (?:machen|geben|erteilen)\b",
        r"\bstelle\b[^.!?\n]{0,60}\bist (?:bereits |leider )?vergeben\b",
        r"\b(?:gesamtbewertung|bewertung|ergebnis) \W?nicht geeignet\b",
        r"\b(?:auswahlverfahren|stellenbesetzungsverfahren) wird nicht (?:fortgeführt|fortgesetzt)\b",
        r"\bist abgelaufen\b[^.!?\n]{0,80}\b(?:wurde|ist) (?:entfernt|gelöscht|geschlossen)\b",  # selections outside work and study (stress set 14)
        r"\b(?:ihr|dein) (?:aufnahme|mitglieds|beitritts)antrag\b[^.!?\n]{0,120}?\bnicht (?:angenommen|genehmigt|bewilligt|stattgegeben)\b",
        r"\b(?:keine mentorin|keinen mentor|keine mentor\w*) (?:und keinen mentor )?zuordnen\b",
        r"\b(?:hat es|reicht es) (?:diesmal |leider |dieses mal )*nicht für einen platz\b|\bfür (?:dich|sie) ist (?:in der mannschaft |im team |im kader )?(?:gerade |leider )?kein platz\b",
        r"\b(?:entschieden|beschlossen),? (?:dein|ihr|euer) projekt nicht in (?:unser|das) [\w-]+ aufzunehmen\b",
        r"\bendet das fiscal hosting\b",
        r"\b(?:antrag|aufnahmeantrag) auf mitgliedschaft nicht weiter zu verfolgen\b",
        r"\beintrag auf der warteliste\b[^.!?\n]{0,80}\bwurde gelöscht\b",
        r"\b(?:prozess|verfahren|gespräche) mit (?:anderen )?(?:kandidat|bewerber)\w*(?::innen|\*innen)? fortzusetzen\b",  # a refusal said softly (stress set 12)
        r"\bkeine möglichkeit,? (?:ihnen|dir) ein (?:angebot|stellenangebot|vertragsangebot) zu (?:machen|unterbreiten)\b",
        r"\b(?:uns|wir uns) (?:[\w-]+ ){0,2}?anderweitig (?:orientiert|entschieden)\b",
        r"\b(?:ihr|dein) profil passt (?:[\w-]+ ){0,2}?nicht (?:ganz |so ganz |wirklich )?zu\b",
        r"\b(?:beschlossen|entschieden),? (?:sie|dich) nicht (?:zum|zu einem|zur) (?:[\w-]+ )?(?:gespräch|vorstellungsgespräch|interview|auswahltag)\w* einzuladen\b",
        r"\bdie stelle mit (?:einem|einer) (?:kolleg\w*|mitarbeiter\w*|bewerber\w*|kandidat\w*)\b[^.!?\n]{0,40}\bbesetzt\b",
        r"\bden weg nicht gemeinsam (?:weitergehen|fortsetzen|gehen)\b",
        r"\bnicht (?:innerhalb|binnen) der (?:vorgesehenen|gesetzten|vorgegebenen) frist (?:beantwortet|bestätigt|angenommen)\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\bnicht die (?:erforderliche|notwendige|nötige|geforderte) (?:mindest)?(?:punktzahl|punkte|note|punktanzahl) erreicht\b",  # the score needed not reached (real-mail round 48)
        r"\b(?:für|zugunsten) (?:andere|anderer) (?:bewerbungen|bewerber\w*|kandidat\w*|projekte|einreichungen|beiträge|vorhaben|künstler\w*) entschieden\b",  # decisions on submissions and calls (stress set 13)
        r"\b(?:ihnen|dir) (?:[\w-]+ ){0,6}?nicht (?:zusprechen|gewähren|bewilligen|zuerkennen|verleihen) (?:können|konnten|werden)\b",
        r"\bnicht (?:ins|in das) (?:programm|line-?up|finale) (?:geschafft|gekommen|aufgenommen)\b",
        r"\bunterhalb der (?:förderlinie|förderschwelle|fördergrenze)\b",
        r"\b(?:ihr|dein) (?:vorhaben|projekt|antrag|forschungsvorhaben)\b[^.!?\n]{0,80}?\bnicht (?:gefördert|bewilligt|finanziert) werden\b",
        r"\b(?:ihr|dein) (?:antrag|vorhaben|projekt)\b[^.!?\n]{0,40}? (?:leider )?nicht förderfähig\b",
        r"\bdass (?:sie|du) (?:leider )?nicht (?:in|an|für|zu) [^.!?\n]{0,60}? (?:aufgenommen|zugelassen|ausgewählt|angenommen) (?:werden|wirst|wurden|wurdest)\b",
        r"\bhat (?:ihr|ihre|dein|deine) (?:[\w-]+ ){0,2}?nicht (?:[\w-]+ ){0,6}?(?:ausgewählt|berücksichtigt|zugelassen|aufgenommen)\b",
        r"\ban eine andere,? (?:[\w-]+ )?(?:konferenz|tagung|zeitschrift|veranstaltung) (?:erneut |neu )?(?:einzureichen|einreichen)\b|\bnicht (?:zu|in) (?:dem|den) themenbereich\w*",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\b(?:entschieden|entscheiden),? (?:ihren?|deinen?) (?:[\w-]+ ){0,2}?(?:bewerbung|einreichung|kandidatur|antrag|vorschlag|beitrag)\w* (?:abzulehnen|nicht anzunehmen)\b",  # decided to refuse the submission (real-mail round 47)
        r"\b(?:hat|haben) (?:sie|dich) (?:leider )?nicht(?: [\w-]+){0,5}? (?:ausgewählt|berücksichtigt|eingeladen"
        + r"|zugelassen|aufgenommen)\b",
        r"\bfür (?:sie|dich) (?:ist|gibt es) (?:leider )?kein platz\b|\bkein platz (?:mehr )?für (?:sie|dich)\b",
        r"\b(?:und|aber) für (?:sie|dich) ist (?:leider )?kein platz",
        r"\bfür (?:ein(?:en)?|eine) andere[nrs]? (?:profil|kandidat\w*|bewerber\w*|person) entschieden",
        r"\b(?:sie wurden|du wurdest) (?:keinem|keiner) [\w-]+ zugeteilt\b",
        r"\bplatz wurde an (?:die|den) nächste[nr]? [\w-]+ (?:auf der warteliste )?vergeben\b",
        r"\b(?:sie wurden|du wurdest)(?: [\w-]+){0,3}? aus (?:der|dem) (?:schicht|gruppe|liste|kurs|einsatz)\b[^.!?\n]{0,60}? entfernt\b",
        r"\banderweitig (?:zu )?(?:besetzen|vergeben)\b",
        r"\bkonnten wir (?:ihr|dein)\w* (?:[\w-]+ ){0,5}?nicht (?:freischalten|aktivieren|annehmen|bestätigen)\b",
        # real-mail round 28: a volunteer portal's German
        r"\beinen anderen (?:volunteer|freiwilligen|bewerber|kandidaten|teilnehmer|helfer)\w* (?:[\w-]+ ){0,4}?(?:ausgewählt"
        + r"|gewählt|genommen|eingestellt)\b",
        r"\beine andere (?:bewerberin|kandidatin|freiwillige|teilnehmerin|helferin) (?:[\w-]+ ){0,4}?(?:ausgewählt|gewählt"
        + r"|genommen|eingestellt)\b",
        r"\b(?:hat|haben) (?:die|diese) (?:tätigkeit|stelle|position|ausschreibung|aufgabe) zurückgezogen\b",
        r"\bdie zusammenarbeit mit (?:dir|ihnen|euch) (?:[\w-]+ ){0,6}?(?:vorzeitig )?(?:abgebrochen|beendet)\b",
        # stress set 6
        r"\b(?:hat|haben) (?:die |den |das |deinen |deine |dein |ihren |ihre |ihr )?(?:[\w/-]+ ){0,4}?(?:partnerschaft|einsatz"
        + r"|zusammenarbeit|mentoring|engagement|mitarbeit|tätigkeit|vertrag)\w*(?: [\w/-]+){0,6}? (?:beendet|abgebrochen"
        + r"|gekündigt)\b",
        r"\b(?:auf die|für die|auf den|für den|auf das|für das) (?:sie sich|du dich) (?:beworben|angemeldet) (?:hatten|haben"
        + r"|hattest|hast)\b,? (?:wurde|ist)[^.!?\n]{0,60}? (?:abgesagt|zurückgezogen|gestrichen|storniert|aufgehoben)\b",
        r"\b(?:ihre|deine) bewerbung ist (?:damit |somit |daher )?gegenstandslos\b",
        r"\b(?:konnten|können) (?:dir|ihnen) (?:leider )?keinen platz (?:geben|anbieten|zusagen)\b",
        r"\b(?:dir|ihnen) keinen platz (?:[\w-]+ ){0,6}?(?:anzubieten|zu geben)\b",
        r"\bnehmen (?:sie|dich) (?:daher |leider |deshalb )?nicht in (?:den|die|das) \w+ auf\b",
        # stress set 7
        r"\b(?:auf das|auf die|auf den|für das|für die|für den) (?:sie sich|du dich) beworben (?:haben|hast|hatten|hattest)\b,?"
        + r" (?:ist|wurde|sind) (?:leider )?(?:bereits |schon |inzwischen )?(?:vergeben|besetzt|nicht mehr verfügbar)",
        r"\bkann (?:leider )?keine weiteren? (?:[\w-]+ )?übernehmen\b",
        r"\b(?:haben|habe) (?:[\w-]+ ){0,4}?genug (?:helfer\w*|freiwillige\w*|personal|leute|mitarbeiter\w*)\b",
        r"\bnehmen (?:niemanden|keine) (?:neue[ns]? |weiteren? )?(?:\w+ )?auf\b",
        r"\bnimmt (?:[\w-]+ ){0,4}?keine (?:[\w-]+ )?(?:studierende\w*|praktikant\w*|bewerber\w*|doktorand\w*"
        + r"|rotationsstudierende\w*) auf\b",
        r"\beine teilnahme ist für (?:sie|dich) (?:[\w-]+ ){0,3}?nicht möglich\b",
        r"\bfür andere (?:teilnehmende|teilnehmer\w*|bewerber\w*|kandidat\w*) entschieden\b",
        r"\b\w*plätze (?:[\w-]+ ){0,4}?sind (?:bereits |schon )?alle (?:belegt|vergeben)\b",
        r"\ban (?:eine|einen) (?:andere[nr]? )?(?:studentin|studenten|bewerberin|bewerber|kandidatin|kandidaten|kollegin"
        + r"|kollegen)(?: [\w-]+){0,4} vergeben\b",
        # the English families of real-mail rounds 28-31, in German: someone else found, a thesis not
        # supervised, a role closed unfilled, re-apply once qualified, a mentorship ended
        r"\b(?:eine?n? )?(?:andere[nr]?|weitere[nr]?) (?:student(?:in|en)?|kandidat(?:in|en)?|bewerber(?:in)?|freiwillige[nr]?"
        + r"|person|ehrenamtliche[nr]?|praktikant(?:in|en)?)\b[^.!?\n]{0,60}? (?:gefunden|ausgewählt|gewählt)\b",
        r"\b(?:kann|können|werde|werden) (?:ich|wir) (?:[\w-]+ ){0,2}?(?:abschlussarbeit|bachelorarbeit|masterarbeit"
        + r"|dissertation|promotion|thesis|doktorarbeit)\w* (?:leider )?nicht (?:betreuen|begleiten|übernehmen)\b",
        r"\b(?:bewerben sie sich|bewirb dich) (?:gerne )?(?:erneut|nochmals|noch einmal|wieder),? (?:sobald|wenn) (?:sie|du)"
        + r" (?:unsere |die )?(?:anforderungen|voraussetzungen|kriterien) erfüll",
        r"\b(?:beschlossen|entschieden),? (?:(?:das|die|den) (?:mentoring|mentorship|mentorat|betreuung|zusammenarbeit"
        + r"|patenschaft|tandem)\w* mit (?:ihnen|dir)|(?:ihre?n?|deine?n?) (?:mentoring|mentorship|mentorat|betreuung"
        + r"|zusammenarbeit|patenschaft|tandem)\w*) (?:zu )?(?:beenden|abzubrechen|aufzulösen)\b",
        # stress set 8
        r"\b(?:ihnen|dir) keinen (?:platz|ausbildungsplatz|studienplatz|praktikumsplatz|trainee(?:platz|stelle)|stelle"
        + r"|vertrag) (?:[\w-]+ ){0,4}?anbieten (?:können|könnten|zu können)\b",
        r"\b(?:den|das) (?:prozess|verfahren|auswahlverfahren|bewerbungsverfahren|bewerbungsprozess) mit (?:ihnen|dir)"
        + r" nicht (?:fortzusetzen|weiterzuführen|weiterzuverfolgen|fortsetzen|weiterführen)\b",
        r"\b(?:sie|dich) (?:in diesem jahr |dieses jahr |leider |derzeit |diesmal )*nicht aufnehmen (?:können|werden)\b",
        r"\b(?:sie|du) (?:damit |leider |somit |daher )?die (?:formalen |erforderlichen |geforderten )?(?:voraussetzungen"
        + r"|anforderungen|kriterien) nicht (?:erfüllen|erfüllst)\b",
        r"\bberücksichtigung im weiteren (?:auswahl)?verfahren (?:ist )?(?:daher |leider |somit )?nicht möglich\b",
        # the families of stress set 8 and rounds 33-36, in German
        r"\b(?:ihr name|sie|du) (?:hat|haben|hast) es (?:leider |diesmal )?nicht (?:auf|in) (?:die|unsere) [^.!?\n]{0,60}?"
        + r"geschafft\b",
        r"\bwir haben (?:[\w-]+ ){0,2}?(?:unsere[nr]?|einen|eine) neue[nr]? \w+ (?:eingestellt|begrüßt|gewonnen)\b"
        + r"(?![^.!?\n]*\b(?:ihr\w*|dich|dir)\b)",
        r"\b(?:kann|können) (?:ihnen|dir) (?:die|diese|den|diesen|das) (?:aufgabe|stelle|gelegenheit|einsatz|platz|position"
        + r"|möglichkeit) (?:leider )?nicht mehr anbieten\b",
        # core families missed outside English (language parity): someone with more experience, the post offered
        r"\b(?:entschieden|beschlossen),? (?:eine?n? )?(?:andere[nr]? )?(?:person|kandidat\w*|bewerber\w*) mit (?:mehr"
        + r"|umfangreicherer|größerer) (?:erfahrung|berufserfahrung)\b",
        r"\b(?:die stelle|die position|den platz) (?:an )?(?:jemandem|jemand anderem|einer anderen person|einem anderen"
        + r" (?:kandidaten|bewerber)|einer anderen (?:kandidatin|bewerberin)) angeboten\b"
        + r"(?![^.!?\n]{0,40}\b(?:abgesagt|abgelehnt|zurückgezogen)\b)",
        # core families missed (language parity, batch 4)
        r"\bwerden (?:wir )?(?:sie|dich) (?:leider )?nicht (?:[\w-]+ ){0,6}?einladen\b",
        r"\b(?:entschieden|beschlossen),? (?:bei|für) (?:dieser|diese|der) (?:stelle|position|rolle) einen anderen weg\b",
        # language parity, batch 5
        r"\b(?:ihnen|dir) (?:die|diese|eine) (?:[\w-]+ )?(?:stelle|position|anstellung|ausbildungsstelle|praktikumsstelle"
        + r"|rolle)\w* nicht (?:anbieten|geben) zu können\b|\b(?:ihnen|dir) keine zusage (?:geben|erteilen|machen) zu können\b",
        r"\bkeine (?:passende|geeignete)n? (?:stelle|position|vakanz)\w* für (?:ihr|dein) profil\b",
        r"\b(?:sie|du) (?:gehören|gehörst) nicht zu den (?:[\w-]+ ){0,3}?(?:kandidat\w*|bewerber\w*|ausgewählten"
        + r"|eingeladenen)\b",
        r"\b(?:ihre|deine) bewerbung (?:wurde|ist) (?:[\w-]+ )?archiviert\b",
        # (the match stops before "Nachricht", a message being a thing refused for its own reasons)
        r"\b(?:ihnen|dir) keine (?:positive|erfreuliche|bessere)(?= (?:nachricht|rückmeldung|antwort) (?:geben|übermitteln"
        + r"|mitteilen) zu können\b)",
        # stress set 9
        r"\b(?:ihr|dein) profil wurde aus (?:unserem|dem) talentpool (?:gelöscht|entfernt)\b",
        # casual refusals (language parity, batch 7): "this time it did not work out"
        r"\b(?:du bist|sie sind) (?:leider |diesmal )*nicht weitergekommen\b",
        r"\bhat es (?:leider )?(?:diesmal|dieses mal) (?:leider )?nicht geklappt\b",
        # stress set 10: German as it is written
        r"\bden (?:auswahl|bewerbungs)?prozess mit (?:anderen )?(?:kandidat\w*|bewerber\w*)(?: und (?:kandidat\w*|bewerber\w*))?"
        + r" fortzusetzen\b",
        r"\bdie wahl (?:ist|fiel) (?:[\w-]+ ){0,5}?auf (?:eine?n? )?(?:andere[nr]? )?(?:bewerber\w*|kandidat\w*|person|mitbewerber\w*)"
        + r"(?: gefallen)?\b",
        r"\b(?:ihnen|dir) (?:leider )?kein(?:en)? (?:studienplatz|platz|ausbildungsplatz|praktikumsplatz)\w* (?:zugeteilt|zugewiesen"
        + r"|vergeben|angeboten) werden\b",
        r"\b(?:wurde|wurden) (?:eine?n? )?(?:andere[nr]? )?(?:kollegin|kollege|kolleg\w*|kandidat\w*|bewerber\w*|mitarbeiter\w*)\b"
        + r"[^.!?\n]{0,40}? ausgewählt\b",
        # (a German date's ordinal full stop inside: "zum 1. Februar")
        r"\b(?:ihrem|deinem) (?:antrag|gesuch)\b(?:[^.!?\n]|\d\. ){0,120}? kann nicht entsprochen werden\b",
        r"\bwird'?s (?:[\w-]+ ){0,3}?leider nix\b|\bwird'?s leider (?:[\w-]+ ){0,2}?nix\b",
        r"\b(?:den|die|das) (?:[\w-]*(?:test|prüfung|assessment)\w*) nicht bestanden\b",
        r"\bfortsetzung des (?:auswahl)?verfahrens ist (?:damit |daher )?[^.!?\n]{0,50}?ausgeschlossen\b",
        r"\bnicht mehr in betracht gezogen\b",
        r"\bdie wahl\b[^.!?\n]{0,60}? nicht auf (?:sie|dich) gefallen\b",
        # formal letters (language parity, batch 8)
        r"\b(?:haben|hatten) uns für (?:andere |einen anderen |eine andere )?(?:bewerber\w*|kandidat\w*|personen)\b"
        + r"[^.!?\n]{0,20}?(?:,? (?:deren|die|der|dessen)\b|(?= entschieden))",
        r"\bhat (?:in diesem fall |diesmal |dieses mal )?(?:leider )?nicht zum erfolg geführt\b",
    ),
    not_after=("sie haben", "du hast", "haben sie", "hast du"),  # "Sie haben Ihre Anmeldung storniert": the reader's own
    changed_to=r"geändert (?:in|zu)|geändert:|gesetzt auf|(?:wurde|ist) auf",
    agent_words=r"von|für",
    invitations=r"einladung",
    revoked=r"widerrufen|zurückgezogen|storniert",
)
VERDICTS += refusal_frames(FRAME_WORDS)
