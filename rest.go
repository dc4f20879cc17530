package errcode

// REST API公共错误码: errors any REST API call can return, about the URL,
// the JSON body, the account and its signature, and frequency limits.

// RESTInvalidHTTPURL HTTP解析错误 ，请检查HTTP请求URL格式
//
// HTTP parse error; check the format of the HTTP request URL.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_HTTP_URL. Sources: document|webpage|sdk.
const RESTInvalidHTTPURL Code = 60002

// RESTRequestJSONParseFailed HTTP请求JSON解析错误，请检查JSON格式
//
// JSON parse error in the HTTP request; check the JSON format.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_REQ_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const RESTRequestJSONParseFailed Code = 60003

// RESTInvalidAccountOrSig60004 请求URI或JSON包体中帐号或签名错误
//
// Account or signature error in the request URI or JSON body.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_COMM_INVALID_ACCOUNT. Sources: document|webpage|sdk.
const RESTInvalidAccountOrSig60004 Code = 60004

// RESTInvalidAccountOrSig60005 请求URI或JSON包体中帐号或签名错误
//
// Account or signature error in the request URI or JSON body.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_COMM_INVALID_ACCOUNT_EX. Sources: document|webpage|sdk.
const RESTInvalidAccountOrSig60005 Code = 60005

// RESTInvalidSDKAppID appid失效，请核对appid有效性
//
// The appid is no longer valid; verify that the appid is valid.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_SDKAPPID. Sources: document|webpage|sdk.
const RESTInvalidSDKAppID Code = 60006

// RESTFreqLimit rest接口调用频率超过限制，请降低请求频率
//
// The REST API call frequency exceeds the limit; reduce the request
// frequency.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_COMM_REST_FREQ_LIMIT. Sources: document|webpage|sdk.
const RESTFreqLimit Code = 60007

// RESTRequestTimeout 服务请求超时或HTTP请求格式错误，请检查并重试
//
// The service request timed out or the HTTP request format is wrong; check
// and retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_REQUEST_TIMEOUT. Sources: document|webpage|sdk.
const RESTRequestTimeout Code = 60008

// RESTInvalidResource 请求资源错误，请检查请求URL
//
// Wrong requested resource; check the request URL.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_RES. Sources: document|webpage|sdk.
const RESTInvalidResource Code = 60009

// RESTIDNotAdmin 请求需要APP管理员权限，请检查接口调用权限
//
// The request needs APP administrator permission; check the permission to
// call the API.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_ID_NOT_ADMIN. Sources: document|webpage|sdk.
const RESTIDNotAdmin Code = 60010

// RESTSDKAppIDFreqLimit appid请求频率超限，请降低请求频率
//
// The appid request frequency exceeds the limit; reduce the request
// frequency.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_COMM_SDKAPPID_FREQ_LIMIT. Sources: document|webpage|sdk.
const RESTSDKAppIDFreqLimit Code = 60011

// RESTSDKAppIDMissing REST接口需要带sdkappid，请检查请求URL中的sdkappid
//
// REST API requests must carry sdkappid; check the sdkappid in the request
// URL.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SDKAPPID_MISS. Sources: document|webpage|sdk.
const RESTSDKAppIDMissing Code = 60012

// RESTResponseJSONParseFailed HTTP响应包JSON解析错误
//
// JSON parse error in the HTTP response packet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_RSP_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const RESTResponseJSONParseFailed Code = 60013

// RESTExchangeAccountTimeout 置换id超时
//
// Timed out exchanging the ID.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_COMM_EXCHANGE_ACCOUNT_TIMEUT. Sources: document|webpage|sdk.
const RESTExchangeAccountTimeout Code = 60014

// RESTInvalidIDFormat 请求包体帐号类型错误，请确认帐号为字符串格式
//
// Wrong account type in the request body; make sure the account is in
// string format.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_INVALID_ID_FORMAT. Sources: document|webpage|sdk.
const RESTInvalidIDFormat Code = 60015

// 单发消息: errors from sending a one-to-one message through the REST API.
// The document gives them a section but no file of their own, so they are
// here, beside the other REST API codes.

// MsgJSONParseFailed Json格式解析失败,请检查请求包是否符合JSON规范。
//
// Failed to parse the JSON format; check that the request packet conforms
// to the JSON specification.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const MsgJSONParseFailed Code = 90001

// MsgInvalidJSONBodyFormat Json格式请求包中MsgBody不符合消息格式描述，或者MsgBody不是Array类型，请参考TIMMsgElement对象的定义。
//
// In the JSON request packet, MsgBody does not match the message format
// description, or MsgBody is not of type Array; see the definition of the
// TIMMsgElement object.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_JSON_BODY_FORMAT. Sources: document|webpage|sdk.
const MsgInvalidJSONBodyFormat Code = 90002

