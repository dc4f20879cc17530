package errcode

// SDK错误码: errors the IM client SDK reports to its callbacks, about the
// device, the network and the login state. The REST API does not return them.

// SDKFileMsgURLNotChatStorage 文件消息发送失败：所给 URL 并不指向即时通信 IM 分配的存储资源。
//
// A file message failed because its URL does not point to a storage resource
// that Chat allocated. Use a URL issued by Chat storage.
//
// Note: Only the previous revision of the online page lists this code; the
// current page dropped it, and the 2025 SDK header has no constant for it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKFileMsgURLNotChatStorage Code = 4001

// SDKFileMsgServerNetError 文件消息发送失败：服务端内部网络出错。
//
// A file message failed because of a network error inside the server.
//
// Note: Only the previous revision of the online page lists this code; the
// current page dropped it, and the 2025 SDK header has no constant for it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKFileMsgServerNetError Code = 4002

// SDKImageMsgCIFormatError 图片消息发送失败：图片处理服务（CI）返回的数据格式不对。
//
// An image message failed because the image processing service (CI) returned
// data in an unexpected format.
//
// Note: Only the previous revision of the online page lists this code; the
// current page dropped it, and the 2025 SDK header has no constant for it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKImageMsgCIFormatError Code = 4003

// SDKImageMsgInvalidFormat 图片消息发送失败：图片格式无效，请换用格式正确的图片。
//
// An image message failed because the image format is not valid. Send an image
// in a valid format.
//
// Note: Only the previous revision of the online page lists this code; the
// current page dropped it, and the 2025 SDK header has no constant for it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKImageMsgInvalidFormat Code = 4004

// SDKFileMsgIllegalOrBlocked 文件消息发送失败：该文件违规或已被封禁，不允许发送。
//
// A file message failed because the file is illegal or has been blocked; such
// files cannot be sent.
//
// Note: Only the previous revision of the online page lists this code; the
// current page dropped it, and the 2025 SDK header has no constant for it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKFileMsgIllegalOrBlocked Code = 4005

// SDKParseResponseFailed 回包解析失败，内部错误，可提供使用接口、错误码、错误信息给客服解决
//
// Failed to parse the response packet (internal error). Give customer
// service the API called, the error code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PARSE_RESPONSE_FAILED. Sources: document|webpage|sdk.
const SDKParseResponseFailed Code = 6001

// SDKSerializeRequestFailed 请求包做 PB（protobuf）序列化时出错，属于 SDK 内部错误；问题持续时请把日志提供给技术支持排查。
//
// The SDK could not serialize the request to protobuf (PB); this is an internal
// error. If it keeps happening, send the logs to Chat technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SERIALIZE_REQ_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSerializeRequestFailed Code = 6002

// SDKNoSuccessResult 批量操作无成功结果，请检查输入列表是否合法（如用户是否存在，传入列表类型是否与API匹配）
//
// The batch operation had no successful result; check that the input list
// is valid (for example, whether the users exist and whether the type of
// list passed matches the API).
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, as a batch operation with no successful
// result. The document's advice to check the input list (users exist, list
// type matches the API) is not repeated there.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_NO_SUCC_RESULT. Sources: document|webpage|sdk.
const SDKNoSuccessResult Code = 6003

// SDKInvalidConversation 会话无效，getConversation时检查是否已经登陆，如未登录获取会话，会有此错误码返回。登录前未设置IM模式（winsdk），也会引起此错误。
//
// Invalid conversation: when calling getConversation, check that you are
// already logged in; getting a conversation before logging in returns this
// error code. Not setting the IM mode (winsdk) before logging in also
// causes this error.
//
// Note: The document and the previous page revision call the conversation
// invalid, typically because getConversation ran before login (the document
// also blames a missing IM mode in winsdk), and the 2025 SDK header agrees.
// The current online page instead says the conversation does not exist and
// asks you to check that it exists locally.
//
// Caution: Logging in again with a fresh UserSig does not help when the IM mode
// or another setting is wrong: re-authenticate at most once, then check the
// setup.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_INVALID_CONVERSATION. Sources: document|webpage|sdk.
const SDKInvalidConversation Code = 6004

// SDKLoadMsgFailed 加载本地消息存储失败，可能存储文件有损坏，可联系客服定位具体问题
//
// Failed to load the local message store; the storage file may be
// corrupted. Contact customer service to locate the exact problem.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_LOADMSG_FAILED. Sources: document|webpage|sdk.
const SDKLoadMsgFailed Code = 6005

// SDKFileTransAuthFailed 文件传输-鉴权失败，可提供使用接口、错误码、错误信息给客服解决
//
// File transfer: authentication failed. Give customer service the API
// called, the error code and the error message.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_FILE_TRANS_AUTH_FAILED. Sources: document|webpage|sdk.
const SDKFileTransAuthFailed Code = 6006

// SDKFileTransNoServer 文件传输-获取 server 列表失败，可提供使用接口、错误码、错误信息给客服解决
//
// File transfer: failed to get the server list. Give customer service the
// API called, the error code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FILE_TRANS_NO_SERVER. Sources: document|webpage|sdk.
const SDKFileTransNoServer Code = 6007

// SDKFileTransUploadFailed 文件传输-上传失败，请检查网络是否连接
//
// File transfer: upload failed; check that the network is connected.
//
// Note: The document, the previous page revision and the 2025 SDK header all
// say the file upload failed and to check the network. The current online page
// describes it as failing to get the server list, which is 6007's meaning,
// while its handling column still asks to check the connection and that an
// image opens; the row looks shifted.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FILE_TRANS_UPLOAD_FAILED. Sources: document|webpage|sdk.
const SDKFileTransUploadFailed Code = 6008

// SDKFileTransDownloadFailed 文件传输-下载失败，请检查网络，或者文件、语音是否已经过期，目前资源文件存储7天
//
// File transfer: download failed; check the network, or whether the file
// or voice has expired (resource files are currently stored for 7 days).
//
// Note: The document, the previous page revision and the 2025 SDK header all
// say the file download failed (check the network, or whether the file or
// voice expired; resource files are kept 7 days). The current online page
// describes it as a failed file upload when sending a rich media message,
// although its handling column keeps the download advice; the row looks
// shifted.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FILE_TRANS_DOWNLOAD_FAILED. Sources: document|webpage|sdk.
const SDKFileTransDownloadFailed Code = 6009

// SDKHTTPRequestFailed HTTP 请求失败，可提供使用接口、错误码、错误信息给客服解决
//
// HTTP request failed. Give customer service the API called, the error
// code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_HTTP_REQ_FAILED. Sources: document|webpage|sdk.
const SDKHTTPRequestFailed Code = 6010

// SDKToUserInvalid 消息接收方无效，对方用户不存在（接收方需登陆过IMSDK或用账号导入接口导入）
//
// Invalid message recipient: the recipient does not exist (a recipient must
// have logged in to the IMSDK or been imported with the account import API).
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, as a bare invalid recipient. The
// document's detail that the receiver must have logged in or been imported is
// gone, and the current page's message section uses 6032 for an invalid
// message receiver.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_TO_USER_INVALID. Sources: document|webpage|sdk.
const SDKToUserInvalid Code = 6011

// SDKRequestTimeout 请求超时，请等网络恢复后重试。（Android SDK 1.8.0以上需要按照Readme进行配置，否则会出现此错误）
//
// Request timed out; wait for the network to recover and retry. Android
// SDK 1.8.0 and later must be configured as described in the Readme,
// otherwise this error occurs.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, as a plain request timeout. The
// document's hint that Android SDK 1.8.0 and later must be configured as the
// Readme says appears in no current source.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_TIME_OUT. Sources: document|webpage|sdk.
const SDKRequestTimeout Code = 6012

