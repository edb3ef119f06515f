"""The issuing agency on the shapes real documents name it in, and the shapes that must name no one.

Each text is written in our own words (places and bodies invented) to reproduce a shape found in several
documents of the real-world development set (``bench/realworld``, scored by ``bench/realworld.py``): where the
issuer stands when the title does not say it, and which names in a text belong to someone else. A wrong agency
in a comparison table is worse than none, so half of these cases assert ``None`` or a different body.
"""

from __future__ import annotations

import pytest

from summarizer import summarize

from .support.facts import assert_agency

BODY = """一、2025年度法治政府建设的主要举措和成效
（一）健全依法决策机制。全年审查合同13份，组织执法人员培训6期。
二、存在的不足和原因
执法队伍力量仍然不足，原因是编制偏少。
三、党政主要负责人履行推进法治建设第一责任人职责情况
主要负责人带头履行第一责任人职责，主持专题会议4次。
四、2026年工作安排
（一）加强执法监督。"""

SHAPES = [
    # (id, text, agency, source)
    (
        "a disclosure report's standard opening, compiled by its body around its year's work",
        "本年度报告根据《中华人民共和国政府信息公开条例》要求，由青禾市统计局围绕2025年度政府信息公开工作情况"
        "编制而成。全文包括总体情况、主动公开政府信息情况等。本报告中所列数据的统计期限自2025年1月1日起。",
        "青禾市统计局",
        "preamble",
    ),
    (
        "a disclosure report's closing names the department whose office answers for it",
        "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。全文包括总体情况、主动公开政府信息情况等。"
        "如对本年度报告有疑问，请与青禾市医疗保障局办公室联系（地址：青禾市湖滨路30号）。",
        "青禾市医疗保障局",
        "contact",
    ),
    (
        "the body defines its short form between subject and verb",
        "2025年，在市委、市政府的坚强领导下，云溪湾新区(以下简称“新区”)始终坚持依法行政，现将有关情况报告如下：\n"
        + BODY,
        "云溪湾新区",
        "preamble",
    ),
    (
        "a street by its short name (街 for 街道) as the opening's subject",
        "2025年，云溪街坚持以法治思想为指导，紧密围绕区委部署推动法治建设。现将有关情况报告如下：\n" + BODY,
        "云溪街",
        "preamble",
    ),
    (
        "the year's character first, then the subject",
        "2025年是规划收官之年，是全面深化改革的关键一年，市国资委深入学习法治思想，扎实推进法治国企建设。\n" + BODY,
        "市国资委",
        "preamble",
    ),
    (
        "我厅 naming its own documents in a list governed by one verb",
        "现将我厅2025年度法治政府建设情况报告如下：\n2025年，我厅制定了工作方案、委托协议和"
        "《青禾省司法厅关于行政职权事项监督管理的办法》，完善我厅权责清单，形成了《青禾省司法厅权责清单》。\n" + BODY,
        "青禾省司法厅",
        "own document",
    ),
    (
        "a second signboard in brackets in the title",
        "青禾市应急管理局(人防办)关于2025年度法治政府建设情况的报告\n2025年，我局坚持依法行政。现将有关情况报告如下：\n"
        + BODY,
        "青禾市应急管理局(人防办)",
        "title",
    ),
    (
        "a development zone merged with a town, after an addressee",
        "澄江市人民政府：\n2025年以来，高新区(云溪镇)坚持依法行政，现将区镇本年度法治政府建设情况报告如下：\n" + BODY,
        "高新区(云溪镇)",
        "preamble",
    ),
    (
        "an economic development zone as subject",
        "2025年，青禾经济开发区在区委、区政府的领导下，扎实推进法治建设。现将有关情况报告如下：\n" + BODY,
        "青禾经济开发区",
        "preamble",
    ),
    (
        "a title without the place, the full name in the opening",
        "2025年度退役军人事务局法治政府建设工作报告\n2025年，青禾县退役军人事务局坚持依法行政。\n" + BODY,
        "青禾县退役军人事务局",
        "preamble",
    ),
    (
        "a title that opens with its year",
        "2025年云溪乡法治政府建设工作总结\n" + BODY,
        "云溪乡",
        "title",
    ),
    (
        "a title behind a news tag",
        "[权威发布]云岭省2025年法治政府建设情况报告\n——我省法治政府建设迈上新台阶\n一年来，各级各部门深入推进依法行政。\n"
        + BODY,
        "云岭省",
        "title",
    ),
    (
        "a title below the site's menu bar",
        "新闻中心 机构设置 信息公开 办事服务 互动交流\n云岭省林业和草原局2025年度法治政府建设情况报告\n"
        "2025年，我局深入推进依法治林。\n" + BODY,
        "云岭省林业和草原局",
        "title",
    ),
    (
        "a title line after site furniture that has full stops",
        "青禾质监APP\n扫描二维码，下载客户端。\nAndroid下载\n青禾市质监局2025年依法行政工作情况报告\n" + BODY,
        "青禾市质监局",
        "title",
    ),
    (
        "a title line behind a flip-book's page marker",
        "Page 2 - 省交通运输厅2025年度政府信息公开工作年度报告\nP. 2\n目录\n一、总体情况........1",
        "省交通运输厅",
        "title",
    ),
    (
        "the organ above the title the page repeats under its metadata",
        "2025年法治政府建设工作情况报告\n• 发文字号:\n• 发文机构:yxz1\n• 发布日期:2026-03-31\n"
        "青禾县云溪镇人民政府\n2025年法治政府建设工作情况报告\n2025年我镇深入推进依法行政。\n" + BODY,
        "青禾县云溪镇人民政府",
        "byline",
    ),
    (
        "a speech's speaker line",
        "青禾市云溪区审计局局长 李明\n2026年9月28日\n主任、各位副主任、各位委员：\n"
        "我受区人民政府的委托，向区人大常委会报告2025年度区本级预算执行的审计情况，请予审议。",
        "青禾市云溪区审计局",
        "byline",
    ),
    (
        "a bureau that calls itself 我局 names its own work points",
        "2025年，在市委、市政府的领导下，我局坚持依法行政，制定了《青禾市林业局2025年依法行政工作要点》，"
        "贯彻《云岭省林业厅2025年法治工作要点》。现将我局2025年度法治政府建设情况报告如下：\n" + BODY,
        "青禾市林业局",
        "own document",
    ),
    (
        "a government work report spoken on behalf of the government",
        "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n全年地区生产总值增长5%。",
        "市人民政府",
        "speech",
    ),
    (
        "news of a hearing on a government's report",
        "近日，市人大常委会调研云溪区2025年度法治政府建设工作。\n调研组听取了区人大常委会关于备案审查工作情况的报告，"
        "区政府关于2025年度法治政府建设情况的报告，区司法局作了补充发言。",
        "区政府",
        "cited report",
    ),
    (
        "news quoting a city's report by its title",
        "6月1日，记者获悉，青禾正全力争创示范市。据《青禾市2025年法治政府建设情况报告》显示，该市考核连续位居第一。",
        "青禾市",
        "cited report",
    ),
    (
        "news of a committee's meeting",
        "本报讯（记者 王明）4月12日下午，市委全面依法治市委员会办公室第八次会议召开。会议审议了年度工作要点。",
        "市委全面依法治市委员会办公室",
        "news lead",
    ),
    (
        "news of a meeting a place holds for its committee",
        "12月14日，青禾县召开了全面依法治县委员会第五次工作会议。会议审议通过了法治青禾建设实施方案。",
        "全面依法治县委员会",
        "news lead",
    ),
    (
        "a place named short as the subject of a news lead",
        "昨日上午，云溪召开法治政府建设示范创建推进会议。云溪市领导出席会议。",
        "云溪市",
        "news lead",
    ),
    (
        "news of a district head delivering the government work report",
        "11月28日，在云溪区第五届人民代表大会第一次会议上，云溪区区长王明作《政府工作报告》。",
        "云溪区",
        "speech",
    ),
    (
        "a regulation's promulgation note",
        "（2025年3月27日云岭省人民政府令第18号公布 自2025年6月1日起施行）\n为深入推进依法行政，制定本指标体系。\n"
        "一、制度建设（占总分值的15%）",
        "云岭省人民政府",
        "signature",
    ),
    (
        "a policy database's 发布部门 row",
        "印发《青禾市法治政府评价指标体系》的通知\n政策\n发布部门:市政府办公室\n有效性:未知\n"
        "市政府各部门：现印发给你们，请按照执行。",
        "市政府办公室",
        "metadata",
    ),
    (
        "a text starting at 一、 that lists the documents its body issued",
        "一、关于履行政府职能\n（一）推进放管服改革。印发《云岭省文化厅办公室关于推进职能转变的分工方案》，落实国务院部署。"
        "（二）加强市场监管。印发《云岭省文化厅关于实施服务质量提升计划的意见》，规范市场秩序。",
        "云岭省文化厅",
        "own document",
    ),
    (
        "news closing with its credit after the last sentence",
        "日前，云溪区出台2025年法治政府建设工作要点，明确八个方面的任务。根据要点，全年工作围绕八个方面展开。（云溪区司法局）",
        "云溪区司法局",
        "signature",
    ),
    (
        "a news headline's subject",
        "云岭省卫生健康委顺利完成2025年度法治政府建设考核\n12月19日下午，考核组莅临我委开展实地考核。",
        "云岭省卫生健康委",
        "title",
    ),
    (
        "a headline below a site's welcome line",
        "欢迎访问青禾治理网\n中央依法治国办启动2025年法治督察反馈整改工作\n新华社北京3月17日电 记者从中央依法治国办获悉。",
        "中央依法治国办",
        "title",
    ),
    (
        "a committee's opinion on another body's report",
        "云岭市人大法制委员会对《市政府关于法治政府建设工作情况报告的审议意见研究处理情况的报告》的审查意见\n"
        "市人大常委会：\n现将审查意见报告如下。",
        "云岭市人大法制委员会",
        "title",
    ),
    (
        "the body leading an inspection",
        "由中央依法治国办牵头，二十多个部门参与的督察组，12日启程前往8个省区市开展法治政府建设督察。",
        "中央依法治国办",
        "preamble",
    ),
    (
        "news closing with its credit line",
        "日前，云溪区出台2025年法治政府建设工作要点，明确八个方面的任务。\n（云溪区政府法制办）",
        "云溪区政府法制办",
        "signature",
    ),
    (
        "a province's party committee and government report jointly",
        "2025年，云岭省委、省政府坚持以习近平法治思想为指导，法治政府建设取得新成效。现将有关情况报告如下。\n" + BODY,
        "云岭省委、省政府",
        "preamble",
    ),
    (
        "a county's party committee and government, after another sentence",
        "3月5日，省评估组来县核验示范创建工作。青禾县县委、县政府历来高度重视法治政府建设工作。\n" + BODY,
        "青禾县县委、县政府",
        "preamble",
    ),
    (
        "a standing body named for its task signs the notice",
        "关于征求《全面推进法治政府建设五年规划》意见的通知\n各市、县（区）人民政府：\n"
        "为推进依法行政，我们起草了五年规划征求意见稿。\n现将规划征求意见稿印发给你们，请认真研究。\n"
        "请于5月10日前将意见书面反馈。\n联系人：王明\n联系电话：0000-1234567\n"
        "附件：规划（征求意见稿）\n云岭省推进依法行政领导小组办公室\n2025年4月18日",
        "云岭省推进依法行政领导小组办公室",
        "signature",
    ),
    (
        "a research office of a party committee",
        "青禾市委政研室2025年主要负责人履行推进法治建设第一责任人职责情况报告\n2025年以来，我带领全室干部学法用法。\n"
        + BODY,
        "青禾市委政研室",
        "title",
    ),
    (
        "the organ of a consultative body, no title",
        "2025年，青禾市政协机关深入学习法治思想，推进机关法治建设取得新成效。\n" + BODY,
        "青禾市政协机关",
        "preamble",
    ),
    (
        "an addressee line, then an adverbial before the subject",
        "青禾区委全面依法治区委员会：\n在全面建设法治社会的新征程上，云溪街道办事处坚持依法行政，系统推进法治建设。"
        "现将2025年工作情况总结如下：\n" + BODY,
        "云溪街道办事处",
        "preamble",
    ),
    (
        "a news item whose subject follows a purpose clause of several commas",
        "为深入推进依法行政，加快法治政府建设，全面总结2025年度法治建设工作，青禾区推进依法行政工作领导小组办公室"
        "近日印发《2025年度全区法治政府建设考核工作方案》，启动年度考核。\n本次考核采取日常考核和实地督察相结合的方式。",
        "青禾区推进依法行政工作领导小组办公室",
        "preamble",
    ),
    (
        "a news lead dated by the day only",
        "讲好法治故事 我市首个依法治街办公室揭牌\n记者 张三 通讯员 李四\n7日上午，中共青禾市云溪街道工委全面依法治街委员会"
        "办公室揭牌。这是我市首个挂牌成立的依法治街办公室。",
        "青禾市云溪街道工委全面依法治街委员会办公室",  # 中共 dropped as for every party body's office
        "preamble",
    ),
    (
        "joint authors listed below the title on a reading platform",
        "- 云岭省政务公开第三方评估报告(2025)\n- 云岭大学法治指数研究中心 云岭大学法学院评估创新项目组\n- 291字\n"
        "- 2026-04-29 20:28:28\n摘要\n摘要：2025年，云岭大学法治指数研究中心对48家省级部门的政务公开情况进行了第三方评估。",
        "云岭大学法治指数研究中心",
        "byline",
    ),
    (
        "a city that names itself only in its own documents' titles",
        "2025年，我市各级行政机关全面贯彻法治思想，编制《青禾市行政权力目录清单》，青禾首次获得法治政府奖。"
        "现将有关情况报告如下：\n" + BODY,
        "青禾市",
        "own document",
    ),
    (
        "a county named by one character, only in the work points it issued",
        "县2025年法治政府建设工作总结\n2025年，我县法治政府建设工作在市委、市政府的正确领导下扎实推进。\n"
        "一、夯实工作基础\n我县印发了《禾县2025年法治政府建设工作要点》，逐项分解目标任务。\n" + BODY,
        "禾县",
        "own document",
    ),
    (
        "a headline that says 我市 about the one city its lead names",
        "喜报！我市进入第二批法治政府建设示范市公示名单\n10月10日，《云岭日报》公布了第二批示范地区名单，青禾市成功入选！\n"
        "据悉，2025年8月，中央依法治国办启动了第二批示范创建活动。中央依法治国办根据评估结果确定了名单。",
        "青禾市",
        "news lead",
    ),
    (
        "a headline below a menu whose last item ends in X",
        "目录\n目录X\n青禾县创建全省法治政府建设示范县推进会召开\n11月23日上午，县委副书记、县长张三组织召开全县创建示范县"
        "推进会。副县长李四主持会议。",
        "青禾县",
        "title",
    ),
]

