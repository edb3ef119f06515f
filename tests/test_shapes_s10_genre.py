"""Genres, session 10 (issue 10): shapes from the blind sets CA–CL.

- A copy that keeps the headline only as ``(原标题:…)`` on its first line leads news, as ``原标题:…`` does.
- A site's dateline with the day and 讯 (某某网12月6日讯:) leads news, as 某地12月6日电 does.
- A rule's articles one per line (第一条 为…，制定本办法。第二条 …), alone or carried in full by a news lead (…实施办法全文如下:),
  are no report on a year, however much of the duty they name; an assessment form numbers its items as articles too.
- A day's event told after a sentence of a report's first paragraph (…。6月18日，成功举办…) is the report's story when its title
  names an annual report.
- A title on a school's rule-of-law work (依法治校工作总结) or on one campaign (…开展法治政府示范创建工作情况汇报) is a report,
  but no annual report on a government's rule-of-law work.
- A feature story may open since a period's start (“七五”普法以来，某旗认真贯彻…) or on a body taking its occasion
  (为…，今年以来，某县司法局以推动…为契机，采取…): news, as 为…，某局积极… is.
- A cover letter sending the report up (关于报送《X》的报告, 现将《X》随文呈报) is the report X; a repost from a paper
  (转自:某某报) is news.
- A feature story may open on its occasion (4月26日是第22个世界知识产权日，…，某局积极部署…; 在“3·15”…来临之际，某局联合…
  开展…): news.
- An untitled report over its formula whose opening names the rule-of-law thought it works by (…深入学习贯彻习近平
  法治思想…。现将有关情况报告如下) names its work as one naming 法治政府 does.
- An opinion on bringing in a system (关于推行…的指导意见) sets tasks, as one on 推进 or 建立 does: a plan.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

NEWS = [
    (
        "the original headline in brackets above a purpose-clause lead",
        "(原标题:青禾镇召开法治乡村建设工作推进会)\n"
        "为深入贯彻落实上级会议精神和全面依法治国基本方略,夯实基层法治根基,进一步推进我镇法治乡村建设,健全自治、法治、德治相结合的"
        "乡村治理体系,6月4日,青禾县青禾镇开展了法治乡村建设工作推进会。镇党委书记某某主持了会议,班子全体成员、包村干部参加了会议。\n"
        "会议传达了上级关于法治乡村建设的目标任务和创建标准,到2019年底,全镇12个村要建设完成。1、每村建设一个法治型"
        "村组织,落实重大决策“五议三公开”。2、每村搭建一个法律服务平台,建立一个村级调解室。3、每村创建一个普法宣教"
        "体系,建设法治宣传街。4、每村根据村内情况完善村规民约。\n",
    ),
    (
        "a site's dateline with the day and 讯 over a feature on a district's work",
        "法治青禾网12月6日讯:近年来，青禾市白石区坚持“四个聚焦”同步发力，努力营造公平公正的法治化营商环境。\n"
        "一是聚焦依法决策，夯实法治根基。严审涉企政策合法性，印发议题合法性审查程序规定。\n"
        "二是聚焦规范执法，优化执法方式。\n",
    ),
]


@pytest.mark.parametrize("name,text", NEWS, ids=[n for n, _ in NEWS])
def test_news_by_its_carriers_marks(name: str, text: str) -> None:
    assert document(text).doc_type == DocType.news, name


def test_a_report_that_cites_a_days_notice_stays_a_report() -> None:
    """讯 only in a dateline that opens the text: a report whose body cites news of a day is still the report."""
    text = (
        "青禾县司法局2023年法治政府建设情况报告\n"
        "2023年，县司法局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
        "一、主要举措和成效\n法治青禾网12月6日讯报道了我局开展“法律明白人”培训的做法。全年培训“法律明白人”320人。\n"
        "二、存在的不足和原因\n三、2024年工作安排\n"
    )
    assert document(text).doc_type == DocType.annual_report


# a rule's articles, one per line: the rule (a notice forwarding it, a news lead carrying it in full), never a report
RULE_ARTICLES = (
    "第一章 总则\n"
    "第一条 为推动党政主要负责人切实履行推进法治建设第一责任人职责，根据有关规定，结合本省实际，制定本实施办法。\n"
    "第二条 本实施办法适用于全省县级以上地方党委和政府主要负责人。\n"
    "第三条 党政主要负责人履行推进法治建设第一责任人职责，应当坚持党的领导、人民当家作主、依法治国有机统一。\n"
    "第四条 党政主要负责人作为推进法治建设第一责任人，应当切实履行依法治省重要组织者、推动者和实践者职责。\n"
)
CARRIED_RULE = (
    "本报讯 日前，省委办公厅、省政府办公厅印发《青禾省党政主要负责人履行推进法治建设第一责任人职责实施办法》，并发出"
    "通知，要求各地各部门结合实际认真贯彻落实。实施办法全文如下：\n" + RULE_ARTICLES.split("\n", 1)[1]
)
SCORED_ARTICLES = (
    "第七条 行政执法责任制落实情况（10分）。\n"
    "（一）明确各执法单位及执法人员的执法权限、执法责任（4分）。\n"
    "第八条 法律知识培训和执法人员执法证件管理情况（12分）。\n"
    "（一）按要求及时报送年度培训计划（3分）。\n"
    "第九条 行政执法案卷评查情况（8分）。\n"
    "（一）每年组织开展案卷评查（4分）。\n"
)


@pytest.mark.parametrize("text", [RULE_ARTICLES, CARRIED_RULE], ids=["alone", "carried by a news lead"])
def test_a_rules_articles_are_no_report(text: str) -> None:
    assert document(text).doc_type == DocType.other


def test_an_assessment_forms_articles_keep_its_genre() -> None:
    assert document(SCORED_ARTICLES).doc_type == DocType.assessment_form


def test_a_days_event_inside_a_reports_first_paragraph_is_its_story() -> None:
    """A report titled as one (关于2021年度法治政府建设工作情况的报告) whose first paragraph tells the year's days
    (…。6月18日，成功举办…座谈会): the report, not news (CL-020 was read as news)."""
    text = (
        "青禾县人民政府关于青禾县2021年度法治政府建设工作情况的报告\n"
        "2021年,青禾县以习近平法治思想为指导,统筹开展法治政府建设。4月25日,青禾县成功创建全省首批法治政府建设示范县。"
        "6月18日,成功举办首届法治论坛,20多位知名专家参会。12月28日,县普法办被评为全国普法工作先进单位。\n"
        "一、2021年青禾县法治政府建设工作推进情况\n"
        "一是加快打造法治化营商环境。全年清理规范性文件26件。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_days_event_opening_a_news_item_under_a_reports_name_stays_news() -> None:
    """The guard is the 。 before the day: a news item whose first sentence is the day's event stays news."""
    text = (
        "青禾县发布2021年度法治政府建设情况报告\n"
        "6月18日,青禾县举办法治政府建设新闻发布会,发布2021年度法治政府建设情况报告。\n"
        "发布会上,县司法局负责人介绍了有关情况。\n"
    )
    assert document(text).doc_type == DocType.news


