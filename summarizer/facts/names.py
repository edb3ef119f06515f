"""Organisation names: what may stand as an agency (an organ's name, or a place for its government), and what never may."""

from __future__ import annotations

import re
from typing import Optional

from .places import PEOPLES, county_stem, first_place, is_stem, place_at, province_as_city, starts_a_stem

Span = tuple[int, int]

_HAN = r"\u4e00-\u9fff"
# what a news headline says a body did (某县召开…会, 某局开展…, 某区成立…): the deeds the agency finder reads after a
# headline's subject and the genre finder reads as a headline's predicate, each adding the words only it needs
HEADLINE_DEEDS = r"召开|举行|举办|开展|启动|出台|印发|发布|完成|成立|公示|联合|推动|推进|加强|打造|实现|率先"
# …and the manner a headline tells its deed in, before the deed (某局积极开展…, 某县扎实推进…, 某区多措并举推进…): the
# agency finder reads one alone after a named subject, the genre finder only with a deed after it (see HEADLINE_MANNER_DEED)
HEADLINE_MANNER = (
    r"积极|认真|扎实|多措并举|[双多]管齐下|多举措|多种形式|多形式|多渠道|多途径|多维度|大力|全力|精心|广泛"
)
HEADLINE_MANNER_DEED = rf"(?:{HEADLINE_MANNER})(?:{HEADLINE_DEEDS}|贯彻|落实|做好)"
# …and the other acts a headline tells after its subject (某县司法局突出五项重点…, 某局筑牢…防线, 某区聚焦…, 某州创新
# 普法模式…, 某局借力“某某季”打造…, 某市蝉联…示范县): read by the genre finder (a headline's predicate) and the agency finder (the verb after a headline's subject)
HEADLINE_ACTS = r"将(?=[\u4e00-\u9fff]{4})|到(?=[^，,。\n]{2,16}?(?:作|开展|调研|宣讲|授课|检查|督导|督查))|借力|借势|巧借|蝉联|创新(?=[^。，,\n]{1,16}?(?:模式|机制|方式|举措|做法|载体|路径))|明察暗访|暗访|筑牢|构筑|助力|护航|深化|强化|提升|健全|织密|用好|做好|念好|跑出|严把|抓实|突出|聚焦|探索|完善|构建|夯实|压实|开创|发挥"
# a WeChat account's line over a copy (原创 某某普法 某某普法 2020-01-05 09:30 发表于某地): read by the agency finder's
# carrier rows (lines.py) and by the genre finder, as no words of the document
WECHAT_ACCOUNT = r"原创\s+[^\n。，,]{1,40}?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^\n。，,]{0,30}"
# a headline's last words telling of a meeting held (…常务会议召开, …推进会在某地举行, …会议开幕, …颁奖典礼举行): read by
# the genre finder (news, whoever held it) and by the agency finder (the body named before the meeting's name held it)
MEETING_HELD = r"(?:会议?|典礼|仪式)(?:在[^\n，,。]{2,12})?(?:召开|举行|开幕|闭幕)"
# an event told as ended (…大讲堂在某会议室圆满结束, …培训班顺利结束, …宣传周落下帷幕): the deed a news lead dated
# by its day reports, read by the genre finder (a lead) and the year finder (a dated lead)
EVENT_ENDED = r"(?:圆满|顺利)结束|落下帷幕"
# the feast a news lead opens on before its purpose, its day or its subject (2023年12月4日是第十个国家宪法日，/ 今年是
# 第九个国家宪法日，/ 今年12月4日是第五个国家宪法日，/ 12月4日是国家宪法日，): a day's or this year's occasion, never a body's deed; read by the genre
# finder (a lead) and the agency finder (the subject after it). A year's own (2023年是…开局之年，) is no feast
_OCCASION = (
    r"(?:今年(?:\d{1,2}月\d{1,2}日)?|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[至—-]\d{1,2}日)?)(?:是|为)"
    r"[^。\n，,；;]{2,30}?(?:日|节|周|月)[”\"]?"
)
OCCASION_CLAUSE = _OCCASION + "[，,]"
# …and the run of occasions a lead may open with, as sentences of their own (今年3月22日是第三十届“世界水日”，3月22日
# 至28日是第三十五届“中国水周”。为…，某局…): read by the agency finder, whose lead's subject follows them
OCCASION_RUN = rf"(?:{_OCCASION}[，,。]\s*)+"
# organ suffixes, longest first so that 管理委员会 is not read as …委
_SUFFIX = (
    r"(?:管理委员会|工作委员会|委员会|人民政府|管委会|人大常委会|政协常委会|政协|总工会|妇联|侨联|残联|科协|工商联|文联|办事处|办公室|领导小组办公室|党工委|总局|"
    # a committee's standing group (某县委全面依法治县委员会守法普法协调小组): its own name, not its parent's
    r"(?:领导|协调)小组|"
    # (…and a city's supply and marketing co-operative, a body of its government: 某市供销合作社)
    r"(?<=[省市县区州旗])(?:供销合作社|供销社)|"
    # (…and a community's or a village's committee by its short name: 某社区居委会, 某村村委会)
    r"(?<=社区)居委会|(?<=村)(?:村)?委会|"
    # (…and a Party committee's or a Party group's theory study group, which meets as a body: 市委理论学习中心组)
    r"(?<=[委组])理论学习中心组|"
    # (…and a standing committee's law-enforcement inspection group, which reports as a body: 某人大常委会执法检查组)
    r"(?:(?<=常委会)|(?<=常务委员会))执法检查组|"
    # (…and a township's people's congress, its presidium by its short name: 某镇人大)
    r"(?<=[镇乡])人大(?!常委|代表|主席)|"
    r"监督管理局|管理局|服务局|局|委|厅|署|办|院|中心|政府|部|支队|总队|大队|(?<=执法)队|司法所|监督所|派出所|研究所|(?<=运输)管理所|"
    # (…a head station or an inspection station, never any 站 of a service: 某出入境边防检查总站, 某边防检查站)
    r"总站|(?<=检查)站|"
    # (…a customs house, named by its city or its port: 某某海关)
    r"(?<=[\u4e00-\u9fff]{2})海关|"
    # (…and a court's people's tribunal in a township, which acts and reports as a body: 某县法院某人民法庭)
    r"(?<=[\u4e00-\u9fff]{2})人民法庭|"
    # a research office is an organ (市委政研室, 市政府研究室), and so is a government's 政务督查室; a 科室, 股室 or 会议室
    # is not
    r"(?:政策)?研究室|政研室|调研室|(?<=政务)督查室|大学|学院|(?<=[\u4e00-\u9fff]{2})档案馆|供电公司|电网公司|电力公司|"
    # (…and a Party committee's school, whose own news names it: 某市委党校, 中共某县委党校)
    r"(?<=委)党校|"
    # (…a school, whose own news names it: 某镇中心小学, 某市某中学; never 中小学, the schools of a level together)
    r"(?<!中)(?<=[\u4e00-\u9fff]{2})(?:小学|中学)校?|(?<=[\u4e00-\u9fff]{2})幼儿园|"
    # the organ of a body that is no government department: 市政协机关, 县人大机关; never 行政机关, 执法机关
    r"(?:政协|人大|常委会|纪委|监委|党委|政府)机关)"
)
_ORG = re.compile(rf"[{_HAN}（）()]{{1,30}}?{_SUFFIX}")
# a society that writes as a body does (中国法学会, 某省法学会, 某市律师协会): named by its country or its place (or
# its place's level, 省法学会, as its own news names it), so that a bare 协会 or 行业协会 is none, and never a meeting
# (会议, 大会, 研究会 as a seminar)
_SOCIETY = re.compile(r"(?:中国|中华|[^\W\d_和与及]{0,10}?[省市区县州])[^\W\d_和与及]{0,10}?(?:法学会|学会|协会)")
# words that never stand inside an organisation's name: prepositions, verbs, and phrases of the report itself
_NOT_IN_NAME = re.compile(
    r"[在的了着我]|对(?![外口台])|(?<![通资])讯|作为|现将|根据|按照|依据|坚持|领导(?!小组)|指导|关于|报告|情况|系统|以来|年度|深入|全面推进(?!依法)|"
    r"法治政府|法治建设|推进|贯彻|落实|认真|工作要点|实施|我们|各级|各类|有关|相关|全市|全区|全县|"
    r"全省|全州|全旗|全镇|全乡|全国(?!委员会|人民代表大会|人大|普法办)|全系统|以及|及其|等|(?<!国务院办公厅政府信息)与(?!渔业|规划|城乡|房屋|旅游|信息化|社会保障|改革)|召开|定期|建议|组织(?!部)|开展|加强|健全|完善|印发|制定|成立|"
    r"听取|研究(?![室所院中])|部署|发布|反馈|修改|提出|提交|报送|上报|征求|形式|书面|中国政府|我国|事迹|"
    # a request sent up for approval and the work on rules, run onto the body addressed or ruled (报请市委同意,
    # 全面梳理和修订市委某室内控制度: 修订市 is no city)
    r"报请|呈报|呈请|提请|报经|梳理|修订|"
    r"发文机关|发布机构|上级|和(?:区|市|县|省)委|充分|肯定|严格|扎实|切实|积极|持续|大力|不断|努力|顺利|高度|新闻办|(?<!政治协商)(?<!联席)会议|全会|"
    # a title's or a footer's verb: 某局转发省厅关于…, 某市人民政府办公室主办; a menu's: 走进某局
    r"转发|批转|转载|主办|承办|协办|走进|欢迎|公布|"
    # a leader's own words of the post he holds: 本人担任区交通运输局党组书记、局长以来
    r"本人|担任|兼任|任职|"
    # where people came from, and a body pointed at inside a phrase: 来自该县农林牧主管部门负责人, 本届县政府第一次全体会议
    r"来自|该[省市区县州旗盟镇乡]|本届|上届|历届|"
    # a rule's words and a spam site's (某县…资金暂行管理办法, 某市行政规范性文件管理办法某市人民政府 run together,
    # 某某app下载官网科技局)
    r"暂行|下载|官网|办法|条例|细则|规定|责任制|"
    # …and a plan's sent up to a body (于1月15日前将工作方案报区人民政府办公室: no name of an office)
    r"方案|"
    # …and a betting site's words a mirror writes over the place's name (某某足球比分信访局: no body at all)
    # (…a lottery's or a casino's, 某某彩票注册办公室, 某某娱乐平台)
    r"皇冠|比分|投注|棋牌|足球(?!协会)|彩票|博彩|娱乐城|赌场|真人(?!秀)|"
    # a site's menu and a headline run onto a name by a copy that lost its lines (微信手机版某局, 某会首次举行…仪式某会)
    r"手机版|微信|微博|客户端|举行|举办|仪式|"
    # a headline's verb between two bodies: 县人大常委会审议县政府…, 学习某局…报告
    r"审议|调研|视察|考察|督导(?!委员会)|学习(?!型|中心组)|表彰|首家|首个|首批|"
    # an essay's words about itself (本文将回顾某局在过去一年的工作), a report told (某局局长某某通报某局…)
    r"本文|回顾|通报|"
    # a speaker's wish for a body (他同时希望市政府在…): a person and his verb, no name
    r"(?<!其)他|她|希望(?!工程|小学)|同时|"
    # an opening's verbs of devotion (某乡紧紧围绕乡党委…, 某局始终聚焦…): no name holds them
    r"围绕|紧紧|紧扣|聚焦|立足|着眼|始终|锚定|践行|"
    # …and of a goal met (依法履职尽责，圆满完成省人大常委会“一要点三计划”目标)
    r"完成|"
    # a definition's verb (财政预算是指国家或地方政府…) and a class of places (自治区设区市: every city with districts)
    r"是指|设区市|"
    # a person between a body and the one that asked them (某县委书记某某受某办邀请…): no organ is named 书记 or 受
    r"书记(?!处)|受(?![理灾])|设立|建立|"
    # a person speaking for a body (某某同志代表市人民政府作报告): no organ is named 同志; nor a level's governments
    # (2024年省市级政府工作报告汇编), nor a site's invitation to read (欢迎阅读镇年度工作总结)
    r"同志|级(?:人民)?政府|阅读|"
    # a body's short form defined and what it is said to be (某委员会(简称某委)是某省人民政府组成部门): a sentence
    r"简称|"
    # a verb or a schedule before a level word where no place is named (充分发挥镇党委…作用, 落实村每周镇每半月排查)
    r"发挥|强化|督促|推动|带动|覆盖|压实|夯实|每|"
    # a deputy's post cut from its holder (辛某副区长讲话 → 辛某副区), and a Party committee with its government named
    # twice over (镇党委政府镇政府): a person, and a pair of bodies, never one name
    r"副(?=[省市区县州旗镇乡]$)|政府[\u4e00-\u9fff]*政府|"
    # a template's blank before the government (某某县第X届人民代表大会政府工作报告 with the place left out)
    r"大会政府|"
    # a visit's verb between the visitor and the visited: 市人大评议组赴某局召开座谈会, 某区到某镇开展…检查
    r"赴|到|邀请|实现|"
    # …or a writer's taking part in another's event: 有幸参加某中院主办的…论坛, 出席某局…
    r"参加|出席|有幸|"
    # …or two bodies acting together: 某法院联合县司法局召开… (联合会, 联合国, 联合党委, 某联合旗 are names)
    r"联合(?![会国体社党旗])|"
    # …or a body listed with the others a legislature oversees (某市人大常委会和一府两院: no one body)
    r"一府(?:一委)?两院|"
    # …or a body's action towards another: 市委巡察组向市司法局反馈 (never 向阳区, a place: a level word follows 向);
    # a passive's agent never stands in a name (某公园被福建省司法厅授予…)
    r"[向给把从](?=[省市区县州旗镇乡])|被|"
    # a verb of the work before the body it names: 强化…市委, 结合某部, 利用分局, 领导小组下设办公室
    r"强化|结合|利用|依托|下设|以下简称|"
    # a head's post before the organ he heads: (乡人民代表大会)乡长政府工作报告 names a person, then a body
    r"[乡镇县区市省州旗]长(?=(?:人民)?政府)|"
    # …an acting head's post and the report he delivers (代市长某某作政府工作报告), a pilot's verb (某市试点建设某中心)
    r"代[乡镇县区市省州旗]长|作(?=(?:人民)?政府)|试点建设|"
    # …a session and the body that chairs it (开幕大会由某人大常委会…主持): never 自由贸易试验区's 由
    r"开幕|闭幕|(?<!自)由|"
    # page words a copy without line breaks runs into the name: 打印本页某旗人民政府, 正文某管委会, 专题专栏某局, and a
    # field's label run onto its value (公报标题某局…年报)
    r"正文|打印|本页|信息公开|专题|专栏|资讯|搜索|排序|匹配|栏目|首页|最新|任免|标题|返回|顶部|[，,。：:；;、]|"
    # a session of a body, not the body (县政协七届十七次常委会议)
    r"届[一二三四五六七八九十百\d]{1,4}次|[一二三四五六七八九十百\d]次(?=全委|全会|全体)|"
    # a speaker's verb between the speaker and what he speaks of (某某强调中央编办一直…: a person, then a body)
    r"强调|指出|表示|"
    # …or a verb of the rules a body made, run before it (出台市政府规范性文件11件: the count's sentence, no name)
    r"出台|废止|提请|"
    # …or a person speaking for the body he names after 代表 (某某代表市政府领导班子向…表示感谢)
    r"代表(?=[省市区县州旗盟镇乡]|国务院)|"
    # a page's date row run onto the name after it (今天是2024年05月20日 星期一某镇召开…)
    r"星期[一二三四五六日天]|"
    # a class of governments, no one body (山东省市县政府依法行政工作…, 县乡政府)
    r"市县乡?(?:人民)?政府|县乡(?:人民)?政府"
)
# a standing body named for its task keeps 推进 or 法治政府建设 in its name (自治区推进依法行政和政务公开领导小组办公室)
_TASK_BODY = re.compile(
    r"(?:全面)?推进(?=[\u4e00-\u9fff]{2,20}(?:领导小组|委员会)(?:办公室)?$)"
    # 某市法治政府建设领导小组办公室, and a group's office for that task (自治区依法治区领导小组法治政府建设办公室)
    r"|法治政府建设(?=(?:工作)?(?:领导小组|委员会)(?:办公室)?$|(?<=领导小组法治政府建设)办公室$)"
    # a research body named for its field (某大学法治政府研究院, 某省法治研究中心): the field is its name, no phrase
    r"|法治(?:政府)?(?=研究(?:院|所|中心|会)$)"
    # a census's leading group named for its round (某市人民政府第五次全国经济普查领导小组办公室)
    r"|第[一二三四五六七八九十]{1,3}次全国[\u4e00-\u9fff]{2,8}?(?:普查|调查)(?=(?:工作)?领导小组(?:办公室)?$)"
)
# a sentence's opening adverb or conjunction is not part of the name after it: 最终中央依法治国办将…
_LEADING_WORD = re.compile(
    r"最终|最后|同时|此外|另外|其中|目前|随后|此前|之后|届时|今后|并且|而且|还|也|均|都|已|又|再|另"
    # focus and order: 特别是某局…, 首先某局…; time: 近年来某县…, 上半年某局…, 会上某局…
    r"|特别是|尤其是|主要|重点是|首先|其次|然后|总体上|从而|因此|一方面|例如|比如|包括|即(?!墨)"
    r"|(?:近|多|几|数|历)年来|全年|全体|年内|今年|去年|明年|上半年|下半年|会上|会后|当前|下一步|接下来|近期|近日|日前"
    # a count's adverb: 共审查区直部门…, 共办理…; never 共青城市 or 共和县
    r"|共(?![青和])"
    r"|截至|早在|自从|首次|率先|共同|联合|配合|协助|邀请|督促|确保|推动|支持|迅速|主动|带头|专门"
    # a purpose's verb run onto the body it serves: 提升政府依法行政的能力 (never a name's first word)
    r"|提升|提高|促进|增强|优化|深化|助力|转变|紧紧|围绕"
    # the work's own word before an organ (法治县委, 法治政府…): a phrase, never a body's first word
    r"|法治"
    # modal and negation: 须某局…, 没有某局…; never a character that opens a place's name (应县, 正定县, 如皋市,
    # 曾都区, 乃东区, 可克达拉市, 自贡市, 会同县)
    r"|要求|希望|只有|没有|须|需|拟|凡|亦|仍|正在|曾经"
    # a demonstrative: 这个省将…, 该县司法局, 该案由某法院… (a body pointed at, never named; 那曲, 那坡县 are real places)
    r"|这|该|此|那个|那一|那些|整个|每个|哪个"
    # an agent's mandate: 受县政府委托… (never a body's name)
    r"|受"
)
# a town's name whose first character is also an adverb (都里镇, 均安镇, 还地桥镇), never the adverb before a pointed or
# counted town (都该镇…, 均各乡镇…)
_TOWN_LIKE_A_WORD = re.compile(r"[都均还][^\W\d是在有要已将把被对从为各个些一该此这每全本乡镇村]{1,3}?(?:镇|乡|街道)")
# a level's Party committee and its government with no place's name (市委市政府, 县委县政府): no one's name
_BARE_PAIR = re.compile(r"([省市区县州旗盟镇乡])(?:委|党委)\1?(?:人民)?政府")
# (三)政府: an enumerator, not a name; 年政府 the tail of a date run onto a title (2023年政府工作报告)
# (…nor an organ's word, a name's head lost to a line break or a cut: 委办公室政府办公室, 领导小组办公室公布了)
_NOT_FIRST = set("由经向对为是各据按在将把被从和与及并以于年获（(委局厅")
# a term's ordinal before a level's government, its place cut off before it (某镇第十七届镇政府 → 第十七届镇政府; 十六届州政府
# is how a news item names its own)
_TERM_ONLY = re.compile(r"第[一二三四五六七八九十百\d]{1,4}届[省市区县州旗盟镇乡](?:人民)?政府")
# superior bodies a report names in passing: never the agency unless the title or the preamble's subject says so
# an organ word with no owner: never a name on its own (_BARE), and a superior's in passing (_GENERIC)
_OWNERLESS = {
    "村委会",
    "村村委会",
    "街道办事处",
    "街道办",
    "办事处",
    "人民政府",
    "管委会",
    "委员会",
    "政府办公室",
    "政府办",
    "政府办公厅",
    "人民政府办公厅",
    "管理委员会",
    # a legislature's or a CPPCC's standing committee with its owner cut off (政协某旗委员会召开常务委员会第九次会议)
    "常务委员会",
    "常委会",
    "基层政府",
    "人民政府办公室",  # (a metadata block's 发布机构 人民政府办公室: its government's place left out)
    "办公室",
    # (…a centre's office with no centre named: 中心办公室在做好自身工作的同时, a template's any centre)
    "中心办公室",
    "中心办",
    "政府",
    "自治区",
    "自治州",
    "自治县",
    # a court's or a procuratorate's kind with no place before it: 最高人民法院 is a name, its tail 人民法院 is not
    "人民法院",
    "人民检察院",
    "法院",
    "检察院",
    "中级人民法院",
    "高级人民法院",
    # an award's or an appraisal's panel (初评委员会在严格评审基础上…): whose panel the word alone does not say
    "初评委员会",
    "终评委员会",
    "评审委员会",
    "评选委员会",
    "专家委员会",
    "组委会",
}
_GENERIC = {
    "市委",
    "市政府",
    "区委",
    "区政府",
    "县委",
    "县政府",
    "省委",
    "省政府",
    "州委",
    "州政府",
    "镇党委",
    "镇政府",
    "乡党委",
    "乡政府",
    "党委",
    "中心",
    "办",
    "委",
    "局",
    "部",
    "院",
    "街道",
    "街办",  # (a street's office by its short form, no street named: 街办成立…工作小组)
    "街道办",
    "街道党工委",  # (a street's party committee with no place: 我街道's report names no one by it)
    "党工委",  # (…nor a zone's, by its kind alone: 党工委 under a copy that lost the zone's name)
    "工委",
    "街道工委",
    # a company's board named without its company (董事局由以下九名董事组成): whose board the text does not say
    "董事局",
    "董事会",
    "监事会",
    # a department or a bureau by its level alone (经厅领导同意，省厅决定…): the text's own short word, no one body
    "省厅",
    "市局",
    "县局",
    "区局",
    "新城",
    "本市",
    "本区",
    "本县",
    "该市",
    "该区",
    "该县",
} | _OWNERLESS
_BARE = _OWNERLESS | {
    "政府机关",
    # an internal office a page's 来源 names without its owner (来源：党政办 under a school's or a town's news)
    "党政办",
    "党政办公室",
    "综合办",
    "综合办公室",
    "党政综合办",
    "党政综合办公室",
    # …or a government's office by its clipped short form, no place before it (发布机构：区府办)
    "区府办",
    "县府办",
    "市府办",
    "州府办",
    "旗府办",
    "省府办",
    # a class of organs or a unit inside one, its owner cut off (a menu's 部委, 委办局; 分局, 局办公室, 党支部)
    "部委",
    "厅局",
    "委办局",
    "总部",
    "本部",
    "分局",
    "支部",
    "党支部",
    "总支部",
    "机关支部",
    "机关党委",
    "机关纪委",
    "局办公室",
    "审管办",  # (a court's case-management office, named without its court)
    "府院",  # (the government and the court as a pair, 府院联动: no one body)
    "厅办公室",
    "委办公室",
    "主任办公室",
    # a demonstrative before an organ word: 本局, 该委, 本院 (a report's or a news item's pronoun, no name)
    *(d + o for d in "本该此其" for o in ("局", "委", "厅", "院", "办", "部", "署", "中心", "政府", "机关")),
}  # organ words with no place or field: a name with its owner cut off
# words that end like an organ but are not one: 格局, 大局, 干部, 全部; an enumerator (一是…) inside
_NOT_AN_ORGAN = re.compile(
    r"(?:格|布|大|全|开|变|(?<!更)新|结|僵|当|时)局$|(?:干|全|内|外|局|细|头|基层|顶|底|首|尾|东|西|南|北|中|前|后|上|下|背)部$|[一二三四五六七八九十]是|通过"
    r"|(?:大|展|餐|客)厅$|(?:督|交|代|帮|经|催|待|在|举|申|领|包|创|开|兴|筹)办$"  # 政务服务大厅, 交办-督办, 申办: a hall or a verb, no organ
    r"|^(?:[^人]{0,12}委)?常委$"  # 常委, 区委常委: members of a standing committee, people (人大常委 is a body's short name)
    # a kind of place, not one place: 乡镇委员会, 镇街党委, 县区政府 name every town's or county's body at once
    r"|^(?:乡镇(?!企业)|镇街|街镇|县区|区县|县市(?:区|(?!场))|市县区?|省区市|省市区)"
    # a tier, not a body: 省级人民政府, 县级政府 (every province's, every county's)
    r"|^[省市县区乡镇]一?级"
    # an organ run into the 政府 of a phrase after it (某局政府信息公开…, 本机关政府…): a government is a place's
    r"|[局委厅部办署院关](?:人民)?政府$"
)
# courts and procuratorates named together (温州法院, 浙江法院, 两级法院, 各级检察院): a place's or a tier's courts as a
# whole. One court's name carries its kind (某市中级人民法院, 某区人民法院, 某海事法院) or at least its place's level
# (县法院, 市中级法院), so a bare place stem before 法院 (温州, 浙江; a prefecture's 州 is part of the stem) names a
# system of courts, and no one body wrote the text.
_COURTS_TOGETHER = re.compile(
    r"(?:(?=.{2,4}(?:法院|检察院)$)[^\W\d_省市区县州旗盟镇乡]{1,4}州?(?<!人民)(?<!海事)(?<!金融)(?<!军事)"
    r"|.*(?:两级|各级|基层|上级))(?:法院|检察院)"
)
# a page's sections end in 中心 as organs do (新闻中心, 下载中心, 帮助中心); an organ's 中心 has an owner before it
# (市大数据中心, 某部法律援助中心, 国家…研究中心, 某大学…研究中心)
_OWNED_CENTRE = re.compile(r"[省市区县州旗盟镇乡部厅局委办院国学所会司]")
_PARTY_ORGAN = re.compile(r"(?:党组|党委|党组织|领导班子)(?:成员)?$")


