"""Review of 212a64f, c015013 and 29c6c8d (rounds 32-34 rules, diffed against 4cf37c0): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs, in page order; standfirst = the deck or a repeat of the lead; teasers = every block advertising another
story, title and summary exactly; everything else (headline, section labels, headers, bylines, dates) boilerplate.

All 10 findings fail on HEAD (f9037c1) and pass on 4cf37c0, the commit before the three reviewed: each is a
regression, and the comment names the commit that brought it (the test passes on that commit's parent). The five
guards at the end pass on HEAD: they pin what the new rules are for, so a fix for a finding must keep them.
"""

from __future__ import annotations

import pytest
from split_helpers import flat as _flat
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

BANK_CARDS = [
    ("Inflation falls to lowest level in three years", "Lower petrol prices drove the fall, the ONS said."),
    ("Mortgage rates drop as lenders cut deals", "The average two-year fix fell below 5% for the first time since June."),
    ("Pound slips against the dollar", "Sterling fell as traders bet on earlier cuts."),
]


# ------------------------------------------------------------------ 1. _under_headline: cards above the headline
# regression (c015013): _under_headline now refuses a headline with any card above it ("one more card whose pair was
# missed, on an index page"). But most article pages open with a "Trending" / "Most read" strip above the headline:
# one such card anywhere above makes a one-sentence brief under its headline, byline and date "no brief", and the
# index rule empties the article (3 related cards below, no article evidence).
def test_a_one_sentence_brief_keeps_its_body_under_a_trending_strip_above_the_headline() -> None:
    trending = ("Royal Mail fined £10m over late deliveries", "Ofcom said the company had missed its targets for a third year.")
    brief = ("Markets now see a two-in-three chance of a cut at the Bank's final meeting of the year, after inflation "
             "fell to 3.1%.")
    res = split_text(_page("Trending", *trending, "Economy", "Markets bet on December rate cut", "By Tom Hughes",
                           "14 November 2025", brief, "Related stories", *_flat(BANK_CARDS)))
    assert res.body == [brief]
    assert _pairs(res) == [trending, *BANK_CARDS]


# ------------------------------------------------------------------ 2. "More X" headers (_classify_uncached)
# regression (212a64f): "n <= 3 and t.startswith('More ') and t[5:6].isupper()" makes any three-word Title Case line
# opening with "More" a list header. US sites write card titles in Title Case ("More Snow Coming", "More Layoffs
# Announced"): the card is lost, its summary and the cards after it fall into the body (headerless: the whole list).
@pytest.mark.parametrize("header", [["Related"], []], ids=["under-related", "headerless"])
def test_a_title_case_card_title_opening_with_more_stays_a_teaser(header: list[str]) -> None:
    body = [
        "A winter storm dumped more than a foot of snow on parts of upstate New York on Thursday, closing schools and "
        "snarling traffic on the Thruway.",
        "The National Weather Service said lake-effect bands off Lake Erie could bring another 10 inches to Buffalo by "
        "Friday morning.",
        "Governor Kathy Hochul declared a state of emergency for 11 counties and urged residents to stay off the roads.",
    ]
    cards = [("Schools Close Across Erie County", "More than 200 schools in western New York are shut today because of the snow."),
             ("More Snow Coming", "Forecasters say a second storm will arrive on Sunday night."),
             ("Plow Crews Work Around The Clock", "The city says it has enough salt to last until March.")]
    res = split_text(_page("Weather", "Winter Storm Buries Upstate New York", "By Jane Doe", "November 14, 2025", *body,
                           *header, *_flat(cards)))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 3. _SHORT_CUE_CJK in body sentences
