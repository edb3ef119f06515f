"""Shapes of session 33 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a content farm's copy: its title two other headlines put together (one place, then another in brackets), the
# story under them about a third place whose district held the meeting
_MASHED = (
    "青禾区法治政府建设 (白沙区召开法治政府建设推进会)\n"
    "云州融媒讯5月12日，云州市东岭区召开2022年法治政府建设工作会议暨示范创建动员会。\n"
    "会上，副区长王明总结了2021年全区法治政府建设工作，安排部署2022年重点任务。\n"
    "云州市2022年法治政府建设，白沙区法治政府建设推进会议召开\n"
    "区长李华强调，要压实责任，把示范创建工作落到实处。\n"
)


def test_a_mashed_title_does_not_name_the_story() -> None:
    d = summarize(text=_MASHED).document
    assert d.doc_type == "news"
    assert d.agency == "云州市东岭区"


def test_a_title_with_its_own_place_in_brackets_keeps_it() -> None:
    # a bracketed part about the same place is the headline's own subtitle, not a second story
    text = _MASHED.replace("青禾区法治政府建设 (白沙区召开", "东岭区法治政府建设 (东岭区召开")
    assert summarize(text=text).document.agency in ("东岭区", "云州市东岭区")


# exam material retelling a province's white paper: the press conference of its government published it
_WHITE_PAPER = (
    "2023年5月，云岭省政府新闻发布会发布2022年度法治政府建设白皮书。2022年，云岭法治政府建设工作取得明显成效，"
    "群众综合满意率达96.5%。\n"
    "全省提请省人大常委会审议地方性法规9件，持续深化综合行政执法改革。\n"
    "结合材料，谈谈推进法治政府建设给我们的启示。\n"
)


def test_a_white_paper_published_at_a_press_conference_is_the_governments() -> None:
    d = summarize(text=_WHITE_PAPER).document
    assert d.agency == "云岭省政府"
    assert d.report_year == 2022


# a legislature's committee visits a county, on its own site: no voice of the county (我县), the visit is its news
_COMMITTEE_VISIT = (
    "您当前的位置:首页 > 新闻中心 > 委办动态\n"
    "市人大社会建设委到青禾县调研养老服务工作\n"
    "发布时间:2025-10-20\n"
    "10月16日,市人大社会建设委到青禾县调研养老服务工作。\n"
    "调研组先后察看了两家养老机构,详细了解服务开展情况。(市人大社会建设委 王明)\n"
)


def test_a_committees_visit_to_a_county_is_the_committees_news() -> None:
    d = summarize(text=_COMMITTEE_VISIT).document
    assert d.doc_type == "news"
    assert d.agency == "市人大社会建设委"


def test_a_visit_told_by_the_county_is_the_countys() -> None:
    text = _COMMITTEE_VISIT.replace("详细了解服务开展情况", "详细了解我县服务开展情况")
    assert summarize(text=text).document.agency == "青禾县"


def test_a_place_opening_with_a_sentence_word_is_a_place() -> None:
    # 都 opens a sentence's adverb and real places' names alike (都昌县, 都匀市)
    text = "都昌县2024年法治政府建设情况报告\n2024年，我县坚持依法行政。现将有关情况报告如下。\n一、主要举措和成效\n"
    assert summarize(text=text).document.agency == "都昌县"


# a research institute's yearly report reposted on a news aggregator: it says whose it is in its first paragraph
_SELF_DESCRIBED = (
    "中国法治政府发展报告(2019) | 新阶段法治政府建设的任务\n"
    "05.04.2020  21:10\n"
    "  此报告是青禾大学法治政府研究院2019年中国法治政府发展报告的最终成果。报告聚焦年度热点问题、重要立法与典型案例。\n"
    "   总报告作者\n"
    "  王明,青禾大学教授\n"
)


def test_a_report_that_says_whose_it_is_names_its_maker() -> None:
    d = summarize(text=_SELF_DESCRIBED).document
    assert d.agency == "青禾大学法治政府研究院"
    assert d.report_year == 2019


def test_a_report_described_as_about_a_body_does_not_name_it() -> None:
    # (…是关于某局工作的: the body the report is about is no maker)
    text = _SELF_DESCRIBED.replace("此报告是青禾大学法治政府研究院2019年", "此报告是关于青禾市2019年")
    assert summarize(text=text).document.agency != "青禾大学法治政府研究院"


# a congress site's item: a bureau's headline opening on the manner of its deed (认真贯彻落实…), the page's date line,
# a lead with no date of its own
_MANNER_HEADLINE = (
    "县民政局认真贯彻落实县人大常委会决议\n"
    "时间:2013-06-20\n"
    "县人大常委会作出决议后,县民政局立足县情,采取五项措施抓好落实。\n"
    "一是调整了工作领导小组。二是出台了《青禾县社会救助工作规范》。\n"
)


def test_a_headline_opening_on_its_deeds_manner_is_news() -> None:
    d = summarize(text=_MANNER_HEADLINE).document
    assert d.doc_type == "news"
    assert d.agency == "县民政局"
    assert d.report_year == 2013


# a law site's feature with no headline: it opens on a body honoured (近日，某办被…评为…), then reviews the year's work
_HONOURED = (
    "近日,青禾县委依法治县办被省委依法治省办评为全省普法工作先进集体,县司法局一支部被评为先进党支部。\n"
    "2019年,全县司法行政工作以服务高质量发展为主线,积极提供法律服务。\n"
    "坚持党建引领。一是从严管理。二是素质培养,开展专题党课30次。\n"
)


def test_a_lead_on_a_body_honoured_is_that_bodys_news() -> None:
    d = summarize(text=_HONOURED).document
    assert d.doc_type == "news"
    assert d.agency == "青禾县委依法治县办"


# a law site's item with no headline: its second sentence is the headline's (某局多举措做好…)
_SECOND_SENTENCE = (
    "近日,2019年度法治政府建设年度报告报备工作正式启动。青禾县司法局多举措做好报告的审查备案工作。\n"
    "强化报备责任。明确县委依法治县办的督促职责,对未按要求报送的单位予以通报。\n"
)


def test_an_untitled_leads_headline_sentence_names_its_body() -> None:
    d = summarize(text=_SECOND_SENTENCE).document
    assert d.agency == "青禾县司法局"


def test_an_untitled_leads_place_sentence_is_left_to_other_finders() -> None:
    # (a place's name there is a story's setting as often as its subject: this finder takes organs only)
    text = _SECOND_SENTENCE.replace("青禾县司法局多举措", "青禾县多举措")
    assert summarize(text=text).document.agency in (None, "青禾县")
