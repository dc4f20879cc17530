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
