"""Genre of near misses, session 9 (issue 10): a feature story on a body's work is news, not "other".

Local news sites and the columns of justice bureaus run short stories on what a body did ("经验交流", "工作动态"):
a lead that names the body in full and tells its deeds in the story's words (为…，某县司法局积极… / 近年来，某市多措
并举… / 今年以来，某区率先…), then 一是…二是…. No dateline, no reporter, no meeting: none of a journalist's other
traces, so such stories read as "other" (the largest class of genre misses on documents nobody here had seen).
A body's own text differs: it speaks as 我局 / 我县, or opens on its year and its guiding thought (2023年，某局坚持以…
为指导), or in the 领导下 of the bodies above it, or carries a report's formula and parts. A story names its body by
its place's name first (某县司法局, 某市, 某镇); a bare 县司法局 or a ministry is left as it was.

A rule under its own title (…听取意见制度, …程序暂行规定) is the rule (other), not a headline about it, whatever
verb its title names or day its page gives.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document, one_line

# 为…，推动…，某区司法局积极…: the subject after the purpose's clauses
PURPOSE_STORY = (
    "为充分发挥法治宣传在基层治理中的作用，推动社区依法办事水平不断提升，青禾区司法局积极做好“法律明白人”培养工作。\n"
    "一是规范培养流程。区司法局制定培养方案，明确每个社区至少培养3名“法律明白人”。\n"
    "二是开展集中培训。全年共举办社区培训12场，参训人员460余人次。\n"
    "三是发挥示范作用。评选优秀“法律明白人”20名，带动居民学法用法。\n"
)
# 近年来，某市多措并举…
YEARS_STORY = (
    "近年来，石岭市多措并举推动行政机关负责人出庭应诉，出庭应诉率连续三年保持100%。\n"
    "强化制度约束。市政府出台出庭应诉工作办法，将出庭情况纳入法治建设考核。\n"
    "强化能力提升。组织旁听庭审活动6次，覆盖全市行政机关负责人80余名。\n"
)
# 某镇不断深化…: a town by its name
TOWN_STORY = (
    "为全面推进法治乡村建设，柳溪镇不断深化公共法律服务和人民调解工作，着力提升基层治理法治化水平。\n"
    "广泛开展普法活动。全年组织“法律进村”等活动25场次，发放宣传资料3000余份。\n"
    "健全调解网络。全镇12个村均设立调解室，调处矛盾纠纷96件。\n"
)


@pytest.mark.parametrize("text", [PURPOSE_STORY, YEARS_STORY, TOWN_STORY], ids=["purpose", "years", "town"])
@pytest.mark.parametrize("packaging", [lambda t: t, one_line], ids=["lines", "one line"])
def test_a_story_of_a_named_bodys_work_is_news(text: str, packaging) -> None:
    assert document(packaging(text)).doc_type == DocType.news


# the same deeds told by the body itself (我局), on its year under its guiding thought, or under the bodies above it
OWN_VOICE = PURPOSE_STORY.replace("一是规范培养流程。区司法局", "一是规范培养流程。我局")
OWN_YEAR = (
    "2024年，青禾区司法局坚持以习近平法治思想为指导，积极做好“法律明白人”培养工作。\n"
    "一是规范培养流程。制定培养方案，明确每个社区至少培养3名“法律明白人”。\n"
    "二是开展集中培训。全年共举办社区培训12场，参训人员460余人次。\n"
)
OWN_LEADERS = (
    "近年来，在区委、区政府的坚强领导下，青禾区司法局积极做好“法律明白人”培养工作。\n"
    "一是规范培养流程。制定培养方案，明确每个社区至少培养3名“法律明白人”。\n"
    "二是开展集中培训。全年共举办社区培训12场，参训人员460余人次。\n"
)
# a bare level word names no one's story; a plan's marks are a plan's
BARE_BODY = PURPOSE_STORY.replace("青禾区司法局积极", "区司法局积极")
PLAN = (
    "为全面推进法治乡村建设，柳溪镇积极开展民主法治示范村创建，特制定本方案。\n"
    "一、工作目标\n到年底，全镇半数以上村达到示范村标准。\n"
    "二、主要任务\n（一）健全村规民约。责任单位：镇司法所。\n"
    "三、保障措施\n加强组织领导，落实工作经费。\n"
)


@pytest.mark.parametrize(
    "text", [OWN_VOICE, OWN_YEAR, OWN_LEADERS, BARE_BODY], ids=["我局", "year and thought", "领导下", "bare 区司法局"]
)
def test_a_bodys_own_account_is_no_story(text: str) -> None:
    assert document(text).doc_type != DocType.news


def test_a_plan_opening_on_a_named_body_stays_a_plan() -> None:
    assert document(PLAN).doc_type == DocType.implementation_plan


# a report on a government's whole term, or on how a plan of several years was carried out, is no annual report
TERM_REPORT = (
    "青禾市水务局本届政府以来推进依法行政工作情况报告\n"
    "本届政府以来，我局在市委、市政府领导下，全面推进依法行政，坚持依法履行职责，规范行政执法行为。\n"
    "一、主要工作\n（一）完善制度建设。制定规范性文件12件，清理文件86件。\n"
    "二、存在问题\n执法力量不足。\n"
)
PLAN_DONE = (
    "青禾市石岭区人民政府\n"
    "关于法治政府建设实施纲要(2015-2020)落实完成情况的报告\n"
    "一、法治政府建设的总体完成情况\n"
    "石岭区对标对表纲要要求，制定区法治政府建设实施方案，明确主要任务46项，目前已全部完成。\n"
    "二、主要任务完成情况\n（一）依法全面履行政府职能。责任单位：区发展改革委。\n"
)


@pytest.mark.parametrize("text", [TERM_REPORT, PLAN_DONE], ids=["term", "plan carried out"])
def test_a_report_on_several_years_is_no_annual_report(text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.other
    assert doc.report_year is None


# the story's lead may open on its day or on 近日, and its deed may be 组织 or 开展 (近日，某县妇联组织… / 某区委统战部开展…)
DAY_STORY = (
    "10月26日上午，石岭区侨联深入柳溪镇开展归侨侨眷权益保护法宣传活动。\n"
    "活动通过座谈交流、发放资料等形式，讲解涉侨法律法规，现场发放资料300余份。\n"
)
PLAIN_STORY = (
    "石岭区委统战部开展侨法宣传“四进”活动，进一步营造知侨法、懂侨法的良好氛围。\n"
    "他们结合节日慰问，宣传解读涉侨政策法规，在11个社区设置宣传专栏。\n"
)
# a magazine's lead in brackets: (本刊讯 记者 某某)
MAGAZINE = (
    "（本刊讯 记者王明）4月14日上午，青禾县城关镇人民政府在大同街开展民族宗教政策法规宣传活动。\n"
    "活动共悬挂横幅30余幅，发放宣传资料9000余份。\n"
)


@pytest.mark.parametrize("text", [DAY_STORY, PLAIN_STORY, MAGAZINE], ids=["day", "plain", "本刊讯"])
def test_a_story_on_its_day_or_a_magazines_lead_is_news(text: str) -> None:
    assert document(text).doc_type == DocType.news


# a rule under its own title (…听取意见制度, …程序暂行规定) is the rule, not a headline about it, whatever verb its
# title names or whatever day its page says it was issued; a site's menu label 政府信息 / 公开制度 titles nothing
RULE = (
    "石岭区人民政府重大行政决策听取意见制度\n"
    "第一条 为建立健全公众参与重大行政决策的规则和程序，增强行政决策的透明度，制定本制度。\n"
    "第二条 区政府作出重大行政决策，应当听取公众意见。\n"
)
RULE_PAGE = (
    "青禾省重大行政决策程序暂行规定\n"
    "《青禾省重大行政决策程序暂行规定》旨在健全科学、民主、依法决策机制。\n"
    "2021年6月21日，青禾省人民政府令第4号公布《青禾省重大行政决策程序暂行规定》，自2021年8月1日起施行。\n"
)
MENU_OVER_DISCLOSURE = (
    "政府信息\n公开指南\n\n政府信息\n公开制度\n\n"
    "青禾县自然资源局2023年政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》规定，编制本报告。\n"
    "一、总体情况\n2023年，我局主动公开政府信息126条。\n"
)


@pytest.mark.parametrize("text", [RULE, RULE_PAGE], ids=["rule", "rule's page"])
def test_a_rule_under_its_own_title_is_no_news(text: str) -> None:
    assert document(text).doc_type == DocType.other


def test_a_menus_rule_word_titles_nothing() -> None:
    assert document(MENU_OVER_DISCLOSURE).doc_type == DocType.information_disclosure_report