// MsgInvalidToAccount Json格式请求包中To_Account不符合消息格式描述，请检查To_Account类型是否为String。
//
// In the JSON request packet, To_Account does not match the message format
// description; check that To_Account is of type String.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_TO_ACCOUNT. Sources: document|webpage|sdk.
const MsgInvalidToAccount Code = 90003

// MsgInvalidSeq Json格式请求包体中MsgSeq不是Number类型或者其值范围不在0~4294967296。
//
// In the JSON request body, MsgSeq is not of type Number or its value is
// outside 0~4294967296.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const MsgInvalidSeq Code = 90004

// MsgInvalidRandom Json格式请求包体中MsgRandom不是Number类型或者其值范围不在0~4294967296。
//
// In the JSON request body, MsgRandom is not of type Number or its value
// is outside 0~4294967296.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_RAND. Sources: document|webpage|sdk.
const MsgInvalidRandom Code = 90005

// MsgInvalidTimestamp Json格式请求包体中MsgTimeStamp不是Number类型或者其值范围不在0~4294967296。
//
// In the JSON request body, MsgTimeStamp is not of type Number or its
// value is outside 0~4294967296.
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
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document|webpage.
const MsgInvalidFromAccount Code = 90008

// MsgAdminRequired 服务端集成Rest API接口必须使用管理员才能成功发起请求，配置管理员可参见设置APP管理员。
//
// Server-side integration with the REST API must use an administrator for
// requests to succeed; to configure administrators, see Set APP
// administrator.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_ADMIN_REQUIRED. Sources: document|webpage|sdk.
const MsgAdminRequired Code = 90009

// MsgInvalidJSONFormat Json格式请求包不符合消息格式描述，请参考TIMMsgElement对象的定义。
//
// The JSON request packet does not match the message format description;
// see the definition of the TIMMsgElement object.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_JSON_FORMAT. Sources: document|webpage|sdk.
const MsgInvalidJSONFormat Code = 90010

// MsgToAccountCountLimit 批量发消息目标账户超过500，请减少To_Account中目标账号数量。
//
// The batch message has more than 500 target accounts; reduce the number
// of target accounts in To_Account.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_TO_ACCOUNT_COUNT_LIMIT. Sources: document|webpage|sdk.
const MsgToAccountCountLimit Code = 90011

// MsgToAccountNotFound To_Account没有注册或不存在，请确认To_Account是否导入腾讯云或者是否拼写错误。
//
// To_Account is not registered or does not exist; confirm that To_Account
// has been imported into Tencent Cloud and is spelled correctly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_TO_ACCOUNT_NOT_FOUND. Sources: document|webpage|sdk.
const MsgToAccountNotFound Code = 90012

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
// SyncFromOldSystem is not of type Number or its value is outside
// 0~4294967295.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document|webpage.
const MsgInvalidSyncFromOldSystem Code = 90030

// MsgInvalidSyncFromOtherMachine SyncFromOtherMachine不是Number类型或者其值范围不在0~4294967295。
//
// SyncFromOtherMachine is not of type Number or its value is outside
// 0~4294967295.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_SYNCOTHERMACHINE. Sources: document|webpage|sdk.
const MsgInvalidSyncFromOtherMachine Code = 90031

// MsgInternalErrorCallback 服务内部错误，请重试；如果所有请求都返回该错误码，且APP配置了第三方回调，请检查APP服务器是否正常向腾讯云后台服务器返回回调结果。
//
// Internal service error; retry. If every request returns this error code
// and the APP has a third-party callback configured, check that the APP
// server is returning callback results to the Tencent Cloud backend
// servers normally.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR5. Sources: document|webpage|sdk.
const MsgInternalErrorCallback Code = 90992

// MsgInternalError 服务内部错误，请重试。
//
// Internal service error; retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR4. Sources: document|webpage|sdk.
const MsgInternalError Code = 91000

// 公共错误码: errors any service may return about a message's content and
// size. The document gives them a section but no file of their own, so they
// are here, beside the REST API codes.

// CommonSensitiveText 文本安全打击。文本中可能包含敏感词汇。
//
// Blocked by text security: the text may contain sensitive words.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_SENSITIVE_TEXT. Sources: document|webpage|sdk.
const CommonSensitiveText Code = 80001

// CommonBodySizeLimit 发消息包体过长，目前支持最大8k消息包体长度，请减少包体大小重试
//
// The message body is too long; the maximum message body length currently
// supported is 8 KB. Reduce the body size and retry.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMM_BODY_SIZE_LIMIT. Sources: document|webpage|sdk.
const CommonBodySizeLimit Code = 80002
