"""German phrase families: (label, tier, pattern[, flags]); see phrases_en for flags."""

_SS = r"(?:ß|ss)"
_MONTH = (r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
          r"november|dezember|q[1-4]|dem neuen jahr|neuen jahr|(?:einigen|ein paar|zwei|drei|\d+) (?:wochen|monaten))")

PHRASES = [
    # ---- rejection -------------------------------------------------------
    ("rejection", "strong", r"\b(?:für|zugunsten) (?:eine[nr]?|die|den|andere) (?:anderen?|andere|weitere[nr]?|passendere[nr]?)? ?(?:kandidat|bewerber|person|profil)"),
    ("rejection", "strong", r"\b(?:gegen|nicht für) (?:sie|ihre (?:bewerbung|kandidatur)|dich|deine (?:bewerbung|kandidatur)|eine zusammenarbeit|ihr profil|dein profil)(?: \w+){0,2} entschieden"),
    ("rejection", "strong", r"\bnicht (?:weiter |mehr |näher )?(?:zu )?(?:berücksichtigen|berücksichtigt|weiterverfolgen|weiter verfolgen|fortsetzen|fortführen|weiterführen|weitergehen|weiter gehen|fortgesetzt|weitergeführt|in betracht|in die engere auswahl|in die nächste (?:runde|auswahl)|zum zug|erfolgreich|ausgewählt|eingeladen|für (?:die|diese) (?:stelle|position))"),
    ("rejection", "strong", r"\b(?:keine|kein) (?:zusage|positive[ns]? (?:rückmeldung|nachricht|bescheid|antwort)|angebot|stellenangebot|vertragsangebot)(?: \w+){0,3} (?:geben|machen|anbieten|unterbreiten|erteilen|aussprechen|zukommen)"),
    ("rejection", "strong", r"\b(?:stelle|position|vakanz|vakante stelle|rolle)(?: \w+){0,4} (?:wurde|ist|wurden|sind|haben wir|hat sich) (?:\w+ ){0,3}(?:intern |anderweitig )?(?:besetzt|vergeben|gestrichen|gestoppt|zurückgezogen|eingefroren|erledigt)"),
    ("rejection", "strong", r"\bmit (?:einer? )?(?:anderen?|weiteren) (?:kandidat\w*|bewerber\w*|person\w*|profil\w*)(?: \w+){0,3} (?:weiter\w*|fortfahren|fortzufahren|fortsetzen)"),
    ("rejection", "strong", r"\banderweitig (?:besetzt|vergeben|entschieden)|\bintern besetzt\b|\bintern nachbesetzt\b"),
    ("rejection", "strong", r"\b(?:leider |bedauerlicherweise )?(?:absagen|eine absage (?:erteilen|geben|mitteilen|aussprechen))\b"),
    ("rejection", "strong", r"\bihre bewerbung(?: \w+){0,3} (?:leider )?(?:nicht|abgelehnt|abgesagt)"),
    ("rejection", "medium", r"\babsage\b(?! (?:des|unseres|ihres|für den|für das) (?:termins|gesprächs|interviews|treffens))(?!(?: [\w-]+){0,2} (?:bekommen|erhalten|gekriegt))"),
    ("rejection", "strong", r"\b(?:haben|hat) (?:\w+ ){0,3}(?:jemanden|eine[nr]? (?:andere[nr]? )?(?:kandidat\w*|bewerber\w*|person)|die stelle)(?: \w+){0,4} (?:eingestellt|besetzt|eingestellt|gefunden|eine zusage gegeben)\b"),
    ("rejection", "strong", r"\b(?:prozess|bewerbungsprozess|auswahlprozess|verfahren)(?: \w+){0,4} (?:nicht (?:weiter|fortsetzen|fortführen|weiterführen)|beenden|beendet|abschließen|abgeschlossen)"),
    ("rejection", "medium", r"\b(?:müssen|muss|mussten|musste) (?:wir |ich )?(?:ihnen |dir )?(?:leider |heute )*(?:mitteilen|sagen|informieren)"),
    ("rejection", "medium", r"\beinstellungsstopp\b|\b(?:stelle|position|prozess|besetzung)(?: \w+){0,2} (?:wurde |ist |wird )?(?:vorerst |vorläufig |derzeit )?(?:auf eis gelegt|pausiert|gestoppt)"),
    ("rejection", "medium", r"\b(?:in unseren|in unserem|im|in den) (?:talent ?-?pool|bewerberpool|kandidatenpool)|\bunterlagen(?: \w+){0,4} (?:aufbewahren|speichern|behalten|in evidenz)"),
    ("rejection", "medium", r"\bpasst (?:leider )?nicht\b|\bnicht (?:ganz )?(?:passend|gepasst)\b|\bnicht (?:den|unseren) anforderungen"),
    ("rejection", "weak", r"\bleider\b|\bbedauerlicherweise\b|\bbedauern\b|\bentscheidung (?:\w+ ){0,3}nicht leicht"),
    ("rejection", "weak", r"\bandere[nr]? (?:kandidat|bewerber)|\bviel erfolg\b|\balles gute\b"),
    ("rejection", "weak", r"\bviel erfolg (?:bei|für|auf|in) |\balles gute für (?:ihre|ihren|die|deine|deinen) (?:zukunft|weiteren|berufliche|weg)|\bfür ihre (?:berufliche )?zukunft alles gute"),
    ("rejection", "weak", r"\bnach (?:reiflicher|sorgfältiger|eingehender|intensiver|gründlicher|langer|ausführlicher) (?:überlegung|prüfung|abwägung|beratung|durchsicht)"),
    # ---- next step -------------------------------------------------------
    ("next_step", "strong", r"\b(?:einladen|einzuladen|eingeladen)\b|\beinladung (?:zu|zum|zur|für)\b"),
    ("next_step", "strong", r"\b(?:termin|gespräch|interview|telefonat|call|meeting|treffen)\w*(?: \w+){0,4} (?:verschieben|verlegen|umlegen|neu (?:ansetzen|planen|vereinbaren|terminieren))"),
    ("next_step", "strong", r"\b(?:verschieben|verlegen) (?:wir |sie )?(?:den|das|unser|unseren|ihren|ihr) (?:\w+ )?(?:termin|gespräch|interview|telefonat)|\b(?:neuen|anderen) termin\b|\balternativtermin|\bterminvorschl[aä]ge?\b"),
    ("next_step", "strong", r"\b(?:wann|welche[rn]?|welcher tag|welche zeit) (?:hätten|haben|hättest|hast|passt|passen|wären|wärst|würde|würden) (?:sie|ihnen|dir|du|es) (?:\w+ )?(?:zeit|termine?|passen)|\b(?:ihre|deine) verfügbarkeit|\bwann (?:sie|du) (?:zeit|verfügbar)|\b(?:hätten|haben|hättest|hast) (?:sie|du) (?:am|nächste|diese|zeit)\b|\bzeit für ein"),
    ("next_step", "strong", r"\b(?:vereinbaren|planen|ansetzen|abstimmen|organisieren) (?:wir )?(?:einen|ein|den|das) (?:\w+ )?(?:termin|gespräch|interview)|\b(?:einen|ein) (?:\w+ )?termin(?: \w+){0,2} (?:vereinbaren|finden|abstimmen)"),
    ("next_step", "strong", r"\b(?:passt|passen|ginge|geht|wäre) (?:es )?(?:ihnen|dir)\b"),
    ("next_step", "strong", r"\b(?:nennen|senden|schicken|angeben|kontaktdaten)(?: \w+){0,3} referenz|\breferenzen(?: \w+){0,2} (?:nennen|angeben|zukommen|einholen|senden|schicken)|\breferenzgeber"),
    ("next_step", "weak", r"\b(?:zweite|zweites|zweiten|nächste|nächsten|finale|finalen|letzte|letzten|weitere|weiteres|weiteren|abschlie" + _SS + r"ende[ns]?) (?:runde|gespräch|gesprächsrunde|interview|stufe|schritt|phase|auswahlrunde|kennenlernen)"),
    ("next_step", "medium", r"\b(?:fallstudie|case study|probeaufgabe|testaufgabe|coding[- ]challenge|online-?test|eignungstest|assessment|arbeitsprobe|probearbeit\w*|probetag)\b", "p"),
    ("next_step", "weak", r"\breferenzen\b|\bnächsten? schritte?\b"),
    # ---- offer -----------------------------------------------------------
    ("offer", "strong", r"\b(?:freuen|freue) (?:uns|mich),? (?:ihnen|dir)(?: \w+){0,5} (?:angebot|vertragsangebot|arbeitsvertrag|vertrag|zusage|anbieten|zu können)"),
    ("offer", "strong", r"\bvertragsangebot\b|\bangebotsschreiben\b|\bjobangebot\b|\barbeitsvertrag\b"),
    ("offer", "strong", r"\b(?:angebot|vertrag|zusage)(?: \w+){0,3} (?:unterbreiten|zukommen lassen|übersenden|zusenden|zur unterschrift)"),
    ("offer", "strong", r"\b(?:die|diese) (?:stelle|position) anbieten"),
    ("offer", "medium", r"\bzusage\b|\bangebot\b(?! (?:an|für) (?:eine[nr]?|die|den) (?:anderen?|andere))"),
    ("offer", "medium", r"\bwillkommen (?:an bord|im team)\b"),
    ("offer", "weak", r"\bunterschrift\b|\bunterschreiben\b|\be-?signatur\b|\beintrittsdatum\b|\bstartdatum\b|\bgehalt\b|\bherzlichen glückwunsch\b"),
    # ---- pending ---------------------------------------------------------
    ("pending", "strong", r"\bnoch (?:keine|nicht) (?:endgültige |finale )?(?:entscheidung|entschieden|abgeschlossen|final)", "N"),
    ("pending", "strong", r"\b(?:entscheidung|entscheidungsfindung|auswahlprozess|prozess|verfahren|bewerbungsprozess|auswahlverfahren|rückmeldung)(?: \w+){0,3} (?:dauert|verzögert|zieht sich|läuft noch|ist noch|noch nicht abgeschlossen|noch in|nimmt (?:noch )?(?:etwas |mehr )?zeit)"),
    ("pending", "strong", r"\b(?:befinden uns|sind) (?:noch |aktuell |derzeit )*(?:mitten )?(?:im|in (?:der|den))|\bnoch (?:in|im) (?:gespräch|gesprächen|auswahlprozess|prozess|verfahren|austausch)|\bführen noch (?:gespräche|interviews)"),
    ("pending", "strong", r"\b(?:melden|meldet|melde) (?:uns|mich|sich)(?: \w+){0,4} (?:bis|spätestens|innerhalb|nächste|kommende|anfang|ende|mitte|sobald|in den nächsten|zeitnah|in kürze|in \w+ wochen)"),
    ("pending", "strong", r"\b(?:wieder aufnehmen|fortsetzen|neu starten|wieder starten|fortführen)\b(?: \w+){0,3}? (?:im|ab|nach|anfang|im laufe des) " + _MONTH + r"|\b(?:im|ab|anfang) " + _MONTH + r"(?: \w+){0,4} (?:wieder aufnehmen|fortsetzen|fortführen|weiterführen)"),
    ("pending", "strong", r"\b(?:bis|spätestens|anfang|ende|mitte|innerhalb|in den nächsten|nächste[rn]? woche|kommende[rn]? woche|zeitnah)(?: [\w.]+){0,5} (?:melden|zurückmelden|rückmeldung geben|bescheid geben|informieren)\b"),
    ("pending", "medium", r"\b(?:danke|vielen dank|herzlichen dank|besten dank) für (?:ihre|deine|die|ihr|dein) (?:nette |freundliche |kurze )?(?:nachricht|e-mail|mail|rückmeldung|nachfrage|geduld|dankes-?(?:mail|nachricht|schreiben)|freundlichen worte|dankeschön)"),
    ("pending", "medium", r"\b(?:noch )?(?:etwas|ein wenig|ein bisschen|mehr) (?:mehr )?zeit\b"),
    ("pending", "strong", r"\bnoch keine (?:neuigkeiten|rückmeldung|neuen informationen)\b|\bnoch nichts neues\b", "N"),
    ("pending", "weak", r"\bgeduld\b|\bauf dem laufenden\b"),
    # ---- auto reply ------------------------------------------------------
    ("auto_reply", "strong", r"\bnicht im büro\b|\bau" + _SS + r"er haus\b|\babwesend\b|\bim urlaub\b|\bin urlaub\b|\burlaubsbedingt\b|\bin elternzeit\b|\bim mutterschutz\b|\bkrankheitsbedingt\b|\bauf dienstreise\b|\bauf geschäftsreise\b|\bnicht am arbeitsplatz\b|\babwesenheitsnotiz\b"),
    ("auto_reply", "strong", r"\bnicht mehr (?:bei|für|im unternehmen|in unserem unternehmen|tätig|im hause|beschäftigt|teil)\b|\bhat (?:das unternehmen|uns) verlassen"),
    ("auto_reply", "medium", r"\b(?:postfach|e-mail-adresse|mailadresse|adresse|mailbox)(?: \w+){0,2} wird (?:nicht|nicht mehr) (?:überwacht|gelesen|abgerufen|betreut|bearbeitet)|\be-?mails werden nicht (?:gelesen|weitergeleitet)"),
    ("auto_reply", "medium", r"\bwieder (?:erreichbar|im büro|für sie da|zurück)\b|\bbin ich (?:ab|am) \S+ wieder\b|\bnach meiner rückkehr\b|\beingeschränkt erreichbar\b"),
    ("auto_reply", "medium", r"\bihre (?:nachricht|e-mail|anfrage)(?: \w+){0,2} (?:ist|wurde) (?:bei uns )?eingegangen|\bticketnummer\b|\bvorgangsnummer\b"),
    ("auto_reply", "weak", r"\bautomatische antwort\b|\bautomatisch (?:generierte|erstellte|versandte) (?:e-mail|nachricht)|\bbitte antworten sie nicht\b"),
    # ---- other -----------------------------------------------------------
    ("other", "strong", r"\bumfrage\b|\bfragebogen\b|\bbewerbererfahrung\b|\berinnerung an (?:ihr|ihren|das|den)\b|\b(?:ihr|der|das) (?:termin|gespräch|interview)(?: \w+){0,4} (?:ist|wurde) (?:bestätigt|gebucht)"),
    ("other", "strong", r"\bauf (?:ihr|dein) profil (?:aufmerksam|gesto(?:ß|ss)en)|\b(?:spannende|interessante|neue|passende) (?:position|stelle|vakanz|möglichkeit|rolle|herausforderung)(?: \w+){0,4} (?:für sie|für dich|die zu ihnen passen|die zu dir passen|passen könnte)"),
    ("other", "strong", r"\bjob-?alert|\bpassende jobs\b|\bneue stellenangebote\b|\b(?:ihr|dein) profil (?:gesehen|gefunden|ist mir aufgefallen)"),
    ("other", "weak", r"\babmelden\b|\bnewsletter\b"),
    ("other", "medium", r"^(?:angenommen|abgelehnt|mit vorbehalt angenommen|einladung|aktualisierte einladung|erinnerung)\s?:"),
]