// SDKNotInitialized SDK 未初始化或者用户未登陆成功，请先登陆，成功回调之后重试
//
// The SDK is not initialized or the user has not logged in successfully;
// log in first and retry after the success callback.
//
// Note: The document also counts a user who has not logged in, but the current
// online page, its previous revision and the 2025 SDK header all use 6013 only
// for an SDK that has not been initialized (6014 is the one for not logged in),
// so call initSDK and try again once its success callback has fired.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_NOT_INITIALIZED. Sources: document|webpage|sdk.
const SDKNotInitialized Code = 6013

// SDKNotLoggedIn SDK 未登录，请先登陆，成功回调之后重试，或者被踢下线，可使用TIMManager getLoginUser检查当前是否在线
//
// The SDK is not logged in (log in first and retry after the success
// callback), or the user was kicked offline; use TIMManager getLoginUser
// to check whether you are currently online.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SDK_NOT_LOGGED_IN. Sources: document|webpage|sdk.
const SDKNotLoggedIn Code = 6014

// SDKInProgress 操作进行中，登陆时返回请等待另一个登陆成功或失败后再次调用登陆
//
// Operation in progress: when returned at login, wait for the other login
// to succeed or fail, then call login again.
//
// Note: The document ties this code to login (wait until the other login
// succeeds or fails). The previous page revision uses a second initialization
// as its example, the current online page says the new request is canceled
// because the previous call is still running (for example clearing unread
// counts or getting the blocklist), and the 2025 SDK header asks for serial
// calls. The meaning, an operation already in progress, now covers any API,
// not just login.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_IN_PROGESS. Sources: document|webpage|sdk.
const SDKInProgress Code = 6015

// SDKRegisterTimeout 注册超时，需要重试
//
// Registration timed out; a retry is needed.
//
// Note: The current online page, its previous revision and the 2025 SDK header
// (ERR_INVALID_MSG_ELEM) all use 6016 for an invalid message element and give
// the document's registration timeout to 6106, so fix the message element that
// the error message names instead of retrying.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INVALID_MSG_ELEM. Sources: document|webpage|sdk.
const SDKRegisterTimeout Code = 6016

// SDKInvalidParameters API 参数无效，请检查参数是否符合要求，具体可查看错误信息进一步定义哪个字段
//
// Invalid API parameters; check that the parameters meet the requirements.
// The error message tells you which field is at fault.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INVALID_PARAMETERS. Sources: document|webpage|sdk.
const SDKInvalidParameters Code = 6017

// SDKInitCoreFailed SDK初始化失败，可能是部分目录无权限
//
// SDK initialization failed; some directories may lack permission.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, as a failure of the INIT CORE module,
// and the 2025 SDK header says the same. The document instead says SDK
// initialization failed, possibly because some directories lack permission.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INIT_CORE_FAIL. Sources: document|webpage|sdk.
const SDKInitCoreFailed Code = 6018

// SDKDatabaseOperationFailed 本地数据库操作出错，可能是某些目录没有访问权限，或者数据库文件已经损坏。
//
// A local database operation did not succeed. Some directories may not be
// accessible, or the database file may be damaged.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_DATABASE_OPERATE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKDatabaseOperationFailed Code = 6019

// SDKSessionNodeEmpty V3 旧版 SDK：内部的 SessionNode 为空（null）。
//
// Legacy Chat SDK V3: the internal SessionNode is null.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_EXPIRED_SESSION_NODE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSessionNodeEmpty Code = 6020

// SDKInvalidSDKObject 下载资源文件参数错误，如还未上传成功调用接口下载资源，或者用户自己生成TIMImage等对象
//
// Invalid parameters for downloading a resource file, for example calling
// the download API before the upload has succeeded, or TIMImage and
// similar objects created by the user.
//
// Note: The previous page revision lists this code, but the current online
// page dropped it. The previous page and the 2025 SDK header describe an
// invalid object (for example a TIMImage the user created or a wrong internal
// assignment), while the document speaks of invalid parameters for downloading
// a resource file, such as downloading before the upload succeeded.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INVALID_SDK_OBJECT. Sources: document|webpage|sdk.
const SDKInvalidSDKObject Code = 6021

// SDKIOOperationFailed 操作本地IO错误，检查是否有读写权限，磁盘是否已满
//
// Local IO operation error; check that you have read and write permission
// and whether the disk is full.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_IO_OPERATION_FAILED. Sources: document|webpage|sdk.
const SDKIOOperationFailed Code = 6022

// SDKLoggedOutBeforeLoginFinished 在登录操作没有完成前进行了登出操作（或者被踢下线）
//
// Logged out (or kicked offline) before the login operation finished.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section. They and the 2025 SDK header speak only
// of logging out before login finished, while the document also counts being
// kicked offline.
//
// Caution: Do not log in again automatically: the login was ended by a logout
// or by another device, and an automatic re-login would fight it. Let the user
// decide.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGGED_OUT_BEFORE_LOGIN_FINISHED. Sources: document|webpage|sdk.
const SDKLoggedOutBeforeLoginFinished Code = 6023

// SDKTLSSDKNotInitialized V3 旧版 SDK：TLS SDK 还没有完成初始化。
//
// Legacy Chat SDK V3: the TLS SDK has not been initialized.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_TLSSDK_NOT_INITIALIZED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKTLSSDKNotInitialized Code = 6024

// SDKTLSSDKUserNotFound V3 旧版 SDK：TLS SDK 中查不到该用户的信息。
//
// Legacy Chat SDK V3: the TLS SDK holds no information for this user.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_TLSSDK_USER_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKTLSSDKUserNotFound Code = 6025

// SDKNoPreviousLogin 自动登录失败：该账号此前没有登录过，请改为调用 login 接口登录。
//
// Auto login failed because this account has never logged in before. Call the
// login API instead.
//
// Note: The previous revision of the online page and the 2025 SDK header list
// this code; the current page no longer does.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_NO_PREVIOUS_LOGIN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNoPreviousLogin Code = 6026

// SDKInvalidJSON JSON 格式不正确；请对照接口要求检查参数，错误信息会指出出错的字段。
//
// The JSON is malformed. Check the parameters against what the API requires;
// the error message names the field at fault.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INVALID_JSON. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidJSON Code = 6027

// SDKOutOfMemory 内存不足，可能有内存泄漏；可用 iOS 的 Instrument 或 Android 的 Profiler 找出占用内存多的地方。
//
// Out of memory; there may be a memory leak. Use Instrument on iOS or Profiler
// on Android to find what takes the most memory.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_OUT_OF_MEMORY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKOutOfMemory Code = 6028

// SDKHTTPNoCleartextTrafficPermission 系统不允许明文 HTTP 访问：从 iOS 9.0 和 Android P 起 http 默认被禁止；要放开，请在 iOS 的 ATS（App 传输安全）设置和 Android 的明文流量开关中允许 http（两个配置项的名称见英文说明）。
//
// The app may not use plain HTTP. Since iOS 9.0 and Android P, http is blocked
// by default; allow it with the NSAppTransportSecurity option on iOS or the
// cleartextTrafficPermitted option on Android.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_HTTP_NO_CLEARTEXT_TRAFFIC_PERMISSION. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SDKHTTPNoCleartextTrafficPermission Code = 6029

// SDKImageUploadFailedNotImage 文件上传失败：请确认上传的图片是真正的图片并且可以正常打开。
//
// The file upload failed. Make sure the uploaded image is a real image that
// opens normally.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_IMAGE_UPLOAD_FAILED_NOTIMAGE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKImageUploadFailedNotImage Code = 6031

// SDKInvalidMsgReceiver 消息接收方无效；请到 IM 控制台确认该接收方存在。
//
// The message receiver is invalid. Check in the Chat console that the receiver
// exists.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INVALID_MSG_RECEIVER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidMsgReceiver Code = 6032

// SDKBindUnknownError V3 旧版 SDK：QALSDK 执行 BIND 失败，原因不明。
//
// Legacy Chat SDK V3: the QALSDK BIND operation failed for an unknown reason.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_UNKNOWN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindUnknownError Code = 6100

