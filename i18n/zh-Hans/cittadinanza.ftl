# Cittadinanza — 简体中文界面 (Simplified Chinese interface).
# Texts machine-assisted: corrections by native speakers are welcome (see README, "Languages").
# Other areas (validation, codice fiscale, store, pdf, portal, rules) append their blocks at
# the end between `# --- <area> ---` and `# --- end <area> ---`.

## Application
app-title = Cittadinanza
app-subtitle = 意大利国籍申请
app-opening = 正在打开数据文件夹…
app-notice-dismiss = 知道了
app-closing-waiting = 所有申请和文件保存完毕后，窗口将关闭。
app-close-anyway = 仍然关闭（未保存的更改将丢失）
error-internal = 发生内部错误。已保存的数据未受影响。
settings-save-failed = 无法保存设置：{ $detail }
common-cancel = 取消

## Navigation
nav-applicants = 申请人
nav-home = 我的申请
nav-application = 申请
nav-settings = 设置
nav-welcome = 欢迎与指南
welcome-title = 欢迎使用 Cittadinanza
welcome-intro = 本应用帮助在意大利生活的外国人为内政部（Ministero dell'Interno）门户网站准备意大利国籍申请，也帮助为申请人提供协助的服务窗口（patronato、协会、市政府）。
welcome-private = 所有内容都加密保存在这台电脑上。在您登录门户网站之前，不会发送任何内容。
welcome-paths = 两种途径
welcome-path-residence = 基于居留（第 9 条）：在意大利合法居留一段时间后，一般为 10 年（欧盟公民 4 年，难民和无国籍人 5 年），且最近三年有足够的收入。
welcome-path-marriage = 基于婚姻（第 5 条）：如果您与意大利公民结婚或缔结民事结合，自结婚起在意大利居留满 2 年（如在国外居住则为 3 年）；如有子女，期限减半。
welcome-at-hand = 需要准备的材料
welcome-have-identity = 护照或身份证件、居留许可（permesso di soggiorno）和税号（codice fiscale）
welcome-have-birth = 经认证（或附海牙认证 apostille）并翻译的出生证明（atto di nascita）
welcome-have-record = 原籍国以及您 14 岁以后居住过的所有其他国家的无犯罪记录证明（certificato penale）（自签发之日起 6 个月内有效）
welcome-have-residence = 您在意大利居住过的地址及日期
welcome-have-income = 最近三年的收入（CU、730 或 Unico；仅适用于居留途径）
welcome-have-language = 意大利语 B1 证书（如您未获豁免）
welcome-eligibility-title = 我能申请吗？
welcome-eligibility-hint = 几个问题即可告诉您现在是否可以提交申请，或从何时起可以提交。
welcome-eligibility = 开始检查
welcome-who-title = 您为谁使用本应用？
welcome-who-hint = 您以后可以在设置中更改（服务窗口模式）。
welcome-myself = 为我自己
welcome-help-desk = 我是服务窗口
nav-glossary = 术语表

## Applicants
applicants-title = 申请人
applicants-my-application = 我的申请
applicants-search = 按姓名、codice fiscale 或 K10 编号搜索
applicants-show-archived = 显示已归档
applicants-showing = 显示 { $total } 个中的 { $shown } 个：按姓名、codice fiscale 或 K10 搜索以缩小列表。
applicants-show-more = 再显示 { $count } 个
applicants-new = 新申请人
applicants-empty = 未找到任何申请。
applicants-start = 开始新的申请
applicants-unnamed = （尚无姓名）
applicants-last-saved = 保存于 { $time }
applicants-archived = 已归档
applicants-progress = 已完成 { $done }/{ $total } 个部分
applicants-open = 打开
applicants-archive = 归档
applicants-unarchive = 恢复
applicants-delete = 删除
applicants-confirm-delete = 永久删除 { $name } 的申请及其文件？
applicants-delete-confirm = 是，删除

## Section editor
editor-section-complete = 本部分已完成
editor-section-incomplete = 本部分待填写
editor-saving = 正在保存…
editor-unsaved = 有未保存的更改
editor-saved-at = 保存于 { $time }
editor-not-saved-yet = 尚未保存
editor-back = ← 申请人
editor-save = 保存
editor-previous = ← 上一部分
editor-next = 下一部分 →
editor-add-row = + 添加
editor-remove-row = 移除
editor-attachments = 已附文件
editor-no-attachments = 未附任何文件。
editor-issued-on = 签发于 { $date }
editor-attach-new = 附加文件
editor-attach-kind = 文件类型
editor-attach-issue-date = 签发日期（如有关）
editor-attach-country = 国家（无犯罪记录证明）
editor-attach-choose-file = 选择文件…
editor-choose-kind-first = 请先选择文件类型。
placeholder-date = DD/MM/YYYY（日/月/年）
placeholder-amount = 12.345,67
placeholder-comma-list = 用逗号分隔
placeholder-choose = 请选择…
editor-prefecture-propose = 建议：{ $name } 省政府（Prefettura）（居住省份）
editor-consulate-label = 主管领事机构（居住在国外）
editor-consulate-placeholder = 例如 Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = 请填写对您居住地有管辖权的意大利领事机构名称，按大使馆或领事馆网站上显示的写法填写：本应用没有领事馆列表。文件将寄往该机构。

## Settings
settings-title = 设置
settings-language = 语言
settings-theme = 主题
settings-text-scale = 文字大小：{ $percent }%
settings-data-folder = 数据文件夹
settings-choose-folder = 选择文件夹…
settings-default-folder = 默认文件夹
settings-restart-needed = 新文件夹将在下次启动时使用。
settings-portal-url = 门户网站地址
settings-help-desk = 服务窗口模式（多位申请人）
settings-help-desk-hint = 适用于帮助很多人的服务窗口和协会。关闭时，应用只显示您自己的申请。
theme-light = 浅色
theme-dark = 深色
theme-high-contrast = 高对比度

