"""Genres, session 11 (issue 10): shapes from the labelled sets A–CU and the blind sets of session 11.

- A news item's headline is a sentence: a named body (a place's name first, or 我县) and what it did (某县四项措施加强
  审计法律宣传, 某县在全市率先成立…, 某市中院：抓实“三个抓手”…, 某区“四个落实”健全…). Over a story that tells no
  year of a report and shows no plan's marks, it makes the text news, as a lead's 近日，某局召开… does. A document's
  title is a noun phrase (某县人民政府工作规则, 某局“三项制度”), and an addressee line (某市人民政府：) has no predicate.
- Such a headline over a story of a body's year that has no report's formula (某镇：推动法治政府建设走深走实 over 一、二、
  三、) is news, however much of a report's work the story tells; over the formula, the page carries the report.
- The subject may be a place's name without its level word (滨州：打造…) and the verb 完成 (某市完成…验收工作).
- A slogan may come before the headline's clause, set off by a space (深耕法治“责任田” 某区…工作锻造…).
- A lead that opens on the day a meeting was held (1月30日，全省…会议在长沙召开) is news of the meeting, whatever
  requirements its body quotes (今年…工作的总体要求是…: a year's points say so too).
- 述法 inside a notice the formula's sentence cites (根据《关于做好…报告和党政主要负责人述法工作的通知》要求，我局…报告
  如下) makes no leader's own account of a bureau's report.
- 我街 is a street office speaking, as 我局 and 我镇 are, never a leader's own 我.
- A headline that ends on its verb 完成 (某区法治政府建设年度报告评估完成) is news of what was done to the report.
- A report titled on a line of work with no rule-of-law word (…规范性文件备案审查工作情况报告, …行政复议工作情况的报告)
  is that work's report, as …工作报告 is; so is a company's …年年度报告 (its statutory report on its year), and a
  third party's evaluation of a year's work (…法治政府建设情况第三方评估项目) is no annual report.
- An untitled text opening on the year's rule-of-law government whose first heading gives it to one line of work
  (一、行政复议案件情况) is that work's report.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document

HEADLINES = [
    (
        "measures counted in the headline",
        "青禾县四项措施加强审计法律宣传\n"
        "今年元月，青禾县审计局为宣传新修订的审计法和国家审计准则，举办了为期一个月的审计法律宣传月活动。"
        "一是开辟电视专栏，县电视台连续一个月解读审计法律政策。二是开展一条街宣传，在县城主街设立咨询台。"
        "三是举办知识竞赛，各被审计单位派员参加。四是送法进单位，审计人员上门讲解审计程序。\n",
    ),
    (
        "a first in the county, under the page's date line",
        "白石县在全市率先成立政府法律顾问委员会\n"
        "12.04.2016 10:20\n"
        "为深入推进依法行政，促进“法治白石”建设，根据市政府法律顾问工作的要求，白石县成立了由11名律师和专家组成的"
        "政府法律顾问委员会，为县政府重大决策、重大合同和涉法事务提供法律意见。顾问委员会实行聘任制，每届任期三年。\n",
    ),
    (
        "a court's work after a colon",
        "青禾市中院:抓实“三个抓手” 助推依法行政\n"
        "时间:2026-01-13 16:20:31\n"
        "今年，青禾市中级人民法院把促进依法行政作为行政审判的重要任务，以风险提示、府院联席和出庭应诉为抓手，"
        "向行政机关送达败诉风险提示书，定期通报行政案件审理情况，推动行政机关负责人出庭应诉。\n",
    ),
    (
        "a quoted slogan between the body and its verb",
        "白石区“四个落实”健全教育法治体系\n"
        "一是全面落实学校章程建设。全区中小学校建立起以章程为核心的管理制度，公办学校均聘请了法律顾问。"
        "二是全面落实法治教育课时。三是全面落实教师学法制度。四是全面落实校园纠纷调处机制。\n",
    ),
    (
        "a slogan before the headline's clause, set off by a space",
        "当前位置:首页 >> 法治在线\n"
        "深耕法治“责任田” 白石区“一村(社区)一法律顾问”工作锻造基层法治新样板\n"
        "发布时间:2026-01-16 14:38:37\n"
        "走进白石区的村居，法律顾问的身影随处可见。全区200多个村（社区）均配备了法律顾问，"
        "顾问每月到村坐班不少于一次，为群众解答法律咨询、参与矛盾调处。\n",
    ),
    (
        "a city named without its level word, before a colon",
        "滨州:打造法治政府全新样板 护航经济社会高质量发展\n"
        "作为全省首家法治政府建设示范市，滨州市近年来积极探索，开拓创新，打造依法行政、公正执法的良好环境。"
        "建立法治指数评估体系，设置91项三级指标，对法治建设动态监测、评估和分析。\n",
    ),
    (
        "a city that completed an inspection",
        "铜川市完成省级依法行政示范试点镇考评验收工作\n"
        "05.11.2015 10:15\n"
        "受省政府法制办委托，铜川市成立考评验收组，对两个省级依法行政示范试点镇开展考评验收。考评验收严格按照"
        "示范镇标准，客观全面地对试点镇两年多来的创建工作进行考评。\n",
    ),
    (
        "我县 as the headline's subject",
        "我县成立政府法律顾问组\n"
        "为提高县政府依法决策水平，县政府从县司法局和律师事务所聘请了3名法律顾问，并颁发了聘书。"
        "顾问组协助县政府处理法律事务，为重大决策和涉法问题提供咨询。\n",
    ),
]


@pytest.mark.parametrize("name,text", HEADLINES, ids=[n for n, _ in HEADLINES])
def test_a_headline_sentence_over_a_story_makes_news(name: str, text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news, name
    assert doc.evidence is not None


NOT_HEADLINES = [
    (
        "a quoted noun ending the first line",
        "白石区司法局“三项制度”\n"
        "行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度是规范执法行为的基本制度。"
        "本页收录三项制度的条文，供执法人员查阅。\n",
        DocType.other,
    ),
    (
        "an addressee line over a report's formula",
        "青禾市人民政府:\n"
        "2023年，白石县深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "（一）深化“放管服”改革。全年取消行政许可事项5项。\n"
        "二、存在的不足和原因\n"
        "部分执法人员能力不足。\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "县长召开常务会议研究法治工作4次。\n"
        "四、2024年工作安排\n"
        "继续推进严格规范公正文明执法。\n",
        DocType.annual_report,
    ),
]


@pytest.mark.parametrize("name,text,genre", NOT_HEADLINES, ids=[n for n, _, _ in NOT_HEADLINES])
def test_a_noun_title_or_an_addressee_is_no_headline(name: str, text: str, genre: DocType) -> None:
    assert document(text).doc_type == genre, name


def test_a_headline_that_ends_with_a_reports_fate_is_news() -> None:
    """某区法治政府建设年度报告评估完成: the report is the headline's subject and 完成 its verb; news of an evaluation,
    not the report. A title that names the completion of tasks (…任务完成情况的报告) is still the report."""
    news = (
        "白石区法治政府建设年度报告评估完成\n"
        "2023-05-11 08:04:15 来源:某某网\n"
        "近日，白石区委依法治区办按照督察工作规定，首次启动法治政府建设年度报告发布情况评估。第三方评估机构对区政府、"
        "20家区政府部门、8个镇街的2021年法治政府建设情况报告的发布形式、报告内容等26项指标进行测评，形成评估报告。\n"
    )
    assert document(news).doc_type == DocType.news
    report = (
        "白石区2023年度法治政府建设任务完成情况的报告\n"
        "2023年，白石区坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "全年制定区政府规范性文件5件，办结行政复议案件42件。\n"
        "二、存在的不足和原因\n"
        "基层执法力量不足。\n"
    )
    assert document(report).doc_type == DocType.annual_report


REPORT_BODY = (
    "2023年，在市人大常委会的监督下，我市认真贯彻落实规范性文件管理办法，加强领导，完善机制，现将工作情况报告如下：\n"
    "一、工作开展情况\n"
    "全年审查各类文件38件，提出修改意见12条，清理文件56件。\n"
    "二、存在的问题\n"
    "部分单位报备不及时。\n"
    "三、下一步工作打算\n"
    "继续加强备案审查工作。\n"
)


@pytest.mark.parametrize(
    "title,genre",
    [
        ("2023年度规范性文件备案审查工作情况报告", DocType.other),
        ("2023年度行政复议工作情况的报告", DocType.other),
        ("白石市2023年度依法行政工作情况报告", DocType.annual_report),
    ],
)
def test_a_report_titled_on_another_line_of_work_is_no_annual_report(title: str, genre: DocType) -> None:
    """A report whose title names a line of work and no rule-of-law word (…规范性文件备案审查工作情况报告) is that work's
    report, as …工作报告 is; one that names 依法行政 is the annual report."""
    assert document(title + "\n" + REPORT_BODY).doc_type == genre


def test_a_companys_statutory_annual_report_is_no_rule_of_law_report() -> None:
    """某股份有限公司2022年年度报告 over its 重要提示: a company's statutory report on its year, however its table's
    lines (董事长 某某 公务原因 某某) read as a part on causes."""
    text = (
        "白石能源股份有限公司2022年年度报告\n"
        "公司A股代码:600000\n"
        "公司A股简称:白石能源\n"
        "白石能源股份有限公司\n"
        "2022年年度报告\n"
        "重要提示\n"
        "一、本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性。\n"
        "二、未出席董事情况。\n"
        "未出席董事职务 未出席董事姓名 未出席董事的原因说明 被委托人姓名\n"
        "董事长 张某 公务原因 李某\n"
        "董事 王某 公务原因 李某\n"
        "三、某会计师事务所为本公司出具了标准无保留意见的审计报告。\n"
        "四、公司负责人张某、主管会计工作负责人赵某声明：保证年度报告中财务报告的真实、准确、完整。\n"
        "五、董事会决议通过的本报告期利润分配预案\n"
        "以公司总股本为基数，向全体股东每10股派发现金红利0.25元。\n"
    )
    assert document(text).doc_type == DocType.other


def test_a_review_cases_report_opening_on_the_years_rule_of_law_is_that_works_report() -> None:
    """2023年，某区法治政府建设工作取得了显著成就…行政复议工作… over 一、行政复议案件情况: the year's review cases, no
    annual report; an untitled report whose first heading names 法治政府 stays one."""
    opening = (
        "2023年，白石区法治政府建设工作取得了显著成就，行政机关依法行政水平持续提高。行政复议工作以改革为契机，"
        "不断完善工作机制，充分发挥化解行政争议的主渠道作用，全力助推法治政府建设。\n"
    )
    cases = (
        opening + "一、行政复议案件情况\n"
        "（一）基本情况\n"
        "2023年，区政府共收到行政复议申请1113件，同比增长99.5%。受理1033件，决定维持435件，驳回申请136件。\n"
        "（二）案件特点\n"
        "涉及征收补偿的案件占比较高。\n"
        "二、行政应诉案件情况\n"
        "全年办理一审行政应诉案件268件，行政机关负责人出庭应诉率100%。\n"
    )
    assert document(cases).doc_type == DocType.other
    report = (
        opening + "一、深化行政复议体制改革，推进法治政府建设\n"
        "全年收到行政复议申请1113件，办结1033件。\n"
        "二、存在的不足和原因\n"
        "基层执法人员能力有待提升。\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "区长主持召开常务会议研究法治工作6次。\n"
        "四、2024年工作安排\n"
        "继续推进严格规范公正文明执法。\n"
    )
    assert document(report).doc_type == DocType.annual_report


def test_a_meetings_day_lead_outweighs_the_requirements_it_quotes() -> None:
    """1月30日，全省公安局长会议在省城召开… 会议指出，今年…工作的总体要求是…: news of the meeting, whose requirements it
    quotes; a year's points that state their own 总体要求 stay points."""
    text = (
        "1月30日，白石省公安局长会议在省城召开。会议由省公安厅常务副厅长主持，副省长出席并讲话。\n"
        "2023年，全省公安机关全面强化执法规范化建设，社会稳定持续巩固。\n"
        "会议指出，今年全省公安工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持严格规范公正文明执法。\n"
        "会议强调，要突出重点，全力推进2024年全省公安工作。\n"
    )
    assert document(text).doc_type == DocType.news
    points = (
        "2024年全省公安工作要点\n"
        "2024年全省公安工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持严格规范公正文明执法。\n"
        "一、强化执法规范化建设\n"
        "二、深化执法监督\n"
    )
    assert document(points).doc_type == DocType.work_points


