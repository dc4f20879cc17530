package errcode

// 单发消息 (CategoryMessage): 9xxxx codes of one-to-one and batch messages
// and pushes sent through the REST API. rest.go's header says why these
// share its name.

// MsgJSONParseFailed Json格式解析失败,请检查请求包是否符合JSON规范。
//
// Failed to parse the JSON; check that the request body is valid JSON.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const MsgJSONParseFailed Code = 90001

// MsgInvalidJSONBodyFormat Json格式请求包中MsgBody不符合消息格式描述，或者MsgBody不是Array类型，请参考TIMMsgElement对象的定义。
//
// MsgBody in the JSON request body is not an Array, or its contents break the
// message format rules; see how the TIMMsgElement object is defined.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_JSON_BODY_FORMAT. Sources: document|webpage|sdk.
const MsgInvalidJSONBodyFormat Code = 90002

// MsgInvalidToAccount Json格式请求包中To_Account不符合消息格式描述，请检查To_Account类型是否为String。
//
// To_Account in the JSON request body breaks the rules of the message format;
// make sure To_Account is a String.
//
// Note: The document says To_Account is not a string. The current online page
// and the previous page revision say To_Account is missing or names an account
// that does not exist, while the 2025 SDK header says To_Account is missing or
// is not an Integer. All current sources include a missing field: send
// To_Account in every request and check the account it names.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_TO_ACCOUNT. Sources: document|webpage|sdk.
const MsgInvalidToAccount Code = 90003

// MsgInvalidSeq Json格式请求包体中MsgSeq不是Number类型或者其值范围不在0~4294967296。
//
// In the JSON request body, MsgSeq is not of type Number or its value is
// outside the range 0 to 4294967296.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const MsgInvalidSeq Code = 90004

// MsgInvalidRandom Json格式请求包体中MsgRandom不是Number类型或者其值范围不在0~4294967296。
//
// In the JSON request body, MsgRandom is not of type Number or its value is
// outside the range 0 to 4294967296.
//
// Note: The document only covers a MsgRandom that is not a Number or lies
// outside 0 to 4294967296. Both page revisions and the 2025 SDK header also
// return it when the MsgRandom field is missing, and ask for an integer: send
// MsgRandom in every request, as an integer in that range.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_RAND. Sources: document|webpage|sdk.
const MsgInvalidRandom Code = 90005

// MsgInvalidTimestamp Json格式请求包体中MsgTimeStamp不是Number类型或者其值范围不在0~4294967296。
//
// In the JSON request body, MsgTimeStamp is not of type Number or its value is
// outside the range 0 to 4294967296.
//
// Note: The document only covers a MsgTimeStamp that is not a Number or lies
// outside 0 to 4294967296. Both page revisions and the 2025 SDK header also
// return it when the MsgTimeStamp field is missing, and ask for an integer:
// send MsgTimeStamp in every request, as an integer in that range.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_TIMESTAMP. Sources: document|webpage|sdk.
const MsgInvalidTimestamp Code = 90006

// MsgBodyNotArray Json格式请求包体中MsgBody类型不是Array类型，请将其修改为Array类型。
//
// In the JSON request body, the type of MsgBody is not Array; change it to
// type Array.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_BODY_NOT_ARRAY. Sources: document|webpage|sdk.
const MsgBodyNotArray Code = 90007

// MsgInvalidFromAccount Json格式请求包体中From_Account解析失败，请检查From_Account是否是String类型。
//
// In the JSON request body, From_Account failed to parse; check that
// From_Account is of type String.
//
// Note: The document says From_Account could not be parsed and should be a
// string; the current online page and the previous page revision say
// From_Account is missing or names an account that does not exist, so send
// From_Account in every request and check that its account exists. The 2025 SDK
// header has no constant for this code.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document|webpage.
const MsgInvalidFromAccount Code = 90008

// MsgAdminRequired 服务端集成Rest API接口必须使用管理员才能成功发起请求，配置管理员可参见设置APP管理员。
//
// Server-side integration with the REST API must send its requests as an app
// administrator; to configure one, see the guide on setting app administrators.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_ADMIN_REQUIRED. Sources: document|webpage|sdk.
const MsgAdminRequired Code = 90009