@pytest.mark.parametrize(
    "title",
    ["学校依法治校工作总结", "县交通运输局开展法治政府示范创建工作情况汇报"],
    ids=["a school's rule-of-law work", "one campaign's work"],
)
def test_a_report_on_a_schools_work_or_one_campaign_is_no_annual_report(title: str) -> None:
    text = (
        f"{title}\n"
        "按照县委依法治县办印发的任务清单要求，结合我单位实际，现将有关工作情况汇报如下：\n"
        "一、主要做法和成效\n我单位高度重视，成立工作专班，全年开展法治宣传12次。\n"
        "二、存在的问题\n三、下一步工作打算\n"
    )
    assert document(text).doc_type == DocType.other


STORIES = [
    (
        "since a period's start, a named body at work",
        "青禾旗践行志远 着力打造法治文化品牌\n"
        "发表时间:2018-05-06 15:52:59 来源:青禾旗\n"
        "“七五”普法以来,青禾旗认真贯彻依法治国总体要求,整合各种社会资源,充分发挥法治文化的引领功能。\n"
        "一是建设法治文化阵地。全旗建成法治文化广场12个。\n",
    ),
    (
        "a purpose, this year, and a body taking its occasion",
        "为提升基层矛盾纠纷预防化解法治化水平,今年以来,青禾县司法局以推动“1名村(居)法律顾问+N名法律明白人”行动为"
        "契机,采取多项举措,着力培树一支群众满意的法律服务队伍。\n"
        "一是强化培训。全年培训法律明白人600余人次。\n",
    ),
]


@pytest.mark.parametrize("name,text", STORIES, ids=[n for n, _ in STORIES])
def test_a_feature_story_on_a_named_bodys_work_is_news(name: str, text: str) -> None:
    assert document(text).doc_type == DocType.news, name