# regression (29c6c8d): CJK cues are matched anywhere in a line, with no word boundary, in any line of up to 14
# "words" (a Han line of up to ~29 characters). '字号' (font size) is inside 老字号 ("time-honoured brand", a common
# word in business news), '分享到' ("share to") inside "被分享到社交媒体", and Korean '공유하기' ("share") inside
# 공유하기로 ("agreed to share"): short body sentences become boilerplate.
@pytest.mark.parametrize("head,paras", [
    (["财经", "北京稻香村月饼销量同比增长两成", "2025-11-14 10:32"], [
        "新华社北京11月14日电 记者从北京稻香村获悉，今年中秋前后该公司月饼销量同比增长两成，其中线上销售额首次超过线下门店。",
        "稻香村是北京知名的中华老字号。",
        "公司负责人表示，明年将继续在京津冀地区新开门店，并推出更多低糖、小规格的产品，满足年轻消费者的需求。",
    ]),
    (["社会", "市民地铁站勇救落轨乘客", "2025-11-14 10:32"], [
        "新华社北京11月14日电 一段市民在地铁站内勇救落轨乘客的视频14日在网络上广泛传播，获得大量网友点赞。",
        "该视频被分享到社交媒体后引发热议。",
        "北京地铁运营公司表示，将对见义勇为的市民给予表彰，并提醒乘客候车时注意安全，不要越过黄线。",
    ]),
    (["정치", "한일 외교장관 회담…안보 협력 강화 합의", "입력 2025.11.14 10:32"], [
        "한국과 일본 정부는 14일 서울에서 외교장관 회담을 열고 북한의 미사일 발사에 대응해 안보 협력을 강화하기로 했다.",
        "양국은 북한 미사일 경보 정보를 실시간으로 공유하기로 합의했다.",
        "외교부 관계자는 이번 회담이 한일 관계 개선 흐름을 이어가는 계기가 될 것이라고 밝혔다.",
    ]),
], ids=["zh-laozihao", "zh-fenxiangdao", "ko-gongyuhagiro"])
def test_a_short_cjk_body_sentence_holding_a_cue_inside_a_word_stays_body(head: list[str], paras: list[str]) -> None:
    res = split_text(_page(*head, *paras))
    assert res.body == paras
    assert res.teasers == []


# ------------------------------------------------------------------ 4. _SHORT_CUE_CJK in a card title
# regression (29c6c8d): the same unbounded match on a card title: "北京老字号全聚德关闭三家门店" holds '字号' and is
# boilerplate, so the first card of a related list is lost (title and summary).
def test_a_chinese_card_title_holding_laozihao_stays_a_teaser() -> None:
    body = [
        "新华社北京11月14日电 商务部14日发布数据显示，前10个月全国网上零售额同比增长8.5%，其中实物商品网上零售额占社会消费品零售总额的比重为26.2%。",
        "商务部有关负责人表示，下一步将继续推动消费品以旧换新，进一步释放消费潜力，促进线上线下消费融合发展。",
    ]
    cards = [("北京老字号全聚德关闭三家门店", "公司表示，将把资源集中到核心商圈的门店。"),
             ("双十一快递业务量创新高", "国家邮政局监测数据显示，11日当天共揽收快递包裹7.77亿件。"),
             ("多地出台新政提振汽车消费", "多个城市发放购车补贴，鼓励居民更换新能源汽车。")]
    res = split_text(_page("财经", "前10个月全国网上零售额同比增长8.5%", "2025-11-14 10:32", *body, "相关新闻", *_flat(cards)))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 5. theme-note cues on an article of law
