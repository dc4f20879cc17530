package errcode

// 最近联系人错误码: errors from recent contacts, the conversation list:
// conversations, their marks, their groups and pinning. The document does
// not list them: their Chinese texts are this package's own.

// ConversationAccountNotFound 该用户账号不存在（尚未导入即时通信 IM），请先导入账号。
//
// No such user account: it has not been imported into Chat. Import the account
// first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_ACCOUNT_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationAccountNotFound Code = 50001

// ConversationInvalidParameters 请求参数不合法。请检查必填字段是否已填写、取值是否符合协议要求，并参考错误描述。
//
// The request parameters are invalid. Check that the required fields are set
// and their values follow the protocol, using the error description as a guide.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_INVALID_PARAMETERS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationInvalidParameters Code = 50002

// ConversationAdminRequired 只有 App 管理员才能发起该请求。请确认请求中的 Identifier 是管理员账号。
//
// The request needs app admin permission. Check that the `Identifier` in the
// request is an admin account.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_ADMIN_REQUIRED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationAdminRequired Code = 50003

// ConversationInternalError 服务端发生内部错误。请稍后重试；若仍失败，请联系腾讯云技术支持。
//
// The server hit an internal error. Try again later, and contact Tencent Cloud
// technical support if it keeps failing.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_CONV_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationInternalError Code = 50004

// ConversationNetTimeout 服务端内部处理超时（网络超时）。请稍后重试；若仍失败，请联系腾讯云技术支持。
//
// The request timed out inside the server (a network timeout). Try again later,
// and contact Tencent Cloud technical support if it keeps failing.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_CONV_NET_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationNetTimeout Code = 50005

// ConversationMarkRequestCountLimit 一次请求中要标记、分组或写入自定义数据的会话个数不合法：为 0 个，或多于 100 个。
//
// The number of conversations in one request to mark, group or set custom data
// on conversations is invalid: it is zero or more than 100.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationMarkRequestCountLimit Code = 51006

// ConversationMarkOperationFailed 群会话操作失败：可能是服务端内部错误、群已解散，或群会话权限校验未通过（用户可能已退群）。
//
// An operation on a group conversation failed: the server hit an internal
// error, the group was dismissed, or the permission check on the group
// conversation failed (the user may have left the group).
//
// Note: The sources disagree. The 2025 SDK header and the previous page
// revision describe a group conversation operation that failed through an
// internal error or a dismissed group (the previous page: GroupID could not be
// replaced by GroupCode); the current online page calls it a failed G2C
// conversation permission check and advises retrying later, then checking
// whether the user left the group.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_CONV_CONV_MARK_OPERATE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationMarkOperationFailed Code = 51007

// ConversationMarkTotalCountLimit 参与标记、分组或带有自定义数据的会话累计已超过 1000 个的上限。
//
// The total number of conversations that are marked, grouped or carry custom
// data went over the limit of 1000.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationMarkTotalCountLimit Code = 51008

// ConversationGroupNotFound 找不到所请求的会话分组。
//
// The requested conversation group (a folder of conversations, not a chat
// group) does not exist.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_CONV_GROUP_NOT_EXIST. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationGroupNotFound Code = 51009

// ConversationGroupCountLimit 最多只能有 20 个会话分组，已达上限。
//
// The number of conversation groups has reached the limit of 20.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationGroupCountLimit Code = 51010

// ConversationGroupNameLengthLimit 会话分组名称超过 32 字节。
//
// The conversation group name is longer than 32 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const ConversationGroupNameLengthLimit Code = 51011

// ConversationPinnedCountLimit 置顶会话的数量已达上限：最多 50 个，且不能扩容。
//
// No more conversations can be pinned: 50 is the maximum, and it cannot be
// raised.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const ConversationPinnedCountLimit Code = 51012

// ConversationUltimateEditionRequired 当前应用不是旗舰版，不能修改标准会话标记或会话分组。
//
// Standard conversation marks and conversation groups can be changed only by an
// app on the Ultimate edition, and this app is not on it.
//
// Note: Listed by mark_contact, create_contact_group, update_contact_group,
// del_contact_group, get_contact_group and search_contact_group
// (v4/recentcontact); the last two list it too, though they only read.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const ConversationUltimateEditionRequired Code = 51013
