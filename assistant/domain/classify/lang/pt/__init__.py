"""Portuguese (European and Brazilian): a compact phrase table, quote markers and out-of-office wording."""

from ...rule import any_of
from .. import Language
from .phrases import FRAME_WORDS, PHRASES

LANGUAGE = Language(
    code="pt",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    # (and the endings no other language writes: "posição", "informações", "após", stress set 19)
    function_words=r"os|da|das|dos|não|você|vocês|sua|seu|nossa|nosso|é|em|na|pela|pelo|uma|ao|foi|infelizmente|obrigad[oa]|processo"
                   r"|\w+ção|\w+ções|\w+ões|após|também|está",
    clause_breaks=("porém", "contudo", "no entanto", "todavia", "mas"),
    # "e" before a space only ("e-mail" is no "and").
    and_words=("e(?= )",),
    negations=("não", "nao", "nenhum", "nenhuma", "nem"),
    negation_idioms=("não só", "não apenas", "não hesite", "não hesites", "sem problema",
                     # "no" as "in the" ("no seguimento de", "no nosso escritório"), not the Spanish or English "no"
                     r"no(?= (?:nosso|nossa|seu|sua|teu|tua|dia|próxim\w*|processo|momento|entanto|escritório|seguimento|"
                     r"âmbito|decorrer|final|início|mês|período|prazo|link|site|portal|endereço|caso|mesmo|horário))"),
    # Not a bare "se": Spanish "se ha decidido"; "se" before a reader is kept out in phrases.py.
    conditions=("caso", "na hipótese", r"se (?:não|nao|você|vocês|a (?:sua|tua)|o (?:seu|teu)|sua|seu|for|forem|houver|tiver)"),
    deferrals=("até", "sem", "antes", "enquanto"),
    meeting_nouns=("entrevista", "reunião", "chamada", "conversa"),
    nobody_yet=("ninguém", "nenhum candidato"),
    earlier_words=("ano passado", "candidatura anterior"),
    own_application_words=(r"\b(?:sua|tua) candidatura\b", r"\bcandidatou\b", r"\bse candidatou\b"),
    gist_words={"rejection.regret": ("infelizmente", "lamentamos")},
    # "… foi aceite por outro candidato": someone else got it (lexicon.py)
    context_words={"request_modality": (r"\b(?:data de início|teletrabalho|home office|remarcar|adiar|despesas de viagem|salário|estacionamento)\b",), "other_side_withdrew": (r"\ba (?:sua|tua) mentorada\b[^.!?\n]{0,40}\bdesistiu\b|\bo (?:seu|teu) mentorado\b[^.!?\n]{0,40}\bdesistiu\b",), "referral": (r"\bpor (?:indicar|recomendar|ter indicado|ter recomendado)\b", r"\b(?:você|tu) (?:indicou|recomendou)\b"), "others_before": (r"\b(?:os|aos) (?:demais|outros) candidatos\b",), "unaffected": (r"\b(?:você|o senhor|a senhora) continua (?:em posição|classificad|aprovad|no processo)\w*", r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,60}\bsegue normalmente\b", r"\bse mantém a sua posição\b", r"\b(?:sua|a sua) inscrição (?:permanece|continua) válida\b", r"\bserá a (?:etapa|fase) final\b", r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,50}\b(?:continua em análise|segue em análise|continua ativa|prossegue)\b", r"\bcontinua confirmad[ao]\b", r"\bnão (?:é|será) afetad[ao]\b", r"\b(?:a sua|o seu|sua|seu) (?:admissão|participação|vaga|inscrição)(?: [\w-]+){0,4} (?:mantém-se|se mantém)\b", r"\bgostaríamos de considerá-l[oa] para\b"), "reader_declined": (r"\b(?:cancelad[ao]|retirad[ao]|removid[ao]|encerrad[ao]|cancelamos|retiramos|removemos)\b[^.!?\n]{0,50}\b(?:a (?:seu|teu) pedido|conforme (?:solicitado|pedido)|como (?:solicitou|pediu))\b", r"\b(?:a (?:seu|teu) pedido|conforme (?:solicitado|pedido)|como (?:solicitou|pediu))\b[^.!?\n]{0,50}\b(?:cancelad[ao]|retirad[ao]|removid[ao]|encerrad[ao]|cancelamos|retiramos|removemos)\b"), "to": ("a", "ao", "à", "por", "para"), "someone_else": ("outro", "outra", "outros", "um outro", "uma outra"),
                   "resubmit": (r"\b(?:envi|carreg|reenvi)(?:ar|e)(?:-o|-a)? (?:novamente|de novo)\b", r"\breenviar\b",
                                # "envie um novo comprovante" (real-mail round 42)
                                r"\b(?:envi|carreg)(?:ar|e) (?:um|uma) nov[oa] (?:comprovante|documento|arquivo|foto|ficheiro)\b")},
    quote_verbs=("escreveu",),
    attribution_openings=("em",),
    quote_separators=("mensagem original", "mensagem encaminhada"),
    from_headers=("de",),
    other_headers=("enviado", "data", "para", "assunto", "cc"),
    forward_separators=("mensagem encaminhada",),
    client_signatures=("enviado do meu", "enviado a partir do", "obter o outlook para"),
    autoreply_subjects=("resposta autom[áa]tica", "fora do escrit[óo]rio", "ausente"),
    autoreply_rules=(
        ("away", 0.9,
         any_of(
             r"\b(?:estou|estarei|encontro-me) (?:ausente|de f[ée]rias|fora do escrit[óo]rio|de licen[çc]a)\b",
             r"\bretorno (?:ao escrit[óo]rio )?(?:no dia|em|a partir de)\b",
         )),
    ),
    reply_prefixes=("res",),
)