## Glossary
glossary-title = 术语表
glossary-intro = 在申请和省政府来信中会遇到的意大利行政用语，附简要解释。信件中使用的是意大利语原文。
glossary-italian = 意大利语：{ $term }
glossary-prefettura = 省政府
glossary-prefettura-desc = 国家在省一级的机构，负责接收、审查国籍申请并通知决定。
glossary-comune = 市镇政府
glossary-comune-desc = 城市或乡镇的行政机构：管理居民登记、签发证明并组织宣誓。
glossary-codice-fiscale = 税号
glossary-codice-fiscale-desc = 由 16 个字符组成的代码，用于在意大利税务和公共机构识别每个人。
glossary-residenza-anagrafica = 户籍登记
glossary-residenza-anagrafica-desc = 在所居住市镇的居民登记册上登记。申请国籍时只计算已登记的居住，而非单纯的停留。
glossary-permesso-di-soggiorno = 居留许可
glossary-permesso-di-soggiorno-desc = 由 Questura（警察局）签发、允许非欧盟公民留在意大利的证件。
glossary-permesso-ue-lungo-periodo = 欧盟长期居留许可
glossary-permesso-ue-lungo-periodo-desc = 发给在意大利合法居住至少五年者的无限期居留许可；持有者免交语言证书。
glossary-questura = 警察局
glossary-questura-desc = 国家警察在省一级的办公室，负责签发和更新居留许可。
glossary-atto-notorio = 宣誓声明
glossary-atto-notorio-desc = 在公职人员面前宣誓作出的声明；对难民和无国籍人士可代替出生证明。
glossary-nucleo-familiare = 家庭户
glossary-nucleo-familiare-desc = 在居民登记中登记为同一家庭的人（即"stato di famiglia"，家庭状况证明）；他们的收入可以与申请人的收入合并计算。
glossary-reddito-imponibile = 应税收入
glossary-reddito-imponibile-desc = 需要缴税的收入，见于报税表或 Certificazione Unica（年度收入证明）。
glossary-certificato-penale = 无犯罪记录证明
glossary-certificato-penale-desc = 出生国和各居住国出具的犯罪记录证明；自签发之日起六个月内有效。
glossary-marca-da-bollo = 印花税票
glossary-marca-da-bollo-desc = 在烟草店或网上购买的 16 欧元印花税票；申请中需填写其编码。
glossary-pagopa = pagoPA
glossary-pagopa-desc = 向公共机构付款的系统；用它缴纳 250 欧元费用并获得 IUV 代码。
glossary-autocertificazione = 自我声明
glossary-autocertificazione-desc = 代替证明文件的签名声明；作虚假声明属于刑事犯罪。
glossary-spid = SPID（数字身份）
glossary-spid-desc = 用于登录内政部门户网站及其他在线公共服务的数字身份。
glossary-pec = 认证电子邮件
glossary-pec-desc = 具有法律效力的电子邮件，相当于带回执的挂号信。
glossary-numero-k10 = K10 编号
glossary-numero-k10-desc = 省政府为已受理申请分配的案卷编号；每次联系时都要注明。
glossary-preavviso-di-rigetto = 拒绝预告
glossary-preavviso-di-rigetto-desc = 省政府宣布打算驳回申请的信函（第 10-bis 条）：您可以在规定期限内提交文件和意见作答。
glossary-decreto = 授予国籍令
glossary-decreto-desc = 授予国籍的法令；由市镇政府或省政府送达。
glossary-giuramento = 宣誓
glossary-giuramento-desc = 在法令送达后六个月内于市镇政府作出的效忠共和国的宣誓：从那一天起您就是意大利公民。

## Unlock
unlock-title = 打开数据文件夹
unlock-explanation = 您的数据已加密。请输入文件夹的密码（首次使用时请设定至少 12 个字符的密码）。
unlock-passphrase = 密码
unlock-open = 打开
unlock-create-title = 设定密码
unlock-create-explanation = 数据将用密码加密，每次启动时都需要输入。密码至少需要 { $min } 个字符；由多个词组成的句子更容易记住，也更安全。
unlock-keyring-unavailable = 系统钥匙串不可用，因此数据由密码保护。
unlock-details = 详情
unlock-details-hide = 隐藏详情
unlock-repeat = 再次输入密码
unlock-min-length = 至少 { $min } 个字符。
unlock-strength-too-short = 太短：至少需要 { $min } 个字符。
unlock-strength-weak = 较弱：请添加单词、数字或符号。
unlock-strength-fair = 一般。
unlock-strength-strong = 强。
unlock-no-recovery = 注意：如果忘记密码，任何人都无法恢复数据。请把密码写下来并保存在安全的地方。
unlock-mismatch = 两次输入的密码不一致。
unlock-create = 创建并继续

# --- codice fiscale ---
err-cf-empty = 请输入 codice fiscale。
err-cf-length = codice fiscale 有 16 个字符；这个有 { $found } 个。
err-cf-character = 第 { $position } 个字符（"{ $character }"）不能出现在 codice fiscale 的这个位置。
err-cf-check-letter = 最后一个字母（校验字符）应为 { $expected }，而不是 { $found }：请检查代码是否抄写正确。
err-cf-month = "{ $found }" 不是有效的月份字母（A B C D E H L M P R S T）。
err-cf-day = { $month } 月没有 { $day } 日（女性的日期要加 40）。
err-cf-unknown-place = 没有任何市镇或外国的代码是 { $code }。
err-cf-place-code-format = "{ $code }" 不是地点代码（一个字母加三位数字，例如 H501 或 Z404）。
err-cf-surname-missing = 缺少姓（至少需要一个字母）。
err-cf-name-missing = 缺少名（至少需要一个字母）。
err-cf-unsupported-character = { $field ->
        [surname] 姓
       *[name] 名
    }中含有"{ $character }"，没有对应的拉丁字母：请按护照或居留许可上的写法填写。
err-cf-place-missing = 缺少出生地。
err-cf-town-missing = 缺少出生市镇。
err-cf-unknown-municipality = 没有名为"{ $name }"的意大利市镇。
err-cf-municipality-province = { $province } 省没有名为"{ $name }"的市镇。
err-cf-municipality-ambiguous = 有多个市镇名为"{ $name }"（{ $provinces }）：请填写省份。
err-cf-municipality-date = 市镇"{ $name }"在 { $date } 尚不存在：请填写出生当日该市镇的名称。
err-cf-unknown-country = 未知国家："{ $name }"。
err-cf-mismatch-surname = codice fiscale 与姓不符：姓得出 { $expected }，代码中为 { $found }。
err-cf-mismatch-name = codice fiscale 与名不符：名得出 { $expected }，代码中为 { $found }。
err-cf-mismatch-birth-date = codice fiscale 与出生日期不符：资料中为 { $expected }，代码中为 { $found }。
err-cf-mismatch-sex = codice fiscale 与性别不符：资料中为 { $expected }，代码中为 { $found }。
err-cf-mismatch-place = codice fiscale 与出生地不符：资料中为 { $expected }，代码中为 { $found }。
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = 系统钥匙串（凭据存储）不可用，因此无法在其中保存数据密钥。您可以改用每次启动时输入的密码来保护数据。详情：{ $detail }
secrets-failed = 系统钥匙串拒绝了该操作：{ $detail }
secrets-malformed = 系统钥匙串中的密钥"{ $name }"已损坏。
secrets-passphrase-too-short = 密码至少需要 { $min } 个字符。
secrets-key-derivation-failed = 无法从密码派生密钥：{ $detail }
store-in-use = 此数据文件夹已在另一个窗口或程序中打开。请关闭后重试。
store-newer-format = 这些数据由更新版本的程序保存（格式 { $found }）。请更新程序后再打开；数据未被更改。
store-wrong-key = 密钥与此数据文件夹不匹配：无法解密数据。
store-wrong-passphrase = 密码错误。请重试：数据未被更改。
store-passphrase-required = 此数据文件夹受密码保护：请输入密码打开文件夹。
store-key-missing = 此数据文件夹的密钥不在本机的钥匙串中（文件夹是从另一台电脑复制的，或钥匙串已被重置）。没有密钥就无法读取数据：请使用原来的电脑，将申请人导出为加密包。
store-applicant-not-found = 该申请人已不存在（可能已被删除）。
store-version-not-found = 版本 { $version } 已不可用。
store-document-not-found = 该文件已不存在（可能已被移除）。
store-document-missing = 数据文件夹中缺少文件"{ $name }"的加密文件。请重新导入。
store-document-damaged = 文件"{ $name }"已损坏（完整性校验不符），未导出。请重新导入。
store-corrupt = 部分已保存的数据已损坏，无法读取（{ $detail }）。
store-file-not-found = 找不到文件或文件夹：{ $path }
store-not-a-file = "{ $path }"不是文件。
store-permission-denied = 权限被拒绝：{ $path }
store-disk-full = 磁盘已满：请释放空间后重试。未保存的更改仍保留在窗口中。
store-io-failed = 读写 { $path } 时出错：{ $detail }
store-database-failed = 本地数据库错误：{ $detail }
store-bundle-wrong-passphrase = 此数据包的密码错误。
store-bundle-truncated = 数据包不完整（复制或下载中断）。请重新复制。
store-bundle-tampered = 数据包已被修改或损坏，无法导入。
store-not-a-bundle = 此文件不是 Cittadinanza 数据包。
store-bundle-unsupported-version = 数据包由更新版本的程序创建（格式 { $found }）。请更新程序后再导入。
store-history-note = 每次保存都会生成一个版本：每位申请人保留最近 { $count } 个版本。
# --- end store ---