# a 苏木 is Inner Mongolia's township (某旗某苏木), a 镇 or 乡 by another name
# the words a place's name ends in: its level, an autonomous or a special region's, a zone's, a street's
# (a zone by its whole name: 某地高新技术产业开发区, 呼伦贝尔经济技术开发区, its place's stem too long to be read as one
# word before 开发区)
_LEVEL_WORD = (
    r"(?:自治[区州县旗]|特别行政区|新区|(?:高新技术产业|经济技术)?开发区|高新区|街道|苏木|[省市区县州旗盟镇乡])"
)
_PLACE = re.compile(
    rf"[{_HAN}]{{1,14}}?{_LEVEL_WORD}"
    # a new town of a state-level new area (某新区某新城), governed by its own committee as a district is
    rf"|[{_HAN}]{{2,4}}(?<![建设造老])新城"
    rf"|[{_HAN}]{{2,4}}(?<![行业大老食古化路])街"  # 鹤龙街: a street (街道) by its short name, not 步行街 or 商业街
)
# what a place's name never holds: an organ word inside it, a pointer before its level, a verb of the work before
# it (某市司法局多措并举推动各县, 提高某镇: a sentence's words that end where a level word does; 某某代表区委…: a person
# speaking for a body)
# (…nor is a community, a compound or a jurisdiction a place that issues anything: 某社区, 某小区, 辖区, 片区 end
# in 区 as a district does, and so does 设区市, a city with districts, cut before its 市: 某省设区市林业局长会议; nor a
# batch's rank before a level: 首批州“示范村”, 第二批县级…)
_NOT_IN_PLACE = re.compile(
    r"[局厅委办署].|政府.|[各该每].$|^(?:提高|推动|加快|助力|多措并举|抓好|做好|搞好|办好)|来到|前往|一行|代表|(?:社|小|辖|片|学|灾|(?<!建)设)区$|批[省市区县州旗盟镇乡]$"
)
# (加强, 指导 and 督促 before a level word are refused already, by _NOT_IN_NAME and _LEADING_WORD, for every name)
# a place's name is a chain of short names, each ending in its level (某省某自治州某市, 某县某镇): a stem of eight
# characters or more before a level word is a sentence's words (某某一行来到某镇), not a place
_PLACE_CHAIN = re.compile(
    rf"(?:[{_HAN}]{{1,7}}?(?:{PEOPLES}自治[区州县旗]|{_LEVEL_WORD}))+"
    rf"|.*(?:新城|街)"  # 某新城, 某街: named by _PLACE's last two branches
)
# a county named by one character (陇县, 沛县); never a word ending in 县 (全县, 各县, 本县, 该县, 两县, 郡县)
# words that point at a place without naming it (全县, 各市, 本镇, 我县, 某州, 原县): never a one-character stem
_POINTERS = "全各本该两每一某此我其原郡知"
# a regiment of the Xinjiang Production and Construction Corps (兵团), a town-level place by its number (五团, 106团,
# 一〇六团, 第六师一〇三团, 第十四师某某市二二五团, 团场 its farm): its reports name it so, as a county's name its county
_REGIMENT = re.compile(
    rf"(?:第?[一二三四五六七八九十]{{1,3}}师(?:[{_HAN}]{{2,4}}市)?)?(?:\d{{1,3}}|[一二三四五六七八九十〇零百]{{1,4}})团(?:场)?"
)
_TWO_CHAR_COUNTY = re.compile(rf"[^{_POINTERS}市省州区县]县")


