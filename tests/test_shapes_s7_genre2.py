"""Genre, round 2 of session 7 (issue 10): kinds of text a careful reader tells apart when the copy lost its title,
collected blind as sets AN–AS.

News whose headline and lead are lost, by a journalist's traces that no official text leaves:
- a press conference transcribed (新闻界的朋友们： / 欢迎参加…新闻发布会 / 回答记者提问);
- a lead whose time follows a basis clause (根据《…办法》，日前，…), as it follows a purpose clause (为…，);
- a visiting group's words told from outside (督察组指出，) besides its visit (陪同), and a credit after a bar
  (通讯员|某某);
- a photograph's credit in brackets ((某某图片|供图)) in a copy pasted as one line;
- a scene or a list of feats that trails off (……) before the story goes on.

Documents that carry or announce another: a transmittal whose notice says 已经市政府同意。现印发你们 carries the plan; a
notice that puts 《X(征求意见稿)》 up for comment carries X; a circular (关于…的通报, 现将考评结果通报如下) reports no
year of its own; a text that states 今年政府工作的总体要求 is a government work report; a formula that names another line
of work after its place and year (现将全市2022年行政执法工作情况报告如下) makes no rule-of-law report.

A bureau's summary of its whole year that lost its title (its opening full of 法治 words, as a 司法局's work is) gives
its first part to the party's leadership of its own line of work (一、2023年工作总结 (一)坚持党建引领，…党对司法行政
工作的全面领导): no report on rule-of-law government, which names that work in its opening or in its first part.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document, one_line

NEWS = [
    (
        "a press conference transcribed",
        "新闻界的各位朋友：\n大家上午好！欢迎参加市政府新闻办新闻发布会。\n"
        "今天，我们邀请市司法局有关负责同志，向大家介绍近年来我市法治建设工作有关情况，并回答记者提问。\n"
        "首先，请市司法局局长林远介绍有关情况。\n"
        "近年来，全市司法行政系统统筹推进依法行政、公共法律服务等各项工作，法治青禾建设迈出坚实步伐。\n",
    ),
    (
        "a lead whose time follows a basis clause",
        "根据《青禾县人大常委会关于开展政府部门工作评议的办法》，日前，青禾县人大常委会采取随机抽取的方式，"
        "确定县交通运输局、县水利局等4个部门为本年度接受评议的政府工作部门。评议内容为受评部门依法行政、"
        "履行职责和办理代表建议的情况。评议结果将作为年度考核的重要参考。\n",
    ),
    (
        "a visiting group's words and its visit",
        "117日，省督察组深入我县，就法治政府建设情况开展实地督察。县委常委、政法委书记周明陪同。\n"
        "在县司法局，督察组听取了我县推进依法治县工作情况的汇报，查阅了相关台账。\n"
        "督察组指出，青禾县法治政府建设工作扎实推进，亮点纷呈，希望进一步提高依法行政水平。\n"
        "通讯员|方远\n",
    ),
    (
        "a feature whose list of feats trails off",
        "五年，制定修改地方性法规9部，备案审查规范性文件300余件；\n"
        "五年，全市人民调解组织调处纠纷2万余件，调解成功率98%以上；\n"
        "……\n"
        "春风化雨处，皆是法治的印记。\n"
        "“十四五”以来，青禾坚持以法治护航发展，法治政府建设一体推进，一批标志性成果相继落地。\n",
    ),
]


@pytest.mark.parametrize("name,text", NEWS, ids=[n for n, _ in NEWS])
def test_news_without_its_headline_or_lead(name: str, text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.evidence.genre, "the genre carries the words it was read from"


def test_a_photographs_credit_in_a_copy_pasted_as_one_line() -> None:
    text = (
        "2024-12-02 14:00:00 2023年6月21日，青禾湿地公园，执法人员在进行无人机技能比赛。（青禾图片社|供图） "
        "胡明是青禾县司法局执法监督科的负责人。每天上班后，他要做的第一件事是登录执法监督平台。 "
        "平台由市里新近搭建，可以在线查看各单位的执法动态和处罚结果。 "
        "2024年11月11日，省司法厅发布了首批行政执法监督典型案例，5起不当执法行为被公开点名。\n"
    )
    assert document(one_line(text)).doc_type == DocType.news


NOT_NEWS = [
    (
        "a report that held press conferences",
        "2023年，青禾县人民政府深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、2023年推进法治政府建设的主要举措和成效\n"
        "（一）推进政务公开。全年召开新闻发布会6场，及时回应社会关切。督察组指出的问题已全部整改到位。\n"
        "二、存在的不足和原因\n部分部门依法行政意识有待提高。\n",
        DocType.annual_report,
    ),
    (
        "an excerpt cut with ……略……",
        "加强行政复议工作。……略……深化行政执法改革，规范执法程序，落实行政执法公示制度。\n"
        "全面推行执法全过程记录，确保执法行为有据可查。\n",
        DocType.other,
    ),
]


CARRIED = [
    (
        "a transmittal that approves, then issues",
        "各区县人民政府，市政府各部门：\n"
        "《青禾市全面推进依法行政五年规划(2024—2028年)》已经市政府同意。现印发你们，请认真贯彻执行。\n"
        "青禾市人民政府\n"
        "为深入推进依法行政，加快建设法治政府，结合本市实际，提出如下规划。\n"
        "一、充分认识全面推进依法行政的重大意义\n",
        DocType.implementation_plan,
    ),
    (
        "a notice that puts a draft plan up for comment",
        "关于《青禾市法治宣传教育第九个五年规划(2026-2030年)(征求意见稿)》的公示\n"
        "为广泛听取社会各界意见，现对规划征求意见稿进行公示。公示时间：6月1日至6月30日。\n"
        "如有意见，请在公示期间向青禾市普法办公室来信来电。\n",
        DocType.implementation_plan,
    ),
    (
        "a circular under its title",
        "中共青禾市司法局党组关于市委巡察反馈意见整改进展情况的通报\n"
        "根据市委统一部署，市委第二巡察组对市司法局党组开展了巡察。现将整改进展情况公布如下。\n"
        "一、组织领导和工作推进情况\n局党组制定整改措施40项，已完成整改32项，推动法治政府建设和依法行政工作。\n"
        "二、下一步工作打算\n持续抓好整改落实，统筹推进法治政府建设。\n",
        DocType.other,
    ),
    (
        "a circular that lost its title",
        "各市人民政府，省政府各部门：\n"
        "2024年，在省委、省政府的坚强领导下，全省各级各部门深入贯彻习近平法治思想，法治政府建设取得新成效。"
        "按照省依法行政考核办法，省依法行政工作领导小组办公室组织了年度考核。"
        "经省政府同意，现将考核优秀等次单位通报如下：\n"
        "一、市政府（4个）\n青禾市、白川市、临河市、北岭市。\n",
        DocType.other,
    ),
    (
        "a government work report's stated requirements",
        "今年政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，"
        "扎实推动高质量发展，保持社会和谐稳定。\n"
        "经济社会发展主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入分别增长6%和8%。\n",
        DocType.government_work_report,
    ),
    (
        "a formula naming another line of work after its place and year",
        "2022年，我市行政执法工作紧紧围绕深入贯彻落实习近平法治思想，严格落实行政执法责任，"
        "不断完善行政执法监督体制机制，法治青禾建设取得新进展。现将全市2022年行政执法工作情况报告如下：\n"
        "一、全市行政执法基本情况\n2022年，全市行政执法机关共办理各类行政执法案件12万宗。\n"
        "二、全市行政执法工作开展情况\n深化行政执法“三项制度”，推进法治政府建设。\n",
        DocType.other,
    ),
    (
        "a rule-of-law report whose formula names no topic",
        "2023年，青禾镇在县委、县政府的坚强领导下，深入推进依法行政，法治政府建设取得新成效。"
        "现将工作情况报告如下：\n"
        "一、工作开展情况\n（一）强化组织领导。镇党委、镇政府召开专题会议4次，研究法治政府建设工作。\n"
        "二、存在的不足\n法治宣传形式还不够丰富。\n",
        DocType.annual_report,
    ),
]


WHOLE_YEAR = [
    (
        "the party's leadership of the bureau's line, under a year's summary",
        "2023年，青禾区司法行政系统深入学习贯彻习近平法治思想，在区委区政府坚强领导下，"
        "奋力推进法治青禾建设和司法行政工作取得新成效。\n"
        "一、2023年工作总结\n"
        "（一）坚持党建引领，不断深化党对司法行政工作的全面领导\n"
        "1.加强政治建设。开展理论学习中心组学习12次，专题研讨4次。\n",
        DocType.other,
    ),
    (
        "the party's leadership of the bureau's line as its first part",
        "2024年，全市司法行政系统坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        "统筹推进依法治市、行政立法、依法行政、公共法律服务各项工作，推动法治建设和司法行政工作取得新成效。\n"
        "一、坚持政治引领，将党的绝对领导贯穿司法行政工作各方面全过程\n"
        "严格落实“第一议题”制度，举办专题轮训班3期。\n",
        DocType.other,
    ),
    (
        "a rule-of-law report whose first part names that work",
        "2022年，青禾市司法局坚持以习近平法治思想为引领，紧紧围绕市委市政府中心工作，全面丰富法治城市建设实践。\n"
        "一、2022年法治政府建设情况\n"
        "（一）党建引领，高效赋能司法行政工作新实践\n"
        "一是始终坚持把党的领导贯穿履职全过程，全年审查规范性文件36件。\n",
        DocType.annual_report,
    ),
    (
        "a rule-of-law report whose opening names that work",
        "2025年，青禾县司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        "围绕年度工作要点确定的目标任务，扎实推进法治政府建设向更高水平跃升。\n"
        "一、2025年的主要工作情况\n"
        "（一）强化党建引领，筑牢政治忠诚根基\n"
        "1.理论学习走深走实。组织党组理论学习中心组学习10次。\n",
        DocType.annual_report,
    ),
]

TYPED = NOT_NEWS + CARRIED + WHOLE_YEAR


@pytest.mark.parametrize("name,text,genre", TYPED, ids=[n for n, _, _ in TYPED])
def test_what_a_text_is(name: str, text: str, genre: DocType) -> None:
    """What stays what it is (a report that held press conferences, an excerpt cut with ……略……), what a text
    carries or announces, and a bureau's whole year against its rule-of-law report."""
    assert document(text).doc_type == genre


def test_for_someone_after_a_quoted_phrase_is_no_attributed_quote() -> None:
    text = (
        "五是完善领导干部学法档案制度。做到领导干部一人一档，由办公室根据学法情况记载档案内容。\n"
        "二、强化法制观念，整合资源，从成效上求得学法用法的不断深化。\n"
        "“法律进机关”对市委统战部来说，最终的工作目的是为了提高机关干部的法律意识。工作中，我们强化了法制观念。\n"
    )
    assert document(text).doc_type != "news"
