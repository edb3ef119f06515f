"""Genre on the shapes of the near misses collected blind in session 7 (issue 10): what makes a text news to a careful
reader when the copy lost its headline and its lead, and what keeps a year's points from reading as a report.

- A page that starts in the middle of an item (会上，… / 某某同志强调， / (责任编辑：某某)) is news: two kinds of a
  journalist's trace together, where a report, a plan or a speech shows at most one.
- A training item that opens on its day and hour (6月12日上午9:00，…培训班…开班) is news, whatever its verb.
- An item closed by its writer's byline in brackets ((区市场监管局), (某某 某某)) after a day's event is news.
- A quote attributed by the teller (“…。”某某介绍，) is news on its own.
- A newspaper's attribution (据《某某日报》消息) and a dateline with its place (本网某地讯：) lead news.
- A headline that a report 获全票通过 is news of a session, not the report.
- A year's points that state their 总体要求是：… are points; a report that says the same of its year and reports in
  its formula (现将…工作报告如下) stays a report.
- A news app's byline on a line of its own is the carrier's, and an explainer opening on the day of the speech it
  explains (with the 指导思想 it quotes) is no news item: neither makes news.
- News of a session that heard several reports gives no year from one item of their list.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document, one_line

NEWS = [
    (
        "a page starting at 会上",
        "会上，林青同志详细解读了2024年度法治青禾（法治政府）建设考核方案的有关要求。\n"
        "周明同志强调，一是要提高站位，用好考核这个指挥棒；二是要严密组织，确保考核结果客观公正。\n"
        "会后，考核组成员分别就评分细则提出了问题。\n"
        "根据安排，5个考核组自3月2日起分赴各乡镇和县直部门开展实地考核。\n"
        "（责任编辑：方远）\n",
    ),
    (
        "a training item on its day and hour",
        "6月12日上午9:00，2024年全镇行政执法人员法律知识培训班在镇文化中心开班。"
        "培训为期2天，镇机关及各村共120余名执法人员参与学习，内容包括宪法、行政复议、行政应诉等。\n",
    ),
    (
        "a day's event closed by its writer's byline",
        "为提升执法人员依法行政能力，7月4日，区市场监管局与区人民法院联合开展行政执法实务讲座，"
        "各科室及基层所共60余人参加培训。\n"
        "讲座结合典型案例，讲解了行政处罚程序、证据规则等内容，参训人员表示收获很大。\n"
        "下一步，区市场监管局将持续开展专题培训，推动严格规范公正文明执法。（区市场监管局）\n",
    ),
    (
        "a quote attributed by the teller",
        "依法行政是政府工作的生命线。如何检验一个地方的法治政府建设成色？第三方评估给出了答案。\n"
        "“评估指标分为客观和主观两部分，覆盖全市各区和市政府各部门。”市委依法治市办相关负责人介绍，"
        "评估机构已完成实地走访，正在汇总各方面材料，评估结果将作为年度考核的重要参考。\n",
    ),
    (
        "a newspaper's attribution before a visit",
        "据《青禾日报》消息 近日，省政府依法行政督查组到我州督查依法行政工作。\n"
        "督查组通过听取汇报、查阅资料、实地走访等方式，重点检查了政府常务会议学法制度的落实情况。\n"
        "（林远）\n",
    ),
    (
        "a dateline with its place",
        "本网青禾讯：青禾县依法治县办公室和县人民法院联合办了为期一天的行政执法人员培训班，"
        "全县40个行政机关的执法人员参加了培训。\n"
        "上午，县人民法院法官作了规范行政执法专题讲座。\n",
    ),
    (
        "a headline that a report passed",
        "青禾县人民检察院工作报告获全票通过\n"
        "1月16日上午，青禾县人民检察院检察长林远代表县人民检察院在县第十八届人民代表大会第三次会议上作工作报告。\n"
        "经大会表决，县检察院工作报告获全票通过。\n",
    ),
]


@pytest.mark.parametrize("name,text", NEWS, ids=[n for n, _ in NEWS])
def test_news_without_its_headline_or_lead(name: str, text: str) -> None:
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.evidence.genre, "the genre carries the words it was read from"


@pytest.mark.parametrize("name,text", NEWS[:5], ids=[n for n, _ in NEWS[:5]])
def test_news_pasted_as_one_line(name: str, text: str) -> None:
    assert document(one_line(text)).doc_type == DocType.news


_REPORT = (
    "2024年我局法治政府建设的总体要求是：坚持以习近平法治思想为指导，依法全面履行政府职能，"
    "现将2024年度法治政府建设工作报告如下：\n"
    "一、2024年度推进法治政府建设的主要举措和成效\n"
    "（一）健全制度体系。3月28日组织领导干部举行宪法宣誓仪式，全年审查规范性文件12件。\n"
    "二、存在的不足和原因\n"
    "执法人员专业化水平仍需提高。\n"
    "三、2025年度推进法治政府建设的主要安排\n"
    "持续深化行政执法规范化建设。\n"
)

NOT_NEWS = [
    # a report whose measures tell of meetings (会议强调, 5月8日，召开…) stays a report
    (
        "a report that tells of a meeting",
        "2024年，县司法局在县委、县政府的坚强领导下，扎实推进法治政府建设。现将有关情况报告如下：\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "5月8日，召开全县法治政府建设推进会，会议强调要压实第一责任人职责。全年办结行政复议案件34件。\n"
        "二、存在的不足和原因\n"
        "执法队伍专业化水平仍需提高。\n"
        "三、下一年度推进法治政府建设的主要安排\n"
        "持续深化行政执法规范化建设。\n",
        DocType.annual_report,
    ),
    # an essay that cites the general secretary (习近平总书记强调) tells nobody's words as news
    (
        "an essay citing the general secretary",
        "法治政府建设的青禾实践\n"
        "习近平总书记强调，党的领导是推进全面依法治国的根本保证。法治政府建设必须坚持党的全面领导。\n"
        "一是深入学习贯彻习近平法治思想，把法治思想贯穿政府工作全过程。\n"
        "二是健全依法行政制度体系，提升政府治理能力。\n",
        DocType.other,
    ),
    (
        "a year's points stating their requirement",
        "2024年是全面贯彻党的二十大精神的关键之年，做好普法依法治理工作意义重大。\n"
        "我局普法依法治理的总体要求是：坚持以习近平法治思想为指导，紧紧围绕全局工作大局，落实普法责任制。\n"
        "一、深入学习宣传习近平法治思想\n"
        "1.把学习宣传习近平法治思想作为首要任务，组织干部职工系统学习。\n",
        DocType.work_points,
    ),
    ("a report stating its year's requirement", _REPORT, DocType.annual_report),
    # a news app's byline on a line of its own is the carrier's: a bureau's summary it carries stays what it is
    (
        "a summary under a news app's byline",
        "青禾新闻客户端记者 林远 通讯员 方明\n"
        "2024年，县农业农村局紧紧围绕乡村振兴中心任务，各项工作取得新进展。\n"
        "年初召开全县农业农村工作会议，会议强调要抓好粮食生产和农民增收。全年新建高标准农田2万亩。\n",
        DocType.other,
    ),
    # an explainer that lost its title opens on the day of the speech it explains, with the plan's 指导思想
    (
        "an explainer opening on the day",
        "11月20日，在青禾区第六届人民代表大会第一次会议上，区长林远作政府工作报告。本报对报告的主要内容进行解读。\n"
        "指导思想\n"
        "高举中国特色社会主义伟大旗帜，以率先实现基本现代化为目标，全面实施创新驱动发展战略。\n",
        DocType.other,
    ),
]


@pytest.mark.parametrize("name,text,genre", NOT_NEWS, ids=[n for n, _, _ in NOT_NEWS])
def test_what_stays_what_it_is(name: str, text: str, genre: DocType) -> None:
    assert document(text).doc_type == genre


def test_a_session_news_gives_no_year_from_one_item_of_a_list() -> None:
    text = (
        "年初以来，青禾旗12个苏木镇人代会陆续召开，会议依法完成了各项任务。\n"
        "各苏木镇与会代表认真听取和审议人大、政府工作报告、2023年度民生实事项目完成情况报告，"
        "票决产生了新一年度民生实事项目。\n"
        "撰稿：林远 编辑：方明\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year is None  # not 2023, the year of one report among those heard