GOVERNMENT_MEETINGS = [
    # (id, text, agency, source): a government's own meeting names it, though not its place
    (
        "a mayor chairs the government's plenary meeting",
        "媒体播报\n李某主持召开2025年市政府第一次全体会议\n2月1日，市长李某主持召开2025年市政府第一次全体会议，"
        "研究讨论政府工作报告征求意见稿。",
        "市政府",
        "news lead",
    ),
    (
        "a district head chairs the standing meeting, no headline",
        "2月3日，区长王某主持召开区政府常务会议，研究重点项目安排、法治政府建设等事项。\n会议听取有关情况的汇报。",
        "区政府",
        "news lead",
    ),
    (
        "the county government holds a hearing, in the headline",
        "县政府召开政府工作报告征求意见会\n19号上午，县政府召开征求意见会，听取代表委员的意见和建议。",
        "县政府",
        "title",
    ),
]


@pytest.mark.parametrize("name, text, agency, source", GOVERNMENT_MEETINGS, ids=[s[0] for s in GOVERNMENT_MEETINGS])
def test_government_meeting_names_the_government(name, text, agency, source):
    doc = summarize(text=text, engine="rules").document
    assert (doc.agency, doc.evidence.agency_source) == (agency, source)


NOBODY = [
    (
        "an anonymised template names no one",
        "实用文档工作报告内容页\n教育局2025年法治政府建设工作报告\n20__年以来，__县教育局认真贯彻依法行政要求。"
        "现将__县教育局20__年法治政府建设工作总结如下：\n" + BODY,
        "教育局",
    ),
    (
        "an addressee line is no headline",
        "中共青禾市委全面依法治市工作领导小组：\n2025年我局在市委、市政府的正确领导下，全面推进依法行政。"
        "现将2025年主要情况汇报如下：\n" + BODY,
        "中共青禾市委",
    ),
    (
        "a party standing committee's meeting is a forum, not an issuer",
        "2025卷\n【加强党对法治政府建设的领导】 自治区党委将法治政府建设纳入党委常委会年度工作要点，召开党委常委会会议研究部署。",
        "党委常委会",
    ),
    (
        "a superior's document the report applies is not its own",
        "2025年，我局坚持依法行政，认真贯彻《云岭省林业厅2025年法治工作要点》。现将有关情况报告如下：\n" + BODY,
        "云岭省林业厅",
    ),
    # (id, text, agency that must not be given)
    (
        "a legislature's verb joins two bodies in a headline",
        "县人大常委会审议县政府2025年度法治政府建设情况报告\n3月1日，县人大常委会召开会议，审议县政府报告。",
        "县人大常委会审议县政府",
    ),
    (
        "a reader's notes on another body's report",
        "学习青禾市司法局2025年法治政府建设年度报告心得体会\n近日，我认真学习了报告，收获很大。",
        "学习青禾市司法局",
    ),
    (
        "an adverb before 执行 is no bureau",
        "2025年，我局坚持依法行政。现将有关情况报告如下：\n一、主要举措\n主要负责人严格执行局党组会议事规则，"
        "全年召开会议12次。\n" + BODY,
        "严格执行局",
    ),
    (
        "a press office presents a government's report",
        "4月24日上午，青禾市人民政府新闻办召开新闻发布会，介绍2025年法治政府建设情况。\n" + BODY,
        "青禾市人民政府新闻办",
    ),
    (
        "a deep sentence's subject in a government work report is who the report talks about",
        "关于青禾市政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。过去一年，全市经济平稳增长。"
        "全年地区生产总值增长6%，固定资产投资增长8%，社会消费品零售总额增长7%，进出口总额增长5%，实际使用外资"
        "保持平稳，累计新增市场主体12万户，城镇新增就业18万人，居民收入稳步提高，各项社会事业全面进步，生态环境"
        "持续改善，民生保障有力有效，重点项目建设加快推进，营商环境不断优化，科技创新能力持续增强，改革开放"
        "不断深化。一年来，我们坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，较好完成了市十五届人大"
        "一次会议确定的目标任务。产业结构持续优化，先进制造业增加值增长9%，现代服务业增加值增长7%，城市功能"
        "不断完善。青禾开发区持续位居全国国家级开发区前列，综合实力显著增强。",
        "青禾开发区",
    ),
    (
        "a page's source naming an internal office without its owner",
        "学校召开2025年度依法治校工作推进会\n编辑：某某  2025-11-30  来源：党政办\n本网讯 11月29日，学校召开依法治校"
        "工作推进会，部署下一阶段重点任务。",
        "党政办",
    ),
    (
        "a page tool glued to the title in a copy without line breaks",
        "打印本页东岭旗人民政府关于2025年度法治政府建设情况的报告 2025年，全旗上下坚持依法行政，审查合同13份。",
        "打印本页东岭旗人民政府",
    ),
    (
        "a verb of the work before the body it names, in a copy without its title",
        "2025年，全市上下强化评议考核市委部署的法治任务，审查合同13份，结合自然资源部要求开展执法检查。\n" + BODY,
        "强化评议考核市委",
    ),
    (
        "a sentence's opening adverb is not part of the name after it",
        "喜报！我市获评法治政府建设示范市\n据悉，示范创建分三个阶段进行。最终中央依法治国办将根据评估结果确定名单。",
        "最终中央依法治国办",
    ),
    (
        "a page tool ending in 部 is no ministry",
        "返回顶部\n2025年，我局坚持依法行政，审查合同13份。\n" + BODY,
        "返回顶部",
    ),
    (
        "a kind of organ is no organ's name",
        "2025年，行政执法机关严格规范公正文明执法，审查合同13份。\n" + BODY,
        "行政执法机关",
    ),
    (
        "a county that applies its city's work points is not the city",
        "2025年，我县认真落实上级部署，印发《青禾市2025年法治政府建设工作要点》分工方案。\n" + BODY,
        "青禾市",
    ),
    (
        "a bureau that drafted its city's plan is not the city",
        "2025年，我局牵头起草，由我市印发了《青禾市法治政府建设实施方案》。\n" + BODY,
        "青禾市",
    ),
    (
        "a central body a city's news mentions is not its writer",
        "喜报！我市获评法治政府建设示范市\n据悉，中央依法治国办启动了示范创建活动。中央依法治国办根据评估结果确定了名单。",
        "中央依法治国办",
    ),
]