def joint_level(name: str) -> Optional[str]:
    """The level of the place whose party committee and government issue jointly (巴州党委、政府 -> 州,
    某市委、市政府 -> 市), or None for any other name."""
    listed = _JOINT_LISTED.fullmatch(name)
    return (listed.group(2) or listed.group(1)[-1]) if listed else None


# how a place's government is named at the end of a joint name (中共某县委某县人民政府, 某区党工委管委会)
_GOVERNS = re.compile(r"(?:政府|管委会|管理委员会|办事处)$")
# two places linked by a hyphen in one body's name (中国-东盟, 广西-东盟经济技术开发区)
_LINKED = re.compile(rf"[{_HAN}]{{2,8}}-[{_HAN}]{{2,30}}")
_JOINT = re.compile(
    r"^(?:中共.{2,24}?(?:委员会|党委|党工委|党组)|.{2,12}?(?:省委|市委|区委|县委|州委|旗委|党委|党工委))(?=.{3})"
)


# the Party's and the State's central organs issuing jointly, as a news lead names them (近日，中共中央、国务院印发…;
# 中共中央办公厅、国务院办公厅印发…), or the Party's centre alone (中共中央, on its line under a decision's title): an
# issuer that no organ suffix rule reads, whose 中共 is no party group's
CENTRAL_JOINT = re.compile(r"中共中央(?:办公厅)?(?:、国务院(?:办公厅)?)?")

