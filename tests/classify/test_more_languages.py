"""Decisions read in Dutch, Italian, Portuguese (European and Brazilian), Russian and Turkish:
each language's compact phrase table (lang/<code>/phrases.py) reads the general shapes of a
refusal, an invitation, an offer and a wait, and keeps its near misses (not yet reviewed,
a condition, "not rejected", the candidate's own withdrawal, a cancelled meeting) out of
rejection. Every sentence is written for this test, as an HR system or a recruiter would."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from tests.classify.conftest import build

# A bare frame: a greeting and a sign-off, nothing but the sentence speaks.
_FRAME = {
    "nl": ("Beste Sam,", "Met vriendelijke groet,\nTeam Werving"),
    "it": ("Gentile Sam,", "Cordiali saluti,\nUfficio Selezione"),
    "pt": ("Olá Sam,", "Atenciosamente,\nEquipe de Recrutamento"),
    "ru": ("Здравствуйте, Сэм!", "С уважением,\nОтдел подбора персонала"),
    "tr": ("Merhaba Sam,", "Saygılarımızla,\nİnsan Kaynakları"),
}
_SUBJECT = {"nl": "Je sollicitatie", "it": "La tua candidatura", "pt": "Sua candidatura",
            "ru": "Ваш отклик", "tr": "Başvurunuz"}


def _read(sentence: str, lang: str):
    head, tail = _FRAME[lang]
    return classify_message(build(f"{head}\n\n{sentence}\n\n{tail}\n", subject=_SUBJECT[lang],
                                  sender="Recruiting <jobs@northwind.example>"))


REJECTIONS = {
    "nl": [
        "Je sollicitatie is afgewezen.",
        "Helaas ben je niet geselecteerd voor de volgende ronde.",
        "Wij hebben besloten je sollicitatie niet verder in behandeling te nemen.",
        "Na zorgvuldige overweging hebben we gekozen voor een andere kandidaat.",
        "De vacature is inmiddels vervuld.",
        "Helaas kunnen wij je op dit moment geen functie aanbieden.",
        "Je voldoet helaas niet aan de eisen die wij aan deze functie stellen.",
        "Uw profiel sluit onvoldoende aan bij wat wij zoeken, daarom gaan wij niet verder met uw sollicitatie.",
        "U komt helaas niet in aanmerking voor deze opleidingsplaats.",
        "Wij zullen de procedure met jou niet voortzetten, omdat andere kandidaten beter aansluiten.",
        "De uitkomst van de selectie is voor jou helaas negatief.",
        "We hebben besloten om je niet uit te nodigen voor een gesprek.",
        "Deze functie is niet langer beschikbaar.",
        "Jouw sollicitatie is helaas niet succesvol geweest.",
        "De werkgever heeft aangegeven geen interesse in je profiel te hebben.",
        "Wij hebben uw sollicitatie zorgvuldig bekeken, maar moeten u helaas teleurstellen.",
        "Wij hebben de voorkeur gegeven aan een andere kandidaat.",
        "Je profiel past niet binnen het team waar we nu naar zoeken.",
        "Het aanbod voor deze functie is naar een andere kandidaat gegaan.",
    ],
    "it": [
        "La tua candidatura non è stata selezionata.",
        "Purtroppo non sei stato selezionato per la fase successiva.",
        "Abbiamo deciso di non procedere con la tua candidatura.",
        "Dopo un'attenta valutazione abbiamo scelto un altro candidato.",
        "La posizione è già stata coperta.",
        "Purtroppo non possiamo offrirti la posizione.",
        "Il tuo profilo non soddisfa i requisiti richiesti per il ruolo.",
        "La sua candidatura è stata respinta.",
        "L'esito della selezione è negativo.",
        "Il suo profilo non è in linea con quanto ricercato dal nostro cliente.",
        "Non proseguiremo con la sua candidatura.",
        "Abbiamo preferito altri candidati il cui profilo è più vicino alle esigenze del ruolo.",
        "L'offerta non è più disponibile.",
        "Non è stata ammessa alla fase successiva della selezione.",
        "L'azienda non è interessata al tuo profilo per questa posizione.",
        "Ti ringraziamo, ma al momento abbiamo deciso di orientarci su altri profili.",
        "La tua candidatura non ha superato la prima fase di selezione.",
        "Abbiamo individuato un candidato con un'esperienza più in linea.",
        "Non hai superato la prova tecnica.",
        "La proposta di assunzione è stata accettata da un altro candidato.",
        "Purtroppo non sei idoneo per questo programma di tirocinio.",
    ],
    "pt": [
        "Infelizmente, você não foi selecionado para a próxima etapa.",
        "A sua candidatura não foi seleccionada.",
        "Decidimos não avançar com o seu processo.",
        "Optamos por seguir com outros candidatos cujo perfil está mais alinhado à vaga.",
        "A vaga já foi preenchida.",
        "Não podemos oferecer-lhe a posição neste momento.",
        "Seu perfil não atende aos requisitos da vaga.",
        "A sua candidatura foi recusada.",
        "Não será possível dar seguimento à sua candidatura.",
        "Optámos por outro candidato com mais experiência na área.",
        "O resultado do processo seletivo foi negativo para você.",
        "Não seguiremos com sua candidatura nesta oportunidade.",
        "Você foi reprovado na etapa de testes técnicos.",
        "O processo seletivo para esta vaga foi encerrado.",
        "A empresa não tem interesse no seu perfil neste momento.",
        "Lamentamos, mas não lhe podemos oferecer a vaga.",
        "Neste momento não daremos continuidade ao seu processo.",
        "Vimos por este meio informar que a sua candidatura não foi considerada para a fase seguinte.",
        "A proposta de trabalho foi aceite por outro candidato.",
        "Infelizmente não foi selecionado para esta vaga.",
    ],
    "ru": [
        "К сожалению, ваша кандидатура не подходит на эту вакансию.",
        "Мы не готовы пригласить вас на следующий этап.",
        "Мы приняли решение в пользу другого кандидата.",
        "Вакансия уже закрыта.",
        "Ваш опыт не соответствует требованиям вакансии.",
        "К сожалению, вы не прошли отбор.",
        "Ваша заявка была отклонена.",
        "Мы не можем предложить вам должность в нашей компании.",
        "Мы решили продолжить работу с другими кандидатами.",
        "По результатам рассмотрения резюме мы вынуждены отказать вам.",
        "Вы не прошли техническое собеседование.",
        "Мы не сможем продолжить рассмотрение вашей кандидатуры.",
        "Мы остановили свой выбор на другом кандидате.",
        "Работодатель не готов пригласить вас на интервью.",
        "К сожалению, работодатель отказал вам по этой вакансии.",
        "Ваша кандидатура нам не подошла.",
        "Мы нашли другого кандидата на эту позицию.",
        "Предложение о работе получил другой кандидат.",
    ],
    "tr": [
        "Başvurunuz olumsuz sonuçlanmıştır.",
        "Başvurunuz değerlendirilmiş olup reddedilmiştir.",
        "Maalesef başvurunuzu olumlu değerlendiremiyoruz.",
        "Pozisyon için başka bir adayla ilerlemeye karar verdik.",
        "İlgili pozisyon doldurulmuştur.",
        "Size bu pozisyon için bir teklif sunamıyoruz.",
        "Profiliniz pozisyonun gerekliliklerini karşılamamaktadır.",
        "Adaylığınız bu aşamada uygun görülmemiştir.",
        "Bu aşamadan sonra sizinle süreci devam ettiremiyoruz.",
        "Başvurunuz ile ilgili olumsuz bir dönüş yapmak durumundayız.",
        "Maalesef size olumlu dönüş yapamıyoruz.",
        "Süreci diğer adaylarla sürdürme kararı aldık.",
        "Başvurunuz kabul edilmemiştir.",
        "İşveren başvurunuzu olumsuz değerlendirdi.",
        "Şu an için profilinizle ilgilenmiyoruz.",
        "Maalesef sizi bir sonraki aşamaya alamıyoruz.",
        "Başvurunuzu değerlendirmeye almayacağız.",
        "Pozisyona daha uygun bir aday seçilmiştir.",
        "İş teklifi başka bir adaya yapıldı.",
        "Maalesef bu pozisyon için uygun görülmediniz.",
        "Teknik değerlendirme aşamasında elendiniz.",
    ],
}

NEAR_MISSES = {
    "nl": [
        "Je sollicitatie is nog niet beoordeeld; we laten je volgende week weten hoe het verder gaat.",
        "Als je niet geselecteerd wordt, bewaren we je cv graag in onze database.",
        "Je sollicitatie is niet afgewezen: we zijn nog bezig met de selectie.",
        "Zoals je had gevraagd, hebben we je sollicitatie ingetrokken.",
        "Het gesprek van dinsdag gaat helaas niet door; we plannen graag een nieuwe afspraak.",
        "Je bent nog niet geselecteerd, want we spreken eerst alle kandidaten.",
        "Je bent niet alleen geselecteerd, je bent ook onze eerste keuze.",
        "Indien je niet wordt uitgenodigd, hoor je dat uiterlijk vrijdag van ons.",
        "Je hebt aangegeven dat je niet verder wilt gaan naar de volgende ronde.",
        "Je hebt geen tijdslot gekozen; wil je dat alsnog doen via de link?",
        "Helaas duurt de selectie langer dan verwacht; we hebben nog geen besluit genomen.",
    ],
    "it": [
        "La tua candidatura non è ancora stata valutata.",
        "Se non verrai selezionato, conserveremo il tuo curriculum per future opportunità.",
        "La tua candidatura non è stata respinta: è ancora in fase di valutazione.",
        "Abbiamo preso atto del ritiro della tua candidatura, come da tua richiesta.",
        "Il colloquio di martedì è stato annullato; ti proporremo presto una nuova data.",
        "Non sei ancora stato selezionato: stiamo ancora valutando i profili.",
        "La tua candidatura non solo è stata selezionata, ma è tra le migliori.",
        "Se la tua candidatura non sarà selezionata, riceverai comunque una risposta.",
        "Hai deciso di non proseguire con la selezione: rispettiamo la tua scelta.",
        "Tu ci hai comunicato che non vuoi proseguire con la selezione.",
        "Tu non hai selezionato uno slot per il colloquio: puoi farlo dal link.",
        "Se non sei idoneo, te lo comunicheremo entro venerdì.",
    ],
    "pt": [
        "A sua candidatura ainda não foi analisada.",
        "Se você não for selecionado, manteremos seu currículo em nosso banco de talentos.",
        "Sua candidatura não foi recusada; ela segue em análise.",
        "Conforme solicitado, retiramos a sua candidatura do processo.",
        "A entrevista de terça-feira foi cancelada; vamos propor uma nova data em breve.",
        "Você ainda não foi selecionado, pois estamos avaliando todos os perfis.",
        "Você não só foi aprovado na entrevista como também foi o nosso candidato favorito.",
        "Se a sua candidatura não for selecionada, manteremos o seu CV em arquivo.",
        "Você nos informou que não vai seguir no processo; respeitamos sua decisão.",
        "Você decidiu não avançar no processo, e respeitamos a sua escolha.",
    ],
    "ru": [
        "Ваше резюме ещё не рассмотрено.",
        "Если вы не пройдёте отбор, мы сохраним ваше резюме в нашей базе.",
        "Ваша кандидатура не была отклонена, мы всё ещё рассматриваем её.",
        "Мы получили ваш отказ от участия в конкурсе и благодарим за уведомление.",
        "Собеседование во вторник отменяется, мы предложим вам другое время.",
        "Вы пока не прошли в финал: решение ещё не принято.",
        "Вы не только прошли отбор, но и показали лучший результат.",
        "Если ваша кандидатура не подойдёт, мы сообщим об этом до пятницы.",
        "Вы сообщили, что не хотите продолжать участие в отборе.",
        "Вы не прошли по ссылке для записи на собеседование, пожалуйста, сделайте это до пятницы.",
        "Вы не подошли к телефону, когда мы звонили; когда вам удобно поговорить?",
    ],
    "tr": [
        "Başvurunuz henüz değerlendirilmedi.",
        "Başvurunuzun olumsuz sonuçlanması durumunda özgeçmişinizi veri tabanımızda saklayacağız.",
        "Başvurunuz reddedilmedi, değerlendirme süreci devam ediyor.",
        "Talebiniz üzerine başvurunuzu geri çektik.",
        "Salı günkü görüşmemiz iptal edildi; size yeni bir tarih önereceğiz.",
        "Başvurunuz henüz onaylanmadı; değerlendirme devam ediyor.",
        "Eğer başvurunuz kabul edilmezse size e-posta ile bilgi vereceğiz.",
        "Süreçten çekilme kararınızı aldık; size başarılar dileriz.",
        "Şu an kesin bir yanıt veremiyoruz ancak en kısa sürede size dönüş yapacağız.",
        "Henüz seçilmediniz; değerlendirme devam ediyor.",
    ],
}

OTHER_LABELS = {
    "nl": {
        "next_step": ["We nodigen je graag uit voor een sollicitatiegesprek op ons kantoor.",
                      "Je bent door naar de volgende ronde; wanneer ben je beschikbaar voor een tweede gesprek?",
                      "Via onderstaande link kun je een tijdslot kiezen voor het gesprek."],
        "offer": ["Met plezier bieden wij je de functie van data-analist aan.",
                  "Wij willen je graag een arbeidsovereenkomst aanbieden voor de functie van analist.",
                  "Hierbij ontvang je ons aanbod; in de bijlage vind je de arbeidsovereenkomst."],
        "pending": ["We hebben je sollicitatie in goede orde ontvangen en laten je binnen twee weken weten hoe het verder gaat.",
                    "Er is nog geen besluit genomen; we zijn nog bezig met de selectie."],
    },
    "it": {
        "next_step": ["Vorremmo invitarti a un colloquio conoscitivo presso la nostra sede.",
                      "Sei passato alla fase successiva: indicaci la tua disponibilità per un secondo colloquio."],
        "offer": ["Siamo lieti di offrirti la posizione di analista dati.",
                  "In allegato trovi la nostra proposta di assunzione."],
        "pending": ["Stiamo ancora valutando le candidature e ti faremo sapere entro due settimane.",
                    "Non abbiamo ancora preso una decisione."],
    },
    "pt": {
        "next_step": ["Gostaríamos de convidá-lo para uma entrevista com a nossa equipe.",
                      "Você avançou para a próxima etapa; por favor, informe-nos a sua disponibilidade."],
        "offer": ["Temos o prazer de lhe oferecer a posição de analista de dados.",
                  "Segue em anexo a nossa proposta de trabalho.",
                  "É com grande satisfação que lhe fazemos uma oferta para a posição de analista."],
        "pending": ["Recebemos a sua candidatura e estamos avaliando o seu perfil; entraremos em contato em breve.",
                    "Ainda não tomamos uma decisão."],
    },
    "ru": {
        "next_step": ["Приглашаем вас на собеседование с руководителем отдела.",
                      "Пожалуйста, выберите удобное время для интервью.",
                      "Сообщите, пожалуйста, удобное время для созвона."],
        "offer": ["Мы рады предложить вам должность аналитика данных.",
                  "Направляем вам предложение о работе."],
        "pending": ["Мы получили ваше резюме и свяжемся с вами в ближайшее время.",
                    "Решение пока не принято, мы рассматриваем всех кандидатов."],
    },
    "tr": {
        "next_step": ["Sizi teknik mülakata davet etmek istiyoruz.",
                      "Lütfen uygun olduğunuz gün ve saatleri bizimle paylaşın."],
        "offer": ["Size veri analisti pozisyonu için iş teklifimizi sunmaktan mutluluk duyuyoruz.",
                  "Teklif mektubunuzu ekte bulabilirsiniz."],
        "pending": ["Başvurunuz alınmıştır; en kısa sürede size dönüş yapacağız.",
                    "Değerlendirme süreci devam etmektedir; henüz bir karar verilmedi."],
    },
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, sentence) for lang, sentences in table.items() for sentence in sentences]


@pytest.mark.parametrize(("lang", "sentence"), _cases(REJECTIONS))
def test_a_refusal_in_a_further_language_is_a_confident_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)
    assert result.confidence >= 0.6, (sentence, result.reasons)
    assert any(finding.rule.startswith(f"{lang}.rejection.") for finding in result.findings), result.findings


@pytest.mark.parametrize(("lang", "sentence"), _cases(NEAR_MISSES))
def test_a_near_miss_in_a_further_language_is_no_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "label", "sentence"), [
    (lang, label, sentence) for lang, labels in OTHER_LABELS.items()
    for label, sentences in labels.items() for sentence in sentences
])
def test_an_invitation_an_offer_or_a_wait_in_a_further_language_is_read(lang, label, sentence):
    result = _read(sentence, lang)
    assert result.label == label, (sentence, result.reasons)
    assert any(finding.rule.startswith(f"{lang}.{label}.") for finding in result.findings), result.findings


def test_every_further_language_has_enough_sentences():
    for lang in _FRAME:
        assert len(REJECTIONS[lang]) >= 10 and len(NEAR_MISSES[lang]) >= 5
        assert all(len(OTHER_LABELS[lang][label]) >= 2 for label in ("next_step", "offer", "pending"))


# The shared word lists read every language: an Italian reflexive "si è" is no French or
# Spanish "si" (if), a Portuguese "no" (in the) no Spanish or English "no".
@pytest.mark.parametrize(("lang", "label", "sentence"), [
    ("it", "rejection", "La selezione si è conclusa e il ruolo è stato assegnato a un altro candidato."),
    ("it", "rejection", "Si è deciso di non procedere con la sua candidatura."),
    ("pt", "next_step", "No seguimento da sua candidatura, gostaríamos de convidá-lo para uma entrevista."),
    ("pt", "offer", "No final do processo, temos o prazer de lhe oferecer a posição de analista."),
])
def test_one_language_s_words_do_not_bend_another_s(lang, label, sentence):
    assert _read(sentence, lang).label == label


_LETTERS = {
    "nl": "Beste Sam,\n\nHartelijk dank voor je sollicitatie op de functie van data-analist en de tijd die je "
          "erin hebt gestoken. Na zorgvuldige afweging hebben we besloten om niet verder te gaan met jouw "
          "sollicitatie.\n\nWe wensen je veel succes met je verdere zoektocht.\n\nMet vriendelijke groet,\nTeam Werving",
    "it": "Gentile Sam,\n\nti ringraziamo per l'interesse dimostrato e per aver inviato la tua candidatura. Dopo "
          "un'attenta valutazione abbiamo deciso di proseguire con altri profili, più in linea con le esigenze "
          "attuali.\n\nConserveremo il tuo curriculum per future opportunità.\n\nCordiali saluti,\nRisorse Umane",
    "pt": "Caro Sam,\n\nAgradecemos a sua candidatura à posição de analista de dados. Lamentamos informar que, "
          "após uma análise cuidada, a sua candidatura não avançará para a fase seguinte do processo.\n\n"
          "Com os melhores cumprimentos,\nRecursos Humanos",
    "ru": "Здравствуйте, Сэм!\n\nБлагодарим вас за интерес к нашей компании и отклик на вакансию аналитика. "
          "К сожалению, в настоящий момент мы не готовы сделать вам предложение. Мы сохраним ваше резюме в "
          "нашей базе.\n\nС уважением,\nHR-отдел",
    "tr": "Merhaba Sam,\n\nVeri Analisti pozisyonuna yaptığınız başvuru için teşekkür ederiz. Başvurunuz "
          "titizlikle değerlendirilmiş olup, maalesef şu aşamada sürece sizinle devam edemeyeceğimizi bildirmek "
          "isteriz.\n\nKariyerinizde başarılar dileriz.\n\nSaygılarımızla,\nİnsan Kaynakları",
}


@pytest.mark.parametrize("lang", sorted(_LETTERS))
def test_a_whole_refusal_letter_is_read_in_its_language_even_from_a_list(lang):
    # An applicant-tracking system sends it with list headers: it names the reader's application,
    # so it is no mail to many about nobody.
    for headers in ({}, {"List-Unsubscribe": "<mailto:unsubscribe@northwind.example>", "Precedence": "bulk"}):
        result = classify_message(build(_LETTERS[lang], subject=_SUBJECT[lang], headers=headers,
                                        sender="Recruiting <noreply@northwind.example>"))
        assert result.label == "rejection", (lang, headers, result.reasons)
        assert result.confidence >= 0.6
        assert any(finding.rule.startswith(f"{lang}.rejection.") for finding in result.findings)