# --- portal ---
err-portal-invalid-url = 门户地址"{ $url }"无效：需要 https:// 地址（本计算机上的门户可用 http://）。
err-portal-insecure-url = 地址"{ $url }"未加密：只能通过 https:// 访问门户（http:// 仅允许用于本计算机上的门户）。
err-portal-answer-too-large = 门户发送的回复超过 { $megabytes } MB：已被中断。服务器可能出现故障，或者它不是门户。
err-portal-unreachable = 无法连接门户网站。您的更改仍在队列中，将尽快发送。
err-portal-timeout = 门户网站未及时响应。您的更改仍在队列中；请稍后再试。
err-portal-server = 门户网站出错（代码 { $status }）。您的更改仍在队列中。
err-portal-unauthorized = 您的会话已过期或尚未登录。请重新登录。
err-portal-bad-credentials = 电子邮件或密码错误。
err-portal-forbidden = 此账户无权执行该操作。
err-portal-not-found = 在门户网站上找不到该申请（或它未与此账户关联）。
err-portal-account-exists = 使用此电子邮件的账户已存在。请直接登录，无需注册。
err-portal-conflict = 该申请已在别处被修改（版本 { $version }）。请逐个部分选择要保留的版本。
err-portal-already-submitted = 该申请已提交：不会再创建第二份。
err-portal-not-editable = 已提交的申请不能再修改。
err-portal-incomplete = 门户网站不接受该申请：缺少字段 { $detail }。
err-portal-associate-mismatch =
    { $field ->
        [surname] 姓与申请中的姓不符。
        [name] 名与申请中的名不符。
        [birth_date] 出生日期与申请中的出生日期不符。
        [previous_email] 填写的电子邮件不是申请中使用的电子邮件。
        [k10_number] 没有申请使用此 K10 编号（格式 K10/0000001 或 K10/C/0000001）。
       *[any] 这些信息与任何申请都不符。请检查 K10 编号（格式 K10/0000001 或 K10/C/0000001）、姓、名、出生日期以及申请中使用的电子邮件。
    }
err-portal-already-associated = 该申请已与另一个账户关联。请联系省政府（Prefettura）。
err-portal-too-large = 文件或数据对门户网站来说太大（文件最大 64 MB）。
err-portal-rate-limited = 尝试次数过多。请等待几分钟（最多一小时）后重试。
err-portal-checksum = 文件在传输中损坏。请重试：重新发送是安全的。
err-portal-rejected = 门户网站拒绝了请求（{ $code }）。
err-portal-protocol = 门户网站的响应异常：它可能运行着不同的版本。（{ $detail }）
err-portal-local = 无法读写本地同步数据：{ $detail }
err-portal-document = { $detail }
err-portal-token-store = 无法在系统钥匙串中记住登录：{ $detail }
err-portal-not-linked = 该申请尚未发送到门户网站。
err-portal-relink-pending = 同步数据正在重建：请登录门户并同步，重新关联申请，然后再发送新的申请。
portal-status-draft = 草稿
portal-status-submitted = 已提交
portal-status-accepted = 省政府已受理
portal-status-inadmissible = 被宣布不予受理
portal-status-notice-10bis = 拒绝预告（第 10-bis 条）
portal-status-granted = 已通过法令授予国籍
portal-status-rejected = 已通过法令驳回
portal-status-oath-scheduled = 已确定宣誓预约
portal-comm-acceptance = 申请于 { $date } 被受理
portal-comm-inadmissibility = 申请于 { $date } 被宣布不予受理
portal-comm-notice-10bis = { $date } 的拒绝预告：请在 { $days } 天内（{ $respond_by } 前）答复
portal-comm-decree-granted = { $date } 的授予国籍令
portal-comm-decree-rejected = { $date } 的驳回令
portal-comm-oath-appointment = 宣誓时间 { $appointment }，地点 { $place }
portal-sync-pending = { $count ->
    [0] 全部已同步
   *[other] { $count } 项更改等待发送
}
portal-queue-damaged = 与门户的同步数据已损坏：已在数据文件夹中保留一份副本，名为"{ $file }"。本计算机上的申请和文件完好无损。请登录门户并同步：与申请的关联将被重建。
portal-queue-rebuilt =
    已损坏的同步数据（副本"{ $file }"）已重建：{ $count ->
        [one] 一份申请已重新关联到门户。
       *[other] { $count } 份申请已重新关联到门户。
    }与门户之间的差异会在发送前向您显示。
portal-queue-dismiss = 知道了
portal-sync-uploads-failing =
    { $count ->
        [one] 更改已发送，但有一个文件未能上传：{ $error }
       *[other] 更改已发送，但有 { $count } 个文件未能上传（第一个：{ $error }）
    }
portal-sync-conflicts = { $count ->
   *[other] { $count } 份申请需要协调
}
portal-conflict-keep-mine = 保留我的版本
portal-conflict-take-theirs = 使用门户网站的版本
portal-sign-in = 登录门户网站
portal-sign-out = 退出门户网站
portal-role-applicant = 申请人
portal-role-operator = 服务窗口工作人员
# --- end portal ---

# --- validation ---
## Field checks (rules::Problem)
err-missing = 必填。
err-invalid-date = 日期无效：请按 DD/MM/YYYY（日/月/年）格式填写（例如 05/03/2020）。
err-impossible-date = 此日期不存在：请检查日和月。
err-year-out-of-range = 年份不合理：请完整填写四位数字。
err-date-in-future = 日期不能在将来。
err-date-before-birth = 日期早于出生日期。
err-end-before-start = 结束日期早于开始日期（{ $start }）。
err-date-before = 日期不能早于{ $event ->
        [event-first-entry] 首次进入意大利的日期
        [event-marriage] 结婚日期
        [event-status-recognised] 身份获承认的日期
       *[event-issue] 签发日期
    }（{ $date }）。