# one body with two signboards, the second in brackets: 某市应急管理局(人防办), 经开区(杨舍镇)
_SECOND_NAME = re.compile(r"(.{2,30}?)[(（]([^()（）]{2,24})[)）]")
# a place's party committee and government reporting jointly: 云南省委、省政府, 郏县县委、县政府; a place named with
# 党委 (巴州党委、政府, 某镇党委、镇人民政府)
# …and a zone's party working committee with its management committee (某度假区党工委、管委会), a street's with its
# office (某街道党工委、办事处)
_JOINT_LISTED = re.compile(
    rf"([{_HAN}]{{2,14}}?)(?:(?:((?<!党)(?:省|市|县|区|州|旗))委|党委)、(?:\2|[省市县区州旗盟镇乡])?(?:人民)?政府"
    r"|党工委、(?:管委会|办事处))"
)
# a place's Party committee's and government's general offices, issuing jointly (中共某县委办公室 某县人民政府办公室)
_JOINT_OFFICES = re.compile(rf"((?:中共)?[{_HAN}]{{2,14}}?委办公[室厅])[ \u3000、]+([{_HAN}]{{2,14}}?政府办公[室厅])")
# a place's short name of two characters (巴州 for a 自治州, 渠县), before its party committee: never a word that
# ends in a level (全州, 各县, 本市, 我镇)
_SHORT_PLACE = re.compile(rf"[^{_POINTERS}省市州区县旗盟镇乡][州市县旗盟镇乡]")


