package errcode

// 公众号错误码: errors from official accounts and their subscriptions. The
// document does not list them: their Chinese texts are this package's own.

// OfficialAccountJSONParseFailed 请求包无法按 JSON 解析，请确认它符合 JSON 规范。
//
// The request body could not be parsed as JSON. Make sure it follows the JSON
// specification.
//
// Note: Only openconfigsvr pages list it (getappinfo, getnospeaking and
// setnospeaking); there the 130xxx numbers are that service's own, not the
// official account codes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OfficialAccountJSONParseFailed Code = 130001

// OfficialAccountPermissionDenied 公众号操作权限不足。请确认请求用户已订阅该公众号或拥有其管理权限，并按错误信息检查请求参数。
//
// The user lacks permission for this official account operation. Check that the
// requesting user subscribes to the official account or may manage it, and
// check the request parameters against the error message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountPermissionDenied Code = 130002

// OfficialAccountInvalidGetAccount 请求里 Get_Account 的取值不合法。
//
// The value of Get_Account in the request is not valid.
//
// Note: Only openconfigsvr pages list it (getnospeaking); there the 130xxx
// numbers are that service's own, not the official account codes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OfficialAccountInvalidGetAccount Code = 130003

// OfficialAccountNotFound 找不到该公众号：它从未创建，或已被注销。
//
// No such official account: it was never created, or it has been terminated.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountNotFound Code = 130004

// OfficialAccountAlreadySubscribed 该用户已订阅此公众号，无需重复订阅。
//
// The user already subscribes to this official account; there is no need to
// subscribe again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountAlreadySubscribed Code = 130005

// OfficialAccountSubscriberLimit 该公众号的订阅人数已满。如需提高上限，请升级到专业版 Plus 或企业版并联系我们扩容。
//
// The official account has no room for more subscribers. To raise the limit,
// upgrade to the Pro Edition Plus or the Enterprise Edition and ask Tencent
// Cloud to expand it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountSubscriberLimit Code = 130006

// OfficialAccountInvalidUserID 公众号用户 ID 的格式不符合要求。请按公众号系统的规则修改后重试。
//
// The official account user ID is not in the required format. Change it to
// follow the official account rules, then send the request again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountInvalidUserID Code = 130007

// OfficialAccountUserIDInUse 该公众号用户 ID 已被占用。请换一个 ID 后重试。
//
// The official account user ID is already taken. Pick another ID and send the
// request again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountUserIDInUse Code = 130008

// OfficialAccountMsgDeleteUnsupported 该公众号不支持删除消息。
//
// This official account does not allow messages to be deleted.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountMsgDeleteUnsupported Code = 130009

// OfficialAccountCountLimit 公众号数量超过上限：预付费公众号的创建与加入总数，或已创建的公众号数量，超出了限制。请取消部分订阅或解散部分公众号后重试。
//
// An official account count went over its limit: either how many prepaid
// official accounts were created and joined, or how many official accounts were
// created. Unsubscribe from some official accounts or dismiss some of them,
// then try again.
//
// Note: The current online page has two rows for 130010 with different texts:
// one about the combined number of prepaid official accounts a user has created
// or joined (advice: cancel some subscriptions), one about how many official
// accounts were created (advice: dismiss some). The code by itself does not
// tell which limit was reached.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountCountLimit Code = 130010

// OfficialAccountSQLQueryFailed 服务端查询数据库时出错。
//
// The server failed while querying its database.
//
// Note: Only openconfigsvr pages list it (getappinfo); there the 130xxx numbers
// are that service's own, not the official account codes.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OfficialAccountSQLQueryFailed Code = 130011

// OfficialAccountSQLResultParseFailed 服务端读不懂数据库查询返回的结果。
//
// The server could not parse the result its database query returned.
//
// Note: Only openconfigsvr pages list it (getappinfo); there the 130xxx numbers
// are that service's own, not the official account codes.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OfficialAccountSQLResultParseFailed Code = 130012

// OfficialAccountSystemError 服务端系统出错，请重试；若一直失败，请联系技术支持。
//
// The service hit a system error. Retry; if it keeps failing, contact technical
// support.
//
// Note: Only openconfigsvr pages list it (getnospeaking and setnospeaking);
// there the 130xxx numbers are that service's own, not the official account
// codes. getnospeaking calls it a JSON system error.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OfficialAccountSystemError Code = 130014

// OfficialAccountServiceNotEnabled 该 SDKAppID 尚未开通公众号服务。请联系腾讯云技术支持开通。
//
// The official account service is not activated for this SDKAppID. Contact
// Tencent Cloud technical support to activate it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountServiceNotEnabled Code = 131000

// OfficialAccountSubscriptionNotFound 没有查到订阅记录，多半是该用户尚未订阅这个公众号。
//
// There is no subscription record, probably because the user has not subscribed
// to this official account.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountSubscriptionNotFound Code = 131003

// OfficialAccountSDKVersionTooLow 当前 SDK 版本太旧，用不了公众号功能。请升级 SDK。
//
// Official account features need a newer SDK than the one in use. Upgrade the
// SDK.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OfficialAccountSDKVersionTooLow Code = 131005