// MsgInvalidJSONFormat Json格式请求包不符合消息格式描述，请参考TIMMsgElement对象的定义。
//
// The JSON request body breaks the rules of the message format; compare it with
// the definition of the TIMMsgElement object.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_JSON_FORMAT. Sources: document|webpage|sdk.
const MsgInvalidJSONFormat Code = 90010

// MsgToAccountCountLimit 批量发消息目标账户超过500，请减少To_Account中目标账号数量。
//
// A batch send names more than 500 target accounts; put fewer accounts in
// To_Account.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_TO_ACCOUNT_COUNT_LIMIT. Sources: document|webpage|sdk.
const MsgToAccountCountLimit Code = 90011

// MsgToAccountNotFound To_Account没有注册或不存在，请确认To_Account是否导入腾讯云或者是否拼写错误。
//
// To_Account names an account that is not registered or does not exist; check
// that it was imported into Tencent Cloud and that it is spelled right.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_TO_ACCOUNT_NOT_FOUND. Sources: document|webpage|sdk.
const MsgToAccountNotFound Code = 90012

// MsgRequestAccountCountLimit 请求中的账号数量超出上限。
//
// The request contains more accounts than allowed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgRequestAccountCountLimit Code = 90018

// MsgPushTagLengthLimit90020 推送用的标签长度超过上限：最多 50 字节。
//
// A push tag is too long: 50 bytes is the maximum.
//
// Note: Listed by all_member_push/im_push and by the Push Service error page.
// The online error-code page gives the same 50-byte limit under 90034
// (MsgPushTagLengthLimit).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushTagLengthLimit90020 Code = 90020

// MsgDuplicatePushTags 推送条件里，TagsOr 与 TagsAnd 含有相同的标签，请去掉重复项。
//
// The push conditions list the same tag more than once across TagsOr and
// TagsAnd. Remove the repeated tag.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgDuplicatePushTags Code = 90022

// MsgPushFreqLimit 推送过于频繁：两次推送之间的间隔必须大于 1 秒。
//
// Pushes come too close together: leave more than 1 second between one push and
// the next.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgPushFreqLimit Code = 90024

// MsgLifeTimeLimit MsgLifeTime（离线消息保存时长）取值过大，最长不能超过 7 天。
//
// MsgLifeTime, the offline storage period of the message, is too large; it
// cannot be longer than 7 days.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_TIME_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgLifeTimeLimit Code = 90026

// MsgToAccountNotArray To_Account不是Array类型。
//
// To_Account is not of type Array.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document|webpage.
const MsgToAccountNotArray Code = 90028

// MsgToAccountEmpty To_Account账号数量为0，请添加目标账户。
//
// The number of accounts in To_Account is 0; add target accounts.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document|webpage.
const MsgToAccountEmpty Code = 90029

// MsgInvalidSyncFromOldSystem SyncFromOldSystem不是Number类型或者其值范围不在0~4294967295。
//
// SyncFromOldSystem is not of type Number or its value is outside the range 0
// to 4294967295.
//
// Note: The document and the current online page tie this code to the
// SyncFromOldSystem field (the document: not a Number or outside 0 to
// 4294967295). The previous page revision instead says an attribute is 0 bytes
// long or longer than 50 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document|webpage.
const MsgInvalidSyncFromOldSystem Code = 90030

// MsgInvalidSyncFromOtherMachine SyncFromOtherMachine不是Number类型或者其值范围不在0~4294967295。
//
// SyncFromOtherMachine is not of type Number or its value is outside the range
// 0 to 4294967295.
//
// Note: The document names the field SyncFromOtherMachine; the current online
// page, the previous page revision and the 2025 SDK header name it
// SyncOtherMachine.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_SYNCOTHERMACHINE. Sources: document|webpage|sdk.
const MsgInvalidSyncFromOtherMachine Code = 90031

// MsgPushTagCountLimit 推送条件中的标签超过 10 个，或添加标签的请求中的标签超过 10 个。
//
// The push conditions contain more than 10 tags, or a request to add tags
// contains more than 10 tags.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgPushTagCountLimit Code = 90032

// MsgInvalidAttribute 请求中的属性无效，请参考属性相关接口的文档进行检查。
//
// An attribute in the request is invalid. Check it against the documentation of
// the attribute APIs.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgInvalidAttribute Code = 90033