// SDKBindNoSSOTicket V3 旧版 SDK：BIND 失败，没有 SSO 票据。
//
// Legacy Chat SDK V3: BIND failed because the SSO ticket is missing.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_BIND_FAIL_NO_SSOTICKET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindNoSSOTicket Code = 6101

// SDKBindRepeated V3 旧版 SDK：BIND 被重复执行。
//
// Legacy Chat SDK V3: the BIND operation was repeated although it had already
// been done.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_BIND_FAIL_REPEATD_BIND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindRepeated Code = 6102

// SDKBindTinyIDEmpty V3 旧版 SDK：BIND 失败，TinyId 为空。
//
// Legacy Chat SDK V3: BIND failed because the TinyId is empty.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_BIND_FAIL_TINYID_NULL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindTinyIDEmpty Code = 6103

// SDKBindGUIDEmpty V3 旧版 SDK：BIND 失败，GUID 为空。
//
// Legacy Chat SDK V3: BIND failed because the GUID is empty.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_GUID_NULL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindGUIDEmpty Code = 6104

// SDKBindUnpackRegisterPacketFailed V3 旧版 SDK：BIND 时无法解开注册包。
//
// Legacy Chat SDK V3: BIND failed because the registration packet could not be
// unpacked.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_UNPACK_REGPACK_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindUnpackRegisterPacketFailed Code = 6105

// SDKBindRegisterTimeout V3 旧版 SDK：BIND 过程中注册超时。
//
// Legacy Chat SDK V3: registration timed out during BIND.
//
// Note: The old document gives this meaning (registration timed out, retry)
// under 6016, a number that all current sources use for an invalid message
// element; SDKRegisterTimeout keeps the document's text for 6016.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_REG_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindRegisterTimeout Code = 6106

// SDKBindInProgress V3 旧版 SDK：已有 BIND 操作在进行，请等它结束。
//
// Legacy Chat SDK V3: a BIND operation is already in progress. Wait for it to
// finish.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_ISBINDING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindInProgress Code = 6107

// SDKPacketUnknownError V3 旧版 SDK：发送数据包时出现未知错误。
//
// Legacy Chat SDK V3: an unknown error occurred while sending a packet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_UNKNOWN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketUnknownError Code = 6120

// SDKPacketNoNetOnRequest V3 旧版 SDK：发送请求包的时候没有网络。
//
// Legacy Chat SDK V3: there was no network connection when the request packet
// was sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_REQ_NO_NET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketNoNetOnRequest Code = 6121

// SDKPacketNoNetOnResponse V3 旧版 SDK：发送回复包的时候没有网络。
//
// Legacy Chat SDK V3: there was no network connection when the response packet
// was sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_RESP_NO_NET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketNoNetOnResponse Code = 6122

// SDKPacketRequestNoAuth V3 旧版 SDK：发送请求包时不具备权限（未通过鉴权）。
//
// Legacy Chat SDK V3: the request packet was sent without the required
// authorization.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_PACKET_FAIL_REQ_NO_AUTH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketRequestNoAuth Code = 6123

// SDKPacketSSOError V3 旧版 SDK：发包时 SSO 返回错误。
//
// Legacy Chat SDK V3: the SSO reported an error while a packet was being sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_SSO_ERR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketSSOError Code = 6124

// SDKPacketRequestTimeout V3 旧版 SDK：请求包发送超时。
//
// Legacy Chat SDK V3: the request packet timed out.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_REQ_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketRequestTimeout Code = 6125

// SDKPacketResponseTimeout V3 旧版 SDK：等待回复包超时。
//
// Legacy Chat SDK V3: the response packet timed out.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_RESP_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketResponseTimeout Code = 6126

// SDKPacketResendFailed V3 旧版 SDK：数据包重新发送失败。
//
// Legacy Chat SDK V3: resending the packet failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_REQ_ON_RESEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketResendFailed Code = 6127

// SDKPacketResendNotSent V3 旧版 SDK：重发时数据包实际上没有发出去。
//
// Legacy Chat SDK V3: during a resend the packet was not actually sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_RESP_NO_RESEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketResendNotSent Code = 6128

// SDKPacketSaveFiltered V3 旧版 SDK：数据包在保存环节被过滤掉了。
//
// Legacy Chat SDK V3: the packet was filtered out at the save step (FLOW_SAVE).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_PACKET_FAIL_FLOW_SAVE_FILTERED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketSaveFiltered Code = 6129

// SDKPacketSendOverload V3 旧版 SDK：发送过载，请降低发送频率。
//
// Legacy Chat SDK V3: sending is overloaded. Send less often.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_PACKET_FAIL_REQ_OVER_LOAD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketSendOverload Code = 6130

// SDKPacketLogicError V3 旧版 SDK：发包时出现数据逻辑错误。
//
// Legacy Chat SDK V3: a data logic error occurred while sending a packet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_LOGIC_ERR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketLogicError Code = 6131

// SDKFriendshipProxyNotSynced V3 旧版 SDK：关系链代理 proxy_manager 尚未完成与服务端的数据同步。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) has not finished
// syncing data from the server yet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FRIENDSHIP_PROXY_NOT_SYNCED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxyNotSynced Code = 6150

// SDKFriendshipProxySyncing V3 旧版 SDK：关系链代理（proxy_manager）还在从服务端拉取数据，请等它结束。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) is still syncing
// data from the server. Wait until the sync ends.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FRIENDSHIP_PROXY_SYNCING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxySyncing Code = 6151

// SDKFriendshipProxySyncFailed V3 旧版 SDK：关系链代理（proxy_manager）未能从服务端同步到数据。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) failed to sync data.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FRIENDSHIP_PROXY_SYNCED_FAIL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxySyncFailed Code = 6152

// SDKFriendshipProxyLocalCheckFailed V3 旧版 SDK：proxy_manager 在本地校验时发现请求参数不合法。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) found the request
// parameters invalid in a local check.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_FRIENDSHIP_PROXY_LOCAL_CHECK_ERR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxyLocalCheckFailed Code = 6153

// SDKGroupAssistantInvalidField V3 旧版 SDK：群助手（Group assistant）的请求里有非预设的字段。
//
// Legacy Chat SDK V3: a group assistant request contains fields that are not
// among the preset fields.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_GROUP_INVALID_FIELD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupAssistantInvalidField Code = 6160

// SDKGroupAssistantStorageDisabled V3 旧版 SDK：群助手没有开启群资料的本地存储。
//
// Legacy Chat SDK V3: the group assistant has local storage of group profiles
// turned off.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_GROUP_STORAGE_DISABLED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupAssistantStorageDisabled Code = 6161

// SDKLoadGroupInfoFailed V3 旧版 SDK：群资料加载失败。
//
// Legacy Chat SDK V3: loading the group profile failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOADGRPINFO_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoadGroupInfoFailed Code = 6162

// SDKNoNetOnRequest 请求时没有网络，请等网络恢复后重试
//
// No network when sending the request; wait for the network to recover and
// retry.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, without the document's advice to retry
// once the network recovers. The same section lists 6250
// (ERR_REQUEST_NO_NET_ONREQ) with the same meaning and with that advice.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_NO_NET_ON_REQ. Sources: document|webpage|sdk.
const SDKNoNetOnRequest Code = 6200

// SDKNoNetOnResponse 响应时没有网络，请等网络恢复后重试
//
// No network when receiving the response; wait for the network to recover
// and retry.
//
// Note: The current online page and its previous revision list this code only
// in the Chat SDK V3 (legacy) section, without the document's advice to retry
// once the network recovers. The same section lists 6251
// (ERR_REQUEST_NO_NET_ONRSP) with the same meaning and with that advice.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_NO_NET_ON_RSP. Sources: document|webpage|sdk.
const SDKNoNetOnResponse Code = 6201