err-expired = 已于 { $date } 过期。
err-invalid-amount = 金额无效：请以欧元填写，例如 12.345,67 或 12345.67。
err-wrong-amount = 应缴金额为 { $expected } 欧元。
err-invalid-email = 电子邮件地址无效（例如 name@example.com）。
err-invalid-phone = 电话号码无效：只能使用数字和空格，国际区号写在 + 之后（例如 +39 333 1234567）。
err-invalid-province = 不是意大利省份代码：两个字母，例如 MI。
err-invalid-postcode = 邮政编码（CAP）无效：五位数字。
err-invalid-year = 年份无效：请填写四位数字，例如 2024。
err-invalid-notice-code = 代码无效：pagoPA 通知代码为 18 位数字，IUV 为 15 到 25 个字母或数字。
err-invalid-name = 只允许字母、空格、撇号、句点和连字符。
err-birth-place-contradicts-basis = 您说自己在意大利出生，但个人资料中的出生地在国外。
err-spouse-not-italian = 以婚姻为依据的申请（第 5 条）要求配偶是意大利公民。
err-not-married = 以婚姻为依据的申请（第 5 条）要求婚姻状况为"已婚"或"民事结合"。
err-atto-notorio-not-allowed = atto notorio 只能为难民和无国籍人士代替出生证明。
err-translation-required = 文件必须译成意大利语（或为多语种摘录）。
err-residence-gap = 从 { $from } 到 { $to } 没有居住记录：请补充缺少的时段或更正日期。
err-residence-overlap = 此时段与第 { $other } 个时段重叠。
err-open-period-not-last = 只有当前（最后一个）居住可以不填结束日期。
err-residences-not-up-to-date = 最后一个居住于 { $date } 结束：请添加您当前的居住。
err-registered-before-14-contradicted = 根据所填居住记录，您在意大利的首次登记是在 14 岁之后。
err-income-year-missing = 缺少 { $year } 年的收入。
err-income-year-not-required = 只需要 { $years } 年的收入。
err-duplicate-year = 您已经填写过这一年。
err-criminal-certificate-missing = 缺少该国的无犯罪记录证明：{ $country }。
err-language-level-too-low = { $level } 级不够：至少需要 B1。
err-invalid-language-level = 级别无效：A1、A2、B1、B2、C1 或 C2。
err-exemption-needs-long-term-permit = 此豁免仅适用于持有欧盟长期居留许可者（在第 4 部分填写）。
err-exemption-not-for-eu-citizens = 欧盟公民不享受豁免：需要 B1 证书。
err-must-accept = 必须勾选此声明才能提交申请。
err-document-missing = 缺少文件：{ $kind ->
        [doc-birth-certificate] 出生证明
        [doc-criminal-record] 无犯罪记录证明
        [doc-identity-document] 身份证件
        [doc-residence-permit] 居留许可
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] 意大利语证书
        [doc-income-statement] 收入证明
        [doc-payment-receipt] 缴费收据
        [doc-marriage-certificate] 结婚证明
        [doc-atto-notorio] atto notorio
       *[doc-other] 其他文件
    }。
err-document-missing-for = 缺少文件：{ $kind ->
        [doc-birth-certificate] 出生证明
        [doc-criminal-record] 无犯罪记录证明
        [doc-identity-document] 身份证件
        [doc-residence-permit] 居留许可
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] 意大利语证书
        [doc-income-statement] 收入证明
        [doc-payment-receipt] 缴费收据
        [doc-marriage-certificate] 结婚证明
        [doc-atto-notorio] atto notorio
       *[doc-other] 其他文件
    }（{ $detail }）。
err-document-expired = 文件已于 { $date } 过期（{ $kind ->
        [doc-criminal-record] 无犯罪记录证明自签发之日起六个月内有效
        [doc-identity-document] 身份证件
        [doc-residence-permit] 居留许可
       *[doc-other] 所附文件
    }）：请附上有效的文件。
err-attachment-incomplete = 附件不完整：缺少文件或文件类型。
info-residence-span = 从 { $from } 到 { $to } 连续居住（满 { $years } 年）。

## K10 number
k10-kind-naturalisation = 以居住为依据的国籍
k10-kind-marriage = 以婚姻为依据的国籍
err-k10-empty = 请输入 K10 编号。
err-k10-prefix = K10 编号以"K10/"开头，例如 K10/0000001 或 K10/C/0000001。
err-k10-kind = "K10/"之后是七位数字（居住）或"C/"加七位数字（婚姻）。
err-k10-digits = 编号必须是七位数字，包括前导零；这个有 { $found } 位。
err-k10-character = 编号中含有"{ $character }"：只允许数字。
err-k10-zero = 0000000 不是有效的 K10 编号。
err-k10-wrong-kind-marriage = 对于因婚姻申请的国籍（第 5 条），编号格式为 { $expected }，带"C/"。
err-k10-wrong-kind-naturalisation = 对于因居留申请的国籍（第 9 条），编号格式为 { $expected }，不带"C/"。
# --- end validation ---

# --- pdf ---
pdf-doc-spid = "Modello x SPID"（用于关联申请的自我声明）
pdf-doc-maintenance = 抚养声明
pdf-doc-change = 联系方式和收入变更
pdf-doc-summary = 供服务窗口使用的摘要
pdf-group-declarant = 声明人
pdf-group-supporter = 抚养申请人的家庭成员
pdf-group-applicant = 申请人
pdf-group-document = 身份证件
pdf-group-statement = 声明
pdf-group-as-in-application = 申请中的资料
pdf-group-as-in-spid = SPID 中的资料
pdf-group-income = 收入
pdf-group-changes = 变更
pdf-group-signature = 地点和日期
pdf-field-surname = 姓
pdf-field-name = 名
pdf-field-birth-surname = 出生时的姓（如不同）
pdf-field-sex = 性别
pdf-field-birth-date = 出生日期
pdf-field-birth-place = 出生地
pdf-field-citizenship = 国籍
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = 居住地（完整地址）
pdf-field-email = 电子邮件或 PEC（认证电子邮件）
pdf-field-phone = 电话
pdf-field-document-kind = 证件类型
pdf-field-document-number = 证件号码
pdf-field-document-issuer = 签发机关
pdf-field-document-expiry = 证件到期日期
pdf-field-prefecture = 省政府（Prefettura）
pdf-field-k10-number = 申请编号（K10）
pdf-field-submitted-on = 申请发送日期
pdf-field-mismatch-reason = 申请与 SPID 资料不同的原因
pdf-field-ticket = 服务窗口工单号
pdf-field-place = 签名地点
pdf-field-date = 签名日期
pdf-field-relationship = 与申请人的关系
pdf-field-same-household = 与申请人登记在同一家庭户（stato di famiglia）
pdf-field-supported-since = 开始抚养申请人的日期
pdf-field-income-rows = 至少一年的收入
pdf-field-income-year = 纳税年度（第 { $row } 行）
pdf-field-income-amount = { $year } 年应税收入
pdf-field-income-source = { $year } 年税务文件
pdf-field-changes-any = 至少一项变更（联系方式或收入）
pdf-field-new-residence = 新居住地
pdf-field-residence-since = 住在新地址的起始日期
pdf-field-new-email = 新的电子邮件或 PEC
pdf-field-new-phone = 新的电话号码
err-pdf-missing-fields = { $count ->
   *[other] 打印该文件还需要 { $count } 项信息。
}
err-pdf-unknown-field = 未知字段：{ $field }。
err-pdf-invalid-value = { $field } 的值无效。
err-pdf-font = 无法读取内置字体：请重新安装应用。
pdf-page-of = 第 { $page } 页，共 { $pages } 页
pdf-summary-title = 国籍申请摘要
pdf-summary-printed-on = 打印于 { $date } – 供服务窗口参考，非官方文件
pdf-summary-footer = 摘要 – { $name } – { $date }
pdf-summary-unnamed = （尚未填写姓名）
pdf-summary-applicant = 申请人
pdf-label-name = 姓名
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = 出生日期和地点
pdf-label-citizenship = 国籍
pdf-label-basis = 法律依据
pdf-label-prefecture = 省政府
pdf-label-k10 = 申请编号
pdf-label-email = 电子邮件 / PEC
pdf-label-phone = 电话
pdf-summary-not-submitted = 尚未提交
pdf-summary-sections = 各部分状态
pdf-summary-sections-done = 已完成 { $done }/{ $total } 个部分
pdf-summary-section-complete = 已完成
pdf-summary-section-incomplete = 待填写
pdf-summary-documents = 需携带的文件
pdf-summary-documents-intro = 请携带所附文件的原件，并办理缺少的文件。
pdf-summary-doc-missing = 待办理
pdf-summary-doc-exempt = 无需提供
pdf-summary-doc-provided = 已附
pdf-summary-doc-expiring = 已附，有效期至 { $date }
pdf-summary-doc-expired = 已于 { $date } 过期：需要更新
pdf-summary-deadlines = 期限
pdf-summary-no-deadlines = 无法根据所填资料算出任何期限。
pdf-summary-col-deadline = 到期事项
pdf-summary-col-date = 日期
pdf-summary-col-when = 何时
pdf-summary-deadline-past = 已过期
pdf-summary-deadline-in-days = { $days ->
    [0] 今天
    [1] 明天
   *[other] { $days } 天后
}
pdf-summary-deadline-criminal-record = 无犯罪记录证明（{ $country }）：自签发起 6 个月内有效
pdf-summary-deadline-permit = 居留许可
pdf-summary-deadline-passport = 外国证件（{ $document }）
pdf-summary-deadline-id-card = 意大利身份证
pdf-summary-disclaimer = 本摘要根据申请中填写的资料计算得出，不能代替省政府和内政部门户网站的指示。
pdf-summary-desk-date = 日期：{ $date }
pdf-summary-desk-operator = 服务窗口工作人员
pdf-summary-detail-year = { $year } 年
pdf-summary-detail-replaces = 代替：{ $document }
pdf-summary-detail-contribution = 250 欧元费用
pdf-summary-detail-stamp-duty = 16 欧元印花税票
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = 符合条件：您可以提出申请
verdict-not-yet = 暂不符合：您可以从 { $date } 起提出申请
verdict-not-eligible = 不符合条件
verdict-borderline = 情况不明：请核对以下各点
verdict-more-information = 需要更多信息才能进行核查

