"""Portuguese phrase rules, European and Brazilian: a compact table (see rule.py and lang/en/phrases_verdict.py).

The reader ("você", "a sua candidatura", "seu perfil") then "não" and a word of being
let through ("não foi selecionado", "não foi seleccionada", "não atende aos requisitos");
the reader then a word of being kept out ("foi recusada", "foi reprovado"); the company
unable to let the reader in ("não podemos oferecer-lhe a vaga", "não será possível dar
seguimento"). Spellings of both sides: selecionado/seleccionado, optamos/optámos,
contato/contacto. "Se …" before the reader is a condition (Spanish "se" keeps a bare
"se" out of `conditions`). Tested in tests/classify/test_more_languages.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule, within_sentence
from ..frames import FrameWords, refusal_frames

_READER = (r"(?<!\bse )(?<!\bse a )(?<!\bse o )(?<!\bcaso )(?<!\bque )\b(?:você|voce|vocês|(?:(?:a|o) )?(?:sua|seu|tua|teu) (?:[\w-]+ ){0,2}?(?:"
           + any_of(
               r"candidatura|perfil|inscrição|inscricao|currículo|curriculo|cv|aplicação|experiência|processo",
               r"participação|pedido|formação",
           )
           + r"))")
# Not the reader telling or wishing: "você nos informou que não vai seguir no processo".
_GAP = r"(?: (?!(?:informou|disse|comunicou|avisou|decidiu|optou|pediu|preferiu|resolveu|escreveu)\b)[\w-]+){0,4}?"
# "não", not "ainda não" (not yet) nor "não só" (not only).
_NEGATED = r" (?<!\bainda )(?:não|nao) (?!só\b|apenas\b|somente\b)(?:(?!(?:ainda|quer|deseja|pretende|gostaria)\b)[\w-]+ ){0,3}?"
_LET_THROUGH = (r"(?:"
+ any_of(
    r"selecionad[oa]s?|seleccionad[oa]s?|escolhid[oa]s?|aprovad[oa]s?|aceit[oae]s?|admitid[oa]s?|classificad[oa]s?",
    r"apt[oa]s?|elegíve(?:l|is)|elegivel|adequad[oa]s?|alinhad[oa]s?|aderente|compatíve(?:l|is)|habilitad[oa]s?",
    r"avançar|avançou|passou|passar|seguir|prosseguir|continuar|considerad[oa]s? (?:apt|para)|contemplad[oa]s?",
    r"avançará|seguirá|prosseguirá|passará|continuará",
    r"(?:o|a) (?:perfil|candidat[oa]|pessoa) (?:ideal|mais adequad[oa]|certo|certa)",
)
+ r")\b")
_KEPT_OUT = (r"(?:"
+ any_of(
    r"recusad[oa]s?|rejeitad[oa]s?|indeferid[oa]s?|excluíd[oa]s?|eliminad[oa]s?|desclassificad[oa]s?|reprovad[oa]s?",
    r"não (?:selecionad|seleccionad|aprovad|aceit)[oa]s?|encerrad[oa]s?",
)
+ r")\b")
_PLACE = (r"(?:"
+ any_of(
    r"vaga|posição|posicao|cargo|lugar|emprego|trabalho|contrato|proposta|oportunidade|estágio|estagio|função",
)
+ r")")


PHRASES: list[Rule] = [
    # ---- rejection: verdicts on the reader -------------------------------
    rule(
        "pt.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _GAP + _NEGATED + r"(?:(?:foi|foram|é|está|esteja|será|seria|tenha sido) )?(?:(?:considerad[oa]|"
        + r"avaliad[oa] como) )?" + _LET_THROUGH + r"(?! (?:ainda|por enquanto|até)\b)",
        # The verb itself refuses: "seu perfil não atende aos requisitos", "não reúne os requisitos".
        _READER + _GAP + r" (?:não|nao) (?:atende|atendeu|cumpre|cumpriu|preenche|preencheu|reúne|reune|corresponde|"
        + r"correspondeu|se enquadra|se adequa|possui|tem) (?:\w+ )?(?:a|ao|aos|às|os|as|o|com|todos|todas|plenamente) ",
        void_if_deferred=True,
    ),
    rule(
        # The subject left out, as Portuguese does: "infelizmente não foi selecionado para esta vaga".
        "pt.rejection.not_selected_formal", "rejection", "medium",
        r"(?<!\bse )(?<!\bcaso )(?<!\bainda )\b(?:não|nao) (?:foi|foste) (?:selecionad|seleccionad|aprovad|admitid|escolhid)[oa]\b"
        + r"(?! (?:ainda|até)\b)",
    ),
    rule(
        "pt.rejection.reader_kept_out", "rejection", "strong",
        _READER + r"(?: (?!(?:não|nao|ainda)\b)[\w-]+){0,3}? (?:foi|foram|está|esta|é|será|encontra-se) (?:infelizmente )?"
        + _KEPT_OUT,
        negatable=True, void_if_deferred=True,
    ),
    rule(
        # Taken off a role already given (real-mail round 20): "Você foi removido(a) como participante da atividade".
        "pt.rejection.removed_as_participant", "rejection", "strong",
        r"\b(?:você|voce) foi removid[oa](?:\(a\))? (?:como (?:participante|voluntári[oa](?:\(a\))?|membro|candidat[oa])"
        + r"|d[ao] (?:atividade|programa|projeto|equipe|turno|lista de selecionados))",
    ),
    rule(
        "pt.rejection.decided_not_to_go_on", "rejection", "strong",
        r"(?<!\bvocê )(?<!\bvoce )\b(?:decidimos|optamos|optámos|resolvemos|decidiu|optou) (?:por )?(?:não|nao) (?:avançar|prosseguir|seguir|dar "
        + r"(?:seguimento|continuidade|sequência)|continuar|selecion\w+|seleccion\w+|contratar)",
        r"\b(?:não|nao) (?:seguiremos|avançaremos|prosseguiremos|continuaremos|daremos (?:seguimento|continuidade|sequência))"
        + r" (?:com|a|à|ao|no|na)\b",
        r"\b(?:não|nao) (?:será|é|foi) possível (?:dar (?:seguimento|continuidade|sequência)|avançar|prosseguir|seguir)"
        + r"(?! (?:sem|até|antes)\b)",
        r"\bnão (?:temos|teremos) interesse em (?:avançar|prosseguir|seguir|dar seguimento)",
        r"\bnão (?:tem|temos|têm) (?:mais )?interesse (?:no seu|na sua|no teu|na tua|em você|em si|em avançar)",
    ),
    rule(
        "pt.rejection.cannot_let_you_in", "rejection", "strong",
        r"\b(?:não|nao) (?:podemos|poderemos|conseguimos|conseguiremos|estamos em condições de|temos como) (?:infelizmente )?(?:"
        + any_of(
            rf"(?:oferecer|propor|dar)(?:-lhe|-te)? (?:a você |a si )?(?:uma |um |a |o )?(?:[\w-]+ )?{_PLACE}",
            rf"(?:lhe|te) (?:oferecer|propor|dar) (?:uma |um |a |o )?(?:[\w-]+ )?{_PLACE}",
            r"(?:contratá-lo|contratá-la|admiti-lo|admiti-la|aceitar a sua|aceitar sua|aprovar a sua|aprovar sua)",
            r"(?:avançar|prosseguir|seguir) com (?:a sua|sua|o seu|seu|você|a tua)",
        )
        + r")",
        # European Portuguese puts the pronoun first: "não lhe podemos oferecer a vaga".
        r"\b(?:não|nao) (?:lhe|te|o|a) (?:podemos|poderemos|conseguimos|conseguiremos) (?:oferecer|propor|dar|contratar|"
        + r"admitir|aceitar|selecionar|seleccionar)\b",
        void_if_deferred=True,
    ),
    rule(
        "pt.rejection.chose_another_candidate", "rejection", "strong",
        r"\bficou com (?:outr[ao]|um[ao]? outr[ao]) (?:candidat[ao]|pessoa|profissional)\b",
        r"\b(?:optamos|optámos|decidimos|escolhemos|selecionamos|seleccionámos|seguir|seguimos|prosseguir|avançar|avançamos)"
        + r"(?: \w+){0,2} (?:por |com )?(?:outr[oa]s?|um outro|uma outra) (?:candidat|perfi|profissiona|pessoa)",
        r"\b(?:avançar|seguir|prosseguir|continuar) com (?:outr[oa]s )?(?:candidat[oa]s|perfis|profissionais) (?:cujo|cuja|"
        + r"cujos|que (?:melhor|mais))",
        r"\b(?:aceite|aceita|aceito|atribuíd[ao]|preenchid[ao]|ocupad[ao]|oferecid[ao]|propost[ao]) (?:por|a|ao|para)"
        + r" (?:outr[oa]|um outro|uma outra|outros) (?:candidat|pessoa|profissional|perfil)",
        r"\boutr[oa]s (?:candidat[oa]s|perfis) (?:cujo|cuja|cujos|que (?:melhor|mais)|mais (?:alinhad|aderente|adequad))",
        r"\b(?:perfil|candidat[oa]) (?:mais (?:alinhad[oa]|aderente|adequad[oa])|que (?:melhor|mais) se)",
    ),
    rule(
        "pt.rejection.position_filled", "rejection", "strong",
        r"\b(?:vaga|posição|posto|oportunidade|processo seletivo|processo de seleção|processo de recrutamento)(?: [\w-]+){0,6}?"
        + r" (?:já )?(?:foi|está|encontra-se|foram) (?:já )?(?:preenchid|encerrad|cancelad|fechad|congelad|finalizad)[oa]",
        r"\b(?:vaga|posição|oportunidade)(?: [\w-]+){0,3} (?:não está mais|já não está|deixou de estar) (?:disponível|aberta|ativa|activa)",
    ),
    rule(
        "pt.rejection.outcome_negative", "rejection", "strong",
        r"\b(?:resultado|parecer|retorno|resposta|decisão)(?: [\w-]+){0,3} (?:foi |é )?(?:negativ[oa]|desfavorável)\b",
        r"\bnão foi (?:desta|dessa) vez\b",
    ),
    rule(
        "pt.rejection.regret_to_inform", "rejection", "medium",
        r"\b(?:lamentamos|lamento|sentimos muito|infelizmente temos de|infelizmente precisamos) (?:em |de )?(?:informar|comunicar)"
        # (not Spanish "lamentamos informarle de que la sesión … se ha cancelado", stress set 16)
        + r"(?!le\b|te\b)(?! de que (?:a|o|la|el) (?:sessão|sesión|reunião|reunión|evento|palestra)\b)",
        r"\bdesejamos (?:muito )?(?:sucesso|boa sorte) (?:em|na|nas) (?:sua|suas|tua|tuas) (?:próximas? )?(?:jornada|busca|carreira|"
        + r"procura|oportunidades|desafios)",
    ),
    rule(
        "pt.rejection.infelizmente", "rejection", "weak",
        r"\binfelizmente\b",
        r"\boutros candidatos\b",
    ),
    # ---- next step -------------------------------------------------------
    rule(
        "pt.next_step.invite_to_interview", "next_step", "strong",
        r"\b(?:convid\w+|convocá-l\w+|convocar|convocamos)(?:-lo|-la|-te)? (?:você |a si )?(?:para|a) (?:uma |um |a |o )?"
        + r"(?:[\w-]+ )?(?:entrevista|conversa|etapa|teste|dinâmica|avaliação|reunião|bate-papo|fase)",
        r"\b(?:agendar|marcar) (?:uma|a|um|o) (?:[\w-]+ )?(?:entrevista|conversa|reunião|chamada)",
    ),
    rule(
        "pt.next_step.next_stage", "next_step", "strong",
        r"\b(?:avançou|passou|foi aprovad[oa]|foi selecionad[oa]|foi seleccionad[oa]|segue) (?:para|à) (?:a )?(?:próxima|"
        + r"segunda|última) (?:etapa|fase)",
        r"\b(?:informe|indique|envie|diga|confirme)(?:-nos)? (?:a )?(?:sua|tua) disponibilidade\b",
        r"\bescolh\w+ (?:um|o|uma) (?:horário|dia|data)\b",
    ),
    # ---- offer -----------------------------------------------------------
    rule(
        "pt.offer.pleased_to_offer", "offer", "strong",
        r"\b(?:prazer|felizes|satisfação|contentes) (?:em|de) (?:lhe |te )?(?:oferecer|ofertar|propor|apresentar|fazer)"
        + r"(?:-lhe|-te)? (?:a |uma |o |um )?(?:[\w-]+ )?(?:vaga|posição|proposta|oferta|cargo|contrato)",
        r"\b(?:proposta|oferta) (?:formal )?(?:de (?:trabalho|emprego|contratação|admissão))\b",
        r"\bcarta[- ](?:oferta|proposta)\b",
        r"\b(?:lhe|te) (?:fazemos|faremos|apresentamos|enviamos) (?:uma|a nossa|nossa) (?:proposta|oferta)\b",
    ),
    rule(
        "pt.offer.contract", "offer", "medium",
        r"\bcontrato de trabalho\b",
        r"\b(?:bem-vind[oa]|bem vind[oa]) (?:à|a|ao) (?:nossa )?(?:equipa|equipe|time)\b",
    ),
    # ---- pending ---------------------------------------------------------
    rule(
        "pt.pending.still_reviewing", "pending", "strong",
        r"\b(?:estamos|está|estão) (?:ainda |atualmente |actualmente )?(?:a )?(?:analisando|avaliando|analisar|avaliar)\b",
        r"\bainda não (?:tomamos|tomámos|temos|houve) (?:uma |nenhuma )?decisão\b",
        r"\bem (?:fase de |processo de )?(?:análise|avaliação)\b",
        negatable=False,
    ),
    rule(
        "pt.pending.will_get_back", "pending", "strong",
        r"\b(?:entraremos em (?:contato|contacto)|retornaremos|daremos (?:um )?(?:retorno|feedback|resposta)|voltaremos a "
        + r"(?:contactá|contatá|falar))(?:-lo|-la)?(?: [\w-]+){0,3} (?:em breve|assim que|até|nos próximos|dentro de|brevemente)",
    ),
    rule(
        "pt.pending.application_received", "pending", "medium",
        r"\b(?:recebemos|confirmamos a receção d[ae]|confirmamos o recebimento d[ae]) (?:a |o )?(?:sua|seu|tua|teu) "
        + r"(?:candidatura|currículo|inscrição)",
    ),
]

# The closing of a refusal that never says no, as the English "best in your future endeavours": medium.
PHRASES += [
    rule(
        "pt.rejection.o_melhor_no_futuro", "rejection", "medium",
        r"\bdesej(?:amos|o)(?: a você|-lhe| lhe| a vocês)? (?:tudo de bom|o melhor|muito sucesso|sucesso|boa sorte)"
        + r" (?:em|nos|nas|para|na|no) (?:os |as )?(?:seus|suas|sua|seu)? ?(?:projetos |planos |empreendimentos |desafios )?"
        + r"(?:futuros|próximos|futuras|próximas|futura|próxima|carreira|busca)",
    ),
    rule(
        # The CV kept on record after a refusal that never says no (real-mail round 21), as Spanish "conservaremos su CV".
        "pt.rejection.manteremos_seu_curriculo", "rejection", "medium",
        r"\b(?:manteremos|guardaremos|conservaremos|vamos manter) (?:o )?(?:seu|teu) (?:currículo|curriculo|cv|perfil)"
        + r" (?:em|no|nos|na|nas|arquivado)\b",
    ),
]

PHRASES += [
    rule(
        "pt.rejection.someone_refused_your_application", "rejection", "strong",
        r"\b(?:recusou|recusaram|rejeitou|rejeitaram|reprovou|reprovaram|declinou|indeferiu) (?:a |o )?(?:sua|seu|tua"
        + r"|teu) (?:[\w-]+ )?(?:candidatura|inscrição|pedido|solicitação|aplicação)\b",
        negatable=True,
    ),
]

# The reader's request or application, then its refusal later in the same sentence, with nothing but the
# thing's name between (a quoted programme, a course, a link): real-mail rounds 13-15 ("your request to
# access "X" program was rejected" in seven languages). No negation, meeting or refund word in between.
PHRASES += [
    rule(
        "pt.rejection.reader_refused_in_the_sentence", "rejection", "strong",
        r"\b(?:a sua|sua|o seu|seu|tua|teu) (?:solicitação|candidatura|inscrição|pedido|requisição)\b"
        + within_sentence(r"não|nao|entrevista|reunião|reembolso|férias")
        + r" (?:foi|está|é) (?:\w+mente )?(?:rejeitad[ao]|recusad[ao]|indeferid[ao]|reprovad[ao]|negad[ao])\b",
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "pt",
    possessives=r"(?:a |o |as |os )?(?:sua|seu|suas|seus|tua|teu|tuas|teus)",
    refusals=any_of(
        r"rejeitad[ao]s?|recusad[ao]s?|indeferid[ao]s?|reprovad[ao]s?|negad[ao]s?|declinad[ao]s?|desclassificad[ao]s?",
        r"não (?:foi )?(?:selecionad[ao]s?|aceit[ao]s?|aprovad[ao]s?|admitid[ao]s?|homologad[ao]s?|contemplad[ao]s?)",
        r"cancelad[ao]s?|revogad[ao]s?|encerrad[ao]s?(?! a seu pedido| a pedido)",
        # "seu cadastro não pôde ser aprovado neste momento" (real-mail round 40)
        r"não (?:pôde|pode|poderá|pôde ainda) ser (?:aprovad[ao]|aceit[ao]|deferid[ao]|selecionad[ao])",
    ),
    status_labels=r"estado|status|situação|resultado|decisão|resposta",
    status_values=r"não apt[ao]|inapt[ao]|desclassificad[ao]|eliminad[ao]|não classificad[ao]|não aprovad[ao]|não selecionad[ao]"
    + r"|reprovad[ao]",
    applications=r"candidatura|inscrição|solicitação|pedido de inscrição|candidat[ao]",
    refusal_nouns=r"recusa|rejeição|reprovação|indeferimento|resposta negativa|retorno negativo|carta de recusa",
    headline_links=r"de|da|do|à|a|para|sobre",
    unrelated=any_of(
        r"segunda conta|conta duplicada",  # a duplicate account (stress set 11)
        r"taxa de inscrição|boleto",  # a fee (stress set 10)
        r"isenção",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"pagamento|cartão|pedido de férias|fatura|mensagem|e-?mail|senha|comentário|férias|despesas|reembolso|ausência",
        r"banco|transferência|troca|ajuda de custo",
    ),
    not_judged=r"arquivo|ficheiro|anexo|documento|foto|oferta|desistência|reunião|entrevista|chamada|conversa",
    negations=r"não|nunca|ainda",
    others=r"alguém|colega|amig[ao]|outr[ao]s?|candidatos|se|caso|que",
    modals=r"será|serão|seria|pode|podem|poderia|poderá|deve",
    offers=r"proposta de emprego|proposta de trabalho|oferta de emprego|proposta|oferta",
    withdrawn=r"retirad[ao]|revogad[ao]|cancelad[ao]",
    withdraws=r"revogar|cancelar|retirar",
    cannot_go_on=any_of(
        r"\bnão (?:poderá|poderás|pode|podes|vai poder) (?:avançar|prosseguir|participar|seguir|continuar|passar)\b",
        r"\bnão (?:poderá|poderemos|podemos|pôde|conseguimos|conseguiremos) (?:lhe |te )?(?:oferecer|incluir|integrar"
        + r"|aceitar|admitir) (?:uma |um )?(?:vaga|lugar|posição)\b",
        r"\bnão (?:vamos|iremos|poderemos|podemos) dar (?:seguimento|continuidade|sequência) (?:à|a) (?:sua|tua)\b",
    ),
    taken_off=r"\b(?:você|tu) não foi incluíd[oa](?:\(a\))? na (?:escala|lista)|(?:o|a|te) (?:retiramos|removemos|excluímos) da"
    + r" (?:lista|escala)",
    ended_for_you=r"\bencerramos (?:a sua|o seu|a tua|o teu) (?:participação|candidatura|processo)",
    left_out=any_of(
        r"\bdecidiu não (?:te|o|a|lhe) aproveitar\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,80}\bnão avançou\b",
        r"\bopt(?:ámos|amos) por outr[oa] (?:atriz|ator|candidat[oa]|pessoa|profissional|jogador[a]?|modelo|músico|cantor[a]?)\b",
        r"\bescolha recaiu\b[^.!?\n]{0,30}\bsobre (?:um|uma|outro|outra|outros)\b",  # longer formal letters with the decision buried (stress set 23)
        r"\bencerrado para todos os candidatos\b",
        r"\bvaga\b[^.!?\n]{0,60}\bfoi extinta\b",
        r"\bconsta da lista de excluídos\b",
        r"\bacabamos (?:indo|ficando) com outra pessoa\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\bdesta vez não vai dar\b",
        r"\bpra (?:você|ti) o processo termina aqui\b|\bo processo termina aqui\b",
        r"\bnão poderei seguir com a (?:sua|tua) candidatura\b",
        r"\bpara esta vaga não (?:vais|vai) avançar\b",
        r"\bnão rolou\b",
        r"\bnão vamos avançar consigo\b",
        r"\bvamos seguir sem (?:você|ti)\b",
        r"\bnão tem espaço pra (?:júnior|iniciante|estagiário)\b",
        r"\b(?:o cliente|a empresa) escolheu o outro candidato\b",
        r"\bnão (?:obteve|obtiveste|conseguiu|conseguiste|recebeu) (?:uma |um )?(?:vaga|lugar)\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\bfech(?:ou|amos) a (?:equipe|equipa|vaga)\b[^.!?\n]{0,60}\bcom outra pessoa\b",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\bdeliberou não (?:o|a|o\(a\)|lhe) ?(?:selecionar|admitir|contratar|aprovar)\b",
        r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,80}\b(?:já não se encontra|não está mais|já não está) em (?:análise|avaliação|apreciação)\b",  # automated notices of tracking systems and portals (stress set 20)
        r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,80}\bfoi arquivada\b[^.!?\n]{0,60}\b(?:encerrad[oa]|cancelad[oa]|preenchid[oa])(?: sem (?:contratação|contratações|seleção))?\b",
        r"\bnão (?:vamos|iremos|vamos poder|poderemos) (?:seguir|avançar|prosseguir|continuar) com (?:a )?(?:sua|tua) candidatura\b",  # employers' replies and news after interviews (stress sets 18 and 19)
        r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,60}\bnão (?:avançará|avança|irá avançar|vai avançar|passará|seguirá) (?:para|à)\b",
        r"\bescolhemos (?:um|uma) (?:\w+ ){0,2}?(?:com mais|mais experiente|com maior)\b",
        r"\bdeliberou excluir (?:a )?(?:sua|tua) candidatura\b",  # a season's inbox (stress set 17)
        r"\bnão vamos seguir com a (?:sua )?contratação\b",
        r"\bconsiderad[oa](?:\(a\))? (?:inabilitad[oa]|inapt[oa]|desistente|eliminad[oa])",  # formal public-sector letters (stress set 16)
        r"\bdeliberou não (?:o |a |lhe )?(?:selecionar|admitir|contratar)\b",
        r"\bo procedimento termina para si\b|\bnão sendo abrangid[oa]",
        r"\b(?:sua|a sua) eliminação do (?:certame|concurso|processo|procedimento)\b",
        r"\bexcluíd[oa](?:\(a\))? do (?:concurso|certame|processo|procedimento)\b",
        r"\bmantendo-se a sua reprovação\b|\bmantém-se a decisão de exclusão\b",
        r"\bnão obteve colocação\b",
        r"\bdecidiu não recomendar (?:a )?sua contratação\b",
        r"\bexpirou sem resposta\b",  # selections outside work and study (stress set 14)
        r"\bnão conseguimos (?:te |lhe )?conectar com um[a]? mentor[a]?\b",
        r"\bnão aprovou o seu pedido\b",
        r"\bretirad[ao] da lista de espera\b",
        r"\bnão vamos seguir com a (?:sua|tua) inscrição\b",
        r"\bdecidimos não incluir (?:o )?seu projeto\b",
        r"\bdemos (?:a )?(?:sua|tua) vaga\b[^.!?\n]{0,50}\b(?:pra|para) alguém\b",
        r"\bdeu preferência a (?:outros )?candidatos\b|\boptou por um perfil\b",  # a refusal said softly (stress set 12)
        r"\bnão estamos em condições de (?:lhe |te )?fazer uma proposta\b",
        r"\bpreencher a (?:função|vaga|posição) com um colaborador interno\b",
        r"\bencerro a (?:sua|tua) candidatura\b",
        r"\bnão pôde admitir a (?:sua|tua) candidatura\b",
        r"\bnão poderemos convidá-l[oa] para (?:a )?entrevista\b|\bnão poderemos (?:te )?convidar para (?:a )?entrevista\b",
        r"\bseguiremos em outra direção\b",
        r"\bnão vamos contar (?:consigo|contigo|com você)\b",
        r"\bnão (?:foi|obteve) (?:respondid[ao]|resposta|aceit[ao]) (?:dentro do|no) prazo (?:previsto|estabelecido)\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\bfora do escopo (?:da|do) (?:revista|evento|congresso|edital|periódico)\b|\bnão seguirá para (?:a )?avaliação\b",  # decisions on submissions and calls (stress set 13)
        r"\babaixo da (?:linha de corte|nota de corte|pontuação mínima)\b",
        r"\bnão poderá ser (?:apoiad[oa]|financiad[oa]|contemplad[oa])\b",
        r"\bdecidiu não (?:o |a |lhe |te )?(?:admitir|selecionar|aceitar)\b",
        r"\bnão entrou na (?:grade|programação|seleção)\b",
        r"\b(?:considerad[ao]|julgad[ao]|declarad[ao]) (?:inelegível|inabilitad[ao]|não elegível)\b",
        r"\bnão incluir (?:a sua|o seu|sua|seu) (?:[\w-]+ )?\w+ entre (?:os|as) (?:finalistas|selecionad[oa]s|vencedores)\b",
        r"\b(?:escolheu|escolhemos|optou por|optamos por) outr[oa]s (?:projetos|propostas|candidatos|candidaturas|perfis|obras)\b",
        r"\bnão (?:será|é) possível (?:conceder|atribuir)-?(?:lhe|te)\b",
        r"\b(?:submissão|submeter|enviar) (?:deste|desta|este|esta|o seu|a sua|seu|sua) (?:[\w-]+ ){0,4}?a outr[ao] (?:conferência|revista|evento|congresso)\b|\bnão é direcionad[ao] ao escopo\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"(?<!\bnão )(?<!\bnao )\b(?:tivemos|temos|fomos obrigados a) (?:que |de )?(?:rejeitar|recusar|declinar) (?:a |o )?(?:sua|seu|tua|teu) (?:submissão|proposta|candidatura|inscrição|trabalho|pedido)\b",  # had to refuse the submission (real-mail round 47)
        r"\bopt(?:ar|ou|amos|ámos|aram) por outr[oa] (?:perfil|candidat[oa])\b|\bnão vamos avançar com (?:você|vc|o senhor|a senhora)\b|\bdecidimos não (?:lhe |te )?fazer uma proposta\b",  # another profile chosen, not moving on with you, no proposal (stress set 11)
        r"\b(?:está|fica|foi) eliminad[oa](?:\(a\))? (?:do|da) (?:certame|concurso|processo|seleção)",
        r"\bnão foi colocad[oa]\b",
        r"\bnão (?:foi|foste) (?:alocad[oa]|atribuíd[oa]|designad[oa])(?:\(a\))? (?:a|em|para) (?:nenhum|nenhuma)\b",
        r"\bdeliberou não (?:o|a|te|lhe) admitir\b",
        r"\bnão conseguimos (?:integrar|incluir)-(?:te|lo|la)\b|\bnão conseguimos (?:te|o|a) (?:integrar|incluir)\b",
        r"\b(?:seu|o seu) nome não consta\b",
        r"\b(?:fechando|fechamos|ficamos) com outr[ao] (?:pessoa|candidat[ao])",
        r"\bseu perfil não (?:está )?(?:combinando|compatível|adequado)",
        r"\bnão foi alocad[oa] a nenhum\b",
        r"\bescolheu outr[oa] (?:freelancer|prestador|candidat[oa]|profissional)\b",
        r"\bfoi atribuída à próxima pessoa\b",
        # stress set 5
        r"(?<!você )(?<!voce )(?<!tu )\bdecidi(?:u|mos|ram) não (?:aprovar|aceitar|selecionar|admitir|prosseguir|avançar|contratar)\b",
        r"\bnão (?:foi|será) possível (?:aprovar|aceitar|validar|selecionar|admitir) (?:a sua|o seu|sua|seu|a tua|o teu|você)",
        # stress set 6
        r"\bpara (?:o|a) qual (?:você|tu) (?:se candidatou|te candidataste)\b,? (?:foi|está)[^.!?\n]{0,40}? (?:cancelad[oa]"
        + r"|retirad[oa]|encerrad[oa])",
        r"\btodas as candidaturas,? incluindo a (?:sua|tua),? foram (?:encerradas|canceladas|arquivadas)\b",
        r"\bdecidiu não (?:aprová|aceitá|selecioná)-l[oa]\b",
        # stress set 7
        r"\b(?:a que|ao qual|à qual|para o qual|para a qual) (?:se candidatou|te candidataste|você se candidatou) já não está"
        + r" disponível\b",
        r"\bjá encontr(?:ámos|amos) (?:alguém|outra pessoa|outro candidato) para\b",
        r"\bnão (?:vamos|vou) conseguir (?:incluir-te|incluí-l[oa]|incluir você|te incluir)\b",
        r"\bnão tenho como aceitar (?:um novo|uma nova|mais)\b",
        r"\bfoi atribuíd[ao] a (?:um|uma|outro|outra) (?:aluno|aluna|candidat[oa]|estudante|colega)\b",
        # the English families of real-mail rounds 28-31, in Portuguese
        r"\b(?:encontramos|escolhemos|selecionamos|encontrou|escolheu|selecionou|optamos por) (?:outr[oa]|um[a]? outr[oa])"
        + r" (?:aluno|aluna|estudante|candidat[oa]|voluntári[oa]|pessoa|estagiári[oa]|perfil)\b",
        r"\b(?:vaga|posição|cargo|tema|projeto|estágio|oportunidade|função)\b[^.!?\n]{0,30}?(?:candidatou|candidataste"
        + r"|inscreveu|aplicou)\b[^.!?\n]{0,20}? (?:não está mais|já não está|deixou de estar)"
        + r" (?:disponível|aberta?)\b",
        r"\bnão (?:posso|podemos|poderei|poderemos|vou poder|conseguirei) (?:orientar|supervisionar) (?:o seu|a sua|o teu"
        + r"|a tua|seu|sua) (?:tcc|tese|dissertação|projeto|trabalho|monografia)\b",
        r"\b(?:candidate-se novamente|volte a se candidatar|candidate-se de novo)\b[^.!?\n]{0,20}? (?:quando|assim que"
        + r"|depois que) (?:atender|cumprir|tiver|preencher)\b",
        r"\bdecidiu (?:encerrar|terminar|finalizar) (?:(?:a )?(?:sua|tua) (?:mentoria|tutoria|colaboração)\b|a (?:mentoria"
        + r"|tutoria|colaboração) (?:com você|contigo|consigo)\b)",
        r"\btodas as vagas\b(?![^.!?\n]{0,40}\b(?:evento|palestra|webinar|visita)\b)[^.!?\n]{0,40}? (?:já )?(?:foram"
        + r"|estão) (?:preenchidas|ocupadas|esgotadas|atribuídas)\b",
        # stress set 8
        r"\bnão (?:foi|é|será) possível (?:oferecer|atribuir|conceder)(?:-lhe|-te)? (?:uma )?(?:vaga|lugar|posição|bolsa"
        + r"|oportunidade)\b",
        r"\bacabamos (?:fechando|ficando|escolhendo|contratando) (?:com )?(?:uma pessoa|outra pessoa|outro candidato"
        + r"|outra candidata|alguém)\b",
        r"\btemos (?:já )?todas as vagas\b[^.!?\n]{0,40}? (?:preenchidas|ocupadas)\b",
        r"\b(?:escolheu|escolhemos|selecionou|selecionamos) outr[oa] (?:colaborador|colaboradora|funcionári[oa]|colega"
        + r"|profissional)\b",
        # the families of stress set 8 and rounds 33-36, in Portuguese
        r"\bnão entrou na (?:lista|relação)\b[^.!?\n]{0,40}?(?:candidatos|selecionad|aprovad|entrevista)",
        r"\b(?:já )?(?:contratámos|contratamos|admitimos) (?:a nossa|o nosso|um|uma) nov[oa] \w+"
        + r"(?![^.!?\n]*\b(?:você|seu|sua|te|lhe)\b)",
        r"\b(?:já não pode|não pode mais|já não podemos|não podemos mais) (?:oferecer-lhe|oferecer-te|lhe oferecer"
        + r"|te oferecer|oferecer) (?:esta|este|a|o) (?:oportunidade|vaga|lugar|tarefa)\b",
        r"\b(?:já )?preencheu (?:a|esta) vaga\b",
        # core families missed outside English (language parity)
        r"\bpreencher (?:a|esta) vaga internamente\b|\bvaga (?:foi|será) preenchida internamente\b",
        r"\bcontratar (?:um|uma|outr[oa]) (?:candidat[oa]|pessoa|profissional) com mais experiência\b",
        r"\boferecemos (?:a vaga|o cargo|a posição|o lugar) a (?:outra pessoa|outro candidato|outra candidata|alguém)\b"
        + r"(?![^.!?\n]{0,40}\b(?:recusou|declinou|desistiu)\b)",
        # core families missed (language parity, batch 4)
        r"\bnão (?:o|a|te|lhe) (?:convidaremos|chamaremos|convocaremos) para (?:uma|a) entrevista\b",
        r"\bencerrar o processo sem (?:preencher|contratar)\b",
        r"\bseguir (?:numa|em uma|por uma) direção diferente para (?:esta|a) vaga\b",
        r"\b(?:candidatura|inscrição|participação) (?:[\w-]+ ){0,3}?não foi bem-sucedida\b",
        # language parity, batch 5
        r"\bnão poder oferecer(?:-lhe|-te)? (?:a|o|esta|este) (?:vaga|cargo|posição|lugar|emprego)\b",
        r"\bnenhuma vaga adequada ao (?:seu|teu) perfil\b",
        r"\bnão está entre os (?:candidatos|selecionados|aprovados)\b",
        r"\b(?:vaga|cargo|oportunidade)\b[^.!?\n]{0,40}? foi (?:retirad[oa]|cancelad[oa]|encerrad[oa])\b",
        r"\bcandidatura foi arquivada\b",
        # stress set 9
        r"\b(?:vaga|cargo|posição)\b(?:(?!\b(?:não|ainda)\b)[^.!?\n]){0,80}? (?:já )?(?:foi|está) preenchid[ao]\b",
        r"(?:^|\n)\W*vaga preenchida\W*(?=$|\n)",
        r"\bprosseguir o processo com outr[oa] (?:candidat[oa]|pessoa|perfil)\b",
        r"\bnão vamos avançar com o candidato\b",
        # casual refusals (language parity, batch 7)
        r"\bnão (?:vamos poder|podemos|poderemos) (?:te|lhe|o|a) (?:chamar|contratar|selecionar|aproveitar)\b",
        # real-mail round 42: not confirmed to take part
        r"\b(?:você|tu) não (?:está|ficou|foi) confirmad[oa] para participar\b",
        # stress set 10: Portuguese as it is written
        r"\bacabou (?:escolhendo|ficando com|contratando) (?:uma|um|outr[oa])\b",
        r"\bdessa vez não vai rolar\b",
        r"\bnão atingiu a pontuação mínima\b",
        r"\ba escolha recaiu sobre (?:um|uma|outr[oa])\b",
        r"\bnão vamos conseguir integrar-(?:te|lo|la)\b",
        r"\bfoi selecionad[oa] outr[oa] (?:colaborador|colaboradora|candidat[oa]|funcionári[oa])\b",
        r"\bnão surgiu nenhuma (?:oportunidade|vaga) compatível\b",
        r"\bnão tendo sido selecionad[oa]\b",
        # formal letters (language parity, batch 8)
        r"\bseguiremos com outros candidatos\b(?![^.!?\n]{0,60}\be com (?:você|vocês|o senhor|a senhora)\b)",
        # the informal register (language parity, batch 9)
        r"\bnão vamos avançar com a (?:tua|sua) candidatura\b",
    ),
    changed_to=r"alterad[ao] para|mudou para",
    agent_words=r"pelo|pela|para|por",
    refused_your=r"(?<!\bvocê )(?<!\bvoce )(?:cancelou|anulou|revogou|recusou|rejeitou|encerrou|terminou"
    # the first person plural: "Infelizmente nós recusamos o seu pedido" (real-mail round 53)
    + r"|(?<!\bnão )(?:recusamos|rejeitamos|indeferimos|cancelamos|anulamos)"
    # a decision to refuse: "decidimos rejeitar a sua candidatura" (real-mail round 54's French one)
    + r"|(?:decidimos|decidiu|optamos por|optou por|tivemos de|tivemos que|resolvemos) (?:recusar|rejeitar|indeferir|descartar))",
    invitations=r"convite",
    revoked=r"revogado|retirado|cancelado",
)
PHRASES += refusal_frames(FRAME_WORDS)