// SDKServiceNotReady 网络service没有启动或异常，工程需要添加配置，可参考： Android服务进程配置
//
// The network service is not started or is faulty; the project needs extra
// configuration, see: Android service process configuration.
//
// Note: The document says the network service did not start or is faulty and
// points to the Android service process configuration. The current online page
// and its previous revision (Chat SDK V3 legacy section) and the 2025 SDK
// header say only that the QALSDK service is not ready.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SERIVCE_NOT_READY. Sources: document|webpage|sdk.
const SDKServiceNotReady Code = 6205

// SDKUserSigExpired 票据过期，需要监听UserStatusListener，onUserSigExpired后重新获取票据登录
//
// The ticket has expired; listen with UserStatusListener and, after
// onUserSigExpired, get a new ticket and log in again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_USER_SIG_EXPIRED. Sources: document|webpage|sdk.
const SDKUserSigExpired Code = 6206

// SDKLoginAuthFailed 登录校验权限失败，具体查看错误信息
//
// Login permission check failed; see the error message for details.
//
// Note: The document says the login permission check failed and to read the
// error message. The current online page and its previous revision (Chat SDK
// V3 legacy section) and the 2025 SDK header name the cause, a failed TinyId
// conversion, and the pages add a check that the UserID exists and is valid.
//
// Caution: A fresh UserSig for a UserID that does not exist or is not valid
// fails in the same way: re-authenticate at most once, then check the UserID.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_AUTH_FAILED. Sources: document|webpage|sdk.
const SDKLoginAuthFailed Code = 6207

// SDKLoginKickedOffByOther 其他终端登录帐号被踢，需重新登录
//
// The account was kicked offline by a login on another device; log in
// again.
//
// Caution: Do not log in again automatically: another device now holds the
// login, and an automatic re-login would push it offline in turn, so the two
// devices would keep kicking each other. Let the user decide.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_KICKED_OFF_BY_OTHER. Sources: document|webpage|sdk.
const SDKLoginKickedOffByOther Code = 6208

// SDKNeverConnectAfterLaunch V3 旧版 SDK：应用启动以后一直没有尝试上线（联网）。
//
// Legacy Chat SDK V3: the app has not tried to go online since it was launched.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_NEVER_CONNECT_AFTER_LAUNCH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNeverConnectAfterLaunch Code = 6209

// SDKRequestFailed6210 V3 旧版 SDK：QALSDK 执行请求失败（与 6252 含义相同）。
//
// Legacy Chat SDK V3: QALSDK failed to execute the request. 6252 has the same
// meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestFailed6210 Code = 6210

// SDKInvalidRequest6211 V3 旧版 SDK：toMsgService 不合法，因此请求无效（与 6253 含义相同）。
//
// Legacy Chat SDK V3: the request is invalid because toMsgService is invalid.
// 6253 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQ_INVALID_REQ. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidRequest6211 Code = 6211

// SDKRequestOverloaded6212 V3 旧版 SDK：请求队列已经满了（与 6254 含义相同）。
//
// Legacy Chat SDK V3: the request queue is full. 6254 has the same meaning.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_REQ_OVERLOADED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestOverloaded6212 Code = 6212

// SDKRequestKickedOff6213 V3 旧版 SDK：同一账号在其他终端登录，本终端被踢下线（与 6255 含义相同）。
//
// Legacy Chat SDK V3: another device logged in to this account and kicked this
// one offline. 6255 has the same meaning.
//
// Caution: Do not log in again automatically. The account is now in use on the
// other device; logging back in without asking would force that device out, it
// could then do the same here, and the two would go on in a loop. Leave the
// choice to the user.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQ_KICK_OFF. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestKickedOff6213 Code = 6213

// SDKServiceSuspended6214 V3 旧版 SDK：服务已暂停（与 6256 含义相同）。
//
// Legacy Chat SDK V3: the service is suspended. 6256 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQ_SERVICE_SUSPEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKServiceSuspended6214 Code = 6214

// SDKInvalidSSOSignature6215 V3 旧版 SDK：SSO 签名不正确（与 6257 含义相同）。
//
// Legacy Chat SDK V3: the SSO signature is wrong. 6257 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQ_INVALID_SIGN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOSignature6215 Code = 6215

// SDKInvalidSSOCookie6216 V3 旧版 SDK：SSO cookie 不合法（与 6258 含义相同）。
//
// Legacy Chat SDK V3: the SSO cookie is invalid. 6258 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQ_INVALID_COOKIE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOCookie6216 Code = 6216

// SDKLoginTLSResponseParseFailed V3 旧版 SDK：登录时校验 TLS SDK 的回包，发现包体长度不对。
//
// Legacy Chat SDK V3: during login, the check of the TLS SDK response packet
// found a wrong body length.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_TLS_RSP_PARSE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginTLSResponseParseFailed Code = 6217

// SDKLoginOpenMsgTimeout V3 旧版 SDK：登录时，OPENSTATSVC 把状态上报给 OPENMSG 超时了。
//
// Legacy Chat SDK V3: while logging in, OPENSTATSVC took too long to report the
// status to OPENMSG.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_OPENMSG_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginOpenMsgTimeout Code = 6218

// SDKLoginOpenMsgResponseParseFailed V3 旧版 SDK：登录时 OPENSTATSVC 把状态上报给 OPENMSG 后，无法解析收到的回包。
//
// Legacy Chat SDK V3: while logging in, OPENSTATSVC sent its status to OPENMSG
// but could not parse the reply.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_OPENMSG_RSP_PARSE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginOpenMsgResponseParseFailed Code = 6219

// SDKLoginTLSDecryptFailed V3 旧版 SDK：登录时 TLS SDK 解密出错。
//
// Legacy Chat SDK V3: the TLS SDK failed to decrypt during login.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOGIN_TLS_DECRYPT_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginTLSDecryptFailed Code = 6220

// SDKWiFiNeedAuth V3 旧版 SDK：当前连接的 Wi-Fi 需要认证，请先完成 Wi-Fi 认证。
//
// Legacy Chat SDK V3: the Wi-Fi network requires authentication. Complete the
// Wi-Fi sign-in first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_WIFI_NEED_AUTH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKWiFiNeedAuth Code = 6221

// SDKUserCanceled V3 旧版 SDK：操作已被用户取消。
//
// Legacy Chat SDK V3: the user canceled the operation.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_USER_CANCELED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKUserCanceled Code = 6222

// SDKRevokeTimeLimit V3 旧版 SDK：消息已超过可撤回的时限（默认 2 分钟），不能再撤回。
//
// Legacy Chat SDK V3: the message can no longer be recalled because the recall
// time limit (2 minutes by default) has passed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REVOKE_TIME_LIMIT_EXCEED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRevokeTimeLimit Code = 6223

// SDKLackUGCExtension V3 旧版 SDK：没有 UGC 扩展包。
//
// Legacy Chat SDK V3: the UGC extension package is missing.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_LACK_UGC_EXT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLackUGCExtension Code = 6224

// SDKAutoLoginNeedUserSig V3 旧版 SDK：自动登录失败，本地票据已过期，需要用 UserSig 手动登录。
//
// Legacy Chat SDK V3: automatic login failed since the ticket stored on the
// device has expired. Log in manually with a UserSig.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_AUTOLOGIN_NEED_USERSIG. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAutoLoginNeedUserSig Code = 6226

// SDKNoNetOnRequest6250 V3 旧版 SDK：发起请求时没有网络，请在网络恢复后再试（与 6200 含义相同）。
//
// Legacy Chat SDK V3: there was no network when the request was made; try again
// after the network is back. 6200 (SDKNoNetOnRequest) has the same meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_NO_NET_ONREQ. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNoNetOnRequest6250 Code = 6250

// SDKNoNetOnResponse6251 V3 旧版 SDK：响应返回时没有网络，请在网络恢复后再试（与 6201 含义相同）。
//
// Legacy Chat SDK V3: there was no network when the response came back; try
// again after the network is back. 6201 (SDKNoNetOnResponse) has the same
// meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_NO_NET_ONRSP. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNoNetOnResponse6251 Code = 6251