@pytest.mark.parametrize("name, text, agency, source", SHAPES, ids=[s[0] for s in SHAPES])
def test_agency_from_real_shapes(name, text, agency, source):
    assert_agency(text, agency, source)


@pytest.mark.parametrize("name, text, wrong", NOBODY, ids=[s[0] for s in NOBODY])
def test_agency_never_someone_else(name, text, wrong):
    assert summarize(text=text, engine="rules").document.agency != wrong


ANONYMOUS = [
    (
        "a township anonymised as *乡, its government called 乡政府",
        "2025年乡依法行政工作总结 2025年以来，*乡依法行政工作坚持以法治思想为指导，取得明显成效。"
        " 一、2025年主要工作 （一）健全制度。乡政府始终高度重视依法行政工作，调整领导小组。",
    ),
    (
        "a town anonymised as xxx镇 on a template page",
        "乡镇依法行政工作计划篇一\n今年以来，xxx镇在区委的领导下，认真开展行政执法责任制工作。"
        "现将一年来依法行政工作汇报如下：\n1.加强组织领导。镇政府高度重视依法行政工作，成立领导小组。",
    ),
]


@pytest.mark.parametrize("name, text", ANONYMOUS, ids=[s[0] for s in ANONYMOUS])
def test_anonymised_copy_names_no_one(name, text):
    """A copy whose place is a placeholder names no one: its 乡政府 is that placeholder's, not an agency."""
    assert summarize(text=text, engine="rules").document.agency is None