# regression (29c6c8d): 'cet article fait partie' and 'dieser artikel ist teil' (for "This article is part of our
# series ...") match any short line holding them. In political and legal news "article" / "Artikel" is an article of
# a constitution or a law (the 49.3, Artikel 115 GG): a one-sentence body paragraph about it becomes boilerplate.
@pytest.mark.parametrize("head,paras", [
    (["Politique", "Budget : le gouvernement dégaine le 49.3", "Par Julien Ferrand", "14 novembre 2025"], [
        "La Première ministre a engagé mardi la responsabilité de son gouvernement sur le projet de loi de finances, "
        "en recourant à l'article 49.3 de la Constitution.",
        "Cet article fait partie de la Constitution depuis 1958.",
        "Les oppositions ont aussitôt annoncé le dépôt de motions de censure, qui seront examinées jeudi à "
        "l'Assemblée nationale.",
    ]),
    (["Politik", "Karlsruhe verhandelt über die Schuldenbremse", "Von Anna Schmidt", "14. November 2025"], [
        "Das Bundesverfassungsgericht hat am Dienstag über die Klage mehrerer Bundesländer gegen die Reform der "
        "Schuldenbremse in Artikel 115 des Grundgesetzes verhandelt.",
        "Dieser Artikel ist Teil der Finanzverfassung des Grundgesetzes.",
        "Ein Urteil wird erst im kommenden Frühjahr erwartet, teilte das Gericht in Karlsruhe mit.",
    ]),
], ids=["fr-article-49-3", "de-artikel-115"])
def test_a_sentence_about_an_article_of_law_is_not_a_series_note(head: list[str], paras: list[str]) -> None:
    res = split_text(_page(*head, *paras))
    assert res.body == paras


# ------------------------------------------------------------------ 6. Portuguese op-ed note cues
# regression (29c6c8d): 'acordo ortográfico' ("O autor escreve segundo o antigo acordo ortográfico") and 'exclusiva
# responsabilidade' ("... são da exclusiva responsabilidade do autor") match any short line: a news sentence about
# the Orthographic Agreement itself, or a minister saying a decision is "da exclusiva responsabilidade do Governo",
# is dropped from the body.
@pytest.mark.parametrize("head,paras", [
    (["Cultura", "Academia pede revisão das regras da língua", "Por Ana Silva", "14 de novembro de 2025"], [
        "A Academia das Ciências de Lisboa entregou esta quinta-feira ao Governo uma proposta de revisão das regras "
        "ortográficas, depois de dois anos de trabalho de uma comissão de linguistas.",
        "O Acordo Ortográfico entrou em vigor em Portugal em 2009.",
        "O Ministério da Educação disse que vai analisar a proposta, mas não se comprometeu com um calendário.",
    ]),
    (["Política", "Governo mantém encerramento das urgências no Natal", "Por Ana Silva", "14 de novembro de 2025"], [
        "O ministro da Saúde confirmou esta quinta-feira que três serviços de urgência de obstetrícia vão fechar "
        "durante a semana do Natal, apesar dos protestos dos autarcas da região.",
        "A decisão é da exclusiva responsabilidade do Governo, disse o ministro.",
        "Os presidentes de câmara afetados pediram uma reunião urgente com o primeiro-ministro.",
    ]),
], ids=["pt-acordo-ortografico", "pt-exclusiva-responsabilidade"])
def test_a_portuguese_news_sentence_holding_an_op_ed_note_phrase_stays_body(head: list[str], paras: list[str]) -> None:
    res = split_text(_page(*head, *paras))
    assert res.body == paras


