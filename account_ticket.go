package errcode

// 帐号系统, part 2: 70200 and up, batch account operations, login tickets
// and their checks, internal errors and the DAU quota. The constants of
// CategoryAccount are spread over account.go and account_ticket.go only to
// keep each file short.

// AccountInternalError70201 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70201 Code = 70201

// AccountInternalError70202 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// Note: The document calls it an internal error to be retried, and the
// previous page revision a server timeout. It has been dropped from the
// current online page and is not in the 2025 SDK header.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document|webpage.
const AccountInternalError70202 Code = 70202

// AccountInternalError70203 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70203 Code = 70203

// AccountAppIDNoAccountType appid 没有对应的 acctype
//
// No account type (acctype) is assigned to the SDKAppID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountAppIDNoAccountType Code = 70204

// AccountFindAccountTypeFailed 查找 acctype 失败，请重试
//
// Failed to look up the account type (acctype). Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountFindAccountTypeFailed Code = 70205

// AccountInvalidBatchCount70206 请求中批量数量不合法
//
// The batch count in the request is invalid.
//
// Note: The previous page revision and the 2025 SDK header list it as an
// invalid batch count in the request, as the document does. It has been
// dropped from the current online page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_INVALID_COUNT. Sources: document|webpage|sdk.
const AccountInvalidBatchCount70206 Code = 70206

// AccountInternalError70207 内部错误，请重试
//
// Internal error. Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70207 Code = 70207

// AccountInternalError70208 内部错误，请重试
//
// Internal error. Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70208 Code = 70208

// AccountGetDeveloperUINFlagFailed 获取开发者 uin 标志失败
//
// Failed to get the developer UIN flag.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountGetDeveloperUINFlagFailed Code = 70209

// AccountUINNotDeveloper 请求中 uin 为非开发者 uin
//
// The UIN in the request is not a developer UIN.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountUINNotDeveloper Code = 70210

// AccountInvalidUIN 请求中 uin 非法
//
// The UIN in the request is invalid.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const AccountInvalidUIN Code = 70211

// AccountInternalError70212 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70212 Code = 70212

// AccountInternalDataAccessFailed 访问内部数据失败，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Failed to access internal data. Retry; if retries keep failing, contact
// TLS account support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalDataAccessFailed Code = 70213

// AccountInternalTicketFailed 验证内部票据失败
//
// Verification of the internal ticket failed.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountInternalTicketFailed Code = 70214

// AccountInvalidLoginState 登录状态无效，请使用 usersig 重新鉴权
//
// The login state is invalid. Authenticate again with a UserSig.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountInvalidLoginState Code = 70221

// AccountInternalError70222 内部错误，请重试
//
// Internal error. Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70222 Code = 70222

// AccountInternalError70308 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70308 Code = 70308

// AccountTicketCheckFailed 票据校验失败
//
// Ticket verification failed.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountTicketCheckFailed Code = 70346

// AccountTicketExpired 票据因过期原因校验失败
//
// Ticket verification failed because the ticket has expired.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const AccountTicketExpired Code = 70347

// AccountInternalError70348 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal error. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70348 Code = 70348

// AccountInternalTimeout 内部超时，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
//
// Internal timeout. Retry; if retries keep failing, contact TLS account
// support (QQ 3268519604).
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalTimeout Code = 70362

// AccountCountLimit 应用中的账号数量超过了免费体验版的上限，请升级应用版本。
//
// The app has more accounts than the free Trial Edition allows. Upgrade the app
// to a paid edition.
//
// Note: The previous page revision put the limit at 100 accounts and asked for
// the Pro Edition; the current online page gives no number and only says to
// upgrade.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccountCountLimit Code = 70398

// AccountDeletedReimportDenied 非体验版应用中的账号被删除后，三个月内不能再次导入。
//
// In an app that is not on the Trial Edition, a deleted account cannot be
// imported again until three months after its deletion.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const AccountDeletedReimportDenied Code = 70399

// AccountInternalError70401 内部错误，请重试
//
// Internal error. Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const AccountInternalError70401 Code = 70401