// SDKRequestFailed6252 V3 旧版 SDK：QALSDK 执行请求失败（与 6210 含义相同）。
//
// Legacy Chat SDK V3: QALSDK failed to execute the request. 6210 has the same
// meaning.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestFailed6252 Code = 6252

// SDKInvalidRequest6253 V3 旧版 SDK：toMsgService 不合法，因此请求无效（与 6211 含义相同）。
//
// Legacy Chat SDK V3: the request is invalid because toMsgService is invalid.
// 6211 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQUEST_INVALID_REQ. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidRequest6253 Code = 6253

// SDKRequestOverloaded6254 V3 旧版 SDK：请求队列已经满了（与 6212 含义相同）。
//
// Legacy Chat SDK V3: the request queue is full. 6212 has the same meaning.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_REQUEST_OVERLOADED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestOverloaded6254 Code = 6254

// SDKRequestKickedOff6255 V3 旧版 SDK：同一账号在其他终端登录，本终端被踢下线（与 6213 含义相同）。
//
// Legacy Chat SDK V3: another device logged in to this account and kicked this
// one offline. 6213 has the same meaning.
//
// Caution: Do not log in again automatically: a silent re-login would push out
// the device that took over, which could push this one out again, and the two
// would never stop. Ask the user before logging in again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQUEST_KICK_OFF. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKRequestKickedOff6255 Code = 6255

// SDKServiceSuspended6256 V3 旧版 SDK：服务已暂停（与 6214 含义相同）。
//
// Legacy Chat SDK V3: the service is suspended. 6214 has the same meaning.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_REQUEST_SERVICE_SUSPEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKServiceSuspended6256 Code = 6256

// SDKInvalidSSOSignature6257 V3 旧版 SDK：SSO 签名不正确（与 6215 含义相同）。
//
// Legacy Chat SDK V3: the SSO signature is wrong. 6215 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQUEST_INVALID_SIGN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOSignature6257 Code = 6257

// SDKInvalidSSOCookie6258 V3 旧版 SDK：SSO cookie 不合法（与 6216 含义相同）。
//
// Legacy Chat SDK V3: the SSO cookie is invalid. 6216 has the same meaning.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_REQUEST_INVALID_COOKIE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidSSOCookie6258 Code = 6258

// SDKQALNoShortConnectionAvailable V3 旧版 SDK：当前没有可用的短连接 SSO。
//
// Legacy Chat SDK V3: no SSO for short (non-persistent) connections is
// available.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_QAL_NO_SHORT_CONN_AVAILABLE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKQALNoShortConnectionAvailable Code = 6300

// SDKUnknownError 未知错误，内部错误，可提供使用接口、错误码、错误信息给客服解决
//
// Unknown error (internal error). Give customer service the API called,
// the error code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SDKUnknownError Code = 7000

// SDKCrossThreadCall 不支持跨线程调用：该操作不能跨越不同线程执行，属于 SDK 内部错误。如无法自行解决，请收集日志联系技术支持。
//
// The operation was called across threads, which the SDK does not support
// (internal error). If you cannot resolve it, send the logs to Chat technical
// support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_CROSS_THREAD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKCrossThreadCall Code = 7001

// SDKTinyIDEmpty 内部错误：SDK 内部的 TinyId 为空。请确认 UserID 存在且有效；确认无误仍出现时，请提供日志给技术支持。
//
// Internal error: the SDK's internal TinyId is empty. Check that the UserID
// exists and is valid; if it is, send the logs to Chat technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_TINYID_EMPTY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKTinyIDEmpty Code = 7002

// SDKInvalidUserID UserID 非法：不能为空，长度不超过 32 字节，且只能使用 0x20-0x7e 范围内的可打印 ASCII 字符。
//
// Invalid UserID. A UserID must not be empty, must be at most 32 bytes long and
// may use only printable ASCII characters, 0x20 to 0x7e.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_INVALID_IDENTIFIER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidUserID Code = 7003

// SDKFileNotFound 要使用的本地文件不存在，请核对文件路径。
//
// The local file does not exist. Check the file path.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileNotFound Code = 7004

// SDKFileTooLarge 发送富媒体消息时文件超过大小上限：图片和语音最大 28 MB，视频和文件最大 100 MB。
//
// When sending a rich media message, the file is larger than allowed: at most
// 28 MB for an image or a voice file, and at most 100 MB for a video or any
// other file.
//
// Note: The previous page revision gave a single limit of 100 MB for any
// uploaded file; the current online page and the 2025 SDK header set 28 MB for
// images and voice and 100 MB for video and files.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_TOO_LARGE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileTooLarge Code = 7005

// SDKFileSizeEmpty 发送富媒体消息时文件无效：文件为空，大小为 0 字节。上传图片、语音、视频或文件前，请确认文件已正确生成。
//
// When sending a rich media message, the file is invalid because it is empty (0
// bytes). Before uploading an image, voice, video or file, make sure it was
// generated correctly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_SIZE_EMPTY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileSizeEmpty Code = 7006

// SDKFileOpenFailed SDK 无法打开文件：文件可能不存在，或已被其他程序以独占方式打开。
//
// The SDK could not open the file. The file may be missing, or another program
// may hold it open exclusively.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_FILE_OPEN_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFileOpenFailed Code = 7007

// SDKAPICallFreqLimit SDK 接口调用过于频繁，超过了频率限制。请控制调用频率，不要在短时间内反复调用。
//
// An SDK API was called more often than its frequency limit allows. Lower the
// call rate and do not call it over and over in a short time.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAPICallFreqLimit Code = 7008

// SDKInterrupted 正在执行的操作因调用了 unInitSDK 而被意外终止；例如登录尚未完成时调用 unInitSDK，登录会被中断。
//
// An operation in progress was aborted because unInitSDK was called; for
// example, calling unInitSDK while a login is still running cancels the login.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_INTERRUPT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInterrupted Code = 7009

// SDKDatabaseFailure 本地数据库操作失败。请先调用 login 登录，再重新执行该操作。
//
// A local database operation did not succeed. Call login first, then try the
// operation again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SDK_COMM_DATABASE_FAILURE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKDatabaseFailure Code = 7010

// SDKDatabaseNotFound 在本地数据库中查不到所请求的数据，请确认相应数据已缓存在本地。
//
// The requested data is not in the local database. Make sure the data has been
// cached locally.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_COMM_DATABASE_NOTFOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKDatabaseNotFound Code = 7011

// SDKInternalError SDK 内部发生错误。请收集日志并联系技术支持排查。
//
// An internal error occurred in the SDK. Collect the logs and ask Chat
// technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInternalError Code = 7012

// SDKInterfaceNotSupported 当前套餐不支持调用该接口，请升级到专业版、专业版 Plus 或企业版套餐。
//
// The current plan does not include this API. Upgrade to the Pro, Pro Plus or
// Enterprise edition.
//
// Note: The previous page revision and the 2025 SDK header name the Flagship
// (Ultimate) edition as the plan to upgrade to; the current online page names
// the Pro, Pro Plus or Enterprise edition.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_INTERFACE_NOT_SUPPORT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInterfaceNotSupported Code = 7013

// SDKInvalidOperation 非法请求：接口的调用方式不符合要求，请检查调用是否满足接口的约束。
//
// Invalid request: the API call does not meet the API's requirements. Check how
// the API is being called.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_INVALID_OPERATION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidOperation Code = 7014

// SDKBlockedBySensitiveWord 内容命中了 SDK 本地内容审核中的敏感词，请检查敏感词配置。
//
// The content matched a sensitive word in the SDK's local content moderation.
// Check the sensitive word settings.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_BLOCKED_BY_SENSITIVE_WORD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBlockedBySensitiveWord Code = 7015