def test_a_reports_opening_on_its_year_and_guiding_thought_stays_a_report() -> None:
    text = (
        "2023年,青禾县司法局认真贯彻落实上级决策部署,以习近平法治思想为指导,深入推进法治政府建设,现将有关情况报告如下:\n"
        "一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足和原因\n三、2024年工作安排\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_cover_letter_sending_up_the_report_is_the_report() -> None:
    """关于报送《某区2022年度法治政府建设情况》的报告 / 省政府： / 现将《…》随文呈报 over the report itself: the report it
    carries (CM-019 was read as other)."""
    text = (
        "青禾新区管理委员会关于报送\n"
        "《青禾新区2022年度法治政府建设情况》的报告\n"
        "省政府:\n"
        "现将《青禾新区2022年度法治政府建设情况》随文呈报,请审阅。\n"
        "青禾新区管理委员会\n2023年1月12日\n"
        "青禾新区2022年度法治政府建设情况\n"
        "2022年,青禾新区坚持以习近平法治思想为引领,统筹推进法治政府建设。\n"
        "一、坚持党的领导,法治建设制度体系不断完善\n全年审查规范性文件18件。\n"
    )
    doc = document(text)
    assert (doc.doc_type, doc.report_year) == (DocType.annual_report, 2022)


def test_a_repost_from_a_paper_is_news() -> None:
    """转自:某某报 on the first line: the item is the paper's (CM-024)."""
    text = (
        "转自:青禾市场监管报\n"
        "法治是国家治理体系的重要依托。近年来,青禾市市场监管局将公职律师纳入执法全过程,全年参与审核执法案件120件。\n"
    )
    assert document(text).doc_type == DocType.news


def test_an_opinion_on_bringing_in_a_system_is_a_plan() -> None:
    """…转发关于推行行政执法责任制…的指导意见的通知: an opinion that sets tasks (推行, 实行 as 推进, 建立 do), CN-009."""
    text = (
        "青禾市人民政府办公室转发关于推行行政执法责任制工作配套制度建设的指导意见的通知\n"
        "各县（市）、区人民政府，市各委办局：\n"
        "为加快推行行政执法责任制，市法制办制定了配套制度建设的指导意见，现转发给你们，请认真贯彻执行。\n"
    )
    assert document(text).doc_type == DocType.implementation_plan


OCCASION_STORIES = [
    (
        "on its occasion's coming",
        "在“3·15”国际消费者权益日来临之际,青禾区市场监督管理局联合高岳街道办事处,于3月13日在和谐广场开展主题宣传活动,"
        "把消费维权知识送到群众身边。\n",
    ),
    (
        "after the occasion's day is told",
        "今年4月26日是第22个世界知识产权日,20日至26日为知识产权宣传周,青禾县市场监督管理局积极部署,制定了宣传周活动方案,"
        "加强社会公众的知识产权保护意识。\n",
    ),
]


@pytest.mark.parametrize("name,text", OCCASION_STORIES, ids=[n for n, _ in OCCASION_STORIES])
def test_a_story_on_an_occasion_is_news(name: str, text: str) -> None:
    assert document(text).doc_type == DocType.news, name


def test_an_untitled_report_whose_opening_names_the_rule_of_law_thought_is_a_report() -> None:
    """No title; 2023年，某局…深入学习贯彻习近平法治思想…。现将有关情况报告如下。 over 一、2023年度主要工作成效: the
    body's year of rule-of-law work (CN-016 was read as other: its opening named no 法治政府 in those words)."""
    text = (
        "2023年,青禾管理局始终坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,充分发挥法治"
        "在改革开放中的保障作用。现将有关情况报告如下。\n"
        "一、2023年度主要工作成效\n(一)加快打造涉外法律服务高地。全年新设律师事务所4家。\n"
        "二、存在的不足\n三、2024年工作打算\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_an_untitled_general_summary_without_the_rule_of_law_stays_other() -> None:
    text = (
        "2023年,青禾管理局始终坚持以习近平新时代中国特色社会主义思想为指导,全面完成年度目标任务。现将有关情况报告如下。\n"
        "一、2023年度主要工作成效\n(一)招商引资成效明显。全年引进项目40个。\n"
        "二、存在的不足\n三、2024年工作打算\n"
    )
    assert document(text).doc_type != DocType.annual_report
