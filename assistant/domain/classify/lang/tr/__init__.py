"""Turkish: a compact phrase table and the out-of-office subject."""

from .. import Language
from .phrases import FRAME_WORDS, PHRASES

LANGUAGE = Language(
    code="tr",
    quote_separators=("iletilen mesaj",),
    from_headers=("kimden",),
    other_headers=("gönderildi", "tarih", "kime", "konu", "bilgi"),
    forward_separators=("iletilen mesaj",),
    phrases=PHRASES,
    context_words={"request_modality": (r"\berken başlama\w*", r"\b(?:süre uzatma|uzatma talebi\w*|başlangıç tarihi|uzaktan çalışma|ertele\w*|yol masrafı|taşınma|maaş\w*|otopark)\b",), "referral": (r"\b(?:önerdiğiniz|tavsiye ettiğiniz|yönlendirdiğiniz)\b",), "unaffected": (r"\bbu karar\b[^.!?\n]{0,80}\betkile(?:miyor|memektedir)\b", r"\bbaşvurunuzu\b[^.!?\n]{0,60}\baktardık\b", r"\bteklifimiz (?:ise )?geçerli\b", r"\bgeçerliliğini koru\w*", r"\betkilenmez\b", r"\bdeğerlendirmek isteriz\b"), "reader_declined": (r"\b(?:iptal edil\w*|geri çekil\w*|kaldırıl\w*|silin\w*)\b[^.!?\n]{0,50}\b(?:(?:talebiniz|isteğiniz) üzerine)\b", r"\b(?:(?:talebiniz|isteğiniz) üzerine)\b[^.!?\n]{0,50}\b(?:iptal edil\w*|geri çekil\w*|kaldırıl\w*|silin\w*)\b"), "resubmit": (r"\b(?:tekrar|yeniden) (?:yükle|gönder)\w*",)},
    frame_words=FRAME_WORDS,
    function_words=(r"ve|bir|bu|için|ile|size|sizi|sizinle|olarak|değil\w*|maalesef|teşekkür\w*|başvurunuz\w*|olan|"
                    r"daha|çok|ancak|şirketimiz\w*|pozisyon\w*|süreç\w*"),
    clause_breaks=("ama", "ancak", "fakat", "lakin"),
    and_words=("ve",),
    # Turkish negates inside the verb ("-medi", "-emiyoruz"): its rules name those forms (phrases.py).
    negations=("değil", "değildir", "yok", "hiçbir"),
    negation_idioms=("çekinmeyin", "hiçbir şekilde tereddüt"),
    # and a verb's conditional ending: "getirmezseniz" (if you do not bring)
    conditions=("eğer", "şayet", "durumunda", "takdirde", "aksi halde", r"\w+(?:mazsa|mezse)(?:nız|niz|k|m|n)?|\w+(?:ırsa|irse|ursa|ürse|arsa|erse)(?:nız|niz|k|m|n)"),
    deferrals=("kadar", "olmadan", "önce"),
    meeting_nouns=(r"mülakat\w*", r"görüşme\w*", r"toplantı\w*"),
    nobody_yet=("henüz kimse", "henüz hiçbir aday"),
    earlier_words=("geçen yıl", "önceki başvuru"),
    own_application_words=(r"\bbaşvurunuz\w*", r"\badaylığınız\w*"),
    gist_words={"rejection.regret": ("maalesef", "ne yazık ki")},
    autoreply_subjects=("otomatik yan[ıi]t",),
)