// MsgPushTagLengthLimit 标签长度超过 50 字节。
//
// A tag is longer than 50 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgPushTagLengthLimit Code = 90034

// MsgPushAccountTypeMismatch 属性或标签只能用于一种账号类型，这个条目的账号不是该类型。IM 账号在推送服务注册成功后会自动获得 RegistrationID。
//
// An attribute or tag applies to one account type only, and the account of this
// entry is not of that type. A Chat account gets a RegistrationID automatically
// once its push registration succeeds.
//
// Note: Only the Russian copies of the timpush set_attr and add_tag pages (a
// translation of trtc.io) list it; the set_attr example returns it in ErrorList
// for a RegistrationID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushAccountTypeMismatch Code = 90035

// MsgPushAttributeAndTagExclusive 同一次推送不能既按属性又按标签筛选接收者。
//
// One push cannot select its recipients both by attribute and by tag.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushAttributeAndTagExclusive Code = 90039

// MsgPushTagEmpty 推送条件中有一个标签是空的。
//
// A tag given in the push conditions is an empty string.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgPushTagEmpty Code = 90040

// MsgInvalidOfflinePushInfo 请求 JSON 里的离线推送信息字段不符合消息格式的要求，请按该对象的定义逐项检查。
//
// The OfflinePushInfo field in the JSON request breaks the rules of the message
// format. Check it field by field against the definition of the OfflinePushInfo
// object.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgInvalidOfflinePushInfo Code = 90043

// MsgLifeTimeNotInteger JSON 请求包体里的 MsgLifeTime 必须是整数，但传入的值不是。
//
// MsgLifeTime in the JSON request body must be an integer, and the value sent
// is not one.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_MSGLIFETIME. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgLifeTimeNotInteger Code = 90044

// MsgAllUserPushNotEnabled 尚未开通全员推送功能，请先开通推送服务。
//
// All-user push has not been activated for this app. Activate the push service
// first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgAllUserPushNotEnabled Code = 90045

// MsgPushDailyCountLimit 推送次数超过每日上限（默认 100 次），如需提高请联系即时通信 IM 技术支持。
//
// The number of pushes exceeds the daily limit (100 by default). Contact Chat
// technical support to raise it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgPushDailyCountLimit Code = 90047

// MsgAccountNotFound 请求的用户账号不存在。请确认该 UserID 是否已被删除；如未删除，请联系即时通信 IM 技术支持。
//
// No user account exists for the requested UserID. Check whether the UserID was
// deleted; if it was not, contact Chat technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_ACCOUNT_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgAccountNotFound Code = 90048

// MsgPushInvalidTaskID 没有与该 TaskId 对应的推送记录。撤回时只能使用全员推送、标签推送或单推接口返回的 TaskId。
//
// No push record matches the TaskId. A recall accepts only a TaskId that the
// all-user push, tag push or single push APIs returned.
//
// Note: From the Push Service error page (recall of pushes and all-user push),
// which our copy only partly holds; no copy of a per-API page lists it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushInvalidTaskID Code = 90049

// MsgPushAlreadyRecalled 该推送任务已经撤回过，不能再次撤回。
//
// The push task has already been recalled; it cannot be recalled a second time.
//
// Note: From the Push Service error page (recall of pushes and all-user push),
// which our copy only partly holds; no copy of a per-API page lists it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushAlreadyRecalled Code = 90050

// MsgPushRecallFreqLimit 撤回推送过于频繁：每秒最多撤回 1 次。
//
// Pushes are being recalled too often: at most 1 recall per second is allowed.
//
// Note: From the Push Service error page (recall of pushes and all-user push),
// which our copy only partly holds; no copy of a per-API page lists it.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushRecallFreqLimit Code = 90051

// MsgPushRecallTimeLimit 推送任务已超过 24 小时，过了可撤回的期限。
//
// The push task is older than 24 hours, so the time in which it could be
// recalled has passed.
//
// Note: From the Push Service error page (recall of pushes and all-user push),
// which our copy only partly holds; no copy of a per-API page lists it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushRecallTimeLimit Code = 90052