# ------------------------------------------------------------------ 7. refresh and error-report prompt cues
# regression ('refresh the page': c015013; 'found an error', 'fehler gefunden': 212a64f): the prompts ("Refresh the
# page for the latest updates", "Found an error? Let us know") match as plain phrases in any line of 14 words. An
# outage story's "users who tried to refresh the page ...", an audit story's "the auditors found an error ..." and
# German word order ("... haben ... einen Fehler gefunden") are body sentences.
@pytest.mark.parametrize("head,paras", [
    (["Technology", "BBC website hit by two-hour outage", "By Chris Vallance", "14 November 2025"], [
        "Thousands of users were unable to reach the BBC website for more than two hours on Tuesday morning after an "
        "outage at a cloud provider.",
        "Users who tried to refresh the page were met with an error message.",
        "The BBC said the problem had been fixed by 11:30 and apologised to readers, adding that no data had been affected.",
    ]),
    (["Business", "Auditor fined £4m over collapsed builder", "By Simon Jack", "14 November 2025"], [
        "The accounting firm has been fined £4m by the regulator over its audit of a collapsed construction company.",
        "The auditors found an error in the 2019 accounts but did not report it.",
        "The Financial Reporting Council said the failings were serious and had misled investors and lenders.",
    ]),
    (["Wirtschaft", "Bilanzskandal: Prüfer zahlen Millionenstrafe", "Von Anna Schmidt", "14. November 2025"], [
        "Die Wirtschaftsprüfungsgesellschaft muss wegen ihrer Prüfung eines insolventen Immobilienkonzerns eine Strafe "
        "von vier Millionen Euro zahlen.",
        "Die Prüfer hatten bereits 2019 einen Fehler gefunden.",
        "Sie meldeten ihn aber nicht der Aufsicht, teilte die Apas am Donnerstag in Berlin mit.",
    ]),
], ids=["en-refresh-the-page", "en-found-an-error", "de-fehler-gefunden"])
def test_a_body_sentence_holding_a_prompt_phrase_stays_body(head: list[str], paras: list[str]) -> None:
    res = split_text(_page(*head, *paras))
    assert res.body == paras


# ------------------------------------------------------------------ 8. _twin_banner relaxed
# regression (c015013): a banner needs only the first word of each half after the shared words to open upper-case
# (or a script without case). A roundup headline "Manchester United sack ..., Manchester City extend ...", German
# (nouns capitalised) "Deutsche Bahn streicht ..., Deutsche Post erhöht ..." and Korean "서울 아파트값 상승, 서울
# 전셋값도 올라" are aggregator banners now: the card is lost, and the rest of the list breaks (cards into the body; in
# German the last card's summary taken as the standfirst).
@pytest.mark.parametrize("head,paras,header,cards", [
    (["Sport", "Chelsea slump to third defeat in a row", "By Phil McNulty", "14 November 2025"], [
        "Chelsea lost 2-0 at home to Brighton on Saturday, their third defeat in a row in the Premier League.",
        "Joao Pedro scored twice for the visitors in the second half as the home fans booed at the final whistle.",
        "The defeat leaves Chelsea ninth in the table, eight points off the top four.",
    ], "Most read", [
        ("Arsenal go top after late winner", "Saka scored in the 89th minute to beat Spurs at the Emirates."),
        ("Manchester United sack Ten Hag, Manchester City extend Guardiola deal", "A dramatic day in Manchester football."),
        ("Liverpool fined over fan trouble", "Uefa punished the club after fireworks were thrown in Madrid."),
    ]),
    (["Wirtschaft", "Verdi ruft zu Warnstreik im Nahverkehr auf", "Von Anna Schmidt", "14. November 2025"], [
        "Die Gewerkschaft Verdi hat die Beschäftigten im öffentlichen Nahverkehr in mehreren Bundesländern für Freitag "
        "zu einem ganztägigen Warnstreik aufgerufen.",
        "Betroffen sind Busse, U-Bahnen und Straßenbahnen in Berlin, Hamburg und München, teilte die Gewerkschaft am "
        "Mittwoch mit.",
        "Die Arbeitgeber nannten den Streik unverhältnismäßig und verwiesen auf die laufenden Verhandlungen.",
    ], "Mehr zum Thema", [
        ("Lufthansa streicht Hunderte Flüge", "Wegen des Streiks des Bodenpersonals fallen am Donnerstag viele Verbindungen aus."),
        ("Deutsche Bahn streicht Fernzüge, Deutsche Post erhöht das Porto", "Was sich im Dezember für Verbraucher ändert."),
        ("Tarifeinigung in der Metallindustrie", "Die Beschäftigten bekommen in zwei Stufen mehr Geld."),
    ]),
    (["정치", "한일 외교장관 회담", "입력 2025.11.14 10:32"], [
        "한국과 일본 정부는 14일 서울에서 외교장관 회담을 열고 북한의 미사일 발사에 대응해 안보 협력을 강화하기로 했다.",
        "외교부 관계자는 이번 회담이 한일 관계 개선 흐름을 이어가는 계기가 될 것이라고 밝혔다.",
        "양국 장관은 내년 상반기 중 도쿄에서 다시 만나기로 했다.",
    ], "많이 본 뉴스", [
        ("서울 아파트값 상승, 서울 전셋값도 올라", "한국부동산원에 따르면 이번 주 서울 아파트값은 0.1% 올랐다."),
        ("코스피 2,600선 회복", "외국인 순매수에 힘입어 코스피가 사흘 만에 반등했다."),
        ("원·달러 환율 1,400원 돌파", "달러 강세가 이어지며 환율이 2년 만에 최고치를 기록했다."),
    ]),
], ids=["en-roundup", "de-capitalised-nouns", "ko-no-case"])
def test_a_card_title_with_two_halves_opening_alike_is_no_aggregator_banner(head, paras, header, cards) -> None:
    res = split_text(_page(*head, *paras, header, *_flat(cards)))
    assert res.standfirst is None
    assert res.body == paras
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 9. bare title then the article resumes
# regression (c015013): a bare title right under a header that opens a zone over the article is a card only when
# mid_body holds, i.e. a *strong* paragraph stands right above the header. When the paragraph above is a short one
# ("Pensioners will get the biggest share."), the "Related" link in the middle of the article is read as "the page's
# headline": it is dropped into the body and the teaser is lost.
def test_a_related_link_after_a_short_paragraph_mid_article_stays_a_teaser() -> None:
    body = [
        "The government has announced a £2bn package to help households with energy bills this winter, the chancellor "
        "told MPs on Wednesday.",
        "Pensioners will get the biggest share.",
        "The payments will start arriving in bank accounts in November, the Department for Work and Pensions said, with "
        "most households getting the money automatically.",
        "Charities welcomed the announcement but said it did not go far enough to help families on low incomes.",
    ]
    link = "Winter fuel payment: who will get it this year"
    res = split_text(_page("Politics", "Chancellor unveils £2bn energy support package", "By Chris Mason",
                           "14 November 2025", *body[:2], "Related", link, *body[2:]))
    assert res.body == body
    assert _pairs(res) == [(link, "")]


