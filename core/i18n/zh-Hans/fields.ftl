# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = 提交前请核对
review-intro = 十二个部分的所有回答，按您填写的原样显示。缺少或需要更正的内容排在最前面；点击"修改"可跳转到相应字段。
review-missing =
    { $count ->
        [one] 有一项信息缺失或需要更正：
       *[other] 有 { $count } 项信息缺失或需要更正：
    }
review-nothing-missing = 没有缺少任何内容：所有部分均已完成。
review-change = 修改
review-no-answers = 此部分没有回答。
review-answers = 各部分的回答
review-yes = 是

## Sections
section-legal-basis = 法律依据
section-personal = 个人资料
section-birth-certificate = 出生证明
section-entry-stay = 入境与居留
section-residences = 在意大利的居住
section-family = 家庭
section-income = 收入
section-judicial = 犯罪记录
section-language = 意大利语
section-payments = 缴费
section-documents = 文件
section-consent = 声明与提交

## Choices
choice-yes = 是
choice-no = 否
basis-art5-italy = 第 5 条 – 与意大利公民结婚，居住在意大利
basis-art5-abroad = 第 5 条 – 与意大利公民结婚，居住在国外
basis-art9-a = 第 9 条第 1 款 a) – 在意大利出生或为出生即为公民者的后代
basis-art9-b = 第 9 条第 1 款 b) – 被意大利公民收养的成年人
basis-art9-c = 第 9 条第 1 款 c) – 为意大利国家服务
basis-art9-d = 第 9 条第 1 款 d) – 欧盟公民
basis-art9-e = 第 9 条第 1 款 e) – 无国籍人士或难民
basis-art9-f = 第 9 条第 1 款 f) – 合法居住至少 10 年
refugee-status-refugee = 难民
refugee-status-stateless = 无国籍
sex-male = 男
sex-female = 女
marital-single = 未婚
marital-married = 已婚
marital-civil-union = 民事结合
marital-separated = 分居
marital-divorced = 离婚
marital-widowed = 丧偶
legalisation-apostille = 海牙认证（Apostille）
legalisation-consular = 领事认证
legalisation-exempt = 免认证（公约）
permit-eu-long-term = 欧盟长期居留许可（permesso UE per soggiornanti di lungo periodo）
permit-work = 工作
permit-family = 家庭
permit-study = 学习
permit-asylum = 庇护
permit-subsidiary-protection = 辅助保护
permit-eu-registration = 登记证明（欧盟公民）
permit-other = 其他
relationship-spouse = 配偶
relationship-child = 子女
relationship-parent = 父母
relationship-sibling = 兄弟姐妹
relationship-other-relative = 其他亲属
relationship-other = 其他
income-source-cu = Certificazione Unica
income-source-730 = 730 表
income-source-unico = Modello Redditi
income-source-none = 未申报收入
gap-reason-cancelled-reregistered = 户籍登记被注销后又恢复
gap-reason-lived-abroad = 我曾在国外居住
gap-reason-other = 其他原因
exemption-none = 无豁免：B1 证书
exemption-eu-long-term-permit = 持有欧盟长期居留许可
exemption-integration-agreement = 已签署融入协议
exemption-italian-qualification = 意大利学校或大学学历
doc-birth-certificate = 出生证明
doc-criminal-record = 无犯罪记录证明
doc-identity-document = 身份证件
doc-residence-permit = 居留许可
doc-codice-fiscale = Codice fiscale
doc-language-certificate = 意大利语证书
doc-income-statement = 报税表
doc-payment-receipt = 缴费收据
doc-marriage-certificate = 结婚证明
doc-atto-notorio = Atto notorio（宣誓声明）
doc-other = 其他文件

## Fields: 1 legal basis
field-legal-basis-basis = 法律依据
field-legal-basis-prefecture = 主管省政府（Prefettura）
field-legal-basis-art9a-born-in-italy = 在意大利出生（否则：出生即为公民者的后代）
field-legal-basis-adoption-date = 收养日期
field-legal-basis-state-service-employer = 所服务的公共机构
field-legal-basis-state-service-from = 服务开始
field-legal-basis-state-service-to = 服务结束
field-legal-basis-refugee-or-stateless = 难民或无国籍
field-legal-basis-status-recognised-on = 身份获承认的日期

