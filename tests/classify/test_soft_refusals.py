"""Refusals said softly, and near misses in the same soft register.

The twelfth written stress set (tests/data/stress/set12.txt), run once untouched, read 88 of its
162 refusals and took 16 of its 162 near misses for refusals. Its refusals never say "rejected" or
"unfortunately": another profile preferred, the post given to an internal candidate, no position to
make an offer, the profile not quite a fit, not invited to interview, "it wasn't a match this time",
a recruiter closing the candidacy on their side. Its near misses share those words: a stage dropped
while the process goes on, a request about the terms refused, a talent pool joined on request, a
rejection sent by mistake, someone the reader recommended. A request's words are now read in the
phrase's own language (French "report" is no English "report"). Every sentence here is written for
this test."""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

SOFT_REFUSALS = [
    ('en', "We have chosen to prioritise internal applicants, so we won't be scheduling a further interview with you."),
    ('en', "It was close, but another applicant's sales record edged it."),
    ('en', 'Your candidacy for the bursary will not be pursued further this year.'),
    ('en', "We'll hold onto your details should something more suitable come up."),
    ('en', 'Rather than progressing your application, we suggest our graduate scheme.'),
    ('en', 'The shortlist is now final and your name is not on it this time.'),
    ('de', 'Wir haben beschlossen, das Verfahren mit Bewerber:innen fortzusetzen, die mehr Vertriebserfahrung mitbringen.'),
    ('de', 'Nach den Gesprächen sehen wir keine Möglichkeit, Ihnen ein Angebot zu machen.'),
    ('de', 'Wir haben uns inzwischen anderweitig entschieden.'),
    ('de', 'Ihr Profil passt derzeit nicht ganz zu unseren Anforderungen.'),
    ('de', 'Wir haben entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen.'),
    ('de', 'Wir haben die Stelle mit einer Kollegin aus dem eigenen Team besetzt.'),
    ('de', 'Leider werden wir den Weg nicht gemeinsam weitergehen.'),
    ('de', 'Für das Traineeprogramm konnten wir Sie dieses Jahr nicht vorsehen.'),
    ('fr', "Notre décision s'est portée ailleurs : nous allons nous orienter vers un profil plus expérimenté."),
    ('fr', 'Nous avons choisi de privilégier une promotion interne.'),
    ('fr', 'Le recrutement est désormais clôturé pour ce poste.'),
    ('es', 'Esta vez no vamos a poder avanzar contigo.'),
    ('es', 'La comisión ha considerado más adecuados otros perfiles.'),
    ('es', 'El equipo se ha inclinado por otro perfil.'),
    ('es', 'Hemos decidido cubrir la vacante con una promoción interna.'),
    ('it', 'Il suo profilo non risulta in linea con i requisiti.'),
    ('it', "Non siamo nelle condizioni di proporti un'offerta."),
    ('it', 'Abbiamo deciso di coprire la posizione con una risorsa interna.'),
    ('it', 'Non potremo invitarla a un colloquio.'),
    ('it', 'Abbiamo intrapreso una direzione diversa.'),
    ('nl', 'Je profiel sluit niet helemaal aan bij de functie.'),
    ('nl', 'We hebben de voorkeur gegeven aan kandidaten met meer ervaring.'),
    ('nl', 'We zijn niet in de positie om je een aanbod te doen.'),
    ('nl', 'Dit keer was het geen match.'),
    ('nl', 'Helaas nodigen we je niet uit voor een gesprek.'),
    ('pt', 'A comissão deu preferência a candidatos com mais experiência.'),
    ('pt', 'Não estamos em condições de te fazer uma proposta.'),
    ('pt', 'Seguiremos em outra direção para esta vaga.'),
    ('pt', 'Infelizmente não vamos contar contigo desta vez.'),
    ('ru', 'Ваш опыт не совсем соответствует требованиям вакансии.'),
    ('ru', 'Комиссия отдала предпочтение кандидатам с опытом.'),
    ('ru', 'В этот раз не сложилось.'),
    ('ru', 'Мы решили двигаться в другом направлении.'),
    ('tr', 'Profiliniz kriterlerle örtüşmüyor.'),
    ('tr', 'Kurul daha deneyimli adayları tercih etti.'),
    ('tr', 'Başvurunuz bir sonraki aşamaya geçmemiştir.'),
    ('tr', 'Size bir teklif sunabilecek durumda değiliz.'),
    ('tr', 'Bu sefer yollarımız kesişmedi.'),
]

SOFT_NEAR_MISSES = [
    ('en', 'The first role went to an internal candidate, but we would like to consider you for a new position in the same team.'),
    ('en', "You told us you'd prefer not to continue, so we have closed your application as you asked."),
    ('de', 'Wie gewünscht haben wir Ihr Profil in unseren Talentpool aufgenommen.'),
    ('de', 'Die Absage wurde versehentlich verschickt; Ihre Bewerbung befindet sich weiterhin im Verfahren.'),
    ('de', 'Den Eintrittstermin im Januar können wir nicht berücksichtigen; der 1. März wäre möglich.'),
    ('de', 'Für die andere Stelle haben wir uns anders entschieden; zur Teamleitung laden wir Sie gern zum zweiten Gespräch ein.'),
    ('fr', "Nous ne pouvons pas donner une suite favorable à votre demande de télétravail complet, mais l'offre reste valable."),
    ('fr', "Le candidat que vous nous avez recommandé n'a pas été retenu ; merci pour la mise en relation."),
    ('fr', 'Suite à votre demande, vous êtes inscrite dans notre vivier de talents.'),
    ('fr', "Un candidat s'étant désisté, nous pouvons vous proposer le poste à compter du 1er mars."),
    ('es', 'Decidimos no continuar con la prueba presencial: la haremos por videollamada.'),
    ('es', 'Tu compañera no ha sido seleccionada, pero gracias por que nos la recomendaras.'),
    ('it', 'Abbiamo deciso di non proseguire con la sede di Torino: il colloquio si terrà a Milano.'),
    ('pt', 'Decidimos não dar seguimento à dinâmica; a entrevista será a etapa final.'),
    ('ru', 'Мы решили не продолжать с тестом, поэтому собеседование станет последним этапом.'),
    ('tr', 'Erken başlama talebinize olumlu dönüş yapamıyoruz; teklifimiz geçerli.'),
    ('en', 'Please send the report on your placement by Friday; we did not receive it.'),
]


@pytest.mark.parametrize(("lang", "sentence"), SOFT_REFUSALS)
def test_a_soft_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), SOFT_NEAR_MISSES)
def test_a_soft_near_miss_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