// SDKLoginInProgress 已有登录正在进行：通过 autoLogin 或 login 发起的上一次登录还没有回调时，再次调用这两个接口中的任一个，就会返回此错误码。请等上一次登录回调后再操作。
//
// A login is already running: calling login or autoLogin again before the first
// login or autoLogin has called back returns this code. Wait for the callback
// of the pending login.
//
// Note: Listed on the previous page revision and in the 2025 SDK header, but
// dropped from the current online page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_ACCOUNT_LOGIN_IN_PROCESS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoginInProgress Code = 7501

// SDKLogoutInProgress 已有登出操作正在进行：在第一次 logout 回调之前再次调用 logout，就会返回此错误码。请等待前一次登出的回调。
//
// A logout is already running: calling logout again before the first logout has
// called back returns this code. Wait for the callback of the pending logout.
//
// Note: Listed on the previous page revision and in the 2025 SDK header, but
// dropped from the current online page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_ACCOUNT_LOGOUT_IN_PROCESS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLogoutInProgress Code = 7502

// SDKAccountTLSInitFailed 内部错误：TLS SDK 初始化失败。请提供日志给技术支持排查。
//
// Internal error: the TLS SDK failed to initialize. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_INIT_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSInitFailed Code = 7503

// SDKAccountTLSNotInitialized 内部错误：TLS SDK 尚未初始化。请提供日志给技术支持排查。
//
// Internal error: the TLS SDK has not been initialized. Collect the logs and
// ask Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_NOT_INITIALIZED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSNotInitialized Code = 7504

// SDKAccountTLSTransPacketError 内部错误：TLS SDK 的 TRANS 包格式不正确。请提供日志给技术支持排查。
//
// Internal error: a TRANS packet of the TLS SDK has the wrong format. Collect
// the logs and ask Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_TRANSPKG_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSTransPacketError Code = 7505

// SDKAccountTLSDecryptFailed 内部错误：TLS SDK 解密失败。请提供日志给技术支持排查。
//
// Internal error: decryption in the TLS SDK failed. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_DECRYPT_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSDecryptFailed Code = 7506

// SDKAccountTLSRequestFailed 内部错误：向 TLS SDK 发出的请求失败。请提供日志给技术支持排查。
//
// Internal error: a request to the TLS SDK failed. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_REQUEST_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSRequestFailed Code = 7507

// SDKAccountTLSRequestTimeout 内部错误：向 TLS SDK 发出的请求超时。请提供日志给技术支持排查。
//
// Internal error: a request to the TLS SDK timed out. Collect the logs and ask
// Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_ACCOUNT_TLS_REQUEST_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAccountTLSRequestTimeout Code = 7508

// SDKMsgBodySizeLimit 消息总长度超过 12 KB 上限。计算方法：把消息中所有 elem 的长度相加，每个 elem 的长度为其全部字段长度之和。
//
// The message is longer than the 12 KB limit. To measure it, add up all
// elements of the message; each element counts as the total length of its
// fields.
//
// Note: Both page revisions and the 2025 SDK header give 12 KB for this
// client-side check, while the document gave the message body limit as 8 KB
// under its server code 80002.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_MSG_BODY_SIZE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMsgBodySizeLimit Code = 8001

// SDKMsgKeyMismatch 内部错误：网络请求包与响应包中的消息 KEY 不一致。请提供日志给技术支持排查。
//
// Internal error: the message key in the network response does not match the
// one in the request. Collect the logs and ask Chat technical support to look
// into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_MSG_KEY_REQ_DIFFER_RSP. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMsgKeyMismatch Code = 8002

// SDKImageConvertError 图片转换（万象优图）的 HTTP 请求失败。
//
// The HTTP request for image conversion (Cloud Infinite) failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_IMAGE_CONVERT_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKImageConvertError Code = 8003

// SDKImageCIBlocked 缩略图转换失败，原因可能是图片未通过万象优图（CI）的鉴黄等识别。
//
// Thumbnail conversion failed, for example because the image was flagged by the
// pornography detection of Cloud Infinite (CI).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_IMAGE_CI_BLOCK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKImageCIBlocked Code = 8004

// SDKMergedMsgLayersLimit 合并转发消息的嵌套层数超过上限，最多允许 100 层。
//
// A merged (combined and forwarded) message is nested more than 100 levels
// deep, which exceeds the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_MERGER_MSG_LAYERS_OVER_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMergedMsgLayersLimit Code = 8005

// SDKMsgModifyConflict 消息修改冲突：你要修改的消息已被其他人修改过。请获取最新的消息内容，重新编辑后再提交。
//
// Message modification conflict: someone else has changed the message you want
// to modify. Get the latest message body, edit it again and retry.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: ERR_SDK_MSG_MODIFY_CONFLICT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKMsgModifyConflict Code = 8006

// SDKSignalingInvalidInviteID 信令邀请 ID 无效，或该邀请已经被处理过。
//
// The signaling invitation ID is invalid, or the invitation has already been
// handled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SIGNALING_INVALID_INVITE_ID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSignalingInvalidInviteID Code = 8010

// SDKSignalingNoPermission 无权执行该信令操作，例如取消不是自己发起的邀请。
//
// You have no permission for this signaling operation, for example cancelling
// an invitation that someone else sent.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SIGNALING_NO_PERMISSION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSignalingNoPermission Code = 8011

// SDKSignalingAlreadyExists 该信令邀请已经存在。
//
// This signaling invitation has already been created.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SIGNALING_ALREADY_EXISTS. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSignalingAlreadyExists Code = 8012

// SDKInvalidCancelMsg 取消发送消息失败：消息不存在，或已经发送成功。
//
// Cancelling the send failed: the message does not exist or has already been
// sent.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_INVALID_CANCEL_MESSAGE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKInvalidCancelMsg Code = 8020

// SDKSendMsgFailedWithCancel 消息发送失败，因为该消息已通过“取消发送”接口被取消。
//
// The message was not sent because it had been cancelled through the
// cancel-send API.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_SEND_MESSAGE_FAILED_WITH_CANCEL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKSendMsgFailedWithCancel Code = 8021

// SDKGroupInvalidID 群组 ID 非法：自定义群组 ID 最长 48 字节，只能使用 0x20-0x7e 范围内的可打印 ASCII 字符，且不能以 @TGS# 开头，以免与 IM 自动分配的群组 ID 混淆。
//
// Invalid group ID. A custom group ID may contain only printable ASCII
// characters (0x20-0x7e), may be at most 48 bytes long and must not start with
// @TGS#, the prefix of the group IDs that Chat assigns itself.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_ID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidID Code = 8501

// SDKGroupInvalidName 群名称非法：须为 UTF-8 编码，长度不超过 30 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group name: it must be UTF-8 encoded and at most 30 bytes long; a
// Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_NAME. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidName Code = 8502

// SDKGroupInvalidIntroduction 群简介非法：须为 UTF-8 编码，长度不超过 240 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group introduction: it must be UTF-8 encoded and at most 240 bytes
// long; a Chinese character can take several bytes, so count the length in
// bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_INTRODUCTION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidIntroduction Code = 8503

// SDKGroupInvalidNotification 群公告非法：须为 UTF-8 编码，长度不超过 300 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group notice: it must be UTF-8 encoded and at most 300 bytes long; a
// Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_NOTIFICATION. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidNotification Code = 8504

// SDKGroupInvalidFaceURL 群头像 URL 非法：长度不超过 100 字节，可在网页浏览器中打开该 URL 检查是否有效。
//
// Invalid group profile photo URL: it may be at most 100 bytes long. Open the
// URL in a web browser to check it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_FACE_URL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidFaceURL Code = 8505

// SDKGroupInvalidNameCard 群名片非法：须为 UTF-8 编码，长度不超过 50 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid group name card: it must be UTF-8 encoded and at most 50 bytes long;
// a Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVALID_NAME_CARD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInvalidNameCard Code = 8506