# ------------------------------------------------------------------ 10. CJK header with a full-width colon
# regression (c015013): the header test now also runs on any line with '：' in its first 20 characters, and
# _is_header takes every line ending in a colon with no digit and at most six space-separated "words" for a header
# ("Read more on this topic:"): a Han line has one. A Chinese article's own 18-20 character list intro
# ("会议确定了第四季度稳增长五项重点任务：") becomes a list header, and the first task under it a teaser.
def test_a_chinese_list_intro_ending_in_a_full_width_colon_is_body() -> None:
    body = [
        "国务院总理李强11月14日主持召开国务院常务会议，研究进一步促进消费的政策措施，部署做好今冬明春能源保供工作。",
        "会议确定了第四季度稳增长五项重点任务：",
        "一是加大消费品以旧换新支持力度，扩大补贴范围。",
        "二是加快专项债券发行使用，尽快形成实物工作量。",
        "三是做好今冬明春能源保供，确保群众温暖过冬。",
        "会议强调，各地区各部门要抓好政策落实，确保各项措施尽快落地见效。",
    ]
    res = split_text(_page("时政", "李强主持召开国务院常务会议", "2025-11-14 18:02 来源：新华社", *body))
    assert res.body == body
    assert res.teasers == []


# ================================================================== guards (pass on HEAD)

