"""What real-mail rounds 52 and 53 read wrongly (round 51 held no rejection and read none wrongly).

An Italian paper refusal lost to its subject's "Assessment del contributo", read as a German
assessment centre; an application the service could not deliver ("n'a pas pu être transmise") was
read as refused. Every sentence here is written for this test."""

from __future__ import annotations

from assistant.domain.classify import classify_message
from tests.classify.conftest import build
from tests.classify.test_frames import _read


def test_a_papers_assessment_in_the_subject_is_no_assessment_centre():
    message = build("Gentile Alex,\n\nIl tuo contributo Code e flussi è stato rifiutato.\n\nIl comitato\n",
                    subject="[Northwind] Assessment del contributo", sender="Northwind <noreply@northwind.example>")
    assert classify_message(message).label == "rejection"
    assert _read("Wir laden Sie zu unserem Assessment-Center am 12. März ein.", "de").label == "next_step"


def test_an_application_the_service_could_not_deliver_is_no_refusal():
    sentence = "Votre candidature n'a pas pu être transmise à l'entreprise : l'adresse email semble erronée."
    assert _read(sentence, "fr").label != "rejection"
    assert _read("Votre candidature n'a pas été retenue.", "fr").label == "rejection"


def test_a_refusal_in_the_first_person_plural_before_the_readers_thing_is_read():
    # Round 53: "nós recusamos o seu pedido"; an order refused stays a shop's matter (written for this test).
    assert _read("Infelizmente nós recusamos o seu pedido de participação no programa.", "pt").label == "rejection"
    assert _read("Lamentablemente, rechazamos su solicitud de admisión.", "es").label == "rejection"
    assert _read("Não recusamos o seu pedido: a sua inscrição continua válida.", "pt").label != "rejection"
    assert _read("Unfortunately your order was declined by the bank; please try another card.", "en").label != "rejection"