# 和 after a party committee or a government joins two bodies (自治区党委和政府); inside a department's name it
# joins two fields (住房和城乡建设局, 发展和改革委员会)
# …and after an organ's suffix before another body of a place (某市普法办和某市人民法院, 县司法局和县法院)
_JOINED_BODIES = re.compile(
    r"(?:(?:党委|党组|政府|[省市县区州旗盟镇乡]委)和|(?:局|办|院|厅|室|委员会)和(?=[\u4e00-\u9fff]{0,8}?[省市县区州旗盟镇乡]))"
    # (和 that opens a place's name, 和田县, 和平区, 和政县, joins nothing; 和县 is read as 和 and a county)
    r"(?![田平静龙顺硕]|政县|布克|林格尔)"
)
# an organ acting with another (某办公室会同某局组织…): read on the whole name, before places are set aside, as the
# verb runs into 会同县's name
_ACTS_WITH = re.compile(r"[室局委办厅院府门会](?:会同|协助|配合)")
# a bare place holds no words of the work: 某镇法治乡镇 is the title of a campaign (创建法治乡镇), not a place
_WORK_WORD = re.compile(r"法治|依法|示范|创建|建设|乡镇")
# …but a town whose one-character stem is followed by 乡 names itself so (某区鹿乡镇: the town 鹿乡, not townships);
# never a pointer's or a count's (全乡镇, 各乡镇, 两乡镇)
_XIANG_TOWN = re.compile(rf"((?:^|[省市区县州旗盟])[^{_POINTERS}二三四五六七八九十几多数诸])乡镇$")
_SPACED = re.compile(rf"(?:[{_HAN}] ){{2,}}[{_HAN}]")


def despace(line: str) -> str:
    """青 海 省 卫 生 健 康 委 → 青海省卫生健康委: a name letter-spaced on a cover line."""
    return line.replace(" ", "") if _SPACED.fullmatch(line) else line


def _outside_places(name: str) -> str:
    """``name`` with the characters of every real division it names blanked: 天等县's 等 and 于都县's 于 are a
    county's own, no word of a sentence (asked only of a name holding such a word)."""
    if not _NOT_IN_NAME.search(name):
        return name
    chars, at = list(name), 0
    while at < len(name):
        length = place_at(name, at)
        if length:
            chars[at : at + length] = "地" * length
        at += max(length, 1)
    return "".join(chars)


# a kind of place, not a place: the pilot towns, the key counties, the poor ones (试点镇积极作为)
_KIND_OF_PLACE = re.compile(
    r"(?:试点|重点|中心|贫困|示范|先进|所属|相关|有关|其他|其余|部分|全部|周边|辖区|各个|多个|沿线|偏远|边远|乡镇|城镇)"
    r"[镇乡村县市]"
    # (…or a kind of zone with no place's name: 自贸试验区以制度创新为核心 of a zone's rules, 自贸区 in any story)
    r"|自由贸易试验区|自贸试验区|自贸区|综合保税区"
)


# a government's term before its name (某县第十八届人民政府, 十二届州人民政府): the government in that term; org_name
# drops the term (_TERM_OF; a Party committee's, _PARTY_TERM_OF) and where() finds it again (_IN_TERM), so both read
# it from these words
_TERM = r"第?[一二三四五六七八九十]{1,3}届"
_LEVEL_GOVERNMENT = r"(?:[省市区县州旗盟]|自治[区州县旗])?人民政府"
# (…and a place's Party committee's, 中共某市第九届委员会; a political consultative conference keeps its term in its
# name, 中国人民政治协商会议某县第十一届委员会)
_TERM_OF = re.compile(rf"{_TERM}(?={_LEVEL_GOVERNMENT}$)")
_PARTY_TERM_OF = re.compile(rf"(?<=[省市区县州旗盟]){_TERM}(?=委员会$)")


def _termless(name: str) -> str:
    """``name`` without the term a government's or a place's Party committee's name may carry."""
    return _PARTY_TERM_OF.sub("", name) if name.startswith("中共") else _TERM_OF.sub("", name)


# a department's word with its first character lost (生健康委 of 卫生健康委, 治政府 of 法治政府, 场监督管理局): the rest of
# a name a hard wrap cut, on the line below its start; never a name's own start
_DEPARTMENT_WORDS = (
    "卫生健康 市场监督管理 市场监管 生态环境 人力资源和社会保障 自然资源 住房和城乡建设 交通运输 农业农村 应急管理 "
    "医疗保障 退役军人事务 发展和改革 法治政府 司法行政 综合行政执法 行政审批 政务服务 文化和旅游"
).split()
_WORD_TAIL = re.compile("(?:" + "|".join(sorted({word[1:] for word in _DEPARTMENT_WORDS}, key=len, reverse=True)) + ")")