# guard (29c6c8d): a bracketed placeholder for an embed between two paragraphs is boilerplate
def test_guard_a_bracketed_embed_placeholder_is_boilerplate() -> None:
    body = [
        "Storm Ciaran brought winds of more than 100mph to parts of southern England on Thursday, leaving 150,000 homes "
        "without power.",
        "Network Rail said dozens of trees had fallen onto lines in Devon, Cornwall and Hampshire overnight.",
    ]
    res = split_text(_page("News", "Storm Ciaran: power cuts hit 150,000 homes", "By Jane Doe", "14 November 2025",
                           body[0], "[Embedded video from TikTok]", body[1]))
    assert res.body == body


# guard (212a64f): "More NFL" alone on its line is the header over a card list, not a card or body
def test_guard_more_nfl_is_a_list_header() -> None:
    body = [
        "The Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday night after a field goal in the final seconds, "
        "their ninth win in a row.",
        "Patrick Mahomes threw for 312 yards and two touchdowns, and Travis Kelce caught his 1,000th career pass.",
    ]
    cards = [("Eagles rout Cowboys to stay top of NFC East", "Jalen Hurts ran for three touchdowns in a 41-17 win."),
             ("Jets fire head coach after 1-8 start", "The team said a search for a replacement would begin at once."),
             ("Lions quarterback out for the season", "He tore a knee ligament in the third quarter against the Bears.")]
    res = split_text(_page("NFL", "Chiefs edge Bills with last-second field goal", "By Jane Doe", "November 14, 2025",
                           *body, "More NFL", *_flat(cards)))
    assert res.body == body
    assert _pairs(res) == cards


# guard (29c6c8d): an aggregator's Chinese copyright disclaimer is boilerplate, matched without word boundaries
def test_guard_a_chinese_aggregator_disclaimer_is_boilerplate() -> None:
    body = [
        "新华社北京11月14日电 商务部14日发布数据显示，前10个月全国网上零售额同比增长8.5%，其中实物商品网上零售额占社会消费品零售总额的比重为26.2%。",
        "商务部有关负责人表示，下一步将继续推动消费品以旧换新，进一步释放消费潜力，促进线上线下消费融合发展。",
    ]
    res = split_text(_page("财经", "前10个月全国网上零售额同比增长8.5%", "2025-11-14 10:32", *body,
                           "本站仅提供信息聚合服务，内容版权归原作者所有。"))
    assert res.body == body


# guard (c015013): a real aggregator twin banner ("X Latest News, X Headlines") is still boilerplate
@pytest.mark.parametrize("banner", ["United States Latest News, United States Headlines", "Sverige Senaste nyheter, Sverige Rubriker"],
                         ids=["en", "sv"])
def test_guard_an_aggregator_twin_banner_is_boilerplate(banner: str) -> None:
    body = [
        "The Senate voted 68-31 on Thursday to pass a bill that keeps the federal government funded until January, "
        "averting a shutdown hours before the deadline.",
        "The House is expected to take up the measure on Friday, and the president has said he will sign it.",
    ]
    res = split_text(_page(banner, "Senate passes stopgap funding bill", "By Jane Doe", "November 14, 2025", *body))
    assert res.body == body


# guard (c015013): the Korean read-also prefix makes an inline teaser inside the article
def test_guard_a_korean_read_also_line_is_an_inline_teaser() -> None:
    body = [
        "한국과 일본 정부는 14일 서울에서 외교장관 회담을 열고 북한의 미사일 발사에 대응해 안보 협력을 강화하기로 했다.",
        "외교부 관계자는 이번 회담이 한일 관계 개선 흐름을 이어가는 계기가 될 것이라고 밝혔다.",
    ]
    res = split_text(_page("정치", "한일 외교장관 회담", "입력 2025.11.14 10:32", body[0],
                           "함께 읽기: 한미 정상회담 다음 달 워싱턴서 개최", body[1]))
    assert res.body == body
    assert _pairs(res) == [("한미 정상회담 다음 달 워싱턴서 개최", "")]