// SDKGroupMemberCountLimit 建群或邀请成员时指定的成员数超过群成员上限。当前页面按版本给出的上限为：标准版 200 人，专业版 2000 人，专业版 Plus 5000 人，企业版 6000 人；音视频聊天室（AVChatRoom）和在线成员广播大群不限人数。
//
// The number of members given when creating a group or inviting members exceeds
// the group member limit. The current limits by edition are Standard 200, Pro
// 2,000, Pro Plus 5,000 and Enterprise 6,000; audio-video chat rooms
// (AVChatRoom) and online member broadcast groups have no limit.
//
// Note: The limits differ by source and era. The 2025 SDK header gives them by
// group type (Private 200, Public 2,000, ChatRoom 10,000); the previous page
// revision gave 200, extendable to 2,000, for the Pro edition and 2,000,
// extendable to 6,000, for the Ultimate edition; the current online page gives
// the per-edition limits above.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_MEMBER_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupMemberCountLimit Code = 8507

// SDKGroupJoinPrivateGroupDenied 私有群（Private）默认不支持申请加入（修改群资料可改变这一默认设置）；任何群成员都可以直接邀请他人入群，且无需被邀请人同意。
//
// By default, a private group cannot be joined by application from the app (the
// group profile can change that default); any member can invite others
// directly, without the invitee's consent.
//
// Note: Only the current online page says this is a default that the group
// profile can change; the previous page revision and the 2025 SDK header state
// it as a fixed rule.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_JOIN_PRIVATE_GROUP_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupJoinPrivateGroupDenied Code = 8508

// SDKGroupInviteSuperDenied 邀请成员时不能把角色设为群主；请改正邀请请求中的角色字段。
//
// A member cannot be invited with the group owner role. Check the role field.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVITE_SUPER_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInviteSuperDenied Code = 8509

// SDKGroupInviteNoMember 邀请的成员数不能为 0，请检查成员字段是否填写正确。
//
// An invitation must name at least one member; zero members is not allowed.
// Check the member field.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_GROUP_INVITE_NO_MEMBER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupInviteNoMember Code = 8510

// SDKGroupAttributeFreqLimit 群属性接口调用超过频率限制：增、删、改接口由后台限制为每秒 5 次，查询接口由 SDK 限制为每 5 秒 20 次。
//
// Group attribute APIs were called too often. The backend allows the create,
// delete and update APIs 5 calls per second; the SDK allows the read API 20
// calls per 5 seconds.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_GROUP_ATTR_FREQUENCY_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupAttributeFreqLimit Code = 8511

// SDKGroupGetOnlineMemberCountFreqLimit 获取群在线人数的接口调用过于频繁，SDK 限制为每 60 秒 1 次。
//
// The API that gets the number of online group members was called too often;
// the SDK allows one call every 60 seconds.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1m.
//
// SDK name: ERR_SDK_GROUP_GET_ONLINE_MEMBER_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupGetOnlineMemberCountFreqLimit Code = 8512

// SDKGroupGetGroupsInfoFreqLimit 获取群资料的接口调用过于频繁，SDK 限制为每秒 1 次。
//
// The API that gets group profiles was called too often; the SDK allows one
// call per second.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: ERR_SDK_GROUP_GET_GROUPS_INFO_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupGetGroupsInfoFreqLimit Code = 8513

// SDKGroupGetJoinedGroupFreqLimit 获取已加入群列表的接口调用过于频繁，SDK 限制为每秒 1 次。
//
// The API that gets the list of joined groups was called too often; the SDK
// allows one call per second.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: ERR_SDK_GROUP_GET_JOINED_GROUP_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupGetJoinedGroupFreqLimit Code = 8514

// SDKGroupMarkMemberNotAllowed 不允许对群成员进行标记。
//
// Marking group members is not allowed.
//
// Note: Only the previous page revision lists this code; the current online
// page and the 2025 SDK header do not.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const SDKGroupMarkMemberNotAllowed Code = 8515

// SDKFriendshipInvalidProfileKey 资料字段非法：资料支持标准字段和自定义字段，自定义字段的关键字只能由英文字母组成且不超过 8 字节，字段值不超过 500 字节。
//
// Invalid profile field. Profiles have standard and custom fields; the key of a
// custom field must consist of English letters and be at most 8 bytes long, and
// its value may be at most 500 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_PROFILE_KEY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidProfileKey Code = 9001

// SDKFriendshipInvalidAddRemark 好友备注字段非法：须为 UTF-8 编码，长度不超过 96 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid friend remark: it must be UTF-8 encoded and at most 96 bytes long; a
// Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_ADD_REMARK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidAddRemark Code = 9002

// SDKFriendshipInvalidAddWording 加好友请求的附言（请求说明）字段非法：须为 UTF-8 编码，长度不超过 120 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid wording (request description) in a friend request: it must be UTF-8
// encoded and at most 120 bytes long; a Chinese character can take several
// bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_ADD_WORDING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidAddWording Code = 9003

// SDKFriendshipInvalidAddSource 加好友请求的来源字段非法：来源须以前缀 AddSource_Type 加下划线“_”开头。
//
// Invalid source field in a friend request: the source must start with the
// AddSource_Type_ prefix.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_ADD_SOURCE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidAddSource Code = 9004

// SDKFriendshipFriendGroupEmpty 好友分组字段非法：不能为空，每个分组名须为 UTF-8 编码且不超过 30 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid friend group field: it must not be empty, and each friend group name
// must be UTF-8 encoded and at most 30 bytes long; a Chinese character can take
// several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_FRIEND_GROUP_EMPTY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipFriendGroupEmpty Code = 9005

// SDKFriendshipCountLimit 关系链操作超过了数量限制。
//
// A relationship chain quantity limit was exceeded.
//
// Note: Only the previous page revision lists this code, without further
// detail; the current online page and the 2025 SDK header do not.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_EXCEED_THE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipCountLimit Code = 9006

// SDKNetEncodeFailed 内部错误：SSO 加密网络数据失败。请联系技术支持处理。
//
// Internal error: SSO encryption of the network data failed. Contact Chat
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_ENCODE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetEncodeFailed Code = 9501

// SDKNetDecodeFailed 内部错误：SSO 解密网络数据失败。请联系技术支持处理。
//
// Internal error: SSO decryption of the network data failed. Contact Chat
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_DECODE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetDecodeFailed Code = 9502

// SDKNetAuthInvalid SSO 尚未完成鉴权，登录流程可能还没有结束。请在登录成功后再执行操作。
//
// SSO authentication is not complete; the login may still be running. Perform
// the operation again after the login has succeeded.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SDK_NET_AUTH_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetAuthInvalid Code = 9503

// SDKNetCompressFailed 内部错误：数据包压缩失败。请联系技术支持处理。
//
// Internal error: compressing the data packet failed. Contact Chat technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_COMPRESS_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetCompressFailed Code = 9504

// SDKNetUncompressFailed 内部错误：数据包解压失败。请联系技术支持处理。
//
// Internal error: decompressing the data packet failed. Contact Chat technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_UNCOMPRESS_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetUncompressFailed Code = 9505

// SDKNetFreqLimit 请求频率超过限制，SDK 每秒最多发起 5 个请求。请检查是否在高频调用 SDK 接口。
//
// Requests were sent more often than allowed: the SDK sends at most 5 requests
// per second. Check for high-frequency calls to SDK APIs.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: ERR_SDK_NET_FREQ_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetFreqLimit Code = 9506

// SDKNetRequestCountLimit 网络请求队列已满，同时进行的请求超过 1000 个上限；例如网络异常时仍持续发消息，请求只进不出，很快就会达到上限。请检查网络是否可用，或切换网络后重试。
//
// The network request queue is full: more than 1,000 requests are pending at
// once. This happens, for example, when messages keep being sent while the
// network is down, so requests pile up without being consumed. Check that the
// network works, or switch networks, then retry.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_NET_REQ_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetRequestCountLimit Code = 9507