# a gambling site's name run onto a body's by a mirror: Macao's name after an organ's last character, or a casino's
_CASINO_TAIL = re.compile(
    rf"(?<=[府局委厅办院部])澳[门門](?!特别|特別|特区|特區)[{_HAN}]{{2,8}}$|(?:新?葡京|威尼斯人|金沙城)[{_HAN}]{{0,6}}$"
)


# a head's post inside the words, something after it (副省长来省林业局): a sentence about a person, never a name
# (a place's name may hold the same characters: 某区长兴镇, so the post is told by the deed after it)
_HEAD_POST_INSIDE = re.compile(
    r"(?:省长|市长|县长|区长|州长|镇长|乡长|局长|厅长|部长)(?=来|到|赴|在|主持|出席|调研|视察|考察|率|带队|一行)"
)
# a person by post and name, then a body, in a list of those present (巡视员王某某及省司法厅相关部门负责人出席)
_PERSON_LISTED = re.compile(r"(?:巡视员|调研员|书记|[局厅处科]长|主任)[\u4e00-\u9fff]{2,3}(?:及|和|以及)")
# a court's or a procuratorate's internal office or division after its name (审管办, 政治部, 民一庭, 第二检察部)
_COURT_OFFICE = re.compile(
    r"(.{2,30}?(?:法院|检察院))(?:审管办|审判管理办公室|政治部|研究室|立案庭|(?:民|刑|行政)事?[一二三四五六]?庭"
    r"|第[一二三四五六七八九十]检察部)"
)


def org_name(candidate: str, *, place: bool = False) -> Optional[str]:
    """``candidate`` as an organisation's name, or None: it must end in an organ suffix and hold no verb,
    preposition or report phrase (市卫生健康委在市委 and 浙江省法治政府 are fragments, not names). With
    ``place``, a bare place (南昌县, 清波街道) also names its government: so reports of a place's government
    call themselves in their titles and opening sentences. Of joint issuers (中共某乡党委某乡人民政府) the
    government is named."""
    name = candidate.strip(" \u3000")
    if CENTRAL_JOINT.fullmatch(name):
        return name
    if _WORD_TAIL.match(name):
        return None  # 市卫⏎生健康委, 法⏎治政府: a department's word a line break cut, its first character on the line above
    if _KIND_OF_PLACE.fullmatch(name):
        return None  # 试点镇, 重点县: a kind of place a text speaks of (试点镇积极作为), no place's name
    if name.startswith("基层"):
        return None  # 基层司法所: the grassroots' bodies of a kind an essay speaks of, no one body
    if name.endswith("成员单位") and re.search(r"(?:领导小组|委员会)$", name[:-4]):
        # 县法制宣传领导小组成员单位在…设立咨询台: the group's members at work together are the group
        return org_name(name[:-4], place=place)
    if name.endswith("地区") and not any(is_stem(name[k:-2]) for k in range(len(name) - 3)):
        return None  # 资源型地区, 民族地区: a kind of region an essay speaks of; a prefecture is a known one (和田地区)
    if _LINKED.fullmatch(name):  # 广西-东盟经济技术开发区: two places linked in one zone's name (a real one first:
        # a menu's 政务公开-某局 links no places)
        linked = name.replace("-", "")
        first = name.split("-")[0]
        return name if (is_stem(first) or first == "中国") and org_name(linked, place=place) == linked else None
    if (second := _SECOND_NAME.fullmatch(name)) and org_name(second.group(1), place=place):
        inner = second.group(2)
        if re.match(r"(?:以下)?简称|下称", inner):  # 某办公室(简称领导小组办公室): one name and its short form
            return org_name(second.group(1), place=place)
        if inner == "本级":
            # 某局(本级)2021年度部门决算: the body's own accounts, by its name
            return org_name(second.group(1), place=place)
        if re.fullmatch(r"本级机关|机关本级|机关", inner):
            return name  # 海关总署(本级机关): the body's own offices, apart from the units under it, reporting
        # a body with three signboards lists the other two: 某市数据局(市营商环境建设局、市行政审批局)
        return name if all(org_name(each, place=True) for each in inner.split("、")) else None
    if (group := re.fullmatch(r"(.{4,40}[)）])(?:党组|党委)", name)) and (
        body := org_name(group.group(1), place=place)
    ):
        return body  # 某县藏语委办(编译局)党组: the Party group of a body that has a second name speaks for the body
    if (listed := _JOINT_LISTED.fullmatch(name)) and (
        org_name(listed.group(1), place=True)
        or org_name(listed.group(1) + (listed.group(2) or ""), place=True)
        or _SHORT_PLACE.fullmatch(listed.group(1))
        or (name.endswith(("管委会", "办事处")) and org_name(listed.group(1) + name[-3:]))
    ):
        return name
    if (
        (offices := _JOINT_OFFICES.fullmatch(name))
        and org_name(offices.group(1), place=place)
        and (issuer := org_name(offices.group(2), place=place)) == offices.group(2)
    ):
        return issuer  # 中共某县委办公室 某县人民政府办公室: the two general offices issuing jointly, the government's named
    if (
        (joint := _JOINT.match(name))
        # a second full name after a space or a 、, or the government: 市委全面依法治市委员会办公室 is one body
        and (name[joint.end()] in " \u3000、" or _GOVERNS.search(name))
        and (rest := org_name(name[joint.end() :].lstrip(" \u3000、"), place=place))
        and rest not in _GENERIC  # 中共某县委、县政府, 某区委区政府: the government has no name of its own
        # (after a 、 only the place's government is the joint's second name: 某街道党工委、县司法局 lists two bodies)
        and not (name[joint.end()] == "、" and not _GOVERNS.search(rest))
    ):
        return rest
    if (group := re.fullmatch(r"(?:中共)?(.{3,24}?)(?:党组|党委)\1", name)) and (
        body := org_name(group.group(1), place=place)
    ):
        return body  # 中共某厅党组某厅关于…: the body's Party group and the body
    name = _PARTY_ORGAN.sub("", name)  # 市卫生健康委党组 → 市卫生健康委
    # a government in its term (某县第十八届人民政府, 十二届州人民政府 convening its standing meeting) is the government
    name = _termless(name)
    name = re.sub(r"(民政局|司法局|教育局|财政局|公安局|统计局|审计局|商务局|局|委)\1$", r"\1", name)  # 民政局民政局
    tail = name.find(name[-2:]) + 2
    if (
        3 <= tail <= len(name) - 3
        and starts_a_stem(name[tail:])  # (a whole name again, its place first: never 某常务委员会|法制工作委员会)
        # (…nor a branch under the body, named by its place: 某市公共资源交易服务中心某县分中心)
        and not re.search(r"分(?:中心|局|院|所|行|会)$", name)
        and org_name(name[:tail], place=True)
        and (again := org_name(name[tail:], place=place))
    ):
        return again  # 州乡村振兴局湘西州乡村振兴局: a page's name of the body and its title's, run together by a copy
    if name.startswith("中共") and not re.search(
        r"(?:委员会|党委|党工委|工委|市委|区委|县委|州委|旗委|盟委|省委|小组)$", name
    ):
        name = name[2:]  # 中共某局（党组）: the bureau's party group speaks for the bureau
    if place and _REGIMENT.fullmatch(name):  # 五团, 106团, 第一师十团: a corps regiment, governed as a town is
        return name
    if not 2 <= len(name) <= 32 or re.search(r"\d", name):
        return None
    if _BARE_PAIR.fullmatch(name):
        return None  # 市委市政府, 县委县政府: a level's Party committee and government with no place's name, no one
    if name[0] in _NOT_FIRST and not name.startswith(("经济", "经开")) and not place_at(name, 0):
        return None  # 经…批准, 向某局 are no names; 经济开发区 is, and so are 从化区, 和平区, 于都县 (real places)
    if name.startswith(("领导小组", "工作领导小组")) or name == "中华人民共和国政府" or _TERM_ONLY.match(name):
        return None  # a group's office without the group's name; a law's title (《中华人民共和国政府信息公开条例》)
    if re.fullmatch(r"[年月日][局委厅办]", name):
        return None  # 2020年10月局党组书记…: a date's tail before the organ's own short form (月局), no name
    if _HEAD_POST_INSIDE.search(name) or _PERSON_LISTED.search(name):
        # 某某副省长来省林业局: a head's post and the head's deed, no name; nor 巡视员某某及省司法厅, a person by post
        # and name listed before a body among those who attended
        return None
    if court := _COURT_OFFICE.fullmatch(name):
        name = court.group(1)  # 某法院审管办, 某检察院第一检察部: the court's own office at work for the court
    if name.endswith("海关关区"):
        name = name[:-2]  # 某海关关区: the customs house with the houses under it, reporting as the customs house
    if name.endswith("依法办"):
        return None  # 依法办结…案件: a verb's words, not an office (依法治市办 is one)
    if name.endswith(("市县", "县市", "区县")):
        return None  # 全面深化市县法治建设…: two levels side by side are a scope, no place (梅县区 is one)
    if (twice := re.fullmatch(r"(.{3,16})\1", name)) is not None:
        name = twice.group(1)  # 某市生态环境局某市生态环境局: a copy that lost the break between title and byline
    else:  # 武汉市某局市某局: the page's byline, then the title's short form, run together
        name = next(
            (name[:k] for k in range(4, len(name) - 2) if name[:k].endswith(name[k:]) and _ORG.fullmatch(name[k:])),
            name,
        )
    if _CASINO_TAIL.search(name):
        return None  # 某市人民政府澳门某某城中心: a casino's name a mirror ran onto the body's (see ``casino_cut``)
    if name.count("(") + name.count("（") != name.count(")") + name.count("）"):
        return None  # 某局党组(以下简称市局: a bracket the text has not closed yet
    if _LEADING_WORD.match(name) and not place_at(name, 0) and not _TOWN_LIKE_A_WORD.fullmatch(name):
        # (都昌县, 都匀市, 共和县: a real place's name may open with such a word; so may a town's, which the
        # gazetteer of counties does not hold: 都里镇, 均安镇, 还地桥镇)
        return None
    if _NOT_IN_NAME.search(_outside_places(_TASK_BODY.sub("", name))) or name in _BARE or _NOT_AN_ORGAN.search(name):
        return None
    if _COURTS_TOGETHER.fullmatch(name) and not _county_court(name):
        return None
    if re.search(r"[局委厅部署办院]机关$", name) and org_name(name[:-2]) == name[:-2]:
        return name  # 某市市场监督管理局机关: the bureau's own offices, as its disclosure report names them
    if name.endswith("中心") and not (
        _OWNED_CENTRE.search(name[:-2]) or any(is_stem(name[:k]) for k in range(2, min(5, len(name) - 2)))
    ):
        return None  # (a centre of a place named by its stem is owned all the same: 济南住房公积金中心)
    if _JOINED_BODIES.search(name):
        return None  # 自治区党委和政府, 市委和市政府: two bodies joined, no one name
    if _ACTS_WITH.search(name):
        return None  # 县政府办公室会同县司法局: a body acting with another (会同县, a county, is a place's name)
    if re.match(r"党(?:委|组|工委)", name) or name.endswith("校区"):
        # 党委理论学习中心组, 党委办公室: a Party committee's part with no owner named, whose it is unsaid; 西校区: a
        # school's campus, no district
        return None
    if _run_on_front(name) or province_as_city(name):
        return None  # 编制某自治州, 号某县: a word run onto a real place's name; 广西市: a province's stem as a city
    if (
        _ORG.fullmatch(name)
        or _SOCIETY.fullmatch(name)
        or (
            place
            and len(name) >= 3
            and _PLACE.fullmatch(name)
            and name not in _GENERIC
            and not _WORK_WORD.search(_XIANG_TOWN.sub(r"\1", name))
            and not _NOT_IN_PLACE.search(name)
            # 本街道, 该镇: a pointer to the place, not its name (本溪市, 本溪县: a real division by its own name)
            and (name[0] not in "本该其此" or place_at(name, 0) > 0)
            and (_PLACE_CHAIN.fullmatch(name) or place_at(name, 0) == len(name))
        )
    ):
        return name
    if place and _TWO_CHAR_COUNTY.fullmatch(name):  # 陇县, 沛县, 单县: counties named by one character
        return name
    if _county_court(name):
        return name  # 霞浦法院, 鲁山检察院: a county's one court or procuratorate named by the county's stem alone
    return None