elig-basis-missing = 请选择法律依据（第 5 条或第 9 条）以核对条件。
elig-unreadable = 字段 { $field } 无法读取，已被略过。
elig-residence-missing = 未填写在意大利的居住：请添加您的登记居住时段。
elig-residence-not-current = 最后一次登记居住已于 { $date } 结束：您现在必须在意大利居住。
elig-residence-gap = { $from } 至 { $to } 之间没有居住记录：连续性中断，计算重新开始。
elig-residence-met = 自 { $since } 起连续合法居住：所需的 { $years } 年已于 { $date } 达到。
elig-residence-not-yet = 自 { $since } 起连续合法居住：所需的 { $years } 年将于 { $date } 达到。
elig-descendant-rule-changed = 对于意大利公民的后代，第 74/2025 号法律将期限从 3 年缩短为 2 年：请向省政府核实。
elig-born-in-italy-unanswered = 请说明您是在意大利出生，还是出生即为意大利公民者的后代。
elig-adoption-date-missing = 请填写收养日期：5 年居住期从该日期起算。
elig-service-missing = 请填写您为意大利国家服务的日期。
elig-service-met = 自 { $since } 起为国家服务：5 年已于 { $date } 达到。
elig-service-not-yet = 自 { $since } 起为国家服务：5 年将于 { $date } 达到。
elig-service-too-short = 为国家服务（{ $since } 至 { $date }）不足 5 年。
elig-not-eu-citizen = d) 项适用于欧盟公民：请核对所填国籍。
elig-refugee-status-missing = e) 项适用于难民和无国籍人士：请填写获承认的身份。
elig-marriage-date-missing = 请填写结婚或民事结合的日期。
elig-spouse-not-italian = 配偶必须是意大利公民。
elig-spouse-citizenship-unanswered = 请说明配偶是否为意大利公民。
elig-separated = 夫妻依法分居时不能以婚姻为依据授予国籍。
elig-marriage-ended = 婚姻必须持续到法令颁布（未解除、未撤销、未终止）。
elig-marriage-residence-met = 婚后自 { $since } 起在意大利合法居住：所需的 { $months } 个月已于 { $date } 达到。
elig-marriage-residence-not-yet = 婚后自 { $since } 起在意大利合法居住：所需的 { $months } 个月将于 { $date } 达到。
elig-marriage-met = 于 { $since } 结婚：所需的 { $months } 个月已于 { $date } 届满。
elig-marriage-not-yet = 于 { $since } 结婚：所需的 { $months } 个月将于 { $date } 届满。
elig-children-halve-period = 夫妻有共同生育或收养的子女时，期限减半。
elig-no-income-requirement = 以婚姻为依据的国籍没有最低收入要求。
elig-income-met = { $year } 年收入：{ $income } 欧元（最低 { $threshold } 欧元）。
elig-income-below = { $year } 年收入：{ $income } 欧元，低于最低标准 { $threshold } 欧元。可以加上登记在同一家庭户的家庭成员的收入。
elig-income-borderline = { $year } 年收入：{ $income } 欧元，介于 { $lower } 欧元（附加额取整为 516.00 欧元）和 { $threshold } 欧元（每位受抚养人 516.46 欧元）之间：情况不明。
elig-income-missing = 缺少 { $year } 年的收入：需要申请前三年的收入。
elig-consider-basis = 根据第 9 条 { $letter }) 项，居住 { $years } 年即可。
elig-residence-gap-cancelled = 居留在 { $from } 至 { $to } 期间中断（户籍登记被注销后又恢复）：连续居留从 { $to } 的重新登记起计算。
elig-residence-gap-abroad = 您在 { $from } 至 { $to } 期间居住在国外：连续居留从您回国之日 { $to } 起计算。
elig-residence-gap-other = 居留在 { $from } 至 { $to } 期间中断：连续居留从 { $to } 起计算。
elig-presence-proof = 如果在该期间（{ $from } 至 { $to }）您一直住在意大利，省政府（Prefettura）可能接受不间断在境的证明：租房合同或劳动合同、工资单、医疗证明或家庭医生证明。这并不保证：请询问您的省政府。
elig-subsidiary-protection = 持辅助保护（protezione sussidiaria）居留许可的，不适用 e) 项（仅限难民和无国籍人士）：适用 f) 项，需居留 10 年，且没有难民免交出生证明和无犯罪记录证明的待遇（atto notorio）。请选择 f) 项。
elig-marriage-separation = 自 { $date } 起分居：夫妻依法分居（separazione personale）时，不能授予因婚姻取得的国籍。
elig-marriage-divorce = { $date } 离婚：婚姻必须持续到授予国籍令（decreto）发布。
elig-marriage-annulment = 婚姻于 { $date } 被宣告无效：婚姻必须持续到授予国籍令（decreto）发布。
elig-marriage-spouse-death = 配偶于 { $date } 去世：婚姻已解除，不再可能因婚姻取得国籍；请向省政府（Prefettura）核实。
elig-marriage-separation-pending = { $date } 分居，在申请提交（{ $submitted }）之后：申请仍在审理中，很可能被驳回。请告知省政府（Prefettura），并向援助机构（patronato）或律师咨询。
elig-marriage-ended-pending =
    { $event ->
        [divorce] 离婚
        [annulment] 婚姻被宣告无效
       *[other] 配偶去世
    }（{ $date }），在申请提交（{ $submitted }）之后：已不能再授予因婚姻取得的国籍；请告知省政府（Prefettura）。