# Texts that name only bodies other than their writer: the engine must give no agency at all (a report that calls
# itself 我局 is no 办公室's, a 来源 line names an outlet, a footer names who runs the website, …).
NO_ONE = [
    (
        "a superior body opening a later sentence of a report that calls itself 我局",
        "2025年，我局坚持依法行政。市政府印发了《青禾市法治政府建设工作要点》，我局认真贯彻落实。\n" + BODY,
    ),
    (
        "the province praised in a later sentence",
        "2025年，我局坚持依法行政，取得明显成效。省政府坚持每年开展法治政府建设考核，我局连续三年获评优秀。\n" + BODY,
    ),
    (
        "the party committee and the government as one subject, in a bureau's report",
        "2025年，市委市政府高度重视法治政府建设，我局认真落实各项部署。\n" + BODY,
    ),
    (
        "a bureau that leads a task the county reports on",
        "2025年，我县坚持依法行政。建立由县司法局牵头、各部门参与的联席会议机制。\n" + BODY,
    ),
    (
        "a news item's 来源 is a county media centre",
        "我县召开法治政府建设推进会\n来源：云溪县融媒体中心\n3月1日，我县召开法治政府建设推进会，会议强调要依法行政。",
    ),
    (
        "a page's section 新闻中心 as its 来源",
        "法治政府建设推进会召开\n来源：新闻中心\n3月1日，法治政府建设推进会召开，会议强调要依法行政。",
    ),
    (
        "a credit naming the propaganda department that wrote up the news",
        "法治政府建设推进会召开\n3月1日，法治政府建设推进会召开，会议强调要依法行政。(云溪县委宣传部)",
    ),
    (
        "the website's operator in the footer below a report that calls itself 我局",
        "2025年法治政府建设工作报告\n2025年，我局坚持依法行政。\n"
        + BODY
        + "\n主办单位：\n青禾市人民政府办公室\n网站标识码：0000000001",
    ),
    (
        "the operator and host of a website on the last lines",
        "2025年法治政府建设工作报告\n2025年，我局坚持依法行政。\n"
        + BODY
        + "\n关闭窗口\n青禾市人民政府办公室主办\n青禾市大数据中心\n",
    ),
    (
        "a menu item below the title",
        "2025年法治政府建设工作报告\n下载中心\n2025年，我局坚持依法行政。\n" + BODY,
    ),
    (
        "an office inside an organ, its owner cut off, below the title",
        "2025年法治政府建设工作报告\n局办公室\n2025年，全局坚持依法行政。\n" + BODY,
    ),
    (
        "a menu item above a repeated title",
        "帮助中心\n关于2025年法治政府建设情况的报告\n2025年，我局坚持依法行政。\n" + BODY,
    ),
    (
        "an addressee that lost its colon above a report that calls itself 我局",
        "市委依法治市办\n2025年，我局坚持依法行政。现将有关情况报告如下。\n" + BODY,
    ),
    (
        "a committee's meeting a report's opening cites, not a meeting being held",
        "2025年法治政府建设工作报告\n2025年，县委全面依法治县委员会第一次会议审议通过了工作要点，我局认真落实。\n"
        + BODY,
    ),
    (
        "a demonstrative before an organ word is no name",
        "2025年，本局坚持依法行政，现将有关情况报告如下。\n" + BODY,
    ),
    (
        "a menu item 走进某局 below the title",
        "2025年法治政府建设工作报告\n走进青禾市司法局\n2025年，全市坚持依法行政。\n" + BODY,
    ),
    (
        "a ministry that published a list in a city's good-news item",
        "喜报！我市获评全国法治政府建设示范市\n日前，司法部公布第二批示范地区名单，我市榜上有名。",
    ),
    (
        "the province's department in a city's news",
        "我市法治政府建设获全省通报表扬\n近日，省司法厅印发通报，对成绩突出的单位予以表扬，我市位列其中。",
    ),
    (
        "the city's office inspecting a county that reports",
        "2025年，我县坚持依法行政。\n市委依法治市办坚持每季度督查，我县全部整改到位。\n" + BODY,
    ),
    (
        "an addressee without its colon above a county's report",
        "市委依法治市办\n2025年，我县坚持依法行政。现将有关情况报告如下。\n" + BODY,
    ),
    (
        "a county's report that its bureau drafted and posted",
        "来源：青禾县司法局\n2025年，我县坚持依法行政，全县审查合同130份。\n" + BODY,
    ),
    (
        "the province's decree a city's report cites",
        "2025年，我市坚持依法行政。贯彻《青禾省行政程序规定》(青禾省人民政府令第5号)，规范重大决策。\n" + BODY,
    ),
    (
        "a colophon's printing office below a county's report",
        "2025年，我县坚持依法行政。\n"
        + BODY
        + "\n抄送：市委依法治市办，市司法局。\n青禾县人民政府办公室\n2026年1月5日印发",
    ),
    (
        "a district bureau's report (全区 its scope) praised by the city's bureau in a later sentence",
        "2025年，我局坚持依法行政，全区执法水平明显提升，全区未发生重大执法过错。市市场监管局坚持每年开展执法考核，"
        "我局获评优秀。\n" + BODY,
    ),
    (
        "a focus adverb before a bureau opening a later sentence",
        "一年来，全县法治建设扎实推进。特别是县司法局坚持每月开展执法检查，规范执法行为。\n" + BODY,
    ),
    (
        "a time adverb before the government, a news item's later sentence",
        "法治政府建设推进会昨日召开，各部门负责人参加。近年来县政府坚持依法行政，法治建设成效明显。",
    ),
    (
        "a government's standing meeting a county's report cites, not one being held",
        "2025年，县政府常务会议审议通过了《青禾县重大行政决策程序规定》，我县决策更加规范。\n" + BODY,
    ),
    (
        "a legislature's review opinion on the government's report",
        "关于市政府2025年度法治政府建设情况报告的审议意见\n市人民政府：\n市人大常委会第五次会议听取了市政府关于2025年度"
        "法治政府建设情况的报告。会议认为，报告实事求是。",
    ),
]