def _county_court(name: str) -> bool:
    """``name`` is a county's court or procuratorate named by the county's stem with no level word (霞浦法院): one
    body, as a county has one of each (a prefecture's stem names its courts together, see ``_COURTS_TOGETHER``)."""
    court = re.fullmatch(r"(.{2,6}?)(?:人民)?(?:法院|检察院)", name)
    return bool(court and county_stem(court.group(1)))


# (…or its Party group by the organ's word alone, opening a clause: 2020年，局党组共组织学习22次 is the bureau's own)
_SELF_ORGAN = re.compile(r"我(局|委|厅|部(?!门)|办|署|院|校)|(?<![\u4e00-\u9fff])(局|厅)党组(?!织)")


def self_organs(text: str) -> set[str]:
    """The organ a text calls itself (我局, 我委, a university's 我校): the suffix its own name must end in."""
    return {a or b for a, b in _SELF_ORGAN.findall(text[:20000])}


# the levels a text calls itself by (我市, 我县)
_SELF_LEVEL = re.compile(r"我(省|市|州|盟|县|区|旗|镇|乡)")


def self_levels(text: str) -> set[str]:
    """The levels a text calls itself by (我市, 我县): a county's report that says 我县 speaks as a county, as
    ``self_organs`` tells the organ one that says 我局 speaks as."""
    return {m.group(1) for m in _SELF_LEVEL.finditer(text, 0, 20000)}


def speaks_as(name: str, organs: set[str]) -> bool:
    """Whether ``name`` may be the body a text calls 我局/我委: it ends in that organ (市卫生健康委 for 我委,
    某市发展和改革委员会 too, 某办公室 for 我办)."""
    name = re.sub(r"[(（][^()（）]*[)）]$", "", name)  # 某市应急管理局(人防办) is a 局
    return any(
        name.endswith(s)
        or (s == "委" and name.endswith(("委员会", "工委", "管委会")))  # 我委: a zone's 管委会 too
        or (s == "办" and name.endswith(("办公室", "办事处")))  # 我办: a street office too
        or (s == "校" and name.endswith(("大学", "学院")))  # 我校: a university or a college
        for s in organs
    )