elig-income-household =
    { $year } 年家庭：{ $spouse ->
        [yes] 有受抚养的配偶
       *[no] 没有受抚养的配偶
    }，其他受抚养家属：{ $others }。
elig-family-income-not-household = { $name } 的 { $year } 年收入：不在同一家庭登记（stato di famiglia）中，因此不能合并计算。
elig-family-income-household-unanswered = { $name } 的 { $year } 年收入：请说明是否在同一家庭登记（stato di famiglia）中（只有这样才能合并计算）。

checklist-state-missing = 缺少
checklist-state-exempt = 无需提供
checklist-state-provided = 已附
checklist-state-expiring = 将于 { $date } 到期
checklist-state-expired = 已于 { $date } 过期
checklist-detail-country = { $country }
checklist-detail-year = { $year } 年
checklist-detail-replaces-birth-certificate = 代替出生证明
checklist-detail-replaces-criminal-record = 代替无犯罪记录证明
checklist-detail-contribution = 250 欧元费用
checklist-detail-stamp-duty = 16 欧元印花税票
checklist-exempt-eu-citizen = 欧盟公民没有居留许可。
checklist-exempt-living-abroad = 居住在国外时无需提供。
checklist-exempt-born-in-italy = 在意大利出生者无需提供。
checklist-exempt-atto-notorio = 难民和无国籍人士以 atto notorio 代替。
checklist-exempt-before-14 = 14 岁前在意大利登记并一直居住者无需提供。
checklist-exempt-eu-long-term-permit = 豁免：持有欧盟长期居留许可。
checklist-exempt-integration-agreement = 豁免：已签署融入协议。
checklist-exempt-no-income = 该年度未申报收入。

phase-draft = 草稿
phase-submitted = 已提交
phase-accepted = 已受理（K10 编号）
phase-submission-rejected = 提交被省政府退回
phase-preliminary-assessment = 初步审查
phase-ten-bis-notice = 拒绝预告（preavviso di rigetto，第 10-bis 条）
phase-prefecture-opinion = 省政府意见
phase-decree = 授予国籍令（decreto di concessione）
phase-rejected = 驳回令
phase-inadmissible = 不予受理
phase-notification = 送达
phase-oath = 宣誓（giuramento）
phase-citizen = 意大利公民
phase-state-done = 已完成
phase-state-current = 进行中
phase-state-future = 未开始

deadline-today = 今天
deadline-tomorrow = 明天
deadline-days-left = { $days } 天后
deadline-days-ago = { $days } 天前
deadline-urgent = 紧急
deadline-non-working-judicial = { $date } 是{ $day }：依法期限顺延至 { $moved }（c.p.c. 第 155 条，c.p.a. 第 52 条）。建议的安全日期：{ $safe }。
deadline-non-working-administrative = { $date } 是{ $day }：一般期限顺延至 { $moved }（c.c. 第 2963 条），但对行政期限而言并不确定。建议的安全日期：{ $safe }。
holiday-easter-sunday = 复活节
holiday-easter-monday = 复活节星期一（Pasquetta）
holiday-national = 全国性节假日
holiday-saturday = 星期六
holiday-sunday = 星期日
deadline-criminal-record-expiry = 无犯罪记录证明 { $subject } 到期
deadline-criminal-record-expiry-desc = 无犯罪记录证明自签发之日（{ $from }）起 6 个月内有效：请在 { $date } 前提交，或重新办理。
deadline-ten-bis-response = 答复第 { $subject } 号拒绝预告
deadline-ten-bis-response-desc = 预告收到于 { $from }：请在 { $date } 前向省政府（通过 PEC）发送文件或意见。
deadline-tar-appeal = 向 TAR（地区行政法院）上诉的最后一天
deadline-tar-appeal-desc = 自 { $from } 送达起 60 天。请及早咨询律师。
deadline-president-appeal = 向共和国总统提出特别申诉的最后一天
deadline-president-appeal-desc = 自 { $from } 送达起 120 天，可代替向 TAR 上诉。
deadline-reapply-from = 从今天起可以重新申请
deadline-reapply-from-desc = 收到驳回令后，可在送达（{ $from }）一年后重新申请；被宣布不予受理的，可立即重新申请。
deadline-oath = 宣誓的最后一天
deadline-oath-desc = 必须在法令送达（{ $from }）后 6 个月内宣誓。请向您的市镇政府预约。
deadline-processing-limit = 程序期限
deadline-processing-limit-desc = 提交于 { $from }：行政机关须在 { $date } 前作出决定（24 个月；2020/12/20 前提交的申请为 48 个月；拒绝预告会中止期限）。
deadline-processing-limit-extended = 程序的最长延长期限
deadline-processing-limit-extended-desc = 提交于 { $from }：延长后的期限为 { $date }（36 个月）。
calendar-name = 国籍 – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = 门户网站
portal-title = 门户网站与同步
portal-address = 门户网站：{ $url }（在"设置"中更改）
portal-signed-in-as = 已登录为 { $email }（{ $role }）
portal-email = 电子邮件
portal-password = 密码
portal-register = 创建账户
portal-register-hint = 服务窗口的工作人员账户由门户网站的管理方提供。
portal-credentials-required = 请输入电子邮件和密码。
portal-sync-now = 立即同步
portal-syncing = 正在同步…
portal-sync-uploads = { $count ->
   *[other] { $count } 份文件等待上传
}
portal-offline = 无法连接门户网站：您的更改已保存在本机并排入队列，将在下次同步时发送。
portal-last-sync = 上次同步：{ $time }
portal-never-synced = 尚未同步。
portal-open-unnamed = 未命名的申请
portal-status-unknown = 目前无法获取该申请在门户网站上的状态：请在可以连接门户网站时刷新。
portal-not-sent = 该申请尚未在门户网站上："立即同步"会将其作为草稿发送。
portal-status-line = 状态：{ $status }
portal-k10 = K10 编号：{ $k10 }
portal-communications = 通知
portal-no-communications = 没有来自省政府的通知。
portal-deadline-left = 请在 { $date } 前答复（还剩 { $days } 天）
portal-deadline-passed = 答复期限已于 { $date } 届满
portal-refresh-status = 刷新状态
portal-submit = 提交申请
portal-submit-confirm = 将申请发送给省政府？发送后不能再修改。
portal-submit-yes = 是，提交
portal-submitted = 申请已提交。K10 编号：{ $k10 }
portal-conflict-title = { $name }：门户网站上也有修改
portal-conflict-help = 这些部分在本机和门户网站上都被修改过。请为每个部分选择要保留的版本。
portal-conflict-field = { $field }：我的"{ $mine }"，门户网站的"{ $theirs }"
portal-conflict-more = … 另有 { $count } 个字段
portal-conflict-apply = 应用我的选择
portal-value-yes = 是
portal-value-no = 否
portal-associate-title = 关联申请（Associa pratica）
portal-associate-help = 将之前（例如由服务窗口）发送的申请关联到您的账户。每项资料都必须与申请一致。
portal-associate-surname = 姓
portal-associate-name = 名
portal-associate-birth-date = 出生日期（DD/MM/YYYY）
portal-associate-previous-email = 申请中填写的电子邮件地址
portal-associate-k10 = K10 编号（例如 K10/0000001）
portal-associate-required = 请填写此字段。
portal-associate = 关联
portal-upload-waiting = 待上传：{ $name }
portal-upload-failed = "{ $name }"未上传：{ $error }
portal-upload-failed-elsewhere = { $count ->
   *[other] 其他申请人的 { $count } 份文件未上传：请打开这些申请人查看原因。
}
portal-field-file-name = 文件名
portal-field-file-content = 文件内容
portal-procedure-draft-started = 申请开始于
portal-procedure-k10 = K10 编号
portal-procedure-submission-rejected = 提交被省政府退回于
portal-procedure-assessment-started = 审查开始于
portal-procedure-ten-bis = 预告（第 10-bis 条）
portal-procedure-opinion = 省政府意见
portal-procedure-opinion-favourable = 赞成
portal-procedure-opinion-unfavourable = 不赞成
portal-procedure-certificates = 无犯罪记录证明
portal-upload-damaged = 本机数据文件夹中的文件"{ $name }"已损坏（完整性校验不符），未上传。请重新导入。
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = 文件
nav-eligibility = 我能申请吗？
documents-no-applicant = 请打开一位申请人以查看其文件。
documents-title = { $name } 的文件
documents-progress = 已备好 { $ready }/{ $total }
documents-file-missing = 该文件已不在保险库中：请重新添加。
documents-file-damaged = 保险库中的该文件已损坏：请重新添加。
documents-drop-target = 将文件拖到此处：它将归入"{ $item }"。
documents-drop-nothing = 没有缺少的文件：拖到此处的文件不会归入任何条目。
documents-check = 检查文件
documents-checking = 正在检查…
documents-check-ok =
    { $count ->
        [one] 文件完好。
       *[other] 全部 { $count } 个文件均完好。
    }