@pytest.mark.parametrize("name, text", NO_ONE, ids=[s[0] for s in NO_ONE])
def test_only_others_named(name, text):
    assert summarize(text=text, engine="rules").document.agency is None


def test_title_passing_on_a_superior_document():
    """市司法局转发省司法厅关于…的通知: the bureau that passes the document on issues the notice."""
    text = "青禾市司法局转发省司法厅关于2025年法治政府建设工作要点的通知\n各区县司法局：现将文件转发给你们，请认真贯彻执行。"
    doc = summarize(text=text, engine="rules").document
    assert doc.agency == "青禾市司法局"
    assert doc.evidence.agency_source == "title"


def _full_report(signature: str) -> str:
    """A whole report in our own words, far longer than a page's opening: the title does not name the writer, the
    body calls it only 我局, and the writer signs at the end."""
    topics = ("健全依法决策机制", "规范行政执法行为", "深化政务公开", "强化权力监督", "化解矛盾纠纷", "提升法治素养")
    measures = "".join(
        f"{n}.{topics[n % 6]}。第{n}项工作中，我局围绕{topics[n % 6]}制定工作清单{n + 2}项，组织专题培训{n}期，"
        f"覆盖执法人员{n * 30}人次，相关做法在全市推广。\n"
        for n in range(1, 61)
    )
    body = (
        "2025年度法治政府建设情况报告\n"
        "2025年，我局坚持以法治思想为指导，把依法行政贯穿于各项工作之中。现将有关情况报告如下：\n"
        "一、2025年度法治政府建设的主要举措和成效\n" + measures + "二、存在的不足和原因\n"
        "执法队伍专业力量仍然不足，部分执法人员运用法治思维的能力有待提高，原因是培训的针对性不强。\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "主要负责人带头学法用法，主持召开专题会议4次，研究解决法治建设重大问题6个。\n"
        "四、2026年工作安排\n（一）加强执法监督。（二）深化普法宣传。\n"
    )
    return body + signature