// SDKNetDisconnected 网络已断开：尚未建立连接，或建立 socket 连接时检测到没有网络。请确认网络可用。
//
// The network is down: no connection has been set up yet, or opening a socket
// found no network. Check that the device is online.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_DISCONNECT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetDisconnected Code = 9508

// SDKNetAlreadyConnected 内部错误：网络连接已经存在，却再次创建了连接。请联系技术支持处理。
//
// Internal error: a network connection already exists and another one was
// created. Contact Chat technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_ALLREADY_CONN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetAlreadyConnected Code = 9509

// SDKNetConnectTimeout 建立网络连接超时。请检查网络或切换网络，待网络恢复后重试；若其他请求正常而只有 IM 不可用，请联系技术支持。
//
// Setting up the network connection timed out. Check the network or switch
// networks, and retry once it recovers; if other requests work and only Chat
// fails, contact Chat technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_CONN_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetConnectTimeout Code = 9510

// SDKNetConnectRefused 连接请求过于频繁，服务端拒绝建立网络连接。
//
// The server refused the network connection because connection attempts were
// too frequent.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_NET_CONN_REFUSE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetConnectRefused Code = 9511

// SDKNetUnreachable 没有到达网络的可用路由。请确认网络可用，待网络恢复后重试。
//
// No route to the network is available. Make sure the network works, and retry
// once it recovers.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_NET_UNREACH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetUnreachable Code = 9512

// SDKNetSocketNoBuffer 内部错误：系统过于繁忙，没有足够的缓冲区空间来完成调用。请提供日志给技术支持排查。
//
// Internal error: the system is too busy and lacks the buffer space to complete
// the call. Collect the logs and ask Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_SOCKET_NO_BUFF. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetSocketNoBuffer Code = 9513

// SDKNetResetByPeer 服务端重置了连接，可能是因为服务端负载过高。SDK 会自行重连；等重连成功（iOS 回调 onConnSucc，Android 回调 onConnected）后再重试。
//
// The server side reset the connection, which may mean that it is overloaded.
// The SDK reconnects by itself: wait until it is connected again (onConnSucc on
// iOS, onConnected on Android), then retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_RESET_BY_PEER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetResetByPeer Code = 9514

// SDKNetSocketInvalid 内部错误：socket 无效。请提供日志给技术支持排查。
//
// Internal error: the socket is invalid. Collect the logs and ask Chat
// technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_SOCKET_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetSocketInvalid Code = 9515

// SDKNetHostGetAddrInfoFailed 域名解析失败：已尝试多种策略，仍无法建立连接。请检查网络连接或更换网络；若其他服务正常而只有 IM 不可用，请联系技术支持。
//
// Domain name resolution failed: the SDK tried several strategies but could not
// set up a connection. Check the network or try another one; if other services
// work and only Chat fails, contact Chat technical support.
//
// Note: The previous page revision and the 2025 SDK header describe this code
// as an internal failure to parse the IP address, possibly because the local
// imsdk_config file is corrupted; the current online page describes it as a
// domain name resolution failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_HOST_GETADDRINFO_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetHostGetAddrInfoFailed Code = 9516

// SDKNetConnectReset 内部错误：网络连接到了中间节点，或被服务端重置，导致连接失效。SDK 会自动重连，等 iOS 上的 onConnSucc 或 Android 上的 onConnected 回调触发后再重试。
//
// Internal error: the connection became invalid because the network connected
// to an intermediate node or the server reset it. The SDK reconnects on its
// own; retry after onConnSucc (iOS) or onConnected (Android) is called.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_CONNECT_RESET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetConnectReset Code = 9517

// SDKNetWaitInQueueTimeout 请求包等待进入待发送队列时超时，通常是建立连接较慢或网络频繁断开重连所致。请检查网络连接是否正常。
//
// The request packet timed out while waiting to enter the send queue. This
// usually happens when the connection is slow to set up or the network keeps
// dropping and reconnecting. Check the network connection.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_INQUEUE_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitInQueueTimeout Code = 9518

// SDKNetWaitSendTimeout 请求在 SDK 的发送队列里排队，还没交给系统网络层就超时了。多半是本机网络受限、断开，或连不上 IM 后台；换一个网络试试，可判断是否是当前网络的问题。
//
// The request packet was in the Chat SDK send queue but timed out before the
// operating system's network layer took it over. Common causes: the local
// network is restricted or down, or it cannot reach the Chat backend. Run the
// SDK on another network to see whether the current network is the cause.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_SEND_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitSendTimeout Code = 9519

// SDKNetWaitAckTimeout 请求已交给系统网络层发出，但服务端的应答没有按时到达。多半是本机网络受限、断开，或连不上 IM 后台；换一个网络试试，可帮助排查。
//
// The request packet left the Chat SDK send queue and reached the operating
// system's network layer, but the server's response did not arrive in time.
// Common causes: the local network is restricted or down, or it cannot reach
// the Chat backend. Run the SDK on another network to narrow it down.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_ACK_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitAckTimeout Code = 9520

// SDKNetWaitSendRemainingTimeout 请求包已进入待发送队列并发出了部分数据，但剩余数据等待发送时超时，可能是上行带宽不足；回调错误时检测到网络处于连接状态。请检查网络是否畅通。
//
// Part of the request packet had been sent from the send queue, but the rest
// timed out waiting to be sent, possibly because of low upstream bandwidth. The
// network was found connected when the error was reported. Check that the
// network runs smoothly.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_SEND_REMAINING_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitSendRemainingTimeout Code = 9521

// SDKNetPacketSizeLimit 请求包长度超过 1 MB 上限。
//
// The request packet is larger than the 1 MB limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_NET_PKG_SIZE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetPacketSizeLimit Code = 9522

// SDKNetWaitSendTimeoutNoNet 请求包已进入待发送队列，但等待进入系统网络缓冲区（buffer）时超时，可能是待发送的包太多或发送线程处理不过来；回调错误码时检测到没有网络。
//
// The request packet was in the send queue but timed out waiting to enter the
// system's network buffer, possibly because too many packets were queued or the
// sending thread could not keep up; no network was found when the error was
// reported.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_SEND_TIMEOUT_NO_NETWORK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitSendTimeoutNoNet Code = 9523

// SDKNetWaitAckTimeoutNoNet 请求包已进入系统网络缓冲区，但等待服务端回包时超时；可能请求包没有离开设备、在中间路由被丢弃、被服务端意外丢弃，或回包被系统网络层丢弃；回调错误码时检测到没有网络。
//
// The request packet reached the system's network buffer, but the server's
// response timed out. The packet may never have left the device, may have been
// dropped by a router on the way or by the server, or the response may have
// been dropped by the system network layer; no network was found when the error
// was reported.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_ACK_TIMEOUT_NO_NETWORK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitAckTimeoutNoNet Code = 9524

// SDKNetSendRemainingTimeoutNoNet 请求包已进入待发送队列并发出了部分数据，但剩余数据等待发送时超时，可能是上行带宽不足；回调错误码时检测到没有网络。
//
// Part of the request packet had been sent from the send queue, but the rest
// timed out waiting to be sent, possibly because of low upstream bandwidth; no
// network was found when the error was reported.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_SEND_REMAINING_TIMEOUT_NO_NETWORK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetSendRemainingTimeoutNoNet Code = 9525

// SDKAlreadyInitialized V3 旧版 SDK：IM SDK 已经完成初始化，无需再次初始化。
//
// Legacy Chat SDK V3: the Chat SDK is already initialized; there is no need to
// initialize it again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_HAD_INITIALIZED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAlreadyInitialized Code = 90101

// SDKOpenBDHBase V3 旧版 SDK：OpenBDH 错误码的基数，OpenBDH 相关错误码以此值为起点。
//
// Legacy Chat SDK V3: the base value of the OpenBDH error codes; OpenBDH errors
// are numbered from this value.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_OPENBDH_BASE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKOpenBDHBase Code = 115000
