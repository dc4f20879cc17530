package errcode

// SDK错误码: errors the IM client SDK reports to its callbacks, about the
// device, the network and the login state. The REST API does not return them.

// SDKParseResponseFailed 回包解析失败，内部错误，可提供使用接口、错误码、错误信息给客服解决
//
// Failed to parse the response packet (internal error). Give customer
// service the API called, the error code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PARSE_RESPONSE_FAILED. Sources: document|webpage|sdk.
const SDKParseResponseFailed Code = 6001

// SDKNoSuccessResult 批量操作无成功结果，请检查输入列表是否合法（如用户是否存在，传入列表类型是否与API匹配）
//
// The batch operation had no successful result; check that the input list
// is valid (for example, whether the users exist and whether the type of
// list passed matches the API).
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
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FILE_TRANS_UPLOAD_FAILED. Sources: document|webpage|sdk.
const SDKFileTransUploadFailed Code = 6008

// SDKFileTransDownloadFailed 文件传输-下载失败，请检查网络，或者文件、语音是否已经过期，目前资源文件存储7天
//
// File transfer: download failed; check the network, or whether the file
// or voice has expired (resource files are currently stored for 7 days).
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
// Invalid message recipient: the other party's user does not exist (the
// recipient must have logged in to the IMSDK or been imported with the
// account import API).
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
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQUEST_TIME_OUT. Sources: document|webpage|sdk.
const SDKRequestTimeout Code = 6012

// SDKNotInitialized SDK 未初始化或者用户未登陆成功，请先登陆，成功回调之后重试
//
// The SDK is not initialized or the user has not logged in successfully;
// log in first and retry after the success callback.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
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
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_IN_PROGESS. Sources: document|webpage|sdk.
const SDKInProgress Code = 6015

// SDKRegisterTimeout 注册超时，需要重试
//
// Registration timed out; a retry is needed.
//
// [RetryTransient]: retry with bounded exponential backoff.
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
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_INIT_CORE_FAIL. Sources: document|webpage|sdk.
const SDKInitCoreFailed Code = 6018

// SDKInvalidSDKObject 下载资源文件参数错误，如还未上传成功调用接口下载资源，或者用户自己生成TIMImage等对象
//
// Invalid parameters for downloading a resource file, for example calling
// the download API before the upload has succeeded, or TIMImage and
// similar objects created by the user.
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
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGGED_OUT_BEFORE_LOGIN_FINISHED. Sources: document|webpage|sdk.
const SDKLoggedOutBeforeLoginFinished Code = 6023

// SDKNoNetOnRequest 请求时没有网络，请等网络恢复后重试
//
// No network when sending the request; wait for the network to recover and
// retry.
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
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_REQ_NO_NET_ON_RSP. Sources: document|webpage|sdk.
const SDKNoNetOnResponse Code = 6201

// SDKServiceNotReady 网络service没有启动或异常，工程需要添加配置，可参考： Android服务进程配置
//
// The network service is not started or is faulty; the project needs extra
// configuration, see: Android service process configuration.
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
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_AUTH_FAILED. Sources: document|webpage|sdk.
const SDKLoginAuthFailed Code = 6207

// SDKLoginKickedOffByOther 其他终端登录帐号被踢，需重新登录
//
// The account was kicked offline by a login on another device; log in
// again.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_LOGIN_KICKED_OFF_BY_OTHER. Sources: document|webpage|sdk.
const SDKLoginKickedOffByOther Code = 6208

// SDKUnknownError 未知错误，内部错误，可提供使用接口、错误码、错误信息给客服解决
//
// Unknown error (internal error). Give customer service the API called,
// the error code and the error message.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SDKUnknownError Code = 7000