# what follows a full report's signature: nothing, or an attachment table that pushes it far from the end
ATTACHMENT = "附件：2025年度法治政府建设重点工作完成情况表\n序号 工作任务 责任科室 完成情况\n" + "".join(
    f"{n} 第{n}项重点任务 法规科 已完成，形成制度成果{n}项\n" for n in range(1, 16)
)


@pytest.mark.parametrize("after", ["", ATTACHMENT], ids=["signed last", "attachment after the signature"])
def test_full_report_signed_at_its_end(after):
    """A user passes the whole report, not a page's opening: the signature block far below the first 2,000
    characters names the writer."""
    text = _full_report("\n青禾市云溪区市场监督管理局\n2026年3月25日\n" + after)
    assert len(text) > 4000
    doc = summarize(text=text, engine="rules").document
    assert doc.agency == "青禾市云溪区市场监督管理局"
    assert doc.evidence.agency_source == "signature"
    assert doc.evidence.agency.text == "青禾市云溪区市场监督管理局"


def test_full_report_without_signature_names_no_one():
    """The same report unsigned: 我局 names no one, and nothing else is taken for the writer."""
    assert summarize(text=_full_report(""), engine="rules").document.agency is None


def test_signature_run_into_the_last_line():
    """A notice copied with its line breaks flattened: organ and date stand at the end of its one line."""
    text = (
        "| 关于报告依法行政工作进展情况的通知 各县（区）人民政府，市直各行政执法部门： 按照有关要求，各县（区）政府"
        "须于每年11月底前报告年度依法行政进展情况。现将有关事项通知如下： 一、报告内容。重点报告推进依法行政工作所采取"
        "的措施。 二、上报时间。于11月底前上报。 青禾市人民政府办公室 二oo九年十一月十三日 |"
    )
    doc = summarize(text=text, engine="rules").document
    assert doc.agency == "青禾市人民政府办公室"
    assert doc.evidence.agency_source == "signature"


@pytest.mark.parametrize(
    "candidate, name",
    [
        ("青禾市生态环境局青禾市生态环境局", "青禾市生态环境局"),  # title and byline run together
        ("青禾市市场监督管理局党组(以下简称市局", None),  # cut inside a bracket the text closes later
        ("利用分局", None),
        ("领导小组下设办公室", None),
        ("专题专栏青禾市退役军人事务局", None),
        ("青禾市退役军人事务局", "青禾市退役军人事务局"),
    ],
)
def test_names_from_copies_that_lost_their_line_breaks(candidate, name):
    from summarizer.facts.names import org_name

    assert org_name(candidate) == name