def test_a_notice_cited_in_the_formulas_sentence_names_no_leaders_account() -> None:
    """根据《关于做好2024年度法治政府建设情况报告和党政主要负责人述法工作的通知》要求，我局…报告如下: 述法 inside the
    cited notice's title asks for a leader's account elsewhere; the bureau's report is the annual report."""
    text = (
        "白石区文旅体局2024年度法治政府建设情况报告\n"
        "根据区委全面依法治区委员会办公室下发的《关于做好2024年度法治政府建设情况报告和党政主要负责人述法工作的通知》"
        "的文件要求，我局认真梳理总结2024年法治政府建设工作，报告如下：\n"
        "一、上一年度法治政府建设的主要举措和成效\n"
        "（一）深入学习贯彻习近平法治思想。局党组理论学习中心组专题学法4次。\n"
        "二、存在的不足和原因\n"
        "执法人员专业能力有待提升。\n"
    )
    assert document(text).doc_type == DocType.annual_report


def test_a_street_that_calls_itself_our_street_speaks_as_a_body() -> None:
    """我街坚持…，现将情况报告如下: 我街 is the street office speaking, as 我局 and 我镇 are, not a leader's 我."""
    text = (
        "白石区青禾街道办事处关于2024年度法治政府建设情况的报告\n"
        "2024年，在区委、区政府的正确领导下，我街坚持以习近平新时代中国特色社会主义思想为指导，推动法治政府建设工作落实落细，"
        "现将情况报告如下：\n"
        "一、2024年推进法治政府建设的主要举措和成效\n"
        "我街强抓政治建设和业务工作深度融合。全年开展党工委中心组学法9次。\n"
        "二、存在的不足和原因\n"
        "我街法治宣传形式较为单一。\n"
    )
    assert document(text).doc_type == DocType.annual_report


