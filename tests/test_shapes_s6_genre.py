"""Genre on the shapes of the six sets collected blind in session 6 (issue 10, round 2).

- A site's tag in brackets before a headline ((两会受权发布)某院工作报告) is the site's: the headline is the rest.
- A news lead that hands over to what it carries (摘要如下：, 以下为文字实录：) wraps that document, like 全文如下.
- A report on a year bundled with the next year's plan (…建设报告暨2025年工作计划) is the report on its year.
- Assessment standards and scoring rules (考核标准, 考评细则) are assessment forms, issued or not.
- A formula that makes the report public (现将有关情况公布如下) is a report's formula.
- A summary of part of a year (上半年, 第三季度) is no annual report, by its title or its formula.
- A school's year of 法治工作 (某职业技术学校…自评报告) is no government's report; nor a third party's evaluation
  of governments (某法治政府评估报告).
- A dateline closed by 消息 (某新闻网10月30日消息) or a carrier with its writer's name in brackets (某传媒网:(某某))
  leads a news item.
- A formula in a paragraph told by a person (本人主动接受监督…将履职情况报告如下) opens a leader's own account.
- A clause of a sentence (…召开会议，听取某局上半年工作情况汇报) is never a title run into the text.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

_BODY = (
    "2023年，县司法局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
    "全年审查规范性文件21件，办结行政复议案件34件。\n"
    "一、推进法治政府建设的主要举措和成效\n"
    "（一）健全依法决策机制。印发重大行政决策事项目录，召开专题会议2次。\n"
    "二、存在的不足和原因\n"
    "执法队伍专业化水平仍需提高。\n"
    "三、下一年度推进法治政府建设的主要安排\n"
    "持续深化行政执法规范化建设。\n"
)

SHAPES = [
    # (id, text, genre)
    (
        "a site's tag before a court's work report",
        "（两会受权发布）青禾省高级人民法院工作报告\n"
        "——2024年1月20日在青禾省第十四届人民代表大会第二次会议上\n"
        "青禾省高级人民法院院长 林山\n"
        "各位代表：\n"
        "现在，我代表青禾省高级人民法院，向大会报告工作，请予审议。\n"
        "一、2023年主要工作\n"
        "全年受理各类案件31万件，审结29万件。\n",
        DocType.other,
    ),
    (
        "a news lead handing over to a summary",
        "新华社青禾1月20日电 青禾省高级人民法院院长林山20日向省人大会议作省高级人民法院工作报告。摘要如下：\n"
        "过去一年的主要工作\n"
        "全年受理各类案件31万件，审结29万件，坚持以习近平法治思想为指导，服务法治青禾建设。\n",
        DocType.other,
    ),
    (
        "a report on a year bundled with the next year's plan",
        "青禾镇2024年法治政府建设报告暨2025年工作计划\n" + _BODY,
        DocType.annual_report,
    ),
    (
        "assessment standards",
        "青禾区依法行政工作考核标准\n一、依法决策（20分）\n未按规定听证的，扣2分。\n",
        DocType.assessment_form,
    ),
    (
        "scoring rules issued by a notice",
        "关于印发《青禾州2023年度“法治建设成效考核”指标考评细则》的通知\n各县市人民政府，州直各部门：\n"
        "现将《青禾州2023年度“法治建设成效考核”指标考评细则》印发给你们，请认真遵照执行。\n",
        DocType.assessment_form,
    ),
    (
        "a formula that makes the report public under a headline",
        "青禾省人民政府公布2017年度法治政府建设情况\n"
        "2017年，在党中央、国务院的正确领导下，我省各级各部门坚持以习近平新时代中国特色社会主义思想为指导，"
        "法治政府建设取得明显成效。现将有关情况公布如下：\n"
        "一、依法全面履行政府职能\n深化行政审批制度改革，取消调整行政权力事项43项。\n",
        DocType.annual_report,
    ),
    ("a half-year summary by its title", "青禾县司法局2021年上半年法治建设工作总结\n" + _BODY, DocType.other),
    (
        "a half-year summary by its formula",
        "今年以来，县司法局坚持以习近平法治思想为指导，统筹推进依法治县和司法行政各项工作。"
        "现将2025年上半年工作开展情况和下半年重点工作谋划汇报如下：\n"
        "一、上半年工作开展情况\n（一）全面依法治县统筹推进。召开县委全面依法治县委员会会议1次，审查规范性文件8件。\n"
        "二、下半年重点工作\n持续推进法治政府建设示范创建。\n",
        DocType.other,
    ),
    (
        "a school's self-assessment",
        "青禾职业技术学校2023-2024学年度法治工作自评报告\n"
        "2024年，青禾职业技术学校根据《高等学校法治工作测评指标》，对学校法治建设工作进行自查自评，现将情况汇报如下：\n"
        "一、学校本年度法治工作的基本情况\n修订学校章程，完善内部治理结构。\n",
        DocType.other,
    ),
    (
        "a third party's evaluation of governments",
        "中国法治政府评估报告（2023）\n本报告对全国100个城市的法治政府建设情况进行评估，评估指标涵盖依法行政的各个方面。\n"
        "一、评估概况\n本次评估共设置一级指标9项。\n",
        DocType.other,
    ),
    (
        "a dateline closed by 消息",
        "\n青禾新闻网10月30日消息（青禾传媒融媒体记者 王青 通讯员 李禾）法治是治国理政的基本方式。近年来，青禾市深入学习"
        "贯彻习近平法治思想，将法治政府建设摆在全局工作的突出位置。\n"
        "强化党的领导，筑牢法治政府建设根基\n"
        "青禾市坚持党对法治政府建设的全面领导，把法治政府建设纳入发展总体规划。\n"
        "提升执法效能，护航营商环境\n"
        "全市推行包容审慎监管，办理涉企行政执法案件1200件。\n",
        DocType.news,
    ),
    (
        "a carrier with its writer's name in brackets",
        "青禾法制传媒网：（王青）为更好贯彻落实《法治政府建设实施纲要（2021—2025年）》，全面推进青禾县法治政府建设，"
        "3月3日上午，青禾县人大常委会副主任李禾带队对我县2022年度法治政府建设情况开展调研。\n"
        "调研组一行实地查看了城关街道矛盾调解工作室，详细了解调解室的运行机制。\n",
        DocType.news,
    ),
    (
        "a leader's report on the duty a congress appointed them to",
        "主任、各位副主任、各位委员：\n"
        "2019年，区人大常委会任命我为区市场监督管理局局长。面对多重压力，本人主动接受人大及社会各界监督，"
        "带头学习宪法，坚持依法决策、依法行政。现按照区人大常委会任后监督工作要求，将2022年以来履职情况报告如下。\n"
        "一、带头学法，当好法治建设领头人\n把学习贯彻习近平法治思想作为重要政治任务。\n"
        "二、依法履职，推进市场监管法治化\n全年查办案件320件。\n",
        DocType.accountability_report,
    ),
    (
        "the title repeated under the page's furniture",
        "青禾省自然资源厅2018年贯彻落实《法治政府建设实施纲要（2015-2020年）》的情况（2019年5月21日）\n"
        "2019-05-22 1325\n发文时间：\n"
        "青禾省自然资源厅 2018 年贯彻落实《法治政府建设实施纲要（2015-2020 年）》的情况\n"
        "2019 年 05 月 21 日\n"
        "2018 年，新组建的省自然资源厅坚持以习近平新时代中国特色社会主义思想为指导，坚持把法治建设作为固根本、"
        "利长远的保障措施。\n"
        "一、坚持政治统领，系统谋划自然资源法治建设工作\n我厅组建后第一次党组会议即组织学习宪法。\n"
        "二、全力推进自然资源立法工作\n（一）做好立法规划的落实。\n",
        DocType.annual_report,
    ),
    (
        "a copy that starts at the mandated part one after browser notices",
        "更换或升级浏览器以获得最佳体验。\n"
        "当前浏览器版本过低，可能会有安全风险且无法正常显示。建议您升级或使用其他浏览器。\n"
        "一、推进法治政府建设主要举措和成效\n"
        "（一）聚焦重点任务，持续高位推进法治新区建设\n"
        "组织召开新区全面依法治区委员会会议2次，完成法治政府建设督察反馈整改事项29项，"
        "明确整改牵头单位、责任单位和完成时限，审查规范性文件18件，办结行政复议案件40件。\n"
        "（二）深化放管服改革\n全年取消行政许可事项12项，累计办理政务服务事项30万件。\n",
        DocType.annual_report,
    ),
    (
        "an encyclopedia's entry on a report",
        "《青禾市人民政府2018年度法治政府建设工作报告》是2019年青禾市人民政府发布的通知。\n"
        "2018年，在省委、省政府的坚强领导下，我市政府以习近平新时代中国特色社会主义思想为指导，"
        "认真贯彻落实《法治政府建设实施纲要（2015—2020年）》，全年审查规范性文件30件。\n",
        DocType.annual_report,
    ),
    (
        "a lead dated by its day whatever its verb",
        "12月11日，县长李青就《政府工作报告》（征求意见稿）在县人大常委会征求意见。县人大常委会主任王禾参加。\n"
        "与会人员围绕《报告》踊跃发言，认为报告结构清晰、内容实在。\n",
        DocType.news,
    ),
]

# the same shapes where the change must not fire
NOT = [
    (
        "a site's tag before a news headline",
        "（图文）青禾县召开法治政府建设推进会\n5月8日，青禾县召开法治政府建设推进会，各乡镇主要负责人参加会议。\n"
        "会议通报了上半年法治政府建设工作情况。\n",
        DocType.news,
    ),
    (
        "a bureau's report on a whole year",
        "青禾县司法局2021年法治建设工作总结\n" + _BODY,
        DocType.annual_report,
    ),
    (
        "a government's own report, not a school's",
        "青禾县教育局2023年法治政府建设工作报告\n" + _BODY,
        DocType.annual_report,
    ),
    (
        "news of standards issued",
        "青禾区出台依法行政工作考核标准\n近日，青禾区出台依法行政工作考核标准，对各部门依法决策等工作进行量化考核。\n",
        DocType.news,
    ),
    (
        "the same headline over news, not over the report",
        "青禾省人民政府公布2017年度法治政府建设情况\n"
        "近日，青禾省人民政府公布了2017年度法治政府建设情况，全省法治政府建设取得明显成效。\n"
        "据介绍，全省取消调整行政权力事项43项。\n",
        DocType.news,
    ),
    (
        "a meeting that heard a half-year report",
        "6月13日，市审计局党组书记、局长李青主持召开党组扩大会议，听取本部门上半年法治政府建设工作情况汇报，"
        "研究部署法治政府建设示范市创建工作。领导班子成员，局机关有关科室负责同志参加了会议。\n"
        "会议指出，法治政府建设是全面依法治国的重点任务和主体工程，全局要扛起法治政府建设政治责任。\n",
        DocType.news,
    ),
    (
        "a body's report whose formula has no person in it",
        "2023年，县司法局在县委、县政府的坚强领导下，深入推进法治政府建设。"
        "现将我局2023年法治政府建设情况报告如下：\n" + _BODY.split("\n", 1)[1],
        DocType.annual_report,
    ),
    (
        "news without its title under a breadcrumb that cites an evaluation report",
        "当前位置：主页 > 新闻中心 > 要闻 > 《中国法治政府评估报告》发布 青禾市法治政府建设位列全国第三名\n"
        "青禾网讯（全媒体记者/王青）9月20日，某大学发布《法治政府蓝皮书——中国法治政府评估报告（2018）》。"
        "在今年的评估报告中，青禾市的总体排名继续位列前三名。\n"
        "今年的评估报告显示，青禾市总分770分，高出全国平均水平116分。\n",
        DocType.news,
    ),
    (
        "a report that opens on the day it was adopted",
        "3月5日，县政府第12次常务会议审议通过本报告。2023年，县司法局在县委、县政府的坚强领导下，深入推进法治政府建设。"
        "现将我局2023年法治政府建设情况报告如下：\n" + _BODY.split("\n", 1)[1],
        DocType.annual_report,
    ),
    (
        "an explainer that lost its title opens on the day of the report it explains",
        "11月28日，在青禾区第五届人民代表大会第一次会议上，区长李青作《政府工作报告》。\n"
        "过去四年有哪些成就？未来五年有哪些新愿景？本报特对报告的主要内容进行解读。\n"
        "指导思想\n高举中国特色社会主义伟大旗帜，坚持稳中求进工作总基调。\n"
        "主要目标\n地区生产总值年均增长7%左右。\n",
        DocType.other,
    ),
    (
        "a plan whose tasks name the parts a report will have",
        "一、指导思想\n坚持以习近平法治思想为指导，全面推进依法行政。\n二、主要任务\n"
        "（一）报告法治政府建设主要举措和成效\n牵头单位：县司法局；完成时限：2024年3月底前。\n"
        "三、保障措施\n加强组织领导，明确责任单位。\n",
        DocType.implementation_plan,
    ),
    (
        "an encyclopedia's entry on a plan",
        "《青禾市法治政府建设实施方案（2021—2025年）》是2021年青禾市人民政府发布的通知。\n"
        "为深入推进依法行政，加快建设法治政府，制定本方案。\n",
        DocType.implementation_plan,
    ),
]


@pytest.mark.parametrize("text, genre", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_the_shape_is_read_as_its_genre(text, genre):
    doc = document(text)
    assert doc.doc_type == genre


@pytest.mark.parametrize("text, genre", [s[1:] for s in NOT], ids=[s[0] for s in NOT])
def test_the_change_does_not_fire_where_it_must_not(text, genre):
    assert document(text).doc_type == genre


_TERM = (
    "青禾省人民检察院工作报告\n——2024年1月20日在青禾省第十四届人民代表大会第二次会议上\n"
    "青禾省人民检察院检察长 林山\n各位代表：\n现在，我代表青禾省人民检察院，向大会报告工作，请予审议。\n"
    "过去五年工作回顾\n五年来，全省检察机关共批准逮捕各类犯罪嫌疑人4万人，提起公诉9万人。\n"
)


@pytest.mark.parametrize("copy", ["\n".join, "".join, " ".join], ids=["lines", "one line", "spaced line"])
def test_a_work_report_on_a_whole_term_has_no_year_even_pasted_as_one_line(copy):
    # the review of five years runs on after the sentence before it when the copy lost its line breaks
    doc = document(copy(_TERM.split("\n")))
    assert doc.doc_type == DocType.other
    assert doc.report_year is None