## Fields: 2 personal data
field-personal-surname = 姓
field-personal-name = 名
field-personal-birth-surname = 出生时的姓（如不同）
field-personal-sex = 性别
field-personal-birth-date = 出生日期
field-personal-birth-place-town = 出生地
field-personal-birth-place-province = 出生省份（仅限意大利）
field-personal-birth-place-country = 出生国
field-personal-citizenships = 现有国籍
field-personal-codice-fiscale = Codice fiscale（税号）
field-personal-residence-street = 街道地址
field-personal-residence-house-number = 门牌号
field-personal-residence-postcode = 邮政编码
field-personal-residence-municipality = 居住市镇（Comune）
field-personal-residence-province = 省份
field-personal-email = 电子邮件
field-personal-phone = 电话
field-personal-marital-status = 婚姻状况

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = 签发机关
field-birth-certificate-act-number = 证明编号
field-birth-certificate-issue-date = 签发日期
field-birth-certificate-legalisation = 认证
field-birth-certificate-legalisation-date = 认证日期
field-birth-certificate-translated = 已译成意大利语（或多语种格式）
field-birth-certificate-replaced-by-atto-notorio = 以 atto notorio 代替（难民和无国籍人士）

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = 首次进入意大利的日期
field-entry-stay-permit-type = 居留许可类型（permesso di soggiorno）
field-entry-stay-permit-number = 许可编号
field-entry-stay-permit-issuer = 签发的 Questura（警察局）
field-entry-stay-permit-issue-date = 许可签发日期
field-entry-stay-permit-expiry-date = 许可到期日（无限期则留空）
field-entry-stay-foreign-document-kind = 外国证件（护照、身份证…）
field-entry-stay-foreign-document-number = 证件号码
field-entry-stay-foreign-document-issuer = 签发机关
field-entry-stay-foreign-document-issue-date = 签发日期
field-entry-stay-foreign-document-expiry-date = 到期日期
field-entry-stay-italian-id-card-kind = 意大利证件（可选）
field-entry-stay-italian-id-card-number = 意大利证件号码
field-entry-stay-italian-id-card-issuer = 签发市镇
field-entry-stay-italian-id-card-issue-date = 意大利证件签发日期
field-entry-stay-italian-id-card-expiry-date = 意大利证件到期日期

## Fields: 5 residences
field-residences-periods = 在意大利的登记居住（residenza anagrafica）
field-residences-periods-municipality = 市镇
field-residences-periods-province = 省份
field-residences-periods-from = 自
field-residences-periods-to = 至（当前居住则留空）
field-residences-periods-gap-before-reason = 此期间之前的中断：原因（仅在有空档时填写）
field-residences-registered-in-italy-before-14 = 14 岁前已在意大利登记为居民

## Fields: 6 family
field-family-spouse-surname = 配偶的姓
field-family-spouse-name = 配偶的名
field-family-spouse-birth-date = 配偶的出生日期
field-family-spouse-birth-place-town = 配偶的出生地
field-family-spouse-birth-place-province = 配偶的出生省份
field-family-spouse-birth-place-country = 配偶的出生国
field-family-spouse-codice-fiscale = 配偶的 codice fiscale
field-family-spouse-italian-citizen = 配偶是意大利公民
field-family-spouse-marriage-date = 结婚日期
field-family-spouse-marriage-place = 结婚地点
field-family-spouse-transcription-municipality = 婚姻登记转录的市镇
field-family-spouse-transcription-date = 转录日期
field-family-spouse-separation-date = 分居日期（如有）
field-family-spouse-divorce-date = 离婚日期（如有）
field-family-spouse-annulment-date = 婚姻被宣告无效的日期（如有）
field-family-spouse-death-date = 配偶死亡日期（如有）
field-family-children-with-spouse = 夫妻共同生育或收养的子女
field-family-household = 家庭成员（nucleo familiare）
field-family-household-surname = 姓
field-family-household-name = 名
field-family-household-birth-date = 出生日期
field-family-household-birth-place-town = 出生地
field-family-household-birth-place-province = 出生省份
field-family-household-birth-place-country = 出生国
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = 关系
field-family-household-dependant = 受抚养

## Fields: 7 income
field-income-years = 最近三年的收入
field-income-years-year = 纳税年度
field-income-years-amount = 应税收入（reddito imponibile，欧元）
field-income-years-source = 报税表
field-income-years-dependent-spouse = 该年受抚养的配偶（留空 = 与第 6 部分相同）
field-income-years-other-dependants = 该年其他受抚养家属（人数；留空 = 取自第 6 部分，并计入该年之前出生的人）
field-income-years-family-income = 家庭成员的收入
field-income-years-family-income-member-name = 家庭成员
field-income-years-family-income-amount = 收入（欧元）
field-income-years-family-income-source = 报税表
field-income-years-family-income-same-household = 是否与申请人在同一家庭登记（stato di famiglia）中？

## Fields: 8 criminal record
field-judicial-no-convictions = 在意大利或国外均无刑事定罪
field-judicial-convictions-details = 定罪或诉讼的详情
field-judicial-pending-proceedings = 未结的刑事诉讼
field-judicial-certificates = 各居住国的无犯罪记录证明（certificato penale）
field-judicial-certificates-country = 国家
field-judicial-certificates-issue-date = 签发日期
field-judicial-certificates-legalisation = 认证
field-judicial-certificates-translated = 已译成意大利语

## Fields: 9 language
field-language-exemption = 免交语言证书
field-language-certifying-body = 认证机构（CILS、CELI、PLIDA、CERT.IT…）
field-language-level = 级别
field-language-certificate-number = 证书编号
field-language-certificate-date = 证书日期

## Fields: 10 payments
field-payments-contribution-iuv = 250 欧元费用：pagoPA 通知代码 / IUV
field-payments-contribution-paid-on = 费用缴纳日期
field-payments-contribution-amount = 费用金额（欧元）
field-payments-stamp-duty-iuv = 16 欧元印花税票（marca da bollo）：识别码
field-payments-stamp-duty-paid-on = 印花税票购买日期
field-payments-stamp-duty-amount = 印花税票金额（欧元）

## Fields: 12 declarations
field-consent-truthfulness = 我声明所填资料属实（DPR 445/2000 第 46、47、75 和 76 条）
field-consent-privacy = 我已阅读隐私声明（GDPR 第 13 条）
field-consent-reviewed = 我已检查整份申请