TOWN_STORY = (
    "2023年以来，青禾镇坚持以习近平法治思想为指导，扎实推进法治政府建设，取得明显成效。{formula}\n"
    "一、强化组织领导，压实法治建设责任\n"
    "镇党委、政府成立法治政府建设领导小组，全年召开专题会议4次，研究解决法治建设重大问题。\n"
    "二、坚持依法决策，规范权力运行\n"
    "严格落实重大行政决策程序，全年合法性审查各类文件56件。\n"
    "三、深化普法宣传，营造法治氛围\n"
    "开展法治宣传活动32场次，培育“法律明白人”120名。\n"
)


@pytest.mark.parametrize(
    "formula,genre", [("", DocType.news), ("现将有关情况报告如下：", DocType.annual_report)], ids=["story", "report"]
)
def test_a_headline_over_a_story_of_a_towns_year_is_news(formula: str, genre: DocType) -> None:
    """青禾镇：推动法治政府建设走深走实 over the town's year told without a report's formula: news, however much of a
    report's work it tells; the same page over the formula (现将有关情况报告如下) carries the report."""
    text = "青禾镇:推动法治政府建设走深走实\n" + TOWN_STORY.format(formula=formula)
    assert document(text).doc_type == genre


def test_a_third_partys_evaluation_of_a_years_work_is_no_annual_report() -> None:
    """评估现场丨2020年度某市法治政府建设情况第三方评估项目①: an evaluator's page on the year's work, never the city's own
    report, however the title names the year and 法治政府建设情况."""
    text = (
        "评估现场丨2020年度白石市法治政府建设情况第三方评估项目①\n"
        "评估组按照评估方案，对白石市2020年度法治政府建设情况开展实地评估，查阅台账资料，召开座谈会，随机抽查执法案卷。\n"
        "一、评估内容\n"
        "依法全面履行政府职能、完善依法行政制度体系、推进严格规范公正文明执法等八个方面。\n"
    )
    assert document(text).doc_type != DocType.annual_report