# a news outlet or a page's publisher: the 来源 of a news item, the credit under it, a site's footer; it reports
# or reposts what another body did, and is never the document's writer by that line alone
_OUTLET = re.compile(
    r"媒体|版权保护|新闻中心|传媒|宣传部|报社|日报|晚报|电视台|广播|网信办|新闻办|记者站|编辑部|网站|门户"
)


# a body that is no organ of the state but answers for its rule-of-law work as one: a company (某集团有限公司,
# 某股份有限公司), named by its head's title (某集团有限公司党组书记、董事长某某)
_COMPANY = re.compile(rf"[{_HAN}（）()]{{2,30}}?(?:有限(?:责任)?公司|集团)")


def company_name(candidate: str) -> Optional[str]:
    """``candidate`` when it is, whole, a company's name: no verb, preposition or page word inside."""
    if not _COMPANY.fullmatch(candidate) or candidate[0] in _NOT_FIRST or _LEADING_WORD.match(candidate):
        return None
    return None if _NOT_IN_NAME.search(candidate) else candidate


def outlet(name: str) -> bool:
    return bool(_OUTLET.search(name))


def two_names(name: str) -> Optional[str]:
    """The second of two whole names of one place run together (中共某县县委某县人民政府, 某市国防动员办公室某市人民防空
    办公室: lines above a title, or a joint title's names, in a copy that lost its breaks and spaces): the one right
    before the title's 关于, as the title finder reads it on a copy that kept its lines. The second may start with
    a place the first names after its city (深圳市某区人民政府某区应急管理局: a site's name run onto its bureau's
    title). Never a body inside another (某市公安局某区分局: the second does not start with the first's place)."""
    for k in range(4, len(name) - 3):
        front, rest = name[:k], name[k:]
        core = front.removeprefix("中共")
        # (where a place's name may start inside the first: its start, or after a level word of the place above)
        starts = [0] + [j for j in range(2, min(8, len(core))) if core[j - 1] in "省市州盟"]
        if (
            any(
                core[i - 1] in "省市区县州旗盟镇乡街" and rest.startswith(core[j:i])
                for j in starts
                for i in range(j + 2, min(j + 9, len(core)))
            )
            and org_name(front) == front
            and exact_name(rest) == rest
            and front not in _GENERIC
        ):
            return rest
    return None


# what may stand before a place inside a name: a place or an organ (某省某市, 某市某区, 某局某分局, 中共…), or a
# national body's prefix (中国人民银行某市中心支行, 国家税务总局某县税务局)
_FRONT_OF_PLACE = re.compile(r"[省市区县州旗盟镇乡局厅部委办院所会党团共署司处队站]|^(?:中国|中华|国家|全国|国网|驻)")


# a news column's name run onto the front of its item's headline by a copy that lost its line breaks (工作动态某镇召开…)
_COLUMN_FRONT = re.compile(
    r"(?:工作|法治|本地|政务|部门|乡镇|基层|综合|图片|时政)?(?:动态|要闻|资讯|快讯)(?=[\u4e00-\u9fff]{3})"
)


def _run_on_front(name: str) -> bool:
    """``name`` starts with a word run onto the front of a real place's name (编制某自治州, 号某县, 办公室某市): a fragment,
    told by the gazetteer of places rather than by a list of such words, which is never complete (a column's name,
    工作动态某镇, whatever place follows)."""
    if _COLUMN_FRONT.match(name):
        return True
    at = first_place(name)
    if at < 0 and name[-1] in "州":
        # (…or onto a city named without its level word whose own name ends in one, 内容涵盖|广州, 推动|郑州: a place
        # that reads as a 州 by its last character)
        at = next((len(name) - k for k in (4, 3, 2) if len(name) > k and is_stem(name[-k:])), -1)
    # (…or an organ's word with no owner, the tail of the name before it: 中共某市委|办公室某市人民政府办公室)
    # (…or a town's or a village's, which never stands before another place: a page's crumb, 苏木镇|某盟某旗某苏木)
    return at > 0 and (
        name[:at] in _BARE
        or re.search(r"[镇乡村]$", name[:at]) is not None
        or (not _FRONT_OF_PLACE.search(name[:at]) and not is_stem(name[:at]))
    )


def broken_name(first: str, second: str) -> Optional[str]:
    """A name two lines cut in two (中国人民政治协商会议 / 常宁市第十一届委员会常务委员会, a title's or a byline's): the first
    line is no name alone, the two together are one that goes past it. The second line alone would name a body that
    does not exist."""
    head = despace(first)
    if not re.fullmatch(rf"[{_HAN}（）()]{{2,24}}", head) or re.search(r"[年月日]", head):
        return None  # 2023 / 年年 / 最高人民法院: a year's debris, no name's front
    name = org_name(head + despace(second))
    if not name or not name.startswith(head) or len(name) == len(head):
        return None
    return name


_IN_TERM = re.compile(rf"({_LEVEL_GOVERNMENT}|委员会)$")


def where(hay: str, name: str) -> Span:
    """Where ``name``, as :func:`org_name` read it from ``hay``, stands there: verbatim, or as the government in its
    term it was read from (某县第十八届人民政府 read as 某县人民政府: the quote is the words the text has). Never
    outside ``hay``: a name it cannot place is quoted as all of ``hay``."""
    if (at := hay.find(name)) >= 0:
        return at, at + len(name)
    for k in range(len(name)):
        if _IN_TERM.fullmatch(name, k):
            term = re.compile(re.escape(name[:k]) + _TERM + re.escape(name[k:]))
            if m := term.search(hay):
                return m.span()
    return 0, len(hay)


def occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` stands in ``text``, every place."""
    out, at = [], text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1)
    return out


def exact_name(candidate: Optional[str], *, place: bool = False) -> Optional[str]:
    """``candidate`` when it is, as it stands, an organisation's name (:func:`org_name` keeps it whole): the
    finders that read a name from a fixed slot (a speaker line, a credit, a signature) take all of it or nothing."""
    if not candidate:
        return None
    return candidate if org_name(candidate, place=place) == candidate else None


def casino_cut(candidate: str) -> Optional[str]:
    """The body's name a mirror ran a casino's onto (某市人民政府澳门某某城中心: a mainland body has no unit named after
    Macao, only one posted there, 驻澳门…), when what is left is a name as it stands."""
    cut = _CASINO_TAIL.sub("", candidate)
    return exact_name(cut) if cut != candidate else None


def in_term(candidate: str) -> Optional[str]:
    """The government ``candidate`` names in its term (某县十八届人民政府 → 某县人民政府), when that is all it is:
    quoted where the text has it by :func:`where`."""
    named = org_name(candidate)
    return named if named and named != candidate and _termless(candidate) == named else None


# the level words a place's name ends in, county and above and below (某省, 某市, 某县, 某镇)
LEVEL_CHARS = "省市区县州旗盟镇乡"
# a body named by its level alone, no place before it (市司法局, 县人民政府, 自治区人民政府办公厅; never 市场监管局)
_LEVEL_LED = re.compile(r"(?:自治区|自治州|自治县|自治旗|[省市区县州旗盟镇乡])(?![场域])")


def level_only(name: str) -> bool:
    """``name`` opens on a level word with no place before it (市司法局): whose body it is, the name does not say."""
    return _LEVEL_LED.match(name) is not None


def proper_place(name: str) -> bool:
    """``name`` is a place's own name with its level (某县, 贵州省), no organ word and no level word alone."""
    return exact_name(name, place=True) == name and name not in _GENERIC