// MsgPushRecallOfflinePushInfoMissing 无法撤回：该推送任务被设为不保存漫游、不计未读（OnlineOnlyFlag 取 0），但撤回请求里没有带离线推送信息。
//
// The recall is refused: the push task was set to be kept out of roaming
// storage and unread counts (OnlineOnlyFlag = 0), yet the recall request has no
// OfflinePushInfo.
//
// Note: From the Push Service error page (recall of pushes and all-user push),
// which our copy only partly holds; no copy of a per-API page lists it. The
// page pairs OnlineOnlyFlag = 0 with a task kept out of roaming and unread
// counts, although on the message APIs 0 is the default; this text keeps the
// page's pairing.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgPushRecallOfflinePushInfoMissing Code = 90053

// MsgInvalidMsgKey 撤回请求中的 MsgKey 字段缺失或格式不正确。
//
// The MsgKey field of the recall request is missing or badly formatted. Check
// that it is present and valid.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgInvalidMsgKey Code = 90054

// MsgBatchBodySizeLimit 批量发送的消息体过长，目前消息体最大支持 12 KB。
//
// The message body of a batch send is too long; the largest body currently
// supported is 12 KB.
//
// Note: The current online page gives the limit as 12 KB; the previous page
// revision said 8 KB.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgBatchBodySizeLimit Code = 90055

// MsgAllUserPushBodySizeLimit 全员推送的请求体太大，目前最大支持 10K。
//
// The request body of an all-user push is too large; 10K is the largest
// currently supported.
//
// Note: From the Push Service error page (recall of pushes and all-user push),
// which our copy only partly holds; no copy of a per-API page lists it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const MsgAllUserPushBodySizeLimit Code = 90056

// MsgBatchSendFreqLimit 批量发单聊消息的频率超过上限。请降低发送频率，或在控制台调高批量发单聊消息的频率限制。
//
// Batch sending of one-to-one messages is over its rate limit. Send less often,
// or raise the rate limit for batch one-to-one sending in the console.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const MsgBatchSendFreqLimit Code = 90057

// MsgInternalErrorCallback 服务内部错误，请重试；如果所有请求都返回该错误码，且APP配置了第三方回调，请检查APP服务器是否正常向腾讯云后台服务器返回回调结果。
//
// Internal service error; retry. If every request fails with this code and the
// app has a third-party callback configured, make sure the app server answers
// those callbacks to the Tencent Cloud backend correctly.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR5. Sources: document|webpage|sdk.
const MsgInternalErrorCallback Code = 90992

// MsgInternalError90994 服务内部出错，请重试；若频繁发生，请联系即时通信 IM 技术支持。
//
// An internal service error occurred. Retry; if it happens often, contact Chat
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR2. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgInternalError90994 Code = 90994

// MsgInternalError90995 服务内部出错，请重试；若反复失败，可能是消息过长，请精简消息内容或联系即时通信 IM 技术支持。
//
// An internal service error occurred. Retry; if it keeps failing, the message
// may be too long, so shorten it or ask Chat technical support for help.
//
// Note: The 2025 SDK header and the previous page revision describe only an
// internal error; the handling column of the current online page says the
// message is too long and should be shortened.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR3. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgInternalError90995 Code = 90995

// MsgInternalError 服务内部错误，请重试。
//
// Internal service error; retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR4. Sources: document|webpage|sdk.
const MsgInternalError Code = 91000

// MsgLongPollingCountLimit Web 端长轮询被踢下线：同时在线的 Web 实例数超过了上限。
//
// A web instance was kicked out of long polling because too many web instances
// were online at the same time.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_LONGPOLLING_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgLongPollingCountLimit Code = 91101

// MsgBodySizeLimit JSON 数据包过长，消息体不能超过 12 KB；内容审核接口在送审内容超过 8 KB 时也返回此错误码。
//
// The JSON packet is too long: the message body must not exceed 12 KB. The
// content moderation API returns the same code when the content to review is
// over 8 KB.
//
// Note: The current online page and the 2025 SDK header give the message body
// limit as 12 KB; the previous page revision said 8 KB. The current online page
// also lists 93000 a second time, in its content review section, for content
// over 8 KB.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_BODY_SIZE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const MsgBodySizeLimit Code = 93000
