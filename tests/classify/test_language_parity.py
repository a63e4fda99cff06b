"""The English refusal families of real-mail rounds 28-31, in the other eight deciding languages.

Rounds 28-31 brought refusals said by what follows from them: someone else found for what the
reader applied for, the thing applied for no longer available, a thesis the professor cannot
supervise, a posting closed without hiring, "re-apply once you meet our requirements", a
mentorship ended, all places allocated. They were tuned on in English; the same letters in the
other languages went mostly unread (50 of these 64 missed before this test). Each near miss shares the words
of a family and must stay what it is. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from assistant.domain.classify.text import normalize
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


# After real-mail round 36: stress set 8's and rounds 33-36's English families in the other
# languages (32 of these 40 were missed), and connectives inside the clause ("donc", "daarom").
LATER_FAMILIES = [
    ('de', 'Ihr Name hat es leider nicht auf die Liste der Kandidaten für ein Vorstellungsgespräch geschafft.'),
    ('fr', 'Votre nom ne figure malheureusement pas sur la liste des candidats retenus pour un entretien.'),
    ('es', 'Lamentablemente, su nombre no ha entrado en la lista de candidatos para entrevista.'),
    ('it', 'Purtroppo il Suo nome non è rientrato nella rosa dei candidati per il colloquio.'),
    ('nl', 'Uw naam staat helaas niet op de lijst van kandidaten voor een gesprek.'),
    ('pt', 'Infelizmente, o seu nome não entrou na lista de candidatos para entrevista.'),
    ('ru', 'К сожалению, вы не вошли в список кандидатов, приглашённых на собеседование.'),
    ('tr', 'Maalesef adınız mülakata çağrılacak adaylar listesine girmedi.'),
    ('de', 'Wir haben inzwischen unsere neue Koordinatorin eingestellt, die am Montag angefangen hat.'),
    ('fr', 'Nous avons depuis accueilli notre nouvelle coordinatrice, qui a pris ses fonctions lundi.'),
    ('es', 'Ya hemos incorporado a nuestra nueva coordinadora, que empezó el lunes.'),
    ('it', 'Abbiamo già accolto la nostra nuova coordinatrice, che ha iniziato lunedì.'),
    ('nl', 'Inmiddels is onze nieuwe coördinator begonnen.'),
    ('pt', 'Já contratámos a nossa nova coordenadora, que começou na segunda-feira.'),
    ('ru', 'Мы уже приняли на работу нового координатора, который приступил к работе в понедельник.'),
    ('tr', 'Yeni koordinatörümüz pazartesi günü işe başladı.'),
    ('de', 'Die Organisatorin kann Ihnen die Aufgabe leider nicht mehr anbieten.'),
    ('fr', "L'organisatrice ne peut plus vous proposer cette mission."),
    ('es', 'La organizadora ya no puede ofrecerte esta oportunidad.'),
    ('it', "L'organizzatrice non può più offrirti questa opportunità."),
    ('nl', 'De organisator kan je deze kans helaas niet meer aanbieden.'),
    ('pt', 'A organizadora já não pode oferecer-lhe esta oportunidade.'),
    ('ru', 'Организатор больше не может предложить вам эту возможность.'),
    ('tr', 'Organizatör size bu fırsatı artık sunamıyor.'),
    ('de', 'Wir werden Ihre Bewerbung daher nicht weiterverfolgen.'),
    ('fr', 'Nous ne donnerons donc pas suite à votre candidature.'),
    ('es', 'Por lo tanto, no seguiremos adelante con su candidatura.'),
    ('it', 'Pertanto non daremo seguito alla Sua candidatura.'),
    ('nl', 'We gaan daarom niet verder met uw sollicitatie.'),
    ('pt', 'Por isso, não vamos dar seguimento à sua candidatura.'),
    ('ru', 'Поэтому мы не будем продолжать рассмотрение вашей кандидатуры.'),
    ('tr', 'Bu nedenle başvurunuzla ilerlemeyeceğiz.'),
    ('de', 'Die Auswahlkommission hat die Stelle inzwischen besetzt.'),
    ('fr', 'Le jury a désormais pourvu le poste.'),
    ('es', 'El comité ya ha cubierto la plaza.'),
    ('it', 'La commissione ha ormai coperto il posto.'),
    ('nl', 'De commissie heeft de vacature inmiddels ingevuld.'),
    ('pt', 'O júri já preencheu a vaga.'),
    ('ru', 'Комиссия уже заполнила вакансию.'),
    ('tr', 'Komisyon pozisyonu doldurdu.'),
]


@pytest.mark.parametrize(("lang", "sentence"), LATER_FAMILIES)
def test_a_later_english_refusal_family_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


LATER_NEAR_MISSES = [
    ('en', 'We have welcomed our new office manager, who will show you around on your first day.'),
    ('de', 'Wir haben unsere neue Teamleiterin eingestellt; sie führt Ihr Gespräch am Montag.'),
    ('fr', 'Nous avons recruté une nouvelle responsable RH, qui vous contactera pour votre entretien.'),
    ('es', 'Hemos contratado a una nueva coordinadora, que te llamará para la entrevista.'),
    ('it', 'Abbiamo assunto una nuova responsabile, che ti contatterà per il colloquio.'),
    ('pt', 'Contratámos uma nova coordenadora, que vai entrar em contato com você para a entrevista.'),
    ('ru', 'Мы наняли нового рекрутера, он свяжется с вами по поводу собеседования.'),
    ('fr', 'Votre nom ne figure pas sur la liste des invités au cocktail, mais votre entretien est maintenu.'),
    ('de', 'Wir können Ihnen den Termin am Montag leider nicht mehr anbieten; bitte wählen Sie einen neuen.'),
    ('nl', 'We kunnen u het tijdstip van 10 uur helaas niet meer aanbieden; kies een ander moment.'),
    ('es', 'Ya no podemos ofrecerte el horario de las 10; elige otro para la entrevista.'),
    ('it', 'Il team ha coperto il turno di sabato, quindi il tuo colloquio resta venerdì.'),
    ('tr', 'Yeni müdürümüz bugün işe başladı ve mülakatınızı o yapacak.'),
]


@pytest.mark.parametrize(("lang", "sentence"), LATER_NEAR_MISSES)
def test_a_near_miss_of_a_later_family_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)


def test_a_connective_inside_a_clause_is_read_as_if_it_were_not_there():
    assert normalize("Nous ne donnerons donc pas suite.") == "nous ne donnerons pas suite."
    assert normalize("We have, therefore, decided.") == "we have decided."
    assert normalize("Daher wurden Sie nicht berücksichtigt.") == "daher wurden sie nicht berücksichtigt."


def test_an_adverb_of_time_or_regret_inside_a_clause_is_read_as_if_it_were_not_there():
    assert normalize("The post has now been filled.") == "the post has been filled."
    assert normalize("You were unfortunately not assigned.") == "you were not assigned."
    assert normalize("Your recent application is closed.") == "your application is closed."
    assert normalize("De vacature is inmiddels vervuld.") == "de vacature is vervuld."
    assert normalize("A vaga foi infelizmente atribuída.") == "a vaga foi atribuída."


def test_a_fixed_phrase_or_an_opening_adverb_keeps_its_word():
    assert normalize("We will pass for now.") == "we will pass for now."
    assert normalize("Unfortunately, we are full. Now we wait.") == "unfortunately, we are full. now we wait."


def test_an_abbreviations_full_stop_ends_no_sentence():
    assert normalize("Uw sollicitatie voor ref. NW-12 is afgewezen.") == "uw sollicitatie voor ref nw-12 is afgewezen."
    assert normalize("Dr. Okafor, z.B. Nr. 12.") == "dr okafor, zb nr 12."
    assert normalize("The answer is no. Next.") == "the answer is no. next."


def test_a_bracketed_reference_between_a_noun_and_its_verb_is_left_out():
    assert normalize("Votre candidature (réf. NW-2027-0042) ne remplit pas.") == "votre candidature ne remplit pas."
    assert normalize("Data Engineer (Berlin) is closed.") == "data engineer (berlin) is closed."



# Core refusal families written in all nine languages (25 of these 60 were missed): the post filled
# internally, cancelled and not to be filled, someone with more experience hired, the profile not
# matching, a test below the mark, the post offered to someone else.
CORE_FAMILIES = [
    ('en', 'We have decided to fill the position internally.'),
    ('fr', 'Nous avons décidé de pourvoir le poste en interne.'),
    ('es', 'Hemos decidido cubrir el puesto internamente.'),
    ('it', 'Abbiamo deciso di coprire la posizione internamente.'),
    ('nl', 'We hebben besloten de functie intern in te vullen.'),
    ('pt', 'Decidimos preencher a vaga internamente.'),
    ('ru', 'Мы решили закрыть вакансию внутренним кандидатом.'),
    ('tr', 'Pozisyonu şirket içinden doldurmaya karar verdik.'),
    ('en', 'Due to a budget freeze, the vacancy has been cancelled and will not be filled.'),
    ('de', 'Aufgrund eines Einstellungsstopps wurde die Stelle gestrichen und wird nicht besetzt.'),
    ('fr', "En raison d'un gel des embauches, le poste a été supprimé et ne sera pas pourvu."),
    ('es', 'Debido a una congelación de contrataciones, la vacante ha sido cancelada y no se cubrirá.'),
    ('it', 'A causa di un blocco delle assunzioni, la posizione è stata cancellata e non verrà coperta.'),
    ('nl', 'Door een vacaturestop is de functie geschrapt en wordt deze niet ingevuld.'),
    ('pt', 'Devido ao congelamento de contratações, a vaga foi cancelada e não será preenchida.'),
    ('ru', 'Из-за заморозки найма вакансия отменена и не будет заполнена.'),
    ('tr', 'İşe alım dondurulduğu için pozisyon iptal edildi ve doldurulmayacak.'),
    ('en', 'We have decided to hire a candidate with more experience in logistics.'),
    ('de', 'Wir haben uns entschieden, eine Person mit mehr Erfahrung in der Logistik einzustellen.'),
    ('fr', "Nous avons décidé d'embaucher un candidat ayant plus d'expérience en logistique."),
    ('es', 'Hemos decidido contratar a un candidato con más experiencia en logística.'),
    ('it', 'Abbiamo deciso di assumere un candidato con maggiore esperienza nella logistica.'),
    ('nl', 'We hebben besloten een kandidaat met meer ervaring in logistiek aan te nemen.'),
    ('pt', 'Decidimos contratar um candidato com mais experiência em logística.'),
    ('ru', 'Мы решили нанять кандидата с большим опытом в логистике.'),
    ('tr', 'Lojistikte daha fazla deneyime sahip bir adayı işe almaya karar verdik.'),
    ('en', 'Your profile does not match the requirements of the role.'),
    ('de', 'Ihr Profil entspricht nicht den Anforderungen der Stelle.'),
    ('fr', 'Votre profil ne correspond pas aux exigences du poste.'),
    ('es', 'Su perfil no se ajusta a los requisitos del puesto.'),
    ('it', 'Il Suo profilo non corrisponde ai requisiti della posizione.'),
    ('nl', 'Uw profiel sluit niet aan bij de eisen van de functie.'),
    ('pt', 'O seu perfil não corresponde aos requisitos da vaga.'),
    ('ru', 'Ваш профиль не соответствует требованиям вакансии.'),
    ('tr', 'Profiliniz pozisyonun gereksinimlerini karşılamıyor.'),
    ('en', 'Your test score was below the required pass mark, so we cannot take your application further.'),
    ('de', 'Ihr Testergebnis lag unter der erforderlichen Mindestpunktzahl, daher können wir Ihre Bewerbung nicht weiter berücksichtigen.'),
    ('fr', 'Votre score au test est inférieur au seuil requis ; nous ne pouvons donc pas poursuivre votre candidature.'),
    ('es', 'Su puntuación en la prueba fue inferior al mínimo exigido, por lo que no podemos continuar con su candidatura.'),
    ('it', 'Il punteggio del test è inferiore alla soglia richiesta, pertanto non possiamo proseguire con la Sua candidatura.'),
    ('nl', 'Uw testscore lag onder de vereiste grens, daarom kunnen we uw sollicitatie niet verder in behandeling nemen.'),
    ('pt', 'A sua pontuação no teste ficou abaixo do mínimo exigido, por isso não podemos dar seguimento à sua candidatura.'),
    ('ru', 'Ваш результат теста ниже проходного балла, поэтому мы не можем продолжить рассмотрение вашей кандидатуры.'),
    ('tr', 'Test puanınız gerekli barajın altında kaldığı için başvurunuzu ilerletemiyoruz.'),
    ('en', 'After much deliberation we have offered the role to someone whose experience is closer to what the team needs.'),
    ('de', 'Nach reiflicher Überlegung haben wir die Stelle jemandem angeboten, dessen Erfahrung besser zum Team passt.'),
    ('fr', "Après mûre réflexion, nous avons proposé le poste à une personne dont l'expérience correspond mieux aux besoins de l'équipe."),
    ('es', 'Tras mucha deliberación, hemos ofrecido el puesto a otra persona cuya experiencia se ajusta mejor.'),
    ('it', "Dopo un'attenta valutazione abbiamo offerto il ruolo a un'altra persona con un'esperienza più vicina alle esigenze del team."),
    ('nl', 'Na lang beraad hebben we de functie aangeboden aan iemand wiens ervaring beter aansluit.'),
    ('pt', 'Após muita deliberação, oferecemos a vaga a outra pessoa cuja experiência está mais alinhada.'),
    ('ru', 'После долгих размышлений мы предложили должность другому человеку, чей опыт ближе к задачам команды.'),
    ('tr', 'Uzun bir değerlendirmenin ardından pozisyonu deneyimi ekibin ihtiyaçlarına daha uygun birine teklif ettik.'),
]


@pytest.mark.parametrize(("lang", "sentence"), CORE_FAMILIES)
def test_a_core_refusal_family_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


CORE_NEAR_MISSES = [
    ('fr', 'Si nous décidons de pourvoir le poste en interne, nous vous en informerons.'),
    ('es', 'Si decidimos cubrir el puesto internamente, te lo comunicaremos.'),
    ('it', 'Qualora decidessimo di coprire la posizione internamente, La informeremo.'),
    ('nl', 'Als we besluiten de functie intern in te vullen, laten we het u weten.'),
    ('de', 'Falls wir uns für eine Person mit mehr Erfahrung entscheiden, melden wir uns.'),
    ('pt', 'Caso decidamos contratar um candidato com mais experiência, avisaremos.'),
    ('ru', 'Если мы решим нанять кандидата с большим опытом, мы сообщим вам.'),
    ('nl', 'De functie van teamleider is geschrapt, maar uw sollicitatie voor de functie van analist loopt gewoon door.'),
    ('it', 'La posizione di Milano è stata cancellata, ma la Sua candidatura per Roma resta confermata.'),
    ('ru', 'Вакансия в Казани отменена, но ваша кандидатура на позицию в Москве остаётся в силе.'),
    ('de', 'Wir hatten die Stelle jemandem angeboten, der abgesagt hat; nun möchten wir sie Ihnen anbieten.'),
    ('pt', 'Oferecemos a vaga a outra pessoa, que recusou; por isso gostaríamos de oferecê-la a você.'),
    ('tr', 'Profiliniz pozisyonun gereksinimlerini karşılıyor; sizi mülakata davet etmek istiyoruz.'),
    ('en', 'We offered the role to another candidate, who declined; we would now like to offer it to you.'),
]


@pytest.mark.parametrize(("lang", "sentence"), CORE_NEAR_MISSES)
def test_a_near_miss_of_a_core_family_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)



# A fourth batch in all nine languages (30 of these 63 were missed, two in English: "we cannot
# proceed with …" and "you do not meet the minimum qualification"): no invitation to interview, the
# recruitment closed unfilled, a visa not sponsored, a minimum not met, another direction, not
# successful this time.
FOURTH_FAMILIES = [
    ('en', 'We will not be inviting you to interview for this position.'),
    ('de', 'Wir werden Sie nicht zu einem Vorstellungsgespräch für diese Stelle einladen.'),
    ('fr', 'Nous ne vous convierons pas à un entretien pour ce poste.'),
    ('es', 'No le invitaremos a una entrevista para este puesto.'),
    ('it', 'Non La inviteremo a un colloquio per questa posizione.'),
    ('nl', 'We nodigen u niet uit voor een gesprek voor deze functie.'),
    ('pt', 'Não o convidaremos para uma entrevista para esta vaga.'),
    ('ru', 'Мы не будем приглашать вас на собеседование на эту должность.'),
    ('tr', 'Sizi bu pozisyon için mülakata davet etmeyeceğiz.'),
    ('en', 'We have decided to close the vacancy without making an appointment.'),
    ('de', 'Wir haben beschlossen, das Verfahren ohne Stellenbesetzung zu beenden.'),
    ('fr', 'Nous avons décidé de clore le recrutement sans pourvoir le poste.'),
    ('es', 'Hemos decidido cerrar el proceso sin cubrir la vacante.'),
    ('it', 'Abbiamo deciso di chiudere la selezione senza coprire la posizione.'),
    ('nl', 'We hebben besloten de procedure te sluiten zonder de vacature in te vullen.'),
    ('pt', 'Decidimos encerrar o processo sem preencher a vaga.'),
    ('ru', 'Мы решили закрыть конкурс без назначения на должность.'),
    ('tr', 'Süreci pozisyonu doldurmadan kapatmaya karar verdik.'),
    ('en', 'As we are unable to sponsor a work visa for this role, we cannot proceed with your application.'),
    ('de', 'Da wir für diese Stelle kein Arbeitsvisum unterstützen können, können wir Ihre Bewerbung nicht weiterverfolgen.'),
    ('fr', 'Comme nous ne pouvons pas parrainer de visa de travail pour ce poste, nous ne pouvons pas poursuivre votre candidature.'),
    ('es', 'Como no podemos patrocinar un visado de trabajo para este puesto, no podemos seguir adelante con su candidatura.'),
    ('it', 'Poiché non possiamo sponsorizzare un visto di lavoro per questa posizione, non possiamo procedere con la Sua candidatura.'),
    ('nl', 'Omdat we voor deze functie geen werkvisum kunnen sponsoren, kunnen we uw sollicitatie niet in behandeling nemen.'),
    ('pt', 'Como não podemos patrocinar um visto de trabalho para esta vaga, não podemos avançar com a sua candidatura.'),
    ('ru', 'Поскольку мы не можем оформить рабочую визу для этой должности, мы не можем продолжить рассмотрение вашей кандидатуры.'),
    ('tr', 'Bu pozisyon için çalışma vizesi sağlayamadığımızdan başvurunuzla ilerleyemiyoruz.'),
    ('en', 'You do not meet the minimum qualification required for this programme.'),
    ('de', 'Sie erfüllen nicht die Mindestqualifikation für dieses Programm.'),
    ('fr', 'Vous ne remplissez pas la qualification minimale requise pour ce programme.'),
    ('es', 'No cumple con la titulación mínima requerida para este programa.'),
    ('it', 'Non possiede la qualifica minima richiesta per questo programma.'),
    ('nl', 'U voldoet niet aan de minimale kwalificatie voor dit programma.'),
    ('pt', 'Você não cumpre a qualificação mínima exigida para este programa.'),
    ('ru', 'Вы не соответствуете минимальным квалификационным требованиям программы.'),
    ('tr', 'Bu program için gereken asgari yeterliliği karşılamıyorsunuz.'),
    ('en', 'We have decided to go in a different direction for this role.'),
    ('de', 'Wir haben uns entschieden, bei dieser Stelle einen anderen Weg zu gehen.'),
    ('fr', 'Nous avons décidé de prendre une autre direction pour ce poste.'),
    ('es', 'Hemos decidido tomar otra dirección para este puesto.'),
    ('it', "Abbiamo deciso di andare in un'altra direzione per questo ruolo."),
    ('nl', 'We hebben besloten een andere richting in te slaan voor deze functie.'),
    ('pt', 'Decidimos seguir numa direção diferente para esta vaga.'),
    ('ru', 'Мы решили выбрать другое направление для этой позиции.'),
    ('tr', 'Bu pozisyon için farklı bir yönde ilerlemeye karar verdik.'),
    ('en', 'Your application was not successful on this occasion.'),
    ('de', 'Ihre Bewerbung war dieses Mal leider nicht erfolgreich.'),
    ('fr', "Votre candidature n'a pas abouti cette fois-ci."),
    ('es', 'Su candidatura no ha prosperado en esta ocasión.'),
    ('it', 'La Sua candidatura questa volta non ha avuto esito positivo.'),
    ('nl', 'Uw sollicitatie is deze keer niet succesvol geweest.'),
    ('pt', 'A sua candidatura não foi bem-sucedida desta vez.'),
    ('ru', 'В этот раз ваша кандидатура не прошла отбор.'),
    ('tr', 'Başvurunuz bu sefer olumlu sonuçlanmadı.'),
]


@pytest.mark.parametrize(("lang", "sentence"), FOURTH_FAMILIES)
def test_a_fourth_batch_refusal_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


FOURTH_NEAR_MISSES = [
    ('de', 'Falls Sie den Test nicht bestehen, werden wir Sie nicht zu einem Vorstellungsgespräch einladen.'),
    ('fr', 'Si votre dossier est incomplet, nous ne vous convierons pas à un entretien.'),
    ('es', 'Si no envía el formulario, no le invitaremos a una entrevista.'),
    ('it', 'Se non completa il test, non La inviteremo a un colloquio.'),
    ('nl', 'Als u de test niet afrondt, nodigen we u niet uit voor een gesprek.'),
    ('pt', 'Se não enviar o formulário, não o convidaremos para uma entrevista.'),
    ('ru', 'Если вы не пройдёте тест, мы не будем приглашать вас на собеседование.'),
    ('en', 'If you do not meet the minimum requirements by the start date, the offer may be withdrawn.'),
    ('es', 'Si no cumple con la titulación mínima requerida, su solicitud será excluida.'),
    ('en', 'Applicants who do not meet the minimum qualification will not be shortlisted.'),
    ("en", "Applications with incomplete assessments cannot be progressed, so please finish yours by Sunday."),
]


@pytest.mark.parametrize(("lang", "sentence"), FOURTH_NEAR_MISSES)
def test_a_near_miss_of_the_fourth_batch_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)



# A fifth batch (36 of these 54 were missed): the application archived, "we regret not being able to
# offer you the position", nothing suitable for an open application, not among the shortlisted,
# another candidate hired after the interviews, the post withdrawn.
FIFTH_FAMILIES = [
    ('en', 'Your application has been archived.'),
    ('de', 'Ihre Bewerbung wurde archiviert.'),
    ('fr', 'Votre candidature a été archivée.'),
    ('es', 'Su candidatura ha sido archivada.'),
    ('it', 'La Sua candidatura è stata archiviata.'),
    ('nl', 'Uw sollicitatie is gearchiveerd.'),
    ('pt', 'A sua candidatura foi arquivada.'),
    ('ru', 'Ваш отклик перенесён в архив.'),
    ('tr', 'Başvurunuz arşivlendi.'),
    ('en', 'We regret that we cannot offer you the position.'),
    ('de', 'Wir bedauern, Ihnen die Stelle nicht anbieten zu können.'),
    ('fr', 'Nous regrettons de ne pas pouvoir vous proposer le poste.'),
    ('es', 'Lamentamos no poder ofrecerle el puesto.'),
    ('it', 'Ci dispiace non poterLe offrire la posizione.'),
    ('nl', 'Het spijt ons dat we u de functie niet kunnen aanbieden.'),
    ('pt', 'Lamentamos não poder oferecer-lhe a vaga.'),
    ('ru', 'К сожалению, мы не можем предложить вам эту должность.'),
    ('tr', 'Size pozisyonu teklif edemediğimiz için üzgünüz.'),
    ('en', 'At the moment we have no suitable vacancies for your profile.'),
    ('de', 'Derzeit haben wir leider keine passende Stelle für Ihr Profil.'),
    ('fr', "Nous n'avons actuellement aucun poste correspondant à votre profil."),
    ('es', 'En este momento no tenemos ninguna vacante adecuada para su perfil.'),
    ('it', 'Al momento non abbiamo posizioni adatte al Suo profilo.'),
    ('nl', 'Op dit moment hebben we geen passende vacature voor uw profiel.'),
    ('pt', 'No momento não temos nenhuma vaga adequada ao seu perfil.'),
    ('ru', 'В настоящее время у нас нет подходящих вакансий для вашего профиля.'),
    ('tr', 'Şu anda profilinize uygun açık pozisyonumuz bulunmamaktadır.'),
    ('en', 'You were not among the shortlisted candidates.'),
    ('de', 'Sie gehören nicht zu den Kandidaten der engeren Auswahl.'),
    ('fr', 'Vous ne faites pas partie des candidats présélectionnés.'),
    ('es', 'Usted no se encuentra entre los candidatos preseleccionados.'),
    ('it', 'Lei non rientra tra i candidati preselezionati.'),
    ('nl', 'U behoort niet tot de kandidaten op de shortlist.'),
    ('pt', 'Você não está entre os candidatos pré-selecionados.'),
    ('ru', 'Вы не вошли в число кандидатов короткого списка.'),
    ('tr', 'Kısa listeye alınan adaylar arasında yer almıyorsunuz.'),
    ('en', 'After the interviews, we decided to hire another candidate.'),
    ('de', 'Nach den Gesprächen haben wir uns entschieden, einen anderen Kandidaten einzustellen.'),
    ('fr', "À l'issue des entretiens, nous avons décidé d'embaucher un autre candidat."),
    ('es', 'Tras las entrevistas, decidimos contratar a otro candidato.'),
    ('it', 'Dopo i colloqui abbiamo deciso di assumere un altro candidato.'),
    ('nl', 'Na de gesprekken hebben we besloten een andere kandidaat aan te nemen.'),
    ('pt', 'Após as entrevistas, decidimos contratar outro candidato.'),
    ('ru', 'После собеседований мы решили нанять другого кандидата.'),
    ('tr', 'Mülakatların ardından başka bir adayı işe almaya karar verdik.'),
    ('en', 'The position you applied for has been withdrawn.'),
    ('de', 'Die Stelle, auf die Sie sich beworben haben, wurde zurückgezogen.'),
    ('fr', 'Le poste auquel vous avez postulé a été retiré.'),
    ('es', 'El puesto al que se postuló ha sido retirado.'),
    ('it', 'La posizione per cui si è candidato è stata ritirata.'),
    ('nl', 'De vacature waarop u solliciteerde is ingetrokken.'),
    ('pt', 'A vaga à qual se candidatou foi retirada.'),
    ('ru', 'Вакансия, на которую вы откликнулись, снята с публикации.'),
    ('tr', 'Başvurduğunuz ilan yayından kaldırıldı.'),
]


@pytest.mark.parametrize(("lang", "sentence"), FIFTH_FAMILIES)
def test_a_fifth_batch_refusal_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


FIFTH_NEAR_MISSES = [
    ('en', 'We have no suitable vacancies for your profile in Lyon, but your application for Paris is going ahead as planned.'),
    ('de', 'Wir bedauern, Ihnen den Termin am Montag nicht anbieten zu können; bitte wählen Sie einen anderen.'),
    ('es', 'El puesto de Sevilla ha sido retirado, pero tu candidatura para Madrid sigue en curso.'),
    ('nl', 'Het spijt ons dat we u de parkeerplaats niet kunnen aanbieden; uw eerste werkdag blijft 1 maart.'),
    ('fr', 'Vous ne faites pas partie des candidats présélectionnés pour le poste de Nantes, mais nous souhaitons vous rencontrer pour celui de Lyon.'),
    ('pt', 'A vaga de Lisboa foi encerrada, mas a sua candidatura para o Porto continua em análise.'),
]


@pytest.mark.parametrize(("lang", "sentence"), FIFTH_NEAR_MISSES)
def test_a_near_miss_of_the_fifth_batch_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)



# The classic sentences of refusal letters in each language (4 of these 36 were missed).
CLASSICS = [
    ('de', 'Wir bedauern, Ihnen keine positive Nachricht geben zu können.'),
    ('de', 'Die Wahl ist auf eine andere Bewerberin gefallen.'),
    ('de', 'Wir haben uns nach reiflicher Überlegung gegen Sie entschieden.'),
    ('de', 'Wir haben uns für eine Kandidatin entschieden, deren Profil noch besser zu unseren Anforderungen passt.'),
    ('fr', 'Nous avons le regret de ne pouvoir donner une suite favorable à votre candidature.'),
    ('fr', "Votre profil, bien qu'intéressant, ne correspond pas à nos besoins actuels."),
    ('fr', 'Nous avons porté notre choix sur un autre candidat.'),
    ('fr', 'Nous ne sommes malheureusement pas en mesure de donner suite à votre candidature.'),
    ('es', 'Lamentamos comunicarle que ha sido descartado del proceso.'),
    ('es', 'Nos hemos decantado por otro candidato.'),
    ('es', 'Su perfil no encaja con lo que buscamos en este momento.'),
    ('es', 'Hemos decidido continuar el proceso con otros perfiles.'),
    ('es', 'No ha superado la fase de entrevistas.'),
    ('it', 'Siamo spiacenti di comunicarLe che la Sua candidatura non è stata selezionata.'),
    ('it', 'Abbiamo individuato un profilo più in linea con le nostre esigenze.'),
    ('it', 'La selezione si è conclusa con la scelta di un altro candidato.'),
    ('it', 'Non abbiamo potuto dare seguito alla Sua candidatura.'),
    ('nl', 'Helaas moeten wij u mededelen dat wij u niet hebben geselecteerd.'),
    ('nl', 'Wij hebben gekozen voor een kandidaat die beter aansluit bij het profiel.'),
    ('nl', 'Na zorgvuldige afweging hebben wij besloten u niet uit te nodigen.'),
    ('nl', 'De keuze is gevallen op een andere kandidaat.'),
    ('pt', 'Infelizmente o seu perfil não avançou no processo seletivo.'),
    ('pt', 'Optamos por seguir com outro candidato.'),
    ('pt', 'Você não foi aprovado nesta etapa.'),
    ('pt', 'O processo seletivo foi encerrado e você não foi selecionado.'),
    ('ru', 'К сожалению, мы вынуждены вам отказать.'),
    ('ru', 'Мы сделали выбор в пользу другого кандидата.'),
    ('ru', 'Ваша кандидатура нам не подошла.'),
    ('ru', 'Мы не готовы сделать вам предложение.'),
    ('tr', 'Değerlendirme sonucunda başka bir adayla ilerleme kararı aldık.'),
    ('tr', 'Başvurunuz olumlu değerlendirilmemiştir.'),
    ('tr', 'Bu süreçte sizinle devam edemeyeceğiz.'),
    ('en', 'The decision has gone in favour of another candidate.'),
    ('en', 'We will not be taking your candidacy any further.'),
    ('en', 'Your profile was not retained for the next stage.'),
    ('en', 'We have chosen not to extend you an offer.'),
]


@pytest.mark.parametrize(("lang", "sentence"), CLASSICS)
def test_a_classic_refusal_sentence_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)



# Casual refusals of small employers (10 of these 22 were missed): "it did not work out this time",
# "we won't be able to take you".
CASUAL = [
    ('en', 'Thanks for coming in! In the end we went with someone else.'),
    ('en', "Sorry, it's a no from us this time."),
    ('de', 'Danke fürs Probearbeiten! Wir haben uns am Ende für jemand anderen entschieden.'),
    ('de', 'Du bist leider nicht weitergekommen.'),
    ('fr', "Merci d'être passé ! On a finalement pris quelqu'un d'autre."),
    ('fr', 'Désolé, on ne va pas pouvoir te prendre cette fois.'),
    ('es', '¡Gracias por venir! Al final nos quedamos con otra persona.'),
    ('es', 'Lo siento, pero esta vez no te vamos a poder coger.'),
    ('it', 'Mi dispiace, alla fine abbiamo scelto qualcun altro.'),
    ('it', 'Purtroppo questa volta non possiamo prenderti.'),
    ('nl', 'Bedankt voor het proefdraaien! We hebben toch voor iemand anders gekozen.'),
    ('nl', 'Helaas ben je niet door naar de volgende ronde.'),
    ('pt', 'Valeu por vir! No fim ficamos com outra pessoa.'),
    ('pt', 'Infelizmente dessa vez não vamos poder te chamar.'),
    ('ru', 'Спасибо, что пришли! В итоге мы взяли другого человека.'),
    ('ru', 'К сожалению, мы не сможем взять вас на эту позицию.'),
    ('tr', 'Geldiğin için teşekkürler! Sonunda başka birini aldık.'),
    ('tr', 'Maalesef seni bu pozisyon için alamayacağız.'),
    ('de', 'Leider hat es diesmal nicht geklappt.'),
    ('fr', "Malheureusement, ça n'a pas abouti cette fois."),
    ('es', 'Lamentablemente, esta vez no ha salido.'),
    ('nl', 'Helaas is het deze keer niet gelukt.'),
]


@pytest.mark.parametrize(("lang", "sentence"), CASUAL)
def test_a_casual_refusal_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


CASUAL_NEAR_MISSES = [
    ('de', 'Der Termin am Montag hat diesmal nicht geklappt, wir schlagen Ihnen Donnerstag vor.'),
    ('fr', 'Si ton dossier est incomplet, on ne va pas pouvoir te prendre.'),
    ('es', 'Si no traes los papeles, no te vamos a poder coger.'),
    ('nl', 'De upload is deze keer niet gelukt; probeer het opnieuw.'),
    ('tr', 'Belgeleri getirmezseniz sizi alamayacağız.'),
]


@pytest.mark.parametrize(("lang", "sentence"), CASUAL_NEAR_MISSES)
def test_a_near_miss_of_a_casual_refusal_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)



# Something asked for and refused while the candidacy goes on (5 of these 23 were read as rejections):
# a later start, remote work, a new interview date, travel costs.
REQUESTS_REFUSED = [
    ('en', 'Your request for a later start date has been declined, but we look forward to welcoming you on 1 March.'),
    ('en', 'Unfortunately your travel expenses claim was rejected because the receipt was missing.'),
    ('en', 'We cannot approve your request to work remotely on Fridays.'),
    ('en', 'Your request to move the interview to next week has been declined; please attend on Tuesday as planned.'),
    ('de', 'Ihr Antrag auf Erstattung der Reisekosten wurde abgelehnt, da der Beleg fehlte.'),
    ('de', 'Ihren Wunsch nach einem späteren Eintrittsdatum können wir leider nicht erfüllen; wir freuen uns auf Ihren Start am 1. März.'),
    ('de', 'Ihre Anfrage, das Gespräch zu verschieben, wurde abgelehnt; bitte kommen Sie wie geplant am Dienstag.'),
    ('fr', 'Votre demande de remboursement des frais de déplacement a été refusée, faute de justificatif.'),
    ('fr', 'Votre demande de report de la date de début a été refusée ; nous vous attendons le 1er mars.'),
    ('fr', 'Nous ne pouvons pas accepter votre demande de télétravail le vendredi.'),
    ('es', 'Su solicitud de reembolso de los gastos de viaje ha sido rechazada por falta de justificante.'),
    ('es', 'Tu petición de cambiar la fecha de la entrevista ha sido rechazada; te esperamos el martes.'),
    ('es', 'No podemos aceptar tu solicitud de teletrabajo los viernes.'),
    ('it', 'La Sua richiesta di rimborso delle spese di viaggio è stata respinta per mancanza della ricevuta.'),
    ('it', 'La tua richiesta di spostare il colloquio è stata respinta; ti aspettiamo martedì come previsto.'),
    ('nl', 'Uw verzoek om vergoeding van de reiskosten is afgewezen omdat het bonnetje ontbrak.'),
    ('nl', 'Je verzoek om het gesprek te verplaatsen is afgewezen; we zien je dinsdag zoals gepland.'),
    ('pt', 'O seu pedido de reembolso das despesas de viagem foi recusado por falta de comprovante.'),
    ('pt', 'Seu pedido para remarcar a entrevista foi recusado; esperamos você na terça-feira, como combinado.'),
    ('ru', 'Ваш запрос на компенсацию дорожных расходов отклонён из-за отсутствия чека.'),
    ('ru', 'Ваша просьба перенести собеседование отклонена; ждём вас во вторник, как договаривались.'),
    ('tr', 'Yol masrafı iade talebiniz, fiş eksik olduğu için reddedildi.'),
    ('tr', 'Mülakatı ertelemek için talebiniz reddedildi; sizi salı günü bekliyoruz.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REQUESTS_REFUSED)
def test_a_request_about_the_terms_refused_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)



# Formal refusal letters in the eight other languages (8 of these 40 were missed).
FORMAL_LETTERS = [
    ('de', 'Wir müssen Ihnen leider eine Absage erteilen.'),
    ('de', 'Nach sorgfältiger Prüfung Ihrer Unterlagen sind wir zu dem Ergebnis gekommen, dass wir Sie nicht in die engere Wahl einbeziehen können.'),
    ('de', 'Leider können wir Sie im weiteren Verfahren nicht berücksichtigen.'),
    ('de', 'Wir haben uns für Bewerber entschieden, deren Qualifikationen besser zum Anforderungsprofil passen.'),
    ('de', 'Ihre Bewerbung hat in diesem Fall leider nicht zum Erfolg geführt.'),
    ('fr', 'Nous ne sommes pas en mesure de retenir votre candidature.'),
    ('fr', "Votre candidature n'a malheureusement pas été retenue à l'issue de notre processus de sélection."),
    ('fr', 'Après examen attentif, votre profil ne correspond pas aux attentes du poste.'),
    ('fr', "Nous avons le regret de vous annoncer que votre candidature n'a pas abouti."),
    ('fr', 'Nous sommes contraints de décliner votre candidature.'),
    ('es', 'Tras valorar su candidatura, hemos decidido no continuar con el proceso.'),
    ('es', 'Su perfil no ha resultado seleccionado en esta ocasión.'),
    ('es', 'Lamentamos informarle que no ha sido admitido en el programa.'),
    ('es', 'En esta ocasión no podremos contar con usted.'),
    ('es', 'Hemos optado por otros candidatos cuyo perfil se ajusta más.'),
    ('it', 'La informiamo che la Sua candidatura non è stata ritenuta idonea.'),
    ('it', 'Abbiamo deciso di non dare seguito alla Sua candidatura.'),
    ('it', 'In questa occasione non potremo avvalerci della Sua collaborazione.'),
    ('it', 'Il Suo profilo non è risultato in linea con le esigenze della posizione.'),
    ('it', 'Siamo spiacenti, ma abbiamo scelto di proseguire con altri profili.'),
    ('nl', 'Wij hebben besloten u niet uit te nodigen voor een tweede gesprek.'),
    ('nl', 'Helaas hebben wij voor een andere kandidaat gekozen.'),
    ('nl', 'Uw profiel sluit onvoldoende aan bij de functie-eisen.'),
    ('nl', 'Wij zien helaas geen mogelijkheid u een aanbod te doen.'),
    ('nl', 'De procedure wordt voor u hierbij afgesloten.'),
    ('pt', 'Informamos que você não foi aprovado na etapa de entrevistas.'),
    ('pt', 'Optamos por não seguir com a sua candidatura.'),
    ('pt', 'Neste momento, não daremos continuidade ao seu processo.'),
    ('pt', 'Seu perfil não foi selecionado para esta vaga.'),
    ('pt', 'Agradecemos, mas seguiremos com outros candidatos.'),
    ('ru', 'К сожалению, мы не готовы пригласить вас на собеседование.'),
    ('ru', 'Мы приняли решение не продолжать процесс с вами.'),
    ('ru', 'Ваш опыт не совсем соответствует требованиям вакансии.'),
    ('ru', 'Мы рассмотрели ваше резюме, но пока не можем предложить вам работу.'),
    ('ru', 'Благодарим за отклик, но вынуждены отказать.'),
    ('tr', 'Başvurunuzu olumlu değerlendiremiyoruz.'),
    ('tr', 'Sizinle çalışma fırsatımız olmayacak.'),
    ('tr', 'Şu aşamada sürece sizinle devam etmeyeceğiz.'),
    ('tr', 'Pozisyon için başka bir adayı tercih ettik.'),
    ('tr', 'Özgeçmişiniz pozisyonun gerekliliklerini karşılamamaktadır.'),
]


@pytest.mark.parametrize(("lang", "sentence"), FORMAL_LETTERS)
def test_a_formal_refusal_letter_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


FORMAL_NEAR_MISSES = [
    ('de', 'Wir haben uns für Bewerber entschieden, die wir zum zweiten Gespräch einladen, und Sie sind dabei.'),
    ('nl', 'Uw profiel sluit goed aan bij de functie; we nodigen u uit voor een gesprek.'),
    ('pt', 'Agradecemos; seguiremos com outros candidatos na próxima semana e com você na segunda-feira.'),
]


@pytest.mark.parametrize(("lang", "sentence"), FORMAL_NEAR_MISSES)
def test_a_near_miss_of_a_formal_letter_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)



# The informal register (du, tu, tú, je, você/tu, ты, sen): 5 of these 23 were missed.
INFORMAL = [
    ('de', 'Leider können wir dich im weiteren Verfahren nicht berücksichtigen.'),
    ('de', 'Deine Bewerbung war diesmal leider nicht erfolgreich.'),
    ('de', 'Wir müssen dir leider absagen.'),
    ('fr', 'Nous ne pouvons malheureusement pas donner suite à ta candidature.'),
    ('fr', "Ta candidature n'a pas été retenue."),
    ('fr', 'On a choisi un autre profil, désolé.'),
    ('es', 'Lamentamos comunicarte que no has sido seleccionado.'),
    ('es', 'Hemos decidido no seguir adelante con tu candidatura.'),
    ('es', 'Te agradecemos mucho, pero hemos elegido otro perfil.'),
    ('it', 'Ci dispiace comunicarti che la tua candidatura non è stata selezionata.'),
    ('it', 'Abbiamo deciso di non procedere con la tua candidatura.'),
    ('nl', 'Helaas hebben we besloten je niet uit te nodigen.'),
    ('nl', 'Je sollicitatie is helaas afgewezen.'),
    ('nl', 'We gaan niet verder met jouw sollicitatie.'),
    ('pt', 'Infelizmente você não foi selecionado.'),
    ('pt', 'Decidimos não seguir com a tua candidatura.'),
    ('pt', 'Não vamos avançar com a tua candidatura.'),
    ('ru', 'К сожалению, мы не можем предложить тебе эту работу.'),
    ('ru', 'Мы решили не продолжать с тобой.'),
    ('ru', 'Твоя кандидатура нам не подошла.'),
    ('tr', 'Maalesef başvurunu olumlu değerlendiremiyoruz.'),
    ('tr', 'Seninle devam etmeyeceğiz.'),
    ('tr', 'Başvurun reddedildi.'),
]


@pytest.mark.parametrize(("lang", "sentence"), INFORMAL)
def test_an_informal_refusal_is_read_in_every_deciding_language(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


# Selections with a call: grants, talks, abstracts, places on a programme, scholarships, admissions
# (language parity batch 10, written before real-mail rounds 45-47 were read): 4 of these 45 were missed.
CALLS = [
    ('en', 'We regret that your proposal was not among those selected for funding in this call.'),
    ('en', 'Your talk submission was not accepted for the programme this year.'),
    ('en', 'After review, the committee was unable to accept your abstract.'),
    ('en', 'We are unable to offer you a place on the summer school.'),
    ('en', 'Your application for the travel grant has not been successful.'),
    ('de', 'Ihr Antrag auf Förderung konnte in dieser Ausschreibungsrunde leider nicht bewilligt werden.'),
    ('de', 'Ihr Vortragsvorschlag wurde vom Programmkomitee leider nicht angenommen.'),
    ('de', 'Wir können Ihnen leider keinen Studienplatz anbieten.'),
    ('de', 'Ihre Bewerbung um das Stipendium war leider nicht erfolgreich.'),
    ('de', 'Leider konnten wir Ihre Einreichung nicht in das Programm aufnehmen.'),
    ('fr', "Nous avons le regret de vous informer que votre proposition n'a pas été retenue pour financement."),
    ('fr', "Votre proposition de communication n'a pas été acceptée par le comité de programme."),
    ('fr', 'Nous ne sommes pas en mesure de vous proposer une place dans le master.'),
    ('fr', "Votre demande de bourse n'a malheureusement pas abouti."),
    ('fr', "Votre demande d'admission a reçu un avis défavorable."),
    ('es', 'Lamentamos informarle que su propuesta no ha sido seleccionada para financiación.'),
    ('es', 'Su ponencia no ha sido aceptada por el comité del programa.'),
    ('es', 'No podemos ofrecerle una plaza en el máster este año.'),
    ('es', 'Su solicitud de beca ha sido denegada.'),
    ('es', 'Su solicitud de admisión ha sido desestimada.'),
    ('it', 'Siamo spiacenti di comunicarle che la sua proposta non è stata ammessa al finanziamento.'),
    ('it', 'Il suo intervento non è stato accettato dal comitato di programma.'),
    ('it', 'Non possiamo offrirle un posto nel corso di dottorato.'),
    ('it', 'La sua domanda di borsa di studio non è stata accolta.'),
    ('it', 'La sua domanda di ammissione è stata respinta.'),
    ('nl', 'Helaas is uw voorstel in deze ronde niet gehonoreerd.'),
    ('nl', 'Uw presentatievoorstel is niet geaccepteerd door de programmacommissie.'),
    ('nl', 'Wij kunnen u helaas geen plaats in de opleiding aanbieden.'),
    ('nl', 'Uw aanvraag voor de beurs is helaas niet toegekend.'),
    ('nl', 'Uw verzoek om toelating is afgewezen.'),
    ('pt', 'Lamentamos informar que a sua proposta não foi contemplada neste edital.'),
    ('pt', 'A sua palestra não foi aceita pelo comitê de programa.'),
    ('pt', 'Não podemos oferecer-lhe uma vaga no mestrado.'),
    ('pt', 'O seu pedido de bolsa foi indeferido.'),
    ('pt', 'A sua inscrição no programa não foi homologada.'),
    ('ru', 'К сожалению, ваша заявка на грант не была поддержана экспертным советом.'),
    ('ru', 'Ваш доклад не был принят программным комитетом.'),
    ('ru', 'Мы не можем предложить вам место в магистратуре.'),
    ('ru', 'Ваша заявка на стипендию отклонена.'),
    ('ru', 'В зачислении на программу вам отказано.'),
    ('tr', 'Başvurunuz bu çağrı kapsamında desteklenmeye uygun bulunmamıştır.'),
    ('tr', 'Konuşma öneriniz program komitesi tarafından kabul edilmedi.'),
    ('tr', 'Size yüksek lisans programında bir yer sunamıyoruz.'),
    ('tr', 'Burs başvurunuz olumsuz sonuçlanmıştır.'),
    ('tr', 'Kabul başvurunuz reddedilmiştir.'),
]

# The same words about something else, or the decision still to come.
CALLS_NEAR = [
    ('en', 'Your abstract has been accepted; the committee was unable to accept the second one you sent as it arrived after the deadline, but your talk stands.'),
    ('en', 'The committee was unable to accept late reviews, so the decision on your proposal will come next week.'),
    ('en', 'Please note that we cannot accept abstracts longer than 300 words; send a shorter version by Friday.'),
    ('de', 'Leider konnten wir Ihre Datei nicht hochladen; bitte senden Sie sie erneut als PDF.'),
    ('de', 'Wir haben Ihre Einreichung in das Programm aufgenommen.'),
    ('pt', 'A sua inscrição no programa foi homologada.'),
    ('pt', 'A lista de inscrições homologadas será publicada na próxima semana.'),
    ('ru', 'Вы зачислены на программу.'),
    ('ru', 'Решение о зачислении на программу будет принято до 1 марта.'),
    ('ru', 'В доступе к личному кабинету вам отказано: проверьте пароль.'),
    ('es', 'La resolución de la convocatoria se publicará en marzo.'),
    ('fr', "Votre demande de report de la date d'entretien a reçu un avis défavorable ; l'entretien reste fixé au 12 mars."),
    ('it', 'La sua domanda di rimborso spese è stata respinta, ma la sua candidatura resta valida.'),
]


@pytest.mark.parametrize(("lang", "sentence"), CALLS)
def test_a_refusal_in_a_selection_with_a_call_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), CALLS_NEAR)
def test_the_same_words_about_something_else_are_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
