"""The English refusal families of real-mail rounds 28-31, in the other eight deciding languages.

Rounds 28-31 brought refusals said by what follows from them: someone else found for what the
reader applied for, the thing applied for no longer available, a thesis the professor cannot
supervise, a posting closed without hiring, "re-apply once you meet our requirements", a
mentorship ended, all places allocated. They were tuned on in English; the same letters in the
other languages went mostly unread (50 of these 64 missed before this test). Each near miss shares the words
of a family and must stay what it is. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

FAMILIES = [
    ('de', 'Wir haben für das Thema, auf das Sie sich beworben haben, bereits einen anderen Studenten gefunden.'),
    ('fr', 'Nous avons déjà trouvé un autre étudiant pour le sujet auquel vous avez postulé.'),
    ('es', 'Ya hemos encontrado a otro estudiante para el tema al que te postulaste.'),
    ('it', "Abbiamo già trovato un altro studente per l'argomento per cui ti sei candidato."),
    ('nl', 'We hebben al een andere student gevonden voor het onderwerp waarop je hebt gesolliciteerd.'),
    ('pt', 'Já encontramos outro aluno para o tema ao qual você se candidatou.'),
    ('ru', 'Мы уже нашли другого студента на тему, на которую вы подавали заявку.'),
    ('tr', 'Başvurduğunuz konu için başka bir öğrenci bulduk.'),
    ('de', 'Das Thema, auf das Sie sich beworben haben, ist nicht mehr verfügbar.'),
    ('fr', "Le sujet auquel vous avez postulé n'est plus disponible."),
    ('es', 'El puesto al que te postulaste ya no está disponible.'),
    ('it', 'La posizione per cui ti sei candidato non è più disponibile.'),
    ('nl', 'De functie waarop u heeft gesolliciteerd is niet meer beschikbaar.'),
    ('pt', 'A vaga à qual você se candidatou não está mais disponível.'),
    ('ru', 'Вакансия, на которую вы откликнулись, больше не доступна.'),
    ('tr', 'Başvurduğunuz pozisyon artık mevcut değil.'),
    ('de', 'Leider kann ich Ihre Abschlussarbeit nicht betreuen.'),
    ('fr', "Je ne suis malheureusement pas en mesure d'encadrer votre mémoire."),
    ('es', 'Lamentablemente no puedo dirigir tu tesis.'),
    ('it', 'Purtroppo non posso seguire la tua tesi.'),
    ('nl', 'Helaas kan ik uw scriptie niet begeleiden.'),
    ('pt', 'Infelizmente não poderei orientar o seu TCC.'),
    ('ru', 'К сожалению, я не смогу руководить вашей дипломной работой.'),
    ('tr', 'Maalesef tezinize danışmanlık yapamayacağım.'),
    ('de', 'Die Stelle wurde vom Arbeitgeber geschlossen, ohne dass jemand eingestellt wurde.'),
    ('fr', "L'offre a été clôturée par le client sans recrutement."),
    ('es', 'La oferta fue cerrada por el cliente sin contratar a nadie.'),
    ('it', "L'annuncio è stato chiuso dal cliente senza assumere nessuno."),
    ('nl', 'De vacature is door de opdrachtgever gesloten zonder dat er iemand is aangenomen.'),
    ('pt', 'A vaga foi encerrada pelo cliente sem contratação.'),
    ('ru', 'Вакансия закрыта работодателем без найма.'),
    ('tr', 'İlan, işveren tarafından kimse işe alınmadan kapatıldı.'),
    ('de', 'Bitte bewerben Sie sich erneut, sobald Sie unsere Anforderungen erfüllen.'),
    ('fr', "N'hésitez pas à postuler de nouveau lorsque vous remplirez nos critères."),
    ('es', 'Vuelve a postularte cuando cumplas con nuestros requisitos.'),
    ('it', 'Ti invitiamo a ricandidarti quando soddisferai i nostri requisiti.'),
    ('nl', 'Solliciteer gerust opnieuw zodra u aan onze eisen voldoet.'),
    ('pt', 'Candidate-se novamente quando atender aos nossos requisitos.'),
    ('ru', 'Пожалуйста, подайте заявку повторно, когда будете соответствовать нашим требованиям.'),
    ('tr', 'Gereksinimlerimizi karşıladığınızda lütfen tekrar başvurun.'),
    ('de', 'Ihr Mentor hat beschlossen, das Mentoring mit Ihnen zu beenden.'),
    ('fr', 'Votre mentor a décidé de mettre fin au mentorat avec vous.'),
    ('es', 'Tu mentor ha decidido terminar la mentoría contigo.'),
    ('it', 'Il tuo mentor ha deciso di interrompere il mentoring con te.'),
    ('nl', 'Je mentor heeft besloten het mentortraject met jou te beëindigen.'),
    ('pt', 'O seu mentor decidiu encerrar a mentoria com você.'),
    ('ru', 'Ваш наставник решил прекратить наставничество с вами.'),
    ('tr', 'Mentorunuz sizinle mentorluğu sonlandırmaya karar verdi.'),
    ('de', 'Alle Plätze für das Programm sind bereits vergeben.'),
    ('fr', 'Toutes les places du programme ont déjà été attribuées.'),
    ('es', 'Todas las plazas del programa ya han sido asignadas.'),
    ('it', 'Tutti i posti del programma sono già stati assegnati.'),
    ('nl', 'Alle plaatsen in het programma zijn al vergeven.'),
    ('pt', 'Todas as vagas do programa já foram preenchidas.'),
    ('ru', 'Все места в программе уже распределены.'),
    ('tr', 'Programdaki tüm yerler doldu.'),
    ('de', 'Die Organisation hat eine andere Freiwillige für diese Aufgabe ausgewählt.'),
    ('fr', "L'association a choisi un autre bénévole pour cette mission."),
    ('es', 'La organización ha elegido a otro voluntario para esta tarea.'),
    ('it', "L'associazione ha scelto un altro volontario per questa attività."),
    ('nl', 'De organisatie heeft een andere vrijwilliger gekozen voor deze taak.'),
    ('pt', 'A organização escolheu outro voluntário para esta tarefa.'),
    ('ru', 'Организация выбрала другого волонтёра для этой задачи.'),
    ('tr', 'Kuruluş bu görev için başka bir gönüllü seçti.'),
]


@pytest.mark.parametrize(("lang", "sentence"), FAMILIES)
def test_an_english_refusal_family_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


NEAR_MISSES = [
    ('de', 'Falls wir einen anderen Kandidaten für die Stelle auswählen, informieren wir Sie.'),
    ('fr', 'Si nous choisissons un autre candidat, nous vous en informerons.'),
    ('es', 'Si hemos seleccionado a otro candidato, te avisaremos.'),
    ('it', 'Se avremo scelto un altro candidato, ti avviseremo.'),
    ('nl', 'Als we een andere kandidaat hebben gekozen, laten we het je weten.'),
    ('pt', 'Caso escolhamos outro candidato, avisaremos você.'),
    ('ru', 'Если мы выберем другого кандидата, мы вам сообщим.'),
    ('tr', 'Başka bir aday seçersek size haber vereceğiz.'),
    ('it', "Tutti i posti per l'open day sono già stati assegnati, ma il colloquio resta confermato."),
    ('nl', 'Alle plaatsen voor de open dag zijn al vergeven; uw gesprek gaat gewoon door.'),
    ('pt', 'Todas as vagas para a palestra já foram preenchidas, mas a sua entrevista continua marcada.'),
    ('ru', 'Все места на экскурсию уже заняты, но ваше собеседование остаётся в силе.'),
    ('de', 'Sie haben die Anforderungen erfüllt. Wir laden Sie zum Gespräch am Montag ein.'),
    ('pt', 'O horário que você escolheu não está mais disponível; escolha outro para a entrevista.'),
    ('nl', 'Het tijdstip waarvoor u zich had aangemeld is niet meer beschikbaar; kies een nieuw moment voor het gesprek.'),
    ('es', 'Tu mentora ha decidido terminar la mentoría porque has completado el programa con éxito. ¡Enhorabuena por tu nuevo puesto!'),
    ('fr', 'Nous avons trouvé une autre date pour votre entretien : jeudi à 10 h.'),
    ('ru', 'Мы нашли другого интервьюера, и собеседование состоится в четверг.'),
    ('tr', 'Mülakatınız için başka bir tarih bulduk: perşembe saat 10.'),
]


@pytest.mark.parametrize(("lang", "sentence"), NEAR_MISSES)
def test_a_near_miss_of_a_family_is_not_a_rejection_in_any_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