documents-check-bad =
    { $count ->
        [one] 有一个文件缺失或已损坏：已在列表中标出。
       *[other] 有 { $count } 个文件缺失或已损坏：已在列表中标出。
    }
documents-no-dialog = 在这台电脑上无法打开文件选择窗口。请输入文件的完整路径（或将文件拖到此界面上）。
documents-typed-path = 文件路径，例如 /home/anna/scans/passport.pdf
documents-use-typed-path = 附加此文件
documents-typed-path-not-found = "{ $path }" 处没有文件：请检查路径。
documents-no-save-dialog = 在这台电脑上无法打开保存窗口。请输入副本的保存位置（包含文件名的完整路径）。
documents-typed-destination = 副本路径，例如 /home/anna/passport.pdf
documents-typed-destination-invalid = 无法保存到"{ $path }"：文件夹必须已存在，并且必须写明文件名。
file-dialog-no-save-dialog = 在这台电脑上无法打开保存窗口。请输入文件的保存位置（包含文件名的完整路径）。
file-dialog-save-placeholder = 完整路径，例如 { $example }
file-dialog-save-here = 保存到这里
file-dialog-no-folder-dialog = 在这台电脑上无法打开选择文件夹的窗口。请输入文件夹的完整路径。
file-dialog-folder-placeholder = 文件夹的完整路径
file-dialog-folder-not-found = "{ $path }" 处没有文件夹：请检查路径。
file-dialog-use-folder = 使用此文件夹
documents-add-file = 添加文件
documents-replace-file = 替换文件
documents-open = 打开
documents-export = 导出…
documents-remove = 移除
documents-confirm-remove = 永久移除
documents-cancel = 取消
documents-exported = 已保存到 { $path }
documents-days-left = 还剩 { $days } 天
documents-criminal-record-validity = 无犯罪记录证明自签发之日起 6 个月内有效：请重新申请一份。
documents-issue-date-required = 签发日期（证明自该日起 6 个月内有效）
documents-issue-date-future = 签发日期不能在将来。
documents-country-required = 请填写签发该证明的国家。
documents-edit-issue-date = 签发日期…
documents-edit-issue-date-label = 文件的签发日期
documents-save-issue-date = 保存日期
documents-error-temp = 无法写入文件的私有临时副本。
documents-error-viewer = 没有程序能打开该文件。请使用"导出…"，然后自行打开副本。
eligibility-title = 我能申请吗？
eligibility-from-draft = 已根据打开的申请填写。在这里的更改不会修改申请。
eligibility-stand-alone = 请回答下面的问题：不会保存任何内容。
eligibility-reload-draft = 重新读取申请中的数值
eligibility-basis = 法律依据
eligibility-born-in-italy = 在意大利出生（如果您是出生即为意大利公民者的后代，请不要勾选）
eligibility-adoption-date = 收养日期
eligibility-service-from = 为意大利国家服务的起始日期
eligibility-service-to = 截止日期（仍在服务则留空）
eligibility-eu-citizen = 欧盟国家公民
eligibility-refugee-status = 身份
eligibility-marriage-date = 结婚或民事结合的日期
eligibility-spouse-italian = 配偶是意大利公民
eligibility-children = 夫妻共同生育或收养的子女
eligibility-separated = 依法分居
eligibility-missing-title = 核查前需要填写：
eligibility-marriage-ended = 婚姻已解除、撤销或终止
eligibility-residence = 在意大利的登记居住（residenza anagrafica）
eligibility-from = 自
eligibility-to-or-empty = 至（仍在居住则留空）
eligibility-period-from = 第 { $n } 个居住时段的开始
eligibility-period-to = 第 { $n } 个居住时段的结束
eligibility-income = 每年的应税收入（申请人及家庭）
eligibility-year = 纳税年度
eligibility-amount = 金额（欧元）
eligibility-income-year-of = 纳税年度"{ $year }"
eligibility-income-of = { $year } 年的收入
eligibility-dependent-spouse = 配偶受抚养
eligibility-other-dependants = 其他受抚养人（子女、父母 …）
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = 一月
editor-calendar-month-2 = 二月
editor-calendar-month-3 = 三月
editor-calendar-month-4 = 四月
editor-calendar-month-5 = 五月
editor-calendar-month-6 = 六月
editor-calendar-month-7 = 七月
editor-calendar-month-8 = 八月
editor-calendar-month-9 = 九月
editor-calendar-month-10 = 十月
editor-calendar-month-11 = 十一月
editor-calendar-month-12 = 十二月
editor-calendar-mon = 一
editor-calendar-tue = 二
editor-calendar-wed = 三
editor-calendar-thu = 四
editor-calendar-fri = 五
editor-calendar-sat = 六
editor-calendar-sun = 日
editor-calendar-keys = Alt+↓ 打开日历 · 方向键：日 · Page Up/Down：月（Shift：年）· Enter：选定 · Esc：关闭
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = 期限
nav-pdf = 生成 PDF
timeline-title = 申请进度与期限
timeline-intro = 随时填写收到的日期：阶段和期限会自动更新。日期与申请一起保存。
timeline-no-applicant = 请先打开一位申请人。
timeline-deadlines = 即将到来的期限
timeline-no-deadlines = 前面没有期限。
timeline-phases = 阶段
timeline-events = 程序日期
timeline-field-submitted = 申请发送日期
timeline-field-accepted = 省政府受理（K10 编号）日期
timeline-field-ten-bis-received = 收到拒绝预告（preavviso di rigetto，第 10-bis 条）的日期
timeline-field-ten-bis-days = 答复预告的天数（如果不是 10 天）
timeline-field-ten-bis-answered = 发送预告答复的日期
timeline-field-prefecture-opinion = 省政府意见日期
timeline-field-decree = 法令日期
timeline-field-decree-outcome = 法令结果
timeline-field-inadmissible = 申请被宣布不予受理的日期
timeline-field-notified = 法令送达日期
timeline-field-oath = 宣誓日期
timeline-outcome-granted = 授予国籍
timeline-outcome-rejected = 驳回
timeline-days-invalid = 请输入 1 到 365 之间的天数。
timeline-export-ics = 导出到日历（.ics）
timeline-exported = 日历已保存到 { $path }。
timeline-export-failed = 无法保存日历：{ $detail }
timeline-calendar-name = 国籍 – { $name }
timeline-notice-title = 第 { $number } 号拒绝预告（第 10-bis 条）
timeline-notice-add = 添加预告（第 10-bis 条）
timeline-notice-remove = 移除预告
timeline-notice-confirm-remove = 移除第 { $number } 号预告及其日期？
timeline-notice-remove-confirm = 是，移除
timeline-notice-due = 请在 { $date } 前答复（{ $left }）
timeline-notice-answered = 答复已于 { $date } 发送：该预告不再有期限。
timeline-notice-no-date = 请填写收到的日期，以查看答复截止日。
timeline-notice-decided = 申请已有决定：该预告没有期限。
timeline-field-draft-started = 申请开始日期
timeline-field-planned-submission = 计划发送日期
timeline-k10-invalid = 案卷编号 { $number } 无效：{ $error }
timeline-field-submission-rejected = 提交被省政府退回（需更正后重新发送）的日期
timeline-field-assessment-started = 审查开始日期（如果不是受理当天）
timeline-field-opinion-outcome = 意见结果
timeline-opinion-favourable = 赞成
timeline-opinion-unfavourable = 不赞成
timeline-not-given = — 未给出 —
pdf-screen-title = 生成 PDF
pdf-screen-intro = 请选择文件：申请中的资料已经填好，请补充缺少的内容。PDF 只保存在您选择的位置，或加密保存在申请的保险库中。
pdf-screen-no-applicant = 请先打开一位申请人。
pdf-screen-member = 抚养申请人的家庭成员
pdf-screen-member-placeholder = 选择家庭成员
pdf-screen-missing = { $count ->
   *[other] 缺少 { $count } 个必填字段（标有 *）。
}
pdf-screen-field-required = 必填字段。
pdf-screen-field-invalid = 值无效。
pdf-screen-fill-missing = 生成文件前请填写标出的字段。
pdf-screen-choose = 请选择…
pdf-screen-generate = 生成
pdf-screen-ready = 文件已生成：请保存或存入保险库。
pdf-screen-save-as = 另存为…
pdf-screen-saved = PDF 已保存到 { $path }。
pdf-screen-save-failed = 无法保存 PDF：{ $detail }
pdf-screen-keep = 存入保险库
pdf-screen-pec-save = 保存 PEC 草稿（.eml）
pdf-screen-pec-copy = 复制 PEC 正文
pdf-screen-pec-copied = PEC（认证电子邮件）的主题和正文已复制到剪贴板。
err-pec-name-missing = PEC（认证电子邮件）需要姓和名（第 2 部分）。
err-pec-write = 无法写入 PEC（认证电子邮件）邮件。
pdf-screen-kept = PDF 已（加密）保存在申请的文件中。
# --- end timeline and pdf screens ---

