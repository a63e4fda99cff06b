"""Turkish phrase rules: a compact table (see rule.py, and lang/en/phrases_verdict.py for the verdict grammar).

Turkish negates inside the verb ("değerlendiremiyoruz", "kabul edilmemiştir") and puts
a condition after it ("… olumsuz sonuçlanması durumunda"), so the shared negation and
condition words reach little: each rule names the finite negative forms it reads (past,
reported past, present, future; formal "-dir") and never a conditional or a verbal noun.
The reader's application ("başvurunuz", "profiliniz") then a word of being kept out
("reddedilmiştir", "uygun görülmemiştir"); the company unable to let the reader in
("teklif edemiyoruz", "olumlu dönüş yapamıyoruz"); a decision for another candidate.
Tested in tests/classify/test_more_languages.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule
from ..frames import FrameWords, refusal_frames

# The reader's application or profile, in any case ending ("başvurunuz", "başvurunuzun", "özgeçmişinizi").
_READER = (r"\b(?:"
           + any_of(
               r"başvuru(?:nuz|n)\w*|aday(?:lığınız|lığın)\w*|profil(?:iniz|in)\w*|özgeçmiş(?:iniz|in)\w*|cv'?(?:niz|n)\w*",
               r"siz|sizi|size",
           )
           + r")")
# Not "henüz" (yet): "başvurunuz henüz onaylanmadı" is no verdict.
_GAP = r"(?: (?!henüz\b)[\w'-]+){0,5}?"
# Finite negative endings of a verb (past, reported past, present, future, formal): "-medi", "-memiştir", "-meyecek".
_NOT = (r"(?:"
+ any_of(
    r"m[ae]d[iı]\w*|m[ae]m[iı]şt[iı]r|m[ae]m[iı]ş|m[ae]mektedir|m[ae]maktadır|m[ae]makta|m[ae]mekte",
    r"m[ae]y[ae]c[ae][kğ]\w*|m[ae]z|m[ae]m[ae]ktayız",
)
+ r")\b")
# "cannot": "-emiyoruz", "-amayacağız", "-ememekteyiz".
_CANNOT = r"(?:[ae]m[iı]yoruz|[ae]m[iı]yorum|[ae]m[ae]yece[ğk]\w*|[ae]m[ae]yaca[ğk]\w*|[ae]m[ae]mekteyiz|[ae]m[ae]maktayız)\b"
# Not in a condition or a verbal noun: "… durumunda", "… takdirde", "… halinde".
_NO_CONDITION = r"(?!(?: [\w'-]+){0,3} (?:durumunda|takdirde|halinde)\b)"


PHRASES: list[Rule] = [
    # ---- rejection: verdicts on the reader -------------------------------
    rule(
        "tr.rejection.reader_kept_out", "rejection", "strong",
        _READER + _GAP + r" (?:"
        + any_of(
            r"reddedil(?:di|miştir|miş|mektedir)|red(?:dedildi| edildi| edilmiştir)",
            r"olumsuz (?:sonuçlan(?:dı|mıştır|mış)|değerlendiril(?:di|miştir|miş)|olarak değerlendiril\w*)",
            r"elen(?:di|miştir|miş|diniz|mişsiniz)|değerlendirme dışı (?:bırakıl\w*|kal\w*)",
            r"olumsuz (?:olarak )?değerlendir(?:di|miştir|dik)",
        )
        + r")\b" + _NO_CONDITION,
        void_if_deferred=True,
    ),
    rule(
        "tr.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _GAP + r" (?:"
        + any_of(
            r"kabul edil|onaylan|seçil|uygun (?:görül|bulun)|olumlu (?:sonuçlan|değerlendiril)|bir sonraki aşamaya geç",
            r"ilerle|geç|karşıla|uy|eşleş|değerlendirmeye al",
        )
        + r")" + _NOT + _NO_CONDITION,
        _READER + _GAP + r" (?:uygun|yeterli|uyumlu) (?:değil(?:dir|di|miştir)?|olmadığ\w*)\b",
        void_if_deferred=True,
    ),
    rule(
        "tr.rejection.cannot_let_you_in", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"teklif ed|teklif sun|teklifte bulun|davet ed|olumlu (?:dönüş|yanıt|cevap) (?:yap|ver)|olumlu değerlendir",
            r"(?:sizinle|başvurunuzla|adaylığınızla|süreçle|sürece) (?:[\w'-]+ )?(?:devam ed|devam ettir|ilerley)|kabul ed|işe al",
            r"(?:aşamaya|sürece|mülakata|görüşmeye|değerlendirmeye) al",
            r"(?:bir )?(?:yer|pozisyon|kontenjan|staj\w*|iş)(?: (?:imkân|imkan|fırsat)\w*)? sun",
        )
        + r")" + _CANNOT,
        void_if_deferred=True,
    ),
    rule(
        # The verb's own ending names the reader: "uygun görülmediniz", "elendiniz".
        "tr.rejection.you_were_not_let_through", "rejection", "strong",
        r"(?<!\bhenüz )\b(?:seçil|uygun görül|uygun bulun|kabul edil|onaylan|başarılı ol)m[ae](?:d[iı]n[iı]z|m[iı]şs[iı]n[iı]z)\b"
        + _NO_CONDITION,
        r"\b(?:elendiniz|elenmiş bulunmaktasınız|elenmiş bulunuyorsunuz)\b",
        # "Ön elemeyi geçemediniz": you could not pass the stage.
        r"\b(?:aşama\w*|eleme\w*|sınav\w*|mülakat\w*|değerlendirme\w*|süreci) geçemediniz\b",
    ),
    rule(
        "tr.rejection.decided_not_to_go_on", "rejection", "strong",
        r"\b(?:ilerle|devam et|sürdür|değerlendir)(?:meme|mama) (?:kararı|yönünde karar)",
        r"\b(?:süreç|sürec|başvuru|aday|değerlendirme)\w*(?: [\w'-]+){0,3} (?:devam (?:etmeyeceğiz|etmeyecektir|edilmeyecek\w*|"
        + r"edemeyeceğiz)|ilerle(?:meyeceğiz|tilmeyecek\w*)|sonlandır(?:ıldı|ılmıştır|dık|mış bulunuyoruz))\b",
        # An employer's automated answer: "profilinizle ilgilenmiyoruz".
        r"\b(?:profilinizle|başvurunuzla|adaylığınızla|sizinle) ilgilen(?:miyoruz|memektedir|meyeceğiz|medi)\b",
        r"\bolumsuz (?:bir )?(?:dönüş|yanıt|cevap|karar)(?: [\w'-]+){0,2} (?:vermek|yapmak|iletmek|bildirmek)"
        + r" (?:durumundayız|zorundayız|zorunda kaldık)",
    ),
    rule(
        "tr.rejection.chose_another_candidate", "rejection", "strong",
        # not "diğer adaylara olumsuz dönüş yapıldı" (the other candidates were answered no; stress set 6)
        r"\b(?!diğer adaylara olumsuz)(?:başka|diğer|farklı) (?:bir )?aday(?:lar)?(?:la|larla|ımızla|larımızla|ı|i|ları|a|ya|lara)? (?:[\w'-]+ ){0,2}?"
        + r"(?:ilerle|devam|sürdür|karar|tercih|seç|yürüt|yapıl|veril|sunul|teklif)(?!\w*(?:se|sa)[km]?\b)",
        r"\bdaha (?:uygun|uyumlu|deneyimli|yetkin|iyi) (?:bir )?aday\w* (?:seçil|tercih edil|ile|ilerle|belirlen|bulun|devam)",
        r"\bbaşka (?:birini|bir kişiyi|birisini) (?:seçtik|tercih ettik|işe aldık)\b",
        r"\b(?:pozisyonu|işi|yeri|rolü) başka (?:bir )?(?:arkadaşa|adaya|kişiye) verdik\b",
        r"\b(?:sizinle )?çalışma (?:imkânı|imkanı|fırsatı)mız (?:olmayacak|bulunmamaktadır|yok)\b",
        r"\b(?:pozisyon|kadro|rol)\w*(?: [\w'-]+){0,3} (?:için )?(?:başka|diğer) (?:bir )?aday\w* (?:seçil|tercih edil|"
        + r"uygun görül|değerlendiril)",
    ),
    rule(
        "tr.rejection.position_filled", "rejection", "strong",
        r"\b(?:pozisyon|kadro|ilan|iş ilanı)\w*(?: [\w'-]+){0,5}? (?:doldurul(?:du|muştur|muş)|dol(?:du|muştur)|"
        + r"kapan(?:dı|mıştır|mış)|kapatıl(?:dı|mıştır|mış)|iptal edil(?:di|miştir)|artık (?:aktif|açık|geçerli) değil\w*)\b",
    ),
    rule(
        "tr.rejection.regret_to_inform", "rejection", "medium",
        r"\bbildirmek(?:ten)? (?:isteriz|üzüntü duyarız|durumundayız|zorundayız)\b",
        r"\b(?:kariyer|iş arama)\w*(?: [\w'-]+){0,2} başarılar dileriz\b",
    ),
    rule(
        "tr.rejection.maalesef", "rejection", "weak",
        r"\bmaalesef\b",
        r"\bne yazık ki\b",
    ),
    # ---- next step -------------------------------------------------------
    rule(
        "tr.next_step.invite_to_interview", "next_step", "strong",
        r"\b(?:mülakat|görüşme|teknik görüşme|yüz yüze görüşme|online görüşme|test|sınav|değerlendirme merkezi|sonraki aşama|"
        + r"ikinci görüşme)\w* (?:için )?davet (?:etmek ist\w+|ediyoruz|ederiz|etmekten)",
        r"\bsizinle (?:bir )?(?:görüşme|mülakat|toplantı) (?:planlamak|ayarlamak|yapmak) ist\w+",
    ),
    rule(
        "tr.next_step.pick_a_time", "next_step", "strong",
        r"\b(?:uygun|müsait) olduğunuz (?:gün|zaman|saat|tarih)\w*",
        r"\bmüsaitlik (?:durumunuzu|bilginizi)\b",
        r"\b(?:bir )?sonraki aşamaya (?:geçtiniz|geçmeye hak kazandınız|davet)",
    ),
    # ---- offer -----------------------------------------------------------
    rule(
        "tr.offer.pleased_to_offer", "offer", "strong",
        r"\b(?:iş )?teklif(?:imizi|i)? (?:sunmaktan|iletmekten|yapmaktan|etmekten) (?:mutluluk|memnuniyet|büyük)",
        r"\bteklif mektubu\w*",
        r"\b(?:size|sizlere) (?:bir )?iş teklifi(?:nde bulunmak| sunmak| yapmak)",
    ),
    rule(
        "tr.offer.contract", "offer", "medium",
        r"\biş sözleşme\w*",
        r"\bekibimize hoş geldiniz\b",
    ),
    # ---- pending ---------------------------------------------------------
    rule(
        "tr.pending.still_reviewing", "pending", "strong",
        r"\b(?:değerlendirme|inceleme|seçme) (?:süreci )?(?:devam ediyor|devam etmektedir|sürüyor|aşamasında(?:dır|yız))",
        r"\b(?:başvurunuz|özgeçmişiniz)\w*(?: [\w'-]+){0,2} (?:değerlendiriliyor|incelenmektedir|değerlendirilmektedir|inceleniyor)",
        r"\bhenüz (?:bir )?karar (?:verilmedi|verilmemiştir|vermedik)\b",
        negatable=False,
    ),
    rule(
        "tr.pending.will_get_back", "pending", "strong",
        r"\b(?:en kısa sürede|kısa süre içinde|yakında|önümüzdeki hafta|\d+ (?:gün|hafta) içinde) (?:size |sizinle )?(?:dönüş|geri dönüş|"
        + r"bilgi|iletişime)",
    ),
    rule(
        "tr.pending.application_received", "pending", "medium",
        r"\bbaşvurunuz(?:u)? (?:aldık|alınmıştır|tarafımıza ulaşmıştır|başarıyla alın\w*)",
    ),
]

# The closing of a refusal that never says no, as the English "best in your future endeavours"
# (real-mail rounds 10-12: an ATS's "not interested" template): medium, the user confirms.
PHRASES += [
    rule(
        "tr.rejection.gelecekte_basarilar", "rejection", "medium",
        r"\bözgeçmişinizi (?:kayıtlarımızda|veri ?tabanımızda|havuzumuzda|sistemimizde|aday havuzumuzda) "
        + r"(?:tutacak|saklayacak|muhafaza edece)\w*",
        r"\bgelecekteki (?:çabalarınızda|kariyerinizde|başvurularınızda|çalışmalarınızda|girişimlerinizde|projelerinizde)"
        + r" (?:size )?(?:en iyisini|başarılar|bol şans)",
    ),
    rule(
        # "başvurunuzu inceledi ve daha fazla düşünmek için seçmedi": the team did not choose it.
        "tr.rejection.secmedi", "rejection", "strong",
        r"\b(?:başvurunuzu|sizi|özgeçmişinizi)(?: \S+){0,6}? seçme(?:di|dik|diler|miştir|mişlerdir|yeceğiz)\b",
    ),
]

# The reader's request or application, then its refusal later in the same sentence, with nothing but the
# thing's name between (a quoted programme, a course, a link): real-mail rounds 13-15 ("your request to
# access "X" program was rejected" in seven languages). No negation, meeting or refund word in between.
PHRASES += [
    rule(
        "tr.rejection.reader_refused_in_the_sentence", "rejection", "strong",
        r"\b(?:isteğiniz|talebiniz|başvurunuz|kaydınız|isteğin|talebin|başvurun)(?: (?!henüz\b)\S+){0,3}? (?:reddedildi|reddedilmiştir"
        + r"|kabul edilmedi|onaylanmadı)\b",
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "tr",
    possessives=r"(?=\w+(?:ınız|iniz|unuz|ünüz)\b)",
    refusals=any_of(
        r"reddedil(?:di|miştir|mişti|miş)|kabul edilmedi\w*|onaylanmadı\w*|olumsuz (?:sonuçlan|değerlendiril)\w*",
        r"olumlu değerlendirilemedi\w*|olumlu değerlendirilememiş\w*|değerlendirmeye alınama\w*|çıkarıl(?:mıştır|dı)",
        r"iptal edil(?:di|miştir)|desteklenme(?:miştir|di)",
        r"onaylanmamıştır|taşınmamıştır|işleme alınmamıştır|kabul edilmemiş(?:tir)?",
    ),
    status_labels=r"(?:\w+ )?durum(?:u)?|sonuç|sonucu|karar",
    status_values=r"red|olumsuz|uygun görülmedi|uygun bulunmadı|elendi|seçilmedi|başarısız|reddedildi",
    applications=r"başvuru(?:su|nuz)?|adaylı(?:k|ğı)|aday",
    refusal_nouns=r"red(?:di)?|ret|red bildirimi|ret bildirimi|olumsuz (?:yanıt|cevap|dönüş|sonuç)",
    headline_links=r"için|hakkında",
    unrelated=any_of(
        r"mükerrer\w*|ikinci hesab\w*",  # a duplicate account (stress set 11)
        r"muafiyet\w*|harç\w*",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"ödeme\w*|kart\w*|sipariş\w*|fatura\w*|mesaj\w*|e-?posta\w*|şifre\w*|yorum\w*|izin\w*|masraf\w*",
        r"banka\w*|havale\w*|değişim\w*|takas\w*",
    ),
    not_judged=r"dosya\w*|eki|ekler\w*|belge\w*|teklif\w*|mülakat\w*|görüşme\w*|toplantı\w*",
    negations=r"henüz|hiç",
    others=r"onun|onların|birisi|meslektaş\w*|arkadaş\w*|diğer\w*|adaylar\w*|eğer|durumunda|takdirde|halinde",
    modals=r"\w+(?:ilirse|ılırsa|ulursa|ülürse|abilir|ebilir)",
    offers=r"(?:iş )?teklif\w*",
    withdrawn=r"geri çek\w*|iptal e\w*",
    cannot_go_on=r"\b(?:geçemiyorsun(?:uz)?|geçemeyeceksin(?:iz)?|katılamayacaksın(?:ız)?|katılamıyorsun(?:uz)?"
    + r"|ilerleyemeyeceksin(?:iz)?|devam edemeyeceksin(?:iz)?)\b",
    taken_off=any_of(
        r"\b(?:seni|sizi) (?:listeden|programdan|vardiyadan|listemizden) çıkar(?:dık|mak zorunda kaldık)",
        # "Koordinatör sizi "Gıda bankası dağıtımı" vardiyasından çıkardı" (stress set 4)
        r"\b(?:seni|sizi) [^.!?\n]{0,60}?(?:vardiya|liste|program|ekip|kadro)\w* çıkar(?:dı|dılar|mıştır)\b",
    ),
    ended_for_you=r"\b(?:sizin |senin )?süreci(?:nizi|ni) (?:de )?sonlandırıyoruz\b",
    left_out=any_of(
        r"\b(?:basvurunuz|başvurunuz)\b[^.!?\n]{0,40}\bolumsuz sonu[cç]lan\w*",  # text without accents, regional variants and loanwords (stress set 25)
        r"\bsizinle ilerleyemeye(?:c|ğ|g)e(?:ğ|g)imizi\b",
        r"\b(?:adayliginizi|adaylığınızı) daha ileriye (?:tasiyamayacag|taşıyamayacağ)\w*",
        r"\bpozisyonumuz doldurulmu(?:ş|s)tur\b",
        r"\b(?:profilinizin|deneyiminizin)\b[^.!?\n]{0,60}\b(?:örtüşmediğine|ortusmedigine)\b",
        r"\balınmanız mümkün olma(?:mıştır|madı)\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\b(?:seni|sizi) [\w-]+ almama kararı ver\w*",
        r"\bbaşka bir (?:[\w-]+ )?(?:çalışan|aday|oyuncu|kişi|isim|sanatçı)(?:la|yla) (?:anlaş\w*|ilerle\w*|devam\w*)",
        r"\b(?:başvurunuzu|talebinizi) olumlu karşılay(?:amıyoruz|amadık|amayacağız)\b",
        r"\bbaşvurunuzun\b[^.!?\n]{0,40}\b(?:alınmamasına|ilerletilmemesine|değerlendirilmemesine) karar veril\w*",  # longer formal letters with the decision buried (stress set 23)
        r"\bdavet edilmediniz\b",
        r"\bbaşvuru dosyanız kapatıl\w*",
        r"\b(?:iş )?teklifi sunamayacağız\b",
        r"\btercihimiz başka bir aday(?:dan yana|ı) \w+",
        r"\b(?:pozisyonu|kadroyu|yeri) [^.!?\n]{0,60}\bbir adaya teklif ettim\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\bartık kimseyi almayacağım\b",
        r"\bolmadı maalesef\b|\bmaalesef olmadı\b",
        r"\bbu sefer cevabımız olumsuz\b",
        r"\bjunior alacak yerimiz yok\b",
        r"\byer alamadınız\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\bkontenjana giremedi\w*",
        r"\b(?:bir )?sonraki aşamaya geçemediğiniz\w*",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\bçağrılmanız mümkün olma(?:mıştır|madı)\b",
        r"\bekibi tamamladık\b",
        r"\bmaalesef alamıyoruz\b",
        r"\baday olarak belirlenmediğiniz\w*",
        r"\bbaşvuru(?:nuz)?\b[^.!?\n]{0,40}\bartık değerlendirme (?:kapsamında|sürecinde) değil\w*",  # automated notices of tracking systems and portals (stress set 20)
        r"\bbaşvurunuz (?:kapatılmıştır|kapatıldı|sonlandırılmıştır|sonlandırıldı)\b",
        r"\blistelerinde adınız (?:bulunmamaktadır|yer almamaktadır|yok)\b",
        r"\b(?:başvurunuzu|adaylığınızı) (?:reddetmeye|olumsuz değerlendirmeye|değerlendirmeye almamaya) karar ver\w+",  # a decision to refuse (real-mail round 54's French one)
        r"\bdurumu?\W{0,3}(?:olumsuz|reddedildi|uygun değil|değerlendirme dışı)(?: sonuçlandı)?\W{0,3} olarak\b",  # employers' replies and news after interviews (stress sets 18 and 19)
        r"\bsüreç (?:burada |bu aşamada )?(?:sonlandı|sona erdi)\b",
        r"\b(?:başka|diğer) bir aday(?:la|ı) (?:anlaştık|devam|ilerle|tercih|seç)\w*",
        r"\bbaşvurunuz\w* (?:işleme alınmayacak|değerlendirilmeyecek|değerlendirmeye alınmayacak)\w*",
        r"\badaylar arasında yer al(?:madınız|mıyorsunuz|mamaktasınız)\b",
        r"\byollarımızı ayır\w*",
        r"\b(?:profiliniz|özgeçmişiniz|deneyiminiz)\b[^.!?\n]{0,80}\bkarşıla(?:mamaktadır|mıyor|madığı)\w*",
        r"\bsürecinize devam edemeyeceğimizi\b",
        r"\b(?:birini|bir adayı|bir profille|bir adayla) (?:seçtik|tercih ettik|devam etmeye karar verdik)\b",
        r"\bmülakata çağrılmayacağınız\w*",
        r"\bolumlu sonuçlandıramadı\w*",  # a season's inbox (stress set 17)
        r"\balım süreci tamamlanmıştır\b[^\n]{0,40}\bözgeçmişinizi\b",
        r"\buygun bulunmamıştır\b",
        r"\bihtiyaçlarımızla örtüşmemekte\w*",
        r"\bilerletilmemesine karar veril\w+",
        r"\batamanız (?:yapılamamaktadır|yapılamayacaktır|gerçekleşmemiştir)\b",  # formal public-sector letters (stress set 16)
        r"\byeterli bulunmadınız\b",
        r"\bgöreve başlatılmanız mümkün değil\w*",
        r"\blistesinde yer alma(?:maktadır|dı|mıştır)\b|\badaylar arasında yer almadığınız\b",
        r"\bolumlu karşılanama\w*",
        r"\bsıralamanız (?:[\w-]+ ){0,3}?yeterli olmamıştır\b",
        r"\bisminiz (?:[\w-]+ ){0,4}?listede çıkmamıştır\b",
        r"\bsüresi doldu ve kaldırıldı\b",  # selections outside work and study (stress set 14)
        r"\bbir mentorla eşleştiremedik\b",
        r"\bkadroya giremedin\b",
        r"\bbaşvurunuzu onaylamadı\b",
        r"\bkabul etmeme(?:ye)? karar\w*",
        r"\bkaydını kabul edemedik\b",
        r"\bdahil etmemeye karar verdik\b",
        r"\byerini\b[^.!?\n]{0,60}\bbirine verdik\b",
        r"\bkriterlerle (?:[\w-]+ ){0,4}?örtüşmüyor\b",  # a refusal said softly (stress set 12)
        r"\badayları tercih etti\b|\bprofilde karar kıldı\b|\btercihimizi başka bir adaydan yana kullan\w+",
        r"\bbir sonraki aşamaya geçmemiştir\b",
        r"\bbir teklif sunabilecek durumda değiliz\b",
        r"\bşirket içinden bir çalışma arkadaşımızla doldurmaya karar verdik\b",
        r"\bbaşvurunuzu kendi tarafımda kapatıyorum\b",
        r"\bbaşvurunuzu (?:[\w-]+ ){0,3}?uygun görmemiştir\b",
        r"\byollarımız kesişmedi\b",
        r"\b(?:gerekli|asgari|minimum) puanı (?:alamadınız|alamadığınız\w*|sağlayamadınız)\b",  # the score needed not reached (real-mail round 48)
        r"\bprograma (?:seçilmedi|alınmadı|dahil edilmedi|alamadık)\b",  # decisions on submissions and calls (stress set 13)
        r"\b(?:girişiminiz|öneriniz|projeniz|başvurunuz|bildiriniz)\b[^.!?\n]{0,60}? seçilmedi\b",
        r"\bkapsamı dışında (?:kaldı|kaldığı|kalmaktadır)\w*|\bhakem sürecine alınma\w+",
        r"\bdesteklenmemesine karar veril\w+|\bfonlanamayacak\w*|\bdesteklenemeyecek\w*",
        r"\bdeğerlendirmeye alınma(?:mıştır|dı)\b",
        r"\bdurumu \W?reddedildi\W? olarak güncellen\w+",
        r"\bkısa listesine (?:almamıştır|alınmamıştır|alınmadı|almadı)\b",
        r"\bbaşka (?:projeleri|adayları|başvuruları|eserleri) tercih et\w+",
        r"\bsize (?:burs|destek|hibe|ödül) verileme\w+",
        r"\bbaşka bir (?:konferansa|dergiye|etkinliğe) (?:göndermenizi|sunmanızı|başvurmanızı)\b|\bkapsamına uygun değil\w*",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\bsizinki dahil (?:tüm )?başvuruları kapatıyoruz\b|\bbaşvurunuzu uygun bulmamıştır\b",  # every application closed including yours; found not suitable (stress set 11)
        r"\b(?:sözlü|yazılı|ikinci|son|sonraki) (?:sınava|tura|aşamaya|mülakata) (?:çağrılmayacaksınız|alınmayacaksınız)\b",
        r"\b(?:sizi|seni) (?:\w+ )?(?:tura|aşamaya) almamaya karar\b",
        r"\b(?:sana|size) yer açamadık\b|\b(?:seni|sizi) aramıza alamıyoruz\b",
        r"\badınız yer almamaktadır\b",
        r"\bkaydınız yapılamayacaktır\b",
        r"\b(?:birini|başka birini) aldık\b",
        r"\bprofil\w* (?:şu anda )?(?:pozisyon için )?uygun (?:olmamaktadır|değildir)",
        r"\bsizi\b[^.!?\n]{0,60}? vardiyasından çıkardı\b",
        r"\bsize herhangi bir [\w-]+ atanmadı\b",
        r"\bbaşka bir (?:serbest çalışanı|adayı|kişiyi) seçti\b",
        r"\bbir sonraki kişiye verildi\b",
        # stress set 5
        r"\b(?:kadroya|listeye|programa|ekibe) alınmadınız\b",
        r"\blistede yer al(?:mamıştır|mamaktadır|madı)\b",
        # stress set 6
        r"\b(?:seni|sizi) (?:\w+ ){0,3}?dahil edemiyoruz\b",
        r"\bbaşka bir (?:adayı|öğrenciyi|kişiyi|gönüllüyü|başvuranı) (?:seçti|seçtik|tercih etti)\b",
        r"\b(?:çağrılmaya|katılmaya|girmeye) hak kazanamadı\w*",
        r"\bbaşvurduğun(?:uz)? [^.!?\n]{1,60}? (?:kaldırıldı|iptal edildi|kapatıldı)\b",
        r"\b(?:tüm|bütün) başvurular,? (?:seninki|sizinki) de dahil,? (?:kapatıldı|iptal edildi)\b",
        r"\b(?:gönüllülüğünü|gönüllülüğünüzü|katılımını|katılımınızı|sözleşmeni|sözleşmenizi) sonlandırdı\b",
        # stress set 7
        r"\bbaşvurduğunuz (?:[\w]+ ){0,3}?artık mevcut değil\b",
        r"\b(?:bu pozisyon için )?birini bulduk\b",
        r"\byeni bir öğrenci alamayacağım\b",
        r"\b(?:tüm kontenjanlar|kontenjan\w*) doldu\b",
        # the English families of real-mail rounds 28-31, in Turkish
        r"\bbaşka bir (?:öğrenci|aday|gönüllü|kişi|stajyer)(?:yi|yı|yle|yla)? (?:bulduk|bulundu|seçtik|seçti|seçildi"
        + r"|tercih ett\w*)",
        r"\b(?:tezinize|tezine|projenize) danışmanlık (?:yapamayacağım|yapamayız|yapamıyorum|yapamayacağız)\b",
        r"\b(?:hiç )?kimse işe alınmadan (?:kapatıldı|kapandı)|\bişe alım yapılmadan (?:kapatıldı|kapandı)",
        r"\b(?:gereksinimlerimizi|şartlarımızı|kriterlerimizi) karşıladığınızda (?:lütfen )?(?:tekrar|yeniden) başvur",
        r"\b(?:sizinle|seninle) (?:mentorluğu|danışmanlığı|iş birliğini) sonlandırmaya karar verdi"
        + r"|\b(?:mentorluğunuzu|danışmanlığınızı) sonlandırmaya karar verdi",
        r"\b(?:tüm|bütün) (?:yerler|kontenjan|kontenjanlar|pozisyonlar)\b[^.!?\n]{0,40}? (?:doldu|dolmuştur"
        + r"|doldurulmuştur|dağıtıldı)",
        # stress set 8
        r"\bsizinle (?:süreci|görüşmeleri) (?:ilerletmeme|sürdürmeme|devam ettirmeme) karar\w*",
        r"\bpozisyona (?:[\w-]+ ){0,3}?(?:bir )?(?:çalışma arkadaşımız|meslektaşımız|başka bir aday|bir aday) atan(?:mıştır|dı)\b",
        # the families of stress set 8 and rounds 33-36, in Turkish
        r"\b(?:listesine|listeye) gir(?:medi|emediniz|emedi)\b",
        r"\byeni (?:\w+ )?\w+(?:ımız|imiz|umuz|ümüz) (?:\w+ ){0,3}?işe başladı\b"
        + r"(?![^.!?\n]*\w(?:ınız|iniz|unuz|ünüz)\w*\b)",
        r"\bsize bu (?:fırsatı|pozisyonu|görevi|yeri) artık sunam\w*",
        r"\b(?:pozisyonu|kadroyu) doldur(?:du|muştur|duk)\b",
        # core families missed outside English (language parity)
        r"\bpozisyonu şirket içinden doldur\w*|\bpozisyon şirket içinden doldurul\w*",
        r"\bdaha fazla deneyime sahip bir adayı (?:işe almaya|seçmeye) karar ver\w*",
        r"\b(?:profiliniz|başvurunuz|deneyiminiz|nitelikleriniz)\b[^.!?\n]{0,40}? (?:gereksinimlerini|şartlarını"
        + r"|kriterlerini|beklentilerini) karşılamıyor\w*",
        r"\bbaşvurunuzu (?:ilerletemiyoruz|ilerletemeyeceğiz|değerlendirmeye alamıyoruz|sürdüremiyoruz)\b",
        r"\bpozisyonu (?:[\w-]+ ){0,6}?(?:birine|başka bir adaya|başka birine) teklif ettik\b",
        # core families missed (language parity, batch 4)
        r"\b(?:sizi|seni) (?:[\w-]+ ){0,3}?mülakata davet etme(?:yeceğiz|yeceğimizi|miyoruz)\b",
        r"\bpozisyonu doldurmadan kapat\w*",
        r"\basgari (?:yeterliliği|şartları|koşulları|gereksinimleri) karşılamıyorsunuz\b",
        r"\bbu pozisyon için farklı bir yönde ilerlemeye karar\w*",
        # language parity, batch 5
        r"\b(?:size|sana) (?:pozisyonu|işi|görevi) teklif edemedi\w*",
        r"\bprofilinize uygun (?:açık )?pozisyon(?:umuz)? (?:bulunmamaktadır|yok)\b",
        r"\b(?:kısa listeye alınan|seçilen|mülakata çağrılan) adaylar arasında yer almıyorsunuz\b",
        r"\bbaşvurunuz arşivlen(?:di|miştir)\b",
        # stress set 9
        r"\b(?:bir sonraki|sonraki) (?:aşamaya|tura|adıma) (?:geçmeye|geçme) hak kazanamadınız\b",
        # casual refusals (language parity, batch 7)
        r"\b(?:seni|sizi) (?:bu pozisyon için )?alamayacağız\b",
        # stress set 10: Turkish as it is written
        r"\bbaşarısız sayıl(?!acak)\w*",  # (not "başarısız sayılacaktır", a rule announced, stress set 16)
        r"\bbirini almaya karar verdik\b",
        r"\bbu sefer olmadı\b",
        r"\bolumsuz (?:olarak )?değerlendiril(?:di|miştir)\b",
        r"\btercihimizi\b[^.!?\n]{0,80}? (?:bir )?adaydan yana kullandık\b",
        r"\bbaşvuru\w*\b[^.!?\n]{0,120}? kabul edilme(?:miştir|di|yecektir)\b",
        r"\byeni (?:gönüllü|personel|stajyer|çırak) alamıyoruz\b",
        r"\bbu iş olmayacak\b",
        r"\bbaşvurunuzu değerlendirmeye devam edemiyoruz\b",
        r"\bsize uygun bir pozisyon açılmadığından\b",
        r"\b(?:seni|sizi) alamıyoruz\b",
        r"\bhak kazanan adaylar arasında yer almamaktadır\b",
        # the informal register (language parity, batch 9)
        r"\b(?:sizinle|seninle) (?:süreçte |sürece )?devam etmeyeceğiz\b",
    ),
    invitations=r"davet\w*",
    revoked=r"iptal edil(?:di|miştir)|geri çekil(?:di|miştir)",
)
PHRASES += refusal_frames(FRAME_WORDS)