// AccountInvalidParameters 参数非法。请检查必填字段是否填充，或者字段的填充是否满足协议要求
//
// Invalid parameters. Check that required fields are filled in and that
// field values meet the protocol requirements.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_INVALID_PARAMETERS. Sources: document|webpage|sdk.
const AccountInvalidParameters Code = 70402

// AccountAdminRequired 发起操作者不是APP管理员，没有权限操作
//
// The operator is not an app administrator and has no permission for this
// operation.
//
// Note: The previous page revision and the 2025 SDK header list it as a
// request that needs app administrator permission, as the document does. It
// has been dropped from the current online page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_ADMIN_REQUIRED. Sources: document|webpage|sdk.
const AccountAdminRequired Code = 70403

// AccountSDKVersionTooLow SDK 版本太旧，需要升级到最新版本后再使用。
//
// The SDK version is too old. Upgrade to the latest version.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_LOW_SDK_VERSION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccountSDKVersionTooLow Code = 70404

// AccountInternalError70500 处理账号请求时服务端出错，可稍后重试；若一直失败请联系技术支持。
//
// Internal error in the account service. Try again later, and contact technical
// support if it keeps failing.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_ACCOUNT_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccountInternalError70500 Code = 70500

// AccountDeleteNotSupported 当前应用不允许删除账号，可在控制台的账号管理中解除该限制。
//
// This app does not allow accounts to be deleted. The restriction can be lifted
// in the account management part of the console.
//
// Note: The previous page revision said only Free (trial) edition apps could
// delete accounts and a Pro Edition app could not; the current online page says
// the restriction can be lifted in the console.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const AccountDeleteNotSupported Code = 71000

// AccountDAUFreeQuotaLimit 体验版应用的日活跃用户数（DAU）超出免费额度；如需解除限制，请将应用升级为标准版、专业版、专业版 Plus 或企业版。
//
// The app is on the Trial Edition and its daily active users (DAU) exceeded the
// free quota. Upgrade the app to the Standard, Pro, Pro Plus or Enterprise
// Edition to lift the limit.
//
// Note: The previous page revision named the Pro or Flagship Edition as the
// upgrade; the current online page names Standard, Pro, Pro Plus and
// Enterprise.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const AccountDAUFreeQuotaLimit Code = 72000

// AccountUserStatusDisabled 未开启用户状态功能，请在控制台开启用户状态查询及状态变更通知；这并不表示账号被封禁。
//
// The user status feature has not been turned on. Enable it in the console,
// covering both status queries and notices of status changes. This code does
// not mean the account is banned.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_ACCOUNT_USER_STATUS_DISABLED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccountUserStatusDisabled Code = 72001

// AccountMAUFreeQuotaLimit 体验版应用的月活跃用户数（MAU）超出免费额度；如需解除限制，请将应用升级为标准版、专业版、专业版 Plus 或企业版。
//
// The app is on the Trial Edition and its monthly active users (MAU) exceeded
// the free quota. Upgrade the app to the Standard, Pro, Pro Plus or Enterprise
// Edition to lift the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const AccountMAUFreeQuotaLimit Code = 72002

// AccountUserRequestFreqLimit 单个用户的登录、登出、切换前后台或设置离线推送配置等请求过于频繁，超出了频率限制。
//
// One user sent login, logout, foreground or background switch, or offline push
// configuration requests too often and hit the per-user frequency limit.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const AccountUserRequestFreqLimit Code = 72010

// AccountGlobalDoNotDisturbDisabled 未开启全局免打扰相关配置，请在控制台的登录与消息设置中开启。
//
// The global do-not-disturb feature is not enabled. Turn it on under Login and
// Messaging in the console.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const AccountGlobalDoNotDisturbDisabled Code = 72011

// AccountProfileSubscriptionDisabled 未开启用户资料变更订阅功能，请在控制台开启后再订阅非好友用户的资料。
//
// Subscribing to user profile changes is not enabled. Turn it on in the console
// before subscribing to the profiles of users who are not friends.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_PROFILE_SUBSCRIPTION_DISABLED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const AccountProfileSubscriptionDisabled Code = 72012