# Versions, copies and transfer (Versions screen; import in the list of applicants)
nav-history = 版本与副本
history-title = 版本、副本与转移
history-versions = 已保存的版本
history-version = 版本 { $version } · 保存于 { $time } · 已完成 { $done }/12 个部分
history-current = 当前版本
history-restore = 恢复
history-confirm-restore = 恢复版本 { $version }？当前草稿会保留在列表中，也可以再恢复。
history-restore-confirm = 是，恢复
history-restored = 版本 { $version } 已恢复：现在它是当前草稿。
history-copy = 副本
history-copy-intro = 用相同的资料和文件创建一位新申请人（不含 K10 编号和历史），例如为配偶创建，或在被驳回后提出新的申请。
history-duplicate = 复制此申请
history-export = 导出为加密文件
history-export-intro = 将该申请人（所有版本和文件）保存为用密码加密的文件，以便转移到另一台电脑或另一个服务窗口。请单独告知密码，切勿与文件一起发送。
history-passphrase = 文件密码
history-passphrase-repeat = 再次输入密码
history-passphrase-mismatch = 两次输入的密码不一致。
history-export-typed-path = 文件路径，例如 /media/usb/rossi.cittadinanza
history-export-button = 导出…
history-exporting = 正在导出…
history-exported = 申请人已导出到 { $path }。
history-file-stem = 申请人
applicants-import = 从文件导入…
applicants-import-file = 导入"{ $file }"
applicants-import-passphrase = 文件密码
applicants-import-no-dialog = 在这台电脑上无法打开文件选择窗口。请输入要导入的 .cittadinanza 文件的完整路径。
applicants-import-typed-path = 文件路径，例如 /media/usb/rossi.cittadinanza
applicants-import-confirm = 导入

# --- drafts from newer versions ---
editor-newer-version = 该申请由更新版本的应用保存：有 { $count } 个值无法识别，未在此显示（{ $values }）。已保存的版本在历史中保持不变：更新应用即可恢复这些值。
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = 此附件上的签发日期与第 8 部分声明的日期（{ $date }）不同，而六个月有效期是从该日期起算的：请更正附件或第 8 部分。
err-not-a-count = 请输入整数（例如 2）。
err-unknown-prefecture = 请从列表中选择省政府（Prefettura）：必须是您居住省份的省政府。
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = 您持有欧盟长期居留许可：不必附上 B1 证书，可以在上方选择"持有欧盟长期居留许可"来声明豁免。
hint-subsidiary-protection-letter-f = 您的居留许可是辅助保护（protezione sussidiaria）：e) 项仅适用于难民和无国籍人士。请选择 f) 项（10 年）；需要提交出生证明和无犯罪记录证明。
hint-residence-gap-proof = 居留从重新登记起计算。如果在此期间您住在意大利，请保留合同、工资单和医疗证明：省政府（Prefettura）可能接受它们作为不间断在境的证明。
hint-family-income-not-household = 不在您的家庭登记（stato di famiglia）中的人不能把自己的收入与您的合并：此金额不计入。
hint-marriage-event = 对于因婚姻申请的国籍，婚姻必须在没有分居的情况下持续到授予国籍令（decreto）发布：参见条件核查。
hint-criminal-record-expires-before-planned = 这份无犯罪记录证明在计划发送日期之前过期（见"期限"）：请提前发送或办理新的证明。
# --- end hints ---

# --- upload progress ---
portal-upload-progress = 正在上传 { $name }：{ $sent }/{ $total }
# --- end upload progress ---
