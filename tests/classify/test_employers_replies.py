"""Employers' replies to job applications, and news after interviews: stress sets 18 and 19.

Set 18 (tests/data/stress/set18.txt) asked for the core of the product: employers', recruiters' and
applicant-tracking systems' replies to job applications in nine languages. It read 62 of its 90
refusals on first sight; set 19 (news after interviews, tests and trial days) read 73 of 90. The
misses were plain wordings of a job's refusal ("konnten wir inzwischen besetzen", "gekozen voor
iemand met meer ervaring", "изменён на «Отказ»", "başka bir adayla anlaştık"), a status named well
before its change, a Turkish "şu an" ("right now") taken for the English article "an", and a short
Portuguese letter whose language went unrecognised. Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from assistant.domain.classify.lexicon import languages_of
from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'The status of your application for Night Porter has been changed to Rejected.'),
    ('de', 'Den Status Ihrer Bewerbung für die Lagerleitung haben wir geändert: „Absage – anderweitig vergeben“.'),
    ('de', 'Die Position im Einkauf haben wir inzwischen besetzt.'),
    ('de', 'Ihre Bewerbung als Elektroniker wird nicht weiter verfolgt.'),
    ('de', 'Nach den Gesprächen haben wir uns gegen Ihre Einstellung entschieden.'),
    ('de', 'Für das Vertriebsteam passt es leider nicht.'),
    ('fr', 'Suite à la suppression du poste, votre dossier ne sera pas examiné.'),
    ('fr', 'Nous ne pourrons pas avancer ensemble sur ce poste de comptable.'),
    ('fr', 'Merci pour le temps consacré au cas pratique ; nous avons retenu un profil plus expérimenté.'),
    ('it', 'La candidatura n. 812 risulta "Non ammessa".'),
    ('it', 'Il concorso è stato annullato e la sua domanda decade.'),
    ('it', 'Abbiamo scelto di affidare la posizione di cuoco a un altro candidato.'),
    ('it', 'Abbiamo deciso di puntare su un profilo con più esperienza in cucina.'),
    ('nl', 'De klant heeft gekozen voor iemand met meer ervaring in de logistiek.'),
    ('nl', 'Voor deze functie houdt het hier helaas op.'),
    ('nl', 'U behoort helaas niet tot de geselecteerde kandidaten.'),
    ('nl', 'Je cv sluit onvoldoende aan bij wat we zoeken.'),
    ('nl', 'We hebben besloten om met een andere kandidaat verder te gaan.'),
    ('pt', 'Não vamos avançar com a sua candidatura para a vaga de rececionista.'),
    ('pt', 'A sua candidatura não passará para a próxima fase.'),
    ('pt', 'Escolhemos uma enfermeira com mais experiência em pediatria.'),
    ('ru', 'Вакансия кладовщика уже закрыта.'),
    ('ru', 'Статус вашей заявки на должность бухгалтера изменён на «Отказ».'),
    ('ru', 'Мы предложили эту работу другому кандидату.'),
    ('tr', 'Başvurunuzun durumu "Olumsuz" olarak güncellendi.'),
    ('tr', 'Muhasebe pozisyonu için başka bir adayla anlaştık.'),
    ('tr', 'Şu an yollarımızı ayırmaya karar verdik.'),
    ('tr', 'Mülakata davet edilecek adaylar arasında yer almadınız.'),
]

NOT_REFUSALS = [
    ('en', 'The status of the other candidates has been changed to rejected; yours is still open.'),
    ('de', 'Die Absagen an die anderen Bewerber verschicken wir morgen, Ihr Vertrag folgt.'),
    ('de', 'Leider müssen wir den Probetag am Mittwoch absagen. Passt Ihnen der Freitag?'),
    ('de', 'Die Rückmeldung zu Ihrer Absage im Frühjahr leite ich weiter; bei uns sind Sie weiterhin im Rennen.'),
    ('fr', 'Cela ne change rien à votre dossier actuel, qui reste à l\'étude.'),
    ('nl', 'Je intrekking is verwerkt. Veel succes met je verdere loopbaan!'),
    ('pt', 'Sua candidatura conosco segue normalmente, apesar da recusa da outra empresa.'),
    ('ru', 'Та компания вам отказала, но это никак не влияет на наш процесс.'),
    ('tr', 'Belgelerinizi tamamlamanız gerekir; aksi halde başvurunuz değerlendirmeye alınmayacaktır.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_an_employers_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_near_miss_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)


def test_a_short_portuguese_letter_is_read_as_portuguese():
    text = "após a entrevista, informamos que a posição de gerente de projetos foi preenchida por outra pessoa."
    assert "pt" in languages_of(text)
