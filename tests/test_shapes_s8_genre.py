"""Genre of near misses, session 8 (issue 10): a journalist's evidence that carries over to documents nobody has
seen, each kind checked on the development sets (A–AM) and kept only when the validation sets (AN–AV) lost nothing.

- Hearsay told at second hand (据了解， / 据悉， / 据介绍，) is a reporter's formula: a body telling its own work
  counts it (据统计，) and cites no hearsay about it. It is one trace of a journalist among the others (a report told
  by others, 报告显示，; a closing byline; a meeting told from outside): two kinds make news whose headline is lost.
- A headline that tells a session opening or closing (某县…人民代表大会第N次会议开幕, 两会隆重闭幕) or its platform's
  sub-headline (…在主席台前排就座) is news of the session, not the work report delivered at it; the speech that
  opens it (开幕词, 在…开幕式上的讲话) and a story's chapter named 开幕 are not.
- A disclosure report that lost its title and starts at the part ① its regulation's template gives it (一、总体情况,
  opening on the year's 政府信息公开 work) is a disclosure report; a report on rule-of-law work may call its part one
  总体情况 too, and a title that names the genre decides.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document, one_line

HEARSAY = (
    "在本年度评估中，参评的60个县区法治政府建设水平整体稳中有升，有52个县区得分率超过六成。\n"
    "报告显示，各地围绕市场监管、公共服务等职能持续完善制度，行政执法协调监督工作体系逐步健全。\n"
    "报告还指出，行政决策的公众参与仍有提升空间，基层执法力量有待加强。\n"
    "据介绍，该评估已连续开展五年，评估结果将向社会公开。\n"
)


@pytest.mark.parametrize("packaging", [lambda t: t, one_line], ids=["lines", "one line"])
def test_hearsay_and_a_report_told_by_others_make_news(packaging) -> None:
    assert document(packaging(HEARSAY)).doc_type == DocType.news


# a bureau's own account counts its work (据统计，) and may say 据了解 once: one trace makes no news
COUNTED = (
    "青禾县市场监管局2024年法治政府建设情况报告\n"
    "2024年，县市场监管局在县委、县政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下：\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）规范行政执法。据统计，全年办理行政处罚案件126件，全部录入执法平台。\n"
    "（二）化解矛盾纠纷。据了解，辖区消费纠纷多集中在预付式消费领域，我局开展专项整治，办结投诉812件。\n"
    "二、存在的不足和原因\n执法人员专业能力有待提升。\n"
    "三、2025年推进法治政府建设的主要安排\n持续加强执法监督。\n"
)

BRIEF = (
    "为推进依法行政，县农业农村局组织全体执法人员开展法律知识培训。\n"
    "据悉，培训围绕行政处罚法、农产品质量安全法等内容进行讲解，并组织了闭卷测试。\n"
)


def test_hearsay_never_makes_a_report_news() -> None:
    assert document(COUNTED).doc_type == DocType.annual_report


def test_hearsay_alone_makes_no_news() -> None:
    assert document(BRIEF).doc_type == DocType.other


SESSION = (
    "青禾县第十届人民代表大会第三次会议开幕\n"
    "县长林远代表县人民政府向大会作工作报告\n"
    "1月18日上午，青禾县第十届人民代表大会第三次会议在县会议中心开幕。"
    "会议应到代表196名，实到代表181名，符合法定人数。\n"
    "县长林远代表县人民政府向大会作工作报告。报告分为三个部分：一、2024年工作回顾；二、2025年工作总体要求；"
    "三、2025年重点工作。\n"
)
PLATFORM = (
    "大会主席团常务主席、执行主席周明、李华、陈新在主席台前排就座 县长林远代表县人民政府向大会作工作报告\n"
    "1月18日上午，青禾县第十届人民代表大会第三次会议在县会议中心开幕。\n"
    "县长林远代表县人民政府向大会作工作报告，报告回顾了2024年工作，部署了2025年重点任务。\n"
)


NOT_NEWS = [
    (
        "a story's chapter named 开幕",
        "第0312章 开幕\n"
        "议程的第五项是听取和审议县人民政府工作报告，代县长林远要代表县政府作报告。\n"
        "林远走上发言席，念起了稿子，会场里一片安静。\n",
    ),
    (
        "the speech that opens a session",
        "在青禾县第十届人民代表大会第三次会议开幕式上的讲话\n"
        "各位代表、同志们：\n青禾县第十届人民代表大会第三次会议今天开幕了。\n"
        "这次会议的主要任务是，听取和审议县人民政府工作报告和其他报告，审查和批准国民经济和社会发展计划。\n",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_NEWS], ids=[n for n, _ in NOT_NEWS])
def test_an_opening_that_is_no_news_of_a_session(text: str) -> None:
    assert document(text).doc_type != DocType.news


# a disclosure report that lost its title and starts at the part ① the regulation's template gives it
DISCLOSURE = (
    "一、总体情况\n"
    "2023年，青禾省水利厅坚持以习近平新时代中国特色社会主义思想为指导，深入落实省委省政府关于全面推进政务公开的"
    "部署，扎实推进政府信息公开工作，不断完善公开机制，保障公众知情权和监督权。\n"
    "（一）突出重点，丰富公开渠道\n"
    "一是结合年度重点工作，在门户网站和微信公众号开设水资源保护专栏，发布稿件416篇。二是围绕河湖长制，"
    "开设专题栏目，宣传各地典型经验。\n"
)
DISCLOSURE_TRADITIONAL = (
    "一、總體情況\n"
    "2023年，青禾省水利廳堅持以習近平新時代中國特色社會主義思想為指導，紮實推進政府信息公開工作，不斷完善公開機制。\n"
    "（一）突出重點，豐富公開渠道\n一是在門戶網站開設水資源保護專欄，發布稿件416篇。\n"
)


@pytest.mark.parametrize(
    "text,genre",
    [
        (SESSION, DocType.news),
        (PLATFORM, DocType.news),
        (DISCLOSURE, DocType.information_disclosure_report),
        (DISCLOSURE_TRADITIONAL, DocType.information_disclosure_report),
    ],
    ids=["session opens", "platform sub-headline", "disclosure part one", "disclosure part one, traditional"],
)
def test_the_shape_tells_the_genre(text: str, genre: DocType) -> None:
    assert document(text).doc_type == genre


# …but a report on the year's rule-of-law work may open its part one the same way: its work is not disclosure
RULE_OF_LAW_PART_ONE = (
    "一、总体情况\n"
    "2023年，青禾县司法局在县委、县政府的坚强领导下，深入推进法治政府建设，全年审查规范性文件21件，"
    "办理行政复议案件46件，依法行政水平持续提升。\n"
    "（一）政务公开。全年主动公开政府信息132条。\n"
)
TITLED = "青禾县司法局2023年法治政府建设情况报告\n" + DISCLOSURE.replace("青禾省水利厅", "县司法局")


@pytest.mark.parametrize("text", [RULE_OF_LAW_PART_ONE, TITLED], ids=["rule-of-law work", "a report's title"])
def test_part_one_named_overall_is_no_disclosure_report_by_itself(text: str) -> None:
    assert document(text).doc_type != DocType.information_disclosure_report


def test_a_hearing_told_from_its_hour_with_a_head_count_of_its_audience_is_news() -> None:
    # 10月22日上午9时，随着法槌声响起… / 60余人旁听庭审: the day and hour of an event, and those who came to watch it
    text = (
        "10月22日上午9时，随着法槌声响起，一起行政复议案件在青禾县人民法院公开开庭审理。"
        "青禾县人民政府县长出庭应诉，县直机关、乡镇政府负责人60余人旁听庭审。\n"
        "庭审中，双方围绕争议焦点充分发表意见。\n"
    )
    assert document(text).doc_type == "news"


PUFA = (
    "强化普法宣传教育 提升依法治理水平\n"
    "2024年是全面落实“八五”普法规划承上启下之年。一年来，全市普法依法治理工作坚持以习近平法治思想为指引，"
    "加快推进“八五”普法规划落实，公民法治素养不断提升。\n"
    "一、普法品牌有了新内涵\n"
    "制作普法节目64期，开设普法品牌专栏，市县两级普法同频同声。\n"
    "二、基层依法治理有了新突破\n"
    "举办“法律明白人”示范培训班32期，共培训3760人。\n"
)


def test_a_year_of_pufa_told_is_not_a_rule_of_law_governments_report() -> None:
    assert document(PUFA).doc_type != DocType.annual_report


def test_a_report_with_a_part_on_pufa_stays_a_report() -> None:
    text = (
        "青禾市2024年法治政府建设情况报告\n"
        "2024年，我市深入推进法治政府建设，全面落实“八五”普法规划。现将有关情况报告如下。\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "（一）深化依法行政。审查规范性文件42件。\n"
        "（二）深化普法。制作普法节目64期。\n"
        "二、存在的不足和原因\n"
        "法治政府建设还有短板。\n"
    )
    assert document(text).doc_type == DocType.annual_report
